/// Cumulative year-to-date figures by month (1-6月累计, as budget offices publish them): units (departments or
/// projects) x indicators x years x months 1...12, with years and months as a real axis.
///
/// Month 12's figure is the year's outturn. A missing month is NaN. Values are in the indicator's unit (万元,
/// 亿元), never converted.
public struct MonthlyPanel: Sendable, Equatable {
    /// The units: departments, or projects with their department in the attribute `department`.
    public let units: [Department]
    /// The indicators (an amount executed, a budget).
    public let indicators: [Indicator]
    /// The years covered, each with twelve months.
    public let years: Range<Int>
    /// Per indicator: unit-major blocks of `years.count * 12` months, NaN for missing.
    private(set) var blocks: [[Double]]

    public init(units: [Department], indicators: [Indicator], years: Range<Int>) {
        self.units = units
        self.indicators = indicators
        self.years = years
        blocks = indicators.map { _ in [Double](repeating: .nan, count: units.count * years.count * 12) }
    }

    /// The cumulative figure of a unit and indicator (positions) at the end of `month` (1...12) of `year`; NaN
    /// when missing or outside the panel.
    public func value(unitAt u: Int, indicatorAt i: Int, year: Int, month: Int) -> Double {
        precondition((1...12).contains(month), "a month is 1...12")
        guard years.contains(year) else { return .nan }
        return blocks[i][(u * years.count + (year - years.lowerBound)) * 12 + month - 1]
    }

    /// Sets a cumulative figure (programmer error outside the panel).
    public mutating func setValue(_ v: Double, unitAt u: Int, indicatorAt i: Int, year: Int, month: Int) {
        precondition((1...12).contains(month) && years.contains(year), "outside the panel")
        blocks[i][(u * years.count + (year - years.lowerBound)) * 12 + month - 1] = v
    }

    /// The same units, indicators, years and figures, a missing month equal to a missing month (NaN is not
    /// equal to itself, a missing figure is).
    public static func == (a: MonthlyPanel, b: MonthlyPanel) -> Bool {
        a.units == b.units && a.indicators == b.indicators && a.years == b.years
            && a.blocks.elementsEqual(b.blocks) { x, y in x.elementsEqual(y) { $0 == $1 || ($0.isNaN && $1.isNaN) } }
    }

    /// Calls `body` with every figure present: positions of the unit and indicator, year, month (1...12), value;
    /// indicator by indicator, unit by unit, in time order.
    public func forEachFigure(_ body: (_ unit: Int, _ indicator: Int, _ year: Int, _ month: Int, _ value: Double) throws -> Void) rethrows {
        for i in indicators.indices {
            for u in units.indices {
                for y in years {
                    for m in 1...12 {
                        let v = value(unitAt: u, indicatorAt: i, year: y, month: m)
                        if !v.isNaN { try body(u, i, y, m, v) }
                    }
                }
            }
        }
    }

    /// How many figures are present (not missing).
    public var observedCount: Int { blocks.reduce(0) { $0 + $1.lazy.filter { !$0.isNaN }.count } }

    /// The year-end outturns as an annual panel: each unit's December figure (1-12月累计) per indicator and
    /// year, missing where December is; the units become the departments (a project keeps its department as
    /// the attribute `department`), indicators and years unchanged.
    public var yearEnd: IndicatorPanel {
        // Unit-major months (u * years + t) * 12 + (m - 1) give the annual cell u * years + t at m = 12.
        IndicatorPanel(departments: units, indicators: indicators, years: years,
                       blocks: blocks.map { b in stride(from: 11, to: b.count, by: 12).map { b[$0] } })
    }

    /// The budget indicators among the panel's, other than `besides`: by the catalogue's naming, an id ending in
    /// `budget` (expenditure_budget, appropriation_budget); budget_revenue is revenue executed, not a budget. The
    /// default `--budget` of a monthly briefing and the one `progress` suggests when none is given.
    public func budgetIndicators(besides: String? = nil) -> [Indicator] {
        indicators.filter { $0.id.hasSuffix("budget") && $0.id != besides }
    }

    /// The position of an indicator id, or nil.
    public func indicatorIndex(_ id: String) -> Int? { indicators.firstIndex { $0.id == id } }

    /// The latest month with any figure of indicator `i` in `year` (nil when none).
    public func latestMonth(indicatorAt i: Int, year: Int) -> Int? {
        for m in stride(from: 12, through: 1, by: -1) where units.indices.contains(where: { !value(unitAt: $0, indicatorAt: i, year: year, month: m).isNaN }) {
            return m
        }
        return nil
    }
}

/// One figure of a monthly panel as read from a file: cumulative to the end of `month` unless the reader was
/// told the file holds monthly flows.
public struct MonthlyObservation: Sendable, Equatable {
    public var unit: String
    public var indicator: String
    public var year: Int
    /// 1...12.
    public var month: Int
    public var value: Double

    public init(unit: String, indicator: String, year: Int, month: Int, value: Double) {
        (self.unit, self.indicator, self.year, self.month, self.value) = (unit, indicator, year, month, value)
    }
}

extension MonthlyPanel {
    /// A panel from observations; units and indicators in order of first appearance unless given.
    ///
    /// - Parameter flows: the values are monthly flows (当月数), cumulated here within each year; a month missing
    ///   before a present one then makes the later months' cumulative figures unknown (NaN), never too low.
    /// - Throws: `DataError` for a month outside 1...12 or the same figure twice with different values.
    public init(observations: [MonthlyObservation], units: [Department]? = nil, indicators: [Indicator]? = nil, flows: Bool = false) throws {
        var unitOrder: [String] = [], indicatorOrder: [String] = []
        var seenUnits = Set<String>(), seenIndicators = Set<String>()
        var lo = Int.max, hi = Int.min
        for o in observations {
            guard (1...12).contains(o.month) else { throw DataError("month \(o.month) of \(o.year) for \(o.unit) is not a month (1-12)") }
            if seenUnits.insert(o.unit).inserted { unitOrder.append(o.unit) }
            if seenIndicators.insert(o.indicator).inserted { indicatorOrder.append(o.indicator) }
            lo = min(lo, o.year); hi = max(hi, o.year)
        }
        let unitList = units ?? unitOrder.map { Department(id: $0) }
        let indicatorList = indicators ?? indicatorOrder.map { IndicatorCatalogue.standard(id: $0) ?? Indicator(id: $0) }
        self.init(units: unitList, indicators: indicatorList, years: observations.isEmpty ? 0..<0 : lo..<(hi + 1))
        let u = Dictionary(unitList.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ind = Dictionary(indicatorList.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for o in observations {
            guard let ui = u[o.unit], let ii = ind[o.indicator] else { continue }
            let old = value(unitAt: ui, indicatorAt: ii, year: o.year, month: o.month)
            if !old.isNaN && old != o.value {
                throw DataError("\(o.unit) \(o.indicator) \(o.year)-\(o.month) is given twice: \(DecimalText.shortest(old)) and \(DecimalText.shortest(o.value))")
            }
            setValue(o.value, unitAt: ui, indicatorAt: ii, year: o.year, month: o.month)
        }
        if flows {
            for i in self.indicators.indices {
                for ui in self.units.indices {
                    for y in years {
                        var total = 0.0
                        for m in 1...12 {
                            let v = value(unitAt: ui, indicatorAt: i, year: y, month: m)
                            total += v   // NaN once a month is missing: later sums are unknown
                            if !v.isNaN || total.isNaN { setValue(total, unitAt: ui, indicatorAt: i, year: y, month: m) }
                        }
                    }
                }
            }
        }
    }
}
