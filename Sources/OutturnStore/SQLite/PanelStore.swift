import Foundation
import GRDB
import Outturn

/// An embedded SQLite database of indicator panels (GRDB, WAL mode): departments, indicators, observations
/// with their source and vintage, and the imports that brought them. Every import is one transaction: all or
/// nothing, even if the process is killed. Readers never block the writer and see either the state before an
/// import or after it. Safe to share between threads. A store on a read-only file, folder or medium can be
/// read (``Access/read``).
///
/// Schema (version 3): `departments(rowid, id, name, attributes)`, `indicators(rowid, id, name, unit, kind)`,
/// `imports(id, source, content_hash, vintage, imported_at, added, changed, unchanged)`,
/// `observations(department_id, indicator_id, year, value, unit, source, vintage, import_id, imported_at,
/// current, month)` with integer references to the first two tables (compact and fast to load) and `month` 0
/// for an annual figure, 1-12 for one cumulative to the end of that month; and a view `observation_records`
/// with the text ids for people reading the database directly.
public final class PanelStore: Sendable {
    /// How a store is opened.
    public enum Access: Sendable {
        /// Read and write; a missing file is created and an older schema migrated.
        case readWrite
        /// For analyses: the store must exist. It is opened read-write when the file and its folder allow it
        /// (so SQLite tidies its WAL files on closing, and an older schema is migrated), else read-only, which
        /// also works on a read-only folder or medium.
        case read
    }

    /// The store's file.
    public let path: String
    /// A `DatabasePool` when opened read-write; a read-only `DatabaseQueue` otherwise.
    let database: any DatabaseWriter
    /// Set when opening migrated an older store; the copy made before migrating.
    public let backupPath: String?
    /// True when the store could only be opened read-only (a read-only file, folder or medium).
    public let isReadOnly: Bool

    /// How long an import waits for another process's import (seconds) before failing with a sentence.
    static let busyTimeout: TimeInterval = 60

    /// SQLite's failure as a sentence: locked, permission, disk full, or SQLite's own message.
    static func reason(_ error: any Error) -> String {
        guard let e = error as? DatabaseError else { return "\(error)" }
        switch e.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "another process holds the store locked"
        case .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_CANTOPEN: return "no permission to open or write it"
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return "it is not a SQLite database or is damaged"
        default: return e.message ?? "\(e)"
        }
    }

    /// Whether SQLite failed for want of write access (to the file, to its folder for the WAL files, or to
    /// the medium).
    static func isWriteAccess(_ error: any Error) -> Bool {
        guard let e = error as? DatabaseError else { return false }
        return [.SQLITE_PERM, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR].contains(e.resultCode.primaryResultCode)
    }

    /// Opens (creating when absent) the store at `path`, migrating an older schema in place after copying the
    /// file to `<path>.backup-v<version>`. With `access: .read` the file must exist and is opened read-only
    /// when it cannot be written (see ``Access/read``).
    ///
    /// - Throws: `DataError` when the file exists but is not an Outturn store (it is never written to), when
    ///   it cannot be opened (the cause as a sentence), or, with `.read`, when it is missing.
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if access == .read && !exists {
            throw DataError("no store at \(path)", hint: "import data first with outturn import")
        }
        if exists {
            let handle = FileHandle(forReadingAtPath: path)
            let header = (try? handle?.read(upToCount: 16)) ?? nil
            try? handle?.close()
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > 0 && header != Data("SQLite format 3\u{0}".utf8) {
                throw DataError("\(path) is not an Outturn store (not a SQLite database); it was left untouched",
                                hint: "give another --store path")
            }
        }
        // A SQLite file is first looked at read-only: opening it as a pool would switch its journal to WAL, a
        // change to a file that may not be ours.
        if exists, ((try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0 {
            var foreign = false
            do {
                let queue = try Self.readOnlyQueue(path: path)
                foreign = try queue.read { db in
                    try !db.tableExists("grdb_migrations") && (Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0) > 0
                }
                try queue.close()
            } catch {
                // A store whose writer was killed has a WAL to recover, which a read-only connection cannot do;
                // a file already in WAL mode is opened as usual (the pool recovers it). Anything else is not ours.
                if !fm.fileExists(atPath: path + "-wal") {
                    throw DataError("\(path) cannot be read as a SQLite database (\(Self.reason(error))); it was left untouched", hint: "give another --store path")
                }
            }
            if foreign { throw DataError("\(path) is a SQLite database but not an Outturn store; it was left untouched", hint: "give another --store path") }
        }
        do {
            do {
                (database, backupPath) = try Self.openWritable(path: path)
                isReadOnly = false
            } catch let error as DatabaseError where access == .read && Self.isWriteAccess(error) {
                let queue = try Self.readOnlyQueue(path: path)
                let applied = try queue.read { try Self.migrator.appliedIdentifiers($0) }
                guard applied == Set(Self.migrator.migrations) else {
                    throw DataError("the store \(path) was written by an older Outturn and must be upgraded, which needs write access to it and its folder",
                                    hint: "open it once with outturn import where it can be written")
                }
                (database, backupPath, isReadOnly) = (queue, nil, true)
            }
        } catch let error as DatabaseError {
            let reason = Self.reason(error)
            throw DataError("cannot open the store \(path): \(reason)",
                            hint: error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT ? "is it an Outturn store?" : nil)
        }
    }

    /// A read-only connection to the SQLite file at `path`. SQLite reads a WAL-mode file through a
    /// shared-memory file beside it, which it cannot create in a read-only folder or on a read-only medium;
    /// there the file is opened as immutable (`immutable=1`: no locks, no shared memory), which is sound
    /// because nothing without write access to the folder can change a WAL-mode store either.
    static func readOnlyQueue(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where isWriteAccess(error) {
            // A URI file name: SQLite reads `file:` names as URIs when built with SQLITE_USE_URI (Debian's and
            // Apple's are); elsewhere this fails like the plain open and the first error stands.
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "?#%")
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed),
                  let queue = try? DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration),
                  (try? queue.read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") })) != nil
            else { throw error }
            return queue
        }
    }

    /// The read-write pool on `path` (created when missing), migrated, with the backup made before migrating.
    private static func openWritable(path: String) throws -> (DatabasePool, String?) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process importing holds the write lock for its transaction: wait for it rather than fail.
        configuration.busyMode = .timeout(Self.busyTimeout)
        // After each checkpoint the WAL file is cut back to 4 MB: one large import does not leave a file of its
        // size behind for good.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_size_limit = 4194304") }
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = Self.migrator
        let (applied, known, tables) = try pool.read { db -> (Set<String>, Bool, Int) in
            let known = try db.tableExists("grdb_migrations")
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            return (known ? try migrator.appliedIdentifiers(db) : [], known, tables)
        }
        if !known && tables > 0 {
            throw DataError("\(path) is a SQLite database but not an Outturn store; it was left untouched", hint: "give another --store path")
        }
        var backupPath: String? = nil
        if known && !applied.isEmpty && applied != Set(migrator.migrations) {
            let backup = "\(path).backup-v\(applied.count)"
            if FileManager.default.fileExists(atPath: backup) { try FileManager.default.removeItem(atPath: backup) }
            let copy = try DatabaseQueue(path: backup)
            try pool.backup(to: copy)
            backupPath = backup
        }
        // Migrating takes the write lock even when there is nothing to do: a reader opening the store while an
        // import runs would wait for it. Only a store with migrations to apply is migrated.
        if applied != Set(migrator.migrations) { try migrator.migrate(pool) }
        return (pool, backupPath)
    }

    /// The schema's migrations, in order. Never edit one that has shipped: add the next.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE departments (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                                          attributes TEXT NOT NULL DEFAULT '{}');
                CREATE TABLE indicators (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                                         unit TEXT NOT NULL, kind TEXT NOT NULL);
                CREATE TABLE imports (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, content_hash TEXT,
                                      imported_at TEXT NOT NULL, added INTEGER NOT NULL, changed INTEGER NOT NULL,
                                      unchanged INTEGER NOT NULL);
                CREATE TABLE observations (
                    department_id INTEGER NOT NULL REFERENCES departments(rowid),
                    indicator_id INTEGER NOT NULL REFERENCES indicators(rowid),
                    year INTEGER NOT NULL, value REAL, unit TEXT NOT NULL, source TEXT NOT NULL, vintage INTEGER NOT NULL,
                    import_id INTEGER NOT NULL REFERENCES imports(id), imported_at TEXT NOT NULL,
                    current INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX observations_key ON observations(indicator_id, department_id, year, vintage);
                """)
        }
        m.registerMigration("v2") { db in
            // The vintage of each import, and a readable view for people querying the file directly.
            try db.execute(sql: """
                ALTER TABLE imports ADD COLUMN vintage INTEGER;
                CREATE INDEX observations_current ON observations(indicator_id, department_id, year) WHERE current = 1;
                CREATE VIEW observation_records AS
                    SELECT d.id AS department, i.id AS indicator, o.year, o.value, o.unit, o.source, o.vintage,
                           o.imported_at, o.current, o.import_id
                    FROM observations o JOIN departments d ON d.rowid = o.department_id JOIN indicators i ON i.rowid = o.indicator_id;
                """)
        }
        m.registerMigration("v3") { db in
            // Monthly figures (cumulative to the end of the month) in the same table, the month in the key:
            // 0 for the annual figure, so every stored figure keeps its meaning.
            try db.execute(sql: """
                ALTER TABLE observations ADD COLUMN month INTEGER NOT NULL DEFAULT 0;
                DROP INDEX observations_current;
                CREATE INDEX observations_current ON observations(indicator_id, department_id, year, month) WHERE current = 1;
                DROP INDEX observations_key;
                CREATE INDEX observations_key ON observations(indicator_id, department_id, year, month, vintage);
                """ + SharedSchema.observationRecordsWithMonths)
        }
        return m
    }

    /// `pragma integrity_check`'s answer ("ok" when sound).
    public func integrityCheck() throws -> String {
        try database.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    /// Number of stored observation versions (every vintage).
    public func observationCount() throws -> Int {
        try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM observations")! }
    }

    /// The vintages present, ascending.
    public func vintages() throws -> [Int] {
        try database.read { try Int.fetchAll($0, sql: "SELECT DISTINCT vintage FROM observations ORDER BY vintage") }
    }
}
