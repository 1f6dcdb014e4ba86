#!/usr/bin/env bash
# Channel figures that are not individual items (docs/domain.md): pushed per channel and academic year, as
# the news office's system would. The year-2022 figures are those of the reference report.
# usage: scripts/demo-data/stats/load.sh GATEWAY_URL TOKEN   (a token with metrics:write, or an admin's)
set -euo pipefail
GATEWAY=${1:?usage: load.sh GATEWAY_URL TOKEN}
TOKEN=${2:?usage: load.sh GATEWAY_URL TOKEN}
HERE=$(cd "$(dirname "$0")" && pwd)

count=0
while IFS=, read -r channel period figure source; do
  [ "$channel" = channel ] && continue
  curl -fsS -o /dev/null -X PUT "$GATEWAY/api/v1/stats/metrics" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' \
    --data-binary "{\"channel\":\"$channel\",\"period\":\"$period\",\"count\":$figure,\"source\":\"$source\"}"
  count=$((count + 1))
done < "$HERE/channel-metrics.csv"
echo "stats/load.sh: pushed $count channel figures"

# the demo year's report is the seed's institution's, signed as the seed was
curl -fsS -o /dev/null -X PUT "$GATEWAY/api/v1/reports/annual/2022/settings" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' --data-binary '{"format":"moe","institution":"长春理工大学","signedOn":"2022-10-30"}'
echo "stats/load.sh: set the 2022 report's settings"
