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
        try assembly(departments: departments, indicators: indicators, years: years, asOf: asOf, monthly: false).panel()
    }

    /// The monthly figures as a panel, current or as known in vintage `asOf` (see ``panel(departments:indicators:years:asOf:)``).
    public func monthlyPanel(units: [String]? = nil, indicators: [String]? = nil, years: Range<Int>? = nil, asOf: Int? = nil) throws -> MonthlyPanel {
        try assembly(departments: units, indicators: indicators, years: years, asOf: asOf, monthly: true).monthlyPanel()
    }

    /// The stored rows of annual (month 0) or monthly figures, assembled in one read.
    private func assembly(departments: [String]?, indicators: [String]?, years: Range<Int>?, asOf: Int?, monthly: Bool) throws -> StoredPanelAssembly {
        try database.read { db -> StoredPanelAssembly in
            let storedDepartments = try Row.fetchAll(db, sql: "SELECT rowid, id, name, attributes FROM departments ORDER BY rowid").map { r in
                (r[0] as Int64, StoredPanelAssembly.department(id: r[1], name: r[2], attributes: r[3]))
            }
            let storedIndicators = try Row.fetchAll(db, sql: "SELECT rowid, id, name, unit, kind FROM indicators ORDER BY rowid").map { r in
                (r[0] as Int64, StoredPanelAssembly.indicator(id: r[1], name: r[2], unit: r[3], kind: r[4]))
            }
            var assembly = try StoredPanelAssembly(departments: storedDepartments, indicators: storedIndicators,
                                                   departmentIDs: departments, indicatorIDs: indicators, years: years)
            // (department, indicator, year, month) -> value, as of the vintage asked for.
            let months = monthly ? "month > 0" : "month = 0"
            let sql = asOf == nil
                ? "SELECT department_id, indicator_id, year, month, value FROM observations WHERE current = 1 AND \(months)"
                : "SELECT department_id, indicator_id, year, month, value FROM observations WHERE vintage <= ? AND \(months) ORDER BY indicator_id, department_id, year, month, vintage, import_id"
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: asOf.map { [$0] } ?? [])
            while let r = try cursor.next() {
                assembly.add(department: r[0], indicator: r[1], year: r[2], month: r[3], value: r[4])
            }
            return assembly
        }
    }

    /// Every stored version of one figure (month 0: the annual one), oldest vintage first.
    public func history(department: String, indicator: String, year: Int, month: Int) throws -> [StoredObservation] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT department, indicator, year, month, value, unit, source, vintage, current, import_id, imported_at
                FROM observation_records WHERE department = ? AND indicator = ? AND year = ? AND month = ? ORDER BY vintage, import_id
                """, arguments: [department, indicator, year, month]).map { r in
                StoredObservation(department: r[0], indicator: r[1], year: r[2], month: r[3], value: r[4], unit: r[5], source: r[6], vintage: r[7],
                                  current: (r[8] as Int) == 1, importID: r[9], importedAt: r[10])
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
