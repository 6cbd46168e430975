/// Minimises a function over a box by the Nelder-Mead simplex method (Lagarias et al. 1998 coefficients),
/// points projected into the box. Deterministic; used for the smoothing parameters of exponential smoothing.
enum NelderMead {
    static func minimise(
        _ f: ([Double]) -> Double, start: [Double], lower: [Double], upper: [Double], step: [Double],
        maxEvaluations: Int = 2000, tolerance: Double = 1e-10
    ) -> (point: [Double], value: Double) {
        let n = start.count
        func clamp(_ x: [Double]) -> [Double] { (0..<n).map { min(upper[$0], max(lower[$0], x[$0])) } }
        var simplex = [clamp(start)]
        for i in 0..<n {
            var p = start
            p[i] += step[i]
            if p[i] > upper[i] { p[i] = start[i] - step[i] }
            simplex.append(clamp(p))
        }
        var values = simplex.map(f)
        var evaluations = n + 1
        while evaluations < maxEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            if abs(values[n] - values[0]) <= tolerance * (abs(values[0]) + 1e-20) { break }
            var centroid = [Double](repeating: 0, count: n)
            for p in simplex.dropLast() { for i in 0..<n { centroid[i] += p[i] / Double(n) } }
            func along(_ t: Double) -> [Double] { clamp((0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) }) }
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
                    for k in 1...n {
                        simplex[k] = clamp((0..<n).map { simplex[0][$0] + 0.5 * (simplex[k][$0] - simplex[0][$0]) })
                        values[k] = f(simplex[k]); evaluations += 1
                    }
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] }!
        return (simplex[best], values[best])
    }
}
