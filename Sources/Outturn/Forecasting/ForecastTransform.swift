import RealModule

/// A transform applied before a model and undone after it.
public enum ForecastTransform: Sendable, Hashable {
    case identity
    /// log((x - a) / (b - x)) on [a, b]: forecasts stay inside the bounds (a rate, say; the upper bound is a
    /// parameter because execution can exceed 100%).
    case logit(lower: Double, upper: Double)

    func forward(_ x: Double) -> Double {
        switch self {
        case .identity: return x
        case let .logit(a, b):
            // Values on or beyond a bound are pulled 0.1% of the range inside it: the logit of a bound is infinite.
            let e = 0.001 * (b - a)
            let v = min(b - e, max(a + e, x))
            return Double.log((v - a) / (b - v))
        }
    }

    /// `x` pulled onto the nearer bound when it lies outside a logit transform's bounds (a mean or interval end
    /// made on the original scale, which the transform alone would not keep inside); unchanged for the identity.
    func keptInside(_ x: Double) -> Double {
        guard case let .logit(a, b) = self else { return x }
        return min(b, max(a, x))
    }

    func inverse(_ z: Double) -> Double {
        switch self {
        case .identity: return z
        case let .logit(a, b):
            if z > 700 { return b }
            let ez = Double.exp(z)
            return (b * ez + a) / (ez + 1)
        }
    }
}
