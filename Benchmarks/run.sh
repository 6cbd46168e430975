#!/usr/bin/env bash
# Runs Outturn's benchmarks and prints the figures recorded in Benchmarks/README.md.
#   bash Benchmarks/run.sh [csv-load|batch-ols|m1|tourism|scaling|forecast|store|soak [SECONDS]|execution|reports [DIR]]      (from the repository root)
# Data is generated into Benchmarks/out/ (ignored by git). OpenBLAS is pinned to one thread.
set -euo pipefail
cd "$(dirname "$0")/.."
export OPENBLAS_NUM_THREADS=1   # BLAS single-threaded; forecasting runs its own parallel chunks
out=Benchmarks/out
mkdir -p "$out"
swift build -c release --product outturn >/dev/null
swift build -c release --product outturn-bench >/dev/null
bin=.build/release

task=${1:-csv-load}
case "$task" in
csv-load)
  # About 10 million rows: 40,200 departments x 20 indicators x 13 years less ~4% missing department-years.
  if [ ! -f "$out/10m.csv" ]; then
    "$bin/outturn" generate --departments 40200 --start 2012 --end 2024 --seed 1 --output "$out/10m-full.csv"
    cut -d, -f1-4 "$out/10m-full.csv" > "$out/10m.csv"
  fi
  echo "file,bytes,rows"
  for f in 10m.csv 10m-full.csv; do echo "$f,$(stat -c %s "$out/$f"),$(($(wc -l < "$out/$f") - 1))"; done
  echo "task,rows,repetitions,min_seconds,median_seconds,rows_per_second"
  for f in 10m.csv 10m-full.csv; do
    /usr/bin/time -f "peak_rss_kib=%M" "$bin/outturn-bench" csv-load "$out/$f" 3 2> "$out/time.txt"
    grep peak_rss "$out/time.txt"
  done
  if python3 -c "import pandas" 2>/dev/null; then
    echo "pandas.read_csv (same 4-column file, default engine):"
    /usr/bin/time -f "peak_rss_kib=%M" python3 -c "
import pandas, time
t = []
for _ in range(3):
    s = time.perf_counter(); df = pandas.read_csv('$out/10m.csv'); t.append(time.perf_counter() - s)
print(f'pandas_read_csv,{len(df)},3,{min(t):.3f},{sorted(t)[1]:.3f},{len(df)/min(t):.0f}')
" 2>&1
  fi
  ;;
batch-ols)
  echo "task,rows,repetitions,min_seconds,median_seconds,rows_per_second"
  for n in 1000 100000 1000000; do
    /usr/bin/time -f "peak_rss_kib=%M" "$bin/outturn-bench" batch-ols "$n" 3 2> "$out/time.txt"
    grep peak_rss "$out/time.txt"
  done
  ;;
m1)
  "$bin/outturn-bench" m1 ../shared/datasets/m1-yearly.csv naive,drift,linear,ses,holt,damped,theta,combo,auto
  ;;
scaling)
  bin=$bin out=$out bash Benchmarks/scaling.sh
  ;;
tourism)
  # The tourism yearly series (long train and test files) in the M1 layout series,year,value,part.
  { echo "series,year,value,part"
    tail -n +2 ../shared/datasets/tourism-yearly-train.csv | awk -F, '{print $1","$3","$4",train"}'
    tail -n +2 ../shared/datasets/tourism-yearly-test.csv | awk -F, '{print $1","$3","$4",test"}'
  } > "$out/tourism-yearly.csv"
  "$bin/outturn-bench" m1 "$out/tourism-yearly.csv" naive,drift,linear,ses,holt,damped,theta,combo,auto
  ;;
forecast)
  echo "task,rows,repetitions,min_seconds,median_seconds,rows_per_second"
  for m in drift damped auto; do
    /usr/bin/time -f "peak_rss_kib=%M" "$bin/outturn-bench" forecast "$m" 100000 1 2> "$out/time.txt"
    grep peak_rss "$out/time.txt"
  done
  ;;
store)
  # SQLite and PostgreSQL side by side: import 1M rows, restate 100k of them as a later vintage, load the
  # current panel and the panel as of the first vintage; then import and load 10M observations. PostgreSQL runs
  # on a throwaway cluster (Tests/PostgreSQL/cluster.sh), skipped with a message when none can be started.
  [ -f "$out/10m-full.csv" ] || "$bin/outturn" generate --departments 40200 --start 2012 --end 2024 --seed 1 --output "$out/10m-full.csv"
  head -n 1000001 "$out/10m-full.csv" > "$out/1m-full.csv"
  python3 - "$out/1m-full.csv" "$out/restated-100k.csv" <<'PY'
import csv, sys
rows = csv.reader(open(sys.argv[1], encoding="utf-8"))
header = next(rows); value = header.index("value")
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(header)
    for k, r in enumerate(rows):
        if k % 10 == 0 and r[value]:
            r[value] = repr(float(r[value]) * 1.01); w.writerow(r)
PY
  kinds="sqlite"
  if pg=$(bash Tests/PostgreSQL/cluster.sh start $$ 2>"$out/pg-error.txt"); then
    pg_url=$(echo "$pg" | sed -n 2p); kinds="sqlite postgresql"
  else
    echo "PostgreSQL skipped: $(cat "$out/pg-error.txt")" >&2
  fi
  for kind in $kinds; do
    for size in 1m 10m; do
      if [ "$kind" = sqlite ]; then store="$out/$size.sqlite"; rm -f "$store"*
      else psql -X -q "$pg_url" -c "DROP DATABASE IF EXISTS bench_$size" -c "CREATE DATABASE bench_$size"; store="${pg_url%/*}/bench_$size"; fi
      echo "# $kind, $size"
      /usr/bin/time -f "peak_rss_kib=%M" "$bin/outturn-bench" store-import "$out/$size-full.csv" "$store" 2> "$out/time.txt"; grep peak_rss "$out/time.txt"
      if [ "$size" = 1m ]; then
        /usr/bin/time -f "restate 100k (replace, vintage 2025): %e s" "$bin/outturn" import "$out/restated-100k.csv" --store "$store" --on-conflict replace --vintage 2025 --quiet >/dev/null
      fi
      /usr/bin/time -f "peak_rss_kib=%M" "$bin/outturn-bench" store-load "$store" 2> "$out/time.txt"; grep peak_rss "$out/time.txt"
    done
  done
  ;;
execution)
  # Year-end projections from months 3, 6 and 9, out of sample: generated panels (seeds 1-3 were looked at while
  # building; 101-105 were not) and, when present, the national monthly series in Datasets/.
  "$bin/outturn-bench" execution synthetic 1 2 3 101 102 103 104 105
  for f in Datasets/national-monthly/*.csv; do
    [ -f "$f" ] && "$bin/outturn-bench" execution "$f" general_budget_revenue && "$bin/outturn-bench" execution "$f" general_budget_expenditure | tail -n +2
  done
  ;;
soak)
  # Four importing and four reading processes for a minute on a SQLite store and on a PostgreSQL one.
  "$bin/outturn" --version >/dev/null
  rm -f "$out/soak.sqlite"*
  OUTTURN_BIN="$bin/outturn" bash Benchmarks/soak.sh "$out/soak.sqlite" "${2:-60}"
  if pg=$(bash Tests/PostgreSQL/cluster.sh start $$); then
    pg_url=$(echo "$pg" | sed -n 2p)
    psql -X -q "$pg_url" -c "CREATE DATABASE soak"
    OUTTURN_BIN="$bin/outturn" bash Benchmarks/soak.sh "${pg_url%/*}/soak" "${2:-60}"
  else
    echo "PostgreSQL skipped: no server could be started" >&2
  fi
  ;;
reports)
  # extract + audit against annotated texts (default: the development set copied into the tests), then time
  # against text length (1 KB .. 10 MB of a real report repeated).
  "$bin/outturn-bench" report-score "${2:-Tests/OutturnReportsTests/Fixtures/reports-dev}"
  [ -f ../shared/seeds/000_e729b0afc6ad344c.txt ] && "$bin/outturn-bench" report-scaling ../shared/seeds/000_e729b0afc6ad344c.txt
  ;;
*) echo "unknown task $task" >&2; exit 64 ;;
esac
