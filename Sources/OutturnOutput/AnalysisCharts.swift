import Outturn

/// The charts of the analyses, drawn from their results: what `--plot` writes.
extension SVGChart {
    /// History, forecast and interval bands (widest level lightest) of the first `limit` departments of one
    /// indicator's forecasts.
    public static func forecast(_ result: IndicatorForecast, panel: IndicatorPanel, levels: [Double], limit: Int = 6) throws -> SVGChart {
        let i = try panel.indicatorPosition(result.indicator)
        let ind = panel.indicators[i]
        var chart = SVGChart(title: "\(ind.id): forecast", xLabel: "year", yLabel: ind.unit.isEmpty ? ind.id : "\(ind.id) (\(ind.unit))")
        for (c, f) in result.forecasts.prefix(limit).enumerated() {
            let d = try panel.departmentPosition(f.department)
            let history = panel.series(departmentAt: d, indicatorAt: i).enumerated().map { (Double(panel.years.lowerBound + $0), $1) }
            chart.series.append(.init(label: panel.departments[d].name, points: history, color: c))
            guard let lastObserved = history.last(where: { $0.1.isFinite }) else { continue }
            chart.series.append(.init(label: "forecast", points: [lastObserved] + f.points.map { (Double($0.year), $0.mean) },
                                      dashed: true, color: c, legend: c == 0))
            for (k, level) in levels.enumerated().reversed() {
                let pts = f.points.filter { $0.intervals.count > k }
                guard !pts.isEmpty else { continue }
                chart.bands.append(.init(label: "\(DecimalText.format(level, style: .statistic))% interval",
                                         lower: [lastObserved] + pts.map { (Double($0.year), $0.intervals[k].lower) },
                                         upper: [lastObserved] + pts.map { (Double($0.year), $0.intervals[k].upper) },
                                         opacity: k == levels.count - 1 ? 0.12 : 0.22, color: c, legend: c == 0))
            }
        }
        return chart
    }

    /// History (solid) and fitted OLS line (dashed) of up to `limit` series of the first indicator summarised.
    public static func trend(_ summaries: [TrendSummary], panel: IndicatorPanel, limit: Int = 10) throws -> SVGChart {
        guard let first = summaries.first else { throw DataError("nothing to plot: no series selected") }
        let chosen = summaries.filter { $0.indicator == first.indicator }.prefix(limit)
        let i = try panel.indicatorPosition(first.indicator)
        let unit = panel.indicators[i].unit
        var chart = SVGChart(title: "\(first.indicator): trend by department", xLabel: "year", yLabel: unit.isEmpty ? first.indicator : "\(first.indicator) (\(unit))")
        for (c, s) in chosen.enumerated() {
            let d = try panel.departmentPosition(s.department)
            chart.series.append(.init(label: panel.departments[d].name,
                                      points: panel.series(departmentAt: d, indicatorAt: i).enumerated().map { (Double(panel.years.lowerBound + $0), $1) }, color: c))
            guard let slope = s.linear.slope, let intercept = s.linear.intercept, let a = s.linear.firstYear, let b = s.linear.lastYear else { continue }
            chart.series.append(.init(label: "OLS trend", points: [(Double(a), intercept + slope * Double(a)), (Double(b), intercept + slope * Double(b))],
                                      dashed: true, markers: false, color: c, legend: c == 0))
        }
        return chart
    }

    /// The departments' values as bars, best first, outliers highlighted, with the median as a reference line.
    public static func ranking(_ standings: [PeerStanding], panel: IndicatorPanel, indicator: String, year: Int) throws -> SVGChart {
        let ind = try panel.indicator(indicator)
        let ordered = standings.sorted { $0.rank < $1.rank }
        var chart = SVGChart(title: "\(ind.id) in \(year): departments compared", xLabel: ind.unit.isEmpty ? "value" : ind.unit, yLabel: "")
        chart.bars = try ordered.map { s in .init(label: try panel.department(s.department).name, value: s.value, highlighted: s.outlier) }
        let median = Descriptive.median(ordered.map(\.value))
        chart.reference = ("median \(DecimalText.format(median, style: .statistic))", median)
        return chart
    }
}
