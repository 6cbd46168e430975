import Outturn

/// The charts of the analyses, drawn from their results: what `--plot` writes. Titles and axes name the
/// indicator by its name and unit (预算执行率 (%)); more than three departments are drawn as small multiples
/// with a shared value axis, never as a tangle of lines; a chart that shows a selection says so in its subtitle.
extension SVGChart {
    /// The most departments drawn; more are named in the subtitle as left out.
    public static let panelLimit = 24
    /// Years of history shown before a forecast.
    public static let forecastHistoryYears = 12

    /// `预算执行率 (%)`: the indicator's name (its id when it has none) and unit.
    static func axisLabel(_ indicator: Indicator) -> String {
        indicator.unit.isEmpty ? indicator.name : "\(indicator.name) (\(indicator.unit))"
    }

    static func selectionNote(shown: Int, of total: Int, what: String) -> String? {
        shown < total ? "the first \(shown) of \(total) \(what) (select with --department)" : nil
    }

    /// History (the last `forecastHistoryYears` years), forecast and interval bands (widest level lightest) of
    /// each department's forecast of one indicator; small multiples beyond three departments.
    public static func forecast(_ result: IndicatorForecast, panel: IndicatorPanel, levels: [Double], limit: Int = panelLimit) throws -> SVGChart {
        let i = try panel.indicatorPosition(result.indicator)
        let ind = panel.indicators[i]
        let shown = Array(result.forecasts.prefix(limit))
        let firstYear = (result.forecasts.compactMap { $0.points.first?.year }.min() ?? panel.years.upperBound) - forecastHistoryYears
        var panels: [SVGChart] = []
        for (c, f) in shown.enumerated() {
            let d = try panel.departmentPosition(f.department)
            var one = SVGChart(title: panel.departments[d].name, xLabel: "year", yLabel: "")
            let history = panel.series(departmentAt: d, indicatorAt: i).enumerated()
                .map { (Double(panel.years.lowerBound + $0), $1) }.filter { $0.0 >= Double(firstYear) }
            let color = shown.count > 3 ? 0 : c
            one.series.append(.init(label: panel.departments[d].name, points: history, color: color))
            if let lastObserved = history.last(where: { $0.1.isFinite }) {
                one.series.append(.init(label: "forecast", points: [lastObserved] + f.points.map { (Double($0.year), $0.mean) },
                                        dashed: true, color: color, legend: c == 0))
                for (k, level) in levels.enumerated().reversed() {
                    let pts = f.points.filter { $0.intervals.count > k }
                    guard !pts.isEmpty else { continue }
                    one.bands.append(.init(label: "\(DecimalText.format(level, style: .statistic))% interval",
                                           lower: [lastObserved] + pts.map { (Double($0.year), $0.intervals[k].lower) },
                                           upper: [lastObserved] + pts.map { (Double($0.year), $0.intervals[k].upper) },
                                           opacity: k == levels.count - 1 ? 0.12 : 0.22, color: color, legend: c == 0))
                }
            }
            panels.append(one)
        }
        var chart = SVGChart(title: "\(ind.name): forecast", xLabel: "year", yLabel: axisLabel(ind))
        let levelsText = levels.map { DecimalText.format($0, style: .statistic) + "%" }.joined(separator: ", ")
        chart.subtitle = ["history from \(firstYear), forecast (dashed) with \(levelsText) intervals",
                          selectionNote(shown: shown.count, of: result.forecasts.count, what: "departments")].compactMap { $0 }.joined(separator: "; ")
        if panels.count > 3 {
            chart.panels = panels
        } else {
            for (c, p) in panels.enumerated() {
                chart.series += p.series.map { var s = $0; s.color = c; return s }
                chart.bands += p.bands.map { var b = $0; b.color = c; return b }
            }
        }
        return chart
    }

    /// History and fitted OLS line (dashed) of the series of the first indicator summarised; small multiples
    /// beyond three departments.
    public static func trend(_ summaries: [TrendSummary], panel: IndicatorPanel, limit: Int = panelLimit) throws -> SVGChart {
        guard let first = summaries.first else { throw DataError("nothing to plot: no series selected") }
        let all = summaries.filter { $0.indicator == first.indicator }
        let chosen = Array(all.prefix(limit))
        let i = try panel.indicatorPosition(first.indicator)
        let ind = panel.indicators[i]
        var chart = SVGChart(title: "\(ind.name): trend by department", xLabel: "year", yLabel: axisLabel(ind))
        chart.subtitle = ["values and OLS trend (dashed)", selectionNote(shown: chosen.count, of: all.count, what: "departments")]
            .compactMap { $0 }.joined(separator: "; ")
        var panels: [SVGChart] = []
        for (c, s) in chosen.enumerated() {
            let d = try panel.departmentPosition(s.department)
            var one = SVGChart(title: panel.departments[d].name, xLabel: "year", yLabel: "")
            let color = chosen.count > 3 ? 0 : c
            one.series.append(.init(label: panel.departments[d].name,
                                    points: panel.series(departmentAt: d, indicatorAt: i).enumerated().map { (Double(panel.years.lowerBound + $0), $1) }, color: color))
            if let slope = s.linear.slope, let intercept = s.linear.intercept, let a = s.linear.firstYear, let b = s.linear.lastYear {
                one.series.append(.init(label: "OLS trend", points: [(Double(a), intercept + slope * Double(a)), (Double(b), intercept + slope * Double(b))],
                                        dashed: true, markers: false, color: chosen.count > 3 ? 1 : c, legend: c == 0))
            }
            panels.append(one)
        }
        if panels.count > 3 { chart.panels = panels } else { chart.series = panels.flatMap(\.series) }
        return chart
    }

    /// The departments' values as bars, best first, coloured by peer group with each group's median, outliers
    /// in red, the overall median as a reference line; the value axis starts at zero only when the data come
    /// near it.
    public static func ranking(_ standings: [PeerStanding], panel: IndicatorPanel, indicator: String, year: Int) throws -> SVGChart {
        let ind = try panel.indicator(indicator)
        let ordered = standings.sorted { ($0.value, $1.department) > ($1.value, $0.department) }
        var chart = SVGChart(title: "\(ind.name) in \(year): departments compared", xLabel: axisLabel(ind), yLabel: "")
        chart.bars = try ordered.map { s in .init(label: try panel.department(s.department).name, value: s.value, highlighted: s.outlier, group: s.group) }
        let median = Descriptive.median(ordered.map(\.value))
        chart.reference = ("median \(DecimalText.format(median, style: .statistic))", median)
        let groups = Dictionary(grouping: ordered.filter { $0.group != nil }, by: { $0.group! })
        if groups.count > 1 {
            chart.groupReferences = groups.keys.sorted().map { g in
                let m = Descriptive.median(groups[g]!.map(\.value))
                return (g, "\(g) median \(DecimalText.format(m, style: .statistic))", m)
            }
        }
        chart.subtitle = "\(ordered.count) departments, highest first\(ordered.contains(where: \.outlier) ? "; outliers in red" : "")"
        return chart
    }

    /// A monthly briefing's chart: per unit, the share of the budget executed to date (bars, red when warned
    /// about) and the projected year-end execution rate with its interval (marker and whisker), sorted by
    /// projected rate, lowest first; the schedule (序时进度) and the target as lines. Units without a budget are
    /// left out (the subtitle says how many).
    public static func progress(_ p: ExecutionProgress, level: Double, limit: Int = 40) -> SVGChart {
        let rated = p.records.filter { $0.executedPercent != nil && $0.projectedRatePercent != nil }
            .sorted { ($0.projectedRatePercent!, $0.unit.id) < ($1.projectedRatePercent!, $1.unit.id) }
        let shown = rated.prefix(limit)
        let month = "\(p.year)-\(p.month < 10 ? "0" : "")\(p.month)"
        var chart = SVGChart(title: "\(p.indicator.name): execution to \(month) and projected year-end rate", xLabel: "share of the budget (%)", yLabel: "")
        chart.bars = shown.map { r in
            let band = r.intervals[level].flatMap { b in r.budget.map { (b.lowerBound / $0 * 100, b.upperBound / $0 * 100) } }
            // At month 12 the year is complete: the bar is the outturn, nothing is projected.
            return .init(label: r.unit.name, value: r.executedPercent!, highlighted: r.warning,
                         marker: p.month == 12 ? nil : (r.projectedRatePercent!, band?.0, band?.1))
        }
        chart.barsFromZero = true
        chart.moreReferences = [("schedule \(DecimalText.format(Double(p.month) / 12 * 100, style: .decimals(1)))%", Double(p.month) / 12 * 100),
                                ("target \(DecimalText.shortest(p.targetPercent))%", p.targetPercent)]
        chart.markerLegend = p.month == 12 ? nil : "projected year-end rate with its \(DecimalText.shortest(level))% interval; bars: executed to date, red: warned"
        let warned = rated.filter(\.warning).count
        var subtitle = "\(rated.count) units, lowest projected rate first; \(warned) projected to miss \(DecimalText.shortest(p.targetPercent))%"
        if rated.count > shown.count { subtitle += "; the \(shown.count) lowest shown" }
        if rated.count < p.records.count { subtitle += "; \(p.records.count - rated.count) without a budget left out" }
        chart.subtitle = subtitle
        return chart
    }

    /// Each department's trend slope against its peers': bars of the slopes, highest first, coloured by group,
    /// with each group's median slope (`rank --trend --plot`).
    public static func relativeTrend(_ trends: [RelativeTrend], panel: IndicatorPanel, indicator: String) throws -> SVGChart {
        let ind = try panel.indicator(indicator)
        let withSlope = trends.filter { $0.slope != nil }.sorted { ($0.slope!, $1.department) > ($1.slope!, $0.department) }
        var chart = SVGChart(title: "\(ind.name): trend slopes compared", xLabel: ind.unit.isEmpty ? "slope per year" : "\(ind.unit) per year", yLabel: "")
        chart.bars = try withSlope.map { t in .init(label: try panel.department(t.department).name, value: t.slope!, highlighted: false, group: t.group) }
        let groups = Dictionary(grouping: withSlope.filter { $0.group != nil }, by: { $0.group! })
        chart.groupReferences = groups.keys.sorted().compactMap { g in
            guard let m = groups[g]!.first?.peerMedianSlope else { return nil }
            return (g, "\(g) median \(DecimalText.format(m, style: .statistic))", m)
        }
        if chart.groupReferences.isEmpty, let m = withSlope.first?.peerMedianSlope { chart.reference = ("median \(DecimalText.format(m, style: .statistic))", m) }
        let missing = trends.count - withSlope.count
        chart.subtitle = "\(withSlope.count) departments, steepest first" + (missing > 0 ? "; \(missing) without a slope (too few years) not drawn" : "")
        return chart
    }
}
