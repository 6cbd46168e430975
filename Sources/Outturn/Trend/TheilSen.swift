/// The Theil-Sen slope: the median of the slopes between all pairs of observations, robust to outliers (up to
/// 29% of points), with Sen's (1968) distribution-free confidence interval.
///
/// Years are real calendar years, so a missing year widens the gap it should. Units: the series' unit per year.
public struct TheilSenEstimate: Sendable, Equatable {
    /// Median pairwise slope.
    public let slope: Double
    /// median(y) - slope * median(year): the line's value at year 0.
    public let intercept: Double
    /// Sen's confidence interval at `level`; nil when the series is too short for that level (the rank of the
    /// lower bound would fall below 1).
    public let lower: Double?
    public let upper: Double?
    public let level: Double

    /// Estimates from paired years and values (missing values skipped); nil with fewer than two observations.
    ///
    /// CI (Sen 1968): C = z_{1-alpha/2} sqrt(Var S) with Var S the Mann-Kendall variance (ties corrected), N
    /// pairwise slopes sorted; lower = the round((N - C)/2)-th smallest, upper = the (round((N + C)/2) + 1)-th.
    /// - Complexity: O(n^2 log n) (for a few dozen pairs a sort beats three selections).
    /// - Parameters:
    ///   - varianceOfS: Var S of the Mann-Kendall test on the same values, when the caller has it (saves recomputing
    ///     the tie groups); nil computes it.
    public static func estimate(years: [Double], values: [Double], level: Double = 95, varianceOfS: Double? = nil) -> TheilSenEstimate? {
        precondition(years.count == values.count, "one year per value")
        var xs: [Double] = [], ys: [Double] = []
        for (x, y) in zip(years, values) where !y.isNaN && !x.isNaN { xs.append(x); ys.append(y) }
        let n = xs.count
        if n < 2 { return nil }
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in (i + 1)..<n where xs[j] != xs[i] {
                slopes.append(xs[j] > xs[i] ? (ys[j] - ys[i]) / (xs[j] - xs[i]) : (ys[i] - ys[j]) / (xs[i] - xs[j]))
            }
        }
        if slopes.isEmpty { return nil }
        slopes.sort()
        let slope = Descriptive.quantile(sorted: slopes, 0.5)
        let intercept = Descriptive.median(ys) - slope * Descriptive.median(xs)
        let varianceS = varianceOfS ?? MannKendallTest.varianceS(values: ys)
        let c = Normal.quantile(0.5 + level / 200) * varianceS.squareRoot()
        let count = Double(slopes.count)
        let lowerRank = Int(((count - c) / 2).rounded())          // 1-based
        let upperRank = Int(((count + c) / 2).rounded()) + 1      // 1-based
        let ok = lowerRank >= 1 && upperRank <= slopes.count
        return TheilSenEstimate(slope: slope, intercept: intercept, lower: ok ? slopes[lowerRank - 1] : nil,
                                upper: ok ? slopes[upperRank - 1] : nil, level: level)
    }
}
