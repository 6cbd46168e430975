"""Peer task "trend": OLS slope, SE, t, p and 95% CI per series from a long CSV, with pandas + numpy batched
least squares (all series sharing a year axis solved at once; series with missing years solved per missing
pattern), written to a CSV. Usage: python trend_numpy.py panel.csv out.csv"""
import sys
import numpy as np
import pandas as pd
from scipy import stats

df = pd.read_csv(sys.argv[1], usecols=["department", "indicator", "year", "value"])
wide = df.pivot_table(index=["department", "indicator"], columns="year", values="value", aggfunc="first")
years = wide.columns.to_numpy(dtype=float)
Y = wide.to_numpy(dtype=float)
out = np.full((Y.shape[0], 6), np.nan)
mask = ~np.isnan(Y)
patterns, inverse = np.unique(mask, axis=0, return_inverse=True)
for k, pattern in enumerate(patterns):
    rows = np.where(inverse.ravel() == k)[0]
    n = int(pattern.sum())
    if n < 3:
        continue
    x = years[pattern] - years[pattern].mean()
    X = np.column_stack([np.ones(n), x])
    y = Y[np.ix_(rows, np.where(pattern)[0])].T
    B, _, _, _ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ B
    s2 = (resid ** 2).sum(axis=0) / (n - 2)
    se = np.sqrt(s2 / (x ** 2).sum())
    t = B[1] / se
    p = 2 * stats.t.sf(np.abs(t), n - 2)
    q = stats.t.ppf(0.975, n - 2)
    out[rows] = np.column_stack([B[1], se, t, p, B[1] - q * se, B[1] + q * se])
res = pd.DataFrame(out, index=wide.index, columns=["slope", "slope_se", "t_stat", "p_value", "slope_lower", "slope_upper"])
res.to_csv(sys.argv[2])
print(f"{len(res)} series")
