/// A PEFA (2016 framework) letter: A is the best performance, C the basic level, D below it.
public enum PEFAScore: String, Sendable, Hashable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D"

    public static func < (x: PEFAScore, y: PEFAScore) -> Bool { x.rawValue < y.rawValue }  // A is best

    /// Points for the averaging method (M2): A 4, B 3, C 2, D 1.
    var points: Int { 4 - (PEFAScore.allCases.firstIndex(of: self)!) }
}

/// A dimension's or an indicator's rating as a PEFA report prints it: `A`, `C+`, `D*` (D for insufficient
/// information, framework section 2.2), or `NR` (not rated: the data for it were not given).
public struct PEFARating: Sendable, Hashable, CustomStringConvertible {
    /// The letter; nil when not rated.
    public let score: PEFAScore?
    /// A D given because the information does not establish the performance (printed `D*`).
    public let insufficientInformation: Bool
    /// An indicator's `+` (M1: a dimension scored higher than the weakest; M2: the average lies half-way).
    public let plus: Bool

    public init(_ score: PEFAScore, plus: Bool = false) {
        self.score = score
        self.insufficientInformation = false
        self.plus = plus && score != .a
    }

    private init(score: PEFAScore?, insufficientInformation: Bool) {
        self.score = score
        self.insufficientInformation = insufficientInformation
        self.plus = false
    }

    /// D* : the data do not establish a score.
    public static let insufficient = PEFARating(score: .d, insufficientInformation: true)
    /// NR : not rated.
    public static let notRated = PEFARating(score: nil, insufficientInformation: false)

    public var description: String {
        guard let score else { return "NR" }
        return score.rawValue + (insufficientInformation ? "*" : "") + (plus ? "+" : "")
    }
}

extension PEFA {
    /// M1, weakest link (framework 2.2): the lowest dimension score, with `+` when any other dimension scored
    /// higher. Unrated dimensions are left out; D* counts as D. Nil when nothing is rated.
    public static func weakestLink(_ ratings: [PEFARating]) -> PEFARating? {
        let scores = ratings.compactMap(\.score)
        guard let lowest = scores.max() else { return nil }
        return PEFARating(lowest, plus: scores.contains { $0 < lowest })
    }

    /// M2, averaging (framework 2.2, conversion table for two dimensions): A = 4 ... D = 1 points, the mean
    /// rounded down to a letter, with `+` when it lies half-way (D and C give D+, C and A give B). One rated
    /// dimension is the indicator's score; nil when nothing is rated.
    public static func averaging(_ ratings: [PEFARating]) -> PEFARating? {
        let scores = ratings.compactMap(\.score)
        switch scores.count {
        case 0: return nil
        case 1: return PEFARating(scores[0])
        case 2:
            let twice = scores[0].points + scores[1].points   // twice the mean, 2...8
            let letter = PEFAScore.allCases[4 - twice / 2]
            return PEFARating(letter, plus: twice % 2 == 1)
        default:
            preconditionFailure("PEFA's M2 tables for three and four dimensions are not used by PI-1 to PI-3")
        }
    }
}
