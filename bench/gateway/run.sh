#!/usr/bin/env bash
# The gateway's cost, on this machine, loopback only: the same GET straight to a service and through
# the gateway (a read-only API key: authentication and rate limiting on), side by side in one run, at
# 1, 16 and 64 connections; plus start-up time and RSS of every service after start and after the load.
# Writes bench/results/gateway-<date>.md. Not part of test.sh.
# usage: bench/gateway/run.sh                  starts its own stack (./run.sh on ports 28080-28083,
#                                              databases bench_gw_*), measures, stops it
#        DURATION=30 bench/gateway/run.sh      seconds per measurement (default 10)
#        PATH_UNDER_TEST=/api/v1/checklist bench/gateway/run.sh   another GET (default /api/v1/channels)
# needs: JDK 17, curl, openssl; wrk is installed with apt-get when missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DURATION=${DURATION:-10}
PATH_UNDER_TEST=${PATH_UNDER_TEST:-/api/v1/channels}
BASE_PORT=${BENCH_PORT_BASE:-28080}
RUN_DIR="$ROOT/.data/bench"
GATEWAY="http://127.0.0.1:$BASE_PORT"
DIRECT="http://127.0.0.1:$((BASE_PORT + 1))"   # disclosure-service, the owner of the default path
OUT="$ROOT/bench/results/gateway-$(date -u +%Y-%m-%d).md"
. "$ROOT/bench/lib.sh"
die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk"
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else sudo apt-get install -y wrk >/dev/null; fi
fi
for tool in java curl openssl wrk; do command -v "$tool" >/dev/null || die "$tool is needed"; done
mkdir -p "$ROOT/bench/results"

export GONGKAI_RUN_DIR="$RUN_DIR" GONGKAI_PORT_BASE=$BASE_PORT
export GONGKAI_DB_NAME_GATEWAY=bench_gw_gateway GONGKAI_DB_NAME_DISCLOSURE=bench_gw_disclosure \
  GONGKAI_DB_NAME_INQUIRY=bench_gw_inquiry GONGKAI_DB_NAME_STATS=bench_gw_stats
scripts/postgres.sh ensure >/dev/null
scripts/postgres.sh recreate-db bench_gw_gateway bench_gw_disclosure bench_gw_inquiry bench_gw_stats >/dev/null
rm -rf "$RUN_DIR"
trap './run.sh stop >/dev/null 2>&1 || true' EXIT
say "starting the stack on ports $BASE_PORT-$((BASE_PORT + 3))"
./run.sh --detach >/dev/null 2>"$ROOT/.data/bench-run.log" || { tail -20 "$ROOT/.data/bench-run.log" >&2; die "./run.sh failed"; }
set -a; . "$RUN_DIR/demo-credentials.env"; set +a

SERVICES=(gateway disclosure-service inquiry-service stats-service)
started_in() { grep -o 'started in [0-9.]*s' "$RUN_DIR/logs/$1.log" | head -1 | grep -o '[0-9.]*' || echo "?"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$(cat "$RUN_DIR/pids/$1.pid")/status" 2>/dev/null || echo "?"; }
declare -A STARTUP RSS_START RSS_LOADED
for s in "${SERVICES[@]}"; do STARTUP[$s]=$(started_in "$s"); RSS_START[$s]=$(rss_mb "$s"); done

# a read-only key with a limit far above what the load generator can reach: the limiter runs, never refuses
TOKEN=$(curl -fsS -X POST "$GATEWAY/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD\"}" \
  | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "the admin could not log in"
KEY=$(curl -fsS -X POST "$GATEWAY/api/v1/admin/api-keys" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"bench (read-only)","scopes":["read"],"rateLimitPerMinute":1000000}' | sed -n 's/.*"secret" *: *"\([^"]*\)".*/\1/p')
[ -n "$KEY" ] || die "no bench key"
curl -fsS -o /dev/null "$DIRECT$PATH_UNDER_TEST" || die "$DIRECT$PATH_UNDER_TEST does not answer 200"
curl -fsS -o /dev/null -H "X-Api-Key: $KEY" "$GATEWAY$PATH_UNDER_TEST" || die "the gateway does not answer 200 for $PATH_UNDER_TEST"

# wrk --latency → "rps p50ms p99ms"
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.3f", v }'; }
measure() { # url connections [header]
  local url=$1 c=$2 header=${3:-} threads=2 out
  [ "$c" -lt 2 ] && threads=1
  if [ -n "$header" ]; then out=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency -H "$header" "$url")
  else out=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency "$url"); fi
  grep -q 'Non-2xx' <<<"$out" && say "warning: non-2xx answers for $url at $c connections"
  printf '%s %s %s\n' "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)" "$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)"
}

# the gateway's path JIT-compiles both the gateway and the service: it is warmed up last
warm_until_stable direct -t2 -c16 "$DIRECT$PATH_UNDER_TEST"
warm_until_stable "through the gateway" -t2 -c16 -H "X-Api-Key: $KEY" "$GATEWAY$PATH_UNDER_TEST"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=""
for c in 1 16 64; do
  say "$c connection(s): direct, then through the gateway (${DURATION}s each)"
  read -r d_rps d_p50 d_p99 <<<"$(measure "$DIRECT$PATH_UNDER_TEST" "$c")"
  read -r g_rps g_p50 g_p99 <<<"$(measure "$GATEWAY$PATH_UNDER_TEST" "$c" "X-Api-Key: $KEY")"
  ratio=$(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { printf "%.2f", g / d }')
  add50=$(awk -v g="$g_p50" -v d="$d_p50" 'BEGIN { printf "%.3f", g - d }')
  add99=$(awk -v g="$g_p99" -v d="$d_p99" 'BEGIN { printf "%.3f", g - d }')
  ROWS+="| $c | $d_rps | $g_rps | **$ratio** | $d_p50 | $g_p50 | **$add50** | $d_p99 | $g_p99 | $add99 |"$'\n'
done
for s in "${SERVICES[@]}"; do RSS_LOADED[$s]=$(rss_mb "$s"); done

CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "# Gateway benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, ${CPU:-unknown CPU}, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM,"
  echo "$(uname -sr), $(java -version 2>&1 | head -1). Load generator (wrk) on the same cores, loopback only."
  echo "Services started by ./run.sh (JVM mode, its JVM flags). Request: \`GET $PATH_UNDER_TEST\` (${DURATION}s per point,"
  echo "after warming each path up until its throughput is steady, \`bench/lib.sh\`: $WARMUP_LOG)."
  echo "Direct: to disclosure-service without credentials. Through the gateway:"
  echo "\`X-Api-Key\` of a read-only key (key lookup, secret check, token bucket, signed forwarded JWT, access log)."
  echo "Load average before the measurements: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the"
  echo "machine shares the cores: figures taken while it is busy say little about the gateway)."
  echo
  echo "| connections | direct req/s | gateway req/s | ratio | direct p50 ms | gateway p50 ms | added p50 ms | direct p99 ms | gateway p99 ms | added p99 ms |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$ROWS"
  echo
  echo "Goals: ratio >= 0.8 at 64 connections, >= 0.7 at 16; added p50 < 0.3 ms at 1 connection."
  echo
  echo "| service | started in (s) | RSS after start (MB) | RSS after the load (MB) |"
  echo "|---|---:|---:|---:|"
  for s in "${SERVICES[@]}"; do echo "| $s | ${STARTUP[$s]} | ${RSS_START[$s]} | ${RSS_LOADED[$s]} |"; done
} > "$OUT"
say "wrote $OUT"
cat "$OUT"
