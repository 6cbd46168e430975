import Foundation
import Outturn

/// A figure of the standard catalogue found in a report, with where it was stated.
public struct ExtractedFigure: Sendable, Equatable {
    public let department: String
    public let indicator: String
    public let year: Int
    /// In the catalogue unit: 万元 for amounts (元 / 10000, 亿元 x 10000), percent for rates, 人, 分.
    public let value: Double
    public let unit: String
    /// Character (Unicode scalar) offset of the number in the original text.
    public let offset: Int
    /// The text around the number, whitespace folded.
    public let snippet: String
    /// Digits after the decimal point as stated (the rounding the audit allows for).
    public let decimals: Int
    /// The grammar rule that attributed it: `clause-label` (the label before the number names it),
    /// `sentence-topic`, `heading-topic`, `title-topic`, `project-report`, `list-distribution`, `base-level`,
    /// `adjusted-level` (the level an item was adjusted to within the year), `share-whole` (the whole stated inside a
    /// share, 占…支出 51.97 亿元的), `table-row`, `score` ...
    public let rule: String
}
