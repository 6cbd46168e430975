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
