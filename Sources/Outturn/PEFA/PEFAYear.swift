/// One year of a PEFA budget-reliability dimension.
public struct PEFAYear: Sendable, Equatable {
    public let year: Int
    /// Budget total (the lines used), in the data's unit (万元 for the catalogue's money indicators); nil when
    /// the year has no data.
    public let budget: Double?
    /// Outturn total, same unit; for PI-2.3 the expenditure charged to the contingency vote.
    public let outturn: Double?
    /// The dimension's measure, percent: outturn / budget (PI-1, PI-3.1), the composition variance (PI-2.1,
    /// PI-2.2, PI-3.2), or the contingency charged / total original budget (PI-2.3). Nil for a missing year.
    public let measurePercent: Double?
    /// The best letter this year's measure meets (PI-2.3, scored on the average, has none); nil when missing.
    public let band: PEFAScore?
    /// Lines (heads, types or categories) used this year, the residual line counted as one.
    public let lines: Int

    public init(year: Int, budget: Double?, outturn: Double?, measurePercent: Double?, band: PEFAScore?, lines: Int) {
        self.year = year
        self.budget = budget
        self.outturn = outturn
        self.measurePercent = measurePercent
        self.band = band
        self.lines = lines
    }

    /// A year of the assessment period without data.
    static func missing(_ year: Int) -> PEFAYear {
        PEFAYear(year: year, budget: nil, outturn: nil, measurePercent: nil, band: nil, lines: 0)
    }
}
