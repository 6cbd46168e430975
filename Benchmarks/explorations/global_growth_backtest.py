"""The global growth model's rolling-origin backtest as auto runs it, in numpy, before building it in Swift
(issue 15): every origin with at least 5 training years, horizons up to H, the model at an origin year fitted on
the windows whose targets were observed by then; pooled MASE of drift, global and their mean over the same
records (what auto's choice compares), then the test years.

    python3 Benchmarks/explorations/global_growth_backtest.py FILE H [holdout]
    # FILE in the M1 layout series,year,value,part; "holdout": each series' last H training years as the test,
    # series with 7 training years before them (as explorations/holdout.py and the Benchmarks/README.md table)
"""
import sys, bisect
from collections import defaultdict
import numpy as np
from m1_layout import load, backtest_mase
path, H = sys.argv[1], int(sys.argv[2]); holdout = len(sys.argv) > 3
S = [(years, train, test) for _, years, train, test in load(path, holdout=H if holdout else None)]
first = 2
# windows per horizon: (endyear, x(2), target, weight)
def build(S):
    W = {}
    for h in range(1, H + 1):
        ends, XX, XY = [], [], []
        for yrs, y, _ in S:
            if (y <= 0).any(): continue
            z = np.log(y); n = len(z)
            ts = range(first, n - h)
            if len(ts) == 0: continue
            w = 1.0 / len(ts)
            for t in ts:
                x = np.array([1.0, (z[t] - z[0]) / t]); tg = (z[t + h] - z[t]) / h
                ends.append(yrs[t + h]); XX.append(w * np.outer(x, x)); XY.append(w * x * tg)
        o = np.argsort(ends, kind="stable")
        ends = np.array(ends)[o]; cXX = np.cumsum(np.array(XX)[o], axis=0); cXY = np.cumsum(np.array(XY)[o], axis=0)
        W[h] = (ends, cXX, cXY)
    return W
W = build(S)
def coef(h, Y):
    ends, cXX, cXY = W[h]
    k = bisect.bisect_right(ends, Y)
    if k < 10: return None
    A = cXX[k - 1] + 1e-9 * np.eye(2); return np.linalg.solve(A, cXY[k - 1])
def gl(yrs, y, o, h, Y):
    if (y[:o+1] <= 0).any(): return None
    z = np.log(y[:o + 1]); b = coef(h, Y)
    if b is None: return None
    return float(np.exp(z[o] + h * (b[0] + b[1] * (z[o] - z[0]) / o)))
m = backtest_mase(load(path, holdout=H if holdout else None), H, lambda yrs, y, o, h: gl(yrs, y, o, h, yrs[o]))
print("backtest pooled MASE drift %.4f global %.4f mean %.4f (%d)" % m)
# final test
W = build(S)
sm, ms = defaultdict(list), defaultdict(list)
for yrs, y, te in S:
    n = len(y); sc = np.mean(abs(np.diff(y)))
    fs = {}
    d = np.array([y[-1] + h * (y[-1] - y[0]) / (n - 1) for h in range(1, len(te) + 1)])
    g = np.array([gl(yrs, y, n - 1, h, 10**9) or d[h-1] for h in range(1, len(te) + 1)])
    for name, f in (("drift", d), ("global", g), ("mean", (g + d) / 2)):
        sm[name] += list(200 * abs(te - f) / (abs(te) + abs(f))); ms[name].append(np.mean(abs(te - f)) / sc)
for k in sm: print("%s test %.2f %.3f" % (k, np.mean(sm[k]), np.mean(ms[k])))
