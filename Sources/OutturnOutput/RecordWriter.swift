import Outturn

/// Writes records as CSV or JSON as they come, so that a million rows never sit in memory at once. Same
/// field names and number forms as `RecordTable`.
public struct RecordWriter {
    public let columns: [Column]
    public let format: OutputFormat
    public let sink: ByteSink
    private var count = 0

    /// Starts the output (the CSV header, or the JSON array's opening bracket).
    public init(columns: [Column], format: OutputFormat, sink: ByteSink) throws {
        precondition(format == .csv || format == .json, "tables and workbooks need every row first: use RecordTable")
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
        let keys = format == .json ? columns.map { RecordEncoding.jsonString($0.field) + ":" } : []
        let texts: [String] = parallelMap(count: (rows.count + chunk - 1) / chunk, chunk: 1) { c in
            var text = ""
            for k in c * chunk..<min(rows.count, (c + 1) * chunk) {
                let row = rows[k]
                if format == .csv {
                    // Appended field by field: no per-row arrays or joins (a million rows of 26 fields).
                    let fields = kept?.count ?? row.count
                    precondition(fields == columns.count, "row has \(fields) cells, the records \(columns.count) fields")
                    for j in 0..<fields {
                        if j > 0 { text.append(",") }
                        switch row[kept?[j] ?? j] {
                        case let .text(s): text.append(RecordEncoding.csvField(s))
                        case let .number(v): text.append(DecimalText.shortest(v))
                        case .missing: break
                        }
                    }
                    text.append("\n")
                } else {
                    text += Self.jsonRecord(kept.map { kept in kept.map { row[$0] } } ?? row, keys: keys, first: first + k == 0)
                }
            }
            return text
        }
        for text in texts { try sink.write(text) }
        count += rows.count
    }

    /// One JSON object's text (with the separator from the previous one), `keys` the fields' quoted names with
    /// their colons; CSV lines are appended in place above.
    private static func jsonRecord(_ row: [Cell], keys: [String], first: Bool) -> String {
        precondition(row.count == keys.count, "row has \(row.count) cells, the records \(keys.count) fields")
        var text = first ? "\n{" : ",\n{"
        for (j, cell) in row.enumerated() {
            if j > 0 { text += "," }
            text += keys[j]
            switch cell {
            case let .text(s): text += RecordEncoding.jsonString(s)
            case let .number(v): text += RecordEncoding.jsonNumber(v)
            case .missing: text += "null"
            }
        }
        return text + "}"
    }

    /// Ends the output (the JSON array's closing bracket).
    public func finish() throws {
        if format == .json { try sink.write("\n]\n") }
    }
}
