#!/usr/bin/env bash
# The gateway's cost, on this machine, loopback only: the same GET straight to a service and through
# the gateway (a read-only API key: authentication and rate limiting on), side by side in one run, at
# 1, 16 and 64 connections, with a bare vertx-http-proxy hop (BareProxy.java) measured alongside as the
# floor of any proxy on this machine; plus start-up time and RSS of every service after start and after
# the load. Writes bench/results/gateway-<date>.md. Not part of test.sh.
# usage: bench/gateway/run.sh                  starts its own stack (./run.sh on ports 28080-28083,
#                                              databases bench_gw_*), measures, stops it
#        DURATION=10 ROUNDS=5 bench/gateway/run.sh   seconds per measurement (default 6) and rounds of
#                                              direct / bare hop / gateway in turn per point (default 3)
#        PATH_UNDER_TEST=/api/v1/checklist bench/gateway/run.sh   another GET (default /api/v1/channels)
# needs: JDK 17, curl, openssl; wrk is installed with apt-get when missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DURATION=${DURATION:-6}
ROUNDS=${ROUNDS:-3}
BARE_PORT=$((${BENCH_PORT_BASE:-28080} + 10))
# vertx-http-proxy of the Vert.x 4.5 line the gateway runs on (4.5.27 itself is not served by the mirror)
HTTP_PROXY_VERSION=4.5.28
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
BARE_PID=""
trap './run.sh stop >/dev/null 2>&1 || true; [ -z "$BARE_PID" ] || kill "$BARE_PID" 2>/dev/null || true' EXIT
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

# the floor: a bare vertx-http-proxy hop to the same service, on the gateway's own Vert.x and Netty jars
HTTP_PROXY_JAR="$HOME/.m2/repository/io/vertx/vertx-http-proxy/$HTTP_PROXY_VERSION/vertx-http-proxy-$HTTP_PROXY_VERSION.jar"
[ -f "$HTTP_PROXY_JAR" ] || ./mvnw -B -q dependency:get -Dartifact="io.vertx:vertx-http-proxy:$HTTP_PROXY_VERSION" -Dtransitive=false >&2
# the same heap as run.sh gives the gateway
java -Xms128m -Xmx384m -Xmn64m -XX:+UseSerialGC -cp "$ROOT/gateway/target/quarkus-app/lib/main/*:$HTTP_PROXY_JAR" \
  "$ROOT/bench/gateway/BareProxy.java" "$BARE_PORT" "$((BASE_PORT + 1))" > "$ROOT/.data/bench-bare-proxy.log" 2>&1 &
BARE_PID=$!
BARE="http://127.0.0.1:$BARE_PORT"
SERVICE_PID=$(cat "$RUN_DIR/pids/disclosure-service.pid")
GATEWAY_PID=$(cat "$RUN_DIR/pids/gateway.pid")
for _ in $(seq 1 60); do curl -fs -o /dev/null "$BARE$PATH_UNDER_TEST" && break; sleep 1; done
curl -fsS -o /dev/null "$BARE$PATH_UNDER_TEST" || die "the bare proxy does not answer (.data/bench-bare-proxy.log)"

# wrk --latency → "rps p50ms p99ms cpu": cpu is the CPU time the process <pid> spent per request, in µs
# (the gateway's own cost, less sensitive than throughput to how the cores are shared with wrk and the service)
HZ=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.3f", v }'; }
measure() { # url connections pid [header]
  local url=$1 c=$2 pid=$3 header=${4:-} threads=2 out before after
  [ "$c" -lt 2 ] && threads=1
  before=$(cpu_ticks "$pid")
  if [ -n "$header" ]; then out=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency -H "$header" "$url")
  else out=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency "$url"); fi
  after=$(cpu_ticks "$pid")
  grep -q 'Non-2xx' <<<"$out" && say "warning: non-2xx answers for $url at $c connections"
  printf '%s %s %s %s\n' "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)" "$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)" \
    "$(awk -v t=$((after - before)) -v hz="$HZ" -v n="$(awk '/requests in/ { print $1 }' <<<"$out")" \
        'BEGIN { printf "%.0f", (n > 0 ? t / hz / n * 1e6 : 0) }')"
}

# the gateway's path JIT-compiles both the gateway and the service: it is warmed up last
warm_until_stable direct -t2 -c16 "$DIRECT$PATH_UNDER_TEST"
warm_until_stable "bare hop" -t2 -c16 "$BARE$PATH_UNDER_TEST"
warm_until_stable "through the gateway" -t2 -c16 -H "X-Api-Key: $KEY" "$GATEWAY$PATH_UNDER_TEST"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# "steal" in /proc/stat: time the hypervisor gave this machine's CPUs to others (the load average counts the
# benchmark's own processes too, so it cannot tell a busy host from a busy benchmark; steal misses other
# sharing, such as a busy sibling hyperthread)
cpu_times() { awk '/^cpu / { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
read -r STEAL_BEFORE TOTAL_BEFORE <<<"$(cpu_times)"
# the median of ROUNDS measurements taken in turn (direct, bare hop, gateway, direct...): other work on a
# shared machine swings throughput by a third within minutes, and a slow minute then hits all three alike
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ROWS=""
for c in 1 16 64; do
  say "$c connection(s): direct, bare hop, gateway in turn, $ROUNDS rounds of ${DURATION}s"
  : > "$RUN_DIR/direct" ; : > "$RUN_DIR/bare" ; : > "$RUN_DIR/gateway"
  for _ in $(seq 1 "$ROUNDS"); do
    measure "$DIRECT$PATH_UNDER_TEST" "$c" "$SERVICE_PID" >> "$RUN_DIR/direct"
    measure "$BARE$PATH_UNDER_TEST" "$c" "$BARE_PID" >> "$RUN_DIR/bare"
    measure "$GATEWAY$PATH_UNDER_TEST" "$c" "$GATEWAY_PID" "X-Api-Key: $KEY" >> "$RUN_DIR/gateway"
  done
  for path in direct bare gateway; do
    for column in 1 2 3 4; do
      printf '%s ' "$(awk -v k="$column" '{ print $k }' "$RUN_DIR/$path" | median)"
    done > "$RUN_DIR/$path.median"
    echo >> "$RUN_DIR/$path.median" # read fails (and set -e ends the run) on a line without its newline
  done
  read -r d_rps d_p50 d_p99 d_cpu < "$RUN_DIR/direct.median"
  read -r b_rps _ _ b_cpu < "$RUN_DIR/bare.median"
  read -r g_rps g_p50 g_p99 g_cpu < "$RUN_DIR/gateway.median"
  ratio=$(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { printf "%.2f", g / d }')
  bare_ratio=$(awk -v g="$b_rps" -v d="$d_rps" 'BEGIN { printf "%.2f", g / d }')
  add50=$(awk -v g="$g_p50" -v d="$d_p50" 'BEGIN { printf "%.3f", g - d }')
  add99=$(awk -v g="$g_p99" -v d="$d_p99" 'BEGIN { printf "%.3f", g - d }')
  ROWS+="| $c | $d_rps | $g_rps | **$ratio** | $b_rps | $bare_ratio | $d_p50 | $g_p50 | **$add50** | $d_p99 | $g_p99 | $add99 | $d_cpu | $b_cpu | $g_cpu |"$'\n'
done
for s in "${SERVICES[@]}"; do RSS_LOADED[$s]=$(rss_mb "$s"); done
read -r STEAL_AFTER TOTAL_AFTER <<<"$(cpu_times)"
STOLEN=$(awk -v s=$((STEAL_AFTER - STEAL_BEFORE)) -v t=$((TOTAL_AFTER - TOTAL_BEFORE)) 'BEGIN { printf "%.1f", (t > 0 ? 100 * s / t : 0) }')

CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "# Gateway benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, ${CPU:-unknown CPU}, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM,"
  echo "$(uname -sr), $(java -version 2>&1 | head -1). Load generator (wrk) on the same cores, loopback only."
  echo "Services started by ./run.sh (JVM mode, its JVM flags). Request: \`GET $PATH_UNDER_TEST\`. Each figure is the median"
  echo "of $ROUNDS runs of ${DURATION}s taken in turn with the other paths, after warming each path up until its throughput"
  echo "is steady (\`bench/lib.sh\`: $WARMUP_LOG)."
  echo "Direct: to disclosure-service without credentials. Through the gateway:"
  echo "\`X-Api-Key\` of a read-only key (key lookup, secret check, token bucket, signed forwarded JWT, access log)."
  echo "Bare hop: \`bench/gateway/BareProxy.java\`, vertx-http-proxy $HTTP_PROXY_VERSION alone in front of the same service"
  echo "(no authentication, no limit, no log), on as many event loops as the gateway: what one HTTP hop costs here."
  echo "Load average before the measurements: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (the benchmark's own"
  echo "processes included). CPU time the hypervisor reported stolen during the measurements: $STOLEN % (it does not see"
  echo "all sharing of the host: the direct req/s, compared across runs, is the better sign of a busy host; figures"
  echo "taken while it is busy say little about the gateway)."
  echo
  echo "| connections | direct req/s | gateway req/s | ratio | bare hop req/s | bare hop ratio | direct p50 ms | gateway p50 ms | added p50 ms | direct p99 ms | gateway p99 ms | added p99 ms | service CPU µs/req (direct) | bare hop CPU µs/req | gateway CPU µs/req |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$ROWS"
  echo
  echo "Goals: ratio >= 0.8 at 64 connections, >= 0.7 at 16; added p50 < 0.3 ms at 1 connection."
  echo "CPU µs/req: CPU time (user + system, /proc/<pid>/stat) of the service (direct), the bare hop and the gateway"
  echo "per request answered, medians like the rest: the cost of each hop itself, whatever share of the cores it got."
  echo
  echo "| service | started in (s) | RSS after start (MB) | RSS after the load (MB) |"
  echo "|---|---:|---:|---:|"
  for s in "${SERVICES[@]}"; do echo "| $s | ${STARTUP[$s]} | ${RSS_START[$s]} | ${RSS_LOADED[$s]} |"; done
} > "$OUT"
say "wrote $OUT"
cat "$OUT"
