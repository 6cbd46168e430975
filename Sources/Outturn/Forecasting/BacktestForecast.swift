/// One out-of-sample forecast of a backtest.
///
/// A backtest of 100,000 series holds about a million of these, so they are stored compactly (years as 32-bit
/// integers, absent figures as NaN: 56 bytes where the plain fields took 88) and read through the properties.
public struct BacktestForecast: Sendable, Equatable {
    private let storedOrigin: Int32, storedYear: Int32, storedHorizon: Int32
    /// The method that ran at this origin (after any fallback; `.auto` for an average of auto's members).
    public let method: ForecastMethod
    public let actual: Double
    public let forecast: Double
    /// NaN when absent.
    private let storedLower95: Double, storedUpper95: Double, storedScale: Double

    public init(origin: Int, year: Int, horizon: Int, actual: Double, forecast: Double, lower95: Double?, upper95: Double?,
                scale: Double?, method: ForecastMethod) {
        precondition(Int32(exactly: origin) != nil && Int32(exactly: year) != nil && Int32(exactly: horizon) != nil, "a year out of range")
        (storedOrigin, storedYear, storedHorizon) = (Int32(origin), Int32(year), Int32(horizon))
        (self.actual, self.forecast, self.method) = (actual, forecast, method)
        (storedLower95, storedUpper95, storedScale) = (lower95 ?? .nan, upper95 ?? .nan, scale ?? .nan)
    }

    /// The last training year.
    public var origin: Int { Int(storedOrigin) }
    public var year: Int { Int(storedYear) }
    /// Years ahead of the origin.
    public var horizon: Int { Int(storedHorizon) }
    /// The 95% interval, when the model gave one.
    public var lower95: Double? { storedLower95.isNaN ? nil : storedLower95 }
    public var upper95: Double? { storedUpper95.isNaN ? nil : storedUpper95 }
    /// Mean absolute yearly change of the training data (the MASE scale); nil when it is zero.
    public var scale: Double? { storedScale.isNaN ? nil : storedScale }

    /// Equal when every field is, absent figures equal to absent ones (as the optionals compare).
    public static func == (a: BacktestForecast, b: BacktestForecast) -> Bool {
        a.origin == b.origin && a.year == b.year && a.horizon == b.horizon && a.method == b.method && a.actual == b.actual
            && a.forecast == b.forecast && a.lower95 == b.lower95 && a.upper95 == b.upper95 && a.scale == b.scale
    }
}
