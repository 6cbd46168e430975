/// What a panel holds, per indicator and per department: coverage, missing share and the range of values.
/// The statistics of `outturn describe`, as library values.
public enum PanelSummary {
    /// Coverage and distribution of one indicator's values.
    public struct IndicatorCoverage: Sendable, Equatable {
        /// The indicator's id.
        public let indicator: String
        /// Departments with at least one observed value.
        public let reportingDepartments: Int
        /// First and last year with an observed value (nil when nothing is observed).
        public let firstYear: Int?
        public let lastYear: Int?
        /// Observed department-years.
        public let observations: Int
        /// Missing share of all department-years of the panel, in percent (nil for an empty panel).
        public let missingPercent: Double?
        /// Smallest, median and largest observed value, in the indicator's unit (nil when nothing is observed).
        public let minimum: Double?
        public let median: Double?
        public let maximum: Double?
        /// Per panel year, the median over departments (NaN for a year without values).
        public let medianByYear: [Double]
    }

    /// Coverage of one department's values over every indicator.
    public struct DepartmentCoverage: Sendable, Equatable {
        /// The department's id.
        public let department: String
        /// First and last year with an observed value of any indicator (nil when none).
        public let firstYear: Int?
        public let lastYear: Int?
        /// Observed indicator-years.
        public let observations: Int
        /// Missing share of all indicator-years, in percent (nil when the panel has no indicator or year).
        public let missingPercent: Double?
    }

    /// One record per indicator, in panel order.
    /// - Complexity: O(cells) expected per indicator (medians by selection), indicators in parallel.
    public static func indicators(of panel: IndicatorPanel) -> [IndicatorCoverage] {
        let t = panel.yearCount, n = panel.departments.count
        return parallelMap(count: panel.indicators.count, chunk: 1) { i in
            let block = panel.block(indicatorAt: i)
            // Coverage, count, minimum and maximum in one pass over the block; the medians by selection.
            var reporting = 0, first = Int.max, last = Int.min, observations = 0
            var minimum = Double.infinity, maximum = -Double.infinity
            for d in 0..<n {
                var any = false
                for k in 0..<t {
                    let v = block[d * t + k]
                    if v.isNaN { continue }
                    any = true
                    first = min(first, k)
                    last = max(last, k)
                    observations += 1
                    minimum = min(minimum, v)
                    maximum = max(maximum, v)
                }
                if any { reporting += 1 }
            }
            let byYear = (0..<t).map { k in Descriptive.median((0..<n).map { block[$0 * t + k] }) }
            return IndicatorCoverage(
                indicator: panel.indicators[i].id, reportingDepartments: reporting,
                firstYear: first == .max ? nil : panel.years.lowerBound + first, lastYear: last == .min ? nil : panel.years.lowerBound + last,
                observations: observations,
                missingPercent: block.isEmpty ? nil : 100 * Double(block.count - observations) / Double(block.count),
                minimum: observations == 0 ? nil : minimum, median: observations == 0 ? nil : Descriptive.median(block),
                maximum: observations == 0 ? nil : maximum,
                medianByYear: byYear)
        }
    }

    /// One record per department, in panel order.
    /// - Complexity: O(cells).
    public static func departments(of panel: IndicatorPanel) -> [DepartmentCoverage] {
        let t = panel.yearCount
        return panel.departments.indices.map { d in
            var first = Int.max, last = Int.min, observed = 0
            for i in panel.indicators.indices {
                for (k, v) in panel.series(departmentAt: d, indicatorAt: i).enumerated() where !v.isNaN {
                    observed += 1
                    first = min(first, k)
                    last = max(last, k)
                }
            }
            let cells = t * panel.indicators.count
            return DepartmentCoverage(
                department: panel.departments[d].id,
                firstYear: first == .max ? nil : panel.years.lowerBound + first, lastYear: last == .min ? nil : panel.years.lowerBound + last,
                observations: observed, missingPercent: cells == 0 ? nil : 100 * Double(cells - observed) / Double(cells))
        }
    }
}
