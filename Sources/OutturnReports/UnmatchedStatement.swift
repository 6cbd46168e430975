import Foundation
import Outturn

/// A number with a unit that none of the extractor's readers could attribute with confidence (it is not guessed).
public struct UnmatchedStatement: Sendable, Equatable {
    public let value: Double
    public let unit: String
    public let offset: Int
    public let snippet: String
}

/// An unattributed number as the readers leave it: its snippet still a span of the text, quoted only when the
/// extraction's `unmatched` is asked for.
/// (A dense text's numbers may nearly all be unattributed by the sentences' reader, 52,920 deductions in the 1 MB
/// run-on list of them, whose breakdowns another reader reads: their quotes had taken 5.9 MB of its peak.)
struct UnattributedNumber: Sendable {
    let value: Double
    let unit: String
    let offset: Int
    let snippet: Snippet

    /// The same number, its offset moved by `n` scalars (a compilation's later report, placed in its file).
    func shifted(by n: Int) -> UnattributedNumber {
        n == 0 ? self : UnattributedNumber(value: value, unit: unit, offset: offset + n, snippet: snippet)
    }

    func quoted(from text: ReportText) -> UnmatchedStatement {
        UnmatchedStatement(value: value, unit: unit, offset: offset, snippet: text.quote(snippet))
    }
}
