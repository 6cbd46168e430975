/// Next year's value of every department from a panel regression on last year's value and lagged covariates
/// (budget_t on budget_{t-1} and staff_{t-1}, say), with Student-t prediction intervals
/// (`PanelRegressionFit.forecastNextYear`). Departments it cannot forecast (a lagged value missing) fall back to
/// drift, and say so.
public enum RegressionForecaster {
    /// One forecast per department of the indicator `indicator` (an id), for the year after the panel.
    ///
    /// - Parameters:
    ///   - covariates: regressors beside the response's own one-year lag; each lagged at least one year.
    /// - Throws: `DataError` for unknown indicators or too few usable rows.
    public static func forecast(
        panel: IndicatorPanel, indicator id: String, covariates: [PanelRegressor], estimator: PanelEstimator = .fixedEffects,
        options: ForecastOptions
    ) throws -> BatchForecaster.Result {
        precondition(covariates.allSatisfy { $0.lag >= 1 }, "covariates must be lagged at least one year")
        let i = try panel.indicatorPosition(id)
        let fit = try PanelRegression.fit(panel: panel, response: id, regressors: [PanelRegressor(id, lag: 1)] + covariates,
                                          estimator: estimator)
        let year = panel.years.upperBound
        func forecastOne(_ d: Int) -> Forecast {
            if let f = fit.forecastNextYear(panel: panel, departmentAt: d, levels: options.levels) {
                let mean = options.transform.inverse(options.transform.forward(f.mean))  // bounds, if any, hold
                return Forecast(requested: .regression, method: .regression, intervalSource: .analytic,
                                notes: ["\(fit.observations) department-years, residual df \(fit.residualDegreesOfFreedom)"],
                                lastYear: year - 1,
                                points: [ForecastPoint(year: year, horizon: 1, mean: mean, intervals: f.intervals.map { clamp($0, options.transform) })])
            }
            let fallback = SeriesForecaster.forecast(values: Array(panel.series(departmentAt: d, indicatorAt: i)), years: panel.years,
                                                     method: .drift, options: ForecastOptions(horizon: 1, levels: options.levels, transform: options.transform))
            return Forecast(requested: .regression, method: fallback.method, intervalSource: fallback.intervalSource,
                            notes: ["regression needs last year's values of the response and covariates: fell back to \(fallback.method.rawValue)"] + fallback.notes,
                            lastYear: fallback.lastYear, points: fallback.points)
        }
        let forecasts = panel.departments.indices.map { d -> Forecast in
            var forecast = forecastOne(d)
            forecast.department = panel.departments[d].id
            forecast.indicator = id
            forecast.lastValue = panel.series(departmentAt: d, indicatorAt: i).last { !$0.isNaN }
            return forecast
        }
        return BatchForecaster.Result(forecasts: forecasts, choice: nil, calibration: nil)
    }

    private static func clamp(_ i: ForecastInterval, _ t: ForecastTransform) -> ForecastInterval {
        ForecastInterval(level: i.level, lower: t.keptInside(i.lower), upper: t.keptInside(i.upper))
    }
}
