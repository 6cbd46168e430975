import RealModule

/// Execution progress at one month of one year (预算执行进度): per unit, the cumulative figure, its share of the
/// budget against the time-proportional schedule (序时进度, m/12), and the projected year-end figure and
/// execution rate with intervals, with a warning for units projected to miss the target.
public struct ExecutionProgress: Sendable {
    /// One unit's progress.
    public struct Record: Sendable {
        public let unit: Department
        /// Cumulative figure to the end of the month, in the indicator's unit.
        public let cumulative: Double
        /// The budget in force at that month (the latest budget figure of the year up to it), when given.
        public let budget: Double?
        /// Cumulative / budget x 100 (percent).
        public let executedPercent: Double?
        /// The schedule: m / 12 x 100 (percent).
        public let schedulePercent: Double
        /// executedPercent - schedulePercent (percentage points; negative = behind schedule).
        public let gapPercent: Double?
        /// The projected year-end figure (the actual one at month 12), in the indicator's unit.
        public let projected: Double
        /// Intervals of the year-end figure by level (percent, e.g. 80 and 95).
        public let intervals: [Double: ClosedRange<Double>]
        /// projected / budget x 100 (percent).
        public let projectedRatePercent: Double?
        /// The cumulative figure at the same month of the previous year, and its share of that year's budget
        /// (percent), when known.
        public let sameMonthLastYear: Double?
        public let lastYearExecutedPercent: Double?
        /// Projected to miss the target (see ``ExecutionProgress/WarningRule``).
        public let warning: Bool
        /// What the figures need said: a falling cumulative (a correction), months missing, no budget.
        public let notes: [String]
    }

    /// When a unit is warned about.
    public enum WarningRule: String, Sendable, CaseIterable {
        /// The upper bound of the narrowest interval (80% by default) is below the target: the miss is likely
        /// (about 90% one-sided for a calibrated 80% interval) and the warning is early.
        case upper
        /// The projected point is below the target.
        case point
    }

    public let indicator: Indicator
    public let year: Int
    /// 1...12.
    public let month: Int
    /// The projection method used for every unit (pooled, unless there were no earlier years).
    public let method: ExecutionProjector.Method
    /// The pooled model's year weight: each earlier year counts `decay` times the year after it (1: all alike),
    /// as chosen by the backtests over earlier years (see ``ExecutionProjector``).
    public let decay: Double
    /// The target execution rate (percent).
    public let targetPercent: Double
    public let records: [Record]
    /// Backtest accuracy at this month of each method over the earlier years (the errors the intervals are
    /// calibrated on; coverage is measured out of sample by ``ExecutionProjector/evaluate(_:actual:months:years:)``).
    public let evidence: [ExecutionProjector.Accuracy]
    /// Notes for the whole run (no history, no interval, no budget).
    public let notes: [String]

    /// The same progress with only the records that `isIncluded` keeps, (a page about some departments); the model and evidence stay those of every unit.
    public func keeping(_ isIncluded: (Record) -> Bool) -> ExecutionProgress {
        ExecutionProgress(indicator: indicator, year: year, month: month, method: method, decay: decay, targetPercent: targetPercent,
                          records: records.filter(isIncluded), evidence: evidence, notes: notes)
    }
}

extension ExecutionProjector {
    /// Progress of indicator `actual` at `month` of `year` (default: the latest year with figures and its latest
    /// month), with `budget` an indicator of the same panel holding each unit's budget for the year (the latest
    /// figure at or before the month counts: budgets are adjusted during the year).
    ///
    /// - Parameters:
    ///   - levels: interval levels in percent (e.g. 80, 95), each in (0, 100).
    ///   - targetPercent: the year-end execution rate to reach (percent).
    /// - Throws: `DataError` for an unknown indicator, a month outside 1...12, a level given as a fraction, or
    ///   a year without figures.
    public static func progress(
        _ panel: MonthlyPanel, actual: String, budget: String? = nil, year: Int? = nil, month: Int? = nil,
        levels: [Double] = [80, 95], targetPercent: Double = 90, warningRule: ExecutionProgress.WarningRule = .upper
    ) throws -> ExecutionProgress {
        let ids = panel.indicators.map(\.id)
        guard let i = panel.indicatorIndex(actual) else { throw DataError.unknown("indicator", actual, among: ids) }
        let b = try budget.map { id -> Int in
            guard let k = panel.indicatorIndex(id) else { throw DataError.unknown("indicator", id, among: ids) }
            return k
        }
        for level in levels where !(level > 1 && level < 100) {
            throw DataError("interval level \(DecimalText.shortest(level)) is not a percentage between 1 and 100", hint: level < 1 ? "write \(DecimalText.shortest(level * 100)) for a \(DecimalText.shortest(level * 100))% interval" : nil)
        }
        guard let y = year ?? panel.years.reversed().first(where: { panel.latestMonth(indicatorAt: i, year: $0) != nil }) else {
            throw DataError("no figures of \(actual) in the data")
        }
        guard let m = month ?? panel.latestMonth(indicatorAt: i, year: y) else { throw DataError("no figures of \(actual) in \(y)") }
        guard (1...12).contains(m) else { throw DataError("month \(m) is not a month (1-12)") }
        var notes: [String] = []

        // Evidence: every method's backtest at this month over the earlier years.
        var evidence: [Accuracy] = []
        var calibration: [Double: (Double, Double)] = [:]
        var decay = 1.0
        if m < 12 {
            var byMethod: [(method: Method, ape: [UnitYear: Double])] = []
            for method in Method.allCases {
                let (errors, ape, at, chosen) = backtest(method, panel, indicator: i, month: m, before: y)
                if method == .pooled { decay = chosen }
                guard !ape.isEmpty else { continue }
                byMethod.append((method, Dictionary(zip(at, ape), uniquingKeysWith: { a, _ in a })))
                if method == .pooled && errors.count >= minimumCalibrationErrors {
                    let sorted = errors.sorted()
                    for level in levels {
                        // A finite-sample correction: the level is raised by (n + 1) / n, as a split-conformal
                        // interval would be.
                        let l = min(0.999, level / 100 * Double(errors.count + 1) / Double(errors.count))
                        calibration[level] = (Descriptive.quantile(sorted: sorted, (1 - l) / 2), Descriptive.quantile(sorted: sorted, 1 - (1 - l) / 2))
                    }
                }
            }
            evidence = Self.compared(byMethod, month: m)
        }
        let fitted = m < 12 ? fit(panel, indicator: i, month: m, trainingYears: panel.years.lowerBound..<y, decay: decay) : nil
        let method: Method = m == 12 || fitted != nil ? .pooled : .straightLine
        if m < 12 && fitted == nil {
            notes.append("no earlier year has figures for both month \(m) and month 12: projected in a straight line (x 12/\(m)), without intervals")
        } else if m < 12 && calibration.isEmpty {
            notes.append("too few earlier years to calibrate intervals (fewer than \(minimumCalibrationErrors) backtest projections); projections without intervals")
        }
        if b == nil {
            // A budget indicator in the panel that was not named is the likely intent: say which.
            let candidates = panel.budgetIndicators(besides: panel.indicators[i].id).map(\.id)
            notes.append("no budget given: no execution rates, no warnings"
                         + (candidates.isEmpty ? "" : " (the panel has \(candidates.joined(separator: ", ")): --budget \(candidates[0]))"))
        }

        var records: [ExecutionProgress.Record] = []
        for u in panel.units.indices {
            let c = panel.value(unitAt: u, indicatorAt: i, year: y, month: m)
            guard !c.isNaN else { continue }
            var unitNotes: [String] = []
            let missing = (1..<m).filter { panel.value(unitAt: u, indicatorAt: i, year: y, month: $0).isNaN }
            if !missing.isEmpty { unitNotes.append("months \(missing.map(String.init).joined(separator: ", ")) missing") }
            var previous = -Double.infinity
            for k in 1...m {
                let v = panel.value(unitAt: u, indicatorAt: i, year: y, month: k)
                if v.isNaN { continue }
                if v < previous { unitNotes.append("the cumulative figure falls in month \(k) (from \(DecimalText.shortest(previous)) to \(DecimalText.shortest(v))): a correction?") }
                previous = v
            }
            let budgetValue = b.flatMap { budgetInForce(panel, unit: u, indicator: $0, year: y, month: m) }
            if b != nil && budgetValue == nil { unitNotes.append("no budget for \(y)") }
            let usableBudget = budgetValue.flatMap { $0 > 0 ? $0 : nil }
            if let budgetValue, budgetValue <= 0 { unitNotes.append("budget \(DecimalText.shortest(budgetValue)) is not positive: no execution rate") }

            var projected = c
            var intervals: [Double: ClosedRange<Double>] = [:]
            if m < 12 {
                // (A projection that overflows, from a degenerate history, is no projection: the straight line instead.)
                if c > 0, let rhat = predictedLogRatio(method, panel, fit: fitted, unit: u, indicator: i, year: y, month: m),
                   (c * Double.exp(rhat)).isFinite {
                    projected = c * Double.exp(rhat)
                    for (level, q) in calibration where method == .pooled {
                        // (Bounds that are not finite, or quantiles out of order, from a degenerate calibration, give
                        // no interval: never a trap.)
                        let lower = c * Double.exp(rhat + q.0), upper = c * Double.exp(rhat + q.1)
                        guard lower.isFinite, upper.isFinite, lower <= upper else { continue }
                        intervals[level] = lower...upper
                    }
                } else {
                    projected = c * 12 / Double(m)
                    unitNotes.append(c > 0 ? "projected in a straight line" : "cumulative figure not positive: projected in a straight line, without intervals")
                }
            }
            let rate = usableBudget.map { projected / $0 * 100 }
            let lastYear = panel.value(unitAt: u, indicatorAt: i, year: y - 1, month: m)
            let lastBudget = b.flatMap { budgetInForce(panel, unit: u, indicator: $0, year: y - 1, month: m) }.flatMap { $0 > 0 ? $0 : nil }
            var warning = false
            if let usableBudget {
                let narrowest = levels.min().flatMap { intervals[$0] }
                let bound = warningRule == .upper ? (narrowest?.upperBound ?? projected) : projected
                warning = bound / usableBudget * 100 < targetPercent
            }
            records.append(ExecutionProgress.Record(
                unit: panel.units[u], cumulative: c, budget: budgetValue, executedPercent: usableBudget.map { c / $0 * 100 },
                schedulePercent: Double(m) / 12 * 100, gapPercent: usableBudget.map { c / $0 * 100 - Double(m) / 12 * 100 },
                projected: projected, intervals: intervals, projectedRatePercent: rate,
                sameMonthLastYear: lastYear.isNaN ? nil : lastYear, lastYearExecutedPercent: lastYear.isNaN ? nil : lastBudget.map { lastYear / $0 * 100 },
                warning: warning, notes: unitNotes))
        }
        return ExecutionProgress(indicator: panel.indicators[i], year: y, month: m, method: method, decay: decay, targetPercent: targetPercent,
                                 records: records, evidence: evidence, notes: notes)
    }

    /// Each method's backtest accuracy over the unit-years every method projected, so that the methods are
    /// compared on the same years (the pooled model needs two earlier years, last year's share the year
    /// before); when no unit-year is common to all, the pooled model's alone, over its own.
    static func compared(_ byMethod: [(method: Method, ape: [UnitYear: Double])], month m: Int) -> [Accuracy] {
        var common = Set<UnitYear>(byMethod.first.map { Array($0.ape.keys) } ?? [])
        for (_, ape) in byMethod.dropFirst() { common.formIntersection(ape.keys) }
        guard !common.isEmpty else {
            return byMethod.filter { $0.method == .pooled }.map { e in
                Accuracy(method: e.method, month: m, count: e.ape.count, mape: e.ape.values.reduce(0, +) / Double(e.ape.count), coverage95: nil)
            }
        }
        // Summed in unit-year order, so the figures do not depend on the dictionaries' order.
        let keys = common.sorted { ($0.year, $0.unit) < ($1.year, $1.unit) }
        return byMethod.map { e in
            Accuracy(method: e.method, month: m, count: keys.count, mape: keys.reduce(0) { $0 + e.ape[$1]! } / Double(keys.count), coverage95: nil)
        }
    }

    /// The budget in force for a unit at month m: its latest budget figure of the year at or before m, else the
    /// year's latest (an annual budget given at month 12 only).
    static func budgetInForce(_ p: MonthlyPanel, unit u: Int, indicator b: Int, year y: Int, month m: Int) -> Double? {
        for k in stride(from: m, through: 1, by: -1) {
            let v = p.value(unitAt: u, indicatorAt: b, year: y, month: k)
            if !v.isNaN { return v }
        }
        for k in stride(from: 12, to: m, by: -1) {
            let v = p.value(unitAt: u, indicatorAt: b, year: y, month: k)
            if !v.isNaN { return v }
        }
        return nil
    }
}

extension ExecutionProjector {
    /// Out-of-sample accuracy: for each month in `months` and each year in `years` whose year-end figures are
    /// known, the projections made at that month from the earlier years only (model, calibration and
    /// baselines), against the year-end figures. Every method is scored on the same unit-years: those the model
    /// learned for (an earlier year with figures at the month and at year-end) that also have last year's share.
    /// One record per month and method; coverage (fraction) for the pooled method's 95% intervals.
    public static func evaluate(_ panel: MonthlyPanel, actual: String, months: [Int], years: [Int]) throws -> [Accuracy] {
        guard let i = panel.indicatorIndex(actual) else { throw DataError.unknown("indicator", actual, among: panel.indicators.map(\.id)) }
        var out: [Accuracy] = []
        let position = Dictionary(panel.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for m in months {
            precondition((1...11).contains(m), "a month before the year-end")
            var ape: [Method: [Double]] = [:]
            var covered = 0, intervals = 0
            for y in years where y > panel.years.lowerBound {
                let p = try progress(panel, actual: actual, year: y, month: m, levels: [95])
                // A year without an earlier one to learn from is projected in a straight line: not the model's.
                guard p.method == .pooled else { continue }
                for r in p.records {
                    let u = position[r.unit.id]!
                    let yearEnd = panel.value(unitAt: u, indicatorAt: i, year: y, month: 12)
                    // Every method on the same unit-years: those with last year's share at this month.
                    guard yearEnd > 0, r.cumulative > 0, let rl = logRatio(panel, unit: u, indicator: i, year: y - 1, month: m) else { continue }
                    ape[.pooled, default: []].append(abs(r.projected / yearEnd - 1) * 100)
                    if let band = r.intervals[95] { intervals += 1; if band.contains(yearEnd) { covered += 1 } }
                    ape[.lastYearShare, default: []].append(abs(r.cumulative * Double.exp(rl) / yearEnd - 1) * 100)
                    ape[.straightLine, default: []].append(abs(r.cumulative * 12 / Double(m) / yearEnd - 1) * 100)
                }
            }
            for method in Method.allCases {
                guard let e = ape[method], !e.isEmpty else { continue }
                out.append(Accuracy(method: method, month: m, count: e.count, mape: e.reduce(0, +) / Double(e.count),
                                    coverage95: method == .pooled && intervals > 0 ? Double(covered) / Double(intervals) : nil))
            }
        }
        return out
    }
}
