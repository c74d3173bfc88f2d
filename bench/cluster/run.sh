#!/usr/bin/env bash
# Several instances as one service, on loopback only, in about four minutes, stopping everything it started
# (also on failure, Ctrl-C or SIGTERM):
#
#   ./mvnw -q -B package -DskipTests && bench/cluster/run.sh
#
# A throwaway PostgreSQL primary (port 56432) and a streaming replica made from it with pg_basebackup (56433),
# three instances of the packaged service started by bin/accounts (19081-19083, actuators 19091-19093) sharing
# the primary, with ACCOUNTS_READ_REPLICA_URL on the replica, and HAProxy (19080, bench/cluster/haproxy.cfg) in
# front with health checks on /readyz. checks.py then runs the checks below and prints a PASS/FAIL table; the
# exit code is 1 if any fails:
#   limits       10 wrong passwords over the three instances lock the account on all three; a per-address
#                limit is one budget across the instances, and through HAProxy each client keeps its own
#   revocation   a password change, and a session revoked, through one instance stop the tokens concerned on
#                the others at the next request
#   kill         kill -9 of one instance under mixed load through HAProxy: DOWN within inter x fall, errors
#                only in that detection window, no acknowledged write lost, the instance rejoins when started
#   rolling      each instance in turn gets SIGTERM and is started again, under load: no failed request
#   replica      replay paused on the replica: anonymous reads lag, the writer's own reads never do;
#                replica stopped: every read is still answered
#
# Settings (environment): JAR (default target/accounts-*.jar), JAVA_HOME (default: the launcher's choice),
# PG_BIN (default /usr/lib/postgresql/15/bin), KEEP_DIR (copy the logs and recorded requests there),
# DEADLINE (seconds for the whole run, default 540). Needs root or the postgres user, haproxy, python3, curl.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
. "$HERE/../lib.sh"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
JAR="${JAR:-$(ls "$ROOT"/target/accounts-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}"
DEADLINE="${DEADLINE:-540}"
PRIMARY_PORT=56432 REPLICA_PORT=56433 LB_PORT=19080
BEGAN=$SECONDS

[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No jar: run ./mvnw -q -B package -DskipTests first (or set JAR)" >&2; exit 2; }
[ -x "$PG_BIN/pg_basebackup" ] || { echo "No PostgreSQL binaries in $PG_BIN (set PG_BIN)" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "No haproxy: apt-get install -y haproxy" >&2; exit 2; }
for port in $PRIMARY_PORT $REPLICA_PORT $LB_PORT 19081 19082 19083 19091 19092 19093; do
    if port_taken "$port"; then echo "Port $port is taken" >&2; exit 2; fi
done
# After SIGTERM an instance keeps serving, with readiness DOWN, until HAProxy has seen `fall` failed checks
# `inter` apart (and 2 s more), so that a plain SIGTERM fails no request.
read -r INTER FALL < <(sed -n 's/^ *default-server .*inter \([0-9]*\)s.* fall \([0-9]*\).*/\1 \2/p' "$HERE/haproxy.cfg")
SHUTDOWN_DELAY="$((INTER * FALL + 2))s"

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
# remaining seconds of the run's deadline
left() { echo $((DEADLINE - (SECONDS - BEGAN))); }

cleanup() {
    set +e
    trap - INT TERM
    [ -f "$W/checks.pid" ] && kill "$(cat "$W/checks.pid")" 2>/dev/null
    # each instance is a process group of its own (setsid): the launcher's training run goes too
    for n in 1 2 3; do [ -f "$W/app$n.pid" ] && kill -TERM -- "-$(cat "$W/app$n.pid")" 2>/dev/null; done
    for _ in $(seq 60); do
        running=0
        for n in 1 2 3; do [ -f "$W/app$n.pid" ] && kill -0 -- "-$(cat "$W/app$n.pid")" 2>/dev/null && running=1; done
        [ $running = 0 ] && break
        sleep 0.25
    done
    for n in 1 2 3; do [ -f "$W/app$n.pid" ] && kill -KILL -- "-$(cat "$W/app$n.pid")" 2>/dev/null; done
    [ -f "$W/haproxy.pid" ] && kill "$(cat "$W/haproxy.pid")" 2>/dev/null
    for db in replica primary; do [ -f "$W/$db/postmaster.pid" ] && pg "$db" -m immediate stop; done
    if [ -n "${KEEP_DIR:-}" ]; then mkdir -p "$KEEP_DIR" && cp "$W"/*.log "$W"/*.jsonl "$KEEP_DIR"/ 2>/dev/null; fi
    rm -rf "$W"
}
trap cleanup EXIT
trap 'echo "Stopped: cleaning up" >&2; exit 130' INT TERM

# --- primary and streaming replica ----------------------------------------------------------------------------
[ "$(id -u)" = 0 ] && chown postgres:postgres "$W"
as_postgres "$PG_BIN/initdb" -D "$W/primary" -A trust -U postgres --no-sync >/dev/null
pg_start primary $PRIMARY_PORT
"$PG_BIN/psql" -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -X -q -c "create database accounts"
# a fast checkpoint: the default spread one makes pg_basebackup wait minutes
as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -D "$W/replica" -R -X stream \
    --checkpoint=fast
pg_start replica $REPLICA_PORT
echo "PostgreSQL primary on $PRIMARY_PORT, streaming replica on $REPLICA_PORT ($(
    "$PG_BIN/psql" -h 127.0.0.1 -p $REPLICA_PORT -U postgres -X -At -c 'select pg_is_in_recovery()') in recovery)"

# --- three instances ---------------------------------------------------------------------------------------------
cp "$JAR" "$W/accounts.jar"
SECRET="$(head -c 48 /dev/urandom | base64 -w0)"
cat >"$W/start-instance" <<START
#!/usr/bin/env bash
# start-instance n: instance n on port 1908n, actuator 1909n, in the background and in a process group of its
# own; its pid in app\$1.pid
cd "$W"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/accounts" \\
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \\
ACCOUNTS_READ_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/accounts" \\
ACCOUNTS_JWT_SECRET="$SECRET" ACCOUNTS_TRUSTED_PROXIES=127.0.0.1 ACCOUNTS_SHUTDOWN_DELAY=$SHUTDOWN_DELAY \\
ACCOUNTS_LIMITS_CLIENT_REQUESTS_PER_MINUTE=40 ACCOUNTS_DATA_DIR="$W/data\$1" \\
ACCOUNTS_JAR="$W/accounts.jar" ACCOUNTS_APP_DIR="$W/app" \\
SERVER_PORT="1908\$1" SERVER_ADDRESS=127.0.0.1 \\
MANAGEMENT_SERVER_PORT="1909\$1" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \\
    setsid nohup "$ROOT/bin/accounts" >>"$W/app\$1.log" 2>&1 </dev/null &
echo \$! >"$W/app\$1.pid"
START
chmod +x "$W/start-instance"
started=$SECONDS
# the first start trains the launcher's class cache and migrates the schema; the others then start from both
"$W/start-instance" 1
wait_ready "http://127.0.0.1:19081/readyz" "$(cat "$W/app1.pid")" "$(left)" "$W/app1.log"
for n in 2 3; do "$W/start-instance" $n; done
for n in 2 3; do wait_ready "http://127.0.0.1:1908$n/readyz" "$(cat "$W/app$n.pid")" "$(left)" "$W/app$n.log"; done
echo "Three instances ready in $((SECONDS - started)) s (the first trained the class cache)"

haproxy -f "$HERE/haproxy.cfg" -db >"$W/haproxy.log" 2>&1 &
echo $! >"$W/haproxy.pid"
wait_ready "http://127.0.0.1:$LB_PORT/readyz" "$(cat "$W/haproxy.pid")" 30 "$W/haproxy.log"
echo "HAProxy on $LB_PORT; instances stop $SHUTDOWN_DELAY after SIGTERM"

# --- the checks ----------------------------------------------------------------------------------------------------
# in the background, so that a signal reaches the trap at once; bounded by what is left of the deadline
timeout "$(left)" python3 "$HERE/checks.py" "$W" "$PG_BIN" "$HERE/haproxy.cfg" &
echo $! >"$W/checks.pid"
status=0
wait "$(cat "$W/checks.pid")" || status=$?
rm -f "$W/checks.pid"
[ $status = 124 ] && echo "The checks ran out of time (DEADLINE=$DEADLINE s)" >&2
echo "Whole run: $((SECONDS - BEGAN)) s"
exit $status
