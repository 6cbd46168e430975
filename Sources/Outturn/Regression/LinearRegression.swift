import RealModule
public enum LinearRegression {
    /// Fits y on the given regressor columns.
    ///
    /// - Parameters:
    ///   - y: the response, NaN = missing.
    ///   - regressors: one array per regressor, each as long as y (NaN = missing).
    ///   - names: a name per regressor.
    ///   - intercept: add a constant column first.
    ///   - weights: positive finite weights (WLS minimises sum w e^2), or nil for OLS.
    ///   - level: confidence level of the coefficient intervals, in percent (95).
    /// - Throws: `DataError` for mismatched lengths, non-positive weights, or no usable rows;
    ///   `LinearAlgebraError` if LAPACK fails.
    /// - Complexity: O(n p^2).
    public static func fit(
        y: [Double], regressors: [[Double]], names: [String], intercept: Bool = true, weights: [Double]? = nil,
        level: Double = 95
    ) throws -> LinearFit {
        precondition(regressors.count == names.count, "one name per regressor")
        precondition(level > 0 && level < 100, "level is a percentage in (0, 100)")
        for (k, column) in regressors.enumerated() where column.count != y.count {
            throw DataError("regressor \"\(names[k])\" has \(column.count) values, the response \(y.count)")
        }
        if let weights {
            if weights.count != y.count { throw DataError("\(weights.count) weights for \(y.count) observations") }
            if let bad = weights.firstIndex(where: { !($0 > 0) || !$0.isFinite }) {
                throw DataError("weight \(weights[bad]) at observation \(bad + 1) is not positive and finite")
            }
        }
        let rows = y.indices.filter { i in !y[i].isNaN && regressors.allSatisfy { !$0[i].isNaN } }
        let n = rows.count
        let allNames = (intercept ? ["(Intercept)"] : []) + names
        let p0 = allNames.count
        if n == 0 { throw DataError("no complete observations to fit") }
        let sqrtW = rows.map { i in weights.map { w in w[i].squareRoot() } ?? 1 }
        var x = Matrix(rows: n, columns: p0)
        for (r, i) in rows.enumerated() {
            var j = 0
            if intercept { x[r, 0] = sqrtW[r]; j = 1 }
            for column in regressors { x[r, j] = column[i] * sqrtW[r]; j += 1 }
        }
        let yw = rows.enumerated().map { y[$1] * sqrtW[$0] }
        let qr = try QRLeastSquares(design: x)
        let b = try qr.coefficients(Matrix(rows: n, columns: 1, columnMajor: yw))
        let ew = try yw.withUnsafeBufferPointer { try qr.residuals(y: $0.baseAddress, ldy: max(1, n), seriesCount: 1, coefficients: b) }
        let p = qr.rank, df = n - p
        var sse = ew.storage.reduce(0) { $0 + $1 * $1 }
        // Residuals at the rounding level of the response (Householder QR is accurate to a few n eps ||y||) are
        // no residuals: 4.4, 4.6, ... 5.6 on the years leaves 1e-15s, which would give t of 1e15 and p of 0.
        let roundoff = 16 * Double(n) * Double.ulpOfOne
        let squares = yw.reduce(0) { $0 + $1 * $1 }
        if sse <= roundoff * roundoff * squares { sse = 0 }
        var notes: [String] = []

        // Leverage: h_i = sum_k Q_ik^2 over the thin Q of the (weighted) design.
        var leverage = [Double](repeating: 0, count: n)
        for k in 0..<p { for i in 0..<n { leverage[i] += qr.q[i, k] * qr.q[i, k] } }

        let sigma2: Double? = df > 0 ? sse / Double(df) : nil
        if df == 0 { notes.append("not computable: \(n) observations leave no residual degrees of freedom for \(p) coefficients") }
        let unscaled = try qr.unscaledCovariance()
        let quantile = df > 0 ? StudentT.quantile(0.5 + level / 200, degreesOfFreedom: Double(df)) : .nan
        var coefficients: [Double?] = [], ses: [Double?] = [], ts: [Double?] = [], ps: [Double?] = []
        var lows: [Double?] = [], highs: [Double?] = []
        var perfectFitNoted = false
        for j in 0..<p0 {
            let bj = b[j, 0]
            if bj.isNaN {
                coefficients.append(nil); ses.append(nil); ts.append(nil); ps.append(nil); lows.append(nil); highs.append(nil)
                continue
            }
            coefficients.append(bj)
            guard let sigma2 else { ses.append(nil); ts.append(nil); ps.append(nil); lows.append(nil); highs.append(nil); continue }
            let se = (sigma2 * unscaled[j, j]).squareRoot()
            ses.append(se)
            lows.append(bj - quantile * se)
            highs.append(bj + quantile * se)
            if se > 0 {
                let t = bj / se
                ts.append(t)
                ps.append(StudentT.twoSidedPValue(t, degreesOfFreedom: Double(df)))
            } else {
                ts.append(nil); ps.append(nil)
                if !perfectFitNoted {
                    notes.append("not computable: the fit is exact (all residuals zero), so t statistics and p-values are undefined")
                    perfectFitNoted = true
                }
            }
        }
        let aliased = qr.aliasedColumns
        if !aliased.isEmpty {
            notes.append("aliased (linear combinations of other columns, not estimated): " + aliased.map { allNames[$0] }.joined(separator: ", "))
        }

        // Goodness of fit, R's conventions.
        let wsum = sqrtW.reduce(0) { $0 + $1 * $1 }
        var sst = 0.0
        if intercept {
            var mean = 0.0
            for (r, i) in rows.enumerated() { mean += sqrtW[r] * sqrtW[r] * y[i] }
            mean /= wsum
            for (r, i) in rows.enumerated() { sst += sqrtW[r] * sqrtW[r] * (y[i] - mean) * (y[i] - mean) }
        } else {
            for (r, i) in rows.enumerated() { sst += sqrtW[r] * sqrtW[r] * y[i] * y[i] }
        }
        // Variation at the rounding level of the values (a constant 5.3 whose mean is 5.300000000000001) is none.
        if sst <= roundoff * roundoff * squares { sst = 0 }
        let dfIntercept = intercept && !aliased.contains(0) ? 1 : 0
        var r2: Double? = nil, adjR2: Double? = nil, f: Double? = nil, fp: Double? = nil
        if sst > 0 {
            r2 = 1 - sse / sst
            if df > 0 { adjR2 = 1 - (1 - r2!) * Double(n - dfIntercept) / Double(df) }
            let numeratorDF = p - dfIntercept
            if numeratorDF > 0, df > 0, sse > 0 {
                let fv = ((sst - sse) / Double(numeratorDF)) / (sse / Double(df))
                f = fv
                fp = FisherF.survival(fv, Double(numeratorDF), Double(df))
            }
        } else {
            notes.append("not computable: the response does not vary, so R^2 and F are undefined")
        }
        var logL: Double? = nil, aic: Double? = nil, aicc: Double? = nil, bic: Double? = nil
        if sse > 0 {
            let sumLogW = sqrtW.reduce(0) { $0 + 2 * Double.log($1) }
            let ll = 0.5 * (sumLogW - Double(n) * (Double.log(2 * Double.pi) + 1 - Double.log(Double(n)) + Double.log(sse)))
            let k = Double(p + 1)
            logL = ll
            aic = -2 * ll + 2 * k
            bic = -2 * ll + Double.log(Double(n)) * k
            if Double(n) - k - 1 > 0 { aicc = aic! + 2 * k * (k + 1) / (Double(n) - k - 1) }
        }
        let residuals = (0..<n).map { ew[$0, 0] / sqrtW[$0] }
        let fitted = rows.enumerated().map { y[$1] - residuals[$0] }
        let covariance = (0..<p0).map { i in
            (0..<p0).map { j -> Double? in
                let u = unscaled[i, j]
                guard let sigma2, !u.isNaN else { return nil }
                return sigma2 * u
            }
        }
        return LinearFit(
            names: allNames, coefficients: coefficients, standardErrors: ses, tStatistics: ts, pValues: ps,
            lowerBounds: lows, upperBounds: highs, level: level, aliased: aliased, observations: n, rank: p,
            residualDegreesOfFreedom: df, hasIntercept: intercept, residualStandardError: sigma2.map { $0.squareRoot() },
            rSquared: r2, adjustedRSquared: adjR2, fStatistic: f, fPValue: fp, logLikelihood: logL, aic: aic,
            aicc: aicc, bic: bic, residualSumOfSquares: sse, residuals: residuals, fitted: fitted, leverage: leverage,
            covariance: covariance, conditionNumber: qr.conditionNumber, notes: notes)
    }
}
