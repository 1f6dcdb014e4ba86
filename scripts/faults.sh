#!/usr/bin/env bash
# The fault suite: the stack of run.sh (on the e2e ports 28080-28083) with a PostgreSQL cluster of its
# own, under a read load and a push loop, through four faults:
#   1. PostgreSQL stopped and started (in-flight queries see admin shutdown, 57P01)
#   2. a service killed (kill -9): run.sh's supervisor restarts it
#   3. a service frozen (kill -STOP) past the gateway's timeout, with a trial caller that gives up
#   4. slow-header clients (slowloris)
#   5. one abusive client: a form flood through web, oversized bodies, a lockout attempt, a key flood
# After each it asserts: during the fault only 503/504 problem+json (never a 500, never a hang);
# everything routes again within RECOVERY_SECONDS and health says so; every acknowledged push is
# readable and no failed one is half-applied; no stack trace in the logs. One summary line per fault.
# usage: scripts/faults.sh        (the jars must be built: ./mvnw package, or test.sh's verify)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# never an external server: the suite stops and starts this cluster
export GONGKAI_PG_INSTANCE=faults GONGKAI_PG_DURABILITY=fast
unset GONGKAI_DB_URL PGHOST PGPORT PGUSER PGPASSWORD
export GONGKAI_RUN_DIR="$ROOT/.data/faults" GONGKAI_PORT_BASE=28080
# a frozen service becomes a fault of seconds: the gateway gives up after 4 s, a breaker opens for 3 s
export GONGKAI_GATEWAY_TIMEOUT=4S GONGKAI_GATEWAY_BREAKER_OPEN_FOR=3S
RECOVERY_SECONDS=${RECOVERY_SECONDS:-45}
GW=http://localhost:28080
DISCLOSURE_PORT=28081
LOAD="$GONGKAI_RUN_DIR/load"
LOGS="$GONGKAI_RUN_DIR/logs"

say() { echo "faults: $*"; }
failures=0
summary=()

stop_load() {
  touch "$LOAD/stop" 2>/dev/null || true
  wait 2>/dev/null || true
}
cleanup() {
  stop_load
  [ -n "${frozen_pid:-}" ] && kill -CONT "$frozen_pid" 2>/dev/null || true
  ./run.sh stop >/dev/null 2>&1 || true
  scripts/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

scripts/postgres.sh ensure >/dev/null
scripts/postgres.sh recreate-db gateway disclosure inquiry stats >/dev/null
rm -rf "$GONGKAI_RUN_DIR"
./run.sh --detach >/dev/null
. "$GONGKAI_RUN_DIR/demo-credentials.env"
# a write key of the suite's own for news-office, with a limit the push loop never reaches: a 429 would hide
# what the faults do
ADMIN_TOKEN=$(curl -s -X POST "$GW/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD\"}" \
  | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p')
WRITE_KEY=$(curl -s -X POST "$GW/api/v1/admin/api-keys" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"fault suite","scopes":["items:write"],"source":"news-office","rateLimitPerMinute":1000000}' \
  | sed -n 's/.*"secret" *: *"\([^"]*\)".*/\1/p')
[ -n "$WRITE_KEY" ] || { say "could not make the suite's write key"; exit 1; }

# --- load: readers and a pusher, each appending one line per call -------------------------------
reader() { # log
  while [ ! -f "$LOAD/stop" ]; do
    curl -s -o /dev/null -w '%{http_code} %{content_type} %{time_total}\n' --max-time 20 \
      "$GW/api/v1/items?q=%E6%8B%9B%E7%94%9F&limit=5" >>"$1" || echo "000 hang 20" >>"$1"
  done
}

# the body of push number n of a fault (the same text each time, so that a re-push finds it unchanged)
push_body() { # id
  local id=$1
  echo "{\"title\":\"故障演练 $id\",\"unit\":\"NEWS_CENTER\",\"postings\":[{\"channel\":\"PORTAL\",\"url\":\"https://www.example.edu.cn/f/$id.htm\"}]}"
}

pusher() { # log tag
  local n=0 id out line
  out=$(mktemp)
  while [ ! -f "$LOAD/stop" ]; do
    n=$((n + 1)); id="fault-$2-$n"
    line=$(curl -s -o "$out" -w '%{http_code} %{content_type} %{time_total}' --max-time 20 -X PUT \
      "$GW/api/v1/sources/news-office/items/$id" -H "Authorization: ApiKey $WRITE_KEY" \
      -H 'Content-Type: application/json' -d "$(push_body "$id")") || line="000 hang 20"
    echo "$line $id $(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' "$out" | head -1)" >>"$1"
  done
  rm -f "$out"
}

start_load() { # tag
  rm -f "$LOAD/stop"; mkdir -p "$LOAD"
  mark_logs
  : >"$LOAD/$1.reads"; : >"$LOAD/$1.pushes"
  reader "$LOAD/$1.reads" & reader "$LOAD/$1.reads" &
  pusher "$LOAD/$1.pushes" "$1" &
}

# --- invariants ----------------------------------------------------------------------------------
healthy() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GW/q/health")" = 200 ]; }

wait_recovered() { # -> seconds it took, or fails
  local started=$SECONDS
  while [ $((SECONDS - started)) -lt "$RECOVERY_SECONDS" ]; do
    if healthy && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GW/api/v1/items?limit=1")" = 200 ]; then
      echo $((SECONDS - started)); return 0
    fi
    sleep 1
  done
  return 1
}

# Every answer is a success, or a 503/504 problem+json; nothing hangs; nothing is a 500.
check_answers() { # tag
  awk '
    $1 ~ /^2/ || $1 == 304 { ok++; next }
    ($1 == 503 || $1 == 504) && $2 ~ /application\/problem\+json/ { refused++; next }
    { bad++; if (shown++ < 5) print "faults:   unexpected answer: " $0 > "/dev/stderr" }
    END { printf "%d %d %d\n", ok, refused, bad }
  ' "$LOAD/$1.reads" "$LOAD/$1.pushes"
}

# An acknowledged push is readable; a failed one is either absent or whole (re-pushing it creates it
# or finds it unchanged, never "updated" from a partial state).
check_pushes() { # tag -> "acknowledged lost half"
  local code ct t id item acked=0 lost=0 half=0 result
  while read -r code ct t id item; do
    if [[ "$code" =~ ^20[01]$ ]]; then
      acked=$((acked + 1))
      # read it back (a busy moment's 504 is not a lost write: ask again)
      local tries=0 read_back=""
      while [ $tries -lt 3 ]; do
        read_back=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$GW/api/v1/items/$item")
        [ "$read_back" = 200 ] && break
        tries=$((tries + 1)); sleep 1
      done
      if [ "$read_back" != 200 ]; then
        lost=$((lost + 1)); echo "faults:   acknowledged push $id ($item) reads back $read_back" >&2
      fi
    else
      result=$(curl -s -X PUT "$GW/api/v1/sources/news-office/items/$id" -H "Authorization: ApiKey $WRITE_KEY" \
        -H 'Content-Type: application/json' -d "$(push_body "$id")" | sed -n 's/.*"result" *: *"\([^"]*\)".*/\1/p' | head -1)
      case "$result" in created|unchanged) ;; *) half=$((half + 1)) ;; esac
    fi
  done <"$LOAD/$1.pushes"
  echo "$acked $lost $half"
}

# Only what the services logged since the fault began counts: mark_logs remembers each log's length.
mark_logs() {
  local f
  : >"$LOAD/log-marks"
  for f in "$LOGS"/*.log; do echo "$f $(wc -c <"$f")" >>"$LOAD/log-marks"; done
}
new_log_lines() {
  local f size
  for f in "$LOGS"/*.log; do
    size=$(awk -v f="$f" '$1 == f { print $2 }' "$LOAD/log-marks")
    tail -c +"$(( ${size:-0} + 1 ))" "$f"
  done
}
# A line of a Java stack trace ("\tat pkg.Class.method(") or an ERROR-level line.
check_logs() {
  local traces errors
  traces=$(new_log_lines | grep -cE '^[[:space:]]+at [a-zA-Z_$][a-zA-Z0-9_$.]*\(' || true)
  errors=$(new_log_lines | grep -cE '(^|[ "])ERROR([ "]|$)' || true)
  echo "$traces $errors"
}

verdict() { # tag description recovery-seconds [extra condition that must hold: yes/no]
  local tag=$1 what=$2 recovered=$3 extra=${4:-yes} answers pushes logs ok refused bad acked lost half traces errors
  answers=$(check_answers "$tag"); read -r ok refused bad <<<"$answers"
  pushes=$(check_pushes "$tag"); read -r acked lost half <<<"$pushes"
  logs=$(check_logs); read -r traces errors <<<"$logs"
  local line="$what: ${ok:-0} ok, ${refused:-0} refused 503/504 problem+json, ${bad:-0} other; recovered in ${recovered}s; $acked pushes acknowledged, $lost lost, $half half-applied; $traces stack-trace lines, $errors ERROR lines"
  if [ "${bad:-0}" = 0 ] && [ "$lost" = 0 ] && [ "$half" = 0 ] && [ "$traces" = 0 ] && [ "$errors" = 0 ] && [ "$recovered" != never ] && [ "$extra" = yes ]; then
    summary+=("ok   $line")
  else
    summary+=("FAIL $line"); failures=$((failures + 1))
  fi
  say "${summary[-1]}"
}

# --- 1. PostgreSQL stopped and started under load ------------------------------------------------
start_load db; sleep 3
scripts/postgres.sh stop >/dev/null
sleep 8
scripts/postgres.sh ensure >/dev/null
recovered=$(wait_recovered) || recovered=never
sleep 2; stop_load
verdict db "PostgreSQL stopped for 8 s" "$recovered"

# --- 2. a service killed under load --------------------------------------------------------------
start_load kill; sleep 3
kill -9 "$(cat "$GONGKAI_RUN_DIR/pids/disclosure-service.pid")"
sleep 2
recovered=$(wait_recovered) || recovered=never
sleep 2; stop_load
grep -q "disclosure-service exited" "$LOGS/supervisor.log" 2>/dev/null || recovered=never
verdict kill "disclosure-service killed (kill -9), restarted by the supervisor" "$recovered"

# --- 3. a service frozen past the gateway's timeout, a trial caller that gives up ----------------
start_load freeze; sleep 3
frozen_pid=$(cat "$GONGKAI_RUN_DIR/pids/disclosure-service.pid")
kill -STOP "$frozen_pid"
sleep 12   # calls time out (504) until the breaker opens (503)
# callers that give up before the gateway's timeout, while the breaker lets a trial through
for _ in 1 2 3 4 5 6; do curl -s -o /dev/null --max-time 1 "$GW/api/v1/items?limit=1" || true; sleep 0.7; done
kill -CONT "$frozen_pid"; frozen_pid=""
recovered=$(wait_recovered) || recovered=never
sleep 2; stop_load
verdict freeze "disclosure-service frozen 16 s (kill -STOP), trial callers giving up" "$recovered"

# --- 4. slow-header clients ----------------------------------------------------------------------
start_load slow
slow_fds=()
for _ in $(seq 1 100); do
  exec {fd}<>/dev/tcp/127.0.0.1/28080 || break
  printf 'GET /api/v1/items HTTP/1.1\r\nHost: localhost\r\nX-Slow: ' >&"$fd" || true
  slow_fds+=("$fd")
done
sleep 5
# the service keeps answering others while the slow clients hold their connections
fast=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 5 "$GW/api/v1/items?limit=1" || echo "000 5")
sleep 60   # a connection silent for 60 s is closed (quarkus.http.idle-timeout)
still_open=0
for fd in "${slow_fds[@]}"; do
  # a connection the server closed reads EOF (or fails) at once; an open one times out
  if read -r -t 0.2 -u "$fd" _ 2>/dev/null || [ $? -le 128 ]; then :; else still_open=$((still_open + 1)); fi
  exec {fd}>&- 2>/dev/null || true
done
stop_load
recovered=$(wait_recovered) || recovered=never
[ "${fast%% *}" = 200 ] || recovered=never
verdict slow "100 slow-header clients (others answered: ${fast}; still open after 65 s: $still_open)" "$recovered" \
  "$([ "$still_open" = 0 ] && echo yes || echo no)"

# --- 5. one abusive client ------------------------------------------------------------------------
# web's calls carry each visitor's address with web's hop credential: the flood is one visitor's, as web sends it
start_load abuse; sleep 2
WEB_HOP=$(cat "$ROOT/.data/keys/web-hop-credential")
request='{"applicant":{"type":"NATURAL_PERSON","name":"故障演练","phone":"13900000000","email":"faults@example.com"},"description":"申请公开2022年本科招生章程","deliveryForm":"ELECTRONIC","deliveryMethod":"EMAIL","ownPersonalInformation":false}'
as_visitor() { # address curl-args...
  local address=$1; shift
  curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H "X-Gongkai-Hop: $WEB_HOP" -H "X-Forwarded-For: $address" "$@"
}
flood=""
for _ in $(seq 1 25); do
  flood="$flood $(as_visitor 198.51.100.1 -X POST "$GW/api/v1/requests" -H 'Content-Type: application/json' -d "$request")"
done
other=$(as_visitor 198.51.100.2 -X POST "$GW/api/v1/requests" -H 'Content-Type: application/json' -d "$request")
# six 11 MB bodies for inquiry-service (it takes 10 MB): 413 each, and its breaker stays closed
head -c $((11 * 1024 * 1024)) /dev/zero | tr '\0' 'x' >"$LOAD/huge.json"
huge=""
for _ in $(seq 1 6); do
  huge="$huge $(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -X POST "$GW/api/v1/requests" \
    -H 'Content-Type: application/json' --data-binary @"$LOAD/huge.json" || echo 000)"
done
rm -f "$LOAD/huge.json"
after_huge=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GW/api/v1/calendar/2022")
# a stranger's wrong passwords for the admin; the admin signs in from their own address
for i in $(seq 1 8); do
  as_visitor 198.51.100.3 -X POST "$GW/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"wrong guess $i\"}" >/dev/null
done
admin_login=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$GW/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD\"}")
# a flood of invented API keys from one visitor: 429 after the limit; the demo read key still works from elsewhere
keys=""
for _ in $(seq 1 40); do
  keys="$keys $(as_visitor 198.51.100.4 -H "X-Api-Key: gk_$(openssl rand -hex 16)_$(openssl rand -hex 16)" "$GW/api/v1/channels")"
done
read_key=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "X-Api-Key: $GONGKAI_DEMO_READ_KEY" "$GW/api/v1/channels")
stop_load
recovered=$(wait_recovered) || recovered=never
held=yes
[[ "$flood" == *429* ]] && [ "$other" = 201 ] || held=no
[ "$(tr ' ' '\n' <<<"$huge" | grep -c '^413$')" = 6 ] && [ "$after_huge" = 200 ] || held=no
[ "$admin_login" = 200 ] || held=no
[[ "$keys" == *429* ]] && [[ "$keys" != *500* ]] && [ "$read_key" = 200 ] || held=no
verdict abuse "one abusive client (form flood: other visitor $other; 6 huge bodies:$huge, inquiry then $after_huge; admin after a stranger's guesses: $admin_login; key flood ends in 429: $([[ "$keys" == *429* ]] && echo yes || echo no), read key $read_key)" \
  "$recovered" "$held"

echo
printf '%s\n' "${summary[@]}" | sed 's/^/faults: /'
say "$(( ${#summary[@]} - failures )) of ${#summary[@]} faults held"
[ "$failures" = 0 ]
