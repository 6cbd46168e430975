import Foundation
import Outturn
import OutturnIO

/// How numbers in a column are shown in a table (CSV and JSON always carry the full value).
enum NumberStyle: Sendable {
    /// Fixed decimals with thousands grouping: amounts (2), rates (2), scores (2).
    case decimals(Int)
    /// A whole number with grouping (counts, years of data).
    case integer
    /// Significant-figure form for statistics (p-values, slopes): up to 4 significant digits.
    case statistic
    /// A year: no grouping.
    case year
}

/// One cell of a report.
enum Cell: Sendable {
    case text(String)
    case number(Double)
    case missing

    static func optional(_ v: Double?) -> Cell { v.map { $0.isNaN ? .missing : .number($0) } ?? .missing }
}

/// A column: its snake_case field name (the CSV header and JSON key), the table heading (with the unit), and
/// how numbers show in a table.
struct Column: Sendable {
    let field: String
    let heading: String
    let style: NumberStyle
    /// Shown in tables (CSV and JSON carry every column).
    let inTable: Bool
    /// Shown only in tables (a sparkline, say).
    let tableOnly: Bool

    init(_ field: String, heading: String? = nil, style: NumberStyle = .statistic, inTable: Bool = true, tableOnly: Bool = false) {
        self.field = field
        self.heading = heading ?? field
        self.style = style
        self.inTable = inTable
        self.tableOnly = tableOnly
    }
}

/// Records to print in one of the output formats, with the same field names in each.
struct Report: Sendable {
    let columns: [Column]
    var rows: [[Cell]] = []
    /// Lines shown above a table (not part of CSV or JSON output).
    var preamble: [String] = []

    init(columns: [Column]) { self.columns = columns }

    mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "row has \(row.count) cells, report has \(columns.count) columns")
        rows.append(row)
    }

    func write(_ format: OutputFormat, to sink: ByteSink) throws {
        switch format {
        case .table: try projected { $0.inTable }.writeTable(to: sink)
        case .csv, .json: try projected { !$0.tableOnly }.writeRecords(format, to: sink)
        }
    }

    /// The report restricted to the columns that satisfy `keep`.
    private func projected(_ keep: (Column) -> Bool) -> Report {
        let kept = columns.indices.filter { keep(columns[$0]) }
        if kept.count == columns.count { return self }
        var r = Report(columns: kept.map { columns[$0] })
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

    static func tableText(_ cell: Cell, style: NumberStyle) -> String {
        switch cell {
        case let .text(s): return s
        case .missing: return "–"
        case let .number(v): return NumberText.format(v, style: style)
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

/// Number formatting for tables: fixed decimals with thousands grouping, or compact significant figures.
enum NumberText {
    static func format(_ v: Double, style: NumberStyle) -> String {
        if v.isNaN { return "–" }
        if v.isInfinite { return v > 0 ? "∞" : "-∞" }
        switch style {
        case let .decimals(d): return grouped(v, decimals: d)
        case .integer: return grouped(v.rounded(), decimals: 0)
        case .year: return String(Int(v))
        case .statistic:
            let a = abs(v)
            if a == 0 { return "0" }
            if a >= 1e-3 && a < 1e6 {
                let decimals = max(0, min(6, 3 - Int(log10(a).rounded(.down))))
                var s = grouped(v, decimals: decimals)
                if s.contains(".") {
                    while s.hasSuffix("0") { s.removeLast() }
                    if s.hasSuffix(".") { s.removeLast() }
                }
                return s
            }
            return scientific(v)
        }
    }

    static func grouped(_ v: Double, decimals: Int) -> String {
        let scale = (0..<decimals).reduce(1.0) { r, _ in r * 10 }
        let scaled = (abs(v) * scale).rounded()
        if scaled >= 9e15 { return scientific(v) }
        let n = UInt64(scaled)
        let whole = n / UInt64(scale), frac = n % UInt64(scale)
        var digits = String(whole)
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        out = digits + out
        if decimals > 0 {
            let f = String(frac)
            out += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return (v < 0 && n != 0 ? "-" : "") + out
    }

    static func scientific(_ v: Double) -> String { String(format: "%.3e", v) }
}

/// Writes records as CSV or JSON as they come, so that a million rows never sit in memory at once. Same
/// field names and number forms as `Report`.
struct RecordWriter {
    let columns: [Column]
    let format: OutputFormat
    let sink: ByteSink
    private var count = 0

    /// Starts the output (the CSV header, or the JSON array's opening bracket).
    init(columns: [Column], format: OutputFormat, sink: ByteSink) throws {
        precondition(format != .table, "tables need every row to align them: use Report")
        self.columns = columns
        self.format = format
        self.sink = sink
        switch format {
        case .csv: try sink.write(columns.map { ValueFormatting.csvField($0.field) }.joined(separator: ",") + "\n")
        default: try sink.write("[")
        }
    }

    /// Appends rows, keeping the cells at `kept` (all when nil). Large batches are formatted in parallel chunks
    /// and written in order: formatting numbers is most of the cost of writing a million records.
    mutating func append(contentsOf rows: [[Cell]], keeping kept: [Int]? = nil) throws {
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
                case let .text(s): return ValueFormatting.csvField(s)
                case let .number(v): return ValueFormatting.plain(v)
                case .missing: return ""
                }
            }.joined(separator: ",") + "\n"
        default:
            let fields = zip(columns, row).map { column, cell -> String in
                let value: String
                switch cell {
                case let .text(s): value = ValueFormatting.jsonString(s)
                case let .number(v): value = ValueFormatting.jsonNumber(v)
                case .missing: value = "null"
                }
                return ValueFormatting.jsonString(column.field) + ":" + value
            }
            return (first ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}"
        }
    }

    /// Ends the output (the JSON array's closing bracket).
    func finish() throws {
        if format == .json { try sink.write("\n]\n") }
    }
}
