import RealModule

/// Projections of the year-end figure from the cumulative figure at month m (预算执行进度), learned from the
/// units' earlier years, with intervals calibrated by backtests over past years.
///
/// The model, per month m: the log ratio of the year-end figure to the month-m figure,
/// `r = ln(C12 / Cm)` (the inverse of the share of the year executed by month m), is a month constant plus a
/// unit effect: `r(u, y) = a + g(u) + e`. It is one regression on all units' earlier years with unit dummies
/// and a ridge penalty on them; because the design is one-way, its solution is exact in closed form: `a` the
/// grand mean, `g(u)` the unit's mean deviation shrunk by `n(u) / (n(u) + k)` with `k = var(e) / var(g)`
/// estimated from the data (the one-way random-effects predictor). A unit with a long, steady profile keeps its
/// own; a new unit or a noisy one takes its peers'. Chinese spending's back-loading into November and December
/// is what `a` learns for each month.
///
/// Profiles drift: national expenditure reached 43% of the year by June in 2012-2013 and 48-49% since 2021, as
/// budgets were pushed to spend earlier. So the regression weighs each earlier year `decay` times the year after
/// it (w = decay^(target year - year)); `decay` is chosen among ``decays`` by the backtests over earlier years
/// (the smallest sum of squared log errors; 1, every year alike, unless a smaller one did better), and each
/// backtest year's own choice is made from the years before it only, so the calibration errors stay out of
/// sample.
///
/// Intervals: for each past year with at least two earlier years, the model is fitted on the earlier years only
/// and its log errors on that year's units pooled; the interval is the projection times the exponentials of
/// those errors' quantiles (so it is asymmetric in amounts, as shares are). Without at least
/// ``minimumCalibrationErrors`` backtest errors there is no interval, with a note.
public enum ExecutionProjector {
    /// The fewest out-of-sample errors an interval is calibrated on.
    public static let minimumCalibrationErrors = 8

    /// The year weights the backtests choose among: each earlier year counts `decay` times the year after it.
    public static let decays: [Double] = [1, 0.8, 0.6, 0.4]

    /// How the year-end figure is projected.
    public enum Method: String, Sendable, CaseIterable {
        /// The pooled model above.
        case pooled
        /// Last year's share at the same month (the naive projection).
        case lastYearShare = "last-year-share"
        /// Straight-line: cumulative x 12 / m.
        case straightLine = "straight-line"
    }

    /// The month constant and shrunk unit effects of one month's model.
    struct Fit {
        /// The ridge penalty k = var(e) / var(g) (nil when the unit effects' variance is estimated as zero).
        var penalty: Double? = nil
        let constant: Double
        let unitEffect: [Int: Double]
        /// Predicted r for a unit (its effect when it has history, else the constant alone).
        func predict(unit u: Int) -> Double { constant + (unitEffect[u] ?? 0) }
    }

    /// The log ratio r = ln(C12 / Cm) of a unit-year, when both figures are positive.
    static func logRatio(_ p: MonthlyPanel, unit u: Int, indicator i: Int, year y: Int, month m: Int) -> Double? {
        let c = p.value(unitAt: u, indicatorAt: i, year: y, month: m), e = p.value(unitAt: u, indicatorAt: i, year: y, month: 12)
        guard c > 0, e > 0, c.isFinite, e.isFinite else { return nil }
        return Double.log(e / c)
    }

    /// Fits month m's model on the years in `trainingYears`, each year weighted `decay^(trainingYears.upperBound -
    /// year)`; nil when no unit-year has both figures.
    ///
    /// The weighted ridge problem, min over a, g of sum w (r - a - g(u))^2 + k sum g(u)^2, has the closed form of
    /// the unweighted one with counts replaced by weight sums W(u): g(u) = W(u) / (W(u) + k) (mean(u) - a) and a
    /// the mean of the weighted unit means weighted by W(u) / (W(u) + k). The penalty k = var(e) / var(g) comes
    /// from the unweighted moments (the weights say which years are relevant, not how noisy a figure is).
    static func fit(_ p: MonthlyPanel, indicator i: Int, month m: Int, trainingYears: Range<Int>, decay: Double = 1) -> Fit? {
        precondition(decay > 0 && decay <= 1, "a year weight in (0, 1]")
        var byUnit: [Int: [(r: Double, w: Double)]] = [:]
        var count = 0
        for u in p.units.indices {
            for y in trainingYears {
                if let r = logRatio(p, unit: u, indicator: i, year: y, month: m) {
                    byUnit[u, default: []].append((r, Double.pow(decay, Double(trainingYears.upperBound - y))))
                    count += 1
                }
            }
        }
        guard count > 0 else { return nil }
        // Within-unit variance (pooled) and the variance of unit means beyond what the within variance explains
        // (the method of moments for an unbalanced one-way layout), unweighted.
        var within = 0.0, withinDF = 0
        var means: [Int: Double] = [:]
        for (u, rs) in byUnit {
            let mean = rs.reduce(0) { $0 + $1.r } / Double(rs.count)
            means[u] = mean
            within += rs.reduce(0) { $0 + ($1.r - mean) * ($1.r - mean) }
            withinDF += rs.count - 1
        }
        let sigmaE = withinDF > 0 ? within / Double(withinDF) : .nan
        let unitMeans = Array(means.values)
        let meanOfMeans = unitMeans.reduce(0, +) / Double(unitMeans.count)
        let meanInverseN = byUnit.values.reduce(0) { $0 + 1 / Double($1.count) } / Double(byUnit.count)
        let between = unitMeans.count > 1 ? unitMeans.reduce(0) { $0 + ($1 - meanOfMeans) * ($1 - meanOfMeans) } / Double(unitMeans.count - 1) : 0
        let sigmaG = sigmaE.isNaN ? 0 : max(0, between - sigmaE * meanInverseN)
        // Weight sums and weighted means per unit.
        var weightSum: [Int: Double] = [:], weightedMean: [Int: Double] = [:]
        for (u, rs) in byUnit {
            let w = rs.reduce(0) { $0 + $1.w }
            weightSum[u] = w
            weightedMean[u] = rs.reduce(0) { $0 + $1.w * $1.r } / w
        }
        guard sigmaG > 0 else {
            let total = weightSum.values.reduce(0, +)
            return Fit(constant: byUnit.keys.reduce(0) { $0 + weightSum[$1]! * weightedMean[$1]! } / total, unitEffect: [:])
        }
        // The ridge solution with penalty k on the unit effects.
        let k = sigmaE / sigmaG
        var weighted = 0.0, weights = 0.0
        for u in byUnit.keys {
            let w = weightSum[u]! / (weightSum[u]! + k)
            weighted += w * weightedMean[u]!
            weights += w
        }
        let grand = weighted / weights
        var effects: [Int: Double] = [:]
        for u in byUnit.keys {
            effects[u] = weightSum[u]! / (weightSum[u]! + k) * (weightedMean[u]! - grand)
        }
        return Fit(penalty: k, constant: grand, unitEffect: effects)
    }

    /// The predicted log ratio by a method, for unit u in year y at month m (nil when the method cannot say).
    static func predictedLogRatio(_ method: Method, _ p: MonthlyPanel, fit: Fit?, unit u: Int, indicator i: Int, year y: Int, month m: Int) -> Double? {
        switch method {
        case .pooled: return fit?.predict(unit: u)
        case .lastYearShare: return logRatio(p, unit: u, indicator: i, year: y - 1, month: m)
        case .straightLine: return Double.log(12 / Double(m))
        }
    }

    /// Accuracy of one method in backtests over past years at one month.
    public struct Accuracy: Sendable, Equatable {
        public let method: Method
        /// The month the projections were made at.
        public let month: Int
        /// Unit-years projected.
        public let count: Int
        /// Mean absolute percentage error of the projected year-end figure (percent).
        public let mape: Double
        /// Share of actual year-end figures inside the 95% interval (fraction), out of sample, for the pooled
        /// method in ``evaluate(_:actual:months:years:)``; nil otherwise.
        public let coverage95: Double?
    }

    /// A unit in a year: where a backtest error was made.
    struct UnitYear: Hashable {
        let unit: Int
        let year: Int
    }

    /// The out-of-sample log errors of a method at month m: each past year with `minimumHistory` earlier years,
    /// fitted on the earlier years only. Returns (errors, absolute percentage errors of the amount, the unit-year
    /// of each) and, for the pooled method, the year weight the backtests choose for `year` (1 for the baselines).
    ///
    /// For the pooled method every weight in ``decays`` is backtested; each backtest year contributes the errors
    /// of the weight chosen on the years before it (1 when none before it), so the errors are those of the
    /// whole procedure, choice included, out of sample.
    static func backtest(_ method: Method, _ p: MonthlyPanel, indicator i: Int, month m: Int, before year: Int, minimumHistory: Int = 2)
        -> (errors: [Double], ape: [Double], at: [UnitYear], decay: Double) {
        var errors: [Double] = [], ape: [Double] = [], at: [UnitYear] = []
        guard p.years.lowerBound + minimumHistory < year else { return ([], [], [], 1) }
        let backtestYears = (p.years.lowerBound + minimumHistory)..<min(year, p.years.upperBound)
        func record(_ y0: Int, _ rhat: (Int) -> Double?, into e: inout [Double], _ a: inout [Double], _ where_: inout [UnitYear]) {
            for u in p.units.indices {
                guard let r = logRatio(p, unit: u, indicator: i, year: y0, month: m), let predicted = rhat(u) else { continue }
                e.append(r - predicted)
                a.append(abs(1 - Double.exp(predicted - r)) * 100)
                where_.append(UnitYear(unit: u, year: y0))
            }
        }
        guard method == .pooled else {
            for y0 in backtestYears {
                record(y0, { predictedLogRatio(method, p, fit: nil, unit: $0, indicator: i, year: y0, month: m) }, into: &errors, &ape, &at)
            }
            return (errors, ape, at, 1)
        }
        // Squared errors so far per weight; the weight chosen before each year is the one with the least.
        var squared = [Double](repeating: 0, count: decays.count)
        func chosen() -> Int { squared.indices.min { squared[$0] < squared[$1] }! }
        for y0 in backtestYears {
            let choice = chosen()
            for (d, decay) in decays.enumerated() {
                guard let f = fit(p, indicator: i, month: m, trainingYears: p.years.lowerBound..<y0, decay: decay) else { continue }
                var e: [Double] = [], a: [Double] = [], w: [UnitYear] = []
                record(y0, { f.predict(unit: $0) }, into: &e, &a, &w)
                squared[d] += e.reduce(0) { $0 + $1 * $1 }
                if d == choice { errors += e; ape += a; at += w }
            }
        }
        return (errors, ape, at, decays[chosen()])
    }
}
