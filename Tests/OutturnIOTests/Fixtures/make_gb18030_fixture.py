#!/usr/bin/env python3
"""Writes gb18030-long.csv: a small long panel encoded in GB18030 (as Chinese government spreadsheets export it),
CRLF line ends, a quoted amount with a thousands separator, and a character outside GBK (𠀀, four bytes in
GB18030) to prove full GB18030 decoding. Run: python3 make_gb18030_fixture.py"""
rows = [
    "department,indicator,year,value,unit,department_name,indicator_name",
    'hunan-npc-office,budget_revenue,2023,"14,464.73",万元,湖南省人大常委会办公厅,部门预算总收入',
    "hunan-npc-office,budget_revenue,2024,15880.27,万元,湖南省人大常委会办公厅,部门预算总收入",
    "hunan-npc-office,execution_rate,2024,92.56,%,湖南省人大常委会办公厅,预算执行率",
    "rare,execution_rate,2024,88.1,%,𠀀字测试厅,预算执行率",
]
open("gb18030-long.csv", "wb").write(("\r\n".join(rows) + "\r\n").encode("gb18030"))
print("wrote gb18030-long.csv")
