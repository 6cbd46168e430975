"""Files in the M1 layout (series,year,value,part), as the explorations here read them.

    from m1_layout import load
    series = load(path)                            # [(id, years, train, test)], numpy arrays, in file order
    series = load(path, holdout=6, before=7)       # each series' last 6 training years as its test part
    drift, model, mean = backtest_mase(series, 6, forecast)   # auto's rolling origins, scaled errors pooled
"""
import csv
from collections import defaultdict

import numpy as np


def load(path, holdout=None, before=7):
    """Every series as (id, years of the training part, training values, test values). With `holdout` = H, the
    competition's test years are left unread: each series' last H training years become its test part, for the
    series with at least `before` training years before them."""
    rows = defaultdict(list)
    for r in csv.DictReader(open(path)):
        rows[r["series"]].append((int(r["year"]), float(r["value"]), r["part"]))
    out = []
    for sid, r in rows.items():
        r.sort()
        train = [(y, v) for y, v, p in r if p == "train"]
        test = [v for _, v, p in r if p == "test"]
        if holdout:
            if len(train) - holdout < before:
                continue
            train, test = train[:-holdout], [v for _, v in train[-holdout:]]
        out.append((sid, np.array([y for y, _ in train]), np.array([v for _, v in train]), np.array(test)))
    return out


def backtest_mase(series, H, forecast):
    """Pooled MASE over auto's rolling origins (each origin from the 5th training year, horizons up to H inside
    the training part) of drift, of `forecast(years, train, origin, h)` (None falls back to drift) and of their
    mean; also the number of forecasts. `series` as `load` gives them."""
    recs = []
    for _, yrs, y, _ in series:
        n = len(y)
        for o in range(4, n - 1):
            sc = np.mean(abs(np.diff(y[:o + 1])))
            if sc == 0:
                continue
            for h in range(1, min(H, n - 1 - o) + 1):
                d = y[o] + h * (y[o] - y[0]) / o
                g = forecast(yrs, y, o, h)
                g = d if g is None else g
                recs.append((abs(y[o + h] - d) / sc, abs(y[o + h] - g) / sc, abs(y[o + h] - (g + d) / 2) / sc))
    r = np.array(recs)
    return (*r.mean(0), len(r))
