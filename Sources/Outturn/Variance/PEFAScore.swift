/// A PEFA (2016 framework) letter score.
public enum PEFAScore: String, Sendable, Hashable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D"

    public static func < (x: PEFAScore, y: PEFAScore) -> Bool { x.rawValue < y.rawValue }  // A is best
}
