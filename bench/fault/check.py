#!/usr/bin/env python3
"""Judges one fault scenario from what load.py recorded, what run.sh noted and what the database holds.

    check.py outage|shutdown RECORDS EVENTS DB_DUMP USERS SUMMARY
    check.py log SERVICE_LOG

RECORDS: load.py's JSON lines. EVENTS: "name epoch [value]" lines from run.sh (db_stopped, db_back, sigterm,
exit). DB_DUMP: "user_id|bio" lines read from user_profiles with psql after the run. USERS: load.py setup's
file. Prints the scenario's report and appends "scenario<TAB>PASS|FAIL<TAB>target<TAB>detail" lines to
SUMMARY; exits 1 when a target is missed. With "log": counts the service's WARN and ERROR lines by logger,
message and the exception that follows, so that what the service said during the faults shows in the report.
"""
import collections
import json
import re
import sys

OUTAGE_ANSWER_LIMIT = 3.0  # seconds: every answer while the database is down
# Seconds from the database being back to the first acknowledged write. The pool (HikariCP 7) retries a failed
# connection with a backoff that doubles up to a fixed 5 s, so after an outage of more than ~5 s the first
# write waits for the next attempt: anywhere from 0 to ~5 s, depending on where the outage ends in that cycle.
RECOVERY_LIMIT = 5.0
HANG = 5.0  # seconds: a request after SIGTERM that takes longer has hung
SHUTDOWN_LIMIT = 30.0  # seconds from SIGTERM to exit: the 20 s shutdown phase and some margin



def log_summary(log_file):
    entries, lines = collections.Counter(), open(log_file, errors="replace").read().splitlines()
    for i, line in enumerate(lines):
        match = re.match(r"^\S+\s+(WARN|ERROR) \[[^]]*\] \d+ --- \[[^]]*\] \[[^]]*\] (\S+)\s*: (.*)$", line)
        if not match:
            continue
        level, logger, message = match.groups()
        message = re.sub(r"@[0-9a-f]+|\d+ms|\b[0-9a-f-]{36}\b", "…", message)[:110]
        after = next((l for l in lines[i + 1:i + 3] if l.strip()), "")
        thrown = after.split(":")[0] if re.match(r"^[\w.$]+(Exception|Error)\b", after) else ""
        entries[(level, logger.split(".")[-1], message, thrown)] += 1
    print(f"== service log: {sum(n for (lvl, *_), n in entries.items() if lvl == 'ERROR')} ERROR and "
          f"{sum(n for (lvl, *_), n in entries.items() if lvl == 'WARN')} WARN lines")
    for (level, logger, message, thrown), n in entries.most_common(12):
        print(f"  {n:5}  {level:5} {logger}: {message}" + (f"\n                {thrown}" if thrown else ""))


if sys.argv[1] == "log":
    log_summary(sys.argv[2])
    sys.exit(0)

scenario, records_file, events_file, dump_file, users_file, summary_file = sys.argv[1:7]
records = [json.loads(line) for line in open(records_file)]
api = [r for r in records if r["kind"] != "probe"]
probes = [r for r in records if r["kind"] == "probe"]
users = [u["id"] for u in json.load(open(users_file))]
stored = {}
for line in open(dump_file):
    if "|" in line:
        user, bio = line.rstrip("\n").split("|", 1)
        stored[int(user)] = bio
events = {}
for line in open(events_file):
    parts = line.split()
    events[parts[0]] = parts[1:]
at = {name: float(values[0]) for name, values in events.items()}
zero = min(r["start"] for r in records)
missed = []


def verdict(target, ok, detail):
    print(f"  {'PASS' if ok else 'FAIL'}  {target}: {detail}")
    with open(summary_file, "a") as out:
        out.write(f"{scenario}\t{'PASS' if ok else 'FAIL'}\t{target}\t{detail.splitlines()[0]}\n")
    if not ok:
        missed.append(target)


def info(text):
    print(f"  info  {text}")


def describe(r):
    return f"{r['method']} {r['path']} at +{r['start'] - zero:.2f}s -> {r['status']} in {r['end'] - r['start']:.2f}s"


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else 0.0


def counts(rs):
    return dict(sorted(collections.Counter(str(r["status"]) for r in rs).items()))


def latency(rs):
    e = [r["end"] - r["start"] for r in rs]
    return f"p50 {percentile(e, 50):.3f}s, p99 {percentile(e, 99):.3f}s, max {max(e, default=0):.3f}s over {len(e)}"


print(f"== {scenario}: {len(api)} API requests, {len(probes)} probes")
slow = lambda r: r["path"].endswith("(slow)")
for label, test in (("PUT /users/me/profile", lambda r: r["kind"] == "write" and not slow(r)),
                    ("PUT /users/me/profile, slow client", slow),
                    ("GET /users/{id}", lambda r: r["kind"] == "read"),
                    ("POST /auth/token", lambda r: r["kind"] == "signin")):
    info(f"{label} by status: {counts([r for r in api if test(r)])}")
for path in sorted({r["path"] for r in probes}):
    info(f"probe {path} by status: {counts([r for r in probes if r['path'] == path])}")
for name, t in sorted(at.items(), key=lambda kv: kv[1]):
    info(f"{name} at +{t - zero:.2f}s" + (f" ({' '.join(events[name][1:])})" if len(events[name]) > 1 else ""))

server_errors = [r for r in records if isinstance(r["status"], int) and r["status"] >= 500 and r["status"] != 503]
verdict("no 5xx other than 503", not server_errors,
        f"{len(server_errors)} found" + "".join(f"\n          {describe(r)}" for r in server_errors[:20]))
unavailable = [r for r in api if r["status"] == 503]
without = [r for r in unavailable if not r["retry_after"]]
verdict("every 503 carries Retry-After", not without,
        f"{len(unavailable)} answers of 503, {len(without)} without; values seen "
        f"{sorted({r['retry_after'] for r in unavailable if r['retry_after']})}")

# Durability: per user the writes are sequential, so the database must hold the last write acknowledged with
# 200, or a later one whose answer was not 200 (a write that failed or was cut off may still have committed).
lost, later, acknowledged = [], [], 0
for user in users:
    writes = {r["seq"]: r for r in api if r["kind"] == "write" and r["user"] == user}
    acked = [seq for seq, r in writes.items() if r["status"] == 200]
    acknowledged += len(acked)
    if not acked:
        continue
    bio = stored.get(user)
    prefix = f"w-{user}-"
    seq = int(bio[len(prefix):]) if bio and bio.startswith(prefix) else None
    if seq is None or seq < max(acked):
        lost.append(f"user {user}: last acknowledged w-{user}-{max(acked)}, database has {bio!r}")
    elif seq > max(acked):
        later.append(f"user {user}: database has w-{user}-{seq}, answered {writes[seq]['status'] if seq in writes else '?'}")
verdict("every acknowledged write is in the database", not lost,
        f"{acknowledged} writes acknowledged with 200 by {len(users)} users; database read with psql"
        + "".join(f"\n          LOST {x}" for x in lost))
if later:
    info("writes not acknowledged with 200 that the database holds all the same (allowed: the outcome of a "
         "failed commit is unknown to the client): " + "; ".join(later))

if scenario == "outage":
    stopped, back = at["db_stopped"], at["db_back"]
    # the slow client's writes take two seconds to send by design: not counted in the answer times
    during = [r for r in api if r["start"] < back and r["end"] > stopped and not slow(r)]
    info(f"requests overlapping the outage (+{stopped - zero:.2f}s .. +{back - zero:.2f}s): {counts(during)}; "
         f"{latency(during)}")
    dropped = [r for r in records if not isinstance(r["status"], int)]
    verdict("every request got an HTTP answer (none refused, reset, closed or timed out)", not dropped,
            f"{len(dropped)} without" + "".join(f"\n          {describe(r)}" for r in dropped[:10]))
    late = [r for r in during if r["end"] - r["start"] > OUTAGE_ANSWER_LIMIT]
    verdict(f"each answer during the outage within {OUTAGE_ANSWER_LIMIT:.0f} s", during and not late,
            f"{len(late)} slower; {latency(during)}" + "".join(f"\n          {describe(r)}" for r in late[:10]))

    def probed(path, lo, hi):
        return [r for r in probes if r["path"] == path and lo < r["start"] and r["end"] < hi]

    for path in ("mgmt:/actuator/health/readiness", "/readyz"):
        seen = probed(path, stopped, back)
        verdict(f"{path} DOWN during the outage", any(r["status"] == 503 for r in seen),
                f"while down: {counts(seen)}; before: {counts(probed(path, 0, stopped))}")
        up_again = [r["end"] for r in probes if r["path"] == path and r["start"] > back and r["status"] == 200]
        info(f"{path} UP again {min(up_again) - back:.2f}s after the database" if up_again else
             f"{path} not UP again before the load stopped")
    for path in ("mgmt:/actuator/health/liveness", "/livez"):
        seen = [r for r in probes if r["path"] == path]
        verdict(f"{path} UP throughout", seen and all(r["status"] == 200 for r in seen), f"{counts(seen)}")

    first = min((r["end"] for r in api if r["kind"] == "write" and r["status"] == 200 and r["end"] > back),
                default=None)
    info(f"answers of 503 after the database was back: {sum(1 for r in api if r['status'] == 503 and r['end'] > back)}")
    recovery = first - back if first else float("inf")
    verdict(f"first acknowledged write within {RECOVERY_LIMIT:.0f} s of the database being back",
            recovery <= RECOVERY_LIMIT, f"{recovery:.2f} s")
else:
    term = at["sigterm"]
    in_flight = [r for r in api if r["start"] < term < r["end"]]
    cut = [r for r in in_flight if not isinstance(r["status"], int) or r["status"] >= 500]
    verdict("requests in flight at SIGTERM complete", not cut,
            f"{len(in_flight)} in flight ({sum(1 for r in in_flight if slow(r))} from the slow client): "
            f"{len(in_flight) - len(cut)} completed {counts(in_flight)}, {len(cut)} failed"
            + "".join(f"\n          {describe(r)}" for r in cut[:10]))
    after = [r for r in records if r["start"] >= term]
    info(f"requests started after SIGTERM: {counts(after)}; {latency(after)}")
    hung = [r for r in after if r["end"] - r["start"] > HANG or r["status"] in ("timeout", "connect-timeout")]
    failed = [r for r in after if isinstance(r["status"], int) and r["status"] >= 500 and r["status"] != 503]
    verdict("new requests after SIGTERM: no hang, no 5xx but 503", not hung and not failed,
            f"{len(hung)} hung, {len(failed)} answered 5xx"
            + "".join(f"\n          {describe(r)}" for r in (hung + failed)[:10]))
    unclean = [r for r in after if r["status"] in ("reset", "closed") or str(r["status"]).startswith("error")]
    verdict("new connections after SIGTERM served, refused or 503, none reset or closed unanswered",
            not unclean, f"{len(unclean)} not" + "".join(f"\n          {describe(r)}" for r in unclean[:10]))
    code, exited = events["exit"][1], at["exit"]
    verdict(f"service exits by itself within {SHUTDOWN_LIMIT:.0f} s, code 0 or 143 (SIGTERM)",
            code in ("0", "143") and exited - term <= SHUTDOWN_LIMIT,
            f"exit code {code} {exited - term:.2f}s after SIGTERM")

sys.exit(1 if missed else 0)
