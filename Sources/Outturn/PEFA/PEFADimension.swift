/// A scored PEFA dimension over the last three completed fiscal years.
public struct PEFADimension: Sendable, Equatable {
    /// `"PI-1"`, `"PI-2.1"`, `"PI-2.2"`, `"PI-2.3"`, `"PI-3.1"`, `"PI-3.2"`.
    public let indicator: String
    /// What the dimension measures, in words.
    public let dimension: String
    /// The three years of the assessment period, oldest first; a year without data is there with nil figures.
    public let years: [PEFAYear]
    /// The rating: the best letter met in at least two of the three years (PI-2.3: by the three years'
    /// average), D* when the data do not establish one, NR when not rated.
    public let score: PEFARating
    /// What was left out, counted with a zero budget, summed into a residual line, or missing, in words.
    public let notes: [String]

    public init(indicator: String, dimension: String, years: [PEFAYear], score: PEFARating, notes: [String] = []) {
        self.indicator = indicator
        self.dimension = dimension
        self.years = years
        self.score = score
        self.notes = notes
    }

    /// The notes as one sentence list, or nil.
    public var note: String? { notes.isEmpty ? nil : notes.joined(separator: "; ") }
}

/// A PEFA indicator (PI-1, PI-2, PI-3) with its dimensions and the aggregate rating.
public struct PEFAIndicator: Sendable, Equatable {
    /// `"PI-1"`, `"PI-2"`, `"PI-3"`.
    public let indicator: String
    /// The aggregation method: `"M1"` (weakest link) or `"M2"` (averaging); PI-1 has one dimension.
    public let method: String
    /// The dimensions, rated or not.
    public let dimensions: [PEFADimension]
    /// The aggregate: M1 or M2 over the rated dimensions; NR when none is rated.
    public let score: PEFARating
}
