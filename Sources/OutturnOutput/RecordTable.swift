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
        try write(format, to: sink, as: columns, transform: nil)
    }

    /// Writes every row passed through `transform` (which gives cells for `columns`, e.g. the rows with names
    /// beside ids), one row at a time: neither the transformed rows nor the format's columns are copied into
    /// another table first (a forecast of 100,000 series has 300,000 rows).
    public func write(_ format: OutputFormat, to sink: ByteSink, as columns: [Column], transform: (([Cell]) -> [Cell])?) throws {
        func row(_ k: Int) -> [Cell] {
            let r = transform.map { $0(rows[k]) } ?? rows[k]
            precondition(r.count == columns.count, "row has \(r.count) cells, report has \(columns.count) columns")
            return r
        }
        switch format {
        case .table: try writeTable(to: sink, columns: columns, row: row)
        case .csv, .json:
            let kept = columns.indices.filter { !columns[$0].tableOnly }
            var writer = try RecordWriter(columns: kept.map { columns[$0] }, format: format, sink: sink)
            // Batches large enough for the writer's parallel formatting, small beside the table.
            let batch = 65_536
            for start in stride(from: 0, to: rows.count, by: batch) {
                try writer.append(contentsOf: (start..<min(rows.count, start + batch)).map(row), keeping: kept)
            }
            try writer.finish()
        case .xlsx: try sink.write(bytes: try workbook(sheetName: sheetName, columns: columns, row: row))
        }
    }

    /// The name of the records' sheet in a workbook.
    public var sheetName = "outturn"

    /// The records as a workbook: the table on the first sheet (headings as the header row; the columns of
    /// CSV and JSON, not only the table's), the preamble lines on a second sheet "notes".
    public func workbook(sheetName: String) throws -> [UInt8] {
        try workbook(sheetName: sheetName, columns: columns) { rows[$0] }
    }

    private func workbook(sheetName: String, columns: [Column], row: (Int) -> [Cell]) throws -> [UInt8] {
        let kept = columns.indices.filter { !columns[$0].tableOnly }
        var sheets = [WorkbookWriter.Sheet(name: sheetName, columns: kept.map { columns[$0] },
                                           rows: rows.indices.map { k in let r = row(k); return kept.map { r[$0] } })]
        if !preamble.isEmpty {
            sheets.append(WorkbookWriter.Sheet(name: "notes", columns: [Column("note")], rows: preamble.map { [.text($0)] }))
        }
        return try WorkbookWriter.workbook(sheets)
    }

    /// The aligned table of the columns shown in tables.
    private func writeTable(to sink: ByteSink, columns: [Column], row: (Int) -> [Cell]) throws {
        try AlignedTable.write(columns: columns, preamble: preamble, to: sink) { each in
            for k in rows.indices { try each(row(k)) }
        }
    }

    public static func tableText(_ cell: Cell, style: DecimalText.Style) -> String {
        switch cell {
        case let .text(s): return s
        case .missing: return "–"
        case let .number(v): return DecimalText.format(v, style: style)
        }
    }
}
