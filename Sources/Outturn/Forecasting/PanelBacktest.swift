/// Rolling-origin backtest of a whole batch, origin year by origin year, through the same code path as a real
/// forecast (`BatchForecaster`): at each origin every series is cut at that year, the batch is forecast (auto's
/// choice and the calibration are redone from the data up to the origin only), and the forecasts are compared
/// with what happened. This is what a budget office would have seen had it used the method in those years.
public enum PanelBacktest {
    /// Out-of-sample forecasts of `method` for every series and origin; `seriesIndex` says whose.
    ///
    /// - Parameters:
    ///   - series: series sharing one year axis.
    ///   - settings: horizon, the observed years needed before an origin, the step between origins, and an
    ///     optional sliding window.
    ///   - model: a model fixed before (`ForecastModel`): at each origin every series is forecast with its members
    ///     and calibration as saved (no choice is redone); `method`, `transform` and `calibrate` do not apply.
    ///     Its horizon must cover `settings.horizon` and its levels include 95.
    public static func run(
        _ series: [SeriesInput], method: ForecastMethod, settings: BacktestSettings, levels: [Double] = [95],
        transform: ForecastTransform = .identity, calibrate: Bool = false, model: ForecastModel? = nil,
        progress: ((Int, Int) -> Void)? = nil
    ) -> [(seriesIndex: Int, forecast: BacktestForecast)] {
        guard let years = series.first?.years else { return [] }
        precondition(series.allSatisfy { $0.years == years }, "a panel backtest needs one shared year axis")
        if model == nil, !calibrate, transform == .identity,
           let fast = randomWalk(series, method: method, settings: settings, years: years, progress: progress) {
            return fast
        }
        return general(series, method: method, settings: settings, levels: levels, transform: transform, calibrate: calibrate, model: model, progress: progress)
    }

    /// Every origin through `BatchForecaster`, as a forecast at that origin would run.
    static func general(
        _ series: [SeriesInput], method: ForecastMethod, settings: BacktestSettings, levels: [Double] = [95],
        transform: ForecastTransform = .identity, calibrate: Bool = false, model: ForecastModel? = nil,
        progress: ((Int, Int) -> Void)? = nil
    ) -> [(seriesIndex: Int, forecast: BacktestForecast)] {
        guard let years = series.first?.years else { return [] }
        var out: [(Int, BacktestForecast)] = []
        var origin = years.lowerBound + settings.minimumTrain - 1
        let firstOrigin = origin, origins = max(1, (years.upperBound - 1 - firstOrigin + settings.step - 1) / settings.step)
        let levels = model?.levels ?? (levels.contains(95) ? levels : levels + [95])
        precondition(model.map { $0.levels.contains(95) && $0.horizon >= settings.horizon } ?? true,
                     "a saved model needs a 95% level and the backtest's horizon")
        while origin < years.upperBound - 1 {
            let start = settings.window.map { max(years.lowerBound, origin + 1 - $0) } ?? years.lowerBound
            let cut = (start - years.lowerBound)..<(origin + 1 - years.lowerBound)
            let truncated = series.map { SeriesInput(values: Array($0.values[cut]), years: start..<(origin + 1)) }
            let horizon = min(settings.horizon, years.upperBound - 1 - origin)
            // Series with too little history at this origin are left out (their forecast would be a fallback).
            let eligible = truncated.indices.filter { truncated[$0].values.filter { !$0.isNaN }.count >= settings.minimumTrain }
            if !eligible.isEmpty {
                let options = ForecastOptions(horizon: horizon, levels: levels, transform: transform)
                let result = model.map { BatchForecaster.forecast(eligible.map { truncated[$0] }, model: $0, options: options) }
                    ?? BatchForecaster.forecast(eligible.map { truncated[$0] }, method: method, options: options,
                                                calibrate: calibrate, minimumTrain: max(3, settings.minimumTrain - 1))
                for (k, i) in eligible.enumerated() {
                    out += records(result.forecasts[k], origin: origin, series: series[i], train: truncated[i].values, years: years).map { (i, $0) }
                }
            }
            origin += settings.step
            progress?((origin - firstOrigin) / settings.step, origins)
        }
        return out
    }

    /// Naive and drift (R's rwf) at every origin, fitted on a slice of each series (``RandomWalk``, the piece
    /// `SeriesForecaster` forecasts with, so the same numbers: tested record for record against
    /// ``general(_:method:settings:levels:transform:calibrate:model:progress:)``). A random walk's backtest is
    /// then a few passes over the data, where the general path builds a truncated panel and a whole forecast per
    /// series and origin. Nil when the general path must run: another method, a sliding window, a training length
    /// that would let drift fall back, or figures outside `SeriesForecaster.workingMagnitudes` (those are
    /// forecast in units of their largest value).
    static func randomWalk(
        _ series: [SeriesInput], method: ForecastMethod, settings: BacktestSettings, years: Range<Int>, progress: ((Int, Int) -> Void)?
    ) -> [(seriesIndex: Int, forecast: BacktestForecast)]? {
        guard method == .naive || method == .drift, settings.window == nil, settings.latestOrigins == nil,
              settings.minimumTrain >= max(ForecastMethod.naive.minimumObservations, ForecastMethod.drift.minimumObservations),
              series.allSatisfy({ $0.values.allSatisfy { v in !v.isFinite || v == 0 || SeriesForecaster.workingMagnitudes.contains(abs(v)) } })
        else { return nil }
        let count = years.count
        let origins = Array(stride(from: settings.minimumTrain - 1, to: count - 1, by: settings.step))
        let q = Normal.quantile(0.975)
        // Per series, its records in origin order; merged origin by origin below, as the general path orders them.
        let perSeries = parallelMap(count: series.count, chunk: 256) { i -> [BacktestForecast] in
            let v = series[i].values
            var records: [BacktestForecast] = []
            for o in origins {
                let train = v[0...o]
                guard train.lazy.filter({ !$0.isNaN }).count >= settings.minimumTrain,
                      let walk = RandomWalk(train, drift: method == .drift), let last = train.lastIndex(where: { !$0.isNaN }) else { continue }
                let scale = RollingOrigin.meanAbsoluteChange(train)
                for target in (last + 1)...(o + min(settings.horizon, count - 1 - o)) where !v[target].isNaN {
                    let h = target - last, mean = walk.mean(h), se = walk.standardError(h)
                    records.append(BacktestForecast(origin: years.lowerBound + o, year: years.lowerBound + target, horizon: h, actual: v[target],
                                                    forecast: mean, lower95: se.map { mean - q * $0 }, upper95: se.map { mean + q * $0 },
                                                    scale: scale, method: method))
                }
            }
            return records
        }
        var out: [(seriesIndex: Int, forecast: BacktestForecast)] = []
        out.reserveCapacity(perSeries.reduce(0) { $0 + $1.count })
        var next = [Int](repeating: 0, count: series.count)
        for (k, o) in origins.enumerated() {
            let origin = years.lowerBound + o
            for i in series.indices {
                while next[i] < perSeries[i].count && perSeries[i][next[i]].origin == origin {
                    out.append((i, perSeries[i][next[i]])); next[i] += 1
                }
            }
            progress?(k + 1, origins.count)
        }
        return out
    }

    /// The backtest records of one forecast made at `origin` from `train`: each forecast year with an actual value.
    private static func records(_ f: Forecast, origin: Int, series: SeriesInput, train: [Double], years: Range<Int>) -> [BacktestForecast] {
        let scale = RollingOrigin.meanAbsoluteChange(train)
        return f.points.compactMap { p in
            let actual = series.values[p.year - years.lowerBound]
            if actual.isNaN { return nil }
            let i95 = p.intervals.first { $0.level == 95 }
            return BacktestForecast(origin: origin, year: p.year, horizon: p.horizon, actual: actual, forecast: p.mean,
                                    lower95: i95?.lower, upper95: i95?.upper, scale: scale, method: f.method)
        }
    }
}
