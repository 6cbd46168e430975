import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnOutput
import OutturnReports
import OutturnStore

extension OutturnCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One self-contained HTML page for a department, a group or the whole panel: figures, trends, forecasts, peer ranks, charts.",
            discussion: paragraphs("""
                The page holds, for the departments selected (--department, --group; all by default) and every
                indicator (or --indicator): the latest figures with their units, change on the year before and
                source; the trend (OLS slope per year, p, direction by Mann-Kendall); next year's forecast with
                80% and 95% intervals (the auto model); each department's rank among all departments of the data
                in the latest year; and a forecast chart per indicator. It needs nothing at view time (no script,
                fonts or images fetched) and prints to A4. --language zh or en (default: Chinese when the data's
                names are Chinese).

                Example:
                  outturn report --data Datasets/synthetic-provincial/panel.csv --department hun-finance --output 湖南省财政厅.html
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions

        @Option(name: .long, help: ArgumentHelp("The page's language: zh or en (default: zh when the data's names are Chinese).", valueName: "zh|en"))
        var language: String?
        @Option(name: .long, help: ArgumentHelp("The HTML file to write (- for standard output).", valueName: "file.html"))
        var output: String
        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
            "Reports (.txt, .pdf, .docx, .html) whose arithmetic checks (outturn audit) the page lists, with the inconsistent ones first.",
            valueName: "report"))
        var audit: [String] = []
        @Option(name: .long, help: ArgumentHelp("Monthly cumulative figures (as for outturn progress): adds an execution-progress section with its chart.", valueName: "file.csv"))
        var monthly: String?
        @Option(name: .long, help: ArgumentHelp("With --monthly: the indicator executed (default: the first indicator of the file).", valueName: "id"))
        var monthlyActual: String?
        @Option(name: .long, help: ArgumentHelp("With --monthly: the budget indicator (default: an indicator whose id ends in budget, when there is one).", valueName: "id"))
        var monthlyBudget: String?
        @Option(name: .long, help: ArgumentHelp("With --monthly: the year-end execution target, in percent.", valueName: "percent"))
        var target: Double = 90

        func validate() throws {
            try refuseUnwritable(output)
            if monthly == nil && input.data != nil && (monthlyActual != nil || monthlyBudget != nil) {
                throw ValidationError("--monthly-actual and --monthly-budget go with --monthly FILE (or a store holding monthly figures)")
            }
            if let language, !["zh", "en"].contains(language) { throw ValidationError("--language takes zh or en, got \"\(language)\"") }
            let ext = (output as NSString).pathExtension.lowercased()
            if output != "-" && !output.hasPrefix("/dev/") && !["html", "htm"].contains(ext) {
                throw ValidationError("the report is an HTML page: give --output FILE.html")
            }
        }

        func run() throws {
            let full = try input.loadPanel(years: selection.years)
            var chosen = selection
            let panel = try chosen.apply(to: full)
            chosen.indicator = []
            let zh = language.map { $0 == "zh" } ?? (panel.departments.map(\.name) + panel.indicators.map(\.name)).contains { Self.isChinese($0) }
            let t = Words(zh: zh)
            let subject: String
            if panel.departments.count == 1 { subject = panel.departments[0].name }
            else if !selection.group.isEmpty { subject = selection.group.map { $0.split(separator: "=", maxSplits: 1).last.map(String.init) ?? $0 }.joined(separator: ", ") }
            else if panel.departments.count == full.departments.count { subject = t.all }
            else { subject = "\(panel.departments.count) \(t.departments)" }
            var page = HTMLReport(title: "\(t.title)\(subject)", language: zh ? "zh-CN" : "en")
            let years = panel.years.isEmpty ? "" : "\(panel.years.lowerBound)-\(panel.years.upperBound - 1)"
            page.blocks.append(.paragraph(t.about(source: input.name, departments: panel.departments.count, indicators: panel.indicators.count, years: years)))

            // Latest figures.
            var figures = RecordTable(columns: [Column("department", heading: t.department), Column("indicator", heading: t.indicator),
                                                Column("unit", heading: t.unit), Column("year", heading: t.year, style: .year),
                                                Column("value", heading: t.value, style: .decimals(2)),
                                                Column("change", heading: t.change, style: .decimals(1)), Column("source", heading: t.source)])
            for (d, dep) in panel.departments.enumerated() {
                for (i, ind) in panel.indicators.enumerated() {
                    let s = panel.series(departmentAt: d, indicatorAt: i)
                    guard let k = s.lastIndex(where: { !$0.isNaN }) else { continue }
                    let year = panel.years.lowerBound + k
                    let previous = k > 0 ? s[k - 1] : .nan
                    let change: Cell = previous.isNaN || previous == 0 ? .missing : .number(100 * (s[k] - previous) / abs(previous))
                    let source = panel.provenance[ObservationKey(department: dep.id, indicator: ind.id, year: year)].map {
                        $0.source + ($0.vintage.map { " (\($0))" } ?? "") } ?? input.name
                    figures.append([.text(dep.name), .text(ind.name), .text(ind.unit), .number(Double(year)), .number(s[k]), change, .text((source as NSString).lastPathComponent)])
                }
            }
            page.blocks += [.heading(t.figures), .table(figures)]

            // Trends.
            let summaries = try TrendAnalysis.summarise(panel: panel)
            var trends = RecordTable(columns: [Column("department", heading: t.department), Column("indicator", heading: t.indicator),
                                               Column("n", heading: t.years, style: .integer), Column("slope", heading: t.slope),
                                               Column("p", heading: "p", style: .pValue), Column("direction", heading: t.direction)])
            for s in summaries {
                trends.append([.text(try panel.department(s.department).name), .text(try panel.indicator(s.indicator).name),
                               .number(Double(s.linear.observations)), .optional(s.linear.slope), .optional(s.linear.pValue), .text(t.direction(s.direction))])
            }
            page.blocks += [.heading(t.trends), .paragraph(t.trendNote), .table(trends)]

            // Forecasts, with a chart per indicator.
            let forecasts = try BatchForecaster.forecast(panel: panel, method: .auto, options: ForecastOptions(horizon: 1, levels: [80, 95]))
            var table = RecordTable(columns: [Column("department", heading: t.department), Column("indicator", heading: t.indicator),
                                              Column("last_value", heading: t.lastActual, style: .decimals(2)),
                                              Column("year", heading: t.year, style: .year), Column("forecast", heading: t.forecast, style: .decimals(2)),
                                              Column("change", heading: t.forecastChange, style: .decimals(2)),
                                              Column("lower_80", heading: "80% " + t.lower, style: .decimals(2)), Column("upper_80", heading: "80% " + t.upper, style: .decimals(2)),
                                              Column("lower_95", heading: "95% " + t.lower, style: .decimals(2)), Column("upper_95", heading: "95% " + t.upper, style: .decimals(2)),
                                              Column("model", heading: t.model)])
            var charts: [String] = []
            for result in forecasts {
                let ind = try panel.indicator(result.indicator)
                for f in result.forecasts {
                    // Next year: the last point (a series that stops early has nowcasts of the years before it).
                    guard let p = f.points.last else { continue }
                    let i80 = p.intervals.first { $0.level == 80 }, i95 = p.intervals.first { $0.level == 95 }
                    table.append([.text(try panel.department(f.department).name), .text(ind.name), .optional(f.lastValue),
                                  .number(Double(p.year)), .number(p.mean), .optional(f.lastValue.map { p.mean - $0 }),
                                  .optional(i80?.lower), .optional(i80?.upper), .optional(i95?.lower), .optional(i95?.upper), .text(f.modelName)])
                }
                if charts.count < 6, !result.forecasts.isEmpty { charts.append(try SVGChart.forecast(result, panel: panel, levels: [80, 95]).render()) }
            }
            page.blocks += [.heading(t.forecasts), .paragraph(t.forecastNote), .table(table)]

            // Peer ranks in the latest year, among all departments of the data.
            var ranks = RecordTable(columns: [Column("department", heading: t.department), Column("indicator", heading: t.indicator),
                                              Column("year", heading: t.year, style: .year), Column("value", heading: t.value, style: .decimals(2)),
                                              Column("rank", heading: t.rank), Column("percentile", heading: t.percentile, style: .decimals(1)),
                                              Column("peer_median", heading: t.peerMedian, style: .decimals(2))])
            let selected = Set(panel.departments.map(\.id))
            for ind in panel.indicators {
                let i = try full.indicatorPosition(ind.id)
                guard let k = (0..<full.yearCount).last(where: { k in full.departments.indices.contains { !full.series(departmentAt: $0, indicatorAt: i)[k].isNaN } }) else { continue }
                let standings = try PeerComparison.standings(panel: full, indicator: ind.id, years: [full.years.lowerBound + k])
                for s in standings where selected.contains(s.department) {
                    ranks.append([.text(try full.department(s.department).name), .text(ind.name), .number(Double(s.year)), .number(s.value),
                                  .text("\(s.rank) / \(s.peers)"), .optional(s.percentile), .number(s.peerMedian)])
                }
            }
            page.blocks += [.heading(t.peers), .table(ranks)]

            // Evaluation scores and grades (财政部 rule: 优 90, 良 80, 中 60), where the data has the total score.
            if let s = panel.position(ofIndicator: "score_total") {
                var scores = RecordTable(columns: [Column("department", heading: t.department), Column("year", heading: t.year, style: .year),
                                                   Column("total", heading: t.total, style: .decimals(2)), Column("grade", heading: t.grade)])
                for (d, dep) in panel.departments.enumerated() {
                    for (k, v) in panel.series(departmentAt: d, indicatorAt: s).enumerated().suffix(3) where !v.isNaN {
                        scores.append([.text(dep.name), .number(Double(panel.years.lowerBound + k)), .number(v), .text(ScoringScheme.standard.grade(of: v) ?? "")])
                    }
                }
                page.blocks += [.heading(t.scores), .table(scores)]
            }
            // The arithmetic checks of the reports given.
            if !audit.isEmpty {
                var checks = RecordTable(columns: [Column("report", heading: t.reportFile), Column("check", heading: t.check),
                                                   Column("stated", heading: t.stated, style: .decimals(2)), Column("recomputed", heading: t.recomputed, style: .decimals(2)),
                                                   Column("verdict", heading: t.verdict), Column("snippet", heading: t.snippet)])
                for path in try ReportSource.paths(audit) {
                    ReportExtractor.extractEach(text: try ReportSource.text(path: path), source: ReportSource.displayName(path)) { e in
                        for c in ReportAudit.audit(e).sorted(by: { !$0.consistent && $1.consistent }) {
                            checks.append([.text(ReportSource.displayName(path)), .text(c.check), .number(c.stated), .number(c.recomputed),
                                           .text(c.consistent ? t.consistent : t.inconsistent), .text(String(c.snippet.prefix(60)))])
                        }
                    }
                }
                page.blocks += [.heading(t.audit), .paragraph(t.auditNote), .table(checks)]
            }
            // Execution within the year, from monthly figures: the file given, else the data file when it is
            // monthly (its year-end figures made the annual sections), else those of the store read.
            var months: MonthlyPanel? = nil, monthlySource = monthly ?? ""
            if let monthly {
                months = try MonthlyCSV.read(path: monthly)
            } else if let data = input.data, MonthlyCSV.isMonthlyFile(path: data) {
                (months, monthlySource) = (try MonthlyCSV.read(path: data), data)
            } else if input.data == nil {
                let location = StoreLocation.path(input.store)
                if let stored = try Stores.open(location, access: .read).monthlyFigures(asOf: input.asOf) {
                    (months, monthlySource) = (stored, Stores.displayName(location))
                }
            }
            if let months {
                guard let actual = monthlyActual ?? months.indicators.first(where: { !months.budgetIndicators().contains($0) })?.id ?? months.indicators.first?.id else {
                    throw DataError("\(monthlySource) holds no figures")
                }
                let budget = monthlyBudget ?? months.budgetIndicators(besides: actual).first?.id
                let progress = try ExecutionProjector.progress(months, actual: actual, budget: budget, targetPercent: target)
                let pageUnits = Set(panel.departments.map(\.id))
                let everyone = panel.departments.count == full.departments.count
                let shown = progress.records.filter { everyone || pageUnits.contains($0.unit.id) || pageUnits.contains($0.unit.attributes["department"] ?? "") }
                    .sorted { ($0.projectedRatePercent ?? .infinity, $0.unit.id) < ($1.projectedRatePercent ?? .infinity, $1.unit.id) }
                var rows = RecordTable(columns: [Column("unit", heading: t.department), Column("cumulative", heading: t.cumulative(progress.indicator.unit), style: .decimals(2)),
                                                 Column("executed_pct", heading: t.executed, style: .decimals(1)), Column("schedule_pct", heading: t.schedule, style: .decimals(1)),
                                                 Column("last_year_executed_pct", heading: t.lastYearExecuted, style: .decimals(1)),
                                                 Column("projected", heading: t.projected(progress.indicator.unit), style: .decimals(2)),
                                                 Column("lower_80", heading: "80% " + t.lower, style: .decimals(2)), Column("upper_80", heading: "80% " + t.upper, style: .decimals(2)),
                                                 Column("projected_rate", heading: t.projectedRate, style: .decimals(1)), Column("warning", heading: t.warning)])
                for r in shown {
                    rows.append([.text(r.unit.name), .number(r.cumulative), .optional(r.executedPercent), .number(r.schedulePercent), .optional(r.lastYearExecutedPercent),
                                 .number(r.projected), .optional(r.intervals[80]?.lowerBound), .optional(r.intervals[80]?.upperBound),
                                 .optional(r.projectedRatePercent), .text(r.warning ? (progress.month == 12 ? t.missed : t.warned) : "")])
                }
                let pooled = progress.evidence.first { $0.method == .pooled }
                page.blocks += [.heading(t.execution), .paragraph(t.executionNote(progress, pooled: pooled, baselines: progress.evidence.filter { $0.method != .pooled })), .table(rows)]
                if budget != nil && !shown.isEmpty {
                    let ids = Set(shown.map(\.unit.id))
                    charts.insert(SVGChart.progress(progress.keeping { ids.contains($0.unit.id) }, level: 80).render(), at: 0)
                }
            }
            page.blocks += [.heading(t.charts)] + charts.map { .chart($0) }

            let sink = try ByteSink(path: output)
            try sink.write(page.render())
            try sink.finish()
        }

        static func isChinese(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

        /// The page's words in its language.
        struct Words {
            let zh: Bool
            func w(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
            var title: String { w("部门指标分析报告：", "Indicator report: ") }
            var all: String { w("全部部门", "all departments") }
            var departments: String { w("个部门", "departments") }
            var department: String { w("部门", "department") }
            var indicator: String { w("指标", "indicator") }
            var unit: String { w("单位", "unit") }
            var year: String { w("年度", "year") }
            var years: String { w("年数", "years") }
            var value: String { w("数值", "value") }
            var change: String { w("较上年变动 %", "change on the year before %") }
            var source: String { w("来源", "source") }
            var figures: String { w("一、主要指标", "1. Latest figures") }
            var trends: String { w("二、变动趋势", "2. Trends") }
            var trendNote: String { w("斜率为最小二乘法线性趋势（每年变动，指标单位），方向依据Mann-Kendall检验（5%显著性）。",
                                      "The slope is the least-squares linear trend (change per year, in the indicator's unit); the direction is by the Mann-Kendall test at 5%.") }
            var slope: String { w("年均斜率", "slope per year") }
            var direction: String { w("方向", "direction") }
            var forecasts: String { w("三、下一年预测", "3. Next year's forecast") }
            var forecastNote: String { w("预测模型由滚动回测自动选择，区间为经回测校准的80%和95%预测区间。",
                                         "The model is chosen automatically by rolling-origin backtests; intervals are 80% and 95% prediction intervals calibrated on the backtests.") }
            var forecast: String { w("预测值", "forecast") }
            var lastActual: String { w("最近实际值", "last actual") }
            var forecastChange: String { w("较实际变动", "change") }
            var lower: String { w("下限", "lower") }
            var upper: String { w("上限", "upper") }
            var model: String { w("模型", "model") }
            var peers: String { w("四、同级比较（最新年度，全部部门中）", "4. Rank among all departments (latest year)") }
            var rank: String { w("排名", "rank") }
            var percentile: String { w("百分位", "percentile") }
            var peerMedian: String { w("中位数", "peer median") }
            var scores: String { w("五、绩效评价得分（近三年）", "5. Evaluation scores (last three years)") }
            var total: String { w("总分", "total") }
            var grade: String { w("等级", "grade") }
            var charts: String { w("图表", "Charts") }
            var audit: String { w("报告数字核对", "Arithmetic checks of the reports") }
            var auditNote: String { w("各报告中陈述的数字与其自身其他数字的核算关系（合计与明细、增减、占比、执行率等），按陈述的舍入精度判断。",
                                      "Each figure a report states against what its own other figures give (totals and parts, changes, shares, execution rates), within the rounding of the figures as stated.") }
            var reportFile: String { w("报告", "report") }
            var check: String { w("核对项", "check") }
            var stated: String { w("陈述值", "stated") }
            var recomputed: String { w("核算值", "recomputed") }
            var verdict: String { w("结论", "verdict") }
            var snippet: String { w("原文", "text") }
            var consistent: String { w("一致", "consistent") }
            var inconsistent: String { w("不一致", "inconsistent") }
            var execution: String { w("预算执行进度（年内）", "Execution within the year") }
            func cumulative(_ unit: String) -> String { w("累计执行", "to date") + (unit.isEmpty ? "" : "（\(unit)）") }
            var executed: String { w("执行进度 %", "executed %") }
            var schedule: String { w("序时进度 %", "schedule %") }
            var lastYearExecuted: String { w("上年同期 %", "same month last year %") }
            func projected(_ unit: String) -> String { w("预计全年", "projected year-end") + (unit.isEmpty ? "" : "（\(unit)）") }
            var projectedRate: String { w("预计执行率 %", "projected rate %") }
            var warning: String { w("预警", "warning") }
            var warned: String { w("预计未达标", "projected to miss") }
            var missed: String { w("未达标", "missed") }
            func executionNote(_ p: ExecutionProgress, pooled: ExecutionProjector.Accuracy?, baselines: [ExecutionProjector.Accuracy]) -> String {
                let month = "\(p.year)年\(p.month)月"
                if p.month == 12 {
                    return zh ? "\(p.year)年全年已执行完毕（12月累计数即全年数），执行率目标\(DecimalText.shortest(p.targetPercent))%；未达目标的单位标为未达标。"
                              : "\(p.year) is complete (the December figure is the year's outturn); the target is \(DecimalText.shortest(p.targetPercent))%, and units below it are marked as having missed it."
                }
                var evidence = ""
                if let e = pooled {
                    let mape = DecimalText.format(e.mape, style: .decimals(1))
                    let others: [String] = baselines.map { b in
                        let m = DecimalText.format(b.mape, style: .decimals(1))
                        if zh { return "（" + (b.method == .lastYearShare ? "按上年同期进度" : "按时间直线外推") + "：" + m + "%）" }
                        return " (" + (b.method == .lastYearShare ? "last year's share" : "straight line") + ": " + m + "%)"
                    }
                    evidence = zh ? "以往年度回测中，该模型在\(p.month)月末预测全年数的平均绝对误差为\(mape)%" + others.joined() + "。"
                                  : "In backtests over earlier years this model's projections from month \(p.month) missed the year-end figure by \(mape)% on average" + others.joined() + "."
                }
                return zh
                    ? "截至\(month)，序时进度\(DecimalText.format(Double(p.month) / 12 * 100, style: .decimals(1)))%，执行率目标\(DecimalText.shortest(p.targetPercent))%。预计全年数依据各单位及同级单位以往年度的月度执行规律（一个合并模型）测算，区间为经以往年度回测校准的80%区间；预计执行率的80%区间上限低于目标即预警。" + evidence
                    : "To \(p.year)-\(p.month < 10 ? "0" : "")\(p.month); the schedule is \(DecimalText.format(Double(p.month) / 12 * 100, style: .decimals(1)))%, the target \(DecimalText.shortest(p.targetPercent))%. Year-end figures are projected from each unit's and its peers' monthly profiles in earlier years (one pooled model), with 80% intervals calibrated on backtests over those years; a unit is warned about when the upper bound of its projected rate's 80% interval is below the target. " + evidence
            }
            func direction(_ d: TrendDirection) -> String {
                switch d {
                case .rising: w("上升", "rising")
                case .falling: w("下降", "falling")
                case .noSignificantTrend: w("无显著趋势", "no significant trend")
                case .tooShort: w("年数不足", "too short")
                }
            }
            func about(source: String, departments: Int, indicators: Int, years: String) -> String {
                zh ? "数据：\((source as NSString).lastPathComponent)；\(departments)个部门，\(indicators)项指标，\(years)年。"
                   : "Data: \((source as NSString).lastPathComponent); \(departments) departments, \(indicators) indicators, \(years)."
            }
        }
    }
}
