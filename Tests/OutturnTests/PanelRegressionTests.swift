import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// PanelRegression against R's plm on the Grunfeld data (Fixtures/make_panel_regression_fixtures.R), 1e-9
/// relative.
@Suite struct PanelRegressionTests {
    let fixture: [String: Any]
    let panel: IndicatorPanel

    init() throws {
        OpenBLASThreads.set(1)
        fixture = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/panel_regression.json")
        let data = fixture["data"] as! [String: Any]
        let firms = data["firm"] as! [Int], years = data["year"] as! [Int]
        let columns = ["inv", "value", "capital"].map { TestSupport.doubles(data[$0]) }
        let firmIDs = Array(Set(firms)).sorted()
        var p = IndicatorPanel(departments: firmIDs.map { Department(id: "firm\($0)") },
                               indicators: ["inv", "value", "capital"].map { Indicator(id: $0, unit: "US$ million") },
                               years: years.min()!..<(years.max()! + 1))
        for r in firms.indices {
            for (k, id) in ["inv", "value", "capital"].enumerated() {
                p[department: "firm\(firms[r])", indicator: id, year: years[r]] = columns[k][r]
            }
        }
        panel = p
    }

    func check(_ name: String, _ fit: PanelRegressionFit) {
        let c = fixture[name] as! [String: Any]
        func same(_ mine: [Double?], _ key: String) {
            #expect(mine.count == TestSupport.doubles(c[key]).count, "\(name) \(key): count")
            for (a, b) in zip(mine, TestSupport.doubles(c[key])) {
                #expect(a.map { TestSupport.close($0, b, relative: 1e-9) } == true, "\(name) \(key): \(String(describing: a)) vs \(b)")
            }
        }
        same(fit.coefficients, "coefficients")
        same(fit.standardErrors, "se")
        same(fit.tStatistics, "t")
        same(fit.pValues, "p")
        same(fit.clusterStandardErrors, "cluster_se")
        same(fit.clusterStandardErrorsHC0, "cluster_se_hc0")
        same(fit.clusterPValues, "cluster_p")
        #expect(fit.observations == c["n"] as! Int)
        #expect(fit.residualDegreesOfFreedom == c["df_residual"] as! Int)
        #expect(TestSupport.close(fit.rSquared!, c["r_squared"] as! Double, relative: 1e-9))
        #expect(TestSupport.close(fit.adjustedRSquared!, c["adj_r_squared"] as! Double, relative: 1e-9))
        #expect(TestSupport.close(fit.residualVariance!, c["sigma2"] as! Double, relative: 1e-9))
    }

    @Test func pooledOLS() throws {
        check("pooled", try PanelRegression.fit(panel: panel, response: "inv", regressors: [PanelRegressor("value"), PanelRegressor("capital")], estimator: .pooled))
    }

    @Test func fixedEffectsWithin() throws {
        check("within", try PanelRegression.fit(panel: panel, response: "inv", regressors: [PanelRegressor("value"), PanelRegressor("capital")], estimator: .fixedEffects))
    }

    @Test func fixedEffectsWithLaggedResponse() throws {
        let fit = try PanelRegression.fit(panel: panel, response: "inv", regressors: [PanelRegressor("inv", lag: 1), PanelRegressor("capital")], estimator: .fixedEffects)
        #expect(fit.names == ["inv(t-1)", "capital"])
        check("within_lag", fit)
    }

    @Test func errorsAndAliasing() throws {
        #expect(throws: DataError.self) { try PanelRegression.fit(panel: panel, response: "nope", regressors: [], estimator: .pooled) }
        // The response as its own same-year regressor, or a regressor named twice, is refused with the reason.
        let itself = #expect(throws: DataError.self) { try PanelRegression.fit(panel: panel, response: "inv", regressors: [PanelRegressor("inv")], estimator: .pooled) }
        #expect(itself?.description.contains("explains it exactly") == true && itself?.description.contains("--lag inv:1") == true)
        let twice = #expect(throws: DataError.self) {
            try PanelRegression.fit(panel: panel, response: "inv", regressors: [PanelRegressor("value"), PanelRegressor("value")], estimator: .fixedEffects)
        }
        #expect(twice?.description.contains("value is named twice") == true)
        // A regressor constant within each department is absorbed by the fixed effects: aliased, reported.
        var p = panel
        try p.derive(Indicator(id: "twice_value"), .sum(["value", "value"]))
        let fit = try PanelRegression.fit(panel: p, response: "inv", regressors: [PanelRegressor("value"), PanelRegressor("twice_value")], estimator: .pooled)
        #expect(fit.coefficients[2] == nil && fit.notes.contains { $0.contains("twice_value") })
    }
}

extension PanelRegressionTests {
    /// Next-year (1955) forecasts from one-year-lagged regressors against lm's predict(interval = "prediction"):
    /// pooled, and fixed effects as the equivalent dummy-variable regression. 1e-9 relative.
    @Test func nextYearForecastsMatchLm() throws {
        let regressors = [PanelRegressor("inv", lag: 1), PanelRegressor("capital", lag: 1)]
        for (estimator, key) in [(PanelEstimator.pooled, "forecast_pooled"), (.fixedEffects, "forecast_fixed")] {
            let fit = try PanelRegression.fit(panel: panel, response: "inv", regressors: regressors, estimator: estimator)
            let ref = fixture[key] as! [String: Any]
            let mean = TestSupport.doubles(ref["fit"]), lower = TestSupport.doubles(ref["lower"]), upper = TestSupport.doubles(ref["upper"])
            for d in 0..<10 {
                let f = fit.forecastNextYear(panel: panel, departmentAt: d, levels: [95])!
                #expect(TestSupport.close(f.mean, mean[d], relative: 1e-9), "\(key) firm \(d + 1): \(f.mean) vs \(mean[d])")
                #expect(TestSupport.close(f.intervals[0].lower, lower[d], relative: 1e-9))
                #expect(TestSupport.close(f.intervals[0].upper, upper[d], relative: 1e-9))
            }
        }
        // A contemporaneous regressor has no known value next year: no forecast.
        let contemporaneous = try PanelRegression.fit(panel: panel, response: "inv", regressors: [PanelRegressor("capital")], estimator: .pooled)
        #expect(contemporaneous.forecastNextYear(panel: panel, departmentAt: 0, levels: [95]) == nil)
    }
}
