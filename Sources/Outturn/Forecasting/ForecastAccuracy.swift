/// Accuracy of out-of-sample forecasts (errors = actual - forecast).
public struct ForecastAccuracy: Sendable, Equatable {
    public let forecasts: Int
    public let mae: Double?
    public let rmse: Double?
    /// Mean absolute percentage error, percent (over actuals that are not zero).
    public let mape: Double?
    /// Mean of 200 |a - f| / (|a| + |f|), percent.
    public let smape: Double?
    /// Mean of |a - f| / scale (scale = mean absolute yearly change of the training data).
    public let mase: Double?
    /// Share of actuals inside the 95% interval, a fraction (over forecasts that had one).
    public let coverage95: Double?
    /// Mean scaled interval score of the 95% intervals (Makridakis et al., M4).
    public let msis: Double?

    public init(_ f: [BacktestForecast]) {
        forecasts = f.count
        guard !f.isEmpty else {
            mae = nil; rmse = nil; mape = nil; smape = nil; mase = nil; coverage95 = nil; msis = nil
            return
        }
        let n = Double(f.count)
        mae = f.reduce(0) { $0 + abs($1.actual - $1.forecast) } / n
        rmse = (f.reduce(0) { $0 + ($1.actual - $1.forecast) * ($1.actual - $1.forecast) } / n).squareRoot()
        let pct = f.filter { $0.actual != 0 }.map { 100 * abs(($0.actual - $0.forecast) / $0.actual) }
        mape = pct.isEmpty ? nil : pct.reduce(0, +) / Double(pct.count)
        let sm = f.map { x -> Double in
            let d = abs(x.actual) + abs(x.forecast)
            return d == 0 ? 0 : 200 * abs(x.actual - x.forecast) / d
        }
        smape = sm.reduce(0, +) / n
        let scaled = f.compactMap { x in x.scale.map { abs(x.actual - x.forecast) / $0 } }
        mase = scaled.isEmpty ? nil : scaled.reduce(0, +) / Double(scaled.count)
        let withInterval = f.filter { $0.lower95 != nil && $0.upper95 != nil }
        coverage95 = withInterval.isEmpty ? nil
            : Double(withInterval.filter { $0.actual >= $0.lower95! && $0.actual <= $0.upper95! }.count) / Double(withInterval.count)
        let scores = withInterval.compactMap { x -> Double? in
            guard let s = x.scale else { return nil }
            let l = x.lower95!, u = x.upper95!, a = 0.05
            var score = u - l
            if x.actual < l { score += 2 / a * (l - x.actual) }
            if x.actual > u { score += 2 / a * (x.actual - u) }
            return score / s
        }
        msis = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }
}
