import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Outturn
import Testing
import _TestSupport
@testable import OutturnIO

@Suite struct PanelCSVReaderTests {
    func read(_ text: String, name: String = "data.csv") throws -> IndicatorPanel {
        try PanelCSVReader().read(path: try TestSupport.temporaryFile(name, text), displayName: name)
    }

    /// Asserts that reading `text` throws exactly `message` (the one-line description with its location).
    func expectError(_ text: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            let panel = try read(text)
            Issue.record("expected an error, got a panel of \(panel.observations.count) values", sourceLocation: sourceLocation)
        } catch let error as DataError {
            #expect(error.description == message, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func longFileWithOptionalColumns() throws {
        let p = try read("""
            department,indicator,year,value,unit,department_name,indicator_name,department_region
            edu,execution_rate,2023,91.5,%,省教育厅,预算执行率,湖南省
            edu,execution_rate,2024,,%,省教育厅,预算执行率,湖南省
            fin,execution_rate,2022,88,%,省财政厅,预算执行率,湖南省
            fin,staff_in_service,2024,274,人,省财政厅,在职人员,湖南省

            """)
        #expect(p.departments.map(\.id) == ["edu", "fin"])
        #expect(p.departments[0].name == "省教育厅")
        #expect(p.departments[1].attributes == ["region": "湖南省"])
        #expect(p.years == 2022..<2025)
        #expect(p[department: "edu", indicator: "execution_rate", year: 2023] == 91.5)
        #expect(p[department: "edu", indicator: "execution_rate", year: 2024] == nil)  // empty cell = missing
        #expect(p[department: "fin", indicator: "staff_in_service", year: 2024] == 274)
        let rate = try p.indicator("execution_rate")
        #expect(rate.unit == "%" && rate.kind == .rate && rate.name == "预算执行率")
        #expect(try p.indicator("staff_in_service").kind == .count)
    }

    @Test func bomCRLFQuotingAndThousandsSeparators() throws {
        let text = "\u{FEFF}department,indicator,year,value,department_name\r\n"
            + "\"a,b\",budget_revenue,2024,\"1,342.42\",\"He said \"\"hi\"\"\"\r\n"
            + "c,budget_revenue,2024,\" 12 \",\"two\nlines\"\r\n"
            + "c,budget_revenue,2023,-3.5e2,\r\n"
        let p = try read(text)
        #expect(p.departments.map(\.id) == ["a,b", "c"])
        #expect(p.departments[0].name == "He said \"hi\"")
        #expect(p.departments[1].name == "two\nlines")
        #expect(p[department: "a,b", indicator: "budget_revenue", year: 2024] == 1342.42)
        #expect(p[department: "c", indicator: "budget_revenue", year: 2024] == 12)
        #expect(p[department: "c", indicator: "budget_revenue", year: 2023] == -350)
        #expect(try p.indicator("budget_revenue").unit == "万元")  // the catalogue's unit for a standard id
    }

    @Test func gb18030FileIsDecoded() throws {
        let p = try PanelCSVReader().read(path: TestSupport.path("Tests/OutturnIOTests/Fixtures/gb18030-long.csv"))
        #expect(p.departments.map(\.name) == ["湖南省人大常委会办公厅", "𠀀字测试厅"])
        #expect(p[department: "hunan-npc-office", indicator: "budget_revenue", year: 2023] == 14464.73)
        #expect(p[department: "hunan-npc-office", indicator: "execution_rate", year: 2024] == 92.56)
        #expect(try p.indicator("budget_revenue").name == "部门预算总收入")
        // Forcing UTF-8 on a GB18030 file is an error with a hint, not mojibake.
        #expect(throws: DataError.self) {
            try PanelCSVReader(encoding: .utf8).read(path: TestSupport.path("Tests/OutturnIOTests/Fixtures/gb18030-long.csv"))
        }
    }

    @Test func wideFile() throws {
        let p = try read("""
            department,indicator,unit,2022,2023,2024
            edu,budget_revenue,万元,100,,"1,200.5"
            fin,budget_revenue,万元,,,
            """)
        #expect(p.years == 2022..<2025)
        #expect(Array(p.series(departmentAt: 0, indicatorAt: 0)).map { $0.isNaN ? -1 : $0 } == [100, -1, 1200.5])
        #expect(p.departments.map(\.id) == ["edu", "fin"])
    }

    @Test func nonNumericValue() {
        expectError("department,indicator,year,value\nedu,execution_rate,2024,12.5a\n",
                    "data.csv:2:25: \"12.5a\" is not a number (leave the cell empty for a missing value)")
        expectError("department,indicator,year,value\nedu,execution_rate,2024,\"12,5a\"\n",
                    "data.csv:2:25: \"12,5a\" is not a number")
    }

    @Test func columnsCountInCharactersNotBytes() {
        expectError("department,indicator,year,value\n省教育厅,execution_rate,2024,x\n",
                    "data.csv:2:26: \"x\" is not a number (leave the cell empty for a missing value)")
    }

    @Test func duplicateKey() {
        expectError("department,indicator,year,value\nedu,r,2024,1\nfin,r,2024,2\nedu,r,2024,3\n",
                    "data.csv:4: duplicate value for department \"edu\", indicator \"r\", year 2024 (first on line 2) (keep one row per department, indicator and year)")
        expectError("department,indicator,2023,2024\nedu,r,1,2\nedu,r,,\n",
                    "data.csv:3: duplicate row for department \"edu\", indicator \"r\" (first on line 2) (keep one row per department and indicator)")
    }

    @Test func wrongColumnCount() {
        expectError("department,indicator,year,value\nedu,r,2024,1,extra\n",
                    "data.csv:2: expected 4 fields as in the header, found 5 (quote fields that contain commas)")
    }

    @Test func missingRequiredHeader() {
        expectError("department,indicator,value\nedu,r,1\n",
                    "data.csv:1:1: missing required column \"year\" (the header must name department,indicator,year,value (long) or department,indicator,<year>,... (wide))")
        expectError("dept_name,year,value\nx,2024,1\n",
                    "data.csv:1:1: missing required columns \"department\", \"indicator\" (the header must name department,indicator,year,value (long) or department,indicator,<year>,... (wide))")
    }

    @Test func nonIntegerYear() {
        expectError("department,indicator,year,value\nedu,r,2024.5,1\n", "data.csv:2:7: year \"2024.5\" is not an integer")
        expectError("department,indicator,year,value\nedu,r,FY24,1\n", "data.csv:2:7: year \"FY24\" is not an integer")
    }

    @Test func emptyFileAndHeaderOnly() {
        expectError("", "data.csv:1: the file is empty (expected a header such as department,indicator,year,value)")
        expectError("department,indicator,year,value\n", "data.csv:1: no observations (the file has a header but no rows)")
    }

    @Test func malformedQuotingAndUnits() {
        expectError("department,indicator,year,value\nedu,r,2024,\"1\n", "data.csv:2: a quoted field is never closed")
        expectError("department,indicator,year,value\ned\"u,r,2024,1\n",
                    "data.csv:2: a quote inside an unquoted field (quote the whole field and double the inner quotes)")
        expectError("department,indicator,year,value,unit\nedu,x,2023,1,元\nedu,x,2024,1,万元\n",
                    "data.csv:3:14: indicator \"x\" is in 元 earlier and 万元 here (convert to one unit)")
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        do {
            _ = try PanelCSVReader(encoding: .utf8).read(
                path: try TestSupport.temporaryFile("bad.csv", bytes: Array("department,indicator,year,value\nedu,r,2024,1\n".utf8) + [0xFF, 0x0A]),
                displayName: "bad.csv")
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.description == "bad.csv:3: invalid UTF-8 byte 0xFF (if the file is GB18030, pass --encoding gb18030)")
        } catch { Issue.record("\(error)") }
    }

    /// Records that straddle the reader's chunk boundary (4 MiB) are parsed whole.
    @Test func largeFileAcrossChunkBoundaries() throws {
        var text = "department,indicator,year,value,department_name\n"
        var expected = 0.0
        for k in 0..<120_000 {
            let v = Double(k) * 0.25
            expected += v
            text += "d\(k % 997),\"ind \(k / 997)\",\(2000 + k % 5),\(v),\"名称 \(k % 997)\"\n"
        }
        let p = try read(text)
        var total = 0.0
        for i in p.indicators.indices { total += Descriptive.observed(p.block(indicatorAt: i)).reduce(0, +) }
        #expect(total == expected)
        #expect(p.departments.count == 997)
    }
}

@Suite struct DecimalParsingTests {
    func parse(_ s: String, separators: Bool = false) -> Double? { DecimalParsing.parse(s, allowThousandsSeparators: separators) }

    @Test func correctlyRounded() {
        for s in ["0.1", "15880.27", "-3", "3.5696e10", "1e-7", "123456789012345678", "0.000000000000000000001", "9007199254740993", "2.2250738585072014e-308"] {
            #expect(parse(s) == Double(s)!, "\(s)")
        }
    }

    @Test func rejectsWhatIsNotANumber() {
        for s in ["", "abc", "1.2.3", "1e", "--1", "12,5a", "1,34", "nan", "inf", "1 2"] { #expect(parse(s, separators: true) == nil, "\(s)") }
        #expect(parse("1,342.42", separators: true) == 1342.42)
        #expect(parse("1,234,567", separators: true) == 1_234_567)
        #expect(parse("1,342.42") == nil)
    }
}

@Suite struct NewlineCountTests {
    /// The word-at-a-time line-feed count equals a plain count on random bytes of every length and alignment.
    @Test func swarCountEqualsPlainCount() {
        var rng = SplitMix64(seed: 3)
        for length in 0..<200 {
            let bytes = (0..<length).map { _ in rng.uniform() < 0.2 ? UInt8(0x0A) : UInt8(truncatingIfNeeded: rng.next()) }
            for end in [0, length / 2, length] {
                #expect(UTF8ChunkReader.newlines(bytes, upTo: end) == bytes[..<end].filter { $0 == 0x0A }.count)
            }
        }
    }
}

@Suite struct GB18030StreamingTests {
    /// UTF-8 to GB18030 with the C library's iconv (to make test files).
    static func gb18030(_ text: String) -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")!
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        input.withUnsafeMutableBytes { i in
            output.withUnsafeMutableBytes { o in
                var ip: UnsafeMutablePointer<CChar>? = i.baseAddress?.assumingMemoryBound(to: CChar.self)
                var op: UnsafeMutablePointer<CChar>? = o.baseAddress?.assumingMemoryBound(to: CChar.self)
                _ = iconv(cd, &ip, &inLeft, &op, &outLeft)
            }
        }
        return Array(output.prefix(output.count - outLeft))
    }

    /// A GB18030 file larger than the reader's 4 MiB chunks: characters cut at chunk ends are carried over.
    @Test func largeFileAcrossChunkBoundaries() throws {
        var text = "department,indicator,year,value,department_name\n"
        for k in 0..<90_000 { text += "d\(k % 500),budget_revenue,\(2000 + k / 500),\(k),湖南省财政厅第\(k % 500)处\n" }
        let path = try TestSupport.temporaryFile("big-gb.csv", bytes: Self.gb18030(text))
        let p = try PanelCSVReader().read(path: path)
        #expect(p.departments.count == 500)
        #expect(p.departments[7].name == "湖南省财政厅第7处")
        #expect(p[department: "d3", indicator: "budget_revenue", year: 2001] == 503)
        #expect(p.observations.count == 90_000)
    }

    @Test func reportTextInGB18030() throws {
        let decoded = try TextDecoding.decodeGB18030(Self.gb18030("预算执行率为 92.56%"), file: "r.txt")
        #expect(decoded == "预算执行率为 92.56%")
        #expect(throws: DataError.self) { try TextDecoding.decodeGB18030([0x81], file: "r.txt") }
    }
}

/// A year far from the others is an error, not an allocation spanning every year in between.
@Suite struct YearRangeTests {
    @Test func implausibleYearIsRejectedWithItsPlace() throws {
        let path = try TestSupport.temporaryFile("years.csv", "department,indicator,year,value\na,x,2024,1\na,x,1,2\n")
        let error = #expect(throws: DataError.self) { try PanelCSVReader().read(path: path) }
        #expect(error?.description.contains("years.csv:3:") == true && error?.reason.contains("1900-2200") == true, "\(String(describing: error))")
        #expect(error?.hint?.contains("--years") == false, "year 1 is beyond what --years can widen to")
    }

    /// Historical series: a reader told to accept earlier years reads them, in every layout and reader, and
    /// the default still refuses them with the place and the way to widen.
    @Test func widenedYearsReadHistoricalSeries() throws {
        let long = try TestSupport.temporaryFile("hist.csv", "department,indicator,year,value\na,x,1850,1\na,x,1851,2\na,x,2024,3\n")
        let wide = try TestSupport.temporaryFile("histw.csv", "department,indicator,1850,1851,2024\na,x,1,2,3\n")
        let json = try TestSupport.temporaryFile("hist.json", #"[{"department":"a","indicator":"x","year":1850,"value":1},{"department":"a","indicator":"x","year":1851,"value":2},{"department":"a","indicator":"x","year":2024,"value":3}]"#)
        var sequential = PanelCSVReader(years: 1800...2200)
        sequential.usesParallelPath = false
        let panels = [try PanelCSVReader(years: 1800...2200).read(path: long), try sequential.read(path: long),
                      try PanelCSVReader(years: 1800...2200).read(path: wide), try PanelJSON.read(path: json, years: 1800...2200),
                      try PanelSource.read(path: long, options: PanelSource.Options(years: 1850...2024))]
        for panel in panels {
            #expect(panel.years == 1850..<2025)
            #expect([1850, 1851, 1900, 2024].map { panel[department: "a", indicator: "x", year: $0] }.map { $0 ?? -1 } == [1, 2, -1, 3])
        }
        let header = #expect(throws: DataError.self) { try PanelCSVReader().read(path: wide) }
        #expect(header?.location?.line == 1 && header?.location?.column == 3 && header?.hint?.contains("--years 1850-2200") == true, "\(String(describing: header))")
        let record = #expect(throws: DataError.self) { try PanelJSON.read(path: json) }
        #expect(record?.reason.contains("year 1850 is outside 1900-2200") == true)
        var builder = PanelBuilder()
        #expect(throws: DataError.self) { try builder.add(department: "a", indicator: "x", year: 1850, value: 1) }
        builder.years = 1800...2200
        try builder.add(department: "a", indicator: "x", year: 1850, value: 1)
        #expect(try builder.build().years == 1850..<1851)
    }

    /// A JSON panel that does not parse is reported at the line and column the parser stopped at.
    @Test func brokenJSONIsPlaced() throws {
        let json = try TestSupport.temporaryFile("broken.json", "[{\"department\": \"一\", \"indicator\": \"x\", \"year\": 2020, \"value\": 1},\n ,]")
        let e = #expect(throws: DataError.self) { try PanelJSON.read(path: json) }
        #expect(e?.reason == "not valid JSON: invalid value" && e?.location?.line == 2 && e?.location?.column == 2, "\(String(describing: e))")
    }
}

/// Wide headers as spreadsheets write them, and a misspelt column that would lose its data.
@Suite struct HeaderTests {
    @Test func yearHeadersInTheirCommonForms() throws {
        let path = try TestSupport.temporaryFile("wide.csv", "department,indicator,FY2021,2022年,2023-24,２０２４\na,x,1,2,3,4\n")
        let panel = try PanelCSVReader().read(path: path)
        #expect(panel.years == 2021..<2025)
        #expect((2021...2024).map { panel[department: "a", indicator: "x", year: $0] } == [1, 2, 3, 4])
    }

    @Test func misspeltColumnIsAnErrorNamingTheColumnMeant() throws {
        let path = try TestSupport.temporaryFile("typo.csv", "department,indicator,year,value,unti\na,x,2023,1,万元\n")
        let error = #expect(throws: DataError.self) { try PanelCSVReader().read(path: path) }
        #expect(error?.hint?.contains("\"unit\"") == true && error?.location?.line == 1)
        // A column that is nobody's typo is not read, and not an error: a note says so, with its place.
        let extra = try TestSupport.temporaryFile("extra.csv", "department,indicator,year,value,remarks\na,x,2023,1,ok\n")
        let (panel, notes) = try PanelCSVReader().readWithNotes(path: extra)
        #expect(panel[department: "a", indicator: "x", year: 2023] == 1)
        #expect(notes.map(\.description) == ["\(extra):1:33: note: column \"remarks\" is not a column Outturn reads; it was not read"])
        #expect(try PanelSource.load(path: extra).notes == notes)
    }

    @Test func fiscalYearHeadersAreNoted() throws {
        let path = try TestSupport.temporaryFile("fy.csv", "department,indicator,2022-23,2023/24\na,x,1,2\n")
        let (panel, notes) = try PanelCSVReader().readWithNotes(path: path)
        #expect(panel.years == 2022..<2024)
        #expect(notes.count == 1 && notes[0].location.column == 22 && notes[0].message.hasSuffix("2022-23 as 2022, 2023/24 as 2023"), "\(notes)")
        let plain = try TestSupport.temporaryFile("plain.csv", "department,indicator,2022,2023\na,x,1,2\n")
        #expect(try PanelCSVReader().readWithNotes(path: plain).notes.isEmpty)
    }
}

/// Ids are read the same way by every reader: trimmed, and never holding an invisible character.
@Suite struct IDTests {
    @Test func jsonIdsAreTrimmedLikeCSV() throws {
        let json = try TestSupport.temporaryFile("ids.json", #"[{"department": " edu ", "indicator": "x\t", "year": 2024, "value": 1}]"#)
        let csv = try TestSupport.temporaryFile("ids.csv", "department,indicator,year,value\n edu ,x,2024,1\n")
        #expect(try PanelSource.read(path: json) == PanelSource.read(path: csv))
        #expect(try PanelSource.read(path: json).departments.map(\.id) == ["edu"])
    }

    @Test(arguments: ["\u{FEFF}edu", "ed\u{0}u", "e\u{200B}du"])
    func invisibleCharactersInIdsAreErrors(_ id: String) throws {
        let path = try TestSupport.temporaryFile("bad-id.csv", "department,indicator,year,value\nok,x,2023,1\n\"\(id)\",x,2024,1\n")
        let error = #expect(throws: DataError.self) { try PanelCSVReader().read(path: path) }
        #expect(error?.reason.contains("invisible character") == true && error?.location?.line == 3, "\(String(describing: error))")
    }
}

/// One cell pasted in GB18030 into a UTF-8 file is named by its line, not read as a GB18030 file whose every
/// 万元 becomes 涓囧厓; a whole GB18030 file still reads.
@Suite struct MixedEncodingTests {
    /// The encoding is the whole file's, not its first chunk's (4 MB): ASCII up to there and GB18030 after is a
    /// GB18030 file; UTF-8 Chinese up to there and a GB18030 cell after is a mixed file, named at that line.
    @Test func encodingIsDecidedOnTheWholeFile() throws {
        let rows = (0..<190_000).map { "d\($0),x,\(2000 + $0 % 20),\($0).5,wan\n" }.joined()
        let gbRow: [UInt8] = Array("zz,y,2020,1,".utf8) + [0xCD, 0xF2, 0xD4, 0xAA, 0x0A]   // 万元 in GB18030
        let late = try TestSupport.temporaryFile("late.csv", bytes: Array(("department,indicator,year,value,unit\n" + rows).utf8) + gbRow)
        #expect(Array(rows.utf8).count > UTF8ChunkReader.chunkSize)
        let panel = try PanelCSVReader().read(path: late)
        #expect(panel.indicators.first { $0.id == "y" }?.unit == "万元" && panel[department: "zz", indicator: "y", year: 2020] == 1)
        let mixed = try TestSupport.temporaryFile("mixed.csv", bytes: Array(("department,indicator,year,value,unit\na,y,2019,1,万元\n" + rows).utf8) + gbRow)
        let error = #expect(throws: DataError.self) { try PanelCSVReader().read(path: mixed) }
        #expect(error?.location?.line == 190_003 && error?.hint?.contains("another encoding") == true, "\(String(describing: error))")
    }

    @Test func gb18030CellInAUTF8FileIsAnError() throws {
        let rows = (0..<5).map { "省教育厅,x,\(2000 + $0),1,万元\n" }.joined()
        let utf8 = Array(("department,indicator,year,value,unit\n" + rows).utf8)
        // "省财政厅,x,2024,2,万元" in GB18030 (bytes from Python's codec).
        let gb: [UInt8] = [0xCA, 0xA1, 0xB2, 0xC6, 0xD5, 0xFE, 0xCC, 0xFC, 0x2C, 0x78, 0x2C, 0x32, 0x30, 0x32, 0x34, 0x2C, 0x32, 0x2C, 0xCD, 0xF2, 0xD4, 0xAA, 0x0A]
        let path = try TestSupport.temporaryFile("mixed.csv", bytes: utf8 + gb)
        let error = #expect(throws: DataError.self) { try PanelCSVReader().read(path: path) }
        #expect(error?.location?.line == 7 && error?.reason.contains("UTF-8 up to here") == true, "\(String(describing: error))")
    }
}

/// A vintage is a year, in CSV and JSON alike.
@Suite struct VintageTests {
    @Test func vintageThatIsNoYearIsAnError() throws {
        let csv = try TestSupport.temporaryFile("v.csv", "department,indicator,year,value,source,vintage\na,x,2024,1,r.txt,abc\n")
        let e1 = #expect(throws: DataError.self) { try PanelSource.read(path: csv) }
        #expect(e1?.location?.line == 2 && e1?.reason.contains("not a year") == true)
        let json = try TestSupport.temporaryFile("v.json", #"[{"department": "a", "indicator": "x", "year": 2024, "value": 1, "source": "r.txt", "vintage": "abc"}]"#)
        #expect(throws: DataError.self) { try PanelSource.read(path: json) }
        let good = try TestSupport.temporaryFile("g.csv", "department,indicator,year,value,source,vintage\na,x,2024,1,r.txt,2025\n")
        #expect(try PanelSource.read(path: good).provenance.first?.value.vintage == 2025)
    }
}
