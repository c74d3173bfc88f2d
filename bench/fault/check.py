#!/usr/bin/env python3
"""Reads what load.py recorded and what the database holds, and prints the scenario's report.

    check.py RESULT_FILE DB_DUMP_FILE EVENTS_FILE SCENARIO
DB_DUMP_FILE: "user_id|bio" lines from the database after the run; EVENTS_FILE: "epoch name" lines
(db_stopped, db_started, sigterm) and probe lines "epoch probe path status".
"""
import collections
import json
import sys

result_file, dump_file, events_file, scenario = sys.argv[1:5]
data = json.load(open(result_file))
records = data["records"]
stored = dict(line.strip().split("|", 1) for line in open(dump_file) if "|" in line)
events, probes = {}, []
for line in open(events_file):
    parts = line.split()
    if len(parts) == 2:
        events[parts[1]] = float(parts[0])
    elif len(parts) == 4:
        probes.append((float(parts[0]), parts[2], parts[3]))

verdicts = []


def verdict(name, ok, detail):
    verdicts.append(ok)
    print(f"  {'PASS' if ok else 'FAIL'}  {name}: {detail}")


by_status = collections.Counter(str(r["status"]) for r in records)
print(f"== {scenario}: {len(records)} requests; by status: {dict(sorted(by_status.items()))}")

server_errors = [r for r in records if isinstance(r["status"], int) and r["status"] >= 500 and r["status"] != 503]
verdict("no 5xx other than 503", not server_errors, f"{len(server_errors)} found")
unavailable = [r for r in records if r["status"] == 503]
verdict("every 503 carries Retry-After", all(r["retry_after"] for r in unavailable), f"{len(unavailable)} answers of 503")

lost = []
for user in data["users"]:
    acknowledged = [r["seq"] for r in records if r["kind"] == "write" and r["user"] == user and r["status"] == 200]
    if not acknowledged:
        continue
    bio = stored.get(str(user), "")
    stored_seq = int(bio.rsplit("-", 1)[1]) if bio.startswith("w-") else -1
    if stored_seq < max(acknowledged):
        lost.append((user, max(acknowledged), bio))
verdict("every acknowledged write is in the database", not lost, f"lost: {lost}" if lost else
        f"{sum(1 for r in records if r['kind'] == 'write' and r['status'] == 200)} acknowledged writes checked")

if scenario == "outage":
    stopped, started = events["db_stopped"], events["db_started"]
    during = [r for r in records if stopped + 0.5 < r["t"] < started]
    slowest = max((r["elapsed"] for r in during), default=0)
    verdict("answers during the outage within about 3 s", slowest <= 3.5, f"slowest {slowest:.2f} s over {len(during)} answers")
    ready_down = any(status != "200" for t, path, status in probes if path == "/readyz" and stopped < t < started)
    live_up = all(status == "200" for t, path, status in probes if path == "/livez")
    verdict("readiness DOWN during the outage", ready_down, "probed every 0.5 s")
    verdict("liveness UP throughout", live_up, "probed every 0.5 s")
    recovered = min((r["t"] for r in records if r["kind"] == "write" and r["status"] == 200 and r["t"] > started), default=None)
    recovery = (recovered - started) if recovered else float("inf")
    verdict("writes succeed again within 5 s of the database returning", recovery <= 5, f"{recovery:.2f} s")
else:
    term = events["sigterm"]
    after = [r for r in records if r["t"] > term]
    hung = [r for r in after if r["elapsed"] > 9]
    verdict("no request hangs after SIGTERM", not hung, f"{len(hung)} over 9 s")
    in_flight_failed = [r for r in records if r["t"] - r["elapsed"] < term < r["t"] and not isinstance(r["status"], int)]
    verdict("requests in flight at SIGTERM complete", not in_flight_failed, f"{len(in_flight_failed)} cut off")
    print(f"  info  after SIGTERM: {dict(collections.Counter(str(r['status']) for r in after))}; service exit code {events.get('exit_code', '?')}")

sys.exit(0 if all(verdicts) else 1)
