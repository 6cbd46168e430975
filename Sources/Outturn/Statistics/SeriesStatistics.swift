/// Location and spread of a set of values (a department's series, or the departments of one year), missing
/// values skipped. Units are those of the values; `coefficientOfVariation` is in percent.
public struct SpreadStatistics: Sendable, Equatable {
    /// Non-missing values.
    public let count: Int
    public let mean: Double?
    /// Sample standard deviation (n - 1 denominator); nil with fewer than two values.
    public let standardDeviation: Double?
    /// 100 * sd / |mean|; nil when the mean is zero or sd is undefined.
    public let coefficientOfVariation: Double?
    public let minimum: Double?
    /// Quartiles (type 7, as R's `quantile` and numpy's `percentile`).
    public let lowerQuartile: Double?
    public let median: Double?
    public let upperQuartile: Double?
    public let maximum: Double?

    /// Statistics of the non-missing values.
    /// - Complexity: O(n log n).
    public init<C: Collection>(_ values: C) where C.Element == Double {
        let v = Descriptive.observed(values).sorted()
        count = v.count
        guard !v.isEmpty else {
            mean = nil; standardDeviation = nil; coefficientOfVariation = nil; minimum = nil; lowerQuartile = nil
            median = nil; upperQuartile = nil; maximum = nil
            return
        }
        let m = Descriptive.mean(v)
        mean = m
        if v.count > 1 {
            var ss = 0.0
            for x in v { ss += (x - m) * (x - m) }
            let sd = (ss / Double(v.count - 1)).squareRoot()
            standardDeviation = sd
            coefficientOfVariation = m != 0 ? 100 * sd / abs(m) : nil
        } else {
            standardDeviation = nil
            coefficientOfVariation = nil
        }
        minimum = v.first
        maximum = v.last
        lowerQuartile = Descriptive.quantile(sorted: v, 0.25)
        median = Descriptive.quantile(sorted: v, 0.5)
        upperQuartile = Descriptive.quantile(sorted: v, 0.75)
    }
}

/// Plan against actual for one department and year: deviation and execution.
public struct BudgetVariance: Sendable, Equatable {
    public let department: String
    public let year: Int
    /// The plan (budget) value, in the indicators' unit (万元).
    public let plan: Double?
    /// The actual (outturn) value, same unit.
    public let actual: Double?
    /// actual - plan.
    public let deviation: Double?
    /// 100 * (actual - plan) / plan, percent; nil when the plan is zero or missing.
    public let deviationPercent: Double?
    /// 100 * actual / plan, percent; nil when the plan is zero or missing.
    public let executionRate: Double?

    /// Every department-year of a panel where plan or actual is present.
    ///
    /// - Throws: `DataError` for an unknown indicator, or when the two indicators are in different units.
    public static func compute(panel: IndicatorPanel, plan: String, actual: String) throws -> [BudgetVariance] {
        let p = try panel.indicator(plan), a = try panel.indicator(actual)
        if !p.unit.isEmpty && !a.unit.isEmpty && p.unit != a.unit {
            throw DataError("plan \"\(plan)\" is in \(p.unit) and actual \"\(actual)\" in \(a.unit)", hint: "compare indicators in one unit")
        }
        let pi = panel.position(ofIndicator: plan)!, ai = panel.position(ofIndicator: actual)!
        var out: [BudgetVariance] = []
        for (d, dep) in panel.departments.enumerated() {
            let ps = panel.series(departmentAt: d, indicatorAt: pi), acts = panel.series(departmentAt: d, indicatorAt: ai)
            for k in 0..<panel.yearCount {
                let pv = ps[k], av = acts[k]
                if pv.isNaN && av.isNaN { continue }
                let both = !pv.isNaN && !av.isNaN
                out.append(BudgetVariance(
                    department: dep.id, year: panel.years.lowerBound + k, plan: pv.isNaN ? nil : pv, actual: av.isNaN ? nil : av,
                    deviation: both ? av - pv : nil, deviationPercent: both && pv != 0 ? 100 * (av - pv) / pv : nil,
                    executionRate: both && pv != 0 ? 100 * av / pv : nil))
            }
        }
        return out
    }
}

/// How much of an indicator's variation lies between departments and how much within them over the years
/// (one-way analysis of variance with departments as groups).
public struct VarianceDecomposition: Sendable, Equatable {
    /// Non-missing values used.
    public let observations: Int
    /// Departments with at least one value.
    public let groups: Int
    public let grandMean: Double?
    /// Total sum of squares about the grand mean (unit squared).
    public let totalSumOfSquares: Double
    /// Sum over departments of n_d (mean_d - grand mean)^2.
    public let betweenSumOfSquares: Double
    /// Sum of squares about each department's own mean.
    public let withinSumOfSquares: Double
    /// 100 * between / total, percent; nil when total is zero.
    public let betweenSharePercent: Double?
    /// One-way ANOVA F = (between / (g - 1)) / (within / (n - g)), and its p-value.
    public let fStatistic: Double?
    public let pValue: Double?

    /// The decomposition of one indicator's block.
    public init(panel: IndicatorPanel, indicator: Int) {
        var groupValues: [[Double]] = []
        for d in panel.departments.indices {
            let v = Descriptive.observed(panel.series(departmentAt: d, indicatorAt: indicator))
            if !v.isEmpty { groupValues.append(v) }
        }
        let all = groupValues.flatMap { $0 }
        observations = all.count
        groups = groupValues.count
        let gm = all.isEmpty ? nil : Descriptive.mean(all)
        grandMean = gm
        var between = 0.0, within = 0.0
        if let gm {
            for g in groupValues {
                let m = Descriptive.mean(g)
                between += Double(g.count) * (m - gm) * (m - gm)
                for x in g { within += (x - m) * (x - m) }
            }
        }
        betweenSumOfSquares = between
        withinSumOfSquares = within
        totalSumOfSquares = between + within
        betweenSharePercent = totalSumOfSquares > 0 ? 100 * between / totalSumOfSquares : nil
        if groups > 1 && observations > groups && within > 0 {
            let f = (between / Double(groups - 1)) / (within / Double(observations - groups))
            fStatistic = f
            pValue = FisherF.survival(f, Double(groups - 1), Double(observations - groups))
        } else {
            fStatistic = nil
            pValue = nil
        }
    }
}
