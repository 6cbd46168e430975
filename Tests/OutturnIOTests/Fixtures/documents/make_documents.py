#!/usr/bin/env python3
"""Report documents for the intake tests (reportlab 4.x; run: python3 make_documents.py).

- report.pdf: a short self-evaluation report in Chinese (a CID font that viewers and pdftotext know without
  embedding), laid out as a real one: title, sections, a figure split from its unit across a line break.
- encrypted.pdf: the same text with an owner and a user password (pdftotext refuses it without the password).
- scanned.pdf: a page with drawings and no text layer, as a scan without OCR is.
- truncated.pdf: the first half of report.pdf's bytes.
- report.html: the same report as a government site publishes it (a script, a style, a table).
- report-gb18030.txt: the lines as a GB18030 text file (Chinese Windows exports).
- report.docx: the same report as a Word document (python-docx 1.x): the lines as paragraphs, and a table of
  the appropriation's budget and actual.
- not-a-zip.docx: text bytes under a .docx name.
"""
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

LINES = [
    "2023 年度湖南省示范厅",
    "部门整体支出绩效自评报告",
    "一、基本情况",
    "2023 年末，本厅实有在职人员 126 人，退休人员 58 人。",
    "二、一般公共预算收支情况",
    "2023 年，本厅部门预算总收入 8,620.50 万元，较上年度 8,000.00 万元增加 620.50 万元，增长 7.76%。",
    "财政拨款全年预算数（含上年结转）9,000.00 万元，决算数 8,100.00",
    "万元，预算执行率为 90.00%。",
]

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def write(path, encrypt=None, text=True):
    c = canvas.Canvas(path, encrypt=encrypt)
    if text:
        c.setFont("STSong-Light", 10)
        for k, line in enumerate(LINES):
            c.drawString(40, 780 - 18 * k, line)
    else:
        c.rect(60, 500, 400, 200, fill=0)
        c.line(60, 500, 460, 700)
    c.save()


write("report.pdf")
from reportlab.lib import pdfencrypt
write("encrypted.pdf", encrypt=pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret", canPrint=0))
write("scanned.pdf", text=False)
data = open("report.pdf", "rb").read()
open("truncated.pdf", "wb").write(data[: len(data) // 2])

html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2023 年度湖南省示范厅部门整体支出绩效自评报告</title>
<style>p { color: #333 } /* 万元 in a style is not a figure: 999.99 万元 */</style>
<script>var total = "777.77 万元";</script></head>
<body><h1>2023 年度湖南省示范厅</h1><h2>部门整体支出绩效自评报告</h2>
<p>一、基本情况</p>
<p>2023 年末，本厅实有在职人员 126&nbsp;人，退休人员 58 人。</p>
<p>二、一般公共预算收支情况</p>
<p>2023 年，本厅部门预算总收入 8,620.50 万元，较上年度 8,000.00 万元增加 620.50 万元，增长 7.76%。</p>
<table><tr><th>项目</th><th>预算数（万元）</th><th>决算数（万元）</th></tr>
<tr><td>财政拨款</td><td>9,000.00</td><td>8,100.00</td></tr></table>
<p>财政拨款全年预算数（含上年结转）9,000.00 万元，决算数 8,100.00 万元，预算执行率为 90.00%。</p>
</body></html>
"""
open("report.html", "w", encoding="utf-8").write(html)
open("report-gb18030.txt", "wb").write(("\n".join(LINES) + "\n").encode("gb18030"))
import docx
d = docx.Document()
for line in LINES:
    d.add_paragraph(line)
t = d.add_table(rows=2, cols=3)
for k, (a, b, c) in enumerate([("项目", "预算数（万元）", "决算数（万元）"), ("财政拨款", "9,000.00", "8,100.00")]):
    t.cell(k, 0).text, t.cell(k, 1).text, t.cell(k, 2).text = a, b, c
d.save("report.docx")
open("not-a-zip.docx", "w").write("这不是一个 Word 文档。\n")
print("wrote report.pdf encrypted.pdf scanned.pdf truncated.pdf report.html report-gb18030.txt report.docx not-a-zip.docx")
