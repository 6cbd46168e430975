/// A point on a fitted trend line with its intervals (units of the series).
public struct TrendPrediction: Sendable, Equatable {
    public let year: Double
    public let value: Double
    public let meanStandardError: Double?
    public let meanInterval: ClosedRange<Double>?
    public let predictionInterval: ClosedRange<Double>?
}
