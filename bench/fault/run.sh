#!/usr/bin/env bash
# Fault scenarios against a throwaway PostgreSQL cluster of their own (never the shared server):
#
#   bench/fault/run.sh            # both scenarios, about two minutes
#
# 1. outage: under a bounded load on loopback, the database is stopped with `pg_ctl stop -m immediate`,
#    left down ~10 s and started again. Checks: no 5xx but 503 (with Retry-After), answers within ~3 s,
#    /readyz DOWN and /livez UP meanwhile, writes succeed within 5 s of the database's return, and every
#    write acknowledged with 200 is in the database afterwards.
# 2. shutdown: under the same load the service gets SIGTERM. Checks: requests in flight complete, nothing
#    hangs, every acknowledged write is in the database.
# Needs PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin), python3, a built jar. Run as root or as
# the postgres user; the cluster runs as postgres.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}"
PG_PORT="${PG_PORT:-55432}"
PORT=$((30000 + RANDOM % 10000))
WORK="$(mktemp -d)"
chmod 755 "$WORK"
SERVICE_PID=""
FAILED=0

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg() { as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -w -l "$WORK/pg/server.log" "$@" >/dev/null; }

cleanup() {
    mkdir -p "$HERE/../out" && cp "$WORK/service.log" "$HERE/../out/fault-service.log" 2>/dev/null || true
    [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
    pg stop -m immediate 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

ls "$ROOT"/target/accounts-*.jar >/dev/null 2>&1 || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
mkdir "$WORK/pg" && chown postgres "$WORK/pg" 2>/dev/null || true
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
pg -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start

start_service() {
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
    ACCOUNTS_JWT_SECRET="fault-scenario-secret-$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')" \
    ACCOUNTS_LIMITS_CLIENT_REQUESTS_PER_MINUTE=1000000 \
        "$ROOT/bin/accounts" --server.port="$PORT" --management.server.port=$((PORT + 1)) >>"$WORK/service.log" 2>&1 &
    SERVICE_PID=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz"; do sleep 0.2; done
}

probe() { # every 0.5 s: "epoch probe path status"
    while :; do
        for path in /readyz /livez; do
            echo "$(date +%s.%N) probe $path $(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$PORT$path")"
        done
        sleep 0.5
    done
}

dump() {
    as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -At -d postgres \
        -c "select user_id || '|' || coalesce(bio, '') from user_profiles" >"$1"
}

echo "== outage: database stopped mid-load, then started again"
start_service
probe >>"$WORK/outage.events" &
PROBE=$!
python3 "$HERE/load.py" "http://127.0.0.1:$PORT" 32 4 "$WORK/outage.json" &
LOAD=$!
sleep 10
echo "$(date +%s.%N) db_stopped" >>"$WORK/outage.events"
pg stop -m immediate
sleep 10
pg -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start
echo "$(date +%s.%N) db_started" >>"$WORK/outage.events"
wait "$LOAD"
kill "$PROBE"
dump "$WORK/outage.db"
python3 "$HERE/check.py" "$WORK/outage.json" "$WORK/outage.db" "$WORK/outage.events" outage || FAILED=1

echo "== shutdown: SIGTERM mid-load"
python3 "$HERE/load.py" "http://127.0.0.1:$PORT" 12 4 "$WORK/shutdown.json" &
LOAD=$!
sleep 6
echo "$(date +%s.%N) sigterm" >>"$WORK/shutdown.events"
kill -TERM "$SERVICE_PID"
code=0
wait "$SERVICE_PID" || code=$?
SERVICE_PID=""
echo "$code exit_code" >>"$WORK/shutdown.events"
wait "$LOAD"
dump "$WORK/shutdown.db"
python3 "$HERE/check.py" "$WORK/shutdown.json" "$WORK/shutdown.db" "$WORK/shutdown.events" shutdown || FAILED=1

[ "$FAILED" = 0 ] && echo "== all targets met" || echo "== some targets missed"
exit "$FAILED"
