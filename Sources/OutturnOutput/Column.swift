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
    /// How the column's number shows in a table when that depends on its row (an audit's values to the precision
    /// their check allows); nil: `style` in every row.
    public let styleInRow: (@Sendable ([Cell]) -> DecimalText.Style)?

    public init(_ field: String, heading: String? = nil, style: DecimalText.Style = .statistic, inTable: Bool = true, tableOnly: Bool = false,
                styleInRow: (@Sendable ([Cell]) -> DecimalText.Style)? = nil) {
        self.field = field
        self.heading = heading ?? field
        self.style = style
        self.inTable = inTable
        self.tableOnly = tableOnly
        self.styleInRow = styleInRow
    }

    /// How the column's number shows in `row` of a table.
    public func style(in row: [Cell]) -> DecimalText.Style { styleInRow?(row) ?? style }
}
