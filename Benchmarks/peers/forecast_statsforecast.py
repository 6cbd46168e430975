"""Peer task "forecast": one-year-ahead forecasts with 95% intervals for every series of a long CSV with
statsforecast (RandomWalkWithDrift, Holt, AutoETS). Usage: python forecast_statsforecast.py panel.csv MODEL N_JOBS"""
import sys
import time
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, Holt, RandomWalkWithDrift

df = pd.read_csv(sys.argv[1], usecols=["department", "year", "value"]).dropna()
df = df.rename(columns={"department": "unique_id", "year": "ds", "value": "y"})
df["ds"] = pd.to_datetime(df["ds"].astype(str) + "-12-31")
model = {"drift": RandomWalkWithDrift(), "holt": Holt(), "auto": AutoETS()}[sys.argv[2]]
# statsforecast's ETS models stop on short series ("tiny datasets"); leave series with fewer than 12 years out
# for every model (Outturn forecasts them all, falling back along its chain).
df = df.groupby("unique_id").filter(lambda g: len(g) >= 12)
sf = StatsForecast(models=[model], freq="YE", n_jobs=int(sys.argv[3]))
start = time.perf_counter()
fc = sf.forecast(df=df, h=1, level=[95])
print(f"{len(fc)} forecasts in {time.perf_counter() - start:.2f} s (fit+forecast)")
