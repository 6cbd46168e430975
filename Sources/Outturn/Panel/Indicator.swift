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
