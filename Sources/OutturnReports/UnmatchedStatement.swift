import Foundation
import Outturn

/// A number with a unit the extractor could not attribute with confidence (it is not guessed).
public struct UnmatchedStatement: Sendable, Equatable {
    public let value: Double
    public let unit: String
    public let offset: Int
    public let snippet: String

    /// The same number, its offset moved by `n` scalars (a compilation's later report, placed in its file).
    func shifted(by n: Int) -> UnmatchedStatement {
        n == 0 ? self : UnmatchedStatement(value: value, unit: unit, offset: offset + n, snippet: snippet)
    }
}
