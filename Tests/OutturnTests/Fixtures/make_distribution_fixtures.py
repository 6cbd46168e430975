#!/usr/bin/env python3
"""Reference values for the Student t and normal distributions from scipy (scipy.stats.t, scipy.stats.norm),
written to distributions.json. The grid covers what trend and regression inference use: 1 to 500 degrees of
freedom, |t| from 1e-4 to 1e4 (p-values down to ~1e-300), quantile levels from 1e-12 to 1 - 1e-12.
Tolerance in the tests: 1e-12 relative. Run: python3 make_distribution_fixtures.py"""
import json
import numpy as np
from scipy import stats

dfs = [1, 2, 3, 4, 5, 7, 8, 10, 13, 20, 30, 50, 100, 250, 500, 2.5]
ts = [1e-4, 0.01, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7, 10, 20, 31.2308, 50, 100, 1000, 1e4]
levels = [1e-12, 1e-9, 1e-6, 1e-4, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.45, 0.5, 0.55, 0.8, 0.9, 0.95, 0.975,
          0.99, 0.999, 1 - 1e-6]
t_cases = []
for nu in dfs:
    for t in ts:
        for sign in (1, -1):
            x = sign * t
            t_cases.append({"nu": nu, "t": x, "cdf": float(stats.t.cdf(x, nu)), "sf": float(stats.t.sf(x, nu)),
                            "two_sided": float(2 * stats.t.sf(abs(x), nu)), "pdf": float(stats.t.pdf(x, nu))})
q_cases = [{"nu": nu, "p": p, "q": float(stats.t.ppf(p, nu))} for nu in dfs for p in levels]
zs = [-38, -20, -10, -5, -3, -1.96, -1, -0.1, 0, 0.3, 1, 2, 3, 5, 8]
n_cases = [{"z": z, "cdf": float(stats.norm.cdf(z)), "sf": float(stats.norm.sf(z))} for z in zs]
nq_cases = [{"p": p, "q": float(stats.norm.ppf(p))} for p in levels + [1e-300, 1e-100, 1e-20]]
json.dump({"t": t_cases, "t_quantile": q_cases, "normal": n_cases, "normal_quantile": nq_cases},
          open("distributions.json", "w"), indent=0)
print(len(t_cases), len(q_cases))
