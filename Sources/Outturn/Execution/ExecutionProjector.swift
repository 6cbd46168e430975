import RealModule

/// Projections of the year-end figure from the cumulative figure at month m (预算执行进度), learned from the
/// units' earlier years, with intervals calibrated by backtests over past years.
///
/// The model, per month m: the log ratio of the year-end figure to the month-m figure,
/// `r = Double.log(C12 / Cm)` (the inverse of the share of the year executed by month m), is a month constant plus a
/// unit effect: `r(u, y) = a + g(u) + e`. It is one regression on all units' earlier years with unit dummies
/// and a ridge penalty on them; because the design is one-way, its solution is exact in closed form: `a` the
/// grand mean, `g(u)` the unit's mean deviation shrunk by `n(u) / (n(u) + k)` with `k = var(e) / var(g)`
/// estimated from the data (the one-way random-effects predictor). A unit with a long, steady profile keeps its
/// own; a new unit or a noisy one takes its peers'. Chinese spending's back-loading into November and December
/// is what `a` learns for each month.
///
/// Intervals: for each past year with at least two earlier years, the model is fitted on the earlier years only
/// and its log errors on that year's units pooled; the interval is the projection times the exponentials of
/// those errors' quantiles (so it is asymmetric in amounts, as shares are). Without at least
/// ``minimumCalibrationErrors`` backtest errors there is no interval, with a note.
public enum ExecutionProjector {
    /// The fewest out-of-sample errors an interval is calibrated on.
    public static let minimumCalibrationErrors = 8

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

    /// The log ratio r = Double.log(C12 / Cm) of a unit-year, when both figures are positive.
    static func logRatio(_ p: MonthlyPanel, unit u: Int, indicator i: Int, year y: Int, month m: Int) -> Double? {
        let c = p.value(unitAt: u, indicatorAt: i, year: y, month: m), e = p.value(unitAt: u, indicatorAt: i, year: y, month: 12)
        guard c > 0, e > 0, c.isFinite, e.isFinite else { return nil }
        return Double.log(e / c)
    }

    /// Fits month m's model on the years in `trainingYears`; nil when no unit-year has both figures.
    static func fit(_ p: MonthlyPanel, indicator i: Int, month m: Int, trainingYears: Range<Int>) -> Fit? {
        var byUnit: [Int: [Double]] = [:]
        var all: [Double] = []
        for u in p.units.indices {
            for y in trainingYears {
                if let r = logRatio(p, unit: u, indicator: i, year: y, month: m) { byUnit[u, default: []].append(r); all.append(r) }
            }
        }
        guard !all.isEmpty else { return nil }
        // Within-unit variance (pooled) and the variance of unit means beyond what the within variance explains
        // (the method of moments for an unbalanced one-way layout).
        var within = 0.0, withinDF = 0
        var means: [Int: Double] = [:]
        for (u, rs) in byUnit {
            let mean = rs.reduce(0, +) / Double(rs.count)
            means[u] = mean
            within += rs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            withinDF += rs.count - 1
        }
        let sigmaE = withinDF > 0 ? within / Double(withinDF) : .nan
        let unitMeans = Array(means.values)
        let meanOfMeans = unitMeans.reduce(0, +) / Double(unitMeans.count)
        let meanInverseN = byUnit.values.reduce(0) { $0 + 1 / Double($1.count) } / Double(byUnit.count)
        let between = unitMeans.count > 1 ? unitMeans.reduce(0) { $0 + ($1 - meanOfMeans) * ($1 - meanOfMeans) } / Double(unitMeans.count - 1) : 0
        let sigmaG = sigmaE.isNaN ? 0 : max(0, between - sigmaE * meanInverseN)
        guard sigmaG > 0 else { return Fit(constant: all.reduce(0, +) / Double(all.count), unitEffect: [:]) }
        // The ridge solution with penalty k on the unit effects: the constant is the mean of unit means weighted
        // by n / (n + k), each effect the unit's deviation from it shrunk by n / (n + k).
        let k = sigmaE / sigmaG
        var weighted = 0.0, weights = 0.0
        for (u, rs) in byUnit {
            let w = Double(rs.count) / (Double(rs.count) + k)
            weighted += w * means[u]!
            weights += w
        }
        let grand = weighted / weights
        var effects: [Int: Double] = [:]
        for (u, rs) in byUnit {
            let n = Double(rs.count)
            effects[u] = n / (n + k) * (means[u]! - grand)
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

    /// The out-of-sample log errors of a method at month m: each past year with `minimumHistory` earlier years,
    /// fitted on the earlier years only. Returns (errors, absolute percentage errors of the amount).
    static func backtest(_ method: Method, _ p: MonthlyPanel, indicator i: Int, month m: Int, before year: Int, minimumHistory: Int = 2) -> (errors: [Double], ape: [Double]) {
        var errors: [Double] = [], ape: [Double] = []
        guard p.years.lowerBound + minimumHistory < year else { return ([], []) }
        for y0 in (p.years.lowerBound + minimumHistory)..<min(year, p.years.upperBound) {
            let f = method == .pooled ? fit(p, indicator: i, month: m, trainingYears: p.years.lowerBound..<y0) : nil
            if method == .pooled && f == nil { continue }
            for u in p.units.indices {
                guard let r = logRatio(p, unit: u, indicator: i, year: y0, month: m),
                      let rhat = predictedLogRatio(method, p, fit: f, unit: u, indicator: i, year: y0, month: m) else { continue }
                errors.append(r - rhat)
                ape.append(abs(1 - Double.exp(rhat - r)) * 100)
            }
        }
        return (errors, ape)
    }
}
