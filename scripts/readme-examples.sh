#!/usr/bin/env bash
# Runs every curl example of the repository's Markdown files as a reader would paste it, against a
# running stack, so that an example can never drift from what works. An example is a ```bash block
# with a curl in it; each block runs in a fresh bash with `set -euo pipefail` from the repository root,
# and every curl in it must succeed (HTTP status below 400): curl is wrapped, the text is not changed.
# The blocks name the default addresses (localhost:8080-8083, .data/); a second stack is reached by
# rewriting only those: GONGKAI_PORT_BASE and GONGKAI_RUN_DIR as run.sh takes them.
# usage: scripts/readme-examples.sh [file.md ...]   (default: every tracked *.md with such a block)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BASE=${GONGKAI_PORT_BASE:-8080}
RUN_DIR=${GONGKAI_RUN_DIR:-$ROOT/.data}
RUN_DIR_REL=${RUN_DIR#"$ROOT"/}

if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(git ls-files '*.md'); fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# curl as the reader types it, but a failed HTTP status fails the block (and says which call it was)
cat > "$work/prelude.sh" <<'PRELUDE'
curl() { command curl --fail-with-body -sS "$@" || { echo "readme-examples: failed: curl $*" >&2; return 1; }; }
PRELUDE

passed=0; failed=0
for file in "${files[@]}"; do
  # split the file's ```bash blocks that mention curl into numbered files, with their first line number
  awk -v out="$work/block" -v src="$file" '
    /^```bash[[:space:]]*$/ { inblock = 1; n++; start = NR + 1; text = ""; next }
    inblock && /^```[[:space:]]*$/ { inblock = 0; if (text ~ /curl /) { f = out "-" n; printf "%s", text > f; close(f); print n " " start }; next }
    inblock { text = text $0 "\n" }
  ' "$file" > "$work/index"
  while read -r n line; do
    script="$work/block-$n"
    # only the addresses of a second stack change, nothing else in the block
    sed -i -e "s#localhost:8080#localhost:$BASE#g" -e "s#localhost:8081#localhost:$((BASE + 1))#g" \
      -e "s#localhost:8082#localhost:$((BASE + 2))#g" -e "s#localhost:8083#localhost:$((BASE + 3))#g" \
      -e "s#\.data/#$RUN_DIR_REL/#g" "$script"
    if (cd "$ROOT" && bash -euo pipefail -c ". '$work/prelude.sh'; . '$script'" >"$work/out" 2>&1); then
      passed=$((passed + 1)); echo "ok   example at $file:$line"
    else
      failed=$((failed + 1)); echo "FAIL example at $file:$line"; sed 's/^/     /' "$work/out" | tail -15
    fi
    rm -f "$script"
  done < "$work/index"
done
echo "readme-examples: $passed passed, $failed failed"
[ "$failed" = 0 ]
