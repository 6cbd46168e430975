/// The F distribution with (d1, d2) degrees of freedom.
public enum FisherF {
    /// P(F > f): the p-value of an F statistic, I_{d2/(d2 + d1 f)}(d2/2, d1/2), with both arguments of the beta
    /// function formed without cancellation.
    public static func survival(_ f: Double, _ d1: Double, _ d2: Double) -> Double {
        precondition(d1 > 0 && d2 > 0, "degrees of freedom must be positive")
        if f.isNaN { return .nan }
        if f <= 0 { return 1 }
        if f.isInfinite { return 0 }
        let denominator = d2 + d1 * f
        return SpecialFunctions.incompleteBeta(x: d2 / denominator, y: d1 * f / denominator, a: d2 / 2, b: d1 / 2).lower
    }

    /// P(F <= f).
    public static func cdf(_ f: Double, _ d1: Double, _ d2: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 0 }
        if f.isInfinite { return 1 }
        let denominator = d2 + d1 * f
        return SpecialFunctions.incompleteBeta(x: d2 / denominator, y: d1 * f / denominator, a: d2 / 2, b: d1 / 2).upper
    }
}
