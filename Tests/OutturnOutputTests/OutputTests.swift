import Foundation
import Outturn
import OutturnOutput
import Testing

@Suite struct DecimalTextTests {
    /// `scientific` is written without Foundation; it must give C's `%.3e` digits. (At a decimal tie such as
    /// 9.9995e-5, whose double lies a hair below the tie, C rounds the exact binary value and may differ in the
    /// fourth digit: documented on `scientific`, not tested.)
    @Test(arguments: [1.857e-4, -1.857e-4, 6.02214076e23, 1e-300, 1.7976931348623157e308, 9.99949e7, 1, 123456789, 0.000999, 2.5e-10, 7.77777e-15])
    func scientificMatchesC(_ v: Double) {
        #expect(DecimalText.scientific(v) == String(format: "%.3e", v))
    }

    @Test func tableStyles() {
        #expect(DecimalText.format(1234.5, style: .decimals(2)) == "1,234.50")
        #expect(DecimalText.format(-0.001, style: .decimals(2)) == "0.00")
        #expect(DecimalText.format(755.254, style: .decimalsUpTo(6)) == "755.254")
        #expect(DecimalText.format(0.012, style: .decimalsUpTo(4)) == "0.012")
        #expect(DecimalText.format(-1.8, style: .decimalsUpTo(6)) == "-1.80")
        #expect(DecimalText.format(1234.5, style: .decimalsUpTo(0)) == "1,234.50")
        #expect(DecimalText.format(100, style: .decimalsUpTo(3)) == "100.00")
        #expect(DecimalText.format(12345.4, style: .integer) == "12,345")
        #expect(DecimalText.format(2017, style: .year) == "2017")
        #expect(DecimalText.format(0.0023341, style: .statistic) == "0.002334")
        #expect(DecimalText.format(-4232.2, style: .statistic) == "-4,232")
        #expect(DecimalText.format(1.857e-4, style: .statistic) == "1.857e-04")
    }

    /// Extreme values never trap: NaN, infinities and the ends of the double range all have a text.
    @Test func extremesNeverTrap() {
        for v in [Double.nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude] {
            for style in [DecimalText.Style.decimals(2), .integer, .statistic, .year] { #expect(!DecimalText.format(v, style: style).isEmpty) }
            #expect(!DecimalText.shortest(v).isEmpty)
        }
        #expect(DecimalText.shortest(15880.27) == "15880.27")
        #expect(DecimalText.shortest(274) == "274")
        #expect(DecimalText.shortest(1e-7) == "1e-07")
    }
}

/// JSON string literals: text without anything to escape is quoted as it is (the fast path); quotes,
/// backslashes and control characters are escaped, and the result parses back to the text.
@Suite struct JSONStringTests {
    @Test(arguments: ["", "省教育厅", "plain id", "a\"b", "back\\slash", "line\nbreak", "tab\t", "\r", "\u{01}\u{1F}", "emoji 🙂 and \u{7F}"])
    func escapedAndParsedBack(_ text: String) throws {
        let literal = RecordEncoding.jsonString(text)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(parsed == [text], "\(literal)")
        if !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\"" || $0 == "\\" }) { #expect(literal == "\"" + text + "\"") }
    }
    @Test func controlCharactersAsUnicodeEscapes() {
        #expect(RecordEncoding.jsonString("a\u{01}\n\"\\") == #""a\u0001\n\"\\""#)
    }
}

@Suite struct RecordTableTests {
    @Test func sameFieldsInEveryFormat() throws {
        var table = RecordTable(columns: [Column("department"), Column("value", heading: "value (万元)", style: .decimals(2))])
        table.append([.text("省教育厅"), .number(1234.5)])
        table.append([.text("a,b"), .missing])
        let csv = ByteSink.inMemory(), json = ByteSink.inMemory(), text = ByteSink.inMemory()
        try table.write(.csv, to: csv)
        try table.write(.json, to: json)
        try table.write(.table, to: text)
        #expect(csv.contents == "department,value\n省教育厅,1234.5\n\"a,b\",\n")
        #expect(json.contents == "[\n{\"department\":\"省教育厅\",\"value\":1234.5},\n{\"department\":\"a,b\",\"value\":null}\n]\n")
        // Columns align by display width: a CJK character takes two columns.
        let lines = text.contents.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2] == "省教育厅        1,234.50")
    }

    /// Rows written through a transform (names beside ids) come out as the table of the transformed rows would,
    /// in every format, with the table-only and record-only columns kept as each format keeps them.
    @Test func aTransformWritesAsItsTable() throws {
        let columns = [Column("department"), Column("year", style: .year), Column("horizon", style: .integer, inTable: false),
                       Column("value", style: .decimals(2)), Column("spark", tableOnly: true)]
        var table = RecordTable(columns: columns)
        table.preamble = ["Values after 2024"]
        for (k, id) in ["edu", "fin", "a,b", "hea"].enumerated() {
            table.append([.text(id), .number(Double(2025 + k)), .number(Double(k + 1)), k == 2 ? .missing : .number(1234.5 * Double(k + 1)), .text("▁▃▅")])
        }
        let names = ["edu": "省教育厅", "fin": "省财政厅"]
        let labelled = columns + [Column("department_name", inTable: false)]
        let label: ([Cell]) -> [Cell] = { row in
            guard case let .text(id) = row[0] else { return row + [.missing] }
            return row + [names[id].map(Cell.text) ?? .missing]
        }
        var copy = RecordTable(columns: labelled)
        copy.preamble = table.preamble
        for row in table.rows { copy.append(label(row)) }
        for format in [OutputFormat.table, .csv, .json] {
            let streamed = ByteSink.inMemory(), copied = ByteSink.inMemory()
            try table.write(format, to: streamed, as: labelled, transform: label)
            try copy.write(format, to: copied)
            #expect(streamed.contents == copied.contents, "\(format)")
            #expect(streamed.contents.contains(format == .table ? "▁▃▅" : "省教育厅") && !streamed.contents.contains(format == .table ? "省教育厅" : "▁▃▅"))
        }
    }

    /// A table streamed from a producer (run once to measure, once to write) is the exact text expected:
    /// numbers right, text and mixed columns left, CJK characters two columns wide, no trailing spaces.
    @Test func anAlignedTableFromAProducer() throws {
        let columns = [Column("department"), Column("code", inTable: false), Column("value", heading: "值", style: .decimals(2)),
                       Column("note")]
        let rows: [[Cell]] = [[.text("省教育厅"), .text("x"), .number(1234.5), .text("ok")],
                              [.text("fin"), .text("y"), .missing, .number(7)],
                              [.text("a"), .text("z"), .number(-2), .missing]]
        let sink = ByteSink.inMemory()
        var passes = 0
        try AlignedTable.write(columns: columns, preamble: ["Values"], to: sink) { each in
            passes += 1
            for r in rows { try each(r) }
        }
        #expect(passes == 2)
        #expect(sink.contents == """
            Values

            department        值  note
            ──────────  ────────  ────
            省教育厅    1,234.50  ok
            fin                –  7
            a              -2.00  –

            """)
        var table = RecordTable(columns: columns)
        table.preamble = ["Values"]
        for r in rows { table.append(r) }
        let gathered = ByteSink.inMemory()
        try table.write(.table, to: gathered)
        #expect(gathered.contents == sink.contents)
    }

    /// A cell wider than ``AlignedTable/widestColumn`` is written whole and pushes the rest of its own line; the
    /// column stays at that width for the other lines, so a table of n such rows grows linearly, not as n².
    @Test func aVeryLongCellPadsOnlyItsOwnLine() throws {
        let columns = [Column("check"), Column("stated", style: .decimals(2))]
        let long = String(repeating: "部", count: 100)  // 200 display columns
        let rows: [[Cell]] = [[.text(long), .number(1)], [.text("short"), .number(2)]]
        let sink = ByteSink.inMemory()
        try AlignedTable.write(columns: columns, to: sink) { each in for r in rows { try each(r) } }
        let lines = sink.contents.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[2] == long + "    1.00")
        #expect(lines[3] == "short" + String(repeating: " ", count: AlignedTable.widestColumn - 5) + "    2.00")
        #expect(DisplayWidth.of(lines[1]) == AlignedTable.widestColumn + 2 + 6)
    }
}
