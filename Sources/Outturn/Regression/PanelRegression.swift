/// Panel regressions of one indicator on others (possibly lagged) over department-years: pooled OLS, one-way
/// and two-way fixed effects, random effects (Swamy-Arora) with the Hausman test, and first differences, with
/// classical standard errors and standard errors clustered by department, by year or both. Checked against
/// R's plm on Grunfeld, Produc and EmplUK (Tests/OutturnTests/Fixtures/make_panel_estimators_fixtures.R).
public enum PanelRegression {
    /// How standard errors are clustered and corrected.
    public struct Options: Sendable {
        public var clustering: PanelClustering
        public var correction: ClusterCorrection
        public init(clustering: PanelClustering = .department, correction: ClusterCorrection = .cr1s) {
            self.clustering = clustering
            self.correction = correction
        }
    }

    /// Fits `response` on `regressors` over the panel's department-years.
    ///
    /// - Throws: `DataError` for unknown indicators, too few usable rows, or random effects on an unbalanced
    ///   panel.
    /// - Complexity: O(n k^2) for n department-years and k regressors (k + years - 1 for two-way effects).
    public static func fit(
        panel: IndicatorPanel, response: String, regressors: [PanelRegressor], estimator: PanelEstimator,
        options: Options = Options()
    ) throws -> PanelRegressionFit {
        let yi = try panel.indicatorPosition(response)
        let xis = try regressors.map { try panel.indicatorPosition($0.indicator) }
        // The response as its own same-year regressor explains itself exactly: no inference is possible.
        if regressors.contains(where: { $0.indicator == response && $0.lag == 0 }) {
            throw DataError("the response \(response) is also a regressor of the same year, which explains it exactly",
                            hint: "its past is a regressor with a lag: --lag \(response):1")
        }
        var named = Set<PanelRegressor>()
        for r in regressors where !named.insert(r).inserted { throw DataError("the regressor \(r.name) is named twice") }
        // Rows: department-years with the response and every (lagged) regressor present.
        var rows = Rows(regressorCount: regressors.count)
        for d in panel.departments.indices {
            let ys = panel.series(departmentAt: d, indicatorAt: yi)
            let xs = xis.map { panel.series(departmentAt: d, indicatorAt: $0) }
            for t in 0..<panel.yearCount where !ys[t].isNaN {
                var row: [Double] = []
                for (k, r) in regressors.enumerated() {
                    let s = t - r.lag
                    let v = s >= 0 ? xs[k][s] : .nan
                    if v.isNaN { break }
                    row.append(v)
                }
                if row.count == regressors.count { rows.append(group: d, period: panel.years.lowerBound + t, y: ys[t], x: row) }
            }
        }
        return try fit(rows, names: regressors.map(\.name), estimator: estimator, options: options, regressors: regressors)
    }

    /// Fits `y` on the columns of `x` for observations of `groups` (departments) in `periods` (years), given in
    /// any order: the form for data that are not in an `IndicatorPanel`.
    public static func fit(
        y: [Double], x: [[Double]], names: [String], groups: [Int], periods: [Int], estimator: PanelEstimator,
        options: Options = Options()
    ) throws -> PanelRegressionFit {
        precondition(x.count == names.count && x.allSatisfy { $0.count == y.count } && groups.count == y.count && periods.count == y.count,
                     "one value of each column, group and period per observation")
        var rows = Rows(regressorCount: x.count)
        let order = y.indices.sorted { (groups[$0], periods[$0]) < (groups[$1], periods[$1]) }
        for i in order where !y[i].isNaN && x.allSatisfy({ !$0[i].isNaN }) {
            rows.append(group: groups[i], period: periods[i], y: y[i], x: x.map { $0[i] })
        }
        return try fit(rows, names: names, estimator: estimator, options: options, regressors: names.map { PanelRegressor($0) })
    }

    // MARK: - The estimators

    /// Observations sorted by group, then period.
    struct Rows {
        var group: [Int] = [], period: [Int] = [], y: [Double] = [], x: [[Double]]
        init(regressorCount: Int) { x = Array(repeating: [], count: regressorCount) }
        mutating func append(group g: Int, period t: Int, y v: Double, x row: [Double]) {
            group.append(g); period.append(t); y.append(v)
            for k in row.indices { x[k].append(row[k]) }
        }
        var count: Int { y.count }
        /// The ranges of consecutive rows of one group.
        var groupRanges: [Range<Int>] {
            var out: [Range<Int>] = [], start = 0
            while start < count {
                var end = start
                while end < count && group[end] == group[start] { end += 1 }
                out.append(start..<end)
                start = end
            }
            return out
        }
    }

    /// A least-squares problem after the estimator's transformation: response, design, the clusters of each
    /// transformed row, how many effects the transformation absorbed, and which columns are reported.
    struct Transformed {
        var y: [Double]
        var columns: [[Double]]
        var group: [Int]
        var period: [Int]
        var absorbed: Int
        var reported: Int          // the first `reported` columns are reported; the rest (year dummies) are not
        var names: [String]
    }

    /// Solved least squares: coefficients (NaN aliased), residuals, rank, (Z'Z)^-1 and the design.
    struct Solved {
        let coefficients: [Double]
        let residuals: [Double]
        let rank: Int
        let bread: Matrix
        let design: Matrix
        let estimated: [Int]
        let aliased: [Int]
        var sse: Double { residuals.reduce(0) { $0 + $1 * $1 } }
    }

    static func solve(_ t: Transformed) throws -> Solved {
        let n = t.y.count, p = t.columns.count
        var design = Matrix(rows: n, columns: p)
        for j in 0..<p { for i in 0..<n { design[i, j] = t.columns[j][i] } }
        let qr = try QRLeastSquares(design: design)
        let b = try qr.coefficients(Matrix(rows: n, columns: 1, columnMajor: t.y))
        let e = try t.y.withUnsafeBufferPointer { try qr.residuals(y: $0.baseAddress, ldy: n, seriesCount: 1, coefficients: b) }
        return Solved(coefficients: (0..<p).map { b[$0, 0] }, residuals: (0..<n).map { e[$0, 0] }, rank: qr.rank,
                      bread: try qr.unscaledCovariance(), design: design, estimated: qr.estimatedColumns, aliased: qr.aliasedColumns)
    }

    static func demeaned(_ v: [Double], _ ranges: [Range<Int>]) -> [Double] {
        var out = v
        for r in ranges {
            let m = v[r].reduce(0, +) / Double(r.count)
            for i in r { out[i] = v[i] - m }
        }
        return out
    }

    static func withinTransform(_ rows: Rows, names: [String]) -> Transformed {
        let ranges = rows.groupRanges
        return Transformed(y: demeaned(rows.y, ranges), columns: rows.x.map { demeaned($0, ranges) }, group: rows.group,
                           period: rows.period, absorbed: ranges.count, reported: rows.x.count, names: names)
    }

    static func transform(_ rows: Rows, names: [String], estimator: PanelEstimator, theta: Double = 0) -> Transformed {
        let n = rows.count, ranges = rows.groupRanges
        switch estimator {
        case .pooled:
            return Transformed(y: rows.y, columns: [Array(repeating: 1, count: n)] + rows.x, group: rows.group, period: rows.period,
                               absorbed: 0, reported: rows.x.count + 1, names: ["(Intercept)"] + names)
        case .fixedEffects:
            return withinTransform(rows, names: names)
        case .twoWayFixedEffects:
            var t = withinTransform(rows, names: names)
            // A dummy for every year but the first, demeaned by department: the year effects by Frisch-Waugh-
            // Lovell, exact whether or not the panel is balanced.
            let years = Array(Set(rows.period)).sorted().dropFirst()
            for year in years {
                t.columns.append(demeaned(rows.period.map { $0 == year ? 1 : 0 }, ranges))
            }
            return t
        case .randomEffects:
            func quasi(_ v: [Double]) -> [Double] {
                var out = v
                for r in ranges {
                    let m = v[r].reduce(0, +) / Double(r.count)
                    for i in r { out[i] = v[i] - theta * m }
                }
                return out
            }
            return Transformed(y: quasi(rows.y), columns: [Array(repeating: 1 - theta, count: n)] + rows.x.map(quasi), group: rows.group,
                               period: rows.period, absorbed: 0, reported: rows.x.count + 1, names: ["(Intercept)"] + names)
        case .firstDifference:
            var y: [Double] = [], x: [[Double]] = Array(repeating: [], count: rows.x.count), group: [Int] = [], period: [Int] = []
            for r in ranges {
                for i in r.dropFirst() where rows.period[i] == rows.period[i - 1] + 1 {
                    y.append(rows.y[i] - rows.y[i - 1])
                    for k in x.indices { x[k].append(rows.x[k][i] - rows.x[k][i - 1]) }
                    group.append(rows.group[i]); period.append(rows.period[i])
                }
            }
            return Transformed(y: y, columns: [Array(repeating: 1, count: y.count)] + x, group: group, period: period,
                               absorbed: 0, reported: rows.x.count + 1, names: ["(Intercept)"] + names)
        }
    }

    /// Swamy-Arora components of a balanced panel: σ²_ε from the within fit (`within`, the fixed-effects fit the
    /// Hausman test compares against too, so it is fitted once), σ²_1 = T σ²_between from the regression of the
    /// department means on the regressors' means.
    static func swamyArora(_ rows: Rows, within: (Rows) throws -> PanelRegressionFit) throws -> (RandomEffectsComponents, fixed: PanelRegressionFit) {
        let ranges = rows.groupRanges, k = rows.x.count
        let periods = Set(ranges.map(\.count))
        guard periods.count == 1, let t = periods.first else {
            throw DataError("random effects need a balanced panel (every department in the same years); this one has \(ranges.count) departments with \(periods.sorted().map(String.init).joined(separator: ", ")) years",
                            hint: "use --estimator fixed, or keep the years every department has")
        }
        let g = ranges.count, n = rows.count
        guard n - g - k > 0, g - k - 1 > 0 else {
            throw DataError("\(g) departments and \(n) department-years are too few for random effects with \(k) regressors")
        }
        let fixed = try within(rows)
        let sigmaE = (fixed.residualVariance ?? 0) * Double(fixed.residualDegreesOfFreedom) / Double(n - g - k)
        let means = { (v: [Double]) in ranges.map { r in v[r].reduce(0, +) / Double(r.count) } }
        let between = try solve(Transformed(y: means(rows.y), columns: [Array(repeating: 1, count: g)] + rows.x.map(means),
                                            group: Array(0..<g), period: Array(repeating: 0, count: g), absorbed: 0, reported: k + 1, names: []))
        let sigma1 = Double(t) * between.sse / Double(g - k - 1)
        let sigmaU = max(0, (sigma1 - sigmaE) / Double(t))
        let theta = 1 - (sigmaE / (Double(t) * sigmaU + sigmaE)).squareRoot()
        return (RandomEffectsComponents(idiosyncraticVariance: sigmaE, individualVariance: sigmaU, theta: theta), fixed)
    }

    // MARK: - The fit

    static func fit(_ rows: Rows, names: [String], estimator: PanelEstimator, options: Options, regressors: [PanelRegressor]) throws -> PanelRegressionFit {
        var notes: [String] = []
        let random = estimator == .randomEffects
            ? try swamyArora(rows) { try fit($0, names: names, estimator: .fixedEffects, options: options, regressors: regressors) } : nil
        let components = random?.0
        if let components, components.individualVariance == 0 {
            notes.append("the department effects' variance is estimated at zero: random effects equal pooled OLS")
        }
        let t = transform(rows, names: names, estimator: estimator, theta: components?.theta ?? 0)
        let n = t.y.count, p = t.columns.count, kReported = t.reported
        let groups = Set(rows.group).count
        if n <= p + t.absorbed {
            throw DataError("\(n) usable \(estimator == .firstDifference ? "differences of consecutive years" : "department-years") are too few for \(p) coefficients\(t.absorbed > 0 ? " and \(t.absorbed) department effects" : "")")
        }
        let s = try solve(t)
        let df = n - s.rank - t.absorbed
        var sse = s.sse
        let squares = t.y.reduce(0) { $0 + $1 * $1 }
        let roundoff = 16 * Double(n) * Double.ulpOfOne
        if sse <= roundoff * roundoff * squares { sse = 0 }
        let sigma2 = sse / Double(df)
        let reportedAliased = s.aliased.filter { $0 < kReported }
        if !reportedAliased.isEmpty {
            notes.append("aliased (not estimated): " + reportedAliased.map { t.names[$0] }.joined(separator: ", "))
        }

        // Clustered covariance: the sandwich over the chosen clusters, with the correction per clustering.
        let k = s.rank - (p - kReported)   // reported coefficients estimated (the year dummies are not reported)
        let kCorrection = Double(options.correction == .stata && (estimator == .fixedEffects || estimator == .twoWayFixedEffects) ? k + 1 : k)
        func factor(_ clusters: Int) -> Double {
            let g = Double(clusters)
            switch options.correction {
            case .cr1: return g / (g - 1)
            case .cr1s, .stata: return g / (g - 1) * Double(n - 1) / (Double(n) - kCorrection)
            }
        }
        func sandwich(_ key: [Int]) -> (Matrix, Int) {
            var meat = Matrix(rows: p, columns: p)
            var scores: [Int: [Double]] = [:]
            for i in 0..<n {
                var score = scores[key[i], default: [Double](repeating: 0, count: p)]
                for j in s.estimated { score[j] += s.design[i, j] * s.residuals[i] }
                scores[key[i]] = score
            }
            // In cluster order: a dictionary's order changes from run to run, and with it the last bits of the sum.
            for key in scores.keys.sorted() {
                let score = scores[key]!
                for a in s.estimated { for c in s.estimated { meat[a, c] += score[a] * score[c] } }
            }
            var v = Matrix(rows: p, columns: p)
            for a in s.estimated {
                for c in s.estimated {
                    var sum = 0.0
                    for x in s.estimated { for y in s.estimated { sum += s.bread[a, x] * meat[x, y] * s.bread[y, c] } }
                    v[a, c] = sum
                }
            }
            return (v, scores.count)
        }
        var raw = [Double](repeating: 0, count: p), corrected = [Double](repeating: 0, count: p)
        var clusterCount: Int
        switch options.clustering {
        case .department, .year:
            let (v, g) = sandwich(options.clustering == .department ? t.group : t.period)
            clusterCount = g
            for j in 0..<p { raw[j] = v[j, j]; corrected[j] = v[j, j] * factor(g) }
        case .both:
            let (vg, gg) = sandwich(t.group), (vt, gt) = sandwich(t.period), (vo, go) = sandwich(Array(0..<n))
            clusterCount = min(gg, gt)
            for j in 0..<p {
                raw[j] = vg[j, j] + vt[j, j] - vo[j, j]
                corrected[j] = vg[j, j] * factor(gg) + vt[j, j] * factor(gt) - vo[j, j] * factor(go)
            }
        }
        if clusterCount < 2 { notes.append("not computable: clustered standard errors need at least two clusters") }

        let tDF = Double(df), clusterDF = Double(max(1, clusterCount - 1))
        var coefficients: [Double?] = [], ses: [Double?] = [], ts: [Double?] = [], ps: [Double?] = []
        var cses: [Double?] = [], cps: [Double?] = [], c0: [Double?] = []
        var exactNoted = false
        for j in 0..<kReported {
            let bj = s.coefficients[j]
            guard !bj.isNaN else {
                coefficients.append(nil); ses.append(nil); ts.append(nil); ps.append(nil); cses.append(nil); cps.append(nil); c0.append(nil)
                continue
            }
            coefficients.append(bj)
            let se = (sigma2 * s.bread[j, j]).squareRoot()
            ses.append(se)
            if se > 0 {
                ts.append(bj / se)
                // Random effects is feasible GLS: its statistics are asymptotic z (plm prints "z-value").
                ps.append(estimator == .randomEffects ? 2 * Normal.survival(abs(bj / se)) : StudentT.twoSidedPValue(bj / se, degreesOfFreedom: tDF))
            } else {
                ts.append(nil); ps.append(nil)
                if !exactNoted { notes.append("not computable: the fit is exact (all residuals zero), so t statistics and p-values are undefined"); exactNoted = true }
            }
            let usable = clusterCount > 1 && corrected[j] >= 0 && raw[j] >= 0
            c0.append(usable ? raw[j].squareRoot() : nil)
            let cse = corrected[j].squareRoot()
            cses.append(usable ? cse : nil)
            cps.append(usable && cse > 0 ? StudentT.twoSidedPValue(bj / cse, degreesOfFreedom: clusterDF) : nil)
        }
        if options.clustering == .both && (0..<kReported).contains(where: { corrected[$0] < 0 }) {
            notes.append("not computable: the two-way clustered variance is negative for some coefficients (few clusters)")
        }

        // R^2 as plm reports it.
        var tss: Double
        switch estimator {
        case .pooled, .firstDifference, .randomEffects:
            let mean = t.y.reduce(0, +) / Double(n)
            tss = t.y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        case .fixedEffects:
            tss = t.y.reduce(0) { $0 + $1 * $1 }
        case .twoWayFixedEffects:
            // The two-way demeaned response: the one-way demeaned response net of the year dummies.
            let dummies = Transformed(y: t.y, columns: Array(t.columns[kReported...]), group: t.group, period: t.period,
                                      absorbed: 0, reported: 0, names: [])
            tss = dummies.columns.isEmpty ? t.y.reduce(0) { $0 + $1 * $1 } : try solve(dummies).sse
        }
        if tss <= roundoff * roundoff * squares { tss = 0 }
        let r2: Double? = tss > 0 ? 1 - sse / tss : nil
        if r2 == nil { notes.append("not computable: the response does not vary, so R^2 is undefined") }
        let adj: Double? = r2.map { 1 - (1 - $0) * Double(n - 1) / Double(df) }

        // Stata's R^2 triple from the slopes on the rows as given.
        let slopes = Array(coefficients[(kReported - rows.x.count)...]).map { $0 ?? 0 }
        let xb = (0..<rows.count).map { i in zip(slopes, rows.x).reduce(0) { $0 + $1.0 * $1.1[i] } }
        let ranges = rows.groupRanges
        let within = squaredCorrelation(demeaned(rows.y, ranges), demeaned(xb, ranges))
        let means = { (v: [Double]) in ranges.map { r in v[r].reduce(0, +) / Double(r.count) } }
        let between = squaredCorrelation(means(rows.y), means(xb))
        let overall = squaredCorrelation(rows.y, xb)

        // Department means (for the fixed-effects forecast) and the Hausman test (random effects).
        var departmentMeans: [Int: (rows: Int, response: Double, regressors: [Double])] = [:]
        if estimator == .fixedEffects {
            for r in ranges {
                let c = Double(r.count)
                departmentMeans[rows.group[r.lowerBound]] = (r.count, rows.y[r].reduce(0, +) / c, rows.x.map { $0[r].reduce(0, +) / c })
            }
        }
        var hausman: HausmanTest? = nil
        if let fixed = random?.fixed {
            hausman = hausmanTest(fixed: fixed, randomCoefficients: Array(coefficients.dropFirst()), randomCovariance: (1..<kReported).map { i in (1..<kReported).map { j in sigma2 * s.bread[i, j] } })
        }
        return PanelRegressionFit(
            estimator: estimator, names: Array(t.names.prefix(kReported)), coefficients: coefficients, standardErrors: ses, tStatistics: ts, pValues: ps,
            clustering: options.clustering, correction: options.correction,
            clusterStandardErrors: cses, clusterPValues: cps, clusterStandardErrorsHC0: c0, observations: n, departments: groups,
            residualDegreesOfFreedom: df, rSquared: r2, adjustedRSquared: adj,
            rSquaredWithin: within, rSquaredBetween: between, rSquaredOverall: overall,
            residualVariance: sigma2, randomEffects: components, hausman: hausman, notes: notes,
            unscaledCovariance: (0..<kReported).map { i in (0..<kReported).map { j in s.bread[i, j] } }, departmentMeans: departmentMeans,
            regressors: regressors)
    }

    static func squaredCorrelation(_ a: [Double], _ b: [Double]) -> Double? {
        let n = Double(a.count)
        guard a.count > 1 else { return nil }
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) * (a[i] - ma); sbb += (b[i] - mb) * (b[i] - mb) }
        guard saa > 0, sbb > 0 else { return nil }
        return sab * sab / (saa * sbb)
    }

    /// H = d' (V_fixed - V_random)^-1 d over the slopes both fits estimated (classical covariances).
    static func hausmanTest(fixed: PanelRegressionFit, randomCoefficients: [Double?], randomCovariance: [[Double]]) -> HausmanTest? {
        let k = randomCoefficients.count
        let both = (0..<k).filter { fixed.coefficients[$0] != nil && randomCoefficients[$0] != nil }
        guard !both.isEmpty, let s2 = fixed.residualVariance else { return nil }
        let d = both.map { fixed.coefficients[$0]! - randomCoefficients[$0]! }
        var m = both.map { i in both.map { j in s2 * fixed.unscaledCovariance[i][j] - randomCovariance[i][j] } }
        // Solve m z = d by Gauss-Jordan with partial pivoting (a handful of slopes).
        var z = d
        let q = both.count
        for c in 0..<q {
            guard let pivot = (c..<q).max(by: { abs(m[$0][c]) < abs(m[$1][c]) }), m[pivot][c] != 0 else { return nil }
            m.swapAt(c, pivot); z.swapAt(c, pivot)
            for r in 0..<q where r != c {
                let f = m[r][c] / m[c][c]
                for j in c..<q { m[r][j] -= f * m[c][j] }
                z[r] -= f * z[c]
            }
        }
        let statistic = (0..<q).reduce(0.0) { $0 + d[$1] * z[$1] / m[$1][$1] }
        return HausmanTest(statistic: statistic, degreesOfFreedom: q, pValue: ChiSquare.survival(statistic, degreesOfFreedom: Double(q)))
    }
}

extension PanelRegressionFit {
    /// The next year's value of the response for one department, from regressors that are all lagged by at
    /// least one year (so their values for next year are already observed), with Student-t prediction
    /// intervals: variance s^2 (1 + x0' (X'X)^-1 x0), plus s^2 / n_d for the estimated department effect under
    /// fixed effects (x0 then measured from the department's means).
    ///
    /// - Returns: nil when a regressor is not lagged, a needed value is missing, (fixed effects) the
    ///   department had no rows in the fit, or the estimator is not pooled or one-way fixed effects (next
    ///   year's effect of a two-way model is unknown).
    public func forecastNextYear(panel: IndicatorPanel, departmentAt d: Int, levels: [Double]) -> (mean: Double, intervals: [ForecastInterval])? {
        guard estimator == .pooled || estimator == .fixedEffects,
              regressors.allSatisfy({ $0.lag >= 1 }), let sigma2 = residualVariance, residualDegreesOfFreedom > 0 else { return nil }
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
