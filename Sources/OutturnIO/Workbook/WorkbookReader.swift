import Foundation
import Outturn
import OutturnSystem

/// Reads the cells of an Office Open XML workbook (.xlsx): the workbook's sheet list, shared strings, the
/// number formats that make a number a percentage or a date, inline strings, cached formula results, merged
/// ranges. A formula without a cached value, an error cell (#DIV/0!), a damaged container, a password-protected
/// workbook and the old binary .xls format are errors at their place that say what to do.
enum WorkbookReader {
    /// Excel's serial date (1900 system; day 60 is the fictitious 1900-02-29) as a calendar date.
    static func date(serial: Double) -> (Int, Int, Int)? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if days > 59 { days -= 1 }   // skip 1900-02-29
        // Days since 1899-12-31 -> civil date (Howard Hinnant's algorithm, from 1970-01-01).
        let z = days - 25_568 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The names of the sheets, in workbook order.
    static func sheetNames(path: String) throws -> [String] {
        try WorkbookPackage(path: path).sheets.map(\.name)
    }

    /// The sheet named `sheet` (default: the first).
    static func read(path: String, sheet: String? = nil) throws -> WorkbookSheet {
        let package = try WorkbookPackage(path: path)
        let place = SourceLocation(file: path, line: 1)
        guard let chosen = sheet.map({ name in package.sheets.first { $0.name == name } }) ?? package.sheets.first else {
            if let sheet {
                throw DataError("no sheet \"\(sheet)\" in the workbook", at: place,
                                hint: "its sheets: " + package.sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))
            }
            throw DataError("the workbook has no sheets", at: place)
        }
        let strings = try package.part("xl/sharedStrings.xml", required: false).map { try SharedStringsXML.parse($0, file: path) } ?? []
        let styles = try package.part("xl/styles.xml", required: false).map { try StylesXML.parse($0, file: path) } ?? StylesXML()
        guard let xml = try package.part(chosen.target, required: true) else { throw DataError("the sheet's part is missing", at: place) }
        let reader = SheetXML(name: chosen.name, file: path, strings: strings, styles: styles)
        try parseXML(xml, reader, file: path, part: "sheet \(chosen.name)")
        if let error = reader.failure { throw error }
        return reader.sheet
    }
}

/// The ZIP container of a workbook and its sheet list.
private struct WorkbookPackage {
    struct Sheet { let name: String; let target: String }
    let path: String
    let archive: OfficeArchive
    let sheets: [Sheet]

    init(path: String) throws {
        self.path = path
        let place = SourceLocation(file: path, line: 1)
        let bytes = try WholeFile.read(path, what: "workbook")
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            // An OLE compound file: the old .xls format, or an encrypted .xlsx (its package is a stream named
            // EncryptedPackage inside one).
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if bytes.count >= marker.count, (0...(bytes.count - marker.count)).contains(where: { bytes[$0] == marker[0] && Array(bytes[$0..<($0 + marker.count)]) == marker }) {
                throw DataError("the workbook is protected by a password", at: place,
                                hint: "open it in Excel, remove the password (File > Info > Protect Workbook), save, and read it again")
            }
            throw DataError("is an Excel 97-2003 workbook (.xls), which is not read", at: place,
                            hint: "open it in Excel or LibreOffice and save it as .xlsx, or as CSV (UTF-8): libreoffice --headless --convert-to xlsx FILE.xls")
        }
        archive = try OfficeArchive(bytes: bytes, file: path, what: "workbook")
        guard let workbook = try archive.part("xl/workbook.xml") else {
            throw DataError("is a ZIP file without xl/workbook.xml, not an Excel workbook", at: place)
        }
        let relations = try archive.part("xl/_rels/workbook.xml.rels").map { try RelationsXML.parse($0, file: path) } ?? [:]
        let list = try WorkbookXML.parse(workbook, file: path)
        sheets = list.map { entry in
            var target = relations[entry.relation] ?? "worksheets/sheet\(entry.index + 1).xml"
            if target.hasPrefix("/") { target.removeFirst() } else if !target.hasPrefix("xl/") { target = "xl/" + target }
            return Sheet(name: entry.name, target: target)
        }
    }

    func part(_ name: String, required: Bool) throws -> Data? {
        let data = try archive.part(name)
        if data == nil && required { throw DataError("the workbook has no part \(name)", at: SourceLocation(file: path, line: 1)) }
        return data
    }
}

/// Runs a handler over an XML part.
private func parseXML(_ data: Data, _ events: XMLEvents, file: String, part: String) throws {
    try XMLScanner.scan(data, events, file: file, part: "workbook's " + part)
}

/// `<sheet name="..." r:id="rId1"/>` entries of xl/workbook.xml.
private final class WorkbookXML: XMLEvents {
    var entries: [(name: String, relation: String, index: Int)] = []
    static func parse(_ data: Data, file: String) throws -> [(name: String, relation: String, index: Int)] {
        let d = WorkbookXML()
        try parseXML(data, d, file: file, part: "workbook.xml")
        return d.entries
    }
    func start(_ name: String, _ attributes: [String: String]) {
        if local(name) == "sheet", let sheetName = attributes["name"] {
            entries.append((sheetName, attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? "", entries.count))
        }
    }
}

/// Relationship id -> target of xl/_rels/workbook.xml.rels.
private final class RelationsXML: XMLEvents {
    var targets: [String: String] = [:]
    static func parse(_ data: Data, file: String) throws -> [String: String] {
        let d = RelationsXML()
        try parseXML(data, d, file: file, part: "relationships")
        return d.targets
    }
    func start(_ name: String, _ attributes: [String: String]) {
        if local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// The shared strings: each `<si>`, its `<t>` runs joined (rich text included, phonetic runs left out).
private final class SharedStringsXML: XMLEvents {
    var strings: [String] = []
    private var current = "", inText = false, inPhonetic = false
    static func parse(_ data: Data, file: String) throws -> [String] {
        let d = SharedStringsXML()
        try parseXML(data, d, file: file, part: "shared strings")
        return d.strings
    }
    func start(_ name: String, _ attributes: [String: String]) {
        switch local(name) {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }
    func text(_ string: String) { if inText { current += string } }
    func end(_ name: String) {
        switch local(name) {
        case "t": inText = false
        case "rPh": inPhonetic = false
        case "si": strings.append(current)
        default: break
        }
    }
}

/// Which cell styles format numbers as percentages or dates (`cellXfs` order, `s="3"` on a cell).
final class StylesXML: XMLEvents {
    enum Format { case plain, percent, date }
    private var custom: [Int: String] = [:]
    private var inCellXfs = false
    private(set) var formats: [Format] = []

    static func parse(_ data: Data, file: String) throws -> StylesXML {
        let d = StylesXML()
        try parseXML(data, d, file: file, part: "styles")
        return d
    }

    func format(style: Int?) -> Format { style.flatMap { formats.indices.contains($0) ? formats[$0] : nil } ?? .plain }

    func start(_ name: String, _ attributes: [String: String]) {
        switch local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
            let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
            formats.append(Self.kind(id: id, code: custom[id]))
        default: break
        }
    }
    func end(_ name: String) {
        if local(name) == "cellXfs" { inCellXfs = false }
    }

    /// Built-in formats 9 and 10 are percentages, 14-22 and 45-47 dates; a custom code is a percentage with a
    /// `%` and a date with d, m or y outside quotes and brackets.
    static func kind(id: Int, code: String?) -> Format {
        if id == 9 || id == 10 { return .percent }
        if (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id) { return .date }
        guard let code else { return .plain }
        var visible = "", quoted = false, bracket = false
        for c in code {
            if c == "\"" { quoted.toggle(); continue }
            if c == "[" { bracket = true; continue }
            if c == "]" { bracket = false; continue }
            if !quoted && !bracket { visible.append(c) }
        }
        if visible.contains("%") { return .percent }
        if visible.lowercased().contains(where: { "dmy".contains($0) }) && !visible.lowercased().contains("general") { return .date }
        return .plain
    }
}

/// The cells of one worksheet.
private final class SheetXML: XMLEvents {
    var sheet: WorkbookSheet
    var failure: DataError?
    private let file: String, strings: [String], styles: StylesXML
    private var cell: (row: Int, column: Int, type: String, style: Int?)? = nil
    private var value = "", inline = "", hasValue = false, hasFormula = false, inValue = false, inInline = false
    private var nextRow = 1, nextColumn = 1

    init(name: String, file: String, strings: [String], styles: StylesXML) {
        self.sheet = WorkbookSheet(name: name)
        self.file = file
        self.strings = strings
        self.styles = styles
    }

    var stop: Bool { failure != nil }

    func fail(_ error: DataError) {
        if failure == nil { failure = error }
    }

    func start(_ name: String, _ attributes: [String: String]) {
        switch local(name) {
        case "row":
            if let r = attributes["r"].flatMap(Int.init) { nextRow = r }
            nextColumn = 1
        case "c":
            var row = nextRow, column = nextColumn
            if let ref = attributes["r"], let parsed = Self.reference(ref) { (row, column) = parsed }
            cell = (row, column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init))
            value = ""; inline = ""; hasValue = false; hasFormula = false
            nextColumn = column + 1
        case "v": inValue = true; hasValue = true
        case "f": hasFormula = true
        case "is": inInline = true
        case "mergeCell":
            if let ref = attributes["ref"], let range = Self.range(ref) { sheet.merges.append(range) }
        default: break
        }
    }

    func text(_ string: String) {
        if inValue { value += string } else if inInline { inline += string }
    }

    func end(_ name: String) {
        switch local(name) {
        case "v": inValue = false
        case "is": inInline = false
        case "row": nextRow += 1
        case "c":
            guard let c = cell else { return }
            cell = nil
            let place = SourceLocation(file: file, sheet: sheet.name, row: c.row, column: c.column)
            let v: WorkbookSheet.Value?
            switch c.type {
            case "s":
                guard let k = Int(value.trimmingCharacters(in: .whitespaces)), strings.indices.contains(k) else {
                    return fail(DataError("the cell refers to a shared string that does not exist", at: place, hint: "the workbook is damaged; save it again"))
                }
                v = .text(strings[k])
            case "inlineStr": v = .text(inline)
            case "str": v = hasValue ? .text(value) : nil
            case "b": v = hasValue ? .boolean(value == "1") : nil
            case "e":
                return fail(DataError("the cell holds the error \(value)", at: place, hint: "fix the formula, or clear the cell for a missing value"))
            default:
                if !hasValue || value.isEmpty { v = nil; break }
                guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                    return fail(DataError("the cell's number \"\(value)\" cannot be read", at: place))
                }
                switch styles.format(style: c.style) {
                case .plain: v = .number(number)
                case .percent: v = .percent(number)
                case .date: v = WorkbookReader.date(serial: number).map { .date(year: $0.0, month: $0.1, day: $0.2) } ?? .number(number)
                }
            }
            if v == nil && hasFormula {
                return fail(DataError("a formula without a saved value", at: place,
                                              hint: "open the workbook in Excel or LibreOffice and save it (the values are then saved), or paste the values"))
            }
            if let v { sheet.rows[c.row, default: [:]][c.column] = v }
        default: break
        }
    }

    /// `B12` -> (12, 2).
    static func reference(_ ref: String) -> (Int, Int)? {
        var column = 0, digits = ""
        for ch in ref.unicodeScalars {
            if ch.value >= 65 && ch.value <= 90 { guard digits.isEmpty else { return nil }; column = column * 26 + Int(ch.value - 64) }
            else if ch.value >= 97 && ch.value <= 122 { guard digits.isEmpty else { return nil }; column = column * 26 + Int(ch.value - 96) }
            else if ch.value >= 48 && ch.value <= 57 { digits.unicodeScalars.append(ch) }
            else if ch == "$" { continue }
            else { return nil }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row, column)
    }

    /// `A1:C2` -> rows 1...2, columns 1...3.
    static func range(_ ref: String) -> WorkbookSheet.Range? {
        let parts = ref.split(separator: ":").map(String.init)
        guard let a = reference(parts[0]), let b = parts.count > 1 ? reference(parts[1]) : a else { return nil }
        return WorkbookSheet.Range(rows: min(a.0, b.0)...max(a.0, b.0), columns: min(a.1, b.1)...max(a.1, b.1))
    }

}

/// An element's local name (`x:row` -> `row`), for workbooks written with namespace prefixes.
private func local(_ name: String) -> Substring {
    name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
}
