/// How a rolling-origin backtest moves through a series (R's `tsCV`).
public struct BacktestSettings: Sendable, Hashable {
    /// Years ahead forecast at each origin.
    public var horizon: Int
    /// Fewest observed years before the first origin.
    public var minimumTrain: Int
    /// Years between origins.
    public var step: Int
    /// Training window: every year up to the origin (nil), or only the last `window` years (sliding).
    public var window: Int?

    public init(horizon: Int = 1, minimumTrain: Int = 4, step: Int = 1, window: Int? = nil) {
        precondition(horizon >= 1 && minimumTrain >= 1 && step >= 1, "horizon, minimum training length and step must be positive")
        precondition(window.map { $0 >= minimumTrain } ?? true, "a sliding window must hold the minimum training length")
        self.horizon = horizon
        self.minimumTrain = minimumTrain
        self.step = step
        self.window = window
    }
}

/// One out-of-sample forecast of a backtest.
public struct BacktestForecast: Sendable, Equatable {
    /// The last training year.
    public let origin: Int
    public let year: Int
    /// Years ahead of the origin.
    public let horizon: Int
    public let actual: Double
    public let forecast: Double
    /// The 95% interval, when the model gave one.
    public let lower95: Double?
    public let upper95: Double?
    /// Mean absolute yearly change of the training data (the MASE scale); nil when it is zero.
    public let scale: Double?
    /// The method that ran at this origin (after any fallback; `.auto` for an average of auto's members).
    public let method: ForecastMethod
}

/// Rolling-origin evaluation: refit at each origin on the data up to it, forecast the next years, compare.
public enum RollingOrigin {
    /// Every out-of-sample forecast of `method` on one series (NaN = missing; years without an actual value
    /// are skipped).
    /// - Complexity: one fit per origin.
    public static func run(values: [Double], years: Range<Int>, method: ForecastMethod, settings: BacktestSettings,
                           transform: ForecastTransform = .identity) -> [BacktestForecast] {
        var out: [BacktestForecast] = []
        var observedSoFar = 0
        var originIndex = -1
        for o in 0..<values.count {
            if !values[o].isNaN { observedSoFar += 1 }
            if observedSoFar < settings.minimumTrain || values[o].isNaN { continue }
            if originIndex >= 0 && (o - originIndex) < settings.step { continue }
            if o + 1 >= values.count { break }
            originIndex = o
            let start = settings.window.map { max(0, o + 1 - $0) } ?? 0
            let train = Array(values[start...o])
            let trainYears = (years.lowerBound + start)..<(years.lowerBound + o + 1)
            let horizon = min(settings.horizon, values.count - 1 - o)
            let f = SeriesForecaster.forecast(values: train, years: trainYears, method: method,
                                              options: ForecastOptions(horizon: horizon, levels: [95], transform: transform))
            let scale = meanAbsoluteChange(train)
            for p in f.points {
                let actual = values[o + p.horizon]
                if actual.isNaN { continue }
                out.append(BacktestForecast(origin: years.lowerBound + o, year: p.year, horizon: p.horizon, actual: actual,
                                            forecast: p.mean, lower95: p.intervals.first?.lower, upper95: p.intervals.first?.upper,
                                            scale: scale, method: f.method))
            }
        }
        return out
    }

    /// Mean absolute scaled one-year-ahead error of `method` on the series, or nil when no origin qualifies.
    static func meanScaledError(values: [Double], years: Range<Int>, method: ForecastMethod, minimumTrain: Int) -> Double? {
        let r = run(values: values, years: years, method: method, settings: BacktestSettings(horizon: 1, minimumTrain: minimumTrain))
        let scaled = r.compactMap { f in f.scale.map { abs(f.actual - f.forecast) / $0 } }
        return scaled.isEmpty ? nil : scaled.reduce(0, +) / Double(scaled.count)
    }

    /// Mean absolute change between consecutive observed years (per year of gap); nil when zero or undefined.
    public static func meanAbsoluteChange(_ values: [Double]) -> Double? {
        var sum = 0.0, count = 0
        var previous: (Int, Double)? = nil
        for (k, v) in values.enumerated() where !v.isNaN {
            if let (pk, pv) = previous { sum += abs(v - pv) / Double(k - pk); count += 1 }
            previous = (k, v)
        }
        guard count > 0, sum > 0 else { return nil }
        return sum / Double(count)
    }
}

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
