#!/usr/bin/env python3
"""Reference trend statistics for 200 random annual series on a common 2005-2024 axis, some with gaps, written
to trends.json. Every field of `outturn trend` is computed independently here:
- OLS slope, intercept, SE, two-sided p: scipy.stats.linregress; CI: slope +- t.ppf(0.975, n-2) * SE; R^2 = r^2
- CAGR over the year gap, mean year-on-year growth, log-linear growth: numpy, percent
- Theil-Sen slope, intercept and Sen CI: scipy.stats.theilslopes(y, x, 0.95) (Sen 1968 ranks, tie-corrected)
- Mann-Kendall S and tau-b: direct double loop and scipy.stats.kendalltau; p: exact (scipy kendalltau
  method='exact') for n <= 10 without ties, else the tie-corrected normal approximation with continuity
  correction, 2 * norm.sf(|S - sign S| / sqrt(Var S)).
Tolerance in the tests: 1e-8 relative. Run: python3 make_trend_fixtures.py"""
import json
import math
import numpy as np
from scipy import stats

rng = np.random.default_rng(2026)
YEARS = list(range(2005, 2025))
out = []
for k in range(200):
    n_span = int(rng.integers(5, 21))
    start = int(rng.integers(0, 21 - n_span))
    present = list(range(start, start + n_span))
    if k % 3 == 0 and n_span > 6:  # gaps inside the span
        for _ in range(int(rng.integers(1, 3))):
            present.remove(present[int(rng.integers(1, len(present) - 1))])
    kind = k % 4
    level = float(rng.uniform(100, 50000)) if kind != 3 else float(rng.uniform(80, 98))
    growth = float(rng.normal(0.04, 0.05))
    values = [None] * len(YEARS)
    for t in present:
        if kind == 3:
            v = level + rng.normal(0, 3) + 0.3 * (t - start) * rng.choice([-1, 1])
        else:
            v = level * (1 + growth) ** (t - start) * math.exp(rng.normal(0, 0.05))
        values[t] = round(float(v), 2)
    if k % 17 == 0:  # ties
        a, b = present[0], present[len(present) // 2]
        values[b] = values[a]
    x = np.array([YEARS[t] for t in present], float)
    y = np.array([values[t] for t in present], float)
    n = len(x)
    lr = stats.linregress(x, y)
    q = stats.t.ppf(0.975, n - 2)
    rec = {"values": values, "n": n, "first_year": int(x[0]), "last_year": int(x[-1]),
           "slope": lr.slope, "intercept": lr.intercept, "slope_se": lr.stderr, "t": lr.slope / lr.stderr,
           "p": float(2 * stats.t.sf(abs(lr.slope / lr.stderr), n - 2)),
           "slope_lower": lr.slope - q * lr.stderr, "slope_upper": lr.slope + q * lr.stderr, "r2": lr.rvalue ** 2}
    rec["cagr"] = 100 * ((y[-1] / y[0]) ** (1 / (x[-1] - x[0])) - 1) if y[0] > 0 and y[-1] > 0 else None
    yoy = [100 * (values[t] / values[t - 1] - 1) for t in range(1, len(YEARS))
           if values[t] is not None and values[t - 1] is not None and values[t - 1] > 0]
    rec["mean_yoy"] = float(np.mean(yoy)) if yoy else None
    rec["log_linear"] = 100 * math.expm1(stats.linregress(x, np.log(y)).slope) if (y > 0).all() else None
    ts = stats.theilslopes(y, x, 0.95)
    rec.update(theil_sen=ts[0], theil_sen_intercept=ts[1], theil_sen_lower=ts[2], theil_sen_upper=ts[3])
    s = sum(np.sign(y[j] - y[i]) for i in range(n) for j in range(i + 1, n))
    _, counts = np.unique(y, return_counts=True)
    ties = counts[counts > 1]
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18
    rec["mk_s"] = int(s)
    rec["mk_tau"] = stats.kendalltau(x, y).statistic
    if n <= 10 and len(ties) == 0:
        rec["mk_p"] = stats.kendalltau(x, y, method="exact").pvalue
        rec["mk_exact"] = True
    else:
        rec["mk_p"] = float(2 * stats.norm.sf(abs(s - np.sign(s)) / math.sqrt(var))) if var > 0 else 1.0
        rec["mk_exact"] = False
    out.append({k2: (float(v) if isinstance(v, (np.floating,)) else v) for k2, v in rec.items()})
json.dump({"years": YEARS, "series": out}, open("trends.json", "w"), indent=0)
print(len(out), "series")
