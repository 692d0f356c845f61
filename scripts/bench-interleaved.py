#!/usr/bin/env python3
# Interleaved start-up benchmark: runs each command once per round, round after round, so that a shared
# machine's load falls on every case alike; prints wall min and median, and the median CPU of the process
# with its waited-for children (git) from wait4, and each median as a ratio to the first case.
# Usage: scripts/bench-interleaved.py RUNS CWD -- name cmd args... -- name cmd args...   (a first round warms up)
# Example (in the repository scripts/bench-staged.sh builds): see docs/performance.md, "Second pass".
import os, sys, time, subprocess, statistics
runs = int(sys.argv[1]); cwd = sys.argv[2]
rest = sys.argv[3:]; cases = []; cur = None
for a in rest:
    if a == '--': cur = []; cases.append(cur)
    else: cur.append(a)
cases = [(c[0], c[1:]) for c in cases]
res = {n: ([], []) for n, _ in cases}
print(f"load {os.getloadavg()[0]:.2f}")
for i in range(runs + 1):
    for n, cmd in cases:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, st, ru = os.wait4(p.pid, 0)
        w = (time.perf_counter() - t0) * 1000
        if i == 0: continue
        res[n][0].append(w); res[n][1].append((ru.ru_utime + ru.ru_stime) * 1000)
base = None
for n, (w, c) in res.items():
    mw, mc = statistics.median(w), statistics.median(c)
    if base is None: base = (mw, mc)
    print(f"{n:28s} wall min {min(w):6.0f} med {mw:6.0f}  cpu med {mc:6.0f}  x{mw/base[0]:.2f} wall x{mc/base[1]:.2f} cpu")
print(f"load {os.getloadavg()[0]:.2f}")
