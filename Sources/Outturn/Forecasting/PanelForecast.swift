/// The forecasts of one indicator for every department of a panel, with auto's choice and calibration.
public struct IndicatorForecast: Sendable {
    /// The indicator's id.
    public let indicator: String
    /// The indicator's unit (万元, %, 人...), "" when unknown.
    public let unit: String
    /// One forecast per department, in panel order; each carries its department and indicator ids.
    public let forecasts: [Forecast]
    /// What `auto` chose and the backtest evidence (nil for a fixed model, or a model applied from a file).
    public let choice: AutoChoice?
    /// The interval calibration used (nil when the intervals are the models' own).
    public let calibration: IntervalCalibration?
    /// The model that ran, with the pool it was chosen on: save it to forecast another selection alike (nil for
    /// a regression forecast).
    public let model: ForecastModel?

    public init(indicator: String, unit: String, forecasts: [Forecast], choice: AutoChoice?, calibration: IntervalCalibration?,
                model: ForecastModel? = nil) {
        self.indicator = indicator
        self.unit = unit
        self.forecasts = forecasts
        self.choice = choice
        self.calibration = calibration
        self.model = model
    }
}

extension BatchForecaster {
    /// Forecasts every department's series of the given indicators (ids; nil = all) with one call: the panel's
    /// blocks are read as they are, and every forecast carries its department, indicator, years and horizons.
    ///
    /// `auto` (the default) chooses its model and calibration per indicator, pooled over that indicator's
    /// departments. Forecasts stay within what the indicator's kind allows (no negative amounts, scores within
    /// full marks, whole counts) unless the indicator is bounded by a logit transform.
    ///
    /// - Parameters:
    ///   - bounds: per indicator id, the range its forecasts stay inside by a logit transform, replacing both
    ///     `options.transform` and the kind's bounds for that indicator.
    ///   - models: models saved from an earlier run (`IndicatorForecast.model`), one per indicator: an indicator
    ///     with a model is forecast with it (no backtest, no new choice) and its transform; `method`,
    ///     `calibrate` and `bounds` do not apply to it.
    /// - Throws: `DataError` for a level at or below 1 (levels are percentages: 95, not 0.95), an unknown indicator
    ///   id (in `indicators` or `bounds`), an indicator the given
    ///   models do not cover, or a model that cannot serve the options (`ForecastModel.mismatch(with:)`).
    ///
    /// ```swift
    /// let result = try BatchForecaster.forecast(panel: panel, indicators: ["execution_rate"],
    ///                                           options: ForecastOptions(horizon: 2, levels: [80, 95]))
    /// for f in result[0].forecasts { print(f) }   // "edu execution_rate: drift from 2024; 2025 ..."
    /// ```
    public static func forecast(
        panel: IndicatorPanel, indicators: [String]? = nil, method: ForecastMethod = .auto, options: ForecastOptions = ForecastOptions(),
        calibrate: Bool = false, bounds: [String: ClosedRange<Double>] = [:], models: [ForecastModel] = [],
        progress: (@Sendable (_ indicator: String, _ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> [IndicatorForecast] {
        precondition(method != .regression, "a regression forecast needs covariates: use RegressionForecaster")
        for level in options.levels { try ConfidenceLevel.check(level) }  // 0.95 is refused, not a 0.95% interval
        for id in bounds.keys { _ = try panel.indicatorPosition(id) }
        let positions = try (indicators ?? panel.indicators.map(\.id)).map { try panel.indicatorPosition($0) }
        let saved = Dictionary(models.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        return try positions.map { i in
            let indicator = panel.indicators[i]
            let series = SeriesInput.all(of: panel, indicatorAt: i)
            var options = options
            if let range = bounds[indicator.id] {
                precondition(range.lowerBound < range.upperBound, "bounds need a lower below an upper value")
                options.transform = .logit(lower: range.lowerBound, upper: range.upperBound)
            }
            let result: Result
            if !models.isEmpty {
                guard let model = saved[indicator.id] else {
                    throw DataError("the saved models have none for indicator \"\(indicator.id)\"",
                                    hint: "they cover \(saved.keys.sorted().joined(separator: ", ")); select those indicators or save a model for this one")
                }
                if let why = model.mismatch(with: options) {
                    throw DataError("the saved model of \"\(indicator.id)\" cannot serve this forecast: \(why)",
                                    hint: "forecast with the model's horizon and levels, or save a new model")
                }
                options.transform = model.transform
                result = forecast(series, model: model, options: options)
            } else {
                let report = progress.map { report in { @Sendable (done: Int, total: Int) in report(indicator.id, done, total) } }
                result = forecast(series, method: method, options: options, calibrate: calibrate, progress: report)
            }
            // Within the indicator's kind (no negative amounts, scores within full marks, whole counts), unless the
            // series is bounded itself (a logit transform).
            let forecasts = options.transform == .identity ? result.forecasts.map { $0.keptWithin(indicator) } : result.forecasts
            return IndicatorForecast(indicator: indicator.id, unit: indicator.unit, forecasts: forecasts,
                                     choice: result.choice, calibration: result.calibration, model: result.model)
        }
    }
}
