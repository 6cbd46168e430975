import Outturn

/// The output formats of every command that prints records.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading (the default).
    case table
    /// RFC 4180 CSV with a snake_case header.
    case csv
    /// A JSON array of records with the same keys as the CSV header.
    case json
}
