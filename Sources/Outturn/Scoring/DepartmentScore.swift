/// The score of one department in one year.
public struct DepartmentScore: Sendable, Equatable {
    public let department: String
    public let year: Int
    /// Points per scheme item, in scheme order; nil where the indicator has no value.
    public let points: [Double?]
    /// The sum of the points; nil when any item is missing (a partial total would mislead).
    public let total: Double?
    public let grade: String?
    /// Items without a value.
    public let missing: [String]
}
