import RealModule

/// The standard normal distribution.
public enum Normal {
    /// P(Z <= z), to full relative precision in both tails (via `erfc`).
    public static func cdf(_ z: Double) -> Double { 0.5 * Double.erfc(-z / 2.0.squareRoot()) }

    /// P(Z > z), to full relative precision in the upper tail.
    public static func survival(_ z: Double) -> Double { 0.5 * Double.erfc(z / 2.0.squareRoot()) }

    /// The density.
    public static func pdf(_ z: Double) -> Double { Double.exp(-0.5 * z * z) / (2 * Double.pi).squareRoot() }

    /// The quantile: z with P(Z <= z) = p, for p in (0, 1); -infinity at 0 and +infinity at 1.
    ///
    /// Acklam's rational approximation (relative error 1.2e-9) refined by two Halley steps on `erfc`, which
    /// brings it to within a few ulps.
    public static func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "probability must be in [0, 1]")
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p > 0.5 { return -lowerQuantile(1 - p) }
        return lowerQuantile(p)
    }

    private static func lowerQuantile(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                 -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                 -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        var x: Double
        if p < 0.02425 {
            let q = (-2 * Double.log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        // Halley refinement on the lower tail (x <= 0 here, where cdf keeps full relative precision).
        for _ in 0..<2 {
            let e = cdf(x) - p
            let u = e * (2 * Double.pi).squareRoot() * Double.exp(0.5 * x * x)
            x -= u / (1 + 0.5 * x * u)
        }
        return x
    }
}
