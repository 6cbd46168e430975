"""A holdout file inside the training parts of an M1-layout file: each series' last H training years become its
test part, series with at least 7 years before them. The test years are never read.

    python3 Benchmarks/explorations/holdout.py ../shared/datasets/m1-yearly.csv 6 OUT.csv
"""
import csv, sys
from collections import defaultdict
path, H, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = defaultdict(list)
for r in csv.DictReader(open(path)):
    if r["part"] == "train": rows[r["series"]].append((int(r["year"]), r["value"]))
w = csv.writer(open(out, "w")); w.writerow(["series", "year", "value", "part"])
for s, r in rows.items():
    r.sort()
    if len(r) - H < 7: continue
    for k, (y, v) in enumerate(r): w.writerow([s, y, v, "train" if k < len(r) - H else "test"])
