import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// LinearRegression against R's lm (Fixtures/make_regression_fixtures.R): 1e-9 relative on well-conditioned
/// cases, 1e-7 on Longley (condition number 4.9e9 limits every method's digits).
@Suite struct LinearRegressionTests {
    let fixture: [String: Any]
    init() throws {
        OpenBLASThreads.set(1)
        fixture = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/regression.json")
    }

    func optionals(_ any: Any?) -> [Double?] {
        if let n = any as? NSNumber { return [n.doubleValue] }
        return (any as! [Any]).map { ($0 as? NSNumber)?.doubleValue }
    }
    func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    func check(_ name: String, tolerance: Double) throws {
        let c = fixture[name] as! [String: Any]
        let y = TestSupport.doubles(c["y"])
        let xs = (c["x"] as! [Any]).map { TestSupport.doubles($0) }
        let names = (c["names"] as? [String]) ?? [c["names"] as! String]
        let weights = c["weights"].map { TestSupport.doubles($0) }
        let fit = try LinearRegression.fit(y: y, regressors: xs, names: names, intercept: c["intercept"] as! Bool, weights: weights)
        func same(_ a: Double?, _ b: Double?, _ what: String) {
            switch (a, b) {
            case (nil, nil): break
            case let (a?, b?): #expect(TestSupport.close(a, b, relative: tolerance, absolute: 1e-13), "\(name) \(what): \(a) vs \(b)")
            default: Issue.record("\(name) \(what): \(String(describing: a)) vs \(String(describing: b))")
            }
        }
        for (field, mine) in [("coefficients", fit.coefficients), ("standard_errors", fit.standardErrors), ("t", fit.tStatistics),
                              ("p", fit.pValues), ("lower", fit.lowerBounds), ("upper", fit.upperBounds)] {
            #expect(mine.count == optionals(c[field]).count, "\(field): count")
            for (k, (a, b)) in zip(mine, optionals(c[field])).enumerated() { same(a, b, "\(field)[\(k)]") }
        }
        same(fit.residualStandardError, number(c["sigma"]), "sigma")
        same(fit.rSquared, number(c["r_squared"]), "R^2")
        same(fit.adjustedRSquared, number(c["adj_r_squared"]), "adjusted R^2")
        same(fit.fStatistic, number(c["f"]), "F")
        same(fit.fPValue, number(c["f_p"]), "F p-value")
        same(fit.logLikelihood, number(c["log_lik"]), "logLik")
        same(fit.aic, number(c["aic"]), "AIC")
        same(fit.bic, number(c["bic"]), "BIC")
        same(fit.aicc, number(c["aicc"]), "AICc")
        #expect(fit.leverage.count == TestSupport.doubles(c["leverage"]).count && fit.residuals.count == TestSupport.doubles(c["residuals"]).count)
        for (a, b) in zip(fit.leverage, TestSupport.doubles(c["leverage"])) { same(a, b, "leverage") }
        for (a, b) in zip(fit.residuals, TestSupport.doubles(c["residuals"])) {
            #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "\(name) residual \(a) vs \(b)")
        }
        let aliased: [Int] = c["aliased"].map { any in (any as? [Int]) ?? [(any as! NSNumber).intValue] } ?? []
        #expect(fit.aliased == aliased)
    }

    @Test func goldenCaseATrend() throws {
        try check("case_a", tolerance: 1e-9)
        let fit = try LinearRegression.fit(y: [100, 104, 107.5, 113, 115.2, 121, 124.8, 131.5, 133],
                                           regressors: [(2015...2023).map(Double.init)], names: ["year"])
        // REFERENCE.md golden case A.
        #expect(abs(fit.coefficients[1]! - 4.285) < 1e-9)
        #expect(abs(fit.standardErrors[1]! - 0.137204) < 1e-6)
        #expect(abs(fit.tStatistics[1]! - 31.2308) < 1e-4)
        #expect(abs(fit.pValues[1]! / 8.9131e-09 - 1) < 1e-4)
        #expect(abs(fit.rSquared! - 0.992874) < 1e-6)
        #expect(abs(fit.residualStandardError! - 1.062779) < 1e-6)
    }

    @Test func longley() throws { try check("longley", tolerance: 1e-7) }
    @Test func withoutIntercept() throws { try check("no_intercept", tolerance: 1e-9) }
    @Test func weighted() throws { try check("weighted", tolerance: 1e-9) }
    @Test func rankDeficientIsReportedNotSilentlyWrong() throws {
        try check("rank_deficient", tolerance: 1e-9)
        let c = fixture["rank_deficient"] as! [String: Any]
        let fit = try LinearRegression.fit(y: TestSupport.doubles(c["y"]), regressors: (c["x"] as! [Any]).map { TestSupport.doubles($0) }, names: ["x1", "x2", "x3"])
        #expect(fit.coefficients[3] == nil)
        #expect(fit.notes.contains { $0.contains("aliased") && $0.contains("x3") })
        #expect(fit.conditionNumber == .infinity)
    }

    @Test func edgeCasesAreExplained() throws {
        // Two points: the line is exact, no residual degrees of freedom.
        let two = try LinearRegression.fit(y: [1, 3], regressors: [[0, 1]], names: ["x"])
        #expect(abs(two.coefficients[1]! - 2) < 1e-14)
        #expect(two.standardErrors[1] == nil && two.pValues[1] == nil)
        #expect(two.notes.contains { $0.hasPrefix("not computable") })
        // A constant response: slope 0, no R^2.
        let flat = try LinearRegression.fit(y: [5, 5, 5, 5], regressors: [[1, 2, 3, 4]], names: ["x"])
        #expect(abs(flat.coefficients[1]!) < 1e-12)
        #expect(flat.rSquared == nil)
        #expect(!flat.notes.isEmpty)
        // Missing values drop their rows.
        let gap = try LinearRegression.fit(y: [1, .nan, 3, 4.5], regressors: [[1, 2, 3, 4]], names: ["x"])
        #expect(gap.observations == 3)
        #expect(throws: DataError.self) { try LinearRegression.fit(y: [1, 2], regressors: [[1, 2]], names: ["x"], weights: [1, 0]) }
        #expect(throws: DataError.self) { try LinearRegression.fit(y: [.nan], regressors: [[1]], names: ["x"]) }
    }
}

/// `print(fit)` shows R's `summary()` layout with the fit's own numbers (hand-computed: y = 1,3,2,5,4 on
/// x = 1..5 gives slope 0.8, SE sqrt(1.2 / 10) = 0.3464, t 2.309, p 0.1041 (scipy), R² 0.64; intercept 0.6, SE 1.149).
@Suite struct FitSummaryTests {
    @Test func linearFitPrintsLikeRSummary() throws {
        let fit = try LinearRegression.fit(y: [1, 3, 2, 5, 4], regressors: [[1, 2, 3, 4, 5]], names: ["year"])
        let lines = fit.description.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Coefficients:")
        #expect(lines[1].hasSuffix("Estimate  Std. Error  t value  Pr(>|t|)"))
        let intercept = lines[2].split(separator: " "), slope = lines[3].split(separator: " ")
        #expect(intercept == ["(Intercept)", "0.6", "1.149", "0.5222", "0.6376"])
        #expect(slope == ["year", "0.8", "0.3464", "2.309", "0.1041"])
        #expect(fit.description.contains("Residual standard error: 1.095 on 3 degrees of freedom"))
        #expect(fit.description.contains("Multiple R-squared: 0.64"))
    }

    @Test func trendAndForecastPrintOneLine() throws {
        let panel = try IndicatorPanel(records: [1.0, 3, 2, 5, 4].enumerated().map {
            Observation(department: "edu", indicator: "x", year: 2020 + $0, value: $1)
        })
        let s = try TrendAnalysis.summarise(panel: panel)[0]
        #expect(s.linear.description.hasPrefix("slope 0.8 per year (se 0.3464, 95% CI "))
        #expect(s.description.hasPrefix("edu x: no_significant_trend\n  OLS: slope 0.8"))
        let f = try BatchForecaster.forecast(panel: panel, method: .drift, options: ForecastOptions(horizon: 1, levels: [95]))[0].forecasts[0]
        #expect(f.description.hasPrefix("edu x: drift from 2024; 2025 4.75 [95% "))
    }
}
