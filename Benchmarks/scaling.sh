#!/usr/bin/env bash
# Every command at growing sizes: seconds and peak resident MB per command and size, beside the `cat` floor, and a
# check that no command's time per series grows more than 3x from 10,000 series to the largest size measured
# (a quadratic step shows as 10x per 10x; linear and n log n stay near 1x). A series is one department's
# indicator over 15 years; `outturn generate` gives 20 indicators per department (1M series: 50,000
# departments, a 1.8 GB CSV).
#
#   bash Benchmarks/run.sh scaling                            # 1k, 10k, 100k and 1M series
#   SCALING_SIZES="1000 10000" bash Benchmarks/run.sh scaling  # a quick look
#
# Then `extract` and `audit` on 1 KB to 100 MB of report text (SCALING_REPORT_KB="1 100 1000" for a quick look): a
# compilation of many reports (read report by report), and one report grown long (SCALING_ONE_REPORT_KB, 1 KB to
# 10 MB: a single report is read whole), and a report of deductions listed after 其中 with no full stop
# (SCALING_RUN_ON_KB, 1 KB to 10 MB: every list in one sentence, where naming a list's item had been quadratic), and
# one of mixed phrases, also without a full stop (SCALING_PHRASES_KB, 1 KB to 1 MB).
#
# Exit status 1 names each command that grew super-linearly, or whose peak resident memory exceeded 1.5x the
# file's size plus 64 MB (issue 20). Needs GNU time (/usr/bin/time).
set -euo pipefail
bin=${bin:-.build/release}
out=${out:-Benchmarks/out}
sizes=${SCALING_SIZES:-"1000 10000 100000 1000000"}
mkdir -p "$out"

commands=(
  "describe"
  "rank --indicator execution_rate"
  "rank --indicator execution_rate --trend"
  "score"
  "variance --plan appropriation_budget --actual appropriation_final"
  "variance --by-department --indicator execution_rate"
  "pefa --budget appropriation_budget --outturn appropriation_final"
  "regress --response appropriation_final --regressors appropriation_budget --estimator fixed"
  "trend --indicator execution_rate"
  "forecast --indicator appropriation_budget --model drift"
  "forecast --indicator appropriation_budget"
  "backtest --indicator appropriation_budget --model drift"
  "export"
  "export --wide"
)

measure() {  # label, then the command: prints "label,seconds,peak_mb" (GNU time on stderr, kept apart from output)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/scaling-time.txt" "$@" >/dev/null 2>"$out/scaling-stderr.txt" || {
    echo "$label failed:" >&2; tail -3 "$out/scaling-stderr.txt" >&2; return 1; }
  read -r seconds kib < "$out/scaling-time.txt"
  echo "$label,$seconds,$((kib / 1024))"
}

# Issue 20's bound on a command's peak for FILE, in MB: 1.5x the file's size plus 64 MB (from its bytes: the file_mb
# shown is rounded down, and a 9.99 MB file's bound is not 9's).
bound_mb() { echo $(( $(stat -c %s "$1") * 3 / 2 / 1048576 + 64 )); }

echo "series,departments,file_mb,command,seconds,peak_mb,microseconds_per_series"
declare -A per_series
over_memory=()
for n in $sizes; do
  file="$out/scaling-$n.csv"
  departments=$(( n / 20 ))
  [ -f "$file" ] || "$bin/outturn" generate --departments "$departments" --start 2010 --end 2024 --seed 1 --output "$file" 2>/dev/null
  series=$n
  mb=$(( $(stat -c %s "$file") / 1048576 ))
  row() {  # command label, then the command
    local label=$1; shift
    local line; line=$(measure "$label" "$@") || return 1
    local seconds=${line#*,}; seconds=${seconds%,*}
    local us; us=$(awk -v s="$seconds" -v k="$series" 'BEGIN { printf "%.2f", s * 1e6 / k }')
    per_series["$label@$n"]=$us
    local peak=${line##*,}
    if [ "$peak" -gt "$(bound_mb "$file")" ]; then over_memory+=("$label at $n series: $peak MB for a $mb MB file"); fi
    echo "$series,$departments,$mb,${line%%,*},${line#*,},$us"
  }
  row "cat (floor)" cat "$file"
  for c in "${commands[@]}"; do
    # shellcheck disable=SC2086
    row "$c" "$bin/outturn" $c --data "$file" --output /dev/null --quiet
  done
  rm -f "$out/scaling-$n.sqlite"
  row "import" "$bin/outturn" import "$file" --store "$out/scaling-$n.sqlite" --vintage 2024 --quiet
  row "describe (store)" "$bin/outturn" describe --store "$out/scaling-$n.sqlite" --output /dev/null --quiet
  rm -f "$out/scaling-$n.sqlite"*
done

# Report text: the annotated texts of reports-written (30 reports of every kind and layout) one after another, a
# compilation read report by report; and one of them (a 自评报告 with its score table) repeated under its one
# title, a single report read whole. Each repeated to the size and cut at a line break; `extract` and `audit`, time
# per KB against that at 1 MB.
report_kb=${SCALING_REPORT_KB:-"1 100 1000 10000 100000"}
one_report_kb=${SCALING_ONE_REPORT_KB:-"1 100 1000 10000"}
texts=(Tests/OutturnReportsTests/Fixtures/reports-written/*.txt)
one=(Tests/OutturnReportsTests/Fixtures/reports-written/selfeval-weijian-2023.txt)
echo "report_kb,file_mb,command,seconds,peak_mb,microseconds_per_kb"
report_rows() {  # NAME KB SOURCES...
  local name=$1 kb=$2; shift 2
  local file="$out/scaling-$name-$kb.txt"
  if [ ! -f "$file" ]; then
    : > "$file.part"
    while [ "$(stat -c %s "$file.part")" -lt $(( kb * 1024 )) ]; do cat "$@" >> "$file.part"; done
    head -c $(( kb * 1024 )) "$file.part" | sed '$d' > "$file"
    rm -f "$file.part"
  fi
  local mb=$(( $(stat -c %s "$file") / 1048576 ))
  for c in extract audit; do
    line=$(measure "$c ($name)" "$bin/outturn" $c "$file")
    seconds=${line#*,}; seconds=${seconds%,*}
    us=$(awk -v s="$seconds" -v k="$kb" 'BEGIN { printf "%.2f", s * 1e6 / k }')
    per_series["$c ($name)@$kb"]=$us
    peak=${line##*,}
    # (The run-on report's too, which states a deduction every eight characters: 57 MB at 1 MB since its snippets
    # are spans of the text and libpq is loaded only by a PostgreSQL store, it had been 98 MB; 77 MB at 10 MB since
    # the executable fixes glibc's allocator thresholds, it had been 87 MB.)
    if [ "$peak" -gt "$(bound_mb "$file")" ]; then over_memory+=("$c at $kb KB of $name text: $peak MB"); fi
    echo "$kb,$mb,${line%%,*},${line#*,},$us"
  done
}
for kb in $report_kb; do report_rows report "$kb" "${texts[@]}"; done
for kb in $one_report_kb; do report_rows one-report "$kb" "${one[@]}"; done
# (The run-on report: a title line, then scores' deductions and their reasons, 扣 1 分其中：甲指标扣 1 分，…, with no
# full stop, on lines of 40 lists; made once (4.6 MB), repeated with its title past that and cut at a line break by
# report_rows.)
run_on_kb=${SCALING_RUN_ON_KB:-"1 100 1000 10000"}
run_on="$out/scaling-run-on-source.txt"
if [ ! -f "$run_on" ]; then
  { echo "某局2023年度部门整体支出绩效自评报告"
    for _ in $(seq 1 2000); do for _ in $(seq 1 40); do printf '扣1分其中：甲指标扣0.5分，乙指标扣0.5分，'; done; echo; done
  } > "$run_on"
fi
for kb in $run_on_kb; do report_rows run-on "$kb" "$run_on"; done
# (A run-on report of mixed phrases, no full stop either: budgets, cumulative spending and investment, balances, rates
# over funds received, targets after what was done. Each kind of amount runs its own rules, and a rule that reads from
# the sentence's start for every amount of its kind is quadratic here (累计 had been: 8.0 s at 100 KB, 34 s at 200 KB).)
phrases_kb=${SCALING_PHRASES_KB:-"1 100 1000"}
phrases="$out/scaling-run-on-phrases-source.txt"
if [ ! -f "$phrases" ]; then
  { echo "某局2024年度项目支出绩效自评报告"
    for _ in $(seq 1 1000); do for _ in $(seq 1 8); do
      printf '项目预算资金200万元，全年累计支出180万元，占全年预算的90%%，结余20万元，结余率10%%，实际到位资金160万元，'
      printf '到位资金执行率93.75%%，项目总投资500万元，累计完成投资480万元，投资完成率96%%，维修供水工程35处，目标值30处，完成率116.67%%，'
    done; echo; done
  } > "$phrases"
fi
for kb in $phrases_kb; do report_rows run-on-phrases "$kb" "$phrases"; done

# Super-linear growth: time per series at the largest size over that at 10k (small sizes are dominated by start-up).
largest=${sizes##* }
status=0
if [ "$largest" != 10000 ] && [[ " $sizes " == *" 10000 "* ]]; then
  # (Not the cat floor: its 0.00 s at 10,000 series makes any later time "super-linear".)
  for label in "${commands[@]}" "import" "describe (store)"; do
    a=${per_series["$label@10000"]}; b=${per_series["$label@$largest"]}
    if awk -v a="$a" -v b="$b" 'BEGIN { exit !(b > 3 * a && b > 1) }'; then
      echo "super-linear: $label: $a us/series at 10000 series, $b at $largest" >&2
      status=1
    fi
  done
fi
# (Against 1 MB, or 100 KB for the run-on report.)
for kind in "report:1000:$report_kb" "one-report:1000:$one_report_kb" "run-on:100:$run_on_kb" "run-on-phrases:100:$phrases_kb"; do
  name=${kind%%:*}; rest=${kind#*:}; base=${rest%%:*}; kbs=${rest#*:}; largest_report=${kbs##* }
  if [ "$largest_report" != "$base" ] && [[ " $kbs " == *" $base "* ]]; then
    for c in extract audit; do
      a=${per_series["$c ($name)@$base"]}; b=${per_series["$c ($name)@$largest_report"]}
      if awk -v a="$a" -v b="$b" 'BEGIN { exit !(b > 3 * a) }'; then
        echo "super-linear: $c: $a us/KB at $base KB of $name text, $b at $largest_report KB" >&2
        status=1
      fi
    done
  fi
done
for o in "${over_memory[@]}"; do echo "over memory: $o (at most 1.5x the file plus 64 MB)" >&2; status=1; done
exit $status
