import RealModule

/// Empirical interval quantiles per horizon from backtest errors, in two forms: for positive series, of the
/// log ratio ln(actual / forecast), giving interval = forecast * exp([lower, upper]) (never below zero, wider
/// upwards, as budget errors are); for other series, of the error in units of the series' scale (its mean
/// absolute yearly change), giving interval = forecast + scale * [lower, upper].
public struct IntervalCalibration: Sendable, Equatable {
    /// Per horizon (index 0 = one year ahead), per level: the lower and upper scaled-error quantiles.
    public let quantiles: [[Double: (lower: Double, upper: Double)]]
    /// Backtest errors behind each horizon.
    public let sampleSizes: [Int]
    /// The same for log ratios, from forecasts where both actual and forecast were positive.
    public let relativeQuantiles: [[Double: (lower: Double, upper: Double)]]
    public let relativeSampleSizes: [Int]
    /// Whether positive series use the log-ratio form. Chosen per batch by which form scored better (lower
    /// 95% interval score) on each series' latest backtest origin when calibrated on the earlier ones.
    public let relativeForPositiveSeries: Bool

    public static func == (a: IntervalCalibration, b: IntervalCalibration) -> Bool {
        func same(_ x: [[Double: (lower: Double, upper: Double)]], _ y: [[Double: (lower: Double, upper: Double)]]) -> Bool {
            x.count == y.count && zip(x, y).allSatisfy { p, q in
                p.count == q.count && p.allSatisfy { level, pair in q[level].map { $0.lower == pair.lower && $0.upper == pair.upper } ?? false }
            }
        }
        return a.sampleSizes == b.sampleSizes && a.relativeSampleSizes == b.relativeSampleSizes
            && a.relativeForPositiveSeries == b.relativeForPositiveSeries
            && same(a.quantiles, b.quantiles) && same(a.relativeQuantiles, b.relativeQuantiles)
    }

    /// Fewest pooled errors per horizon for calibrated intervals; below it, the model's analytic intervals stay.
    public static let minimumSample = 30
}
