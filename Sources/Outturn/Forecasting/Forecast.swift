/// A forecast of one series: the method that ran, and per future year a point forecast with intervals.
public struct Forecast: Sendable, Equatable {
    /// The method asked for.
    public let requested: ForecastMethod
    /// The method that actually ran (differs after a fallback, or names auto's choice).
    public let method: ForecastMethod
    /// How the intervals were made: `analytic` (the model's own), `calibrated` (empirical quantiles of
    /// backtest errors) or `none`.
    public let intervalSource: IntervalSource
    /// Why the method differs from the request, or why intervals are missing.
    public let notes: [String]
    /// Last observed year of the series.
    public let lastYear: Int
    /// One point per horizon, 1...H.
    public let points: [ForecastPoint]

    public enum IntervalSource: String, Sendable, Hashable { case analytic, calibrated, none }
}

/// The forecast for one future year.
public struct ForecastPoint: Sendable, Equatable {
    public let year: Int
    /// Years ahead of the last observed year.
    public let horizon: Int
    /// Point forecast in the series' unit (for transformed models, the back-transformed median).
    public let mean: Double
    /// Intervals at the requested levels, ascending by level; empty when none can be given.
    public let intervals: [ForecastInterval]
}

/// A prediction interval.
public struct ForecastInterval: Sendable, Equatable {
    /// Nominal coverage in percent (80, 95).
    public let level: Double
    public let lower: Double
    public let upper: Double
}

/// A transform applied before a model and undone after it.
public enum ForecastTransform: Sendable, Hashable {
    case identity
    /// log((x - a) / (b - x)) on [a, b]: forecasts stay inside the bounds (a rate, say; the upper bound is a
    /// parameter because execution can exceed 100%).
    case logit(lower: Double, upper: Double)

    func forward(_ x: Double) -> Double {
        switch self {
        case .identity: return x
        case let .logit(a, b):
            // Values on or beyond a bound are pulled 0.1% of the range inside it: the logit of a bound is infinite.
            let e = 0.001 * (b - a)
            let v = min(b - e, max(a + e, x))
            return _log((v - a) / (b - v))
        }
    }

    func inverse(_ z: Double) -> Double {
        switch self {
        case .identity: return z
        case let .logit(a, b):
            if z > 700 { return b }
            let ez = _exp(z)
            return (b * ez + a) / (ez + 1)
        }
    }
}
