#!/usr/bin/env bash
# Lints the merged OpenAPI document that the gateway's build writes (gateway/target/openapi/gongkai-api.json)
# with Redocly CLI and the rules of redocly.yaml; exits non-zero when it reports an error (warnings pass).
# Redocly CLI is installed from npm into .tools/ (git-ignored) when missing, and Node.js with npm from
# Debian's packages when they are missing and we are root.
# usage: scripts/lint-openapi.sh [document]      (build first: ./mvnw package, or test.sh's verify)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# the 1.x line runs on Debian 12's Node.js 18 (2.x needs Node.js 20.19 or later)
REDOCLY_VERSION=1.34.20
TOOLS="$ROOT/.tools"
REDOCLY="$TOOLS/node_modules/.bin/redocly"
DOCUMENT=${1:-gateway/target/openapi/gongkai-api.json}
log() { echo "lint-openapi.sh: $*" >&2; }

[ -f "$DOCUMENT" ] || { log "no $DOCUMENT: build the gateway first (./mvnw package)"; exit 1; }

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian's nodejs and npm"
    apt-get update -qq >&2 || log "apt-get update failed; trying the install anyway"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
  else
    log "Node.js and npm are needed (Debian: apt-get install nodejs npm)"; exit 1
  fi
fi

# no usage reports and no update checks: the linter reads one local file
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
if [ ! -x "$REDOCLY" ] || [ "$("$REDOCLY" --version 2>/dev/null)" != "$REDOCLY_VERSION" ]; then
  log "installing @redocly/cli $REDOCLY_VERSION into .tools/"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{ "private": true }' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error --save-exact "@redocly/cli@$REDOCLY_VERSION" >&2
fi

"$REDOCLY" lint --config "$ROOT/redocly.yaml" --format=stylish "$DOCUMENT"
