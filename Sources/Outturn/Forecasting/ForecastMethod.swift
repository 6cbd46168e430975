/// The forecasting methods for short annual series.
public enum ForecastMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// Last value; intervals sigma sqrt(h) from one-step residuals (R `rwf`).
    case naive
    /// Mean of the series; Student-t interval sd sqrt(1 + 1/n) (R `meanf`).
    case mean
    /// Last value plus the average yearly change; sd sigma sqrt(h (1 + h/(T-1))) (R `rwf(drift = TRUE)`).
    case drift
    /// OLS line on the year with its Student-t prediction interval.
    case linear
    /// Simple exponential smoothing, ETS(A,N,N).
    case ses
    /// Holt's linear trend, ETS(A,A,N).
    case holt
    /// Damped trend, ETS(A,Ad,N).
    case damped
    /// Theta method: SES plus half the OLS slope as drift (R `thetaf`).
    case theta
    /// Constant growth: OLS of ln y on the year, back-transformed (median forecast); positive series only.
    case loglinear
    /// Pooled growth (`GlobalGrowth`): one regression across the batch of the yearly log growth ahead on the
    /// growth to date; drift for a series with a figure that is not positive. Intervals are always calibrated.
    case global
    /// Median of drift, damped (or linear when short) and theta forecasts.
    case combo
    /// Chosen for the batch by pooled rolling-origin backtest error among naive, drift, linear, Holt, damped,
    /// theta, global and their averages (see `BatchForecaster`).
    case auto
    /// Panel regression on last year's value and lagged covariates, department fixed effects
    /// (`PanelRegressionFit.forecastNextYear`); it needs the whole panel, so a single series falls back to drift.
    case regression

    /// The name of a candidate of `auto`: one method, or the members of an average joined by "+" (`drift+damped`),
    /// as the evidence, the forecast records and saved models spell it.
    public static func candidateName(_ members: [ForecastMethod]) -> String { members.map(\.rawValue).joined(separator: "+") }

    /// Fewest observed years the method needs for a forecast with an interval.
    public var minimumObservations: Int {
        switch self {
        case .naive, .mean: return 2
        case .drift: return 3
        case .linear, .loglinear, .theta, .global: return 3
        case .ses: return ExponentialSmoothing.minimumObservations(.none)
        case .holt: return ExponentialSmoothing.minimumObservations(.additive)
        case .damped: return ExponentialSmoothing.minimumObservations(.damped)
        case .combo, .auto, .regression: return 3
        }
    }

    /// The documented fallback for a series too short for this method: damped -> linear -> drift -> naive
    /// (holt -> linear, ses/mean -> naive, theta/loglinear/combo/auto -> drift).
    public var fallback: ForecastMethod? {
        switch self {
        case .damped, .holt: return .linear
        case .linear, .theta, .loglinear, .global, .combo, .auto, .regression: return .drift
        case .drift, .ses, .mean: return .naive
        case .naive: return nil
        }
    }
}
