import Foundation

/// PEFA 2016 budget reliability (pillar I): PI-1 aggregate expenditure outturn; PI-2 expenditure composition
/// outturn by function or administrative head (2.1), by economic type (2.2) and expenditure from contingency
/// reserves (2.3); PI-3 revenue outturn, aggregate (3.1) and by category (3.2). The rules, each with the part
/// of the framework it comes from, are in the article "PEFA budget reliability" of this documentation.
///
/// The data: heads are the panel's departments (each with an original-budget and an outturn indicator);
/// economic types and revenue categories are pairs of indicators summed over the departments. Every dimension
/// covers the same three consecutive years ending with the last completed one; a year without data is
/// missing, never replaced by an earlier one. Bands are decided in decimal arithmetic on the figures as
/// written, so an outturn of exactly 110% of the budget is inside the 90-110% band.
public enum PEFA {
    /// A budget and an outturn indicator: an economic type or a revenue category.
    public struct Pair: Sendable, Hashable {
        public var budget: String
        public var outturn: String
        public init(budget: String, outturn: String) {
            self.budget = budget
            self.outturn = outturn
        }
    }

    /// What to assess.
    public struct Options: Sendable {
        /// The originally approved expenditure budget, per department (PEFA uses the original, not the adjusted,
        /// budget).
        public var budget: String
        /// The expenditure outturn, per department.
        public var outturn: String
        /// PI-2.3: the department that is the contingency vote (its outturn is the expenditure charged to it;
        /// it is left out of 2.1 and 2.2), or an indicator holding the expenditure charged to contingency per
        /// department. Nil: 2.3 not rated.
        public var contingency: String?
        /// PI-2.2: the economic types (at least two). Empty: 2.2 not rated.
        public var economicTypes: [Pair]
        /// PI-3.1: budgeted and actual revenue per department. Nil: PI-3 not rated.
        public var revenue: Pair?
        /// PI-3.2: the revenue categories (at least two). Empty: 3.2 not rated.
        public var revenueCategories: [Pair]
        /// The last completed fiscal year; nil: the latest year with any expenditure outturn.
        public var lastYear: Int?

        public init(budget: String, outturn: String, contingency: String? = nil, economicTypes: [Pair] = [],
                    revenue: Pair? = nil, revenueCategories: [Pair] = [], lastYear: Int? = nil) {
            self.budget = budget
            self.outturn = outturn
            self.contingency = contingency
            self.economicTypes = economicTypes
            self.revenue = revenue
            self.revenueCategories = revenueCategories
            self.lastYear = lastYear
        }
    }

    /// PI-1, PI-2 and PI-3 with their dimensions.
    /// - Throws: `DataError` for an unknown indicator or department, or a panel with no expenditure outturn.
    public static func assess(panel: IndicatorPanel, options: Options) throws -> [PEFAIndicator] {
        let budget = try position(panel, options.budget), outturn = try position(panel, options.outturn)
        guard let last = options.lastYear ?? latestYear(panel, indicatorAt: outturn) else {
            throw DataError("the panel has no value of \"\(options.outturn)\": nothing to assess")
        }
        let period = (last - 2)...last
        let heads = IndicatorPair(budget: budget, outturn: outturn)

        var contingencyHead: Int? = nil
        var pi2: [PEFADimension] = []
        if let id = options.contingency {
            let asHead = panel.position(ofDepartment: id), asIndicator = panel.position(ofIndicator: id)
            if asHead != nil && asIndicator != nil {
                throw DataError("\"\(id)\" is both a department and an indicator: cannot tell which holds the contingency")
            }
            guard asHead != nil || asIndicator != nil else {
                throw DataError.unknown("department or indicator", id, among: panel.departments.map(\.id) + panel.indicators.map(\.id), place: "for the contingency")
            }
            contingencyHead = asHead
            pi2 = [contingencyDimension(panel, heads, head: asHead, indicator: asIndicator, id: id, period: period)]
        }
        let excluded: Set<Int> = contingencyHead.map { [$0] } ?? []
        let pi1 = aggregateDimension(panel, [heads], excluding: [], period: period, revenue: false)
        let byHead = compositionDimension(panel, [heads], byDepartment: true, excluding: excluded, period: period, indicator: "PI-2.1",
                                          what: "expenditure composition variance by administrative head (%)")
        let byType = options.economicTypes.count < 2
            ? notRated("PI-2.2", "expenditure composition variance by economic type (%)", options.economicTypes.isEmpty ? "not rated: give the economic types" : "not rated: one economic type has no composition")
            : compositionDimension(panel, try options.economicTypes.map { try pairPositions(panel, $0) }, byDepartment: false,
                                   excluding: excluded, period: period, indicator: "PI-2.2", what: "expenditure composition variance by economic type (%)")
        if options.contingency == nil {
            pi2.append(notRated("PI-2.3", "expenditure charged to the contingency vote / original budget (%)", "not rated: give the contingency vote"))
        }
        pi2 = [byHead, byType] + pi2

        var pi3: [PEFADimension]
        if let revenue = options.revenue {
            let pair = try pairPositions(panel, revenue)
            pi3 = [aggregateDimension(panel, [pair], excluding: [], period: period, revenue: true)]
            pi3.append(options.revenueCategories.count < 2
                ? notRated("PI-3.2", "revenue composition variance by category (%)", "not rated: give the revenue categories")
                : compositionDimension(panel, try options.revenueCategories.map { try pairPositions(panel, $0) }, byDepartment: false,
                                       excluding: [], period: period, indicator: "PI-3.2", what: "revenue composition variance by category (%)"))
        } else {
            pi3 = [notRated("PI-3.1", "aggregate revenue outturn (actual / budget, %)", "not rated: give the revenue budget and outturn"),
                   notRated("PI-3.2", "revenue composition variance by category (%)", "not rated: give the revenue categories")]
        }
        return [
            PEFAIndicator(indicator: "PI-1", method: "M1", dimensions: [pi1], score: pi1.score),
            PEFAIndicator(indicator: "PI-2", method: "M1", dimensions: pi2, score: weakestLink(pi2.map(\.score)) ?? .notRated),
            PEFAIndicator(indicator: "PI-3", method: "M2", dimensions: pi3, score: averaging(pi3.map(\.score)) ?? .notRated),
        ]
    }

    /// The composition variance of one year, percent: adjusted budgets B'_i = B_i * (sum A / sum B), variance =
    /// sum |A_i - B'_i| / sum B'_i. Nil when either total is not positive.
    public static func compositionVariance(budgets: [Double], outturns: [Double]) -> Double? {
        precondition(budgets.count == outturns.count, "one outturn per budget line")
        let sb = budgets.reduce(0, +), sa = outturns.reduce(0, +)
        guard sb > 0, sa > 0 else { return nil }
        let factor = sa / sb
        var deviation = 0.0
        for (b, a) in zip(budgets, outturns) { deviation += abs(a - b * factor) }
        return 100 * deviation / sa
    }

    // MARK: - Bands (framework, PI-1, PI-2 and PI-3 scoring tables)

    /// PI-1: outturn between 95% and 105% of the original budget for A, 90-110% B, 85-115% C.
    static let expenditureBands: [(PEFAScore, Decimal, Decimal)] = [(.a, 95, 105), (.b, 90, 110), (.c, 85, 115)]
    /// PI-3.1: actual revenue between 97% and 106% of the budget for A, 94-112% B, 92-116% C.
    static let revenueBands: [(PEFAScore, Decimal, Decimal)] = [(.a, 97, 106), (.b, 94, 112), (.c, 92, 116)]
    /// PI-2.1, 2.2, 3.2: variance less than 5% for A, 10% B, 15% C.
    static let compositionLimits: [(PEFAScore, Decimal)] = [(.a, 5), (.b, 10), (.c, 15)]

    // MARK: - Dimensions

    static func aggregateDimension(_ panel: IndicatorPanel, _ pairs: [IndicatorPair], excluding: Set<Int>, period: ClosedRange<Int>, revenue: Bool) -> PEFADimension {
        var notes = Notes()
        let years = period.map { year -> PEFAYear in
            let lines = lineSet(panel, pairs, byDepartment: true, excluding: excluding, year: year, notes: &notes)
            guard !lines.isEmpty else { notes.missing(year, "no data"); return .missing(year) }
            let (sb, sa) = lines.totals
            guard sb.exact > 0 else { notes.missing(year, "the budget total is not positive"); return .missing(year) }
            let bands = revenue ? revenueBands : expenditureBands
            let band = bands.first { $0.1 * sb.exact <= 100 * sa.exact && 100 * sa.exact <= $0.2 * sb.exact }?.0 ?? .d
            return PEFAYear(year: year, budget: sb.value, outturn: sa.value, measurePercent: 100 * sa.value / sb.value, band: band, lines: lines.count)
        }
        let score = twoOfThree(years, notes: &notes)
        return PEFADimension(indicator: revenue ? "PI-3.1" : "PI-1",
                             dimension: revenue ? "aggregate revenue outturn (actual / budget, %)" : "aggregate expenditure outturn (outturn / original budget, %)",
                             years: years, score: score, notes: notes.sentences)
    }

    static func compositionDimension(_ panel: IndicatorPanel, _ pairs: [IndicatorPair], byDepartment: Bool, excluding: Set<Int>,
                                     period: ClosedRange<Int>, indicator: String, what: String) -> PEFADimension {
        var notes = Notes()
        let years = period.map { year -> PEFAYear in
            var lines = lineSet(panel, pairs, byDepartment: byDepartment, excluding: excluding, year: year, notes: &notes)
            guard lines.count >= 2 else {
                notes.missing(year, lines.isEmpty ? "no data" : "one line only: no composition")
                return .missing(year)
            }
            if byDepartment { lines = largestHeads(lines, year: year, notes: &notes) }
            let (sb, sa) = lines.totals
            guard sb.exact > 0, sa.exact > 0 else { notes.missing(year, "a total is not positive"); return .missing(year) }
            // variance = sum |A_i - B_i SA/SB| / SA; times SA SB on both sides, exact in decimal.
            var deviation = Decimal(0), deviationValue = 0.0
            for line in lines {
                let d = line.outturn.exact * sb.exact - line.budget.exact * sa.exact
                deviation += d < 0 ? -d : d
                deviationValue += abs(line.outturn.value - line.budget.value * sa.value / sb.value)
            }
            let scale = sa.exact * sb.exact
            let band = compositionLimits.first { 100 * deviation < $0.1 * scale }?.0 ?? .d
            return PEFAYear(year: year, budget: sb.value, outturn: sa.value, measurePercent: 100 * deviationValue / sa.value, band: band, lines: lines.count)
        }
        let score = twoOfThree(years, notes: &notes)
        return PEFADimension(indicator: indicator, dimension: what, years: years, score: score, notes: notes.sentences)
    }

    /// PI-2.3: the expenditure charged to the contingency vote as a share of the total original budget, averaged
    /// over the three years: less than 3% A, 3% to 6% inclusive B, more than 6% and less than 10% C.
    static func contingencyDimension(_ panel: IndicatorPanel, _ heads: IndicatorPair, head: Int?, indicator: Int?, id: String, period: ClosedRange<Int>) -> PEFADimension {
        var notes = Notes()
        var shares: [Decimal] = []
        let years = period.map { year -> PEFAYear in
            let lines = lineSet(panel, [heads], byDepartment: true, excluding: [], year: year, notes: &notes)
            let sb = lines.totals.budget
            var charged = Amount.zero, any = false
            if panel.years.contains(year) {
                let k = year - panel.years.lowerBound
                if let head {
                    let v = panel.series(departmentAt: head, indicatorAt: heads.outturn)[k]
                    if !v.isNaN { charged = Amount(v); any = true }
                } else if let indicator {
                    for d in panel.departments.indices {
                        let v = panel.series(departmentAt: d, indicatorAt: indicator)[k]
                        if !v.isNaN { charged = charged + Amount(v); any = true }
                    }
                }
            }
            guard any, !lines.isEmpty, sb.exact > 0 else {
                notes.missing(year, any ? "no positive budget total" : "no figure for the contingency \(id)")
                return .missing(year)
            }
            shares.append(charged.exact / sb.exact)
            return PEFAYear(year: year, budget: sb.value, outturn: charged.value, measurePercent: 100 * charged.value / sb.value, band: nil, lines: lines.count)
        }
        let score: PEFARating
        if shares.count < 3 {
            notes.add("insufficient information: the average needs all three years")
            score = .insufficient
        } else {
            let average = 100 * shares.reduce(0, +) / 3
            score = PEFARating(average < 3 ? .a : average <= 6 ? .b : average < 10 ? .c : .d)
        }
        return PEFADimension(indicator: "PI-2.3", dimension: "expenditure charged to the contingency vote / original budget (%), three-year average",
                             years: years, score: score, notes: notes.sentences)
    }

    static func notRated(_ indicator: String, _ what: String, _ why: String) -> PEFADimension {
        PEFADimension(indicator: indicator, dimension: what, years: [], score: .notRated, notes: [why])
    }

    /// Framework: the best letter whose requirement is met in at least two of the last three years. With a year
    /// missing, what the other two establish stands (a note says it might be higher); with two missing, D*.
    static func twoOfThree(_ years: [PEFAYear], notes: inout Notes) -> PEFARating {
        let known = years.compactMap(\.band)
        if known.count < 2 {
            notes.add("insufficient information: \(known.count) of the three years \(known.count == 1 ? "has" : "have") data")
            return .insufficient
        }
        for letter in [PEFAScore.a, .b, .c] where known.filter({ $0 <= letter }).count >= 2 {
            if known.count < 3 && letter != .a { notes.add("scored on two years: the missing one might have raised it") }
            return PEFARating(letter)
        }
        return known.count < 3 ? .insufficient : PEFARating(.d)
    }

    // MARK: - Lines

    /// Field guide, 2.1 data requirements: with more than 20 heads, the largest heads making up 75% of the budget
    /// (at least 20 of them) are kept and the others summed into one residual line.
    static func largestHeads(_ lines: [Line], year: Int, notes: inout Notes) -> [Line] {
        guard lines.count > 20 else { return lines }
        let sorted = lines.sorted { $0.budget.exact != $1.budget.exact ? $0.budget.exact > $1.budget.exact : $0.name < $1.name }
        let total = lines.totals.budget.exact
        var kept: [Line] = [], covered = Decimal(0)
        for line in sorted {
            if kept.count >= 20 && 100 * covered >= 75 * total { break }
            kept.append(line)
            covered += line.budget.exact
        }
        let rest = sorted[kept.count...]
        guard !rest.isEmpty else { return kept }
        let residual = Line(name: "residual", budget: rest.reduce(Amount.zero) { $0 + $1.budget }, outturn: rest.reduce(Amount.zero) { $0 + $1.outturn })
        notes.residual(year, kept: kept.count, summed: rest.count, share: NSDecimalNumber(decimal: 100 * covered / total).doubleValue)
        return kept + [residual]
    }

    /// The lines of one year. By department: one line per department with a budget or an outturn; an outturn
    /// without a budget counts with a zero budget, a budget without an outturn is left out (both noted). By
    /// pair: one line per pair, its cells summed over the departments the same way.
    static func lineSet(_ panel: IndicatorPanel, _ pairs: [IndicatorPair], byDepartment: Bool, excluding: Set<Int>, year: Int, notes: inout Notes) -> [Line] {
        guard panel.years.contains(year) else { return [] }
        let k = year - panel.years.lowerBound
        var lines: [Line] = []
        for pair in pairs {
            let budgets = panel.block(indicatorAt: pair.budget), outturns = panel.block(indicatorAt: pair.outturn)
            var sum = Line(name: panel.indicators[pair.outturn].id, budget: .zero, outturn: .zero), any = false
            for d in panel.departments.indices where !excluding.contains(d) {
                let b = budgets[d * panel.yearCount + k], o = outturns[d * panel.yearCount + k]
                if b.isNaN && o.isNaN { continue }
                // A head is named by its department; a type's cell by department and indicator.
                let cell = byDepartment ? panel.departments[d].id : "\(panel.departments[d].id) \(panel.indicators[pair.outturn].id)"
                if o.isNaN { notes.leftOut(year, cell); continue }
                if b.isNaN { notes.unbudgeted(year, cell) }
                let line = Line(name: panel.departments[d].id, budget: b.isNaN ? .zero : Amount(b), outturn: Amount(o))
                if byDepartment { lines.append(line) } else { sum.budget = sum.budget + line.budget; sum.outturn = sum.outturn + line.outturn; any = true }
            }
            if !byDepartment && any { lines.append(sum) }
        }
        return lines
    }

    // MARK: - Plumbing

    /// The panel positions of a budget and an outturn indicator: the heads' pair, an economic type, a revenue
    /// category.
    struct IndicatorPair {
        let budget: Int
        let outturn: Int
    }

    /// An amount as a double (for display) and as the decimal it was written as (for band decisions).
    struct Amount {
        var value: Double
        var exact: Decimal
        init(_ value: Double) {
            self.value = value
            // The shortest text that reads back as the double is the figure as the data wrote it.
            self.exact = Decimal(string: DecimalText.shortest(value), locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
        }
        private init(value: Double, exact: Decimal) {
            self.value = value
            self.exact = exact
        }
        static let zero = Amount(value: 0, exact: 0)
        static func + (x: Amount, y: Amount) -> Amount { Amount(value: x.value + y.value, exact: x.exact + y.exact) }
    }

    struct Line {
        let name: String
        var budget: Amount
        var outturn: Amount
    }

    /// Notes gathered while reading lines, printed once per kind and year.
    struct Notes {
        private var unbudgetedHeads: [Int: [String]] = [:]
        private var leftOutHeads: [Int: [String]] = [:]
        private var other: [String] = []
        private var residuals: [(year: Int, kept: Int, summed: Int, share: Double)] = []

        mutating func residual(_ year: Int, kept: Int, summed: Int, share: Double) { residuals.append((year, kept, summed, share)) }

        mutating func unbudgeted(_ year: Int, _ name: String) { if !(unbudgetedHeads[year]?.contains(name) ?? false) { unbudgetedHeads[year, default: []].append(name) } }
        mutating func leftOut(_ year: Int, _ name: String) { if !(leftOutHeads[year]?.contains(name) ?? false) { leftOutHeads[year, default: []].append(name) } }
        mutating func missing(_ year: Int, _ why: String) { add("\(year) missing: \(why)") }
        mutating func add(_ sentence: String) { if !other.contains(sentence) { other.append(sentence) } }

        var sentences: [String] {
            func list(_ names: [String]) -> String { names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "") }
            return unbudgetedHeads.keys.sorted().map { "\($0): outturn without a budget, counted with a zero budget: \(list(unbudgetedHeads[$0]!))" }
                + leftOutHeads.keys.sorted().map { "\($0): budget without an outturn, left out: \(list(leftOutHeads[$0]!))" }
                + (residuals.isEmpty ? [] : [residualSentence])
                + other
        }

        /// "more than 20 heads: 2022 the largest 20 (76.2% of the budget) kept and 18 summed into one residual
        /// line, 2023 ..."
        private var residualSentence: String {
            "more than 20 heads (field guide 2.1): " + residuals.map { r in
                "\(r.year) the largest \(r.kept) (\(DecimalText.grouped(r.share, decimals: 1))% of the budget) kept and \(r.summed) summed into one residual line"
            }.joined(separator: ", ")
        }
    }

    static func position(_ panel: IndicatorPanel, _ id: String) throws -> Int {
        try panel.indicatorPosition(id)
    }

    static func pairPositions(_ panel: IndicatorPanel, _ pair: Pair) throws -> IndicatorPair {
        IndicatorPair(budget: try position(panel, pair.budget), outturn: try position(panel, pair.outturn))
    }

    static func latestYear(_ panel: IndicatorPanel, indicatorAt i: Int) -> Int? {
        let block = panel.block(indicatorAt: i)
        for k in stride(from: panel.yearCount - 1, through: 0, by: -1) {
            if panel.departments.indices.contains(where: { !block[$0 * panel.yearCount + k].isNaN }) { return panel.years.lowerBound + k }
        }
        return nil
    }
}

extension [PEFA.Line] {
    /// Budget and outturn totals.
    var totals: (budget: PEFA.Amount, outturn: PEFA.Amount) {
        reduce((PEFA.Amount.zero, PEFA.Amount.zero)) { ($0.0 + $1.budget, $0.1 + $1.outturn) }
    }
}
