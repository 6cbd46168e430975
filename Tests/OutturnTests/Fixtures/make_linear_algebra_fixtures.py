#!/usr/bin/env python3
"""Reference values for the linear algebra layer (numpy 2.x, statsmodels), written to linear_algebra.json.

- longley: the NIST StRD Longley regression (ill-conditioned, condition number ~ 4.9e9 on raw columns), with
  NIST's certified coefficients and standard errors, and numpy's least-squares solution for comparison.
- multi_rhs: a 9 x 3 design and 5 right-hand sides solved with numpy.linalg.lstsq.
- rank_deficient: a design whose 3rd column = 2 * 1st + 2nd; R's lm aliases it (coefficient NA); the fit of the
  remaining columns comes from numpy on the reduced design.
- cholesky: an SPD matrix, a right-hand side and numpy.linalg.solve's answer (no longer tested: the Cholesky
  wrapper had no user in the library and was removed; the case stays so the random stream, and the
  singular_values case drawn after it, are unchanged).
- singular_values: numpy.linalg.svd of a 4 x 3 matrix.
Run: python3 make_linear_algebra_fixtures.py
"""
import json
import numpy as np
import statsmodels.api as sm

out = {}
d = sm.datasets.longley.load_pandas()
X = np.column_stack([np.ones(len(d.exog)), d.exog.values])
y = d.endog.values
out["longley"] = {
    "x_row_major": X.tolist(), "y": y.tolist(),
    "certified_coefficients": [-3482258.63459582, 15.0618722713733, -0.358191792925910e-01,
                               -2.02022980381683, -1.03322686717359, -0.511041056535807e-01, 1829.15146461355],
    "certified_standard_errors": [890420.383607373, 84.9149257747669, 0.334910077722432e-01,
                                  0.488399681651699, 0.214274163161675, 0.226073200069370, 455.478499142212],
    "numpy_coefficients": np.linalg.lstsq(X, y, rcond=None)[0].tolist(),
    "condition_number": float(np.linalg.cond(X)),
}
rng = np.random.default_rng(20261129)
A = np.column_stack([np.ones(9), np.arange(9) - 4.0, rng.normal(size=9)])
Y = rng.normal(size=(9, 5)) * 10 + 100
B = np.linalg.lstsq(A, Y, rcond=None)[0]
out["multi_rhs"] = {"x_row_major": A.tolist(), "y_columns": Y.T.tolist(), "coefficients_columns": B.T.tolist(),
                    "residuals_columns": (Y - A @ B).T.tolist()}
A2 = np.column_stack([np.ones(8), np.arange(8.0), 2 * np.ones(8) + np.arange(8.0), rng.normal(size=8)])
y2 = rng.normal(size=8) + np.arange(8.0)
reduced = A2[:, [0, 1, 3]]
b2 = np.linalg.lstsq(reduced, y2, rcond=None)[0]
out["rank_deficient"] = {"x_row_major": A2.tolist(), "y": y2.tolist(), "aliased": [2],
                         "coefficients_without_aliased": b2.tolist()}
M = rng.normal(size=(4, 4)); S = M @ M.T + 4 * np.eye(4); rhs = rng.normal(size=(4, 2))
out["cholesky"] = {"a_row_major": S.tolist(), "b_row_major": rhs.tolist(), "x_row_major": np.linalg.solve(S, rhs).tolist(),
                   "inverse_row_major": np.linalg.inv(S).tolist()}
G = rng.normal(size=(4, 3))
out["singular_values"] = {"a_row_major": G.tolist(), "s": np.linalg.svd(G, compute_uv=False).tolist()}
json.dump(out, open("linear_algebra.json", "w"), indent=1)
print("wrote linear_algebra.json")
