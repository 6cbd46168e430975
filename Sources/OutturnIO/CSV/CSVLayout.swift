import Foundation
import Outturn

/// The two CSV shapes Outturn reads and writes.
public enum CSVLayout: String, Sendable, CaseIterable {
    /// One observation per row: `department,indicator,year,value` (+ optional `unit`, `department_name`,
    /// `indicator_name`, `source`, `vintage`, `department_<attribute>`).
    case long
    /// One department x indicator per row, one column per year: `department,indicator,<year>,<year>,...`
    /// (+ the same optional columns).
    case wide
}
