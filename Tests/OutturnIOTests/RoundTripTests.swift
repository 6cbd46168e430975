import Foundation
import Outturn
import OutturnOutput
import Testing
import _TestSupport
@testable import OutturnIO

@Suite struct RoundTripTests {
    func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// long -> panel -> wide -> panel -> long gives the same file, byte for byte, on every bundled dataset.
    @Test(arguments: ["Datasets/us-federal-rd/rd-budget.csv", "Datasets/synthetic-provincial/panel.csv",
                      "Datasets/hunan-npc-report/report-figures.csv"])
    func longWideLongIsIdentical(dataset: String) throws {
        let original = try PanelCSVReader().read(path: TestSupport.path(dataset))
        let long1 = try TestSupport.temporaryPath("a.csv")
        try PanelCSVWriter(layout: .long).write(original, toPath: long1)
        let wide = try TestSupport.temporaryPath("w.csv")
        try PanelCSVWriter(layout: .wide).write(try PanelCSVReader().read(path: long1), toPath: wide)
        let fromWide = try PanelCSVReader().read(path: wide)
        let long2 = try TestSupport.temporaryPath("b.csv")
        try PanelCSVWriter(layout: .long).write(fromWide, toPath: long2)
        var reread = try PanelCSVReader().read(path: long2)
        if dataset.contains("hunan") {
            // Provenance is carried by the long layout; the wide one has no column for it.
            #expect(try text(long1).contains("000_e729b0afc6ad344c.txt@"))
            reread.provenance = original.provenance
            #expect(reread == original)
        } else {
            #expect(try text(long1) == text(long2))
            #expect(fromWide == original)
        }
    }

    @Test func jsonRoundTripKeepsEverything() throws {
        let original = try PanelCSVReader().read(path: TestSupport.path("Datasets/hunan-npc-report/report-figures.csv"))
        let path = try TestSupport.temporaryPath("p.json")
        try PanelJSON.write(original, toPath: path)
        #expect(try PanelJSON.read(path: path) == original)
        // Enough records (about 7,000, 1.8 MB) for the writer to hand its text over in many 64 KB pieces.
        let synthetic = SyntheticPanel(departments: 60, years: 2018..<2024, seed: 2).generate()
        try PanelFile.write(synthetic, toPath: path)
        #expect(try PanelSource.read(path: path) == synthetic)
    }

    @Test func jsonErrorsNameTheRecordLine() throws {
        let path = try TestSupport.temporaryFile("bad.json", """
            [
              {"department": "edu", "indicator": "r", "year": 2024, "value": 1},
              {"department": "edu", "indicator": "r", "year": "2025", "value": 2}
            ]
            """)
        #expect(throws: DataError("record 2: year 2025 is not an integer", at: SourceLocation(file: path, line: 3))) {
            try PanelJSON.read(path: path)
        }
        let dup = try TestSupport.temporaryFile("dup.json", """
            [{"department": "edu", "indicator": "r", "year": 2024, "value": 1},
             {"department": "edu", "indicator": "r", "year": 2024, "value": null}]
            """)
        #expect(throws: DataError.self) { try PanelJSON.read(path: dup) }
        let notJSON = try TestSupport.temporaryFile("x.json", "department,indicator")
        #expect(throws: DataError.self) { try PanelJSON.read(path: notJSON) }
    }

    /// A failed write leaves no partial file behind and an existing file untouched.
    @Test func writesAreAtomic() throws {
        let path = try TestSupport.temporaryFile("out.csv", "old contents\n")
        let sink = try ByteSink(path: path)
        try sink.write("new")
        // Not finished: the target still has its old contents.
        #expect(try text(path) == "old contents\n")
        try sink.finish()
        #expect(try text(path) == "new")
    }

    /// The bundled R&D data as `describe` summarises it; reference: numpy on the source file
    /// (min 313, median 2155, max 94325 US$ million; DHS missing before 2002: 26 of 588 cells).
    @Test func rdBudgetDatasetFigures() throws {
        let p = try PanelCSVReader().read(path: TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"))
        #expect(p.departments.count == 14 && p.years == 1976..<2018)
        let values = Descriptive.observed(p.block(indicatorAt: 0)).sorted()
        #expect(values.count == 562)
        #expect(values.first == 313 && values.last == 94325)
        #expect(Descriptive.quantile(sorted: values, 0.5) == 2155)
        #expect(p[department: "DHS", indicator: "rd_budget", year: 2001] == nil)
        #expect(p[department: "DOD", indicator: "rd_budget", year: 1976] == 35696)
    }
}
