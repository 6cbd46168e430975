/// The direction of a series' trend, by the Mann-Kendall test at a chosen significance level.
public enum TrendDirection: String, Sendable, Hashable, CaseIterable {
    case rising
    case falling
    /// The test does not reject "no trend" at the level (includes series too short to ever reject).
    case noSignificantTrend = "no_significant_trend"
    /// Fewer than three observations.
    case tooShort = "too_short"
}
