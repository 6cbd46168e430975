import Foundation
import Outturn
import Synchronization
import Testing
import _TestSupport
@testable import OutturnIO

/// The parallel reader of plain long files against the general reader: the same panel for every file it
/// accepts, cut into pieces at every kind of offset (inside ids, numbers, CRLF pairs, blank lines), and for
/// every file it declines, the general reader's result or error, unchanged.
@Suite struct ParallelLongCSVTests {
    func general(_ path: String) throws -> IndicatorPanel {
        var reader = PanelCSVReader()
        reader.usesParallelPath = false
        return try reader.read(path: path, displayName: "data.csv")
    }

    /// Same departments, indicators, years and every cell (NaN equal to NaN).
    func expectSame(_ a: IndicatorPanel, _ b: IndicatorPanel, _ what: String) {
        #expect(a.departments == b.departments, "\(what): departments")
        #expect(a.indicators == b.indicators, "\(what): indicators")
        #expect(a.years == b.years, "\(what): years")
        guard a.indicators.count == b.indicators.count else { return }
        for i in a.indicators.indices {
            let x = a.withBlock(indicatorAt: i) { v, _, _ in Array(v) }, y = b.withBlock(indicatorAt: i) { v, _, _ in Array(v) }
            #expect(x.map(\.bitPattern) == y.map(\.bitPattern), "\(what): block \(i)")
        }
    }

    /// A shuffled long file with NA and empty values, ids with spaces and Chinese characters, a standard
    /// indicator (catalogue metadata), in the given column order and line ending.
    func text(rows: Int, seed: UInt64, columns: [String], lineEnd: String, bom: Bool, blankLines: Bool) -> String {
        var rng = SplitMix64(seed: seed)
        let departments = ["edu", "fin", " 省教育厅 ", "health", "交通运输厅", "d6"]
        let indicators = ["budget_revenue", "execution_rate", "自定义指标"]
        var cells: [(String, String, Int)] = []
        for d in departments { for i in indicators { for y in 2001...2024 { cells.append((d, i, y)) } } }
        cells.shuffle(using: &rng)
        var out = bom ? "\u{FEFF}" : ""
        out += columns.joined(separator: ",") + lineEnd
        for (d, i, y) in cells.prefix(rows) {
            let u = rng.uniform()
            let value = u < 0.05 ? "NA" : u < 0.1 ? "" : u < 0.15 ? " -12.5e3 " : String(format: "%.2f", rng.uniform(-1e6, 1e6))
            let unit = i == "execution_rate" ? "%" : i == "budget_revenue" ? "万元" : rng.uniform() < 0.5 ? "" : "件"
            let field = ["department": d, "indicator": i, "year": String(y), "value": value, "unit": unit,
                         "department_name": d.trimmingCharacters(in: .whitespaces) + "（名称）", "indicator_name": "指标 " + i,
                         "department_region": d.hasPrefix(" ") ? "" : "湖南省", " Department_Level ": "省级"]
            out += columns.map { field[$0]! }.joined(separator: ",") + lineEnd
            if blankLines && rng.uniform() < 0.05 { out += lineEnd }
        }
        return out
    }

    @Test func acceptedFilesGiveTheGeneralReadersPanelAtAnyPieceSize() throws {
        let shapes: [(columns: [String], lineEnd: String, bom: Bool, blank: Bool)] = [
            (["department", "indicator", "year", "value"], "\n", false, false),
            (["value", "year", "indicator", "department"], "\r\n", true, true),
            (["indicator", "department", "value", "year"], "\n", false, true),
            (["department", "indicator", "year", "value", "unit", "department_name", "indicator_name", "department_region",
              " Department_Level "], "\r\n", false, false),
            (["unit", "value", "department_region", "year", "indicator", "department"], "\n", true, true),
        ]
        for (k, shape) in shapes.enumerated() {
            var content = text(rows: 400, seed: UInt64(k), columns: shape.columns, lineEnd: shape.lineEnd, bom: shape.bom,
                               blankLines: shape.blank)
            if k == 2 { content.removeLast() }   // no line break after the last row
            let path = try TestSupport.temporaryFile("parallel-\(k).csv", content)
            let reference = try general(path)
            for pieceSize in [1, 2, 3, 7, 31, 64, 1000, 1 << 20] {
                guard let panel = ParallelLongCSV.read(path: path, progress: nil, pieceSize: pieceSize) else {
                    Issue.record("shape \(k): declined at piece size \(pieceSize)")
                    continue
                }
                expectSame(panel, reference, "shape \(k), pieces of \(pieceSize) bytes")
            }
            expectSame(try PanelCSVReader().read(path: path), reference, "shape \(k) through PanelCSVReader")
        }
    }

    /// A line longer than the room a piece first reads past its end (64 KiB) is read again with more room.
    @Test func linesLongerThanTheReadAheadRoom() throws {
        let long = String(repeating: "名", count: 40_000)   // 120,000 bytes
        var content = "department,indicator,year,value,department_name\n"
        for y in 2000..<2040 { content += "d\(y % 3),x,\(y),\(y),\(y % 3 == 0 ? long : "short")\n" }
        let path = try TestSupport.temporaryFile("parallel-long-lines.csv", content)
        let reference = try general(path)
        #expect(reference.departments.first { $0.id == "d0" }?.name == long)
        for pieceSize in [100, 5_000, 70_000, 1 << 20] {
            guard let panel = ParallelLongCSV.read(path: path, progress: nil, pieceSize: pieceSize) else {
                Issue.record("declined at piece size \(pieceSize)"); continue
            }
            expectSame(panel, reference, "pieces of \(pieceSize) bytes")
        }
    }

    @Test func progressReachesTheFileSize() throws {
        let content = text(rows: 300, seed: 9, columns: ["department", "indicator", "year", "value"], lineEnd: "\n", bom: false, blankLines: false)
        let path = try TestSupport.temporaryFile("parallel-progress.csv", content)
        let seen = Mutex<[Int]>([])
        _ = ParallelLongCSV.read(path: path, progress: { done, total in
            #expect(total == content.utf8.count)
            seen.withLock { $0.append(done) }
        }, pieceSize: 97)
        #expect(seen.withLock { $0.max() } == content.utf8.count)
    }

    /// Files the parallel reader declines; reading them through `PanelCSVReader` gives exactly the general
    /// reader's panel or error.
    @Test func declinedFilesKeepTheGeneralReadersResultOrError() throws {
        let header = "department,indicator,year,value\n"
        let cases: [(String, [UInt8])] = [
            ("quoted value", Array((header + "edu,x,2020,\"1,342.5\"\nedu,x,2021,3\n").utf8)),
            ("unknown column", Array("department,indicator,year,value,note\nedu,x,2020,1,ok\n".utf8)),
            ("source column", Array("department,indicator,year,value,source\nedu,x,2020,1,决算\n".utf8)),
            ("repeated column", Array("department,indicator,year,value,unit,Unit\nedu,x,2020,1,万元,万元\n".utf8)),
            ("unit conflict", Array((header.dropLast() + ",unit\n" + "edu,x,2020,1,万元\nfin,x,2020,2,万元\nedu,x,2021,3,元\n").utf8)),
            ("name conflict", Array((header.dropLast() + ",department_name\n" + "edu,x,2020,1,教育厅\nedu,y,2020,2,教育局\n").utf8)),
            ("attribute conflict", Array((header.dropLast() + ",department_region\n" + "edu,x,2020,1,湖南\nedu,y,2020,2,湖北\n").utf8)),
            ("wide", Array("department,indicator,2020,2021\nedu,x,1,2\n".utf8)),
            ("missing field", Array((header + "edu,x,2020,1\nedu,x,2021\n").utf8)),
            ("fifth field", Array((header + "edu,x,2020,1\nedu,x,2021,2,3\n").utf8)),
            ("bad number", Array((header + "edu,x,2020,1\nedu,x,2021,12abc\n").utf8)),
            ("bad year", Array((header + "edu,x,2020,1\nedu,x,20x1,2\n").utf8)),
            ("year out of range", Array((header + "edu,x,2020,1\nedu,x,0,2\n").utf8)),
            ("duplicate", Array((header + "edu,x,2020,1\nfin,x,2020,5\nedu,x,2020,2\n").utf8)),
            ("empty department", Array((header + "edu,x,2020,1\n ,x,2021,2\n").utf8)),
            ("lone CR", Array((header + "edu,x,2020,1\rfin,x,2020,2\n").utf8)),
            ("header only", Array(header.utf8)),
            ("invalid UTF-8 late", Array((header + "edu,x,2020,1\n").utf8) + [0x65, 0xFF, 0x2C] + Array("x,2021,2\n".utf8)),
            ("GB18030", Array(header.utf8) + [0xBD, 0xCC, 0xD3, 0xFD] + Array(",x,2020,1\n".utf8)),
            ("UTF-16", [0xFF, 0xFE] + Array(header.utf8)),
        ]
        for (name, bytes) in cases {
            let path = try TestSupport.temporaryFile("declined.csv", bytes: bytes)
            let fast = ParallelLongCSV.read(path: path, progress: nil, pieceSize: 5)
            let expected: Result<IndicatorPanel, DataError>
            do { expected = .success(try general(path)) } catch let e as DataError { expected = .failure(e) }
            #expect(fast == nil, "\(name): declined")
            do {
                let panel = try PanelCSVReader().read(path: path, displayName: "data.csv")
                guard case let .success(reference) = expected else {
                    Issue.record("\(name): expected an error, got a panel"); continue
                }
                expectSame(panel, reference, name)
            } catch let error as DataError {
                guard case let .failure(reference) = expected else { Issue.record("\(name): unexpected \(error)"); continue }
                #expect(error.description == reference.description, "\(name)")
            }
        }
    }
}
