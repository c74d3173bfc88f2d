#!/usr/bin/env python3
"""Load client of the fault scenarios (bench/fault/run.sh). Standard library only.

    load.py setup BASE_URL USERS COUNT
        registers COUNT users and signs each in; writes [{id, email, password, token}, ...] to USERS.

    load.py run BASE_URL ACTUATOR_URL USERS RECORDS STOP_FILE MAX_SECONDS
        until STOP_FILE exists (or MAX_SECONDS pass), runs
          - one writer thread per user but the last: PUT /users/me/profile with bio "w-<user>-<seq>" (a new value
            each time), then GET /users/{id}, then a short pause;
          - one slow writer, the last user: the same PUT, its body sent in four pieces half a second apart;
          - one thread signing in (POST /auth/token) every half second, a slower request (the password hash);
          - one prober: every half second ACTUATOR_URL/actuator/health/{readiness,liveness} and /readyz, /livez
            on BASE_URL;
        and writes every request to RECORDS, one JSON object a line:
          {kind, method, path, user, seq, start, end, status, retry_after}
        where status is the HTTP status, or what went wrong before one arrived: "refused" (connection refused),
        "connect-timeout", "timeout" (no answer in time), "reset" (connection reset by the peer) or "closed"
        (closed without a complete answer).

Every request opens a new connection, so that after SIGTERM each request also tells whether new connections
are still taken.
"""
import http.client
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

REQUEST_TIMEOUT = 10.0  # longer than any answer should take: a request that runs into it has hung
PROBE_TIMEOUT = 5.0
WRITER_PAUSE = 0.05  # keeps the load modest: a few hundred requests a second at most


def call(base, method, path, body=None, token=None, timeout=REQUEST_TIMEOUT, content_type="application/json",
         dribble=0.0):
    """One request on a new connection: (status or failure, headers, body bytes, start, end). With dribble, the
    body goes in four pieces that far apart, so that the request is in flight for a while."""
    url = urllib.parse.urlsplit(base)
    headers = {"Connection": "close"}
    if body is not None:
        headers["Content-Type"] = content_type
        body = body if isinstance(body, bytes) else json.dumps(body).encode()
    if token:
        headers["Authorization"] = "Bearer " + token
    start = time.time()
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        try:
            connection.connect()
        except ConnectionRefusedError:
            return "refused", {}, b"", start, time.time()
        except (socket.timeout, TimeoutError):
            return "connect-timeout", {}, b"", start, time.time()
        try:
            if dribble and body:
                connection.putrequest(method, path, skip_accept_encoding=True)
                for name, value in {**headers, "Content-Length": str(len(body))}.items():
                    connection.putheader(name, value)
                connection.endheaders()
                piece = -(-len(body) // 4)
                for i in range(0, len(body), piece):
                    time.sleep(dribble)
                    connection.send(body[i:i + piece])
            else:
                connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data, start, time.time()
        except (socket.timeout, TimeoutError):
            return "timeout", {}, b"", start, time.time()
        except (http.client.RemoteDisconnected, http.client.IncompleteRead):
            return "closed", {}, b"", start, time.time()
        except ConnectionError:  # reset, broken pipe
            return "reset", {}, b"", start, time.time()
        except Exception as error:  # anything else: name it in the report
            return "error:" + type(error).__name__, {}, b"", start, time.time()
    finally:
        connection.close()


def setup(base, users_file, count):
    users = []
    stamp = time.time_ns()
    for i in range(count):
        email = f"fault-{stamp}-{i}@example.com"
        password = f"fault scenario {stamp} {i}"
        status, _, data, _, _ = call(base, "POST", "/users/register",
                                     {"email": email, "name": f"Fault {i}", "password": password})
        if status != 201:
            sys.exit(f"register {email}: {status} {data[:300]!r}")
        user_id = json.loads(data)["id"]
        status, _, data, _, _ = call(base, "POST", "/auth/token", {"email": email, "password": password})
        if status != 200:
            sys.exit(f"sign in {email}: {status} {data[:300]!r}")
        users.append({"id": user_id, "email": email, "password": password,
                      "token": json.loads(data)["access_token"]})
    with open(users_file, "w") as out:
        json.dump(users, out)
    print(f"registered and signed in {count} users: ids {[u['id'] for u in users]}")


def run(base, actuator, users_file, records_file, stop_file, max_seconds):
    users = json.load(open(users_file))
    records, lock = [], threading.Lock()
    deadline = time.time() + max_seconds

    def going():
        return time.time() < deadline and not os.path.exists(stop_file)

    def record(kind, method, path, outcome, user=None, seq=None):
        status, headers, _, start, end = outcome
        with lock:
            records.append({"kind": kind, "method": method, "path": path, "user": user, "seq": seq,
                            "start": start, "end": end, "status": status,
                            "retry_after": headers.get("retry-after")})
        if not isinstance(status, int):
            time.sleep(0.1)  # the service is not answering: do not spin

    def writer(user):
        seq = 0
        while going():
            seq += 1
            outcome = call(base, "PUT", "/users/me/profile", {"bio": f"w-{user['id']}-{seq}"}, user["token"])
            record("write", "PUT", "/users/me/profile", outcome, user["id"], seq)
            path = f"/users/{user['id']}"
            record("read", "GET", path, call(base, "GET", path), user["id"])
            time.sleep(WRITER_PAUSE)

    def slow_writer(user):  # a slow client: each write takes about two seconds to send, so one is always in flight
        seq = 0
        while going():
            seq += 1
            outcome = call(base, "PUT", "/users/me/profile", {"bio": f"w-{user['id']}-{seq}"}, user["token"],
                           dribble=0.5)
            record("write", "PUT", "/users/me/profile (slow)", outcome, user["id"], seq)

    def signer(user):
        form = urllib.parse.urlencode({"username": user["email"], "password": user["password"]}).encode()
        while going():
            outcome = call(base, "POST", "/auth/token", form, content_type="application/x-www-form-urlencoded")
            record("signin", "POST", "/auth/token", outcome, user["id"])
            time.sleep(0.5)

    def prober():
        targets = [(actuator, "/actuator/health/readiness"), (actuator, "/actuator/health/liveness"),
                   (base, "/readyz"), (base, "/livez")]
        while going():
            for target, path in targets:
                outcome = call(target, "GET", path, timeout=PROBE_TIMEOUT)
                record("probe", "GET", ("mgmt:" if target != base else "") + path, outcome)
            time.sleep(0.5)

    threads = [threading.Thread(target=writer, args=(u,)) for u in users[:-1]]
    threads += [threading.Thread(target=slow_writer, args=(users[-1],)),
                threading.Thread(target=signer, args=(users[0],)), threading.Thread(target=prober)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open(records_file, "w") as out:
        for r in sorted(records, key=lambda r: r["start"]):
            out.write(json.dumps(r) + "\n")
    print(f"load: {len(records)} requests recorded")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "setup":
        setup(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) == 8 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], float(sys.argv[7]))
    else:
        sys.exit(__doc__)
