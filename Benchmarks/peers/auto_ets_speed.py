"""Peer timing: statsforecast AutoETS forecasts of every series of a file in the M1 layout (series,year,value,part;
train part), 2 jobs, numba warmed up first. Usage: python auto_ets_speed.py FILE H (e.g. m1-yearly.csv 6)."""
import sys, time, numpy as np, pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS
d = pd.read_csv(sys.argv[1]); h=int(sys.argv[2])
train = d[d.part == "train"].rename(columns={"series": "unique_id", "year": "ds", "value": "y"})
train = train.assign(ds=train.groupby("unique_id").cumcount())[["unique_id", "ds", "y"]]
sf = StatsForecast(models=[AutoETS()], freq=1, n_jobs=2)
sf.forecast(df=train.head(200), h=h, level=[95])  # numba warm-up
t=time.time(); fc = sf.forecast(df=train, h=h, level=[95]); el=time.time()-t
print("AutoETS forecast", train.unique_id.nunique(), "series", round(el,2), "s", round(1000*el/train.unique_id.nunique(),2), "ms/series")
