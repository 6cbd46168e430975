import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Outturn
@testable import OutturnIO
import OutturnOutput
@testable import OutturnReports
import Testing
import _TestSupport
@testable import OutturnCLI

@Suite struct DescribeCommandTests {
    func run(_ arguments: [String]) throws -> String {
        let command = try OutturnCommand.Describe.parse(arguments)
        let sink = ByteSink.inMemory()
        try command.execute(to: sink)
        return sink.contents
    }

    @Test func csvCarriesTheDocumentedFields() throws {
        let out = try run(["--data", TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"), "--format", "csv"])
        let lines = out.split(separator: "\n")
        #expect(lines[0] == "indicator,name,unit,kind,departments,first_year,last_year,observations,missing_pct,min,median,max")
        #expect(lines.count == 2)
        // 26 of 588 department-years missing (DHS before 2002) = 4.421768707...%
        #expect(lines[1].hasPrefix("rd_budget,Federal R&D budget,US$ million,amount,14,1976,2017,562,4.4217687074829"))
        #expect(lines[1].hasSuffix(",313,2155,94325"))
    }

    /// `--years` selects years and lets a file hold them beyond 1900-2200 (historical series), within 1000-2999.
    @Test func yearsWidenWhatAFileMayHold() throws {
        let data = try TestSupport.temporaryFile("hist.csv", "department,indicator,year,value\na,x,1850,1\na,x,1851,2\na,x,1852,4\n")
        #expect(try run(["--data", data, "--years", "1850-1852", "--format", "csv"]).hasSuffix("\nx,x,,other,1,1850,1852,3,0,1,2,4\n"))
        #expect(throws: DataError.self) { try run(["--data", data, "--format", "csv"]) }
        #expect(throws: (any Error).self) { try run(["--data", data, "--years", "1-2024"]) }
    }

    @Test func jsonIsAnArrayOfRecordsWithTheSameKeys() throws {
        let out = try run(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--format", "json"])
        let records = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [[String: Any]]
        #expect(records.count == 20)
        #expect(Set(records[0].keys) == ["indicator", "name", "unit", "kind", "departments", "first_year", "last_year",
                                         "observations", "missing_pct", "min", "median", "max"])
        let rate = records.first { $0["indicator"] as? String == "execution_rate" }!
        #expect(rate["unit"] as? String == "%")
        #expect(rate["departments"] as? Int == 40)
    }

    /// Chinese names take two columns each: every row of the table has the same display width.
    @Test func tableRowsAlignByDisplayWidth() throws {
        let out = try run(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--departments"])
        let rows = out.split(separator: "\n").map(String.init).filter { $0.contains("hun-") || $0.hasPrefix("department") }
        #expect(rows.count == 31)
        let widths = Set(rows.map { DisplayWidth.of($0.replacingOccurrences(of: " +$", with: "", options: .regularExpression)) })
        // Rows end at the last (numeric, right-aligned) column, so all have the same width.
        #expect(widths.count == 1, "\(widths)")
        #expect(out.contains("湖南省财政厅"))
    }

    @Test func selectionByGlobAndYears() throws {
        let out = try run(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--department", "hub-*",
                           "--indicator", "execution_rate", "--years", "2020-2024", "--format", "csv", "--departments"])
        let lines = out.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("hub-") })
        #expect(lines.dropFirst().allSatisfy { $0.contains(",2020,2024,") || $0.contains(",,") || $0.contains(",202") })
    }
}

@Suite struct ExportAndGenerateTests {
    @Test func generateIsDeterministicAndExportConverts() throws {
        let a = try TestSupport.temporaryPath("a.csv"), b = try TestSupport.temporaryPath("b.csv")
        try OutturnCommand.Generate.parse(["--departments", "7", "--start", "2016", "--end", "2024", "--seed", "5", "--output", a]).run()
        try OutturnCommand.Generate.parse(["--departments", "7", "--start", "2016", "--end", "2024", "--seed", "5", "--output", b]).run()
        #expect(try String(contentsOfFile: a, encoding: .utf8) == String(contentsOfFile: b, encoding: .utf8))
        let panel = try PanelCSVReader().read(path: a)
        #expect(panel == SyntheticPanel(departments: 7, years: 2016..<2025, seed: 5).generate())

        let wide = try TestSupport.temporaryPath("w.csv"), json = try TestSupport.temporaryPath("p.json")
        try OutturnCommand.Export.parse(["--data", a, "--output", wide, "--wide"]).run()
        try OutturnCommand.Export.parse(["--data", wide, "--output", json, "--indicator", "execution_rate"]).run()
        let back = try PanelSource.read(path: json)
        #expect(back.indicators.map(\.id) == ["execution_rate"])
        #expect(back == (try panel.selecting(indicators: ["execution_rate"])))
    }

    @Test func usageErrorsAreRejectedBeforeRunning() {
        expectUsageError("--departments must be at least 1") { _ = try OutturnCommand.Generate.parse(["--departments", "0"]) }
        expectUsageError("--wide applies to CSV and workbook output") { _ = try OutturnCommand.Export.parse(["--data", "x.csv", "--output", "y.json", "--wide"]) }
        expectUsageError("--years must look like") { _ = try OutturnCommand.Describe.parse(["--data", "x.csv", "--years", "2024-2020"]) }
    }
}

/// Exit codes of the whole command line: 0 success, 1 data error, 64 usage error.
@Suite struct ExitCodeTests {
    @Test func exitCodes() throws {
        let good = TestSupport.path("Datasets/us-federal-rd/rd-budget.csv")
        let out = try TestSupport.temporaryPath("o.csv")
        #expect(OutturnCommand.run(arguments: ["export", "--data", good, "--output", out]) == 0)
        #expect(OutturnCommand.run(arguments: ["describe", "--data", "/nonexistent/file.csv"]) == 1)
        let bad = try TestSupport.temporaryFile("bad.csv", "department,indicator,year,value\nx,y,2024,abc\n")
        #expect(OutturnCommand.run(arguments: ["export", "--data", bad, "--output", out]) == 1)
        #expect(OutturnCommand.run(arguments: ["describe", "--no-such-option"]) == 64)
        #expect(OutturnCommand.run(arguments: ["generate", "--departments", "-3"]) == 64)
        #expect(OutturnCommand.run(arguments: ["describe", "--data", good, "--department", "DODD", "--format", "csv"]) == 1)
    }

    /// A mistyped command is a usage error that names the command meant, not "Unknown option '--data'".
    @Test func mistypedCommandSuggestsTheClosest() {
        #expect(OutturnCommand.unknownCommand(in: ["forcast", "--data", "x.csv"])! == ("forcast", "forecast"))
        #expect(OutturnCommand.unknownCommand(in: ["backtets"])! == ("backtets", "backtest"))
        #expect(OutturnCommand.unknownCommand(in: ["zzzzzzzz"])!.suggestion == nil)
        #expect(OutturnCommand.unknownCommand(in: ["forecast", "--data", "x.csv"]) == nil)
        #expect(OutturnCommand.unknownCommand(in: ["--help"]) == nil)
        #expect(OutturnCommand.run(arguments: ["forcast", "--data", "x.csv"]) == 64)
    }
}

@Suite struct TrendCommandTests {
    @Test func csvHasTheDocumentedFieldsAndNumbers() throws {
        let out = try TestSupport.temporaryPath("trend.csv")
        try OutturnCommand.Trend.parse(["--data", TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"), "--years", "2008-2017",
                         "--format", "csv", "--output", out]).run()
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("department,indicator,n,first_year,last_year,slope,slope_se,slope_lower,slope_upper,t_stat,p_value,r_squared,cagr,theil_sen_slope,mk_tau,mk_p_value,direction"))
        #expect(lines.count == 15)
        // DOD 2008-2017: the same numbers as a direct LinearRegression on its series.
        let panel = try OutturnIO.PanelCSVReader().read(path: TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"))
        let dod = try panel.series(department: "DOD", indicator: "rd_budget")
        let y = Array(dod.suffix(10))
        let fit = try LinearRegression.fit(y: y, regressors: [(2008...2017).map(Double.init)], names: ["year"])
        let fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(fields[0] == "DOD" && fields[2] == "10")
        #expect(TestSupport.close(Double(fields[5])!, fit.coefficients[1]!, relative: 1e-12))
        #expect(TestSupport.close(Double(fields[10])!, fit.pValues[1]!, relative: 1e-10))
        #expect(fields[16] == "falling")
    }

    @Test func jsonRecordsParse() throws {
        let out = try TestSupport.temporaryPath("trend.json")
        try OutturnCommand.Trend.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--indicator", "execution_rate",
                         "--format", "json", "--output", out]).run()
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        #expect(records.count == 40)
        #expect(records.allSatisfy { ["rising", "falling", "no_significant_trend", "too_short"].contains($0["direction"] as! String) })
        #expect(records.allSatisfy { $0["slope"] is NSNumber })
        // The numbers are the library's: hun-finance's slope as a direct regression gives it.
        let panel = try PanelCSVReader().read(path: TestSupport.path("Datasets/synthetic-provincial/panel.csv"))
        let y = Array(try panel.series(department: "hun-finance", indicator: "execution_rate"))
        let fit = try LinearRegression.fit(y: y, regressors: [panel.years.map(Double.init)], names: ["year"])
        let first = records.first { $0["department"] as? String == "hun-finance" }!
        #expect(TestSupport.close(first["slope"] as! Double, fit.coefficients[1]!, relative: 1e-10))
        #expect(TestSupport.close(first["p_value"] as! Double, fit.pValues[1]!, relative: 1e-9))
    }
}

@Suite struct VarianceAndPEFACommandTests {
    @Test func planActualRecords() throws {
        let out = try TestSupport.temporaryPath("v.csv")
        try OutturnCommand.Variance.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--plan", "appropriation_budget",
                            "--actual", "appropriation_final", "--department", "hun-finance", "--format", "csv", "--output", out]).run()
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        // The department's name is added at the end of every record (--labels name, the default).
        #expect(rows[0] == ["department", "year", "plan", "actual", "deviation", "deviation_pct", "execution_rate", "note", "department_name"])
        #expect(rows[1].last == "湖南省财政厅")
        for row in rows.dropFirst() {
            let plan = Double(row[2])!, actual = Double(row[3])!
            #expect(TestSupport.close(Double(row[4])!, actual - plan, relative: 1e-12))
            #expect(TestSupport.close(Double(row[6])!, 100 * actual / plan, relative: 1e-12))
        }
        expectUsageError("--plan and --actual go together") { _ = try OutturnCommand.Variance.parse(["--data", "x", "--plan", "a"]) }
    }

    @Test func pefaRecordsCarryScores() throws {
        let out = try TestSupport.temporaryPath("p.json")
        try OutturnCommand.PEFA.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--budget", "appropriation_budget",
                               "--outturn", "appropriation_final", "--types", "project_budget:project_expenditure",
                               "public_expenditure_budget:public_expenditure", "--format", "json", "--output", out]).run()
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        // PI-1, 2.1, 2.2: three years and a score record each; 2.3 NR; the PI-2 aggregate; 3.1, 3.2 NR and PI-3.
        #expect(records.map { $0["indicator"] as! String } == ["PI-1", "PI-1", "PI-1", "PI-1", "PI-2.1", "PI-2.1", "PI-2.1", "PI-2.1",
                                                                "PI-2.2", "PI-2.2", "PI-2.2", "PI-2.2", "PI-2.3", "PI-2", "PI-3.1", "PI-3.2", "PI-3"])
        let scored = records.compactMap { $0["score"] as? String }.filter { !$0.isEmpty }
        #expect(scored.allSatisfy { ["A", "B", "C", "D", "D*", "NR"].contains($0) || $0.hasSuffix("+") })
        for r in records where r["indicator"] as! String == "PI-1" && r["year"] is Double {
            let ratio = 100 * (r["outturn"] as! Double) / (r["budget"] as! Double)
            #expect(TestSupport.close(r["measure_pct"] as! Double, ratio, relative: 1e-12))
        }
        // 40 departments: more than 20 heads, so 2.1 keeps the largest and names the residual line.
        let pi21 = records.first { $0["indicator"] as! String == "PI-2.1" && !($0["year"] is Double) }!
        #expect((pi21["note"] as! String).contains("summed into one residual line"))
        #expect(records.last!["score"] as! String == "NR")
        expectUsageError("a composition needs at least two types") {
            _ = try OutturnCommand.PEFA.parse(["--data", "x", "--budget", "a", "--outturn", "b", "--types", "c:d"])
        }
    }
}


@Suite struct RegressCommandTests {
    @Test func coefficientRecordsMatchTheLibrary() throws {
        let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        let out = try TestSupport.temporaryPath("r.json")
        try OutturnCommand.Regress.parse(["--data", data, "--response", "appropriation_budget", "--lag", "appropriation_budget:1",
                           "--regressors", "staff_in_service", "--fixed-effects", "--format", "json", "--output", out]).run()
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        #expect(records.map { $0["term"] as! String } == ["staff_in_service", "appropriation_budget(t-1)"])
        let fit = try PanelRegression.fit(panel: try PanelCSVReader().read(path: data), response: "appropriation_budget",
                                          regressors: [PanelRegressor("staff_in_service"), PanelRegressor("appropriation_budget", lag: 1)],
                                          estimator: .fixedEffects)
        #expect(TestSupport.close(records[1]["estimate"] as! Double, fit.coefficients[1]!, relative: 1e-12))
        #expect(TestSupport.close(records[1]["cluster_se"] as! Double, fit.clusterStandardErrors[1]!, relative: 1e-12))
        expectUsageError("give --regressors and/or --lag") { _ = try OutturnCommand.Regress.parse(["--data", data, "--response", "x"]) }
        expectUsageError("--lag takes indicator:years with years >= 1") { _ = try OutturnCommand.Regress.parse(["--data", data, "--response", "x", "--lag", "y:0"]) }
        expectUsageError("--fixed-effects is --estimator fixed") {
            _ = try OutturnCommand.Regress.parse(["--data", data, "--response", "x", "--regressors", "y", "--fixed-effects", "--estimator", "random"])
        }
    }

    /// Random effects on Grunfeld through the command line: the coefficients and the Hausman record are plm's
    /// (Tests/OutturnTests/Fixtures/panel_estimators.json, from make_panel_estimators_fixtures.R).
    @Test func randomEffectsAndTheHausmanRecord() throws {
        let fixture = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/panel_estimators.json")["grunfeld"] as! [String: Any]
        let data = fixture["data"] as! [String: Any], x = data["x"] as! [String: Any]
        let groups = data["group"] as! [Int], years = data["year"] as! [Int]
        let y = TestSupport.doubles(data["y"]), value = TestSupport.doubles(x["value"]), capital = TestSupport.doubles(x["capital"])
        var csv = "department,indicator,year,value\n"
        for i in y.indices {
            for (id, v) in [("inv", y[i]), ("value", value[i]), ("capital", capital[i])] { csv += "firm\(groups[i]),\(id),\(years[i]),\(DecimalText.shortest(v))\n" }
        }
        let input = try TestSupport.temporaryPath("grunfeld.csv"), out = try TestSupport.temporaryPath("re.json")
        try csv.write(toFile: input, atomically: true, encoding: .utf8)
        try OutturnCommand.Regress.parse(["--data", input, "--response", "inv", "--regressors", "value,capital", "--estimator", "random",
                                          "--format", "json", "--output", out]).run()
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        #expect(records.map { $0["term"] as! String } == ["(Intercept)", "value", "capital", "hausman"])
        let fits = fixture["fits"] as! [String: Any]
        let random = fits["random"] as! [String: Any], hausman = fits["hausman"] as! [String: Any]
        for (r, b) in zip(records.prefix(3), TestSupport.doubles(random["coefficients"])) {
            #expect(TestSupport.close(r["estimate"] as! Double, b, relative: 1e-8))
        }
        #expect(TestSupport.close(records[3]["estimate"] as! Double, hausman["statistic"] as! Double, relative: 1e-8))
        #expect(TestSupport.close(records[3]["p_value"] as! Double, hausman["p"] as! Double, relative: 1e-8))
        #expect(records.allSatisfy { $0["estimator"] as! String == "random" && $0["r_squared_between"] is Double })
    }
}

@Suite struct ForecastCommandTests {
    @Test func forecastRecordsCarryTheDocumentedFields() throws {
        let out = try TestSupport.temporaryPath("f.csv")
        try OutturnCommand.Forecast.parse(["--data", TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"), "--model", "drift",
                                   "--horizon", "2", "--format", "csv", "--output", out, "--quiet"]).run()
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows[0].prefix(12) == ["department", "indicator", "year", "horizon", "model", "last_value", "mean", "change",
                                       "lower_80", "upper_80", "lower_95", "upper_95"])
        #expect(rows.count == 1 + 14 * 2)
        // DOD, drift: last value plus h times the mean yearly change 1976-2017 (R rwf drift).
        let panel = try PanelCSVReader().read(path: TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"))
        let dod = Array(try panel.series(department: "DOD", indicator: "rd_budget"))
        let drift = (dod.last! - dod.first!) / Double(dod.count - 1)
        #expect(rows[1][0] == "DOD" && rows[1][2] == "2018" && rows[1][4] == "drift")
        #expect(TestSupport.close(Double(rows[1][6])!, dod.last! + drift, relative: 1e-12))
        #expect(TestSupport.close(Double(rows[2][6])!, dod.last! + 2 * drift, relative: 1e-12))
        // The last actual value and the change from it: h times the drift.
        #expect(Double(rows[1][5]) == dod.last! && Double(rows[2][5]) == dod.last!)
        #expect(TestSupport.close(Double(rows[1][7])!, drift, relative: 1e-9) && TestSupport.close(Double(rows[2][7])!, 2 * drift, relative: 1e-9))
        for r in rows.dropFirst() {
            let m = Double(r[6])!, l80 = Double(r[8])!, u80 = Double(r[9])!, l95 = Double(r[10])!, u95 = Double(r[11])!
            #expect(l95 <= l80 && l80 <= m && m <= u80 && u80 <= u95)
        }
    }

    @Test func autoForecastIsCalibratedAndBoundsHold() throws {
        let out = try TestSupport.temporaryPath("f.json")
        try OutturnCommand.Forecast.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--indicator", "execution_rate",
                                   "--bounds", "0:110", "--level", "90", "--format", "json", "--output", out, "--quiet"]).run()
        let all = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        // Departments whose figures stop before 2024 get nowcasts of the missing years first, with a note.
        #expect(all.filter { $0["year"] as? Int != 2025 }.allSatisfy { ($0["note"] as? String)?.contains("nowcast") == true })
        let records = all.filter { $0["year"] as? Int == 2025 }
        #expect(records.count == 40)
        #expect(records.allSatisfy { $0["lower_90"] != nil })
        for r in records {
            let m = r["mean"] as! Double
            #expect(m > 0 && m < 110)
            if let l = r["lower_90"] as? Double, let u = r["upper_90"] as? Double { #expect(l >= 0 && u <= 110 && l <= m && m <= u) }
        }
        #expect(records.contains { $0["interval"] as? String == "calibrated" })
        // The same forecasts as the library gives for the same series and options.
        let panel = try PanelCSVReader().read(path: TestSupport.path("Datasets/synthetic-provincial/panel.csv"))
        let i = panel.position(ofIndicator: "execution_rate")!
        let inputs = panel.departments.indices.map { SeriesInput(values: Array(panel.series(departmentAt: $0, indicatorAt: i)), years: panel.years) }
        let library = BatchForecaster.forecast(inputs, method: .auto,
                                               options: ForecastOptions(horizon: 1, levels: [90], transform: .logit(lower: 0, upper: 110)))
        for (d, r) in records.enumerated() {
            let point = try #require(library.forecasts[d].points.last)   // 2025, after any nowcasts
            #expect(point.year == 2025)
            #expect(TestSupport.close(r["mean"] as! Double, point.mean, relative: 1e-12))
            #expect(TestSupport.close(r["upper_90"] as! Double, point.intervals[0].upper, relative: 1e-12))
        }
    }

    @Test func backtestReportsAccuracyPerModel() throws {
        let out = try TestSupport.temporaryPath("b.csv")
        try OutturnCommand.Backtest.parse(["--data", TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"), "--years", "1995-2017",
                                   "--model", "naive", "--model", "drift", "--format", "csv", "--output", out]).run()
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows[0] == ["model", "indicator", "series", "forecasts", "mae", "rmse", "mape", "smape", "mase", "coverage_95", "msis", "indicator_name", "unit"])
        #expect(rows.count == 3 && rows[1][0] == "naive" && rows[2][0] == "drift")
        // Naive one-year-ahead: the MASE of a naive forecast scored on its own training scale is near 1.
        let mase = Double(rows[1][8])!
        #expect(mase > 0.5 && mase < 2)
    }

    /// `--by-series`: one row per department with records, each the library's accuracy of that department's records
    /// alone (a panel with gaps and departments whose figures stop early).
    @Test func backtestBySeriesIsEachSeriesAlone() throws {
        let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        let out = try TestSupport.temporaryPath("bs.csv")
        try OutturnCommand.Backtest.parse(["--data", data, "--indicator", "budget_revenue", "--model", "damped", "--by-series",
                                           "--format", "csv", "--output", out, "--quiet"]).run()
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let panel = try PanelCSVReader().read(path: data)
        let records = PanelBacktest.run(SeriesInput.all(of: panel, indicatorAt: panel.position(ofIndicator: "budget_revenue")!),
                                        method: .damped, settings: BacktestSettings(horizon: 1, minimumTrain: 6))
        let departments = Set(records.map(\.seriesIndex))
        #expect(rows.count == departments.count + 1 && departments.count > 30)
        let header = rows[0]
        for row in rows.dropFirst() {
            let d = try #require(panel.departments.firstIndex { $0.id == row[header.firstIndex(of: "department")!] })
            let expected = ForecastAccuracy(records.filter { $0.seriesIndex == d }.map(\.forecast))
            #expect(Int(row[header.firstIndex(of: "forecasts")!]) == expected.forecasts)
            #expect(TestSupport.close(Double(row[header.firstIndex(of: "mae")!])!, expected.mae!, relative: 1e-12))
            #expect(TestSupport.close(Double(row[header.firstIndex(of: "smape")!])!, expected.smape!, relative: 1e-12))
        }
    }
}

@Suite struct RegressionForecastCommandTests {
    @Test func regressionForecastEqualsTheLibrarysNextYearPrediction() throws {
        let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        let out = try TestSupport.temporaryPath("r.csv")
        try OutturnCommand.Forecast.parse(["--data", data, "--model", "regression", "--indicator", "appropriation_budget",
                                   "--covariate", "staff_in_service:1", "--format", "csv", "--output", out]).run()
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        // The next year's row of each department (departments that fell back to drift with figures stopping
        // early have nowcasts before it).
        let rows = [lines[0]] + lines.dropFirst().filter { $0[2] == "2025" }
        #expect(rows.count == 41)
        let panel = try PanelCSVReader().read(path: data)
        let fit = try PanelRegression.fit(panel: panel, response: "appropriation_budget",
                                          regressors: [PanelRegressor("appropriation_budget", lag: 1), PanelRegressor("staff_in_service", lag: 1)],
                                          estimator: .fixedEffects)
        for (d, row) in rows.dropFirst().enumerated() {
            if let f = fit.forecastNextYear(panel: panel, departmentAt: d, levels: [80, 95]) {
                #expect(row[4] == "regression")
                #expect(TestSupport.close(Double(row[6])!, f.mean, relative: 1e-12))
                #expect(TestSupport.close(Double(row[10])!, f.intervals[1].lower, relative: 1e-12))
                #expect(Double(row[5]) == panel.series(departmentAt: d, indicatorAt: panel.position(ofIndicator: "appropriation_budget")!).last { !$0.isNaN })
            } else {
                #expect(row[4] == "drift" && row.contains { $0.contains("fell back") })
            }
        }
        expectUsageError("--model regression forecasts one year ahead") { _ = try OutturnCommand.Forecast.parse(["--data", data, "--model", "regression", "--horizon", "2"]) }
        expectUsageError("--covariate and --pooled go with --model regression") { _ = try OutturnCommand.Forecast.parse(["--data", data, "--covariate", "x:1"]) }
    }
}

@Suite struct RankAndScoreCommandTests {
    func csvRows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func rankRecords() throws {
        let out = try TestSupport.temporaryPath("r.csv")
        try OutturnCommand.Rank.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--indicator", "execution_rate",
                        "--year", "2024", "--peer-group", "region", "--format", "csv", "--output", out]).run()
        let rows = try csvRows(out)
        #expect(Array(rows[0].prefix(10)) == ["department", "year", "value", "rank", "percentile", "z", "robust_z", "peer_median", "quartile", "outlier"])
        #expect(rows.dropFirst().allSatisfy { $0[1] == "2024" && Int($0[3])! >= 1 })
        #expect(throws: DataError.self) {
            try OutturnCommand.Rank.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--indicator", "execution_rate", "--peer-group", "province"]).run()
        }
    }

    @Test func scoreRecordsOfTheSeedReport() throws {
        let out = try TestSupport.temporaryPath("s.json")
        try OutturnCommand.Score.parse(["--data", TestSupport.path("Datasets/hunan-npc-report/report-figures.csv"), "--scheme", "standard",
                         "--format", "json", "--output", out]).run()
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        let r2024 = records.first { $0["year"] as? Int == 2024 }!
        #expect(r2024["total"] as? Double == 99.26 && r2024["grade"] as? String == "优" && r2024["points_execution_rate"] as? Double == 9.26)
        let r2023 = records.first { $0["year"] as? Int == 2023 }
        #expect(r2023 == nil)   // 2023 states no scored indicator in the report
    }
}

@Suite struct ReportCommandTests {
    @Test func extractAFolderIntoOnePanelAndAudit() throws {
        let folder = TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports")
        let out = try TestSupport.temporaryPath("figures.csv"), panelPath = try TestSupport.temporaryPath("panel.csv")
        try OutturnCommand.Extract.parse([folder, "--format", "csv", "--output", out, "--panel-output", panelPath]).run()
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(rows[0] == "department,indicator,year,value,unit,offset,rule,snippet,source")
        #expect(rows.count == 1 + 4 + 18 + 5 + 2)
        let panel = try PanelCSVReader().read(path: panelPath)
        #expect(Set(panel.departments.map(\.id)) == ["湖北省示例局", "湖南省示范厅", "广东省示例厅", "江西省示例委员会"])
        #expect(panel[department: "湖南省示范厅", indicator: "budget_revenue", year: 2022] == 8000)
        #expect(panel.provenance[ObservationKey(department: "湖南省示范厅", indicator: "execution_rate", year: 2023)]?.vintage == 2023)

        let audit = try TestSupport.temporaryPath("audit.json")
        // --inconsistent exits with status 2 when it finds one (after writing the records).
        #expect(OutturnCommand.run(arguments: ["audit", folder, "--inconsistent", "--format", "json", "--output", audit]) == 2)
        let clean = try TestSupport.temporaryPath("clean.json")
        #expect(OutturnCommand.run(arguments: ["audit", folder + "/narrative-wanyuan.txt", "--inconsistent", "--format", "json", "--output", clean]) == 0)
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: audit))) as! [[String: Any]]
        #expect(records.count == 1 && records[0]["source"] as? String == "three-public.txt" && records[0]["consistent"] as? String == "NO")
        #expect(Set(records[0].keys).isSuperset(of: ["check", "rule", "stated", "recomputed", "difference", "consistent", "snippet"]))
    }

    /// The audit's table shows each check's values to the precision it allows: an average of 120 元 against 100 元
    /// (0.012 and 0.01 万元) must not read 0.01 against 0.01, and a check of 万元 to two decimals keeps two.
    @Test func auditTableShowsAChecksValuesToItsPrecision() throws {
        let text = try TestSupport.temporaryPath("average.txt")
        try "某县交通运输局2023年度部门决算\n公务接待费支出决算3.2万元，全年共接待国内来访团组40批次、320人次，人均接待费120元。本年支出合计1,280.00万元，比上年减少90.00万元，下降6.57%。\n"
            .write(toFile: text, atomically: true, encoding: .utf8)
        let table = try TestSupport.temporaryPath("average-audit.txt")
        #expect(OutturnCommand.run(arguments: ["audit", text, "--output", table]) == 0)
        let lines = try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n")
        let average = try #require(lines.first { $0.hasPrefix("人均") })
        #expect(average.split(separator: " ", omittingEmptySubsequences: true).dropFirst(7).prefix(4) == ["0.012", "0.01", "0.002", "NO"])
        let change = try #require(lines.first { $0.hasPrefix("change of 本年支出合计") })
        #expect(change.contains("  -6.57       -6.57        0.00  yes"))
    }

    /// The four reports of the folder joined into one file (a compilation): the same figures, panel and checks
    /// as the folder, each under its own department, with offsets into the joined file.
    @Test func aCompilationReadsAsItsReports() throws {
        let folder = TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        let joined = try TestSupport.temporaryPath("compilation.txt")
        try texts.joined().write(toFile: joined, atomically: true, encoding: .utf8)
        func records(_ arguments: [String]) throws -> [[String: Any]] {
            let out = try TestSupport.temporaryPath("records.json")
            #expect(OutturnCommand.run(arguments: arguments + ["--format", "json", "--output", out]) == 0)
            return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        }
        func key(_ r: [String: Any], _ fields: [String]) -> String { fields.map { "\(r[$0] ?? "")" }.joined(separator: "|") }
        let figureFields = ["department", "indicator", "year", "value", "rule"]
        let (apart, together) = (try records(["extract", folder]), try records(["extract", joined]))
        #expect(apart.count == 29 && together.map { key($0, figureFields) } == apart.map { key($0, figureFields) })
        // Offsets point into the joined file: each report's are shifted by the scalars of the reports before it.
        var base = 0, shifted: [Int] = []
        for (name, text) in zip(names, texts) {
            shifted += apart.filter { $0["source"] as? String == name }.map { ($0["offset"] as! Int) + base }
            base += text.unicodeScalars.count
        }
        #expect(together.map { $0["offset"] as! Int } == shifted)
        // The checks: the same verdicts, the inconsistent one first, each with its department.
        let checkFields = ["check", "stated", "consistent"]
        let (checked, checkedTogether) = (try records(["audit", folder]), try records(["audit", joined]))
        #expect(checkedTogether.map { key($0, checkFields) } == checked.map { key($0, checkFields) })
        #expect(checkedTogether.first?["consistent"] as? String == "NO" && checkedTogether.first?["department"] as? String == "江西省示例委员会")
        #expect(Set(checkedTogether.map { $0["department"] as! String }) == ["湖北省示例局", "湖南省示范厅", "广东省示例厅", "江西省示例委员会"])
        // The note a file of several reports gets; none for one report.
        var bodies = ReportBodies()
        ReportExtractor.extractEach(text: texts.joined(), source: "compilation.txt") { bodies.append($0) }
        #expect(bodies.noteText(path: joined) == "compilation.txt: 4 reports, read one by one (4 bodies: 湖北省示例局, 湖南省示范厅, 广东省示例厅, ...)")
        var one = ReportBodies()
        ReportExtractor.extractEach(text: texts[0], source: "one.txt") { one.append($0) }
        #expect(one.noteText(path: "one.txt") == nil)
        // A report too long to be read whole (sections of 100 to 200 scalars here): one report, its sections, and
        // what reading so leaves unchecked.
        var sectioned = ReportBodies()
        let longest = try #require(texts.max { $0.unicodeScalars.count < $1.unicodeScalars.count })
        ReportExtractor.extractEach(text: longest, source: "one.txt", department: nil, vocabulary: .standard,
                                    sectionLength: (shortest: 100, longest: 200, numbers: 1 << 30)) { sectioned.append($0) }
        let note = try #require(sectioned.noteText(path: "one.txt"))
        #expect(note.hasPrefix("one.txt: 1 report in ") && note.hasSuffix(" sections: a report longer than about 1.5 MB is read a section at a time, and a sum, a rate or a restatement across two sections is not checked"))
        #expect(sectioned.laterSections >= 2)
        // As a data file (--data, import): one panel of the four departments, the same as the folder's.
        let panelPath = try TestSupport.temporaryPath("apart.csv")
        try OutturnCommand.Extract.parse([folder, "--format", "csv", "--output", "/dev/null", "--panel-output", panelPath]).run()
        let (folderPanel, joinedPanel) = (try PanelCSVReader().read(path: panelPath), try PanelSource.load(path: joined).panel)
        #expect(joinedPanel.departments.map(\.id).sorted() == folderPanel.departments.map(\.id).sorted())
        for d in folderPanel.departments.map(\.id) {
            for i in folderPanel.indicators.map(\.id) {
                for y in folderPanel.years { #expect(joinedPanel[department: d, indicator: i, year: y] == folderPanel[department: d, indicator: i, year: y], "\(d) \(i) \(y)") }
            }
        }
    }
}

/// Charts are SVG that parses as XML and holds one group per plotted series.
@Suite struct ChartTests {
    func seriesCount(_ path: String) throws -> (Int, Int) {
        let doc = try XMLDocument(contentsOf: URL(fileURLWithPath: path))
        let groups = try doc.nodes(forXPath: "//*[local-name()='g'][@class='series']").count
        let bands = try doc.nodes(forXPath: "//*[local-name()='polygon'][@class='band']").count
        return (groups, bands)
    }

    @Test func forecastTrendAndRankCharts() throws {
        let f = try TestSupport.temporaryPath("f.svg")
        try OutturnCommand.Forecast.parse(["--data", TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"), "--department", "DOE", "--department", "NSF",
                                   "--model", "drift", "--horizon", "3", "--plot", f, "--output", try TestSupport.temporaryPath("f.csv")]).run()
        // Two departments: a history and a forecast line each, and an 80% and a 95% band each.
        #expect(try seriesCount(f) == (4, 4))
        let t = try TestSupport.temporaryPath("t.svg")
        try OutturnCommand.Trend.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--indicator", "execution_rate",
                         "--department", "hun-f*", "--plot", t, "--output", try TestSupport.temporaryPath("t.csv")]).run()
        #expect(try seriesCount(t).0 == 4)   // 湖南省财政厅 and 湖南省林业局, history and trend line each
        #expect(try String(contentsOfFile: t, encoding: .utf8).contains("湖南省财政厅"))
        let r = try TestSupport.temporaryPath("r.svg")
        try OutturnCommand.Rank.parse(["--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--indicator", "execution_rate",
                        "--plot", r, "--output", try TestSupport.temporaryPath("r.csv")]).run()
        #expect(try seriesCount(r).0 == 36)  // the departments with a 2024 value
    }

    /// Issue 14, item 5: small multiples beyond three departments, a window of history before a forecast, a
    /// subtitle for a selection, names and units on the axes, a value axis that does not start at zero when the
    /// data do not, group colours and medians, `rank --trend --plot`, and PNG through rsvg-convert.
    @Test func chartsWorthPrinting() throws {
        let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        func document(_ path: String) throws -> XMLDocument { try XMLDocument(contentsOf: URL(fileURLWithPath: path)) }
        func count(_ doc: XMLDocument, _ xpath: String) throws -> Int { try doc.nodes(forXPath: xpath).count }
        // 30 Hunan departments: 24 panels with a shared axis, and the subtitle says 24 of 30.
        let f = try TestSupport.temporaryPath("f.svg")
        try OutturnCommand.Forecast.parse(["--data", data, "--indicator", "execution_rate", "--department", "hun-*", "--model", "drift",
                                           "--plot", f, "--output", try TestSupport.temporaryPath("f.csv")]).run()
        let forecast = try document(f)
        #expect(try count(forecast, "//*[local-name()='g'][@class='panel']") == 24)
        let text = try String(contentsOfFile: f, encoding: .utf8)
        #expect(text.contains("the first 24 of 30 departments") && text.contains("预算执行率 (%)") && text.contains("history from 20"))
        // Three departments or fewer: one plot, no panels.
        let few = try TestSupport.temporaryPath("few.svg")
        try OutturnCommand.Trend.parse(["--data", data, "--indicator", "execution_rate", "--department", "hun-f*", "--plot", few,
                                        "--output", try TestSupport.temporaryPath("few.csv")]).run()
        #expect(try count(try document(few), "//*[local-name()='g'][@class='panel']") == 0)
        // Rank by group: bars coloured by group, a median line per group, and an axis that starts near the data
        // (execution rates of 79-102%: the first tick is not 0).
        let r = try TestSupport.temporaryPath("r.svg")
        try OutturnCommand.Rank.parse(["--data", data, "--indicator", "execution_rate", "--peer-group", "group", "--plot", r,
                                       "--output", try TestSupport.temporaryPath("r.csv")]).run()
        let rank = try document(r)
        #expect(try count(rank, "//*[local-name()='line'][@class='group-median']") == 6)
        let rankText = try String(contentsOfFile: r, encoding: .utf8)
        #expect(!rankText.contains(">0</text>") && rankText.contains(">80</text>"))
        // rank --trend draws the slopes.
        let rt = try TestSupport.temporaryPath("rt.svg")
        try OutturnCommand.Rank.parse(["--data", data, "--indicator", "execution_rate", "--trend", "--plot", rt,
                                       "--output", try TestSupport.temporaryPath("rt.csv")]).run()
        #expect(try seriesCount(rt).0 == 40)
        // PNG where rsvg-convert is installed (.ci/install-deps installs it).
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") {
            let png = try TestSupport.temporaryPath("r.png")
            try OutturnCommand.Rank.parse(["--data", data, "--indicator", "execution_rate", "--plot", png, "--output", try TestSupport.temporaryPath("p.csv")]).run()
            #expect(try Data(contentsOf: URL(fileURLWithPath: png)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        } else {
            print("chartsWorthPrinting: no rsvg-convert, PNG not checked")
        }
    }
}

/// Expects `body` to fail as a usage error (exit status 64) whose message contains `expected`.
func expectUsageError(_ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected a usage error containing \"\(expected)\"", sourceLocation: sourceLocation)
    } catch {
        #expect(OutturnCommand.exitCode(for: error) == .validationFailure, "not a usage error: \(error)", sourceLocation: sourceLocation)
        let message = OutturnCommand.fullMessage(for: error)
        #expect(message.contains(expected), "\(message)", sourceLocation: sourceLocation)
    }
}

/// TAB completion of ids reads the data named on the command line.
@Suite struct CompletionTests {
    @Test func idsOfTheDataOnTheCommandLine() {
        let data = TestSupport.path("Datasets/us-federal-rd/rd-budget.csv")
        let words = ["outturn", "describe", "--data", data, "--department", "N"]
        #expect(IDCompletion.ids(in: words).departments.contains("NASA"))
        #expect(IDCompletion.matching(IDCompletion.ids(in: words).departments, "N") == ["NASA", "NIH", "NSF"])
        #expect(IDCompletion.ids(in: ["outturn", "trend", "--data=\(data)"]).indicators == ["rd_budget"])
        #expect(IDCompletion.value(of: "--data", in: ["x", "--data", "'my file.csv'"]) == "my file.csv")
        // Nothing readable: no ids, never an error.
        #expect(IDCompletion.ids(in: ["outturn", "trend", "--data", "/no/such.csv"]).departments.isEmpty)
    }
}

/// The man page keeps the help's Chinese and has a section per command.
@Suite struct ManualTests {
    @Test func pageHasEveryCommandAndItsChinese() {
        let page = OutturnCommand.Manual.page()
        #expect(page.hasPrefix(".TH OUTTURN 1"))
        #expect(page.contains("优/良/中/差") && page.contains("湖南省财政厅"))
        for name in ["DESCRIBE", "FORECAST", "BACKTEST", "TREND", "EXTRACT", "AUDIT", "IMPORT", "EXPORT"] {
            #expect(page.contains(".SH \"OUTTURN \(name)\""), "\(name)")
        }
        #expect(!page.contains(".SH \"OUTTURN MANUAL\""))
    }
}

/// The built `outturn` as a process: standard input as data, and an interrupted output leaving nothing behind.
/// Enabled where the executable has been built beside the tests (`swift build --build-tests` builds it).
@Suite struct ProcessTests {
    static let binary = TestSupport.path(".build/debug/outturn")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ProcessTests.binary), "needs .build/debug/outturn"))
    func dataFromStandardInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["describe", "--data", "-", "--format", "csv"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("department,indicator,year,value\na,x,2023,1\na,x,2024,2\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.hasPrefix("indicator,name,unit,kind,departments,first_year,last_year,observations") && text.contains("\nx,x,,other,1,2023,2024,2,"))
    }

    /// Monthly figures piped in: `progress --data -` reads them, an annual command reads their year-ends, and
    /// the notes and errors name standard input, never the temporary copy.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ProcessTests.binary), "needs .build/debug/outturn"))
    func monthlyDataFromStandardInput() throws {
        func piped(_ arguments: [String], _ text: String) throws -> (status: Int32, out: String, err: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = arguments
            let input = Pipe(), output = Pipe(), errors = Pipe()
            (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, out, err)
        }
        let months = "department,indicator,period,value\na,spent,2023-06,40\na,spent,2023-12,100\na,spent,2024-06,45\n"
        let progress = try piped(["progress", "--data", "-", "--actual", "spent", "--as-of", "2024-06", "--format", "csv"], months)
        #expect(progress.status == 0 && progress.out.contains("a,spent,2024,6,45,"), "\(progress.err)")
        let annual = try piped(["describe", "--data", "-", "--format", "csv"], months)
        #expect(annual.status == 0 && annual.out.contains("\nspent,spent,,other,1,2023,2023,1,50,"), "\(annual.out) \(annual.err)")
        #expect(annual.err.contains("<stdin>:1: note: monthly figures") && annual.err.contains("outturn progress --data - reads") && !annual.err.contains("outturn-stdin"), "\(annual.err)")
        let midyear = try piped(["trend", "--data", "-"], "department,indicator,year,month,value\na,x,2024,3,5\n")
        #expect(midyear.status == 1 && midyear.err.contains("standard input holds monthly figures") && midyear.err.contains("--data - --actual x") && !midyear.err.contains("outturn-stdin"), "\(midyear.err)")
        let bad = try piped(["progress", "--data", "-", "--actual", "x"], "department,indicator,period,value\na,x,2024-13,5\n")
        #expect(bad.status == 1 && bad.err.contains("<stdin>:2:5:"), "\(bad.err)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ProcessTests.binary), "needs .build/debug/outturn"))
    func interruptedOutputLeavesNothing() throws {
        let dir = try TestSupport.temporaryFolder("signal").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["generate", "--departments", "20000", "--start", "2000", "--end", "2024", "--output", dir + "/out.csv"]
        try process.run()
        // Wait (up to 60 s) until the output is being written, then interrupt.
        var writing = false
        for _ in 0..<1200 where process.isRunning {
            if (try FileManager.default.contentsOfDirectory(atPath: dir)).contains(where: { $0.contains(".tmp-") }) { writing = true; break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()   // SIGTERM
        process.waitUntilExit()
        if writing {
            #expect(process.terminationStatus == 128 + SIGTERM)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "the temporary output was left behind")
        }
    }
}

/// A store on a read-only file in a read-only folder, read by a user who may not write either: analyses read it
/// (read-only, immutable since SQLite cannot make its shared-memory file there), an import says why it cannot
/// write, and the file is byte-for-byte unchanged. Needs root and `setpriv` to become `nobody`; skipped elsewhere.
@Suite struct ReadOnlyStoreTests {
    static let setpriv = "/usr/bin/setpriv"
    static let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]

    /// Runs `arguments` as a process, as `nobody` when `unprivileged`: exit status and standard output + error.
    static func run(_ arguments: [String], unprivileged: Bool) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unprivileged ? setpriv : ProcessTests.binary)
        process.arguments = unprivileged ? nobody + [ProcessTests.binary] + arguments : arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Root, `setpriv`, the built binary, and `nobody` able to run it (its folders may be closed to others).
    static var canSwitch: Bool {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv),
              FileManager.default.isExecutableFile(atPath: ProcessTests.binary) else { return false }
        return (try? run(["--version"], unprivileged: true).0) == 0
    }

    @Test(.enabled(if: ReadOnlyStoreTests.canSwitch, "needs root, setpriv and .build/debug/outturn runnable by nobody"))
    func readOnlyStoreIsReadable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("outturn-readonly-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { chmod(dir, 0o755); try? FileManager.default.removeItem(atPath: dir) }
        let store = dir + "/store.sqlite"
        let imported = try Self.run(["import", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--store", store], unprivileged: false)
        #expect(imported.0 == 0, "\(imported.1)")
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        chmod(store, 0o444)
        chmod(dir, 0o555)

        let described = try Self.run(["describe", "--store", store, "--format", "csv"], unprivileged: true)
        #expect(described.0 == 0, "\(described.1)")
        #expect(described.1.contains("\nbudget_revenue,部门预算总收入,万元,amount,40,2012,2024,497,"))
        let forecast = try Self.run(["forecast", "--store", store, "--indicator", "budget_revenue", "--department", "hun-finance", "--format", "csv"], unprivileged: true)
        #expect(forecast.0 == 0, "\(forecast.1)")

        let refused = try Self.run(["import", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--store", store], unprivileged: true)
        #expect(refused.0 != 0)
        #expect(refused.1.contains("no permission to open or write it"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["store.sqlite"])
    }
}

/// Panels with values across the double range (near ±1e308, subnormal, zero, constant series, missing years) run
/// through every analysis command: each ends with a result or a one-line error, never a trap.
@Suite struct ExtremeValueTests {
    @Test func everyCommandOnExtremeValues() throws {
        var rng = SplitMix64(seed: 308)
        let pool = [1e308, -1e308, 1.7e308, Double.leastNonzeroMagnitude, 0, 123, 1e-300, -0.0, 42, 42]
        var lines = ["department,indicator,year,value"]
        for d in 0..<6 {
            for indicator in ["appropriation_budget", "appropriation_final", "execution_rate"] {
                for year in 2012...2024 where rng.uniform(0, 1) > 0.1 {
                    lines.append("d\(d),\(indicator),\(year),\(DecimalText.shortest(pool[Int(rng.uniform(0, Double(pool.count)))]))")
                }
            }
        }
        let data = try TestSupport.temporaryFile("extreme.csv", lines.joined(separator: "\n") + "\n")
        let out = try TestSupport.temporaryPath("out.txt")
        let commands: [[String]] = [
            ["describe"], ["trend"], ["forecast"], ["forecast", "--model", "damped"], ["forecast", "--model", "theta", "--horizon", "3"],
            ["backtest", "--model", "drift"], ["variance", "--plan", "appropriation_budget", "--actual", "appropriation_final"],
            ["variance", "--by-department"], ["variance", "--decompose"], ["pefa", "--budget", "appropriation_budget", "--outturn", "appropriation_final"],
            ["rank", "--indicator", "execution_rate"], ["rank", "--indicator", "execution_rate", "--trend"],
            ["regress", "--response", "appropriation_final", "--regressors", "appropriation_budget"], ["export", "--output", out + ".json"],
        ]
        for command in commands {
            for format in ["table", "csv", "json"] where command[0] != "export" || format == "table" {
                let status = OutturnCommand.run(arguments: command + ["--data", data, "--quiet"] + (command[0] == "export" ? [] : ["--format", format, "--output", out]))
                #expect(status == 0 || status == 1, "\(command.joined(separator: " ")) \(format): exit \(status)")
            }
        }
    }
}

/// --bounds that no observation lies within is an error, not a forecast of the bounds themselves; bounds per
/// indicator replace the kind's for that indicator only.
@Suite struct BoundsTests {
    @Test func boundsPerIndicator() throws {
        let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        let out = try TestSupport.temporaryPath("f.json")
        try OutturnCommand.Forecast.parse(["--data", data, "--indicator", "execution_rate", "--indicator", "score_total",
                                           "--bounds", "execution_rate=60:100", "--horizon", "3", "--format", "json", "--output", out, "--quiet"]).run()
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
        let rates = records.filter { $0["indicator"] as? String == "execution_rate" }
        let scores = records.filter { $0["indicator"] as? String == "score_total" }
        #expect(!rates.isEmpty && !scores.isEmpty)
        // The rate stays within its own bounds (an interval may reach one) (some history reaches 101.5: without them the 95% band passes 100).
        for r in rates {
            for key in ["mean", "lower_95", "upper_95"] { if let v = r[key] as? Double { #expect(v >= 60 && v <= 100, "\(key) \(v)") } }
        }
        // The score keeps its kind's range [0, 100].
        #expect(scores.allSatisfy { ($0["upper_95"] as? Double ?? 0) <= 100 })
        // The library gives the same with the same bounds.
        let panel = try PanelCSVReader().read(path: data)
        let library = try BatchForecaster.forecast(panel: panel, indicators: ["execution_rate"], options: ForecastOptions(horizon: 3),
                                                   bounds: ["execution_rate": 60...100])
        let last = try #require(library[0].forecasts[0].points.last)
        let cli = try #require(rates.last { $0["department"] as? String == library[0].forecasts[0].department })
        #expect(TestSupport.close(cli["mean"] as! Double, last.mean, relative: 1e-12))

        // Levels are percentages: 0.95 is refused with the percent to write, in the command and the library.
        expectUsageError("write 95 for 95%") { _ = try OutturnCommand.Forecast.parse(["--data", data, "--level", "0.95"]) }
        #expect(throws: DataError.self) {
            _ = try BatchForecaster.forecast(panel: try PanelCSVReader().read(path: data), indicators: ["execution_rate"],
                                             options: ForecastOptions(horizon: 1, levels: [0.95]))
        }
        for bad in [["--bounds", "nosuch=0:100"], ["--bounds", "execution_rate=100:60"], ["--bounds", "=0:1"],
                    ["--bounds", "a=0:1", "--bounds", "a=0:2"], ["--bounds", "0:1", "--bounds", "0:2"]] {
            #expect(OutturnCommand.run(arguments: ["forecast", "--data", data, "--output", out, "--quiet"] + bad) != 0, "\(bad)")
        }
    }


    @Test func boundsOutsideEveryObservationAreAnError() throws {
        let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        let out = try TestSupport.temporaryPath("f.csv")
        #expect(OutturnCommand.run(arguments: ["forecast", "--data", data, "--indicator", "execution_rate", "--bounds", "0:10", "--output", out, "--quiet"]) == 1)
        #expect(OutturnCommand.run(arguments: ["forecast", "--data", data, "--indicator", "execution_rate", "--bounds", "0:120", "--output", out, "--quiet"]) == 0)
    }
}

/// Output targets as a user without root's override (`nobody` through setpriv): a file the user may not write,
/// a link to one, a folder the user may not write in are errors that leave everything as it was; a file and a
/// folder of the user's own are written; devices are written to. Skipped where the test cannot switch user.
@Suite struct UnprivilegedOutputTests {
    @Test(.enabled(if: ReadOnlyStoreTests.canSwitch, "needs root, setpriv and .build/debug/outturn runnable by nobody"))
    func outputsAsAnUnprivilegedUser() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("outturn-nobody-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        chmod(dir, 0o777)
        let data = TestSupport.path("Datasets/us-federal-rd/rd-budget.csv")
        func describe(to output: String) throws -> (Int32, String) {
            try ReadOnlyStoreTests.run(["describe", "--data", data, "--output", output, "--quiet"], unprivileged: true)
        }
        // A file of root's that nobody may write (0644), and a link to it: refused, unchanged.
        let roots = dir + "/roots.csv"
        try "root's\n".write(toFile: roots, atomically: false, encoding: .utf8)
        chmod(roots, 0o644)
        for target in [roots, dir + "/link.csv"] {
            if target.hasSuffix("link.csv") { try fm.createSymbolicLink(atPath: target, withDestinationPath: roots) }
            let (status, text) = try describe(to: target)
            #expect(status != 0 && text.contains("outturn: error:") && !text.contains("Fatal"), "\(target): \(text)")
            #expect(try String(contentsOfFile: roots, encoding: .utf8) == "root's\n")
        }
        #expect((try? fm.destinationOfSymbolicLink(atPath: dir + "/link.csv")) == roots)
        // A folder nobody may write in: refused, nothing created (no temporary file either).
        let closed = dir + "/closed"
        try fm.createDirectory(atPath: closed, withIntermediateDirectories: false)
        chmod(closed, 0o755)
        let (status, text) = try describe(to: closed + "/out.csv")
        #expect(status != 0 && text.contains("outturn: error:"), "\(text)")
        #expect(try fm.contentsOfDirectory(atPath: closed).isEmpty)
        // The user's own file, even read-only to its owner: refused; writable: replaced, keeping owner and mode.
        let own = dir + "/own.csv"
        #expect(try describe(to: own).0 == 0)
        let owner = (try fm.attributesOfItem(atPath: own)[.ownerAccountID] as? NSNumber)?.intValue
        #expect(owner == 65534)
        chmod(own, 0o444)
        #expect(try describe(to: own).0 != 0)
        chmod(own, 0o600)
        chown(own, 65534, 65534)
        #expect(try describe(to: own).0 == 0)
        let attributes = try fm.attributesOfItem(atPath: own)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect((attributes[.ownerAccountID] as? NSNumber)?.intValue == 65534)
        // A device is written to and stays a device.
        #expect(try describe(to: "/dev/null").0 == 0)
        var st = stat()
        #expect(stat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
        // Nothing stray in the shared folder.
        #expect(try fm.contentsOfDirectory(atPath: dir).sorted() == ["closed", "link.csv", "own.csv", "roots.csv"])
    }
}

/// An output the command could not write at its end is refused before the work, with the error writing it
/// would give: a forecast of a panel does not run for minutes to fail on a mistyped folder.
@Suite struct OutputsCheckedFirstTests {
    @Test func unwritableOutputsStopTheCommandAtOnce() throws {
        let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        let missing = try TestSupport.temporaryPath("no-such-folder") + "/out"
        let folder = FileManager.default.temporaryDirectory.path
        let runs: [([String], String)] = [
            (["forecast", "--data", data, "--output", missing + ".csv"], "does not exist"),
            (["forecast", "--data", data, "--plot", missing + ".svg"], "does not exist"),
            (["forecast", "--data", data, "--save-model", missing + ".json"], "does not exist"),
            (["backtest", "--data", data, "--save-model", missing + ".json"], "does not exist"),
            (["rank", "--data", data, "--indicator", "execution_rate", "--plot", missing + ".svg"], "does not exist"),
            (["report", "--data", data, "--output", missing + ".html"], "does not exist"),
            (["export", "--data", data, "--output", missing + ".csv"], "does not exist"),
            (["generate", "--output", missing + ".csv"], "does not exist"),
            (["trend", "--data", data, "--output", folder], "is a folder"),
        ]
        for (arguments, reason) in runs {
            let r = try ProcessTests.outturn(arguments)
            // One line, the data error's, and nothing of the work (auto's choice is reported before the output).
            #expect(r.status == 1 && r.err.hasPrefix("outturn: error: ") && r.err.contains(reason), "\(arguments): \(r.err)")
            #expect(r.err.split(separator: "\n").count == 1 && r.out.isEmpty, "\(arguments): \(r.err)")
        }
    }
}

/// Workbooks and Excel-ready CSV out (issue 14, item 2): `--output FILE.xlsx` for any command, `export` to a
/// workbook that reads back to the same panel, a BOM or GB18030 for CSV, and extensions nothing writes refused.
@Suite struct WorkbookOutputTests {
    let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")

    @Test func anyCommandWritesAWorkbook() throws {
        let out = try TestSupport.temporaryPath("rank.xlsx")
        try OutturnCommand.Rank.parse(["--data", data, "--indicator", "execution_rate", "--output", out]).run()
        // The format follows the extension; the workbook is a ZIP container with a frozen, bold header row,
        // numbers as numbers (with number formats) and the preamble on a second sheet.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let sheet = try WorkbookReader.read(path: out)
        #expect(sheet.rows[1]?[1] == .text("department") && sheet.rows[1]?[3] == .text("value (%)"))
        guard case .number? = sheet.rows[2]?[3] else { Issue.record("value is not a number: \(String(describing: sheet.rows[2]?[3]))"); return }
        #expect(try WorkbookReader.sheetNames(path: out) == ["rank", "notes"])
        // The sheet's XML itself: a frozen header row, a bold header style, a grouped two-decimal format on the
        // values, and column widths.
        let archive = try OfficeArchive(bytes: [UInt8](bytes), file: out, what: "workbook")
        let xml = String(decoding: try #require(try archive.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">") && xml.contains("<col min=\"1\" max=\"1\""))
        let styles = String(decoding: try #require(try archive.part("xl/styles.xml")), as: UTF8.self)
        #expect(styles.contains("formatCode=\"#,##0.00\"") && styles.contains("<b/>"))
        // The same records as the CSV output.
        let csv = try TestSupport.temporaryPath("rank.csv")
        try OutturnCommand.Rank.parse(["--data", data, "--indicator", "execution_rate", "--output", csv]).run()
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(sheet.rowNumbers.count == lines.count)
    }

    @Test func exportToAWorkbookReadsBack() throws {
        let out = try TestSupport.temporaryPath("panel.xlsx")
        try OutturnCommand.Export.parse(["--data", data, "--output", out]).run()
        let original = try PanelSource.read(path: data), back = try PanelSource.read(path: out)
        #expect(back == original)
        let wide = try TestSupport.temporaryPath("wide.xlsx")
        try OutturnCommand.Export.parse(["--data", data, "--output", wide, "--wide"]).run()
        #expect(try PanelSource.read(path: wide).observations == original.observations)
        expectUsageError("cannot export to .docx files") { _ = try OutturnCommand.Export.parse(["--data", data, "--output", "x.docx"]) }
    }

    @Test func csvForExcelWithABomOrInGB18030() throws {
        let utf8 = try TestSupport.temporaryPath("d.csv"), bom = try TestSupport.temporaryPath("bom.csv"), gb = try TestSupport.temporaryPath("gb.csv")
        try OutturnCommand.Describe.parse(["--data", data, "--departments", "--output", utf8]).run()
        try OutturnCommand.Describe.parse(["--data", data, "--departments", "--output", bom, "--bom"]).run()
        try OutturnCommand.Describe.parse(["--data", data, "--departments", "--output", gb, "--output-encoding", "gb18030"]).run()
        let plain = try Data(contentsOf: URL(fileURLWithPath: utf8))
        #expect(try Data(contentsOf: URL(fileURLWithPath: bom)) == Data([0xEF, 0xBB, 0xBF]) + plain)
        let gbBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: gb)))
        #expect(gbBytes != [UInt8](plain))   // the Chinese names are re-encoded
        #expect(try TextDecoding.decodeGB18030(gbBytes, file: gb) == String(decoding: plain, as: UTF8.self))
        // Our own reader reads both back.
        #expect(try PanelSource.read(path: data).departments.count == (try String(contentsOfFile: utf8, encoding: .utf8)).split(separator: "\n").count - 1)
    }

    @Test func extensionsNothingWritesAreUsageErrors() {
        expectUsageError("cannot write .png files") { _ = try OutturnCommand.Rank.parse(["--data", data, "--indicator", "x", "--output", "chart.png"]) }
        expectUsageError("cannot write .docx files") { _ = try OutturnCommand.Trend.parse(["--data", data, "--indicator", "x", "--output", "r.docx"]) }
        expectUsageError("--format json does not match the file name") { _ = try OutturnCommand.Trend.parse(["--data", data, "--indicator", "x", "--output", "r.csv", "--format", "json"]) }
        expectUsageError("--bom and --output-encoding apply to CSV") { _ = try OutturnCommand.Trend.parse(["--data", data, "--indicator", "x", "--output", "r.json", "--bom"]) }
    }
}

/// `outturn report` (issue 14, item 4): one self-contained HTML page, rendered in headless Chromium where it is
/// installed (`.ci/install-deps` installs it), with the expected figures on the rendered page.
@Suite struct HTMLReportTests {
    let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")

    @Test func pageForOneDepartment() throws {
        let out = try TestSupport.temporaryPath("report.html")
        try OutturnCommand.Report.parse(["--data", data, "--department", "hun-finance", "--output", out]).run()
        let html = try String(contentsOfFile: out, encoding: .utf8)
        // Self-contained: no script, nothing fetched at view time; print CSS for A4.
        // (The SVG namespace URI is a name, never fetched.)
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=") && !html.contains("url(") && !html.contains("@import"))
        #expect(html.contains("@page { size: A4"))
        // The department's name, its latest budget revenue (2024: 31,020.93 万元 in the bundled data), the
        // sections in Chinese, and one chart per indicator up to six.
        #expect(html.contains("部门指标分析报告：湖南省财政厅") && html.contains("31,020.93") && html.contains("二、变动趋势"))
        // Scores with their grades: 2024's total of 96.37 is 优.
        #expect(html.contains("五、绩效评价得分") && html.contains("<td class=\"number\">96.37</td><td>优</td>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 6)
        let panel = try PanelSource.read(path: data)
        #expect(panel[department: "hun-finance", indicator: "budget_revenue", year: 2024] == 31020.93)
        // English on request.
        let en = try TestSupport.temporaryPath("report-en.html")
        try OutturnCommand.Report.parse(["--data", data, "--department", "hun-finance", "--language", "en", "--output", en]).run()
        #expect(try String(contentsOfFile: en, encoding: .utf8).contains("2. Trends"))
        expectUsageError("the report is an HTML page") { _ = try OutturnCommand.Report.parse(["--data", data, "--output", "r.pdf"]) }
        // With --audit, the arithmetic checks of a report, the inconsistent one first (juesuan-daying-2022 states
        // a 38.28% fall where its amounts give 38.29%, an inconsistency its annotation records).
        let audited = try TestSupport.temporaryPath("audited.html")
        try OutturnCommand.Report.parse(["--data", data, "--department", "hun-finance", "--output", audited, "--audit",
                                         TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports-dev/juesuan-daying-2022.txt")]).run()
        let page = try String(contentsOfFile: audited, encoding: .utf8)
        let section = try #require(page.range(of: "报告数字核对")).upperBound
        let firstVerdict = try #require(page[section...].range(of: "<td>不一致</td>"))
        #expect(page[section...].range(of: "<td>一致</td>").map { firstVerdict.lowerBound < $0.lowerBound } == true)
    }

    @Test func renderedInChromium() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("renderedInChromium skipped: no Chromium installed")
            return
        }
        let out = try TestSupport.temporaryPath("page.html"), png = try TestSupport.temporaryPath("page.png")
        try OutturnCommand.Report.parse(["--data", data, "--department", "hun-finance", "--output", out]).run()
        let console = try TestSupport.temporaryPath("console.log")
        func run(_ arguments: [String]) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            // The browser's log (console messages included) goes to a file the check reads.
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,3000",
                                 "--enable-logging=stderr", "--v=0"] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            _ = FileManager.default.createFile(atPath: console, contents: nil)
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: console))
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        let (status, _) = try run(["--screenshot=\(png)", "file://\(out)"])
        #expect(status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // What the browser built from the page: the tables and charts are there, with the figures.
        let (domStatus, dom) = try run(["--dump-dom", "file://\(out)"])
        #expect(domStatus == 0 && dom.contains("31,020.93") && dom.contains("湖南省财政厅"))
        #expect(dom.components(separatedBy: "<table").count - 1 == 5)
        // No console message from the page (it has no script; a broken SVG or CSS would log here).
        let log = (try? String(contentsOfFile: console, encoding: .utf8)) ?? ""
        #expect(!log.contains(":CONSOLE"), "\(log)")   // Chromium logs them as "INFO:CONSOLE:1] \"message\", source: ..."
    }
}

/// Issue 15, item 4: a model saved from a full run gives one department alone exactly its forecast from that run;
/// the file is checked on reading, and the pool the choice was made on is named.
@Suite struct SavedModelTests {
    static let data = TestSupport.path("Datasets/synthetic-provincial/panel.csv")

    func records(_ arguments: [String]) throws -> [[String: Any]] {
        let out = try TestSupport.temporaryPath("f.json")
        try OutturnCommand.Forecast.parse(["--data", Self.data, "--format", "json", "--output", out, "--quiet"] + arguments).run()
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [[String: Any]]
    }

    @Test func aDepartmentAloneGetsItsForecastFromTheFullRun() throws {
        let file = try TestSupport.temporaryPath("model.json")
        let full = try records(["--indicator", "budget_revenue", "--indicator", "staff_in_service", "--horizon", "2", "--save-model", file])
        let models = try ForecastModelFile.read(file)
        #expect(models.map(\.indicator) == ["budget_revenue", "staff_in_service"])
        #expect(models.allSatisfy { $0.requested == .auto && $0.pool.series == 40 && $0.pool.backtested == 40 && $0.calibration != nil })
        #expect(models.allSatisfy { $0.pool.fingerprint.count == 16 && !$0.evidence.isEmpty })
        // On this panel auto takes the pooled growth model for budget revenue: its coefficients travel in the file.
        #expect(models[0].members.contains(.global) && models[0].growth.map { $0.coefficients.count >= 2 } == true)
        for department in ["hun-finance", "hun-education"] {
            // Alone and with the saved model: every field of every record equal, to the last bit.
            let alone = try records(["--department", department, "--horizon", "2", "--model-file", file])
            let mine = full.filter { $0["department"] as? String == department }
            #expect(alone.count == mine.count && !alone.isEmpty)
            #expect(NSArray(array: alone).isEqual(to: mine), "\(department)")
        }
        // Alone without the model: auto chooses on a pool of one, a different pool (fingerprint) from the full run's.
        let single = try BatchForecaster.forecast(panel: try PanelCSVReader().read(path: Self.data).selecting(departments: ["hun-finance"]),
                                                  indicators: ["budget_revenue"], options: ForecastOptions(horizon: 2))
        #expect(single[0].model?.pool.series == 1 && single[0].model?.pool.fingerprint != models[0].pool.fingerprint)
    }

    @Test func backtestSavesAndEvaluatesTheSameModel() throws {
        let file = try TestSupport.temporaryPath("model.json"), again = try TestSupport.temporaryPath("model2.json")
        _ = try records(["--indicator", "budget_revenue", "--horizon", "2", "--save-model", file])
        let out = try TestSupport.temporaryPath("b.csv")
        try OutturnCommand.Backtest.parse(["--data", Self.data, "--indicator", "budget_revenue", "--horizon", "2", "--model", "auto",
                                           "--model-file", file, "--save-model", again, "--format", "csv", "--output", out, "--quiet"]).run()
        #expect(try String(contentsOfFile: file, encoding: .utf8) == String(contentsOfFile: again, encoding: .utf8))
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 3 && rows[1][0] == "auto" && rows[2][0].hasPrefix("saved:"))
        // The same origins and windows for both, and the saved row's figures are the library's backtest of the
        // saved model (columns: model, indicator, series, forecasts, mae, rmse, mape, smape, mase, coverage_95, msis).
        let header = rows[0]
        func value(_ row: [String], _ field: String) -> Double { Double(row[header.firstIndex(of: field)!])! }
        #expect(value(rows[1], "forecasts") == value(rows[2], "forecasts") && value(rows[2], "forecasts") > 100)
        let panel = try PanelCSVReader().read(path: Self.data)
        let model = try #require(try ForecastModelFile.read(file).first)
        let library = ForecastAccuracy(PanelBacktest.run(SeriesInput.all(of: panel, indicatorAt: panel.position(ofIndicator: "budget_revenue")!),
                                                         method: model.requested, settings: BacktestSettings(horizon: 2, minimumTrain: 6),
                                                         model: model).map(\.forecast))
        #expect(Double(library.forecasts) == value(rows[2], "forecasts"))
        #expect(TestSupport.close(value(rows[2], "mase"), library.mase!, relative: 1e-12))
        #expect(TestSupport.close(value(rows[2], "coverage_95"), library.coverage95!, relative: 1e-12))
        #expect(TestSupport.close(value(rows[2], "smape"), library.smape!, relative: 1e-12))
    }

    @Test func aModelFileThatCannotServeIsAnErrorWithItsPlace() throws {
        let file = try TestSupport.temporaryPath("model.json")
        _ = try records(["--indicator", "budget_revenue", "--horizon", "2", "--save-model", file])
        let out = try TestSupport.temporaryPath("f.csv")
        func status(_ arguments: [String]) -> Int32 {
            OutturnCommand.run(arguments: ["forecast", "--data", Self.data, "--output", out, "--quiet"] + arguments)
        }
        #expect(status(["--model-file", file, "--horizon", "3"]) == 1)          // calibrated for 2 years ahead
        #expect(status(["--model-file", file, "--level", "90"]) == 1)           // no 90% quantiles
        #expect(status(["--model-file", file, "--indicator", "retirees"]) == 1) // no model for it
        #expect(status(["--model-file", file, "--model", "drift"]) != 0)        // the file gives the model
        #expect(status(["--model-file", file]) == 0)                           // only the file's indicators
        // A damaged file names the field and its line.
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"members\"", with: "\"membres\"")
        let damaged = try TestSupport.temporaryFile("damaged.json", text)
        do {
            _ = try ForecastModelFile.read(damaged)
            Issue.record("a model without members was read")
        } catch let error as DataError {
            #expect(error.description.contains("members") && error.description.contains("is missing"), "\(error)")
            #expect(error.location?.line ?? 0 > 1, "\(error)")
        }
        let foreign = try TestSupport.temporaryFile("foreign.json", #"{"format": "something-else", "version": 1, "models": []}"#)
        #expect(throws: DataError.self) { try ForecastModelFile.read(foreign) }
    }
}
