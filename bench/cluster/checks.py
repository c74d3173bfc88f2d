"""The checks of bench/cluster/run.sh, against a running cluster: python3 checks.py CLUSTER_DIR PG_BIN HAPROXY_CFG.

Talks to HAProxy (19080) and to each instance directly (19081-19083), to PostgreSQL with psql, and to HAProxy's
admin socket. Prints one line per check and a PASS/FAIL table; exits 1 if any check fails. The requests of the
load phases are kept in CLUSTER_DIR/<phase>.jsonl.
"""

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time

W, PG_BIN, CFG = sys.argv[1], sys.argv[2], sys.argv[3]
LB = 19080
APPS = {1: 19081, 2: 19082, 3: 19083}
PRIMARY, REPLICA = 56432, 56433
RESULTS = []


def check_settings():
    """inter (s) and fall of the backend's health checks, as haproxy.cfg sets them."""
    with open(CFG) as f:
        line = next(line for line in f if line.strip().startswith("default-server"))
    return float(re.search(r"inter (\d+)s", line)[1]), int(re.search(r"fall (\d+)", line)[1])


INTER, FALL = check_settings()
# a killed process refuses connections at once, so each failed check is immediate: the first comes within one
# interval of the kill, the FALL-th (which marks the server DOWN) FALL - 1 intervals later
DETECTION_SECONDS = INTER * FALL


def call(port, method, path, body=None, token=None, timeout=15, headers=None):
    """(status, parsed body); status 0 when no HTTP answer came."""
    headers = dict(headers or {})
    if body is not None:
        headers["Content-Type"] = "application/json"
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
    status = "PASS" if ok else "FAIL"
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
    """Starts instance n again; true once it is ready and HAProxy has it UP."""
    subprocess.run([f"{W}/start-instance", str(n)], check=True)
    ready = wait_until(lambda: call(APPS[n], "GET", "/readyz", timeout=2)[0] == 200, 150)
    return ready and wait_until(lambda: server_status(f"app{n}").startswith("UP"), 30)


def sign_in(port, email, password):
    """The token response, or None when refused."""
    status, body = call(port, "POST", "/auth/token", {"email": email, "password": password})
    return body if status == 200 else None


def account(port, tag):
    email = f"{tag}-{time.time_ns()}@example.com"
    password = "cluster check " + tag
    status, body = call(port, "POST", "/users/register", {"email": email, "password": password, "name": tag})
    assert status == 201, (status, body)
    return {"id": body["id"], "email": email, "password": password,
            "token": sign_in(port, email, password)["access_token"]}


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


def address_limits():
    """Clients named by X-Forwarded-For, which the instances take from HAProxy's address (a trusted proxy)."""
    client = {"X-Forwarded-For": "198.51.100.7"}
    answers = [(1 + i % 3, call(APPS[1 + i % 3], "POST", "/users/register", {}, headers=client)[0])
               for i in range(60)]
    passed = sum(1 for _, s in answers if s != 429)
    limited_on = sorted({n for n, s in answers if s == 429})
    result("limits", passed == 40 and limited_on == [1, 2, 3],
           "a per-address limit (40/min) is one budget across the instances",
           f"60 registrations of one client spread evenly: {passed} answered, 429 from instances {limited_on}")
    same = [call(LB, "POST", "/users/register", {}, headers=client)[0] for _ in range(3)]
    other = [call(LB, "POST", "/users/register", {}, headers={"X-Forwarded-For": "198.51.100.8"})[0]
             for _ in range(3)]
    result("limits", same == [429] * 3 and 429 not in other and 0 not in other,
           "through HAProxy each client keeps its own budget",
           f"the limited client: {same}; another client: {other}")


# --- revocation ---------------------------------------------------------------------------------------------------
def revocation():
    user = account(APPS[1], "revoke")
    new_password = "a brand new passphrase 42"
    other = sign_in(APPS[1], user["email"], user["password"])["access_token"]
    caller = sign_in(APPS[2], user["email"], user["password"])["access_token"]
    changed = call(APPS[2], "PUT", "/users/me/password",
                   {"current_password": user["password"], "new_password": new_password}, caller)[0]
    seen = [call(APPS[n], "GET", "/users/me", token=other)[0] for n in (3, 1)]
    kept = [call(APPS[n], "GET", "/users/me", token=caller)[0] for n in (3, 1)]
    fresh = sign_in(APPS[3], user["email"], new_password)
    result("revocation", changed == 204 and seen == [401, 401] and kept == [200, 200] and fresh is not None,
           "a password change through one instance ends the other sessions on all instances at the next request",
           f"change via 2: {changed}; another session's token on 3 and 1: {seen}; the changer's: {kept}; "
           f"new password on 3: {'signed in' if fresh else 'refused'}")
    fresh = fresh or {}
    second = sign_in(APPS[1], user["email"], new_password) or {}
    _, listed = call(APPS[2], "GET", "/users/me/sessions", token=second.get("access_token"))
    target = next((s["id"] for s in listed or [] if s.get("current")), None)
    revoked = call(APPS[1], "DELETE", f"/users/me/sessions/{target}", token=fresh.get("access_token"))[0]
    seen = [call(APPS[n], "GET", "/users/me", token=second.get("access_token"))[0] for n in (2, 3)]
    refreshed = call(APPS[3], "POST", "/auth/token",
                     {"grant_type": "refresh_token", "refresh_token": second.get("refresh_token")})[0]
    kept = call(APPS[2], "GET", "/users/me", token=fresh.get("access_token"))[0]
    result("revocation", revoked == 204 and seen == [401, 401] and refreshed == 400 and kept == 200,
           "a session revoked through one instance stops on the others at the next request",
           f"revoked via 1: {revoked}; its access token on 2 and 3: {seen}; its refresh token on 3: {refreshed}; "
           f"the revoker's own token on 2: {kept}")


# --- load -----------------------------------------------------------------------------------------------------
class Load:
    """Writers (one user each: PUT profile, then an anonymous GET of it) and a directory reader, via HAProxy."""

    def __init__(self, writers, phase):
        self.writers, self.phase, self.stop, self.records, self.threads = writers, phase, threading.Event(), [], []
        self.acked = {w["id"]: 0 for w in writers}

    def write_loop(self, writer):
        n = 0
        while not self.stop.is_set():
            n += 1
            status, _ = call(LB, "PUT", "/users/me/profile", {"bio": f"{self.phase}-{n}"}, writer["token"])
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
        with open(f"{W}/{self.phase}.jsonl", "w") as f:
            for t, kind, status in self.records:
                f.write(json.dumps({"t": round(t, 3), "kind": kind, "status": status}) + "\n")

    def failures(self):
        return [(t, kind, status) for t, kind, status in self.records if not 200 <= status < 300]

    def lost_writes(self):
        """Users whose stored bio is older than their last acknowledged write of this phase."""
        lost = []
        for user, n in self.acked.items():
            stored = psql(PRIMARY, f"select bio from user_profiles where user_id = {user}")
            phase, _, number = (stored or "").rpartition("-")
            if n > 0 and (phase != self.phase or int(number) < n):
                lost.append((user, f"{self.phase}-{n}", stored))
        return lost

    def acknowledged(self):
        return sum(self.acked.values())


def kill(writers):
    with Load(writers, "kill") as load:
        time.sleep(4)
        killed_at = time.time()
        os.kill(pid(2), 9)
        down = wait_until(lambda: server_status("app2").startswith("DOWN"), DETECTION_SECONDS + 10)
        detected = time.time() - killed_at
        time.sleep(2)
        rejoined = start(2)
        time.sleep(2)
    failures = load.failures()
    late = [f for f in failures if not killed_at <= f[0] <= killed_at + DETECTION_SECONDS]
    answered_after = sum(1 for t, _, s in load.records if t > killed_at + DETECTION_SECONDS and 200 <= s < 300)
    if failures:
        print(f"      failures from {failures[0][0] - killed_at:+.1f} s to {failures[-1][0] - killed_at:+.1f} s "
              "after the kill", flush=True)
    result("kill", down and detected <= DETECTION_SECONDS + 1,
           f"HAProxy marks the killed instance DOWN within inter x fall = {DETECTION_SECONDS:.0f} s",
           f"DOWN after {detected:.1f} s")
    result("kill", not late and answered_after > 0,
           f"errors only within those {DETECTION_SECONDS:.0f} s, and answers after them",
           f"{len(load.records)} requests, {len(failures)} failed {sorted({s for _, _, s in failures})}, "
           f"{len(late)} outside the window, {answered_after} answered after it")
    lost = load.lost_writes()
    result("kill", not lost, "no acknowledged write lost", f"{load.acknowledged()} acknowledged, lost: {lost}")
    result("kill", rejoined, "the instance rejoins when started again", f"app2 {server_status('app2')}")


def rolling(writers):
    stopped = []
    with Load(writers, "rolling") as load:
        time.sleep(2)
        for n in APPS:
            process = pid(n)
            os.kill(process, 15)
            stopped.append(wait_until(lambda: not alive(process), 60))
            stopped[-1] = stopped[-1] and start(n)
    failures = load.failures()
    result("rolling", not failures and all(stopped) and len(load.records) > 0,
           "rolling restart (SIGTERM, start, UP again) of all three under load: no failed request",
           f"{len(load.records)} requests, {len(failures)} failed {sorted({s for _, _, s in failures})}, "
           f"each stopped and back: {stopped}")
    lost = load.lost_writes()
    result("rolling", not lost, "no acknowledged write lost", f"{load.acknowledged()} acknowledged, lost: {lost}")


# --- replica ------------------------------------------------------------------------------------------------------
def replica(writer):
    written = f"written during replay pause {time.time_ns()}"
    psql(REPLICA, "select pg_wal_replay_pause()")
    try:
        status = call(LB, "PUT", "/users/me/profile", {"bio": written}, writer["token"])[0]
        own = [bio_of(call(LB, "GET", f"/users/{writer['id']}", token=writer["token"])[1]) for _ in range(6)]
        own += [(call(LB, "GET", "/users/me/profile", token=writer["token"])[1] or {}).get("bio") for _ in range(6)]
        public = [bio_of(call(LB, "GET", f"/users/{writer['id']}")[1]) for _ in range(6)]
    finally:
        psql(REPLICA, "select pg_wal_replay_resume()")
    fresh = own.count(written)
    result("replica", status == 200 and fresh == len(own),
           "with replay paused on the replica, the writer's own reads never lag",
           f"own reads through HAProxy fresh: {fresh} of {len(own)}")
    stale = sum(1 for b in public if b != written)
    caught_up = wait_until(lambda: bio_of(call(LB, "GET", f"/users/{writer['id']}")[1]) == written, 15)
    result("replica", stale == len(public) and caught_up,
           "anonymous reads come from the replica: they lag while replay is paused, then catch up",
           f"stale while paused: {stale} of {len(public)}; caught up after resume: {caught_up}")
    subprocess.run((["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else [])
                   + [f"{PG_BIN}/pg_ctl", "-D", f"{W}/replica", "-m", "fast", "stop"], capture_output=True)
    answers = [call(LB, "GET", f"/users/{writer['id']}")[0] for _ in range(15)]
    answers += [call(LB, "GET", "/users?limit=20")[0] for _ in range(15)]
    result("replica", answers == [200] * 30, "replica stopped: public reads keep being answered",
           f"{answers.count(200)} of {len(answers)} answered 200")


def main():
    began = time.monotonic()
    writers = [account(APPS[1 + i % 3], f"writer{i}") for i in range(4)]
    phases = [("limits", lambda: (limits(account(APPS[1], "victim")), address_limits())),
              ("revocation", revocation), ("kill", lambda: kill(writers)), ("rolling", lambda: rolling(writers)),
              ("replica", lambda: replica(writers[0]))]
    for name, phase in phases:
        started = time.monotonic()
        phase()
        print(f"      ({name}: {time.monotonic() - started:.0f} s)", flush=True)
    print(f"\n== final report (checks took {time.monotonic() - began:.0f} s)")
    for scenario, status, target, _ in RESULTS:
        print(f"{status:4}  {scenario:10} {target}")
    failed = any(status == "FAIL" for _, status, _, _ in RESULTS)
    print("== some checks failed" if failed else "== all checks passed")
    sys.exit(1 if failed else 0)


main()
