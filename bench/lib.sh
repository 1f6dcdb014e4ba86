# Shared by the benchmark scripts (sourced, not run).

# warm_until_stable <what> <wrk arguments...>
# The JIT of a fresh JVM needs tens of seconds of load on 2 cores before a path reaches its steady
# speed (the first rounds of a get-by-id run at under half of it, and a path can sit on a plateau for a
# round before the next compilation). Runs WARM_ROUND-second rounds of the load until two rounds in a
# row are each within WARM_TOLERANCE percent of the round before (at least 4 rounds, at most
# WARM_MAX_ROUNDS), so that every figure is measured at steady state. Prints how long it took to
# stderr, and appends "<what>: N s" to the variable WARMUP_LOG.
WARM_ROUND=${WARM_ROUND:-5}
WARM_TOLERANCE=${WARM_TOLERANCE:-5}
WARM_MAX_ROUNDS=${WARM_MAX_ROUNDS:-20}
WARMUP_LOG=${WARMUP_LOG:-}
warm_until_stable() {
  local what=$1 previous=0 rate rounds=0 steady=0
  shift
  while [ "$rounds" -lt "$WARM_MAX_ROUNDS" ]; do
    rate=$(wrk -d"${WARM_ROUND}s" "$@" | awk '/Requests\/sec/ { print $2 }')
    rounds=$((rounds + 1))
    if awk -v a="$rate" -v b="$previous" -v t="$WARM_TOLERANCE" \
        'BEGIN { exit !(b > 0 && (a - b) / b * 100 < t && (b - a) / b * 100 < t) }'; then
      steady=$((steady + 1))
    else
      steady=0
    fi
    previous=$rate
    if [ "$rounds" -ge 4 ] && [ "$steady" -ge 2 ]; then
      break
    fi
  done
  echo "bench: warmed up $what in $((rounds * WARM_ROUND)) s (last round ${rate:-?} req/s)" >&2
  WARMUP_LOG+="${WARMUP_LOG:+, }$what: $((rounds * WARM_ROUND)) s"
}
