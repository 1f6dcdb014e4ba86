#!/usr/bin/env bash
# Benchmarks of inquiry-service, on this machine, loopback only:
#   1. intake: 32 concurrent submitters for DURATION s against POST /api/v1/requests vs a plain JDBC baseline that
#      inserts the same rows (counter, request, history, outbox) in one transaction, same run; afterwards the
#      tracking numbers of both are checked gapless and unique
#   2. due dates over the five years of calendar 2022-2026 (JMH, the separate Maven project duedate/)
# Writes bench/results/inquiry-<date>.md. Not part of test.sh.
# usage: bench/inquiry/run.sh                 (DURATION=60 CLIENTS=32 by default; about 8 minutes)
#        DURATION=20 bench/inquiry/run.sh     a quick run
#        SKIP_JMH=1 bench/inquiry/run.sh      the intake only
# needs: JDK 17, wrk (apt-get install wrk), psql, openssl, curl; Maven Central for JMH (first run).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/inquiry"
WORK="$HERE/.work"
DURATION=${DURATION:-60}
CLIENTS=${CLIENTS:-32}
PORT=${PORT:-38082}
DB=bench_inquiry
BASE="http://127.0.0.1:$PORT"
. "$ROOT/bench/lib.sh"
die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }
for tool in java wrk psql openssl curl; do
  command -v "$tool" >/dev/null || die "$tool is needed (wrk: apt-get install -y wrk)"
done
mkdir -p "$WORK" "$ROOT/bench/results"
cd "$ROOT"

scripts/postgres.sh ensure >/dev/null
eval "$(scripts/postgres.sh env)"
export PGHOST=$GONGKAI_DB_HOST PGPORT=$GONGKAI_DB_PORT PGUSER=$GONGKAI_DB_USER PGPASSWORD=${GONGKAI_DB_PASSWORD:-}
JDBC="jdbc:postgresql://$GONGKAI_DB_HOST:$GONGKAI_DB_PORT/$DB"

# the service as it is in this tree (the JMH project runs these very jars too)
say "building the service"
./mvnw -B -q -o package -DskipTests -pl commons,inquiry-service
JAR="$ROOT/inquiry-service/target/quarkus-app/quarkus-run.jar"
M2=${M2_REPO:-$HOME/.m2/repository}
PGJAR=$(ls "$M2"/org/postgresql/postgresql/42.*/postgresql-42.*.jar | grep -v sources | sort -V | tail -1)

# a key pair of its own: the service verifies tokens at start-up, the intake itself is anonymous
if [ ! -f "$WORK/private.pem" ]; then
  openssl genrsa -out "$WORK/private.pem" 2048 2>/dev/null
  openssl rsa -in "$WORK/private.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
fi

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
scripts/postgres.sh recreate-db "$DB" >/dev/null
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
SERVICE_PID=
stop_service() { if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; SERVICE_PID=; }
trap stop_service EXIT
if curl -s -o /dev/null "$BASE/q/health/live" 2>/dev/null; then
  die "port $PORT is in use by another program; stop it or set PORT"
fi
say "starting the service on port $PORT"
# the per-client intake limit (30 an hour) would refuse the load generator, which is one client
GONGKAI_DB_NAME_INQUIRY=$DB GONGKAI_JWT_PUBLIC_KEY="file:$WORK/public.pem" QUARKUS_HTTP_PORT=$PORT \
  GONGKAI_REQUESTS_INTAKE_PER_CLIENT_PER_HOUR=1000000000 GONGKAI_REQUESTS_SWEEP_EVERY=off \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_LOG_LEVEL=WARN \
  java -Xmx1g -Dvertx.disableURIValidation=true -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 90); do
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $WORK/service.log"
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || die "the service did not start; see $WORK/service.log"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary "$(sed -n '/\[\[/,/\]\]/p' "$HERE/intake.lua" | sed 's/^wrk.body = \[\[//; s/\]\]$//')" "$BASE/api/v1/requests")
[ "$status" = 201 ] || die "a submission answered $status, not 201; see $WORK/service.log"

# after the load the service may still finish a few intakes: wait for them, retry a TRUNCATE that met one
empty_tables() {
  local try
  for try in 1 2 3 4 5; do
    sleep 2
    psql_db -c "TRUNCATE request_history, request_pause, request, request_counter, outbox; CHECKPOINT;" 2>/dev/null && return
  done
  die "could not empty the tables"
}
# per year: rows, distinct numbers, lowest and highest sequence number, the counter; gapless and unique when
# rows = distinct = highest = counter and lowest = 1
check_numbers() {
  psql_db -At -F' ' -c "SELECT r.y, count(*), count(DISTINCT r.tracking_no), min(r.n), max(r.n), c.last,
      (SELECT count(*) FROM request_history), (SELECT count(*) FROM outbox)
    FROM (SELECT tracking_no, split_part(tracking_no, '-', 2)::int AS y, split_part(tracking_no, '-', 3)::int AS n FROM request) r
    JOIN request_counter c ON c.year = r.y GROUP BY r.y, c.last ORDER BY r.y"
}
verdict() { awk '{ ok = ($2 == $3 && $3 == $5 && $5 == $6 && $4 == 1 && $7 == $2 && $8 == $2) }
  { printf "%s year %s: %s requests, %s distinct numbers, %06d to %06d, counter at %s, %s history rows, %s events\n",
      ok ? "gapless and unique:" : "NOT GAPLESS OR NOT UNIQUE:", $1, $2, $3, $4, $5, $6, $7, $8 }'; }

warm_until_stable intake -t2 -c"$CLIENTS" -s "$HERE/intake.lua" "$BASE/api/v1/requests"
empty_tables
say "intake through the API: $CLIENTS connections, ${DURATION}s"
API=$(wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$HERE/intake.lua" "$BASE/api/v1/requests")
API_CHECK=$(check_numbers | verdict)
stop_service
empty_tables
say "intake baseline: plain JDBC, $CLIENTS connections, ${DURATION}s"
BASELINE=$(java -cp "$PGJAR" "$HERE/IntakeBench.java" "$JDBC" "$PGUSER" "$PGPASSWORD" "$DURATION" "$CLIENTS")
BASE_CHECK=$(check_numbers | verdict)

JMH=
if [ -z "${SKIP_JMH:-}" ]; then
  say "due dates (JMH)"
  ./mvnw -B -q -f "$HERE/duedate/pom.xml" package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  (cd "$HERE/duedate" && java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main \
    -p calendars="$ROOT/inquiry-service/src/test/resources/calendar" -rf text -rff target/jmh.txt) > "$WORK/jmh.log" 2>&1 \
    || die "JMH failed; see $WORK/jmh.log"
  JMH=$(cat "$HERE/duedate/target/jmh.txt")
fi

rps() { grep -m1 'Requests/sec' <<<"$1" | awk '{print $2}'; }
pct() { grep -E "^ +$2%" <<<"$1" | awk '{print $2}'; }
val() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }
non2xx() { grep -m1 'Non-2xx' <<<"$1" | awk '{print $NF}' | grep . || echo 0; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
api_rate=$(rps "$API"); base_rate=$(val "$BASELINE" per_second)

OUT="$ROOT/bench/results/inquiry-$(date +%F).md"
cat > "$OUT" <<REPORT
# inquiry-service benchmarks, $(date -u '+%F %H:%M UTC')

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1),
PostgreSQL $(psql -At -c 'SHOW server_version' -d "$DB"). Service: the prod jar, -Xmx1g, port $PORT, its pool of 32 connections;
wrk, the baseline and PostgreSQL on the same machine (loopback).
Run with \`DURATION=$DURATION CLIENTS=$CLIENTS bench/inquiry/run.sh\`. Load average (1/5/15 min) before: $LOAD_BEFORE,
after: $(cut -d" " -f1-3 /proc/loadavg) (a high figure before means other work shared the 2 cores).
The API was measured after a warm-up of the same load until its throughput was steady (\`bench/lib.sh\`): $WARMUP_LOG;
the tables were emptied before each measured run.

## 1. Intake: $CLIENTS concurrent submitters, ${DURATION}s each, one after the other
| path | requests/s | p50 | p99 | requests | not 201 |
|---|---|---|---|---|---|
| \`POST /api/v1/requests\` (wrk, \`intake.lua\`: an anonymous online request; HTTP, JSON, validation, the rate limiter, the working-day clock, Hibernate, the access code and its hash) | $api_rate | $(pct "$API" 50) | $(pct "$API" 99) | $(grep -m1 'requests in' <<<"$API" | awk '{print $1}') | $(non2xx "$API") |
| baseline: plain JDBC, $CLIENTS connections, the same rows in one transaction each (\`IntakeBench.java\`) | $base_rate | $(val "$BASELINE" p50_ms)ms | $(val "$BASELINE" p99_ms)ms | $(val "$BASELINE" requests) | $(val "$BASELINE" errors) errors |
| **ratio API / baseline (goal ≥ 0.5); API p99 goal < 50 ms** | **$(ratio "$api_rate" "$base_rate")** | | | | |

Tracking numbers afterwards (each side into the emptied tables):
- API: $API_CHECK
- baseline: $BASE_CHECK

Both sides take the year's number from its counter row (\`INSERT … ON CONFLICT DO UPDATE … RETURNING\`) and hold
that row's lock until commit: the lock is what makes the numbers gapless, and it serialises every intake of a year, so
the throughput of both is bounded by how long a transaction holds it, commit (and its WAL flush) included. The baseline
takes the number first and then writes its three rows; the service takes it after the clock and the access code, just
before its rows are flushed.

## 2. Due dates over the calendars 2022–2026 (JMH, \`duedate/\`: \`RequestClock.dueDate\`, goal < 2 µs per due date)
Receipt times every 37 minutes from 1 Jan 2022 to 15 Nov 2026 (day and night, working days, weekends, holidays and
调休 Saturdays), one per invocation; 2 forks × 5 iterations of 2 s after 3 of warm-up.
\`\`\`
${JMH:-not run (SKIP_JMH)}
\`\`\`

<details><summary>raw output</summary>

\`\`\`
$API
$BASELINE
\`\`\`
</details>
REPORT
say "results in $OUT"
cat "$OUT"
