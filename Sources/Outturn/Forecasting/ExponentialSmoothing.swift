/// Exponential smoothing with additive errors and an optional (damped) additive trend, the state-space models
/// ETS(A,N,N) (simple), ETS(A,A,N) (Holt) and ETS(A,Ad,N) (damped Holt) of Hyndman et al. (2008), as R's `ets`.
///
/// One-step prediction yhat_t = l_{t-1} + phi b_{t-1}; error e_t = y_t - yhat_t;
/// l_t = yhat_t + alpha e_t; b_t = phi b_{t-1} + beta e_t (beta in the error-correction form: beta = alpha * b*
/// of the component form). A missing year propagates the state without an update (e_t = 0), as R's ets does.
///
/// Parameters (alpha, beta, phi and the initial states l0, b0) minimise n log(SSE), the concentrated Gaussian
/// likelihood, by Nelder-Mead within R's "usual" bounds: 1e-4 <= alpha <= 0.9999, 1e-4 <= beta <= alpha,
/// 0.8 <= phi <= 0.98. sigma^2 = SSE / (n - k) with k the number of estimated parameters (R's convention).
public struct ExponentialSmoothing: Sendable, Equatable {
    public enum Trend: String, Sendable, Hashable { case none, additive, damped }

    public let trend: Trend
    /// Smoothing parameter of the level, in (0, 1).
    public let alpha: Double
    /// Smoothing parameter of the trend (error-correction form), 0 without trend.
    public let beta: Double
    /// Damping parameter, 1 unless damped.
    public let phi: Double
    /// Initial level and trend (the states before the first year).
    public let initialLevel: Double
    public let initialTrend: Double
    /// Final level and trend (after the last year).
    public let level: Double
    public let slope: Double
    /// Sum of squared one-step errors over the observed years.
    public let sumOfSquaredErrors: Double
    /// Observed years used.
    public let observations: Int
    /// Estimated parameters (smoothing parameters and initial states).
    public let parameterCount: Int

    /// sigma^2 = SSE / (n - k); nil when n <= k.
    public var variance: Double? { observations > parameterCount ? sumOfSquaredErrors / Double(observations - parameterCount) : nil }

    /// Fewest observed years each variant needs: two more than its parameters' count would leave no degrees of
    /// freedom, so simple 3, Holt 5, damped 6.
    public static func minimumObservations(_ trend: Trend) -> Int {
        switch trend { case .none: return 3; case .additive: return 5; case .damped: return 6 }
    }

    /// Runs the recursions with given parameters; returns (SSE, observed count, final level, final trend).
    static func filter(_ y: [Double], trend: Trend, alpha: Double, beta: Double, phi: Double, l0: Double, b0: Double)
        -> (sse: Double, n: Int, level: Double, slope: Double) {
        var l = l0, b = trend == .none ? 0 : b0, sse = 0.0, n = 0
        let damping = trend == .damped ? phi : 1
        for v in y {
            let predicted = l + damping * b
            if v.isNaN {
                l = predicted
                b = damping * b
                continue
            }
            let e = v - predicted
            sse += e * e
            n += 1
            l = predicted + alpha * e
            b = damping * b + beta * e
        }
        return (sse, n, l, b)
    }

    /// Fits the model to a series in time order (NaN = missing year).
    public static func fit(_ y: [Double], trend: Trend) -> ExponentialSmoothing? {
        let observed = y.filter { !$0.isNaN }
        guard observed.count >= minimumObservations(trend), let firstIndex = y.firstIndex(where: { !$0.isNaN }) else { return nil }
        let series = Array(y[firstIndex...])
        // Starting states as R's ets: a regression on the first (up to) ten observed values.
        let head = Array(series.prefix(10).enumerated().filter { !$0.element.isNaN })
        let xs = head.map { Double($0.offset + 1) }, ys = head.map(\.element)
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        var sxy = 0.0, sxx = 0.0
        for (x, v) in zip(xs, ys) { sxy += (x - mx) * (v - my); sxx += (x - mx) * (x - mx) }
        let b0Start = trend == .none || sxx == 0 ? 0 : sxy / sxx
        let l0Start = trend == .none ? my : my - b0Start * mx
        let scale = max(1e-8, (observed.map { abs($0) }.max() ?? 1))
        let n = Double(observed.count)

        func objective(_ p: [Double]) -> Double {
            let (alpha, beta, phi, l0, b0) = unpack(p, trend: trend)
            if trend != .none && beta > alpha { return .infinity }
            let r = filter(series, trend: trend, alpha: alpha, beta: beta, phi: phi, l0: l0, b0: b0)
            return n * _log(max(r.sse, 1e-300 * scale * scale))
        }
        var best: (point: [Double], value: Double)? = nil
        for alphaStart in [0.2, 0.5, 0.9] {
            var start: [Double] = [alphaStart], lower: [Double] = [1e-4], upper: [Double] = [0.9999], step: [Double] = [0.1]
            if trend != .none { start.append(min(0.1, alphaStart / 2)); lower.append(1e-4); upper.append(0.9999); step.append(0.05) }
            if trend == .damped { start.append(0.95); lower.append(0.8); upper.append(0.98); step.append(0.02) }
            let spread = max(1e-8 * scale, (observed.max()! - observed.min()!) / 4)
            start.append(l0Start); lower.append(l0Start - 100 * spread - scale); upper.append(l0Start + 100 * spread + scale); step.append(spread)
            if trend != .none {
                start.append(b0Start); lower.append(b0Start - 100 * spread - scale); upper.append(b0Start + 100 * spread + scale)
                step.append(max(1e-8 * scale, spread / 4))
            }
            let r = NelderMead.minimise(objective, start: start, lower: lower, upper: upper, step: step, maxEvaluations: 1500)
            // Polish from the best point with smaller steps.
            let polished = NelderMead.minimise(objective, start: r.point, lower: lower, upper: upper, step: step.map { $0 / 10 }, maxEvaluations: 1000)
            let better = polished.value < r.value ? polished : r
            if best == nil || better.value < best!.value { best = better }
        }
        guard let best, best.value.isFinite else { return nil }
        let (alpha, beta, phi, l0, b0) = unpack(best.point, trend: trend)
        let r = filter(series, trend: trend, alpha: alpha, beta: beta, phi: phi, l0: l0, b0: b0)
        let k = best.point.count
        return ExponentialSmoothing(trend: trend, alpha: alpha, beta: beta, phi: phi, initialLevel: l0, initialTrend: b0,
                                    level: r.level, slope: r.slope, sumOfSquaredErrors: r.sse, observations: r.n, parameterCount: k)
    }

    /// A model with fixed parameters and initial states (no fitting), run over the series.
    public static func withParameters(_ y: [Double], trend: Trend, alpha: Double, beta: Double = 0, phi: Double = 1,
                                      initialLevel: Double, initialTrend: Double = 0, estimatedParameters: Int = 0) -> ExponentialSmoothing {
        let r = filter(y, trend: trend, alpha: alpha, beta: beta, phi: phi, l0: initialLevel, b0: initialTrend)
        return ExponentialSmoothing(trend: trend, alpha: alpha, beta: beta, phi: trend == .damped ? phi : 1, initialLevel: initialLevel,
                                    initialTrend: initialTrend, level: r.level, slope: r.slope, sumOfSquaredErrors: r.sse,
                                    observations: r.n, parameterCount: estimatedParameters)
    }

    private static func unpack(_ p: [Double], trend: Trend) -> (Double, Double, Double, Double, Double) {
        switch trend {
        case .none: return (p[0], 0, 1, p[1], 0)
        case .additive: return (p[0], p[1], 1, p[2], p[3])
        case .damped: return (p[0], p[1], p[2], p[3], p[4])
        }
    }

    /// Point forecast h years ahead: l_n + (phi + ... + phi^h) b_n.
    public func forecast(_ h: Int) -> Double {
        level + dampedSum(h) * slope
    }

    /// Standard error of the h-step forecast: sigma sqrt(1 + sum_{j=1}^{h-1} c_j^2), c_j = alpha + beta
    /// (phi + ... + phi^j) (Hyndman et al. 2008, class 1). Nil without residual degrees of freedom.
    public func standardError(_ h: Int) -> Double? {
        guard let v = variance else { return nil }
        var s = 1.0
        for j in stride(from: 1, to: h, by: 1) {
            let c = alpha + (trend == .none ? 0 : beta * dampedSum(j))
            s += c * c
        }
        return (v * s).squareRoot()
    }

    private func dampedSum(_ h: Int) -> Double {
        if trend == .none { return 0 }
        if phi == 1 { return Double(h) }
        var s = 0.0, p = 1.0
        for _ in 0..<h { p *= phi; s += p }
        return s
    }
}
