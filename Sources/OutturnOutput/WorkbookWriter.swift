import Foundation
import Outturn
import ZIPFoundation

/// Writes records as an Office Open XML workbook (.xlsx) that Excel, WPS and LibreOffice open as a real table:
/// a header row of the columns' headings (bold, frozen), numbers as numbers with a format that suits them
/// (amounts with thousands separators and their decimals, counts and years as integers, statistics in
/// General), missing values as empty cells, texts as inline strings, and column widths fitted to the widest
/// text (CJK characters counted twice). Lines above a table (a command's preamble) go to a second sheet.
public enum WorkbookWriter {
    /// One sheet: its name (at most 31 characters, none of []:*?/\) and its records.
    public struct Sheet {
        public var name: String
        public var columns: [Column]
        public var rows: [[Cell]]
        public init(name: String, columns: [Column], rows: [[Cell]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    /// The workbook's bytes.
    public static func workbook(_ sheets: [Sheet]) throws -> [UInt8] {
        precondition(!sheets.isEmpty, "a workbook has at least one sheet")
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let names = uniqueNames(sheets.map(\.name))
        try add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\(sheets.indices.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())</Types>
            """)
        try add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        try add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(names.enumerated().map { "<sheet name=\"\(RecordEncoding.xmlText($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())</sheets></workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())<Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """)
        try add("xl/styles.xml", Style.stylesXML)
        for (k, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(k + 1).xml", worksheet(sheet)) }
        guard let data = archive.data else { throw DataError("the workbook could not be assembled in memory") }
        return [UInt8](data)
    }

    /// Cell styles (`cellXfs` positions): 0 plain, 1 header, 2 integer with grouping, 3 year, 4-19 grouped with
    /// 0-15 decimals, 20 General for statistics.
    enum Style {
        static func of(_ style: DecimalText.Style) -> Int {
            switch style {
            case .integer: 2
            case .year: 3
            case let .decimals(d), let .decimalsUpTo(d): 4 + min(15, max(0, d))
            case .statistic, .pValue: 20
            }
        }

        static let stylesXML: String = {
            let custom = (1...15).map { d in "<numFmt numFmtId=\"\(163 + d)\" formatCode=\"#,##0.\(String(repeating: "0", count: d))\"/>" }.joined()
            let decimals = (0...15).map { d in "<xf numFmtId=\"\(d == 0 ? 3 : 163 + d)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }.joined()
            return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="15">\(custom)</numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="21"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\(decimals)<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
                """
        }()
    }

    static func worksheet(_ sheet: Sheet) -> String {
        var widths = sheet.columns.map { DisplayWidth.of($0.heading) }
        var xml = ""
        xml.reserveCapacity(sheet.rows.count * sheet.columns.count * 24)
        func cell(_ row: Int, _ column: Int, _ c: Cell, style: DecimalText.Style) -> String {
            let ref = SourceLocation.columnLetters(column + 1) + "\(row)"
            switch c {
            case .missing: return ""
            case let .text(s):
                widths[column] = max(widths[column], DisplayWidth.of(s))
                return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(RecordEncoding.xmlText(s))</t></is></c>"
            case let .number(v):
                guard v.isFinite else { return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(v.isNaN ? "" : v > 0 ? "inf" : "-inf")</t></is></c>" }
                widths[column] = max(widths[column], DecimalText.format(v, style: style).count)
                return "<c r=\"\(ref)\" s=\"\(Style.of(style))\"><v>\(DecimalText.shortest(v))</v></c>"
            }
        }
        xml += "<row r=\"1\">" + sheet.columns.enumerated().map { j, c in
            "<c r=\"\(SourceLocation.columnLetters(j + 1))1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(RecordEncoding.xmlText(c.heading))</t></is></c>"
        }.joined() + "</row>"
        for (i, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(i + 2)\">"
            for (j, c) in row.enumerated() { xml += cell(i + 2, j, c, style: sheet.columns[j].style) }
            xml += "</row>"
        }
        let cols = widths.enumerated().map { j, w in "<col min=\"\(j + 1)\" max=\"\(j + 1)\" width=\"\(min(60, w + 2))\" customWidth=\"1\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\(cols.isEmpty ? "" : "<cols>\(cols)</cols>")<sheetData>\(xml)</sheetData></worksheet>
            """
    }

    /// Sheet names as Excel allows them: without []:*?/\, at most 31 characters, distinct.
    static func uniqueNames(_ names: [String]) -> [String] {
        var used: Set<String> = [], out: [String] = []
        for name in names {
            var base = String(name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) && $0.value >= 0x20 }.map(Character.init).prefix(31))
            if base.isEmpty { base = "Sheet" }
            var candidate = base, n = 2
            while used.contains(candidate.lowercased()) { candidate = String(base.prefix(28)) + " \(n)"; n += 1 }
            used.insert(candidate.lowercased())
            out.append(candidate)
        }
        return out
    }
}
