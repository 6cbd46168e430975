import Outturn

/// The output formats of every command that prints records.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading (the default).
    case table
    /// RFC 4180 CSV with a snake_case header.
    case csv
    /// A JSON array of records with the same keys as the CSV header.
    case json
    /// An Excel workbook (.xlsx): the records on a sheet, with a bold frozen header row of the headings.
    case xlsx

    /// The format a file name's extension asks for (`.csv`, `.json`, `.xlsx`; `.txt` is a table), nil for
    /// an extension that names nothing Outturn writes as records.
    public static func of(extension ext: String) -> OutputFormat? {
        switch ext.lowercased() {
        case "csv", "tsv": .csv
        case "json": .json
        case "xlsx": .xlsx
        case "txt", "text", "": .table
        default: nil
        }
    }
}
