#!/usr/bin/env bash
# The test command: every test of every module against a real PostgreSQL, the lint of the merged OpenAPI
# document, then the end-to-end checks of the whole stack (scripts/e2e.sh), then the fault suite (scripts/faults.sh).
# usage: ./test.sh [extra Maven arguments, e.g. -pl disclosure-service -am]
set -euo pipefail
cd "$(dirname "$0")"

command -v java >/dev/null 2>&1 || { echo "test.sh: a JDK 17 is needed (Debian: apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }

# tests run on a private cluster of their own with fsync off (never the durable one run.sh keeps data in)
export GONGKAI_PG_DURABILITY=fast
scripts/postgres.sh ensure
# the TrueType CJK font the annual report's PDF embeds (its test reads the PDF back)
scripts/fonts.sh >/dev/null
# the headless Chromium and its driver that the web column's browser tests drive (Debian's packages)
scripts/browser.sh >/dev/null
eval "$(scripts/postgres.sh env)"
# each module tests against a database of its own, fresh for every run
scripts/postgres.sh recreate-db test_gateway test_disclosure test_inquiry test_stats

scripts/check-compose.sh
# every relative link and anchor in the repository's Markdown resolves
scripts/check-links.sh
# the data cluster runs durable, the test clusters fast
scripts/check-postgres-durability.sh

started=$(date +%s)
./mvnw -B verify "$@"
echo "test.sh: all modules passed in $(( $(date +%s) - started ))s"

# the merged OpenAPI document the gateway's build wrote, linted with Redocly CLI (redocly.yaml): no error
scripts/lint-openapi.sh

# the gateway and the services together, as a caller sees them (a second stack on ports 28080-28083)
scripts/e2e.sh
echo "test.sh: end-to-end checks passed in $(( $(date +%s) - started ))s"

# faults under load (database stopped, a service killed, a service frozen, slow clients), on the same
# ports with a PostgreSQL cluster of its own
scripts/faults.sh
echo "test.sh: everything passed in $(( $(date +%s) - started ))s"
