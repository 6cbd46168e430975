/// A band of values and its points: `minimum <= value <= maximum`, either bound optional.
public struct ScoreBand: Sendable, Hashable, Codable {
    public var minimum: Double?
    public var maximum: Double?
    public var points: Double

    public init(minimum: Double? = nil, maximum: Double? = nil, points: Double) {
        self.minimum = minimum
        self.maximum = maximum
        self.points = points
    }

    func contains(_ v: Double) -> Bool { (minimum.map { v >= $0 } ?? true) && (maximum.map { v <= $0 } ?? true) }
}
