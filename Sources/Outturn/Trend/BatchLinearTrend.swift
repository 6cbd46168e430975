/// OLS trends for many series that share a year axis, solved in batches through the BLAS core.
///
/// An indicator's block (years x departments, column-major, NaN = missing) is split by missing-year pattern:
/// series observed in the same years share one design X = [1, year - mean year], factored once by QR; the
/// coefficients of every series in the group come from one GEMM (Q'Y) and one triangular solve. With the
/// years centred, the intercept is the series' mean, so the residual sum of squares is one stable pass,
/// sum (y - mean)^2 - slope^2 Sxx, with no residual matrix. When every series is complete the block itself is
/// the right-hand side, with no copy. The results equal per-series OLS (`LinearRegression`) to rounding.
///
/// - Complexity: O(T * series) time plus O(T^2) per distinct missing pattern; memory O(T * largest group)
///   for the gathered groups plus the result columns.
public enum BatchLinearTrend {
    /// Fits every series of a column-major block into per-series records.
    ///
    /// - Parameters:
    ///   - values: `years.count * seriesCount` values, series after series (NaN = missing).
    ///   - years: the calendar years of the rows.
    ///   - seriesCount: number of series (columns).
    ///   - level: confidence level of the slope intervals, in (0, 1).
    public static func fit(
        values: UnsafeBufferPointer<Double>, years: Range<Int>, seriesCount: Int, level: Double = 0.95
    ) throws -> [LinearTrendFit] {
        let c = try fitColumns(values: values, years: years, seriesCount: seriesCount, level: level)
        return (0..<seriesCount).map { c.record($0) }
    }

    /// Fits every department's series of one indicator of a panel, in panel department order.
    public static func fit(panel: IndicatorPanel, indicator: Int, level: Double = 0.95) throws -> [LinearTrendFit] {
        try panel.withBlock(indicator: indicator) { values, _, columns in
            try fit(values: values, years: panel.years, seriesCount: columns, level: level)
        }
    }

    /// Fits every series into columns (one array per statistic, NaN where a statistic is not computable):
    /// the form for millions of series, with no per-series allocation.
    public static func fitColumns(
        values: UnsafeBufferPointer<Double>, years: Range<Int>, seriesCount: Int, level: Double = 0.95
    ) throws -> TrendColumns {
        let t = years.count
        precondition(values.count == t * seriesCount, "block must hold years x series values")
        precondition(level > 0 && level < 1, "level must be in (0, 1)")
        var columns = TrendColumns(count: seriesCount, years: years, level: level)
        // Group series by the set of years they observe; complete series (the common case) need no hashing.
        var complete: [Int] = []
        var groups: [MissingPattern: [Int]] = [:]
        for s in 0..<seriesCount {
            var full = true
            for k in 0..<t where values[s * t + k].isNaN { full = false; break }
            if full { complete.append(s) } else { groups[MissingPattern(values: values, offset: s * t, count: t), default: []].append(s) }
        }
        var quantiles: [Int: Double] = [:]
        if !complete.isEmpty {
            try fitGroup(values: values, t: t, years: years, rows: Array(0..<t), members: complete,
                         contiguous: complete.count == seriesCount, into: &columns, quantiles: &quantiles)
        }
        // Deterministic order: by pattern, so results never depend on hashing.
        for (pattern, members) in groups.sorted(by: { $0.key < $1.key }) {
            try fitGroup(values: values, t: t, years: years, rows: pattern.rows(count: t), members: members, contiguous: false,
                         into: &columns, quantiles: &quantiles)
        }
        return columns
    }

    private static func fitGroup(
        values: UnsafeBufferPointer<Double>, t: Int, years: Range<Int>, rows: [Int], members: [Int], contiguous: Bool,
        into c: inout TrendColumns, quantiles: inout [Int: Double]
    ) throws {
        let n = rows.count, m = members.count
        let observedYears = rows.map { Double(years.lowerBound + $0) }
        let meanYear = n > 0 ? observedYears.reduce(0, +) / Double(n) : .nan
        let sxx = observedYears.reduce(0) { $0 + ($1 - meanYear) * ($1 - meanYear) }
        for s in members {
            c.observations[s] = Int32(n)
            c.meanYear[s] = meanYear
            c.yearSpread[s] = sxx
            c.firstYear[s] = rows.first.map { Int32(years.lowerBound + $0) } ?? 0
            c.lastYear[s] = rows.last.map { Int32(years.lowerBound + $0) } ?? 0
            if n == 1 { c.meanValue[s] = values[s * t + rows[0]] }
        }
        if n < 2 { return }
        var design = Matrix(rows: n, columns: 2, repeating: 1)
        for i in 0..<n { design[i, 1] = observedYears[i] - meanYear }
        let qr = try QRLeastSquares(design: design)
        // The right-hand side: the block itself when every series is complete, else the group's rows gathered.
        var gathered: [Double] = []
        if !contiguous {
            gathered = [Double](repeating: 0, count: n * m)
            for (k, s) in members.enumerated() {
                for (i, r) in rows.enumerated() { gathered[k * n + i] = values[s * t + r] }
            }
        }
        let b = try gathered.withUnsafeBufferPointer { g in
            try qr.coefficients(y: contiguous ? values.baseAddress : g.baseAddress, ldy: n, seriesCount: m)
        }
        let df = n - 2
        let q: Double = df > 0 ? quantiles[df] ?? {
            let v = StudentT.quantile(0.5 + c.level / 2, degreesOfFreedom: Double(df))
            quantiles[df] = v
            return v
        }() : .nan
        gathered.withUnsafeBufferPointer { g in
            for (k, s) in members.enumerated() {
                let b0 = b[0, k], b1 = b[1, k]
                var deviations = 0.0, squares = 0.0
                for i in 0..<n {
                    let y = contiguous ? values[s * t + i] : g[k * n + i]
                    deviations += (y - b0) * (y - b0)
                    squares += y * y
                }
                let sse = max(0, deviations - b1 * b1 * sxx)
                // Below this, residuals (or variation) are rounding noise of the values' magnitude: an exact fit.
                let noise = 1e-28 * max(squares, Double(n) * b0 * b0)
                c.slope[s] = b1
                c.meanValue[s] = b0
                c.intercept[s] = b0 - b1 * meanYear
                c.rSquared[s] = deviations > noise ? max(0, 1 - sse / deviations) : .nan
                guard df > 0 else { continue }
                let sigma = (sse / Double(df)).squareRoot()
                let se = sigma / sxx.squareRoot()
                c.residualStandardError[s] = sigma
                c.slopeStandardError[s] = se
                c.slopeLower[s] = b1 - q * se
                c.slopeUpper[s] = b1 + q * se
                if sse > noise {
                    c.tStatistic[s] = b1 / se
                    c.pValue[s] = StudentT.twoSidedPValue(b1 / se, degreesOfFreedom: Double(df))
                }
            }
        }
    }
}

/// OLS trend statistics of many series as columns, one array per statistic (NaN = not computable for that
/// series; `record(_:)` gives one series with the reasons spelled out). Units as in `LinearTrendFit`.
public struct TrendColumns: Sendable {
    public let years: Range<Int>
    /// Confidence level of the slope intervals, a fraction.
    public let level: Double
    public var observations: [Int32]
    public var firstYear: [Int32]
    public var lastYear: [Int32]
    public var meanYear: [Double]
    public var yearSpread: [Double]
    public var meanValue: [Double]
    public var slope: [Double]
    public var intercept: [Double]
    public var slopeStandardError: [Double]
    public var tStatistic: [Double]
    public var pValue: [Double]
    public var slopeLower: [Double]
    public var slopeUpper: [Double]
    public var rSquared: [Double]
    public var residualStandardError: [Double]

    init(count: Int, years: Range<Int>, level: Double) {
        self.years = years
        self.level = level
        let nan = [Double](repeating: .nan, count: count)
        observations = [Int32](repeating: 0, count: count)
        firstYear = observations
        lastYear = observations
        meanYear = nan; yearSpread = nan; meanValue = nan; slope = nan; intercept = nan; slopeStandardError = nan
        tStatistic = nan; pValue = nan; slopeLower = nan; slopeUpper = nan; rSquared = nan; residualStandardError = nan
    }

    public var count: Int { slope.count }

    /// Series `s` as a record, with each missing statistic explained.
    public func record(_ s: Int) -> LinearTrendFit {
        func v(_ x: Double) -> Double? { x.isNaN ? nil : x }
        let n = Int(observations[s])
        var notes: [String] = []
        if n == 0 { notes.append("not computable: no observed years") } else if n == 1 {
            notes.append("not computable: a single observed year gives no trend")
        } else {
            if n == 2 { notes.append("not computable: two observed years leave no residual degrees of freedom for a standard error") } else if pValue[s].isNaN {
                notes.append("not computable: the points lie exactly on a line, so t and p are undefined")
            }
            if rSquared[s].isNaN { notes.append("not computable: the series is constant, so R^2 is undefined") }
        }
        return LinearTrendFit(
            observations: n, firstYear: n > 0 ? Int(firstYear[s]) : nil, lastYear: n > 0 ? Int(lastYear[s]) : nil,
            meanYear: meanYear[s], yearSpread: yearSpread[s], meanValue: v(meanValue[s]), slope: v(slope[s]), intercept: v(intercept[s]),
            slopeStandardError: v(slopeStandardError[s]), tStatistic: v(tStatistic[s]), pValue: v(pValue[s]), slopeLower: v(slopeLower[s]),
            slopeUpper: v(slopeUpper[s]), level: level, rSquared: v(rSquared[s]), residualStandardError: v(residualStandardError[s]),
            notes: notes)
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
