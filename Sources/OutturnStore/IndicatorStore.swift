import Foundation
import Outturn

/// A store of indicator panels with every vintage kept: the embedded SQLite file (``PanelStore``) for one
/// analyst, or a PostgreSQL database (``PostgresStore``) shared by a team. Both have the same logical schema
/// (departments and indicators under integer keys, imports with their source, vintage and content hash,
/// observation versions with the current one marked) and the same guarantees: one transaction per import, a
/// reader never sees half an import, a database that is not an Outturn store is never written to.
public protocol IndicatorStore: Sendable {
    /// Where the store is, for messages: a file path, or a URL without its password.
    var location: String { get }
    /// Set when opening migrated an older store and kept a copy of it (SQLite only).
    var backupPath: String? { get }

    /// Imports every value of a panel as one transaction: all or nothing (see ``ImportPlan`` for what is
    /// added, changed and kept, and ``ImportConflictPolicy``). The same data again records nothing.
    func importPanel(_ panel: IndicatorPanel, source: String, vintage: Int, policy: ImportConflictPolicy, contentHash: String?) throws -> ImportSummary
    /// Imports monthly figures (cumulative to the end of each month) as one transaction, under the same rules
    /// as ``importPanel(_:source:vintage:policy:contentHash:)``: a month is part of a figure's key, so a month's
    /// figure never replaces the annual one. The units (departments or projects) join the stored departments.
    func importMonthly(_ panel: MonthlyPanel, source: String, vintage: Int, policy: ImportConflictPolicy, contentHash: String?) throws -> ImportSummary
    /// The current figures, or with `asOf` the figures as known in that vintage; each filter nil = everything.
    func panel(departments: [String]?, indicators: [String]?, years: Range<Int>?, asOf: Int?) throws -> IndicatorPanel
    /// The monthly figures, current or as known in vintage `asOf`; each filter nil = everything (the units and
    /// indicators with monthly figures).
    func monthlyPanel(units: [String]?, indicators: [String]?, years: Range<Int>?, asOf: Int?) throws -> MonthlyPanel
    /// Every stored version of one figure (month 0: the annual one; 1...12: cumulative to that month), oldest
    /// vintage first.
    func history(department: String, indicator: String, year: Int, month: Int) throws -> [StoredObservation]
    /// Ids of the stored departments and indicators, in the order they were first imported.
    func ids() throws -> (departments: [String], indicators: [String])
    /// The imports, oldest first.
    func imports() throws -> [StoredImport]
    /// Number of stored observation versions (every vintage), annual and monthly.
    func observationCount() throws -> Int
    /// The vintages present, ascending.
    func vintages() throws -> [Int]
    /// Everything the store holds, every vintage, for copying it to another store.
    func contents() throws -> StoreContents
    /// Writes `contents` into this store, which must hold no import yet, in one transaction.
    func restore(_ contents: StoreContents) throws
}

extension IndicatorStore {
    public func importPanel(_ panel: IndicatorPanel, source: String, vintage: Int, policy: ImportConflictPolicy = .reject) throws -> ImportSummary {
        try importPanel(panel, source: source, vintage: vintage, policy: policy, contentHash: nil)
    }

    public func panel(departments: [String]? = nil, indicators: [String]? = nil, years: Range<Int>? = nil) throws -> IndicatorPanel {
        try panel(departments: departments, indicators: indicators, years: years, asOf: nil)
    }

    /// Every stored version of one annual figure, oldest vintage first.
    public func history(department: String, indicator: String, year: Int) throws -> [StoredObservation] {
        try history(department: department, indicator: indicator, year: year, month: 0)
    }

    public func panel(asOf: Int?) throws -> IndicatorPanel {
        try panel(departments: nil, indicators: nil, years: nil, asOf: asOf)
    }

    public func importMonthly(_ panel: MonthlyPanel, source: String, vintage: Int, policy: ImportConflictPolicy = .reject) throws -> ImportSummary {
        try importMonthly(panel, source: source, vintage: vintage, policy: policy, contentHash: nil)
    }

    public func monthlyPanel(asOf: Int? = nil) throws -> MonthlyPanel {
        try monthlyPanel(units: nil, indicators: nil, years: nil, asOf: asOf)
    }

    /// Every monthly figure, current or as known in vintage `asOf`; nil when the store holds none.
    public func monthlyFigures(asOf: Int? = nil) throws -> MonthlyPanel? {
        let panel = try monthlyPanel(asOf: asOf)
        return panel.units.isEmpty ? nil : panel
    }
}

/// Opening a store by its location: a `postgresql://` (or `postgres://`) URL names a PostgreSQL database,
/// anything else a SQLite file.
public enum Stores {
    /// Whether `location` is a PostgreSQL URL rather than a file path.
    public static func isDatabaseURL(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// `location` as messages show it: a URL without its password.
    public static func displayName(_ location: String) -> String {
        isDatabaseURL(location) ? PostgresStore.redacted(location) : location
    }

    /// Opens the store at `location` (see ``PanelStore/Access``; a PostgreSQL store opened with `.read` must
    /// already hold the schema).
    public static func open(_ location: String, access: PanelStore.Access = .readWrite) throws -> any IndicatorStore {
        isDatabaseURL(location) ? try PostgresStore(url: location, access: access) : try PanelStore(path: location, access: access)
    }

    /// Copies every department, indicator, import and observation version from `source` into `target`, which
    /// must hold no import yet. Returns the number of observation versions copied.
    @discardableResult
    public static func copy(from source: any IndicatorStore, to target: any IndicatorStore) throws -> Int {
        let contents = try source.contents()
        try target.restore(contents)
        return contents.observations.count
    }
}

/// One import as the store records it.
public struct StoredImport: Sendable, Equatable {
    /// The import's number in the store.
    public let id: Int64
    /// Where the data came from (a file name).
    public let source: String
    /// A hash of the file's content, when the importer gave one.
    public let contentHash: String?
    /// The vintage the figures were imported under (a report's year); nil in stores written before vintages
    /// were recorded per import.
    public let vintage: Int?
    /// ISO 8601 time of the import.
    public let importedAt: String
    /// Figures new to the store.
    public let added: Int
    /// Figures recorded as a new vintage of a stored figure.
    public let changed: Int
    /// Figures that arrived with the value already stored.
    public let unchanged: Int

    public init(id: Int64, source: String, contentHash: String?, vintage: Int?, importedAt: String, added: Int, changed: Int, unchanged: Int) {
        (self.id, self.source, self.contentHash, self.vintage, self.importedAt) = (id, source, contentHash, vintage, importedAt)
        (self.added, self.changed, self.unchanged) = (added, changed, unchanged)
    }
}

/// Everything a store holds, as plain values: what ``Stores/copy(from:to:)`` moves between kinds of store.
public struct StoreContents: Sendable {
    /// A stored department: its id, name and attributes (JSON object text).
    public struct DepartmentRow: Sendable, Equatable { public let id: String, name: String, attributes: String }
    /// A stored indicator: id, name, unit and kind as stored.
    public struct IndicatorRow: Sendable, Equatable { public let id: String, name: String, unit: String, kind: String }
    /// One observation version; `department` and `indicator` are positions in the lists above; `month` 0 for
    /// an annual figure, 1...12 for one cumulative to the end of that month.
    public struct ObservationRow: Sendable, Equatable {
        public let department: Int, indicator: Int, year: Int, month: Int
        /// nil for an explicitly missing value.
        public let value: Double?
        public let unit: String, source: String, vintage: Int, importID: Int64, importedAt: String, current: Bool
    }

    public var departments: [DepartmentRow] = []
    public var indicators: [IndicatorRow] = []
    public var imports: [StoredImport] = []
    public var observations: [ObservationRow] = []
}

/// Schema text both kinds of store share (their SQL dialects differ elsewhere). Part of shipped migrations: never
/// edit one; a later schema adds a new constant.
enum SharedSchema {
    /// The readable view of observations with text ids, as of the migrations that added months (SQLite v3,
    /// PostgreSQL v2).
    static let observationRecordsWithMonths = """
        DROP VIEW observation_records;
        CREATE VIEW observation_records AS
            SELECT d.id AS department, i.id AS indicator, o.year, o.month, o.value, o.unit, o.source, o.vintage,
                   o.imported_at, o.current, o.import_id
            FROM observations o JOIN departments d ON d.rowid = o.department_id JOIN indicators i ON i.rowid = o.indicator_id;
        """
}
