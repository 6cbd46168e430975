#!/usr/bin/env bash
# The store soak: four processes importing and four reading one store for SECONDS (default 60), then the
# invariants: every import that reported success is in `store list` exactly once (no lost or duplicated
# vintage), the figures the imports added and changed sum to the store's figure versions, no reader ever failed
# or saw part of an import (each import brings whole departments of ten values).
#
#   bash Benchmarks/soak.sh STORE [SECONDS]     STORE: a new SQLite path or a postgresql:// URL of an empty database
set -euo pipefail
store=${1:?a store path or URL}
seconds=${2:-60}
bin=${OUTTURN_BIN:-.build/release/outturn}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
end=$(( $(date +%s) + seconds ))

importer() {
  local w=$1 k=0
  while [ "$(date +%s)" -lt "$end" ]; do
    local f="$work/w$w-$k.csv" policy=reject vintage=2024 base=$k department="w$w-$k"
    # Every third import restates the importer's previous department (a new vintage, made current).
    if [ $k -gt 0 ] && [ $((k % 3)) -eq 0 ]; then department="w$w-$((k - 1))"; base=500; policy=replace; vintage=$((2025 + k)); fi
    { echo "department,indicator,year,value"; for y in $(seq 2015 2024); do echo "$department,execution_rate,$y,$((base + y - 2015))"; done; } > "$f"
    if out=$("$bin" import "$f" --store "$store" --on-conflict $policy --vintage $vintage --format csv --quiet 2>&1); then
      echo "$out" | tail -n 1 >> "$work/ok-$w"
    else
      echo "import w$w-$k: $out" >> "$work/failures"
    fi
    k=$((k + 1))
  done
}

reader() {
  local r=$1
  while [ "$(date +%s)" -lt "$end" ]; do
    if out=$("$bin" describe --store "$store" --format csv 2>&1); then
      echo reads >> "$work/reads-$r"
      n=$(echo "$out" | awk -F, 'NR > 1 { s += $8 } END { print s + 0 }')
      if [ $((n % 10)) -ne 0 ]; then echo "reader $r saw $n values" >> "$work/failures"; fi
    elif ! echo "$out" | grep -q "no store\|no Outturn store"; then
      echo "reader $r: $out" >> "$work/failures"
    fi
  done
}

"$bin" import /dev/null --store "$store" >/dev/null 2>&1 || true   # creates the store's schema when empty
for w in 1 2 3 4; do importer $w & done
for r in 1 2 3 4; do reader $r & done
wait

imports=$(cat "$work"/ok-* 2>/dev/null | awk -F, '$2 != ""' | wc -l)
figures=$(cat "$work"/ok-* 2>/dev/null | awk -F, '$2 != "" { s += $3 + $4 } END { print s + 0 }')
reads=$(cat "$work"/reads-* 2>/dev/null | wc -l)
listed=$("$bin" store list --store "$store" --format csv 2>"$work/list-err" | tail -n +2)
listed_imports=$(echo "$listed" | grep -c . || true)
listed_figures=$(echo "$listed" | awk -F, '{ s += $5 } END { print s + 0 }')
distinct=$(echo "$listed" | cut -d, -f2 | sort -u | grep -c . || true)
versions=$(sed -n 's/.*: \([0-9]*\) figure versions/\1/p' "$work/list-err")
echo "soak on $(echo "$store" | sed 's#://\([^:@/]*\):[^@]*@#://\1@#'): ${seconds} s, $imports imports ($figures figures), $reads reads"
status=0
[ -s "$work/failures" ] && { echo "failures:"; head -n 5 "$work/failures"; status=1; }
[ "$listed_imports" -eq "$imports" ] || { echo "store list shows $listed_imports imports, $imports succeeded"; status=1; }
[ "$distinct" -eq "$imports" ] || { echo "$distinct distinct sources for $imports imports"; status=1; }
[ "$listed_figures" -eq "$figures" ] && [ "$versions" -eq "$figures" ] || { echo "figures: imports $figures, listed $listed_figures, stored $versions"; status=1; }
[ $status -eq 0 ] && echo "invariants hold: every import once, figures = sum of imports ($versions), no reader failure"
exit $status
