/// A ratio indicator a scheme derives: `id` = scale x numerator / denominator.
public struct DerivedRatio: Sendable, Hashable, Codable {
    public var id: String
    public var numerator: String
    public var denominator: String
    /// 100 for a percentage.
    public var scale: Double
    /// Unit of the result, `%` by default.
    public var unit: String?
}
