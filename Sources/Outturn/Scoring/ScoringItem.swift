/// One scored indicator.
public struct ScoringItem: Sendable, Hashable, Codable {
    public var indicator: String
    /// Full marks, in points (分).
    public var weight: Double
    public var rule: ScoringRule

    public init(indicator: String, weight: Double, rule: ScoringRule) {
        precondition(weight >= 0, "a weight is a non-negative number of points")
        self.indicator = indicator
        self.weight = weight
        self.rule = rule
    }
}
