import Dispatch

/// OLS trend statistics of many series as columns, one array per statistic (NaN = not computable for that
/// series; `record(_:)` gives one series with the reasons spelled out). Units as in `LinearTrendFit`.
public struct TrendColumns: Sendable {
    public let years: Range<Int>
    /// Confidence level of the slope intervals, in percent (95).
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

    /// Columns for `count` series, to be filled by `BatchLinearTrend.fit(values:into:)` (and refilled by later
    /// fits): until then every statistic is NaN ("not computable") and every count 0.
    public init(count: Int, years: Range<Int>, level: Double) {
        self.init(count: count, years: years, level: level, filled: true)
    }

    /// With `filled` false the arrays are allocated without a first write, for a fit that writes every entry
    /// at once (its writes are then the first touch of the memory, so the pages are zeroed by the system once
    /// rather than filled twice).
    init(count: Int, years: Range<Int>, level: Double, filled: Bool) {
        precondition(level > 0 && level < 100, "level is a percentage in (0, 100)")
        self.years = years
        self.level = level
        func column<T: BitwiseCopyable>(_ initial: T) -> [T] {
            filled ? [T](repeating: initial, count: count)
                : [T](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        }
        observations = column(Int32(0)); firstYear = column(Int32(0)); lastYear = column(Int32(0))
        meanYear = column(Double.nan); yearSpread = column(Double.nan); meanValue = column(Double.nan)
        slope = column(Double.nan); intercept = column(Double.nan); slopeStandardError = column(Double.nan)
        tStatistic = column(Double.nan); pValue = column(Double.nan); slopeLower = column(Double.nan)
        slopeUpper = column(Double.nan); rSquared = column(Double.nan)
        residualStandardError = column(Double.nan)
    }

    /// Raw pointers to every column, for the fitting workers; each worker writes only its own series' entries.
    struct Output: @unchecked Sendable {
        let observations, firstYear, lastYear: UnsafeMutablePointer<Int32>
        let meanYear, yearSpread, meanValue, slope, intercept, slopeStandardError, tStatistic, pValue, slopeLower,
            slopeUpper, rSquared, residualStandardError: UnsafeMutablePointer<Double>
    }

    /// Calls `body` with pointers into every column (distinct stored properties, so the accesses do not overlap).
    mutating func withOutput(_ body: (Output) -> Void) {
        observations.withUnsafeMutableBufferPointer { o in firstYear.withUnsafeMutableBufferPointer { f in
        lastYear.withUnsafeMutableBufferPointer { l in meanYear.withUnsafeMutableBufferPointer { my in
        yearSpread.withUnsafeMutableBufferPointer { ys in meanValue.withUnsafeMutableBufferPointer { mv in
        slope.withUnsafeMutableBufferPointer { b1 in intercept.withUnsafeMutableBufferPointer { b0 in
        slopeStandardError.withUnsafeMutableBufferPointer { se in tStatistic.withUnsafeMutableBufferPointer { ts in
        pValue.withUnsafeMutableBufferPointer { p in slopeLower.withUnsafeMutableBufferPointer { lo in
        slopeUpper.withUnsafeMutableBufferPointer { hi in rSquared.withUnsafeMutableBufferPointer { r2 in
        residualStandardError.withUnsafeMutableBufferPointer { rse in
            body(Output(observations: o.baseAddress!, firstYear: f.baseAddress!, lastYear: l.baseAddress!,
                        meanYear: my.baseAddress!, yearSpread: ys.baseAddress!, meanValue: mv.baseAddress!,
                        slope: b1.baseAddress!, intercept: b0.baseAddress!, slopeStandardError: se.baseAddress!,
                        tStatistic: ts.baseAddress!, pValue: p.baseAddress!, slopeLower: lo.baseAddress!,
                        slopeUpper: hi.baseAddress!, rSquared: r2.baseAddress!, residualStandardError: rse.baseAddress!))
        } } } } } } } } } } } } } } }
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
            if n == 2 { notes.append("not computable: two observed years leave no residual degrees of freedom for a standard error") } else if rSquared[s].isNaN {
                notes.append("not computable: the series is constant, so t, p and R^2 are undefined")
            } else if pValue[s].isNaN {
                notes.append("not computable: the points lie exactly on a line, so t and p are undefined")
            }
        }
        return LinearTrendFit(
            observations: n, firstYear: n > 0 ? Int(firstYear[s]) : nil, lastYear: n > 0 ? Int(lastYear[s]) : nil,
            meanYear: meanYear[s], yearSpread: yearSpread[s], meanValue: v(meanValue[s]), slope: v(slope[s]), intercept: v(intercept[s]),
            slopeStandardError: v(slopeStandardError[s]), tStatistic: v(tStatistic[s]), pValue: v(pValue[s]), slopeLower: v(slopeLower[s]),
            slopeUpper: v(slopeUpper[s]), level: level, rSquared: v(rSquared[s]), residualStandardError: v(residualStandardError[s]),
            notes: notes)
    }
}
