#!/usr/bin/env bash
# Starts Gongkai on this machine: PostgreSQL, the four services, the public column (web), the staff
# console, demo data and demo staff accounts;
# Ctrl-C stops it all.
# usage: ./run.sh           build what changed, start everything, wait (Ctrl-C stops)
#        ./run.sh --detach  the same, but return once everything is up (stop with ./run.sh stop)
#        ./run.sh stop      stop the services and the private PostgreSQL this project started
#        ./run.sh status    what is running
# A supervisor restarts a service that dies (with a back-off, and says so in the terminal and in
# logs/supervisor.log), leaving the other services and the database alone.
# A second stack (the end-to-end tests) sets GONGKAI_RUN_DIR (its logs, pids, credentials),
# GONGKAI_PORT_BASE (gateway on it, the services on the next three ports, web on the fourth, the console on the fifth)
# and GONGKAI_DB_NAME_*.
# Browser origins for CORS: GONGKAI_CORS_ORIGINS=https://portal.example.edu,http://localhost:5173 ./run.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
DATA="$ROOT/.data"
RUN_DIR=${GONGKAI_RUN_DIR:-$DATA}
LOGS="$RUN_DIR/logs"
PIDS="$RUN_DIR/pids"
CREDENTIALS="$RUN_DIR/demo-credentials.env"
BASE=${GONGKAI_PORT_BASE:-8080}
SERVICES=(disclosure-service:$((BASE + 1)) inquiry-service:$((BASE + 2)) stats-service:$((BASE + 3)) gateway:$BASE web:$((BASE + 4)) console:$((BASE + 5)))
GATEWAY=http://localhost:$BASE

die() { echo "run.sh: $*" >&2; exit 1; }
say() { echo "run.sh: $*" >&2; }

stop_services() {
  local pidfile pid
  # the supervisor first, so that it does not restart what is being stopped
  stop_supervisor
  for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
      say "stopped $(basename "$pidfile" .pid)"
    fi
    rm -f "$pidfile"
  done
}

stop_all() {
  stop_services
  # the database outlives a second stack: only the main run stops it
  [ "$RUN_DIR" = "$DATA" ] && { scripts/postgres.sh stop || true; }
  return 0
}

status() {
  local spec name port
  for spec in "${SERVICES[@]}"; do
    name=${spec%%:*}; port=${spec##*:}
    if [ -f "$PIDS/$name.pid" ] && kill -0 "$(cat "$PIDS/$name.pid")" 2>/dev/null; then
      echo "$name: running (pid $(cat "$PIDS/$name.pid"), http://localhost:$port)"
    else
      echo "$name: stopped"
    fi
  done
  scripts/postgres.sh status
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Builds the jars when a source or pom is newer than them (or they are missing).
build_if_needed() {
  local spec name jar stale=""
  for spec in "${SERVICES[@]}"; do
    name=${spec%%:*}; jar="$name/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$name/src/main" "$name/pom.xml" commons/src/main commons/pom.xml pom.xml -newer "$jar" -print -quit)" ]; then
      stale="$stale $name"
    fi
  done
  if [ -n "$stale" ]; then
    say "building:$stale"
    ./mvnw -B -q package -DskipTests >"$LOGS/build.log" 2>&1 || { tail -30 "$LOGS/build.log" >&2; die "the build failed; see $LOGS/build.log"; }
  fi
}

# Heaps: small, with the serial collector (one JVM per service on a small machine). The gateway allocates
# some 16 KB per routed call (Netty's and Vert.x's buffers and headers); a young generation of 64 MB instead
# of a third of a 64 MB heap collects it a third as often, and saved 7-10 µs of CPU per routed call
# (side-by-side runs, gateway/README.md).
heap_options() { # name
  if [ "$1" = gateway ]; then echo "-Xms128m -Xmx384m -Xmn64m"; else echo "-Xms64m -Xmx384m"; fi
}

# Each process gets only what it needs: the gateway its private key, the bootstrap admin's password, its own hop
# credential and the digests of the front ends' hop credentials, the services the public key, stats-service its feed
# credential and the producers only its digest, inquiry-service and stats-service the digest of the gateway's hop credential, web
# its hop credential and the key that signs its form tokens, the console its session key and hop credential; the demo API keys stay in the credentials file.
digest() { tr -d '\n' < "$DATA/keys/$1" | sha256sum | cut -d' ' -f1; }
process_env() { # name
  echo "GONGKAI_JWT_PUBLIC_KEY=file:$DATA/keys/jwt-public.pem"
  case "$1" in
    disclosure-service|inquiry-service)
      echo "GONGKAI_FEED_CONSUMERS=$(digest stats-feed-credential)" ;;
    stats-service) echo "GONGKAI_FEED_CREDENTIAL=$(cat "$DATA/keys/stats-feed-credential")" ;;
    web)
      echo "GONGKAI_WEB_HOP_CREDENTIAL=$(cat "$DATA/keys/web-hop-credential")"
      echo "GONGKAI_WEB_CSRF_KEY=$(cat "$DATA/keys/web-csrf-key")" ;;
    # the console's session cookie is encrypted with a key every console instance shares
    console)
      echo "GONGKAI_CONSOLE_SESSION_KEY=$(cat "$DATA/keys/console-session-key")"
      echo "GONGKAI_CONSOLE_HOP_CREDENTIAL=$(cat "$DATA/keys/console-hop-credential")" ;;
  esac
  if [ "$1" = inquiry-service ] || [ "$1" = stats-service ]; then
    echo "GONGKAI_GATEWAY_HOP_SHA256=$(digest gateway-hop-credential)"
  fi
  if [ "$1" = gateway ]; then
    echo "GONGKAI_JWT_PRIVATE_KEY=file:$DATA/keys/jwt-private.pem"
    echo "GONGKAI_FRONT_END_HOPS=$(digest web-hop-credential),$(digest console-hop-credential)"
    echo "GONGKAI_GATEWAY_HOP_CREDENTIAL=$(cat "$DATA/keys/gateway-hop-credential")"
    echo "GONGKAI_BOOTSTRAP_ADMIN_USER=$GONGKAI_BOOTSTRAP_ADMIN_USER"
    echo "GONGKAI_BOOTSTRAP_ADMIN_PASSWORD=$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD"
    # browser origins allowed by CORS (comma list; unset: the gateway's default, gateway/README.md)
    if [ -n "${GONGKAI_CORS_ORIGINS:-}" ]; then echo "GONGKAI_CORS_ORIGINS=$GONGKAI_CORS_ORIGINS"; fi
  fi
}

# The services listen on loopback only: callers come through the gateway, the one public entry.
listen_host() { if [ "$1" = gateway ]; then echo "${GONGKAI_GATEWAY_HOST:-0.0.0.0}"; else echo 127.0.0.1; fi; }

start_service() { # name port
  local name=$1 port=$2
  local -a environment
  mapfile -t environment < <(process_env "$name")
  (
    # a new session: Ctrl-C in this terminal reaches run.sh's trap, which stops the services in order
    # shellcheck disable=SC2046 # the options are separate words
    # vertx.disableURIValidation: commons' RequestTargets reads raw UTF-8 targets instead of Quarkus' empty 400
    exec env "${environment[@]}" setsid java $(heap_options "$name") -XX:+UseSerialGC -Dvertx.disableURIValidation=true \
      -Dquarkus.http.host="$(listen_host "$name")" -Dquarkus.http.port="$port" \
      -jar "$name/target/quarkus-app/quarkus-run.jar" >>"$LOGS/$name.log" 2>&1 </dev/null
  ) &
  echo $! > "$PIDS/$name.pid"
}

# Restarts a service that died, waiting 1, 2, 4 ... 30 s between attempts; a service that then stays up
# for a minute starts again from a 1 s wait. Runs until ./run.sh stop (or Ctrl-C) ends it.
supervise() {
  local spec name port pid delay
  declare -A backoff since
  while true; do
    for spec in "${SERVICES[@]}"; do
      name=${spec%%:*}; port=${spec##*:}
      pid=$(cat "$PIDS/$name.pid" 2>/dev/null || echo 0)
      if kill -0 "$pid" 2>/dev/null; then
        if [ -n "${since[$name]:-}" ] && [ $(( $(date +%s) - since[$name] )) -ge 60 ]; then
          backoff[$name]=1; unset "since[$name]"
        fi
        continue
      fi
      delay=${backoff[$name]:-1}
      say "$name exited (see $LOGS/$name.log); restarting it in ${delay}s" 2>&1 | tee -a "$LOGS/supervisor.log" >&2
      sleep "$delay"
      start_service "$name" "$port"
      backoff[$name]=$(( delay * 2 > 30 ? 30 : delay * 2 ))
      since[$name]=$(date +%s)
    done
    sleep 1
  done
}

stop_supervisor() {
  local pid
  [ -f "$PIDS/supervisor.pid" ] || return 0
  pid=$(cat "$PIDS/supervisor.pid")
  kill "$pid" 2>/dev/null || true
  rm -f "$PIDS/supervisor.pid"
}

wait_ready() { # name port
  local name=$1 port=$2
  for _ in $(seq 1 180); do
    if ! kill -0 "$(cat "$PIDS/$name.pid")" 2>/dev/null; then
      tail -20 "$LOGS/$name.log" >&2
      return 1
    fi
    curl -fsS -o /dev/null "http://localhost:$port/q/health/ready" 2>/dev/null && return 0
    sleep 0.5
  done
  tail -20 "$LOGS/$name.log" >&2
  return 1
}

# Demo credentials: an admin account and API keys, made once and kept in .data (never committed).
ensure_credentials() {
  if [ ! -s "$CREDENTIALS" ]; then
    umask 077
    {
      echo "GONGKAI_BOOTSTRAP_ADMIN_USER=admin"
      echo "GONGKAI_BOOTSTRAP_ADMIN_PASSWORD=$(openssl rand -base64 18 | tr -d '/+=' | cut -c1-20)"
    } > "$CREDENTIALS"
  fi
  . "$CREDENTIALS"
}

load_demo_data_once() {
  [ -f "$RUN_DIR/demo-loaded" ] && return 0
  say "loading the demo data set (once) through the public APIs"
  scripts/demo-data/load.sh "$GATEWAY" "$CREDENTIALS" >"$LOGS/demo-data.log" 2>&1 \
    || { tail -20 "$LOGS/demo-data.log" >&2; die "loading the demo data failed; see $LOGS/demo-data.log"; }
  date -Is > "$RUN_DIR/demo-loaded"
  . "$CREDENTIALS"
}

# The console's demo staff beside the admin (a handler, a petition handler, an auditor, the office head), made once.
ensure_demo_accounts() {
  scripts/demo-data/accounts.sh "$GATEWAY" "$CREDENTIALS" >>"$LOGS/demo-data.log" 2>&1 \
    || { tail -5 "$LOGS/demo-data.log" >&2; die "making the demo staff accounts failed; see $LOGS/demo-data.log"; }
  . "$CREDENTIALS"
}

start() {
  local detach=${1:-}
  command -v java >/dev/null 2>&1 || die "a JDK 17 is needed (Debian: apt-get install openjdk-17-jdk-headless)"
  command -v curl >/dev/null 2>&1 || die "curl is needed (Debian: apt-get install curl)"
  mkdir -p "$LOGS" "$PIDS"
  local spec name port
  for spec in "${SERVICES[@]}"; do
    name=${spec%%:*}; port=${spec##*:}
    if [ -f "$PIDS/$name.pid" ] && kill -0 "$(cat "$PIDS/$name.pid")" 2>/dev/null; then
      die "$name is already running (./run.sh stop first)"
    fi
    port_busy "$port" && die "port $port (for $name) is in use by another program"
  done
  build_if_needed
  scripts/postgres.sh ensure
  eval "$(scripts/postgres.sh env)"
  scripts/keys.sh
  scripts/fonts.sh >/dev/null || say "the annual report's PDF needs fonts-wqy-microhei; the other formats work without it"
  ensure_credentials
  # stats-service reads both producers' event feeds
  export GONGKAI_INQUIRY_FEED_URL=http://localhost:$((BASE + 2))
  export GONGKAI_DISCLOSURE_URL=http://localhost:$((BASE + 1)) GONGKAI_INQUIRY_URL=http://localhost:$((BASE + 2)) \
    GONGKAI_STATS_URL=http://localhost:$((BASE + 3)) GONGKAI_PUBLIC_URL=$GATEWAY \
    GONGKAI_WEB_URL=http://localhost:$((BASE + 4)) GONGKAI_WEB_API_URL=$GATEWAY \
    GONGKAI_CONSOLE_URL=http://localhost:$((BASE + 5)) GONGKAI_CONSOLE_API_URL=$GATEWAY

  # whatever ends this script from here on (a failure, Ctrl-C) stops what it started
  trap 'stop_all' EXIT
  trap 'say "stopping"; exit 130' INT TERM
  for spec in "${SERVICES[@]}"; do
    start_service "${spec%%:*}" "${spec##*:}"
  done
  for spec in "${SERVICES[@]}"; do
    name=${spec%%:*}; port=${spec##*:}
    wait_ready "$name" "$port" || die "$name did not become ready; see $LOGS/$name.log"
    say "$name is ready on http://localhost:$port"
  done
  load_demo_data_once
  ensure_demo_accounts

  cat <<INFO

  Gongkai is running.
    Gateway (the one public entry)  $GATEWAY
    The public column (信息公开专栏)  $GATEWAY/
    The staff console (办理平台)      $GATEWAY/console/
    Swagger UI (all services)       $GATEWAY/q/swagger-ui
    Health of everything            $GATEWAY/q/health
    Services' own health            http://localhost:$((BASE + 1))/q/health  http://localhost:$((BASE + 2))/q/health  http://localhost:$((BASE + 3))/q/health
    Logs                            $LOGS/

  Demo staff login (admin):  username ${GONGKAI_BOOTSTRAP_ADMIN_USER}  password ${GONGKAI_BOOTSTRAP_ADMIN_PASSWORD}
  Demo console accounts (passwords kept in $CREDENTIALS):
    依申请公开承办人 (handler)         username ${GONGKAI_DEMO_HANDLER_USER:-handler}  password ${GONGKAI_DEMO_HANDLER_PASSWORD:-?}
    信访承办人 (handler)              username ${GONGKAI_DEMO_PETITION_HANDLER_USER:-petition.handler}  password ${GONGKAI_DEMO_PETITION_HANDLER_PASSWORD:-?}
    审计 (auditor)                    username ${GONGKAI_DEMO_AUDITOR_USER:-auditor}  password ${GONGKAI_DEMO_AUDITOR_PASSWORD:-?}
    办公室负责人 (admin, approves extensions)  username ${GONGKAI_DEMO_HEAD_USER:-office.head}  password ${GONGKAI_DEMO_HEAD_PASSWORD:-?}
  API key with write scopes: ${GONGKAI_DEMO_WRITE_KEY:-(see $LOGS/demo-data.log)}
  Read-only API key:         ${GONGKAI_DEMO_READ_KEY:-(see $LOGS/demo-data.log)}

  The demo year's annual report   $GATEWAY/api/v1/reports/annual/2022   (Accept: text/html, application/pdf, text/markdown or JSON)
  Try:  curl '$GATEWAY/api/v1/items?q=招生&limit=3'
INFO
  if [ "$detach" = "--detach" ]; then
    trap - EXIT INT TERM
    ( trap - EXIT INT TERM; exec </dev/null >/dev/null 2>&1; supervise ) &
    echo $! > "$PIDS/supervisor.pid"
    say "running in the background (a supervisor restarts a service that dies); ./run.sh stop stops everything"
    return 0
  fi
  say "Ctrl-C stops everything; a service that dies is restarted"
  supervise
}

case "${1:-}" in
  ""|--detach) start "${1:-}" ;;
  stop) stop_all ;;
  status) status ;;
  -h|--help|help) sed -n '2,6p' "$0" ;;
  *) die "unknown command '$1' (try --help)" ;;
esac
