#!/usr/bin/env bash
# Benchmarks of stats-service (issue 17), on this machine, loopback only, against a fake producer feed
# (FakeProducer.java: synthetic events in the real feed format; the consumer is the real stats-service):
#   1. catch-up: COUNT events replayed from position 0 by the service vs reading the same pages without
#      applying them (BareRead.java), same run, before and after the catch-up
#   2. the annual report of the year these events fill (ITEMS items, REQUESTS requests, PETITIONS petitions):
#      p50/p99 of JSON and HTML (wrk, 1 connection, after a warm-up until steady), p50 of the PDF; then the same
#      at SMALL_ITEMS items, in a second service on a fresh database
# Writes bench/results/stats-<date>.md. Not part of test.sh.
# usage: bench/stats/run.sh                                   (COUNT=1000000 ITEMS=200000 DURATION=20)
#        COUNT=200000 ITEMS=100000 DURATION=10 bench/stats/run.sh   a trial
# needs: JDK 17, wrk (apt-get install wrk), curl, jq, openssl; the jar is built if missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/stats"
WORK="$HERE/.work"
COUNT=${COUNT:-1000000}
ITEMS=${ITEMS:-200000}
REQUESTS=${REQUESTS:-10000}
PETITIONS=${PETITIONS:-5000}
SMALL_ITEMS=${SMALL_ITEMS:-20000}
DURATION=${DURATION:-20}
PDF_RUNS=${PDF_RUNS:-15}
PORT=${PORT:-38083}
FEED_PORT=${FEED_PORT:-38090}
DB=bench_stats
BASE="http://127.0.0.1:$PORT"
FEED="http://127.0.0.1:$FEED_PORT"
. "$ROOT/bench/lib.sh"
die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }
for tool in java wrk curl jq openssl; do
  command -v "$tool" >/dev/null || die "$tool is needed (wrk: apt-get install -y wrk)"
done
mkdir -p "$WORK" "$ROOT/bench/results"
cd "$ROOT"

scripts/postgres.sh ensure >/dev/null
eval "$(scripts/postgres.sh env)"
export PGHOST=$GONGKAI_DB_HOST PGPORT=$GONGKAI_DB_PORT PGUSER=$GONGKAI_DB_USER PGPASSWORD=${GONGKAI_DB_PASSWORD:-}
JAR="$ROOT/stats-service/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
  say "building the service"
  ./mvnw -B -q package -DskipTests -pl commons,stats-service
fi
M2=${M2_REPO:-$HOME/.m2/repository}
CP=
for a in databind core annotations; do
  CP="$CP${CP:+:}$(ls "$M2"/com/fasterxml/jackson/core/jackson-$a/2.*/jackson-$a-2.*.jar | grep -v sources | sort -V | tail -1)"
done
if [ ! -f "$WORK/public.pem" ]; then
  openssl genrsa -out "$WORK/private.pem" 2048 2>/dev/null
  openssl rsa -in "$WORK/private.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
fi
for p in "$PORT" "$FEED_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/" 2>/dev/null; then die "port $p is in use by another program; set PORT / FEED_PORT"; fi
done

FEED_PID=; SERVICE_PID=
stop() { local pid=$1; if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
cleanup() { stop "$SERVICE_PID"; stop "$FEED_PID"; }
trap cleanup EXIT

start_feed() { # count items
  stop "$FEED_PID"
  java -Xmx256m "$HERE/FakeProducer.java" "$FEED_PORT" "$1" "$2" "$REQUESTS" "$PETITIONS" > "$WORK/feed.log" 2>&1 &
  FEED_PID=$!
  for _ in $(seq 1 60); do grep -q '^ready' "$WORK/feed.log" 2>/dev/null && return; sleep 0.5; done
  die "the fake feed did not start; see $WORK/feed.log"
}
start_service() {
  stop "$SERVICE_PID"
  scripts/postgres.sh recreate-db "$DB" >/dev/null
  GONGKAI_DB_NAME_STATS=$DB GONGKAI_JWT_PUBLIC_KEY="file:$WORK/public.pem" QUARKUS_HTTP_PORT=$PORT \
    GONGKAI_DISCLOSURE_URL=$FEED GONGKAI_INQUIRY_FEED_URL= GONGKAI_FEED_CREDENTIAL=bench \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_LOG_LEVEL=WARN \
    java -Xmx1g -jar "$JAR" > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $WORK/service.log"
    curl -fs "$BASE/q/health/live" >/dev/null 2>&1 && return
    sleep 0.5
  done
  die "the service did not start; see $WORK/service.log"
}
feed_field() { curl -s "$BASE/q/health/ready" | jq -r ".checks[] | select(.name == \"event-feeds\") | .data.\"disclosure.$1\""; }
# waits until the consumer's cursor is at the feed's head; prints the epoch ms it saw it
wait_caught_up() {
  local head="1-$1"
  while [ "$(feed_field position)" != "$head" ]; do
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $WORK/service.log"
    [ "$(feed_field state)" != STOPPED_AT_DEAD_LETTER ] || die "the consumer stopped at a dead letter; see $WORK/service.log"
    sleep 0.2
  done
  date +%s%3N
}
ms_of() { grep "^$1 " "$WORK/feed.log" | head -1 | cut -d' ' -f2; }
val() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }
pct() { grep -E "^ +$2%" <<<"$1" | awk '{print $2}'; }
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
say "fake feed: $COUNT events ($ITEMS items, $REQUESTS requests, $PETITIONS petitions)"
start_feed "$COUNT" "$ITEMS"
say "bare read of the feed (before)"
BARE1=$(java -cp "$CP" "$HERE/BareRead.java" "$FEED" 500)
start_feed "$COUNT" "$ITEMS"   # a fresh log for the consumer's first page
say "catch-up: the service replays the feed from 0"
start_service
DONE_MS=$(wait_caught_up "$COUNT")
FIRST_MS=$(ms_of first-page); LAST_MS=$(ms_of last-page)
CATCHUP_S=$(awk -v a="$DONE_MS" -v b="$FIRST_MS" 'BEGIN { printf "%.1f", (a - b) / 1000 }')
CATCHUP_RATE=$(awk -v n="$COUNT" -v s="$CATCHUP_S" 'BEGIN { printf "%.0f", n / s }')
APPLIED=$(feed_field position)
say "caught up in $CATCHUP_S s ($CATCHUP_RATE events/s)"
say "bare read of the feed (after)"
BARE2=$(java -cp "$CP" "$HERE/BareRead.java" "$FEED" 500)
BARE_RATE=$(awk -v a="$(val "$BARE1" events_per_second)" -v b="$(val "$BARE2" events_per_second)" 'BEGIN { printf "%.0f", (a + b) / 2 }')

report_latency() { # label -> sets REPORT_<label>_{JSON,HTML,PDF}
  local label=$1 accept out
  for accept in application/json text/html; do
    warm_until_stable "report $label $accept" -t1 -c1 -H "Accept: $accept" "$BASE/api/v1/reports/annual/2022"
    say "report $label $accept: 1 connection, ${DURATION}s"
    out=$(wrk -t1 -c1 -d"${DURATION}s" --latency -H "Accept: $accept" "$BASE/api/v1/reports/annual/2022")
    printf -v "REPORT_${label}_${accept#*/}" '%s' "$out"
  done
  local times=()
  for _ in $(seq 1 "$PDF_RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H 'Accept: application/pdf' "$BASE/api/v1/reports/annual/2022")")
  done
  printf -v "PDF_${label}" '%s' "$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { printf "%.0f ms (min %.0f, max %.0f, %d runs)", a[int((NR + 1) / 2)] * 1000, a[1] * 1000, a[NR] * 1000, NR }')"
}
curl -fs -o "$WORK/report-big.json" -H 'Accept: application/json' "$BASE/api/v1/reports/annual/2022"
report_latency big
BIG_PROACTIVE=$(jq -r '.figures[] | select(.key == "proactive.total") | .value' "$WORK/report-big.json")
BIG_REQUESTS=$(jq -r '.figures[] | select(.key == "requests.received") | .value' "$WORK/report-big.json")
BIG_PETITIONS=$(jq -r '.figures[] | select(.key == "petitions.received") | .value' "$WORK/report-big.json")

SMALL_COUNT=$((2 * REQUESTS + PETITIONS + SMALL_ITEMS))
say "the same report at $SMALL_ITEMS items ($SMALL_COUNT events, fresh database)"
start_feed "$SMALL_COUNT" "$SMALL_ITEMS"
start_service
wait_caught_up "$SMALL_COUNT" >/dev/null
curl -fs -o "$WORK/report-small.json" -H 'Accept: application/json' "$BASE/api/v1/reports/annual/2022"
report_latency small
SMALL_PROACTIVE=$(jq -r '.figures[] | select(.key == "proactive.total") | .value' "$WORK/report-small.json")
cleanup; SERVICE_PID=; FEED_PID=

p() { pct "$1" "$2"; }
bj=$(p "$REPORT_big_json" 50 | to_ms); sj=$(p "$REPORT_small_json" 50 | to_ms)
bh=$(p "$REPORT_big_html" 50 | to_ms); sh=$(p "$REPORT_small_html" 50 | to_ms)
OUT="$ROOT/bench/results/stats-$(date +%F).md"
cat > "$OUT" <<REPORT
# stats-service benchmarks, $(date -u '+%F %H:%M UTC')

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1),
PostgreSQL $(psql -At -c 'SHOW server_version' -d "$DB"). Service: the prod jar, -Xmx1g, port $PORT, its default feed settings
(pages of 500, up to 20 pages per poll, a poll every second); the fake feed (\`bench/stats/FakeProducer.java\`, port $FEED_PORT), wrk
and curl on the same machine (loopback). Run with \`COUNT=$COUNT ITEMS=$ITEMS REQUESTS=$REQUESTS PETITIONS=$PETITIONS SMALL_ITEMS=$SMALL_ITEMS DURATION=$DURATION bench/stats/run.sh\`.
Load average (1/5/15 min) before: $LOAD_BEFORE, after: $(cut -d" " -f1-3 /proc/loadavg) (other builds shared the 2 cores).
Report warm-ups (\`bench/lib.sh\`): $WARMUP_LOG.

## 1. Catch-up: $COUNT events from position 0
| path | result |
|---|---|
| the service: from the consumer's first page to its cursor at the head (\`/q/health/ready\`, polled every 0.2 s) | $CATCHUP_S s, **$CATCHUP_RATE events/s** (the last page was served $(awk -v a="$DONE_MS" -v b="$LAST_MS" 'BEGIN { printf "%.1f", (a - b) / 1000 }') s before the cursor was seen there) |
| baseline: the same pages of 500 read without applying them (\`BareRead.java\`: HTTP, JSON parsed, every event's fields read), before the catch-up | $BARE1 |
| the same, after the catch-up | $BARE2 |
| **ratio service / bare read (mean of the two; goal ≥ 0.5), events/s (goal ≥ 20,000)** | **$(ratio "$CATCHUP_RATE" "$BARE_RATE")**, **$CATCHUP_RATE** |

Events: $REQUESTS requests received and answered, $PETITIONS petitions, $ITEMS items published, and item.changed events for the
same items (their channels moving) up to $COUNT; every event is applied in the transaction of its page with the cursor.

## 2. The annual report of 2022 (academic year), 1 connection, ${DURATION}s per format after a warm-up
| data | format | p50 | p90 | p99 | requests/s |
|---|---|---|---|---|---|
| $ITEMS items ($BIG_PROACTIVE postings), $BIG_REQUESTS requests, $BIG_PETITIONS petitions | JSON | $(p "$REPORT_big_json" 50) | $(p "$REPORT_big_json" 90) | $(p "$REPORT_big_json" 99) | $(grep -m1 Requests/sec <<<"$REPORT_big_json" | awk '{print $2}') |
| | HTML | $(p "$REPORT_big_html" 50) | $(p "$REPORT_big_html" 90) | $(p "$REPORT_big_html" 99) | $(grep -m1 Requests/sec <<<"$REPORT_big_html" | awk '{print $2}') |
| | PDF (curl, p50) | $PDF_big | | | |
| $SMALL_ITEMS items ($SMALL_PROACTIVE postings), same requests and petitions | JSON | $(p "$REPORT_small_json" 50) | $(p "$REPORT_small_json" 90) | $(p "$REPORT_small_json" 99) | $(grep -m1 Requests/sec <<<"$REPORT_small_json" | awk '{print $2}') |
| | HTML | $(p "$REPORT_small_html" 50) | $(p "$REPORT_small_html" 90) | $(p "$REPORT_small_html" 99) | $(grep -m1 Requests/sec <<<"$REPORT_small_html" | awk '{print $2}') |
| | PDF (curl, p50) | $PDF_small | | | |

Goals: p50 < 100 ms for JSON and HTML; at $ITEMS items within 1.2× of $SMALL_ITEMS items: JSON **$(ratio "$bj" "$sj")×**, HTML **$(ratio "$bh" "$sh")×**; PDF p50 < 2 s.
The annex comes from the fake coverage once and is then kept (\`report/AnnexCache\`); the figures are the pre-aggregated daily counts.

<details><summary>raw output</summary>

\`\`\`
$REPORT_big_json

$REPORT_big_html

$REPORT_small_json

$REPORT_small_html
\`\`\`
</details>
REPORT
say "wrote $OUT"
