#!/usr/bin/env bash
# The public column's pages through the gateway, as a visitor's browser asks for them: home, a search and an item,
# 16 connections, each next to the public API call that page makes, measured in the same run (so that what web
# itself adds, rendering and its hop, shows apart from the API's own time); plus the weight of every page
# (HTML + CSS + JS sent). web keeps the API's public answers for 5 s (web/README.md), so at steady state a page
# view is served without that call: the API column is what each view would cost without the cache.
# Writes bench/results/web-<date>.md. Not part of test.sh.
# usage: bench/web/run.sh                        starts its own stack (./run.sh on ports 28080-28084, databases
#                                                bench_web_*), measures, stops it
#        DURATION=10 CONNECTIONS=16 bench/web/run.sh
# needs: JDK 17, curl; wrk is installed with apt-get when missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DURATION=${DURATION:-8}
CONNECTIONS=${CONNECTIONS:-16}
BASE_PORT=${BENCH_PORT_BASE:-28080}
RUN_DIR="$ROOT/.data/bench-web"
GATEWAY="http://127.0.0.1:$BASE_PORT"
OUT="$ROOT/bench/results/web-$(date -u +%Y-%m-%d).md"
. "$ROOT/bench/lib.sh"
die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk"
  apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
for tool in java curl wrk; do command -v "$tool" >/dev/null || die "$tool is needed"; done
mkdir -p "$ROOT/bench/results"

export GONGKAI_RUN_DIR="$RUN_DIR" GONGKAI_PORT_BASE=$BASE_PORT
export GONGKAI_DB_NAME_GATEWAY=bench_web_gateway GONGKAI_DB_NAME_DISCLOSURE=bench_web_disclosure \
  GONGKAI_DB_NAME_INQUIRY=bench_web_inquiry GONGKAI_DB_NAME_STATS=bench_web_stats
scripts/postgres.sh ensure >/dev/null
scripts/postgres.sh recreate-db bench_web_gateway bench_web_disclosure bench_web_inquiry bench_web_stats >/dev/null
rm -rf "$RUN_DIR"
trap './run.sh stop >/dev/null 2>&1 || true' EXIT
say "starting the stack on ports $BASE_PORT-$((BASE_PORT + 4))"
./run.sh --detach >/dev/null 2>"$ROOT/.data/bench-web-run.log" || { tail -20 "$ROOT/.data/bench-web-run.log" >&2; die "./run.sh failed"; }

ITEM=$(curl -fsS "$GATEWAY/api/v1/items?q=%E6%8B%9B%E7%94%9F&limit=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
[ -n "$ITEM" ] || die "no demo item found"
Q=%E6%8B%9B%E7%94%9F   # 招生
# each page, and the API call it makes on a miss (web keeps the answer 5 s, the names of units, channels and
# categories a minute)
PAGES=("home|/|/api/v1/items?limit=10&facets=true"
       "search|/search?q=$Q|/api/v1/items?q=$Q&limit=20&facets=true"
       "item|/items/$ITEM|/api/v1/items/$ITEM")

# wrk's median and 99th percentile in ms, and requests/s
measure() { # url
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    END {
      split(p50 " " p99, v, " ")
      for (i = 1; i <= 2; i++) { x = v[i]; if (x ~ /us$/) { sub(/us$/, "", x); x /= 1000 } else if (x ~ /ms$/) { sub(/ms$/, "", x) } else if (x ~ /s$/) { sub(/s$/, "", x); x *= 1000 }; v[i] = x }
      printf "%.0f %.1f %.1f\n", rps, v[1], v[2] }'
}

{
  echo "# web: the public column's pages through the gateway ($(date -u +%Y-%m-%d))"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); loopback; wrk -t2 -c$CONNECTIONS, ${DURATION} s per"
  echo "measurement after a warm-up to steady state (bench/lib.sh). Each page is measured next to the one public API call"
  echo "it makes per visit, through the same gateway, in the same run: the difference is what web adds (its hop and"
  echo "rendering). Goals (issue 18): page p50 < 30 ms and p99 < 100 ms; web's share under a fifth of the page's time."
  echo "web keeps the API's anonymous public answers for 5 s (web/README.md): under this load nearly every page view is"
  echo "answered from web's memory, and the API call is made once per answer and 5 s."
  echo
  echo "| page | page req/s | page p50 ms | page p99 ms | its API call | API p50 ms | API p99 ms | web's share of p50 |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$OUT"

for spec in "${PAGES[@]}"; do
  IFS='|' read -r name page api <<< "$spec"
  warm_until_stable "$name" -t2 -c"$CONNECTIONS" "$GATEWAY$page"
  warm_until_stable "$name-api" -t2 -c"$CONNECTIONS" "$GATEWAY$api"
  read -r prps pp50 pp99 <<< "$(measure "$GATEWAY$page")"
  read -r arps ap50 ap99 <<< "$(measure "$GATEWAY$api")"
  share=$(awk -v p="$pp50" -v a="$ap50" 'BEGIN { printf "%.0f %%", (p > 0) ? (p - a) / p * 100 : 0 }')
  say "$name: page $prps req/s p50 $pp50 p99 $pp99; api $arps req/s p50 $ap50 p99 $ap99"
  echo "| $name | $prps | $pp50 | $pp99 | \`$api\` | $ap50 | $ap99 | $share |" >> "$OUT"
done

# page weight: the HTML, and the CSS and JS it loads (the statistics page's chart library counted apart)
{
  echo
  echo "Page weight before compression (goal < 60 KB; the statistics page's chart library is the one exception):"
  echo
  echo "| page | HTML bytes | CSS + JS bytes | total KB |"
  echo "|---|---|---|---|"
} >> "$OUT"
CSS=$(curl -fsS "$GATEWAY/css/column.css" | wc -c)
for spec in "home|/" "catalog|/catalog?year=2022" "search|/search?q=$Q" "item|/items/$ITEM" "ask|/ask" "stats|/stats?year=2022" "reports|/reports"; do
  IFS='|' read -r name page <<< "$spec"
  html=$(curl -fsS "$GATEWAY$page" | wc -c)
  assets=$CSS
  note=""
  if [ "$name" = stats ]; then
    js=$(curl -fsS "$GATEWAY/js/stats.js" | wc -c)
    lib=$(curl -fsS "$GATEWAY/webjars/echarts/5.3.1/dist/echarts.min.js" | wc -c)
    assets=$((CSS + js)); note=" (+ ECharts $((lib / 1024)) KB)"
  fi
  echo "| $name | $html | $assets | $(( (html + assets) / 1024 ))$note |" >> "$OUT"
done
echo >> "$OUT"
echo "Warm-up: $WARMUP_LOG." >> "$OUT"
say "wrote $OUT"
cat "$OUT"
