import Outturn

/// Collects observations from a file (CSV or JSON, long or wide) and builds the panel in one step at the end,
/// so that a bad row anywhere leaves nothing half-built: either a whole panel or a thrown `DataError`.
///
/// Observations are kept as compact parallel arrays (about 24 bytes each) until `build()` scatters them into
/// the panel's blocks.
struct PanelAssembler {
    let file: String
    private(set) var departments: [Department] = []
    private(set) var indicators: [Indicator] = []
    private var departmentPositions: [String: Int32] = [:]
    private var indicatorPositions: [String: Int32] = [:]
    private var explicitName: [Bool] = []           // per department: name came from the file
    private var explicitIndicatorName: [Bool] = []
    private var unitFromFile: [Bool] = []
    /// Per indicator: the unit as the file gave it, and the factor its values are multiplied by to be in the
    /// catalogue's unit (亿元 -> 万元: 10000), or, negated, the divisor (元 -> 万元: -10000).
    private var givenUnit: [String?] = []
    private var unitScale: [Double] = []
    /// What was converted or recognised, in words (for a note).
    private(set) var conversions: [String] = []
    private var departmentIndex: [Int32] = []
    private var indicatorIndex: [Int32] = []
    private var yearValue: [Int32] = []
    private var values: [Double] = []
    private var lines: [Int32] = []
    private var minYear = Int.max, maxYear = Int.min
    private var provenance: [ObservationKey: Provenance] = [:]

    /// The error for a year outside the years a reader accepts.
    static func yearOutside(_ year: Int, _ years: ClosedRange<Int>, at location: SourceLocation) -> DataError {
        // Widening is offered only where it can help: a year a panel may hold, outside the default range.
        let widens = years == IndicatorPanel.plausibleYears && IndicatorPanel.widestYears.contains(year)
        return DataError("year \(year) is outside \(years.lowerBound)-\(years.upperBound)", at: location,
                         hint: widens ? "a panel covers fiscal years; --years \(min(year, years.lowerBound))-\(max(year, years.upperBound)) widens the range" : "a panel covers fiscal years")
    }

    init(file: String) { self.file = file }

    var observationCount: Int { values.count }

    mutating func reserve(_ n: Int) {
        departmentIndex.reserveCapacity(n); indicatorIndex.reserveCapacity(n)
        yearValue.reserveCapacity(n); values.reserveCapacity(n); lines.reserveCapacity(n)
    }

    /// Position of a department, adding it on first sight.
    mutating func department(_ raw: String, at location: @autoclosure () -> SourceLocation) throws -> Int32 {
        if let d = departmentPositions[raw] { return d }
        let id = try Self.validID(raw, what: "department", at: location())
        if let d = departmentPositions[id] { departmentPositions[raw] = d; return d }
        let d = Int32(departments.count)
        departments.append(Department(id: id))
        explicitName.append(false)
        departmentPositions[id] = d
        if raw != id { departmentPositions[raw] = d }
        return d
    }

    /// Position of an indicator, adding it on first sight (with the catalogue's metadata when the id is standard).
    mutating func indicator(_ raw: String, at location: @autoclosure () -> SourceLocation) throws -> Int32 {
        if let i = indicatorPositions[raw] { return i }
        var id = try Self.validID(raw, what: "indicator", at: location())
        // A catalogue indicator named by its Chinese name (预算执行率) is that indicator, with its unit and kind.
        if IndicatorCatalogue.standard(id: id) == nil, let named = IndicatorCatalogue.standard.first(where: { $0.name == id }) {
            conversions.append("indicator \"\(id)\" read as the catalogue's \(named.id) (\(named.name), \(named.unit))")
            id = named.id
        }
        if let i = indicatorPositions[id] { indicatorPositions[raw] = i; return i }
        let i = Int32(indicators.count)
        indicators.append(IndicatorCatalogue.standard(id: id) ?? Indicator(id: id))
        explicitIndicatorName.append(false)
        unitFromFile.append(false)
        givenUnit.append(nil)
        unitScale.append(1)
        indicatorPositions[id] = i
        if raw != id { indicatorPositions[raw] = i }
        return i
    }

    /// An id as every reader takes it: without the spaces and tabs around it, not empty, and without control
    /// characters, a BOM or a line break inside (they would print like another id).
    static func validID(_ raw: String, what: String, at location: @autoclosure () -> SourceLocation) throws -> String {
        let id = PanelCSVReader.trimmed(raw)
        if id.isEmpty { throw DataError("empty \(what) id", at: location()) }
        if let bad = id.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF || $0.value == 0x85
                                                       || $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0x200B }) {
            throw DataError("\(what) id \"\(id)\" holds the invisible character U+\(String(bad.value, radix: 16, uppercase: true))", at: location(),
                            hint: "remove it: ids are compared character for character")
        }
        return id
    }

    /// Records the display name of a department; a different name for the same id is an error.
    mutating func setDepartmentName(_ d: Int32, _ name: String, at location: @autoclosure () -> SourceLocation) throws {
        try Self.setName(&departments[Int(d)].name, explicit: &explicitName[Int(d)], name, what: "department \"\(departments[Int(d)].id)\"", at: location())
    }

    /// Records a department attribute (region, level, group...); a different value for the same id is an error.
    mutating func setDepartmentAttribute(_ d: Int32, _ key: String, _ value: String, at location: @autoclosure () -> SourceLocation) throws {
        let k = Int(d)
        if value.isEmpty { return }
        if let old = departments[k].attributes[key], old != value {
            throw DataError("department \"\(departments[k].id)\" has \(key) \"\(old)\" earlier and \"\(value)\" here", at: location())
        }
        departments[k].attributes[key] = value
    }

    /// Records the display name of an indicator; a different name for the same id is an error.
    mutating func setIndicatorName(_ i: Int32, _ name: String, at location: @autoclosure () -> SourceLocation) throws {
        try Self.setName(&indicators[Int(i)].name, explicit: &explicitIndicatorName[Int(i)], name, what: "indicator \"\(indicators[Int(i)].id)\"", at: location())
    }

    /// Sets a display name the first time a file gives one; a later, different one is an error.
    private static func setName(_ current: inout String, explicit: inout Bool, _ name: String, what: String,
                                at location: @autoclosure () -> SourceLocation) throws {
        if name.isEmpty || (explicit && current == name) { return }
        if explicit { throw DataError("\(what) is named \"\(current)\" earlier and \"\(name)\" here", at: location()) }
        current = name
        explicit = true
    }

    /// Records the unit of an indicator; a different unit for the same indicator later in the file is an error
    /// (values in 元 and 万元 must not mix). A standard indicator's catalogue unit is a default the file may
    /// override once.
    mutating func setUnit(_ i: Int32, _ unit: String, at location: @autoclosure () -> SourceLocation) throws {
        let k = Int(i)
        if unit.isEmpty { return }
        if unitFromFile[k] {
            if givenUnit[k] != unit {
                throw DataError("indicator \"\(indicators[k].id)\" is in \(givenUnit[k] ?? indicators[k].unit) earlier and \(unit) here",
                                at: location(), hint: "convert to one unit")
            }
            return
        }
        unitFromFile[k] = true
        givenUnit[k] = unit
        // Money in another magnitude than the catalogue's (元, 千元, 亿元 for 万元) is converted to it.
        if let standard = IndicatorCatalogue.standard(id: indicators[k].id), standard.unit != unit,
           let from = Self.moneyScale[unit], let to = Self.moneyScale[standard.unit] {
            // Kept as a multiplier or a divisor so both are exact powers of ten: 12345 元 is 1.2345 万元, not
            // 1.2345000000000002.
            unitScale[k] = from >= to ? from / to : -(to / from)
            conversions.append("\(indicators[k].id) given in \(unit), converted to the catalogue's \(standard.unit) (x \(DecimalText.shortest(from / to)))")
            return
        }
        if Self.percentUnits.contains(unit) && Self.percentUnits.contains(indicators[k].unit) { return }
        if indicators[k].unit != unit {
            indicators[k].unit = unit
            if IndicatorCatalogue.standard(id: indicators[k].id) == nil { indicators[k].kind = IndicatorKind.inferred(fromUnit: unit) }
        }
    }

    /// Money units and their size in 元.
    static let moneyScale: [String: Double] = ["元": 1, "千元": 1e3, "万元": 1e4, "百万元": 1e6, "亿元": 1e8]
    /// Ways of writing percent.
    static let percentUnits: Set<String> = ["%", "％", "percent", "百分比"]

    /// Adds one observation (NaN = an explicitly missing value).
    mutating func add(department d: Int32, indicator i: Int32, year: Int, value: Double, line: Int) {
        departmentIndex.append(d)
        indicatorIndex.append(i)
        yearValue.append(Int32(year))
        values.append(value)
        lines.append(Int32(clamping: line))
        if year < minYear { minYear = year }
        if year > maxYear { maxYear = year }
    }

    private var wideRowLines: [Int64: Int] = [:]

    /// Notes a wide row (one department x indicator): a second row for the same pair is an error, and the
    /// panel covers every year column even where all values are missing.
    mutating func noteWideRow(department d: Int32, indicator i: Int32, years: [Int], line: Int) throws {
        let key = Int64(d) << 32 | Int64(i)
        if let first = wideRowLines[key] {
            throw DataError(
                "duplicate row for department \"\(departments[Int(d)].id)\", indicator \"\(indicators[Int(i)].id)\" (first on line \(first))",
                at: SourceLocation(file: file, line: line), hint: "keep one row per department and indicator")
        }
        wideRowLines[key] = line
        for y in years {
            if y < minYear { minYear = y }
            if y > maxYear { maxYear = y }
        }
    }

    mutating func addProvenance(_ key: ObservationKey, _ p: Provenance) { provenance[key] = p }

    /// The panel: every observation in its cell; a second observation for the same cell is an error naming both
    /// lines.
    func build() throws -> IndicatorPanel {
        if values.isEmpty && departments.isEmpty {
            throw DataError("no observations", at: SourceLocation(file: file, line: 1), hint: "the file has a header but no rows")
        }
        let years = minYear > maxYear ? 0..<0 : minYear..<(maxYear + 1)
        let t = years.count, nd = departments.count
        let cells = nd * t
        var blocks = indicators.map { _ in [Double](repeating: .nan, count: cells) }
        var seen = [UInt64](repeating: 0, count: (indicators.count * cells + 63) / 64)
        for k in values.indices {
            let i = Int(indicatorIndex[k]), d = Int(departmentIndex[k]), y = Int(yearValue[k]) - years.lowerBound
            let slot = d * t + y
            let bit = i * cells + slot
            if seen[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                let first = (0..<k).first {
                    indicatorIndex[$0] == indicatorIndex[k] && departmentIndex[$0] == departmentIndex[k] && yearValue[$0] == yearValue[k]
                }.map { Int(lines[$0]) } ?? 0
                throw DataError(
                    "duplicate value for department \"\(departments[d].id)\", indicator \"\(indicators[i].id)\", year \(yearValue[k]) (first on line \(first))",
                    at: SourceLocation(file: file, line: Int(lines[k])), hint: "keep one row per department, indicator and year")
            }
            seen[bit >> 6] |= 1 << UInt64(bit & 63)
            let scale = unitScale[i]
            blocks[i][slot] = scale == 1 ? values[k] : scale > 0 ? values[k] * scale : values[k] / -scale
        }
        return IndicatorPanel(departments: departments, indicators: indicators, years: years, blocks: blocks,
                              provenance: provenance)
    }
}
