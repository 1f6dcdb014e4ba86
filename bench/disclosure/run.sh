#!/usr/bin/env bash
# Benchmarks of disclosure-service with 200,000 generated Chinese items, on this machine, loopback only:
#   1. push throughput: batches of 500 through the push API vs plain JDBC batch inserts of the same rows
#   2. search: 2-character keyword + category, newest first, 20 per page, 16 concurrent clients (wrk)
#   3. get-by-id: GET /api/v1/items/{id} (wrk) vs the same query run by pgbench, both at concurrency 16
# Writes bench/results/disclosure-<date>.md. Not part of test.sh.
# usage: bench/disclosure/run.sh            (COUNT=200000 DURATION=30 by default)
#        COUNT=20000 DURATION=10 bench/disclosure/run.sh   a quick run
# needs: JDK 17, wrk (apt-get install wrk), pgbench, openssl; the jar is built if missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/disclosure"
WORK="$HERE/.work"
COUNT=${COUNT:-200000}
DURATION=${DURATION:-30}
PORT=${PORT:-18081}
DB=bench_disclosure
BASE="http://127.0.0.1:$PORT"
. "$ROOT/bench/lib.sh"
die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }
for tool in java wrk pgbench openssl curl; do
  command -v "$tool" >/dev/null || die "$tool is needed (wrk: apt-get install -y wrk)"
done
mkdir -p "$WORK" "$ROOT/bench/results"
cd "$ROOT"

scripts/postgres.sh ensure >/dev/null
eval "$(scripts/postgres.sh env)"
export PGHOST=$GONGKAI_DB_HOST PGPORT=$GONGKAI_DB_PORT PGUSER=$GONGKAI_DB_USER PGPASSWORD=${GONGKAI_DB_PASSWORD:-}
# the same driver setting as the service (multi-row inserts for batches)
JDBC="jdbc:postgresql://$GONGKAI_DB_HOST:$GONGKAI_DB_PORT/$DB?reWriteBatchedInserts=true"

JAR="$ROOT/disclosure-service/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
  say "building the service"
  ./mvnw -B -q package -DskipTests -pl commons,disclosure-service
fi
M2=${M2_REPO:-$HOME/.m2/repository}
CP=$(ls "$M2"/org/postgresql/postgresql/42.*/postgresql-42.*.jar | grep -v sources | tail -1)
for a in databind core annotations; do
  CP="$CP:$(ls "$M2"/com/fasterxml/jackson/core/jackson-$a/2.*/jackson-$a-2.*.jar | grep -v sources | sort -V | tail -1)"
done

DATA="$WORK/items-$COUNT.ndjson"
if [ ! -f "$DATA" ]; then
  say "generating $COUNT items"
  java "$HERE/ItemGenerator.java" bench "$DATA" "$COUNT" 500
fi

# a key pair and an admin token, like the gateway would sign
if [ ! -f "$WORK/private.pem" ]; then
  openssl genrsa -out "$WORK/private.pem" 2048 2>/dev/null
  openssl rsa -in "$WORK/private.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
fi
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://gongkai.io/gateway","sub":"bench-admin","upn":"bench-admin","groups":["admin"],"aud":"disclosure-service","iat":%d,"exp":%d}' \
  "$now" $((now + 14400)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/private.pem" | b64url)
TOKEN="$header.$payload.$signature"

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
scripts/postgres.sh recreate-db "$DB" >/dev/null
SERVICE_PID=
stop_service() { if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; SERVICE_PID=; }
trap stop_service EXIT
# whatever else answers on the port would be measured instead of this build
if curl -s -o /dev/null "$BASE/q/health/live" 2>/dev/null; then
  die "port $PORT is in use by another program; stop it or set PORT"
fi
say "starting the service on port $PORT"
GONGKAI_DB_NAME_DISCLOSURE=$DB GONGKAI_JWT_PUBLIC_KEY="file:$WORK/public.pem" QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_LOG_LEVEL=WARN \
  java -Xmx1g -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 60); do
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $WORK/service.log"
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || die "the service did not start; see $WORK/service.log"

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

say "push baseline of the earlier runs: plain JDBC batch inserts of rows made from the records"
BASELINE_RAW=$(java -cp "$CP" "$HERE/PushBench.java" jdbc "$DATA" "$JDBC" "$PGUSER" "$PGPASSWORD")
psql_db -c "TRUNCATE item CASCADE; TRUNCATE outbox;"
say "push through the API"
API=$(java -cp "$CP" "$HERE/PushBench.java" api "$DATA" "$BASE" "$TOKEN" portal-cms)
# the baseline: the very rows the API stored, inserted again by plain JDBC batches into the emptied table;
# the other tables are put back untimed for the read benchmarks
say "push baseline: plain JDBC batch inserts of the rows the API stored"
java -cp "$CP" "$HERE/PushBench.java" export "$WORK/rows.tsv" "$JDBC" "$PGUSER" "$PGPASSWORD" >/dev/null
for t in item_posting item_history outbox; do psql_db -c "\\copy $t TO '$WORK/$t.tsv'"; done
psql_db -c "TRUNCATE item CASCADE; TRUNCATE outbox; CHECKPOINT;"
BASELINE=$(java -cp "$CP" "$HERE/PushBench.java" rows "$WORK/rows.tsv" "$JDBC" "$PGUSER" "$PGPASSWORD")
for t in item_posting item_history outbox; do psql_db -c "\\copy $t FROM '$WORK/$t.tsv'"; done
rm -f "$WORK"/rows.tsv "$WORK"/item_posting.tsv "$WORK"/item_history.tsv "$WORK"/outbox.tsv
psql_db -c "VACUUM ANALYZE"
ITEMS=$(psql_db -At -c "SELECT count(*) FROM item")

warm_until_stable search -t2 -c16 -s "$HERE/search.lua" "$BASE"
# three rounds: the cores are shared with whatever else runs on the machine, and a stall of the host in
# one round (p99 swinging from 16 ms to 250 ms between consecutive rounds of the same build, while every
# query of the script answers in under 11 ms on its own) says nothing about the service; all rounds are
# reported, the goal is judged on the median one
SEARCHES=()
for round in 1 2 3; do
  say "search: 16 clients, ${DURATION}s (round $round)"
  SEARCHES+=("$(wrk -t2 -c16 -d"${DURATION}s" --latency -s "$HERE/search.lua" "$BASE")")
done

psql_db -At -c "SELECT id FROM item WHERE status = 'PUBLISHED' AND audience = 'PUBLIC' ORDER BY md5(id::text) LIMIT 10000" > "$WORK/ids.txt"
psql_db -c "DROP TABLE IF EXISTS bench_ids; CREATE TABLE bench_ids (n serial PRIMARY KEY, id uuid NOT NULL);" \
  -c "\\copy bench_ids (id) FROM '$WORK/ids.txt'" -c "ANALYZE bench_ids"
export IDS="$WORK/ids.txt"
warm_until_stable get-by-id -t2 -c16 -s "$HERE/get-by-id.lua" "$BASE"
# two rounds, API then pgbench (the service idle meanwhile), so that a drift of the machine shows
# in both sides rather than in the ratio
GETS=(); PGBS=()
for round in 1 2; do
  say "get-by-id through the API: 16 clients, ${DURATION}s (round $round)"
  GETS+=("$(wrk -t2 -c16 -d"${DURATION}s" --latency -s "$HERE/get-by-id.lua" "$BASE")")
  say "the same query with pgbench: 16 clients, ${DURATION}s (round $round)"
  PGBS+=("$(pgbench -n -M prepared -c16 -j2 -T"$DURATION" -f "$HERE/get-by-id.pgbench" "$DB" 2>&1)")
done
stop_service
GET=${GETS[1]}
PGB=${PGBS[1]}

rps() { grep -m1 'Requests/sec' <<<"$1" | awk '{print $2}'; }
pct() { grep -E "^ +$2%" <<<"$1" | awk '{print $2}'; }
val() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }
tps_of() { grep -m1 -E '^tps' <<<"$1" | awk '{print $3}'; }
tps=$(tps_of "$PGB")
# wrk's "231.02ms" / "1.05s" / "980.00us" in ms
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }'; }
median_round=$(for i in 0 1 2; do echo "$(pct "${SEARCHES[$i]}" 99 | to_ms) $i"; done | sort -g | sed -n 2p | cut -d' ' -f2)
SEARCH=${SEARCHES[$median_round]}
api_rate=$(val "$API" records_per_second); base_rate=$(val "$BASELINE" records_per_second)
raw_rate=$(val "$BASELINE_RAW" records_per_second)
get_rps=$(rps "$GET")
get_rps1=$(rps "${GETS[0]}"); tps1=$(tps_of "${PGBS[0]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

OUT="$ROOT/bench/results/disclosure-$(date +%F).md"
cat > "$OUT" <<REPORT
# disclosure-service benchmarks, $(date -u '+%F %H:%M UTC')

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1),
PostgreSQL $(psql -At -c 'SHOW server_version' -d "$DB"). Service: the prod jar, -Xmx1g, port $PORT; wrk and pgbench on the same machine (loopback).
Data: $ITEMS items generated by \`bench/disclosure/ItemGenerator.java\` (Chinese titles, summaries, HTML bodies, postings, attachments).
Run with \`COUNT=$COUNT DURATION=$DURATION bench/disclosure/run.sh\`. Load average (1/5/15 min) before: $LOAD_BEFORE,
after: $(cut -d" " -f1-3 /proc/loadavg) (a high figure before means other work shared the 2 cores).
Each HTTP measurement follows a warm-up of the same load until its throughput is steady (\`bench/lib.sh\`): $WARMUP_LOG.

## 1. Push throughput (batches of 500, one client, one transaction per batch)
| path | result |
|---|---|
| push API (\`POST /api/v1/sources/portal-cms/items:batch\`: validation, sanitising, bigram index, JSON views, postings, history, outbox) | $API |
| baseline: plain JDBC batch inserts of the same rows into the same \`item\` table (the rows the API stored, exported and inserted again: search vector, stored JSON, source and external id included) | $BASELINE |
| **ratio API / baseline (goal ≥ 0.5)** | **$(ratio "$api_rate" "$base_rate")** |
| for comparison, the baseline of the earlier runs: rows made straight from the records (empty search vector, the record as stored JSON, no source) | $BASELINE_RAW |
| ratio API / that baseline | $(ratio "$api_rate" "$raw_rate") |

Both baselines insert into the emptied \`item\` table with its indexes and foreign keys, 500 rows per
batch and transaction, with the service's driver setting (\`reWriteBatchedInserts\`). What the API does
besides its rows (HTTP and JSON, validation, sanitising, tokens, postings, history, outbox, the lookup by
external id) is what the ratio measures.

## 2. Search: 2-character keyword + category, newest first, 20 per page, 16 connections, 3 rounds of ${DURATION}s
| round | p50 | p90 | p99 | requests/s |
|---|---|---|---|---|
$(for i in 0 1 2; do echo "| $((i + 1)) | $(pct "${SEARCHES[$i]}" 50) | $(pct "${SEARCHES[$i]}" 90) | $(pct "${SEARCHES[$i]}" 99) | $(rps "${SEARCHES[$i]}") |"; done)
| **median round (goal: p99 < 50 ms)** | $(pct "$SEARCH" 50) | $(pct "$SEARCH" 90) | **$(pct "$SEARCH" 99)** | $(rps "$SEARCH") |

## 3. Get by id, 16 connections, ${DURATION}s, two rounds of API then pgbench (the service idle during pgbench)
| path | round 1 | round 2 |
|---|---|---|
| \`GET /api/v1/items/{id}\` (wrk; round 2: p50 $(pct "$GET" 50), p99 $(pct "$GET" 99)), requests/s | $get_rps1 | $get_rps |
| pgbench, same query (\`get-by-id.pgbench\`, prepared, 16 clients, 2 threads), transactions/s | $tps1 | $tps |
| ratio API / pgbench (goal ≥ 0.35) | $(ratio "$get_rps1" "$tps1") | $(ratio "$get_rps" "$tps") |

The pgbench script finds the id through a 10,000-row \`bench_ids\` table (pgbench cannot draw random UUIDs), so it
does one more index lookup than the service; the service reads one row by primary key and sends its stored JSON.

<details><summary>raw output</summary>

\`\`\`
${SEARCHES[0]}

${SEARCHES[1]}

${SEARCHES[2]}

$GET

$PGB
\`\`\`
</details>
REPORT
say "results in $OUT"
cat "$OUT"
