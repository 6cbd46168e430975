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
