import Outturn

/// The layout of an aligned text table: the columns shown in tables, their widths in display columns
/// (CJK-aware, at most ``widestColumn``) and their alignment (numbers right, text left), learnt from every row
/// before any line is written.
public struct AlignedTable: Sendable {
    /// The columns shown in tables (`inTable`), in order.
    private let shown: [Column]
    /// Positions of the shown columns in the rows measured and written.
    private let positions: [Int]
    private let rowWidth: Int
    private var widths: [Int]
    private var anyNumber: [Bool]
    private var anyText: [Bool]

    /// A table of rows of `columns` (the columns not shown in tables are left out of its lines).
    public init(columns: [Column]) {
        positions = columns.indices.filter { columns[$0].inTable }
        shown = positions.map { columns[$0] }
        rowWidth = columns.count
        widths = shown.map { DisplayWidth.of($0.heading) }
        anyNumber = [Bool](repeating: false, count: shown.count)
        anyText = anyNumber
    }

    /// Widens the columns to fit `row`.
    public mutating func measure(_ row: [Cell]) {
        precondition(row.count == rowWidth, "row has \(row.count) cells, table has \(rowWidth) columns")
        for (j, c) in positions.enumerated() {
            switch row[c] {
            case .number: anyNumber[j] = true
            case .text: anyText[j] = true
            case .missing: break
            }
            widths[j] = max(widths[j], min(Self.widestColumn, DisplayWidth.of(RecordTable.tableText(row[c], style: shown[j].style(in: row)))))
        }
    }

    /// The widest a column grows, in display columns. A longer cell (an audit check naming five thousand parts of one
    /// total) is written whole and pushes the rest of its own line: were the column widened to it, every other line
    /// would be padded as wide, and the table would grow as the square of the text.
    public static let widestColumn = 120

    /// The headings line and the rule under it, each ending in a newline.
    public var head: String {
        line(shown.map(\.heading)) + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
    }

    /// The line of `row` (a row measured before), ending in a newline.
    public func line(_ row: [Cell]) -> String {
        precondition(row.count == rowWidth, "row has \(row.count) cells, table has \(rowWidth) columns")
        return line(positions.enumerated().map { j, c in RecordTable.tableText(row[c], style: shown[j].style(in: row)) })
    }

    /// Cells padded to their columns' widths, two spaces apart, without trailing spaces.
    private func line(_ cells: [String]) -> String {
        var s = ""
        for (j, t) in cells.enumerated() {
            if j > 0 { s += "  " }
            let fill = String(repeating: " ", count: max(0, widths[j] - DisplayWidth.of(t)))
            let numeric = anyNumber[j] && !anyText[j]
            s += numeric ? fill + t : t + fill
        }
        while s.last == " " { s.removeLast() }
        return s + "\n"
    }

    /// Writes the table of the rows that `rows` gives (it is called twice: once to measure every row, once to
    /// write the lines), after `preamble` (a line each, then a blank line). Nothing but the widths is kept
    /// between the passes, so a table of 300,000 forecasts costs no more memory than their CSV.
    public static func write(columns: [Column], preamble: [String] = [], to sink: ByteSink,
                             rows: (_ each: ([Cell]) throws -> Void) throws -> Void) throws {
        var table = AlignedTable(columns: columns)
        try rows { table.measure($0) }
        for line in preamble { try sink.write(line + "\n") }
        if !preamble.isEmpty { try sink.write("\n") }
        try sink.write(table.head)
        var out = ""
        try rows { row in
            out += table.line(row)
            if out.utf8.count >= 1 << 16 { try sink.write(out); out = "" }
        }
        try sink.write(out)
    }
}
