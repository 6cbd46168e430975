import RealModule

/// A prediction interval.
public struct ForecastInterval: Sendable, Equatable {
    /// Nominal coverage in percent (80, 95).
    public let level: Double
    public let lower: Double
    public let upper: Double
}
