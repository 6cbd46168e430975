import ArgumentParser
import Outturn
import Foundation
import OutturnIO
import OutturnOutput

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or xlsx (default: by the --output file's extension, else table). CSV headers and JSON keys are the same snake_case field names.")
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Write the records to this file (complete or not at all) instead of standard output: .csv, .json, .xlsx (an Excel workbook) or .txt (a table).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Show departments and indicators by id, name (where the data has names; the default) or both; CSV, JSON and workbooks keep the ids and add department_name and indicator_name.", valueName: "id|name|both"))
    var labels: LabelMode = .name

    @Flag(name: .long, help: "Start CSV or table output with a UTF-8 byte-order mark, so Excel on Windows opens Chinese text correctly.")
    var bom = false

    /// The output's encoding: a separate option from --encoding, which names the encoding of the data read.
    @Option(name: .long, help: ArgumentHelp("Encoding of CSV or table output: utf-8 (default) or gb18030 (Excel on a Chinese Windows desktop).", valueName: "encoding"))
    var outputEncoding: TextEncoding = .utf8

    func validate() throws {
        try refuseUnwritable(output)
        if let output, output != "-", !output.hasPrefix("/dev/") {
            let ext = (output as NSString).pathExtension
            let byExtension = OutputFormat.of(extension: ext)
            // A file kind that is not records (a chart, a document) is refused whatever --format says; another
            // extension is written in the --format given.
            if Self.notRecords.contains(ext.lowercased()) || (byExtension == nil && format == nil) {
                throw ValidationError("cannot write .\(ext) files: give --output FILE.csv, FILE.json, FILE.xlsx or FILE.txt")
            }
            if let format, let byExtension, byExtension != .table, format != byExtension {
                throw ValidationError("--format \(format.rawValue) does not match the file name \(output)")
            }
        }
        if bom || outputEncoding != .utf8, resolvedFormat == .json || resolvedFormat == .xlsx {
            throw ValidationError("--bom and --output-encoding apply to CSV and table output; JSON is UTF-8 and a workbook has its own encoding")
        }
        if bom && outputEncoding != .utf8 { throw ValidationError("--bom marks UTF-8; GB18030 output has none") }
    }

    /// Extensions of files that are not records: an image, a document, the old Excel format.
    static let notRecords: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "pdf", "doc", "docx", "xls", "html", "htm", "pptx", "ppt"]

    /// The format: --format, else the output file's extension, else a table.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        if let output, output != "-", let byExtension = OutputFormat.of(extension: (output as NSString).pathExtension) { return byExtension }
        return .table
    }

    /// The sheet name of a workbook: the output file's name without its extension.
    var sheetName: String {
        guard let output, output != "-" else { return "outturn" }
        return ((output as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Where the records go: the --output file (written atomically) or standard output.
    func sink() throws -> ByteSink { try output.map { try ByteSink(path: $0) } ?? ByteSink.standardOutput() }

    /// Writes records produced in batches: CSV and JSON stream each batch out as it comes. A table's columns are
    /// aligned over every row: with `repeatable`, `produce` is run twice (widths, then lines) and no row is
    /// kept; otherwise the rows wait in a spool on disk (in memory when no temporary file can be made) and are
    /// read twice. A workbook's rows are gathered.
    func emit(columns: [Column], preamble: [String] = [], names: IndicatorPanel? = nil, repeatable: Bool = false,
              _ produce: (_ append: ([[Cell]]) throws -> Void) throws -> Void) throws {
        let format = resolvedFormat
        if format == .table && !repeatable, var spool = try? RecordSpool() {
            try produce { rows in for r in rows { try spool.append(r) } }
            return try emit(columns: columns, preamble: preamble, names: names, repeatable: true) { append in try spool.replay(append) }
        }
        if format == .xlsx || (format == .table && !repeatable) {
            var report = RecordTable(columns: columns)
            report.preamble = preamble
            try produce { rows in for r in rows { report.append(r) } }
            return try emit(report, names: names)
        }
        let (columns, label) = names.map { PanelLabels($0).apply(to: columns, mode: labels, format: format) } ?? (columns, { $0 })
        try encoded(to: try sink()) { sink in
            if format == .table {
                // Swift forbids a non-escaping closure to call another's argument; `produce` does not escape here.
                try withoutActuallyEscaping(produce) { produce in
                    try AlignedTable.write(columns: columns, preamble: preamble, to: sink) { each in
                        try produce { rows in for r in rows { try each(label(r)) } }
                    }
                }
            } else {
                let kept = columns.indices.filter { !columns[$0].tableOnly }
                var writer = try RecordWriter(columns: kept.map { columns[$0] }, format: format, sink: sink)
                try produce { rows in try writer.append(contentsOf: rows.map(label), keeping: kept) }
                try writer.finish()
            }
        }
    }

    /// Writes a report in the chosen format and encoding to the chosen place, completely; with `names`, its
    /// departments and indicators are labelled as --labels says.
    func emit(_ report: RecordTable, names: IndicatorPanel? = nil) throws {
        try write(report, to: try sink(), names: names)
    }

    /// Writes a report to `sink` (finished afterwards) in the chosen format and encoding.
    func write(_ report: RecordTable, to sink: ByteSink, names: IndicatorPanel? = nil) throws {
        var report = report
        report.sheetName = sheetName
        // Names are put beside ids row by row as the records are written, not in a labelled copy of the table.
        let (columns, label) = names.map { PanelLabels($0).apply(to: report.columns, mode: labels, format: resolvedFormat) }
            ?? (report.columns, nil)
        try encoded(to: sink) { try report.write(resolvedFormat, to: $0, as: columns, transform: label) }
    }

    /// Runs `write` on a sink that puts its text into `sink` in the output encoding (after a byte-order mark if
    /// asked), then finishes `sink`.
    private func encoded(to sink: ByteSink, _ write: (ByteSink) throws -> Void) throws {
        if outputEncoding == .gb18030 {
            let text = ByteSink.inMemory()
            try write(text)
            try sink.write(bytes: try TextEncoder.gb18030(text.contents))
        } else {
            if bom { try sink.write(bytes: [0xEF, 0xBB, 0xBF]) }
            try write(sink)
        }
        try sink.finish()
    }
}

/// How departments and indicators are shown: by id, by name (where the data has one), or both.
enum LabelMode: String, CaseIterable, ExpressibleByArgument {
    case id, name, both
}

/// The names of a panel's departments and indicators that differ from their ids, for showing names in tables
/// and adding `department_name` / `indicator_name` to records.
struct PanelLabels {
    let departments: [String: String]
    let indicators: [String: String]
    let units: [String: String]

    init(_ panel: IndicatorPanel) {
        departments = Dictionary(uniqueKeysWithValues: panel.departments.filter { $0.name != $0.id && !$0.name.isEmpty }.map { ($0.id, $0.name) })
        indicators = Dictionary(uniqueKeysWithValues: panel.indicators.filter { $0.name != $0.id && !$0.name.isEmpty }.map { ($0.id, $0.name) })
        units = Dictionary(uniqueKeysWithValues: panel.indicators.filter { !$0.unit.isEmpty }.map { ($0.id, $0.unit) })
    }

    /// The columns and a row mapping for `format`: in a table the id cells become names (`name`) or
    /// `name (id)` (`both`); records keep the ids and gain `department_name` / `indicator_name` at the end.
    func apply(to columns: [Column], mode: LabelMode, format: OutputFormat) -> (columns: [Column], row: ([Cell]) -> [Cell]) {
        guard mode != .id else { return (columns, { $0 }) }
        let kinds: [(field: String, names: [String: String])] = [("department", departments), ("indicator", indicators)]
        let present = kinds.compactMap { kind -> (Int, [String: String], String)? in
            guard !kind.names.isEmpty, let k = columns.firstIndex(where: { $0.field == kind.field }),
                  !columns.contains(where: { $0.field == kind.field + "_name" }) else { return nil }
            return (k, kind.names, kind.field + "_name")
        }
        guard !present.isEmpty || (format != .table && !units.isEmpty && columns.contains { $0.field == "indicator" } && !columns.contains { $0.field == "unit" }) else {
            return (columns, { $0 })
        }
        func id(_ cell: Cell) -> String? { if case let .text(s) = cell { return s } else { return nil } }
        if format == .table {
            return (columns, { row in
                var row = row
                for (k, names, _) in present {
                    guard let i = id(row[k]), let name = names[i] else { continue }
                    row[k] = .text(mode == .both ? "\(name) (\(i))" : name)
                }
                return row
            })
        }
        var added = present.map { Column($0.2, inTable: false) }
        // Records naming an indicator also carry its unit, unless they have a unit column already.
        let indicatorColumn = columns.firstIndex { $0.field == "indicator" }
        let withUnit = indicatorColumn != nil && !units.isEmpty && !columns.contains { $0.field == "unit" }
        if withUnit { added.append(Column("unit", inTable: false)) }
        return (columns + added, { row in
            row + present.map { k, names, _ in id(row[k]).map { .text(names[$0] ?? $0) } ?? .missing }
                + (withUnit ? [id(row[indicatorColumn!]).map { .text(units[$0] ?? "") } ?? .missing] : [])
        })
    }
}

/// Refuses, before any work, output paths the command could not write at its end (a missing folder, a folder,
/// a device, a read-only file), with the error writing them would give. Nil paths are not asked for. Called
/// from `validate()`, where the argument parser would wrap a thrown error in its own usage message: the error is
/// printed as every data error is, and the run ends with status 1.
func refuseUnwritable(_ paths: String?...) throws {
    do {
        for case let path? in paths { try ByteSink.checkDestination(path) }
    } catch let error as DataError {
        Diagnostics.write("outturn: error: " + error.description)
        throw ExitCode.failure
    }
}
