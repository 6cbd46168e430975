#!/usr/bin/env bash
# Outturn side by side with numpy/pandas, statsmodels, statsforecast and R on the same data, in one run.
#   bash Benchmarks/peers/run.sh [--scale S] [--only load|trend|forecast|m1|backtest]
# (from the repository root; S = 1 is the full size, 0.1 a tenth; --only runs one task)
# Creates its own Python virtual environment (Benchmarks/out/venv) with numpy, pandas, scipy, statsmodels and
# statsforecast; uses R with the forecast package when installed. Prints one line per task and tool:
#   task,tool,seconds,peak_rss_mib
# Full size: 10M-row CSV load; linear trend of 1M series x 15 years; forecasts of 100k series x 15 years;
# rolling-origin backtests (h = 1, 5 windows) of the complete series among 20k x 15 years.
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=1 only=all
while [ $# -gt 0 ]; do
  case "$1" in
  --scale) scale="$2"; shift 2 ;;
  --only) only="$2"; shift 2 ;;
  *) echo "usage: bash Benchmarks/peers/run.sh [--scale S] [--only load|trend|forecast|m1|backtest]" >&2; exit 64 ;;
  esac
done
runs() { [ "$only" = all ] || [ "$only" = "$1" ]; }
out=Benchmarks/out
mkdir -p "$out"
export OPENBLAS_NUM_THREADS=1
swift build -c release --product outturn >/dev/null
swift build -c release --product outturn-bench >/dev/null
bin=.build/release
if [ ! -x "$out/venv/bin/python" ]; then
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install -q numpy pandas scipy statsmodels statsforecast
fi
py="$out/venv/bin/python"
# statsforecast pins pandas 2; the newest pandas (3.x, a faster CSV reader) gets a venv of its own for the load.
if [ ! -x "$out/venv-pandas3/bin/python" ]; then
  python3 -m venv "$out/venv-pandas3"
  "$out/venv-pandas3/bin/pip" install -q pandas
fi
py3="$out/venv-pandas3/bin/python"
n() { python3 -c "print(max(1, int($1 * $scale)))"; }

timed() {  # timed TASK TOOL command...
  local task=$1 tool=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > "$out/last.txt" 2>&1 || { echo "$task,$tool,failed,"; return; }
  read -r secs kib < "$out/time.txt"
  echo "$task,$tool,$secs,$((kib / 1024))"
}

echo "task,tool,seconds,peak_rss_mib"
# 1. Load a long CSV (~10M rows at full size).
if runs load; then
load=$out/peer-load-$scale.csv   # one file per scale: a run at another scale never reuses it
[ -f "$load" ] || { "$bin/outturn" generate --departments "$(n 40200)" --start 2012 --end 2024 --seed 1 --output "$out/peer-load-full.csv"; cut -d, -f1-4 "$out/peer-load-full.csv" > "$load"; rm "$out/peer-load-full.csv"; }
timed load floor-cat sh -c 'cat "$1" > /dev/null' _ "$load"
timed load outturn "$bin/outturn-bench" csv-load "$load" 1
timed load "pandas $("$py" -c 'import pandas; print(pandas.__version__)') read_csv" "$py" -c "import pandas, sys; pandas.read_csv(sys.argv[1])" "$load"
timed load "pandas $("$py3" -c 'import pandas; print(pandas.__version__)') read_csv" "$py3" -c "import pandas, sys; pandas.read_csv(sys.argv[1])" "$load"
fi

# 2. Linear trend with slope SE and p, end to end from CSV to written results (1M series x 15 years).
if runs trend; then
trend=$out/peer-trend-$scale.csv
[ -f "$trend" ] || { "$bin/outturn" generate --departments "$(n 50000)" --start 2010 --end 2024 --seed 2 --output "$out/peer-trend-full.csv"; cut -d, -f1-4 "$out/peer-trend-full.csv" > "$trend"; rm "$out/peer-trend-full.csv"; }
timed trend floor-cat sh -c 'cat "$1" > /dev/null' _ "$trend"
timed trend outturn "$bin/outturn" trend --data "$trend" --format csv --output "$out/trend-outturn.csv"
timed trend pandas+numpy "$py" Benchmarks/peers/trend_numpy.py "$trend" "$out/trend-numpy.csv"
echo "trend,statsmodels (per series; 2000 timed, scaled),$("$py" Benchmarks/peers/trend_statsmodels.py "$trend" 2000),"
fi

# 3. One-year-ahead forecasts with 95% intervals (100k series x 15 years).
if runs forecast; then
fc=$out/peer-forecast-$scale.csv
[ -f "$fc" ] || "$bin/outturn" generate --departments "$(n 100000)" --start 2010 --end 2024 --seed 3 --indicator appropriation_budget --output "$fc"
timed forecast floor-cat sh -c 'cat "$1" > /dev/null' _ "$fc"
for m in drift damped auto; do
  timed "forecast-$m" outturn "$bin/outturn" forecast --data "$fc" --model "$m" --quiet --format csv --output "$out/fc-outturn-$m.csv"
done
for m in drift holt auto; do
  timed "forecast-$m" "statsforecast (1 core)" "$py" Benchmarks/peers/forecast_statsforecast.py "$fc" "$m" 1
  timed "forecast-$m" "statsforecast (all cores)" "$py" Benchmarks/peers/forecast_statsforecast.py "$fc" "$m" -1
done
fi

# 4. Accuracy on M1 yearly (sMAPE, MASE, 95% coverage).
if runs m1; then
echo "m1,tool,smape,mase,coverage_95"
"$bin/outturn-bench" m1 ../shared/datasets/m1-yearly.csv auto 2>/dev/null | tail -n 1 | sed 's/^auto,181,/m1,outturn auto,/' | cut -d, -f1-5
"$py" Benchmarks/peers/m1_statsforecast.py ../shared/datasets/m1-yearly.csv | sed 's/^/m1,/'
if command -v Rscript >/dev/null && Rscript -e 'library(forecast)' >/dev/null 2>&1; then
  Rscript Benchmarks/peers/m1_r.R ../shared/datasets/m1-yearly.csv | sed 's/^/m1,/'
fi
fi

# 5. Rolling-origin backtests: h = 1, step 1, 5 windows (origins after the 10th year) of naive, drift and damped
# Holt on the complete 15-year series of one indicator, both timed inside their process (the load not timed).
if runs backtest; then
bt=$out/peer-backtest-$scale.csv
if [ ! -f "$bt" ]; then
  "$bin/outturn" generate --departments "$(n 20000)" --start 2010 --end 2024 --seed 3 --indicator budget_revenue --output "$out/peer-backtest-full.csv"
  python3 - "$out/peer-backtest-full.csv" "$bt" <<'PY'
import csv, sys, collections
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
count = collections.Counter(r[0] for r in rows[1:] if r[3] != "")
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(rows[0][:4])
    w.writerows(r[:4] for r in rows[1:] if count[r[0]] == 15)
PY
  rm "$out/peer-backtest-full.csv"
fi
for m in naive drift damped; do
  echo "backtest-$m,outturn (library; $(tail -n +2 "$bt" | cut -d, -f1 | sort -u | wc -l) series),$("$bin/outturn-bench" backtest "$bt" "$m" 3 | cut -d, -f4),"
done
"$py" Benchmarks/peers/cv_speed.py "$bt"
fi
