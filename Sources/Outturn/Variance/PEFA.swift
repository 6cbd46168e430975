/// PEFA 2016 budget credibility: PI-1 aggregate expenditure outturn, PI-2.1 expenditure composition outturn,
/// PI-3 revenue outturn (3.1 aggregate, 3.2 composition).
///
/// Lines are departments (each department's budget and outturn of one pair of indicators) or expenditure types
/// (several budget/outturn indicator pairs, summed over departments). A line enters a year only when both its
/// budget and outturn are present that year.
public enum PEFA {
    /// Bands of the aggregate measures: outturn / budget in percent. A, B, C ranges; D outside.
    static let expenditureBands: [(PEFAScore, ClosedRange<Double>)] = [(.a, 95...105), (.b, 90...110), (.c, 85...115)]
    static let revenueBands: [(PEFAScore, ClosedRange<Double>)] = [(.a, 97...106), (.b, 94...112), (.c, 92...116)]
    /// Bands of the composition variance, percent (strictly below).
    static let compositionLimits: [(PEFAScore, Double)] = [(.a, 5), (.b, 10), (.c, 15)]

    /// The composition variance of one year, percent: adjusted budgets B'_i = B_i * (sum A / sum B), variance =
    /// sum |A_i - B'_i| / sum B'_i.
    public static func compositionVariance(budgets: [Double], outturns: [Double]) -> Double? {
        precondition(budgets.count == outturns.count, "one outturn per budget line")
        let sb = budgets.reduce(0, +), sa = outturns.reduce(0, +)
        guard sb > 0, sa > 0 else { return nil }
        let factor = sa / sb
        var deviation = 0.0
        for (b, a) in zip(budgets, outturns) { deviation += abs(a - b * factor) }
        return 100 * deviation / sa
    }

    /// PI-1 (or PI-3.1 with `revenue`): aggregate outturn over budget, lines = departments.
    public static func aggregateOutturn(panel: IndicatorPanel, budget: String, outturn: String, revenue: Bool = false) throws -> PEFADimension {
        let years = try lineTotals(panel: panel, pairs: [(budget, outturn)], byDepartment: true)
        let scored = years.suffix(3).map { y -> PEFAYear in
            let ratio = 100 * y.outturns.reduce(0, +) / y.budgets.reduce(0, +)
            let band = (revenue ? revenueBands : expenditureBands).first { $0.1.contains(ratio) }?.0 ?? .d
            return PEFAYear(year: y.year, budget: y.budgets.reduce(0, +), outturn: y.outturns.reduce(0, +), measurePercent: ratio,
                            band: band, lines: y.budgets.count)
        }
        return dimension(revenue ? "PI-3.1" : "PI-1", revenue ? "aggregate revenue outturn (actual / budget, %)" : "aggregate expenditure outturn (outturn / original budget, %)", scored)
    }

    /// PI-2.1 (or PI-3.2 with `revenue`): composition variance, lines = departments (one pair) or types (several
    /// pairs summed over departments).
    public static func compositionOutturn(
        panel: IndicatorPanel, pairs: [(budget: String, outturn: String)], revenue: Bool = false
    ) throws -> PEFADimension {
        let byDepartment = pairs.count == 1
        let years = try lineTotals(panel: panel, pairs: pairs, byDepartment: byDepartment)
        let scored = years.suffix(3).compactMap { y -> PEFAYear? in
            guard let v = compositionVariance(budgets: y.budgets, outturns: y.outturns) else { return nil }
            let band = compositionLimits.first { v < $0.1 }?.0 ?? .d
            return PEFAYear(year: y.year, budget: y.budgets.reduce(0, +), outturn: y.outturns.reduce(0, +), measurePercent: v,
                            band: band, lines: y.budgets.count)
        }
        let what = byDepartment ? "departments" : "expenditure types"
        return dimension(revenue ? "PI-3.2" : "PI-2.1",
                         (revenue ? "revenue composition variance over " : "expenditure composition variance over ") + what + " (%)", scored)
    }

    private static func dimension(_ indicator: String, _ what: String, _ years: [PEFAYear]) -> PEFADimension {
        if years.count < 2 {
            return PEFADimension(indicator: indicator, dimension: what, years: years, score: .d,
                                 note: "not scorable: needs at least two of the last three years, found \(years.count)")
        }
        // The best letter met in at least two years: the second-best band among the (up to) three years.
        let score = years.map(\.band).sorted()[1]
        return PEFADimension(indicator: indicator, dimension: what, years: years, score: score,
                             note: years.count < 3 ? "scored on \(years.count) years" : nil)
    }

    private struct YearLines { let year: Int; var budgets: [Double]; var outturns: [Double] }

    /// Per year (with at least one complete line, positive budget total), the lines' budgets and outturns.
    private static func lineTotals(panel: IndicatorPanel, pairs: [(budget: String, outturn: String)], byDepartment: Bool) throws -> [YearLines] {
        let positions = try pairs.map { pair -> (Int, Int) in
            _ = try panel.indicator(pair.budget)
            _ = try panel.indicator(pair.outturn)
            return (panel.position(ofIndicator: pair.budget)!, panel.position(ofIndicator: pair.outturn)!)
        }
        var out: [YearLines] = []
        for k in 0..<panel.yearCount {
            var y = YearLines(year: panel.years.lowerBound + k, budgets: [], outturns: [])
            if byDepartment {
                let (bi, oi) = positions[0]
                for d in panel.departments.indices {
                    let b = panel.series(departmentAt: d, indicatorAt: bi)[k], o = panel.series(departmentAt: d, indicatorAt: oi)[k]
                    if !b.isNaN && !o.isNaN { y.budgets.append(b); y.outturns.append(o) }
                }
            } else {
                for (bi, oi) in positions {
                    var sb = 0.0, so = 0.0, any = false
                    for d in panel.departments.indices {
                        let b = panel.series(departmentAt: d, indicatorAt: bi)[k], o = panel.series(departmentAt: d, indicatorAt: oi)[k]
                        if !b.isNaN && !o.isNaN { sb += b; so += o; any = true }
                    }
                    if any { y.budgets.append(sb); y.outturns.append(so) }
                }
            }
            if !y.budgets.isEmpty && y.budgets.reduce(0, +) > 0 { out.append(y) }
        }
        return out
    }
}
