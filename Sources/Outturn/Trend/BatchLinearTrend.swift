/// OLS trends for many series that share a year axis, solved in batches through the BLAS core.
///
/// An indicator's block (years x departments, column-major, NaN = missing) is split by missing-year pattern:
/// series observed in the same years share one design X = [1, year - mean year], factored once by QR; the
/// coefficients of every series in the group come from one GEMM (Q'Y) and one triangular solve, the residuals
/// from one more GEMM. When every series is complete the block itself is the right-hand side, with no copy.
/// The results equal per-series OLS (`LinearRegression`) to rounding.
///
/// - Complexity: O(T * series) time plus O(T^2) per distinct missing pattern; memory O(T * largest group).
public enum BatchLinearTrend {
    /// Fits every series of a column-major block.
    ///
    /// - Parameters:
    ///   - values: `years.count * seriesCount` values, series after series (NaN = missing).
    ///   - years: the calendar years of the rows.
    ///   - seriesCount: number of series (columns).
    ///   - level: confidence level of the slope intervals, in (0, 1).
    public static func fit(
        values: UnsafeBufferPointer<Double>, years: Range<Int>, seriesCount: Int, level: Double = 0.95
    ) throws -> [LinearTrendFit] {
        let t = years.count
        precondition(values.count == t * seriesCount, "block must hold years x series values")
        precondition(level > 0 && level < 1, "level must be in (0, 1)")
        // Group series by the set of years they observe.
        var groups: [MissingPattern: [Int]] = [:]
        for s in 0..<seriesCount {
            groups[MissingPattern(values: values, offset: s * t, count: t), default: []].append(s)
        }
        var fits = [LinearTrendFit?](repeating: nil, count: seriesCount)
        var quantiles: [Int: Double] = [:]
        // Deterministic order: by pattern, so results never depend on hashing.
        for (pattern, members) in groups.sorted(by: { $0.key < $1.key }) {
            let rows = pattern.rows(count: t)
            let groupFits = try fitGroup(values: values, t: t, years: years, rows: rows, members: members,
                                         allSeries: members.count == seriesCount, level: level, quantiles: &quantiles)
            for (k, s) in members.enumerated() { fits[s] = groupFits[k] }
        }
        return fits.map { $0! }
    }

    /// Fits every department's series of one indicator of a panel, in panel department order.
    public static func fit(panel: IndicatorPanel, indicator: Int, level: Double = 0.95) throws -> [LinearTrendFit] {
        try panel.withBlock(indicator: indicator) { values, _, columns in
            try fit(values: values, years: panel.years, seriesCount: columns, level: level)
        }
    }

    private static func fitGroup(
        values: UnsafeBufferPointer<Double>, t: Int, years: Range<Int>, rows: [Int], members: [Int], allSeries: Bool,
        level: Double, quantiles: inout [Int: Double]
    ) throws -> [LinearTrendFit] {
        let n = rows.count, m = members.count
        let observedYears = rows.map { Double(years.lowerBound + $0) }
        let meanYear = n > 0 ? observedYears.reduce(0, +) / Double(n) : .nan
        let sxx = observedYears.reduce(0) { $0 + ($1 - meanYear) * ($1 - meanYear) }
        let first = rows.first.map { years.lowerBound + $0 }, last = rows.last.map { years.lowerBound + $0 }
        if n < 2 {
            let note = n == 0 ? "not computable: no observed years" : "not computable: a single observed year gives no trend"
            return members.map { s in
                LinearTrendFit(observations: n, firstYear: first, lastYear: last, meanYear: meanYear, yearSpread: sxx,
                               meanValue: n == 1 ? values[s * t + rows[0]] : nil, slope: nil, intercept: nil,
                               slopeStandardError: nil, tStatistic: nil, pValue: nil, slopeLower: nil, slopeUpper: nil,
                               level: level, rSquared: nil, residualStandardError: nil, notes: [note])
            }
        }
        var design = Matrix(rows: n, columns: 2, repeating: 1)
        for i in 0..<n { design[i, 1] = observedYears[i] - meanYear }
        let qr = try QRLeastSquares(design: design)
        // The right-hand side: the block itself when every series is complete, else the group's rows gathered.
        var gathered: [Double] = []
        let complete = n == t && allSeries
        if !complete {
            gathered = [Double](repeating: 0, count: n * m)
            for (k, s) in members.enumerated() {
                for (i, r) in rows.enumerated() { gathered[k * n + i] = values[s * t + r] }
            }
        }
        let (b, e) = try gathered.withUnsafeBufferPointer { g -> (Matrix, Matrix) in
            let y = complete ? values.baseAddress : g.baseAddress
            let b = try qr.coefficients(y: y, ldy: n, seriesCount: m)
            return (b, try qr.residuals(y: y, ldy: n, seriesCount: m, coefficients: b))
        }
        let df = n - 2
        let q: Double? = df > 0 ? quantiles[df] ?? {
            let v = StudentT.quantile(0.5 + level / 2, degreesOfFreedom: Double(df))
            quantiles[df] = v
            return v
        }() : nil
        var out: [LinearTrendFit] = []
        out.reserveCapacity(m)
        for k in 0..<m {
            let b0 = b[0, k], b1 = b[1, k]
            var sse = 0.0
            for i in 0..<n { sse += e[i, k] * e[i, k] }
            let syy = sse + b1 * b1 * sxx
            // Below this, residuals (or variation) are rounding noise of the values' magnitude: an exact fit.
            let noise = 1e-28 * (Double(n) * b0 * b0 + syy)
            var notes: [String] = []
            var se: Double? = nil, tStat: Double? = nil, p: Double? = nil, lower: Double? = nil, upper: Double? = nil
            var s: Double? = nil
            if let q {
                let sigma = (sse / Double(df)).squareRoot()
                s = sigma
                let standardError = sigma / sxx.squareRoot()
                se = standardError
                lower = b1 - q * standardError
                upper = b1 + q * standardError
                if sse > noise {
                    tStat = b1 / standardError
                    p = StudentT.twoSidedPValue(tStat!, degreesOfFreedom: Double(df))
                } else {
                    notes.append("not computable: the points lie exactly on a line, so t and p are undefined")
                }
            } else {
                notes.append("not computable: two observed years leave no residual degrees of freedom for a standard error")
            }
            let r2: Double?
            if syy > noise { r2 = max(0, 1 - sse / syy) } else {
                r2 = nil
                notes.append("not computable: the series is constant, so R^2 is undefined")
            }
            out.append(LinearTrendFit(
                observations: n, firstYear: first, lastYear: last, meanYear: meanYear, yearSpread: sxx, meanValue: b0,
                slope: b1, intercept: b0 - b1 * meanYear, slopeStandardError: se, tStatistic: tStat, pValue: p,
                slopeLower: lower, slopeUpper: upper, level: level, rSquared: r2, residualStandardError: s, notes: notes))
        }
        return out
    }
}

/// Which years of a series are observed: a bitmask over the year axis (one word per 64 years).
struct MissingPattern: Hashable, Comparable {
    private var words: [UInt64]

    init(values: UnsafeBufferPointer<Double>, offset: Int, count: Int) {
        var w = [UInt64](repeating: 0, count: (count + 63) / 64)
        for k in 0..<count where !values[offset + k].isNaN { w[k >> 6] |= 1 << UInt64(k & 63) }
        words = w
    }

    /// The observed row indices, ascending.
    func rows(count: Int) -> [Int] { (0..<count).filter { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 } }

    static func < (a: MissingPattern, b: MissingPattern) -> Bool { a.words.lexicographicallyPrecedes(b.words) }
}
