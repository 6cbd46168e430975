import Outturn

/// A column: its snake_case field name (the CSV header and JSON key), the table heading (with the unit), and
/// how numbers show in a table.
public struct Column: Sendable {
    public let field: String
    public let heading: String
    public let style: DecimalText.Style
    /// Shown in tables (CSV and JSON carry every column).
    public let inTable: Bool
    /// Shown only in tables (a sparkline, say).
    public let tableOnly: Bool

    public init(_ field: String, heading: String? = nil, style: DecimalText.Style = .statistic, inTable: Bool = true, tableOnly: Bool = false) {
        self.field = field
        self.heading = heading ?? field
        self.style = style
        self.inTable = inTable
        self.tableOnly = tableOnly
    }
}
