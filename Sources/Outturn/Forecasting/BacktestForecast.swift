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
