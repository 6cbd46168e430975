import Foundation
import GRDB
import Outturn

extension PanelStore: IndicatorStore {
    /// The store's file.
    public var location: String { path }

    /// The imports, oldest first.
    public func imports() throws -> [StoredImport] {
        try database.read(Self.imports)
    }

    private static func imports(_ db: Database) throws -> [StoredImport] {
        try Row.fetchAll(db, sql: "SELECT id, source, content_hash, vintage, imported_at, added, changed, unchanged FROM imports ORDER BY id").map { r in
            StoredImport(id: r[0], source: r[1], contentHash: r[2], vintage: r[3], importedAt: r[4], added: r[5], changed: r[6], unchanged: r[7])
        }
    }

    /// Everything stored, read in one snapshot.
    public func contents() throws -> StoreContents {
        try database.read { db in
            var c = StoreContents()
            var departmentPosition: [Int64: Int] = [:], indicatorPosition: [Int64: Int] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT rowid, id, name, attributes FROM departments ORDER BY rowid") {
                departmentPosition[r[0]] = c.departments.count
                c.departments.append(.init(id: r[1], name: r[2], attributes: r[3]))
            }
            for r in try Row.fetchAll(db, sql: "SELECT rowid, id, name, unit, kind FROM indicators ORDER BY rowid") {
                indicatorPosition[r[0]] = c.indicators.count
                c.indicators.append(.init(id: r[1], name: r[2], unit: r[3], kind: r[4]))
            }
            c.imports = try Self.imports(db)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT department_id, indicator_id, year, value, unit, source, vintage, import_id, imported_at, current, month
                FROM observations ORDER BY rowid
                """)
            while let r = try cursor.next() {
                c.observations.append(.init(department: departmentPosition[r[0]]!, indicator: indicatorPosition[r[1]]!, year: r[2], month: r[10], value: r[3],
                                            unit: r[4], source: r[5], vintage: r[6], importID: r[7], importedAt: r[8], current: (r[9] as Int) != 0))
            }
            return c
        }
    }

    /// Writes `contents` into this store, which must hold no import, in one transaction; import numbers are kept.
    public func restore(_ contents: StoreContents) throws {
        do {
            try database.write { db in
                let held = try Int.fetchOne(db, sql: "SELECT count(*) FROM imports") ?? 0
                guard held == 0 else {
                    throw DataError("the store \(path) already holds \(held) import\(held == 1 ? "" : "s")", hint: "copy into a new store")
                }
                var departmentKey: [Int64] = [], indicatorKey: [Int64] = []
                for d in contents.departments {
                    try db.execute(sql: "INSERT INTO departments(id, name, attributes) VALUES (?, ?, ?)", arguments: [d.id, d.name, d.attributes])
                    departmentKey.append(db.lastInsertedRowID)
                }
                for i in contents.indicators {
                    try db.execute(sql: "INSERT INTO indicators(id, name, unit, kind) VALUES (?, ?, ?, ?)", arguments: [i.id, i.name, i.unit, i.kind])
                    indicatorKey.append(db.lastInsertedRowID)
                }
                for m in contents.imports {
                    try db.execute(sql: "INSERT INTO imports(id, source, content_hash, vintage, imported_at, added, changed, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [m.id, m.source, m.contentHash, m.vintage, m.importedAt, m.added, m.changed, m.unchanged])
                }
                let insert = try ObservationInsert(db)
                for o in contents.observations {
                    try insert.execute(department: departmentKey[o.department], indicator: indicatorKey[o.indicator], year: o.year, month: o.month, value: o.value,
                                       unit: o.unit, source: o.source, vintage: o.vintage, importID: o.importID, importedAt: o.importedAt, current: o.current)
                }
            }
        } catch let error as DatabaseError {
            throw DataError("cannot copy into the store \(path): \(Self.reason(error))", hint: "nothing was written")
        }
    }
}
