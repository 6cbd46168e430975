import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// The global growth model (`GlobalGrowth`, issue 15) against numpy's weighted least squares
/// (Fixtures/make_global_growth_fixtures.py), its backtests against what was known at each origin, and its saved
/// coefficients against the batch run.
@Suite struct GlobalGrowthTests {
    static func fixture() throws -> (series: [SeriesInput], json: [String: Any]) {
        let f = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/global_growth.json")
        let series = (f["series"] as! [[String: Any]]).enumerated().map { k, s -> SeriesInput in
            let values = (s["values"] as! [Any]).map { ($0 as? Double) ?? .nan }
            let first = s["first_year"] as! Int
            return SeriesInput(values: values, years: first..<(first + values.count), department: "s\(k)", indicator: "x")
        }
        return (series, f)
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func coefficientsAreNumpysWeightedLeastSquares() throws {
        let (series, f) = try Self.fixture()
        let horizon = f["horizon"] as! Int
        let byYear = GlobalGrowth.modelsByYear(series, horizon: horizon)
        for fit in f["fits"] as! [[String: Any]] {
            let through = fit["through"] as! Int
            let expected = fit["coefficients"] as! [[String: Any]]
            let direct = try #require(GlobalGrowth.fit(series, horizon: horizon, through: through))
            // The fit through a year and the backtest's model of that year are the same model.
            #expect(byYear.model(through: through) == direct)
            #expect(direct.coefficients.count == horizon)
            for (c, e) in zip(direct.coefficients, expected) {
                #expect(Self.close(c.intercept, e["intercept"] as! Double), "through \(through): \(c.intercept) vs \(e["intercept"]!)")
                #expect(Self.close(c.slope, e["slope"] as! Double), "through \(through): \(c.slope) vs \(e["slope"]!)")
                #expect(c.windows == e["windows"] as! Int)
            }
        }
        // Series far apart in time cost memory by their years, not by the span between them; an infinite figure
        // keeps its series out instead of poisoning the sums.
        let apart = (0..<12).map { k in
            SeriesInput(values: (0..<15).map { 10 * Double.exp(0.02 * Double(k) * Double($0)) }, years: k < 6 ? 0..<15 : 1_000_000..<1_000_015)
        }
        let farApart = GlobalGrowth.modelsByYear(apart + [SeriesInput(values: [1, 2, .infinity, 4, 5], years: 500..<505)], horizon: 2)
        #expect(farApart.years.count == 30 && farApart.model(through: 999_999) == farApart.model(through: 14))
        #expect(farApart.model(through: 2_000_000) == GlobalGrowth.fit(apart, horizon: 2))
        // Before any window's target year there is nothing to fit.
        #expect(GlobalGrowth.fit(series, horizon: horizon, through: 1990) == nil)
        #expect(byYear.model(through: 1900) == nil)
    }

    @Test func forecastsGrowFromTheLastObservation() throws {
        let (series, f) = try Self.fixture()
        let model = try #require(GlobalGrowth.fit(series, horizon: f["horizon"] as! Int))
        let expected = f["forecasts"] as! [[String: Any]]
        #expect(expected.count > 30)
        for e in expected {
            let s = series[e["series"] as! Int]
            let means = e["means"] as! [Double]
            // Steps 1-6 from the series' own last year: a horizon of 6 past the data's last year, less the gap.
            let gap = s.values.count - 1 - s.values.lastIndex { !$0.isNaN }!
            let forecast = GlobalGrowth.forecast(model, values: s.values, years: s.years, options: ForecastOptions(horizon: 6 - gap))
            #expect(forecast.method == .global && forecast.points.count == 6)
            for (p, m) in zip(forecast.points, means) { #expect(Self.close(p.mean, m), "\(s.department) step \(p.horizon)") }
        }
        // A series with a figure at or below zero is forecast by drift, and says so.
        let negative = try #require(series.first { $0.values.contains { $0 <= 0 } })
        let fallback = GlobalGrowth.forecast(model, values: negative.values, years: negative.years, options: ForecastOptions(horizon: 2))
        #expect(fallback.method == .drift && fallback.requested == .global)
        #expect(fallback.notes.contains { $0.contains("fell back to drift") })
        #expect(model.means([1, 2, .infinity, 4][...], steps: [1]) == nil && model.means([1, 2][...], steps: [1]) == nil)
    }

    /// A backtest at an origin year uses only the windows whose targets were observed by then: changing every
    /// other series' later figures leaves the record unchanged.
    @Test func backtestsUseOnlyWhatWasKnownAtTheOrigin() throws {
        let (series, _) = try Self.fixture()
        let settings = BacktestSettings(horizon: 3, minimumTrain: 5)
        let target = try #require(series.firstIndex { s in s.values.count >= 12 && s.values.allSatisfy { $0.isNaN || $0 > 0 } })
        let before = RollingOrigin.run(values: series[target].values, years: series[target].years, method: .global, settings: settings,
                                       growth: GlobalGrowth.modelsByYear(series, horizon: 3))
        let origin = try #require(before.first?.origin)
        var later = series
        for k in later.indices where k != target {
            for t in later[k].values.indices where later[k].years.lowerBound + t > origin && !later[k].values[t].isNaN { later[k].values[t] *= 1.7 }
        }
        let after = RollingOrigin.run(values: series[target].values, years: series[target].years, method: .global, settings: settings,
                                      growth: GlobalGrowth.modelsByYear(later, horizon: 3))
        #expect(before.filter { $0.origin == origin } == after.filter { $0.origin == origin })
        #expect(before.contains { $0.method == .global })
        // Later origins see the changed figures.
        #expect(before != after)
    }

    /// A model saved from a batch run with global among its members gives a series alone its batch forecast,
    /// ragged edges included (a series stopping early needs steps beyond the horizon).
    @Test func savedCoefficientsGiveTheBatchForecast() throws {
        var (series, _) = try Self.fixture()
        series = series.filter { $0.years.upperBound == series[0].years.upperBound }
        // One shared axis, one series stopping two years early.
        let years = 1995..<2013
        var batch = (0..<30).map { k in
            SeriesInput(values: years.map { y in 100 * Double.exp(0.03 * Double(k % 5 + 1) * Double(y - 1995) + 0.05 * sin(Double((k + 1) * y))) },
                        years: years, department: "d\(k)", indicator: "x")
        }
        batch[3].values[16] = .nan
        batch[3].values[17] = .nan
        let options = ForecastOptions(horizon: 3, levels: [80, 95])
        let full = BatchForecaster.forecast(batch, method: .global, options: options)
        let model = try #require(full.model)
        #expect(model.members == [.global] && model.growth != nil && model.calibration != nil)
        #expect(model.growth!.coefficients.count == 5)  // the early-stopping series needs 2 + 3 steps
        let decoded = try JSONDecoder().decode(ForecastModel.self, from: JSONEncoder().encode(model))
        #expect(decoded == model)
        for k in [0, 3, 17] {
            let alone = BatchForecaster.forecast([batch[k]], model: decoded, options: options).forecasts[0]
            #expect(alone == full.forecasts[k], "series \(k)")
            #expect(alone.intervalSource == .calibrated)
        }
        #expect(full.forecasts[3].points.first?.horizon == 1 && full.forecasts[3].points.count == 5)
        // A model naming global without its coefficients is refused.
        var broken = model
        broken.growth = nil
        #expect(broken.inconsistency != nil)
    }

    /// A batch with no positive series: auto leaves global out (it would repeat drift under another name), and
    /// global asked for by name falls back to drift for the series' own reason.
    @Test func aBatchGlobalCannotFitLeavesItOut() {
        let batch = (0..<10).map { k in
            SeriesInput(values: (0..<14).map { -100 - Double(k) - 3 * Double($0) + 4 * sin(Double($0 * (k + 1))) }, years: 2010..<2024)
        }
        let auto = BatchForecaster.forecast(batch, method: .auto, options: ForecastOptions(horizon: 2))
        #expect(auto.choice.map { !$0.evidence.isEmpty && $0.evidence.allSatisfy { !$0.candidate.contains("global") } } == true)
        let global = BatchForecaster.forecast(batch, method: .global, options: ForecastOptions(horizon: 2))
        #expect(global.forecasts.allSatisfy { $0.method == .drift && $0.notes.contains { $0.hasPrefix("global needs 3 observed years, all above zero") } })
    }

    /// Under a logit transform global still works on the figures themselves; its means and interval ends are kept
    /// on the bounds (a rate growing towards its ceiling), the way every bounded forecast is.
    @Test func boundsKeepGlobalInside() throws {
        let values = (0..<16).map { 60 * Double.exp(0.035 * Double($0) + 0.01 * sin(Double($0))) }  // 60 -> about 100
        let model = try #require(GlobalGrowth.fit([SeriesInput(values: values, years: 2000..<2016)], horizon: 6))
        let free = GlobalGrowth.forecast(model, values: values, years: 2000..<2016, options: ForecastOptions(horizon: 6, levels: [95]))
        let bounded = GlobalGrowth.forecast(model, values: values, years: 2000..<2016,
                                            options: ForecastOptions(horizon: 6, levels: [95], transform: .logit(lower: 0, upper: 100)))
        #expect(free.points.last!.mean > 100 && free.points.last!.intervals[0].upper > 100)
        for (f, b) in zip(free.points, bounded.points) {
            #expect(b.mean == min(100, f.mean) && b.intervals[0].upper == min(100, f.intervals[0].upper))
            #expect(b.intervals[0].lower == min(100, f.intervals[0].lower))
        }
    }

    @Test func aSeriesAloneIsABatchOfOne() throws {
        let values = (0..<16).map { 50 * Double.exp(0.04 * Double($0) + 0.02 * sin(Double($0))) }
        let alone = SeriesForecaster.forecast(values: values, years: 2000..<2016, method: .global, options: ForecastOptions(horizon: 2, levels: [95]))
        #expect(alone.method == .global && alone.points.count == 2)
        // One series' backtest has fewer errors than a calibration needs: the model's own intervals.
        #expect(alone.intervalSource == .analytic && alone.points.allSatisfy { $0.intervals.count == 1 })
        // Its means are the model fitted on this series alone; its intervals R's rwf(log y, drift = TRUE) around
        // them: sd of the log changes s, m changes, se(h) = s sqrt(h + h^2 / m), computed here from the formula.
        let model = try #require(GlobalGrowth.fit([SeriesInput(values: values, years: 2000..<2016)], horizon: 2))
        let means = try #require(model.means(values[...], steps: [1, 2]))
        let changes = zip(values.dropFirst(), values).map { Double.log($0 / $1) }
        let mean = changes.reduce(0, +) / Double(changes.count)
        let s2 = changes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(changes.count - 1)
        for (p, m) in zip(alone.points, means) {
            let h = Double(p.horizon), se = (s2 * h + h * h * s2 / Double(changes.count)).squareRoot()
            #expect(TestSupport.close(p.mean, m, relative: 1e-12))
            #expect(TestSupport.close(p.intervals[0].lower, m * Double.exp(-1.959963984540054 * se), relative: 1e-9))
            #expect(TestSupport.close(p.intervals[0].upper, m * Double.exp(1.959963984540054 * se), relative: 1e-9))
        }
        #expect(alone.points[0].mean > values.last!)
    }
}
