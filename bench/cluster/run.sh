#!/usr/bin/env bash
# Several instances as one service, on loopback only, in about three minutes, stopping everything it started:
#
#   ./mvnw -q -B package -DskipTests && bench/cluster/run.sh
#
# A throwaway PostgreSQL primary (port 56432) and a streaming replica made from it with pg_basebackup (56433),
# three instances of the packaged service (19081-19083, actuators 19091-19093) sharing the primary, with
# ACCOUNTS_READ_REPLICA_URL on the replica, and HAProxy (19080, bench/cluster/haproxy.cfg) in front with health
# checks on /readyz. checks.py then runs the checks below and prints a PASS/FAIL table; the exit code is 1 if
# any fails:
#   limits       10 wrong passwords over the three instances lock the account on all three; a per-address
#                limit is one budget across the instances
#   revocation   a password change through one instance rejects the old token on the others at the next
#                request; a session revoked through one (when the build has /users/me/sessions) likewise
#   kill         kill -9 of one instance under mixed load through HAProxy: errors only in the detection
#                window, no acknowledged write lost, the instance rejoins when started again
#   rolling      each instance drained in HAProxy, SIGTERM, started again, put back, under load: no failure
#   replica      replay paused on the replica: anonymous reads lag, the writer's own reads never do;
#                replica stopped: every read is still answered
#
# Settings (environment): JAR (default target/accounts-*.jar), JAVA, PG_BIN (default /usr/lib/postgresql/15/bin),
# KEEP_DIR (copy the logs there). Needs root or the postgres user, haproxy, python3 and curl.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
. "$HERE/../lib.sh"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
JAVA="${JAVA:-java}"
JAR="${JAR:-$(ls "$ROOT"/target/accounts-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}"
PRIMARY_PORT=56432 REPLICA_PORT=56433 LB_PORT=19080

[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No jar: run ./mvnw -q -B package -DskipTests first (or set JAR)" >&2; exit 2; }
[ -x "$PG_BIN/pg_basebackup" ] || { echo "No PostgreSQL binaries in $PG_BIN (set PG_BIN)" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "No haproxy: apt-get install -y haproxy" >&2; exit 2; }
for port in $PRIMARY_PORT $REPLICA_PORT $LB_PORT 19081 19082 19083 19091 19092 19093; do
    if port_taken "$port"; then echo "Port $port is taken" >&2; exit 2; fi
done

export CLUSTER_DIR
CLUSTER_DIR="$(mktemp -d /tmp/accounts-cluster.XXXXXX)"
chmod 755 "$CLUSTER_DIR"
W="$CLUSTER_DIR"

pg() { # primary|replica pg_ctl arguments...
    as_postgres "$PG_BIN/pg_ctl" -D "$W/$1" -l "$W/$1.log" "${@:2}" >/dev/null
}
pg_start() { # primary|replica port
    pg "$1" -w -t 60 -o "-p $2 -c listen_addresses=127.0.0.1 -k $W" start
}

cleanup() {
    set +e
    [ -f "$W/load.pid" ] && kill "$(cat "$W/load.pid")" 2>/dev/null
    for n in 1 2 3; do
        if [ -f "$W/app$n.pid" ]; then
            pid="$(cat "$W/app$n.pid")"
            kill -TERM "$pid" 2>/dev/null
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            kill -KILL "$pid" 2>/dev/null
        fi
    done
    [ -f "$W/haproxy.pid" ] && kill "$(cat "$W/haproxy.pid")" 2>/dev/null
    for db in replica primary; do [ -f "$W/$db/postmaster.pid" ] && pg "$db" -m immediate stop; done
    if [ -n "${KEEP_DIR:-}" ]; then mkdir -p "$KEEP_DIR" && cp "$W"/*.log "$W"/*.jsonl "$KEEP_DIR"/ 2>/dev/null; fi
    rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- primary and streaming replica ----------------------------------------------------------------------------
[ "$(id -u)" = 0 ] && chown postgres:postgres "$W"
as_postgres "$PG_BIN/initdb" -D "$W/primary" -A trust -U postgres --no-sync >/dev/null
pg_start primary $PRIMARY_PORT
"$PG_BIN/psql" -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -X -q -c "create database accounts"
as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -D "$W/replica" -R -X stream
pg_start replica $REPLICA_PORT
echo "PostgreSQL primary on $PRIMARY_PORT, streaming replica on $REPLICA_PORT ($(
    "$PG_BIN/psql" -h 127.0.0.1 -p $REPLICA_PORT -U postgres -X -At -c 'select pg_is_in_recovery()') in recovery)"

# --- three instances ---------------------------------------------------------------------------------------------
cp "$JAR" "$W/accounts.jar"
SECRET="$(head -c 48 /dev/urandom | base64 -w0)"
cat >"$W/start-instance" <<START
#!/usr/bin/env bash
# start-instance n: instance n on port 1908n, actuator 1909n, in the background; its pid in app\$1.pid
cd "$W"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/accounts" \\
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \\
ACCOUNTS_READ_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/accounts" \\
ACCOUNTS_JWT_SECRET="$SECRET" ACCOUNTS_TRUSTED_PROXIES=127.0.0.1 \\
ACCOUNTS_LIMITS_CLIENT_REQUESTS_PER_MINUTE=40 ACCOUNTS_DATA_DIR="$W/data\$1" \\
SERVER_PORT="1908\$1" SERVER_ADDRESS=127.0.0.1 \\
MANAGEMENT_SERVER_PORT="1909\$1" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \\
    nohup "$JAVA" -Xmx256m -Dspring.aot.enabled=true -Dspring.jmx.enabled=false -jar "$W/accounts.jar" >>"$W/app\$1.log" 2>&1 &
echo \$! >"$W/app\$1.pid"
START
chmod +x "$W/start-instance"
started=$(now)
# all at once: Flyway takes a lock, so one migrates and the others find the schema done
for n in 1 2 3; do "$W/start-instance" $n; done
for n in 1 2 3; do wait_ready "http://127.0.0.1:1908$n/readyz" "$(cat "$W/app$n.pid")" 600 "$W/app$n.log"; done
echo "Three instances ready in $(python3 -c "print(f'{$(now) - $started:.0f}')") s"

haproxy -f "$HERE/haproxy.cfg" -D
wait_ready "http://127.0.0.1:$LB_PORT/readyz" "$(cat "$W/haproxy.pid")" 30 /dev/null
echo "HAProxy on $LB_PORT"

# --- the checks ----------------------------------------------------------------------------------------------------
python3 "$HERE/checks.py" "$W" "$PG_BIN"
