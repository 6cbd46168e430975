/// How an indicator's value becomes points. Points never go below 0 or above the item's weight.
public enum ScoringRule: Sendable, Hashable, Codable {
    /// weight x value / 100 for a rate in percent (预算执行率 92.56% of 10 points = 9.256).
    case proportional
    /// The value is already points (an evaluator's score), capped at the weight.
    case given
    /// The first band the value falls in gives the points; `otherwise` when none does.
    case bands([ScoreBand], otherwise: Double)
    /// Full weight while the value is at most `limit`; `points` lost per `per` units above it ("三公"经费控制率:
    /// within 100% 6 points, minus 1 per percentage point over).
    case deduction(limit: Double, per: Double, points: Double)

    private enum CodingKeys: String, CodingKey { case type, bands, otherwise, limit, per, points }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "proportional": self = .proportional
        case "given": self = .given
        case "bands": self = .bands(try c.decode([ScoreBand].self, forKey: .bands), otherwise: try c.decodeIfPresent(Double.self, forKey: .otherwise) ?? 0)
        case "deduction":
            self = .deduction(limit: try c.decode(Double.self, forKey: .limit), per: try c.decodeIfPresent(Double.self, forKey: .per) ?? 1,
                              points: try c.decode(Double.self, forKey: .points))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown rule type \"\(other)\" (proportional, given, bands, deduction)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .proportional: try c.encode("proportional", forKey: .type)
        case .given: try c.encode("given", forKey: .type)
        case let .bands(bands, otherwise):
            try c.encode("bands", forKey: .type)
            try c.encode(bands, forKey: .bands)
            try c.encode(otherwise, forKey: .otherwise)
        case let .deduction(limit, per, points):
            try c.encode("deduction", forKey: .type)
            try c.encode(limit, forKey: .limit)
            try c.encode(per, forKey: .per)
            try c.encode(points, forKey: .points)
        }
    }

    /// Points for `value` under this rule for an item of `weight` points.
    public func points(for value: Double, weight: Double) -> Double {
        let raw: Double
        switch self {
        case .proportional: raw = weight * value / 100
        case .given: raw = value
        case let .bands(bands, otherwise): raw = bands.first { $0.contains(value) }?.points ?? otherwise
        case let .deduction(limit, per, points): raw = weight - max(0, (value - limit) / per) * points
        }
        return min(weight, max(0, raw))
    }
}
