import Dispatch

/// OLS trends for many series that share a year axis, fitted in one parallel pass over the block.
///
/// With the years centred, the design X = [1, year - mean year] has orthogonal columns, so X'X is diagonal:
/// the intercept is the series' mean, the slope is sum (year - mean year) y / Sxx, and the residual sum of squares
/// is sum (y - mean)^2 - slope^2 Sxx. So each series needs only its own sums: complete series are fitted as the
/// block is read (one read of memory, on every core), and series with missing years from their own observed
/// years afterwards. The numbers are those of a least-squares solve of the shared design, without grouping the
/// series by their missing years and without a second pass over the block for the residuals, so the fit runs
/// at close to the speed of reading the block once (figures in Benchmarks/README.md). The results equal
/// per-series OLS (`LinearRegression`, QR) to rounding (tests: 1e-10).
///
/// - Complexity: O(T * series) time; no memory beyond the result columns except the list of incomplete series.
public enum BatchLinearTrend {
    /// Fits every series of a column-major block into per-series records.
    ///
    /// - Parameters:
    ///   - values: `years.count * seriesCount` values, series after series (NaN = missing).
    ///   - years: the calendar years of the rows.
    ///   - seriesCount: number of series (columns).
    ///   - level: confidence level of the slope intervals, in percent (95).
    public static func fit(
        values: UnsafeBufferPointer<Double>, years: Range<Int>, seriesCount: Int, level: Double = 95
    ) -> [LinearTrendFit] {
        let c = fitColumns(values: values, years: years, seriesCount: seriesCount, level: level)
        return (0..<seriesCount).map { c.record($0) }
    }

    /// Fits every department's series of one indicator of a panel, in panel department order.
    public static func fit(panel: IndicatorPanel, indicatorAt indicator: Int, level: Double = 95) -> [LinearTrendFit] {
        panel.withBlock(indicatorAt: indicator) { values, _, columns in
            fit(values: values, years: panel.years, seriesCount: columns, level: level)
        }
    }

    /// Fits every series into columns (one array per statistic, NaN where a statistic is not computable):
    /// the form for millions of series, with no per-series allocation.
    public static func fitColumns(
        values: UnsafeBufferPointer<Double>, years: Range<Int>, seriesCount: Int, level: Double = 95
    ) -> TrendColumns {
        var columns = TrendColumns(count: seriesCount, years: years, level: level, filled: false)
        fit(values: values, into: &columns)
        return columns
    }

    /// Fits every series of a block into existing columns, overwriting every entry: the form for a caller that
    /// fits indicator after indicator (or chunk after chunk) into the same memory. `columns` gives the years,
    /// the level and the number of series.
    public static func fit(values: UnsafeBufferPointer<Double>, into columns: inout TrendColumns) {
        let t = columns.years.count, count = columns.count
        precondition(values.count == t * count, "block must hold years x series values")
        guard count > 0, t > 0 else {
            if count > 0 { columns.withOutput { out in for s in 0..<count { _ = SeriesSums.empty.write(s, out, quantile: .nan) } } }
            return
        }
        let block = SharedBlock(values.baseAddress!)
        let start = Double(columns.years.lowerBound), level = columns.level
        // Complete series (the common case) share the centred years and their inference constants.
        let complete = Inference(degreesOfFreedom: t - 2, level: level)
        let quantile = complete?.quantile ?? .nan, tail = complete?.tail
        let centred = (0..<t).map { Double($0) - Double(t - 1) / 2 }
        let sxx = centred.reduce(0) { $0 + $1 * $1 }
        let chunk = 16_384, chunks = (count + chunk - 1) / chunk
        columns.withOutput { out in
            // One read of the block: complete series fitted as read, the others listed with their year counts.
            let incomplete = centred.withUnsafeBufferPointer { centred in
                let centred = SharedBlock(centred.baseAddress!)
                return parallelMap(count: chunks, chunk: 1) { c -> (series: [Int], observed: Set<Int>) in
                    var missing: [Int] = [], observed: Set<Int> = []
                    for s in c * chunk..<min(count, (c + 1) * chunk) {
                        let y = block.base + s * t
                        var sum = 0.0
                        for k in 0..<t { sum += y[k] }
                        if sum.isNaN {
                            // A missing year (or infinities, which the incomplete path also handles).
                            missing.append(s)
                            observed.insert((0..<t).reduce(0) { $0 + (y[$1].isNaN ? 0 : 1) })
                            continue
                        }
                        let mean = sum / Double(t)
                        var cross = 0.0, deviations = 0.0
                        for k in 0..<t {
                            // Centred values as well as centred years: sum (k - mean k) y equals
                            // sum (k - mean k)(y - mean), but at 1e15 with steps of 0.5 only the latter is exact.
                            let d = y[k] - mean
                            cross += centred.base[k] * d
                            deviations += d * d
                        }
                        _ = SeriesSums(observations: t, firstYear: start, lastYear: start + Double(t - 1),
                                       meanYear: start + Double(t - 1) / 2, yearSpread: sxx, mean: mean, cross: cross,
                                       deviations: deviations).write(s, out, quantile: quantile)
                    }
                    // p-values of the chunk's complete series (the incomplete ones' t are NaN so far).
                    if let tail {
                        for s in c * chunk..<min(count, (c + 1) * chunk) where !out.tStatistic[s].isNaN {
                            out.pValue[s] = tail.pValue(out.tStatistic[s])
                        }
                    }
                    return (missing, observed)
                }
            }
            // Series with missing years: each from its own observed years, with the t quantile and tail of its
            // degrees of freedom computed once per distinct count of observed years.
            var quantiles = [Double](repeating: .nan, count: t + 1)
            var tails = [StudentT.TwoSidedTail?](repeating: nil, count: t + 1)
            for c in 0..<chunks {
                for n in incomplete[c].observed where n > 2 && tails[n] == nil {
                    let inference = Inference(degreesOfFreedom: n - 2, level: level)
                    quantiles[n] = inference!.quantile
                    tails[n] = inference!.tail
                }
            }
            let byObserved = (quantiles: quantiles, tails: tails)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                byObserved.tails.withUnsafeBufferPointer { tails in
                    for s in incomplete[c].series {
                        let sums = SeriesSums(block.base + s * t, count: t, start: start)
                        let n = sums.observations
                        if sums.write(s, out, quantile: byObserved.quantiles[n]) {
                            out.pValue[s] = tails[n]!.pValue(out.tStatistic[s])
                        }
                    }
                }
            }
        }
    }
}

/// The t quantile and tail for one number of residual degrees of freedom.
private struct Inference: Sendable {
    let quantile: Double
    let tail: StudentT.TwoSidedTail

    init?(degreesOfFreedom df: Int, level: Double) {
        guard df > 0 else { return nil }
        quantile = StudentT.quantile(0.5 + level / 200, degreesOfFreedom: Double(df))
        tail = StudentT.TwoSidedTail(degreesOfFreedom: Double(df))
    }
}

/// What the fit of one series needs: its observed years' count, range, mean and spread, and its values' mean,
/// cross-product with the centred years and sum of squared deviations.
private struct SeriesSums {
    var observations: Int
    var firstYear: Double, lastYear: Double
    /// Mean of the observed years; sum of their squared deviations from it (years^2).
    var meanYear: Double, yearSpread: Double
    /// Mean of the values; sum (year - mean year) * value; sum (value - mean)^2.
    var mean: Double, cross: Double, deviations: Double

    static let empty = SeriesSums(observations: 0, firstYear: 0, lastYear: 0, meanYear: .nan, yearSpread: 0,
                                  mean: .nan, cross: .nan, deviations: .nan)

    init(observations: Int, firstYear: Double, lastYear: Double, meanYear: Double, yearSpread: Double,
         mean: Double, cross: Double, deviations: Double) {
        self.observations = observations
        self.firstYear = firstYear; self.lastYear = lastYear
        self.meanYear = meanYear; self.yearSpread = yearSpread
        self.mean = mean; self.cross = cross; self.deviations = deviations
    }

    /// The sums of a series with missing years (NaN), `count` values from year `start`, in two passes over its
    /// values. The year spread n * sum k^2 - (sum k)^2 is an exact integer, so it is rounded once.
    @inline(__always)
    init(_ y: UnsafePointer<Double>, count t: Int, start: Double) {
        var n = 0, sumK = 0, sumK2 = 0, first = -1, last = -1
        var sum = 0.0
        for k in 0..<t where !y[k].isNaN {
            n += 1; sumK += k; sumK2 += k * k
            if first < 0 { first = k }
            last = k
            sum += y[k]
        }
        guard n > 0 else { self = .empty; return }
        let meanK = Double(sumK) / Double(n), mean = sum / Double(n)
        var cross = 0.0, deviations = 0.0
        for k in first...last where !y[k].isNaN {
            let d = y[k] - mean
            cross += (Double(k) - meanK) * d
            deviations += d * d
        }
        self.init(observations: n, firstYear: start + Double(first), lastYear: start + Double(last),
                  meanYear: start + meanK, yearSpread: Double(n * sumK2 - sumK * sumK) / Double(n),
                  mean: mean, cross: cross, deviations: deviations)
    }

    /// Writes every statistic of series `s` but its p-value (NaN where not computable), with `quantile` the
    /// t quantile of its degrees of freedom. Returns true when the p-value of `out.tStatistic[s]` is still to
    /// be written (a t statistic exists), so the caller computes p-values in a tight loop of its own.
    @inline(__always)
    func write(_ s: Int, _ out: TrendColumns.Output, quantile: Double) -> Bool {
        let n = observations
        out.observations[s] = Int32(n)
        out.firstYear[s] = Int32(firstYear)
        out.lastYear[s] = Int32(lastYear)
        out.meanYear[s] = meanYear
        out.yearSpread[s] = yearSpread
        out.meanValue[s] = mean
        var slope = Double.nan, intercept = Double.nan, rSquared = Double.nan, sigma = Double.nan, se = Double.nan
        var t = Double.nan
        if n >= 2 {
            slope = cross / yearSpread
            intercept = mean - slope * meanYear
            var sse = max(0, deviations - slope * slope * yearSpread)
            // Variation below the rounding of the values themselves (a few ulps each; deviations + n mean^2 is
            // the sum of squares of the values) is no variation: a constant series.
            let noise = 4 * Double.ulpOfOne * Double.ulpOfOne * (deviations + Double(n) * mean * mean)
            // The residual sum of squares is a difference of two sums of squares, exact only to a few ulps of
            // the larger: below that it is cancellation, not residual (4.4, 4.6, ... 5.6 lies exactly on a line,
            // though the difference leaves 1e-17): the fit is exact, and no t or p is claimed.
            if sse <= max(noise, 16 * Double(n) * Double.ulpOfOne * deviations) { sse = 0 }
            if deviations > noise { rSquared = max(0, 1 - sse / deviations) }
            if n > 2 {
                sigma = (sse / Double(n - 2)).squareRoot()
                se = sigma / yearSpread.squareRoot()
                if sse > 0 { t = slope / se }
            }
        }
        out.slope[s] = slope
        out.intercept[s] = intercept
        out.rSquared[s] = rSquared
        out.residualStandardError[s] = sigma
        out.slopeStandardError[s] = se
        out.slopeLower[s] = slope - quantile * se
        out.slopeUpper[s] = slope + quantile * se
        out.tStatistic[s] = t
        if t.isNaN { out.pValue[s] = .nan }
        return !t.isNaN
    }
}

/// A base address read concurrently by the fitting workers (never written).
private struct SharedBlock: @unchecked Sendable {
    let base: UnsafePointer<Double>
    init(_ base: UnsafePointer<Double>) { self.base = base }
}
