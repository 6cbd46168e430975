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
