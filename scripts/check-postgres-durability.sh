#!/usr/bin/env bash
# Checks the settings of each kind of private cluster scripts/postgres.sh starts: the one run.sh keeps
# data in runs with PostgreSQL's durable defaults, test clusters run fast, and a cluster that ran fast
# (as every cluster of an older version of the script did) comes up durable on the next durable start.
# Uses a throwaway cluster of its own (GONGKAI_PG_INSTANCE=durability-check) and removes it.
# usage: scripts/check-postgres-durability.sh    (run by test.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export GONGKAI_PG_INSTANCE=durability-check
unset GONGKAI_PG_DURABILITY GONGKAI_DB_URL PGHOST PGPORT PGUSER PGPASSWORD

failed=0
expect() { # what expected actual
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected '$2', got '$3'"; failed=$((failed + 1)); fi
}
settings() { scripts/postgres.sh settings | tr '\n' ' ' | sed 's/ $//'; }
DURABLE="fsync=on full_page_writes=on synchronous_commit=on"
FAST="fsync=off full_page_writes=off synchronous_commit=off"
trap 'scripts/postgres.sh remove >/dev/null 2>&1 || true' EXIT

GONGKAI_PG_DURABILITY=fast scripts/postgres.sh ensure 2>/dev/null
expect "a test cluster (GONGKAI_PG_DURABILITY=fast) runs fast" "$FAST" "$(settings)"
scripts/postgres.sh ensure 2>/dev/null
expect "a running fast cluster restarts durable on a durable start" "$DURABLE" "$(settings)"
scripts/postgres.sh stop 2>/dev/null
GONGKAI_PG_DURABILITY=fast scripts/postgres.sh ensure 2>/dev/null
scripts/postgres.sh stop 2>/dev/null
scripts/postgres.sh ensure 2>/dev/null
expect "a stopped fast cluster starts durable (the default)" "$DURABLE" "$(settings)"
expect "an unknown durability is refused" 2 "$(GONGKAI_PG_DURABILITY=maybe scripts/postgres.sh ensure >/dev/null 2>&1; echo $?)"
# the kinds the scripts use: run.sh none (durable), test.sh, e2e.sh and faults.sh fast
expect "run.sh asks for no fast cluster" 0 "$(grep -c 'GONGKAI_PG_DURABILITY' run.sh || true)"
for script in test.sh scripts/e2e.sh; do
  expect "$script asks for a fast cluster" 1 "$(grep -c '^export GONGKAI_PG_DURABILITY=fast' "$script" || true)"
done
expect "scripts/faults.sh asks for a fast cluster" 1 "$(grep -c "^export GONGKAI_PG_INSTANCE=faults GONGKAI_PG_DURABILITY=fast" scripts/faults.sh || true)"

[ "$failed" = 0 ] || { echo "check-postgres-durability: $failed failed" >&2; exit 1; }
echo "check-postgres-durability: all passed"
