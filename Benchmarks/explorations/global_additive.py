"""A global additive-drift model, measured and not built (issue 15): per horizon one pooled regression of the
yearly change ahead in units of the series' mean absolute change to date, on 1, the drift to date and (K = 3) the
last change in the same units; rolling origins as auto's, the model at each origin year fitted on the windows
observed by then. Prints the backtest MASE of drift, the model and their mean, then the test years.

    python3 Benchmarks/explorations/global_additive.py FILE H [holdout|x] [K]
"""
# global additive-drift model: target (y[t+h]-y[t])/(h*s_t), regressors 1, d_t/s_t (+ last change / s_t)
import sys, bisect
from collections import defaultdict
import numpy as np
from m1_layout import load, backtest_mase
path, H = sys.argv[1], int(sys.argv[2]); holdout = len(sys.argv) > 3 and sys.argv[3] == "holdout"
K = int(sys.argv[4]) if len(sys.argv) > 4 else 2
S = [(years, train, test) for _, years, train, test in load(path, holdout=H if holdout else None)]
first = 2
def feat(y, t):
    s = np.mean(abs(np.diff(y[:t + 1])))
    if s == 0: return None, None
    d = (y[t] - y[0]) / t
    x = [1.0, d / s, (y[t] - y[t-1]) / s][:K]
    return np.array(x), s
def build():
    W = {}
    for h in range(1, H + 1):
        ends, XX, XY = [], [], []
        for yrs, y, _ in S:
            n = len(y); rows_ = []
            for t in range(first, n - h):
                x, s = feat(y, t)
                if x is None: continue
                rows_.append((yrs[t + h], x, (y[t + h] - y[t]) / (h * s)))
            for e, x, tg in rows_:
                w = 1 / len(rows_); ends.append(e); XX.append(w * np.outer(x, x)); XY.append(w * x * tg)
        o = np.argsort(ends, kind="stable")
        W[h] = (np.array(ends)[o], np.cumsum(np.array(XX)[o], axis=0), np.cumsum(np.array(XY)[o], axis=0))
    return W
W = build()
def coef(h, Y):
    ends, cXX, cXY = W[h]; k = bisect.bisect_right(ends, Y)
    if k < 10: return None
    return np.linalg.solve(cXX[k - 1] + 1e-9 * np.eye(K), cXY[k - 1])
def ga(y, o, h, Y):
    x, s = feat(y, o)
    b = coef(h, Y)
    if x is None or b is None: return None
    return y[o] + h * s * float(x @ b)
m = backtest_mase(load(path, holdout=H if holdout else None), H, lambda yrs, y, o, h: ga(y, o, h, yrs[o]))
print("backtest MASE drift %.4f gadd %.4f mean %.4f" % m[:3])
sm, ms = defaultdict(list), defaultdict(list)
for yrs, y, te in S:
    n = len(y); sc = np.mean(abs(np.diff(y)))
    d = np.array([y[-1] + h * (y[-1] - y[0]) / (n - 1) for h in range(1, len(te) + 1)])
    g = np.array([ga(y, n - 1, h, 10**9) or d[h-1] for h in range(1, len(te) + 1)])
    for name, f in (("drift", d), ("gadd", g), ("mean", (g + d) / 2)):
        sm[name] += list(200 * abs(te - f) / (abs(te) + abs(f))); ms[name].append(np.mean(abs(te - f)) / sc)
print("  ".join("%s %.2f %.3f" % (k, np.mean(sm[k]), np.mean(ms[k])) for k in sm))
print("coef h1", coef(1, 10**9), "hH", coef(H, 10**9))
