/// How a rolling-origin backtest moves through a series (R's `tsCV`).
public struct BacktestSettings: Sendable, Hashable {
    /// Years ahead forecast at each origin.
    public var horizon: Int
    /// Fewest observed years before the first origin.
    public var minimumTrain: Int
    /// Years between origins.
    public var step: Int
    /// Training window: every year up to the origin (nil), or only the last `window` years (sliding).
    public var window: Int?
    /// Only the latest this many origins of each series (nil: every origin from `minimumTrain` on).
    public var latestOrigins: Int?

    public init(horizon: Int = 1, minimumTrain: Int = 4, step: Int = 1, window: Int? = nil, latestOrigins: Int? = nil) {
        precondition(horizon >= 1 && minimumTrain >= 1 && step >= 1, "horizon, minimum training length and step must be positive")
        precondition(window.map { $0 >= minimumTrain } ?? true, "a sliding window must hold the minimum training length")
        self.horizon = horizon
        self.minimumTrain = minimumTrain
        self.step = step
        self.window = window
        precondition(latestOrigins.map { $0 >= 1 } ?? true, "at least one origin")
        self.latestOrigins = latestOrigins
    }
}
