#!/usr/bin/env bash
# Fault scenarios for the accounts service, on a throwaway PostgreSQL cluster of their own (never the shared
# server on 5432), loopback only, about two minutes in all:
#
#   ./mvnw -q -B package -DskipTests && bench/fault/run.sh
#
# 1. outage   - under a bounded load (one writer per user doing PUT /users/me/profile with a new bio each
#               time and GET /users/{id}; one slow writer whose PUT takes ~2 s to send, so that a request is
#               always in flight; one sign-in every half second; health probes every half second), the
#               database is stopped with `pg_ctl stop -m immediate`, left down ~10 s (OUTAGE_SECONDS),
#               started again, and the load goes on ~15 s. Targets: no 5xx but 503, every 503 with
#               Retry-After, every request answered, each answer during the outage within 3 s, readiness
#               DOWN (actuator and /readyz) while liveness stays UP (actuator and /livez), the first
#               acknowledged write within 5 s of the database being back, and every write acknowledged with
#               200 still in the database.
# 2. shutdown - under the same load the service gets SIGTERM. Targets: requests in flight complete, new
#               requests never hang nor get a 5xx but 503, new connections are served, refused or answered
#               503 (never reset or closed unanswered), the service exits by itself (code 0 or 143), every
#               acknowledged write is in the database.
# Prints a report per scenario and a final PASS/FAIL table; exits 1 if a target is missed.
#
# Settings (environment):
#   JAR=path        the service jar (default target/accounts-*.jar; copied before use, so rebuilding is safe)
#   JAVA=path       java to run it with (default: java on PATH)
#   PG_BIN=dir      PostgreSQL server binaries (default /usr/lib/postgresql/15/bin)
#   PG_PORT=n       port of the throwaway cluster (default 55432; the script stops if it is taken)
#   WRITERS=n       concurrent writers, one user each (default 4), besides one slow writer
#   OUTAGE_SECONDS=n  how long the database stays down (default 10)
#   KEEP_DIR=dir    copy the service log, the recorded requests and the database dumps there
#
# Needs root (initdb and pg_ctl run as the postgres OS user through runuser) or the postgres user itself,
# python3 and curl. Files: load.py (the load client, records every request), check.py (judges a scenario).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${PG_PORT:-55432}"
JAVA="${JAVA:-java}"
WRITERS="${WRITERS:-4}"
OUTAGE_SECONDS="${OUTAGE_SECONDS:-10}"
JAR="${JAR:-$(ls "$ROOT"/target/accounts-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}"

[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No jar: run ./mvnw -q -B package -DskipTests first (or set JAR)" >&2; exit 2; }
[ -x "$PG_BIN/initdb" ] || { echo "No PostgreSQL binaries in $PG_BIN (set PG_BIN)" >&2; exit 2; }
if (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
    echo "Port $PG_PORT is taken; set PG_PORT to a free one" >&2; exit 2
fi

WORK="$(mktemp -d /tmp/accounts-fault.XXXXXX)"
chmod 755 "$WORK"
SERVICE_PID="" LOAD_PID=""

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_ctl() { as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" "$@" >/dev/null; }
pg_start() { pg_ctl -w -t 60 -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start; }
psql_() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -At "$@"; }
now() { date +%s.%N; }
event() { echo "$2 $(now) ${3:-}" >>"$WORK/$1.events"; } # scenario name [value]
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

cleanup() {
    set +e
    [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null
    if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill -TERM "$SERVICE_PID"
        for _ in $(seq 50); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$SERVICE_PID" 2>/dev/null
    fi
    [ -f "$WORK/pg/data/postmaster.pid" ] && pg_ctl -m immediate stop 2>/dev/null
    if [ -n "${KEEP_DIR:-}" ]; then
        mkdir -p "$KEEP_DIR" && cp "$WORK"/*.log "$WORK"/pg/*.log "$WORK"/*.jsonl "$WORK"/*.db "$WORK"/*.events \
            "$WORK"/users.json "$KEEP_DIR"/ 2>/dev/null
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the throwaway cluster ------------------------------------------------------------------------------------
mkdir "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres --no-sync >/dev/null
pg_start
psql_ -d postgres -c "create database accounts"
echo "PostgreSQL $(psql_ -d accounts -c 'show server_version') on 127.0.0.1:$PG_PORT, data in $WORK/pg/data"

# --- the service ------------------------------------------------------------------------------------------------
cp "$JAR" "$WORK/accounts.jar"
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
# The actuator is on its own port when the packaged application.properties sets management.server.port.
if python3 -c 'import sys, zipfile, re
props = zipfile.ZipFile(sys.argv[1]).read("BOOT-INF/classes/application.properties").decode()
sys.exit(0 if re.search(r"^management\.server\.port\s*=", props, re.M) else 1)' "$WORK/accounts.jar"; then
    MANAGEMENT_PORT="$(free_port)"
    while [ "$MANAGEMENT_PORT" = "$PORT" ]; do MANAGEMENT_PORT="$(free_port)"; done
else
    MANAGEMENT_PORT="$PORT"
fi
ACTUATOR="http://127.0.0.1:$MANAGEMENT_PORT"

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/accounts" \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
ACCOUNTS_JWT_SECRET="$(head -c 48 /dev/urandom | base64 -w0)" \
ACCOUNTS_LIMITS_CLIENT_REQUESTS_PER_MINUTE=1000000 \
SERVER_PORT="$PORT" SERVER_ADDRESS=127.0.0.1 \
MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
    "$JAVA" -Xmx256m -jar "$WORK/accounts.jar" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
started=$(now)
until curl -sf -o /dev/null -m 2 "$BASE/readyz"; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "The service died on start:" >&2; tail -n 30 "$WORK/service.log" >&2; exit 1; }
    python3 -c "import sys; sys.exit(0 if $(now) - $started < 120 else 1)" || { echo "The service is not ready after 120 s" >&2; exit 1; }
    sleep 0.5
done
echo "Service (pid $SERVICE_PID) on $BASE, actuator on $ACTUATOR, ready in $(python3 -c "print(f'{$(now) - $started:.1f}')") s"
python3 "$HERE/load.py" setup "$BASE" "$WORK/users.json" "$((WRITERS + 1))" # the last one: the slow writer

SUMMARY="$WORK/summary.tsv"
: >"$SUMMARY"
FAILED=0

load() { # scenario max_seconds: the load in the background until $WORK/<scenario>.stop exists
    python3 "$HERE/load.py" run "$BASE" "$ACTUATOR" "$WORK/users.json" "$WORK/$1.jsonl" "$WORK/$1.stop" "$2" &
    LOAD_PID=$!
}
finish_load() { touch "$WORK/$1.stop"; wait "$LOAD_PID"; LOAD_PID=""; }
check() { # scenario: dump the profiles, judge
    psql_ -d accounts -F '|' -c "select user_id, coalesce(bio, '') from user_profiles" >"$WORK/$1.db"
    python3 "$HERE/check.py" "$1" "$WORK/$1.jsonl" "$WORK/$1.events" "$WORK/$1.db" "$WORK/users.json" "$SUMMARY" \
        || FAILED=1
}

# --- scenario 1: database outage ------------------------------------------------------------------------------
echo "== outage: load, database stopped (immediate) for ~$OUTAGE_SECONDS s, started again, load ~15 s more"
load outage $((OUTAGE_SECONDS + 80))
sleep 8
event outage db_stopping
pg_ctl -m immediate stop
event outage db_stopped
sleep "$OUTAGE_SECONDS"
event outage db_starting
pg_start
event outage db_back
sleep 15
finish_load outage
check outage

# --- scenario 2: graceful shutdown ----------------------------------------------------------------------------
echo "== shutdown: load, SIGTERM to the service, load ~3 s after it exits"
load shutdown 90
sleep 6
event shutdown sigterm
kill -TERM "$SERVICE_PID"
for _ in $(seq 200); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.2; done # up to 40 s
if kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -KILL "$SERVICE_PID"
    echo "The service did not exit within 40 s of SIGTERM; killed" >&2
fi
code=0
wait "$SERVICE_PID" || code=$?
event shutdown exit "$code"
SERVICE_PID=""
sleep 3
finish_load shutdown
check shutdown

# --- final report -----------------------------------------------------------------------------------------------
echo
python3 "$HERE/check.py" log "$WORK/service.log"
echo
echo "== final report"
while IFS=$'\t' read -r scenario result target detail; do
    printf '%-4s  %-9s %s (%s)\n' "$result" "$scenario" "$target" "$detail"
done <"$SUMMARY"
if [ "$FAILED" = 0 ] && ! grep -q $'\tFAIL\t' "$SUMMARY"; then
    echo "== all targets met"
else
    echo "== some targets missed"
    FAILED=1
fi
exit "$FAILED"
