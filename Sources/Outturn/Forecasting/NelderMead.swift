/// Minimises a function over a box by the Nelder-Mead simplex method (Lagarias et al. 1998 coefficients),
/// points projected into the box. Deterministic; used for the smoothing parameters of exponential smoothing.
///
/// Points are `SIMD4<Double>` with the first `dimension` lanes used (at most four): a fit runs this a few
/// hundred times per series and origin, and points held in registers make it nearly allocation-free (the
/// arithmetic is lane by lane, so the results are those of the array version it replaced, bit for bit).
enum NelderMead {
    typealias Point = SIMD4<Double>

    static func minimise(
        _ f: (Point) -> Double, dimension n: Int, start: Point, lower: Point, upper: Point, step: Point,
        maxEvaluations: Int = 2000, tolerance: Double = 1e-10
    ) -> (point: Point, value: Double) {
        precondition((1...4).contains(n), "one to four parameters")
        precondition((n..<4).allSatisfy { start[$0] == 0 && lower[$0] == 0 && upper[$0] == 0 && step[$0] == 0 }, "unused lanes are zero")
        // Whole-vector arithmetic: the unused lanes are zero in every point, bound and step, and stay zero, so
        // the used lanes get exactly the lane-by-lane results.
        @inline(__always) func clamp(_ x: Point) -> Point {
            var c = x
            for i in 0..<4 { c[i] = min(upper[i], max(lower[i], x[i])) }
            return c
        }
        // The simplex: n + 1 vertices and their values, kept sorted by value (stably, as the array version's sort
        // did for so few elements). Two small arrays per call; nothing captures them, so no access is checked
        // at run time.
        var simplex = [Point](repeating: Point(), count: n + 1)
        var values = [Double](repeating: 0, count: n + 1)
        simplex[0] = clamp(start)
        for i in 0..<n {
            var p = start
            p[i] += step[i]
            if p[i] > upper[i] { p[i] = start[i] - step[i] }
            simplex[i + 1] = clamp(p)
        }
        for k in 0...n { values[k] = f(simplex[k]) }
        var evaluations = n + 1
        while evaluations < maxEvaluations {
            // Stable insertion sort by value.
            for k in 1...n {
                let (p, v) = (simplex[k], values[k])
                var j = k
                while j > 0 && v < values[j - 1] { simplex[j] = simplex[j - 1]; values[j] = values[j - 1]; j -= 1 }
                simplex[j] = p; values[j] = v
            }
            if abs(values[n] - values[0]) <= tolerance * (abs(values[0]) + 1e-20) { break }
            var centroid = Point()
            for k in 0..<n { centroid += simplex[k] / Double(n) }
            let worst = simplex[n]
            @inline(__always) func along(_ t: Double) -> Point { clamp(centroid + t * (worst - centroid)) }
            let reflected = along(-1)
            let fr = f(reflected); evaluations += 1
            if fr < values[0] {
                let expanded = along(-2)
                let fe = f(expanded); evaluations += 1
                if fe < fr { simplex[n] = expanded; values[n] = fe } else { simplex[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                simplex[n] = reflected; values[n] = fr
            } else {
                let outside = fr < values[n]
                let contracted = along(outside ? -0.5 : 0.5)
                let fc = f(contracted); evaluations += 1
                if fc < (outside ? fr : values[n]) {
                    simplex[n] = contracted; values[n] = fc
                } else {
                    let best = simplex[0]
                    for k in 1...n {
                        simplex[k] = clamp(best + 0.5 * (simplex[k] - best))
                        values[k] = f(simplex[k]); evaluations += 1
                    }
                }
            }
        }
        var best = 0
        for k in 1...n where values[k] < values[best] { best = k }
        return (simplex[best], values[best])
    }
}
