/// The forecasts of one indicator for every department of a panel, with auto's choice and calibration.
public struct IndicatorForecast: Sendable {
    /// The indicator's id.
    public let indicator: String
    /// The indicator's unit (万元, %, 人...), "" when unknown.
    public let unit: String
    /// One forecast per department, in panel order; each carries its department and indicator ids.
    public let forecasts: [Forecast]
    /// What `auto` chose and the backtest evidence (nil for a fixed model).
    public let choice: AutoChoice?
    /// The interval calibration used (nil when the intervals are the models' own).
    public let calibration: IntervalCalibration?

    public init(indicator: String, unit: String, forecasts: [Forecast], choice: AutoChoice?, calibration: IntervalCalibration?) {
        self.indicator = indicator
        self.unit = unit
        self.forecasts = forecasts
        self.choice = choice
        self.calibration = calibration
    }
}

extension BatchForecaster {
    /// Forecasts every department's series of the given indicators (ids; nil = all) with one call: the panel's
    /// blocks are read as they are, and every forecast carries its department, indicator, years and horizons.
    ///
    /// `auto` (the default) chooses its model and calibration per indicator, pooled over that indicator's
    /// departments. Throws a `DataError` for an unknown indicator id.
    ///
    /// ```swift
    /// let result = try BatchForecaster.forecast(panel: panel, indicators: ["execution_rate"],
    ///                                           options: ForecastOptions(horizon: 2, levels: [80, 95]))
    /// for f in result[0].forecasts { print(f) }   // "edu execution_rate: drift from 2024; 2025 ..."
    /// ```
    public static func forecast(
        panel: IndicatorPanel, indicators: [String]? = nil, method: ForecastMethod = .auto, options: ForecastOptions = ForecastOptions(),
        calibrate: Bool = false, progress: (@Sendable (_ indicator: String, _ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> [IndicatorForecast] {
        precondition(method != .regression, "a regression forecast needs covariates: use RegressionForecaster")
        let positions = try (indicators ?? panel.indicators.map(\.id)).map { try panel.indicatorPosition($0) }
        return positions.map { i in
            let indicator = panel.indicators[i]
            let report = progress.map { report in { @Sendable (done: Int, total: Int) in report(indicator.id, done, total) } }
            let result = forecast(SeriesInput.all(of: panel, indicatorAt: i), method: method, options: options, calibrate: calibrate, progress: report)
            // Within the indicator's kind (no negative amounts, scores within full marks, whole counts), unless the
            // caller bounded the series itself (a logit transform).
            let forecasts = options.transform == .identity ? result.forecasts.map { $0.keptWithin(indicator) } : result.forecasts
            return IndicatorForecast(indicator: indicator.id, unit: indicator.unit, forecasts: forecasts,
                                     choice: result.choice, calibration: result.calibration)
        }
    }
}
