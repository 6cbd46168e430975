/// The key of one panel cell.
public struct ObservationKey: Sendable, Hashable, Codable {
    public var department: String
    public var indicator: String
    /// Calendar (fiscal) year.
    public var year: Int

    public init(department: String, indicator: String, year: Int) {
        self.department = department
        self.indicator = indicator
        self.year = year
    }
}
