import RealModule
/// Exponential smoothing with additive errors and an optional (damped) additive trend, the state-space models
/// ETS(A,N,N) (simple), ETS(A,A,N) (Holt) and ETS(A,Ad,N) (damped Holt) of Hyndman et al. (2008), as R's `ets`.
///
/// One-step prediction yhat_t = l_{t-1} + phi b_{t-1}; error e_t = y_t - yhat_t;
/// l_t = yhat_t + alpha e_t; b_t = phi b_{t-1} + beta e_t (beta in the error-correction form: beta = alpha * b*
/// of the component form). A missing year propagates the state without an update (e_t = 0), as R's ets does.
///
/// Parameters (alpha, beta, phi and the initial states l0, b0) minimise n log(SSE), the concentrated Gaussian
/// likelihood, within R's "usual" bounds: 1e-4 <= alpha <= 0.9999, 1e-4 <= beta <= alpha, 0.8 <= phi <= 0.98.
/// The initial states are profiled out exactly (the errors are linear in them), so Nelder-Mead searches only
/// the one to three smoothing parameters. sigma^2 = SSE / (n - k) with k the number of estimated parameters,
/// initial states included (R's convention).
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

    /// The initial states that minimise SSE for given smoothing parameters, and that SSE.
    ///
    /// The one-step errors are linear in the initial states (l0, b0): e = e0 - l0 g - b0 h, where e0 are the
    /// errors from zero initial states and g, h the errors' response to a unit initial level or trend. So the
    /// best initial states solve a 2 x 2 (or 1 x 1) least-squares problem, in one pass over the data. The
    /// search then runs over the smoothing parameters only.
    static func profile(_ y: [Double], trend: Trend, alpha: Double, beta: Double, phi: Double) -> (sse: Double, l0: Double, b0: Double) {
        let damping = trend == .damped ? phi : 1
        // States of three linear systems: data with zero start, zero data with unit level, with unit trend.
        var l = 0.0, b = 0.0, gl = 1.0, gb = 0.0, hl = 0.0, hb = 1.0
        var see = 0.0, seg = 0.0, seh = 0.0, sgg = 0.0, sgh = 0.0, shh = 0.0
        for v in y {
            let p = l + damping * b, pg = gl + damping * gb, ph = hl + damping * hb
            if v.isNaN {
                l = p; b = damping * b; gl = pg; gb = damping * gb; hl = ph; hb = damping * hb
                continue
            }
            let e = v - p, eg = -pg, eh = -ph   // error = e + l0 * eg + b0 * eh
            see += e * e; seg += e * eg; seh += e * eh; sgg += eg * eg; sgh += eg * eh; shh += eh * eh
            l = p + alpha * e; b = damping * b + beta * e
            gl = pg + alpha * eg; gb = damping * gb + beta * eg
            hl = ph + alpha * eh; hb = damping * hb + beta * eh
        }
        return initialStates(trend: trend, see: see, seg: seg, seh: seh, sgg: sgg, sgh: sgh, shh: shh)
    }

    /// ``profile(_:trend:alpha:beta:phi:)`` for two parameter sets in one pass over the data: the same arithmetic
    /// for each, two dependency chains side by side (the processor overlaps them; one alone leaves it waiting on
    /// each step's multiply and add).
    static func profile(_ y: [Double], trend: Trend, _ u: (alpha: Double, beta: Double, phi: Double), _ w: (alpha: Double, beta: Double, phi: Double))
        -> ((sse: Double, l0: Double, b0: Double), (sse: Double, l0: Double, b0: Double)) {
        let du = trend == .damped ? u.phi : 1, dw = trend == .damped ? w.phi : 1
        var l = 0.0, b = 0.0, gl = 1.0, gb = 0.0, hl = 0.0, hb = 1.0
        var see = 0.0, seg = 0.0, seh = 0.0, sgg = 0.0, sgh = 0.0, shh = 0.0
        var l2 = 0.0, b2 = 0.0, gl2 = 1.0, gb2 = 0.0, hl2 = 0.0, hb2 = 1.0
        var see2 = 0.0, seg2 = 0.0, seh2 = 0.0, sgg2 = 0.0, sgh2 = 0.0, shh2 = 0.0
        for v in y {
            let p = l + du * b, pg = gl + du * gb, ph = hl + du * hb
            let p2 = l2 + dw * b2, pg2 = gl2 + dw * gb2, ph2 = hl2 + dw * hb2
            if v.isNaN {
                l = p; b = du * b; gl = pg; gb = du * gb; hl = ph; hb = du * hb
                l2 = p2; b2 = dw * b2; gl2 = pg2; gb2 = dw * gb2; hl2 = ph2; hb2 = dw * hb2
                continue
            }
            let e = v - p, eg = -pg, eh = -ph
            let e2 = v - p2, eg2 = -pg2, eh2 = -ph2
            see += e * e; seg += e * eg; seh += e * eh; sgg += eg * eg; sgh += eg * eh; shh += eh * eh
            see2 += e2 * e2; seg2 += e2 * eg2; seh2 += e2 * eh2; sgg2 += eg2 * eg2; sgh2 += eg2 * eh2; shh2 += eh2 * eh2
            l = p + u.alpha * e; b = du * b + u.beta * e
            gl = pg + u.alpha * eg; gb = du * gb + u.beta * eg
            hl = ph + u.alpha * eh; hb = du * hb + u.beta * eh
            l2 = p2 + w.alpha * e2; b2 = dw * b2 + w.beta * e2
            gl2 = pg2 + w.alpha * eg2; gb2 = dw * gb2 + w.beta * eg2
            hl2 = ph2 + w.alpha * eh2; hb2 = dw * hb2 + w.beta * eh2
        }
        return (initialStates(trend: trend, see: see, seg: seg, seh: seh, sgg: sgg, sgh: sgh, shh: shh),
                initialStates(trend: trend, see: see2, seg: seg2, seh: seh2, sgg: sgg2, sgh: sgh2, shh: shh2))
    }

    /// The initial states minimising SSE = see + 2 s'c + s' M s over s = (l0, b0) (M s = -c), and that SSE.
    @inline(__always)
    private static func initialStates(trend: Trend, see: Double, seg: Double, seh: Double, sgg: Double, sgh: Double, shh: Double) -> (sse: Double, l0: Double, b0: Double) {
        if trend == .none || abs(sgg * shh - sgh * sgh) <= 1e-12 * max(1e-300, sgg * shh) {
            let l0 = sgg > 0 ? -seg / sgg : 0
            return (max(0, see + 2 * l0 * seg + l0 * l0 * sgg), l0, 0)
        }
        let det = sgg * shh - sgh * sgh
        let l0 = (-seg * shh + seh * sgh) / det
        let b0 = (-seh * sgg + seg * sgh) / det
        let sse = see + 2 * (l0 * seg + b0 * seh) + l0 * l0 * sgg + 2 * l0 * b0 * sgh + b0 * b0 * shh
        return (max(0, sse), l0, b0)
    }

    /// Fits the model to a series in time order (NaN = missing year).
    public static func fit(_ y: [Double], trend: Trend) -> ExponentialSmoothing? {
        let observed = y.filter { !$0.isNaN }
        guard observed.count >= minimumObservations(trend), let firstIndex = y.firstIndex(where: { !$0.isNaN }) else { return nil }
        let series = Array(y[firstIndex...])
        let n = Double(observed.count)
        let scale = max(1e-300, observed.reduce(0) { $0 + $1 * $1 } / n)
        // R's "usual" region also asks beta <= alpha; a point outside it is valued infinite, unevaluated.
        func outside(_ p: NelderMead.Point) -> Bool { trend != .none && p[1] > p[0] }
        // The search minimises n log(SSE) (-2 log-likelihood up to a constant, as R's ets) through the SSE itself,
        // floored so that a perfect fit has a logarithm: the runs compare sums of squares and judge convergence
        // on the logarithm's scale (`logWeight`).
        func objective(_ p: NelderMead.Point) -> Double {
            if outside(p) { return .infinity }
            let (alpha, beta, phi) = unpack(p, trend: trend)
            let r = profile(series, trend: trend, alpha: alpha, beta: beta, phi: phi)
            return max(r.sse, 1e-30 * scale)
        }
        // Two feasible points at once, each valued exactly as `objective` values it.
        func objectives(_ p: NelderMead.Point, _ q: NelderMead.Point) -> (Double, Double) {
            let u = unpack(p, trend: trend), w = unpack(q, trend: trend)
            let (r, t) = profile(series, trend: trend, u, w)
            return (max(r.sse, 1e-30 * scale), max(t.sse, 1e-30 * scale))
        }
        // Parameters in order alpha, beta, phi; the unused lanes stay zero.
        let dimension = trend == .none ? 1 : trend == .additive ? 2 : 3
        let used = { (lane: Int, value: Double) in lane < dimension ? value : 0 }
        let lower = NelderMead.Point(1e-4, used(1, 1e-4), used(2, 0.8), 0), upper = NelderMead.Point(0.9999, used(1, 0.9999), used(2, 0.98), 0)
        let step = NelderMead.Point(0.15, used(1, 0.05), used(2, 0.05), 0)
        // The damped likelihood is often multi-modal in phi (R's LakeHuron, first 20 years: a local optimum at
        // phi 0.98 with SSE 6.575 reverses the trend, against 6.549 at the 0.8 bound): start from both ends and
        // the middle of phi's range. The runs advance together, their points valued two at a time.
        let phiStarts = trend == .damped ? [0.8, 0.9, 0.98] : [1.0]
        func search<D: NelderMead.Dimension>(_: D.Type) -> (point: NelderMead.Point, value: Double)? {
            var runs: [NelderMead.Run<D>] = []
            for alphaStart in [0.3, 0.8] {
                for phiStart in phiStarts {
                    let start = NelderMead.Point(alphaStart, trend != .none ? alphaStart / 5 : 0, trend == .damped ? phiStart : 0, 0)
                    runs.append(NelderMead.Run<D>(start: start, lower: lower, upper: upper, step: step, maxEvaluations: 400, tolerance: 1e-8, logWeight: n))
                }
            }
            NelderMead.minimiseTogether(&runs, objective, objectives, skip: outside, skipped: .infinity)
            var best: (point: NelderMead.Point, value: Double)? = nil
            for run in runs where best == nil || run.best.value < best!.value { best = run.best }
            return best
        }
        let best = switch trend {
        case .none: search(NelderMead.One.self)
        case .additive: search(NelderMead.Two.self)
        case .damped: search(NelderMead.Three.self)
        }
        guard let best, best.value.isFinite else { return nil }
        let (alpha, beta, phi) = unpack(best.point, trend: trend)
        let initial = profile(series, trend: trend, alpha: alpha, beta: beta, phi: phi)
        let r = filter(series, trend: trend, alpha: alpha, beta: beta, phi: phi, l0: initial.l0, b0: initial.b0)
        let k = dimension + (trend == .none ? 1 : 2)
        return ExponentialSmoothing(trend: trend, alpha: alpha, beta: beta, phi: phi, initialLevel: initial.l0, initialTrend: initial.b0,
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

    private static func unpack(_ p: NelderMead.Point, trend: Trend) -> (alpha: Double, beta: Double, phi: Double) {
        switch trend {
        case .none: return (p[0], 0, 1)
        case .additive: return (p[0], p[1], 1)
        case .damped: return (p[0], p[1], p[2])
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
