"""Peer task "M1 accuracy": statsforecast AutoETS and AutoTheta on ../shared/datasets/m1-yearly.csv (train part
fitted, test years forecast), sMAPE, MASE (per series, scale = mean |diff(train)|) and 95% coverage, as in that
folder's README. Usage: python m1_statsforecast.py m1-yearly.csv"""
import sys
import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, AutoTheta

d = pd.read_csv(sys.argv[1])
train = d[d.part == "train"].rename(columns={"series": "unique_id", "year": "ds", "value": "y"})
test = d[d.part == "test"].rename(columns={"series": "unique_id", "year": "ds", "value": "y"})
for name, model in [("AutoETS", AutoETS()), ("AutoTheta", AutoTheta())]:
    sm, ma, cov, n = [], [], 0, 0
    for uid, g in train.groupby("unique_id", sort=False):
        t = test[test.unique_id == uid]
        h = len(t)
        sf = StatsForecast(models=[model], freq=1, n_jobs=1)
        fc = sf.forecast(df=g[["unique_id", "y"]].assign(ds=np.arange(len(g))), h=h, level=[95])
        f = fc[name].to_numpy(); lo = fc[f"{name}-lo-95"].to_numpy(); hi = fc[f"{name}-hi-95"].to_numpy()
        a = t.y.to_numpy()
        sm += list(200 * np.abs(a - f) / (np.abs(a) + np.abs(f)))
        ma.append(np.mean(np.abs(a - f)) / np.mean(np.abs(np.diff(g.y.to_numpy()))))
        cov += int(((a >= lo) & (a <= hi)).sum()); n += h
    print(f"statsforecast {name},{np.mean(sm):.2f},{np.mean(ma):.3f},{cov / n:.3f}")
