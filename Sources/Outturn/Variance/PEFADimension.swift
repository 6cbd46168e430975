/// A scored PEFA dimension over the last three years with data.
public struct PEFADimension: Sendable, Equatable {
    /// `"PI-1"`, `"PI-2.1"`, `"PI-3.1"`, `"PI-3.2"`.
    public let indicator: String
    /// What the dimension measures, in words.
    public let dimension: String
    /// The years scored (at most the last three with data), oldest first.
    public let years: [PEFAYear]
    /// The score: the best letter met in at least two of the three years (D otherwise, or with fewer than two
    /// years of data, where `note` says so).
    public let score: PEFAScore
    public let note: String?
}
