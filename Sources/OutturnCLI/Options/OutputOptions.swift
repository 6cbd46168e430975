import ArgumentParser
import OutturnIO
import OutturnOutput

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv or json. CSV headers and JSON keys are the same snake_case field names.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Write the records to this file (complete or not at all) instead of standard output.", valueName: "file"))
    var output: String?

    /// Where the records go: the --output file (written atomically) or standard output.
    func sink() throws -> ByteSink { try output.map { try ByteSink(path: $0) } ?? ByteSink.standardOutput() }

    /// Writes records produced in batches: CSV and JSON stream each batch out as it comes; a table gathers
    /// them all first (its columns are aligned over every row).
    func emit(columns: [Column], preamble: [String] = [], _ produce: (_ append: ([[Cell]]) throws -> Void) throws -> Void) throws {
        if format == .table {
            var report = RecordTable(columns: columns)
            report.preamble = preamble
            try produce { rows in for r in rows { report.append(r) } }
            return try emit(report)
        }
        let sink = try sink()
        let kept = columns.indices.filter { !columns[$0].tableOnly }
        var writer = try RecordWriter(columns: kept.map { columns[$0] }, format: format, sink: sink)
        try produce { rows in try writer.append(contentsOf: rows, keeping: kept) }
        try writer.finish()
        try sink.finish()
    }

    /// Writes a report in the chosen format to the chosen place, completely.
    func emit(_ report: RecordTable) throws {
        let sink = try sink()
        try report.write(format, to: sink)
        try sink.finish()
    }
}
