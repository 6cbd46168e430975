import RealModule

/// Settings shared by every forecast of a run.
public struct ForecastOptions: Sendable, Hashable {
    /// Years ahead to forecast, >= 1.
    public var horizon: Int
    /// Interval levels in percent, e.g. [80, 95].
    public var levels: [Double]
    /// Transform applied before the model (logit for bounded rates).
    public var transform: ForecastTransform

    public init(horizon: Int = 1, levels: [Double] = [80, 95], transform: ForecastTransform = .identity) {
        precondition(horizon >= 1, "horizon must be at least 1")
        precondition(levels.allSatisfy { $0 > 0 && $0 < 100 }, "levels are percentages in (0, 100)")
        self.horizon = horizon
        self.levels = levels.sorted()
        self.transform = transform
    }
}
