import Outturn

/// Records to print in one of the output formats, with the same field names in each: a command's result as
/// rows of cells, rendered as an aligned table (CJK-aware widths), CSV or JSON.
public struct RecordTable: Sendable {
    public let columns: [Column]
    public private(set) var rows: [[Cell]] = []
    /// Lines shown above a table (not part of CSV or JSON output).
    public var preamble: [String] = []

    public init(columns: [Column]) { self.columns = columns }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "row has \(row.count) cells, report has \(columns.count) columns")
        rows.append(row)
    }

    public func write(_ format: OutputFormat, to sink: ByteSink) throws {
        switch format {
        case .table: try projected { $0.inTable }.writeTable(to: sink)
        case .csv, .json: try projected { !$0.tableOnly }.writeRecords(format, to: sink)
        case .xlsx: try sink.write(bytes: try workbook(sheetName: sheetName))
        }
    }

    /// The name of the records' sheet in a workbook.
    public var sheetName = "outturn"

    /// The records as a workbook: the table on the first sheet (headings as the header row; the columns of
    /// CSV and JSON, not only the table's), the preamble lines on a second sheet "notes".
    public func workbook(sheetName: String) throws -> [UInt8] {
        let records = projected { !$0.tableOnly }
        var sheets = [WorkbookWriter.Sheet(name: sheetName, columns: records.columns, rows: records.rows)]
        if !preamble.isEmpty {
            sheets.append(WorkbookWriter.Sheet(name: "notes", columns: [Column("note")], rows: preamble.map { [.text($0)] }))
        }
        return try WorkbookWriter.workbook(sheets)
    }

    /// The report restricted to the columns that satisfy `keep`.
    private func projected(_ keep: (Column) -> Bool) -> RecordTable {
        let kept = columns.indices.filter { keep(columns[$0]) }
        if kept.count == columns.count { return self }
        var r = RecordTable(columns: kept.map { columns[$0] })
        r.preamble = preamble
        r.rows = rows.map { row in kept.map { row[$0] } }
        return r
    }

    private func writeRecords(_ format: OutputFormat, to sink: ByteSink) throws {
        var writer = try RecordWriter(columns: columns, format: format, sink: sink)
        try writer.append(contentsOf: rows)
        try writer.finish()
    }

    private func writeTable(to sink: ByteSink) throws {
        for line in preamble { try sink.write(line + "\n") }
        if !preamble.isEmpty { try sink.write("\n") }
        let texts = rows.map { row in zip(columns, row).map { Self.tableText($1, style: $0.style) } }
        let numeric = columns.indices.map { j in
            rows.contains { if case .number = $0[j] { return true } else { return false } }
                && !rows.contains { if case .text = $0[j] { return true } else { return false } }
        }
        var widths = columns.map { DisplayWidth.of($0.heading) }
        for row in texts { for (j, t) in row.enumerated() { widths[j] = max(widths[j], DisplayWidth.of(t)) } }
        func line(_ cells: [String], header: Bool) -> String {
            cells.enumerated().map { j, t in DisplayWidth.pad(t, to: widths[j], right: numeric[j]) }
                .joined(separator: "  ").replacingTrailingSpaces()
        }
        try sink.write(line(columns.map(\.heading), header: true) + "\n")
        try sink.write(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n")
        for row in texts { try sink.write(line(row, header: false) + "\n") }
    }

    public static func tableText(_ cell: Cell, style: DecimalText.Style) -> String {
        switch cell {
        case let .text(s): return s
        case .missing: return "–"
        case let .number(v): return DecimalText.format(v, style: style)
        }
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
