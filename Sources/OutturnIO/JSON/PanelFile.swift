import Foundation
import Outturn
import OutturnOutput

/// Writes a panel to a file by its extension (reading goes through `PanelSource`).
public enum PanelFile {
    /// Writes `panel` to `path`: `.json` as JSON records, otherwise CSV in `layout`.
    public static func write(_ panel: IndicatorPanel, toPath path: String, layout: CSVLayout = .long) throws {
        if SourceKind.kind(ofExtension: path) == .json { return try PanelJSON.write(panel, toPath: path) }
        try PanelCSVWriter(layout: layout).write(panel, toPath: path)
    }
}
