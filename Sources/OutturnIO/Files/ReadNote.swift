import Outturn

/// Something a reader did that the user should know but that is not an error: a column it did not read, a
/// fiscal-year header (2023-24) read as the year it starts in. The CLI prints notes on standard error.
public struct ReadNote: Sendable, Hashable, CustomStringConvertible {
    /// Where: the file, line and column of the header cell.
    public let location: SourceLocation
    /// What was done, as a sentence.
    public let message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: note: message`.
    public var description: String { "\(location): note: \(message)" }
}
