"""Workbooks for WorkbookTests, written by openpyxl 3.1 (an independent writer of the format).
Run: python3 make_workbooks.py   (pip install openpyxl)

- budget-long.xlsx: a title row, a 单位：万元 caption, Chinese headers (单位名称, 年度, 指标, 金额（万元）),
  a department merged over its rows, a percent-formatted execution rate (0.912 -> 91.2%), a second sheet.
- budget-wide.xlsx: wide, year columns 2021年 / 2022 / FY2023, amounts in 元 (converted to 万元).
- bad-*.xlsx: a merged header, a formula without a saved value, a date where a year belongs, an error cell.
The same figures as budget-long.csv beside them.
"""
import datetime
import openpyxl
from openpyxl.styles import numbers

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "预算执行"
ws.append(["2023年部门预算执行情况表"])
ws.append(["单位：万元"])
ws.append(["单位名称", "年度", "指标", "金额（万元）"])
rows = [("湖南省教育厅", 2022, "budget_revenue", 12345.67), (None, 2023, "budget_revenue", 13001.5),
        ("湖南省财政厅", 2022, "budget_revenue", 8800), (None, 2023, "budget_revenue", 9100.25)]
for r in rows:
    ws.append(list(r))
ws.merge_cells("A4:A5")
ws.merge_cells("A6:A7")
ws.append(["湖南省财政厅", 2024, "budget_revenue", "1,234.5"])  # thousands separator in a text cell
other = wb.create_sheet("执行率")
other.append(["部门", "年度", "指标", "数值"])
for dept, year, rate in [("湖南省教育厅", 2022, 0.912), ("湖南省教育厅", 2023, 0.955), ("湖南省财政厅", 2022, 1.0)]:
    other.append([dept, year, "execution_rate", rate])
    other.cell(row=other.max_row, column=4).number_format = "0.0%"
wb.save("budget-long.xlsx")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["部门", "指标", "2021年", "2022", "FY2023"])
ws.append(["教育厅", "total_expenditure", 123456789, 130000000, None])
ws.append(["财政厅", "total_expenditure", 50000, 52000.5, 51000])
ws.cell(row=1, column=6, value="单位：元")
wb.save("budget-wide.xlsx")

def bad(name, build):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    build(ws)
    wb.save(name)

def merged_header(ws):
    ws.append(["部门", "年度", None, "金额"])
    ws.append(["教育厅", 2022, "budget_revenue", 1])
    ws.merge_cells("B1:C1")
bad("bad-merged-header.xlsx", merged_header)

def formula(ws):
    ws.append(["部门", "年度", "指标", "金额"])
    ws.append(["教育厅", 2022, "budget_revenue", "=1+1"])  # openpyxl saves no cached value
bad("bad-formula.xlsx", formula)

def date_year(ws):
    ws.append(["部门", "年度", "指标", "金额"])
    ws.append(["教育厅", datetime.date(2022, 1, 1), "budget_revenue", 5])
bad("bad-date-year.xlsx", date_year)

# monthly-execution.xlsx (MonthlyWorkbookTests): cumulative spending by month as a budget office sends it: a
# title and a 单位：万元 caption, Chinese headers, the period as date cells (month ends), a department merged
# over its rows, and a second sheet with year and month columns where one month is 13.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "执行进度"
ws.append(["2024年1-3月预算执行进度表"])
ws.append(["单位：万元"])
ws.append(["单位名称", "指标", "期间", "累计数"])
for dept, base in [("hun-education", 100.0), ("hun-finance", 40.0)]:
    for year in (2022, 2023, 2024):
        for month in (1, 2, 3, 12):
            if year == 2024 and month == 12:
                continue
            day = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            ws.append([dept, "spent", datetime.date(year, month, day), round(base * month * (1 + 0.1 * (year - 2022)), 2)])
            ws.cell(row=ws.max_row, column=3).number_format = "yyyy-mm-dd"
ws.merge_cells("A4:A14")
bad = wb.create_sheet("错误")
bad.append(["部门", "指标", "年度", "月", "累计数"])
bad.append(["hun-finance", "spent", 2024, 1, 5])
bad.append(["hun-finance", "spent", 2024, 13, 9])
wb.save("monthly-execution.xlsx")
