#!/usr/bin/env bash
# Fuzz the readers with libFuzzer under AddressSanitizer.
#   bash Fuzz/run.sh [SECONDS] [TARGET...]      SECONDS per target (default 60); TARGETs: csv json workbook report monthly
# Seeds: Fuzz/seeds/TARGET plus the project's own fixtures of that kind. A crash, a sanitizer report, a hang
# (an input taking more than 20 s) or a memory blow-up (2 GB) fails the run; its input is kept in
# Fuzz/regressions/TARGET/, which FuzzRegressionTests replays in every `swift test`: commit it with the fix.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=${*:-csv json workbook report monthly}
export OPENBLAS_NUM_THREADS=1
# The readers take paths: each input is written to a file first, in memory where the machine has /dev/shm.
if [ -w /dev/shm ]; then export TMPDIR=/dev/shm/; fi
swift build -c release --product outturn-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 \
  | grep -v "Cannot export local symbol" | tail -n 2
fuzzer=$(swift build -c release --show-bin-path)/outturn-fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
total=0
for target in $targets; do
  corpus=$work/$target
  mkdir -p "$corpus" "regressions/$target"
  cp seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  case $target in
    csv) cp ../Tests/OutturnIOTests/Fixtures/*.csv ../Datasets/us-federal-rd/rd-budget.csv ../Datasets/hunan-npc-report/*.csv "$corpus"/ ;;
    report) cp ../Tests/OutturnReportsTests/Fixtures/*/*.txt "$corpus"/ ;;
    workbook) cp ../Tests/OutturnIOTests/Fixtures/workbooks/*.xlsx "$corpus"/ ;;
    monthly) cp ../Datasets/national-monthly/general-budget.csv ../Tests/OutturnTests/Fixtures/execution/panel.csv "$corpus"/ ;;
  esac
  log=$work/$target.log
  status=0
  OUTTURN_FUZZ_TARGET=$target "$fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="regressions/$target/" "$corpus" "regressions/$target" >"$log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || echo 0)
  total=$((total + ${runs:-0}))
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "fuzz $target: FAILED after $runs inputs (exit $status); the input is in Fuzz/regressions/$target/:" >&2
    grep -E "ERROR|Fatal error|SUMMARY|==[0-9]+==|artifact" "$log" | head -n 20 >&2
  else
    echo "fuzz $target: $runs inputs in ${seconds} s, no crash, no hang"
  fi
done
echo "fuzz: $total inputs in all"
exit "$failed"
