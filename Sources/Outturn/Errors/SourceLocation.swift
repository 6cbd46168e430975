/// Where in an input a problem was found: a file, a 1-based line and (when known) a 1-based column in
/// characters; in a workbook, a sheet, its 1-based row and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name or path as the user gave it.
    public var file: String
    /// 1-based line number (physical line, counting the header); a workbook's row number.
    public var line: Int
    /// 1-based column in characters, when known; a workbook's column number (A = 1).
    public var column: Int?
    /// The sheet of a workbook; nil for text files.
    public var sheet: String?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A cell (or, without a column, a row) of a workbook's sheet.
    public init(file: String, sheet: String, row: Int, column: Int?) {
        self.file = file
        self.line = row
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column` (or `file:line`); in a workbook `file:Sheet!B3` (or `file:Sheet!3:3` for a row).
    public var description: String {
        if let sheet {
            return "\(file):\(sheet)!" + (column.map { Self.columnLetters($0) + "\(line)" } ?? "\(line):\(line)")
        }
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }

    /// A spreadsheet column's letters: 1 is A, 27 is AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = column, letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
