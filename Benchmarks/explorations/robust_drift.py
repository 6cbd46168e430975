"""Robust drifts measured against drift on the test part of a file in the M1 layout (issue 15): the slope as the
median, a trimmed mean (an eighth off each end) or the mean of the last five yearly changes.

    python3 Benchmarks/explorations/robust_drift.py ../shared/datasets/m1-yearly.csv Benchmarks/out/tourism-yearly.csv

Requires numpy. Results (2026-12-01) are in Benchmarks/README.md.
"""
import csv
import sys
from collections import defaultdict

import numpy as np


def load(path):
    train, test = defaultdict(list), defaultdict(list)
    for r in csv.DictReader(open(path)):
        (train if r["part"] == "train" else test)[r["series"]].append((int(r["year"]), float(r["value"])))
    return {k: (np.array([v for _, v in sorted(train[k])]), np.array([v for _, v in sorted(test[k])])) for k in train}


def score(data, forecast):
    smape, mase = [], []
    for y, t in data.values():
        f = forecast(y, len(t))
        smape += list(200 * np.abs(t - f) / (np.abs(t) + np.abs(f)))
        mase.append(np.mean(np.abs(t - f)) / np.mean(np.abs(np.diff(y))))
    return np.mean(smape), np.mean(mase)


def steps(h):
    return np.arange(1, h + 1)


def trimmed(d):
    k = len(d) // 8
    return np.mean(np.sort(d)[k:len(d) - k]) if len(d) >= 8 else np.mean(d)


candidates = {
    "drift": lambda y, h: y[-1] + steps(h) * (y[-1] - y[0]) / (len(y) - 1),
    "median": lambda y, h: y[-1] + steps(h) * np.median(np.diff(y)),
    "trimmed": lambda y, h: y[-1] + steps(h) * trimmed(np.diff(y)),
    "last five": lambda y, h: y[-1] + steps(h) * np.mean(np.diff(y)[-5:]),
}
if __name__ == "__main__":
    for path in sys.argv[1:]:
        data = load(path)
        for name, f in candidates.items():
            print(path, name, "%.2f %.3f" % score(data, f))
