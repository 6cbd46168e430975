import Foundation
import Outturn
import OutturnSystem

/// A workbook's sheet read as a panel, long or wide, with the CSV reader's rules (headers, years, ids, units,
/// percent values, every error at its place): the sheet is laid out as CSV text in memory and read by
/// `PanelCSVReader`, and every location is mapped back to its cell (`book.xlsx:预算!C7`).
///
/// What a sheet adds: title rows above the header are skipped (the header is the first row naming a department
/// or indicator column, within the first 20 rows) and a caption such as 单位：万元 among them gives the values'
/// unit; cells merged across data rows (a department written once for several rows) give their value to every
/// cell of the range; percent-formatted cells (0.912 shown as 91.2%) are read as percent (91.2). Merged cells in
/// the header, dates where a number or year is expected, error cells and formulas without a saved value are
/// errors at their cell.
enum WorkbookPanel {
    static func read(path: String, sheet: String?, options: PanelSource.Options) throws -> (panel: IndicatorPanel, notes: [ReadNote]) {
        let table = try SheetAsCSV(path: path, sheet: sheet) { names in
            let roles = PanelCSVReader.roles(of: names, mapping: options.columns).roles
            return roles.contains(.department) || roles.contains(.indicator)
        }
        let reader = PanelCSVReader(encoding: .utf8, years: options.years, columns: options.columns, defaultUnit: table.captionUnit)
        return try table.read { csv in
            let (panel, notes) = try reader.readWithNotes(path: csv, displayName: csv)
            return (panel, notes.map { ReadNote($0.message, at: table.cell($0.location, csv: csv)) })
        }
    }

    /// A percent cell's fraction as percent: the decimal the cell holds (its shortest text) with the point moved
    /// two places, so 0.912 is 91.2 exactly, where 0.912 * 100 is 91.20000000000002.
    static func percent(_ fraction: Double) -> Double {
        guard let decimal = Decimal(string: DecimalText.shortest(fraction), locale: Locale(identifier: "en_US_POSIX")),
              let shifted = Double("\(decimal * 100)") else { return fraction * 100 }
        return shifted
    }
}

/// A workbook's sheet laid out as CSV text for a CSV reader, with the way back from a place in that text to the
/// cell it came from. Title rows above the header are skipped (the header is the first of the first 20 rows that
/// `isHeader` accepts), a caption such as 单位：万元 among them (or in the header row) gives `captionUnit`, cells
/// merged across data rows give their value to every cell of the range, merged header cells are an error.
struct SheetAsCSV {
    let path: String
    let sheetName: String
    let headerRow: Int
    /// The sheet row of each CSV line (line k + 1 is `lines[k]`).
    let lines: [Int]
    let header: [String]
    let rows: [Int: [Int: WorkbookSheet.Value]]
    let lastColumn: Int
    let captionUnit: String?
    let csv: String

    init(path: String, sheet: String?, isHeader: ([String]) -> Bool) throws {
        let content = try WorkbookReader.read(path: path, sheet: sheet)
        let rowNumbers = content.rowNumbers
        guard !rowNumbers.isEmpty else {
            throw DataError("the sheet is empty", at: SourceLocation(file: path, sheet: content.name, row: 1, column: nil),
                            hint: "choose the sheet that holds the table with --sheet")
        }
        let lastColumn = content.lastColumn
        let headerRow = rowNumbers.prefix(20).first { r in
            isHeader((1...max(1, lastColumn)).map { Self.text(content.rows[r]?[$0]).trimmingCharacters(in: .whitespaces) })
        } ?? rowNumbers[0]
        var captionUnit: String? = nil
        for r in rowNumbers where r < headerRow {
            for v in content.rows[r]!.values { if case let .text(s) = v, let unit = HeaderNames.captionUnit(s) { captionUnit = unit } }
        }
        for m in content.merges where m.rows.contains(headerRow) && m.columns.count > 1 {
            throw DataError("merged header cells \(SourceLocation.columnLetters(m.columns.lowerBound))\(m.rows.lowerBound):\(SourceLocation.columnLetters(m.columns.upperBound))\(m.rows.upperBound)",
                            at: SourceLocation(file: path, sheet: content.name, row: headerRow, column: m.columns.lowerBound),
                            hint: "unmerge them so that every column has its own header, or give --columns")
        }
        // Merged data cells: the top-left value fills the range.
        var rows = content.rows
        for m in content.merges where m.rows.lowerBound > headerRow {
            guard let v = rows[m.rows.lowerBound]?[m.columns.lowerBound] else { continue }
            for r in m.rows { for c in m.columns { rows[r, default: [:]][c] = v } }
        }
        let dataRows = rows.keys.filter { $0 > headerRow }.sorted()
        var csv = "", lines: [Int] = []
        func field(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        // A caption written into the header row itself (单位：元 beside the last column) is a caption too.
        var header = (1...max(1, lastColumn)).map { Self.text(rows[headerRow]?[$0]) }
        for k in header.indices {
            if let unit = HeaderNames.captionUnit(header[k]) { captionUnit = unit; header[k] = "" }
        }
        csv += header.map(field).joined(separator: ",") + "\n"
        lines.append(headerRow)
        for r in dataRows {
            let cells = (1...max(1, lastColumn)).map { rows[r]?[$0] }
            if cells.allSatisfy({ $0 == nil || $0 == .text("") }) { continue }
            csv += cells.map { field(Self.text($0)) }.joined(separator: ",") + "\n"
            lines.append(r)
        }
        (self.path, sheetName, self.headerRow, self.lines, self.header, self.rows) = (path, content.name, headerRow, lines, header, rows)
        (self.lastColumn, self.captionUnit, self.csv) = (lastColumn, captionUnit, csv)
    }

    /// A cell's text as the CSV carries it: numbers in their shortest form, percent cells as percent with a
    /// sign, dates as YYYY-MM-DD.
    static func text(_ v: WorkbookSheet.Value?) -> String {
        switch v {
        case nil: ""
        case let .text(s)?: s
        case let .number(x)?: DecimalText.shortest(x)
        case let .percent(x)?: DecimalText.shortest(WorkbookPanel.percent(x)) + "%"
        case let .date(y, m, d)?: String(format: "%04d-%02d-%02d", y, m, d)
        case let .boolean(b)?: b ? "TRUE" : "FALSE"
        }
    }

    /// Runs `body` with the CSV text in a temporary file (removed afterwards); a `DataError` it throws is moved
    /// to the cell it came from.
    func read<T>(_ body: (_ csvPath: String) throws -> T) throws -> T {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("outturn-sheet-\(getpid())-\(UUID().uuidString).csv").path
        guard FileManager.default.createFile(atPath: temporary, contents: Data(csv.utf8)) else {
            throw DataError("cannot write a temporary file in \(FileManager.default.temporaryDirectory.path)")
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            return try body(temporary)
        } catch var error as DataError {
            error.location = cell(error.location, csv: temporary)
            if error.reason.contains("is not an integer") || error.reason.contains("is not a number") || error.reason.contains("is not a year"),
               case .date? = rows[error.location!.line]?[error.location!.column ?? 0] {
                error.hint = "the cell is formatted as a date; give the year as a number (2024) or the value as a number"
            }
            throw error
        }
    }

    /// A location in the CSV text (file `csv`) as the cell it came from.
    func cell(_ place: SourceLocation?, csv: String) -> SourceLocation {
        guard let place, place.file == csv else { return SourceLocation(file: path, sheet: sheetName, row: headerRow, column: nil) }
        let row = lines.indices.contains(place.line - 1) ? lines[place.line - 1] : headerRow
        guard let column = place.column else { return SourceLocation(file: path, sheet: sheetName, row: row, column: nil) }
        // The field whose text starts at or before the column (every field is quoted: 3 characters more).
        let texts = row == headerRow ? header : (1...max(1, lastColumn)).map { Self.text(rows[row]?[$0]) }
        var start = 1, field = 1
        for (k, t) in texts.enumerated() {
            if start > column { break }
            field = k + 1
            start += t.count + 3
        }
        return SourceLocation(file: path, sheet: sheetName, row: row, column: field)
    }
}
