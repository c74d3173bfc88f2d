#!/usr/bin/env python3
"""Bounded load for the fault scenarios: each worker owns one user and alternates a profile write (a new,
numbered bio each time) with a read, recording every answer. Afterwards it checks that every write the service
acknowledged with 200 is still in the database.

    load.py BASE_URL SECONDS WORKERS RESULT_FILE
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request

base, seconds, workers, result_file = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]


def call(method, path, body=None, token=None, timeout=10):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    started = time.time()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null"), dict(response.headers), time.time() - started
    except urllib.error.HTTPError as error:
        return error.code, None, dict(error.headers), time.time() - started
    except Exception as error:  # refused, reset, timed out: the service is not answering
        return "conn:" + type(error).__name__, None, {}, time.time() - started


def account(i):
    email = f"fault-{i}-{time.time_ns()}@example.com"
    password = "fault scenario password"
    status, user, _, _ = call("POST", "/users/register", {"email": email, "name": f"Fault {i}", "password": password})
    assert status == 201, status
    status, token, _, _ = call("POST", "/auth/token", {"email": email, "password": password})
    assert status == 200, status
    return user["id"], token["access_token"]


records = []
lock = threading.Lock()


def worker(i, user_id, token, deadline):
    sequence = 0
    while time.time() < deadline:
        sequence += 1
        bio = f"w-{i}-{sequence}"
        status, _, headers, elapsed = call("PUT", "/users/me/profile", {"bio": bio}, token)
        read_status, _, read_headers, read_elapsed = call("GET", f"/users/{user_id}")
        with lock:
            records.append({"t": time.time(), "kind": "write", "user": user_id, "seq": sequence, "status": status,
                            "elapsed": elapsed, "retry_after": headers.get("Retry-After")})
            records.append({"t": time.time(), "kind": "read", "user": user_id, "status": read_status,
                            "elapsed": read_elapsed, "retry_after": read_headers.get("Retry-After")})
        if not isinstance(status, int):
            time.sleep(0.1)


users = [account(i) for i in range(workers)]
deadline = time.time() + seconds
threads = [threading.Thread(target=worker, args=(i, uid, token, deadline)) for i, (uid, token) in enumerate(users)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
json.dump({"users": [u for u, _ in users], "records": records}, open(result_file, "w"))
