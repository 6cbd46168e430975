public enum PanelRegression {
    /// Fits `response` on `regressors` over the panel's department-years.
    ///
    /// - Throws: `DataError` for unknown indicators or too few usable rows.
    /// - Complexity: O(n k^2) for n department-years and k regressors.
    public static func fit(
        panel: IndicatorPanel, response: String, regressors: [PanelRegressor], estimator: PanelEstimator
    ) throws -> PanelRegressionFit {
        let yi = try index(panel, response)
        let xis = try regressors.map { try index(panel, $0.indicator) }
        // Rows: department-years with the response and every (lagged) regressor present.
        var rowDepartment: [Int] = [], y: [Double] = [], x: [[Double]] = Array(repeating: [], count: regressors.count)
        for d in panel.departments.indices {
            let ys = panel.series(departmentAt: d, indicatorAt: yi)
            for t in 0..<panel.yearCount {
                let yv = ys[t]
                if yv.isNaN { continue }
                var row: [Double] = []
                for (k, r) in regressors.enumerated() {
                    let s = t - r.lag
                    let v = s >= 0 ? panel.series(departmentAt: d, indicatorAt: xis[k])[s] : .nan
                    if v.isNaN { break }
                    row.append(v)
                }
                if row.count != regressors.count { continue }
                rowDepartment.append(d)
                y.append(yv)
                for k in row.indices { x[k].append(row[k]) }
            }
        }
        let n = y.count
        let groups = Set(rowDepartment).count
        var names = regressors.map(\.name)
        var departmentMeans: [Int: (rows: Int, response: Double, regressors: [Double])] = [:]
        if estimator == .fixedEffects {
            // Within transformation: subtract each department's mean over its rows.
            var start = 0
            while start < n {
                var end = start
                while end < n && rowDepartment[end] == rowDepartment[start] { end += 1 }
                let count = Double(end - start)
                departmentMeans[rowDepartment[start]] = (end - start, y[start..<end].reduce(0, +) / count,
                                                         x.map { $0[start..<end].reduce(0, +) / count })
                demean(&y, start..<end)
                for k in x.indices { demean(&x[k], start..<end) }
                start = end
            }
        } else {
            names.insert("(Intercept)", at: 0)
            x.insert([Double](repeating: 1, count: n), at: 0)
        }
        let k0 = x.count
        let absorbed = estimator == .fixedEffects ? groups : 0
        if n <= k0 + absorbed {
            throw DataError("\(n) usable department-years are too few for \(k0) coefficients\(absorbed > 0 ? " and \(absorbed) department effects" : "")")
        }
        var design = Matrix(rows: n, columns: k0)
        for j in 0..<k0 { for i in 0..<n { design[i, j] = x[j][i] } }
        let qr = try QRLeastSquares(design: design)
        let b = try qr.coefficients(Matrix(rows: n, columns: 1, columnMajor: y))
        let e = try y.withUnsafeBufferPointer { try qr.residuals(y: $0.baseAddress, ldy: n, seriesCount: 1, coefficients: b) }
        let k = qr.rank
        let df = n - k - absorbed
        let sse = e.storage.reduce(0) { $0 + $1 * $1 }
        let sigma2 = sse / Double(df)
        let bread = try qr.unscaledCovariance()  // (X'X)^-1, NaN on aliased columns
        var notes: [String] = []
        if !qr.aliasedColumns.isEmpty {
            notes.append("aliased (not estimated): " + qr.aliasedColumns.map { names[$0] }.joined(separator: ", "))
        }

        // Meat of the cluster sandwich: sum over departments of (X_g' e_g)(X_g' e_g)'.
        let used = qr.estimatedColumns
        var meat = Matrix(rows: k0, columns: k0)
        var start = 0
        while start < n {
            var end = start
            while end < n && rowDepartment[end] == rowDepartment[start] { end += 1 }
            var score = [Double](repeating: 0, count: k0)
            for j in used { for i in start..<end { score[j] += design[i, j] * e[i, 0] } }
            for a in used { for c in used { meat[a, c] += score[a] * score[c] } }
            start = end
        }
        var sandwich = Matrix(rows: k0, columns: k0)
        for a in used {
            for c in used {
                var s = 0.0
                for p in used { for q in used { s += bread[a, p] * meat[p, q] * bread[q, c] } }
                sandwich[a, c] = s
            }
        }
        let smallSample = Double(groups) / Double(max(1, groups - 1)) * Double(n - 1) / Double(n - k)
        let tDF = Double(df), clusterDF = Double(max(1, groups - 1))
        var coefficients: [Double?] = [], ses: [Double?] = [], ts: [Double?] = [], ps: [Double?] = []
        var cses: [Double?] = [], cps: [Double?] = [], c0: [Double?] = []
        for j in 0..<k0 {
            let bj = b[j, 0]
            guard !bj.isNaN else {
                coefficients.append(nil); ses.append(nil); ts.append(nil); ps.append(nil); cses.append(nil); cps.append(nil); c0.append(nil)
                continue
            }
            coefficients.append(bj)
            let se = (sigma2 * bread[j, j]).squareRoot()
            ses.append(se)
            ts.append(bj / se)
            ps.append(StudentT.twoSidedPValue(bj / se, degreesOfFreedom: tDF))
            let hc0 = sandwich[j, j].squareRoot()
            c0.append(hc0)
            let cse = (sandwich[j, j] * smallSample).squareRoot()
            cses.append(groups > 1 ? cse : nil)
            cps.append(groups > 1 && cse > 0 ? StudentT.twoSidedPValue(bj / cse, degreesOfFreedom: clusterDF) : nil)
        }
        if groups < 2 { notes.append("not computable: clustered standard errors need at least two departments") }
        // R^2: centred for pooled with intercept; within R^2 (demeaned response) for fixed effects.
        let mean = estimator == .pooled ? y.reduce(0, +) / Double(n) : 0
        let tss = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let r2: Double? = tss > 0 ? 1 - sse / tss : nil
        let adj: Double? = r2.map { 1 - (1 - $0) * Double(n - 1) / Double(df) }  // plm's convention for both estimators
        return PanelRegressionFit(
            estimator: estimator, names: names, coefficients: coefficients, standardErrors: ses, tStatistics: ts, pValues: ps,
            clusterStandardErrors: cses, clusterPValues: cps, clusterStandardErrorsHC0: c0, observations: n, departments: groups,
            residualDegreesOfFreedom: df, rSquared: r2, adjustedRSquared: adj, residualVariance: sigma2, notes: notes,
            unscaledCovariance: (0..<k0).map { i in (0..<k0).map { j in bread[i, j] } }, departmentMeans: departmentMeans,
            regressors: regressors)
    }

    private static func index(_ panel: IndicatorPanel, _ id: String) throws -> Int {
        _ = try panel.indicator(id)
        return panel.position(ofIndicator: id)!
    }

    private static func demean(_ v: inout [Double], _ range: Range<Int>) {
        var m = 0.0
        for i in range { m += v[i] }
        m /= Double(range.count)
        for i in range { v[i] -= m }
    }
}

extension PanelRegressionFit {
    /// The next year's value of the response for one department, from regressors that are all lagged by at
    /// least one year (so their values for next year are already observed), with Student-t prediction
    /// intervals: variance s^2 (1 + x0' (X'X)^-1 x0), plus s^2 / n_d for the estimated department effect under
    /// fixed effects (x0 then measured from the department's means).
    ///
    /// - Returns: nil when a regressor is not lagged, a needed value is missing, or (fixed effects) the
    ///   department had no rows in the fit.
    public func forecastNextYear(panel: IndicatorPanel, departmentAt d: Int, levels: [Double]) -> (mean: Double, intervals: [ForecastInterval])? {
        guard regressors.allSatisfy({ $0.lag >= 1 }), let sigma2 = residualVariance, residualDegreesOfFreedom > 0 else { return nil }
        let t = panel.yearCount  // index of the year after the panel
        var x0: [Double] = []
        for r in regressors {
            guard let i = panel.position(ofIndicator: r.indicator), t - r.lag >= 0 else { return nil }
            let v = panel.series(departmentAt: d, indicatorAt: i)[t - r.lag]
            if v.isNaN { return nil }
            x0.append(v)
        }
        var mean: Double, extra = 0.0
        var z = x0
        if estimator == .pooled {
            z.insert(1, at: 0)
            mean = 0
        } else {
            guard let m = departmentMeans[d] else { return nil }
            z = zip(x0, m.regressors).map { $0 - $1 }
            mean = m.response
            extra = 1 / Double(m.rows)
        }
        for (j, c) in coefficients.enumerated() {
            guard let c else { continue }
            mean += c * z[j]
        }
        var quadratic = 0.0
        for i in z.indices where coefficients[i] != nil {
            for j in z.indices where coefficients[j] != nil { quadratic += z[i] * unscaledCovariance[i][j] * z[j] }
        }
        let se = (sigma2 * (1 + extra + quadratic)).squareRoot()
        let intervals = levels.map { level -> ForecastInterval in
            let q = StudentT.quantile(0.5 + level / 200, degreesOfFreedom: Double(residualDegreesOfFreedom))
            return ForecastInterval(level: level, lower: mean - q * se, upper: mean + q * se)
        }
        return (mean, intervals)
    }
}
