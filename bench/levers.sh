#!/usr/bin/env bash
# Compares service settings side by side on the same machine, one short benchmark each (GET, PUT, sign-in and the
# sign-in storm), and prints one table per setting. Each line below is a label and environment for the service.
#
#   bench/levers.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
while IFS='|' read -r label settings; do
    [ -z "$label" ] && continue
    echo "### $label ($settings)"
    env $settings RUNS="${RUNS:-get put token storm}" DURATION="${DURATION:-10}" WARMUP="${WARMUP:-10}" "$here/run.sh" 2>/dev/null \
        | grep -E '^\| (GET|PUT|POST)|^- ' || echo "(failed)"
done <<'SETTINGS'
baseline: platform threads, pool 10|POOL=10
pool 5|POOL=5
pool 20|POOL=20
virtual threads|POOL=10 SPRING_THREADS_VIRTUAL_ENABLED=true
one hash at a time|POOL=10 ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=1
hashes at normal priority|POOL=10 JAVA_OPTS=-XX:ThreadPriorityPolicy=0
SETTINGS
