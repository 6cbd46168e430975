import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// Trend statistics against scipy on 200 random series with and without gaps
/// (Fixtures/make_trend_fixtures.py): every field within 1e-8 relative.
@Suite struct TrendTests {
    let years: [Int]
    let series: [[String: Any]]

    init() throws {
        OpenBLASThreads.set(1)
        let f = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/trends.json")
        years = f["years"] as! [Int]
        series = f["series"] as! [[String: Any]]
    }

    func values(_ s: [String: Any]) -> [Double] { (s["values"] as! [Any]).map { ($0 as? NSNumber)?.doubleValue ?? .nan } }
    func number(_ s: [String: Any], _ key: String) -> Double? { (s[key] as? NSNumber)?.doubleValue }

    func panel() -> IndicatorPanel {
        let deps = series.indices.map { Department(id: "s\($0)") }
        return IndicatorPanel(departments: deps, indicators: [Indicator(id: "x", unit: "万元")],
                              years: years.first!..<(years.last! + 1), blocks: [series.flatMap(values)])
    }

    func expectClose(_ a: Double?, _ b: Double?, _ what: String, relative: Double = 1e-8, absolute: Double = 1e-12) {
        switch (a, b) {
        case (nil, nil): break
        case let (a?, b?): #expect(TestSupport.close(a, b, relative: relative, absolute: absolute), "\(what): \(a) vs \(b)")
        default: Issue.record("\(what): \(String(describing: a)) vs \(String(describing: b))")
        }
    }

    @Test func everyFieldMatchesScipy() throws {
        let summaries = try TrendAnalysis.summarise(panel: panel())
        #expect(summaries.count == 200)
        var exactCount = 0
        #expect(summaries.count == series.count)
        for (k, (s, ref)) in zip(summaries, series).enumerated() {
            let w = "series \(k)"
            #expect(s.linear.observations == ref["n"] as! Int)
            #expect(s.linear.firstYear == ref["first_year"] as? Int && s.linear.lastYear == ref["last_year"] as? Int)
            expectClose(s.linear.slope, number(ref, "slope"), "\(w) slope")
            expectClose(s.linear.intercept, number(ref, "intercept"), "\(w) intercept", relative: 1e-7)
            expectClose(s.linear.slopeStandardError, number(ref, "slope_se"), "\(w) se")
            expectClose(s.linear.tStatistic, number(ref, "t"), "\(w) t")
            expectClose(s.linear.pValue, number(ref, "p"), "\(w) p")
            expectClose(s.linear.slopeLower, number(ref, "slope_lower"), "\(w) lower")
            expectClose(s.linear.slopeUpper, number(ref, "slope_upper"), "\(w) upper")
            expectClose(s.linear.rSquared, number(ref, "r2"), "\(w) r2")
            expectClose(s.compoundAnnualGrowth, number(ref, "cagr"), "\(w) cagr")
            expectClose(s.meanYearOnYearGrowth, number(ref, "mean_yoy"), "\(w) yoy")
            expectClose(s.logLinearGrowth, number(ref, "log_linear"), "\(w) log-linear")
            expectClose(s.theilSen?.slope, number(ref, "theil_sen"), "\(w) theil-sen")
            expectClose(s.theilSen?.intercept, number(ref, "theil_sen_intercept"), "\(w) theil-sen intercept")
            // Sen's interval: nil where the lower rank falls below 1 (scipy clamps to the extreme slope instead).
            if let lower = s.theilSen?.lower {
                expectClose(lower, number(ref, "theil_sen_lower"), "\(w) sen lower")
                expectClose(s.theilSen?.upper, number(ref, "theil_sen_upper"), "\(w) sen upper")
            } else {
                #expect(s.linear.observations <= 6, "\(w): Sen CI missing for n = \(s.linear.observations)")
            }
            #expect(s.mannKendall?.s == ref["mk_s"] as? Int)
            expectClose(s.mannKendall?.tau, number(ref, "mk_tau"), "\(w) tau")
            expectClose(s.mannKendall?.pValue, number(ref, "mk_p"), "\(w) mk p", relative: 1e-10)
            #expect(s.mannKendall?.exact == ref["mk_exact"] as? Bool)
            if s.mannKendall?.exact == true { exactCount += 1 }
        }
        #expect(exactCount > 10)
    }

    /// The batch fit (complete series and series with missing years alike) equals per-series OLS to 1e-10.
    @Test func batchEqualsPerSeriesRegression() throws {
        let fits = BatchLinearTrend.fit(panel: panel(), indicatorAt: 0)
        for (k, ref) in series.enumerated() {
            let v = values(ref)
            let fit = try LinearRegression.fit(y: v, regressors: [years.map(Double.init)], names: ["year"])
            expectClose(fits[k].slope, fit.coefficients[1], "slope \(k)", relative: 1e-10)
            expectClose(fits[k].slopeStandardError, fit.standardErrors[1], "se \(k)", relative: 1e-10)
            expectClose(fits[k].pValue, fit.pValues[1], "p \(k)", relative: 1e-10)
            expectClose(fits[k].rSquared, fit.rSquared, "r2 \(k)", relative: 1e-10)
        }
    }

    /// More series than one worker chunk (16,384), a fifth with missing years (some with 0, 1 or 2 observed),
    /// fitted into columns that still hold another block's results: every entry equals a fresh fit, and a sample
    /// of series equals per-series OLS (`LinearRegression`, QR) to 1e-10.
    @Test func largeBatchIntoReusedColumnsEqualsPerSeriesRegression() throws {
        let t = 12, count = 40_000, years = 2013..<2025
        func block(seed: UInt64) -> [Double] {
            var rng = SplitMix64(seed: seed)
            var v = [Double](repeating: 0, count: t * count)
            for s in 0..<count {
                let level = rng.uniform(10, 1e6), growth = rng.uniform(-0.05, 0.1), noise = rng.uniform(0, 0.2)
                for k in 0..<t { v[s * t + k] = level * (1 + growth * Double(k)) * (1 + noise * rng.normal()) }
                if rng.uniform() < 0.2 {
                    let keep = Int(rng.uniform(0, Double(t)))   // observed years left: 0 ..< t
                    for k in 0..<t where rng.uniform() > Double(keep) / Double(t) { v[s * t + k] = .nan }
                }
            }
            return v
        }
        let unfitted = TrendColumns(count: 3, years: years, level: 90)
        #expect(unfitted.slope.allSatisfy(\.isNaN) && unfitted.pValue.allSatisfy(\.isNaN) && unfitted.observations == [0, 0, 0])
        let first = block(seed: 1), second = block(seed: 2)
        var columns = first.withUnsafeBufferPointer { BatchLinearTrend.fitColumns(values: $0, years: years, seriesCount: count) }
        second.withUnsafeBufferPointer { BatchLinearTrend.fit(values: $0, into: &columns) }
        let fresh = second.withUnsafeBufferPointer { BatchLinearTrend.fitColumns(values: $0, years: years, seriesCount: count) }
        var observedCounts = Set<Int32>()
        for s in 0..<count {
            // Compared as text: a series with no observed years has a NaN mean year, and NaN != NaN.
            #expect("\(columns.record(s))" == "\(fresh.record(s))", "series \(s)")
            observedCounts.insert(fresh.observations[s])
        }
        #expect(observedCounts.isSuperset(of: [0, 1, 2, 3, Int32(t)]))
        for s in stride(from: 0, to: count, by: 37) {
            let y = Array(second[s * t..<(s + 1) * t]), fit = fresh.record(s)
            guard fit.observations >= 2 else {
                #expect(fit.slope == nil && fit.notes.contains { $0.hasPrefix("not computable") })
                continue
            }
            let ols = try LinearRegression.fit(y: y, regressors: [years.map(Double.init)], names: ["year"])
            expectClose(fit.slope, ols.coefficients[1], "slope \(s)", relative: 1e-10)
            expectClose(fit.intercept, ols.coefficients[0], "intercept \(s)", relative: 1e-9)
            expectClose(fit.slopeStandardError, ols.standardErrors[1], "se \(s)", relative: 1e-10)
            expectClose(fit.pValue, ols.pValues[1], "p \(s)", relative: 1e-10)
            expectClose(fit.slopeLower, ols.lowerBounds[1], "lower \(s)", relative: 1e-10)
            expectClose(fit.rSquared, ols.rSquared, "r2 \(s)", relative: 1e-10)
            expectClose(fit.residualStandardError, ols.residualStandardError, "sigma \(s)", relative: 1e-10)
        }
    }

    /// REFERENCE.md golden cases A and B.
    @Test func goldenCases() throws {
        let a = IndicatorPanel(departments: [Department(id: "a")], indicators: [Indicator(id: "x")], years: 2015..<2024,
                               blocks: [[100, 104, 107.5, 113, 115.2, 121, 124.8, 131.5, 133]])
        let sa = try TrendAnalysis.summarise(panel: a)[0]
        #expect(abs(sa.linear.slope! - 4.285) < 1e-10)
        #expect(abs(sa.linear.pValue! / 8.9131e-09 - 1) < 1e-4)
        let p2024 = sa.linear.prediction(atYear: 2024, level: 95)!
        #expect(abs(p2024.value - 138.091667) < 1e-6)
        #expect(abs(p2024.meanStandardError! - 0.772091) < 1e-6)
        #expect(abs(p2024.meanInterval!.lowerBound - 136.265961) < 1e-6 && abs(p2024.meanInterval!.upperBound - 139.917373) < 1e-6)
        #expect(abs(p2024.predictionInterval!.lowerBound - 134.985424) < 1e-6 && abs(p2024.predictionInterval!.upperBound - 141.197909) < 1e-6)
        #expect(abs(sa.theilSen!.slope - 4.18) < 1e-12)
        #expect(abs(sa.theilSen!.lower! - 3.933333333) < 1e-8 && abs(sa.theilSen!.upper! - 4.583333333) < 1e-8)
        #expect(sa.mannKendall!.s == 36 && sa.mannKendall!.exact)
        #expect(abs(sa.mannKendall!.pValue - 2.0 / 362880) < 1e-15)          // 5.51e-6
        #expect(abs(sa.compoundAnnualGrowth! - 3.6290) < 1e-4)
        #expect(abs(sa.logLinearGrowth! - 3.7544) < 1e-4)
        #expect(sa.direction == .rising)

        let b = IndicatorPanel(departments: [Department(id: "b")], indicators: [Indicator(id: "x")], years: 2016..<2022,
                               blocks: [[82, 85.5, 84, .nan, 90.2, 91]])
        let sb = try TrendAnalysis.summarise(panel: b)[0]
        #expect(abs(sb.linear.slope! - 1.791860) < 1e-6)
        #expect(abs(sb.linear.slopeStandardError! - 0.346826) < 1e-6)
        #expect(abs(sb.linear.pValue! - 0.014067) < 1e-6)
        #expect(abs(sb.linear.rSquared! - 0.898964) < 1e-6)
        let p2022 = sb.linear.prediction(atYear: 2022, level: 95)!
        #expect(abs(p2022.value - 92.990698) < 1e-6)
        #expect(abs(p2022.predictionInterval!.lowerBound - 86.592733) < 1e-6)
        #expect(abs(sb.theilSen!.slope - 1.683333333) < 1e-8)
        #expect(abs(sb.theilSen!.lower! + 1.5) < 1e-12 && abs(sb.theilSen!.upper! - 3.5) < 1e-12)
        #expect(abs(sb.mannKendall!.pValue - 0.0833333333) < 1e-9)
        #expect(sb.direction == .noSignificantTrend)   // exact p 0.083 with five points
    }

    @Test func edgeCasesGiveValuesOrReasonsNeverCrashes() throws {
        let cases: [[Double]] = [
            [5, 7, .nan, .nan, .nan],            // n = 2: slope, no SE
            [5, 7, 6, .nan, .nan],               // n = 3
            [4, 4, 4, 4, 4],                     // constant
            [4, 4, 9, 4, 4],                     // all equal but one
            [1e12, 1.01e12, 1.03e12, 1.02e12, 1.05e12],
            [1e-6, 1.2e-6, 1.1e-6, 1.4e-6, 1.3e-6],
            [.nan, .nan, .nan, .nan, .nan],      // nothing observed
            [3, .nan, .nan, .nan, .nan],         // one point
            [-5, -3, -4, 0, 2],                  // crosses zero: no CAGR
        ]
        let p = IndicatorPanel(departments: cases.indices.map { Department(id: "c\($0)") }, indicators: [Indicator(id: "x")],
                               years: 2020..<2025, blocks: [cases.flatMap { $0 }])
        let s = try TrendAnalysis.summarise(panel: p)
        #expect(abs(s[0].linear.slope! - 2) < 1e-12 && s[0].linear.slopeStandardError == nil && s[0].notes.contains { $0.hasPrefix("not computable") })
        #expect(s[0].direction == .tooShort)
        #expect(abs(s[1].linear.slope! - 0.5) < 1e-12 && s[1].linear.slopeStandardError != nil)
        #expect(abs(s[2].linear.slope!) < 1e-12 && s[2].linear.pValue == nil && s[2].linear.rSquared == nil)
        #expect(s[2].mannKendall!.pValue == 1 && s[2].direction == .noSignificantTrend)
        #expect(s[3].linear.slope != nil && s[3].theilSen!.slope == 0)
        // Large and tiny magnitudes keep their relative precision (centring and column scaling).
        let big = try LinearRegression.fit(y: cases[4], regressors: [(2020...2024).map(Double.init)], names: ["year"])
        #expect(TestSupport.close(s[4].linear.slope!, big.coefficients[1]!, relative: 1e-10))
        #expect(abs(s[4].linear.slope! / 1.1e10 - 1.0) < 1e-10)   // Sxy / Sxx = 0.11e12 / 10
        #expect(abs(s[5].linear.slope! / 8e-8 - 1.0) < 1e-8)
        #expect(s[6].linear.slope == nil && s[6].theilSen == nil && s[6].mannKendall == nil && s[6].direction == .tooShort)
        #expect(s[7].linear.slope == nil && s[7].linear.meanValue == 3)
        #expect(s[8].compoundAnnualGrowth == nil && s[8].notes.contains { $0.contains("CAGR") })
        for summary in s {
            for v in [summary.linear.slope, summary.linear.pValue, summary.compoundAnnualGrowth, summary.theilSen?.slope] {
                #expect(v.map { !$0.isNaN } ?? true, "no NaN where a number is reported")
            }
        }
    }

    @Test func exactMannKendallDistributionFloors() {
        // The smallest attainable two-sided p (REFERENCE.md): n = 3 0.333, 4 0.0833, 5 0.0167, 6 0.0028.
        for (n, p) in [(3, 0.3333), (4, 0.0833), (5, 0.0167), (6, 0.0028)] {
            let test = MannKendallTest.test(values: (0..<n).map(Double.init))!
            #expect(abs(test.pValue - p) < 1e-4)
        }
    }
}

/// Exact fits, constant series, two observations, no observations, and values near 1e15 and 1e-12: every
/// statistic a number or missing with a note, never a t or p made of rounding noise (issue 16, item 3).
@Suite struct ExactFitTests {
    func trend(_ values: [Double]) -> LinearTrendFit {
        values.withUnsafeBufferPointer { BatchLinearTrend.fit(values: $0, years: 2018..<(2018 + values.count), seriesCount: 1)[0] }
    }

    @Test func decimalStepsOnALineAreAnExactFit() throws {
        // 4.4, 4.6, ..., 5.6: exactly 0.2 a year. The sums leave 1e-17 of "residual", which gave SE 2.2e-9, t 9.2e7.
        let decimals: [Double] = [4.4, 4.6, 4.8, 5.0, 5.2, 5.4, 5.6]
        let large: [Double] = (0..<7).map { 1e15 + 0.5 * Double($0) }
        let small: [Double] = (0..<7).map { 1e-12 * (1 + 0.1 * Double($0)) }
        for values in [decimals, large, small] {
            let fit = trend(values)
            #expect(fit.tStatistic == nil && fit.pValue == nil, "\(values)")
            #expect(fit.slopeStandardError == 0 && fit.rSquared == 1)
            #expect(fit.notes.contains { $0.contains("exactly on a line") })
            // The same with a missing year (the other path of the batch fit).
            var gap = values
            gap[3] = Double.nan
            let g = trend(gap)
            #expect(g.tStatistic == nil && g.slopeStandardError == 0, "\(gap)")
        }
        // 1e15 + 0.5 k: the slope is 0.5 exactly (the cross-product of centred values is exact there).
        #expect(trend((0..<7).map { 1e15 + 0.5 * Double($0) }).slope == 0.5)
        // QR regression on the years agrees: no t, no p, a note.
        let fit = try LinearRegression.fit(y: [4.4, 4.6, 4.8, 5.0, 5.2, 5.4, 5.6], regressors: [(2018..<2025).map(Double.init)], names: ["year"])
        #expect(fit.tStatistics.allSatisfy { $0 == nil } && fit.pValues.allSatisfy { $0 == nil })
        #expect(fit.notes.contains { $0.contains("the fit is exact") })
    }

    @Test func constantShortAndEmptySeriesSayWhy() throws {
        let constant = trend(Array(repeating: 5.3, count: 7))
        #expect(constant.slope == 0 && constant.tStatistic == nil && constant.rSquared == nil)
        #expect(constant.notes == ["not computable: the series is constant, so t, p and R^2 are undefined"])
        let two = trend([3, 4])
        #expect(two.slope == 1 && two.slopeStandardError == nil && two.notes.first?.contains("two observed years") == true)
        let none = trend([.nan, .nan, .nan])
        #expect(none.slope == nil && none.notes == ["not computable: no observed years"])
        let regression = try LinearRegression.fit(y: Array(repeating: 5.3, count: 7), regressors: [(0..<7).map(Double.init)], names: ["k"])
        #expect(regression.rSquared == nil && regression.notes.contains { $0.contains("does not vary") })
    }

    @Test func realTrendsAtExtremeScalesKeepTheirInference() {
        // y = s (1 + 0.01 k^2), k = 0...6: the slope's t is 2 sqrt(15) = 7.745966692414834 whatever the scale s
        // (numpy's lstsq on the unscaled series: 7.745966692414848), so scale never makes a trend an exact fit.
        for scale in [1e15, 1e-12, 1.0] {
            let fit = trend((0..<7).map { scale * (1 + 0.01 * Double($0 * $0)) })
            #expect(TestSupport.close(fit.tStatistic!, 2 * 15.0.squareRoot(), relative: 1e-9), "\(scale)")
        }
    }
}
