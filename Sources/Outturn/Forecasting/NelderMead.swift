import RealModule
/// Minimises a function over a box by the Nelder-Mead simplex method (Lagarias et al. 1998 coefficients),
/// points projected into the box. Deterministic; used for the smoothing parameters of exponential smoothing.
///
/// Points are `SIMD4<Double>` with the first `dimension` lanes used (at most four; the others zero in the start,
/// bounds and steps, and they stay zero): a fit runs this a few hundred times per series and origin, and points
/// held in registers make it nearly allocation-free. The arithmetic is lane by lane, so the results are those of
/// the array version it replaced, bit for bit (SmoothingSearchTests keeps that version as the reference).
///
/// A run is a state machine (``Run``) that asks for one value at a time, so several runs from different starts
/// can advance together and have their points evaluated side by side (``minimiseTogether(_:_:_:skip:skipped:)``): a
/// smoothing model's likelihood is a chain of dependent steps, and two chains interleaved keep the processor
/// busy where one leaves it waiting. Each run asks for the same points in the same order as it would alone.
enum NelderMead {
    typealias Point = SIMD4<Double>

    /// The n + 1 vertices (or their values) of a simplex of up to four dimensions, held inline: no array, so no bounds or
    /// uniqueness checks on the hot path.
    struct Vertices<Element> {
        private var e0, e1, e2, e3, e4: Element
        init(repeating x: Element) { (e0, e1, e2, e3, e4) = (x, x, x, x, x) }
        subscript(k: Int) -> Element {
            @inline(__always) get { switch k { case 0: e0; case 1: e1; case 2: e2; case 3: e3; default: e4 } }
            @inline(__always) set { switch k { case 0: e0 = newValue; case 1: e1 = newValue; case 2: e2 = newValue; case 3: e3 = newValue; default: e4 = newValue } }
        }
    }

    /// The number of parameters as a type, so that a run's loops over its vertices have a constant count
    /// (unrolled, each inline vertex reached directly).
    protocol Dimension { static var count: Int { get } }
    enum One: Dimension { static var count: Int { 1 } }
    enum Two: Dimension { static var count: Int { 2 } }
    enum Three: Dimension { static var count: Int { 3 } }
    enum Four: Dimension { static var count: Int { 4 } }

    /// One minimisation in progress.
    struct Run<D: Dimension> {
        @inline(__always) var n: Int { D.count }
        let lower: Point, upper: Point
        let maxEvaluations: Int, tolerance: Double
        /// When positive, the values are positive (sums of squares) and the run minimises `logWeight * log(value)`
        /// (a Gaussian -2 log-likelihood up to a constant, its convergence judged on that scale) by comparing the
        /// values themselves: the logarithm orders them the same, and is then taken once or twice per iteration (the
        /// best value's is kept while it stays the best) instead of once per evaluation (about 8% of a damped backtest).
        let logWeight: Double
        private var simplex = Vertices(repeating: Point()), values = Vertices(repeating: 0.0)
        private(set) var evaluations = 0
        private var centroid = Point(), worst = Point()
        /// The best value the convergence test last took the logarithm of, and `logWeight` times that logarithm:
        /// the best vertex changes in a minority of iterations, so its logarithm is mostly reused.
        private var bestLogged = (value: Double.nan, weighted: 0.0)
        private enum Phase {
            case initial(Int)
            case reflect
            case expand(reflected: Point, value: Double)
            case contract(value: Double, outside: Bool)
            case shrink(Int)
            case done
        }
        private var phase = Phase.initial(0)
        /// The point whose value the run needs next; nil when it has finished.
        private(set) var pending: Point?

        init(start: Point, lower: Point, upper: Point, step: Point, maxEvaluations: Int = 2000, tolerance: Double = 1e-10, logWeight: Double = 0) {
            let n = D.count
            precondition((n..<4).allSatisfy { start[$0] == 0 && lower[$0] == 0 && upper[$0] == 0 && step[$0] == 0 }, "unused lanes are zero")
            (self.lower, self.upper, self.maxEvaluations, self.tolerance, self.logWeight) = (lower, upper, maxEvaluations, tolerance, logWeight)
            simplex[0] = Self.clamp(start, lower, upper)
            for i in 0..<n {
                var p = start
                p[i] += step[i]
                if p[i] > upper[i] { p[i] = start[i] - step[i] }
                simplex[i + 1] = Self.clamp(p, lower, upper)
            }
            pending = simplex[0]
        }

        @inline(__always) private static func clamp(_ x: Point, _ lower: Point, _ upper: Point) -> Point {
            var c = x
            for i in 0..<4 { c[i] = min(upper[i], max(lower[i], x[i])) }
            return c
        }

        @inline(__always) private func along(_ t: Double) -> Point { Self.clamp(centroid + t * (worst - centroid), lower, upper) }

        /// The best point found and its value (once finished).
        var best: (point: Point, value: Double) {
            var b = 0
            for k in 1...n where values[k] < values[b] { b = k }
            return (simplex[b], values[b])
        }

        /// Takes the value of the pending point and moves to the next.
        @inline(__always) mutating func receive(_ value: Double) {
            evaluations += 1
            switch phase {
            case let .initial(k):
                values[k] = value
                if k < n { phase = .initial(k + 1); pending = simplex[k + 1] } else { iterate() }
            case .reflect:
                let reflected = pending!
                if value < values[0] {
                    phase = .expand(reflected: reflected, value: value); pending = along(-2)
                } else if value < values[n - 1] {
                    simplex[n] = reflected; values[n] = value; iterate()
                } else {
                    let outside = value < values[n]
                    phase = .contract(value: value, outside: outside); pending = along(outside ? -0.5 : 0.5)
                }
            case let .expand(reflected, fr):
                if value < fr { simplex[n] = pending!; values[n] = value } else { simplex[n] = reflected; values[n] = fr }
                iterate()
            case let .contract(fr, outside):
                if value < (outside ? fr : values[n]) {
                    simplex[n] = pending!; values[n] = value; iterate()
                } else {
                    // Shrink towards the best vertex, one vertex at a time.
                    phase = .shrink(1); simplex[1] = Self.clamp(simplex[0] + 0.5 * (simplex[1] - simplex[0]), lower, upper); pending = simplex[1]
                }
            case let .shrink(k):
                values[k] = value
                if k < n {
                    phase = .shrink(k + 1)
                    simplex[k + 1] = Self.clamp(simplex[0] + 0.5 * (simplex[k + 1] - simplex[0]), lower, upper); pending = simplex[k + 1]
                } else {
                    iterate()
                }
            case .done:
                preconditionFailure("the run has finished")
            }
        }

        /// Whether the sorted simplex's best and worst values agree within the tolerance (on the log scale with
        /// a `logWeight`).
        ///
        /// On the log scale, w log(fn / f0) >= w (1 - f0 / fn): when that bound alone exceeds the tolerance by a
        /// margin far wider than the rounding of the logarithms (twice the tolerance, plus 1e-12 of the best's
        /// weighted logarithm), the run has not converged, and the worst value's logarithm is not taken. The
        /// answer is the one the logarithms would give; it saves a logarithm in most iterations (about 4% of
        /// a damped backtest).
        @inline(__always) private mutating func converged() -> Bool {
            guard logWeight > 0 else { return abs(values[n] - values[0]) <= tolerance * (abs(values[0]) + 1e-20) }
            if !(values[0] == bestLogged.value) { bestLogged = (values[0], logWeight * Double.log(values[0])) }
            let f0 = bestLogged.weighted, threshold = tolerance * (abs(f0) + 1e-20)
            if values[n] == .infinity || logWeight * (1 - values[0] / values[n]) > 2 * threshold + 1e-12 * abs(f0) { return false }
            return abs(logWeight * Double.log(values[n]) - f0) <= threshold
        }

        /// Sorts the simplex, stops when converged or out of evaluations, else asks for the reflected point.
        @inline(__always) private mutating func iterate() {
            guard evaluations < maxEvaluations else { phase = .done; pending = nil; return }
            // Stable insertion sort by value, written as every adjacent compare-and-swap insertion sort would
            // reach: the same order (the sorted prefix has no adjacent pair out of order, so the comparisons past
            // insertion sort's stop never swap), and with the dimension constant, every index is constant.
            for k in 1...n {
                for j in stride(from: k, to: 0, by: -1) where values[j] < values[j - 1] {
                    (simplex[j], simplex[j - 1]) = (simplex[j - 1], simplex[j])
                    (values[j], values[j - 1]) = (values[j - 1], values[j])
                }
            }
            if converged() { phase = .done; pending = nil; return }
            centroid = Point()
            for k in 0..<n { centroid += simplex[k] / Double(n) }
            worst = simplex[n]
            phase = .reflect; pending = along(-1)
        }
    }

    /// Advances every run to its end, evaluating their pending points two at a time with `pair` where it can
    /// (`single` for the odd one). A point `skip` names (outside the feasible region) is valued `skipped` at once,
    /// as `single` would value it, so that it takes no place in a pair. `pair` must give each point the value
    /// `single` would.
    ///
    /// The runs still searching are bits of one word and the runs are reached through their buffer: this loop
    /// runs once or twice per evaluation, and an index array rebuilt each round (and the checks of `inout`
    /// array access) cost 2-4% of a damped backtest.
    @inline(__always) static func minimiseTogether<D: Dimension>(_ runs: inout [Run<D>], _ single: (Point) -> Double, _ pair: (Point, Point) -> (Double, Double),
                                                               skip: (Point) -> Bool, skipped: Double) {
        precondition(runs.count <= 64, "at most 64 runs advance together")
        runs.withUnsafeMutableBufferPointer { r in
            var active: UInt64 = 0
            for i in r.indices where r[i].pending != nil { active |= 1 << UInt64(i) }
            while active != 0 {
                var bits = active
                while bits != 0 {
                    let a = bits.trailingZeroBitCount
                    bits &= bits - 1
                    while let p = r[a].pending, skip(p) { r[a].receive(skipped) }
                    if r[a].pending == nil { active &= ~(1 << UInt64(a)) }
                }
                // Pairs in index order, the odd run last, as the runs' order has always paired them.
                bits = active
                while bits != 0 {
                    let a = bits.trailingZeroBitCount
                    bits &= bits - 1
                    if bits == 0 {
                        r[a].receive(single(r[a].pending!))
                    } else {
                        let b = bits.trailingZeroBitCount
                        bits &= bits - 1
                        let (fa, fb) = pair(r[a].pending!, r[b].pending!)
                        r[a].receive(fa); r[b].receive(fb)
                    }
                }
                bits = active
                while bits != 0 {
                    let a = bits.trailingZeroBitCount
                    bits &= bits - 1
                    if r[a].pending == nil { active &= ~(1 << UInt64(a)) }
                }
            }
        }
    }
}
