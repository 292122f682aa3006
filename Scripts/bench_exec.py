#!/usr/bin/env python3
"""Run one measured command for Scripts/bench and append its result to a JSON-lines file.

    bench_exec.py RESULTS NAME ROUND LOG -- CMD...   run CMD, record wall time, peak RSS, stats
    bench_exec.py RESULTS NAME --skip REASON         record that NAME was not measured

Wall time is taken around fork/exec/wait; peak memory is the child's own ru_maxrss from
wait4 (KB on Linux), so it is exact per run and includes nothing of this wrapper. The stats
are the key=value pairs of the last stdout line that has any (e.g. `files=1 cells=2`).
A command that times itself reports `timed=SECONDS timed_cpu=SECONDS` there (probis-floor:
its untimed setup reads the cells into memory); those then stand for the wall and CPU time,
and the whole process's wall time is kept as `process_seconds`.
Exit status: 0, or the command's non-zero status (after recording it).
"""
import json
import os
import re
import subprocess
import sys
import time

PAIR = re.compile(r"([A-Za-z_][\w-]*)=(\S+)")


def record(results, rec):
    with open(results, "a") as f:
        f.write(json.dumps(rec) + "\n")


def main():
    argv = sys.argv[1:]
    if len(argv) >= 4 and argv[2] == "--skip":
        record(argv[0], {"name": argv[1], "skipped": argv[3]})
        return 0
    results, name, rnd, log = argv[:4]
    assert argv[4] == "--", "usage: bench_exec.py RESULTS NAME ROUND LOG -- CMD..."
    cmd = argv[5:]
    with open(log, "wb") as out, open(log + ".err", "wb") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t0
    p.returncode = code = os.waitstatus_to_exitcode(status)
    stats = {}
    with open(log, "rb") as f:
        for line in f.read().decode("utf-8", "replace").splitlines():
            pairs = PAIR.findall(line)
            if pairs:
                stats = {}
                for k, v in pairs:
                    try:
                        stats[k] = int(v)
                    except ValueError:
                        try:
                            stats[k] = float(v)
                        except ValueError:
                            stats[k] = v
    rec = {"name": name, "round": int(rnd), "seconds": dt, "maxrss_kb": ru.ru_maxrss,
           "user": ru.ru_utime, "sys": ru.ru_stime, "exit": code, "stats": stats, "log": log, "cmd": cmd}
    if isinstance(stats.get("timed"), (int, float)):
        rec.update(process_seconds=dt, seconds=float(stats["timed"]), user=float(stats.get("timed_cpu", 0)), sys=0.0)
    record(results, rec)
    return code if code > 0 else (1 if code < 0 else 0)


if __name__ == "__main__":
    sys.exit(main())
