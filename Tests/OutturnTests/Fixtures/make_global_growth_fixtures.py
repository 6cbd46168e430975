#!/usr/bin/env python3
"""Reference fits of the global growth model (GlobalGrowth) for 40 random annual series on different year axes,
some with gaps, some with a figure at or below zero (left out of the fit), written to global_growth.json.

Computed independently of the Swift code's running sums: per horizon h the weighted least-squares fit by
numpy.linalg.lstsq of the design (1, g) scaled by sqrt(w), where a window ends at an observed year t with at least
three observed years up to it and an observed year t + h, g = (ln y_t - ln y_first) / (t - first) in years, the
target (ln y_{t+h} - ln y_t) / h, and w = 1 / (the series' number of windows at h over all its data). Fits through
a year keep the windows whose target year t + h is at most that year (weights unchanged). Forecasts:
y_last exp(s (a_s + b_s g_last)), the last horizon's coefficients beyond it.
Tolerance in the tests: 1e-9 relative. Run: python3 make_global_growth_fixtures.py"""
import json
import math
import numpy as np

rng = np.random.default_rng(15)
H = 4
series = []
for k in range(40):
    start = int(rng.integers(1990, 2006))
    n = int(rng.integers(4, 19))
    level = float(rng.uniform(50, 5000))
    growth = float(rng.normal(0.05, 0.06))
    values = []
    for t in range(n):
        values.append(round(level * math.exp(growth * t + rng.normal(0, 0.08)), 3))
    if k % 5 == 1 and n > 6:
        for _ in range(int(rng.integers(1, 3))):
            values[int(rng.integers(1, n - 1))] = None
    if k % 13 == 7:
        values[int(rng.integers(0, n))] = -1.0 if k % 2 else 0.0
    series.append({"first_year": start, "values": values})


def windows(s, h):
    v = s["values"]
    if any(x is not None and x <= 0 for x in v):
        return []
    obs = [t for t, x in enumerate(v) if x is not None]
    out = []
    for j, t in enumerate(obs):
        if j + 1 < 3 or t + h >= len(v) or v[t + h] is None:
            continue
        first = obs[0]
        g = (math.log(v[t]) - math.log(v[first])) / (t - first)
        out.append((s["first_year"] + t + h, g, (math.log(v[t + h]) - math.log(v[t])) / h))
    return out


def fit(through):
    coefficients = []
    for h in range(1, H + 1):
        X, y, w = [], [], []
        for s in series:
            ws = windows(s, h)
            for year, g, target in ws:
                if year <= through:
                    X.append([1.0, g]); y.append(target); w.append(1 / len(ws))
        sw = np.sqrt(np.array(w))
        b = np.linalg.lstsq(np.array(X) * sw[:, None], np.array(y) * sw, rcond=None)[0]
        coefficients.append({"intercept": float(b[0]), "slope": float(b[1]), "windows": len(X)})
    return coefficients


fits = [{"through": year, "coefficients": fit(year)} for year in (2005, 2010, 9999)]
full = fits[-1]["coefficients"]
forecasts = []
for i, s in enumerate(series):
    v = s["values"]
    obs = [t for t, x in enumerate(v) if x is not None]
    if any(x is not None and x <= 0 for x in v) or len(obs) < 3:
        continue
    g = (math.log(v[obs[-1]]) - math.log(v[obs[0]])) / (obs[-1] - obs[0])
    means = []
    for step in range(1, 7):
        c = full[min(step, H) - 1]
        means.append(v[obs[-1]] * math.exp(step * (c["intercept"] + c["slope"] * g)))
    forecasts.append({"series": i, "means": means})

json.dump({"horizon": H, "series": series, "fits": fits, "forecasts": forecasts}, open("global_growth.json", "w"), indent=1)
