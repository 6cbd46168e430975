/// What sort of quantity an indicator measures; it decides sensible defaults (bounds, transforms, precision).
public enum IndicatorKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A money amount (万元 unless the unit says otherwise).
    case amount
    /// A rate in percent (92.56, not 0.9256).
    case rate
    /// A count of people or things (人, 件).
    case count
    /// An evaluation score in points (分).
    case score
    /// Anything else.
    case other

    /// The kind suggested by a unit: `%` is a rate, `人`/`件`/`个` a count, `分` a score, `元`/`万元` an amount.
    public static func inferred(fromUnit unit: String) -> IndicatorKind {
        switch String(unit.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) {
        case "%", "％", "percent": return .rate
        case "人", "件", "个", "人次", "persons", "count": return .count
        case "分", "points": return .score
        case "": return .other
        default:
            return unit.contains("元") || unit.contains("USD") || unit.contains("US$") || unit.contains("$")
                ? .amount : .other
        }
    }
}

/// An indicator (指标): a stable snake_case id, a display name, a unit and a kind, with optional bounds.
public struct Indicator: Sendable, Hashable, Codable {
    /// Stable snake_case identifier, e.g. `"execution_rate"`.
    public var id: String
    /// Display name, e.g. `"预算执行率"`. Defaults to the id.
    public var name: String
    /// Unit as written in reports: `万元`, `元`, `%`, `人`, `分`, ... Empty when unknown.
    public var unit: String
    /// What sort of quantity this is.
    public var kind: IndicatorKind
    /// Plausible range of values, when one exists (a rate lives in [0, 100] percent unless told otherwise;
    /// budget execution can exceed 100, so its upper bound is a parameter, not a law).
    public var lowerBound: Double?
    /// Upper end of the plausible range, when one exists.
    public var upperBound: Double?

    public init(
        id: String, name: String? = nil, unit: String = "", kind: IndicatorKind? = nil,
        lowerBound: Double? = nil, upperBound: Double? = nil
    ) {
        precondition(!id.isEmpty, "an indicator id cannot be empty")
        self.id = id
        self.name = name ?? id
        self.unit = unit
        self.kind = kind ?? IndicatorKind.inferred(fromUnit: unit)
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}
