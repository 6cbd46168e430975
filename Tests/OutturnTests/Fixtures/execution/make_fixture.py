"""Reference for ExecutionProjector's pooled model (Tests/OutturnTests/ExecutionTests.swift).

An unbalanced panel of units x years with the cumulative figure at month 6 and the year-end figure; the model
r = log(C12 / C6) = a + g(unit) + e is fitted as ONE ridge regression solved by numpy's least squares on the
augmented system [X; sqrt(k) [0 I]] (an unpenalised constant, unit dummies penalised by k), with k = var(e) /
var(g) from the method of moments for an unbalanced one-way layout. The Swift code solves the same problem in
closed form; the test compares constants and predictions to 1e-10. A second solve weighs each year
0.7^(2024 - year) (rows of X and r scaled by sqrt(w); k unchanged, from the unweighted moments), as the model
does when the backtests choose a year weight below 1.

Run: python3 make_fixture.py  (writes panel.csv and ridge.json; seed fixed)
"""
import json
import numpy as np

rng = np.random.default_rng(20261130)
rows = []
units = [f"u{k}" for k in range(9)]
for k, u in enumerate(units):
    years = range(2014 + (k % 4), 2024)      # unbalanced: 7 to 10 years
    g = rng.normal(0, 0.15)
    for y in years:
        c6 = float(np.exp(rng.normal(7, 1)))
        r = 0.75 + g + rng.normal(0, 0.08)
        rows.append((u, y, round(c6, 2), round(c6 * np.exp(r), 2)))

with open("panel.csv", "w") as f:
    f.write("department,indicator,period,value\n")
    for u, y, c6, c12 in rows:
        f.write(f"{u},spent,{y}-06,{c6}\n{u},spent,{y}-12,{c12}\n")

r = np.array([np.log(c12 / c6) for _, _, c6, c12 in rows])
unit_of = np.array([units.index(u) for u, _, _, _ in rows])
n = np.bincount(unit_of, minlength=len(units)).astype(float)
means = np.bincount(unit_of, weights=r, minlength=len(units)) / n
within = sum(((r[unit_of == j] - means[j]) ** 2).sum() for j in range(len(units)))
sigma_e = within / (len(r) - len(units))
sigma_g = max(0.0, means.var(ddof=1) - sigma_e * np.mean(1 / n))
k = sigma_e / sigma_g
X = np.zeros((len(r), 1 + len(units)))
X[:, 0] = 1
X[np.arange(len(r)), 1 + unit_of] = 1
penalty = np.hstack([np.zeros((len(units), 1)), np.sqrt(k) * np.eye(len(units))])
beta, *_ = np.linalg.lstsq(np.vstack([X, penalty]), np.concatenate([r, np.zeros(len(units))]), rcond=None)
decay = 0.7
sw = np.sqrt(decay ** (2024 - np.array([y for _, y, _, _ in rows], dtype=float)))
wbeta, *_ = np.linalg.lstsq(np.vstack([X * sw[:, None], penalty]), np.concatenate([r * sw, np.zeros(len(units))]), rcond=None)
json.dump({"penalty": k, "constant": beta[0], "prediction": {u: beta[0] + beta[1 + j] for j, u in enumerate(units)},
           "weighted": {"decay": decay, "constant": wbeta[0], "prediction": {u: wbeta[0] + wbeta[1 + j] for j, u in enumerate(units)}}},
          open("ridge.json", "w"), indent=1)
