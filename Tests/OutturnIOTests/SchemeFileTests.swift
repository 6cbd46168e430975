import Foundation
import Outturn
import Testing
import _TestSupport
@testable import OutturnIO

@Suite struct SchemeFileTests {
    @Test func shippedStandardSchemeEqualsTheBuiltIn() throws {
        #expect(try SchemeFiles.load("standard") == ScoringScheme.standard)
        let provincial = try SchemeFiles.load("provincial-example")
        #expect(provincial.items.map(\.weight).reduce(0, +) == 100)
        #expect(provincial.derived?.count == 2)
    }

    /// The seed report's figures (Datasets/hunan-npc-report) under the shipped standard scheme.
    @Test func seedReportFiguresScore99point26() throws {
        let panel = try PanelCSVReader().read(path: TestSupport.path("Datasets/hunan-npc-report/report-figures.csv"))
        let s = try SchemeFiles.load("standard").score(panel: panel, years: [2024])
        #expect(s.count == 1 && s[0].points[0] == 9.26 && s[0].total == 99.26 && s[0].grade == "优")
    }

    @Test func badSchemesAreExplained() throws {
        let bad = try TestSupport.temporaryFile("s.json", #"{"name": "x", "grades": [], "items": [{"indicator": "a", "weight": 5, "rule": {"type": "linear"}}]}"#)
        #expect(throws: DataError(#"scheme .items[0].rule.type unknown rule type "linear" (proportional, given, bands, deduction)"#, at: SourceLocation(file: bad, line: 1, column: 80))) {
            try SchemeFiles.load(bad)
        }
        // The place of the field: line and column of its key, found by following the path's keys.
        let text = try String(contentsOfFile: bad, encoding: .utf8)
        #expect(text.distance(from: text.startIndex, to: text.firstRange(of: #""type""#)!.lowerBound) + 1 == 80)
        let missing = try TestSupport.temporaryFile("m.json", #"{"name": "x", "grades": []}"#)
        #expect(throws: DataError.self) { try SchemeFiles.load(missing) }
        #expect(throws: DataError.self) { try SchemeFiles.load("/nonexistent.json") }
        // Text that is not JSON: the parser's reason at its place (JSONDecoder alone says only "not valid JSON").
        let comma = try TestSupport.temporaryFile("c.json", "{\"name\": \"x\",\n  \"grades\": [],, \"items\": []}")
        #expect(throws: DataError("scheme is not valid JSON: invalid value", at: SourceLocation(file: comma, line: 2, column: 16))) {
            try SchemeFiles.load(comma)
        }
        let cut = try TestSupport.temporaryFile("t.json", "{\"name\": \"模板\",\n")
        #expect(throws: DataError("scheme is not valid JSON: unexpected end of file during JSON parse", at: SourceLocation(file: cut, line: 2, column: 1))) {
            try SchemeFiles.load(cut)
        }
    }
}
