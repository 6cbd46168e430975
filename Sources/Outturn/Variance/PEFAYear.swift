/// One year of a PEFA budget-credibility dimension.
public struct PEFAYear: Sendable, Equatable {
    public let year: Int
    /// Budget total (sum over the lines used), in the data's unit.
    public let budget: Double
    /// Outturn total, same unit.
    public let outturn: Double
    /// The dimension's measure, percent: outturn / budget for PI-1 and PI-3.1, the composition variance for
    /// PI-2.1 and PI-3.2.
    public let measurePercent: Double
    /// The best letter this year's measure meets.
    public let band: PEFAScore
    /// Lines (departments or types) used this year.
    public let lines: Int
}
