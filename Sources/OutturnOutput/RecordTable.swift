import Outturn

/// The output formats of every command that prints records.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading (the default).
    case table
    /// RFC 4180 CSV with a snake_case header.
    case csv
    /// A JSON array of records with the same keys as the CSV header.
    case json
}

/// One cell of a record.
public enum Cell: Sendable {
    case text(String)
    case number(Double)
    case missing

    public static func optional(_ v: Double?) -> Cell { v.map { $0.isNaN ? .missing : .number($0) } ?? .missing }
}

/// A column: its snake_case field name (the CSV header and JSON key), the table heading (with the unit), and
/// how numbers show in a table.
public struct Column: Sendable {
    public let field: String
    public let heading: String
    public let style: DecimalText.Style
    /// Shown in tables (CSV and JSON carry every column).
    public let inTable: Bool
    /// Shown only in tables (a sparkline, say).
    public let tableOnly: Bool

    public init(_ field: String, heading: String? = nil, style: DecimalText.Style = .statistic, inTable: Bool = true, tableOnly: Bool = false) {
        self.field = field
        self.heading = heading ?? field
        self.style = style
        self.inTable = inTable
        self.tableOnly = tableOnly
    }
}

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
        }
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

/// Writes records as CSV or JSON as they come, so that a million rows never sit in memory at once. Same
/// field names and number forms as `RecordTable`.
public struct RecordWriter {
    public let columns: [Column]
    public let format: OutputFormat
    public let sink: ByteSink
    private var count = 0

    /// Starts the output (the CSV header, or the JSON array's opening bracket).
    public init(columns: [Column], format: OutputFormat, sink: ByteSink) throws {
        precondition(format != .table, "tables need every row to align them: use Report")
        self.columns = columns
        self.format = format
        self.sink = sink
        switch format {
        case .csv: try sink.write(columns.map { RecordEncoding.csvField($0.field) }.joined(separator: ",") + "\n")
        default: try sink.write("[")
        }
    }

    /// Appends rows, keeping the cells at `kept` (all when nil). Large batches are formatted in parallel chunks
    /// and written in order: formatting numbers is most of the cost of writing a million records.
    public mutating func append(contentsOf rows: [[Cell]], keeping kept: [Int]? = nil) throws {
        let chunk = 2048, first = count, columns = columns, format = format
        let texts: [String] = parallelMap(count: (rows.count + chunk - 1) / chunk, chunk: 1) { c in
            var text = ""
            for k in c * chunk..<min(rows.count, (c + 1) * chunk) {
                let row = kept.map { kept in kept.map { rows[k][$0] } } ?? rows[k]
                text += Self.record(row, columns: columns, format: format, first: first + k == 0)
            }
            return text
        }
        for text in texts { try sink.write(text) }
        count += rows.count
    }

    /// One record's text: a CSV line, or a JSON object (with the separator from the previous one).
    private static func record(_ row: [Cell], columns: [Column], format: OutputFormat, first: Bool) -> String {
        precondition(row.count == columns.count, "row has \(row.count) cells, the records \(columns.count) fields")
        switch format {
        case .csv:
            return row.map { cell -> String in
                switch cell {
                case let .text(s): return RecordEncoding.csvField(s)
                case let .number(v): return DecimalText.shortest(v)
                case .missing: return ""
                }
            }.joined(separator: ",") + "\n"
        default:
            let fields = zip(columns, row).map { column, cell -> String in
                let value: String
                switch cell {
                case let .text(s): value = RecordEncoding.jsonString(s)
                case let .number(v): value = RecordEncoding.jsonNumber(v)
                case .missing: value = "null"
                }
                return RecordEncoding.jsonString(column.field) + ":" + value
            }
            return (first ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}"
        }
    }

    /// Ends the output (the JSON array's closing bracket).
    public func finish() throws {
        if format == .json { try sink.write("\n]\n") }
    }
}
