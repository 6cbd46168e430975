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
