import Foundation
import Outturn
import OutturnIO
import OutturnReports
import Testing
import _TestSupport

/// Replays the fuzzers' seeds and every input they ever crashed on (Fuzz/regressions/TARGET, kept by
/// `bash Fuzz/run.sh`) through the same readers, with the fuzz target's contract: a file reads into a panel of
/// finite or missing values, or is refused with a `DataError`; a report is extracted and audited. A crash here
/// is the crash the fuzzer found, back again.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        ["Fuzz/seeds/", "Fuzz/regressions/"].flatMap { folder -> [String] in
            let dir = TestSupport.path(folder + target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { dir + "/" + $0 }
        }
    }

    @Test(arguments: ["csv", "json", "workbook"])
    func panelReadersKeepTheirContract(_ target: String) throws {
        var files = Self.inputs(target)
        if target == "workbook" {
            // The workbook seeds are the test fixtures (binary files made by a script beside them).
            let dir = TestSupport.path("Tests/OutturnIOTests/Fixtures/workbooks")
            files += try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".xlsx") }.sorted().map { dir + "/" + $0 }
        }
        #expect(!files.isEmpty, "no seeds for \(target)")
        for file in files {
            var path = file
            if target == "workbook" && !file.hasSuffix(".xlsx") {
                path = try TestSupport.temporaryPath("regression.xlsx")
                try FileManager.default.copyItem(atPath: file, toPath: path)
            }
            do {
                let panel = target == "json" ? try PanelJSON.read(path: file)
                    : target == "workbook" ? try PanelSource.read(path: path) : try PanelCSVReader().read(path: file)
                #expect(panel.observations.allSatisfy { !$0.value.isInfinite }, "\(file): infinity read as data")
            } catch let error as DataError {
                #expect(error.location?.file == path, "\(file): the error has no location: \(error)")
            }
        }
    }

    /// The monthly reader and the projection on what it read: figures finite or missing, or a `DataError` at
    /// the file.
    @Test func monthlyReaderKeepsItsContract() throws {
        let files = Self.inputs("monthly")
        #expect(!files.isEmpty)
        for file in files {
            do {
                let panel = try MonthlyCSV.read(path: file)
                panel.forEachFigure { _, _, _, _, v in #expect(!v.isInfinite, "\(file)") }
                if let first = panel.indicators.first { _ = try ExecutionProjector.progress(panel, actual: first.id) }
            } catch let error as DataError {
                #expect(error.location == nil || error.location?.file == file, "\(file): \(error)")
            }
        }
    }

    @Test func reportGrammarKeepsItsContract() throws {
        let files = Self.inputs("report")
        #expect(!files.isEmpty)
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: file))
            let extraction = ReportExtractor.extract(text: String(decoding: bytes, as: UTF8.self), source: "fuzz")
            #expect(extraction.figures.allSatisfy { $0.value.isFinite }, "\(file)")
            #expect(ReportAudit.audit(extraction).allSatisfy { $0.stated.isFinite && $0.recomputed.isFinite }, "\(file)")
        }
    }
}
