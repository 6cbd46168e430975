import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// Trend, Theil-Sen, Mann-Kendall, variance decomposition and rolling-origin backtests against R on R's own
/// annual series (Nile, LakeHuron, airmiles and short windows of them) and grouped data (PlantGrowth,
/// InsectSprays): Fixtures/make_r_agreement_fixtures.R wrote r_agreement.json (R 4.2, forecast 8.20).
/// Tolerance 1e-10 relative unless stated.
@Suite struct RAgreementTests {
    let fixture: [String: Any]

    init() throws {
        OpenBLASThreads.set(1)
        fixture = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/r_agreement.json")
    }

    var series: [(name: String, start: Int, y: [Double], reference: [String: Any])] {
        (fixture["series"] as! [String: Any]).sorted { $0.key < $1.key }.map { name, value in
            let s = value as! [String: Any]
            return (name, s["start"] as! Int, TestSupport.doubles(s["y"]), s)
        }
    }

    func close(_ a: Double?, _ b: Any?, _ what: String, relative: Double = 1e-10) {
        guard let b = b as? Double else { Issue.record("\(what): no reference"); return }
        #expect(a.map { TestSupport.close($0, b, relative: relative) } == true, "\(what): \(String(describing: a)) vs R \(b)")
    }

    @Test func trendIsLm() {
        for s in series {
            let fit = s.y.withUnsafeBufferPointer { BatchLinearTrend.fit(values: $0, years: s.start..<(s.start + s.y.count), seriesCount: 1)[0] }
            let r = s.reference["trend"] as! [String: Any]
            close(fit.slope, r["slope"], "\(s.name) slope")
            close(fit.slopeStandardError, r["se"], "\(s.name) se")
            close(fit.tStatistic, r["t"], "\(s.name) t")
            close(fit.pValue, r["p"], "\(s.name) p", relative: 1e-8)
            close(fit.rSquared, r["r_squared"], "\(s.name) R^2")
        }
    }

    @Test func theilSenIsSensSlope() {
        for s in series {
            let years = (0..<s.y.count).map { Double(s.start + $0) }
            let estimate = TheilSenEstimate.estimate(years: years, values: s.y)
            let r = s.reference["theil_sen"] as! [String: Any]
            close(estimate?.slope, r["slope"], "\(s.name) Theil-Sen slope")
            close(estimate?.lower, r["lower"], "\(s.name) Sen lower")
            close(estimate?.upper, r["upper"], "\(s.name) Sen upper")
        }
    }

    @Test func mannKendallIsKendallsTau() {
        for s in series {
            let test = MannKendallTest.test(values: s.y)!
            let r = s.reference["mann_kendall"] as! [String: Any]
            #expect(test.s == r["S"] as! Int, "\(s.name) S")
            #expect(test.exact == r["exact"] as! Bool, "\(s.name) exact")
            close(test.tau, r["tau"], "\(s.name) tau")
            close(test.pValue, r["p"], "\(s.name) p", relative: 1e-8)
        }
    }

    @Test func varianceDecompositionIsOneWayAnova() throws {
        for (name, value) in fixture["groups"] as! [String: Any] {
            let g = value as! [String: Any], a = g["anova"] as! [String: Any]
            let groups = g["group"] as! [Int], y = TestSupport.doubles(g["y"])
            var records: [Observation] = [], seen: [Int: Int] = [:]
            for (i, group) in groups.enumerated() {
                seen[group, default: 0] += 1
                records.append(Observation(department: "g\(group)", indicator: "y", year: 2000 + seen[group]!, value: y[i]))
            }
            let panel = try IndicatorPanel(records: records)
            let v = VarianceDecomposition(panel: panel, indicator: 0)
            close(v.betweenSumOfSquares, a["between_ss"], "\(name) between SS")
            close(v.withinSumOfSquares, a["within_ss"], "\(name) within SS")
            close(v.fStatistic, a["f"], "\(name) F")
            close(v.pValue, a["p"], "\(name) p", relative: 1e-8)
        }
    }

    @Test func backtestsAreForecastPackageForecastsAtEveryOrigin() {
        let methods: [String: ForecastMethod] = ["naive": .naive, "drift": .drift, "linear": .linear]
        for s in series {
            guard let reference = s.reference["backtest"] as? [[String: Any]] else { continue }
            let years = s.start..<(s.start + s.y.count)
            for (key, method) in methods {
                let ours = RollingOrigin.run(values: s.y, years: years, method: method, settings: BacktestSettings(horizon: 2, minimumTrain: 4))
                let theirs = reference.filter { $0["method"] as! String == key }
                #expect(ours.count == theirs.reduce(0) { $0 + ($1["horizon"] as! [Int]).count }, "\(s.name) \(key): forecasts")
                for r in theirs {
                    let origin = s.start + (r["origin"] as! Int) - 1
                    let means = TestSupport.doubles(r["mean"]), lower = TestSupport.doubles(r["lower"]), upper = TestSupport.doubles(r["upper"])
                    for (k, h) in (r["horizon"] as! [Int]).enumerated() {
                        guard let f = ours.first(where: { $0.origin == origin && $0.horizon == h }) else {
                            Issue.record("\(s.name) \(key): no forecast from \(origin), h \(h)"); continue
                        }
                        let what = "\(s.name) \(key) origin \(origin) h \(h)"
                        close(f.forecast, means[k], what + " mean")
                        close(f.lower95, lower[k], what + " lower 95")
                        close(f.upper95, upper[k], what + " upper 95")
                    }
                }
            }
        }
    }
}
