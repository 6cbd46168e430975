/// Where in an input a problem was found: a file, a 1-based line and (when known) a 1-based column in
/// characters.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name or path as the user gave it.
    public var file: String
    /// 1-based line number (physical line, counting the header).
    public var line: Int
    /// 1-based column in characters, when known.
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column` (or `file:line`).
    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
