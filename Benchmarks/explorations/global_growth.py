"""A global (pooled) growth model for short yearly series, measured before building it in Swift (issue 15).

For every series z = ln y; for each window ending at t the features are 1, the series' mean yearly log growth up
to t, and its last k yearly log changes; the target for horizon h is the mean yearly log growth over the next h
years, (z[t+h] - z[t]) / h. One ridge least-squares fit per horizon over the windows of every series (each series
weighing 1 in total), forecast exp(z[n-1] + h * f . b_h). "mean" is the average of this and drift.

Held out while choosing: the last H training years of each series (series with at least 5 years before them),
fitted on what precedes them; the competition's test years are scored once, after.

    python3 Benchmarks/explorations/global_growth.py FILE H      # FILE in the M1 layout series,year,value,part
    python3 Benchmarks/explorations/global_growth.py ../shared/datasets/m1-yearly.csv 6
    python3 Benchmarks/explorations/global_growth.py Benchmarks/out/tourism-yearly.csv 4   # after run.sh tourism

Requires numpy. Results (2026-11-30) are in Benchmarks/README.md.
"""
import sys

import numpy as np

from m1_layout import load


def score(series, forecasts):
    """sMAPE over all test points, MASE averaged over series (scale: mean |diff(train)|)."""
    smape, mase = [], []
    for (_, train, test), f in zip(series, forecasts):
        f = f[: len(test)]
        smape += list(200 * abs(test - f) / (abs(test) + abs(f)))
        mase.append(np.mean(abs(test - f)) / np.mean(abs(np.diff(train))))
    return np.mean(smape), np.mean(mase)


def drift(y, horizon):
    return y[-1] + (y[-1] - y[0]) / (len(y) - 1) * np.arange(1, horizon + 1)


def features(z, t, k):
    growth = (z[t] - z[0]) / t if t > 0 else 0.0
    return [1.0, growth] + [z[max(0, t - j + 1)] - z[max(0, t - j)] for j in range(1, k + 1)]


def fit(logs, k, horizon, ridge, first=2):
    models = []
    for h in range(1, horizon + 1):
        X, Y, W = [], [], []
        for z in logs:
            rows = [(features(z, t, k), (z[t + h] - z[t]) / h) for t in range(first, len(z) - h)]
            for x, y in rows:
                X.append(x), Y.append(y), W.append(1 / len(rows))
        X, Y, W = np.array(X), np.array(Y), np.sqrt(np.array(W))
        A, b = X * W[:, None], Y * W
        penalty = ridge * np.eye(X.shape[1])
        penalty[0, 0] = 0
        models.append(np.linalg.solve(A.T @ A + penalty * (W**2).sum(), A.T @ b))
    return models


def forecast(models, z, k, horizon):
    t = len(z) - 1
    f = np.array(features(z, t, k))
    return np.array([np.exp(z[t] + (h + 1) * (f @ models[h])) for h in range(horizon)])


def main(path, horizon):
    for holdout in (True, False):
        # The holdout of the recorded results: series with at least 5 training years before it.
        series = [(s, train, test) for s, _, train, test in load(path, holdout=horizon if holdout else None, before=5)]
        for k in (0, 1, 2, 3):
            for ridge in (0, 0.1, 1):
                logs = [np.log(tr) for _, tr, _ in series]
                models = fit(logs, k, horizon, ridge)
                g = [forecast(models, np.log(tr), k, horizon) for _, tr, _ in series]
                d = [drift(tr, horizon) for _, tr, _ in series]
                m = [(a + b) / 2 for a, b in zip(g, d)]
                print("%s k=%d ridge=%-4g global %.2f %.3f  drift %.2f %.3f  mean %.2f %.3f"
                      % (("holdout" if holdout else "test   "), k, ridge, *score(series, g), *score(series, d), *score(series, m)))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
