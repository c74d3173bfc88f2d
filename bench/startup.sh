#!/usr/bin/env bash
# Start-up comparison: time from process start to the first successful request (GET /users?limit=1 answering
# 200), for several ways of starting the service, each repeated, against a database of its own (created on
# the local PostgreSQL and dropped at exit). Prints the median and every sample per variant.
#
#   bench/startup.sh                 # 3 starts of each variant
#   REPEAT=5 bench/startup.sh
#   VARIANTS="launcher plain" bench/startup.sh
#
# Variants (JVM options are passed to bin/accounts through JAVA_OPTS, Spring settings as arguments):
#   plain          java -jar on Temurin 25, no options at all
#   launcher       bin/accounts as shipped (AOT cache, Spring AOT, JMX off, fixed heap)
#   no-cache       bin/accounts with ACCOUNTS_AOT=off
#   no-spring-aot  bin/accounts with -Dspring.aot.enabled=false
#   c1             bin/accounts with -XX:TieredStopAtLevel=1
#   lazy           bin/accounts with --spring.main.lazy-initialization=true
#   eager-mvc      bin/accounts with the DispatcherServlet started with the context (load-on-startup), so
#                  the class cache's training run covers it too
#   serial-gc      bin/accounts with the serial collector and its 96 MB young generation (the launcher's
#                  collector until G1 replaced it)
#   jdk17          bin/accounts on JDK 17 (dynamic CDS archive instead of the AOT cache)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
REPEAT="${REPEAT:-3}"
VARIANTS="${VARIANTS:-plain launcher no-cache no-spring-aot c1 lazy jdk17}"
JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64
JAVA17="${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
JAR="${ACCOUNTS_JAR:-$(ls "$ROOT"/target/accounts-*.jar | grep -v plain | head -n 1)}"
export ACCOUNTS_JAR="$JAR"

DB="bench_start_$(date +%s)_$RANDOM"
WORK="$(mktemp -d)"
PID=""
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
psql -q -d postgres -c "create database $DB" >/dev/null

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        ss -Htln "sport = :$port or sport = :$((port + 1))" | grep -q . || { echo "$port"; return; }
    done
}

export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER"
export SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" ACCOUNTS_JWT_SECRET="startup-benchmark-secret-0123456789abcdef"

# start VARIANT: prints milliseconds from exec to the first 200, or "failed"
start() {
    local variant=$1 port started ms
    port=$(free_port)
    local args=(--server.port="$port" --management.server.port=$((port + 1)))
    local cmd=("$ROOT/bin/accounts" "${args[@]}")
    local env=()
    case "$variant" in
        plain) cmd=("$JAVA25/bin/java" -jar "$JAR" "${args[@]}") ;;
        launcher) ;;
        no-cache) env=(ACCOUNTS_AOT=off) ;;
        no-spring-aot) env=(JAVA_OPTS=-Dspring.aot.enabled=false) ;;
        c1) env=(JAVA_OPTS=-XX:TieredStopAtLevel=1) ;;
        lazy) cmd+=(--spring.main.lazy-initialization=true) ;;
        eager-mvc) env=(JAVA_OPTS=-Dspring.mvc.servlet.load-on-startup=1) ;;
        serial-gc) env=("JAVA_OPTS=-XX:-UseG1GC -XX:+UseSerialGC -Xmn96m") ;;
        jdk17) env=(JAVA_HOME="$JAVA17") ;;
        *) echo "unknown variant $variant" >&2; exit 2 ;;
    esac
    started=$(date +%s%N)
    env "${env[@]}" "${cmd[@]}" >"$WORK/service.log" 2>&1 &
    PID=$!
    local deadline=$((SECONDS + 120))
    until curl -sf -m 2 -o /dev/null "http://127.0.0.1:$port/users?limit=1"; do
        if ! kill -0 "$PID" 2>/dev/null || [ $SECONDS -gt $deadline ]; then
            tail -20 "$WORK/service.log" >&2; echo failed; kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; PID=""; return
        fi
        sleep 0.02
    done
    ms=$((($(date +%s%N) - started) / 1000000))
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
    echo "$ms"
}

median() { tr ' ' '\n' | grep -E '^[0-9]+$' | sort -n | awk '{a[NR] = $1} END {if (NR) print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)); else print "-"}'; }

echo "| variant | median ms | samples ms |"
echo "|---|---|---|"
for variant in $VARIANTS; do
    # one untimed start first: trains the cache of a launcher variant if needed, warms the page cache for all
    start "$variant" >/dev/null
    samples=""
    for _ in $(seq 1 "$REPEAT"); do samples="$samples $(start "$variant")"; done
    echo "| $variant | $(echo "$samples" | median) |$samples |"
done
