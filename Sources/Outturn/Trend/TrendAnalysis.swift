/// Trend statistics for the series of a panel: OLS for all of an indicator's series in one pass
/// (`BatchLinearTrend`), robust and growth statistics per series, departments in parallel chunks.
public enum TrendAnalysis {
    /// Summaries for every department x indicator (indicators in panel order, departments within).
    ///
    /// - Parameters:
    ///   - indicators: indicator ids (nil = every indicator of the panel).
    ///   - level: confidence level of the slope intervals (OLS and Sen), in percent (95).
    ///   - significance: the Mann-Kendall significance level for the direction verdict, in percent (5).
    /// - Throws: `DataError` for an unknown indicator (with suggestions) or a level outside (0, 100).
    public static func summarise(
        panel: IndicatorPanel, indicators: [String]? = nil, level: Double = 95, significance: Double = 5
    ) throws -> [TrendSummary] {
        try ConfidenceLevel.check(level, name: "level")
        try ConfidenceLevel.check(significance, name: "significance")
        var out: [TrendSummary] = []
        let years = panel.years.map(Double.init)
        let positions = try (indicators ?? panel.indicators.map(\.id)).map { try panel.indicatorPosition($0) }
        for i in positions {
            let ind = panel.indicators[i]
            let fits = BatchLinearTrend.fit(panel: panel, indicatorAt: i, level: level)
            out += parallelMap(count: panel.departments.count, chunk: 256) { d in
                let dep = panel.departments[d]
                let series = panel.series(departmentAt: d, indicatorAt: i)
                let values = Array(series)
                let mk = MannKendallTest.test(values: values)
                let direction: TrendDirection
                if let mk, mk.observations >= 3 {
                    direction = mk.pValue < significance / 100 ? (mk.s > 0 ? .rising : .falling) : .noSignificantTrend
                } else {
                    direction = .tooShort
                }
                var notes = fits[d].notes
                let cagr = GrowthRates.compoundAnnual(series: series)
                if cagr == nil && fits[d].observations >= 2 {
                    notes.append("not computable: CAGR needs positive first and last values")
                }
                return TrendSummary(
                    department: dep.id, indicator: ind.id, unit: ind.unit, linear: fits[d], compoundAnnualGrowth: cagr,
                    meanYearOnYearGrowth: GrowthRates.meanYearOnYear(series: series),
                    logLinearGrowth: GrowthRates.logLinear(series: series), change: GrowthRates.change(series: series),
                    theilSen: TheilSenEstimate.estimate(years: years, values: values, level: level, varianceOfS: mk?.varianceS), mannKendall: mk,
                    direction: direction, notes: notes)
            }
        }
        return out
    }
}
