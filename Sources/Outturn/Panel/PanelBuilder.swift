/// Builds a panel from observations given one at a time, in any order: the way to make a panel in code.
///
/// Departments and indicators are added on first sight (an indicator of the standard catalogue gets its
/// name, unit and kind from there); `declare` gives names, units and attributes first where they are known.
/// The year range is the span of the observations. Nothing is built until `build()`, which throws for a
/// duplicate cell, so a bad record leaves no half-made panel.
///
/// ```swift
/// var builder = PanelBuilder()
/// builder.declare(Department(id: "edu", name: "省教育厅"))
/// try builder.add(department: "edu", indicator: "execution_rate", year: 2023, value: 92.56)
/// try builder.add(department: "edu", indicator: "execution_rate", year: 2024, value: 95.1)
/// let panel = try builder.build()
/// ```
public struct PanelBuilder: Sendable {
    private var departments: [Department] = []
    private var indicators: [Indicator] = []
    private var departmentPositions: [String: Int32] = [:]
    private var indicatorPositions: [String: Int32] = [:]
    // The observations as compact parallel arrays (about 20 bytes each) until `build()` scatters them.
    private var departmentIndex: [Int32] = []
    private var indicatorIndex: [Int32] = []
    private var yearValue: [Int32] = []
    private var values: [Double] = []
    private var provenance: [ObservationKey: Provenance] = [:]

    public init() {}

    /// The years `add` accepts (default `IndicatorPanel.plausibleYears`, 1900-2200). Widen it for historical
    /// series, within `IndicatorPanel.widestYears` (the panel is dense in its years).
    public var years: ClosedRange<Int> = IndicatorPanel.plausibleYears {
        willSet {
            precondition(IndicatorPanel.widestYears.contains(newValue.lowerBound) && IndicatorPanel.widestYears.contains(newValue.upperBound),
                         "years beyond IndicatorPanel.widestYears")
        }
    }

    /// Number of observations added so far.
    public var count: Int { values.count }

    /// Declares a department with its name and attributes (replacing an earlier declaration of the same id).
    public mutating func declare(_ department: Department) {
        if let d = departmentPositions[department.id] { departments[Int(d)] = department; return }
        departmentPositions[department.id] = Int32(departments.count)
        departments.append(department)
    }

    /// Declares an indicator with its name, unit and kind (replacing an earlier declaration of the same id).
    public mutating func declare(_ indicator: Indicator) {
        if let i = indicatorPositions[indicator.id] { indicators[Int(i)] = indicator; return }
        indicatorPositions[indicator.id] = Int32(indicators.count)
        indicators.append(indicator)
    }

    /// Adds one observed value (in the indicator's unit), optionally with where it came from.
    ///
    /// Throws a `DataError` for an empty id, a value that is not finite, or a year outside `years`.
    public mutating func add(department: String, indicator: String, year: Int, value: Double, provenance source: Provenance? = nil) throws {
        if department.isEmpty { throw DataError("empty department id") }
        if indicator.isEmpty { throw DataError("empty indicator id") }
        guard value.isFinite else { throw DataError("\(department) \(indicator) \(year): a value must be finite, got \(DecimalText.shortest(value))") }
        guard years.contains(year) else {
            throw DataError("\(department) \(indicator): year \(year) is outside \(years.lowerBound)-\(years.upperBound)")
        }
        if departmentPositions[department] == nil { declare(Department(id: department)) }
        if indicatorPositions[indicator] == nil { declare(IndicatorCatalogue.standard(id: indicator) ?? Indicator(id: indicator)) }
        departmentIndex.append(departmentPositions[department]!)
        indicatorIndex.append(indicatorPositions[indicator]!)
        yearValue.append(Int32(year))
        values.append(value)
        if let source { provenance[ObservationKey(department: department, indicator: indicator, year: year)] = source }
    }

    /// Adds an observation record.
    public mutating func add(_ observation: Observation) throws {
        try add(department: observation.department, indicator: observation.indicator, year: observation.year, value: observation.value)
    }

    /// The panel: declared and observed departments and indicators in order of first sight, years spanning the
    /// observations (or `years` when given, which must contain them). Throws for a duplicate cell.
    public func build(years given: Range<Int>? = nil) throws -> IndicatorPanel {
        var lo = Int.max, hi = Int.min
        for y in yearValue { lo = min(lo, Int(y)); hi = max(hi, Int(y)) }
        let years: Range<Int>
        if let given {
            if !values.isEmpty && (lo < given.lowerBound || hi >= given.upperBound) {
                throw DataError("observations run from \(lo) to \(hi), outside the years \(given.lowerBound)-\(given.upperBound - 1) asked for")
            }
            years = given
        } else {
            years = values.isEmpty ? 0..<0 : lo..<(hi + 1)
        }
        let t = years.count
        var blocks = indicators.map { _ in [Double](repeating: .nan, count: departments.count * t) }
        for k in values.indices {
            let d = Int(departmentIndex[k]), i = Int(indicatorIndex[k]), cell = d * t + Int(yearValue[k]) - years.lowerBound
            if !blocks[i][cell].isNaN {
                throw DataError("\(departments[d].id) \(indicators[i].id) \(yearValue[k]) is given twice",
                                hint: "each (department, indicator, year) takes one value")
            }
            blocks[i][cell] = values[k]
        }
        return IndicatorPanel(departments: departments, indicators: indicators, years: years, blocks: blocks, provenance: provenance)
    }
}

extension IndicatorPanel {
    /// A panel of these observations (departments and indicators in order of first sight; catalogue metadata
    /// for standard indicator ids). Throws for a duplicate cell, a non-finite value or an empty id.
    public init(records: some Sequence<Observation>) throws {
        var builder = PanelBuilder()
        for r in records { try builder.add(r) }
        self = try builder.build()
    }
}
