"""The checks of bench/cluster/run.sh, against a running cluster: python3 checks.py CLUSTER_DIR PG_BIN.

Talks to HAProxy (19080) and to each instance directly (19081-19083), to PostgreSQL with psql, and to HAProxy's
admin socket. Prints one line per check and a PASS/FAIL table; exits 1 if any check fails.
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time

W, PG_BIN = sys.argv[1], sys.argv[2]
LB = 19080
APPS = {1: 19081, 2: 19082, 3: 19083}
PRIMARY, REPLICA = 56432, 56433
DETECTION_SECONDS = 12  # HAProxy: a check every 2 s, DOWN after three failures, each given up to 5 s
RESULTS = []


def call(port, method, path, body=None, token=None, timeout=15):
    """(status, parsed body); status 0 when no HTTP answer came."""
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = "Bearer " + token
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        conn.request(method, path, None if body is None else json.dumps(body), headers)
        response = conn.getresponse()
        raw = response.read()
        conn.close()
        try:
            return response.status, json.loads(raw) if raw else None
        except ValueError:
            return response.status, raw.decode(errors="replace")
    except (OSError, http.client.HTTPException):
        return 0, None


def result(scenario, ok, target, detail):
    status = {True: "PASS", False: "FAIL", None: "SKIP"}[ok]
    RESULTS.append((scenario, status, target, detail))
    print(f"{status:4}  {scenario:10} {target} ({detail})", flush=True)


def psql(port, sql):
    return subprocess.run([f"{PG_BIN}/psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-X", "-At",
                           "-d", "accounts", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def admin(command):
    with socket.socket(socket.AF_UNIX) as s:
        s.connect(f"{W}/haproxy.sock")
        s.sendall((command + "\n").encode())
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode()


def server_status(name):
    for line in admin("show stat").splitlines():
        fields = line.split(",")
        if len(fields) > 17 and fields[0] == "instances" and fields[1] == name:
            return fields[17]
    return "?"


def wait_until(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def pid(n):
    with open(f"{W}/app{n}.pid") as f:
        return int(f.read())


def alive(process):
    """Running, and not a zombie (an exited child nobody reaped yet)."""
    try:
        with open(f"/proc/{process}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def start(n):
    subprocess.run([f"{W}/start-instance", str(n)], check=True)
    ready = wait_until(lambda: call(APPS[n], "GET", "/readyz", timeout=2)[0] == 200, 600)
    return ready and wait_until(lambda: server_status(f"app{n}").startswith("UP"), 30)


def account(port, tag):
    email = f"{tag}-{time.time_ns()}@example.com"
    password = "cluster check " + tag
    status, body = call(port, "POST", "/users/register", {"email": email, "password": password, "name": tag})
    assert status == 201, (status, body)
    return {"id": body["id"], "email": email, "password": password, "token": sign_in(port, email, password)}


def sign_in(port, email, password):
    status, body = call(port, "POST", "/auth/token", {"email": email, "password": password})
    return body["access_token"] if status == 200 else None


def bio_of(body):
    return (body.get("profile") or {}).get("bio") if isinstance(body, dict) else None


# --- limits -----------------------------------------------------------------------------------------------------
def limits(victim):
    answers = [call(APPS[1 + i % 3], "POST", "/auth/token",
                    {"email": victim["email"], "password": f"wrong {i}"})[0] for i in range(10)]
    after = [call(APPS[n], "POST", "/auth/token",
                  {"email": victim["email"], "password": victim["password"]})[0] for n in APPS]
    result("limits", answers == [401] * 10 and after == [429] * 3,
           "10 wrong passwords over 3 instances lock the account on all three",
           f"wrong: {answers.count(401)} x 401; then the right password: {after}")


def address_limit():
    answers = [(1 + i % 3, call(APPS[1 + i % 3], "POST", "/users/register", {})[0]) for i in range(60)]
    passed = sum(1 for _, s in answers if s != 429)
    limited_on = sorted({n for n, s in answers if s == 429})
    result("limits", passed <= 40 and limited_on == [1, 2, 3],
           "a per-address limit (40/min) is one budget across the instances",
           f"60 registrations spread evenly: {passed} answered, 429 from instances {limited_on}")


# --- revocation ---------------------------------------------------------------------------------------------------
def revocation():
    user = account(APPS[1], "revoke")
    other = sign_in(APPS[1], user["email"], user["password"])
    caller = sign_in(APPS[2], user["email"], user["password"])
    changed = call(APPS[2], "PUT", "/users/me/password",
                   {"current_password": user["password"], "new_password": "a brand new passphrase 42"}, caller)[0]
    seen = [call(APPS[n], "GET", "/users/me", token=other)[0] for n in (3, 1)]
    fresh = sign_in(APPS[3], user["email"], "a brand new passphrase 42")
    result("revocation", changed == 204 and seen == [401, 401] and fresh is not None,
           "a password change through one instance stops older tokens on the others at once",
           f"change via 2: {changed}; old token on 3 and 1: {seen}; new password on 3: "
           f"{'signed in' if fresh else 'refused'}")
    if call(APPS[1], "GET", "/users/me/sessions", token=fresh)[0] == 404:
        result("revocation", None, "a session revoked through one instance stops on the others",
               "this build has no /users/me/sessions")
        return
    second = sign_in(APPS[1], user["email"], "a brand new passphrase 42")
    _, sessions = call(APPS[1], "GET", "/users/me/sessions", token=fresh)
    others = [s["id"] for s in sessions if not s.get("current")]
    revoked = call(APPS[1], "DELETE", f"/users/me/sessions/{others[-1]}", token=fresh)[0] if others else None
    seen = [call(APPS[n], "GET", "/users/me", token=second)[0] for n in (2, 3)]
    result("revocation", revoked == 204 and seen == [401, 401],
           "a session revoked through one instance stops on the others",
           f"revoked via 1: {revoked}; its token on 2 and 3: {seen}")


# --- load -----------------------------------------------------------------------------------------------------
class Load:
    """Writers (one user each: PUT profile, then an anonymous GET of it) and a directory reader, via HAProxy."""

    def __init__(self, writers):
        self.writers, self.stop, self.records, self.threads = writers, threading.Event(), [], []
        self.acked = {w["id"]: -1 for w in writers}

    def write_loop(self, writer):
        n = 0
        while not self.stop.is_set():
            n += 1
            status, _ = call(LB, "PUT", "/users/me/profile", {"bio": f"{writer['id']}-{n}"}, writer["token"])
            self.records.append((time.time(), "PUT", status))
            if status == 200:
                self.acked[writer["id"]] = n
            self.records.append((time.time(), "GET", call(LB, "GET", f"/users/{writer['id']}")[0]))

    def read_loop(self):
        while not self.stop.is_set():
            self.records.append((time.time(), "LIST", call(LB, "GET", "/users?limit=20")[0]))

    def __enter__(self):
        self.threads = [threading.Thread(target=self.write_loop, args=(w,)) for w in self.writers]
        self.threads.append(threading.Thread(target=self.read_loop))
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *_):
        self.stop.set()
        for t in self.threads:
            t.join()

    def failures(self):
        return [(t, kind, status) for t, kind, status in self.records if not 200 <= status < 300]

    def lost_writes(self):
        lost = []
        for user, n in self.acked.items():
            stored = psql(PRIMARY, f"select bio from user_profiles where user_id = {user}")
            if n > 0 and (not stored or int(stored.split("-")[1]) < n):
                lost.append((user, n, stored))
        return lost


def kill(writers):
    with Load(writers) as load:
        time.sleep(4)
        killed_at = time.time()
        os.kill(pid(2), 9)
        time.sleep(8)
        rejoined = start(2)
        time.sleep(3)
    failures = load.failures()
    late = [f for f in failures if not killed_at <= f[0] <= killed_at + DETECTION_SECONDS]
    if failures:
        print(f"      failures from {failures[0][0] - killed_at:+.1f} s to {failures[-1][0] - killed_at:+.1f} s "
              "after the kill", flush=True)
    result("kill", not late, f"kill -9 of one instance: errors only within {DETECTION_SECONDS} s of the kill",
           f"{len(load.records)} requests, {len(failures)} failed ({sorted({s for _, _, s in failures})}), "
           f"{len(late)} outside the window")
    lost = load.lost_writes()
    result("kill", not lost, "no acknowledged write lost",
           f"{sum(n for n in load.acked.values() if n > 0)} acknowledged, lost: {lost}")
    result("kill", rejoined, "the instance rejoins when started again", f"app2 {server_status('app2')}")


def rolling(writers):
    stopped = []
    with Load(writers) as load:
        time.sleep(2)
        for n in APPS:
            admin(f"set server instances/app{n} state drain")
            time.sleep(2)  # HAProxy sends it nothing new; what it was sent finishes
            process = pid(n)
            os.kill(process, 15)
            stopped.append(wait_until(lambda: not alive(process), 40))
            start(n)
            admin(f"set server instances/app{n} state ready")
            wait_until(lambda: server_status(f"app{n}").startswith("UP"), 30)
            time.sleep(1)
    failures = load.failures()
    result("rolling", not failures and all(stopped),
           "rolling restart (drain, SIGTERM, start) of all three under load: no failed request",
           f"{len(load.records)} requests, {len(failures)} failed, exits on SIGTERM: {stopped}")
    lost = load.lost_writes()
    result("rolling", not lost, "no acknowledged write lost", f"lost: {lost}")


# --- replica ------------------------------------------------------------------------------------------------------
def replica(writer):
    psql(REPLICA, "select pg_wal_replay_pause()")
    try:
        status = call(LB, "PUT", "/users/me/profile", {"bio": "written during replay pause"}, writer["token"])[0]
        own = [bio_of(call(LB, "GET", f"/users/{writer['id']}", token=writer["token"])[1]) for _ in range(6)]
        own += [(call(LB, "GET", "/users/me/profile", token=writer["token"])[1] or {}).get("bio") for _ in range(6)]
        public = [bio_of(call(LB, "GET", f"/users/{writer['id']}")[1]) for _ in range(6)]
    finally:
        psql(REPLICA, "select pg_wal_replay_resume()")
    fresh = own.count("written during replay pause")
    result("replica", status == 200 and fresh == len(own),
           "with replay paused on the replica, the writer's own reads never lag",
           f"own reads through HAProxy fresh: {fresh} of {len(own)}")
    stale = sum(1 for b in public if b != "written during replay pause")
    caught_up = wait_until(lambda: bio_of(call(LB, "GET", f"/users/{writer['id']}")[1])
                           == "written during replay pause", 15)
    result("replica", stale > 0 and caught_up,
           "anonymous reads come from the replica: they lag while replay is paused, then catch up",
           f"stale while paused: {stale} of {len(public)}; caught up after resume: {caught_up}")
    subprocess.run((["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else [])
                   + [f"{PG_BIN}/pg_ctl", "-D", f"{W}/replica", "-m", "fast", "stop"], capture_output=True)
    answers = [call(LB, "GET", f"/users/{writer['id']}")[0] for _ in range(15)]
    answers += [call(LB, "GET", "/users?limit=20")[0] for _ in range(15)]
    result("replica", answers == [200] * 30, "replica stopped: public reads keep being answered",
           f"{answers.count(200)} of {len(answers)} answered 200")


def main():
    writers = [account(APPS[1 + i % 3], f"writer{i}") for i in range(4)]
    limits(account(APPS[1], "victim"))
    revocation()
    kill(writers)
    rolling(writers)
    replica(writers[0])
    address_limit()  # last: it spends the address's registration budget
    print("\n== final report")
    for scenario, status, target, detail in RESULTS:
        print(f"{status:4}  {scenario:10} {target}")
    failed = any(status == "FAIL" for _, status, _, _ in RESULTS)
    print("== some checks failed" if failed else "== all checks passed")
    sys.exit(1 if failed else 0)


main()
