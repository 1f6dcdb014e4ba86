#!/usr/bin/env bash
# Loads the disclosure demo data (one academic year of a university, 2021-09 .. 2022-08, in Chinese:
# admissions, finance, HR, portal and news items; some drafts, some withdrawn, some campus-only)
# through the push API, one batch per source system, as those systems would.
# usage: scripts/demo-data/disclosure/load.sh BASE_URL TOKEN
#   BASE_URL  the gateway (http://localhost:8080) or the service itself (http://localhost:8081)
#   TOKEN     a bearer JWT with the role admin (an admin may push as any source system);
#             a source system's token (scope items:write, claim source) can only load its own file
# Safe to run twice: the push API is idempotent, a second run answers "unchanged" for every record.
# Regenerate the data files with: java bench/disclosure/ItemGenerator.java demo scripts/demo-data/disclosure/data
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${1:?usage: load.sh BASE_URL TOKEN}
TOKEN=${2:?usage: load.sh BASE_URL TOKEN}

for source in admissions finance hr portal-cms news-office; do
  file="$HERE/data/$source.json"
  [ -f "$file" ] || { echo "disclosure/load.sh: $file is missing" >&2; exit 1; }
  out=$(mktemp)
  # a batch is idempotent, so an answer of 502/503/504 (a cold service on a busy machine) is retried, as a source system would
  for attempt in 1 2 3 4; do
    status=$(curl -sS -o "$out" -w '%{http_code}' -X POST "$BASE/api/v1/sources/$source/items:batch" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json; charset=utf-8' --data-binary "@$file")
    case "$status" in
      502|503|504) echo "disclosure/load.sh: pushing $source answered $status (attempt $attempt); retrying" >&2; sleep $((attempt * 3)) ;;
      *) break ;;
    esac
  done
  if [ "$status" != 200 ]; then
    echo "disclosure/load.sh: pushing $source answered $status: $(head -c 500 "$out")" >&2
    rm -f "$out"; exit 1
  fi
  counts=$(grep -o '"created":[0-9]*,"updated":[0-9]*,"unchanged":[0-9]*,"rejected":[0-9]*' "$out" | head -1)
  rm -f "$out"
  echo "disclosure/load.sh: $source: $counts"
  case "$counts" in
    *'"rejected":0') ;;
    *) echo "disclosure/load.sh: some $source records were rejected" >&2; exit 1 ;;
  esac
done
