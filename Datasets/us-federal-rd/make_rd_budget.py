#!/usr/bin/env python3
"""Builds rd-budget.csv (long panel, US$ million) from source-fed_r_d_spending.csv.

DHS did not exist before 2002: its zero rows are left out (missing), not kept as zero budgets.
Run from this folder: python3 make_rd_budget.py
"""
import csv

NAMES = {
    "DOD": "Department of Defense", "NASA": "National Aeronautics and Space Administration",
    "DOE": "Department of Energy", "HHS": "Department of Health and Human Services",
    "NIH": "National Institutes of Health", "NSF": "National Science Foundation",
    "USDA": "Department of Agriculture", "Interior": "Department of the Interior",
    "DOT": "Department of Transportation", "EPA": "Environmental Protection Agency",
    "DOC": "Department of Commerce", "DHS": "Department of Homeland Security",
    "VA": "Department of Veterans Affairs", "Other": "Other agencies",
}

with open("source-fed_r_d_spending.csv", newline="") as f:
    rows = list(csv.DictReader(f))
order = list(dict.fromkeys(r["department"] for r in rows))
with open("rd-budget.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["department", "indicator", "year", "value", "unit", "department_name", "indicator_name"])
    for dep in order:
        for r in sorted((r for r in rows if r["department"] == dep), key=lambda r: int(r["year"])):
            value = float(r["rd_budget"])
            if dep == "DHS" and int(r["year"]) < 2002:
                continue  # the department did not exist: missing, not zero
            w.writerow([dep, "rd_budget", r["year"], f"{value / 1e6:.10g}", "US$ million", NAMES[dep],
                        "Federal R&D budget"])
