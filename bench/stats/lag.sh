#!/usr/bin/env bash
# Event-to-figure lag of stats-service (issue 17: "under a steady 200 items/s pushed through the API: p99 < 2 s"),
# on this machine, loopback only, against a real stack of its own (./run.sh on ports BENCH_PORT_BASE..BENCH_PORT_BASE+4,
# databases bench_lag_*, run folder .data/bench-lag, demo data loaded), stopped at the end:
#   a source system pushes items one PUT at a time through the gateway at RATE items/s (LagBench.java, open loop):
#   WARMUP seconds into one unit (not measured), DURATION seconds into a unit of the bench's own whose figure starts
#   at 0, then into the first unit again until every measured item is counted; meanwhile stats-service's figure of
#   the measured unit is read every POLL_MS ms, and each item's lag is the time from its push's 201 to the first
#   poll that counts it.
# Writes bench/results/stats-lag-<date>.md (stats-lag-<RATE>-<date>.md at another RATE). Not part of test.sh.
# usage: bench/stats/lag.sh                                  (RATE=200 WARMUP=20 DURATION=60 POLL_MS=50)
#        DURATION=20 WARMUP=10 bench/stats/lag.sh            a trial
#        GONGKAI_FEEDS_POLL_EVERY=500ms bench/stats/lag.sh   stats-service polling its feeds twice a second
# needs: JDK 17, curl, jq, openssl; the jars are built by ./run.sh when missing or stale.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/stats"
WORK="$HERE/.work"
RATE=${RATE:-200}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-60}
POLL_MS=${POLL_MS:-50}
DRAIN=${DRAIN:-60}
BENCH_PORT_BASE=${BENCH_PORT_BASE:-48080}
GW="http://localhost:$BENCH_PORT_BASE"
STATS="http://localhost:$((BENCH_PORT_BASE + 3))"
SOURCE=bench-lag
UNIT=BENCH_LAG
WARM_UNIT=BENCH_LAG_WARM
die() { echo "lag.sh: $*" >&2; exit 1; }
say() { echo "lag.sh: $*" >&2; }
case "${1:-}" in
  "") ;;
  -h|--help|help) sed -n '2,14p' "$0"; exit 0 ;;
  *) die "no arguments; settings are variables (try --help)" ;;
esac
for tool in java curl jq openssl; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done
for v in RATE WARMUP DURATION POLL_MS DRAIN BENCH_PORT_BASE; do
  [[ ${!v} =~ ^[0-9]+$ ]] && [ "${!v}" -gt 0 ] || die "$v must be a positive whole number (it is '${!v}')"
done
mkdir -p "$WORK" "$ROOT/bench/results"
cd "$ROOT"

M2=${M2_REPO:-$HOME/.m2/repository}
CP=
for a in databind core annotations; do
  jar=$(ls "$M2"/com/fasterxml/jackson/core/jackson-$a/2.*/jackson-$a-2.*.jar 2>/dev/null | grep -v sources | sort -V | tail -1 || true)
  [ -n "$jar" ] || die "jackson-$a is not in $M2 (build the project once: ./mvnw package -DskipTests)"
  CP="$CP${CP:+:}$jar"
done
for p in $(seq "$BENCH_PORT_BASE" $((BENCH_PORT_BASE + 4))); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p is in use by another program; set BENCH_PORT_BASE"; fi
done

scripts/postgres.sh ensure >/dev/null
export GONGKAI_RUN_DIR="$ROOT/.data/bench-lag" GONGKAI_PORT_BASE=$BENCH_PORT_BASE
export GONGKAI_DB_NAME_GATEWAY=bench_lag_gateway GONGKAI_DB_NAME_DISCLOSURE=bench_lag_disclosure \
  GONGKAI_DB_NAME_INQUIRY=bench_lag_inquiry GONGKAI_DB_NAME_STATS=bench_lag_stats
scripts/postgres.sh recreate-db bench_lag_gateway bench_lag_disclosure bench_lag_inquiry bench_lag_stats >/dev/null 2>&1 \
  || die "could not recreate the bench databases (scripts/postgres.sh recreate-db)"
rm -rf "$GONGKAI_RUN_DIR"

STARTED=
cleanup() { if [ -n "$STARTED" ]; then ./run.sh stop >/dev/null 2>&1 || true; STARTED=; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM
say "starting a stack on ports $BENCH_PORT_BASE-$((BENCH_PORT_BASE + 4)) with the demo data (log: $WORK/run.log)"
STARTED=yes
./run.sh --detach > "$WORK/run.log" 2>&1 || { tail -20 "$WORK/run.log" >&2; die "the stack did not start; see $WORK/run.log and $GONGKAI_RUN_DIR/logs/"; }
set -a; . "$GONGKAI_RUN_DIR/demo-credentials.env"; set +a

call() { # method path body -> the answer's body; fails unless the status is one of the allowed (default 2xx)
  local method=$1 path=$2 body=$3 allowed=${4:-2..} out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "$GW$path" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "$body")
  if ! [[ $status =~ ^($allowed)$ ]]; then
    echo "lag.sh: $method $path answered $status: $(cat "$out")" >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}
TOKEN=$(curl -sS -X POST "$GW/api/v1/auth/token" -H 'Content-Type: application/json' \
  --data-binary "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD\"}" | jq -r '.accessToken // empty')
[ -n "$TOKEN" ] || die "the demo admin could not log in at $GW"
# the bench's own two units, its source system tied to them, and a write key whose limit the load cannot reach
for u in "$UNIT" "$WARM_UNIT"; do
  call POST /api/v1/units "{\"code\":\"$u\",\"name\":\"时延基准 $u\"}" '2..|409' >/dev/null
done
call POST /api/v1/sources "{\"code\":\"$SOURCE\",\"name\":\"时延基准\",\"units\":[\"$UNIT\",\"$WARM_UNIT\"]}" '2..|409' >/dev/null
KEY=$(call POST /api/v1/admin/api-keys \
  "{\"name\":\"lag bench\",\"scopes\":[\"items:write\"],\"source\":\"$SOURCE\",\"rateLimitPerMinute\":1000000}" | jq -r '.secret // empty')
[ -n "$KEY" ] || die "the gateway made no key"

# the demo data's events are applied before the load starts: both feeds at lag 0
feeds() { curl -s "$STATS/q/health/ready" | jq -c '[.checks[] | select(.name == "event-feeds") | .data][0] // {}'; }
for _ in $(seq 1 240); do
  f=$(feeds)
  [ "$(jq -r '[to_entries[] | select(.key | endswith(".lag")) | .value | tostring] | (length > 0 and all(. == "0"))' <<<"$f")" = true ] && break
  sleep 0.5
done
[ "$(jq -r '[to_entries[] | select(.key | endswith(".lag")) | .value | tostring] | (length > 0 and all(. == "0"))' <<<"$f")" = true ] \
  || die "stats-service did not catch up with the demo data in 2 minutes: $f"
FEEDS_BEFORE=$f

# CPU time (clock ticks) of the machine, of each service of the stack and of the PostgreSQL server (all its processes,
# whoever they serve), read before and after the load: what else used the cores shows as the rest
TICK=$(getconf CLK_TCK)
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
pid_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_snapshot() { # -> "machine gateway disclosure-service stats-service inquiry-service web postgres"
  local out name pid sum
  out=$(machine_ticks)
  for name in gateway disclosure-service stats-service inquiry-service web; do
    pid=$(cat "$GONGKAI_RUN_DIR/pids/$name.pid" 2>/dev/null || echo 0)
    out="$out $(pid_ticks "$pid")"
  done
  sum=0
  for pid in $(pgrep -u postgres || true); do sum=$((sum + $(pid_ticks "$pid"))); done
  echo "$out $sum"
}

POLL_EVERY=${GONGKAI_FEEDS_POLL_EVERY:-1s (the default)}
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
CPU_BEFORE=$(cpu_snapshot)
WALL_BEFORE=$(date +%s%N)
say "pushing $RATE items/s through the gateway: ${WARMUP}s warm-up, ${DURATION}s measured; figure polled every ${POLL_MS} ms"
RESULT=$(java -cp "$CP" "$HERE/LagBench.java" "$GW" "$KEY" "$SOURCE" "$UNIT" "$WARM_UNIT" "$STATS" \
  "$RATE" "$WARMUP" "$DURATION" "$POLL_MS" "$DRAIN" "$WORK/lags.txt") || die "LagBench failed"
CPU_AFTER=$(cpu_snapshot)
WALL_SECONDS=$(awk -v a="$WALL_BEFORE" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
LOAD_AFTER=$(cut -d" " -f1-3 /proc/loadavg)
FEEDS_AFTER=$(feeds)
echo "$RESULT" >&2
RSS=$(for name in gateway disclosure-service stats-service; do
  pid=$(cat "$GONGKAI_RUN_DIR/pids/$name.pid" 2>/dev/null || true)
  kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  echo "$name ${kb:+$((kb / 1024)) MB}"
done | paste -sd, | sed 's/,/, /g')
eval "$(scripts/postgres.sh env)"
PG_VERSION=$(PGPASSWORD=${GONGKAI_DB_PASSWORD:-} psql -h "$GONGKAI_DB_HOST" -p "$GONGKAI_DB_PORT" -U "$GONGKAI_DB_USER" -d bench_lag_stats -At -c 'SHOW server_version' 2>/dev/null || echo '?')
cleanup

val() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$RESULT" | head -1; }
secs() { awk -v ms="$1" 'BEGIN { if (ms == "NaN" || ms == "") print "n/a"; else printf "%.2f s", ms / 1000 }'; }
P99=$(val lag_p99_ms)
UNSEEN=$(val unseen); FAILED=$(val failed)
SHORT_RATE=$(awk -v a="$(val rate_achieved)" -v t="$RATE" 'BEGIN { print (a < 0.95 * t) ? "yes" : "no" }')
if [ "$UNSEEN" != 0 ] || [ "$FAILED" != 0 ]; then
  VERDICT="**not judged**: $FAILED pushes failed and $UNSEEN acknowledged items were never counted within ${DRAIN}s after the last push"
elif [ "$SHORT_RATE" = yes ]; then
  VERDICT="**not judged**: the load reached $(val rate_achieved) items/s, not $RATE (p99 $(secs "$P99") at that rate)"
elif awk -v p="$P99" 'BEGIN { exit !(p < 2000) }'; then
  VERDICT="**met**: p99 $(secs "$P99") < 2 s"
else
  VERDICT="**not met**: p99 $(secs "$P99") ≥ 2 s"
fi
# the lag over the measured period: per 10-second window of acknowledgement (LagBench's window lines)
WINDOWS=$(awk '/^window / { for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
  printf "| %d-%d s | %d | %.2f s | %.2f s | %.2f s |\n", f["from_s"], f["to_s"], f["items"], f["lag_p50_ms"] / 1000, f["lag_p99_ms"] / 1000, f["lag_max_ms"] / 1000 }' <<<"$RESULT")

# cores used on average over the load, per part; "others" is the machine's busy time less every part named
CPU_TABLE=$(awk -v a="$CPU_BEFORE" -v b="$CPU_AFTER" -v tick="$TICK" -v secs="$WALL_SECONDS" -v gen="$(val generator_cpu_s)" 'BEGIN {
  split(a, x, " "); split(b, y, " "); n = split("machine gateway disclosure-service stats-service inquiry-service web PostgreSQL", name, " ")
  for (i = 1; i <= n; i++) d[i] = (y[i] - x[i]) / tick
  named = gen; for (i = 2; i <= n; i++) named += d[i]
  printf "| whole machine (busy) | %.2f |\n", d[1] / secs
  for (i = 2; i <= n; i++) printf "| %s | %.2f |\n", name[i], d[i] / secs
  printf "| load generator (LagBench, with its polls) | %.2f |\n", gen / secs
  printf "| others (what is not named above) | %.2f |\n", (d[1] - named) / secs }')
if [ "$RATE" = 200 ]; then OUT="$ROOT/bench/results/stats-lag-$(date +%F).md"; else OUT="$ROOT/bench/results/stats-lag-$RATE-$(date +%F).md"; fi
cat > "$OUT" <<REPORT
# stats-service: event-to-figure lag at $RATE items/s, $(date -u '+%F %H:%M UTC')

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1),
PostgreSQL $PG_VERSION. The whole stack of \`./run.sh\` (gateway, disclosure-service, inquiry-service, stats-service, web, their
prod jars and heaps) on ports $BENCH_PORT_BASE-$((BENCH_PORT_BASE + 4)), fresh databases \`bench_lag_*\`, the demo data loaded, and the load generator
(\`bench/stats/LagBench.java\`) on the same machine (loopback).
Run with \`BENCH_PORT_BASE=$BENCH_PORT_BASE RATE=$RATE WARMUP=$WARMUP DURATION=$DURATION POLL_MS=$POLL_MS${GONGKAI_FEEDS_POLL_EVERY:+ GONGKAI_FEEDS_POLL_EVERY=$GONGKAI_FEEDS_POLL_EVERY} bench/stats/lag.sh\`.
Load average (1/5/15 min) before the load: $LOAD_BEFORE, after: $LOAD_AFTER. RSS after the load: $RSS.

**The load.** A source system's write key pushes one item per \`PUT /api/v1/sources/$SOURCE/items/{externalId}\` through the
gateway, at $RATE items/s on a fixed schedule (open loop, up to 64 in flight): ${WARMUP}s into the unit \`$WARM_UNIT\` (warm-up, not
measured), then ${DURATION}s into \`$UNIT\`, a unit only the bench uses (its figure starts at 0), then into \`$WARM_UNIT\` again until
the figure of \`$UNIT\` has counted every measured item, so the last ones are applied under the same load. Each item is published
now and posted on one channel (PORTAL): one posting counted per item.
**The figure.** \`GET /api/v1/stats/channels?unit=$UNIT&from=&to=\` (yesterday to tomorrow), straight to stats-service, every
$POLL_MS ms. When a poll answered at s first shows the total at n, the measured items up to the n-th in order of acknowledgement
not seen before get the lag s - t_i, t_i being the moment item i's 201 arrived.
**Resolution: ±$POLL_MS ms** (a count is seen up to one poll interval after it moved, plus the poll's own time: p50 $(val poll_p50_ms) ms,
p99 $(val poll_p99_ms) ms, max $(val poll_max_ms) ms over $(val polls) polls, $(val poll_errors) failed).
**What bounds the lag.** stats-service polls disclosure-service's feed every \`gongkai.stats.feeds.poll-every\` (env
\`GONGKAI_FEEDS_POLL_EVERY\`), here $POLL_EVERY: an event waits up to that long before it is read, then its page is applied.

## Result
| | |
|---|---|
| items pushed in the measured ${DURATION}s (acknowledged / failed) | $(val measured_items) ($(val acknowledged) / $(val failed)) |
| push rate achieved (target $RATE/s) | $(val rate_achieved) items/s (latest send behind schedule: $(val max_send_slip_ms) ms) |
| push latency through the gateway, p50 / p99 / max | $(val push_p50_ms) / $(val push_p99_ms) / $(val push_max_ms) ms |
| items counted by the figure | $(val seen) (final total $(val final_total), never seen: $(val unseen)) |
| **lag p50** | **$(secs "$(val lag_p50_ms)")** |
| **lag p90** | **$(secs "$(val lag_p90_ms)")** |
| **lag p99** | **$(secs "$P99")** |
| lag max (min) | $(secs "$(val lag_max_ms)") ($(secs "$(val lag_min_ms)")) |

Goal (issue 17): p99 < 2 s at $RATE items/s: $VERDICT.

The lag over the measured period, per 10 s of acknowledgement:

| items acknowledged at | items | p50 | p99 | max |
|---|---|---|---|---|
$WINDOWS

Cores used on average while the load generator ran ($WALL_SECONDS s, its JVM start included; 2 cores on this machine; PostgreSQL is the whole server, whoever it serves):

| part | cores |
|---|---|
$CPU_TABLE

Feeds (stats-service's \`/q/health/ready\`) before the load: \`$FEEDS_BEFORE\`; after it: \`$FEEDS_AFTER\`.

<details><summary>raw output of LagBench</summary>

\`\`\`
$RESULT
\`\`\`
</details>
REPORT
say "wrote $OUT"
