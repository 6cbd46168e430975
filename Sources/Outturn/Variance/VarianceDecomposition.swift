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
