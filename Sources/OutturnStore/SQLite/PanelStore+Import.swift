import Foundation
import GRDB
import GRDBSQLite
import Outturn

extension PanelStore {
    /// Imports every value of a panel as one transaction: all or nothing.
    ///
    /// A figure not in the store is added; one with the same value is left alone; one with a different value is
    /// recorded as a new vintage, the old one kept, and `policy` decides which is current (`reject`, the
    /// default, aborts the whole import naming the keys). Importing the same data again changes nothing (no
    /// import is recorded).
    ///
    /// - Parameters:
    ///   - source: where the data came from (a file name); a value's own provenance, when the panel has one,
    ///     is stored instead.
    ///   - vintage: the year of the document (a report's year) or of the data's last year.
    /// - Throws: `DataError` for conflicts under `reject`, an indicator whose unit differs from the store's, or
    ///   a failure of SQLite as a sentence naming the cause (the disk is full, another process holds the lock,
    ///   no permission); nothing of the import is kept.
    /// - Complexity: O(values imported + current values of the indicators involved).
    public func importPanel(
        _ panel: IndicatorPanel, source: String, vintage: Int, policy: ImportConflictPolicy = .reject, contentHash: String? = nil
    ) throws -> ImportSummary {
        try importFigures(panel, source: source, vintage: vintage, policy: policy, contentHash: contentHash)
    }

    /// Imports monthly figures (cumulative to the end of each month) as one transaction, under the rules of
    /// ``importPanel(_:source:vintage:policy:contentHash:)``; the month is part of each figure's key.
    public func importMonthly(
        _ panel: MonthlyPanel, source: String, vintage: Int, policy: ImportConflictPolicy = .reject, contentHash: String? = nil
    ) throws -> ImportSummary {
        try importFigures(panel, source: source, vintage: vintage, policy: policy, contentHash: contentHash)
    }

    private func importFigures(
        _ panel: some ImportableFigures, source: String, vintage: Int, policy: ImportConflictPolicy, contentHash: String?
    ) throws -> ImportSummary {
        // Everything committed so far is copied into the database file first (a passive checkpoint never
        // waits), so the WAL holds only this import's pages should it fail: they can then be dropped without
        // writing anything, which is all a full disk allows.
        _ = try? database.writeWithoutTransaction { try $0.checkpoint(.passive) }
        do {
            return try writeImport(panel, source: source, vintage: vintage, policy: policy, contentHash: contentHash)
        } catch let error as DatabaseError {
            // The rolled-back transaction's pages stay in the WAL file, which SQLite reuses but never shrinks:
            // on a full disk that file keeps the disk full. A truncating checkpoint gives the space back. It
            // waits for readers on older snapshots, for one second at most here (not the minute an import waits).
            _ = try? database.writeWithoutTransaction { db in
                sqlite3_busy_timeout(db.sqliteConnection, 1000)
                defer { sqlite3_busy_timeout(db.sqliteConnection, Int32(Self.busyTimeout * 1000)) }
                return try db.checkpoint(.truncate)
            }
            throw DataError("cannot import into the store \(path): \(Self.reason(error))",
                            hint: error.resultCode.primaryResultCode == .SQLITE_FULL ? "nothing was imported; free some space and import again" : "nothing was imported")
        }
    }

    private func writeImport(
        _ panel: some ImportableFigures, source: String, vintage: Int, policy: ImportConflictPolicy, contentHash: String?
    ) throws -> ImportSummary {
        let now = ISO8601DateFormatter().string(from: Date())
        return try database.write { db -> ImportSummary in
            // Departments and indicators: add new ones, refresh names; units must agree.
            var departmentRow: [Int64] = []
            for dep in panel.departments {
                try db.execute(sql: """
                    INSERT INTO departments(id, name, attributes) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = CASE WHEN excluded.name != excluded.id THEN excluded.name ELSE name END,
                                                  attributes = CASE WHEN excluded.attributes != '{}' THEN excluded.attributes ELSE attributes END
                    """, arguments: [dep.id, dep.name, try ImportPlan.attributesText(dep)])
                departmentRow.append(try Int64.fetchOne(db, sql: "SELECT rowid FROM departments WHERE id = ?", arguments: [dep.id])!)
            }
            var indicatorRow: [Int64] = []
            for ind in panel.indicators {
                if let unit = try String.fetchOne(db, sql: "SELECT unit FROM indicators WHERE id = ?", arguments: [ind.id]),
                   unit != ind.unit, !unit.isEmpty, !ind.unit.isEmpty {
                    throw DataError("indicator \"\(ind.id)\" is stored in \(unit), the data gives \(ind.unit)", hint: "convert to one unit before importing")
                }
                try db.execute(sql: """
                    INSERT INTO indicators(id, name, unit, kind) VALUES (?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = CASE WHEN excluded.name != excluded.id THEN excluded.name ELSE name END,
                                                  unit = CASE WHEN unit = '' THEN excluded.unit ELSE unit END
                    """, arguments: [ind.id, ind.name, ind.unit, ind.kind.rawValue])
                indicatorRow.append(try Int64.fetchOne(db, sql: "SELECT rowid FROM indicators WHERE id = ?", arguments: [ind.id])!)
            }
            // The values in force for the indicators involved.
            var current: [ImportPlan.CellKey: ImportPlan.Current] = [:]
            for (i, row) in indicatorRow.enumerated() {
                let cursor = try Row.fetchCursor(db, sql: "SELECT department_id, year, month, value, rowid FROM observations WHERE current = 1 AND indicator_id = ?", arguments: [row])
                while let r = try cursor.next() {
                    current[ImportPlan.CellKey(department: r[0] as Int64, indicator: i, year: r[1] as Int64, month: r[2] as Int64)] = (r[3] as Double?, r[4] as Int64)
                }
            }
            let plan = try ImportPlan(panel, departmentKeys: departmentRow, current: current, policy: policy)
            if plan.isEmpty { return ImportSummary(importID: nil, added: 0, changed: 0, unchanged: plan.unchanged) }
            try db.execute(sql: "INSERT INTO imports(source, content_hash, vintage, imported_at, added, changed, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [source, contentHash, vintage, now, plan.added, plan.changed, plan.unchanged])
            let importID = db.lastInsertedRowID
            let retireStatement = try db.makeStatement(sql: "UPDATE observations SET current = 0 WHERE rowid = ?")
            for r in plan.retire { try retireStatement.execute(arguments: [r.row]) }
            let insert = try ObservationInsert(db)
            for x in plan.inserts {
                let provenance = ImportPlan.provenance(of: x, in: panel, source: source, vintage: vintage)
                try insert.execute(department: departmentRow[Int(x.department)], indicator: indicatorRow[Int(x.indicator)], year: Int(x.year), month: Int(x.month),
                                   value: x.value, unit: panel.indicators[Int(x.indicator)].unit, source: provenance.source,
                                   vintage: provenance.vintage, importID: importID, importedAt: now, current: x.current)
            }
            return ImportSummary(importID: importID, added: plan.added, changed: plan.changed, unchanged: plan.unchanged)
        }
    }
}

/// The observation insert: a GRDB statement (GRDB prepares and finalizes it), whose values are bound through
/// SQLite's C interface on GRDB's statement handle. A million rows per import are common, and building GRDB's
/// `StatementArguments` (ten boxed values) per row cost about as much as SQLite's own work. Every return code
/// is checked: a failed bind or step throws GRDB's `DatabaseError` with SQLite's message.
struct ObservationInsert {
    private let statement: Statement

    init(_ db: Database) throws {
        statement = try db.makeStatement(sql: """
            INSERT INTO observations(department_id, indicator_id, year, value, unit, source, vintage, import_id, imported_at, current, month)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func execute(department: Int64, indicator: Int64, year: Int, month: Int, value: Double?, unit: String, source: String,
                 vintage: Int, importID: Int64, importedAt: String, current: Bool) throws {
        let handle = statement.sqliteStatement
        // SQLITE_TRANSIENT: SQLite copies the text before the C string goes away.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        try check(sqlite3_reset(handle))
        try check(sqlite3_bind_int64(handle, 1, department))
        try check(sqlite3_bind_int64(handle, 2, indicator))
        try check(sqlite3_bind_int64(handle, 3, Int64(year)))
        try check(value.map { sqlite3_bind_double(handle, 4, $0) } ?? sqlite3_bind_null(handle, 4))
        try check(sqlite3_bind_text(handle, 5, unit, -1, transient))
        try check(sqlite3_bind_text(handle, 6, source, -1, transient))
        try check(sqlite3_bind_int64(handle, 7, Int64(vintage)))
        try check(sqlite3_bind_int64(handle, 8, importID))
        try check(sqlite3_bind_text(handle, 9, importedAt, -1, transient))
        try check(sqlite3_bind_int64(handle, 10, current ? 1 : 0))
        try check(sqlite3_bind_int64(handle, 11, Int64(month)))
        try check(sqlite3_step(handle), expected: SQLITE_DONE)
    }

    private func check(_ code: Int32, expected: Int32 = SQLITE_OK) throws {
        guard code != expected else { return }
        let message = sqlite3_db_handle(statement.sqliteStatement).map { String(cString: sqlite3_errmsg($0)) } ?? "SQLite error \(code)"
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
