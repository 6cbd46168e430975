"""Optimised Theta models as candidates of auto, measured before building them (issue 15).

Scores statsforecast's OptimizedTheta (OTM) and DynamicOptimizedTheta (DOTM) on the test part of a file in the
M1 layout, then simulates auto's pooled choice: every candidate and every mean of two or three, scored by the mean
absolute scaled error of statsforecast cross_validation (h = the test horizon, step 1, W windows, series long
enough for them), with and without the Theta variants; the chosen set's test score is printed.

    Benchmarks/out/venv/bin/python Benchmarks/explorations/theta_candidates.py FILE H W
    Benchmarks/out/venv/bin/python Benchmarks/explorations/theta_candidates.py ../shared/datasets/m1-yearly.csv 6 4
    Benchmarks/out/venv/bin/python Benchmarks/explorations/theta_candidates.py Benchmarks/out/tourism-yearly.csv 4 4

Requires the peers venv (statsforecast 2.x). Results (2026-12-01) are in Benchmarks/README.md.
"""
import itertools
import sys
import warnings

import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import (AutoETS, DynamicOptimizedTheta, Holt, Naive, OptimizedTheta, RandomWalkWithDrift,
                                  Theta)

warnings.filterwarnings("ignore")
path, h, windows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
d = pd.read_csv(path)
train = d[d.part == "train"].rename(columns={"series": "unique_id", "year": "ds", "value": "y"})
train = train.assign(ds=train.groupby("unique_id").cumcount())[["unique_id", "ds", "y"]]
test = d[d.part == "test"]
models = [RandomWalkWithDrift(), Holt(), AutoETS(model="AAN", damped=True, alias="Damped"), Theta(), OptimizedTheta(),
          DynamicOptimizedTheta(), Naive()]
sf = StatsForecast(models=models, freq=1, n_jobs=2, fallback_model=RandomWalkWithDrift())
lengths = train.groupby("unique_id").size()
long_enough = lengths[lengths >= windows + h + 6].index
cv = sf.cross_validation(df=train[train.unique_id.isin(long_enough)], h=h, step_size=1, n_windows=windows)
scale = train.groupby("unique_id").y.apply(lambda s: np.mean(np.abs(np.diff(s.values))))
cv["scale"] = cv.unique_id.map(scale)
forecasts = sf.forecast(df=train, h=h)


def test_score(columns):
    smape, mase = [], []
    for uid, g in test.groupby("series"):
        actual = g.sort_values("year").value.values[:h]
        f = forecasts[forecasts.unique_id == uid]
        mean = np.mean([f[c].values[:len(actual)] for c in columns], axis=0)
        smape.extend(200 * np.abs(actual - mean) / (np.abs(actual) + np.abs(mean)))
        mase.append(np.mean(np.abs(actual - mean)) / scale[uid])
    return np.mean(smape), np.mean(mase)


for name in ["OptimizedTheta", "DynamicOptimizedTheta", "RWD"]:
    print(path, name, "test %.2f %.3f" % test_score([name]))
base = ["RWD", "Holt", "Damped", "Theta", "Naive"]
for pool in [base, base + ["OptimizedTheta"], base + ["OptimizedTheta", "DynamicOptimizedTheta"]]:
    best = None
    for k in (1, 2, 3):
        for members in itertools.combinations(pool, k):
            e = (np.abs(cv.y - cv[list(members)].mean(axis=1)) / cv.scale).mean()
            if best is None or e < best[0]:
                best = (e, members)
    print(path, len(pool), "candidates: chosen", "+".join(best[1]), "backtest %.3f" % best[0],
          "test %.2f %.3f" % test_score(list(best[1])))
