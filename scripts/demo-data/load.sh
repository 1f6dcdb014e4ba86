#!/usr/bin/env bash
# Loads the demo data set through the public API, as an internal system would: logs in as the demo
# admin, creates the demo API keys (a write key and a read-only key, recorded in the credentials
# file since a secret is shown once), then lets each service's loader push its part.
# usage: scripts/demo-data/load.sh GATEWAY_URL CREDENTIALS_FILE
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
GATEWAY=${1:?usage: load.sh GATEWAY_URL CREDENTIALS_FILE}
CREDENTIALS=${2:?usage: load.sh GATEWAY_URL CREDENTIALS_FILE}
set -a; . "$CREDENTIALS"; set +a

field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" | head -1; }

call() { # method path [body] -> prints the body, fails on a non-2xx answer
  local method=$1 path=$2 body=${3:-}
  local out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "$GATEWAY$path" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${body:+--data-binary "$body"})
  if [ "${status:0:1}" != 2 ]; then
    echo "load.sh: $method $path answered $status: $(cat "$out")" >&2
    rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

# the gateway makes the bootstrap admin just after it turns ready: give it a few seconds
TOKEN=""
for _ in $(seq 1 20); do
  TOKEN=$(curl -sS -X POST "$GATEWAY/api/v1/auth/token" -H 'Content-Type: application/json' \
    --data-binary "{\"username\":\"$GONGKAI_BOOTSTRAP_ADMIN_USER\",\"password\":\"$GONGKAI_BOOTSTRAP_ADMIN_PASSWORD\"}" | field accessToken)
  [ -n "$TOKEN" ] && break
  sleep 1
done
[ -n "$TOKEN" ] || { echo "load.sh: the demo admin could not log in" >&2; exit 1; }

if [ -z "${GONGKAI_DEMO_WRITE_KEY:-}" ]; then
  write_key=$(call POST /api/v1/admin/api-keys \
    '{"name":"新闻中心 (demo write key)","scopes":["items:write","metrics:write"],"source":"news-office"}' | field secret)
  read_key=$(call POST /api/v1/admin/api-keys '{"name":"数据看板 (demo read-only key)","scopes":["read"]}' | field secret)
  [ -n "$write_key" ] && [ -n "$read_key" ] || { echo "load.sh: the gateway returned no key secret" >&2; exit 1; }
  printf 'GONGKAI_DEMO_WRITE_KEY=%s\nGONGKAI_DEMO_READ_KEY=%s\n' "$write_key" "$read_key" >> "$CREDENTIALS"
  echo "load.sh: created the demo API keys"
fi

# each service's part, each through its own public API
for part in disclosure inquiry stats; do
  if [ -x "$HERE/$part/load.sh" ]; then
    echo "load.sh: loading $part"
    "$HERE/$part/load.sh" "$GATEWAY" "$TOKEN"
  fi
done
echo "load.sh: demo data loaded"
