"""Peer timing: statsforecast cross_validation (h = 1, step 1, 5 windows) of Naive, drift and ETS(A,Ad,N) on the
complete 15-year series of a long panel CSV (department,indicator,year,value; one indicator), as
`outturn backtest --model M --minimum-train 10 --horizon 1` evaluates it. Usage: python cv_speed.py FILE"""
import sys, time, pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import Naive, RandomWalkWithDrift, AutoETS
d = pd.read_csv(sys.argv[1])
df = d.rename(columns={"department": "unique_id", "year": "ds", "value": "y"})[["unique_id", "ds", "y"]].dropna()
# Series with every year (what both sides backtest the same way); windows: origins 2019..2023, h = 1.
full = df.groupby("unique_id").filter(lambda g: len(g) == 15)
for task, name, model in [("naive", "Naive", Naive()), ("drift", "RandomWalkWithDrift", RandomWalkWithDrift()),
                          ("damped", "ETS AAdN", AutoETS(model="AAN", damped=True))]:
    sf = StatsForecast(models=[model], freq=1, n_jobs=2)
    sf.cross_validation(df=full.head(300), h=1, step_size=1, n_windows=5)   # numba warm-up
    t = time.time(); sf.cross_validation(df=full, h=1, step_size=1, n_windows=5); el = time.time() - t
    print(f"backtest-{task},statsforecast cross_validation {name} (2 cores; {full.unique_id.nunique()} series),{el:.3f},")
