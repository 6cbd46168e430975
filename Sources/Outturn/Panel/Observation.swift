/// One observed value.
public struct Observation: Sendable, Hashable, Codable {
    public var department: String
    public var indicator: String
    /// Calendar (fiscal) year.
    public var year: Int
    /// The value in the indicator's unit.
    public var value: Double

    public init(department: String, indicator: String, year: Int, value: Double) {
        self.department = department
        self.indicator = indicator
        self.year = year
        self.value = value
    }
}
