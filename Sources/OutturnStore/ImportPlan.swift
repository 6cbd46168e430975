import Foundation
import Outturn

/// What an import brings, whatever the file's shape: its departments (or projects) and indicators, and a walk
/// over its figures. Annual figures carry month 0; monthly ones (cumulative to the end of the month) 1...12. The
/// store keeps both in one table with the month in the key, so one import path, one conflict rule and one copy
/// serve both.
protocol ImportableFigures {
    var departments: [Department] { get }
    var indicators: [Indicator] { get }
    /// Calls `body` with each figure present: positions in the lists above, year, month (0 = annual), value.
    func forEachFigure(_ body: (_ department: Int, _ indicator: Int, _ year: Int, _ month: Int, _ value: Double) throws -> Void) rethrows
    /// A figure's own source and vintage, when the data says where it came from.
    func figureProvenance(department: Int, indicator: Int, year: Int, month: Int) -> (source: String, vintage: Int?)?
}

extension IndicatorPanel: ImportableFigures {
    func forEachFigure(_ body: (Int, Int, Int, Int, Double) throws -> Void) rethrows {
        for i in indicators.indices {
            for d in departments.indices {
                for (t, v) in series(departmentAt: d, indicatorAt: i).enumerated() where !v.isNaN {
                    try body(d, i, years.lowerBound + t, 0, v)
                }
            }
        }
    }

    func figureProvenance(department d: Int, indicator i: Int, year: Int, month: Int) -> (source: String, vintage: Int?)? {
        guard !provenance.isEmpty,
              let p = provenance[ObservationKey(department: departments[d].id, indicator: indicators[i].id, year: year)] else { return nil }
        return (p.source, p.vintage)
    }
}

extension MonthlyPanel: ImportableFigures {
    var departments: [Department] { units }

    func figureProvenance(department: Int, indicator: Int, year: Int, month: Int) -> (source: String, vintage: Int?)? { nil }
}

/// What one import writes, decided from the figures and the values in force: the same rules for every kind of
/// store and for annual and monthly figures. A figure not in the store is added; one with the same value is
/// left alone; one with a different value is a change, which `policy` rejects (the whole import, naming up to
/// five keys), records as the new current vintage (`replace`, retiring the old version) or records beside the
/// current one (`keep`).
struct ImportPlan {
    /// A stored cell: the department's key in the store, the indicator's position in the import, the year and
    /// the month (0 = the annual figure). A struct rather than bits packed into one integer, which would collide
    /// silently once a field overflowed.
    struct CellKey: Hashable {
        let department: Int64
        let indicator: Int
        let year: Int64
        let month: Int64
    }

    /// A value in force: its value (nil = explicitly missing) and the store's handle for its row.
    typealias Current = (value: Double?, row: Int64)

    /// A version to insert: positions in the import (department, indicator), year, month, value, whether
    /// current. Compact (24 bytes): an import of ten million figures holds them all.
    struct Insert {
        let department: Int32, indicator: Int32, year: Int32
        let month: UInt8
        let current: Bool
        let value: Double
    }

    var added = 0, changed = 0, unchanged = 0
    var inserts: [Insert] = []
    /// The versions no longer current (`replace`): their cells and row handles.
    var retire: [(cell: CellKey, row: Int64)] = []

    /// Nothing to record: the store already holds every figure with its value.
    var isEmpty: Bool { added == 0 && changed == 0 }

    /// - Throws: `DataError` naming the differing figures when `policy` is `reject` and any differ.
    init(_ data: some ImportableFigures, departmentKeys: [Int64], current: [CellKey: Current], policy: ImportConflictPolicy) throws {
        var conflicts: [String] = []
        var inserts: [Insert] = [], retire: [(cell: CellKey, row: Int64)] = []
        var added = 0, changed = 0, unchanged = 0
        data.forEachFigure { d, i, year, month, v in
            let cell = CellKey(department: departmentKeys[d], indicator: i, year: Int64(year), month: Int64(month))
            let insert = { (current: Bool) in Insert(department: Int32(d), indicator: Int32(i), year: Int32(year), month: UInt8(month), current: current, value: v) }
            guard let old = current[cell] else { inserts.append(insert(true)); added += 1; return }
            if old.value == v { unchanged += 1; return }
            changed += 1
            switch policy {
            case .reject:
                if conflicts.count < 5 {
                    let period = month == 0 ? "\(year)" : "\(year)-\(month < 10 ? "0" : "")\(month)"
                    conflicts.append("\(data.departments[d].id) \(data.indicators[i].id) \(period): stored \(old.value.map(DecimalText.shortest) ?? "missing"), new \(DecimalText.shortest(v))")
                }
            case .replace:
                inserts.append(insert(true)); retire.append((cell, old.row))
            case .keep:
                inserts.append(insert(false))
            }
        }
        if policy == .reject && changed > 0 {
            throw DataError("\(changed) figure\(changed == 1 ? " differs" : "s differ") from the store: " + conflicts.joined(separator: "; ") + (changed > 5 ? "; ..." : ""),
                            hint: "nothing was imported; use --on-conflict replace or keep to record them as a new vintage")
        }
        (self.inserts, self.retire, self.added, self.changed, self.unchanged) = (inserts, retire, added, changed, unchanged)
    }

    /// The source and vintage stored with an inserted value: its own provenance when the data has one, else
    /// the import's.
    static func provenance(of insert: Insert, in data: some ImportableFigures, source: String, vintage: Int) -> (source: String, vintage: Int) {
        guard let p = data.figureProvenance(department: Int(insert.department), indicator: Int(insert.indicator), year: Int(insert.year), month: Int(insert.month))
        else { return (source, vintage) }
        return (p.source, p.vintage ?? vintage)
    }

    /// A department's attributes as stored (a JSON object).
    static func attributesText(_ department: Department) throws -> String {
        String(data: try JSONEncoder().encode(department.attributes), encoding: .utf8) ?? "{}"
    }
}

/// A panel assembled from stored rows: the departments and indicators in the store's order, restricted to the
/// filters, and each figure's value (a later row for the same figure, in vintage order, replaces the earlier).
/// Rows of annual figures (month 0) make an ``IndicatorPanel``, rows of monthly ones a ``MonthlyPanel``.
struct StoredPanelAssembly {
    private let departments: [Int64: Department], departmentOrder: [Int64]
    private let indicators: [Int64: Indicator], indicatorOrder: [Int64]
    /// The store keys the filters allow (nil = all).
    let wantedDepartments: Set<Int64>?, wantedIndicators: Set<Int64>?
    private let years: Range<Int>?
    /// (department key, indicator key, year, month, value): 40 bytes a row, as before months were stored.
    private var values: [(Int64, Int64, Int32, Int8, Double?)] = []
    private var seenDepartments = Set<Int64>(), seenIndicators = Set<Int64>()
    private var lo = Int.max, hi = Int.min

    /// - Parameters: the stored departments and indicators in store order (key, value); the filters as ids.
    /// - Throws: `DataError` for an id the store does not hold, with close ids suggested.
    init(departments: [(Int64, Department)], indicators: [(Int64, Indicator)], departmentIDs: [String]?, indicatorIDs: [String]?, years: Range<Int>?) throws {
        self.departments = Dictionary(uniqueKeysWithValues: departments)
        self.departmentOrder = departments.map(\.0)
        self.indicators = Dictionary(uniqueKeysWithValues: indicators)
        self.indicatorOrder = indicators.map(\.0)
        self.years = years
        func keys(for ids: [String]?, _ all: [(Int64, String)], what: String) throws -> Set<Int64>? {
            guard let ids else { return nil }
            let byID = Dictionary(all.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            return Set(try ids.map { id in
                guard let r = byID[id] else { throw DataError.unknown(what, id, among: all.map(\.1), place: "in the store") }
                return r
            })
        }
        wantedDepartments = try keys(for: departmentIDs, departments.map { ($0.0, $0.1.id) }, what: "department")
        wantedIndicators = try keys(for: indicatorIDs, indicators.map { ($0.0, $0.1.id) }, what: "indicator")
    }

    /// A stored indicator as a panel indicator: the catalogue's bounds for a standard id.
    static func indicator(id: String, name: String, unit: String, kind: String) -> Indicator {
        let standard = IndicatorCatalogue.standard(id: id)
        return Indicator(id: id, name: name, unit: unit, kind: IndicatorKind(rawValue: kind),
                         lowerBound: standard?.lowerBound, upperBound: standard?.upperBound)
    }

    /// A stored department: attributes decoded from their JSON text (none when unreadable).
    static func department(id: String, name: String, attributes: String) -> Department {
        let decoded = (try? JSONDecoder().decode([String: String].self, from: Data(attributes.utf8))) ?? [:]
        return Department(id: id, name: name, attributes: decoded)
    }

    /// One stored row (month 0 = the annual figure); rows of one figure must arrive together, oldest vintage
    /// first.
    mutating func add(department d: Int64, indicator i: Int64, year y: Int, month m: Int = 0, value v: Double?) {
        if let wantedDepartments, !wantedDepartments.contains(d) { return }
        if let wantedIndicators, !wantedIndicators.contains(i) { return }
        if let years, !years.contains(y) { return }
        let (year, month) = (Int32(y), Int8(m))
        if let last = values.last, last.0 == d && last.1 == i && last.2 == year && last.3 == month {
            values[values.count - 1] = (d, i, year, month, v)   // a later vintage of the same figure
        } else {
            values.append((d, i, year, month, v))
        }
        lo = min(lo, y); hi = max(hi, y)
        seenDepartments.insert(d); seenIndicators.insert(i)
    }

    /// The departments and indicators asked for (or, without a filter, those with figures), the years spanned
    /// and the positions of the store's keys.
    private func layout() -> (departments: [Int64], indicators: [Int64], span: Range<Int>, dPos: [Int64: Int], iPos: [Int64: Int]) {
        let usedDepartments = departmentOrder.filter { wantedDepartments?.contains($0) ?? seenDepartments.contains($0) }
        let usedIndicators = indicatorOrder.filter { wantedIndicators?.contains($0) ?? seenIndicators.contains($0) }
        let span = values.isEmpty ? (years ?? 0..<0) : lo..<(hi + 1)
        return (usedDepartments, usedIndicators, span, Dictionary(uniqueKeysWithValues: usedDepartments.enumerated().map { ($1, $0) }),
                Dictionary(uniqueKeysWithValues: usedIndicators.enumerated().map { ($1, $0) }))
    }

    /// The annual panel (rows of month 0).
    func panel() -> IndicatorPanel {
        let (usedDepartments, usedIndicators, span, dPos, iPos) = layout()
        let t = span.count
        var blocks = usedIndicators.map { _ in [Double](repeating: .nan, count: usedDepartments.count * t) }
        for (d, i, y, m, v) in values where m == 0 {
            guard let dp = dPos[d], let ip = iPos[i] else { continue }
            blocks[ip][dp * t + (Int(y) - span.lowerBound)] = v ?? .nan
        }
        return IndicatorPanel(departments: usedDepartments.map { departments[$0]! }, indicators: usedIndicators.map { indicators[$0]! },
                              years: span, blocks: blocks)
    }

    /// The monthly panel (rows of months 1...12; the units are the stored departments and projects).
    func monthlyPanel() -> MonthlyPanel {
        let (usedDepartments, usedIndicators, span, dPos, iPos) = layout()
        var panel = MonthlyPanel(units: usedDepartments.map { departments[$0]! }, indicators: usedIndicators.map { indicators[$0]! }, years: span)
        for (d, i, y, m, v) in values where (1...12).contains(m) {
            guard let dp = dPos[d], let ip = iPos[i] else { continue }
            panel.setValue(v ?? .nan, unitAt: dp, indicatorAt: ip, year: Int(y), month: Int(m))
        }
        return panel
    }
}
