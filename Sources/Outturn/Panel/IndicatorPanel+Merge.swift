/// What merging does when both panels hold a different value for the same department, indicator and year.
public enum MergeConflictPolicy: String, Sendable, CaseIterable {
    /// Throw a `DataError` naming the first conflicting key.
    case reject
    /// Keep the value already in the receiving panel.
    case keepExisting
    /// Take the value from the panel being merged in.
    case replace
}

extension IndicatorPanel {
    /// The union of two panels: departments and indicators of both (this panel's order first), years covering
    /// both. Where both hold a value for the same cell and the values differ, `policy` decides; a value present
    /// in only one panel is taken as is (a missing value never overrides a present one).
    ///
    /// Throws when an indicator has different units in the two panels (values would be mixed), or on a conflict
    /// under `.reject`.
    /// - Complexity: O(cells of the result).
    public func merging(_ other: IndicatorPanel, policy: MergeConflictPolicy = .reject) throws -> IndicatorPanel {
        for ind in other.indicators {
            if let i = position(ofIndicator: ind.id), indicators[i].unit != ind.unit,
               !indicators[i].unit.isEmpty, !ind.unit.isEmpty {
                throw DataError("indicator \"\(ind.id)\" is in \(indicators[i].unit) in one panel and \(ind.unit) in the other",
                                hint: "convert one panel to the other's unit before merging")
            }
        }
        var result = self
        for dep in other.departments where result.position(ofDepartment: dep.id) == nil {
            try result.addDepartment(dep)
        }
        for ind in other.indicators where result.position(ofIndicator: ind.id) == nil {
            try result.addIndicator(ind)
        }
        if !other.years.isEmpty { result = result.extendingYears(to: other.years) }
        let t = result.years.count, ot = other.years.count
        for (oi, ind) in other.indicators.enumerated() {
            let i = result.position(ofIndicator: ind.id)!
            var block = result.blocks[i]
            for (od, dep) in other.departments.enumerated() {
                let d = result.position(ofDepartment: dep.id)!
                for k in 0..<ot {
                    let incoming = other.blocks[oi][od * ot + k]
                    if incoming.isNaN { continue }
                    let year = other.years.lowerBound + k
                    let slot = d * t + (year - result.years.lowerBound)
                    let existing = block[slot]
                    if existing.isNaN || existing == incoming {
                        block[slot] = incoming
                    } else {
                        switch policy {
                        case .reject:
                            throw DataError(
                                "conflicting values for department \"\(dep.id)\", indicator \"\(ind.id)\", year \(year): \(existing) and \(incoming)",
                                hint: "choose a merge policy (keep or replace) or correct one source")
                        case .keepExisting: continue
                        case .replace: block[slot] = incoming
                        }
                    }
                    let key = ObservationKey(department: dep.id, indicator: ind.id, year: year)
                    // The provenance follows the value that ended up in the cell.
                    if block[slot] == incoming, let p = other.provenance[key], existing.isNaN || existing != incoming
                        || result.provenance[key] == nil {
                        result.provenance[key] = p
                    }
                }
            }
            result.setBlock(indicatorAt: i, block)
        }
        return result
    }
}

extension IndicatorPanel {
    /// The panel with each department named in `aliases` (by id or name) merged into the department its alias
    /// maps to (`湖南省财政厅 -> hun-finance`: the same office under a report's name and a CSV's id): its values
    /// join the canonical department's, its attributes fill the ones missing there, and a department that is
    /// only an alias takes the canonical id. Two different values for the same cell are an error naming both ids.
    /// - Complexity: O(cells of the result).
    public func mergingDepartments(_ aliases: [String: String]) throws -> IndicatorPanel {
        let aliased = departments.indices.compactMap { d -> (Int, String)? in
            let dep = departments[d]
            guard let canonical = aliases[dep.id] ?? aliases[dep.name], canonical != dep.id else { return nil }
            return (d, canonical)
        }
        guard !aliased.isEmpty else { return self }
        let aliasIDs = Set(aliased.map { departments[$0.0].id })
        var result = try selecting(departments: departments.map(\.id).filter { !aliasIDs.contains($0) })
        for (d, canonical) in aliased {
            let dep = departments[d]
            var merged = Department(id: canonical, name: dep.name == dep.id ? canonical : dep.name, attributes: dep.attributes)
            if let c = result.position(ofDepartment: canonical) {
                merged = result.departments[c]
                for (k, v) in dep.attributes where merged.attributes[k] == nil { merged.attributes[k] = v }
            }
            let blocks = indicators.indices.map { Array(series(departmentAt: d, indicatorAt: $0)) }
            var one = IndicatorPanel(departments: [Department(id: merged.id, name: merged.name, attributes: dep.attributes)],
                                     indicators: indicators, years: years, blocks: blocks)
            for (key, p) in provenance where key.department == dep.id {
                one.provenance[ObservationKey(department: merged.id, indicator: key.indicator, year: key.year)] = p
            }
            do {
                result = try result.merging(one, policy: .reject)
            } catch let error as DataError {
                throw DataError("\"\(dep.id)\" is an alias of \"\(canonical)\", but " + error.reason, hint: "correct one source, or drop the alias")
            }
            if let c = result.position(ofDepartment: merged.id) {
                var attributes = result.departments[c].attributes
                for (k, v) in merged.attributes where attributes[k] == nil { attributes[k] = v }
                result.setDepartmentAttributes(c, attributes)
            }
        }
        return result
    }
}
