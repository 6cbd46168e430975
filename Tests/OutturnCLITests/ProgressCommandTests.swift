import Foundation
import Outturn
import Testing
import _TestSupport

/// `outturn progress` on generated monthly data and on hostile files, run as a user would.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: ProcessTests.binary), "needs .build/debug/outturn"))
struct ProgressCommandTests {
    @Test func aMonthlyBriefingFromGeneratedData() throws {
        let csv = try TestSupport.temporaryPath("monthly.csv")
        #expect(try ProcessTests.outturn(["generate", "--monthly", "--departments", "30", "--start", "2016", "--end", "2024", "--seed", "5", "--output", csv]).status == 0)
        let again = try TestSupport.temporaryPath("monthly-again.csv")
        _ = try ProcessTests.outturn(["generate", "--monthly", "--departments", "30", "--start", "2016", "--end", "2024", "--seed", "5", "--output", again])
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv)) == Data(contentsOf: URL(fileURLWithPath: again)))   // deterministic
        let r = try ProcessTests.outturn(["progress", "--data", csv, "--actual", "expenditure_to_date", "--budget", "expenditure_budget", "--as-of", "2024-06", "--format", "csv"])
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.first == "department,indicator,year,month,cumulative,budget,executed_pct,schedule_pct,gap_pct,same_month_last_year,last_year_executed_pct,projected,lower_80,upper_80,lower_95,upper_95,projected_rate,warning,note")
        #expect(lines.count == 31)
        // Sorted by projected rate, lowest first; every row at 2024-06 with the schedule at 50%.
        let rates = lines.dropFirst().map { Double($0.split(separator: ",", omittingEmptySubsequences: false)[16])! }
        #expect(rates == rates.sorted())
        #expect(lines.dropFirst().allSatisfy { $0.contains(",expenditure_to_date,2024,6,") && $0.split(separator: ",", omittingEmptySubsequences: false)[7] == "50" })
        #expect(r.err.contains("backtest at month 6, pooled") && r.err.contains("last-year-share") && r.err.contains("straight-line"))
        // The briefing chart: one row per unit, the schedule and target lines, a marker with a whisker per unit.
        let svg = try TestSupport.temporaryPath("progress.svg")
        #expect(try ProcessTests.outturn(["progress", "--data", csv, "--actual", "expenditure_to_date", "--budget", "expenditure_budget", "--as-of", "2024-06", "--plot", svg, "--quiet"]).status == 0)
        let chart = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(chart.contains("累计支出: execution to 2024-06") && chart.contains("schedule 50.0%") && chart.contains("target 90%"))
        #expect(chart.contains("text-anchor=\"middle\">0</text>"))   // shares: bars start at zero
        #expect(chart.components(separatedBy: "class=\"marker\"").count == 31 && chart.components(separatedBy: "class=\"whisker\"").count == 31)
        // Without a budget the amount is still projected, with a note and no warnings.
        let noBudget = try ProcessTests.outturn(["progress", "--data", csv, "--actual", "expenditure_to_date", "--as-of", "2024-03", "--format", "csv"])
        #expect(noBudget.status == 0 && noBudget.err.contains("no budget given") && noBudget.err.contains("--budget expenditure_budget"), "\(noBudget.err)")
        #expect(noBudget.out.split(separator: "\n").dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[5].isEmpty })
    }

    /// Monthly files imported into a store (detected by their period column) give the same briefing from the
    /// store as from the file; a store without monthly figures says so.
    @Test func progressFromTheStore() throws {
        let csv = TestSupport.path("Datasets/national-monthly/general-budget.csv")
        let store = try TestSupport.temporaryPath("monthly.sqlite")
        // Every figure of the file (one per row after the header) is added.
        let figures = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").count - 1
        #expect(figures >= 73)
        let imported = try ProcessTests.outturn(["import", csv, "--store", store, "--format", "csv"])
        #expect(imported.status == 0 && imported.out.contains(",1,\(figures),0,0") && imported.err.contains("\(figures) monthly values"), "\(imported.out) \(imported.err)")
        let args = ["--actual", "general_budget_expenditure", "--as-of", "2025-06", "--format", "csv"]
        let fromFile = try ProcessTests.outturn(["progress", "--data", csv] + args)
        let fromStore = try ProcessTests.outturn(["progress", "--store", store] + args)
        #expect(fromFile.status == 0 && fromStore.status == 0 && fromStore.out == fromFile.out && fromStore.err == fromFile.err, "\(fromStore.err)")
        #expect(fromStore.out.contains("national,general_budget_expenditure,2025,6,141271,"))
        let june = try ProcessTests.outturn(["history", "--store", store, "--department", "national", "--indicator", "general_budget_revenue", "--year", "2025", "--month", "6", "--format", "csv"])
        #expect(june.status == 0 && june.out.contains("national,general_budget_revenue,2025,6,115566,亿元,2025,yes,general-budget.csv"), "\(june.out) \(june.err)")
        // Annual analyses of a store of months read its year-end figures, as they read a monthly file's.
        let annual = try ProcessTests.outturn(["describe", "--store", store, "--format", "csv"])
        let annualFromFile = try ProcessTests.outturn(["describe", "--data", csv, "--format", "csv"])
        #expect(annual.status == 0 && annual.out == annualFromFile.out, "\(annual.err)")
        #expect(annual.err.contains("holds monthly figures") && annual.err.contains("December") && annual.err.contains("outturn progress --store"), "\(annual.err)")
        let annualOnly = try TestSupport.temporaryPath("annual.sqlite")
        _ = try ProcessTests.outturn(["import", TestSupport.path("Datasets/us-federal-rd/rd-budget.csv"), "--store", annualOnly])
        let none = try ProcessTests.outturn(["progress", "--store", annualOnly, "--actual", "spent"])
        #expect(none.status == 1 && none.err.contains("holds no monthly figures") && none.err.contains("outturn import"), "\(none.err)")
        let both = try ProcessTests.outturn(["progress", "--store", store, "--data", csv, "--actual", "spent"])
        #expect(both.status == 64 && both.err.contains("give one source"), "\(both.err)")
    }

    /// A monthly file given to an annual command is read as its year-end (December) figures, said in a note;
    /// without any December figure it is an error that points to `progress`.
    @Test func annualCommandsReadTheYearEnd() throws {
        let months = try TestSupport.temporaryFile("months.csv", """
            department,indicator,period,value
            a,spent,2022-06,40
            a,spent,2022-12,100
            a,spent,2023-06,45
            a,spent,2023-12,110
            b,spent,2023-06,7
            b,spent,2024-03,3
            a,spent,2024-06,50
            a,spent,2024-12,121

            """)
        let d = try ProcessTests.outturn(["describe", "--data", months, "--format", "csv"])
        #expect(d.status == 0 && d.out.contains("spent,spent,,other,1,2022,2024,3,50,100,110,121"), "\(d.out) \(d.err)")
        #expect(d.err.contains("months.csv:1: note: monthly figures") && d.err.contains("present for 3 of 6 unit-years"), "\(d.err)")
        let t = try ProcessTests.outturn(["trend", "--data", months, "--department", "a", "--format", "csv", "--quiet"])
        #expect(t.status == 0 && t.err.isEmpty && t.out.contains("a,spent,"), "\(t.out) \(t.err)")
        // The page of a monthly file has the annual sections from its year-ends and the section on the months.
        let page = try TestSupport.temporaryPath("months.html")
        let report = try ProcessTests.outturn(["report", "--data", months, "--language", "en", "--output", page, "--quiet"])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(report.status == 0 && html.contains("Execution within the year"), "\(report.err)")
        // Months with an extension Outturn does not know are months to import as to every reader: stored by month.
        let dat = try TestSupport.temporaryFile("months.dat", try String(contentsOfFile: months, encoding: .utf8))
        let store = try TestSupport.temporaryPath("dat.sqlite")
        let imported = try ProcessTests.outturn(["import", dat, "--store", store, "--format", "csv", "--quiet"])
        #expect(imported.status == 0 && imported.out.contains(",1,8,0,0"), "\(imported.out) \(imported.err)")
        let june = try ProcessTests.outturn(["history", "--store", store, "--department", "a", "--indicator", "spent", "--year", "2024", "--month", "6", "--format", "csv"])
        #expect(june.status == 0 && june.out.contains("a,spent,2024,6,50,"), "\(june.out) \(june.err)")
        let noDecember = try TestSupport.temporaryFile("midyear.csv", "department,indicator,year,month,value\na,spent,2024,3,5\na,spent,2024,6,9\n")
        let r = try ProcessTests.outturn(["trend", "--data", noDecember])
        #expect(r.status == 1 && r.err.contains("none for December") && r.err.contains("outturn progress --data") && r.err.contains("--actual spent"), "\(r.err)")
    }

    @Test func badInputIsNamedWithItsPlace() throws {
        let month13 = try TestSupport.temporaryFile("m13.csv", "department,indicator,period,value\na,spent,2024-01,5\na,spent,2024-13,9\n")
        let r = try ProcessTests.outturn(["progress", "--data", month13, "--actual", "spent"])
        #expect(r.status == 1 && r.err.contains("m13.csv:3:") && r.err.contains("month 13"), "\(r.err)")
        let word = try TestSupport.temporaryFile("word.csv", "department,indicator,year,month,value\na,spent,2024,1,5\na,spent,2024,2,lots\n")
        let w = try ProcessTests.outturn(["progress", "--data", word, "--actual", "spent"])
        #expect(w.status == 1 && w.err.contains("word.csv:3:16") && w.err.contains("\"lots\" is not a number"), "\(w.err)")
        let level = try ProcessTests.outturn(["progress", "--data", word, "--actual", "spent", "--level", "0.95"])
        #expect(level.status == 64 && level.err.contains("write 95"), "\(level.err)")
        let json = try ProcessTests.outturn(["generate", "--monthly", "--output", TestSupport.temporaryPath("m.json")])
        #expect(json.status == 64 && json.err.contains("--monthly writes CSV"), "\(json.err)")
        let asOf = try ProcessTests.outturn(["progress", "--data", word, "--actual", "spent", "--as-of", "2024-13"])
        #expect(asOf.status == 64 && asOf.err.contains("not a month"), "\(asOf.err)")
    }
}

/// `outturn report --monthly`: the page gains an execution section (table sorted by projected rate, the
/// evidence in words) and the briefing chart, for the page's departments only.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: ProcessTests.binary), "needs .build/debug/outturn"))
struct ReportExecutionSectionTests {
    @Test func theReportShowsExecutionWithinTheYear() throws {
        let monthly = try TestSupport.temporaryPath("m.csv")
        // The bundled panel's departments (40, seed 2024), with monthly figures to June 2024.
        _ = try ProcessTests.outturn(["generate", "--monthly", "--departments", "40", "--start", "2015", "--end", "2024", "--seed", "2024", "--output", monthly])
        let text = try String(contentsOfFile: monthly, encoding: .utf8)
        let toJune = text.split(separator: "\n").filter { line in
            !line.contains(",2024-") || ["01", "02", "03", "04", "05", "06"].contains(where: { line.contains(",2024-\($0),") })
        }
        try (toJune.joined(separator: "\n") + "\n").write(toFile: monthly, atomically: true, encoding: .utf8)
        let page = try TestSupport.temporaryPath("page.html")
        let r = try ProcessTests.outturn(["report", "--data", TestSupport.path("Datasets/synthetic-provincial/panel.csv"), "--department", "hun-finance",
                                          "--department", "hun-education", "--monthly", monthly, "--output", page])
        #expect(r.status == 0, "\(r.err)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<h2>预算执行进度（年内）</h2>") && html.contains("截至2024年6月，序时进度50.0%"))
        #expect(html.contains("平均绝对误差") && html.contains("按上年同期进度"))
        let section = html[html.range(of: "<h2>预算执行进度")!.lowerBound..<html.range(of: "<h2>图表")!.lowerBound]
        #expect(section.contains("湖南省财政厅") && section.contains("湖南省教育厅") && !section.contains("湖南省公安厅"))
        #expect(html.contains("execution to 2024-06 and projected year-end rate") && html.components(separatedBy: "class=\"marker\"").count == 3)
    }
}
