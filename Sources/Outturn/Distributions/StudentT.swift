import RealModule

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

    /// P(|T| > |t|) for one number of degrees of freedom and many t, as in a batch of trend fits: what depends
    /// only on nu is computed once. For integer nu up to 200 (n - 2 for series of up to 202 years) the p-value is
    /// the same continued fraction, I_x(nu/2, 1/2), evaluated by its forward recurrence with the partial
    /// numerators' constant factors tabulated and x^(nu/2) formed by multiplication: no division, logarithm or
    /// exponential per t (about 10x cheaper), agreeing with `twoSidedPValue`'s modified-Lentz evaluation to
    /// 1e-13 relative (tests). Other nu, and t so large that x^(nu/2) would underflow, take the general path.
    public struct TwoSidedTail: Sendable {
        /// Degrees of freedom, > 0.
        public let degreesOfFreedom: Double
        private let logBeta: Double
        private let integer: IntegerDegrees?

        public init(degreesOfFreedom nu: Double) {
            precondition(nu > 0, "degrees of freedom must be positive")
            degreesOfFreedom = nu
            logBeta = SpecialFunctions.logBeta(nu / 2, 0.5)
            integer = nu == nu.rounded() && nu <= 200 ? IntegerDegrees(Int(nu), logBeta: logBeta) : nil
        }

        /// The two-sided p-value of `t` (NaN for NaN, 0 for an infinite t).
        public func pValue(_ t: Double) -> Double {
            if t.isNaN { return .nan }
            if t.isInfinite { return 0 }
            let t2 = t * t
            if t2 > 0, let p = integer?.pValue(t2) { return p }
            let nu = degreesOfFreedom
            let x = nu / (nu + t2), y = t2 / (nu + t2)
            return SpecialFunctions.incompleteBeta(x: x, y: y, a: nu / 2, b: 0.5, logBeta: logBeta).lower
        }
    }

    /// I_x(nu/2, 1/2) for an integer nu: the continued fraction of Numerical Recipes' `betacf`,
    /// 1 / (1 + d1 / (1 + d2 / (1 + ...))), with d_n = x * alpha_n, evaluated by the forward recurrence
    /// A_n = A_{n-1} + d_n A_{n-2} (same for B), stopping when the last change, |d_1 ... d_n| / |A_n B_{n-1}|,
    /// is below 1e-17. Terms stay within [2^-128, 2^128] for the at most 200 steps taken, so no rescaling.
    private struct IntegerDegrees: Sendable {
        let nu: Int
        let a: Double
        /// alpha_n of I_x(nu/2, 1/2) and of I_y(1/2, nu/2), the side used when x is near 1.
        let lowerSide: [Double], upperSide: [Double]
        /// 1 / B(nu/2, 1/2).
        let inverseBeta: Double
        /// x below which the lower side's fraction converges faster: (a + 1) / (a + b + 2).
        let switchPoint: Double

        init(_ nu: Int, logBeta: Double) {
            self.nu = nu
            a = Double(nu) / 2
            lowerSide = Self.numeratorFactors(a: a, b: 0.5)
            upperSide = Self.numeratorFactors(a: 0.5, b: a)
            inverseBeta = Double.exp(-logBeta)
            switchPoint = (a + 1) / (a + 2.5)
        }

        static func numeratorFactors(a: Double, b: Double, steps: Int = 100) -> [Double] {
            var alpha = [-(a + b) / (a + 1)]
            for m in 1...steps {
                let m = Double(m)
                alpha.append(m * (b - m) / ((a - 1 + 2 * m) * (a + 2 * m)))
                alpha.append(-(a + m) * (a + b + m) / ((a + 2 * m) * (a + 1 + 2 * m)))
            }
            return alpha
        }

        /// P(|T| > t) from t^2 > 0, or nil when the general path should decide (underflow, no convergence).
        func pValue(_ t2: Double) -> Double? {
            let v = Double(nu)
            let x = v / (v + t2), y = t2 / (v + t2)
            // x^(nu/2) by repeated squaring (a few ulps), times sqrt(x) for odd nu.
            var power = 1.0, base = x, e = nu >> 1
            while e > 0 {
                if e & 1 == 1 { power *= base }
                base *= base
                e >>= 1
            }
            if nu & 1 == 1 { power *= x.squareRoot() }
            if power < 1e-280 { return nil }
            let front = power * y.squareRoot() * inverseBeta
            if x < switchPoint {
                guard let f = Self.fraction(x, lowerSide) else { return nil }
                return front * f / a
            }
            guard let f = Self.fraction(y, upperSide) else { return nil }
            return 1 - front * f / 0.5
        }

        static func fraction(_ x: Double, _ alpha: [Double]) -> Double? {
            var previousA = 1.0, currentA = 1.0, previousB = 0.0, currentB = 1.0, product = 1.0
            return alpha.withUnsafeBufferPointer { alpha -> Double? in
                for n in 0..<alpha.count {
                    let d = x * alpha[n]
                    (previousA, currentA) = (currentA, currentA + d * previousA)
                    (previousB, currentB) = (currentB, currentB + d * previousB)
                    product *= abs(d)
                    if n & 1 == 0, n > 0, product <= 1e-17 * abs(currentA * previousB) { return currentB / currentA }
                }
                return nil
            }
        }
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
        let logC = SpecialFunctions.logGamma((nu + 1) / 2) - SpecialFunctions.logGamma(nu / 2) - 0.5 * Double.log(nu * Double.pi)
        return Double.exp(logC - (nu + 1) / 2 * Double.log(onePlus: t * t / nu))
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
        if nu == 1 { return sign / Double.tan(Double.pi * tail) }  // Cauchy: cot(pi * tail), no cancellation
        if nu == 2 { return sign * (2.0 / (4 * tail * (1 - tail)) - 2).squareRoot() }
        if nu >= 3, nu <= 120, nu == nu.rounded(), let table = commonQuantiles.first(where: { $0.tail == tail }) {
            return sign * table.values[Int(nu) - 3]
        }
        return sign * upperQuantile(tail: tail, degreesOfFreedom: nu)
    }

    /// The quantiles of the usual two-sided 95% and 80% intervals (the tails of p = 0.975 and 0.9, as
    /// `0.5 + level / 200` computes them) for whole degrees of freedom 3...120, computed once, on first use, by
    /// ``upperQuantile(tail:degreesOfFreedom:)``, so exactly the values it gives: a backtest of a few thousand
    /// series asks for these same few values millions of times, each a root-finding on the incomplete beta.
    private static let commonQuantiles: [(tail: Double, values: [Double])] = [0.975, 0.9].map { p in
        let tail = min(p, 1 - p)
        return (tail, (3...120).map { upperQuantile(tail: tail, degreesOfFreedom: Double($0)) })
    }

    /// t > 0 with P(T > t) = tail, for nu other than 1 and 2.
    static func upperQuantile(tail: Double, degreesOfFreedom nu: Double) -> Double {
        let target = Double.log(tail)
        func logTail(_ t: Double) -> Double { Double.log(0.5 * twoSidedPValue(t, degreesOfFreedom: nu)) }
        // Bracket [lo, hi] with logTail(lo) >= target >= logTail(hi).
        var lo = 0.0, hi = max(1.0, -Normal.quantile(tail))
        while logTail(hi) > target { lo = hi; hi *= 2 }
        var t = 0.5 * (lo + hi)
        for _ in 0..<200 {
            let f = logTail(t) - target
            if f > 0 { lo = t } else { hi = t }
            if f == 0 { break }
            // d/dt Double.log(tail) = -pdf(t) / tail(t)
            let derivative = -pdf(t, degreesOfFreedom: nu) / Double.exp(logTail(t))
            var next = t - f / derivative
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - t) <= 1e-15 * abs(t) { t = next; break }
            t = next
        }
        return t
    }
}
