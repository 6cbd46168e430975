#!/usr/bin/env python3
"""Builds report-figures.csv: the figures stated in the 2024 self-evaluation report of 湖南省人大常委会办公厅
(../shared/seeds/000_e729b0afc6ad344c.txt), one row per catalogue indicator and year, each with where in the
report it is stated (character offset of the number and the surrounding text) and the vintage (the report year).

Each figure is located by the text right before it, so the offsets are exact for the report as distributed.
Run from this folder: python3 make_report_figures.py [path/to/report.txt]
"""
import csv
import re
import sys

REPORT = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/seeds/000_e729b0afc6ad344c.txt"
SOURCE_NAME = "000_e729b0afc6ad344c.txt"

# (indicator, year, value as printed, regex whose group 1 is the number, in report order)
FIGURES = [
    ("budget_revenue", 2024, "15880.27", r"部门预算总收入\s*(15880\.27)"),
    ("budget_revenue", 2023, "14464.73", r"较上年度\s*(14464\.73)"),
    ("total_expenditure", 2024, "14707.31", r"本部门总支出\s*(14707\.31)"),
    ("basic_expenditure", 2024, "9765.34", r"实际支出\s*(9765\.34)"),
    ("personnel_expenditure", 2024, "8035.68", r"人员经费\s*(8035\.68)"),
    ("public_expenditure", 2024, "1729.66", r"日常公用经费\s*(1729\.66)"),
    ("project_budget", 2024, "6114.93", r"全年预算数\s*(6114\.93)"),
    ("project_expenditure", 2024, "4941.97", r"决算数\s*(4941\.97)"),
    ("score_total", 2024, "99.26", r"得分\s*(99\.26)"),
    ("score_budget_execution", 2024, "9.26", r"得\s*(9\.26)\s*分"),
    ("appropriation_budget", 2024, "15424.89", r"（含上年结转）\s*(15424\.89)"),
    ("appropriation_final", 2024, "14877.44", r"决算\s*数\s*(14877\.44)"),
    ("execution_rate", 2024, "92.56", r"预算执行率为\s*(92\.56)"),
    ("score_output", 2024, "50", r"产出指标分析（分值 50 分，得\s*(50)"),
    ("public_expenditure_budget", 2024, "1730", r"公用经费预算安排\s*(1730)"),
    ("three_public_budget", 2024, "326", r"调整预算数\s*(326)"),
    ("three_public_expenditure", 2024, "326", r"调整预算数 326 万元，实际支出\s*(326)"),
    ("score_benefit", 2024, "30", r"产出效益（分值 30 分，得\s*(30)"),
    ("score_satisfaction", 2024, "10", r"满意度分析（分值 10 分，得\s*(10)"),
    ("staff_in_service", 2024, "274", r"实有在职人员\s*(274)"),
    ("retirees", 2024, "208", r"退休人员\s*(208)"),
]
UNITS = {"execution_rate": "%", "staff_in_service": "人", "retirees": "人"}

text = open(REPORT, encoding="utf-8").read()
rows = []
for indicator, year, printed, pattern in FIGURES:
    m = re.search(pattern, text)
    if not m or m.group(1) != printed:
        sys.exit(f"{indicator} {year}: pattern not found in the report")
    offset = m.start(1)
    snippet = re.sub(r"\s+", " ", text[max(0, offset - 24):offset + len(printed) + 6]).strip()
    unit = UNITS.get(indicator, "分" if indicator.startswith("score_") else "万元")
    rows.append([
        "hunan-npc-office", indicator, year, printed, unit, "湖南省人大常委会办公厅",
        f"{SOURCE_NAME}@{offset}: {snippet}", 2024,
    ])
rows.sort(key=lambda r: (r[1], r[2]))
with open("report-figures.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["department", "indicator", "year", "value", "unit", "department_name", "source", "vintage"])
    w.writerows(rows)
print(f"{len(rows)} figures")
