"""Two simple candidates for auto measured against drift (issue 15), on the test part and on a holdout inside the
training part (each series' last H training years, series with at least 7 years before them):

- drift with a damped slope: y_T + slope * (phi + phi^2 + ... + phi^h), phi from 0.8 to 1;
- Holt's linear trend with its smoothing parameters fixed for the whole set (alpha, beta on a grid) instead of
  fitted per series, alone and averaged with drift.

    python3 Benchmarks/explorations/damped_and_fixed.py ../shared/datasets/m1-yearly.csv 6 Benchmarks/out/tourism-yearly.csv 4

Requires numpy. Results (2026-12-02) are in Benchmarks/README.md.
"""
import sys

import numpy as np

from robust_drift import load, score, steps


def drift(y, h):
    return y[-1] + steps(h) * (y[-1] - y[0]) / (len(y) - 1)


def damped_drift(phi):
    return lambda y, h: y[-1] + (y[-1] - y[0]) / (len(y) - 1) * np.cumsum(phi ** steps(h))


def holt(alpha, beta):
    def forecast(y, h):
        level, trend = y[0], y[1] - y[0]
        for x in y[1:]:
            previous = level
            level = alpha * x + (1 - alpha) * (level + trend)
            trend = beta * (level - previous) + (1 - beta) * trend
        return level + trend * steps(h)
    return forecast


def mean(f, g):
    return lambda y, h: (f(y, h) + g(y, h)) / 2


def holdout(data, h):
    return {k: (y[:-h], y[-h:]) for k, (y, _) in data.items() if len(y) >= h + 7}


if __name__ == "__main__":
    args = sys.argv[1:]
    for path, h in zip(args[::2], map(int, args[1::2])):
        data = load(path)
        for part, d in [("test", data), ("holdout", holdout(data, h))]:
            print(path, part, "drift %.2f / %.3f" % score(d, drift))
            for phi in [0.98, 0.95, 0.9, 0.85, 0.8]:
                print(path, part, "damped drift %.2f: %.2f / %.3f" % ((phi,) + score(d, damped_drift(phi))))
            for a in [0.3, 0.5, 0.7, 0.9, 1.0]:
                for b in [0.05, 0.1, 0.2, 0.4]:
                    print(path, part, "holt %.1f %.2f: %.2f / %.3f, with drift %.2f / %.3f"
                          % ((a, b) + score(d, holt(a, b)) + score(d, mean(holt(a, b), drift))))
