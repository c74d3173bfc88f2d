#!/usr/bin/env bash
# Compares service settings side by side on the same machine, one short benchmark each, and prints the lines of
# each table (the service/lean ratios first). Each line below is a label and environment for the service.
#
#   bench/levers.sh
#   RUNS="get put token storm" bench/levers.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
while IFS='|' read -r label settings; do
    [ -z "$label" ] && continue
    echo "### $label ($settings)"
    env $settings RUNS="${RUNS:-get put}" DURATION="${DURATION:-8}" WARMUP="${WARMUP:-5}" "$here/run.sh" 2>/dev/null \
        | grep -E '^\| (GET|PUT|POST)|^- ' || echo "(failed)"
done <<<"${SETTINGS:-"baseline: platform threads, pool 10|POOL=10
virtual threads|POOL=10 SPRING_THREADS_VIRTUAL_ENABLED=true
latency histograms on|POOL=10 ACCOUNTS_METRICS_HISTOGRAMS=true
repository timers on|POOL=10 MANAGEMENT_METRICS_DATA_REPOSITORY_AUTOTIME_ENABLED=true
one hash at a time|POOL=10 ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=1"}"
