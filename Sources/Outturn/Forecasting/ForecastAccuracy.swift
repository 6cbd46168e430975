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

    /// One pass over the forecasts, no copies of them (a backtest of 100,000 series gives a million): each mean's
    /// terms are summed in the forecasts' order.
    public init(_ f: some Sequence<BacktestForecast>) {
        var count = 0, absolute = 0.0, squared = 0.0, percent = 0.0, percentCount = 0, symmetric = 0.0
        var scaled = 0.0, scaledCount = 0, withInterval = 0, covered = 0, scores = 0.0, scoreCount = 0
        for x in f {
            count += 1
            let error = x.actual - x.forecast
            absolute += abs(error)
            squared += error * error
            if x.actual != 0 { percent += 100 * abs(error / x.actual); percentCount += 1 }
            let d = abs(x.actual) + abs(x.forecast)
            symmetric += d == 0 ? 0 : 200 * abs(error) / d
            if let s = x.scale { scaled += abs(error) / s; scaledCount += 1 }
            if let l = x.lower95, let u = x.upper95 {
                withInterval += 1
                if x.actual >= l && x.actual <= u { covered += 1 }
                if let s = x.scale {
                    let a = 0.05
                    var score = u - l
                    if x.actual < l { score += 2 / a * (l - x.actual) }
                    if x.actual > u { score += 2 / a * (x.actual - u) }
                    scores += score / s
                    scoreCount += 1
                }
            }
        }
        forecasts = count
        guard count > 0 else {
            mae = nil; rmse = nil; mape = nil; smape = nil; mase = nil; coverage95 = nil; msis = nil
            return
        }
        let n = Double(count)
        mae = absolute / n
        rmse = (squared / n).squareRoot()
        mape = percentCount == 0 ? nil : percent / Double(percentCount)
        smape = symmetric / n
        mase = scaledCount == 0 ? nil : scaled / Double(scaledCount)
        coverage95 = withInterval == 0 ? nil : Double(covered) / Double(withInterval)
        msis = scoreCount == 0 ? nil : scores / Double(scoreCount)
    }
}
