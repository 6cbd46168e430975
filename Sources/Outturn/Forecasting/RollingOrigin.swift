/// Rolling-origin evaluation: refit at each origin on the data up to it, forecast the next years, compare.
public enum RollingOrigin {
    /// Every out-of-sample forecast of `method` on one series (NaN = missing; years without an actual value
    /// are skipped).
    /// - Parameter growth: for `global`, the batch's growth models by the year their windows end (each origin uses
    ///   the one through its year); nil: the model is fitted on this series' own training data alone, a batch of one.
    /// - Complexity: one fit per origin.
    public static func run(values: [Double], years: Range<Int>, method: ForecastMethod, settings: BacktestSettings,
                           transform: ForecastTransform = .identity, growth: GlobalGrowth.ModelsByYear? = nil) -> [BacktestForecast] {
        var out: [BacktestForecast] = []
        var observedSoFar = 0
        var origins: [Int] = []
        for o in 0..<values.count {
            if !values[o].isNaN { observedSoFar += 1 }
            if observedSoFar < settings.minimumTrain || values[o].isNaN { continue }
            if let previous = origins.last, (o - previous) < settings.step { continue }
            if o + 1 >= values.count { break }
            origins.append(o)
        }
        for o in origins.suffix(settings.latestOrigins ?? origins.count) {
            let start = settings.window.map { max(0, o + 1 - $0) } ?? 0
            let train = Array(values[start...o])
            let trainYears = (years.lowerBound + start)..<(years.lowerBound + o + 1)
            let horizon = min(settings.horizon, values.count - 1 - o)
            let options = ForecastOptions(horizon: horizon, levels: [95], transform: transform)
            let f: Forecast
            if method == .global, let growth {
                f = GlobalGrowth.forecast(growth.model(through: years.lowerBound + o), values: train, years: trainYears, options: options)
            } else {
                f = SeriesForecaster.forecast(values: train, years: trainYears, method: method, options: options)
            }
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

    /// Mean absolute change between consecutive observed years (per year of gap); nil when zero or undefined.
    public static func meanAbsoluteChange(_ values: some Collection<Double>) -> Double? {
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
