import Foundation
import Outturn
import Synchronization

/// A store in a PostgreSQL database, shared by a team: the same logical schema and guarantees as the SQLite
/// ``PanelStore``, for many analysts importing and reading at once from several machines.
///
/// - Imports are one transaction each and are serialised by a transaction-scoped advisory lock, so two imports
///   of different reports both succeed one after the other and the same file twice records nothing the second
///   time. An import that cannot get the lock within ``lockWait`` fails naming the import that holds it; the
///   lock ends with its transaction, so a killed importer never leaves it held.
/// - Reads run in one REPEATABLE READ, READ ONLY transaction: a consistent snapshot, never half an import.
/// - Bulk data moves through COPY (observations in, panels out).
/// - The schema lives in the connection's current schema (`public`, or the first of a `search_path` set in the
///   URL: `?options=-csearch_path%3Doutturn`). A schema that holds other tables and no Outturn store is never
///   written to.
///
/// Safe to share between threads: the one connection is used under a mutex (and opened again after the server
/// went away).
public final class PostgresStore: IndicatorStore {
    /// The URL without its password, for messages.
    public let location: String
    /// Always nil: the server's own backups cover a PostgreSQL store (migrations are transactional instead).
    public let backupPath: String? = nil
    /// How long an import waits for another import to finish (seconds).
    public let lockWait: Int
    private let url: String
    private let connection: Mutex<PostgresConnection?>

    /// The advisory lock that serialises imports (two 32-bit keys: "OUTT", "IMPO").
    static let importLock = (Int32(0x4F55_5454), Int32(0x494D_504F))

    /// Opens the store in the database named by `url` (`postgresql://user@host:port/database`), creating the
    /// schema in an empty database when `access` is `.readWrite`.
    ///
    /// - Throws: `DataError` naming what to fix: an unreachable server, a wrong password, a missing database, a
    ///   database that holds other tables and no store (never written to), or, with `.read`, no store at all.
    public init(url: String, access: PanelStore.Access = .readWrite, lockWait: Int = 60) throws {
        self.url = url
        self.location = Self.redacted(url)
        self.lockWait = lockWait
        let c = try Self.connect(url, location: Self.redacted(url))
        try Self.prepareSchema(c, location: Self.redacted(url), access: access)
        connection = Mutex(c)
    }

    /// `url` without a password: neither the user part's (`postgresql://user:secret@host` ->
    /// `postgresql://user@host`) nor a `password=` parameter (dropped from the query).
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        var out = url
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        if let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
            out = String(url[..<colon]) + String(url[at...])
        }
        guard let question = out.firstIndex(of: "?") else { return out }
        let kept = out[out.index(after: question)...].split(separator: "&").filter { !$0.lowercased().hasPrefix("password=") }
        return String(out[..<question]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    private static func connect(_ url: String, location: String) throws -> PostgresConnection {
        do {
            let c = try PostgresConnection(url: url)
            // Floating-point text that round-trips exactly, on servers older than 12 too; times in UTC.
            try c.execute("SET extra_float_digits = 3; SET TIME ZONE 'UTC'")
            return c
        } catch let failure as PostgresConnection.Failure {
            let m = failure.message
            let hint: String
            if m.contains("password authentication failed") || m.contains("no password supplied") {
                hint = "check the user and password (in the URL, PGPASSWORD or ~/.pgpass)"
            } else if m.contains("does not exist") && m.contains("database") {
                hint = "create the database (createdb NAME) or correct its name in the URL"
            } else if m.contains("role") && m.contains("does not exist") {
                hint = "correct the user name in the URL"
            } else if m.contains("invalid") || m.contains("URI") || m.contains("unexpected") {
                hint = "the form is postgresql://user@host:port/database"
            } else {
                hint = "is the server running at that host and port, and does it accept connections from here?"
            }
            throw DataError("cannot connect to the store \(location): \(m)", hint: hint)
        } catch let failure as LibPQ.LoadFailure {
            throw DataError("cannot connect to the store \(location): \(failure.message)")
        }
    }

    /// Runs `body` on the connection, reconnecting first when the server went away since the last call.
    private func withConnection<R: Sendable>(_ body: (PostgresConnection) throws -> R) throws -> R {
        try connection.withLock { slot -> R in
            if slot == nil || !slot!.isHealthy { slot = try Self.connect(url, location: location) }
            return try body(slot!)
        }
    }

    /// A failure of the server as a data error naming the store; `doing` says what was under way.
    private func failure(_ error: any Error, doing: String, user: String) -> any Error {
        guard let f = error as? PostgresConnection.Failure else { return error }
        if f.isConnectionLost {
            return DataError("the connection to the store \(location) was lost \(doing): \(f.message)",
                             hint: "nothing was written; the server rolls back an unfinished transaction")
        }
        if f.isPermissionDenied {
            return DataError("the database user \"\(user)\" may not do this in the store \(location): \(f.message)",
                             hint: "imports need a user granted INSERT and UPDATE on the store's tables; analyses need only SELECT")
        }
        return DataError("the store \(location) failed \(doing): \(f.message)", hint: "nothing was written")
    }

    // MARK: Schema

    /// The schema's migrations, in order. Never edit one that has shipped: add the next.
    static let migrations: [(id: String, sql: String)] = [
        ("v1", """
            CREATE TABLE departments (rowid bigserial PRIMARY KEY, id text NOT NULL UNIQUE, name text NOT NULL,
                                      attributes text NOT NULL DEFAULT '{}');
            CREATE TABLE indicators (rowid bigserial PRIMARY KEY, id text NOT NULL UNIQUE, name text NOT NULL,
                                     unit text NOT NULL, kind text NOT NULL);
            CREATE TABLE imports (id bigserial PRIMARY KEY, source text NOT NULL, content_hash text, vintage integer,
                                  imported_at text NOT NULL, added integer NOT NULL, changed integer NOT NULL,
                                  unchanged integer NOT NULL);
            -- No foreign-key constraints on observations, unlike the SQLite store: the server checks them with a
            -- trigger per row, which made a 1M-row COPY take 13.6 s instead of 2.2 s. The importer writes only
            -- keys it read or created in the same transaction, under the import lock.
            CREATE TABLE observations (
                department_id bigint NOT NULL, indicator_id bigint NOT NULL,
                year integer NOT NULL, value double precision, unit text NOT NULL, source text NOT NULL,
                vintage integer NOT NULL, import_id bigint NOT NULL, imported_at text NOT NULL,
                current boolean NOT NULL DEFAULT true);
            CREATE INDEX observations_key ON observations(indicator_id, department_id, year, vintage);
            -- One current version per figure: a second current row would be a bug, and the server refuses it.
            CREATE UNIQUE INDEX observations_current ON observations(indicator_id, department_id, year) WHERE current;
            CREATE VIEW observation_records AS
                SELECT d.id AS department, i.id AS indicator, o.year, o.value, o.unit, o.source, o.vintage,
                       o.imported_at, o.current, o.import_id
                FROM observations o JOIN departments d ON d.rowid = o.department_id JOIN indicators i ON i.rowid = o.indicator_id;
            """),
        // Monthly figures (cumulative to the end of the month) in the same table, the month in the key: 0 for the
        // annual figure, so every stored figure keeps its meaning. Adding a column with a constant default
        // rewrites nothing (PostgreSQL 11 and later).
        ("v2", """
            ALTER TABLE observations ADD COLUMN month smallint NOT NULL DEFAULT 0;
            DROP INDEX observations_current;
            CREATE UNIQUE INDEX observations_current ON observations(indicator_id, department_id, year, month) WHERE current;
            DROP INDEX observations_key;
            CREATE INDEX observations_key ON observations(indicator_id, department_id, year, month, vintage);
            """ + SharedSchema.observationRecordsWithMonths),
    ]

    /// Checks that the database holds an Outturn store (or, for `.readWrite`, that it is empty and creates one)
    /// and applies missing migrations in one transaction.
    private static func prepareSchema(_ c: PostgresConnection, location: String, access: PanelStore.Access) throws {
        func applied() throws -> [String]? {
            guard try c.scalar("SELECT to_regclass('outturn_migrations') IS NOT NULL") == "t" else { return nil }
            return try c.execute("SELECT identifier FROM outturn_migrations ORDER BY identifier").compactMap { $0[0] }
        }
        let known = migrations.map(\.id)
        do {
            let done = try applied()
            if let done, done == known { return }
            if let done, !Set(done).isSubset(of: Set(known)) {
                throw DataError("the store \(location) was written by a newer Outturn (schema \(done.last ?? "?"))", hint: "upgrade outturn")
            }
            if done == nil {
                if access == .read {
                    throw DataError("no Outturn store in the database \(location)", hint: "import data first with outturn import FILE --store URL")
                }
                let tables = Int(try c.scalar("""
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
                    """) ?? "0") ?? 0
                if tables > 0 {
                    throw DataError("the database \(location) holds \(tables) other table\(tables == 1 ? "" : "s") and no Outturn store; it was left untouched",
                                    hint: "give a new database, or a schema of its own with ?options=-csearch_path%3Doutturn")
                }
            }
            // Two processes opening a new database at once: the lock makes one create the schema and the other
            // find it made.
            try c.transaction {
                try c.execute("SELECT pg_advisory_xact_lock(\(importLock.0), \(importLock.1))")
                try c.execute("CREATE TABLE IF NOT EXISTS outturn_migrations (identifier text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
                let now = Set(try c.execute("SELECT identifier FROM outturn_migrations").compactMap { $0[0] })
                for m in migrations where !now.contains(m.id) {
                    try c.execute(m.sql)
                    try c.execute("INSERT INTO outturn_migrations(identifier) VALUES ($1)", [m.id])
                }
            }
        } catch let f as PostgresConnection.Failure {
            if f.isPermissionDenied {
                throw DataError("the database user \"\(c.user)\" may not create the store's tables in \(location): \(f.message)",
                                hint: "ask the database's owner to create the store once (outturn import as that user), or give a database you own")
            }
            throw DataError("cannot open the store \(location): \(f.message)", hint: f.isConnectionLost ? "is the server running?" : nil)
        }
    }

    // MARK: Reading

    /// Runs `body` in one REPEATABLE READ, READ ONLY transaction: every query sees the same snapshot.
    private func snapshot<R: Sendable>(_ body: (PostgresConnection) throws -> R) throws -> R {
        var user = ""
        do {
            return try withConnection { c in
                user = c.user
                return try c.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(c) }
            }
        } catch {
            throw failure(error, doing: "while reading", user: user)
        }
    }

    private func storedDepartments(_ c: PostgresConnection) throws -> [(Int64, Department)] {
        try c.execute("SELECT rowid, id, name, attributes FROM departments ORDER BY rowid").map { r in
            (Int64(r[0]!)!, StoredPanelAssembly.department(id: r[1]!, name: r[2]!, attributes: r[3]!))
        }
    }

    private func storedIndicators(_ c: PostgresConnection) throws -> [(Int64, Indicator)] {
        try c.execute("SELECT rowid, id, name, unit, kind FROM indicators ORDER BY rowid").map { r in
            (Int64(r[0]!)!, StoredPanelAssembly.indicator(id: r[1]!, name: r[2]!, unit: r[3]!, kind: r[4]!))
        }
    }

    /// The current figures, or as known in vintage `asOf`, read through COPY in one snapshot.
    public func panel(departments: [String]? = nil, indicators: [String]? = nil, years: Range<Int>? = nil, asOf: Int? = nil) throws -> IndicatorPanel {
        try assembly(departments: departments, indicators: indicators, years: years, asOf: asOf, monthly: false).panel()
    }

    /// The monthly figures, current or as known in vintage `asOf`, read through COPY in one snapshot.
    public func monthlyPanel(units: [String]? = nil, indicators: [String]? = nil, years: Range<Int>? = nil, asOf: Int? = nil) throws -> MonthlyPanel {
        try assembly(departments: units, indicators: indicators, years: years, asOf: asOf, monthly: true).monthlyPanel()
    }

    /// The stored rows of annual (month 0) or monthly figures, assembled in one snapshot.
    private func assembly(departments: [String]?, indicators: [String]?, years: Range<Int>?, asOf: Int?, monthly: Bool) throws -> StoredPanelAssembly {
        try snapshot { c in
            var assembly = try StoredPanelAssembly(departments: try storedDepartments(c), indicators: try storedIndicators(c),
                                                   departmentIDs: departments, indicatorIDs: indicators, years: years)
            // Filters the server can apply (integer keys, so inlining them is safe); the assembly filters again.
            var conditions: [String] = [asOf.map { "vintage <= \($0)" } ?? "current", monthly ? "month > 0" : "month = 0"]
            if let keys = assembly.wantedIndicators, keys.count <= 1000 { conditions.append("indicator_id IN (\(keys.isEmpty ? "NULL" : keys.map(String.init).joined(separator: ",")))") }
            if let keys = assembly.wantedDepartments, keys.count <= 1000 { conditions.append("department_id IN (\(keys.isEmpty ? "NULL" : keys.map(String.init).joined(separator: ",")))") }
            if let years { conditions.append("year >= \(years.lowerBound) AND year < \(years.upperBound)") }
            let sql = asOf == nil
                ? "COPY (SELECT department_id, indicator_id, year, month, value FROM observations WHERE \(conditions.joined(separator: " AND "))) TO STDOUT"
                : """
                  COPY (SELECT DISTINCT ON (indicator_id, department_id, year, month) department_id, indicator_id, year, month, value FROM observations
                        WHERE \(conditions.joined(separator: " AND ")) ORDER BY indicator_id, department_id, year, month, vintage DESC, import_id DESC) TO STDOUT
                  """
            try c.copyOut(sql) { line in
                var fields = CopyFields(line)
                assembly.add(department: fields.integer(), indicator: fields.integer(), year: Int(fields.integer()), month: Int(fields.integer()), value: fields.double())
            }
            return assembly
        }
    }

    public func history(department: String, indicator: String, year: Int, month: Int) throws -> [StoredObservation] {
        try snapshot { c in
            try c.execute("""
                SELECT department, indicator, year, month, value, unit, source, vintage, current, import_id, imported_at
                FROM observation_records WHERE department = $1 AND indicator = $2 AND year = $3 AND month = $4 ORDER BY vintage, import_id
                """, [department, indicator, String(year), String(month)]).map { r in
                StoredObservation(department: r[0]!, indicator: r[1]!, year: Int(r[2]!)!, month: Int(r[3]!)!, value: r[4].flatMap(Double.init), unit: r[5]!,
                                  source: r[6]!, vintage: Int(r[7]!)!, current: r[8] == "t", importID: Int64(r[9]!)!, importedAt: r[10]!)
            }
        }
    }

    public func ids() throws -> (departments: [String], indicators: [String]) {
        try snapshot { c in
            (try c.execute("SELECT id FROM departments ORDER BY rowid").map { $0[0]! },
             try c.execute("SELECT id FROM indicators ORDER BY rowid").map { $0[0]! })
        }
    }

    public func imports() throws -> [StoredImport] {
        try snapshot { c in try Self.imports(c) }
    }

    private static func imports(_ c: PostgresConnection) throws -> [StoredImport] {
        try c.execute("SELECT id, source, content_hash, vintage, imported_at, added, changed, unchanged FROM imports ORDER BY id").map { r in
            StoredImport(id: Int64(r[0]!)!, source: r[1]!, contentHash: r[2], vintage: r[3].flatMap { Int($0) }, importedAt: r[4]!,
                         added: Int(r[5]!)!, changed: Int(r[6]!)!, unchanged: Int(r[7]!)!)
        }
    }

    public func observationCount() throws -> Int {
        try snapshot { c in Int(try c.scalar("SELECT count(*) FROM observations") ?? "0") ?? 0 }
    }

    public func vintages() throws -> [Int] {
        try snapshot { c in try c.execute("SELECT DISTINCT vintage FROM observations ORDER BY vintage").map { Int($0[0]!)! } }
    }

    public func contents() throws -> StoreContents {
        try snapshot { c in
            var contents = StoreContents()
            var departmentPosition: [Int64: Int] = [:], indicatorPosition: [Int64: Int] = [:]
            for r in try c.execute("SELECT rowid, id, name, attributes FROM departments ORDER BY rowid") {
                departmentPosition[Int64(r[0]!)!] = contents.departments.count
                contents.departments.append(.init(id: r[1]!, name: r[2]!, attributes: r[3]!))
            }
            for r in try c.execute("SELECT rowid, id, name, unit, kind FROM indicators ORDER BY rowid") {
                indicatorPosition[Int64(r[0]!)!] = contents.indicators.count
                contents.indicators.append(.init(id: r[1]!, name: r[2]!, unit: r[3]!, kind: r[4]!))
            }
            contents.imports = try Self.imports(c)
            try c.copyOut("""
                COPY (SELECT department_id, indicator_id, year, value, unit, source, vintage, import_id, imported_at, current, month
                      FROM observations ORDER BY import_id, indicator_id, department_id, year, month) TO STDOUT
                """) { line in
                var f = CopyFields(line)
                let d = f.integer(), i = f.integer(), y = f.integer(), v = f.double(), unit = f.text(), source = f.text()
                let vintage = f.integer(), importID = f.integer(), at = f.text(), current = f.text() == "t", month = f.integer()
                contents.observations.append(.init(department: departmentPosition[d]!, indicator: indicatorPosition[i]!, year: Int(y), month: Int(month), value: v,
                                                   unit: unit, source: source, vintage: Int(vintage), importID: importID, importedAt: at, current: current))
            }
            return contents
        }
    }

    // MARK: Writing

    /// Runs `body` in one READ COMMITTED transaction holding the import lock (so it sees every import committed
    /// before it), after checking that the user may write.
    private func importTransaction<R: Sendable>(source: String, doing: String, _ body: (PostgresConnection) throws -> R) throws -> R {
        var user = ""
        do {
            return try withConnection { c in
                user = c.user
                if try c.scalar("SELECT has_table_privilege('observations', 'INSERT') AND has_table_privilege('observations', 'UPDATE')") != "t" {
                    throw DataError("the database user \"\(c.user)\" may only read the store \(location)",
                                    hint: "import as a user granted INSERT and UPDATE on the store's tables; nothing was imported")
                }
                return try c.transaction("BEGIN ISOLATION LEVEL READ COMMITTED") {
                    try c.execute("SET LOCAL application_name = " + Self.literal("outturn import " + source))
                    try c.execute("SET LOCAL lock_timeout = '\(lockWait)s'")
                    do {
                        try c.execute("SELECT pg_advisory_xact_lock(\(Self.importLock.0), \(Self.importLock.1))")
                    } catch let f as PostgresConnection.Failure where f.isLockTimeout {
                        // The failed statement aborted the transaction: end it to ask who holds the lock.
                        _ = try? c.execute("ROLLBACK")
                        throw DataError("another import has held the store \(location) for more than \(lockWait) s: \(try holder(c))",
                                        hint: "nothing was imported; import again when it has finished")
                    }
                    try c.execute("SET LOCAL lock_timeout = 0")
                    return try body(c)
                }
            }
        } catch {
            throw failure(error, doing: doing, user: user)
        }
    }

    /// Who holds the import lock: the other session's application name (it names the file), user, address and
    /// since when. Advisory locks belong to a database: the same key held in another database of the server (the
    /// store of another team) is not this store's holder.
    private func holder(_ c: PostgresConnection) throws -> String {
        let r = try c.execute("""
            SELECT a.application_name, a.usename, coalesce(host(a.client_addr), 'local'), to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = \(UInt32(bitPattern: Self.importLock.0)) AND l.objid = \(UInt32(bitPattern: Self.importLock.1))
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).first
        guard let r else { return "it has just finished" }
        return "\(r[0] ?? "?") (user \(r[1] ?? "?") from \(r[2] ?? "?"), since \(r[3] ?? "?") UTC)"
    }

    /// The COPY that writes observation versions; ``observationRow(_:department:indicator:year:month:value:unit:source:vintage:importID:importedAt:current:)``
    /// writes its rows.
    static let copyObservations = "COPY observations(department_id, indicator_id, year, month, value, unit, source, vintage, import_id, imported_at, current) FROM STDIN"

    /// One observation version as a row of ``copyObservations``.
    static func observationRow(_ rows: inout CopyRows, department: Int64, indicator: Int64, year: Int, month: Int, value: Double?, unit: String, source: String,
                               vintage: Int, importID: Int64, importedAt: String, current: Bool) throws {
        rows.field(department); rows.field(indicator); rows.field(year); rows.field(month); rows.field(value)
        rows.text(unit); rows.text(source); rows.field(vintage); rows.field(importID); rows.text(importedAt); rows.field(current)
        try rows.endRow()
    }

    /// The integer keys of the stored rows of `table` (departments or indicators) with these ids, in order.
    private static func keys(_ c: PostgresConnection, table: String, ids: [String]) throws -> [Int64] {
        var byID: [String: Int64] = [:]
        for r in try c.execute("SELECT id, rowid FROM \(table) WHERE id = ANY($1::text[])", [arrayParameter(ids)]) { byID[r[0]!] = Int64(r[1]!)! }
        return ids.map { byID[$0]! }
    }

    /// A SQL string literal.
    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// A text[] parameter in PostgreSQL's array syntax.
    static func arrayParameter(_ items: [String]) -> String {
        "{" + items.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joined(separator: ",") + "}"
    }

    public func importPanel(_ panel: IndicatorPanel, source: String, vintage: Int, policy: ImportConflictPolicy = .reject, contentHash: String? = nil) throws -> ImportSummary {
        try importFigures(panel, source: source, vintage: vintage, policy: policy, contentHash: contentHash)
    }

    public func importMonthly(_ panel: MonthlyPanel, source: String, vintage: Int, policy: ImportConflictPolicy = .reject, contentHash: String? = nil) throws -> ImportSummary {
        try importFigures(panel, source: source, vintage: vintage, policy: policy, contentHash: contentHash)
    }

    private func importFigures(_ panel: some ImportableFigures, source: String, vintage: Int, policy: ImportConflictPolicy, contentHash: String?) throws -> ImportSummary {
        let now = ISO8601DateFormatter().string(from: Date())
        let attributes = try panel.departments.map(ImportPlan.attributesText)
        return try importTransaction(source: source, doing: "during the import of \(source)") { c in
            // Departments and indicators: add new ones, refresh names; units must agree. One statement each.
            try c.execute("""
                INSERT INTO departments(id, name, attributes) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
                ON CONFLICT(id) DO UPDATE SET name = CASE WHEN excluded.name != excluded.id THEN excluded.name ELSE departments.name END,
                                              attributes = CASE WHEN excluded.attributes != '{}' THEN excluded.attributes ELSE departments.attributes END
                """, [Self.arrayParameter(panel.departments.map(\.id)), Self.arrayParameter(panel.departments.map(\.name)), Self.arrayParameter(attributes)])
            let departmentKeys = try Self.keys(c, table: "departments", ids: panel.departments.map(\.id))
            var storedUnit: [String: String] = [:]
            for r in try c.execute("SELECT id, unit FROM indicators WHERE id = ANY($1::text[])", [Self.arrayParameter(panel.indicators.map(\.id))]) {
                storedUnit[r[0]!] = r[1]!
            }
            for ind in panel.indicators {
                if let unit = storedUnit[ind.id], unit != ind.unit, !unit.isEmpty, !ind.unit.isEmpty {
                    throw DataError("indicator \"\(ind.id)\" is stored in \(unit), the data gives \(ind.unit)", hint: "convert to one unit before importing")
                }
            }
            try c.execute("""
                INSERT INTO indicators(id, name, unit, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
                ON CONFLICT(id) DO UPDATE SET name = CASE WHEN excluded.name != excluded.id THEN excluded.name ELSE indicators.name END,
                                              unit = CASE WHEN indicators.unit = '' THEN excluded.unit ELSE indicators.unit END
                """, [Self.arrayParameter(panel.indicators.map(\.id)), Self.arrayParameter(panel.indicators.map(\.name)),
                      Self.arrayParameter(panel.indicators.map(\.unit)), Self.arrayParameter(panel.indicators.map(\.kind.rawValue))])
            let indicatorKeys = try Self.keys(c, table: "indicators", ids: panel.indicators.map(\.id))
            let indicatorPosition = Dictionary(uniqueKeysWithValues: indicatorKeys.enumerated().map { ($1, $0) })

            // The values in force for the indicators involved.
            var current: [ImportPlan.CellKey: ImportPlan.Current] = [:]
            if !indicatorKeys.isEmpty {
                try c.copyOut("COPY (SELECT department_id, indicator_id, year, month, value FROM observations WHERE current AND indicator_id IN (\(indicatorKeys.map(String.init).joined(separator: ",")))) TO STDOUT") { line in
                    var f = CopyFields(line)
                    let d = f.integer(), i = f.integer(), y = f.integer(), m = f.integer(), v = f.double()
                    current[ImportPlan.CellKey(department: d, indicator: indicatorPosition[i]!, year: y, month: m)] = (v, 0)
                }
            }
            let plan = try ImportPlan(panel, departmentKeys: departmentKeys, current: current, policy: policy)
            if plan.isEmpty { return ImportSummary(importID: nil, added: 0, changed: 0, unchanged: plan.unchanged) }
            let importID = Int64(try c.scalar("""
                INSERT INTO imports(source, content_hash, vintage, imported_at, added, changed, unchanged) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
                """, [source, contentHash, String(vintage), now, String(plan.added), String(plan.changed), String(plan.unchanged)])!)!
            if !plan.retire.isEmpty {
                try c.execute("CREATE TEMPORARY TABLE outturn_retire (department_id bigint, indicator_id bigint, year integer, month smallint) ON COMMIT DROP")
                try c.copyIn("COPY outturn_retire FROM STDIN") { rows in
                    for r in plan.retire {
                        rows.field(r.cell.department); rows.field(indicatorKeys[r.cell.indicator]); rows.field(r.cell.year); rows.field(r.cell.month)
                        try rows.endRow()
                    }
                }
                try c.execute("""
                    UPDATE observations o SET current = false FROM outturn_retire r
                    WHERE o.current AND o.indicator_id = r.indicator_id AND o.department_id = r.department_id AND o.year = r.year AND o.month = r.month
                    """)
            }
            try c.copyIn(Self.copyObservations) { rows in
                for x in plan.inserts {
                    let p = ImportPlan.provenance(of: x, in: panel, source: source, vintage: vintage)
                    try Self.observationRow(&rows, department: departmentKeys[Int(x.department)], indicator: indicatorKeys[Int(x.indicator)],
                                            year: Int(x.year), month: Int(x.month), value: x.value, unit: panel.indicators[Int(x.indicator)].unit,
                                            source: p.source, vintage: p.vintage, importID: importID, importedAt: now, current: x.current)
                }
            }
            return ImportSummary(importID: importID, added: plan.added, changed: plan.changed, unchanged: plan.unchanged)
        }
    }

    /// Writes `contents` into this store, which must hold no import, in one transaction; import numbers are kept.
    public func restore(_ contents: StoreContents) throws {
        try importTransaction(source: "copy", doing: "while copying into it") { c in
            let held = Int(try c.scalar("SELECT count(*) FROM imports") ?? "0") ?? 0
            guard held == 0 else {
                throw DataError("the store \(location) already holds \(held) import\(held == 1 ? "" : "s")", hint: "copy into a new store")
            }
            try c.execute("INSERT INTO departments(id, name, attributes) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])",
                          [Self.arrayParameter(contents.departments.map(\.id)), Self.arrayParameter(contents.departments.map(\.name)),
                           Self.arrayParameter(contents.departments.map(\.attributes))])
            try c.execute("INSERT INTO indicators(id, name, unit, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])",
                          [Self.arrayParameter(contents.indicators.map(\.id)), Self.arrayParameter(contents.indicators.map(\.name)),
                           Self.arrayParameter(contents.indicators.map(\.unit)), Self.arrayParameter(contents.indicators.map(\.kind))])
            let departmentKeys = try Self.keys(c, table: "departments", ids: contents.departments.map(\.id))
            let indicatorKeys = try Self.keys(c, table: "indicators", ids: contents.indicators.map(\.id))
            for m in contents.imports {
                try c.execute("INSERT INTO imports(id, source, content_hash, vintage, imported_at, added, changed, unchanged) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                              [String(m.id), m.source, m.contentHash, m.vintage.map(String.init), m.importedAt, String(m.added), String(m.changed), String(m.unchanged)])
            }
            try c.execute("SELECT setval(pg_get_serial_sequence('imports', 'id'), greatest((SELECT max(id) FROM imports), 1), (SELECT count(*) > 0 FROM imports))")
            try c.copyIn(Self.copyObservations) { rows in
                for o in contents.observations {
                    try Self.observationRow(&rows, department: departmentKeys[o.department], indicator: indicatorKeys[o.indicator], year: o.year,
                                            month: o.month, value: o.value, unit: o.unit, source: o.source, vintage: o.vintage, importID: o.importID,
                                            importedAt: o.importedAt, current: o.current)
                }
            }
        }
    }
}

/// The fields of one COPY text-format line, read left to right.
struct CopyFields {
    private let line: UnsafeRawBufferPointer
    private var at = 0

    init(_ line: UnsafeRawBufferPointer) { self.line = line }

    private mutating func field() -> UnsafeRawBufferPointer {
        let start = at
        while at < line.count && line[at] != 0x09 { at += 1 }
        let f = UnsafeRawBufferPointer(rebasing: line[start..<at])
        at += 1
        return f
    }

    /// An integer field (0 for NULL).
    mutating func integer() -> Int64 {
        let f = field()
        var v: Int64 = 0, negative = false
        for (k, b) in f.enumerated() {
            if k == 0 && b == 0x2D { negative = true; continue }
            v = v &* 10 &+ Int64(b &- 0x30)
        }
        return negative ? -v : v
    }

    /// A double precision field, nil for NULL (`\N`).
    mutating func double() -> Double? {
        let f = field()
        if f.count == 2 && f[0] == 0x5C && f[1] == 0x4E { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: f.count + 1) { buffer in
            for k in 0..<f.count { buffer[k] = CChar(bitPattern: f[k]) }
            buffer[f.count] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    /// A text field with COPY's escapes undone (`\N`, NULL, as the empty string).
    mutating func text() -> String {
        let f = field()
        if f.count == 2 && f[0] == 0x5C && f[1] == 0x4E { return "" }
        guard f.contains(0x5C) else { return String(decoding: f, as: UTF8.self) }
        var out: [UInt8] = [], k = 0
        while k < f.count {
            if f[k] == 0x5C && k + 1 < f.count {
                switch f[k + 1] {
                case 0x74: out.append(0x09)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x76: out.append(0x0B)
                default: out.append(f[k + 1])
                }
                k += 2
            } else {
                out.append(f[k]); k += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
