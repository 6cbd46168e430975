/// A panel of indicator values by department and year: the in-memory store every analysis reads.
///
/// Layout: one contiguous `[Double]` block per indicator, department-major, so that a department's series is
/// contiguous and the whole block is a column-major matrix with years as rows and departments as columns
/// (leading dimension = number of years). That block is the right-hand side of a batch least-squares solve as
/// it stands, with no copy (`withBlock(_:_:)`).
///
/// Missing values are explicit: NaN inside a block, `nil` through the accessors; never zero.
///
/// ```swift
/// var panel = IndicatorPanel(departments: [Department(id: "edu", name: "省教育厅")],
///                            indicators: [IndicatorCatalogue.standard(id: "execution_rate")!],
///                            years: 2020..<2025)
/// panel[department: "edu", indicator: "execution_rate", year: 2024] = 92.56
/// ```
public struct IndicatorPanel: Sendable, Equatable {
    /// Departments, in panel order (the column order of every block).
    public private(set) var departments: [Department]
    /// Indicators, in panel order.
    public private(set) var indicators: [Indicator]
    /// The contiguous year range the panel covers (empty for an empty panel).
    public private(set) var years: Range<Int>
    /// Per indicator, `departments.count * years.count` values; value of department d in year index t is at
    /// `d * years.count + t`. NaN = missing.
    @usableFromInline internal private(set) var blocks: [[Double]]
    /// Where values came from, for the cells that have a recorded source (sparse).
    public var provenance: [ObservationKey: Provenance]

    private var departmentPositions: [String: Int]
    private var indicatorPositions: [String: Int]

    /// An empty-valued panel (every value missing).
    ///
    /// - Precondition: department ids are unique, indicator ids are unique.
    /// - Complexity: O(departments * indicators * years).
    public init(departments: [Department], indicators: [Indicator], years: Range<Int>) {
        let blocks = Array(
            repeating: [Double](repeating: .nan, count: departments.count * years.count), count: indicators.count)
        self.init(departments: departments, indicators: indicators, years: years, blocks: blocks)
    }

    /// A panel over existing blocks (one per indicator, department-major, NaN = missing). No copy is made.
    ///
    /// - Precondition: ids are unique and each block holds `departments.count * years.count` values.
    public init(
        departments: [Department], indicators: [Indicator], years: Range<Int>, blocks: [[Double]],
        provenance: [ObservationKey: Provenance] = [:]
    ) {
        precondition(blocks.count == indicators.count, "one block per indicator is required")
        let cells = departments.count * years.count
        precondition(blocks.allSatisfy { $0.count == cells }, "each block must hold departments x years values")
        self.departments = departments
        self.indicators = indicators
        self.years = years
        self.blocks = blocks
        self.provenance = provenance
        departmentPositions = Dictionary(departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in
            preconditionFailure("duplicate department id")
        })
        indicatorPositions = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in
            preconditionFailure("duplicate indicator id")
        })
    }

    /// An empty panel.
    public init() { self.init(departments: [], indicators: [], years: 0..<0) }

    /// The years files and builders accept: fiscal years of public budgets. A panel's block spans every year
    /// between its first and last, so a stray year 1 beside 2024 would cost memory for two millennia.
    public static let plausibleYears = 1900...2200
    /// The widest years a reader may be told to accept (`--years` widens `plausibleYears` up to this): a panel
    /// is dense in its years, so its memory grows with their span.
    public static let widestYears = 1000...2999

    public static func == (lhs: IndicatorPanel, rhs: IndicatorPanel) -> Bool {
        guard lhs.departments == rhs.departments, lhs.indicators == rhs.indicators, lhs.years == rhs.years,
              lhs.provenance == rhs.provenance else { return false }
        // NaN marks a missing value: two missing cells are equal.
        for (a, b) in zip(lhs.blocks, rhs.blocks) {
            for (x, y) in zip(a, b) where !(x == y || (x.isNaN && y.isNaN)) { return false }
        }
        return true
    }

    // MARK: Lookup

    /// Number of years covered.
    public var yearCount: Int { years.count }

    /// Panel position of a department, by its id or, when no id matches, by its name where exactly one
    /// department has it (`湖南省财政厅` for `hun-finance`).
    /// - Complexity: O(1) by id; O(departments) by name.
    public func position(ofDepartment id: String) -> Int? {
        departmentPositions[id] ?? Self.uniquePosition(of: id, among: departments.lazy.map(\.name))
    }

    /// Panel position of an indicator, by its id or, when no id matches, by its name where exactly one indicator
    /// has it (`预算执行率` for `execution_rate`).
    /// - Complexity: O(1) by id; O(indicators) by name.
    public func position(ofIndicator id: String) -> Int? {
        indicatorPositions[id] ?? Self.uniquePosition(of: id, among: indicators.lazy.map(\.name))
    }

    /// Sets the attributes of the department at `d` (for merging aliases).
    mutating func setDepartmentAttributes(_ d: Int, _ attributes: [String: String]) {
        departments[d].attributes = attributes
    }

    /// The position of the one name equal to `name`; nil for none or several.
    private static func uniquePosition<C: Collection<String>>(of name: String, among names: C) -> Int? where C.Index == Int {
        guard let first = names.firstIndex(of: name) else { return nil }
        return names[(first + 1)...].contains(name) ? nil : first
    }

    /// Panel position of a department by id or unique name; throws a `DataError` suggesting close ids when there
    /// is none.
    public func departmentPosition(_ id: String) throws -> Int {
        guard let d = position(ofDepartment: id) else { throw DataError.unknown("department", id, among: departments.map(\.id)) }
        return d
    }

    /// Panel position of an indicator by id or unique name; throws a `DataError` suggesting close ids when
    /// there is none.
    public func indicatorPosition(_ id: String) throws -> Int {
        guard let i = position(ofIndicator: id) else { throw DataError.unknown("indicator", id, among: indicators.map(\.id)) }
        return i
    }

    /// The department with this id; throws a `DataError` suggesting close ids when there is none.
    public func department(_ id: String) throws -> Department {
        guard let d = position(ofDepartment: id) else {
            throw DataError.unknown("department", id, among: departments.map(\.id))
        }
        return departments[d]
    }

    /// The indicator with this id; throws a `DataError` suggesting close ids when there is none.
    public func indicator(_ id: String) throws -> Indicator {
        guard let i = position(ofIndicator: id) else {
            throw DataError.unknown("indicator", id, among: indicators.map(\.id))
        }
        return indicators[i]
    }

    /// The value of one cell; `nil` when missing, when an id is unknown or the year is outside the panel.
    /// Setting through the subscript requires known ids and a year inside the range (a programmer error
    /// otherwise); `setValue(_:department:indicator:year:)` throws instead. `nil` marks the cell missing.
    /// - Complexity: O(1).
    public subscript(department department: String, indicator indicator: String, year year: Int) -> Double? {
        get {
            guard let d = departmentPositions[department], let i = indicatorPositions[indicator], years.contains(year)
            else { return nil }
            let v = blocks[i][d * years.count + (year - years.lowerBound)]
            return v.isNaN ? nil : v
        }
        set {
            guard let d = departmentPositions[department] else { preconditionFailure("unknown department \(department)") }
            guard let i = indicatorPositions[indicator] else { preconditionFailure("unknown indicator \(indicator)") }
            precondition(years.contains(year), "year \(year) outside the panel's \(years)")
            blocks[i][d * years.count + (year - years.lowerBound)] = newValue ?? .nan
        }
    }

    /// Sets one cell (`nil` marks it missing). Throws a `DataError` for an unknown id (with suggestions), a
    /// year outside the panel's range, or a value that is not finite (infinity and NaN are never data).
    /// - Complexity: O(1).
    public mutating func setValue(_ value: Double?, department: String, indicator: String, year: Int) throws {
        let d = try departmentPosition(department), i = try indicatorPosition(indicator)
        guard years.contains(year) else {
            throw DataError("year \(year) is outside the panel's \(years.lowerBound)-\(years.upperBound - 1)", hint: "widen it first with extendingYears(to:)")
        }
        if let value, !value.isFinite { throw DataError("\(department) \(indicator) \(year): a value must be finite, got \(DecimalText.shortest(value))") }
        blocks[i][d * years.count + (year - years.lowerBound)] = value ?? .nan
    }

    /// One department's series of one indicator, a value per panel year (NaN = missing), as a zero-based view
    /// without copy: element 0 is the first panel year.
    /// - Complexity: O(1).
    public func series(departmentAt department: Int, indicatorAt indicator: Int) -> YearSeries {
        let t = years.count
        return YearSeries(values: blocks[indicator][(department * t)..<((department + 1) * t)], firstYear: years.lowerBound)
    }

    /// One department's series by ids; throws for unknown ids.
    public func series(department: String, indicator: String) throws -> YearSeries {
        let d = try position(ofDepartment: department) ?? { throw DataError.unknown("department", department, among: departments.map(\.id)) }()
        let i = try position(ofIndicator: indicator) ?? { throw DataError.unknown("indicator", indicator, among: indicators.map(\.id)) }()
        return series(departmentAt: d, indicatorAt: i)
    }

    /// The whole department x year block of one indicator: `departments.count * years.count` values,
    /// column-major with years as rows (NaN = missing). Shares storage with the panel.
    public func block(indicatorAt indicator: Int) -> [Double] { blocks[indicator] }

    /// The whole department x year block of one indicator by id (see `block(indicatorAt:)`).
    public func block(indicator id: String) throws -> [Double] { blocks[try indicatorPosition(id)] }

    /// Calls `body` with the block of an indicator as a column-major matrix (rows = years, columns = departments,
    /// leading dimension = `years.count`), without copying.
    public func withBlock<R>(
        indicatorAt indicator: Int, _ body: (_ values: UnsafeBufferPointer<Double>, _ rows: Int, _ columns: Int) throws -> R
    ) rethrows -> R {
        try blocks[indicator].withUnsafeBufferPointer { try body($0, years.count, departments.count) }
    }

    /// Replaces the block of an indicator (department-major, NaN = missing).
    public mutating func setBlock(indicatorAt indicator: Int, _ values: [Double]) {
        precondition(values.count == departments.count * years.count, "block has the wrong size")
        blocks[indicator] = values
    }

    /// Count of non-missing values of an indicator.
    /// - Complexity: O(departments * years).
    public func observedCount(indicatorAt indicator: Int) -> Int { blocks[indicator].reduce(0) { $0 + ($1.isNaN ? 0 : 1) } }

    /// Count of non-missing values of an indicator by id.
    public func observedCount(indicator id: String) throws -> Int { observedCount(indicatorAt: try indicatorPosition(id)) }

    /// Every non-missing value, department by department, indicator by indicator, year by year.
    public var observations: [Observation] {
        var out: [Observation] = []
        for (d, dep) in departments.enumerated() {
            for (i, ind) in indicators.enumerated() {
                for (t, v) in series(departmentAt: d, indicatorAt: i).enumerated() where !v.isNaN {
                    out.append(Observation(department: dep.id, indicator: ind.id, year: years.lowerBound + t, value: v))
                }
            }
        }
        return out
    }
}
