#!/usr/bin/env python3
"""Two performance forms as PDFs laid out as the published ones are (reportlab 4.x or 5.x; run:
python3 make_form.py project-form.pdf whole-form.pdf project-form.docx project-form.html
final-account-table.pdf), so that `pdftotext -layout` leaves what it leaves of real
forms:

- project-form.pdf: a 项目支出绩效自评表: a funds block whose first header cell wraps its unit onto a second line
  (项目资金 / （万元）), a 其中 row that does not add up (its 全年执行数 is 466.00 of the total's 468.00), dashes in
  empty cells, and indicator rows whose 一级指标 is written once per group (a merged cell), so that rows have fewer
  cells than their header.
- whole-form.pdf: a 部门整体支出绩效自评表 whose 评分标准 cells wrap over two lines (the row's numbers on a line
  between them, or beside a standard that ends in 。), a formula (预算执行率=实际支出/预算数×100%) and rules
  (每超过1个百分点扣0.5分) in the standards, and a 合计 row whose score (97.5) is not the sum of the scores (95.5).
- project-form.docx and project-form.html: the project form as a Word table and as a web page's table, with
  merged cells (w:gridSpan / w:vMerge; colspan / rowspan), which the readers must keep on the grid.
- final-account-table.pdf: a two-sided 收入支出决算总表 (revenue left, spending right, each with 本年合计 and 总计).
"""
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
import sys
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
def project_form(path):
    c = canvas.Canvas(path, pagesize=(842, 595))
    F = "STSong-Light"
    def t(x, y, s, size=9, right=False, center=False):
        c.setFont(F, size)
        if right: c.drawRightString(x, y, s)
        elif center: c.drawCentredString(x, y, s)
        else: c.drawString(x, y, s)
    t(421, 560, "项目支出绩效自评表", 14, center=True)
    t(421, 543, "（2023年度）", 10, center=True)
    y = 520
    t(40, y, "项目名称"); t(130, y, "农村公路养护补助")
    y -= 16
    t(40, y, "主管部门"); t(130, y, "示例县交通运输局"); t(470, y, "实施单位"); t(560, y, "示例县公路养护中心")
    y -= 18
    # funds header: first cell spans two lines
    t(40, y, "项目资金"); t(40, y-11, "（万元）")
    cols = [("年初预算数", 300), ("全年预算数", 380), ("全年执行数", 460), ("分值", 530), ("执行率", 590), ("得分", 650)]
    for name, x in cols: t(x, y, name, center=True)
    rows = [("年度资金总额", ["500.00", "520.00", "468.00", "10", "90%", "9.0"]),
            ("其中：当年财政拨款", ["500.00", "520.00", "466.00", "—", "—", "—"]),
            ("上年结转资金", ["0.00", "0.00", "0.00", "—", "—", "—"]),
            ("其他资金", ["0.00", "0.00", "0.00", "—", "—", "—"])]
    y -= 26
    for label, vals in rows:
        t(130 if not label.startswith("其中") else 110, y, label)
        for (name, x), v in zip(cols, vals): t(x, y, v, center=True)
        y -= 15
    y -= 6
    t(40, y, "绩效指标"); 
    hdr = [("一级指标", 110), ("二级指标", 180), ("三级指标", 270), ("年度指标值", 420), ("实际完成值", 510), ("分值", 590), ("得分", 650)]
    for name, x in hdr: t(x, y, name, center=True)
    y -= 15
    ind = [("产出指标", "数量指标", "养护里程", "≥120公里", "118公里", "20", "19"),
           ("", "质量指标", "路面优良率", "≥85%", "88%", "15", "15"),
           ("", "时效指标", "按时完成率", "100%", "100%", "15", "15"),
           ("", "成本指标", "每公里养护成本", "≤4.5万元", "3.97万元", "10", "10"),
           ("效益指标", "社会效益指标", "群众出行便利度", "显著提高", "显著提高", "20", "20"),
           ("满意度指标", "服务对象满意度", "沿线群众满意度", "≥90%", "93%", "10", "10")]
    for r in ind:
        for (name, x), v in zip(hdr, r):
            if v: t(x, y, v, center=True)
        y -= 15
    t(40, y, "总分"); t(590, y, "100", center=True); t(650, y, "98.0", center=True)
    c.save()


def whole_form(path):
    c = canvas.Canvas(path, pagesize=(595, 842))

    F = "STSong-Light"
    def t(x, y, s, size=9, center=False):
        c.setFont(F, size)
        (c.drawCentredString if center else c.drawString)(x, y, s)
    t(297, 800, "示例县统计局2023年度部门整体支出绩效自评表", 13, center=True)
    y = 770
    hdr = [("一级指标", 60), ("二级指标", 130), ("三级指标", 200), ("分值", 260), ("评分标准", 380), ("得分", 530)]
    for n, x in hdr: t(x, y, n, center=True)
    y -= 20
    rows = [("投入", "预算配置", "在职人员控制率", "5", ["在职人员控制率≤100%得满分，", "每超过1个百分点扣0.5分。"], "5"),
            ("", "", "“三公经费”变动率", "5", ["“三公经费”变动率≤0得满分，", "否则扣减相应分数。"], "5"),
            ("过程", "预算执行", "预算执行率", "10", ["预算执行率=实际支出/预算数×100%，", "得分=预算执行率×分值。"], "9.5"),
            ("", "预算管理", "公用经费控制率", "10", ["公用经费控制率≤100%得满分。"], "10"),
            ("产出", "职责履行", "统计调查任务完成率", "40", ["完成率100%得满分，", "每降低1个百分点扣1分。"], "38"),
            ("效果", "履职效益", "社会公众满意度", "30", ["满意度≥90%得满分，", "每降低1个百分点扣1分。"], "28")]
    for a, b, cc, w, std, sc in rows:
        n = len(std)
        mid = y - (n - 1) * 6
        for (name, x), v in zip(hdr[:4], [a, b, cc, w]):
            if v: t(x, mid, v, center=True)
        for i, line in enumerate(std): t(300, y - i * 12, line)
        t(530, mid, sc, center=True)
        y -= 12 * n + 8
    t(60, y, "合计", center=True); t(260, y, "100", center=True); t(530, y, "97.5", center=True)
    y -= 30
    t(40, y, "自评得分97.5分，等级为“优”。")
    c.save()




def project_form_docx(path):
    """The same 项目支出绩效自评表 as a Word table with merged cells (python-docx 1.x): the 项目资金 and 绩效指标
    title cells merged down their blocks (w:vMerge), each 一级指标 merged down its group, 总分 across five columns
    (w:gridSpan)."""
    import docx
    d = docx.Document()
    d.add_paragraph("项目支出绩效自评表（2023年度）")
    d.add_paragraph("主管部门：示例县交通运输局")
    t = d.add_table(rows=14, cols=8)
    def put(r, c, v): t.cell(r, c).text = v
    for c, v in enumerate(["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]): put(0, c, v)
    funds = [("年度资金总额", ["500.00", "520.00", "468.00", "10", "90%", "9.0"]),
             ("其中：当年财政拨款", ["500.00", "520.00", "466.00", "—", "—", "—"]),
             ("上年结转资金", ["0.00", "0.00", "0.00", "—", "—", "—"])]
    for r, (label, vals) in enumerate(funds, start=1):
        put(r, 1, label)
        for c, v in enumerate(vals, start=2): put(r, c, v)
    t.cell(0, 0).merge(t.cell(3, 0)).text = "项目资金（万元）"
    for c, v in enumerate(["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]): put(4, c, v)
    ind = [("数量指标", "养护里程", "≥120公里", "118公里", "20", "19"), ("质量指标", "路面优良率", "≥85%", "88%", "15", "15"),
           ("时效指标", "按时完成率", "100%", "100%", "15", "15"), ("成本指标", "每公里养护成本", "≤4.5万元", "3.97万元", "10", "10"),
           ("社会效益指标", "群众出行便利度", "显著提高", "显著提高", "20", "20"), ("服务对象满意度", "沿线群众满意度", "≥90%", "93%", "10", "10")]
    for r, row in enumerate(ind, start=5):
        for c, v in enumerate(row, start=2): put(r, c, v)
    t.cell(5, 1).merge(t.cell(8, 1)).text = "产出指标"
    put(9, 1, "效益指标"); put(10, 1, "满意度指标")
    t.cell(4, 0).merge(t.cell(12, 0)).text = "绩效指标"
    t.cell(13, 0).merge(t.cell(13, 5)).text = "总分"
    put(13, 6, "100"); put(13, 7, "98.0")
    for r in (11, 12):
        for c in range(1, 8): put(r, c, "")
    d.save(path)


def project_form_html(path):
    """The same form as a government site's page: a table with rowspan and colspan."""
    rows = ['<tr><td rowspan="4">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>',
            '<tr><td>年度资金总额</td><td>500.00</td><td>520.00</td><td>468.00</td><td>10</td><td>90%</td><td>9.0</td></tr>',
            '<tr><td>其中：当年财政拨款</td><td>500.00</td><td>520.00</td><td>466.00</td><td>—</td><td>—</td><td>—</td></tr>',
            '<tr><td>上年结转资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td><td>—</td></tr>',
            '<tr><td rowspan="7">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>',
            '<tr><td rowspan="4">产出指标</td><td>数量指标</td><td>养护里程</td><td>≥120公里</td><td>118公里</td><td>20</td><td>19</td></tr>',
            '<tr><td>质量指标</td><td>路面优良率</td><td>≥85%</td><td>88%</td><td>15</td><td>15</td></tr>',
            '<tr><td>时效指标</td><td>按时完成率</td><td>100%</td><td>100%</td><td>15</td><td>15</td></tr>',
            '<tr><td>成本指标</td><td>每公里养护成本</td><td>≤4.5万元</td><td>3.97万元</td><td>10</td><td>10</td></tr>',
            '<tr><td>效益指标</td><td>社会效益指标</td><td>群众出行便利度</td><td>显著提高</td><td>显著提高</td><td>20</td><td>20</td></tr>',
            '<tr><td>满意度指标</td><td>服务对象满意度</td><td>沿线群众满意度</td><td>≥90%</td><td>93%</td><td>10</td><td>10</td></tr>',
            '<tr><td colspan="6">总分</td><td>100</td><td>98.0</td></tr>']
    page = ('<html><head><meta charset="utf-8"><title>项目支出绩效自评表</title></head><body>\n<p>项目支出绩效自评表（2023年度）</p>\n'
            '<p>主管部门：示例县交通运输局</p>\n<table border="1">\n' + "\n".join(rows) + '\n</table></body></html>\n')
    open(path, "w", encoding="utf-8").write(page)


def final_account_table(path):
    """A 收入支出决算总表 PDF: revenue on the left, spending on the right, one row each, a blank row."""
    c = canvas.Canvas(path, pagesize=(842, 595))
    def t(x, y, s, size=9, right=False, center=False):
        c.setFont("STSong-Light", size)
        (c.drawRightString if right else c.drawCentredString if center else c.drawString)(x, y, s)
    t(421, 560, "示例县林业局2023年度部门决算", 14, center=True)
    t(421, 540, "收入支出决算总表", 12, center=True)
    t(760, 525, "单位：万元")
    y = 505
    for x, h in [(130, "项目"), (250, "行次"), (330, "金额"), (520, "项目"), (650, "行次"), (730, "金额")]: t(x, y, h, center=True)
    rows = [("一、一般公共预算财政拨款收入", "1", "1,250.30", "一、一般公共服务支出", "32", "0.00"),
            ("二、政府性基金预算财政拨款收入", "2", "80.00", "二、农林水支出", "33", "1,180.40"),
            ("三、上级补助收入", "3", "0.00", "三、社会保障和就业支出", "34", "96.20"),
            ("四、事业收入", "4", "12.00", "四、住房保障支出", "35", "45.10"),
            ("", "", "", "", "", ""),
            ("本年收入合计", "6", "1,342.30", "本年支出合计", "36", "1,321.70"),
            ("年初结转和结余", "8", "35.40", "年末结转和结余", "38", "56.00"),
            ("总计", "9", "1,377.70", "总计", "39", "1,377.70")]
    for r in rows:
        y -= 16
        t(40, y, r[0]); t(250, y, r[1], center=True); t(360, y, r[2], right=True)
        t(430, y, r[3]); t(650, y, r[4], center=True); t(760, y, r[5], right=True)
    c.save()


if __name__ == "__main__":
    # python3 make_form.py project-form.pdf whole-form.pdf project-form.docx project-form.html final-account-table.pdf
    project_form(sys.argv[1])
    whole_form(sys.argv[2])
    project_form_docx(sys.argv[3])
    project_form_html(sys.argv[4])
    final_account_table(sys.argv[5])
