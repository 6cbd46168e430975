import RealModule

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
