import RealModule

/// Special functions behind the distributions: log-gamma and the regularised incomplete beta function.
enum SpecialFunctions {
    /// ln |Γ(x)|; RealModule's `logGamma` calls the thread-safe `lgamma_r` (plain `lgamma` writes a global sign).
    static func logGamma(_ x: Double) -> Double { Double.logGamma(x) }

    /// ln B(a, b).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        logGamma(a) + logGamma(b) - logGamma(a + b)
    }

    /// The regularised incomplete beta function I_x(a, b) and its complement 1 - I_x(a, b), both to full relative
    /// precision. The caller passes x and y = 1 - x separately, so a y computed without cancellation (e.g.
    /// t^2 / (nu + t^2)) keeps its digits.
    ///
    /// Continued fraction (modified Lentz) on whichever side converges, as in Numerical Recipes' `betacf`; the
    /// other side is 1 minus it, which is accurate because that side is at least about one half.
    ///
    /// - Edge cases: x <= 0 gives (0, 1); y <= 0 gives (1, 0).
    static func incompleteBeta(x: Double, y: Double, a: Double, b: Double) -> (lower: Double, upper: Double) {
        incompleteBeta(x: x, y: y, a: a, b: b, logBeta: logBeta(a, b))
    }

    /// `incompleteBeta(x:y:a:b:)` with ln B(a, b) given, for callers that evaluate many x with the same a and b
    /// (the log-gammas are most of the cost outside the continued fraction).
    static func incompleteBeta(x: Double, y: Double, a: Double, b: Double, logBeta: Double) -> (lower: Double, upper: Double) {
        precondition(a > 0 && b > 0, "incomplete beta needs a, b > 0")
        if x <= 0 { return (0, 1) }
        if y <= 0 { return (1, 0) }
        let logFront = a * Double.log(x) + b * Double.log(y) - logBeta
        if x < (a + 1) / (a + b + 2) {
            let lower = Double.exp(logFront) * continuedFraction(x: x, a: a, b: b) / a
            return (lower, 1 - lower)
        } else {
            let upper = Double.exp(logFront) * continuedFraction(x: y, a: b, b: a) / b
            return (1 - upper, upper)
        }
    }

    /// The continued fraction of I_x(a, b) (Numerical Recipes 6.4), evaluated by the modified Lentz method.
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}

extension SpecialFunctions {
    /// The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x >= 0: a power
    /// series for x < a + 1, a continued fraction (modified Lentz) beyond, each to full double precision.
    static func upperIncompleteGamma(a: Double, x: Double) -> Double {
        precondition(a > 0 && x >= 0, "Q(a, x) needs a > 0 and x >= 0")
        if x == 0 { return 1 }
        let logPrefix = a * Double.log(x) - x - logGamma(a)
        if x < a + 1 {
            // P(a, x) = x^a e^-x / Γ(a + 1) * sum x^n / ((a + 1) ... (a + n))
            var term = 1 / a, sum = term, ap = a
            for _ in 0..<10_000 {
                ap += 1
                term *= x / ap
                sum += term
                if abs(term) < abs(sum) * 1e-17 { break }
            }
            return max(0, 1 - sum * Double.exp(logPrefix))
        }
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return Double.exp(logPrefix) * h
    }
}

/// The chi-square distribution.
public enum ChiSquare {
    /// P(X > x) for `degreesOfFreedom` k: Q(k/2, x/2).
    public static func survival(_ x: Double, degreesOfFreedom k: Double) -> Double {
        precondition(k > 0, "degrees of freedom must be positive")
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        return SpecialFunctions.upperIncompleteGamma(a: k / 2, x: x / 2)
    }
}
