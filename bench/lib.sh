# Shell helpers shared by the bench scripts (sourced, not run).

# Runs a PostgreSQL server binary as the postgres OS user when started as root (initdb refuses root).
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

now() { date +%s.%N; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_ready url pid seconds log: until url answers 2xx; fails if the process dies or time runs out
wait_ready() {
    local started
    started=$(now)
    until curl -sf -o /dev/null -m 2 "$1"; do
        kill -0 "$2" 2>/dev/null || { echo "pid $2 died on start:" >&2; tail -n 30 "$4" >&2; return 1; }
        python3 -c "import sys; sys.exit(0 if $(now) - $started < $3 else 1)" \
            || { echo "$1 not ready after $3 s" >&2; return 1; }
        sleep 0.5
    done
}
