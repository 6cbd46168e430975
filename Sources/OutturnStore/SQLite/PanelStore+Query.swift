import Foundation
import GRDB
import Outturn

extension PanelStore {
    /// The stored figures as a panel: the current values, or with `asOf` the values as they were known in that
    /// vintage (for each figure, the latest version whose vintage is at most `asOf`).
    ///
    /// - Parameters: each filter `nil` = everything; unknown ids throw with close ids suggested.
    /// - Complexity: one pass over the matching rows.
    public func panel(departments: [String]? = nil, indicators: [String]? = nil, years: Range<Int>? = nil, asOf: Int? = nil) throws -> IndicatorPanel {
        try database.read { db -> IndicatorPanel in
            let storedDepartments = try Row.fetchAll(db, sql: "SELECT rowid, id, name, attributes FROM departments ORDER BY rowid").map { r in
                (r[0] as Int64, StoredPanelAssembly.department(id: r[1], name: r[2], attributes: r[3]))
            }
            let storedIndicators = try Row.fetchAll(db, sql: "SELECT rowid, id, name, unit, kind FROM indicators ORDER BY rowid").map { r in
                (r[0] as Int64, StoredPanelAssembly.indicator(id: r[1], name: r[2], unit: r[3], kind: r[4]))
            }
            var assembly = try StoredPanelAssembly(departments: storedDepartments, indicators: storedIndicators,
                                                   departmentIDs: departments, indicatorIDs: indicators, years: years)
            // (department, indicator, year) -> value, as of the vintage asked for.
            let sql = asOf == nil
                ? "SELECT department_id, indicator_id, year, value FROM observations WHERE current = 1"
                : "SELECT department_id, indicator_id, year, value FROM observations WHERE vintage <= ? ORDER BY indicator_id, department_id, year, vintage, import_id"
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: asOf.map { [$0] } ?? [])
            while let r = try cursor.next() {
                assembly.add(department: r[0], indicator: r[1], year: r[2], value: r[3])
            }
            return assembly.panel()
        }
    }

    /// Every stored version of one figure, oldest vintage first.
    public func history(department: String, indicator: String, year: Int) throws -> [StoredObservation] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT department, indicator, year, value, unit, source, vintage, current, import_id, imported_at
                FROM observation_records WHERE department = ? AND indicator = ? AND year = ? ORDER BY vintage, import_id
                """, arguments: [department, indicator, year]).map { r in
                StoredObservation(department: r[0], indicator: r[1], year: r[2], value: r[3], unit: r[4], source: r[5], vintage: r[6],
                                  current: (r[7] as Int) == 1, importID: r[8], importedAt: r[9])
            }
        }
    }

    /// Ids of the stored departments and indicators (for suggestions).
    public func ids() throws -> (departments: [String], indicators: [String]) {
        try database.read { db in
            (try String.fetchAll(db, sql: "SELECT id FROM departments ORDER BY rowid"), try String.fetchAll(db, sql: "SELECT id FROM indicators ORDER BY rowid"))
        }
    }
}
