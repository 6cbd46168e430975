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
            var allDepartments: [Int64: Department] = [:], departmentOrder: [Int64] = []
            for r in try Row.fetchAll(db, sql: "SELECT rowid, id, name, attributes FROM departments ORDER BY rowid") {
                let attributes = (try? JSONDecoder().decode([String: String].self, from: Data((r[3] as String).utf8))) ?? [:]
                allDepartments[r[0]] = Department(id: r[1], name: r[2], attributes: attributes)
                departmentOrder.append(r[0])
            }
            var allIndicators: [Int64: Indicator] = [:], indicatorOrder: [Int64] = []
            for r in try Row.fetchAll(db, sql: "SELECT rowid, id, name, unit, kind FROM indicators ORDER BY rowid") {
                let id: String = r[1]
                let standard = IndicatorCatalogue.standard(id: id)
                allIndicators[r[0]] = Indicator(id: id, name: r[2], unit: r[3], kind: IndicatorKind(rawValue: r[4]),
                                                lowerBound: standard?.lowerBound, upperBound: standard?.upperBound)
                indicatorOrder.append(r[0])
            }
            func rows(for ids: [String]?, _ all: [Int64: String], what: String) throws -> Set<Int64>? {
                guard let ids else { return nil }
                let byID = Dictionary(uniqueKeysWithValues: all.map { ($1, $0) })
                return Set(try ids.map { id in
                    guard let r = byID[id] else { throw DataError.unknown(what, id, among: Array(all.values), place: "in the store") }
                    return r
                })
            }
            let wantedDepartments = try rows(for: departments, allDepartments.mapValues(\.id), what: "department")
            let wantedIndicators = try rows(for: indicators, allIndicators.mapValues(\.id), what: "indicator")

            // (department, indicator, year) -> value, as of the vintage asked for.
            var values: [(Int64, Int64, Int, Double?)] = []
            var seenDepartments = Set<Int64>(), seenIndicators = Set<Int64>()
            var lo = Int.max, hi = Int.min
            let sql = asOf == nil
                ? "SELECT department_id, indicator_id, year, value FROM observations WHERE current = 1"
                : "SELECT department_id, indicator_id, year, value FROM observations WHERE vintage <= ? ORDER BY indicator_id, department_id, year, vintage, import_id"
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: asOf.map { [$0] } ?? [])
            while let r = try cursor.next() {
                let d: Int64 = r[0], i: Int64 = r[1], y: Int = r[2]
                if let wantedDepartments, !wantedDepartments.contains(d) { continue }
                if let wantedIndicators, !wantedIndicators.contains(i) { continue }
                if let years, !years.contains(y) { continue }
                let v: Double? = r[3]
                if asOf != nil, let last = values.last, last.0 == d && last.1 == i && last.2 == y {
                    values[values.count - 1] = (d, i, y, v)   // a later vintage of the same figure
                } else {
                    values.append((d, i, y, v))
                }
                lo = min(lo, y); hi = max(hi, y)
                seenDepartments.insert(d); seenIndicators.insert(i)
            }
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
            return IndicatorPanel(departments: usedDepartments.map { allDepartments[$0]! }, indicators: usedIndicators.map { allIndicators[$0]! },
                                  years: span, blocks: blocks)
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
