#!/usr/bin/env bash
# Every relative link and anchor in every tracked Markdown file resolves (scripts/CheckLinks.java says how);
# external links cannot be checked here. Run by ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.md')
exec java scripts/CheckLinks.java "${files[@]}"
