import Foundation
import Outturn

/// A number with a unit the extractor could not attribute with confidence (it is not guessed).
public struct UnmatchedStatement: Sendable, Equatable {
    public let value: Double
    public let unit: String
    public let offset: Int
    public let snippet: String
}
