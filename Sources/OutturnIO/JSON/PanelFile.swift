import Foundation
import Outturn
import OutturnOutput

/// Writes a panel to a file by its extension (reading goes through `PanelSource`).
public enum PanelFile {
    /// Writes `panel` to `path`: `.json` as JSON records, `.xlsx` as a workbook of the CSV's records (which
    /// reads back into the same panel), otherwise CSV in `layout`.
    public static func write(_ panel: IndicatorPanel, toPath path: String, layout: CSVLayout = .long) throws {
        if SourceKind.kind(ofExtension: path) == .json { return try PanelJSON.write(panel, toPath: path) }
        if path.lowercased().hasSuffix(".xlsx") {
            let sink = try ByteSink(path: path)
            try sink.write(bytes: try PanelCSVWriter(layout: layout).records(panel).workbook(sheetName: "panel"))
            return try sink.finish()
        }
        try PanelCSVWriter(layout: layout).write(panel, toPath: path)
    }
}
