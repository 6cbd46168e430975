import Foundation
import Outturn

/// What one import writes, decided from the panel and the values in force: the same rules for every kind of
/// store. A figure not in the store is added; one with the same value is left alone; one with a different value
/// is a change, which `policy` rejects (the whole import, naming up to five keys), records as the new current
/// vintage (`replace`, retiring the old version) or records beside the current one (`keep`).
struct ImportPlan {
    /// A stored cell: the department's key in the store, the indicator's position in the panel, the year.
    /// A struct rather than bits packed into one integer, which would collide silently once a field overflowed.
    struct CellKey: Hashable {
        let department: Int64
        let indicator: Int
        let year: Int64
    }

    /// A value in force: its value (nil = explicitly missing) and the store's handle for its row.
    typealias Current = (value: Double?, row: Int64)

    /// A version to insert: positions in the panel (department, indicator, year offset), value, whether current.
    struct Insert {
        let department: Int, indicator: Int, yearOffset: Int
        let value: Double
        let current: Bool
    }

    var added = 0, changed = 0, unchanged = 0
    var inserts: [Insert] = []
    /// The versions no longer current (`replace`): their cells and row handles.
    var retire: [(cell: CellKey, row: Int64)] = []

    /// Nothing to record: the store already holds every figure with its value.
    var isEmpty: Bool { added == 0 && changed == 0 }

    /// - Throws: `DataError` naming the differing figures when `policy` is `reject` and any differ.
    init(_ panel: IndicatorPanel, departmentKeys: [Int64], current: [CellKey: Current], policy: ImportConflictPolicy) throws {
        var conflicts: [String] = []
        for i in panel.indicators.indices {
            for d in panel.departments.indices {
                for (t, v) in panel.series(departmentAt: d, indicatorAt: i).enumerated() where !v.isNaN {
                    let year = panel.years.lowerBound + t
                    let cell = CellKey(department: departmentKeys[d], indicator: i, year: Int64(year))
                    guard let old = current[cell] else {
                        inserts.append(Insert(department: d, indicator: i, yearOffset: t, value: v, current: true)); added += 1; continue
                    }
                    if old.value == v { unchanged += 1; continue }
                    changed += 1
                    switch policy {
                    case .reject:
                        if conflicts.count < 5 {
                            conflicts.append("\(panel.departments[d].id) \(panel.indicators[i].id) \(year): stored \(old.value.map(DecimalText.shortest) ?? "missing"), new \(DecimalText.shortest(v))")
                        }
                    case .replace:
                        inserts.append(Insert(department: d, indicator: i, yearOffset: t, value: v, current: true)); retire.append((cell, old.row))
                    case .keep:
                        inserts.append(Insert(department: d, indicator: i, yearOffset: t, value: v, current: false))
                    }
                }
            }
        }
        if policy == .reject && changed > 0 {
            throw DataError("\(changed) figure\(changed == 1 ? " differs" : "s differ") from the store: " + conflicts.joined(separator: "; ") + (changed > 5 ? "; ..." : ""),
                            hint: "nothing was imported; use --on-conflict replace or keep to record them as a new vintage")
        }
    }

    /// The source and vintage stored with an inserted value: its own provenance when the panel has one, else
    /// the import's.
    static func provenance(of insert: Insert, in panel: IndicatorPanel, source: String, vintage: Int) -> (source: String, vintage: Int) {
        guard !panel.provenance.isEmpty,
              let p = panel.provenance[ObservationKey(department: panel.departments[insert.department].id,
                                                      indicator: panel.indicators[insert.indicator].id,
                                                      year: panel.years.lowerBound + insert.yearOffset)]
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
struct StoredPanelAssembly {
    private let departments: [Int64: Department], departmentOrder: [Int64]
    private let indicators: [Int64: Indicator], indicatorOrder: [Int64]
    /// The store keys the filters allow (nil = all).
    let wantedDepartments: Set<Int64>?, wantedIndicators: Set<Int64>?
    private let years: Range<Int>?
    private var values: [(Int64, Int64, Int, Double?)] = []
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

    /// One stored row; rows of one figure must arrive together, oldest vintage first.
    mutating func add(department d: Int64, indicator i: Int64, year y: Int, value v: Double?) {
        if let wantedDepartments, !wantedDepartments.contains(d) { return }
        if let wantedIndicators, !wantedIndicators.contains(i) { return }
        if let years, !years.contains(y) { return }
        if let last = values.last, last.0 == d && last.1 == i && last.2 == y {
            values[values.count - 1] = (d, i, y, v)   // a later vintage of the same figure
        } else {
            values.append((d, i, y, v))
        }
        lo = min(lo, y); hi = max(hi, y)
        seenDepartments.insert(d); seenIndicators.insert(i)
    }

    /// The panel: the departments and indicators asked for (or, without a filter, those with figures).
    func panel() -> IndicatorPanel {
        let usedDepartments = departmentOrder.filter { wantedDepartments?.contains($0) ?? seenDepartments.contains($0) }
        let usedIndicators = indicatorOrder.filter { wantedIndicators?.contains($0) ?? seenIndicators.contains($0) }
        let span = values.isEmpty ? (years ?? 0..<0) : lo..<(hi + 1)
        let dPos = Dictionary(uniqueKeysWithValues: usedDepartments.enumerated().map { ($1, $0) })
        let iPos = Dictionary(uniqueKeysWithValues: usedIndicators.enumerated().map { ($1, $0) })
        let t = span.count
        var blocks = usedIndicators.map { _ in [Double](repeating: .nan, count: usedDepartments.count * t) }
        for (d, i, y, v) in values {
            guard let dp = dPos[d], let ip = iPos[i] else { continue }
            blocks[ip][dp * t + (y - span.lowerBound)] = v ?? .nan
        }
        return IndicatorPanel(departments: usedDepartments.map { departments[$0]! }, indicators: usedIndicators.map { indicators[$0]! },
                              years: span, blocks: blocks)
    }
}
