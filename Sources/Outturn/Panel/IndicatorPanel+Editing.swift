extension IndicatorPanel {
    /// A panel restricted to some departments, indicators and years (each `nil` = keep all), in the order given.
    ///
    /// Throws a `DataError` naming an unknown id (with suggestions) or a year range outside the panel.
    /// - Complexity: O(selected cells).
    public func selecting(
        departments departmentIDs: [String]? = nil, indicators indicatorIDs: [String]? = nil,
        years selectedYears: Range<Int>? = nil
    ) throws -> IndicatorPanel {
        let ds = try (departmentIDs ?? departments.map(\.id)).map { id in
            try position(ofDepartment: id) ?? { throw DataError.unknown("department", id, among: departments.map(\.id)) }()
        }
        let ins = try (indicatorIDs ?? indicators.map(\.id)).map { id in
            try position(ofIndicator: id) ?? { throw DataError.unknown("indicator", id, among: indicators.map(\.id)) }()
        }
        let ys = selectedYears ?? years
        if !ys.isEmpty && (ys.lowerBound < years.lowerBound || ys.upperBound > years.upperBound) {
            throw DataError("years \(ys.lowerBound)-\(ys.upperBound - 1) are outside the panel's \(years.lowerBound)-\(years.upperBound - 1)")
        }
        let t = years.count, offset = ys.lowerBound - years.lowerBound
        var newBlocks: [[Double]] = []
        newBlocks.reserveCapacity(ins.count)
        for i in ins {
            var b = [Double]()
            b.reserveCapacity(ds.count * ys.count)
            for d in ds { b.append(contentsOf: blocks[i][(d * t + offset)..<(d * t + offset + ys.count)]) }
            newBlocks.append(b)
        }
        let keptDepartments = Set(ds.map { departments[$0].id }), keptIndicators = Set(ins.map { indicators[$0].id })
        let keptProvenance = provenance.filter {
            keptDepartments.contains($0.key.department) && keptIndicators.contains($0.key.indicator) && ys.contains($0.key.year)
        }
        return IndicatorPanel(
            departments: ds.map { departments[$0] }, indicators: ins.map { indicators[$0] }, years: ys,
            blocks: newBlocks, provenance: keptProvenance)
    }

    /// The panel widened to cover `range` as well as its own years (new cells missing).
    /// - Complexity: O(cells of the result).
    public func extendingYears(to range: Range<Int>) -> IndicatorPanel {
        if range.isEmpty { return self }
        if years.isEmpty {
            return IndicatorPanel(departments: departments, indicators: indicators, years: range, blocks: indicators.map { _ in
                [Double](repeating: .nan, count: departments.count * range.count)
            }, provenance: provenance)
        }
        let lo = min(range.lowerBound, years.lowerBound), hi = max(range.upperBound, years.upperBound)
        if lo == years.lowerBound && hi == years.upperBound { return self }
        let newYears = lo..<hi, t = years.count, nt = newYears.count, shift = years.lowerBound - lo
        let newBlocks = blocks.map { block -> [Double] in
            var b = [Double](repeating: .nan, count: departments.count * nt)
            for d in departments.indices {
                for k in 0..<t { b[d * nt + shift + k] = block[d * t + k] }
            }
            return b
        }
        return IndicatorPanel(departments: departments, indicators: indicators, years: newYears, blocks: newBlocks,
                              provenance: provenance)
    }

    /// Adds a department with every value missing. Throws if the id is already present.
    /// - Complexity: O(indicators * years) amortised.
    public mutating func addDepartment(_ department: Department) throws {
        if position(ofDepartment: department.id) != nil {
            throw DataError("department \"\(department.id)\" is already in the panel")
        }
        var newBlocks = blocks
        for i in newBlocks.indices { newBlocks[i].append(contentsOf: repeatElement(.nan, count: years.count)) }
        self = IndicatorPanel(departments: departments + [department], indicators: indicators, years: years,
                              blocks: newBlocks, provenance: provenance)
    }

    /// Adds an indicator; its values are `values` (department-major) or all missing. Throws if the id exists.
    public mutating func addIndicator(_ indicator: Indicator, values: [Double]? = nil) throws {
        if position(ofIndicator: indicator.id) != nil {
            throw DataError("indicator \"\(indicator.id)\" is already in the panel")
        }
        let block = values ?? [Double](repeating: .nan, count: departments.count * years.count)
        precondition(block.count == departments.count * years.count, "block has the wrong size")
        self = IndicatorPanel(departments: departments, indicators: indicators + [indicator], years: years,
                              blocks: blocks + [block], provenance: provenance)
    }

    /// Adds a year after the last one (or the first year of an empty panel), all values missing.
    public mutating func appendYear() {
        let next = years.isEmpty ? years.lowerBound : years.upperBound
        self = extendingYears(to: next..<(next + 1))
    }
}
