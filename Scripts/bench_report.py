#!/usr/bin/env python3
"""Summarise Scripts/bench results (JSON lines from bench_exec.py) as a table.

    bench_report.py RESULTS --ref calamine [--ratio A:B]... [--workbooks NAME:COUNT]... [--target SPEC]...

Each measure: best (min) wall time over its rounds, the slowest round, CPU time of the best
round, cells (from its stats line), cells/s at the best time, peak RSS (max over rounds).
--workbooks NAME:COUNT says how many workbooks NAME read: its time per workbook is then shown
(Scripts/bench --scale compares it between a corpus and one N times as large).
Targets (SPEC):
    time:A:B:LIMIT               best time of A / best time of B < LIMIT
    time-per-workbook:A:B:LIMIT  the same, each time divided by its --workbooks count
    peak:A:LIMIT                 peak RSS of A in MB < LIMIT
    peak:A:B:LIMIT               peak RSS of A / peak RSS of B < LIMIT
Cell counts of every measure that reports cells= are checked against the reference.
Prints PASS / MISS / SKIP per target. Exit 0 unless RESULTS has a failed run (exit 1).
"""
import argparse
import json
from collections import OrderedDict


def load(path):
    runs = OrderedDict()
    skipped = OrderedDict()
    for line in open(path):
        r = json.loads(line)
        if "skipped" in r:
            skipped[r["name"]] = r["skipped"]
        else:
            runs.setdefault(r["name"], []).append(r)
    return runs, skipped


def summary(rs):
    ok = [r for r in rs if r["exit"] == 0]
    if not ok:
        return None
    best = min(ok, key=lambda r: r["seconds"])
    return {
        "best": best["seconds"],
        "worst": max(r["seconds"] for r in ok),
        "cpu": best["user"] + best["sys"],
        "peak_mb": max(r["maxrss_kb"] for r in ok) / 1024.0,
        "stats": best["stats"],
        "rounds": len(ok),
        "failed": len(rs) - len(ok),
        "cells_seen": sorted({r["stats"].get("cells") for r in ok if "cells" in r["stats"]}),
    }


def check_target(spec, S, workbooks):
    """(PASS/MISS/SKIP, label, detail) of one --target SPEC."""
    parts = spec.split(":")
    kind, names, lim = parts[0], parts[1:-1], float(parts[-1])
    missing = ["%s not measured" % n for n in names if not S.get(n)]
    per = lambda n, key: S[n][key] / workbooks[n]
    if kind == "peak" and len(names) == 1:
        label = "%s peak memory < %g MB" % (names[0], lim)
        value, shown = lambda: S[names[0]]["peak_mb"], "%.1f MB"
    elif kind == "peak" and len(names) == 2:
        label = "%s / %s peak memory < %g" % (names[0], names[1], lim)
        value, shown = lambda: S[names[0]]["peak_mb"] / S[names[1]]["peak_mb"], "%.3f"
    elif kind == "time" and len(names) == 2:
        label = "%s / %s time < %g" % (names[0], names[1], lim)
        value, shown = lambda: S[names[0]]["best"] / S[names[1]]["best"], "%.3f"
    elif kind == "time-per-workbook" and len(names) == 2:
        label = "%s / %s time per workbook < %g" % (names[0], names[1], lim)
        missing += ["%s has no --workbooks count" % n for n in names if n not in workbooks]
        value = lambda: per(names[0], "best") / per(names[1], "best")
        cpu = lambda: per(names[0], "cpu") / per(names[1], "cpu") if S[names[1]]["cpu"] else 0
        shown = "%.3f; cpu " + ("%.3f" % cpu() if not missing else "")
    else:
        raise SystemExit("bad target spec: " + spec)
    if missing:
        return "SKIP", label, missing[0]
    v = value()
    return "PASS" if v < lim else "MISS", label, shown % v


def fmt_int(n):
    return "{:,}".format(n) if isinstance(n, int) else "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--ref", default="calamine")
    ap.add_argument("--ratio", action="append", default=[])
    ap.add_argument("--workbooks", action="append", default=[], metavar="NAME:COUNT")
    ap.add_argument("--target", action="append", default=[])
    a = ap.parse_args()
    runs, skipped = load(a.results)
    S = {n: summary(rs) for n, rs in runs.items()}
    workbooks = {n: int(c) for n, c in (spec.rsplit(":", 1) for spec in a.workbooks)}
    failed = False

    print()
    print("%-20s %9s %9s %9s %12s %12s %8s %6s" % ("measure", "best s", "worst s", "cpu s", "cells", "cells/s", "peak MB", "runs"))
    print("-" * 92)
    for n, s in S.items():
        if s is None:
            print("%-20s FAILED in every round (see %s)" % (n, runs[n][-1]["log"] + ".err"))
            failed = True
            continue
        cells = s["stats"].get("cells")
        rate = "{:,.0f}".format(cells / s["best"]) if isinstance(cells, int) and s["best"] > 0 else "-"
        print("%-20s %9.3f %9.3f %9.3f %12s %12s %8.1f %6d" % (
            n, s["best"], s["worst"], s["cpu"], fmt_int(cells), rate, s["peak_mb"], s["rounds"]))
        if s["failed"]:
            print("%-20s   (%d round(s) failed, see %s)" % ("", s["failed"], runs[n][-1]["log"] + ".err"))
            failed = True
    for n, why in skipped.items():
        print("%-20s SKIPPED: %s" % (n, why))

    # extra facts from the stats lines
    for n, s in S.items():
        if s and s["stats"]:
            print("  %-14s %s" % (n + ":", " ".join("%s=%s" % kv for kv in s["stats"].items())))

    if a.ratio:
        print()
        print("ratios (< 1 means faster than the right-hand side):")
        print("  %-24s %7s %7s" % ("", "wall", "cpu"))
        for spec in a.ratio:
            x, y = spec.split(":")
            if S.get(x) and S.get(y):
                print("  %-24s %7.3f %7.3f" % ("%s / %s" % (x, y), S[x]["best"] / S[y]["best"],
                                               S[x]["cpu"] / S[y]["cpu"] if S[y]["cpu"] else 0))
            else:
                print("  %-24s %7s %7s" % ("%s / %s" % (x, y), "n/a", "n/a"))
        print("  (wall: best wall times, the figure the targets use; cpu: user+sys of those runs)")

    measured = [n for n in workbooks if S.get(n)]
    if measured:
        print()
        print("per workbook (best time / workbooks read; cpu: user+sys of that run):")
        print("  %-16s %10s %9s %9s %8s" % ("", "workbooks", "ms wall", "ms cpu", "peak MB"))
        for n in measured:
            print("  %-16s %10s %9.3f %9.3f %8.1f" % (n, fmt_int(workbooks[n]), 1000 * S[n]["best"] / workbooks[n],
                                                   1000 * S[n]["cpu"] / workbooks[n], S[n]["peak_mb"]))

    print()
    # A corpus of another format (calamine-ods beside probis-ods-1) has a reference of its own.
    tags = [k[len(a.ref) + 1:] for k in S if k.startswith(a.ref + "-")]
    for n, s in S.items():
        if not s:
            continue
        if len(s["cells_seen"]) > 1:
            print("WARNING: %s reported different cell counts across rounds: %s" % (n, s["cells_seen"]))
        if s["stats"].get("errors", 0):
            print("WARNING: %s reported errors=%s" % (n, s["stats"]["errors"]))
        tag = next((t for t in tags if "-%s" % t in n and n != a.ref + "-" + t), None)
        ref_name = a.ref + "-" + tag if tag else a.ref
        ref = S.get(ref_name)
        ref_stats = ref["stats"] if ref else {}
        if n == a.ref or n == ref_name or n in (a.ref + "-" + t for t in tags) or "cells" not in s["stats"] \
                or "cells" not in ref_stats:
            continue
        diffs = []
        for k in ("files", "sheets", "cells"):
            if k in s["stats"] and k in ref_stats and s["stats"][k] != ref_stats[k]:
                d = s["stats"][k] - ref_stats[k]
                diffs.append("%s %s vs %s (%+d, %+.3f%%)" % (k, fmt_int(s["stats"][k]), fmt_int(ref_stats[k]), d,
                                                          100.0 * d / ref_stats[k] if ref_stats[k] else 0))
        if diffs:
            print("WARNING: %s disagrees with %s: %s" % (n, ref_name, "; ".join(diffs)))
        else:
            print("ok: %s agrees with %s on files/sheets/cells (%s cells)" % (n, ref_name, fmt_int(ref_stats["cells"])))

    rows = [check_target(spec, S, workbooks) for spec in a.target]
    if rows:
        print()
        print("targets:")
        width = max(len(label) for _, label, _ in rows)
    for verdict, label, detail in rows:
        print("  %-4s %-*s (%s)" % (verdict, width, label, detail))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
