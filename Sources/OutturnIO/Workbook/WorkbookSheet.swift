/// One sheet of a workbook as its cells: what the analyst sees, typed.
struct WorkbookSheet: Sendable {
    /// A cell's value.
    enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A number formatted as a percentage: 0.912 shown as 91.2%; `value` is the fraction.
        case percent(Double)
        /// A number formatted as a date (Excel's serial day count since 1899-12-30).
        case date(year: Int, month: Int, day: Int)
        case boolean(Bool)
    }

    /// A rectangle of cells, 1-based and inclusive: `A1:C1` is rows 1...1, columns 1...3.
    struct Range: Sendable, Equatable {
        let rows: ClosedRange<Int>
        let columns: ClosedRange<Int>
    }

    let name: String
    /// Row number -> column number -> value; empty cells absent.
    var rows: [Int: [Int: Value]] = [:]
    /// Merged ranges.
    var merges: [Range] = []

    /// The row numbers that hold a cell, in order.
    var rowNumbers: [Int] { rows.keys.sorted() }
    /// The highest column number used.
    var lastColumn: Int { rows.values.compactMap { $0.keys.max() }.max() ?? 0 }
}
