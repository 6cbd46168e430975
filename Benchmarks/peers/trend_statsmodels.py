"""Peer task "trend" with statsmodels OLS one series at a time, timed on a sample of series and scaled to all.
Usage: python trend_statsmodels.py panel.csv SAMPLE -> prints estimated seconds for all series"""
import sys
import time
import numpy as np
import pandas as pd
import statsmodels.api as sm

df = pd.read_csv(sys.argv[1], usecols=["department", "indicator", "year", "value"])
groups = list(df.groupby(["department", "indicator"]))
sample = int(sys.argv[2])
start = time.perf_counter()
for _, g in groups[:sample]:
    g = g.dropna()
    if len(g) < 3:
        continue
    fit = sm.OLS(g["value"].to_numpy(), sm.add_constant(g["year"].to_numpy(dtype=float))).fit()
    _ = fit.bse, fit.pvalues, fit.conf_int()
elapsed = time.perf_counter() - start
print(f"{elapsed / sample * len(groups):.3f}")
