/// The Mann-Kendall test for a monotonic trend: S = sum over pairs k < j of sign(y_j - y_k), in time order.
///
/// p-values: the exact permutation distribution of S for n <= 10 without ties (Kendall's tau; for short annual
/// series the normal approximation is far off: 5.5e-6 exact against 2.6e-4 approximate for nine rising
/// points); above that, or with ties, the normal approximation with tie-corrected variance and continuity
/// correction, Z = (S - sign S) / sqrt(Var S).
///
/// Note the floor of the exact test: with n points the smallest two-sided p is 2/n!, so four annual points can
/// never be significant at 5% (0.083), five barely (0.017).
public struct MannKendallTest: Sendable, Equatable {
    /// Number of observations used.
    public let observations: Int
    /// The statistic S.
    public let s: Int
    /// Var S with the tie correction [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18.
    public let varianceS: Double
    /// Kendall's tau-b between time and value (tau-a when there are no ties).
    public let tau: Double?
    /// Z of the normal approximation (nil when Var S = 0).
    public let z: Double?
    /// Two-sided p-value.
    public let pValue: Double
    /// Whether `pValue` is exact (n <= 10, no ties).
    public let exact: Bool

    /// The test on values in time order (missing values skipped); nil with fewer than two observations.
    /// - Complexity: O(n^2).
    public static func test(values: [Double]) -> MannKendallTest? {
        let y = values.filter { !$0.isNaN }
        let n = y.count
        if n < 2 { return nil }
        var s = 0
        for k in 0..<(n - 1) {
            for j in (k + 1)..<n { s += y[j] > y[k] ? 1 : (y[j] < y[k] ? -1 : 0) }
        }
        let ties = tieGroups(y)
        let variance = varianceS(count: n, ties: ties)
        let pairs = Double(n * (n - 1) / 2)
        let tiedPairs = ties.reduce(0.0) { $0 + Double($1 * ($1 - 1) / 2) }
        let tauDenominator = (pairs * (pairs - tiedPairs)).squareRoot()
        let tau: Double? = tauDenominator > 0 ? Double(s) / tauDenominator : nil
        let z: Double? = variance > 0 ? Double(s - s.signum()) / variance.squareRoot() : nil
        if n <= 10 && ties.isEmpty {
            return MannKendallTest(observations: n, s: s, varianceS: variance, tau: tau, z: z,
                                   pValue: exactTwoSidedPValue(s: s, n: n), exact: true)
        }
        let p = z.map { min(1, 2 * Normal.survival(abs($0))) } ?? 1
        return MannKendallTest(observations: n, s: s, varianceS: variance, tau: tau, z: z, pValue: p, exact: false)
    }

    /// Var S, tie-corrected, of the non-missing values.
    static func varianceS(values: [Double]) -> Double {
        let y = values.filter { !$0.isNaN }
        return varianceS(count: y.count, ties: tieGroups(y))
    }

    /// Var S of `count` values whose groups of equal values have the sizes `ties`.
    private static func varianceS(count: Int, ties: [Int]) -> Double {
        let n = Double(count)
        let correction = ties.reduce(0.0) { t, g in
            let g = Double(g)
            return t + g * (g - 1) * (2 * g + 5)
        }
        return (n * (n - 1) * (2 * n + 5) - correction) / 18
    }

    /// Sizes of groups of equal values (only groups of two or more).
    private static func tieGroups(_ y: [Double]) -> [Int] {
        let sorted = y.sorted()
        var groups: [Int] = []
        var run = 1
        for k in 1..<max(1, sorted.count) {
            if sorted[k] == sorted[k - 1] { run += 1 } else {
                if run > 1 { groups.append(run) }
                run = 1
            }
        }
        if run > 1 { groups.append(run) }
        return groups
    }

    /// P(|S| >= |s|) under the null for n distinct values: S = N - 2 I with I the number of inversions of a random
    /// permutation, whose counts are the Mahonian numbers.
    static func exactTwoSidedPValue(s: Int, n: Int) -> Double {
        let pairs = n * (n - 1) / 2
        // counts[k] = permutations of n with k inversions.
        var counts = [Double](repeating: 0, count: pairs + 1)
        counts[0] = 1
        var maxInversions = 0
        for m in 2...max(2, n) where m <= n {
            var next = [Double](repeating: 0, count: pairs + 1)
            let newMax = maxInversions + (m - 1)
            for k in 0...newMax {
                var total = 0.0
                for j in 0...min(k, m - 1) where k - j <= maxInversions { total += counts[k - j] }
                next[k] = total
            }
            counts = next
            maxInversions = newMax
        }
        let permutations = counts.reduce(0, +)
        // S >= |s|  <=>  I <= (N - |s|) / 2
        let limit = (pairs - abs(s)) / 2
        var tail = 0.0
        for k in 0...max(0, limit) where k <= pairs { tail += counts[k] }
        if s == 0 { return 1 }
        return min(1, 2 * tail / permutations)
    }
}
