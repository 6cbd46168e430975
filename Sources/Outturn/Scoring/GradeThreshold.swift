/// A grade and the lowest total that earns it.
public struct GradeThreshold: Sendable, Hashable, Codable {
    public var grade: String
    /// Points (inclusive).
    public var minimum: Double

    public init(grade: String, minimum: Double) {
        self.grade = grade
        self.minimum = minimum
    }
}
