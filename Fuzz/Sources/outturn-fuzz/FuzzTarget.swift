import Foundation
import Outturn
import OutturnIO
import OutturnReports

/// One libFuzzer entry point for every reader; `OUTTURN_FUZZ_TARGET` (csv, json, workbook, report, monthly) picks
/// the reader.
/// An input must either read or throw a `DataError`: any crash, trap, sanitizer report or hang is a finding.
/// Readers take paths (they stream), so each input is written to one file per process first.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let target = ProcessInfo.processInfo.environment["OUTTURN_FUZZ_TARGET"] ?? "csv"
    switch target {
    case "report":
        // The report grammar takes text: fuzz it on the UTF-8 reading of the bytes (invalid bytes replaced,
        // as the decoder of a report file does), then audit what it extracted.
        let text = String(decoding: bytes, as: UTF8.self)
        let extraction = ReportExtractor.extract(text: text, source: "fuzz")
        _ = ReportAudit.audit(extraction)
    case "monthly":
        // Monthly figures (outturn progress's reader), then the projection on what was read.
        let path = NSTemporaryDirectory() + "outturn-fuzz-\(getpid()).monthly.csv"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { unlink(path) }
        do {
            let panel = try MonthlyCSV.read(path: path)
            checkMonthly(panel)
            if let first = panel.indicators.first { _ = try ExecutionProjector.progress(panel, actual: first.id) }
        } catch is DataError {
        } catch {
            fatalError("the monthly reader threw something that is not a DataError: \(error)")
        }
    default:
        let path = NSTemporaryDirectory() + "outturn-fuzz-\(getpid()).\(target)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { unlink(path) }
        do {
            let panel: IndicatorPanel
            switch target {
            case "json": panel = try PanelJSON.read(path: path)
            case "workbook":
                // Named .xlsx so the source detection takes it as a workbook (ZIP container, XML parts).
                let book = path + ".xlsx"
                rename(path, book)
                defer { rename(book, path) }
                panel = try PanelSource.read(path: book)
            default: panel = try PanelCSVReader().read(path: path)
            }
            // A panel read is a panel whose values are numbers (finite or missing), never infinity.
            for observation in panel.observations where observation.value.isInfinite {
                fatalError("a reader let infinity through at \(observation)")
            }
        } catch is DataError {
            // Rejected with a location: the expected answer to bad input.
        } catch {
            fatalError("a reader threw something that is not a DataError: \(error)")
        }
    }
    return 0
}

/// A monthly panel read holds numbers (finite or missing), never infinity.
func checkMonthly(_ panel: MonthlyPanel) {
    panel.forEachFigure { u, _, y, m, v in
        if v.isInfinite { fatalError("the monthly reader let infinity through at \(panel.units[u].id) \(y)-\(m)") }
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM names an executable's entry point `<module>_main` and links `main` to it; libFuzzer's own driver
/// runs from here with the command line (`-max_total_time=60 corpus/`, as for any libFuzzer binary).
@_cdecl("outturn_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}
