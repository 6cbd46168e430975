import Foundation
import Outturn
import Testing
import _TestSupport
@testable import OutturnReports
import OutturnIO

/// Report extraction and audit on texts written for these tests in the genre (Fixtures/reports: the 万元
/// narrative style with page breaks, full-width digits and traditional characters; a 元 disclosure table; a
/// flattened self-evaluation table; a "三公" disclosure with a known inconsistency) and on the real seed report
/// when ../shared/seeds is present.
/// Expects every check consistent, naming the ones that are not.
func expectConsistent(_ checks: [AuditCheck], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(checks.allSatisfy { $0.consistent }, "\(checks.filter { !$0.consistent }.map(\.check))", sourceLocation: sourceLocation)
}

/// The one check `which` picks from a text written right and from the same text written wrong: consistent in the
/// first and not in the second, each recomputed as the text's other figures give it (`recomputedWrong` where the
/// wrong figure is one of the terms), so that the check cannot pass with wrong numbers.
func expectRightAndWrong(_ checks: (String) -> [AuditCheck], right: String, wrong: String, recomputed: Double, recomputedWrong: Double? = nil,
                         where which: (AuditCheck) -> Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let r = checks(right).filter(which), w = checks(wrong).filter(which)
    #expect(r.count == 1 && r.allSatisfy { $0.consistent && abs($0.recomputed - recomputed) < 1e-9 }, "\(r)", sourceLocation: sourceLocation)
    #expect(w.count == 1 && w.allSatisfy { !$0.consistent && abs($0.recomputed - (recomputedWrong ?? recomputed)) < 1e-9 }, "\(w)",
            sourceLocation: sourceLocation)
}

@Suite struct ReportTests {
    func extraction(_ name: String) throws -> ReportExtraction {
        let path = TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports/\(name)")
        return ReportExtractor.extract(text: try String(contentsOfFile: path, encoding: .utf8), source: name)
    }

    func figures(_ e: ReportExtraction) -> Set<String> {
        Set(e.figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" })
    }

    @Test func narrativeReportInWanYuan() throws {
        let e = try extraction("narrative-wanyuan.txt")
        #expect(e.department == "湖南省示范厅" && e.year == 2023)
        #expect(figures(e) == [
            "staff_in_service 2023 126", "retirees 2023 58", "budget_revenue 2023 8620.5", "budget_revenue 2022 8000",
            "total_expenditure 2023 8100", "basic_expenditure 2023 4900", "personnel_expenditure 2023 4000", "public_expenditure 2023 900",
            "project_budget 2023 3600", "project_expenditure 2023 3200", "score_total 2023 95.5", "score_budget_execution 2023 9",
            "appropriation_budget 2023 9000", "appropriation_final 2023 8100", "execution_rate 2023 90", "score_output 2023 48.5",
            "score_benefit 2023 29", "score_satisfaction 2023 9",
        ])
        // "4,900.00 万" + page break + "元": the offset points at the number in the original text.
        let basic = e.figures.first { $0.indicator == "basic_expenditure" }!
        let original = Array(try String(contentsOfFile: TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports/narrative-wanyuan.txt"), encoding: .utf8).unicodeScalars)
        #expect(String(String.UnicodeScalarView(original[basic.offset..<(basic.offset + 8)])) == "4,900.00")
        // A clean report raises no false alarm, and every relation it states is checked.
        let checks = ReportAudit.audit(e)
        #expect(checks.count == 14)
        expectConsistent(checks)
    }

    @Test func disclosureTableInYuan() throws {
        let e = try extraction("disclosure-yuan.txt")
        #expect(e.department == "湖北省示例局")
        // 合计 of the budget column is the expenditure budget (1734.56), not a 财政拨款 figure: the table does not say so.
        #expect(figures(e) == ["basic_expenditure 2024 1200", "project_budget 2024 500", "project_expenditure 2024 450",
                               "total_expenditure 2024 1650"])
        // 合计 = 基本支出 + 项目支出 in both columns: the table's total row, which is also the accounting identity
        // (one finding each).
        let checks = ReportAudit.audit(e)
        #expect(checks.map(\.rule).sorted() == ["breakdown", "breakdown"] && checks.allSatisfy { $0.consistent })
    }

    @Test func flattenedSelfEvaluationTable() throws {
        let e = try extraction("self-evaluation-table.txt")
        #expect(figures(e) == ["score_budget_execution 2024 9.2", "score_output 2024 47", "score_benefit 2024 28.5",
                               "score_satisfaction 2024 9.8", "score_total 2024 94.5"])
        #expect(ReportAudit.audit(e).allSatisfy { $0.consistent })
    }

    @Test func threePublicPartsThatDoNotAddUp() throws {
        let e = try extraction("three-public.txt")
        #expect(e.department == "江西省示例委员会")
        #expect(figures(e) == ["three_public_budget 2023 45.6", "three_public_expenditure 2023 38.2"])
        let checks = ReportAudit.audit(e)
        #expect(checks.count == 1 && !checks[0].consistent)
        #expect(abs(checks[0].recomputed - 36.2) < 1e-9 && abs(checks[0].difference - 2) < 1e-9)
    }

    /// The real report: the figures of Datasets/hunan-npc-report (made by hand from it, offsets included), and
    /// its real inconsistencies: the stated revenue increase (1056.91 and, later, 455.38 万元; 7.31% and 3%)
    /// against the two years' levels (1415.54, 9.79%), and the execution rate 92.56% against 14877.44 / 15424.89
    /// = 96.45%; every other relation holds.
    @Test(.enabled(if: TestSupport.sharedFile("seeds/000_e729b0afc6ad344c.txt") != nil, "needs ../shared/seeds/000_e729b0afc6ad344c.txt"))
    func seedReport() throws {
        let text = try String(contentsOfFile: TestSupport.sharedFile("seeds/000_e729b0afc6ad344c.txt")!, encoding: .utf8)
        let e = ReportExtractor.extract(text: text, source: "000_e729b0afc6ad344c.txt")
        #expect(e.department == "湖南省人大常委会办公厅" && e.year == 2024)
        let expected = try PanelCSVReader().read(path: TestSupport.path("Datasets/hunan-npc-report/report-figures.csv"))
        var panel = e.panel()
        #expect(panel.provenance.count == 21)
        for (key, p) in expected.provenance {
            let mine = panel.provenance[ObservationKey(department: "湖南省人大常委会办公厅", indicator: key.indicator, year: key.year)]
            #expect(mine?.source.hasPrefix(p.source.split(separator: ":")[0] + ":") == true, "\(key.indicator) \(key.year): \(String(describing: mine)) vs \(p.source)")
        }
        panel.provenance = [:]
        var reference = try expected.selecting(indicators: panel.indicators.map(\.id))
        reference.provenance = [:]
        #expect(panel.observations.map(\.value) == reference.observations.map(\.value))
        let failed = ReportAudit.audit(e).filter { !$0.consistent }
        #expect(failed.count == 6, "\(failed.map(\.check))")
        #expect(failed.contains { $0.rule == "execution-rate" && abs($0.recomputed - 96.45) < 0.01 })
        // 1056.91 and 7.31% against the two years' levels, 455.38 and 3% likewise, and 455.38 against 1056.91.
        #expect(failed.filter { $0.rule.hasPrefix("change") }.map(\.stated).sorted() == [3, 7.31, 455.38, 455.38, 1056.91])
    }

    /// Random mutations of the texts (deleted, doubled, swapped and replaced characters) never crash or hang.
    @Test func randomMutationsNeverCrash() throws {
        var rng = SplitMix64(seed: 77)
        let alphabet = Array("0123456789.,%万元分人年（）()|：:；。，较上年增加减少得扣分值预算决算执行率三公 \n\u{0C}１２．％".unicodeScalars)
        let fixtures = "Tests/OutturnReportsTests/Fixtures/"
        var files = ["narrative-wanyuan.txt", "disclosure-yuan.txt", "self-evaluation-table.txt", "three-public.txt"].map { fixtures + "reports/" + $0 }
        for folder in ["reports-dev", "reports-written"] {
            files += try FileManager.default.contentsOfDirectory(atPath: TestSupport.path(fixtures + folder)).filter { $0.hasSuffix(".txt") }.sorted()
                .map { fixtures + folder + "/" + $0 }
        }
        for name in files {
            let base = Array(try String(contentsOfFile: TestSupport.path(name), encoding: .utf8).unicodeScalars)
            for _ in 0..<(name.contains("/reports/") ? 150 : 40) {
                var s = base
                for _ in 0..<Int(rng.uniform(1, 12)) {
                    let k = Int(rng.uniform(0, Double(max(1, s.count))))
                    switch Int(rng.uniform(0, 4)) {
                    case 0: if !s.isEmpty { s.remove(at: min(k, s.count - 1)) }
                    case 1: s.insert(alphabet[Int(rng.uniform(0, Double(alphabet.count)))], at: min(k, s.count))
                    case 2: if k + 1 < s.count { s.swapAt(k, k + 1) }
                    default: if k < s.count { s[k] = alphabet[Int(rng.uniform(0, Double(alphabet.count)))] }
                    }
                }
                let e = ReportExtractor.extract(text: String(String.UnicodeScalarView(s)), source: name)
                _ = ReportAudit.audit(e)
                #expect(e.figures.allSatisfy { $0.value.isFinite })
                #expect(ReportAudit.audit(e).allSatisfy { $0.stated.isFinite && $0.recomputed.isFinite })
            }
        }
    }

    /// The same report with CRLF line ends, or with its line breaks turned into spaces (text copied out of a PDF
    /// viewer, page numbers and all), gives the same figures and checks.
    @Test(arguments: ["narrative-wanyuan.txt", "disclosure-yuan.txt", "three-public.txt"])
    func lineEndsDoNotChangeTheReading(_ name: String) throws {
        let text = try String(contentsOfFile: TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports/\(name)"), encoding: .utf8)
        func reading(_ t: String) -> [String] {
            let e = ReportExtractor.extract(text: t, source: name)
            return e.figures.map { "\($0.indicator) \($0.year) \($0.value)" } + ReportAudit.audit(e).map { "\($0.rule) \($0.stated) \($0.consistent)" }.sorted()
        }
        let original = reading(text)
        #expect(!original.isEmpty)
        #expect(reading(text.replacingOccurrences(of: "\n", with: "\r\n")) == original)
        if !name.hasPrefix("disclosure") {   // a table needs its rows
            #expect(reading(text.replacingOccurrences(of: "\n", with: "  ")) == original)
        }
    }

    /// A report whose text is repeated 32 times states the same figures: each is taken where it is first
    /// stated, so the result equals one copy's. (Time against length is measured in the benchmarks, never with
    /// a clock in a unit test.)
    @Test func repeatedTextGivesTheSameFigures() throws {
        let one = try String(contentsOfFile: TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports/narrative-wanyuan.txt"), encoding: .utf8)
        let single = ReportExtractor.extract(text: one, source: "t")
        let many = ReportExtractor.extract(text: String(repeating: one + "\n", count: 32), source: "t")
        #expect(!single.figures.isEmpty)
        #expect(many.figures == single.figures)
    }
}

/// Tables a web page's text left one cell per `|`-ended line (CellGrid): rebuilt into rows in place, each
/// character at its offset; placed by the column of the percents; left alone when nothing places them.
@Suite struct CellGridTests {
    static func lines(_ cells: [String]) -> String { cells.map { $0.isEmpty ? "|" : $0 + " |" }.joined(separator: "\n") }

    @Test func aFundsBlockBecomesRows() throws {
        let text = Self.lines(["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因",
                               "总额", "100.00", "120.00", "108.00", "90.00%", "10", "9", "",
                               "其中：财政资金", "100.00", "110.00", "99.00", "90.00%", "/", "/",
                               "单位资金", "0.00", "10.00", "9.00", "90.00%", "/", "/",
                               "绩效指标(90分)", "一级指标"])
        let entries = CellGrid.entries(text)
        // Every character keeps its place: the entries joined by line breaks are the text with some breaks as spaces.
        #expect(entries.map(\.text).joined(separator: "\n").unicodeScalars.count == text.unicodeScalars.count)
        // ... and only line breaks become spaces.
        #expect(zip(entries.map(\.text).joined(separator: "\n").unicodeScalars, text.unicodeScalars).allSatisfy { $0 == $1 || ($0 == " " && $1 == "\n") })
        let rebuilt = entries.filter(\.rebuilt).map { TableReader.split($0.text).map(\.text) }
        #expect(rebuilt.count == 4)
        #expect(rebuilt[0] == ["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", ""])
        #expect(rebuilt[1] == ["总额", "100.00", "120.00", "108.00", "90.00%", "10", "9", "", ""])
        #expect(rebuilt[2] == ["其中：财政资金", "100.00", "110.00", "99.00", "90.00%", "/", "/", ""])
        #expect(entries.first?.text == "预算执行情况(10分) |" && entries.last?.text == "一级指标 |")
        // Read as a table: the project's budget and spending, the rate checked row by row, the 其中 rows adding up.
        let e = ReportExtractor.extract(text: "2023年度项目支出绩效自评表\n" + text, source: "t")
        #expect(Set(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }).isSuperset(of: ["project_budget 120", "project_expenditure 108", "execution_rate 90"]))
        let checks = ReportAudit.audit(e)
        #expect(checks.filter { $0.rule == "execution-rate" }.map(\.stated).sorted() == [90, 90, 90])
        #expect(checks.contains { $0.rule == "breakdown" && $0.stated == 120 && $0.recomputed == 120 })
        #expect(checks.allSatisfy { $0.consistent })
    }

    /// A 绩效指标 block whose rows keep every cell (ten a row, empty ones as "|"): the rows are rebuilt at the
    /// header's width, the 合计 row's values stand under 权重 and 得分, and the weights and scores add up over the
    /// funds block's 分值 and 得分 too; a score that does not is caught.
    @Test func anIndicatorBlockWithEveryCell() throws {
        func text(total score: String) -> String {
            "2023年度项目支出绩效自评表\n" + Self.lines(["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因",
                                                "总额", "100.00", "120.00", "108.00", "90.00%", "10", "9", "",
                                                "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析",
                                                "产出指标", "数量指标", "养护里程", "≥", "120", "公里", "118", "50", "48", "",
                                                "效益指标", "社会效益指标", "出行条件", "定性", "改善", "", "改善", "30", "30", "",
                                                "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "93", "10", "10", "",
                                                "合计", "100", score, "",
                                                "评价结论", "良好。"])
        }
        let rebuilt = CellGrid.entries(text(total: "97")).filter(\.rebuilt).map { TableReader.split($0.text).map(\.text) }
        #expect(rebuilt.contains { $0.prefix(3) == ["一级指标", "二级指标", "三级指标"] && $0.count == 11 })
        #expect(rebuilt.contains { $0.first == "效益指标" && $0.count == 11 && $0[7] == "30" })
        #expect(rebuilt.last?.first == "合计")
        let right = ReportAudit.audit(ReportExtractor.extract(text: text(total: "97"), source: "t")).filter { $0.check.hasPrefix("合计") }
        #expect(right.map(\.stated).sorted() == [97, 100] && right.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        let wrong = ReportAudit.audit(ReportExtractor.extract(text: text(total: "98"), source: "t")).filter { $0.check.hasPrefix("合计") && !$0.consistent }
        #expect(wrong.map(\.recomputed) == [97])
    }

    /// A two-sided table (收入支出决算总表) comes back as its left table then its right one, every entry's text
    /// where it stands in the original.
    @Test func aTwoSidedTableSplitsInTwo() {
        let text = "说明\n项目 | 行次 | 金额 | 项目 | 行次 | 金额\n一、财政拨款收入 | 1 | 100.00 | 一、农林水支出 | 10 | 90.00\n本年收入合计 | 2 | 100.00 | 本年支出合计 | 11 | 90.00\n结语"
        let entries = CellGrid.entries(text)
        let scalars = Array(text.unicodeScalars)
        for e in entries {
            let n = e.text.unicodeScalars.count
            #expect(String(String.UnicodeScalarView(scalars[e.start..<(e.start + n)])) == e.text)
        }
        #expect(entries.map { $0.text.trimmingCharacters(in: .whitespaces) } == [
            "说明", "项目 | 行次 | 金额", "一、财政拨款收入 | 1 | 100.00", "本年收入合计 | 2 | 100.00",
            "项目 | 行次 | 金额", "一、农林水支出 | 10 | 90.00", "本年支出合计 | 11 | 90.00", "结语"])
        // Laid out by spaces (pdftotext -layout), each line is cut where its fourth cell starts.
        let laid = "项目      行次   金额          项目     行次   金额\n财政拨款收入   1   100.00       农林水支出   10    90.00"
        #expect(CellGrid.entries(laid).map { $0.text.trimmingCharacters(in: .whitespaces) } == [
            "项目      行次   金额", "财政拨款收入   1   100.00", "项目     行次   金额", "农林水支出   10    90.00"])
    }

    /// A note in the last column (原因) between two rows stays in the row before; a bound in it (未达到90%) is no
    /// execution rate.
    @Test func aNoteEndsItsRow() throws {
        let text = "2023年度项目支出绩效自评表\n" + Self.lines(["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因",
                                                       "总额", "238.93", "251.89", "251.89", "100.00%", "10", "",
                                                       "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因。",
                                                       "其中:财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/",
                                                       "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"])
        let rebuilt = CellGrid.entries(text).filter(\.rebuilt).map { TableReader.split($0.text).map(\.text) }
        #expect(rebuilt.count == 4 && rebuilt[1].last(where: { !$0.isEmpty })?.hasPrefix("1.预算执行率") == true)
        let e = ReportExtractor.extract(text: text, source: "t")
        #expect(e.figures.filter { $0.indicator == "execution_rate" }.map(\.value) == [100])
        let checks = ReportAudit.audit(e)
        #expect(checks.filter { $0.rule == "execution-rate" }.count == 2 && checks.contains { $0.rule == "breakdown" && $0.stated == 251.89 })
        #expect(checks.allSatisfy { $0.consistent })
    }

    /// The same form with its rows kept, the header led by a title cell the rows lack (预算执行情况(10分) |
    /// 年度预算数(万元) | 年初预算 ...): the rows' percents under the rate column place their values.
    @Test func aTitleCellBeforeTheHeader() {
        let text = """
            2023年度项目支出绩效自评表
            预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||
            总额 | 0.00 | 3.50 | 3.15 | 90.00% | 10 | 9 | 未达到95%的说明原因 | |||
            其中:财政资金 | 0.00 | 3.50 | 3.15 | 90.00% | / | / | ||||
            """
        let e = ReportExtractor.extract(text: text, source: "t")
        #expect(Set(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" })
            == ["project_budget 3.5", "project_expenditure 3.15", "execution_rate 90", "score_budget_execution 9"])
        let checks = ReportAudit.audit(e)
        #expect(checks.filter { $0.rule == "execution-rate" }.count == 2 && checks.allSatisfy { $0.consistent })
    }

    /// Without one rate column holding every percent (or three rows as wide as the header), the columns cannot be
    /// placed: the lines stay lines.
    @Test func unplacedCellsStayLines() {
        let noRate = Self.lines(["项目", "年初预算", "调整后预算数", "预算执行数", "总额", "100.00", "120.00", "108.00"])
        #expect(CellGrid.entries(noRate).allSatisfy { !$0.rebuilt })
        let scattered = Self.lines(["项目", "年初预算", "预算执行数", "预算执行率", "总额", "100.00", "90.00%", "90.00%"])
        #expect(CellGrid.entries(scattered).allSatisfy { !$0.rebuilt })
        let indicators = Self.lines(["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分", "产出指标", "数量指标", "面积", "≥3", "3.2", "20", "20"])
        #expect(CellGrid.entries(indicators).allSatisfy { !$0.rebuilt })
    }

    /// A cell broken over two lines inside a one-cell-per-line table (预 算 / 数 |, 公务用车购置及运行 / 维护费 |, after
    /// LF or CRLF) is one cell: the table reads as with the cell whole, every character at its offset; a short line
    /// before a table's first cell line is no part of it.
    @Test func aCellBrokenOverTwoLines() {
        let whole = ["项 目", "预 算 数", "决 算 数", "", "合 计", "58", "41.62", "", "因公出国(境)费", "0", "0", "", "公务接待费", "6", "4.37",
                     "", "公务用车购置及运行维护费", "52", "37.25"]
        let title = "示例县农业农村局2022年度“三公”经费支出决算情况说明\n单位:万元\n"
        let text = title + Self.lines(whole)
        let broken = text.replacingOccurrences(of: "预 算 数 |", with: "预 算\n数 |")
            .replacingOccurrences(of: "公务用车购置及运行维护费 |", with: "公务用车购置及运行\n维护费 |")
        #expect(broken != text)
        func read(_ t: String) -> [String] {
            ReportAudit.audit(ReportExtractor.extract(text: t, source: "t")).map { "\($0.check) \($0.stated) \($0.recomputed)" }.sorted()
        }
        let expected = read(text)
        #expect(expected.contains("合计 (actual) 2022 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行维护费 41.62 41.62"), "\(expected)")
        #expect(read(broken) == expected)
        #expect(read(broken.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
        // Offsets unchanged: every cell's number stands at its statement's offset in the text.
        let scalars = Array(broken.unicodeScalars)
        let cells = ReportExtractor.extract(text: broken, source: "t").statements.filter(\.isTableCell)
        #expect(cells.count >= 8)
        for st in cells {
            let digits = String(String.UnicodeScalarView(scalars[st.offset...].prefix { ("0"..."9").contains($0) || $0 == "." }))
            #expect(Double(digits) == st.value, "\(st.label) at \(st.offset)")
        }
        #expect(CellGrid.isCellFragment("预 算") && !CellGrid.isCellFragment("单位:万元") && !CellGrid.isCellFragment("41.62"))
    }

    /// A classification table with its codes (201 一般公共服务支出 over 20101 人大事务 and 20103 …), in bars with a
    /// closing bar: each 类 row adds up its 款 rows, the 合计 adds up the 类 rows only (not every row twice), and the
    /// columns (合计 | 基本支出 | 项目支出) add up across.
    @Test func aClassificationTableByItsCodes() {
        func c(_ office: String) -> [AuditCheck] {
            ReportAudit.audit(ReportExtractor.extract(text: """
            示例镇人民政府2024年部门预算公开说明
            一般公共预算支出功能分类预算表
            单位：万元
            | 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
            | | 合计 | 620.00 | 520.00 | 100.00 |
            | 201 | 一般公共服务支出 | 500.00 | 400.00 | 100.00 |
            | 20101 | 人大事务 | 50.00 | 40.00 | 10.00 |
            | 20103 | 政府办公厅（室）及相关机构事务 | \(office) | 360.00 | 90.00 |
            | 208 | 社会保障和就业支出 | 120.00 | 120.00 | 0.00 |
            | 20805 | 行政事业单位养老支出 | 120.00 | 120.00 | 0.00 |
            """, source: "t")).filter { $0.rule == "breakdown" }
        }
        let right = c("450.00")
        #expect(right.count == 12 && right.allSatisfy(\.consistent), "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 620 && $0.recomputed == 620 && $0.check.hasSuffix("一般公共服务支出 + 社会保障和就业支出") })
        #expect(right.contains { $0.stated == 500 && $0.recomputed == 500 && $0.check.hasSuffix("人大事务 + 政府办公厅（室）及相关机构事务") })
        let wrong = c("540.00")
        #expect(wrong.filter { !$0.consistent }.map(\.recomputed).sorted() == [450, 590], "\(wrong.filter { !$0.consistent }.map(\.check))")
    }

    /// The department of a form: its 主管部门 field when the title names none (or names only the form).
    @Test func departmentFromTheFormsField() {
        let form = "部门预算项目支出绩效自评表(2023年度) |\n项目名称 |\n某项目 |\n主管部门 |\n示例县农业农村局 |\n实施单位 (盖章) |\n示例县中心 |\n"
        #expect(ReportExtractor.extract(text: form, source: "f").department == "示例县农业农村局")
        let inline = "2021年度部门整体绩效自评表\n主管部门：示例市融媒体中心        财政处室：\n"
        #expect(ReportExtractor.extract(text: inline, source: "f").department == "示例市融媒体中心")
        // A section heading before the year is no name: the source's name stands.
        #expect(ReportExtractor.extract(text: "第二部分 2022年度单位决算情况说明\n本单位收入100万元。", source: "f.txt").department == "f.txt")
        #expect(ReportExtractor.extract(text: "湖南省示例厅2023年度部门决算\n", source: "f").department == "湖南省示例厅")
        // The kind's opening quote is no part of the name before it.
        #expect(ReportExtractor.extract(text: "2024年示例市本级“三公经费”财政拨款预算12.50亿元。", source: "f").department == "示例市本级")
        // A title naming only the place, a field naming the body in full.
        let place = "示例市2018年度部门整体支出\n\n绩效评价自评报告\n\n部门(单位)名称:  示例市城市管理监督指挥中心        \n\n预 算 编 码:   906017\n"
        #expect(ReportExtractor.extract(text: place, source: "f").department == "示例市城市管理监督指挥中心")
    }
}

/// Comparisons as published disclosures phrase them, which once raised false alarms.
@Suite struct ComparisonPhrasingTests {
    func checks(_ text: String) -> [AuditCheck] { ReportAudit.audit(ReportExtractor.extract(text: text, source: "t")) }

    /// 较2024年的2190万元减少221万元: the 2190 is the base year's level, not this year's.
    @Test func theBaseLevelNamedWithDe() {
        let c = checks("2025年示例市“三公”经费预算情况说明\n2025年“三公”经费预算总额为1,500万元，较2024年的1,600万元减少100万元，下降6.25%；其中：公务接待费200万元，公务用车购置及运行维护费1,300万元。")
        #expect(c.contains { $0.rule == "change" && $0.stated == -100 && $0.recomputed == -100 })
        #expect(c.contains { $0.rule == "change-percent" && $0.consistent && abs($0.recomputed + 6.25) < 0.01 })
        expectConsistent(c)
    }

    /// Items that share a subject (事业收入, 经营收入 and 其他收入 are all other revenue; 总收入 holds 本年收入) are
    /// not one figure stated twice; a shortened name after a statement (一般公共预算财政拨款 after 一般公共预算财政拨款
    /// 支出) is that statement, not the revenue of the same name.
    @Test func itemsOfOneSubjectAreNotRestatements() {
        let c = checks("""
            示例单位2020年度单位决算
            2020年本年收入合计1,000.00万元，其中：一般公共预算财政拨款收入600.00万元，占60%；事业收入300.00万元，占30%；经营收入60.00万元，占6%；其他收入40.00万元，占4%。
            2020年本年支出合计1,100.00万元，其中：基本支出700.00万元，占63.64%；项目支出400.00万元，占36.36%。
            2020年一般公共预算财政拨款支出800.00万元，占本年支出合计的72.73%。与2019年相比，一般公共预算财政拨款增加50.00万元，增长6.67%。
            本单位2020年度总收入1,200.00万元，其中本年收入1,000.00万元。
            """)
        #expect(!c.contains { $0.rule == "restated" }, "\(c.filter { $0.rule == "restated" }.map(\.check))")
        expectConsistent(c)
    }

    /// 全市 and 市级 totals are two bodies' totals, not one stated twice.
    @Test func twoBodiesTotalsAreNotRestatements() {
        let c = checks("示例市2023年预算执行情况\n2023年，全市一般公共预算总收入600.00亿元。\n2023年，市级一般公共预算总收入300.00亿元。")
        #expect(!c.contains { $0.rule == "restated" }, "\(c.map(\.check))")
    }

    /// 比预算增加0万元，比去年增加1.2万元: two changes against two bases, not one change stated twice.
    @Test func againstTheBudgetAndAgainstLastYear() {
        let c = checks("示例中心2020年度部门决算\n2020年度“三公”经费支出决算总额为4.8万元，比预算增加0万元，比去年增加1.2万元，增长33.3%。其中，公务用车购置及运行费支出决算3.6万元，公务接待费支出决算1.2万元。")
        #expect(!c.contains { $0.rule == "change-restated" })
        expectConsistent(c)
    }
}

/// Phrasings met in published 决算 and 自评 disclosures, in invented text.
@Suite struct PublishedPhrasingTests {
    func extraction(_ text: String) -> ReportExtraction { ReportExtractor.extract(text: text, source: "t.txt") }

    /// A title naming its body with the word for its kind after it (财政局部门2022年度部门决算): the body.
    @Test func aBodyNamedWithItsKind() {
        #expect(extraction("财政局部门2022年度部门决算\n一、收入支出决算总体情况说明\n2022年度收入总计1,000.00万元。").department == "财政局")
        #expect(extraction("示例县委组织部部门2023年度部门预算\n一、收支预算总体情况\n2023年收入总计50.00万元。").department == "示例县委组织部")
        // A place's department for a domain keeps its name (示例县教育部门 is no body plus a kind).
        #expect(ReportExtractor.withoutKindWord("示例县教育部门") == "示例县教育部门")
    }

    /// Shares of a whole the text never states: when their parts are an identity's (basic + project), the whole
    /// is their sum and a wrong share is found (as in a published 预算 whose 基本支出 took 84.06% and 项目支出 19.62%
    /// of one whole); shares that fall short of 100% may leave parts unnamed, and nothing is checked.
    @Test func sharesOfAWholeNeverStated() {
        func checks(_ basicShare: String, _ projectShare: String) -> [AuditCheck] {
            ReportAudit.audit(extraction("""
            示例县示例局2024年部门预算公开说明
            五、一般公共预算支出情况说明
            1. 基本支出预算2476260.58元，占一般公共预算支出的\(basicShare)%，同比减少4966.66元。
            2. 项目支出469500元，占一般公共预算支出的\(projectShare)%，同比增加70100元。
            """)).filter { $0.rule == "share" }
        }
        let wrong = checks("84.06", "19.62")
        #expect(wrong.count == 2, "\(wrong.map(\.check))")
        #expect(wrong.contains { $0.stated == 84.06 && $0.consistent } && wrong.contains { $0.stated == 19.62 && !$0.consistent && abs($0.recomputed - 15.938) < 0.001 })
        #expect(checks("84.06", "15.94").allSatisfy { $0.consistent } && checks("84.06", "15.94").count == 2)
        // 70% and 15%: the whole may have a part not named (经营支出): no check.
        #expect(checks("70.00", "15.00").isEmpty)
    }

    /// A 其中 list after two totals of one subject is the one it adds up to (the outturn, not the budget stated
    /// last); a list that adds up to neither stays with the nearer and is flagged.
    @Test func partsAfterTwoTotalsAreTheOneTheyAddUpTo() {
        func threePublic(_ reception: String) -> [AuditCheck] {
            ReportAudit.audit(extraction("""
            示例镇2023年度部门决算公开说明
            2023年度“三公”经费财政拨款支出决算数为12.36万元，完成预算的82.40%，“三公”经费财政拨款支出预算为15.00万元。其中：公务接待费\(reception)万元，公务用车运行维护费9.20万元，因公出国（境）费0万元。
            """)).filter { $0.rule == "identity" || $0.rule == "breakdown" }
        }
        let outturn = threePublic("3.16")
        #expect(!outturn.isEmpty && outturn.allSatisfy { $0.consistent && $0.stated == 12.36 }, "\(outturn.map(\.check))")
        let neither = threePublic("4.16")
        #expect(neither.contains { !$0.consistent && $0.stated == 15 }, "\(neither.map(\.check))")
    }

    /// An amount whose label names an adjustment (调增一般公共预算支出 6.54 亿元, as a published 预算调整方案 states
    /// it) is no figure of the subject and no restatement of it; a budget's adjustments still add up to its whole.
    @Test func adjustmentsAreNoLevels() {
        let e = extraction("""
        示例区2024年财政预算调整方案
        调增上级补助收入6.98亿元。调增一般公共预算支出6.54亿元，其中：调增化债专项资金支出0.99亿元，调增民生和社会发展重点项目支出5.55亿元。
        调整后，一般公共预算支出73.89亿元。
        """)
        #expect(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" } == ["total_expenditure 738900"], "\(e.figures.map(\.indicator))")
        let checks = ReportAudit.audit(e)
        #expect(checks.allSatisfy { $0.consistent }, "\(checks.filter { !$0.consistent }.map(\.check))")
        #expect(checks.contains { $0.rule == "breakdown" && $0.stated == 65400 && $0.consistent })
        let adjusted = ReportAudit.audit(extraction("示例局2023年度项目支出绩效自评报告\n该项目年初预算120.00万元，年中追加15.50万元，全年预算135.50万元。"))
        #expect(adjusted.contains { $0.rule == "budget-adjustment" && $0.stated == 135.5 && $0.consistent }, "\(adjusted.map(\.check))")
    }

    /// A whole named by listing all its parts (因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数) or by 总支出
    /// after its name (“三公”经费总支出) is that whole; two of three parts name no whole.
    @Test func aWholeNamedByItsParts() {
        let text = """
        示例署2010年度“三公”经费情况
        2010年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数300.00万元、决算数280.00万元。2010年“三公”经费财政拨款预算中，因公出国(境)费50.00万元，公务用车购置及运行费150.00万元，公务接待费100.00万元。
        """
        let e = extraction(text)
        #expect(e.figures.contains { $0.indicator == "three_public_budget" && $0.value == 300 })
        #expect(e.figures.contains { $0.indicator == "three_public_expenditure" && $0.value == 280 })
        // (The parts' sum, as the list the year's item opens with 中 breaks down, or as the vocabulary's identity.)
        #expect(ReportAudit.audit(e).contains { $0.stated == 300 && $0.recomputed == 300 && $0.consistent && ["identity", "breakdown"].contains($0.rule) })
        let two = extraction("示例局2010年度决算\n2010年公务用车购置及运行费和公务接待费的财政拨款预算数250.00万元。")
        #expect(!two.figures.contains { $0.indicator.hasPrefix("three_public") })
        let total = extraction("示例局2020年度“三公”经费决算情况\n2020年度全区“三公”经费总支出为1928.76万元。")
        #expect(total.figures.map(\.indicator) == ["three_public_expenditure"])
    }

    /// A 三公 table one cell per line whose only percent sits under a column the reader does not know as a rate
    /// (支出减少率), its amounts under a year's spending (2020年度支出 (万元)): rebuilt cell for cell, every row as wide
    /// as the header, and its totals checked.
    @Test func aCellTableUnderAYearsSpending() {
        let cells = ["经费项目", "2020年度支出 (万元)", "支出减少情况(万元)", "支出减少率",
                     "因公出国(境)费", "0", "0", "0%", "公务接待费", "70.50", "-", "-",
                     "公务用车购置及运行维护费", "1800.20", "-", "-", "公务用车购置费", "400.00", "-", "-",
                     "公务用车运行维护费", "1400.20", "-", "-", "总“三公”经费支出", "1880.70", "-", "-"]
        let text = "示例区2020年度“三公”经费决算情况\n" + cells.map { $0 + " |" }.joined(separator: "\n") + "\n"
        let c = ReportAudit.audit(extraction(text))
        #expect(c.contains { $0.stated == 1800.20 && abs($0.recomputed - 1800.20) < 1e-9 && $0.consistent })
        #expect(c.contains { $0.stated == 1880.70 && abs($0.recomputed - 1870.70) < 1e-9 && !$0.consistent }, "\(c.map(\.check))")
        #expect(TableReader.yearsSpending("2020年度支出 (万元)") && TableReader.yearsSpending("本年支出"))
        #expect(!TableReader.yearsSpending("基本支出") && !TableReader.yearsSpending("支出减少情况(万元)"))
    }

    /// A news report of several departments' accounts: each part of a sentence that opens with another body's name
    /// states that body's figures, checked against its own and never against the report's; one body named alone
    /// is the report's own by another name.
    @Test func figuresOfOtherBodies() {
        #expect(ReportExtractor.namedBody(opening: "其中，今年示例市公安局的“三公”经费") == "示例市公安局")
        #expect(ReportExtractor.namedBody(opening: "示例市教育委员会2023年“三公”经费") == "示例市教育委员会")
        #expect(ReportExtractor.namedBody(opening: "示例市环境保护局“三公”经费") == "示例市环境保护局")
        for text in ["市财政局为我单位追加预算", "本局的“三公”经费", "局机关在职", "在县政府的支持下"] {
            #expect(ReportExtractor.namedBody(opening: text) == nil, "\(text)")
        }
        let news = """
        示例市部门决算公开
        2023年市级部门“三公”经费财政拨款决算600.00万元，比年初预算650.00万元减少50.00万元。其中，示例市公安局“三公”经费财政拨款决算300.00万元，比预算减少20.00万元，下降6.25%；示例市教育局的“三公”经费财政拨款决算93.00万元，其中公务接待费30.00万元、公务用车运行维护费60.00万元。
        """
        let e = extraction(news)
        let c = ReportAudit.audit(e)
        // The city's change against the budget stated before the change word; the police's percent from its own
        // stated amount (20 / 320); the education bureau's parts (90) against its total (93): its own error.
        #expect(c.contains { $0.stated == -50 && $0.recomputed == -50 && $0.consistent })
        #expect(c.contains { $0.stated == -6.25 && abs($0.recomputed + 6.25) < 1e-9 && $0.consistent })
        #expect(c.contains { $0.stated == 93 && abs($0.recomputed - 90) < 1e-9 && !$0.consistent })
        #expect(c.filter { !$0.consistent }.count == 1, "\(c.map(\.check))")
        #expect(e.figures.map(\.value) == [600, 650])
        // One body named alone is the report's own (its short name): its figures stay the report's.
        let own = extraction("示例县文学艺术界联合会2023年度部门决算\n县文联的“三公”经费财政拨款决算12.00万元，其中公务接待费4.00万元、公务用车运行维护费8.00万元。")
        #expect(own.figures.contains { $0.indicator == "three_public_expenditure" && $0.value == 12 })
        #expect(own.statements.allSatisfy { $0.body == nil })
    }
    func checks(_ text: String) -> [AuditCheck] { ReportAudit.audit(extraction(text)) }

    /// 上级补助收入 10 万元，为……的收入。较 2020 年度决算数增加 2 万元: the sentence that opens with its comparison
    /// is about the level the sentence before stated; a wrong percent there is caught.
    @Test func aSentenceOpeningWithItsComparisonContinuesTheLevelBefore() {
        let text = """
            示例单位2021年度单位决算
            1.一般公共预算财政拨款收入400.00万元，为本级财政当年拨付的资金。较2020年度决算数减少100.00万元，下降20%，主要原因是人员减少。
            2.上级补助收入10.00万元，为事业单位开展业务活动取得的收入。较2020年度决算数增加2.00万元，增长PCT%，主要原因是业务增加。
            """
        let right = checks(text.replacingOccurrences(of: "PCT", with: "25"))
        let percents = right.filter { $0.rule == "change-percent" }
        #expect(percents.count == 2, "\(right.map(\.check))")
        #expect(percents.contains { abs($0.recomputed + 20) < 0.01 } && percents.contains { abs($0.recomputed - 25) < 0.01 })
        #expect(right.allSatisfy { $0.consistent })
        let wrong = checks(text.replacingOccurrences(of: "PCT", with: "30"))
        #expect(wrong.contains { $0.rule == "change-percent" && !$0.consistent && abs($0.recomputed - 25) < 0.01 })
    }

    /// 项目总成本≤90万元 is the target of a cost indicator, not the project's spending; 完成预算资金 is what was spent.
    @Test func aBoundIsNoFigureAndCompletedBudgetIsSpending() {
        let e = extraction("示例项目支出绩效自评报告（2022年度）\n本项目共申请预算资金90.00万元。本项目共完成预算资金88.50万元。成本指标：项目总成本≤95万元。")
        let spent = e.figures.filter { $0.indicator == "project_expenditure" }.map(\.value)
        #expect(spent == [88.5], "\(e.figures.map { "\($0.indicator)=\($0.value)" })")
        #expect(e.figures.contains { $0.indicator == "project_budget" && $0.value == 90 })
    }

    /// 其中：30 万元用于审计；30 万元用于设计: parts named by their use add up to the total, and parts that
    /// exceed it are flagged.
    @Test func partsNamedByTheirUse() {
        func sums(_ last: String) -> [AuditCheck] {
            checks("示例项目支出绩效自评报告（2022年度）\n本项目共申请预算资金90.00万元。其中：30.00万元用于审计；30.00万元用于设计；\(last)万元用于测绘。")
                .filter { $0.rule == "breakdown" }
        }
        let right = sums("30.00"), wrong = sums("35.00")
        #expect(right.count == 1 && right[0].recomputed == 90 && right[0].consistent, "\(right.map(\.check))")
        #expect(wrong.count == 1 && wrong[0].recomputed == 95 && !wrong[0].consistent, "\(wrong.map(\.check))")
    }

    /// Each item's actual beside its budget and their difference (支出 1 万元，年初预算为 1.5 万元，差值为 0.5 万元；…)
    /// compares; it is no breakdown of the difference above it.
    @Test func itemsWithActualBudgetAndDifferenceAreNotASum() {
        let c = checks("""
            示例局2020年度部门决算
            2020年度本部门“三公”经费支出3.00万元，年初预算为4.00万元，差值为1.00万元。其中：公务接待费支出1.00万元，年初预算为1.50万元，差值为0.50万元；公务用车运行维护费支出2.00万元，年初预算为2.50万元，差值为0.50万元。
            """)
        expectConsistent(c)
    }

    /// 商品和服务支出 under 基本支出 and again under 项目支出, each sentence naming its whole by its share (占基本支出
    /// 预算 / 占项目支出预算): two items, not one stated twice; the same item under the same whole still is.
    @Test func partsOfTwoNamedWholesAreNotRestatements() {
        func restated(_ second: String) -> [AuditCheck] {
            checks("""
                示例局2024年部门预算公开说明
                1.基本支出预算300.00万元，占一般公共预算支出的60%。其中：工资福利支出预算250.00万元，占基本支出预算83.33%。
                商品和服务支出预算50.00万元，占基本支出预算16.67%。
                2.项目支出200.00万元，占一般公共预算支出的40%。其中：资本性支出120.00万元，占项目支出预算60%。
                商品和服务支出80.00万元，占\(second)预算40%。
                """).filter { $0.rule == "restated" }
        }
        #expect(restated("项目支出").isEmpty, "\(restated("项目支出").map(\.check))")
        #expect(restated("基本支出").contains { !$0.consistent })
    }

    /// 年初批复预算 985 万元（含 2023 年结转项目 1 个）: the year in the note is the note's; the budget is the report's year.
    @Test func aYearInsideANoteIsNotTheFiguresYear() {
        let e = extraction("示例中心2024年度项目支出绩效单位自评报告\n2024年，示例中心实施项目共15个（含2023年转列项目5个），调整预算后项目预算861.46万元（含2023年结转资金50万元），实际支出800.00万元。")
        #expect(e.figures.contains { $0.indicator == "project_budget" && $0.year == 2024 && $0.value == 861.46 }, "\(e.figures.map { "\($0.indicator) \($0.year) \($0.value)" })")
        #expect(!e.figures.contains { $0.year == 2023 })
    }

    /// 分别为 A 和 B, 占…的 X% 和 Y%: amounts joined by 和 go to as many items. With 分别 and a listed whole each
    /// share is of its own whole; without 分别 the reader cannot tell them apart and attributes neither.
    @Test func amountsJoinedByHe() {
        let c = checks("""
            示例市2019年政府采购情况
            2019年全市政府采购规模为300.0亿元，较上年减少20.0亿元，下降6.25%，占全市财政支出和地区生产总值的比重分别为10.0%和3.3%。
            市级预算单位、县级预算单位政府采购规模分别为100.0亿元和200.0亿元，占全市政府采购规模的33.3%和66.7%。
            """)
        expectConsistent(c)
        #expect(c.contains { $0.rule == "change-percent" && abs($0.recomputed + 6.25) < 0.01 })
        // With 分别 and the whole stated, each share is its own item's, and a wrong one is caught.
        func shares(_ second: String) -> [AuditCheck] {
            checks("示例市2019年政府采购情况\n2019年全市政府采购规模为300.0亿元。市级预算单位、县级预算单位政府采购规模分别为100.0亿元和200.0亿元，分别占全市政府采购规模的33.3%和\(second)%。")
                .filter { $0.rule == "share" }
        }
        #expect(shares("66.7").map { ($0.recomputed * 100).rounded() / 100 } == [33.33, 66.67] && shares("66.7").allSatisfy { $0.consistent })
        #expect(shares("60.7").filter { !$0.consistent }.map(\.stated) == [60.7])
    }

    /// The title line after a site's banner, an index card or a file name names the department; a heading that
    /// names a table (2022年度财政拨款收入、支出决算情况说明) does not.
    @Test func theTitleLineBelowABannerNamesTheDepartment() {
        let tail = "\n本年支出合计100.00万元。"
        #expect(extraction("欢迎访问示例县人民政府门户网站！今日是：\n当前所在位置：\n\n示例县某镇人民政府2019年部门预算及“三公”经费 预算公开说明\n" + tail).department == "示例县某镇人民政府")
        #expect(extraction("索引号: abc/2025-00002\n- 发布机构: 示例州数据中心\n- 发布日期: 2025-04-29\n示例州数据中心2024年度项目支出绩效单位自评报告\n" + tail).department == "示例州数据中心")
        #expect(extraction("2021年度部门决算公开说明-堤防处.pdf\n示例区河道堤防管理处 2021 年度决算公开说明 （目录）\n" + tail).department == "示例区河道堤防管理处")
        #expect(extraction("2022年示例区人民政府决算公开\n目 录\n" + tail).department == "示例区人民政府")
        #expect(extraction("第二部分 2022年度单位决算情况说明\n\n四、2022年度财政拨款收入、支出决算总体情况说明\n" + tail).department == "t.txt")
    }

    /// Page furniture between a change word and its amount (比上年增加 / 第 4 页 共 12 页 / 80.00万元) is dropped, and
    /// the title line is no part of the first sentence's labels.
    @Test func pageFurnitureAndTheTitleLine() {
        let c = checks("示例局2023年度部门决算\n2023年度本年收入合计1,000.00万元，其中：财政拨款收入900.00\n\n— 3 —\n\n万元，占90%；其他收入100.00万元，占10%。本年支出合计980.00万元，比上年增加\n\n第 4 页 共 12 页\n\n80.00万元，增长8.89%。")
        #expect(c.contains { $0.rule == "change-percent" && abs($0.recomputed - 8.89) < 0.01 }, "\(c.map(\.check))")
        #expect(c.contains { $0.rule == "breakdown" && $0.check.hasPrefix("本年收入合计 2023") }, "\(c.map(\.check))")
        for line in ["第 4 页 共 12 页", "共12页 第4页", "4 / 12", "Page 4 of 12", "— 3 —", "第3页"] { #expect(ReportText.isPageNumber(line), "\(line)") }
        for line in ["第3部分", "2023", "本年收入合计1,000.00万元"] { #expect(!ReportText.isPageNumber(line), "\(line)") }
    }

    /// A monthly statement's phrasing: 完成年初预算数 X 万元的 y% states the budget, not the item; 减收 / 增收 are
    /// changes, and the changes after it are the item's. A wrong percent among them is caught.
    @Test func completedBudgetAndChangesInRevenue() {
        func c(_ pct: String) -> [AuditCheck] {
            checks("示例县2024年1-4月财政收支情况\n4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降\(pct)%。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；非税收入16524万元，比上年减收2354万元，下降12.5%。")
        }
        let right = c("4.2")
        expectConsistent(right)
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 24627 } && right.contains { $0.rule == "change-breakdown" && $0.stated == -1070 })
        #expect(c("5.2").contains { $0.rule == "change-percent" && !$0.consistent && abs($0.recomputed + 4.16) < 0.01 })
    }

    /// A news headline's verb is no part of the name (示例局公开2024年部门预算), and a budget's change from last year
    /// is not checked against last year's outturn stated only further down.
    @Test func aHeadlineAndAnOutturnStatedLater() {
        let text = "示例局公开2024年部门预算\n2024年示例局“三公”经费财政拨款预算为100.00万元，比2023年减少20.00万元。其中，公务接待费预算40.00万元，公务用车购置及运行费预算60.00万元。\n据介绍，2023年示例局“三公”经费财政拨款决算为110.00万元。"
        #expect(extraction(text).department == "示例局")
        #expect(extraction("示例部提出2024年部门决算报告\n2024年示例部支出总计100.00万元。").department == "示例部")
        for title in ["关于示例局2023年度部门决算的说明", "示例局关于2023年度部门决算公开的说明", "附件2：示例局2023年度项目支出绩效自评表"] {
            #expect(extraction(title + "\n2023年度收入总计500.00万元。").department == "示例局", "\(title)")
        }
        let c = checks(text)
        #expect(!c.contains { $0.rule == "change" }, "\(c.map(\.check))")
        #expect(c.allSatisfy { $0.consistent })
        // Stated before the change, last year's outturn is the base (a budget against last year's actual).
        let before = checks("示例局2024年“三公”经费预算说明\n2023年“三公”经费财政拨款决算为110.00万元。2024年“三公”经费财政拨款预算为100.00万元，比上年减少20.00万元。")
        #expect(before.contains { $0.rule == "change" && $0.recomputed == -10 && !$0.consistent })
    }

    /// A、B、C分别为 x、y、z with the items' full names: each amount is its item's, and the items add up to the total.
    @Test func fullNamesDistributedBy分别() {
        func c(_ last: String) -> [AuditCheck] {
            checks("示例局2024年“三公”经费预算情况说明\n2024年“三公”经费预算25.00万元，其中：因公出国（境）费、公务接待费、公务用车购置及运行维护费分别为0万元、5.00万元、\(last)万元。")
        }
        let right = c("20.00")
        #expect(!right.contains { $0.rule == "restated" }, "\(right.map(\.check))")
        // (Checked once, as the text's breakdown: the 三公 identity over the same parts is the same finding.)
        #expect(right.filter { ["identity", "breakdown"].contains($0.rule) && $0.stated == 25 }.map(\.rule) == ["breakdown"] && right.allSatisfy { $0.consistent })
        #expect(c("21.00").contains { $0.rule == "breakdown" && $0.recomputed == 26 && !$0.consistent })
    }

    /// A list item (（一）本单位…) and prose after a field's name (预算单位在"财政拨款收入"之外…) name no department.
    @Test func listItemsAndProseNameNoDepartment() {
        #expect(extraction("（一）本单位2021年度总收入581.45万元，其中本年收入390.55万元。").department == "t.txt")
        let prose = extraction("6.其他收入0.00万元，为预算单位在“财政拨款收入”“事\n业收入”之外取得的收入。2023年度总支出125.08万元。")
        #expect(prose.department == "t.txt")
        #expect(extraction("部门名称：示例县水利局\n2023年度部门整体支出绩效自评报告\n").department == "示例县水利局")
    }

    /// A grand total's 其中 list holds the year's own total (收入总计 = 本年收入合计 + 非财政拨款结余 + 年初结转和结余),
    /// 非财政拨款 is not an appropriation, and a comparison in a clause of its own (…总体与上年相比，增加 X) is the
    /// change's subject and base.
    @Test func aGrandTotalsPartsAndAComparisonClause() {
        func c(_ carried: String, _ pct: String) -> [AuditCheck] {
            checks("示例中心2023年度部门决算公开说明\n2023年度收入总计434.72万元,其中:本年收入合计434.16万元,使用非财政拨款结余0.00万元,年初结转和结余\(carried)万元。\n收入支出总体与上年相比,增加58.21万元,增长\(pct)%,主要原因是人员增加。")
        }
        let right = c("0.55", "15.46")
        expectConsistent(right)
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 434.72 && abs($0.recomputed - 434.71) < 1e-9 })
        #expect(right.contains { $0.rule == "change-percent" && $0.stated == 15.46 })
        #expect(c("1.55", "15.46").contains { $0.rule == "breakdown" && !$0.consistent })
        #expect(c("0.55", "16.46").contains { $0.rule == "change-percent" && !$0.consistent })
        let statements = extraction("2023年度收入总计434.72万元,其中:本年收入合计434.16万元,使用非财政拨款结余0.00万元。").statements
        #expect(statements.contains { $0.label == "使用非财政拨款结余" && $0.subject == nil })
    }

    /// Amounts listed with the unit once (各是 A、B 万元; 各减少 A,B 万元, 各下降 x%、y%) go to the listed items in
    /// order, and 0.00 万 is 万元.
    @Test func aListSharingOneUnitDistributedBy各() {
        func c(_ second: String) -> [AuditCheck] {
            checks("示例局2022年度单位决算\n2022年度收、支总计各是4125.49、4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、\(second)%。")
        }
        let right = c("38.29")
        expectConsistent(right)
        #expect(right.contains { $0.stated == -38.29 && $0.check.contains("支出总计") })
        #expect(right.contains { $0.stated == -23.51 && $0.check.contains("收入总计") })
        #expect(c("36.29").contains { $0.stated == -36.29 && !$0.consistent })
        let figures = extraction("示例局2022年度单位决算\n2022年度收、支总计各是4125.49、4143.91万元。").figures
        #expect(figures.contains { $0.indicator == "budget_revenue" && $0.value == 4125.49 })
        #expect(figures.contains { $0.indicator == "total_expenditure" && $0.value == 4143.91 })
        let cut = extraction("示例站2023年度单位决算\n2023年度经营收入 12.50 万,较上年增加 2.50 万元。").statements
        #expect(cut.contains { $0.value == 12.5 && $0.unit == "万元" })
        // Without 各 or 分别 a list is not attributed; bare numbers before another unit take none.
        #expect(extraction("示例局2022年度单位决算\n2022年度收、支总计4125.49、4143.91万元。").figures.isEmpty)
        #expect(!extraction("示例局2022年度单位决算\n2022年度共4125.49,比上年增长3.00%。").statements.contains { $0.value == 4125.49 })
    }

    /// 上升 is a change word as 增加 is: after 各 (收、支总计各上升 C) and in a clause of its own without a comparison
    /// (…，上升 C 万元，上升 x%).
    @Test func 上升AsAChangeWord() {
        for (opening, change) in [("2024年度收、支总计均为1,842.65万元。与2023年相比，收、支总计各上升", "，增长"),
                                  ("2024年度支出总计1,842.65万元，上升", "，上升")] {
            func text(_ percent: String) -> String { "示例中心2024年度单位决算公开说明\n\(opening)126.40万元\(change)\(percent)%。\n" }
            expectRightAndWrong(checks, right: text("7.36"), wrong: text("8.36"), recomputed: 126.40 / (1_842.65 - 126.40) * 100) {
                $0.rule == "change-percent"
            }
        }
    }

    /// 本年度 names the report's year as 2023年度 does: no part of a label (本年度会议费支出 is 会议费支出, which the change
    /// after the average per person names again; 本年 alone stays, 本年支出合计).
    @Test func 本年度AsTheReportsYear() {
        func meetings(_ percent: String) -> String {
            "示例局2023年度部门决算公开说明\n（二）会议费支出情况\n本年度会议费支出7.84万元，全年召开会议14次，参会1,120人次，人均会议费70.00元；会议费较上年9.12万元减少1.28万元，下降\(percent)%。\n"
        }
        expectRightAndWrong(checks, right: meetings("14.04"), wrong: meetings("15.04"), recomputed: -1.28 / 9.12 * 100) {
            $0.rule == "change-percent"
        }
        let share = checks("示例局2023年度部门决算公开说明\n本年度本年支出合计1,902.82万元。\n本年度一般公共预算财政拨款支出1,736.42万元，占本年支出合计的91.26%。\n")
        #expect(share.map(\.check) == ["share of 一般公共预算财政拨款支出 in 本年支出合计 (2023, %)"], "\(share)")
    }

    /// An item's 支出预算 or 支出决算 (农林水支出预算 A，占 x%；…) is that item's money, as 农林水支出 is: the parts of the total
    /// stated before them, no restatement of the department's spending (four false alarms before). A body's, a year's and
    /// a total's stay the department's (教育厅支出决算, 2024年支出预算, 青石镇收入预算总计). And a bare 占 in the next sentence
    /// is not of the whole a share before the full stop named (占本年支出合计的).
    @Test func anItems支出预算IsNoTotal() {
        func budget(_ farm: String) -> String {
            "示例局2024年部门预算公开说明\n2024年支出预算1,348.05万元。\n2024年一般公共预算拨款支出预算1,289.47万元，占支出预算的95.65%。\n农林水支出预算1,102.35万元，占\(farm)%；社会保障和就业支出预算121.84万元，占9.45%；卫生健康支出预算35.12万元，占2.72%；住房保障支出预算30.16万元，占2.34%。\n"
        }
        #expect(!checks(budget("85.49")).contains { $0.rule == "restated" }, "\(checks(budget("85.49")))")
        #expect(checks(budget("85.49")).contains { $0.rule == "breakdown" && $0.consistent && $0.stated == 1_289.47 })
        expectRightAndWrong(checks, right: budget("85.49"), wrong: budget("86.49"), recomputed: 1_102.35 / 1_289.47 * 100) {
            $0.rule == "share" && $0.check.contains("农林水")
        }
        func outturn(_ farm: String) -> String {
            "示例局2024年度部门决算公开说明\n2024年度支出合计1,348.05万元。\n2024年度一般公共预算财政拨款支出1,289.47万元，占本年支出合计的95.65%。\n农林水支出决算数1,102.35万元，占\(farm)%；社会保障和就业支出决算数121.84万元，占9.45%；卫生健康支出决算数35.12万元，占2.72%；住房保障支出决算数30.16万元，占2.34%。\n"
        }
        expectRightAndWrong(checks, right: outturn("85.49"), wrong: outturn("86.49"), recomputed: 1_102.35 / 1_289.47 * 100) {
            $0.rule == "share" && $0.check.contains("农林水")
        }
        #expect(checks(outturn("85.49")).filter { $0.rule == "share" && $0.check.contains("in 一般公共预算财政拨款支出") }.count == 4)
        let bodies = ReportExtractor.extract(text: "示例县2023年度部门决算汇总说明\n2023年度省教育厅收入决算186.42亿元，支出决算180.10亿元。\n", source: "t").statements
        let totals = bodies.filter { $0.subject == "revenue" || $0.subject == "expenditure" }
        #expect(totals.map(\.key) == ["revenue:actual", "expenditure:actual"], "\(bodies.map(\.key))")
        #expect(zip(totals.map(\.value), [1_864_200.0, 1_801_000.0]).allSatisfy { abs($0 - $1) < 1e-6 }, "\(totals.map(\.value))")
    }

    /// A copula between a name and its amount (人员经费为 A, 人均人员经费为 a, 结余资金为 B, 每生每年为 2,000 元) changes
    /// nothing: the average is over the amount so named, what was left unspent is still no spending, the standard still a
    /// standard (one false alarm and four checks lost before).
    @Test func averagesAndStandardsWithACopula() {
        func staff(_ average: String) -> String {
            "示例局2024年度部门整体支出绩效自评报告\n年末在职人员58人。\n部门整体支出中，人员经费为1,562.40万元，公用经费为186.30万元；人均人员经费为\(average)万元，人均公用经费为3.21万元。\n"
        }
        expectRightAndWrong(checks, right: staff("26.94"), wrong: staff("27.94"), recomputed: 1_562.40 / 58) {
            $0.rule == "average" && $0.stated > 20
        }
        func training(_ cost: String) -> String {
            "示例县2024年农民培训项目绩效自评报告\n项目预算资金为860.00万元，实际支出为792.60万元，结余资金为67.40万元按规定收回。全年培训农民2,150人次，人均培训成本为\(cost)元。\n"
        }
        expectRightAndWrong(checks, right: training("3,686.51"), wrong: training("3,786.51"), recomputed: 792.60 / 2_150) { $0.rule == "average" }
        func grants(_ paid: String) -> String {
            "示例县2024年学生资助项目绩效自评报告\n发放国家助学金3,860人次，每生每年为2,000元，支出\(paid)万元。\n"
        }
        expectRightAndWrong(checks, right: grants("772.00"), wrong: grants("782.00"), recomputed: 772.0) { $0.rule == "standard" }
    }

    /// A total closing what it counts with 共计, as with 合计 (三个部门共计 T, 以上 5 个项目共计 T, 还本付息共计 T): 共计 is
    /// part of its name, not a filler after it, or the total names no count and closes nothing.
    @Test func aClosingTotalWith共计() {
        func bodies(_ total: String) -> String {
            "我县公开2023年度“三公”经费决算\n从部门看，县公安局“三公”经费支出286.30万元，县教育体育局98.60万元，县卫生健康局76.20万元，三个部门共计\(total)万元。\n"
        }
        expectRightAndWrong(checks, right: bodies("461.10"), wrong: bodies("416.10"), recomputed: 461.1) { $0.stated == 461.1 || $0.stated == 416.1 }
        func debt(_ total: String) -> String {
            "某市2024年预算执行情况\n全年偿还政府债券本金41.36亿元，支付利息15.82亿元，还本付息共计\(total)亿元。\n"
        }
        expectRightAndWrong(checks, right: debt("57.18"), wrong: debt("57.81"), recomputed: 571800) { $0.stated == 571800 || $0.stated == 578100 }
        // (A subject's 共计 still names the subject: 项目支出共计 A is the project spending.)
        let e = extraction("示例局2023年度部门决算\n2023年度项目支出共计254.90万元。\n")
        #expect(e.figures.map { "\($0.indicator) \($0.value)" } == ["project_expenditure 254.9"], "\(e.figures)")
    }

    /// A rate of change named by its 比例 (增长比例为 r%) is a change, no share of a whole; 上一年 is 上年;
    /// the last of parts joined by 和 (…402.00 万元和县级资金 800.00 万元) is named without the joiner.
    @Test func aRateOfChangeBy比例AndTheYearBefore上一年() {
        func spending(_ rate: String) -> String {
            "某局2023年度部门决算\n2023年度支出合计1,100.00万元，比上年增加100.00万元，增长比例为\(rate)%。\n"
        }
        expectRightAndWrong(checks, right: spending("10.00"), wrong: spending("11.00"), recomputed: 10) { $0.rule == "change-percent" }
        #expect(!checks(spending("10.00")).contains { $0.rule == "share" })
        func receptions(_ rate: String) -> String {
            "某局2023年度“三公”经费决算\n全年接待56批次、612人次，分别比上一年减少8批次、95人次，批次和人次分别下降\(rate)%、13.44%。\n"
        }
        expectRightAndWrong(checks, right: receptions("12.50"), wrong: receptions("12.05"), recomputed: -12.5) { $0.rule == "quantity-move" && abs($0.stated + 12.3) < 0.3 }
        let funds = extraction("某县2024年度财政衔接推进乡村振兴补助资金项目绩效自评报告\n2024年，我县共获得补助资金8,652.00万元，其中：中央资金5,830.00万元，省级资金1,620.00万元，市级资金402.00万元和县级资金800.00万元。\n")
        #expect(funds.readings.map(\.label).contains("县级资金") && !funds.readings.contains { $0.label.hasPrefix("和") }, "\(funds.readings.map(\.label))")
    }

    /// The budget as 预算安排 (比年初预算安排 B 减少 C), an amount named with 金额 after its word (支出金额 A, 生均教育支出金额 a)
    /// and an actual's completion as 占年初预算的 x%: each read as the plain words are.
    @Test func aBudgetAs预算安排AndACompletionAs占年初预算的() {
        func threePublic(_ change: String) -> String {
            "某市2023年度“三公”经费决算情况\n2023年，市级各部门“三公”经费决算合计3,486万元，比年初预算安排3,920万元减少\(change)万元，下降11.1%。\n"
        }
        expectRightAndWrong(checks, right: threePublic("434"), wrong: threePublic("443"), recomputed: -434, recomputedWrong: -434) { $0.rule == "change" }
        func spending(_ rate: String) -> String {
            "某馆2023年度部门决算\n2023年度财政拨款支出1,031.00万元，年初预算1,000.00万元，占年初预算的\(rate)%。\n"
        }
        expectRightAndWrong(checks, right: spending("103.10"), wrong: spending("101.30"), recomputed: 103.1) { $0.rule == "completion" }
        #expect(!checks(spending("103.10")).contains { $0.rule == "share" })
        // (So is 为调整预算的: every way of naming the year's budget bare, `StatementReader.yearsBudget`.)
        func citySpending(_ rate: String) -> String {
            "某市2023年预算执行情况的报告\n全市一般公共预算支出调整预算530.13亿元，全市一般公共预算支出完成512.70亿元，为调整预算的\(rate)%。\n"
        }
        expectRightAndWrong(checks, right: citySpending("96.71"), wrong: citySpending("97.61"), recomputed: 100 * 512.7 / 530.13) { $0.rule == "completion" }
        func perStudent(_ average: String) -> String {
            "某学院2023年度部门决算\n按支出功能分类，教育支出金额25,864.35万元，住房保障支出金额435.42万元。2023年全日制在校生9,865人，生均教育支出金额\(average)万元。\n"
        }
        expectRightAndWrong(checks, right: perStudent("2.62"), wrong: perStudent("2.26"), recomputed: 25864.35 / 9865) { $0.rule == "average" }
        #expect(extraction("某局2023年度部门决算\n2023年度支出金额1,200.00万元。\n").figures.map(\.indicator) == ["total_expenditure"])
    }

    /// A list's items numbered in one character (①, ⑴, ⒈) or opened by 一是, 二是: the parts named without their numbers,
    /// a project's funds broken down by where they come from still the project's.
    @Test func itemsNumberedInOneCharacterOr一是() {
        for (first, second, third) in [("①", "②", "③"), ("⑴", "⑵", "⑶"), ("一是", "二是", "三是")] {
            func funds(_ county: String) -> String {
                "示例县2024年度财政衔接推进乡村振兴补助资金绩效自评报告\n2024年，我县共获得财政衔接推进乡村振兴补助资金8,652.00万元，其中：\(first)中央资金5,830.00万元，"
                    + "\(second)省级资金1,622.00万元，\(third)县级资金\(county)万元。\n"
            }
            expectRightAndWrong(checks, right: funds("1,200.00"), wrong: funds("1,020.00"), recomputed: 8652, recomputedWrong: 8472) { $0.rule == "breakdown" }
            let readings = extraction(funds("1,200.00")).readings
            #expect(readings.map(\.label).suffix(3) == ["中央资金", "省级资金", "县级资金"], "\(readings.map(\.label))")
            #expect(readings.first?.key == "project:budget", "\(readings.map(\.key))")
        }
    }

    /// A count's share after 占比达 (优秀 892 个，占比达 71.59%) and a count's move after 与去年同期相比 (与去年同期相比增加 412 个，
    /// 增长 14.34%) or with its percent after 增长幅度为: read as after 占, 比上年 and 增长.
    @Test func aCountsShareAfter占比达AndItsMoveAfter与去年同期相比() {
        func grades(_ excellent: String) -> String {
            "某市2024年度部门整体支出绩效自评结果\n全市参评单位1,246个，其中：评为优秀的892个，占比达\(excellent)%；评为良好的286个，占比达22.95%；"
                + "评为中的51个，占比达4.09%；评为差的17个，占比达1.36%。\n"
        }
        expectRightAndWrong(checks, right: grades("71.59"), wrong: grades("71.95"), recomputed: 892.0 / 1246 * 100) { $0.rule == "share" && $0.stated > 70 }
        for (comparison, percent) in [("与去年同期相比增加", "增长"), ("比上年增加", "增长幅度为")] {
            func projects(_ rate: String) -> String {
                "某市2024年政府采购情况\n全年共完成采购项目3,286个，\(comparison)412个，\(percent)\(rate)%。\n"
            }
            expectRightAndWrong(checks, right: projects("14.34"), wrong: projects("14.43"), recomputed: 412.0 / 2874 * 100) {
                $0.rule == "quantity-move" && $0.stated > 10
            }
        }
    }

    /// A percent sign set apart from its number (96 %, 4.83 %, as a page's converter or a typist leaves it) in a table's
    /// cell, in a table drawn with bars and in one whose cells single spaces separate: the cell's percent.
    @Test func aPercentSignSetApartFromItsNumberInATablesCell() {
        func comparison(_ rate: String) -> String {
            "某县自然资源局2025年部门预算公开说明\n二、收支预算与上年对比情况（单位：万元）\n项目 2025年预算数 2024年预算数 增减额 增减率\n"
                + "一般公共预算拨款收入 1,256.30 1,198.40 57.90 \(rate) %\n政府性基金预算拨款收入 200.00 260.00 -60.00 -23.08 %\n"
        }
        expectRightAndWrong(checks, right: comparison("4.83"), wrong: comparison("4.38"), recomputed: 57.9 / 1198.4 * 100) {
            $0.rule == "change-percent" && $0.stated > 0
        }
        func funds(_ rate: String) -> String {
            "某县公路管理站2023年度项目支出绩效自评表\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
                + "年度资金总额 | 1,200.00 | 1,350.00 | 1,296.00 | 10 | \(rate) % | 9.6\n"
        }
        expectRightAndWrong(checks, right: funds("96"), wrong: funds("69"), recomputed: 96) { $0.rule == "execution-rate" }
    }

    /// A colon between a label and its amount, as a form's items are written in prose (年末公务用车保有量：3 辆，车均运行维护
    /// 费：2.40 万元; 共有车辆：12 辆，其中：执法执勤用车：9 辆，…; 实际培训：1,286 人次，完成率：107.17%): read as the label
    /// run into its amount. (A bare number after a colon stays a form's field, which takes its unit from its label:
    /// 分值：10.)
    @Test func aColonBetweenALabelAndItsAmount() {
        func vehicles(_ average: String) -> String {
            "某区城市管理局2024年度“三公”经费支出情况说明\n2024年度“三公”经费支出9.46万元。其中：公务用车购置及运行维护费7.20万元，"
                + "年末公务用车保有量：3辆，车均运行维护费：\(average)万元；公务接待费2.26万元。\n"
        }
        expectRightAndWrong(checks, right: vehicles("2.40"), wrong: vehicles("2.04"), recomputed: 2.4) { $0.rule == "average" }
        func fleet(_ special: String) -> String {
            "某区城市管理局2024年度部门决算说明\n截至2024年12月31日，本部门共有车辆：12辆，其中：执法执勤用车：9辆，特种专业技术用车：\(special)辆。\n"
        }
        expectRightAndWrong(checks, right: fleet("3"), wrong: fleet("4"), recomputed: 12, recomputedWrong: 13) { $0.rule == "breakdown" }
        #expect(checks(fleet("3")).first { $0.rule == "breakdown" }?.check.hasPrefix("本部门共有车辆 2024 =") == true)
        func trained(_ rate: String) -> String {
            "某县农业农村局2024年高素质农民培育项目绩效自评报告\n1.数量指标：计划培训高素质农民1,200人次，实际培训：1,286人次，完成率：\(rate)%。\n"
        }
        expectRightAndWrong(checks, right: trained("107.17"), wrong: trained("107.71"), recomputed: 1286.0 / 1200 * 100) {
            $0.rule == "target-completion"
        }
        let form = extraction("部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称：某县统计局\n全年预算数（万元）：372.40\n全年执行数（万元）：366.30\n"
            + "预算执行率（%）：98.36\n分值：10\n得分：9.84\n")
        #expect(form.figures.contains { $0.indicator == "score_budget_execution" && $0.value == 9.84 }, "\(form.figures)")
    }

    /// Quotation marks of every style (‘三公’经费, 「三公」经费, as single quotes nest in a heading's double ones and the
    /// traditional style writes them) name what the double ones name: the 三公 budget and actual, not the appropriation's.
    @Test func quotationMarksOfEveryStyleNameTheSame() {
        for (open, close) in [("‘", "’"), ("「", "」"), ("『", "』")] {
            let e = extraction("某街道办事处2024年度部门决算说明\n2024年度\(open)三公\(close)经费财政拨款支出预算为38.50万元，支出决算为31.26万元，完成预算的81.19%。\n")
            #expect(Set(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }) == ["three_public_budget 38.5", "three_public_expenditure 31.26"],
                    "\(open)\(close): \(e.figures)")
        }
    }

    /// Amounts a list names by one word for each of its items in one sentence (主要包括：…项目 92 个，安排资金 A；…项目 38 个，
    /// 安排资金 B；…): none of them is the budget of the spending after the list, whose rate and balance name none of them
    /// (nothing is checked against the last item's). A budget and the same budget changed (年初预算 A，年中调减至 B) are
    /// no such list: the rate is the spending over B.
    @Test func anItemsAmountInAListNamedByOneWordIsNoBudgetOfTheSpendingAfterIt() {
        let listed = checks("某县2024年度财政衔接推进乡村振兴补助资金绩效自评报告\n资金共安排项目146个，主要包括：产业发展类项目92个，安排资金5,624.00万元；"
            + "基础设施类项目38个，安排资金2,163.00万元；就业帮扶及其他项目16个，安排资金865.00万元。截至2024年12月31日，已支出资金8,396.45万元，"
            + "资金支出率97.05%，结余资金255.55万元。\n")
        #expect(!listed.contains { $0.rule == "execution-rate" || $0.rule == "saving" }, "\(listed.map(\.check))")
        func adjusted(_ rate: String) -> String {
            "某市大数据局2024年度项目支出绩效自评报告\n2.数据共享交换平台运维经费。年初预算136.00万元，年中调减至121.00万元，到位资金121.00万元，"
                + "实际支出109.74万元，执行率\(rate)%。\n"
        }
        expectRightAndWrong(checks, right: adjusted("90.69"), wrong: adjusted("96.09"), recomputed: 109.74 / 121 * 100) { $0.rule == "execution-rate" }
    }

    /// Parts after 其中： each on a line of its own, numbered and set apart by semicolons (其中： / 1.地方政府专项债券资金 A 万元，
    /// 占…；/ 2.县级配套资金 B 万元。): the parts of the total before them, as when they run on in one line, so that the spending
    /// of one of them is set against it, not against the total. Parts that are paragraphs, each ending with a full stop,
    /// add up to their total too.
    @Test func partsAfter其中OnLinesOfTheirOwn() {
        func bonds(_ rate: String) -> String {
            "××县城区污水管网改造工程地方政府专项债券项目2024年度绩效自评报告\n一、项目基本情况\n项目总投资12,800.00万元，其中：\n"
                + "1.地方政府专项债券资金5,000.00万元，占项目总投资的39.06%；\n2.县级配套资金7,800.00万元。\n二、项目资金到位及使用情况\n"
                + "截至2024年12月31日，专项债券资金实际支出4,620.50万元，支出进度\(rate)%，尚未支出379.50万元。\n"
        }
        expectRightAndWrong(checks, right: bonds("92.41"), wrong: bonds("92.14"), recomputed: 92.41) { $0.rule == "execution-rate" }
        let flagged = checks(bonds("92.41")).filter { !$0.consistent }
        #expect(flagged.isEmpty, "\(flagged.map(\.check))")
        func revenue(_ other: String) -> String {
            "某疾病预防控制中心2023年度单位决算\n2023年度本单位本年收入合计1,245.68万元，较上年增加58.32万元，增长4.91%。其中：\n"
                + "（一）财政拨款收入986.40万元，较上年增加72.10万元，增长7.89%，主要原因是人员经费增加。\n"
                + "（二）事业收入186.28万元，较上年减少16.72万元，下降8.42%，主要原因是检测服务收入减少。\n（三）其他收入\(other)万元。\n"
        }
        expectRightAndWrong(checks, right: revenue("73.00"), wrong: revenue("37.00"), recomputed: 1245.68, recomputedWrong: 1209.68) {
            $0.rule == "breakdown"
        }
    }

    /// A list opened by ，其中： in the sentence of its whole, as after 。其中：: past another year's figure in parentheses
    /// (（2023年：A）, whose year is its own, not the parts'), past a share (民生支出 A，占 x%，其中：…，三项合计 T: the parts are
    /// the closing total's, their whole no part of it), after a section's score (扣 2.5 分，得 37.5 分，其中：…扣 1.5 分；…扣 1
    /// 分: the items break the deduction down and are none of the section's), and after the changes of a level a sentence
    /// carries (收入 A。同比增加 B，增加 r，其中：…: the level's parts).
    @Test func aListOpenedWithACommaInTheSentenceOfItsWhole() {
        func spending(_ project: String) -> String {
            "某镇2024年度部门决算\n2024年度本年支出合计2,791.30万元（2023年：2,494.85万元），同比增加296.45万元，增长11.88%，其中：基本支出1,562.84万元，占55.99%；项目支出\(project)万元，占44.01%。\n"
        }
        expectRightAndWrong(checks, right: spending("1,228.46"), wrong: spending("1,282.46"), recomputed: 2791.3, recomputedWrong: 2845.3) {
            $0.rule == "breakdown" || $0.rule == "identity"
        }
        func welfare(_ closing: String) -> String {
            "某市2023年预算执行情况的报告\n全市民生支出402.86亿元，占一般公共预算支出的78.58%，其中：教育支出98.40亿元，社会保障和就业支出76.25亿元，卫生健康支出52.18亿元，三项合计\(closing)亿元。\n"
        }
        expectRightAndWrong(checks, right: welfare("226.83"), wrong: welfare("226.38"), recomputed: 2268300) { $0.rule == "breakdown" }
        func output(_ second: String) -> String {
            "某县水利局2023年度部门整体支出绩效自评报告\n二、评价得分情况\n（一）预算执行率指标分值10分，执行率92.50%，扣0.75分，得9.25分。\n（二）产出指标分值40分，扣2.5分，得37.5分，其中：水利工程建设完成率未达目标，扣1.5分；河道整治验收合格率未达100%，扣\(second)分。\n"
        }
        expectRightAndWrong(checks, right: output("1"), wrong: output("1.5"), recomputed: 2.5, recomputedWrong: 3) { $0.rule == "breakdown" }
        let scoredRight = checks(output("1"))
        #expect(scoredRight.allSatisfy { $0.consistent }, "\(scoredRight.filter { !$0.consistent }.map(\.check))")
        // (A score and the full marks after it are no plan and outcome of a target rate.)
        let scored = checks("某委2023年度部门整体支出绩效自评报告\n（三）产出（30分），得27.29分，其中：家庭医生签约服务（10分），目标签约率45%，实际签约率43.2%，得9.6分。\n")
        #expect(!scored.contains { $0.rule == "target-completion" }, "\(scored.map(\.check))")
        func revenue(_ other: String) -> String {
            "某文联2022年度部门整体支出绩效自评报告\n1、收入：512.36万元。同比上年度增加48.12万元，增加10.37%，其中：财政拨款收入498.36万元，同比上年度增加45.02万元，增加9.93%；其他收入\(other)万元。\n"
        }
        expectRightAndWrong(checks, right: revenue("14"), wrong: revenue("41"), recomputed: 512.36, recomputedWrong: 539.36) {
            $0.rule == "breakdown" || $0.rule == "identity"
        }
    }

    /// Parts named first and their amounts after 分别为 (其中：年初预算、年中追加分别为 a、b) take the measure each would
    /// take named alone in the list (追加 after 全年预算数 is budget); a percent change before its amount (增长 5.91%，增加
    /// 110.50 万元) is worked out from that amount, not from one an earlier sentence ended on.
    @Test func partsNamedBefore分别为AndAPercentBeforeItsAmount() {
        func budget(_ added: String) -> String {
            "某局2023年度部门整体支出绩效自评报告\n（二）部门整体支出情况。2023年全年预算数1,856.40万元，其中：年初预算、年中追加分别为1,620.00万元、\(added)万元。全年执行数1,790.25万元，预算执行率96.44%。\n"
        }
        expectRightAndWrong(checks, right: budget("236.40"), wrong: budget("246.40"), recomputed: 1856.4, recomputedWrong: 1866.4) {
            $0.rule == "breakdown"
        }
        func spending(_ rate: String) -> String {
            "某局2023年度部门决算\n2023年度财政拨款收入2,100.00万元，财政拨款支出2,080.50万元。与2022年度相比，财政拨款收入增长7.69%，增加150.00万元；财政拨款支出增长6.15%，增加120.50万元。\n（一）总体情况。2023年度一般公共预算财政拨款支出1,980.50万元，占本年支出合计的91.20%。与2022年度相比，一般公共预算财政拨款支出增长\(rate)%，增加110.50万元。\n"
        }
        expectRightAndWrong(checks, right: spending("5.91"), wrong: spending("5.19"), recomputed: 100 * 110.5 / 1870) {
            $0.rule == "change-percent" && ($0.stated == 5.91 || $0.stated == 5.19)
        }
    }

    /// A list after 其中： whose items are numbered in the line (其中：1.公务接待费比上年同期减少 A；2.…, 其中：1.产业发展类项目
    /// 92 个，…；2.…): the items are the parts of the total before 其中, not headings of sections of their own, and the
    /// number is no count of them.
    @Test func numberedItemsOfAListAfter其中() {
        func changes(_ running: String) -> String {
            "2022年度“三公”经费预算安排及2021年度决算情况说明\n一、2022年度“三公”经费预算安排情况\n2022年度“三公”经费预算合计21.8万元。其中：因公出国（境）费0万元，公务接待费11.8万元，公务用车运行维护费10万元。\n二、2021年度“三公”经费决算情况\n2021年度“三公”经费实际支出合计20.12万元。其中：因公出国（境）费0万元，公务接待费12.38万元，公务用车运行维护费7.74万元。\n三、增减变化情况\n2022年度“三公”经费预算比2021年度决算增加1.68万元。其中：1.公务接待费比上年同期减少0.58万元，下降4.68%；2.公务用车运行维护费比上年同期增加\(running)万元，增长29.20%。\n"
        }
        expectRightAndWrong(checks, right: changes("2.26"), wrong: changes("2.62"), recomputed: 1.68, recomputedWrong: 2.04) {
            $0.rule == "change-breakdown"
        }
        func projects(_ roads: String) -> String {
            "某县2024年度衔接资金项目绩效自评报告\n资金共安排项目146个，其中：1.产业发展类项目92个，安排资金5,624.00万元，占65.00%；2.基础设施类项目\(roads)个，安排资金2,163.00万元，占25.00%；3.就业帮扶及其他项目16个，安排资金865.00万元，占10.00%。\n"
        }
        expectRightAndWrong(checks, right: projects("38"), wrong: projects("39"), recomputed: 146, recomputedWrong: 147) {
            $0.rule == "breakdown" && $0.stated == 146
        }
    }

    /// A share of a whole named by no name of its own (占总额的, 占总数的) is of its list's whole, as a bare 占 is: not of
    /// another total whose name ends so (政府采购支出总额, ten false alarms on one text before).
    @Test func aShareOfTheTotalNamedGenerically() {
        func spending(_ basic: String) -> String {
            "示例局2023年度部门决算公开说明\n2023年度政府采购支出总额186.40万元。\n2023年度本年支出合计1,000.00万元，其中：基本支出800.00万元，占总额的\(basic)%；项目支出200.00万元，占总额的20.00%。\n"
        }
        expectRightAndWrong(checks, right: spending("80.00"), wrong: spending("81.00"), recomputed: 80) {
            $0.rule == "share" && $0.check.contains("基本支出")
        }
        func grades(_ good: String) -> String {
            "某县2023年度绩效自评结果\n覆盖项目1,246个。自评等级为“优”的项目892个，占总数的71.59%；“良”的项目\(good)个，占总数的22.95%；“中”的项目51个，占总数的4.09%；“差”的项目17个，占总数的1.36%。\n"
        }
        expectRightAndWrong(checks, right: grades("286"), wrong: grades("296"), recomputed: 286.0 / 1246 * 100, recomputedWrong: 296.0 / 1246 * 100) {
            $0.rule == "share" && $0.stated == 22.95
        }
    }

    /// A percent after an amount's change that names its item, in the sentence of that item's parts (…，项目支出 B，与上年
    /// 相比，本年支出合计增加 C，增长 r), is the named item's, not the last part's; a grand total's change stays the grand
    /// total's (收入总计, not 本年收入合计 stated between).
    @Test func aPercentAfterANamedChangeInTheSentenceOfItsParts() {
        func spending(_ percent: String) -> String {
            "示例局2023年度部门决算公开说明\n2023年度本年支出合计1,948.72万元，其中：基本支出1,426.38万元，项目支出522.34万元，与上年相比，本年支出合计增加88.16万元，增长\(percent)%。\n"
        }
        expectRightAndWrong(checks, right: spending("4.74"), wrong: spending("5.74"), recomputed: 88.16 / (1_948.72 - 88.16) * 100) {
            $0.rule == "change-percent"
        }
        #expect(checks(spending("4.74")).contains { $0.rule == "change-percent" && $0.check.contains("本年支出合计") })
        func revenue(_ percent: String) -> String {
            "示例局2023年度部门决算公开说明\n2023年度收入总计1,200.00万元，其中：本年收入合计1,100.00万元，年初结转和结余100.00万元，与上年相比，收入总计增加100.00万元，增长\(percent)%。\n"
        }
        expectRightAndWrong(checks, right: revenue("9.09"), wrong: revenue("10.09"), recomputed: 100.0 / 1_100 * 100) { $0.rule == "change-percent" }
    }

    /// A list opened by 其中包括 is a list of parts as one opened by 其中 is, its parts' offsets still the original's.
    @Test func aListOpenedBy其中包括() {
        func text(_ county: String) -> String {
            "示例县2024年学生资助项目绩效自评报告\n2024年项目资金1,286.40万元，其中包括：中央资金900.48万元，占70%；省级资金257.28万元，占20%；县级资金\(county)万元，占10%。\n"
        }
        expectRightAndWrong(checks, right: text("128.64"), wrong: text("138.64"), recomputed: 1_286.40, recomputedWrong: 1_296.40) {
            $0.rule == "breakdown"
        }
        let original = Array(text("128.64").unicodeScalars)
        let part = ReportExtractor.extract(text: text("128.64"), source: "t").statements.first { $0.value == 257.28 }
        #expect(part.map { String(String.UnicodeScalarView(original[$0.offset..<($0.offset + 6)])) } == "257.28")
    }

    /// Two classifications of one total in a row (从结构来看 … 从组织形式来看 …) are two breakdowns of that total,
    /// and a list of shares as long as the 分别 list before it (in its own sentence) goes to the same items.
    @Test func twoClassificationsOfOneTotal() {
        func c(_ last: String) -> [AuditCheck] {
            checks("2021年示例省政府采购情况\n2021年示例省政府采购规模为1,000.0亿元,较上年减少50.0亿元。从结构来看,货物、工程、服务政府采购规模分别为300.0亿元、450.0亿元和250.0亿元,占示例省政府采购规模比例为30.0%、45.0%和\(last)%。从组织形式来看,集中采购、分散采购规模分别为400.0亿元和600.0亿元,占示例省政府采购规模的40.0%和60.0%。")
        }
        let right = c("25.0")
        expectConsistent(right)
        #expect(right.filter { $0.rule == "breakdown" && $0.stated == 1000 * 10_000 }.count == 2, "\(right.map(\.check))")
        // (The second list names its own items: its shares are theirs, not the first list's.)
        #expect(right.filter { $0.rule == "share" }.count == 5)
        #expect(c("35.0").contains { $0.rule == "share" && $0.stated == 35 && !$0.consistent })
    }

    /// 其中 opening its sentence opens a list that ； does not close; “三公经费”财政拨款 (quotes round the whole name)
    /// is the 三公 total's money; 预算执行数 in 亿元 is an amount, not the 预算执行 score; 分别 changes after a sentence
    /// of items go to those items in order.
    @Test func aSentenceOfPartsAndChangesOfItemsStatedBefore() {
        func c(_ second: String) -> [AuditCheck] {
            checks("示例县某局2019年度部门决算\n2019年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元,占88.86%;公务用车运行维护费为\(second)万元,占11.14%。")
        }
        #expect(c("2.52").contains { $0.rule == "breakdown" && $0.stated == 22.62 && $0.consistent })
        #expect(c("2.62").contains { $0.rule == "breakdown" && !$0.consistent })
        let text = "示例省2013年“三公经费”预算公布\n2013年示例省“三公经费”财政拨款预算79.69亿元中,因公出国(境)费21.36亿元,公务用车购置及运行费43.99亿元,公务接待费14.34亿元。与2012年预算执行数相比,分别减少0.29亿元、0.33亿元、0.64亿元。示例省2012年“三公经费”财政拨款预算执行数为80.95亿元。"
        let e = extraction(text)
        #expect(e.figures.contains { $0.indicator == "three_public_budget" && $0.year == 2013 && $0.value == 796_900 })
        #expect(e.figures.contains { $0.indicator == "three_public_expenditure" && $0.year == 2012 && $0.value == 809_500 })
        #expect(!e.figures.contains { $0.indicator.hasPrefix("score") || $0.indicator == "appropriation_budget" }, "\(e.figures.map(\.indicator))")
        let changes = e.statements.filter { if case .change = $0.role { return true } else { return false } }
        #expect(changes.map { $0.subject ?? "" } == ["three_public.travel", "three_public.vehicles", "three_public.reception"])
        #expect(checks(text).allSatisfy { $0.consistent })
    }

    /// A 其中 after 决算为 A，年初预算 B，完成预算的 c% lists A's parts (the document's measure); an amount's 中：
    /// opens a list; a change of 本年支出合计 is measured from the year's total, not from 支出总计.
    @Test func theOutturnsPartsAndTheYearsTotalBesideTheGrandTotal() {
        func c(_ vehicles: String) -> [AuditCheck] {
            checks("示例局2023年度单位决算\n2023年度“三公”经费财政拨款支出决算为12.46万元，年初预算15.00万元，完成预算的83.07%。其中：因公出国（境）费0.00万元，公务接待费4.12万元，公务用车购置及运行维护费\(vehicles)万元。")
        }
        let right = c("8.34")
        expectConsistent(right)
        #expect(right.contains { $0.stated == 12.46 && ($0.rule == "breakdown" || $0.rule == "identity") })
        #expect(c("8.44").contains { $0.stated == 12.46 && !$0.consistent })
        let listed = checks("示例局2023年度单位决算\n本年收入合计4125.49万元中：财政拨款收入3859.16万元，占93.54%；其他收入266.33万元，占6.46%。")
        #expect(listed.contains { $0.rule == "breakdown" && $0.stated == 4125.49 && $0.consistent })
        #expect(listed.filter { $0.rule == "share" && $0.consistent }.count == 2)
        let years = checks("示例局2023年度单位决算\n2023年度支出总计4161.69万元，其中：本年支出合计4125.29万元，年末结转和结余36.40万元。本年支出合计与上年相比，减少487.59万元，下降10.57%。支出总计与上年相比，减少487.39万元，下降10.48%。")
        expectConsistent(years)
        #expect(years.filter { $0.rule == "change-percent" }.count == 2)
    }

    /// A project report in prose: 年初预算 + 年中追加 = 全年预算 stated in a row; a change in 万元 after the
    /// execution rate is the spending's, and 从资金用途看 breaks the spending down; the 决策/过程/产出/效益 scores
    /// add up to the total.
    @Test func aProjectReportInProse() {
        func c(budget: String, total: String) -> [AuditCheck] {
            checks("示例县农业农村局2023年度示例项目支出绩效自评报告\n该项目年初预算120.00万元，年中追加15.50万元，全年预算\(budget)万元。项目实际支出128.73万元，预算执行率95.00%，较上年增加27.53万元，增长27.20%。从资金用途看，维修支出45.30万元，养护支出38.60万元，补助44.83万元。\n经自评，该项目综合得分\(total)分。其中：决策指标得分18.00分（满分20分），过程指标得分19.00分（满分20分），产出指标得分37.50分（满分40分），效益指标得分18.50分（满分20分）。")
        }
        let right = c(budget: "135.50", total: "93.00")
        expectConsistent(right)
        for rule in ["budget-adjustment", "breakdown", "change-percent", "execution-rate"] {
            #expect(right.contains { $0.rule == rule }, "\(rule): \(right.map(\.check))")
        }
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 128.73 } && right.contains { $0.rule == "breakdown" && $0.stated == 93 })
        #expect(c(budget: "136.50", total: "93.00").contains { $0.rule == "budget-adjustment" && !$0.consistent && $0.recomputed == 135.5 })
        #expect(c(budget: "135.50", total: "94.50").contains { $0.rule == "breakdown" && $0.stated == 94.5 && !$0.consistent })
        // Something else between the initial budget and the whole: no adjustment check.
        let between = checks("示例项目2023年度绩效自评报告\n该项目年初预算120.00万元，到位资金100.00万元，全年预算135.50万元。")
        #expect(!between.contains { $0.rule == "budget-adjustment" })
    }

    /// A budget disclosure in the Beijing layout: 比2023年执行数 names the base's year (the budget is compared with
    /// 2023's outturn, not with itself); a year inside a name (本部门2024年支出预算) splits no name; 收入包括：…；支出
    /// 包括：… are two lists; a heading that names a structure (…结构情况) makes the sentence under it that level's
    /// breakdown.
    @Test func aBudgetInTheBeijingLayout() {
        let base = checks("示例街道2024年部门预算\n本部门2024年支出预算2,734.00万元。本部门2024年一般公共预算当年拨款2,486.30万元，比2023年执行数增加94.60万元，增长3.96%。")
        #expect(!base.contains { $0.check.contains("2024-2024") }, "\(base.map(\.check))")
        #expect(base.contains { $0.rule == "change-percent" && $0.check.contains("2023-2024") && $0.consistent })
        #expect(extraction("示例街道2024年部门预算\n本部门2024年支出预算2,734.00万元。").figures.contains { $0.indicator == "total_expenditure" && $0.value == 2734 })
        let lists = checks("示例街道2024年部门预算\n收入包括：一般公共预算拨款收入2,486.30万元、事业收入85.50万元、上年结转42.20万元；支出包括：教育支出1,820.40万元、卫生健康支出128.60万元。")
        #expect(!lists.contains { $0.rule == "breakdown" && $0.stated == 42.2 }, "\(lists.map(\.check))")
        // The lists come before the total they add up to (收支总预算, the revenue's): checked against it, and a sum
        // that is off is found; the spending list adds up to no revenue.
        func balance(_ total: String) -> [AuditCheck] {
            checks("示例街道2024年部门预算\n按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。收入包括：一般公共预算拨款收入2,486.30万元、事业收入85.50万元、上年结转42.20万元；支出包括：教育支出2,485.60万元、卫生健康支出128.40万元。2024年收支总预算\(total)万元，比上年增加418.20万元。").filter { $0.rule == "breakdown" }
        }
        #expect(balance("2,614.00").map(\.stated) == [2614] && balance("2,614.00").allSatisfy { $0.consistent }, "\(balance("2,614.00").map(\.check))")
        #expect(balance("2,641.00").contains { $0.stated == 2641 && !$0.consistent && abs($0.recomputed - 2614) < 1e-9 })
        func structure(_ share: String) -> [AuditCheck] {
            checks("示例街道2024年部门预算\n（一）一般公共预算当年拨款规模变化情况\n本部门2024年一般公共预算当年拨款200.00万元。\n（二）一般公共预算当年拨款结构情况\n教育支出150.00万元，占\(share)%；卫生健康支出50.00万元，占25.00%。\n")
        }
        let right = structure("75.00")
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 200 && $0.consistent }, "\(right.map(\.check))")
        #expect(right.filter { $0.rule == "share" && $0.consistent }.count == 2)
        #expect(structure("57.00").contains { $0.rule == "share" && $0.stated == 57 && !$0.consistent })
        // A heading that names no structure makes no breakdown.
        let plain = checks("示例街道2024年部门预算\n本部门2024年一般公共预算当年拨款200.00万元。\n（二）其他情况\n教育支出150.00万元；卫生健康支出40.00万元。\n")
        #expect(!plain.contains { $0.rule == "breakdown" })
    }

    /// A table of two years (项目 | 上年预算数 | 本年预算数 | 增减额 | 增减率) under a heading that names what it totals
    /// (“三公”经费预算情况) in a report whose title does not: the 合计 leading its rows is the 三公 total of each
    /// column's year (上年 is the year before the report's); the rows after it are its parts; each row's change
    /// columns are checked against its two years, and one error is flagged once.
    @Test func aTableOfTwoYearsWithItsChanges() {
        let e = extraction("""
        示例县农业农村局2024年部门预算公开说明
        八、“三公”经费预算情况（单位：万元）
        项目 | 上年预算数 | 本年预算数 | 增减额 | 增减率
        合计 | 30.00 | 27.00 | -3.00 | -10.0%
        因公出国（境）费 | 0.00 | 0.00 | 0.00 | 0.0%
        公务接待费 | 10.00 | 9.50 | -0.50 | -5.0%
        公务用车购置及运行维护费 | 20.00 | 17.50 | -2.50 | -15.0%
        """)
        #expect(e.figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" } == ["three_public_budget 2023 30", "three_public_budget 2024 27"],
                "\(e.figures.map { "\($0.indicator) \($0.year)" })")
        let c = ReportAudit.audit(e)
        #expect(c.filter { $0.rule == "breakdown" }.map(\.stated).sorted() == [27, 30] && c.filter { $0.rule == "breakdown" }.allSatisfy { $0.consistent })
        // (One finding per sum: the 合计 row over its items and the 三公 identity over the same items are one.)
        #expect(!c.contains { $0.rule == "identity" && $0.stated == 27 }, "\(c.map(\.check))")
        #expect(c.filter { $0.rule == "change" }.count == 4 && c.filter { $0.rule == "change" }.allSatisfy { $0.consistent })
        let percents = c.filter { $0.rule == "change-percent" }
        #expect(percents.count == 3, "\(percents.map(\.check))")
        #expect(percents.filter { !$0.consistent }.map(\.stated) == [-15] && percents.contains { $0.stated == -15 && abs($0.recomputed + 12.5) < 1e-9 })
        #expect(c.filter { !$0.consistent }.count == 1, "\(c.filter { !$0.consistent }.map(\.check))")
    }

    /// A comparison after two years' levels, the later first (2024年预算 33 万元，2023年预算 57.55 万元，与上年对比减少
    /// 24.55 万元), is the later year's; 对比减少 compares like 比 and 减少率 is a percent change (as a published
    /// 三公 预算对比增减说明 writes them, where one item's change and rate are both wrong).
    @Test func aComparisonAfterTwoYearsLevels() {
        let c = checks("""
        示例县经信局2024年“三公”经费预算对比增减说明
        2024年三公经费预算拨入33万元，2023年三公经费预算拨入57.55万元，与上年对比减少24.55万元。主要原因是厉行节约。其中：1、公务接待费2024年预算8万元，2023年预算12.5万元；对比减少4.35万元；减少率35.22%。2、公务车辆运行2024年预算25万元，2023年预算45.2万元；对比减少20.20万元，减少率44.69%。
        """)
        #expect(c.filter { $0.rule == "change" }.map(\.check) == ["change of 三公经费预算拨入 2023-2024", "change of 公务接待费预算 2023-2024",
                                                                  "change of 公务车辆运行预算 2023-2024"], "\(c.map(\.check))")
        #expect(c.filter { !$0.consistent }.map(\.stated) == [-4.35, -35.22], "\(c.filter { !$0.consistent }.map(\.check))")
        #expect(c.contains { $0.stated == -35.22 && $0.recomputed == -36 } && c.contains { $0.stated == -44.69 && $0.consistent })
        // Two levels of different measures (a budget beside last year's outturn) are no such pair.
        let measures = checks("示例局2024年部门预算\n2024年支出预算100.00万元，2023年支出决算90.00万元，比上年增加10.00万元。")
        #expect(!measures.contains { $0.check.contains("2023-2024") && $0.stated == 10 }, "\(measures.map(\.check))")
    }

    /// A comparison in a clause of its own before a change whose clause names the subject (与 2022 年决算数相比，2023 年
    /// …预算减少 0.74 亿元) compares with the year and measure that clause names, even when the base is stated later
    /// (a news report of a province's 三公 figures gives the outturn it compares with after the change).
    @Test func aComparisonClauseBeforeANamedChange() {
        func c(_ change: String) -> [AuditCheck] {
            checks("示例省本级2023年“三公”经费财政拨款预算52.36亿元。与2022年决算数相比，2023年示例省本级“三公”经费财政拨款预算减少\(change)亿元。"
                   + "经汇总，2022年示例省本级“三公”经费决算支出53.10亿元，其中，因公出国（境）费3.20亿元，公务用车购置及运行费38.50亿元，公务接待费11.40亿元。")
        }
        let right = c("0.74").filter { $0.rule == "change" }
        #expect(right.map(\.check) == ["change of 示例省本级“三公”经费财政拨款预算 2022-2023"] && right[0].consistent, "\(right.map(\.check))")
        #expect(right.first.map { abs($0.recomputed - (523_600 - 531_000)) < 1e-6 } == true)
        let wrong = c("0.84").filter { $0.rule == "change" }
        #expect(wrong.count == 1 && !wrong[0].consistent && abs(wrong[0].stated + 8_400) < 1e-6)
    }

    /// A list of words after an item (人员经费 X 元，主要包括基本工资、津贴补贴；公用经费 Y 元，…) says what the item holds: it
    /// opens no breakdown of the amounts after it (公用经费 was read as a part of 人员经费, the 其中 list was lost and
    /// the all-funds 基本支出 was set against the appropriation's parts).
    @Test func aListOfWordsOpensNoBreakdown() {
        for opener in ["主要包括", "主要包括："] {
            let c = checks("示例局2024年部门预算公开说明\n2024年基本支出400.00万元，项目支出100.00万元。2024年一般公共预算基本支出360.00万元，其中：人员经费300.00万元，"
                           + "\(opener)基本工资、津贴补贴；公用经费62.00万元，\(opener)办公费、水电费。")
            let breakdowns = c.filter { $0.rule == "breakdown" || $0.rule == "identity" }
            #expect(breakdowns.count == 1 && breakdowns[0].stated == 360 && abs(breakdowns[0].recomputed - 362) < 1e-9 && !breakdowns[0].consistent,
                    "\(opener): \(breakdowns.map(\.check))")
        }
    }

    /// The items of a list opened at a paragraph's end (…拨款支出预算 500.00 万元。主要用于：) are the numbered lines after it
    /// ((一) …(项) 380.00 万元，占 76.00%): each line's amount a part of the total before the colon and its share one of
    /// that total. Lines numbered deeper (1. 免费开放经费) are inside an item; a line numbered higher (三、) ends the
    /// list; a list whose numbers do not run from 1 is none.
    @Test func numberedLinesAfterAColonAreTheListsItems() {
        func text(_ first: String) -> String {
            "示例县文化馆2024年单位预算公开说明\n二、一般公共预算拨款支出情况\n2024年一般公共预算拨款支出预算500.00万元。主要用于：\n"
                + "\(first)文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）380.00万元，占76.00%。\n1.免费开放经费。\n2.文化下乡经费。\n"
                + "（二）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）70.00万元，占14.00%。\n"
                + "（三）住房保障支出（类）住房改革支出（款）住房公积金（项）55.00万元，占11.00%。\n三、“三公”经费预算情况\n2024年“三公”经费预算数为3.00万元。\n"
        }
        let c = checks(text("（一）"))
        let sum = c.filter { $0.rule == "breakdown" }
        #expect(sum.count == 1 && sum[0].stated == 500 && abs(sum[0].recomputed - 505) < 1e-9 && !sum[0].consistent, "\(c.map(\.check))")
        let shares = c.filter { $0.rule == "share" }
        #expect(shares.map(\.stated) == [76, 14, 11] && shares.allSatisfy { $0.consistent } && abs(shares[2].recomputed - 11) < 1e-9, "\(shares.map(\.check))")
        // Numbered from 2: no list of the total's items.
        #expect(!checks(text("（四）")).contains { $0.rule == "breakdown" })
        // A list inside an item of another (1. … 其中: (1) … (3) … 2. …, as the central accounts' notes by economic
        // class write them): each its own total's; the rest of an item (其他工资福利支出) is no item of the vocabulary.
        let nested = checks("示例厅2024年度部门决算\n2024年度本部门支出决算数为900.00万元。具体情况如下:\n1.工资福利支出决算数为500.00万元，主要是在职人员劳动报酬。其中:\n"
                            + "(1)基本工资决算数为200.00万元。\n(2)津贴补贴决算数为150.00万元。\n(3)其他工资福利支出决算数为160.00万元。\n2.商品和服务支出决算数为400.00万元。\n")
        let inner = nested.filter { $0.rule == "breakdown" && $0.stated == 500 }
        #expect(inner.count == 1 && abs(inner[0].recomputed - 510) < 1e-9 && !inner[0].consistent, "\(nested.map(\.check))")
        #expect(nested.contains { $0.stated == 900 && $0.consistent && abs($0.recomputed - 900) < 1e-9 }, "\(nested.map(\.check))")
        #expect(nested.filter { !$0.consistent }.count == 1, "\(nested.filter { !$0.consistent }.map(\.check))")
        #expect(StatementReader.Enumeration(Array("（十二）".unicodeScalars), at: 0).map { [$0.depth, $0.number] } == [1, 12])
        #expect(StatementReader.Enumeration(Array("二十一、".unicodeScalars), at: 0).map { [$0.depth, $0.number] } == [0, 21])
        #expect(StatementReader.Enumeration(Array("3.预算".unicodeScalars), at: 0).map { [$0.depth, $0.number] } == [2, 3])
        #expect(StatementReader.Enumeration(Array("(4)预算".unicodeScalars), at: 0).map { [$0.depth, $0.number] } == [3, 4])
        #expect(StatementReader.Enumeration(Array("17.22%".unicodeScalars), at: 0) == nil)
    }

    /// 收、支总计均为 X after a year alone (2024年度收、支总计均为 …) names 收入总计 and 支出总计 in full: the revenue total,
    /// and the total a change of 收、支总计 is about (the change was set against 本年收入合计, a false alarm).
    @Test func bothTotalsStatedOnce() {
        let text = "示例中心2024年度单位决算公开说明\n2024年度收、支总计均为1,842.65万元。与2023年相比，收、支总计各增加126.40万元，增长7.36%。\n"
            + "本年收入合计1,802.15万元。年初结转和结余40.50万元。"
        let e = ReportExtractor.extract(text: text, source: "t")
        #expect(e.figures.first { $0.indicator == "budget_revenue" }?.value == 1842.65)
        let percent = ReportAudit.audit(e).filter { $0.rule == "change-percent" }
        #expect(percent.count == 1 && percent[0].consistent && abs(percent[0].recomputed - 100 * 126.40 / (1842.65 - 126.40)) < 1e-9, "\(percent.map(\.check))")
    }

    /// Parts of one total each in a sentence of its own on its own line after 其中： (人员经费 A 万元，主要包括：…。
    /// 公用经费 B 万元，主要包括：…。) are that total's parts when the accounting splits the total's item into them; and a
    /// 其中 sentence whose parts split another item than the last one stated (the vehicles' purchase and running after
    /// a sentence ending with the reception) breaks that item down.
    @Test func partsOnLinesOfTheirOwnAndAnotherItemsSplit() {
        let basic = checks("示例局2024年度部门决算\n2024年度基本支出900.00万元，项目支出100.00万元。2024年度一般公共预算财政拨款基本支出800.00万元，其中：\n"
                           + "人员经费700.00万元，主要包括：基本工资、津贴补贴。\n公用经费110.00万元，主要包括：办公费、印刷费。\n")
        let sums = basic.filter { $0.rule == "breakdown" || $0.rule == "identity" }
        #expect(sums.count == 1 && sums[0].stated == 800 && abs(sums[0].recomputed - 810) < 1e-9 && !sums[0].consistent, "\(sums.map(\.check))")
        let threePublic = checks("示例局2024年度部门决算\n2024年度“三公”经费支出决算12.86万元。因公出国（境）费0万元，占0%；公务用车购置及运行维护费8.60万元，"
                                 + "占66.87%；公务接待费4.26万元，占33.13%。其中：公务用车购置费1.00万元，公务用车运行维护费7.50万元。")
        let vehicles = threePublic.filter { $0.stated == 8.6 && ($0.rule == "breakdown" || $0.rule == "identity") }
        #expect(vehicles.count == 1 && abs(vehicles[0].recomputed - 8.5) < 1e-9 && !vehicles[0].consistent, "\(threePublic.map(\.check))")
        #expect(!threePublic.contains { $0.stated == 4.26 && !$0.consistent }, "\(threePublic.filter { !$0.consistent }.map(\.check))")
    }

    /// A project's funds: the initial budget with its sources (其中：中央资金 …), then what was added and the year's
    /// budget (the sources are no adjustments: 全年预算 = 年初预算 + 追加); and the spending's change in a sentence of its
    /// own that names it by its label only (实际支出较上年增加 X，增长 y%: the project's spending stated just before).
    @Test func aProjectsFundsAndItsSpendingsChange() {
        func c(_ added: String, _ percent: String, received: String = "98.46") -> [AuditCheck] {
            checks("示例县水利局2024年度水毁修复项目支出绩效自评报告\n项目年初预算600.00万元，其中：中央资金400.00万元，县级资金200.00万元。年中追加预算\(added)万元，全年预算650.00万元。"
                   + "资金到位640.00万元，到位率\(received)%。实际支出611.00万元，预算执行率94.00%。实际支出较上年增加111.00万元，增长\(percent)%。")
        }
        // (到位率: what was received over the year's budget.)
        #expect(c("50.00", "22.20").contains { $0.rule == "funds-received-rate" && $0.consistent && abs($0.recomputed - 100 * 640 / 650) < 1e-9 })
        #expect(c("50.00", "22.20", received: "98.64").contains { $0.rule == "funds-received-rate" && !$0.consistent })
        let right = c("50.00", "22.20")
        #expect(right.contains { $0.rule == "budget-adjustment" && $0.stated == 650 && $0.consistent && $0.recomputed == 650 }, "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "change-percent" && $0.stated == 22.2 && $0.consistent && abs($0.recomputed - 22.2) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent })
        let wrong = c("40.00", "22.02")
        #expect(wrong.contains { $0.rule == "budget-adjustment" && !$0.consistent && $0.recomputed == 640 })
        #expect(wrong.contains { $0.rule == "change-percent" && !$0.consistent && abs($0.recomputed - 22.2) < 1e-9 })
    }

    /// A 部门整体绩效自评表's funds row of numbers without a label (年初预算数 | 全年（调整）预算数 | 全年执行数 | 执行率（%） |
    /// 执行率权重 | 执行率得分) is the department's: its rate is checked against its own amounts; a 是否核心指标 column
    /// names no row; and a group of indicators' score (绩效指标得分) is that group's, a part of the total after 其中.
    @Test func aSelfEvaluationFormsFundsRowAndItsScores() {
        func c(_ rate: String, _ total: String) -> [AuditCheck] {
            checks("部门整体绩效自评表\n（2024年度）\n\n主管部门：示例县档案馆        财政处室：\n\n部门预算执行情况（万元）\n"
                   + "年初预算数 | 全年（调整）预算数 | 全年执行数 | 执行率（%） | 执行率权重 | 执行率得分（分）\n300.00 | 320.00 | 304.00 | \(rate)% | 10 | 9.5\n\n"
                   + "绩效指标（部分）\n指标名称 | 指标权重（分） | 指标得分（分） | 是否核心指标\n档案接收进馆率 | 50 | 48 | 是\n档案利用满意度 | 40 | 40 | 否\n合计 | 90 | 88 |\n\n"
                   + "自评结论：本部门2024年度整体支出绩效自评总分\(total)分，其中预算执行率得分9.5分，绩效指标得分88分。")
        }
        let right = c("95.00", "97.5")
        #expect(right.contains { $0.rule == "execution-rate" && $0.stated == 95 && $0.consistent && abs($0.recomputed - 95) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 97.5 && $0.consistent && abs($0.recomputed - 97.5) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.filter { $0.stated == 90 || $0.stated == 88 }.allSatisfy { $0.check.hasPrefix("合计 2024 = 档案接收进馆率 + 档案利用满意度") })
        #expect(right.allSatisfy { $0.consistent })
        let wrong = c("59.00", "97.7")
        #expect(wrong.contains { $0.rule == "execution-rate" && $0.stated == 59 && !$0.consistent })
        #expect(wrong.contains { $0.stated == 97.7 && !$0.consistent && abs($0.recomputed - 97.5) < 1e-9 })
    }

    /// 政府采购 spending is goods, works and services: a 其中 list of the three is the whole, however far short (a list
    /// of some items only may fall short without a finding).
    @Test func procurementByKind() {
        let c = checks("示例局2024年度部门决算\n2024年度本单位政府采购支出总额286.40万元，其中：政府采购货物支出102.40万元、政府采购工程支出0万元、政府采购服务支出166.00万元。")
        let sum = c.filter { $0.stated == 286.4 && ($0.rule == "breakdown" || $0.rule == "identity") }
        #expect(sum.count == 1 && abs(sum[0].recomputed - 268.4) < 1e-9 && !sum[0].consistent, "\(c.map(\.check))")
        let some = checks("示例局2024年度部门决算\n2024年度本单位政府采购支出总额286.40万元，其中：政府采购服务支出166.00万元。")
        #expect(!some.contains { !$0.consistent }, "\(some.map(\.check))")
    }

    /// A full-width comma that separates thousands (１，０８０．００ in full-width type, 1，842.65 after a converter, a
    /// table's 2，350.00, a number wrapped inside its groups) reads as a thousands separator; a list's comma does not.
    @Test func fullWidthThousands() {
        func normalised(_ t: String) -> String { ReportText(t).scalars.map(String.init).joined() }
        #expect(normalised("收入１，０８０万元") == "收入1,080万元")
        #expect(normalised("收入总计1，842.65万元") == "收入总计1,842.65万元")
        #expect(normalised("支出总计1，2\n86.45万元") == "支出总计1,286.45万元")
        #expect(normalised("第1，2项") == "第1，2项" && normalised("分别为10，200，300") == "分别为10，200，300")
        #expect(normalised("合计11，122，315.04元") == "合计11,122,315.04元")
        // A table's line is normalised so too, before its cells are read.
        func line(_ t: String) -> String { ReportText.normalisedLine(Substring(t).unicodeScalars) }
        #expect(line("合计 | 2，350.00 | １，０８０ | 2，3") == "合计 | 2,350.00 | 1,080 | 2，3")
        #expect(TableReader.number(line("2，350.00")).map { [$0.0, Double($0.1)] } == [2350, 2])
        let e = ReportExtractor.extract(text: "示例局2024年度部门决算\n2024年度收入总计１，８４２．６５万元，其中：财政拨款收入１，６５２．３７万元，其他收入１９０．２８万元。", source: "t")
        #expect(e.figures.first { $0.indicator == "budget_revenue" }?.value == 1842.65)
        #expect(ReportAudit.audit(e).contains { $0.stated == 1842.65 && $0.consistent && abs($0.recomputed - 1842.65) < 1e-9 })
    }

    /// A comma doubled or before another mark (其中,,因公出国; 运行费,、公务接待费; 亿元,。), as a page's converter leaves
    /// them, says nothing: the whole named by listing its parts and its 其中 list read as without them (with them, the
    /// whole was read as its last part, and the part then flagged as that part restated).
    @Test func strayCommasSayNothing() {
        let text = "2022年示例省本级因公出国（境）费、公务用车购置及运行费,、公务接待费决算支出53.10亿元,。其中,,因公出国（境）费3.20亿元,,"
            + "公务用车购置及运行费38.50亿元,,公务接待费11.40亿元。"
        let e = ReportExtractor.extract(text: text, source: "t")
        let c = ReportAudit.audit(e)
        #expect(c.allSatisfy { $0.consistent }, "\(c.filter { !$0.consistent }.map(\.check))")
        #expect(c.contains { $0.rule == "breakdown" && $0.stated == 531_000 && abs($0.recomputed - (32_000 + 385_000 + 114_000)) < 1e-6 })
        let whole = e.figures.first { $0.indicator == "three_public_expenditure" && $0.year == 2022 }
        #expect(whole?.value == 531_000)
        // (The offset still points at the number in the text as written.)
        #expect(whole.map { Array(text.unicodeScalars)[$0.offset..<($0.offset + 5)].map(String.init).joined() } == "53.10")
        // A list's 、 and a number's comma are kept.
        #expect(ReportText("其中,,甲、乙,、丙 1,234.5").scalars.map(String.init).joined() == "其中,甲、乙、丙1,234.5")
    }

    /// Amounts in parentheses straight after an amount are its parts (公务用车购置及运行费 28 万元（公务用车购置费 0 万元，
    /// 公务用车运行维护费 28 万元）), not more parts of the total (a published page's breakdown added them twice).
    @Test func partsInParenthesesAfterTheirAmount() {
        func c(_ running: String) -> [AuditCheck] {
            checks("示例市某局2019年“三公”经费预算情况说明\n2019年本部门财政拨款安排“三公”经费29万元，比上年增加0.5万元，其中：因公出国(境)费0万元；公务用车购置及运行费28万元(公务用车购置费0万元，公务用车运行维护费\(running)万元)，较上年无增减；公务接待费1万元，比上年增加0.5万元。")
                .filter { $0.rule == "breakdown" }
        }
        #expect(c("28").map(\.stated).sorted() == [28, 29] && c("28").allSatisfy { $0.consistent }, "\(c("28").map(\.check))")
        #expect(c("27").contains { $0.stated == 28 && !$0.consistent && $0.recomputed == 27 } && c("27").contains { $0.stated == 29 && $0.recomputed == 29 && $0.consistent })
    }

    /// A 项目支出绩效自评表 flattened into one line (a published form's text: cells between spaces, the funds cells
    /// before the targets' sentences): no label reaches back across the number cells, and parts named only by their
    /// use (其中:30万元用于…) are those uses, never the project's budget.
    @Test func aFormFlattenedIntoOneLine() {
        let e = extraction("附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计。")
        #expect(!e.figures.contains { $0.value == 30 }, "\(e.figures.map { "\($0.indicator) \($0.value)" })")
        let c = ReportAudit.audit(e)
        #expect(c.contains { $0.rule == "breakdown" && $0.stated == 90 && $0.consistent && !$0.check.contains("89.974") }, "\(c.map(\.check))")
        // A year or an amount after its number is no cell: 2022 年 stays in its label.
        #expect(!StatementReader.endsACell(Array("收入 2022 年".unicodeScalars), at: 6, floor: 0))
        #expect(StatementReader.endsACell(Array("90 89.974上年结转".unicodeScalars), at: 8, floor: 0))
        #expect(!StatementReader.endsACell(Array("90 89.974万元".unicodeScalars), at: 8, floor: 0))
    }

    /// The names published texts give the 三公 parts besides the standard ones (车辆购置及运行费 in the news of the
    /// central accounts, 公务接待 and 公务用车运行费用 in a county's, 公务车辆运行 in an older one) are those parts.
    @Test func theThreePublicPartsByTheirOtherNames() {
        for (vehicles, reception) in [("车辆购置及运行费", "公务接待费"), ("公车购置及运行费", "公务接待"), ("公务用车购置及运行费用", "公务接待经费")] {
            let c = checks("示例市2023年“三公”经费决算情况说明\n2023年市本级“三公”经费支出合计74.25万元，因公出国(境)经费19.45万元、\(vehicles)40.67万元、\(reception)14.13万元。")
            #expect(c.contains { $0.rule == "identity" && $0.stated == 74.25 && $0.consistent }, "\(vehicles) \(reception): \(c.map(\.check))")
        }
    }

    /// A header wrapped onto a second line (2023年 / 预算数, 增减率 / （%）), laid out by spaces or drawn with bars:
    /// each cell continues the one above it, so the columns keep their years (the first read gave the 2023 合计
    /// as 2024's revenue).
    @Test(arguments: ["""
        项目                    2023年          2024年          增减额     增减率
                                预算数          预算数                     （%）
        合计                      1,286.40        1,352.75       66.35       5.16
        一般公共预算拨款收入      1,104.20        1,187.65       83.45       7.65
        事业收入                    182.20          165.10      -17.10      -9.39
        """, """
        项目 | 2023年 | 2024年 | 增减额 | 增减率
         | 预算数 | 预算数 |  | （%）
        合计 | 1,286.40 | 1,352.75 | 66.35 | 5.16
        一般公共预算拨款收入 | 1,104.20 | 1,187.65 | 83.45 | 7.65
        事业收入 | 182.20 | 165.10 | -17.10 | -9.39
        """])
    func aHeaderWrappedOntoTwoLines(_ table: String) {
        let e = extraction("示例县人社局2024年部门预算公开说明\n2024年收入预算总表（单位：万元）\n" + table)
        #expect(e.figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" } == ["budget_revenue 2023 1286.4", "budget_revenue 2024 1352.75"],
                "\(e.figures.map { "\($0.indicator) \($0.year) \($0.value)" })")
        let c = ReportAudit.audit(e)
        #expect(c.filter { !$0.consistent }.map(\.stated) == [7.65], "\(c.filter { !$0.consistent }.map(\.check))")
        #expect(c.contains { $0.stated == 7.65 && abs($0.recomputed - 100 * 83.45 / 1104.20) < 1e-9 })
        #expect(c.contains { $0.rule == "change" && $0.stated == -17.1 && abs($0.recomputed + 17.1) < 1e-9 })
        #expect(c.filter { $0.rule == "breakdown" }.count == 2 && c.filter { $0.rule == "change" }.count == 3)
    }

    /// A budget beside last year's outturn (2023年执行数 | 2024年预算数 | 增减额 | 增减率): each row's change is from
    /// the outturn, also for items the vocabulary does not know (社会保障和就业支出), and a wrong rate is found.
    @Test func aBudgetBesideLastYearsOutturn() {
        let c = checks("""
        示例县民政局2024年部门预算公开说明
        一般公共预算支出预算表（单位：万元）
        项目 | 2023年执行数 | 2024年预算数 | 增减额 | 增减率
        合计 | 500.00 | 540.00 | 40.00 | 8.00%
        社会保障和就业支出 | 420.00 | 455.00 | 35.00 | 8.33%
        卫生健康支出 | 80.00 | 85.00 | 5.00 | 6.52%
        """)
        #expect(c.filter { $0.rule == "change" }.count == 3 && c.filter { $0.rule == "change" }.allSatisfy { $0.consistent }, "\(c.map(\.check))")
        #expect(c.filter { !$0.consistent }.map(\.stated) == [6.52] && c.contains { $0.stated == 6.52 && $0.recomputed == 6.25 })
    }

    /// A 公开表 whose columns are a total and its parts (科目名称 | 合计 | 基本支出 | 项目支出): the 合计 row gives the
    /// spending, basic and project figures and adds up across (the identity, in the table's words), each column's
    /// 合计 adds up its rows and each row its parts, and a column or row that does not is found.
    @Test func aTableWhoseColumnsAreTheParts() {
        let e = extraction("""
        示例县民政局2024年部门预算公开说明
        支出预算总表（单位：万元）
        科目名称 | 合计 | 基本支出 | 项目支出
        合计 | 540.00 | 380.00 | 160.00
        社会保障和就业支出 | 455.00 | 320.00 | 135.00
        卫生健康支出 | 85.00 | 60.00 | 26.00
        """)
        #expect(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" } == ["total_expenditure 540", "basic_expenditure 380", "project_budget 160"])
        let c = ReportAudit.audit(e)
        #expect(c.contains { $0.check == "合计 2024 = 合计·基本支出 + 合计·项目支出" && $0.consistent } && !c.contains { $0.rule == "identity" }, "\(c.map(\.check))")
        #expect(c.filter { $0.rule == "breakdown" }.map(\.stated).sorted() == [85, 160, 380, 455, 540, 540])
        #expect(c.filter { !$0.consistent }.map(\.stated).sorted() == [85, 160] && c.contains { $0.stated == 160 && $0.recomputed == 161 }
                && c.contains { $0.stated == 85 && $0.recomputed == 86 && $0.check == "卫生健康支出 2024 = 卫生健康支出·基本支出 + 卫生健康支出·项目支出" })
        // Columns of budget types (合计 | 一般公共预算 | 政府性基金预算) are the 合计 column's parts, not budgets: the 合计
        // column holds the figures (before, the 一般公共预算 column's 12.23 was read as the project budget).
        let types = extraction("""
        示例市某局2019年部门预算公开说明
        财政拨款支出预算表（单位：万元）
        项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算
        合计 | 341.23 | 312.23 | 29.00 | 0.00
        基本支出 | 300.00 | 300.00 | 0.00 | 0.00
        项目支出 | 41.23 | 12.23 | 29.00 | 0.00
        """)
        #expect(types.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" } == ["appropriation_budget 341.23", "basic_expenditure 300", "project_budget 41.23"])
        #expect(ReportAudit.audit(types).filter { $0.rule == "breakdown" }.count == 7 && ReportAudit.audit(types).allSatisfy { $0.consistent })
        // Columns of revenue sources (合计 | 一般公共预算财政拨款收入 | 事业收入 | 其他收入): the 合计 row is the revenue
        // (before, the first source's 580.00 was read as total spending).
        let sources = extraction("""
        示例县民政局2023年度部门决算公开说明
        单位：万元
        项目 | 合计 | 一般公共预算财政拨款收入 | 事业收入 | 其他收入
        合计 | 620.00 | 580.00 | 30.00 | 10.00
        社会保障和就业支出 | 500.00 | 470.00 | 25.00 | 5.00
        卫生健康支出 | 120.00 | 110.00 | 5.00 | 5.00
        """)
        #expect(sources.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" } == ["budget_revenue 620"], "\(sources.figures.map(\.indicator))")
        // Columns that are an identity's parts (合计 | 人员经费 | 公用经费): the 合计 row is the identity's total.
        let basic = extraction("示例县民政局2023年度部门决算公开说明\n一般公共预算财政拨款基本支出决算表（单位：万元）\n科目名称 | 合计 | 人员经费 | 公用经费\n合计 | 380.00 | 330.00 | 50.00\n工资福利支出 | 300.00 | 300.00 | 0.00\n商品和服务支出 | 80.00 | 30.00 | 50.00\n")
        #expect(basic.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" } == ["basic_expenditure 380", "personnel_expenditure 330", "public_expenditure 50"])
        // The 公开表's own headers: the total named 本年支出合计 / 本年收入合计, kinds the vocabulary has no item for
        // (上缴上级支出, 经营支出) and several of one item (事业收入, 上级补助收入: other revenue) as parts without a name.
        let published = extraction("""
        示例县水利局2023年度部门决算
        支出决算表（单位：万元）
        科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出
         | 合计 | 1,236.80 | 742.60 | 494.20 | 0.00 | 0.00
        213 | 农林水支出 | 1,236.80 | 742.60 | 494.20 | 0.00 | 0.00
        收入决算表（单位：万元）
        科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 其他收入
         | 合计 | 1,236.80 | 1,108.50 | 0.00 | 96.30 | 32.00
        213 | 农林水支出 | 1,236.80 | 1,108.50 | 0.00 | 69.30 | 32.00
        """)
        #expect(published.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
                == ["total_expenditure 1236.8", "basic_expenditure 742.6", "project_expenditure 494.2", "budget_revenue 1236.8"])
        let checked = ReportAudit.audit(published)
        // (The wrong cell breaks its row; its column has one row only, no sum.)
        #expect(checked.filter { !$0.consistent }.map(\.stated) == [1236.8] && !checked.contains { $0.rule == "restated" },
                "\(checked.filter { !$0.consistent }.map(\.check))")
        let reader = StatementReader(vocabulary: .standard, reportYear: 2024, genre: .general)
        #expect(TableReader.columnParts(["科目名称", "本年支出合计", "基本支出", "项目支出", "经营支出"].enumerated().map { .init(text: $1, start: 10 * $0) },
                                        reader: reader) == [nil, .total, .item("basic"), .item("project"), .item(nil)])
        // A header of a total and one part, or of parts without a total, is no such table.
        #expect(TableReader.columnParts([.init(text: "项目", start: 0), .init(text: "合计", start: 5), .init(text: "基本支出", start: 10)],
                                           reader: StatementReader(vocabulary: .standard, reportYear: 2024, genre: .general)) == nil)
    }

    /// 一般公共预算财政拨款基本支出 with its 人员经费 and 公用经费 beside the 基本支出 of all funds: the parts are the first's,
    /// and the identity does not set them against the second (a false alarm on nearly every 决算说明 that has both).
    @Test func personnelAndPublicOfTheAppropriationsBasicSpending() {
        let c = checks("示例县水利局2023年度部门决算公开说明\n本年支出合计1,236.80万元，其中：基本支出742.60万元，项目支出494.20万元。\n五、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出642.80万元，其中：人员经费571.30万元，公用经费71.50万元。\n")
        #expect(c.allSatisfy { $0.consistent } && c.contains { $0.stated == 642.8 && $0.rule == "breakdown" }, "\(c.map(\.check))")
        let wrong = checks("示例县水利局2023年度部门决算公开说明\n本年支出合计1,236.80万元，其中：基本支出742.60万元，项目支出494.20万元。\n2023年度一般公共预算财政拨款基本支出642.80万元，其中：人员经费571.30万元，公用经费17.50万元。\n")
        #expect(wrong.filter { !$0.consistent }.map(\.stated) == [642.8] && wrong.contains { $0.stated == 642.8 && abs($0.recomputed - 588.8) < 1e-9 },
                "\(wrong.map(\.check))")
    }

    /// A hospital's comparison of two years (项目 | 2016年度 | 2017年度 | 增减值 | 增减%), in 元: the columns named by a
    /// year alone hold that year's outturns; 收入总计 leads its numbered parts and 支出总计 is no sum of them.
    @Test func yearColumnsAndTwoTotalsOfTheirOwn() {
        let e = extraction("""
        示例县中医医院2017年度收支情况
        单位：元
        项目 | 2016年度 | 2017年度 | 增减值 | 增减%
        收入总计 | 58596771.09 | 117154424.68 | 58557653.59 | 99.93%
        1. 财政补助收入 | 6909800 | 55508400 | 48598600 | 703.33%
        2. 医疗收入 | 51420916.22 | 61360289.59 | 9939373.37 | 19.33%
        3. 其他收入 | 266054.87 | 285735.09 | 19680.22 | 7.40%
        支出总计 | 68040296.80 | 73952025.38 | 5911728.58 | 8.69%
        """)
        #expect(e.figures.map { "\($0.indicator) \($0.year)" } == ["budget_revenue 2016", "budget_revenue 2017", "total_expenditure 2016", "total_expenditure 2017"])
        #expect(e.figures.contains { $0.indicator == "budget_revenue" && $0.year == 2017 && abs($0.value - 11715.442468) < 1e-6 })
        let c = ReportAudit.audit(e)
        #expect(c.allSatisfy { $0.consistent }, "\(c.filter { !$0.consistent }.map(\.check))")
        #expect(c.filter { $0.rule == "breakdown" }.count == 2 && !c.contains { $0.check.hasPrefix("支出总计") && $0.rule == "breakdown" })
        #expect(c.filter { $0.rule == "change" }.count == 5 && c.filter { $0.rule == "change-percent" }.count == 5)
        #expect(c.contains { $0.rule == "change" && abs($0.stated - 5855.765359) < 1e-6 })
        // Columns named by the period (本期 | 上年同期 | 增加额 | 增长率, a hospital's yearly statement): the report's
        // year and the year before; a wrong rate is found.
        let period = ReportAudit.audit(extraction("""
        示例市妇幼保健院2020年度收支情况
        单位:元
        项目 | 行号 | 本期 | 上年同期 | 增加额 | 增长率
        1、总收入 | 1 | 61625022.26 | 66095039.04 | -4470016.78 | -6.76%
        2、总支出 | 5 | 65142258.61 | 58480172.81 | 6662085.80 | 11.93%
        """))
        #expect(period.filter { $0.rule == "change" }.count == 2 && period.filter { $0.rule == "change" }.allSatisfy { $0.consistent }, "\(period.map(\.check))")
        #expect(period.filter { !$0.consistent }.map(\.stated) == [11.93] && period.allSatisfy { !$0.check.contains("2020-2020") })
    }

    /// 收、支总计均为 X is one value for each listed item (the first stands for them), and a 其中 after a sentence of
    /// changes only breaks down the level those changes are of.
    @Test func oneValueForEachListedItemAndAListAfterChanges() {
        func c(_ fund: String) -> [AuditCheck] {
            checks("示例局2023年度部门决算\n2023年度财政拨款收、支总计均为1,856.42万元。与上年相比，财政拨款收、支总计各增加154.07万元，增长9.05%。主要原因是补助资金增加。\n其中：一般公共预算财政拨款收入1,736.42万元，政府性基金预算财政拨款收入\(fund)万元。")
        }
        let right = c("120.00")
        expectConsistent(right)
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 1856.42 })
        #expect(right.contains { $0.rule == "change-percent" && $0.stated == 9.05 })
        #expect(c("130.00").contains { $0.rule == "breakdown" && !$0.consistent })
        // 均为 0 万元 after items the clause does not list stays no figure.
        #expect(!extraction("示例局2023年度部门决算\n本单位无因公出国支出，上述经费均为0万元。").statements.contains { $0.value == 0 })
    }

    /// A budget report's balance: 收入 A，加 B、C，收入总计 T adds up without 其中, and so does the spending side;
    /// what is carried to next year is the difference of the two totals.
    @Test func aBudgetReportsBalance() {
        func c(_ carried: String) -> [AuditCheck] {
            checks("示例县2023年预算执行情况的报告\n全县一般公共预算收入186,420万元，加上级补助收入265,800万元、债务转贷收入42,000万元、上年结转8,650万元、调入资金31,200万元，收入总计534,070万元。全县一般公共预算支出468,930万元，加上解支出12,400万元、债务还本支出35,600万元，支出合计516,930万元，结转下年\(carried)万元。")
        }
        let right = c("17,140")
        expectConsistent(right)
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 534_070 } && right.contains { $0.rule == "breakdown" && $0.stated == 516_930 })
        #expect(right.contains { $0.rule == "balance" && $0.stated == 17_140 })
        #expect(c("17,410").contains { $0.rule == "balance" && !$0.consistent && $0.recomputed == 17_140 })
        // 加 that starts no sum (加强管理) and amounts that no total closes add nothing up.
        let none = checks("示例县2023年预算执行情况的报告\n全县一般公共预算收入186,420万元，加强征管，增收5,000万元，同比增长3.00%。")
        #expect(!none.contains { $0.rule == "breakdown" || $0.rule == "balance" })
    }

    /// 预算安排的“三公”经费支出 is a budget (支出 alone after the name, 预算 before it), so its parts stated in their
    /// own paragraphs as budgets add up to it.
    @Test func aBudgetForSpending() {
        func c(_ running: String) -> [AuditCheck] {
            checks("示例市本级2024年“三公”经费预算安排情况\n2024年,一般公共预算安排的“三公”经费支出共计3923万元,比2023年预算数减少332万元。其中:\n公务接待费638万元,比上年年初预算减少317万元。\n因公出国(境)经费62万元,比上年年初预算增加24万元。\n公务用车购置费718万元,比上年年初预算增加135万元。\n公务用车运行维护费\(running)万元,比上年年初预算减少174万元。\n")
        }
        let e = extraction("示例市本级2024年“三公”经费预算安排情况\n2024年,一般公共预算安排的“三公”经费支出共计3923万元。")
        #expect(e.figures.contains { $0.indicator == "three_public_budget" && $0.value == 3923 }, "\(e.figures.map(\.indicator))")
        // (Each part on a line of its own after 其中: is a part of the total: its breakdown, or the accounting's identity.)
        #expect(c("2505").contains { ["identity", "breakdown"].contains($0.rule) && $0.stated == 3923 && $0.consistent && $0.recomputed == 3923 })
        #expect(c("2550").contains { ["identity", "breakdown"].contains($0.rule) && $0.stated == 3923 && !$0.consistent && $0.recomputed == 3968 })
    }

    /// A budget's 收支预算总表 drawn with bars, revenue and spending side by side (收入 | 预算数 | 支出 | 预算数): two
    /// tables of two cells a row, each side's totals adding up their own items; the revenue figure is 收入总计.
    @Test func aTwoSidedBudgetTableWithTwoCellsASide() {
        func text(_ education: String) -> String {
            "示例县第一中学2024年单位预算\n收支预算总表\n单位：万元\n收入 | 预算数 | 支出 | 预算数\n一、一般公共预算拨款收入 | 1,250.30 | 一、教育支出 | \(education)\n二、事业收入 | 60.00 | 二、卫生健康支出 | 38.20\n三、其他收入 | 12.00 | 三、住房保障支出 | 58.00\n本年收入合计 | 1,322.30 | 本年支出合计 | 1,372.30\n上年结转 | 50.00 | 结转下年 | 0.00\n收入总计 | 1,372.30 | 支出总计 | 1,372.30\n"
        }
        let right = checks(text("1,276.10"))
        #expect(right.count == 4 && right.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        #expect(checks(text("1,267.10")).contains { $0.stated == 1372.3 && $0.check.contains("本年支出合计") && !$0.consistent })
        let figures = extraction(text("1,276.10")).figures
        #expect(figures.contains { $0.indicator == "budget_revenue" && $0.value == 1372.3 })
        #expect(figures.contains { $0.indicator == "total_expenditure" && $0.value == 1372.3 })
        // Two cells laid out by spaces stay prose (a contents line).
        #expect(checks("示例局2024年部门预算\n项目          预算数\n一般公共预算拨款收入          1,250.30\n本年收入合计          1,250.30\n").isEmpty)
    }

    /// A 合计 row whose 分值 is its own table's totals that table; the 总分 below adds it to the tables above.
    @Test func aTablesOwnTotalAndTheGrandScore() {
        func c(_ subtotal: String) -> [AuditCheck] {
            checks("示例局2023年度部门整体支出绩效自评表\n年度预算执行情况（万元） | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 100.00 | 95.00 | 10 | 95.00% | 9.5\n一级指标 | 三级指标 | 分值 | 得分\n产出指标 | 完成率 | 50 | 48\n效益指标 | 改善程度 | 40 | 37\n合计 | | 90 | \(subtotal)\n总分 | | 100 | 94.5\n")
        }
        let right = c("85")
        expectConsistent(right)
        #expect(right.contains { $0.stated == 90 && $0.consistent } && right.contains { $0.stated == 100 && $0.consistent })
        #expect(right.contains { $0.stated == 94.5 && $0.recomputed == 94.5 })
        #expect(c("86").contains { $0.stated == 86 && !$0.consistent && $0.recomputed == 85 })
        #expect(extraction("示例局2023年度部门整体支出绩效自评表\n一级指标 | 三级指标 | 分值 | 得分\n产出指标 | 完成率 | 50 | 48\n合计 | | 50 | 48\n").figures.contains { $0.indicator == "score_total" && $0.value == 48 })
    }

    /// A year in Chinese numerals (二〇二三年度) is the report's year, and a year after the title (…部门决算说明
    /// （2023年度）) leaves the name before the document's kind.
    @Test func yearsInNumeralsAndAfterTheTitle() {
        let numerals = extraction("示例县水利局二〇二三年度部门决算说明\n本年度收入总计500.00万元。")
        #expect(numerals.year == 2023 && numerals.department == "示例县水利局")
        #expect(numerals.figures.contains { $0.indicator == "budget_revenue" && $0.year == 2023 })
        #expect(ReportText("一二三年，三二一年，二〇二三年").scalars.string == "一二三年，三二一年，2023年")
        let after = extraction("示例县水利局部门决算说明\n（2023年度）\n本年度收入总计500.00万元。")
        #expect(after.department == "示例县水利局" && after.year == 2023)
    }

    /// A mirror page in traditional characters reads like the simplified original, in the reports' own terms and
    /// beyond them (兒, 劃, 際); a unit reports as 本单位收入 / 支出.
    @Test(arguments: [
        ("示例市政務服務中心2023年度部門決算公開說明\n示例市政務服務中心2023年度,實有人數11人,其中:在職人員10人,退休人員1人。\n2023年度收入總計434.72萬元,其中:本年收入合計434.16萬元,使用非財政撥款結餘0.00萬元,年初結轉和結餘0.55萬元。\n收入支出總體與上年相比,增加58.21萬元,增長15.46%。",
         "示例市政务服务中心", ["staff_in_service": 10, "budget_revenue": 434.72], 3),
        ("示例市幼兒園2017年度單位決算公開\n(一)收入決算情況。\n2017年度,本單位收入為1687.45萬元,其中:財政撥款收入1516.64萬元,占89.88%;事業收入170.81萬元,占10.12%。\n(二)支出決算情況\n2017年度,本單位支出為1942.57萬元。其中:基本支出1121.09萬元;項目支出821.48萬元。",
         "示例市幼儿园", ["budget_revenue": 1687.45, "total_expenditure": 1942.57], 4),
    ] as [(String, String, [String: Double], Int)])
    func traditionalCharacters(_ text: String, department: String, figures: [String: Double], checks count: Int) {
        let e = extraction(text)
        #expect(e.department == department)
        for (indicator, value) in figures { #expect(e.figures.contains { $0.indicator == indicator && $0.value == value }, "\(indicator)") }
        let c = checks(text)
        #expect(c.count == count && c.allSatisfy { $0.consistent }, "\(c.map(\.check))")
    }

    /// Characters a simplified text uses on its own are left as they are (乾县 stays 乾县); mirror pages' pinyin in
    /// parentheses after a character is no part of the text.
    @Test func traditionalCharacterTable() {
        #expect(ReportText("兒劃際乾县於後").scalars.string == "儿划际乾县于后")
        // A mirror page's pinyin after a character (預(yù)算) is dropped; other parentheses stay.
        #expect(ReportText("經(jīng)費(fèi)預(yù)算(a)(万元)").scalars.string == "经费预算(a)(万元)")
        let ruby = extraction("示例市幼兒園2017年度單位決算公開\n2017年度,本單位收入為1687.45萬(wàn)元。")
        #expect(ruby.figures.contains { $0.indicator == "budget_revenue" && $0.value == 1687.45 })
        #expect(ReportText.traditional.filter { $0 != 0 }.count == 2571)
    }

    /// A table a mirror page copied from HTML: every row as wide as the widest, packed to the left, spanned cells
    /// empty at the end; the block title (绩效指标(90分)) spans the rows, a 合计 gives only its 权重 and 得分, and a
    /// sentence in a reason cell does not close the table.
    @Test func rowsPackedToTheLeft() {
        func table(_ total: String) -> String {
            ["示例县司法局2023年度项目支出绩效自评表 |||||||",
             "绩效指标(90分) | 一级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
             "产出指标 | 办结案件数 | 300 | 326 | 50 | 50 |||",
             "效益指标 | 服务覆盖率 | 90 | 85 | 40 | 36 | 人员不足，覆盖率未达目标。 ||",
             "合计 | 90 | \(total) ||||||"].joined(separator: "\n")
        }
        let right = checks(table("86")), wrong = checks(table("88"))
        #expect(right.contains { $0.stated == 86 && $0.recomputed == 86 && $0.consistent }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 90 && $0.consistent })
        #expect(wrong.contains { $0.stated == 88 && $0.recomputed == 86 && !$0.consistent }, "\(wrong.map(\.check))")
        #expect(TableReader.isBlockTitle("绩效指标(90分)") && TableReader.isBlockTitle("预算执行情况（10分）"))
        // A form's 主管部门 | 示例县司法局部门 |: the body's name without the form's word for its kind.
        #expect(ReportExtractor.labelledName("主管部门 | 示例县司法局部门 | 实施单位 | 示例县法律援助中心 |") == "示例县司法局")
        #expect(ReportExtractor.labelledName("主管部门：示例县教育部门\n") == "示例县教育部门")
        #expect(!TableReader.isBlockTitle("得分") && !TableReader.isBlockTitle("(10分)") && !TableReader.isBlockTitle("满意度(高分)"))
    }

    /// A 三公 table one cell per line, each row opened by a `|` alone, its headers letter-spaced (项 目, 合 计);
    /// 支出决算 after the 三公 budget in one sentence is the 三公 outturn; the parts' percent changes do not add up
    /// to the total's (their amounts do); 关于 before the name on a title line below a table's title.
    @Test func aSangongTableWithRowMarkers() {
        let table = ["2022年度“三公”经费支出决算表", "单位:万元", "|", "项 目 |", "预 算 数 |", "决 算 数 |", "|", "合 计 |", "20 |", "15.5 |",
                     "|", "因公出国(境)费 |", "0 |", "0 |", "|", "公务接待费 |", "5 |", "3.5 |", "|", "公务用车购置及运行维护费 |", "15 |", "12 |"].joined(separator: "\n")
        let prose = "\n关于示例县林业局2022年度“三公”经费支出决算情况说明\n示例县林业局2022年度“三公”经费支出预算为20万元,支出决算为15.5万元,完成预算的77.5%。"
            + "\n2022年度“三公”经费支出决算比2021年度减少2万元,降低11.43%,其中:公务接待费支出决算减少0.5万元,下降12.5%;公务用车购置及运行维护费支出决算减少1.5万元,下降11.11%。"
        let e = extraction(table + prose)
        #expect(extraction("2022年度“三公”经费支出决算表\n单位:万元\n" + prose).department == "示例县林业局")
        #expect(e.figures.contains { $0.indicator == "three_public_expenditure" && $0.value == 15.5 })
        #expect(!e.figures.contains { $0.indicator == "total_expenditure" })
        let c = checks(table + prose)
        #expect(c.allSatisfy { $0.consistent }, "\(c.filter { !$0.consistent }.map(\.check))")
        #expect(c.contains { $0.rule == "change-breakdown" && $0.stated == -2 })
        #expect(c.contains { $0.stated == 15.5 && $0.recomputed == 15.5 && $0.rule != "restated" })
        #expect(TableReader.unspaced("预 算 数") == "预算数" && TableReader.unspaced("因公出国 (境)费") == "因公出国 (境)费")
        // A table whose rows keep a legitimately empty cell is not a table of row markers.
        let cells: [String?] = ["项目", "预算数", "决算数", "", "合计", "", "2", "", "3", "4"]
        #expect(CellGrid.withoutRowMarkers(0..<cells.count, cells).count == cells.count)
    }

    /// A comparison opening its sentence (同口径比 2018 年减少 …) after a sentence of 其中 parts is the whole's.
    @Test func aComparisonAfterASentenceOfParts() {
        func c(_ percent: String) -> [AuditCheck] {
            checks("示例市2019年“三公”经费预算情况说明\n2019年,市本级“三公”经费预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降\(percent)%。")
        }
        #expect(c("20").contains { $0.rule == "change-percent" && $0.stated == -20 && $0.consistent }, "\(c("20").map(\.check))")
        #expect(c("23").contains { $0.rule == "change-percent" && $0.stated == -23 && !$0.consistent })
        #expect(StatementReader.opensWithComparison("同口径比2018年减少") && !StatementReader.opensWithComparison("同口径计算"))
    }

    /// A sentence without a year of its own is of the year its paragraph named (国资委2013年“三公”经费的预算数…。具体来看，
    /// 预算总数为 X，其中…), until the paragraph ends or a sentence says 本年; the parts' changes after a sentence of
    /// the total's change (其中：A 同口径比上年减少 a …) break that change down; 市本级 names no one.
    @Test func aParagraphsYear() {
        let text = "示例委公布2014年部门预算\n示例委今年“三公”经费预算数为2841.78万元,比去年预算数减少52万元。\n示例委2013年“三公”经费的预算数和预算执行数一致。具体来看,预算总数为2893.78万元,其中因公出国(境)费1391.37万元;公务用车购置及运行费1238.93万元;公务接待费263.48万元。"
        let e = extraction(text)
        let parts = e.statements.filter { $0.subject?.hasPrefix("three_public.") == true }
        #expect(parts.count == 3 && parts.allSatisfy { $0.year == 2013 }, "\(parts.map(\.year))")
        #expect(e.figures.contains { $0.indicator == "three_public_budget" && $0.year == 2014 && $0.value == 2841.78 })
        let c = checks(text)
        #expect(c.allSatisfy { $0.consistent }, "\(c.filter { !$0.consistent }.map(\.check))")
        // A new paragraph, or 本年, is the report's year again.
        for next in ["\n“三公”经费预算数为2893.78万元。", "本年“三公”经费预算数为2893.78万元。"] {
            let again = extraction("示例委公布2014年部门预算\n示例委2013年开展了清理。" + next)
            #expect(again.figures.contains { $0.year == 2014 && $0.value == 2893.78 }, "\(next)")
        }
        let changes = checks("示例市公开2019年市本级“三公”经费预算\n2019年,市本级“三公”经费预算为2460万元。其中,因公出国(境)费60万元,公务接待费400万元,公务用车购置及运行费2000万元。同口径比2018年减少540万元,下降18%。其中:因公出国(境)费同口径比2018年减少15万元;公务接待费同口径比2018年减少45万元;公务用车购置及运行费同口径比2018年减少470万元。")
        #expect(changes.contains { $0.rule == "change-breakdown" && $0.stated == -540 && $0.recomputed == -530 && !$0.consistent })
        #expect(extraction("示例市公开2019年市本级“三公”经费预算\n2019年,市本级“三公”经费预算为2460万元。").department == "示例市")
    }

    /// Counts with the noun after 个 (年初批复预算 8 个项目, 年中增加 8 个项目) or before the total's word (实施项目共
    /// 15 个) add up like 项目 8 个; 个百分点 counts nothing.
    @Test func countsWithTheNounAfterTheirNumber() {
        func c(_ total: String) -> [AuditCheck] {
            checks("示例中心2024年度项目支出绩效自评报告\n2024年,示例中心实施项目共\(total)个(含2023年转列项目5个),年初批复预算8个项目985万元,年中增加8个项目,实际到位资金334.67万元。")
                .filter { $0.rule == "count" }
        }
        #expect(c("16").count == 1 && c("16")[0].consistent)
        #expect(c("15").count == 1 && !c("15")[0].consistent && c("15")[0].recomputed == 16)
        #expect(checks("示例中心2024年度部门决算\n共有项目10个,年初项目6个,比上年增加2个百分点。").allSatisfy { $0.rule != "count" })
    }

    /// 收入 / 支出 alone (1、收入：792.22 万元; 2021年收入 X 万元，支出 Y 万元) are a department's totals, unless the
    /// sentence named something more specific before (…基金预算财政拨款收入 120 万元，支出 120 万元) or the report is a
    /// project's; 包括 without a colon opens a list whose items are named after it.
    @Test func bareTotalsAndAListAfter包括() {
        let text = "示例县政协2021年度部门整体支出绩效评价报告\n1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。\n2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元。\n项目支出包括委员活动经费36.3万元,信息网络运行经费5万元。"
        let e = extraction(text)
        #expect(e.figures.contains { $0.indicator == "budget_revenue" && $0.value == 792.22 })
        #expect(e.figures.contains { $0.indicator == "total_expenditure" && $0.value == 799.12 })
        #expect(e.figures.contains { $0.indicator == "project_expenditure" && $0.value == 286.83 })
        let c = checks(text)
        expectConsistent(c)
        #expect(c.contains { $0.rule == "breakdown" && $0.stated == 799.12 && abs($0.recomputed - 799.12) < 1e-9 })
        #expect(c.contains { $0.rule == "change-percent" && $0.stated == 31.39 && abs($0.recomputed - 31.386) < 0.001 })
        // A title without the department's name: the body the opening defines (X（以下简称“Y”）).
        #expect(e.department == "示例县政协")
        // (Its year, when the title has none, is the first the opening names that is no comparison's base, however
        // long the opening.)
        let untitled = extraction("部门整体支出绩效评价报告\n一、基本情况\n示例县文学艺术界联合会（以下简称“县文联”）为人民团体，"
            + String(repeating: "团结服务全县文艺工作者，", count: 20) + "比2021年有所发展。\n2022年收入100万元。")
        #expect(untitled.department == "示例县文学艺术界联合会" && untitled.year == 2022)
        let fund = extraction("示例局2023年度部门决算\n2023年度政府性基金预算财政拨款收入120.00万元,支出120.00万元。")
        #expect(!fund.figures.contains { $0.indicator == "total_expenditure" })
        let project = extraction("示例项目2023年度项目支出绩效自评报告\n2023年收入50万元,支出45万元。")
        #expect(!project.figures.contains { $0.indicator == "budget_revenue" || $0.indicator == "total_expenditure" })
    }

    /// A completion stated beside the gap to the budget but not the budget (完成年初预算100%，决算数大于预算数 55.93 万元;
    /// 与年初预算相比增加 X) is checked against the budget the gap implies.
    @Test func aCompletionBesideItsGapToTheBudget() {
        func c(_ rate: String, _ gap: String) -> [AuditCheck] {
            checks("示例幼儿园2017年度部门决算公开\n2017年度，本单位一般公共预算财政拨款支出总计1741.75万元，完成年初预算\(rate)%，\(gap)，主要原因是工资调标。")
                .filter { $0.rule == "completion" }
        }
        #expect(c("100", "决算数大于预算数55.93万元").contains { $0.stated == 100 && abs($0.recomputed - 103.32) < 0.01 && !$0.consistent })
        #expect(c("103.32", "决算数大于预算数55.93万元").contains { $0.stated == 103.32 && $0.consistent })
        #expect(c("96.89", "决算数小于年初预算数55.93万元").contains { $0.stated == 96.89 && $0.consistent })
        #expect(StatementReader.gapToBudget("决算数大于预算数")?.sign == 1 && StatementReader.gapToBudget("支出低于年初预算")?.sign == -1)
        #expect(StatementReader.gapToBudget("大于") == nil)
    }

    /// A completion of last year's budget where the text states that budget only through this year's budget and its
    /// change from it (2024年预算数 46.50 万元，较2023年预算数减少 5.30 万元; 2023年决算数 44.86 万元，完成年初预算的
    /// 86.60%): checked against 51.80; a completion of the adjusted budget is not (the change is from the initial).
    @Test func aCompletionOfABudgetStatedOnlyByItsChange() {
        func c(_ budget: String, _ completion: String) -> [AuditCheck] {
            checks("示例局2024年“三公”经费预算情况说明\n\(budget)\n2023年“三公”经费财政拨款决算数为44.86万元，\(completion)。")
                .filter { $0.rule == "completion" }
        }
        let budgets = ["2024年“三公”经费财政拨款预算数为46.50万元，较2023年预算数减少5.30万元。",
                       "2024年“三公”经费预算46.50万元，比上年预算减少5.30万元，下降10.23%。",
                       "2024年“三公”经费财政拨款预算为57.00万元，比2023年预算数增加5.20万元。"]
        for b in budgets.prefix(2) {
            #expect(c(b, "完成年初预算的86.60%").contains { $0.stated == 86.6 && abs($0.recomputed - 86.602) < 0.001 && $0.consistent }, "\(b)")
            #expect(c(b, "完成年初预算的86.06%").contains { $0.stated == 86.06 && !$0.consistent }, "\(b)")
            #expect(c(b, "完成调整预算的86.60%").isEmpty, "\(b)")
        }
        // 57.00 - 5.20 = 51.80 as well: an increase.
        #expect(c(budgets[2], "完成年初预算的86.60%").contains { abs($0.recomputed - 86.602) < 0.001 && $0.consistent })
    }

    /// Counts of people and vehicles broken down after 其中 add up, exactly (a count has no rounding): the staff in
    /// post by category, the people on the books in post and retired, the vehicles by kind; lists that are no
    /// partition (overlapping attributes, flows over the year) are not added up, and retired people end a list
    /// under the staff in post.
    @Test func countsOfPeopleAndVehiclesBrokenDown() {
        func c(_ sentence: String) -> [AuditCheck] {
            checks("示例局2023年度部门决算\n一、部门基本情况\n\(sentence)\n二、收入支出决算总体情况\n2023年度收入总计500.00万元。")
                .filter { $0.rule == "breakdown" }
        }
        let partitions: [(String, Double, Double)] = [
            ("本部门编制人数25人，实有在职人员23人，其中：行政人员18人、事业人员6人；离退休人员12人。", 23, 24),
            ("年末实有人数46人，其中：在职人员38人，退休人员8人。", 46, 46),
            ("截至2023年12月31日，本部门共有车辆6辆，其中：一般公务用车4辆，执法执勤用车3辆。", 6, 7),
            ("本单位实有人员20名，其中行政编制12名，事业编制7名（含借调1名），工勤1名，均为全额拨款。", 20, 20),
            ("在职人员30人，其中男16人，女14人。", 30, 30),
        ]
        for (sentence, stated, sum) in partitions {
            let found = c(sentence)
            #expect(found.count == 1 && found[0].stated == stated && found[0].recomputed == sum && found[0].consistent == (stated == sum),
                    "\(sentence): \(found.map(\.check))")
        }
        // A difference of one person is an error, not rounding.
        #expect(c("在职人员23人，其中：行政人员18人，事业人员4人。").first.map { !$0.consistent && $0.tolerance == 0 } == true)
        let noPartitions = [
            "在职人员23人，其中：女性12人，中共党员15人。",
            "在职人员23人，其中：研究生学历3人，本科学历15人。",
            "在职人员23人，其中：新进3人，调出2人。",
            "在职人员23人，其中：行政人员18人。",
            "在职人员23人，其中：行政人员18人，工资总额260万元。",
        ]
        for sentence in noPartitions { #expect(c(sentence).isEmpty, "\(sentence): \(c(sentence).map(\.check))") }
        // Retired people are no part of the staff in post: the list ends before them.
        let inPost = c("在职人员23人，其中：行政人员18人，事业人员5人，退休人员12人。")
        #expect(inPost.count == 1 && inPost[0].recomputed == 23 && inPost[0].consistent, "\(inPost.map(\.check))")
        // The whole is named from its own sentence, not from the heading that runs into it.
        #expect(checks("示例局2023年度部门整体支出绩效自评报告\n一、部门概况\n本单位年末实有人数45人，其中：在职人员38人，退休人员7人。")
            .contains { $0.check.hasPrefix("本单位年末实有人数 ") })
    }

    /// Rates named by what they divide, each recomputed from the amounts stated before it: the department's
    /// execution rate as 预算完成率 (its figure), a 控制率 or 政府采购执行率 of another thing's actual over its budget
    /// (no figure of the department's execution rate), 预算调整率 over the initial budget or the whole year's,
    /// 结转结余率 over the whole budget, 变动率 as a signed percent change; and a budget adjusted by an amount stated
    /// after the whole.
    @Test func ratesNamedByWhatTheyDivide() {
        let text = """
        示例局2023年度部门整体支出绩效自评报告
        1.预算完成率。年初预算数1,000.00万元，全年预算数1,150.00万元，全年实际支出1,104.00万元，预算完成率为96.00%。
        2.预算调整率。年中追加预算150.00万元，预算调整率为15.00%。
        3.结转结余率。年末结转和结余46.00万元，结转结余率为4.00%。
        4.“三公经费”控制率。“三公”经费预算20.00万元，实际支出18.00万元，控制率为90.00%。
        5.“三公经费”变动率。2022年“三公”经费实际支出24.00万元，2023年较上年减少6.00万元，变动率为-25.00%。
        6.政府采购执行率。政府采购预算80.00万元，实际采购金额72.00万元，政府采购执行率为95.00%。
        """
        let c = checks(text)
        func check(_ rule: String, stated: Double) -> AuditCheck? { c.first { $0.rule == rule && $0.stated == stated } }
        #expect(check("execution-rate", stated: 96).map { abs($0.recomputed - 96) < 1e-9 && $0.consistent } == true, "\(c.map(\.check))")
        #expect(check("adjustment-rate", stated: 15).map { abs($0.recomputed - 15) < 1e-9 && $0.consistent } == true, "\(c.map(\.check))")
        #expect(check("carryover-rate", stated: 4).map { abs($0.recomputed - 4) < 1e-9 && $0.consistent } == true, "\(c.map(\.check))")
        #expect(check("execution-rate", stated: 90).map { abs($0.recomputed - 90) < 1e-9 && $0.consistent && $0.check.hasPrefix("控制率") } == true)
        #expect(check("execution-rate", stated: 95).map { abs($0.recomputed - 90) < 1e-9 && !$0.consistent && $0.check.hasPrefix("政府采购执行率") } == true)
        #expect(check("change-percent", stated: -25).map { abs($0.recomputed + 25) < 1e-9 && $0.consistent } == true, "\(c.map(\.check))")
        #expect(check("change", stated: -6).map { abs($0.recomputed + 6) < 1e-9 && $0.consistent } == true, "\(c.map(\.check))")
        #expect(check("budget-adjustment", stated: 1150).map { abs($0.recomputed - 1150) < 1e-9 && $0.consistent } == true, "\(c.map(\.check))")
        let rates = extraction(text).figures.filter { $0.indicator == "execution_rate" }
        #expect(rates.map(\.value) == [96], "\(rates)")
        // The adjustment over the whole year's budget where the text states no initial one (年中调整预算 180.00 万元 of
        // 3,560.00: 5.06%); a wrong one over either base is flagged.
        func adjustment(_ rate: String) -> AuditCheck? {
            checks("示例局2023年度部门整体支出绩效自评报告\n1.预算执行率：2023年全年预算数3,560.00万元，全年执行数3,310.80万元，预算执行率93.0%。\n2.预算调整率：年中调整预算180.00万元，预算调整率\(rate)%。")
                .first { $0.rule == "adjustment-rate" }
        }
        #expect(adjustment("5.06").map { abs($0.recomputed - 5.0562) < 1e-4 && $0.consistent } == true)
        #expect(adjustment("6.05").map { !$0.consistent } == true)
        // A task's completion (任务完成率) is no budget's.
        #expect(StatementReader.namedRate("培训任务完成率") == nil && StatementReader.namedRate("预算完成率") == .execution)
    }

    /// A sentence opening with an item of money and 中 (本年收入中，…) lists that item's parts; a department's score
    /// adds up over the sections of the whole-spending framework (投入 / 过程 / 产出 / 效果).
    @Test func partsAfterAnItemWithZhongAndScoresOfTheFramework() {
        func c(_ other: String) -> [AuditCheck] {
            checks("示例局2023年度部门整体支出绩效自评报告\n2023年度本局收入总计2,436.85万元，其中：本年收入2,361.20万元，年初结转和结余75.65万元。本年收入中，一般公共预算财政拨款收入2,298.40万元，其他收入\(other)万元。")
                .filter { $0.rule == "breakdown" && $0.stated == 2361.2 }
        }
        #expect(c("62.80").first.map { $0.consistent && abs($0.recomputed - 2361.2) < 1e-9 } == true)
        #expect(c("26.80").first.map { !$0.consistent && abs($0.recomputed - 2325.2) < 1e-9 } == true)
        #expect(StatementReader.itemOfMoneyOpens("本年支出中，基本支出".scalars, at: 4, from: 0))
        #expect(!StatementReader.itemOfMoneyOpens("在工作中，我们".scalars, at: 3, from: 0))
        let score = checks("示例局2023年度部门整体支出绩效自评报告\n本局2023年度整体支出绩效自评得分93.5分，其中：投入15分，过程18.5分，产出38分，效果21分。")
        #expect(score.contains { $0.stated == 93.5 && $0.recomputed == 92.5 && !$0.consistent }, "\(score.map(\.check))")
    }

    /// An item the vocabulary does not know, stated with its completion and its gap to a budget the text never
    /// states (会议费支出 1.20 万元，完成预算的 60.00%，较预算减少 0.80 万元): the completion is checked against the
    /// budget the gap implies, and the gap is no change from the item itself.
    @Test func anUnknownItemsCompletionByItsGap() {
        func c(_ rate: String, _ gap: String = "较预算减少0.80万元") -> [AuditCheck] {
            checks("示例局2023年度部门决算\n七、会议费、培训费支出情况\n2023年度会议费支出1.20万元，完成预算的\(rate)%，\(gap)。")
        }
        #expect(c("60.00").contains { $0.rule == "completion" && abs($0.recomputed - 60) < 1e-9 && $0.consistent })
        #expect(c("66.00").contains { $0.rule == "completion" && abs($0.recomputed - 60) < 1e-9 && !$0.consistent })
        // (A gap as large as the actual implies no budget: no check.)
        #expect(c("50.00", "较预算增加1.20万元").filter { $0.rule == "completion" }.isEmpty)
        #expect(!c("60.00").contains { $0.rule == "change" }, "\(c("60.00").map(\.check))")
    }

    /// A total broken down several ways in a row, the first classification in the total's own sentence (支出预算
    /// X 万元，按功能分类：…；…。按经济分类：…。按支出性质分类：…): each list adds up to the total, none to the
    /// previous list's last item; a list of named projects (主要项目有：1.… 项目 a 万元；…；4.其他项目 d 万元) adds up
    /// to the project spending, each project no restatement of it.
    @Test func aTotalBrokenDownThreeWaysAndItsProjects() {
        func c(_ capital: String, _ other: String) -> [AuditCheck] {
            checks("""
            示例局2024年部门预算公开说明
            一、收支预算总体情况
            2024年部门支出预算1,000.00万元，按功能分类：一般公共服务支出600.00万元；社会保障和就业支出250.00万元；住房保障支出150.00万元。按经济分类：工资福利支出500.00万元；商品和服务支出300.00万元；资本性支出\(capital)万元。按支出性质分类：基本支出700.00万元，占70.00%；项目支出300.00万元，占30.00%。
            二、项目支出预算情况
            2024年项目支出预算300.00万元，主要项目有：1.规划编制项目120.00万元，用于规划编制；2.执法监督项目100.00万元，用于执法检查；3.其他项目\(other)万元。
            """).filter { $0.rule == "breakdown" || $0.rule == "share" }
        }
        let right = c("200.00", "80.00")
        #expect(right.count == 6 && right.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        #expect(right.filter { $0.rule == "breakdown" && $0.stated == 1000 }.count == 3, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 300 && $0.check.contains("规划编制项目") && $0.recomputed == 300 })
        let wrong = c("210.00", "70.00")
        #expect(wrong.filter { !$0.consistent }.map(\.recomputed).sorted() == [290, 1010], "\(wrong.map(\.check))")
        #expect(extraction("示例局2024年部门预算公开说明\n2024年项目支出预算300.00万元，主要项目有：1.规划编制项目120.00万元；2.其他项目180.00万元。")
            .figures.filter { $0.indicator == "project_budget" }.map(\.value) == [300])
        // A named project's 收支 neither (2020年度有滨江路项目收支 1,500 万元).
        #expect(extraction("示例局2021年度部门决算\n收支总计较上年减少1,800.00万元，主要原因是2020年度有滨江路项目收支1,500.00万元，2021年度无此收支。")
            .figures.filter { $0.indicator == "project_expenditure" }.isEmpty)
    }

    /// A part of a 其中 list followed by its own initial budget and completion (其中：基本支出决算 A；项目支出决算 B，
    /// 年初预算为 C，完成年初预算的 d%): the budget is that part's, no part of the total, and the completion is the
    /// part's actual over it (not the department's project spending of all funds over it).
    @Test func aPartsOwnBudgetAndCompletion() {
        func c(_ rate: String) -> [AuditCheck] {
            checks("""
            示例局2023年度部门决算
            二、支出决算情况说明
            本部门2023年度支出合计1,118.26万元，其中：基本支出702.35万元；项目支出415.91万元。
            四、一般公共预算财政拨款支出决算情况说明
            2023年度一般公共预算财政拨款支出年初预算为1,100.06万元，支出决算为1,078.26万元，完成年初预算的98.02%。其中：基本支出决算702.35万元；项目支出决算375.91万元，年初预算为396.00万元，完成年初预算的\(rate)%。
            """)
        }
        let right = c("94.93")
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 1078.26 && abs($0.recomputed - 1078.26) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "completion" && $0.stated == 94.93 && abs($0.recomputed - 94.9268) < 1e-4 && $0.consistent })
        #expect(c("94.39").contains { $0.rule == "completion" && abs($0.recomputed - 94.9268) < 1e-4 && !$0.consistent })
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
    }

    /// A level of government after the place and the year (示例省2024年省级部门预算公开) names no body: the place does.
    @Test func aLevelOfGovernmentNamesNoBody() {
        for level in ["省级", "州级", "市级", "市本级"] {
            let e = extraction("示例省2024年\(level)部门预算公开 “三公”经费连续下降\n\(level)“三公”经费财政拨款预算安排3.12亿元。")
            #expect(e.department == "示例省", "\(level): \(e.department)")
        }
    }

    /// A table whose groups close with a 小计 row (投入 | 小计 | | 20 | 18.2; 基本支出小计 | 150.00 | 143.00): each
    /// 小计 adds up its group's rows, named by the group, and the 合计 adds up the 小计 rows, not every row twice.
    @Test func subtotalRowsCloseTheirGroups() {
        func scores(_ process: String) -> [AuditCheck] {
            checks("""
            示例局2023年度部门整体支出绩效自评表
            | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
            | 投入 | 预算编制 | 预算编制合理性 | 5 | 5 |
            | 投入 | 预算执行 | 预算执行率 | 10 | 9.2 |
            | 投入 | 小计 | | 15 | 14.2 |
            | 过程 | 财务管理 | 资金使用合规性 | 10 | 10 |
            | 过程 | 资产管理 | 资产管理规范性 | 5 | 4.5 |
            | 过程 | 小计 | | 15 | \(process) |
            | 合计 | | | 30 | 28.7 |
            """).filter { $0.rule == "breakdown" }
        }
        let right = scores("14.5")
        #expect(right.count == 6 && right.allSatisfy(\.consistent), "\(right.map(\.check))")
        #expect(right.contains { $0.check.hasPrefix("投入小计") && $0.stated == 14.2 && abs($0.recomputed - 14.2) < 1e-9 })
        #expect(right.contains { $0.check.hasPrefix("合计") && $0.check.contains("过程小计") && $0.stated == 30 && $0.recomputed == 30 })
        let wrong = scores("13.5")
        #expect(wrong.filter { !$0.consistent }.map(\.recomputed).sorted() == [14.5, 27.7], "\(wrong.map(\.check))")
        let amounts = checks("""
        示例局2023年度部门决算
        | 项目 | 预算数 | 决算数 |
        | 工资福利支出 | 100.00 | 98.00 |
        | 商品和服务支出 | 50.00 | 45.00 |
        | 基本支出小计 | 150.00 | 143.00 |
        | 专项业务费 | 80.00 | 70.00 |
        | 设备购置费 | 20.00 | 17.00 |
        | 项目支出小计 | 100.00 | 87.00 |
        | 合计 | 250.00 | 230.00 |
        """).filter { $0.rule == "breakdown" }
        #expect(amounts.filter { $0.stated == 230 }.map(\.recomputed) == [230], "\(amounts.map(\.check))")
        #expect(amounts.contains { $0.stated == 143 && $0.recomputed == 143 } && amounts.contains { $0.stated == 87 && $0.recomputed == 87 })
    }

    /// Last year's level named by 上年 / 去年 before its label (上年支出合计 1702.10 万元) is last year's, and the
    /// change between the two is checked; 上年结转 is this year's carry-over.
    @Test func lastYearsLevelByItsLabel() {
        for word in ["上年", "去年", "上一年度"] {
            let text = "示例局2023年度部门决算\n2023年度支出合计1790.25万元，\(word)支出合计1702.10万元，增长5.18%。"
            let e = extraction(text)
            #expect(e.statements.contains { $0.value == 1702.1 && $0.year == 2022 }, "\(word)")
            #expect(checks(text).contains { $0.rule == "change-percent" && $0.stated == 5.18 && abs($0.recomputed - 5.179) < 0.001 }, "\(word)")
        }
        #expect(StatementReader.namesLastYear("上年支出") && !StatementReader.namesLastYear("上年结转") && !StatementReader.namesLastYear("本年支出"))
    }

    /// 决算支出 is the spending; an inline 其中 after a total's change goes on past ； to another part of that
    /// total by the accounting (其中基本支出减少 A，…；项目支出增加 B), and the parts' changes add up to the total's.
    @Test func partsOfAChangeOnBothSidesOfASemicolon() {
        func c(_ project: String) -> [AuditCheck] {
            checks("示例局2024年度部门整体支出绩效自评报告\n2024年本部门总支出14707.31万元。决算支出较上年减少170.13万元，其中基本支出减少了177.61万元,主要是人员经费预算减少；项目支出增加了\(project)万元。")
                .filter { $0.rule == "change-breakdown" }
        }
        #expect(c("7.48").count == 1 && c("7.48")[0].consistent)
        #expect(c("8.48").count == 1 && !c("8.48")[0].consistent)
    }

    /// The parts after a 其中：, each in a sentence of its own with its share of the same whole, are all parts of
    /// that whole; a sentence whose share names another whole is not.
    @Test func partsInSentencesOfTheirOwnNamedByTheirShares() {
        func c(_ third: String) -> [AuditCheck] {
            checks("示例中心2024年单位预算公开说明\n1. 基本支出预算 2257394.86 元，同比减少 5120.4 元。其中：\n工资福利支出预算 1843520.16 元，占基本支出预算 81.67%。\n商品和服务支出预算 402614.7 元，占基本支出预算 17.84%。\n对个人和家庭补助支出预算 \(third) 元，占基本支出预算 0.5%。\n2. 项目支出 349300 元，占一般公共预算支出的 13.4%。")
                .filter { $0.rule == "breakdown" }
        }
        #expect(c("11260").count == 1 && c("11260")[0].consistent, "\(c("11260").map(\.check))")
        #expect(c("11620").count == 1 && !c("11620")[0].consistent)
    }

    /// 万 cut short from 万元 at a clause's end is 万元 after money words (收入总计 534,070 万，), not after people
    /// (全县人口 52 万，).
    @Test func 万AtAClausesEnd() {
        let e = extraction("示例县2023年预算执行情况的报告\n2023年全县收入总计534,070万，支出合计516,930万。全县户籍人口52万，常住人口48万。")
        #expect(e.figures.contains { $0.indicator == "budget_revenue" && $0.value == 534_070 })
        #expect(e.statements.allSatisfy { $0.value != 52 && $0.value != 48 })
    }

    /// A numbered paragraph wrapped at the document's line width (pdftotext without -layout) goes on past the line
    /// break, though its first line looks like a heading; a short heading line still ends its sentence.
    @Test func aNumberedParagraphWrappedAtTheLineWidth() {
        func wrapped(_ paragraph: String, width: Int) -> String {
            let s = Array(paragraph.unicodeScalars)
            return stride(from: 0, to: s.count, by: width).map { s.string($0..<min(s.count, $0 + width)) }.joined(separator: "\n")
        }
        let prose = wrapped(String(repeating: "本部门严格执行预算，压减一般性支出，保障重点项目和民生支出。", count: 8), width: 38)
        let item = wrapped("（一）机关运行经费。2024年本部门机关运行经费预算1,865,000.00元，比上年预算减少85,000.00元，下降4.36%，主要原因是压减一般性支出。", width: 38)
        let text = "示例局2024年部门预算公开说明\n一、其他重要事项\n" + prose + "\n" + item + "\n"
        #expect(item.split(separator: "\n").first?.hasSuffix("1,865,000.00") == true)
        let c = checks(text)
        #expect(c.contains { $0.stated == -4.36 && $0.consistent }, "\(c.map(\.check))")
        #expect(ReportText.wrapWidth(ReportText.Lines(text.unicodeScalars)) == 38)
        #expect(ReportText.wrapWidth(ReportText.Lines("短的标题\n另一行".unicodeScalars)) == nil)
        // Unwrapped, a short numbered title still ends its sentence.
        #expect(ReportText("一、基本情况\n本部门收入100万元。").headingEnds.count == 1)
    }

    /// A PDF's wrapped lines run together with a blank at each break (a document-sharing site's text): a blank inside
    /// a numbered item's label (…养老支出（ 款）机关…, 住房公积金 （项）) or before its amount (…初中教育（项） 6,854,200.00元) does
    /// not end the item's heading, so the items still join the total their list opens; the text's wrap width is
    /// told from the runs between blanks beside Chinese, and a text run together from whole lines has none.
    @Test func wrappedLinesRunTogether() {
        let paragraph = "2024年一般公共预算拨款支出预算8,102,340.00元，比上年增加365,400.00元。主要用于："
        let items = ["（一）教育支出（类）普通教育（款）初中教育（项）6,854,200.00元，占84.60%，主要用于保障学校正常运转和教师工资发放。",
                     "（二）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）768,140.00元，占9.48%。",
                     "（三）住房保障支出（类）住房改革支出（款）住房公积金（项）480,000.00元，占5.92%。"]
        // Cut every 26 scalars, never inside a number (typesetting moves it whole to the next line).
        func runTogether(_ lines: [String], width: Int) -> String {
            var pieces: [String] = []
            for line in lines {
                let s = Array(line.unicodeScalars)
                var start = 0
                while s.count - start > width {
                    var cut = start + width
                    while cut > start, s[cut - 1].properties.numericType != nil || s[cut - 1] == ",", s[cut].properties.numericType != nil || ",.%".unicodeScalars.contains(s[cut]) { cut -= 1 }
                    pieces.append(s.string(start..<cut)); start = cut
                }
                pieces.append(s.string(start..<s.count))
            }
            return pieces.joined(separator: " ")
        }
        let body = runTogether(["二、一般公共预算拨款支出情况", paragraph] + items + ["三、其他重要事项", String(repeating: "本单位严格执行预算，压减一般性支出，保障重点项目和民生支出。", count: 6)], width: 26)
        #expect(body.contains("初中教育（项） 6,854,200.00元") && body.contains("养老支出（ 款）机关") && body.contains("住房公积金 （项）"))
        let text = "示例县第一中学2024年单位预算公开说明\n" + body
        #expect(ReportText.blankWrapWidth(ReportText.Lines(text.unicodeScalars)) == 26)
        let c = checks(text)
        let breakdown = c.first { $0.rule == "breakdown" && $0.stated == 810.234 }
        #expect(breakdown.map { abs($0.recomputed - 810.234) < 1e-9 && $0.consistent } == true, "\(c.map(\.check))")
        #expect(c.filter { $0.rule == "share" && $0.consistent }.count == 3, "\(c.map(\.check))")
        // The same text from whole lines run together (one paragraph) has no wrap width, and reads the same.
        let whole = "示例县第一中学2024年单位预算公开说明\n" + (["二、一般公共预算拨款支出情况", paragraph] + items).joined(separator: " ")
        #expect(ReportText.blankWrapWidth(ReportText.Lines(whole.unicodeScalars)) == nil)
        #expect(checks(whole).filter { $0.rule == "breakdown" || $0.rule == "share" }.count == 4)
    }

    /// The code-point test of blanks agrees with Unicode's White_Space everywhere, and the scalar search with
    /// Foundation's.
    @Test func blanksAndWordSearch() {
        for v in 0...0x10FFFF { if let c = Unicode.Scalar(v) { #expect(ReportText.isBlank(c) == c.properties.isWhitespace, "U+\(String(v, radix: 16))") } }
        // Control characters are dropped (told by code point: Unicode's Cc is U+0000-001F and U+007F-009F).
        for v in 0...0x10FFFF { if let c = Unicode.Scalar(v), c.properties.generalCategory == .control { #expect(v < 0x20 || (0x7F...0x9F).contains(v)) } }
        #expect(ReportText("a\u{1B}b\u{85}c\u{9F}d").scalars.string == "ab cd")  // (U+0085 is a blank between letters)
        for (text, word) in [("单位：万元", "单位：万元"), ("（单位：元）", "单位：元"), ("单位：万元", "单位：元"), ("", "a"), ("ab", ""), ("预算执行率", "执行")] {
            #expect(text.holds(word) == text.contains(word), "\(text) \(word)")
        }
        // Trimming by code point agrees with Foundation's character sets, for every blank and line break at either end.
        let blanks = (0...0x3000).compactMap(Unicode.Scalar.init).filter { $0.properties.isWhitespace }.map(String.init)
        for b in blanks {
            for text in ["\(b)预算 \(b)执行\(b)", "\(b)\(b)", "x\(b)", "\(b)12.5\(b)\(b)"] {
                #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map { $0.value })")
                #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map { $0.value })")
            }
        }
        // A line normalised at once (copied when nothing changes) as scalar by scalar.
        for line in ["２０２４年預算１２．５％", "本年收入合计 | 100.00 |", "", "\u{0C}第 3 页\u{0C}", "經費　支出"] {
            let v = Substring(line).unicodeScalars
            #expect(ReportText.normalisedLine(v) == String(String.UnicodeScalarView(v.map(ReportText.normalise))))
            #expect(ReportText.normalisedLine(v, formFeedsAsBlanks: true)
                    == String(String.UnicodeScalarView(v.map { $0 == "\u{0C}" ? " " : ReportText.normalise($0) })))
        }
        #expect(ReportText.normalisedLine(Substring("２０２４年預算").unicodeScalars) == "2024年预算")
    }

    /// Lines one at a time, as splitting at every break gives them (the empty line after a last break included),
    /// and a long text's rebuilt table rows the same whether the text is read at once or one line at a time.
    @Test func linesOneAtATime() {
        for text in ["", "\n", "a\nb", "a\n\nb\n", "a\u{0C}b\r\nc", "\u{0C}"] {
            for formFeeds in [false, true] {
                let split = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" || formFeeds && $0 == "\u{0C}" }
                #expect(ReportText.Lines(text.unicodeScalars, breakingAtFormFeeds: formFeeds).map(String.init) == split.map(String.init), "\(text.debugDescription)")
            }
        }
        // A two-sided table between prose, repeated: each one split in two (the left half, the blank line, the right
        // half), every entry at its text's offset.
        let block = "说明\n项目 | 行次 | 金额 | 项目 | 行次 | 金额\n一、财政拨款收入 | 1 | 100.00 | 一、农林水支出 | 10 | 90.00\n\n本年收入合计 | 2 | 100.00 | 本年支出合计 | 11 | 90.00\n结语\n"
        let text = String(repeating: block, count: 50)
        let scalars = Array(text.unicodeScalars)
        let entries = CellGrid.entries(text)
        #expect(entries.count == 50 * 9 + 1)
        for e in entries {
            #expect(String(String.UnicodeScalarView(scalars[e.start..<(e.start + e.text.unicodeScalars.count)])) == e.text)
        }
        #expect(entries.filter { $0.text.trimmingSpaces().hasPrefix("本年支出合计") }.count == 50)
        #expect(entries.filter { $0.text.hasPrefix("本年收入合计") && !$0.text.contains("支出") }.count == 50)
    }

    /// Staff counted as 在职 and 退休 alone (局机关在职113人、离休2人、退休75人).
    @Test func staffInServiceAndRetiredAlone() {
        let e = extraction("示例县财政局2020年度机关整体支出绩效评价报告\n现有编制人员205人。其中，局机关在职113人、离休2人、退休75人。")
        #expect(e.figures.contains { $0.indicator == "staff_in_service" && $0.value == 113 })
        #expect(e.figures.contains { $0.indicator == "retirees" && $0.value == 75 })
        #expect(!e.figures.contains { $0.value == 205 || $0.value == 2 })
    }

    /// The Hunan county template of a 决算: a classification item opening its own sentence before a colon, with its
    /// initial budget, its spending and the completion; a 三公 part's spending after its budget (公务接待费预算为 A，
    /// 支出决算 B) is the part's, and the parts' changes, one of them 与上年持平, add up to the total's; the
    /// appropriation's 收入支出总计 and its 支出总计 are no restatement of the department's; a share of a whole of one
    /// budget type (占一般公共预算项目支出总额的) is not checked against the spending of all money.
    @Test func hunanTemplateOfAFinalAccount() {
        func text(completion: String, travel: String, reception: String) -> String {
            """
            示例县林业局2023年度部门决算
            一、收入支出决算总体情况说明
            2023年度收入总计1,200.00万元，支出总计1,200.00万元。与2022年度相比，收入支出总计各增加100.00万元，增长9.09%。
            二、支出决算情况说明
            本年支出合计1,150.00万元，其中：基本支出700.00万元；项目支出450.00万元。
            三、财政拨款收入支出决算总体情况说明
            2023年度财政拨款收入总计1,100.00万元，支出总计1,100.00万元。与2022年度相比，财政拨款收入支出总计各增加50.00万元，增长4.76%。
            四、一般公共预算财政拨款支出决算具体情况
            2023年度一般公共预算财政拨款支出1,050.00万元。
            2.农林水支出（类）林业和草原（款）森林资源管理（项）：年初预算为400.00万元，支出决算为420.00万元，完成年初预算的\(completion)%。
            五、“三公”经费支出决算情况说明
            2023年度“三公”经费支出决算为10.00万元，比上年减少2.00万元，下降16.67%。其中：因公出国（境）费0万元；公务用车购置及运行维护费7.00万元（其中：公务用车购置费0万元，公务用车运行维护费7.00万元）；公务接待费3.00万元。
            1.因公出国（境）费支出决算0万元，\(travel)。
            2.公务用车购置及运行维护费预算为8.00万元，支出决算7.00万元，完成预算的87.50%，比上年减少1.50万元。
            3.公务接待费预算为4.00万元，支出决算3.00万元，完成预算的\(reception)%，比上年减少0.50万元。
            六、预算绩效情况说明
            本部门对一般公共预算项目开展绩效自评，涉及资金380.00万元，占一般公共预算项目支出总额的100%。
            """
        }
        let right = checks(text(completion: "105.00", travel: "与上年持平", reception: "75.00"))
        func check(_ stated: Double, in c: [AuditCheck]) -> AuditCheck? { c.first { $0.stated == stated } }
        #expect(check(105, in: right).map { abs($0.recomputed - 105) < 1e-9 && $0.consistent && $0.check.contains("森林资源管理") } == true, "\(right.map(\.check))")
        #expect(check(75, in: right).map { abs($0.recomputed - 75) < 1e-9 && $0.consistent } == true, "\(right.map(\.check))")
        #expect(check(87.5, in: right).map { abs($0.recomputed - 87.5) < 1e-9 && $0.consistent } == true)
        // -2.00 = -1.50 - 0.50 + 0 (the travel's 与上年持平).
        #expect(right.contains { $0.rule == "change-breakdown" && $0.stated == -2 && abs($0.recomputed + 2) < 1e-9 && $0.consistent }, "\(right.map(\.check))")
        // The parts in parentheses are the vehicles', not more parts of the 三公 total.
        #expect(!right.contains { $0.stated == 10 && !$0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        // The appropriation's totals and change are checked against each other, not against the department's.
        #expect(check(4.76, in: right).map { abs($0.recomputed - 4.7619) < 1e-3 && $0.consistent } == true, "\(right.map(\.check))")
        #expect(!right.contains { ($0.stated == 1100 || $0.stated == 50) && !$0.consistent })
        #expect(!right.contains { $0.stated == 100 && $0.rule == "share" })
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        // Each one wrong: the completion, a part's change that the total's does not match (the travel's change roughly
        // level is no number, so nothing adds up), the part's completion.
        let wrong = checks(text(completion: "150.00", travel: "与上年持平", reception: "57.00"))
        #expect(check(150, in: wrong).map { abs($0.recomputed - 105) < 1e-9 && !$0.consistent } == true)
        #expect(check(57, in: wrong).map { abs($0.recomputed - 75) < 1e-9 && !$0.consistent } == true)
        let roughly = checks(text(completion: "105.00", travel: "与上年基本持平", reception: "75.00"))
        #expect(!roughly.contains { $0.rule == "change-breakdown" && $0.stated == -2 })
        // The year's appropriation spending is its figure, not the 支出总计 with the balances.
        let e = extraction(text(completion: "105.00", travel: "与上年持平", reception: "75.00"))
        #expect(e.figures.filter { $0.indicator == "appropriation_final" }.map(\.value) == [1050], "\(e.figures)")
        #expect(e.figures.contains { $0.indicator == "total_expenditure" && $0.value == 1150 })
        // Level with a named year's budget (与2023年预算持平) too.
        let named = checks("示例局2024年部门预算公开说明\n2024年“三公”经费财政拨款预算为26.50万元，比2023年预算减少3.50万元。其中：因公出国（境）费0万元，与2023年预算持平；公务接待费6.50万元，比2023年预算减少1.50万元；公务用车购置及运行维护费20.00万元，比2023年预算减少2.00万元。")
        #expect(named.contains { $0.rule == "change-breakdown" && $0.stated == -3.5 && abs($0.recomputed + 3.5) < 1e-9 }, "\(named.map(\.check))")
        // 无变化 against the year's budget: the outturn against the budget, not against last year.
        func level(_ budget: String) -> [AuditCheck] {
            checks("示例局2022年度“三公”经费支出决算情况说明\n2021年度公务接待费支出决算5.40万元。2022年度公务接待费预算为\(budget)万元，支出决算4.37万元，与2022年度预算相比无变化。")
                .filter { $0.rule == "change" && $0.stated == 0 }
        }
        #expect(level("4.37").contains { $0.consistent && $0.recomputed == 0 }, "\(level("4.37").map(\.check))")
        #expect(level("6.00").contains { !$0.consistent && abs($0.recomputed + 1.63) < 1e-9 })
    }

    /// What was saved against a budget (节约资金 X 万元) and its rate (节约率 y%), after the budget and the actual: the
    /// budget less the actual, and that over the budget; a score broken down into parts the vocabulary has no item
    /// for (其中：部门决策 18 分，部门管理 27.5 分，…) adds up, full marks (满分) being no part.
    @Test func savingsAndScorePartsOfUnknownNames() {
        func c(_ saving: String, _ rate: String) -> [AuditCheck] {
            checks("示例局2023年度部门整体支出绩效评价报告\n4．政府采购。全年政府采购预算85.00万元，实际采购82.36万元，共节约资金\(saving)万元，节约率\(rate)%。")
        }
        let right = c("2.64", "3.11")
        #expect(right.contains { $0.rule == "saving" && abs($0.recomputed - 2.64) < 1e-9 && $0.consistent }, "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "saving-rate" && abs($0.recomputed - 3.1059) < 1e-4 && $0.consistent }, "\(right.map(\.check))")
        let wrong = c("2.46", "3.01")
        #expect(wrong.contains { $0.rule == "saving" && $0.stated == 2.46 && !$0.consistent })
        #expect(wrong.contains { $0.rule == "saving-rate" && $0.stated == 3.01 && !$0.consistent })
        #expect(StatementReader.namesSaving("节约资金") && StatementReader.namesSaving("累计节约财政资金") && !StatementReader.namesSaving("节约率"))
        func score(_ total: String) -> [AuditCheck] {
            checks("示例局2023年度部门整体支出绩效评价报告\n经自评，本部门2023年度部门整体支出绩效自评得分为\(total)分，评价等级为“优”。其中：部门决策18分，部门管理27.5分，部门产出26分，部门效益20分。")
                .filter { $0.rule == "breakdown" }
        }
        #expect(score("91.5").contains { abs($0.recomputed - 91.5) < 1e-9 && $0.consistent }, "\(score("91.5").map(\.check))")
        #expect(score("95.1").contains { abs($0.recomputed - 91.5) < 1e-9 && !$0.consistent })
        let full = checks("示例局2023年度项目支出绩效自评报告\n该项目综合得分94.50分。其中：项目决策（满分20分）得18分，项目过程（满分20分）得19分，项目产出（满分40分）得38分，项目效益（满分20分）得19.5分。")
        #expect(!full.contains { $0.check.contains("满分") }, "\(full.map(\.check))")
    }

    /// A total of both sides (财政拨款收支总预算 T) stated before the lists of its revenue and its spending (收入包括：…；
    /// 支出包括：…): each list adds up to it.
    @Test func listsOfBothSidesAfterTheirTotal() {
        func c(_ fund: String) -> [AuditCheck] {
            checks("示例局2024年部门预算公开说明\n2024年财政拨款收支总预算2,318.90万元。收入包括：一般公共预算拨款收入2,168.90万元，政府性基金预算拨款收入\(fund)万元；支出包括：一般公共服务支出1,790.50万元，社会保障和就业支出218.40万元，卫生健康支出96.00万元，住房保障支出214.00万元。")
                .filter { $0.rule == "breakdown" && $0.stated == 2318.9 }
        }
        #expect(c("150.00").count == 2 && c("150.00").allSatisfy { $0.consistent && abs($0.recomputed - 2318.9) < 1e-9 }, "\(c("150.00").map(\.check))")
        #expect(c("105.00").contains { !$0.consistent && abs($0.recomputed - 2273.9) < 1e-9 } && c("105.00").contains { $0.consistent })
    }

    /// 年初 of a balance (年初财政拨款结转和结余) is when the balance stood, not a budget: the appropriation's spending
    /// after it is an actual, its initial budget stated later is checked against it, and the balances at the start
    /// and at the end of the year are no restatement of each other; the parts of the appropriation's basic spending
    /// (人员经费, 公用经费) do not add up to the spending of all money with its projects.
    @Test func balancesAtTheStartOfTheYearAndAppropriationsParts() {
        func text(_ completion: String) -> String {
            """
            示例市统计局2023年度部门决算
            本年支出合计1,902.36万元，其中：基本支出1,288.46万元；项目支出613.90万元。年末结转和结余97.64万元。
            2023年度财政拨款收入1,712.80万元，年初财政拨款结转和结余120.00万元；财政拨款支出1,760.34万元，年末财政拨款结转和结余72.46万元。财政拨款支出年初预算为1,700.00万元，支出决算为1,760.34万元，完成年初预算的\(completion)%。
            2023年度一般公共预算财政拨款基本支出1,198.46万元，其中：人员经费1,062.30万元，公用经费136.16万元。
            """
        }
        let right = checks(text("103.55"))
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 103.55 && abs($0.recomputed - 103.5494) < 1e-3 }, "\(right.map(\.check))")
        #expect(!right.contains { $0.rule == "restated" }, "\(right.map(\.check))")
        #expect(checks(text("105.35")).contains { $0.stated == 105.35 && !$0.consistent })
        let e = extraction(text("103.55"))
        #expect(e.figures.contains { $0.indicator == "appropriation_final" && $0.value == 1760.34 })
        #expect(e.figures.contains { $0.indicator == "appropriation_budget" && $0.value == 1700 }, "\(e.figures)")
        #expect(ReportAudit.balanceDate("年初财政拨款结转和结余") == "start" && ReportAudit.balanceDate("年末结转和结余") == "end")
    }

    /// A percent right after an amount change is of the same comparison (比年初预算 3,920 万元减少 434 万元，下降 11.1%:
    /// against the budget, not last year); a percent of another comparison (比上年决算增长 4.2%) takes no base from an
    /// amount change against the budget.
    @Test func aPercentOfTheSameComparisonAsTheAmountBeforeIt() {
        func c(_ percent: String) -> [AuditCheck] {
            checks("示例市2023年度市级“三公”经费决算情况说明\n2023年，市级各部门使用一般公共预算财政拨款安排的“三公”经费决算合计3,486万元，比年初预算3,920万元减少434万元，下降\(percent)%；比上年决算3,702万元减少216万元，下降5.8%。\n（二）公务接待费决算812万元，比年初预算减少136万元，下降14.3%；比上年决算增长4.2%。")
        }
        let right = c("11.1")
        #expect(right.contains { $0.stated == -11.1 && abs($0.recomputed + 11.0714) < 1e-3 && $0.consistent }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == -5.8 && $0.consistent })
        #expect(right.contains { $0.stated == -14.3 && abs($0.recomputed + 14.346) < 1e-3 && $0.consistent }, "\(right.map(\.check))")
        #expect(!right.contains { $0.stated == 4.2 }, "\(right.map(\.check))")
        #expect(c("11.7").contains { $0.stated == -11.7 && abs($0.recomputed + 11.0714) < 1e-3 && !$0.consistent })
    }

    /// A list of a project's sources after its budget and its spending (项目资金来源为财政资金，其中：州本级安排 A 万元，
    /// 上级补助资金 B 万元) adds up to the budget it matches, though one part's own words say budget and the other's
    /// nothing.
    @Test func sourcesOfAProjectsBudgetAfterItsSpending() {
        func c(_ upper: String) -> [AuditCheck] {
            checks("示例州数字经济发展中心2024年度项目支出绩效单位自评报告\n经预算调整后项目预算为765.40万元。全年实际支出686.15万元，预算执行率89.65%。\n项目资金来源为财政资金，其中：州本级安排580.40万元，上级补助资金\(upper)万元。")
        }
        #expect(c("185.00").contains { $0.rule == "breakdown" && $0.stated == 765.4 && abs($0.recomputed - 765.4) < 1e-9 && $0.consistent }, "\(c("185.00").map(\.check))")
        // Parts that add up to neither are checked against neither (which one they break down is unknown).
        #expect(!c("158.00").contains { $0.rule == "breakdown" })
    }

    /// Scores in the form 项目决策（20 分）得 18 分: the marks in parentheses are the section's full marks, the number
    /// after 得 its score; a section by its name alone (项目产出) is the framework's, an indicator within it (产出数量,
    /// 社会效益) is not; a section's 其中 adds up, complete when its parts' full marks make up its own.
    @Test func scoresAfterTheirFullMarksInParentheses() {
        func c(_ process: String) -> [AuditCheck] {
            checks("""
            示例县农业农村局2023年度项目支出绩效自评报告
            经自评，本项目综合得分91.5分。
            （一）项目决策（20分）得18分。其中：项目立项（8分）得8分；绩效目标（6分）得5分；资金投入（6分）得5分。
            （二）项目过程（20分）得\(process)分。其中：资金管理（12分）得11分；组织实施（8分）得7分。
            （三）项目产出（40分）得37.5分。其中：产出数量（15分）得15分；产出质量（10分）得9分；产出时效（8分）得7.5分；产出成本（7分）得6分。
            （四）项目效益（20分）得17分。其中：社会效益（10分）得9分；可持续影响（5分）得4分；满意度（5分）得4分。
            """)
        }
        let right = c("18")
        #expect(right.contains { $0.rule == "identity" && $0.stated == 91.5 && abs($0.recomputed - 90.5) < 1e-9 && !$0.consistent }, "\(right.map(\.check))")
        #expect(right.filter { $0.rule == "breakdown" }.count == 4 && right.filter { $0.rule == "breakdown" }.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        let wrong = c("19")
        #expect(wrong.contains { $0.rule == "breakdown" && $0.stated == 19 && abs($0.recomputed - 18) < 1e-9 && !$0.consistent }, "\(wrong.map(\.check))")
        #expect(wrong.contains { $0.rule == "identity" && $0.stated == 91.5 && $0.consistent })
        let e = extraction("示例县农业农村局2023年度项目支出绩效自评报告\n（三）项目产出（40分）得37.5分。其中：产出数量（15分）得15分；产出质量（10分）得9分。")
        #expect(e.figures.filter { $0.indicator == "score_output" }.map(\.value) == [37.5], "\(e.figures)")
        #expect(StatementReader.marksInParentheses("项目决策（20分）得18分".scalars, at: 5, floor: 0).map { $0.label == "项目决策" && $0.isMarks } == true)
        #expect(StatementReader.marksInParentheses("项目决策（20分）得18分".scalars, at: 10, floor: 0).map { $0.label == "项目决策" && !$0.isMarks } == true)
        #expect(StatementReader.marksInParentheses("其中（含20分附加分）".scalars, at: 4, floor: 0) == nil)
    }

    /// A section's score with its full marks after it (投入指标得分 18.5 分（满分 20 分）) and the points deducted in a
    /// later sentence (投入指标扣 1.5 分): the deduction is checked against the marks less the score, exactly (scores
    /// are whole points as printed); in the order 分值, 得, 扣 the deduction, stated last, is what is checked.
    @Test func deductionsAfterScoresAndTheirFullMarks() {
        func c(_ output: String) -> [AuditCheck] {
            checks("示例市生态环境局2022年度部门整体支出绩效自评报告\n经自评，投入指标得分18.5分（满分20分），过程指标得分19分（满分20分），产出指标得分36分（满分40分），效果指标得分18分（满分20分），总得分91.5分。\n投入指标扣1.5分，主要是预算执行率未达到100%；过程指标扣1分；产出指标扣\(output)分；效果指标扣2分。")
                .filter { $0.rule == "score-deduction" }
        }
        #expect(c("4").count == 4 && c("4").allSatisfy { $0.consistent }, "\(c("4").map(\.check))")
        #expect(c("3").contains { $0.stated == 3 && $0.recomputed == 4 && !$0.consistent })
        let ordered = checks("示例厅2023年度部门整体支出绩效自评报告\n（一）预算执行情况分析（分值10分，得9.26分，扣0.84分）").filter { $0.rule == "score-deduction" }
        #expect(ordered.contains { $0.stated == 0.84 && abs($0.recomputed - 0.74) < 1e-9 && !$0.consistent }, "\(ordered.map(\.check))")
    }

    /// An indicator table's rows scored as weight × 得分系数 (| 80% | 20 | 16 |): each row's score against its weight
    /// and its coefficient; rows without a coefficient are not checked.
    @Test func rowsScoredByTheirCoefficient() {
        func c(_ score: String) -> [AuditCheck] {
            checks("""
            部门整体绩效自评表
            （2023年度）
            主管部门：示例区水务局
            指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数（%） | 指标权重（分） | 指标得分（分） | 是否核心指标
            河道巡查次数 | 次 | 定量指标 | 240次 | | 192次 | 80% | 20 | 16 | 是
            群众满意度 | % | 定量指标 | 95% | | 90% | 90% | 10 | \(score) | 否
            业务保障能力提升 | % | 定性指标 | 提升 | | 提升 | | 20 | 20 | 否
            """).filter { $0.rule == "score-coefficient" }
        }
        #expect(c("9").count == 2 && c("9").allSatisfy { $0.consistent }, "\(c("9").map(\.check))")
        #expect(c("9.5").contains { $0.stated == 9.5 && $0.recomputed == 9 && !$0.consistent })
        #expect(c("9").contains { $0.stated == 16 && $0.recomputed == 16 })
    }

    /// A 公开表 flattened one cell per line: the 总计 closing the block that opens with the year's 合计 adds up that
    /// block's amounts (本年收入合计 + 年初结转和结余), whichever of the balance rows they stand in.
    @Test func grandTotalOfAFlattenedTable() {
        func c(_ carried: String) -> [AuditCheck] {
            let lines = ["示例县人民医院2023年度部门决算公开表", "收入支出决算总表", "部门：示例县人民医院 金额单位：元", "收入", "项目 行次 金额", "栏次 1",
                         "一、一般公共预算财政拨款收入 1", "二、政府性基金预算财政拨款收入 2", "三、事业收入 3", "2,456,780.12", "300,000.00", "443,219.88",
                         "本年收入合计 27", "使用非财政拨款结余 28", "年初结转和结余 29", "总计 30", "3,200,000.00", carried, "3,350,000.00"]
            return checks(lines.joined(separator: "\n")).filter { $0.rule == "breakdown" }
        }
        #expect(c("150,000.00").map { ($0.recomputed * 100).rounded() / 100 }.sorted() == [320, 335] && c("150,000.00").allSatisfy { $0.consistent }, "\(c("150,000.00").map(\.check))")
        #expect(c("105,000.00").contains { abs($0.stated - 335) < 1e-9 && abs($0.recomputed - 330.5) < 1e-9 && !$0.consistent })
    }

    /// Indicators scored paragraph by paragraph (（一）预算执行率（10 分）：…预算执行率 95.00%，…，得 9.5 分): the bare 得
    /// at the paragraph's end scores the indicator whose full marks open it, the execution rate's indicator is the
    /// budget execution's score (checked as weight × rate), and a carry-over rate is over the whole budget stated
    /// at the start, not over another item's budget stated nearer.
    @Test func indicatorsScoredParagraphByParagraph() {
        func c(_ score: String, _ carried: String) -> [AuditCheck] {
            checks("""
            示例县自然资源局2023年度部门整体支出绩效自评报告
            （一）预算执行率（10分）：2023年全年预算数1,200.00万元，全年执行数1,140.00万元，预算执行率95.00%，按“得分=分值×预算执行率”计算，得\(score)分。
            （二）政府采购执行率（5分）：政府采购预算150.00万元，实际采购142.50万元，政府采购执行率95.00%，得5分。
            （三）结转结余率（5分）：年末结转和结余\(carried)万元，结转结余率5.00%，得5分。
            """)
        }
        let right = c("9.5", "60.00")
        #expect(right.contains { $0.rule == "score-weight" && $0.stated == 9.5 && $0.consistent }, "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "carryover-rate" && $0.stated == 5 && abs($0.recomputed - 5) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        let wrong = c("9.0", "66.00")
        #expect(wrong.contains { $0.rule == "score-weight" && $0.stated == 9 && !$0.consistent })
        #expect(wrong.contains { $0.rule == "carryover-rate" && abs($0.recomputed - 5.5) < 1e-9 && !$0.consistent })
        let e = extraction("示例县自然资源局2023年度部门整体支出绩效自评报告\n（一）预算执行率（10分）：预算执行率95.00%，得9.5分。")
        #expect(e.figures.filter { $0.indicator.hasPrefix("score") }.map(\.indicator) == ["score_budget_execution"], "\(e.figures)")
    }

    /// Scores after their full marks in words (项目产出指标满分 40 分，得 38 分) and closing sums of several
    /// indicators (以上三项指标满分 50 分，共得 46.5 分): the full marks are no score, the bare 得 scores the indicator
    /// they name, and a closing sum is checked against the scores (and the full marks) before it, no part of the
    /// total's breakdown; a section named 预算执行 worth 25 points adds its indicators up and is no rate's score.
    @Test func closingSumsOfScoresAndFullMarksInWords() {
        func c(_ subtotal: String) -> [AuditCheck] {
            checks("""
            示例县卫生健康局2024年度部门整体支出绩效自评报告
            一、预算执行情况
            2024年全年预算数7,120.00万元，实际支出6,790.28万元，预算执行率95.37%。
            二、自评结论
            本部门自评得分91.5分。具体为：预算编制（10分）得9分；预算执行（25分）得23.5分；资产管理（15分）得14分，以上三项指标满分50分，共得\(subtotal)分；产出指标满分30分，得27分；效益指标满分20分，得18分。
            """)
        }
        let right = c("46.5")
        #expect(right.filter { $0.rule == "score-sum" }.map(\.recomputed).sorted() == [46.5, 50], "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 91.5 && abs($0.recomputed - 91.5) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent } && !right.contains { $0.rule == "score-weight" }, "\(right.map(\.check))")
        let wrong = c("45.5")
        #expect(wrong.contains { $0.rule == "score-sum" && $0.stated == 45.5 && $0.recomputed == 46.5 && !$0.consistent })
        let e = extraction("示例县水利局2024年度项目支出绩效自评报告\n本项目自评得分93.5分。其中：项目产出指标满分40分，得38分；项目效益指标满分20分，得18分。")
        #expect(e.figures.filter { $0.indicator.hasPrefix("score_") }.map { "\($0.indicator)=\($0.value)" }.sorted()
                == ["score_benefit=18.0", "score_output=38.0", "score_total=93.5"], "\(e.figures)")
    }

    /// A fall written as negative growth (减少 201.15 万元，增长 -4.00%), and a percent before the amount of the same
    /// comparison (“三公”经费支出增长 -12.50%，减少 2.52 万元): the minus is the change's sign, and the amount is the
    /// item's the percent names, whose base it gives.
    @Test func negativeGrowthAndAPercentBeforeItsAmount() {
        func c(_ percent: String) -> [AuditCheck] {
            checks("""
            示例街道办事处2023年度部门决算情况说明
            2023年度收入总计4,826.37万元。与上年相比，收入总计减少201.15万元，增长\(percent)%。
            2023年度“三公”经费财政拨款支出决算为17.64万元。其中：公务用车运行维护费12.40万元；公务接待费5.24万元。与上年相比，“三公”经费支出增长-12.50%，减少2.52万元。
            """).filter { $0.rule == "change-percent" }
        }
        let right = c("-4.00")
        #expect(right.count == 2 && right.allSatisfy { $0.consistent && $0.stated < 0 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == -12.5 && abs($0.recomputed + 12.5) < 1e-9 })
        // (-201.15 over last year's 5,027.52.)
        #expect(right.contains { $0.stated == -4 && abs($0.recomputed + 4.000979) < 1e-5 }, "\(right.map(\.recomputed))")
        #expect(c("-4.20").contains { $0.stated == -4.2 && !$0.consistent })
        // (A positive growth where the amount fell is wrong.)
        #expect(c("4.00").contains { $0.stated == 4 && !$0.consistent })
    }

    /// Performance targets with their plan, their outcome and the completion rate (计划改造 120 公里，实际完成 126
    /// 公里，完成率 105%), a rate's move in points with both ends (由 91.2% 提高到 94.5%，提高 3.3 个百分点), and a
    /// project's unspent funds after its budget and spending (项目结余资金 = 全年预算数 - 执行数).
    @Test func targetsPointMovesAndUnspentFunds() {
        func c(_ rate: String, _ points: String, _ unspent: String) -> [AuditCheck] {
            checks("""
            示例县水利局2024年度农村饮水工程项目支出绩效自评报告
            全年预算数为900.00万元，全年执行数为873.90万元，预算执行率为97.10%。项目结余资金\(unspent)万元。
            数量指标：计划改造供水管网120公里，实际完成126公里，完成率\(rate)%；计划新建供水站8座，实际新建8座，完成率100%。
            社会效益指标：农村自来水普及率由2023年的91.2%提高到94.5%，提高\(points)个百分点。
            """).filter { ["target-completion", "point-change", "saving"].contains($0.rule) }
        }
        let right = c("105", "3.3", "26.10")
        #expect(right.map(\.rule).sorted() == ["point-change", "saving", "target-completion", "target-completion"], "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent } && right.contains { $0.stated == 105 && abs($0.recomputed - 105) < 1e-9 })
        #expect(right.contains { $0.rule == "target-completion" && $0.stated == 100 && abs($0.recomputed - 100) < 1e-9 })
        #expect(right.contains { $0.rule == "point-change" && abs($0.recomputed - 3.3) < 1e-9 }, "\(right.map(\.recomputed))")
        #expect(right.contains { $0.rule == "saving" && abs($0.recomputed - 26.1) < 1e-9 }, "\(right.map(\.recomputed))")
        let wrong = c("150", "3.1", "62.10")
        #expect(wrong.filter { !$0.consistent }.map(\.rule).sorted() == ["point-change", "saving", "target-completion"], "\(wrong.map(\.check))")
        // (A rate with no plan in its clauses, and money, are left to the other rules.)
        #expect(checks("示例县2024年度项目支出绩效自评报告\n受益群众满意度调查完成率98%。预算120.00万元，实际完成110.00万元，完成率91.67%。")
            .allSatisfy { $0.rule != "target-completion" })
    }

    /// A table whose cells single spaces separate (项目 2025年预算数 2024年预算数 增减额 增减率, as copied from a web
    /// page) is read as a table: its rows' changes and its 合计 are checked; prose with spaces is not a table.
    @Test func tablesSeparatedBySingleSpaces() {
        func c(_ percent: String) -> [AuditCheck] {
            checks("""
            示例县自然资源局2025年部门预算公开说明
            收支预算与上年对比情况（单位：万元）
            项目 2025年预算数 2024年预算数 增减额 增减率
            一般公共预算拨款收入 1,256.30 1,198.40 57.90 4.83%
            其他收入 26.36 30.00 -3.64 \(percent)%
            收入合计 1,282.66 1,228.40 54.26 4.42%
            """)
        }
        let right = c("-12.13")
        #expect(right.contains { $0.rule == "change-percent" && $0.stated == -12.13 && abs($0.recomputed + 12.1333) < 1e-4 && $0.consistent },
                "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "change-percent" && $0.stated == 4.83 && abs($0.recomputed - 4.8314) < 1e-4 })
        #expect(right.contains { $0.rule == "breakdown" && $0.stated == 1282.66 && abs($0.recomputed - 1282.66) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(c("-12.31").contains { $0.stated == -12.31 && !$0.consistent })
        // (Prose with spaces around its numbers is no row; rows without a header are no table.)
        #expect(SpaceSeparatedTables.cells("收入 1,256.30 万元 比上年 增加 57.90 万元").map(SpaceSeparatedTables.isRow) == false)
        #expect(checks("示例县2025年部门预算公开说明\n收支预算情况\n一般公共预算拨款收入 1,256.30 1,198.40 57.90 4.38%").allSatisfy { $0.consistent })
    }

    /// A department's whole budget in its own words (年初预算数 A，全年预算数 B，预算调整数 C): the adjustment is the
    /// difference, no budget of its own (the execution rate is over the whole year's budget); 全年实际支出 is the
    /// year's spending; a part's rate may come before its budget (基本支出 A，执行率 r，基本支出全年预算数为 B).
    @Test func anAdjustmentStatedAsTheDifferenceAndARateBeforeItsBudget() {
        func c(_ adjustment: String, _ basicRate: String) -> [AuditCheck] {
            checks("""
            示例县教育局2023年度部门整体支出绩效自评报告
            （一）预算调整情况。2023年年初预算数为68,420.00万元，全年预算数为71,385.60万元，预算调整数\(adjustment)万元。
            （二）预算执行情况。2023年全年实际支出69,246.03万元，预算执行率97.00%。其中：基本支出52,183.46万元，执行率\(basicRate)%，基本支出全年预算数为52,646.80万元；项目支出17,062.57万元。
            """)
        }
        let right = c("2,965.60", "99.12")
        #expect(right.contains { $0.rule == "adjustment" && $0.stated == 2965.6 && abs($0.recomputed - 2965.6) < 1e-6 }, "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "execution-rate" && $0.stated == 97 && abs($0.recomputed - 97.0028) < 1e-3 }, "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "execution-rate" && $0.stated == 99.12 && $0.consistent })
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        let wrong = c("2,695.60", "91.12")
        #expect(wrong.filter { !$0.consistent }.map(\.rule).sorted() == ["adjustment", "execution-rate"], "\(wrong.map(\.check))")
        let e = extraction("示例县教育局2023年度部门整体支出绩效自评报告\n2023年全年实际支出69,246.03万元，预算执行率97.00%。")
        #expect(e.figures.contains { $0.indicator == "total_expenditure" && $0.value == 69246.03 }, "\(e.figures)")
    }

    /// The balance carried forward stated after what makes it (年初结转和结余 A，本年收入合计 R，本年支出合计 E，年末
    /// 结转和结余 B: B = A + R - E), but not the parts of grand totals that hold the balances; and scores given by the
    /// rule they were scored by (按评分标准得 4 分) count in a closing sum.
    @Test func aBalanceCarriedForwardAndScoresByTheRule() {
        func balance(_ end: String) -> [AuditCheck] {
            checks("示例县人民医院2023年度单位决算公开情况说明\n2023年度年初结转和结余1,363.26万元，本年收入合计31,205.16万元，本年支出合计30,874.29万元，年末结转和结余\(end)万元。")
                .filter { $0.rule == "carried-balance" }
        }
        #expect(balance("1,694.13").map(\.consistent) == [true] && abs((balance("1,694.13").first?.recomputed ?? 0) - 1694.13) < 1e-6)
        #expect(balance("1,649.13").map(\.consistent) == [false])
        #expect(checks("示例镇2023年度部门决算情况说明\n收入总计1,286.45万元，其中本年收入合计1,230.25万元，年初结转和结余56.20万元；支出总计1,286.45万元，其中本年支出合计1,248.63万元，年末结转和结余37.82万元。")
            .allSatisfy { $0.rule != "carried-balance" && $0.consistent })
        let scores = checks("""
        示例县2023年度部门整体支出绩效自评报告
        （一）预算执行率（10分）：预算执行率95.00%，得9.5分。

        （二）预算调整率（5分）：年中追加预算80.00万元，预算调整率6.76%，按评分标准得4分。

        以上两项指标满分15分，共得13.5分。
        """).filter { $0.rule == "score-sum" }
        #expect(scores.map(\.recomputed).sorted() == [13.5, 15] && scores.allSatisfy(\.consistent), "\(scores.map(\.check))")
    }

    /// Funds received over the funds due the text states (应到位资金 A，实际到位 B，资金到位率 r), not over the last
    /// budget stated before (a project's, in a report of two).
    @Test func fundsReceivedOverTheFundsDue() {
        func c(_ received: String) -> [AuditCheck] {
            checks("""
            示例县农业农村局2024年度项目支出绩效自评报告
            （二）农机购置补贴项目
            该项目全年预算数300.00万元，实际支出275.20万元，预算执行率91.73%。
            二、资金到位情况
            两个项目应到位资金1,280.00万元，实际到位\(received)万元，资金到位率100%。
            """).filter { $0.rule == "funds-received-rate" }
        }
        #expect(c("1,280.00").map(\.recomputed) == [100] && c("1,280.00").allSatisfy(\.consistent))
        #expect(c("1,180.00").map(\.consistent) == [false] && abs((c("1,180.00").first?.recomputed ?? 0) - 92.1875) < 1e-9)
    }

    /// 收支预算总额 is the budget's total; a list opened by 支出预算中： after a sentence of revenue items breaks none of
    /// them down; and the completion of a budget stated inline (完成年初预算 45.00 万元的 80.93%) is checked.
    @Test func aTotalOfBothSidesAndACompletionOfAnInlineBudget() {
        let text = """
        示例镇人民政府2025年部门预算公开说明
        2025年本部门收支预算总额为26,385,400.00元。收入预算中：一般公共预算拨款收入24,865,400.00元，政府性基金预算拨款收入1,520,000.00元，国有资本经营预算拨款收入0元。支出预算中：基本支出17,236,500.00元，项目支出9,148,900.00元。
        """
        let e = extraction(text), all = checks(text)
        #expect(e.figures.contains { $0.indicator == "budget_revenue" && abs($0.value - 2638.54) < 1e-9 }, "\(e.figures)")
        #expect(all.allSatisfy { $0.consistent }, "\(all.map(\.check))")
        func c(_ rate: String) -> [AuditCheck] {
            checks("示例市生态环境局2023年度“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为36.42万元，完成年初预算45.00万元的\(rate)%。")
                .filter { $0.rule == "completion" }
        }
        #expect(c("80.93").map(\.consistent) == [true] && abs((c("80.93").first?.recomputed ?? 0) - 80.9333) < 1e-3)
        #expect(c("89.03").map(\.consistent) == [false])
    }

    /// Templates that print a fall as a negative rise (较上年增加 -48.30 万元，增幅为 -3.85%), a percent before its
    /// amount with its own comparison (同比增长 -5.10%，较上年增加 -64.40 万元), and words of a change either way
    /// (较上年变动 -1.40 万元，变动率 -10.00%): the minus is the sign.
    @Test func negativeRisesAndChangesEitherWay() {
        func c(_ spending: String) -> [AuditCheck] {
            checks("""
            示例县司法局2023年度部门决算情况说明
            2023年度本年收入合计1,206.50万元，较上年增加-48.30万元，增幅为-3.85%。
            2023年度本年支出合计\(spending)万元，同比增长-5.10%，较上年增加-64.40万元。
            2023年度“三公”经费支出12.60万元，较上年变动-1.40万元，变动率-10.00%。
            """).filter { $0.rule == "change-percent" }
        }
        let right = c("1,198.20")
        #expect(right.map(\.stated).sorted() == [-10, -5.1, -3.85] && right.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        // (Each from the stated amount: -48.30 / 1,254.80, -64.40 / 1,262.60, -1.40 / 14.00.)
        #expect(right.map { ($0.recomputed * 1e4).rounded() / 1e4 }.sorted() == [-10, -5.1006, -3.8492], "\(right.map(\.recomputed))")
        #expect(c("1,298.20").contains { $0.stated == -5.1 && !$0.consistent })
    }

    /// A whole that holds the year's total (总收入 A，其中本年收入 R) has it as a part, and a balance carried in listed
    /// among the year's revenue items (…4.上年结转和结余 C) is a part of that whole, not of the year's revenue.
    @Test func aBalanceCarriedInIsAPartOfTheWhole() {
        func c(_ balance: String) -> [AuditCheck] {
            checks("""
            某镇农业综合服务中心2023年度单位决算情况说明
            本单位2023年度总收入132.56万元，其中本年收入124.54万元，较2022年度决算数增加16.38万元。其中：
            1.财政拨款收入124.54万元，较2022年度决算数增加16.38万元。
            2.事业收入0.00万元，较2022年度决算数增加0.00万元。
            3.上年结转和结余\(balance)万元，较2022年度决算数增加0.78万元。
            """).filter { $0.rule == "breakdown" || $0.rule == "change-breakdown" }
        }
        let right = c("8.02")
        #expect(right.contains { $0.stated == 132.56 && abs($0.recomputed - 132.56) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(c("8.20").contains { $0.stated == 132.56 && !$0.consistent })
        // (A year-end balance in a sentence of its own after the spending's whole is its other part; not when the
        // whole's own list has it already.)
        func spending(_ balance: String, listed: Bool) -> [AuditCheck] {
            checks("""
            某镇农业综合服务中心2023年度单位决算情况说明
            本单位2023年度总支出132.56万元，其中本年支出125.08万元\(listed ? "，年末结转和结余7.48万元" : "")。其中：基本支出110.26万元，项目支出14.82万元。年末结转和结余\(balance)万元。
            """).filter { $0.rule == "breakdown" && $0.stated == 132.56 }
        }
        #expect(spending("7.48", listed: false).map(\.consistent) == [true]
                && abs((spending("7.48", listed: false).first?.recomputed ?? 0) - 132.56) < 1e-9)
        #expect(spending("7.84", listed: false).map(\.consistent) == [false])
        #expect(spending("7.48", listed: true).map(\.consistent) == [true])
    }

    /// A table with a completion column named by its fraction (决算数为年初预算数的%): each row's completion is checked
    /// against its own money and never summed as money; its title above the 编制单位 line names what its 合计 is.
    @Test func aCompletionColumnAndATitleAboveTheFilersLine() {
        func read(_ rate: String) -> (ReportExtraction, [AuditCheck]) {
            let e = extraction("""
            某县文化和旅游局2023年度一般公共预算财政拨款支出决算表

            编制单位：某县文化和旅游局                         单位：万元

            | 科目编码 | 科目名称 | 年初预算数 | 决算数 | 决算数为年初预算数的% |
            | | 合计 | 400.00 | 420.00 | 105.00 |
            | 2070101 | 行政运行 | 300.00 | 306.00 | \(rate) |
            | 2070109 | 群众文化 | 100.00 | 114.00 | 114.00 |
            """)
            return (e, ReportAudit.audit(e))
        }
        let (e, right) = read("102.00")
        #expect(e.figures.contains { $0.indicator == "appropriation_final" && $0.value == 420 }, "\(e.figures)")
        #expect(!e.figures.contains { $0.indicator == "execution_rate" || $0.indicator == "total_expenditure" }, "\(e.figures)")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 102 && abs($0.recomputed - 102) < 1e-9 } && right.contains { $0.stated == 105 && abs($0.recomputed - 105) < 1e-9 },
                "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 420 && abs($0.recomputed - 420) < 1e-9 })
        let wrong = read("120.00").1
        #expect(wrong.filter { !$0.consistent }.map(\.stated) == [120], "\(wrong.filter { !$0.consistent }.map(\.check))")
    }

    /// Other bodies named clause by clause after a phrase such as 从部门看， (县公安局 A 万元，县教育体育局 B 万元，…) and
    /// the total that counts them (三个部门合计 T 万元): checked against each other, none the report's own.
    @Test func bodiesClauseByClauseAndTheTotalThatCountsThem() {
        func c(_ total: String) -> (ReportExtraction, [AuditCheck]) {
            let e = extraction("""
            我县公开2023年度“三公”经费决算
            2023年全县“三公”经费财政拨款支出决算为1,286.45万元，比2022年决算1,352.80万元减少66.35万元。
            从部门看，县公安局“三公”经费支出286.30万元，县教育体育局98.60万元，县卫生健康局76.20万元，三个部门合计\(total)万元，占全县的35.84%。
            """)
            return (e, ReportAudit.audit(e))
        }
        let (e, right) = c("461.10")
        #expect(e.figures.filter { $0.indicator == "three_public_expenditure" && $0.year == 2023 }.map(\.value) == [1286.45], "\(e.figures)")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 461.1 && abs($0.recomputed - 461.1) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 35.84 && abs($0.recomputed - 35.843) < 1e-3 }, "\(right.map(\.check))")
        #expect(c("416.10").1.filter { !$0.consistent }.map(\.stated).contains(416.1))
        // (The count says how many amounts before it are its parts; a count that does not match them is no such total.)
        let two = checks("示例县2023年度部门决算说明\n办公费20.00万元，差旅费10.00万元，两项合计35.00万元。").filter { $0.stated == 35 }
        #expect(two.map(\.recomputed) == [30] && two.allSatisfy { !$0.consistent }, "\(two.map(\.check))")
        #expect(checks("示例县2023年度部门决算说明\n办公费20.00万元，差旅费10.00万元，三项合计30.00万元。").allSatisfy { $0.stated != 30 })
    }

    /// Lists of where money came from (资金来源为：A，B，C after the budget) and of what it is spent on without a colon
    /// (…，主要用于老旧小区改造 A 万元、城市道路维修 B 万元) break down the amount before them.
    @Test func sourcesAndUsesListedAfterTheirAmount() {
        func c(_ source: String, _ use: String) -> [AuditCheck] {
            checks("""
            示例县2023年度乡村振兴衔接资金项目支出绩效自评报告
            项目年初预算数为1,850.00万元，年中追加预算420.00万元，全年预算数为2,270.00万元。资金来源为：中央衔接资金1,360.00万元，省级衔接资金\(source)万元，县级配套资金330.00万元。
            政府性基金预算拨款支出预算3,980.00万元，比2024年预算增加1,350.00万元。全部为城乡社区支出，主要用于老旧小区改造2,600.00万元、城市道路维修\(use)万元、公园绿地提升300.00万元。
            """).filter { $0.rule == "breakdown" }
        }
        let right = c("580.00", "1,080.00")
        #expect(right.contains { $0.stated == 2270 && abs($0.recomputed - 2270) < 1e-9 } && right.contains { $0.stated == 3980 && abs($0.recomputed - 3980) < 1e-9 },
                "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent })
        let wrong = c("508.00", "1,800.00")
        #expect(wrong.filter { !$0.consistent }.map(\.stated).sorted() == [2270, 3980], "\(wrong.map(\.check))")
    }

    /// Counts with thousands separators broken down (带动就业 2,140 人，其中脱贫劳动力 1,520 人、监测对象 620 人), a
    /// count's move with both ends (由 312 辆减少到 286 辆，减少 26 辆), and a rate of a part over a whole named by 中 (26 个
    /// 计划完工项目中按期完工 24 个，按期完工率为 92.31%): whole counts are exact, so a list one short is flagged.
    @Test func countsTheirMovesAndTheirRatesAreExact() {
        func c(_ part: String, _ move: String, _ rate: String) -> [AuditCheck] {
            checks("""
            示例县2023年度乡村振兴项目支出绩效自评报告
            带动就业2,140人，其中脱贫劳动力\(part)人、监测对象620人。
            全县公务用车保有量由上年的312辆减少到286辆，减少\(move)辆。
            26个年度计划完工项目中按期完工24个，项目按期完工率为\(rate)%。
            """).filter { ["breakdown", "quantity-move", "target-completion"].contains($0.rule) }
        }
        let right = c("1,520", "26", "92.31")
        #expect(right.map(\.rule).sorted() == ["breakdown", "quantity-move", "target-completion"], "\(right.map(\.check))")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 2140 && $0.recomputed == 2140 } && right.contains { $0.stated == -26 && $0.recomputed == -26 }
                && right.contains { $0.stated == 92.31 && abs($0.recomputed - 92.3077) < 1e-4 }, "\(right.map(\.recomputed))")
        // One short, one off, and 24 / 28 stated for 24 / 26.
        let wrong = c("1,519", "25", "92.86")
        #expect(wrong.filter { !$0.consistent }.map(\.rule).sorted() == ["breakdown", "quantity-move", "target-completion"], "\(wrong.map(\.check))")
    }

    /// A form published as lines of label（unit）：value: each line is a field (not a wrapped sentence), an indented
    /// line goes on with the field's 其中, 分值 and 得分 after the execution rate are the rate's, and the 总分 is checked
    /// against the sections whose full marks make 100, one of them a group the vocabulary does not name (成本指标).
    @Test func aFormOfFieldLines() {
        func c(_ total: String) -> [AuditCheck] {
            checks("""
            部门整体支出绩效自评表
            （2023年度）
            部门（单位）名称：某县统计局
            年初预算数（万元）：356.80
            年中追加（万元）：15.60
            全年预算数（万元）：372.40
            其中：财政拨款（万元）：360.40
                  其他资金（万元）：12.00
            全年执行数（万元）：366.30
            预算执行率（%）：98.36
            分值：10
            得分：9.84
            产出指标（分值40分）：得分38.5分
            效益指标（分值30分）：得分28分
            满意度指标（分值10分）：得分9分
            成本指标（分值10分）：得分9.5分
            总分：\(total)分
            """)
        }
        let right = c("94.84")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.filter { $0.stated == 372.4 && abs($0.recomputed - 372.4) < 1e-9 }.count == 2, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 98.36 && abs($0.recomputed - 98.3620) < 1e-4 })
        #expect(right.contains { $0.stated == 9.84 && abs($0.recomputed - 9.836) < 1e-3 }, "\(right.map(\.check))")
        #expect(right.filter { $0.stated == 94.84 }.map(\.recomputed).count == 1
                && right.contains { $0.stated == 94.84 && abs($0.recomputed - 94.84) < 1e-9 }, "\(right.filter { $0.stated == 94.84 }.map(\.check))")
        #expect(c("94.48").filter { !$0.consistent }.map(\.stated) == [94.48])
    }

    /// Shares in parentheses after the parts of 本年收入合计中：, a year-end balance in the spending's paragraph after a
    /// revenue whole that holds the balance carried in (年末 = 年初 + 本年收入 - 本年支出), a total of both sides
    /// (收支预算总额) broken down by 支出预算中 two sentences on, a ceiling kept under (控制在 … 以内) that is no part.
    @Test func sharesInParenthesesBalancesAndBothSides() {
        func c(_ share: String, _ balance: String) -> [AuditCheck] {
            checks("""
            某县市场监督管理局2023年度部门决算情况说明
            一、收入决算情况说明
            2023年度收入总计2,168.45万元，其中：本年收入合计1,986.25万元，年初结转和结余182.20万元。本年收入合计中：财政拨款收入1,812.60万元（占\(share)%），其他收入173.65万元（占8.74%）。
            二、支出决算情况说明
            2023年度本年支出合计1,948.72万元，其中：基本支出1,426.38万元，项目支出522.34万元。年末结转和结余\(balance)万元。
            """)
        }
        let right = c("91.26", "219.73")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 1986.25 && abs($0.recomputed - 1986.25) < 1e-9 } && right.contains { $0.stated == 91.26 && abs($0.recomputed - 91.2574) < 1e-4 })
        #expect(right.contains { $0.rule == "carried-balance" && abs($0.recomputed - 219.73) < 1e-9 }, "\(right.map(\.check))")
        #expect(Set(c("92.16", "291.73").filter { !$0.consistent }.map(\.stated)) == [92.16, 291.73])
        let both = checks("""
            某市生态环境局2024年部门预算说明
            2024年部门收支预算总额3,265.80万元。收入预算中，一般公共预算拨款收入3,105.80万元，事业收入160.00万元。支出预算中，基本支出2,148.60万元，项目支出1,117.20万元。
            2023年末，全区政府债务余额128.45亿元，其中：一般债务52.30亿元，专项债务76.15亿元，控制在省核定的债务限额135.60亿元以内。政府性基金预算收入15.84亿元。政府性基金预算支出18.92亿元。
            """)
        #expect(both.allSatisfy { $0.consistent }, "\(both.filter { !$0.consistent }.map(\.check))")
        #expect(both.filter { $0.stated == 3265.8 && abs($0.recomputed - 3265.8) < 1e-9 }.count == 2, "\(both.map(\.check))")
        #expect(both.contains { $0.stated == 1_284_500 && abs($0.recomputed - 1_284_500) < 1e-6 }, "\(both.map(\.check))")
    }

    /// The amount a budget keeps for small firms (面向中小企业预留政府采购项目预算金额) is a part of the purchases, not the
    /// project budget its words also name: no figure, and no whole for a later share of the project budget.
    @Test func theAmountKeptForSmallFirmsIsNoProjectBudget() {
        let e = extraction("""
            某县教育体育局2024年部门预算公开说明
            2024年本部门政府采购预算总额1,586.40万元，其中：政府采购货物预算968.20万元，政府采购工程预算420.00万元，政府采购服务预算198.20万元。2024年本部门面向中小企业预留政府采购项目预算金额1,268.00万元，占政府采购预算总额的79.93%。
            2024年本部门实行绩效目标管理的项目28个，涉及一般公共预算当年拨款5,862.30万元，占项目支出预算的96.85%。
            """)
        #expect(!e.figures.contains { $0.indicator == "project_budget" }, "\(e.figures)")
        let c = ReportAudit.audit(e)
        #expect(c.allSatisfy { $0.consistent } && !c.contains { $0.stated == 96.85 }, "\(c.map(\.check))")
        #expect(c.contains { $0.stated == 79.93 && abs($0.recomputed - 79.929) < 1e-3 } && c.contains { $0.stated == 1586.4 && abs($0.recomputed - 1586.4) < 1e-9 })
    }

    /// Rates worked out inline (预算执行率=1,298.60/1,352.40×100%=96.02%, with × or *, = or ＝, ÷ or /) are checked
    /// against their own terms, never paired with other amounts; the execution rate so stated is the report's figure.
    @Test func ratesWorkedOutInline() {
        func read(_ rate: String, _ procurement: String) -> (ReportExtraction, [AuditCheck]) {
            let e = extraction("""
            某县自然资源局2023年度部门整体支出绩效自评报告
            （一）预算执行率。全年预算数1,352.40万元，全年执行数1,298.60万元，预算执行率=1,298.60/1,352.40×100%=\(rate)%。
            （二）结转结余率。年末结转结余资金53.80万元，结转结余率＝53.80÷1,352.40*100%＝3.98%。
            （三）政府采购执行率。政府采购实际金额312.50万元，政府采购预算金额336.00万元，政府采购执行率=312.50/336.00×100%=\(procurement)%。
            """)
            return (e, ReportAudit.audit(e).filter { $0.rule == "formula" || $0.rule == "execution-rate" })
        }
        let (e, right) = read("96.02", "93.01")
        #expect(e.figures.contains { $0.indicator == "execution_rate" && $0.value == 96.02 }, "\(e.figures)")
        #expect(right.filter { $0.rule == "formula" }.count == 3 && right.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 3.98 && abs($0.recomputed - 3.9781) < 1e-4 } && right.contains { $0.stated == 96.02 && abs($0.recomputed - 96.0219) < 1e-4 })
        #expect(read("96.20", "93.10").1.filter { !$0.consistent }.map(\.stated).sorted() == [93.1, 96.2])
        // (A definition in words has no numbers to check.)
        #expect(checks("示例县2023年度部门整体支出绩效自评报告\n预算执行率=实际支出/预算数×100%。").allSatisfy { $0.rule != "formula" })
    }

    /// A form drawn with full-width bars (｜项目｜预算数｜) is a table as one drawn with | is.
    @Test func aFormDrawnWithFullWidthBars() {
        func c(_ total: String) -> [AuditCheck] {
            checks("""
            项目支出绩效自评表
            （2023年度）
            ｜资金情况（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分｜
            ｜年度资金总额｜800.00｜860.00｜842.80｜10｜98.00%｜9.80｜
            ｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜
            ｜产出指标｜数量指标｜养护里程｜≥320公里｜326公里｜50｜50｜
            ｜效益指标｜社会效益指标｜群众出行条件改善｜明显改善｜明显改善｜30｜28｜
            ｜满意度指标｜服务对象满意度指标｜沿线群众满意度｜≥90%｜93%｜10｜9｜
            ｜总分｜｜｜｜｜100｜\(total)｜
            """)
        }
        let right = c("96.80")
        #expect(right.contains { $0.stated == 98 && abs($0.recomputed - 98) < 1e-9 } && right.contains { $0.stated == 9.8 && abs($0.recomputed - 9.8) < 1e-9 },
                "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 96.8 && abs($0.recomputed - 96.8) < 1e-9 } && right.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        #expect(c("97.80").filter { !$0.consistent }.map(\.stated) == [97.8])
    }

    /// A list opened inside an item of another (其中：人员经费 A，主要包括：基本工资 a、…；公用经费 B，主要包括：…) ends at
    /// ；, and the outer list goes on; averages per vehicle and per batch are the amount over the count; counts of
    /// questionnaires (份) and cases (件) are broken down as people's are.
    @Test func nestedListsAveragesAndCountsOfThings() {
        func c(_ item: String, _ perVehicle: String, _ part: String) -> [AuditCheck] {
            checks("""
            某县司法局2023年度部门决算情况说明
            一般公共预算财政拨款基本支出968.78万元，其中：人员经费856.32万元，主要包括：基本工资500.00万元、津贴补贴\(item)万元；公用经费112.46万元，主要包括：办公费100.00万元、差旅费12.46万元。
            公务接待费3.20万元，全年共接待国内公务来访21批次，批均接待费用0.15万元。公务用车运行维护费12.60万元，比上年减少1.50万元。公务用车保有量为6辆，车均运行维护费\(perVehicle)万元。
            共发放问卷200份，收回有效问卷186份，其中：非常满意142份，满意\(part)份，基本满意6份。
            """)
        }
        let right = c("356.32", "2.10", "38")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 968.78 && abs($0.recomputed - 968.78) < 1e-9 } && right.contains { $0.stated == 856.32 && abs($0.recomputed - 856.32) < 1e-9 },
                "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "average" && $0.stated == 2.1 && abs($0.recomputed - 2.1) < 1e-9 }
                && right.contains { $0.rule == "average" && $0.stated == 0.15 && abs($0.recomputed - 0.152381) < 1e-6 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 186 && $0.recomputed == 186 })
        let wrong = c("365.32", "2.01", "37")
        #expect(Set(wrong.filter { !$0.consistent }.map(\.stated)) == [856.32, 2.01, 186], "\(wrong.filter { !$0.consistent }.map(\.check))")
    }

    /// A completion of a budget stated inline after 为 (为预算 18.00 亿元的 88.00%, as a people's-congress report puts it)
    /// is the actual over that budget, as 完成年初预算 X 万元的 y% is.
    @Test func aCompletionOfABudgetStatedAfterWei() {
        func c(_ rate: String) -> [AuditCheck] {
            checks("某区2023年预算执行情况的报告\n全区政府性基金预算收入完成15.84亿元，为预算18.00亿元的\(rate)%，同比下降21.36%。")
        }
        #expect(c("88.00").contains { $0.stated == 88 && abs($0.recomputed - 88) < 1e-9 && $0.consistent }, "\(c("88.00").map(\.check))")
        #expect(c("80.00").contains { $0.stated == 80 && !$0.consistent })
    }

    /// Two amounts after 其中 in parentheses after an amount are that amount's breakdown, not items of the list it
    /// stands in (a false alarm before: the 三公 total was summed with the car's running costs twice).
    @Test func aBreakdownInParenthesesAfterQizhong() {
        func c(_ running: String) -> [AuditCheck] {
            checks("""
            某县局2024年部门预算公开说明
            2024年“三公”经费预算12.80万元。其中：因公出国（境）费0万元，公务用车购置及运行维护费7.60万元（其中公务用车购置费0万元，公务用车运行维护费\(running)万元），公务接待费5.20万元。
            """)
        }
        let right = c("7.60")
        #expect(right.allSatisfy { $0.consistent }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 12.8 && abs($0.recomputed - 12.8) < 1e-9 } && right.contains { $0.stated == 7.6 && abs($0.recomputed - 7.6) < 1e-9 },
                "\(right.map(\.check))")
        let wrong = c("6.70")
        #expect(wrong.filter { !$0.consistent }.map(\.stated) == [7.6], "\(wrong.map(\.check))")
        // The same in 元 with thousands separators (the parenthesis' amounts read as any sentence's are).
        let yuan = checks("某县局2024年部门预算公开说明\n2024年“三公”经费预算128,000.00元。其中：因公出国（境）费0元，公务用车购置及运行维护费76,000.00元（其中公务用车购置费0元，公务用车运行维护费67,000.00元），公务接待费52,000.00元。")
        #expect(yuan.filter { !$0.consistent }.count == 1 && yuan.contains { !$0.consistent && abs($0.recomputed - 6.7) < 1e-9 }, "\(yuan.map(\.check))")
        // One part noted after 其中 is no figure and no part (支出 50 万元（其中财政拨款 40 万元）).
        let one = checks("某局2023年部门决算\n本年支出合计80.00万元，其中：基本支出50.00万元（其中财政拨款40.00万元），项目支出30.00万元。")
        #expect(one.allSatisfy { $0.consistent } && one.contains { $0.stated == 80 && abs($0.recomputed - 80) < 1e-9 }, "\(one.map(\.check))")
    }

    /// Everyone a unit has, broken down into the staff in post and the retired, is no count of the staff in post: the
    /// part in post is (a wrong figure before).
    @Test func peopleWithTheRetiredAreNotTheStaffInPost() {
        let text = "某局2024年部门预算\n本部门编制人数45人，实有人员43人，其中：在职人员38人，退休人员5人。"
        let figures = extraction(text).figures
        #expect(figures.first { $0.indicator == "staff_in_service" }?.value == 38)
        #expect(figures.first { $0.indicator == "retirees" }?.value == 5)
        #expect(checks(text).allSatisfy { $0.consistent })
        #expect(checks(text.replacingOccurrences(of: "退休人员5人", with: "退休人员4人")).contains { $0.stated == 43 && $0.recomputed == 42 && !$0.consistent })
        // Staff in post broken down by kind stay the staff in post.
        let kinds = extraction("某局2024年部门预算\n在职人员23人，其中：行政人员18人，事业人员5人。").figures
        #expect(kinds.first { $0.indicator == "staff_in_service" }?.value == 23)
    }

    /// A share naming its item again in a later sentence (税收收入占一般公共预算收入的比重为 x%) is that item's over the
    /// whole named (missed before: the sentence has no amount to hang it on).
    @Test func aShareNamingAnItemStatedBefore() {
        func c(_ share: String) -> [AuditCheck] {
            checks("""
            关于某市2023年预算执行情况的报告
            全市一般公共预算收入完成286.45亿元，比上年增长6.53%。其中：税收收入201.32亿元，增长5.71%；非税收入85.13亿元，增长8.5%。税收收入占一般公共预算收入的比重为\(share)%，收入质量稳步提升。
            """)
        }
        #expect(c("70.28").contains { $0.stated == 70.28 && abs($0.recomputed - 70.2810) < 1e-3 && $0.consistent }, "\(c("70.28").map(\.check))")
        #expect(c("72.08").contains { $0.stated == 72.08 && !$0.consistent })
    }

    /// Counts closed by their total (A 38 家、B 12 家，合计 50 家) add up, the list complete by its word.
    @Test func countsClosedByTheirTotal() {
        func c(_ total: String) -> [AuditCheck] {
            checks("某县2023年项目绩效自评报告\n带动参训学员户均增收0.36万元，新培育家庭农场38家、农民合作社12家，合计\(total)家。")
        }
        #expect(c("50").contains { $0.stated == 50 && $0.recomputed == 50 && $0.consistent })
        #expect(c("56").contains { $0.stated == 56 && $0.recomputed == 50 && !$0.consistent })
        // Counts of people joined by 共计 work alike; a single count before the total is no list.
        #expect(checks("某校2023年决算说明\n培训教师120人、校长18人，共计138人。").contains { $0.stated == 138 && $0.recomputed == 138 })
        #expect(checks("某校2023年决算说明\n全年招收新生120人，合计120人。").allSatisfy { $0.stated != 120 })
    }

    /// A completion of the year's plan (完成年度计划的 x%) against the plan stated in an earlier sentence under the
    /// same name (计划培训高素质农民 N 人 … 实际培训高素质农民 M 人); a plan of another thing is not taken.
    @Test func aCompletionOfAPlanStatedEarlier() {
        func c(_ rate: String, plan: String = "全年计划培训高素质农民1,200人") -> [AuditCheck] {
            checks("""
            某县2023年度高素质农民培育项目支出绩效自评报告
            （二）项目绩效目标。\(plan)，培训合格率不低于90%。
            （一）产出指标。全年实际培训高素质农民1,263人，完成年度计划的\(rate)%。
            """)
        }
        #expect(c("105.25").contains { $0.stated == 105.25 && abs($0.recomputed - 105.25) < 1e-9 && $0.consistent }, "\(c("105.25").map(\.check))")
        #expect(c("102.25").contains { $0.stated == 102.25 && !$0.consistent })
        #expect(c("105.25", plan: "全年计划开展技术指导1,200人").allSatisfy { $0.stated != 105.25 })
    }

    /// Scores in lines of fields: a section named before a colon and 分值 (产出指标：分值 40 分，得分 40 分), a numbered
    /// section line whose 分值 comes after other fields (（四）满意度指标：…，分值 20 分，得分 19.2 分), one indicator's line
    /// (指标名称：…；分值：15 分；得分：15 分: its own score, no total). Before, each was read as the total score.
    @Test func scoresInLinesOfFields() {
        func e(_ total: String) -> ReportExtraction {
            extraction("""
            某馆2023年度部门整体支出绩效自评报告
            （一）预算执行率：分值10分；年初预算数286.00万元；全年执行数271.70万元；执行率95.00%；得分9.50分。
            （二）产出指标：分值70分，得分70分。
            1.指标名称：档案查阅利用人次；年度指标值：≥3,000人次；实际完成值：3,286人次；分值：15分；得分：15分。
            （三）满意度指标：查档群众满意度，年度指标值≥90%，实际完成值97.2%，分值20分，得分19.2分。
            本馆2023年度部门整体支出绩效自评综合得分为\(total)分。
            """)
        }
        let right = e("98.70")
        let figures = Dictionary(right.figures.map { ($0.indicator, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(figures["score_total"] == 98.7 && figures["score_output"] == 70 && figures["score_satisfaction"] == 19.2
                && figures["score_budget_execution"] == 9.5, "\(figures)")
        #expect(right.statements.contains { $0.key == "indicator:档案查阅利用人次" && $0.role == .weight && $0.value == 15 })
        let checks = ReportAudit.audit(right)
        #expect(checks.contains { $0.stated == 98.7 && abs($0.recomputed - 98.7) < 1e-9 && $0.consistent }, "\(checks.map(\.check))")
        #expect(ReportAudit.audit(e("97.80")).contains { $0.stated == 97.8 && !$0.consistent })
    }

    /// Money an audit found misused or held back (未及时拨付项目资金 X 万元) is no figure of the item its words name.
    @Test func aProblemsAmountIsNoFigure() {
        let e = extraction("某县2023年度审计查出问题整改情况\n查出主要问题金额1,286.40万元，其中：违规使用财政资金542.18万元，未及时拨付项目资金315.62万元，应缴未缴非税收入428.60万元。")
        #expect(e.figures.isEmpty, "\(e.figures)")
        #expect(ReportAudit.audit(e).contains { $0.stated == 1286.4 && abs($0.recomputed - 1286.4) < 1e-9 })
    }

    /// A numbered section's line whose numbers are set apart by blanks (（一）预算执行率：分值 10 分；…；得分 9.50 分, as
    /// a PDF's text gives them) is read as the same line without them: a blank before points does not end its heading.
    @Test func aSectionLineWithSpacedNumbers() {
        let line = "（一）预算执行率：分值10分；年初预算数286.00万元；全年执行数271.70万元；执行率95.00%；得分9.50分。"
        let spaced = line.replacingOccurrences(of: #"(?<=\p{Han})(\d[\d,.]*)(?=[\p{Han}%])"#, with: " $1 ", options: .regularExpression)
        #expect(spaced.contains("分值 10 分"))
        func read(_ text: String) -> [String] {
            extraction("某馆2023年度部门整体支出绩效自评报告\n" + text + "\n").statements.map { "\($0.key) \($0.role) \($0.value)" }
        }
        #expect(read(spaced) == read(line) && read(line).contains("score_budget_execution: weight 10.0"), "\(read(spaced))")
    }

    /// A fund's evaluation (…补助资金重点绩效评价报告) is a project's report: its 实际支出 after a rate of funds received
    /// is the project's spending, no rate; each section's 分值 is the section the clause names, not the last one a
    /// line listed (按照决策、过程、产出、效益四类指标进行评分，其中决策指标分值 15 分); points noted after 其中 in
    /// parentheses are the execution rate's weight and score (按执行率计算得分 4.68 分); the execution rate is set
    /// against the one budget of the project stated a paragraph before.
    @Test func aFundsEvaluationBySection() {
        func e(_ total: String, rate: String = "93.59") -> ReportExtraction {
            extraction("""
            关于2023年度居家养老服务补助资金重点绩效评价报告
            一、项目基本情况
            2023年度居家养老服务补助资金年初预算安排2,400.00万元，年中追加360.00万元，全年预算数2,760.00万元。其中：中央补助资金1,200.00万元，省级补助资金680.00万元，市级资金880.00万元。
            截至2023年12月31日，实际到位资金2,760.00万元，资金到位率100%；实际支出2,583.14万元，预算执行率为\(rate)%。
            三、评价结论
            评价组按照决策、过程、产出、效益四类指标进行评分，其中决策指标分值15分，得分13.5分；过程指标分值25分，得分21.8分（其中预算执行率指标分值5分，按执行率计算得分4.68分）；产出指标分值35分，得分31.6分；效益指标分值25分，得分22.4分。综合评价得分为\(total)分。
            """)
        }
        let right = e("89.3")
        let figures = Dictionary(right.figures.map { ($0.indicator, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(figures["project_expenditure"] == 2583.14 && figures["score_output"] == 31.6 && figures["score_benefit"] == 22.4
                && figures["score_budget_execution"] == 4.68 && figures["score_total"] == 89.3, "\(figures)")
        let checks = ReportAudit.audit(right)
        #expect(checks.contains { $0.stated == 89.3 && abs($0.recomputed - 89.3) < 1e-9 && $0.consistent }, "\(checks.map(\.check))")
        #expect(checks.contains { $0.stated == 93.59 && abs($0.recomputed - 100 * 2583.14 / 2760) < 1e-9 && $0.consistent })
        #expect(checks.contains { $0.stated == 4.68 && abs($0.recomputed - 5 * 0.9359) < 1e-9 && $0.consistent })
        #expect(ReportAudit.audit(e("88.3")).contains { $0.stated == 88.3 && !$0.consistent })
        #expect(ReportAudit.audit(e("89.3", rate: "95.39")).contains { $0.stated == 95.39 && !$0.consistent })
    }

    /// A structure's sub-heading that names nothing (（二）结构情况) lists the parts of what its section's heading names
    /// (五、一般公共预算财政拨款支出决算情况说明): the shares are of that total, stated under （一）总体情况.
    @Test func aStructureUnderTheSectionsHeading() {
        func c(_ share: String) -> [AuditCheck] {
            checks("""
            某中心2024年度单位决算情况说明
            五、一般公共预算财政拨款支出决算情况说明
            （一）总体情况
            2024年度一般公共预算财政拨款支出1,289.47万元，占本年支出合计的95.65%。
            （二）结构情况
            农林水支出1,102.35万元，占\(share)%；社会保障和就业支出121.84万元，占9.45%；卫生健康支出35.12万元，占2.72%；住房保障支出30.16万元，占2.34%。
            """)
        }
        #expect(c("85.49").contains { $0.stated == 85.49 && abs($0.recomputed - 100 * 1102.35 / 1289.47) < 1e-9 && $0.consistent }, "\(c("85.49").map(\.check))")
        #expect(c("85.49").contains { $0.stated == 1289.47 && $0.consistent })
        #expect(c("86.49").contains { $0.stated == 86.49 && !$0.consistent })
    }

    /// A revenue total holding the balance brought forward, stated apart from its terms (收、支总计均为 T; 收入合计 R …
    /// 年初结转和结余 A in the next paragraph): T = R + A; and the balance carried to the next year a paragraph later.
    @Test func aGrandTotalStatedApart() {
        func c(_ total: String) -> [AuditCheck] {
            checks("""
            某中心2024年度单位决算情况说明
            一、收入支出决算总体情况说明
            2024年度收、支总计均为\(total)万元。
            二、收入决算情况说明
            2024年度收入合计1,352.18万元，其中：财政拨款收入1,301.56万元，占96.26%；其他收入50.62万元，占3.74%。另有年初结转和结余34.24万元。
            三、支出决算情况说明
            2024年度支出合计1,348.05万元，其中：基本支出896.37万元，占66.49%；项目支出451.68万元，占33.51%。年末结转和结余38.37万元。
            """)
        }
        #expect(c("1,386.42").contains { $0.rule == "grand-total" && abs($0.recomputed - 1386.42) < 1e-9 && $0.consistent }, "\(c("1,386.42").map(\.check))")
        #expect(c("1,386.42").contains { $0.rule == "carried-balance" && abs($0.recomputed - 38.37) < 1e-9 && $0.consistent })
        #expect(c("1,368.42").contains { $0.rule == "grand-total" && !$0.consistent })
    }

    /// Rates of a part the rate names over its whole (验收合格 1,081 户，合格率; 收回有效问卷 572 份，有效回收率), the whole
    /// in the clause list or achieved in the paragraph before; a completion whose cue states the plan (完成计划 40 处的);
    /// a plan named earlier in other word order (计划改造农村公路, 完成农村公路改造); a student's and a vehicle's average.
    @Test func ratesOfPartsAndPlansInTheirCues() {
        func c(_ pass: String, reply: String = "95.33", plan: String = "112.50", road: String = "96.18", perStudent: String = "1,080.57") -> [AuditCheck] {
            checks("""
            某县2023年度农村公路提档升级工程项目支出绩效自评报告
            （一）项目基本情况。2023年计划改造农村公路86.5公里。
            （二）产出指标。完成农村公路改造83.2公里，完成年度计划的\(road)%；新建错车道45处，完成计划40处的\(plan)%。
            计划完成适老化改造1,100户，实际完成1,096户。
            2.质量指标：适老化改造验收合格1,081户，合格率\(pass)%。
            （三）满意度。发放问卷600份，收回有效问卷572份，有效回收率\(reply)%。
            公用经费286.35万元。按在校学生2,650人计算，生均公用经费预算\(perStudent)元。
            """)
        }
        let right = c("98.63")
        for (stated, recomputed) in [(98.63, 100 * 1081.0 / 1096), (95.33, 100 * 572.0 / 600), (112.5, 112.5), (96.18, 100 * 83.2 / 86.5),
                                     (0.108057, 286.35 / 2650)] {
            #expect(right.contains { abs($0.stated - stated) < 1e-9 && abs($0.recomputed - recomputed) < 1e-6 && $0.consistent }, "\(stated) \(right.map(\.check))")
        }
        #expect(c("97.63").contains { $0.stated == 97.63 && !$0.consistent })
        #expect(c("98.63", reply: "93.33").contains { $0.stated == 93.33 && !$0.consistent })
        #expect(c("98.63", plan: "110.50").contains { $0.stated == 110.5 && !$0.consistent })
        #expect(c("98.63", road: "94.18").contains { $0.stated == 94.18 && !$0.consistent })
        #expect(c("98.63", perStudent: "1,008.57").contains { abs($0.stated - 0.100857) < 1e-9 && !$0.consistent })
        // (No part named by the rate: a rate of something else is left alone.)
        #expect(checks("某县2023年度项目支出绩效自评报告\n发放问卷600份，收回问卷572份，群众知晓率93.00%。").allSatisfy { $0.stated != 93 })
    }

    /// A 三公 budget table whose 其中 row breaks down the vehicles' line, followed by the reception's row (no part of
    /// the vehicles' by the vocabulary: their sibling), and a second table whose title names its year (表2 2023年…)
    /// and whose columns name none: the totals add up by item, the second table's figures are 2023's, and its
    /// 决算数占预算数 column is the 三公 total's rate, no execution rate of the department.
    @Test func aSangongTableWithAnInnerBreakdownAndATitledYear() {
        func e(_ rate: String) -> ReportExtraction {
            extraction("""
            某县教育局2024年“三公”经费预算情况说明

            表1 2024年“三公”经费财政拨款预算表
            单位：万元
            | 项目 | 2024年预算数 | 2023年预算数 | 增减额 | 增减率 |
            | 合计 | 18.60 | 21.40 | -2.80 | -13.08% |
            | 因公出国（境）费 | 0.00 | 0.00 | 0.00 | — |
            | 公务用车购置及运行维护费 | 12.40 | 14.60 | -2.20 | -15.07% |
            | 其中：公务用车购置费 | 0.00 | 0.00 | 0.00 | — |
            | 公务用车运行维护费 | 12.40 | 14.60 | -2.20 | -15.07% |
            | 公务接待费 | 6.20 | 6.80 | -0.60 | \(rate)% |

            表2 2023年“三公”经费实际支出情况
            单位：万元
            | 项目 | 预算数 | 决算数 | 决算数占预算数% |
            | 合计 | 21.40 | 17.86 | 83.46% |
            | 公务用车运行维护费 | 14.60 | 12.58 | 86.16% |
            | 公务接待费 | 6.80 | 5.28 | 77.65% |
            """)
        }
        let right = e("-8.82")
        #expect(right.figures.contains { $0.indicator == "three_public_expenditure" && $0.year == 2023 && $0.value == 17.86 }, "\(right.figures)")
        #expect(!right.figures.contains { $0.indicator == "execution_rate" })
        let checks = ReportAudit.audit(right)
        #expect(checks.allSatisfy { $0.consistent }, "\(checks.filter { !$0.consistent }.map(\.check))")
        #expect(checks.contains { $0.stated == 18.6 && abs($0.recomputed - 18.6) < 1e-9 })
        #expect(checks.contains { $0.stated == 83.46 && abs($0.recomputed - 100 * 17.86 / 21.4) < 1e-9 })
        #expect(ReportAudit.audit(e("-8.28")).contains { abs($0.stated) == 8.28 && !$0.consistent })
    }

    /// A total stated in the overview with its terms in one sentence (支出总计中，本年支出合计 E，年末结转和结余 B: the
    /// grand total of spending is E + B), and again in its own section with 其中：基本支出 …，项目支出 …: the item is
    /// checked by that breakdown, not also by personnel + public + project on the overview's statement (whose
    /// parts' error the basic spending's own breakdown already shows).
    @Test func aTotalCheckedByTheBreakdownTheTextGivesIt() {
        func c(_ personnel: String) -> [AuditCheck] {
            checks("""
            某县文化馆2023年度单位决算公开说明
            一、收入支出决算总体情况
            2023年度收入总计3,286,452.18元，支出总计3,286,452.18元。收入总计中，本年收入合计3,152,006.40元，年初结转和结余134,445.78元；支出总计中，本年支出合计3,098,215.36元，年末结转和结余188,236.82元。
            三、支出决算情况
            本年支出合计3,098,215.36元，其中：基本支出2,265,830.16元，占73.13%；项目支出832,385.20元，占26.87%。
            六、基本支出决算情况
            基本支出2,265,830.16元，其中：人员经费\(personnel)元，公用经费243,303.36元。
            """)
        }
        let right = c("2,022,526.80")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.rule == "grand-total" && abs($0.recomputed - 328.645218) < 1e-6 && $0.check.contains("支出总计") })
        let wrong = c("2,031,526.80").filter { !$0.consistent }
        #expect(wrong.count == 1 && wrong.allSatisfy { abs($0.stated - 226.583016) < 1e-6 }, "\(wrong.map(\.check))")
    }

    /// An indicator named in eleven characters before its marks (基层医疗机构标准化建设（10 分）) is scored as one, in its
    /// section's breakdown.
    @Test func aLongIndicatorsMarks() {
        func c(_ section: String) -> [AuditCheck] {
            checks("""
            某区卫生健康委员会2023年度部门整体支出绩效自评报告
            （三）产出（30分），得\(section)分。其中：家庭医生签约服务（10分），得9.6分；免费孕前优生健康检查（10分），得9.36分；基层医疗机构标准化建设（10分），计划完成12个，实际完成10个，得8.33分。
            """)
        }
        #expect(c("27.29").contains { $0.stated == 27.29 && abs($0.recomputed - 27.29) < 1e-9 && $0.consistent }, "\(c("27.29").map(\.check))")
        #expect(c("27.92").contains { $0.stated == 27.92 && !$0.consistent })
    }

    /// A people's-congress report's way of stating both bases with their amounts (完成 A，为调整预算 B 的 x%，比上年 C
    /// 增长 y%): B is the adjusted budget of what was completed, C last year's level of it; neither is a level of its own.
    @Test func basesStatedWithTheirAmounts() {
        func c(_ growth: String, completion: String = "96.83") -> [AuditCheck] {
            checks("""
            关于某县2023年本级财政决算的报告
            全县一般公共预算支出完成312,684万元，为调整预算322,918万元的\(completion)%，比上年303,226万元增长\(growth)%。其中：民生支出249,856万元，占一般公共预算支出的79.91%。
            """)
        }
        let right = c("3.12")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 96.83 && abs($0.recomputed - 100 * 312684 / 322918) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 3.12 && abs($0.recomputed - 100 * (312684 - 303226) / 303226.0) < 1e-9 })
        #expect(c("3.21").contains { abs($0.stated) == 3.21 && !$0.consistent })
        #expect(c("3.12", completion: "98.63").contains { $0.stated == 98.63 && !$0.consistent })
    }

    /// A budget compared both with last year's budget and with last year's outturn (较 2023 年预算减少 A，下降 x%；较 2023
    /// 年执行数 B 增加 C，增长 y%): two comparisons, B an outturn; neither change is the other stated twice.
    @Test func aBudgetAgainstLastYearsBudgetAndOutturn() {
        func c(_ growth: String) -> [AuditCheck] {
            checks("某县文化和旅游局2024年部门预算公开说明\n2024年“三公”经费预算9.80万元，较2023年预算减少0.70万元，下降6.67%；较2023年执行数8.62万元增加1.18万元，增长\(growth)%。")
        }
        let right = c("13.69")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { abs($0.stated) == 6.67 && abs(abs($0.recomputed) - 100 * 0.7 / 10.5) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 1.18 && abs($0.recomputed - 1.18) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 13.69 && abs($0.recomputed - 100 * 1.18 / 8.62) < 1e-9 })
        #expect(c("16.39").contains { abs($0.stated) == 16.39 && !$0.consistent })
    }

    /// A score worked out in words (预算执行率得分=预算执行率×10分=9.66分): the weight and the score of the execution
    /// rate; an average per claim (件均) over the amount stated after the claims' count.
    @Test func aScoreByFormulaAndAnAveragePerClaim() {
        func c(_ score: String, perClaim: String = "3,078.64") -> [AuditCheck] {
            checks("""
            2023年度老年人意外伤害保险补贴项目支出绩效自评报告
            本项目全年预算数1,850,000.00元，全年执行数1,786,345.00元，预算执行率96.56%。每人每年保费补贴55元。全年理赔案件412件，理赔金额1,268,400.00元，件均理赔\(perClaim)元。
            预算执行率得分=预算执行率×10分=\(score)分；产出指标分值50分，得分49.5分；效益指标分值30分，得分28.6分；满意度指标分值10分，得分9.2分。综合自评得分96.96分。
            """)
        }
        let right = c("9.66")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 9.66 && abs($0.recomputed - 9.656) < 1e-9 })
        #expect(right.contains { $0.stated == 96.96 && abs($0.recomputed - 96.96) < 1e-9 })
        #expect(right.contains { abs($0.stated - 0.307864) < 1e-9 && abs($0.recomputed - 126.84 / 412) < 1e-9 })
        #expect(c("9.56").contains { $0.stated == 9.56 && !$0.consistent })
        #expect(c("9.66", perClaim: "3,708.64").contains { abs($0.stated - 0.370864) < 1e-9 && !$0.consistent })
    }

    /// The state-capital budget's spending (国有资本经营预算财政拨款支出) is one budget type's, like the fund budget's: no
    /// figure of the appropriation's spending, and its share of the year's spending is still checked.
    @Test func theStateCapitalBudgetsSpendingIsItsOwn() {
        let text = """
        某市城市管理局2023年度部门决算公开说明
        2023年度支出合计18,102.58万元，其中：基本支出4,286.42万元，项目支出13,816.16万元。
        三、国有资本经营预算财政拨款支出决算情况
        2023年度国有资本经营预算财政拨款支出120.00万元，占本年支出合计的0.66%，用于市政设施维护公司资本金注入。
        """
        let e = extraction(text)
        #expect(!e.figures.contains { $0.indicator == "appropriation_final" }, "\(e.figures)")
        #expect(ReportAudit.audit(e).contains { $0.stated == 0.66 && abs($0.recomputed - 100 * 120 / 18102.58) < 1e-9 && $0.consistent })
    }

    /// Two grand totals side by side and each year's total after 其中 (收入总计 A，支出总计 B。其中，本年收入合计 …；本年支出
    /// 合计 …): each year's total is its own side's part; the structure after it (从支出结构看) breaks down the year's
    /// spending, not the grand total holding it.
    @Test func twoGrandTotalsAndTheirYearsTotals() {
        func c(_ share: String) -> [AuditCheck] {
            checks("""
            省教育厅公开2023年度部门决算
            决算显示，2023年度省教育厅收入总计186.42亿元，支出总计186.42亿元。其中，本年收入合计172.36亿元，比上年164.47亿元增长4.8%；本年支出合计170.94亿元，比上年162.48亿元增长5.2%。
            从支出结构看，基本支出98.52亿元，占\(share)%；项目支出72.42亿元，占42.4%。
            """)
        }
        let right = c("57.6")
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 57.6 && abs($0.recomputed - 100 * 98.52 / 170.94) < 1e-9 })
        #expect(c("56.7").contains { $0.stated == 56.7 && !$0.consistent })
    }

    /// An execution rate after the unspent balance (实际支出 A，结余资金 B，预算执行率 r: the spending's, not the
    /// balance's); a head count's change and its percent (在职人员 86 人，比上年减少 4 人，下降 4.44%, also of a count the
    /// vocabulary does not name); a rate its parenthesis defines in words (资金支付率 87.46%（实际支付/到位资金）).
    @Test func aBalanceBeforeTheRateACountsChangeAndARateDefinedInWords() {
        func c(rate: String = "92.46", fall: String = "4.44", grow: String = "4.36", paid: String = "87.46") -> [AuditCheck] {
            checks("""
            某县水利局2023年度小型水库维修养护项目绩效自评报告
            一、项目基本情况
            2023年该项目预算安排资金500.00万元，实际支出462.30万元，结余资金37.70万元，预算执行率\(rate)%。
            截至年底，局机关在职人员86人，比上年减少4人，下降\(fall)%。高龄津贴发放人数8,520人，较上年增加356人，增长\(grow)%。
            到位资金528.60万元，实际支付462.30万元，资金支付率\(paid)%（实际支付/到位资金）。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 92.46 && abs($0.recomputed - 100 * 462.3 / 500) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 4.44 && abs(abs($0.recomputed) - 100 * 4 / 90) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 4.36 && abs(abs($0.recomputed) - 100 * 356 / 8164) < 1e-9 })
        #expect(right.contains { $0.stated == 87.46 && abs($0.recomputed - 100 * 462.3 / 528.6) < 1e-9 })
        #expect(c(rate: "94.26").contains { $0.stated == 94.26 && !$0.consistent })
        #expect(c(fall: "4.65").contains { abs($0.stated) == 4.65 && !$0.consistent })
        #expect(c(grow: "4.18").contains { abs($0.stated) == 4.18 && !$0.consistent })
        #expect(c(paid: "78.46").contains { $0.stated == 78.46 && !$0.consistent })
    }

    /// A section's full marks before its score in a clause of its own (产出指标 40 分，得 38.50 分); parts listed with
    /// their shares, the whole named only by the first (占全年实际支出的 64.31%；…占 28.36%), checked against the whole
    /// when the shares add up to 100%; a count of households' change and percent; the whole year's budget after
    /// an initial budget named by the fund (衔接资金年初预算 A，年中追加 B，全年预算 C).
    @Test func sectionMarksBeforeTheScoreSharesOfANamedWholeAndAFundsBudget() {
        func c(whole: String = "2,276.50", spent: String = "2,187.36", share: String = "28.36", growth: String = "5.69") -> [AuditCheck] {
            checks("""
            某县2024年度衔接推进乡村振兴补助资金绩效自评报告
            2024年我县衔接资金年初预算1,850.00万元，年中追加衔接资金426.50万元，全年预算\(whole)万元。全年实际支出\(spent)万元，结余89.14万元，预算执行率96.08%。
            产业发展项目支出1,406.80万元，占全年实际支出的64.31%；小额信贷贴息支出620.40万元，占\(share)%；项目管理费及其他支出160.16万元，占7.32%。
            享受贴息的脱贫户3,120户，比上年增加168户，增长\(growth)%。
            经自评，本项目综合得分93.31分。其中：决策指标10分，得9分；过程指标20分，得18.61分；产出指标40分，得38.50分；效益指标30分，得27.20分。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 2276.5 && abs($0.recomputed - 2276.5) < 1e-9 && $0.rule == "budget-adjustment" })
        #expect(right.contains { $0.stated == 2187.36 && abs($0.recomputed - (1406.80 + 620.40 + 160.16)) < 1e-9 && $0.rule == "breakdown" })
        #expect(right.contains { $0.stated == 28.36 && abs($0.recomputed - 100 * 620.40 / 2187.36) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 5.69 && abs(abs($0.recomputed) - 100 * 168 / 2952) < 1e-9 })
        #expect(right.contains { $0.stated == 93.31 && abs($0.recomputed - 93.31) < 1e-9 })
        let e = extraction("""
        某县2024年度衔接推进乡村振兴补助资金绩效自评报告
        经自评，本项目综合得分93.31分。其中：决策指标10分，得9分；过程指标20分，得18.61分；产出指标40分，得38.50分；效益指标30分，得27.20分。
        """)
        #expect(e.figures.contains { $0.indicator == "score_output" && $0.value == 38.5 } && !e.figures.contains { $0.indicator == "score_output" && $0.value == 40 })
        #expect(c(whole: "2,267.50").contains { $0.stated == 2267.5 && !$0.consistent })
        #expect(c(spent: "2,178.36").contains { $0.stated == 2178.36 && !$0.consistent })
        #expect(c(share: "26.38").contains { $0.stated == 26.38 && !$0.consistent })
        #expect(c(growth: "5.38").contains { abs($0.stated) == 5.38 && !$0.consistent })
    }

    /// A mid-year monitoring report: amounts to 30 June and projections are no figures of the year, but their rates
    /// are checked (the spending to date over the year's budget stated a section before; each source's spending
    /// over its part of the budget, by name; the gap to the time schedule, 6/12 of the year; the projected rate).
    @Test func aMidYearMonitoringReport() {
        func c(rate: String = "38.61", gap: String = "11.39", central: String = "45.35", projected: String = "93.65") -> [AuditCheck] {
            checks("""
            某市卫生健康委员会2024年度项目支出绩效运行监控报告
            一、项目基本情况
            基层医疗卫生机构能力提升项目2024年全年预算1,260.00万元，其中：中央补助资金800.00万元，省级补助资金360.00万元，市级配套资金100.00万元。项目主要用于乡镇卫生院设备购置和村卫生室标准化建设。
            二、预算执行情况
            截至2024年6月30日，项目累计支出486.52万元，预算执行率\(rate)%，低于时间进度\(gap)个百分点。
            分资金来源看，中央补助资金支出362.80万元，执行率\(central)%；省级补助资金支出98.72万元，执行率27.42%。
            三、预计全年执行情况
            预计全年支出1,180.00万元，全年预算执行率可达\(projected)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 38.61 && abs($0.recomputed - 100 * 486.52 / 1260) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 11.39 && abs(abs($0.recomputed) - (50 - 38.61)) < 1e-9 })
        #expect(right.contains { $0.stated == 45.35 && abs($0.recomputed - 100 * 362.8 / 800) < 1e-9 })
        #expect(right.contains { $0.stated == 27.42 && abs($0.recomputed - 100 * 98.72 / 360) < 1e-9 })
        #expect(right.contains { $0.stated == 93.65 && abs($0.recomputed - 100 * 1180 / 1260) < 1e-9 })
        #expect(c(rate: "36.81").contains { $0.stated == 36.81 && !$0.consistent })
        #expect(c(gap: "13.19").contains { abs($0.stated) == 13.19 && !$0.consistent })
        #expect(c(central: "43.55").contains { $0.stated == 43.55 && !$0.consistent })
        #expect(c(projected: "96.35").contains { $0.stated == 96.35 && !$0.consistent })
        // Only the year's budget is a figure of the year.
        let e = extraction("""
            某市卫生健康委员会2024年度项目支出绩效运行监控报告
            基层医疗卫生机构能力提升项目2024年全年预算1,260.00万元。
            截至2024年6月30日，项目累计支出486.52万元，预算执行率38.61%。中央补助资金支出362.80万元，执行率45.35%。
            预计全年支出1,180.00万元，全年预算执行率可达93.65%。
            """)
        #expect(e.figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" } == ["project_budget 2024 1260"], "\(e.figures)")
        // (Nor the spending to 20 June; the spending to 31 December is the year's.)
        #expect(extraction("某局2024年度项目支出绩效运行监控报告\n截至2024年6月20日，项目累计支出486.52万元。").figures.isEmpty)
        #expect(extraction("某局2024年度项目支出绩效自评报告\n截至2024年12月31日，项目累计支出486.52万元。").figures.map(\.value) == [486.52])
    }

    /// An allocation table (补助资金分配表): its money column named by its unit (补助资金（万元）) adds up to its 合计,
    /// which is no figure of the department's spending.
    @Test func anAllocationTablesTotal() {
        func e(_ c: String) -> ReportExtraction {
            extraction("""
            某市财政局关于2024年农村公路养护补助资金分配情况的说明
            表1 2024年农村公路养护补助资金分配表
            | 县（区） | 养护里程（公里） | 补助资金（万元） |
            | A县 | 2,040 | 1,020 |
            | B县 | 1,720 | 860 |
            | C区 | 1,490 | \(c) |
            | 合计 | 5,250 | 2,625 |
            """)
        }
        let right = ReportAudit.audit(e("745"))
        #expect(right.contains { $0.stated == 2625 && abs($0.recomputed - 2625) < 1e-9 && $0.consistent })
        #expect(ReportAudit.audit(e("754")).contains { $0.stated == 2625 && !$0.consistent })
        #expect(e("745").figures.isEmpty, "\(e("745").figures)")
    }

    /// A subsidy's self-evaluation: the money actually paid out (全年实际发放补贴资金) is the project's spending, its
    /// rate and balance are over the whole budget, not its last 其中 part; the 其中 after the balance breaks down what
    /// was paid; each part is people x a monthly standard x 12 (每人每月 80 元).
    @Test func subsidiesPaidAtAStandard() {
        func c(county: String = "248.00", monthly: String = "80", paid: String = "226.18") -> ReportExtraction {
            extraction("""
            某县残疾人联合会2023年度困难残疾人生活补贴和重度残疾人护理补贴项目绩效自评报告
            2023年项目预算资金620.00万元，其中：中央和省级补助资金372.00万元，县级配套资金\(county)万元。
            全年实际发放补贴资金603.94万元，预算执行率97.41%，结余资金16.06万元已按规定收回县财政。
            其中：困难残疾人生活补贴全年惠及2,356人，每人每月\(monthly)元，发放资金\(paid)万元；重度残疾人护理补贴全年惠及3,148人，每人每月100元，发放资金377.76万元。
            """)
        }
        let right = ReportAudit.audit(c())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 97.41 && abs($0.recomputed - 100 * 603.94 / 620) < 1e-9 })
        #expect(right.contains { $0.stated == 16.06 && abs($0.recomputed - (620 - 603.94)) < 1e-9 })
        #expect(right.contains { $0.stated == 603.94 && abs($0.recomputed - (226.18 + 377.76)) < 1e-9 })
        #expect(right.contains { $0.stated == 226.18 && abs($0.recomputed - 2356 * 80 * 12 / 10_000) < 1e-9 })
        #expect(right.contains { $0.stated == 377.76 && abs($0.recomputed - 3148 * 100 * 12 / 10_000) < 1e-9 })
        #expect(c().figures.contains { $0.indicator == "project_expenditure" && $0.value == 603.94 })
        #expect(ReportAudit.audit(c(county: "258.00")).contains { $0.stated == 620 && !$0.consistent })
        #expect(ReportAudit.audit(c(monthly: "90")).contains { $0.stated == 226.18 && !$0.consistent })
        #expect(ReportAudit.audit(c(paid: "262.18")).contains { $0.stated == 262.18 && !$0.consistent })
    }

    /// A third party's score table laid out in spaces with a 得分率 column (each row's score over its marks); the
    /// year's spending named bare after a budget (部门预算调整后为 A，全年支出 B: B is spent, not budgeted); an
    /// average per visitor over the visitors, not over their change (接待 56 批次、612 人次，分别比上年减少 8 批次、95 人次).
    @Test func aScoreRateColumnASpendingAfterABudgetAndAnAverageOverTheVisitors() {
        func c(rate: String = "89.60", perVisitor: String = "201.96") -> [AuditCheck] {
            checks("""
            示例市农业农村局2023年度部门整体支出绩效评价报告
            2023年度部门预算调整后为3,286.00万元，全年支出3,120.45万元，预算执行率94.96%。支出中，基本支出2,286.30万元，占73.27%；项目支出834.15万元，占26.73%。

                               表1 部门整体支出绩效评价得分表
                一级指标          分值          得分          得分率
                决策               15           14.0          93.33%
                效益               25           22.4          \(rate)%
                合计               40           36.4          91.00%

            公务接待费支出决算12.36万元，全年国内公务接待56批次、612人次，分别比上年减少8批次、95人次。人均接待费\(perVisitor)元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 94.96 && abs($0.recomputed - 100 * 3120.45 / 3286) < 1e-9 })
        #expect(right.contains { $0.stated == 89.6 && abs($0.recomputed - 100 * 22.4 / 25) < 1e-9 })
        #expect(right.contains { $0.stated == 36.4 && abs($0.recomputed - 36.4) < 1e-9 })
        #expect(right.contains { abs($0.stated - 0.020196) < 1e-9 && abs($0.recomputed - 12.36 / 612) < 1e-9 })
        #expect(c(rate: "86.90").contains { $0.stated == 86.9 && !$0.consistent })
        #expect(c(perVisitor: "210.96").contains { abs($0.stated - 0.021096) < 1e-9 && !$0.consistent })
        let e = extraction("""
        示例市农业农村局2023年度部门整体支出绩效评价报告
        2023年度部门预算调整后为3,286.00万元，全年支出3,120.45万元，预算执行率94.96%。支出中，基本支出2,286.30万元，占73.27%；项目支出834.15万元，占26.73%。
        """)
        #expect(e.figures.contains { $0.indicator == "total_expenditure" && $0.value == 3120.45 })
        #expect(e.figures.contains { $0.indicator == "project_expenditure" && $0.value == 834.15 })
    }

    /// A news report of the budget's execution to October: a first sentence that names 一般公共预算 makes no budget
    /// disclosure (the genre is the title line's); completions of 年度预算 and the lead over the time schedule
    /// (超序时进度, 10/12 of the year); no figure of the year.
    @Test func theBudgetsExecutionToOctober() {
        func e(_ lead: String = "2.18", nonTax: String = "118.12") -> ReportExtraction {
            extraction("""
            2024年1—10月全市财政收支运行情况

            1—10月，全市一般公共预算收入完成386.52亿元，同比增长5.87%，完成年度预算452.00亿元的85.51%，超序时进度\(lead)个百分点。其中，税收收入268.40亿元，占一般公共预算收入的69.44%；非税收入\(nonTax)亿元。
            1—10月，全市一般公共预算支出512.36亿元，同比增长4.62%，完成年度预算596.80亿元的85.85%。
            """)
        }
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 85.51 && abs($0.recomputed - 100 * 386.52 / 452) < 1e-9 })
        #expect(right.contains { $0.stated == 85.85 && abs($0.recomputed - 100 * 512.36 / 596.8) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 2.18 && abs(abs($0.recomputed) - (85.51 - 100.0 * 10 / 12)) < 1e-9 })
        #expect(right.contains { $0.stated == 3_865_200 && abs($0.recomputed - 3_865_200) < 1e-6 })
        #expect(ReportAudit.audit(e("2.81")).contains { abs($0.stated) == 2.81 && !$0.consistent })
        #expect(ReportAudit.audit(e(nonTax: "118.21")).contains { $0.stated == 3_865_200 && !$0.consistent })
        #expect(e().figures.isEmpty, "\(e().figures)")
    }

    /// A meeting's cost named again after its average per person (人均会议费 70.00 元；会议费较上年 9.12 万元减少 1.28
    /// 万元，下降 14.04%): the change and its base are the cost's, not the average's.
    @Test func aChangeNamedAfterAnAverage() {
        func c(_ percent: String = "14.04") -> [AuditCheck] {
            checks("""
            某县司法局2023年度部门决算公开情况说明
            2023年度会议费支出7.84万元，全年召开会议14次，参会1,120人次，人均会议费70.00元；会议费较上年9.12万元减少1.28万元，下降\(percent)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { abs($0.stated) == 1.28 && abs(abs($0.recomputed) - (9.12 - 7.84)) < 1e-9 })
        #expect(right.contains { abs($0.stated) == 14.04 && abs(abs($0.recomputed) - 100 * 1.28 / 9.12) < 1e-9 })
        #expect(c("14.40").contains { abs($0.stated) == 14.4 && !$0.consistent })
    }

    /// A whole department's execution rate after its spending's 其中 parts and their shares (全年预算数 A。全年支出 B，其中：
    /// 基本支出 …，占 …；项目支出 …，占 …。全年预算执行率 r): B over A, not the last part's; a balance at last year's end
    /// (上年末结转结余) is last year's, the base of the balance's change rate, no second statement of this year's.
    @Test func aRateAfterTheSpendingsPartsAndLastYearsBalance() {
        func c(rate: String = "96.44", change: String = "-23.73") -> [AuditCheck] {
            checks("""
            某街道办事处2024年度部门整体支出绩效自评报告
            2024年年初部门预算2,865.40万元，年中追加预算312.60万元，调减预算48.00万元，全年预算数3,130.00万元。
            （二）预算执行情况
            2024年全年支出3,018.72万元，其中：基本支出1,926.35万元，占总支出的63.81%；项目支出1,092.37万元，占总支出的36.19%。全年预算执行率\(rate)%。
            年末结转结余资金111.28万元，结转结余率3.56%；上年末结转结余145.90万元，结转结余变动率为\(change)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 96.44 && abs($0.recomputed - 100 * 3018.72 / 3130) < 1e-9 })
        #expect(right.contains { $0.stated == -23.73 && abs($0.recomputed - 100 * (111.28 - 145.90) / 145.90) < 1e-9 })
        #expect(!right.contains { $0.stated == 145.9 })
        #expect(c(rate: "94.64").contains { $0.stated == 94.64 && !$0.consistent })
        #expect(c(change: "-32.73").contains { $0.stated == -32.73 && !$0.consistent })
        // (A rate that names the part stays the part's, unchecked without the part's budget.)
        let part = checks("""
        某街道办事处2024年度部门整体支出绩效自评报告
        全年预算数3,130.00万元。2024年全年支出3,018.72万元，其中：基本支出1,926.35万元，占总支出的63.81%；项目支出1,092.37万元，占总支出的36.19%。项目支出执行率90.12%。
        """)
        #expect(!part.contains { $0.stated == 90.12 })
    }

    /// A list opened with 包括 inside an item of a 其中 list (其中：基本支出 A，包括人员经费 a、公用经费 b；项目支出 B):
    /// ； closes it, and B is a part of the total again.
    @Test func aListOpenedWithBaoKuoInsideAnotherList() {
        func c(public amount: String = "254.50") -> [AuditCheck] {
            checks("""
            某市民政局2025年部门预算公开说明
            2025年支出预算总计4,512.30万元，比2024年预算增加236.70万元，增长5.54%。其中：基本支出2,986.10万元，包括人员经费2,731.60万元、公用经费\(amount)万元；项目支出1,526.20万元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 4512.3 && abs($0.recomputed - (2986.10 + 1526.20)) < 1e-9 })
        #expect(right.contains { $0.stated == 2986.1 && abs($0.recomputed - (2731.60 + 254.50)) < 1e-9 })
        #expect(c(public: "245.50").contains { $0.stated == 2986.1 && !$0.consistent })
    }

    /// A project financed by a special bond: a cumulative investment over several years (累计完成投资, with 以前年度's
    /// part) is no figure of the year, nor its total investment (总投资) in a report of its earlier years; what the
    /// project earns (收费收入) is no project spending, and the bond's 支出进度
    /// its spending over the bond named in the investment's sources (地方政府专项债券资金).
    @Test func aBondFinancedProjectsCumulativeInvestmentAndSpendingProgress() {
        func e(progress: String = "92.41", earlier: String = "3,710.20") -> ReportExtraction {
            extraction("""
            某县城区污水管网改造工程地方政府专项债券项目2024年度绩效自评报告
            项目总投资12,800.00万元，其中：地方政府专项债券资金5,000.00万元，县级配套资金7,800.00万元。
            2024年专项债券资金实际支出4,620.50万元，支出进度\(progress)%。
            项目累计完成投资9,860.20万元，其中2024年完成投资6,150.00万元，以前年度完成投资\(earlier)万元。
            项目建成段年污水处理收费收入684.00万元。
            """)
        }
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 92.41 && abs($0.recomputed - 100 * 4620.5 / 5000) < 1e-9 })
        #expect(right.contains { $0.stated == 9860.2 && abs($0.recomputed - (6150 + 3710.20)) < 1e-9 })
        #expect(!e().figures.contains { $0.indicator == "project_expenditure" && [9860.2, 684].contains($0.value) }, "\(e().figures)")
        // (Nor, in a report of earlier years' investment, the total investment a budget of the year.)
        #expect(!e().figures.contains { $0.indicator == "project_budget" && $0.value == 12800 }, "\(e().figures)")
        #expect(ReportAudit.audit(e(progress: "94.21")).contains { $0.stated == 94.21 && !$0.consistent })
        #expect(ReportAudit.audit(e(earlier: "3,610.20")).contains { $0.stated == 9860.2 && !$0.consistent })
    }

    /// A list by function after a per-pupil average (生均公用经费 1,755.74 元。按支出功能分类，教育支出 …，占 …): the
    /// average is no whole of the functions; and a list opened by the year's item with 中 (2025 年支出预算中，…) breaks
    /// that item down even when its name is a weak one and the sentence before broke it down by kind.
    @Test func listsAfterAnAverageAndAfterTheYearsItem() {
        let school = checks("""
        某县第二中学2023年度单位决算公开
        基本支出中，人员经费2,545.70万元，公用经费412.60万元。本校2023年在校学生2,350人，生均公用经费1,755.74元。
        四、一般公共预算财政拨款支出决算情况说明
        按支出功能分类，教育支出3,296.40万元，占89.36%；社会保障和就业支出245.35万元，占6.65%。
        """)
        #expect(school.allSatisfy { $0.consistent }, "\(school.filter { !$0.consistent }.map(\.check))")
        #expect(school.contains { abs($0.stated - 0.175574) < 1e-9 && abs($0.recomputed - 412.60 / 2350) < 1e-9 })
        func town(_ share: String = "41.57") -> [AuditCheck] {
            checks("""
            某镇人民政府2025年部门预算公开说明
            支出预算2,468.90万元，比上年预算2,305.40万元增加163.50万元，增长7.09%。按支出性质分，基本支出1,562.30万元，项目支出906.60万元。
            二、支出预算按功能分类情况
            2025年支出预算中，一般公共服务支出1,026.40万元，占\(share)%；农林水支出1,442.50万元，占58.43%。
            """)
        }
        let right = town()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 41.57 && abs($0.recomputed - 100 * 1026.40 / 2468.90) < 1e-9 })
        #expect(right.contains { $0.stated == 58.43 && abs($0.recomputed - 100 * 1442.50 / 2468.90) < 1e-9 })
        #expect(town("45.17").contains { $0.stated == 45.17 && !$0.consistent })
    }

    /// A project's funds named by no measure and broken down by their sources (项目资金 A，其中：中央资金 …，省级资金 …)
    /// are its budget: the execution rate and the balance a paragraph later are over them; and aid paid at a standard
    /// per pupil and year (3,860 人次，每生每年 2,000 元，支出 772.00 万元).
    @Test func fundsBrokenDownBySourcesAndAidPerPupil() {
        func e(balance: String = "24.10", aid: String = "772.00") -> ReportExtraction {
            extraction("""
            某县教育局2024年度普通高中学生资助项目支出绩效自评报告
            2024年项目资金1,286.40万元，其中：中央资金900.48万元，占70%；省级资金257.28万元，占20%；县级资金128.64万元，占10%。项目资金全部到位，到位率100%。
            2024年项目实际支出1,262.30万元，预算执行率98.13%；结余资金\(balance)万元，已按规定上缴县财政。
            其中：发放国家助学金3,860人次，每生每年2,000元，支出\(aid)万元；免除学费4,903人次，每生每年1,000元，支出490.30万元。
            """)
        }
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(e().figures.contains { $0.indicator == "project_budget" && $0.value == 1286.4 })
        #expect(e().figures.contains { $0.indicator == "project_expenditure" && $0.value == 1262.3 })
        #expect(right.contains { $0.stated == 98.13 && abs($0.recomputed - 100 * 1262.30 / 1286.40) < 1e-9 })
        #expect(right.contains { $0.stated == 24.1 && abs($0.recomputed - (1286.40 - 1262.30)) < 1e-9 })
        #expect(right.contains { $0.stated == 772 && abs($0.recomputed - 3860 * 2000 / 10_000) < 1e-9 })
        #expect(ReportAudit.audit(e(balance: "21.40")).contains { $0.stated == 21.4 && !$0.consistent })
        #expect(ReportAudit.audit(e(aid: "727.00")).contains { $0.stated == 727 && !$0.consistent })
    }

    /// Two totals given together with 分别, their changes with 分别 and then their percents as a bare list (分别为 A、B，
    /// 分别比上年增加 a、b，增长 x%、y%): the percents go to the totals in order, each checked as a / (level - a).
    @Test func percentsAfterListsOfLevelsAndChanges() {
        func c(_ second: String = "6.22") -> [AuditCheck] {
            checks("""
            共青团某县委员会2023年度部门决算公开说明
            2023年度本年收入合计、本年支出合计分别为1,268.45万元、1,241.30万元，分别比上年增加86.20万元、72.65万元，增长7.29%、\(second)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 7.29 && abs($0.recomputed - 100 * 86.20 / (1268.45 - 86.20)) < 1e-9 })
        #expect(right.contains { $0.stated == 6.22 && abs($0.recomputed - 100 * 72.65 / (1241.30 - 72.65)) < 1e-9 })
        #expect(c("6.62").contains { $0.stated == 6.62 && !$0.consistent })
    }

    /// Averages per head after the amounts they share (人员经费 A，公用经费 B；人均人员经费 a，人均公用经费 b), in a
    /// paragraph that counts no one: each over the amount it names and the staff counted in the report's first section;
    /// neither a part of the spending the 中 list breaks down.
    @Test func averagesPerHeadOfTheStaff() {
        func c(_ perHead: String = "3.21") -> [AuditCheck] {
            checks("""
            某县统计局2024年度部门整体支出绩效自评报告
            一、部门概况
            本局内设6个股室。年末在职人员58人，退休人员23人。
            二、部门整体支出情况
            2024年部门整体支出1,748.70万元。部门整体支出中，人员经费1,562.40万元，公用经费186.30万元；人均人员经费26.94万元，人均公用经费\(perHead)万元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 26.94 && abs($0.recomputed - 1562.40 / 58) < 1e-9 })
        #expect(right.contains { $0.stated == 3.21 && abs($0.recomputed - 186.30 / 58) < 1e-9 })
        #expect(right.contains { $0.stated == 1748.7 && abs($0.recomputed - (1562.40 + 186.30)) < 1e-9 })
        #expect(c("3.12").contains { $0.stated == 3.12 && !$0.consistent })
    }

    /// A 自评表 written as key: value lines: the funds' line whose label gives the unit of its fields (项目资金（万元）：
    /// 年初预算数 …；全年预算数 …；全年执行数 …), and 总分：100 分 before the score (the full marks, not the score).
    @Test func aLineOfFieldsInItsLabelsUnitAndFullMarksBeforeTheScore() {
        func e(_ rate: String = "95.87") -> ReportExtraction {
            extraction("""
            某区民政局2024年度项目支出绩效自评表
            项目名称：社区居家养老服务补助
            项目资金（万元）：年初预算数1,050.00；全年预算数1,098.00；全年执行数1,052.60；执行率\(rate)%
            年度总体目标：为全区3,180名老年人提供居家养老上门服务。
            总分：100分；自评得分：95.80分；自评等级：优。
            """)
        }
        let figures = e().figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures.contains("project_budget 1098") && figures.contains("project_expenditure 1052.6"), "\(figures)")
        #expect(figures.contains("score_total 95.8") && !figures.contains("score_total 100"), "\(figures)")
        #expect(!figures.contains { $0.hasSuffix(" 3180") }, "\(figures)")
        let right = ReportAudit.audit(e())
        #expect(right.contains { $0.stated == 95.87 && $0.consistent && abs($0.recomputed - 100 * 1052.60 / 1098) < 1e-9 })
        #expect(ReportAudit.audit(e("98.57")).contains { $0.stated == 98.57 && !$0.consistent })
    }

    /// The year's appropriation from the general budget (一般公共预算当年拨款支出预算 A) is no total spending of the
    /// department: its classes' changes are checked, and no total_expenditure is read from it.
    @Test func theYearsAppropriationByClass() {
        func e(_ percent: String = "4.22") -> ReportExtraction {
            extraction("""
            某县农业农村局2025年部门预算公开说明
            2025年一般公共预算当年拨款支出预算1,818.00万元，比上年预算1,705.00万元增加113.00万元，增长6.63%。按支出功能分类科目（类级）分：
            （一）一般公共服务支出（类）612.40万元，比上年预算548.20万元增加64.20万元，增长11.71%。
            （二）农林水支出（类）1,205.60万元，比上年预算1,156.80万元增加48.80万元，增长\(percent)%。
            """)
        }
        #expect(!e().figures.contains { $0.indicator == "total_expenditure" }, "\(e().figures)")
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 6.63 && abs($0.recomputed - 100 * 113 / 1705) < 1e-9 })
        #expect(right.contains { $0.stated == 4.22 && abs($0.recomputed - 100 * 48.80 / 1156.80) < 1e-9 })
        #expect(ReportAudit.audit(e("4.81")).contains { $0.stated == 4.81 && !$0.consistent })
    }

    /// A count compared with last year's right after it (年末公务用车保有量 4 辆，比上年末 5 辆减少 1 辆): the move against
    /// the two counts' difference.
    @Test func aCountComparedWithLastYearsCount() {
        func c(_ move: String = "1") -> [AuditCheck] {
            checks("""
            某街道办事处2023年度“三公”经费支出决算情况说明
            公务用车购置及运行维护费14.36万元。年末公务用车保有量4辆，比上年末5辆减少\(move)辆。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == -1 && abs($0.recomputed - (4 - 5)) < 1e-9 })
        #expect(c("2").contains { $0.stated == -2 && !$0.consistent })
    }

    /// A line of fields about the execution rate (全年执行数 1,052.60；分值 10；执行率 95.87%；得分 9.80): the marks and the
    /// score are the rate's, the score checked as marks x rate; the line ends at its last field (年度总体目标 on the next
    /// line is no rest of it).
    @Test func anExecutionScoreInALineOfFields() {
        func c(_ score: String = "9.59") -> [AuditCheck] {
            checks("""
            某区民政局2024年度项目支出绩效自评表
            项目资金（万元）：年初预算数1,050.00；全年预算数1,098.00；全年执行数1,052.60；分值10；执行率95.87%；得分\(score)
            年度总体目标：为全区3,180名老年人提供居家养老上门服务。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 9.59 && abs($0.recomputed - 10 * 0.9587) < 1e-9 })
        #expect(c("9.80").contains { $0.stated == 9.8 && !$0.consistent })
    }

    /// A clause comparing with last year's level by its year and name (与2023年度总收入17,290.18万元相比，增加 …，增长 …):
    /// that level is the base of the changes after it, last year's figure, not this year's stated again; the changes
    /// of two items one subject names (事业收入, 其他收入 are both other revenue) are each their own item's.
    @Test func aComparisonWithLastYearsLevelByItsYearAndName() {
        func e(_ percent: String = "6.63") -> ReportExtraction {
            extraction("""
            某县中医医院2024年度单位决算情况说明
            2024年度总收入18,436.52万元，其中：财政拨款收入2,105.40万元，事业收入15,872.36万元，其他收入458.76万元。与2023年度总收入17,290.18万元相比，增加1,146.34万元，增长\(percent)%。其中：财政拨款收入减少86.20万元，事业收入增加1,190.84万元，其他收入增加41.70万元。
            """)
        }
        let figures = e().figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" }
        #expect(figures.contains("budget_revenue 2024 18436.52") && figures.contains("budget_revenue 2023 17290.18"), "\(figures)")
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 1146.34 && abs($0.recomputed - (18436.52 - 17290.18)) < 1e-6 })
        #expect(right.contains { $0.stated == 6.63 && abs($0.recomputed - 100 * 1146.34 / 17290.18) < 1e-6 })
        #expect(ReportAudit.audit(e("7.63")).contains { $0.stated == 7.63 && !$0.consistent })
    }

    /// The gap between two levels the text has just stated (本年总支出大于总收入 465.63 万元): the larger less the
    /// smaller, and no level of either.
    @Test func theGapBetweenTwoLevels() {
        func e(_ gap: String = "465.63") -> ReportExtraction {
            extraction("""
            某县中医医院2024年度单位决算情况说明
            2024年度总收入18,436.52万元。2024年度总支出18,902.15万元。本年总支出大于总收入\(gap)万元，用事业基金弥补收支差额\(gap)万元。
            """)
        }
        #expect(!e().figures.contains { $0.value == 465.63 }, "\(e().figures)")
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 465.63 && abs($0.recomputed - (18902.15 - 18436.52)) < 1e-6 })
        #expect(ReportAudit.audit(e("456.63")).contains { $0.stated == 456.63 && !$0.consistent })
    }

    /// Unspent funds stated sections after a project's budget and spending (结余资金 47.78 万元结转至2026年): the budget
    /// less the spending the execution rate was checked with.
    @Test func unspentFundsAfterTheProjectsExecutionRate() {
        func c(_ left: String = "47.78") -> [AuditCheck] {
            checks("""
            2025年度农村公路养护专项资金项目支出绩效自评报告
            一、项目基本情况
            项目年初预算数1,280.00万元，全年预算数1,346.50万元，全年执行数1,298.72万元，预算执行率96.45%。
            二、自评结论
            本项目自评得分92.30分。其中：预算执行率得分9.65分（分值10分），产出指标得分44.15分（分值50分），效益指标得分28.50分（分值30分），满意度指标得分10.00分（分值10分）。
            三、存在的问题
            1座危桥改造因汛期影响未按期完工，结余资金\(left)万元结转至2026年继续实施。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 47.78 && abs($0.recomputed - (1346.50 - 1298.72)) < 1e-6 })
        #expect(c("74.78").contains { $0.stated == 74.78 && !$0.consistent })
    }

    /// A table with this year's budget and outturn and last year's outturn (2024年预算数 | 2024年决算数 | 2023年决算数 |
    /// 增减额 | 增减率): the change columns compare the two outturns.
    @Test func changeColumnsBesideThisYearsBudgetAndOutturn() {
        func c(_ percent: String = "-7.81") -> [AuditCheck] {
            checks("""
            某县市场监督管理局2024年度“三公”经费支出决算情况说明
            单位：万元
            | 项目 | 2024年预算数 | 2024年决算数 | 2023年决算数 | 决算比上年增减额 | 增减率 |
            | 合计 | 18.50 | 15.86 | 17.42 | -1.56 | -8.96% |
            | 公务接待费 | 3.50 | 2.64 | 3.08 | -0.44 | -14.29% |
            | 公务用车购置及运行维护费 | 15.00 | 13.22 | 14.34 | -1.12 | \(percent)% |
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == -7.81 && abs($0.recomputed - 100 * (13.22 - 14.34) / 14.34) < 1e-6 })
        #expect(right.contains { $0.stated == -1.56 && abs($0.recomputed - (15.86 - 17.42)) < 1e-6 })
        #expect(c("-8.71").contains { $0.stated == -8.71 && !$0.consistent })
    }

    /// An execution score by a rule of points off per percentage point short (按每低于100%一个百分点扣0.2分计算，扣1.13
    /// 分，得8.87分): the deduction and the score against that rule, not marks x rate; a score after another thing's
    /// rate (政府采购执行率 95.66%，得5分) is no execution score; a part of the score's breakdown named in quotes
    /// (“三公”经费控制5分) is a part; the carry-over rate over the department's budget (部门预算).
    @Test func anExecutionScoreByPointsOffPerPercentagePoint() {
        func c(_ deduction: String = "1.13", _ score: String = "8.87") -> [AuditCheck] {
            checks("""
            某县自然资源局2024年度部门整体支出绩效自评报告
            一、部门基本情况
            2024年度部门预算2,386.40万元，全年实际支出2,251.75万元，预算执行率94.36%。年末结转结余134.65万元，结转结余率5.64%。
            二、绩效自评指标完成情况
            （一）预算执行率（分值10分）：预算执行率94.36%，按每低于100%一个百分点扣0.2分计算，扣\(deduction)分，得\(score)分。
            （二）政府采购执行率（分值5分）：政府采购预算312.00万元，实际采购金额298.46万元，政府采购执行率95.66%，得5分。
            三、自评结论
            自评得分93.87分，其中：预算执行8.87分，“三公”经费控制5分，政府采购5分，公用经费控制5分，履职效能45分，满意度25分。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 1.13 && abs($0.recomputed - 0.2 * (100 - 94.36)) < 1e-9 })
        #expect(right.contains { $0.stated == 8.87 && abs($0.recomputed - (10 - 0.2 * (100 - 94.36))) < 1e-9 })
        #expect(right.contains { $0.stated == 93.87 && abs($0.recomputed - 93.87) < 1e-9 })
        #expect(right.contains { $0.stated == 5.64 && abs($0.recomputed - 100 * 134.65 / 2386.40) < 1e-9 })
        #expect(!right.contains { $0.stated == 5 && $0.rule != "breakdown" }, "\(right.filter { $0.stated == 5 }.map(\.check))")
        #expect(c("1.31", "8.87").contains { $0.stated == 1.31 && !$0.consistent })
        #expect(c("1.13", "9.44").contains { $0.stated == 9.44 && !$0.consistent })
    }

    /// Standards per pupil: named as a standard after 生均 (在校生1,540人、生均公用经费标准800元核定123.20万元: count x
    /// standard, no average), and worked out in parentheses after the sum (98.56万元（1,540人×200天×3.2元）).
    @Test func standardsPerPupilNamedAndInParentheses() {
        func c(_ standard: String = "800", _ days: String = "200") -> [AuditCheck] {
            checks("""
            某县第二初级中学2026年单位预算公开说明
            公用经费按在校生1,540人、生均公用经费标准\(standard)元核定123.20万元。
            项目支出包括：义务教育学生营养改善计划补助98.56万元（1,540人×\(days)天×3.2元）；家庭经济困难寄宿生生活补助42.00万元（420人×1,000元）。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 123.2 && abs($0.recomputed - 1540 * 800 / 10_000) < 1e-9 })
        #expect(right.contains { $0.stated == 98.56 && abs($0.recomputed - 1540 * 200 * 3.2 / 10_000) < 1e-9 })
        #expect(right.contains { $0.stated == 42 && abs($0.recomputed - 420 * 1000 / 10_000) < 1e-9 })
        #expect(c("850").contains { $0.stated == 123.2 && !$0.consistent })
        #expect(c("800", "190").contains { $0.stated == 98.56 && !$0.consistent })
    }

    /// A report whose title runs to a date within the year (2025年1—11月财政收支运行情况) states no figure of the year,
    /// its arithmetic still checked; an item the vocabulary does not know broken down after 中 (固定资产中，…); a
    /// target's name never reaches back over a heading.
    @Test func aTitleToADateFixedAssetsAndTargetNames() {
        let news = extraction("""
        我县2025年1—11月财政收支运行情况
        1—11月，全县一般公共预算收入完成128,563万元，同比增长6.8%。其中：税收收入86,412万元，非税收入42,151万元。
        全县一般公共预算支出完成312,806万元，同比增长3.1%。
        """)
        #expect(news.figures.isEmpty, "\(news.figures)")
        #expect(ReportAudit.audit(news).contains { $0.stated == 128_563 && $0.consistent })
        func c(_ equipment: String = "142.36") -> [AuditCheck] {
            checks("""
            某区档案馆2023年度部门决算情况说明
            本部门资产总额1,264.38万元，其中：流动资产186.52万元，固定资产1,052.44万元，无形资产25.42万元。固定资产中，房屋及构筑物865.20万元，通用设备\(equipment)万元，专用设备21.58万元，家具、用具、装具及动植物23.30万元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 1052.44 && abs($0.recomputed - (865.20 + 142.36 + 21.58 + 23.30)) < 1e-6 })
        #expect(c("142.63").contains { $0.stated == 1052.44 && !$0.consistent })
        let staff = checks("""
        某县自然资源局2024年度部门整体支出绩效自评报告
        一、部门基本情况
        本部门编制数52人，2024年末实有在职人员49人，在职人员控制率94.23%。
        """)
        #expect(staff.contains { $0.stated == 94.23 && $0.consistent && $0.check.hasPrefix("本部门编制数") }, "\(staff.map(\.check))")
    }

    /// A sibling of a 其中 list's total ends the list (基本支出 A，其中：人员经费 a，公用经费 b；项目支出 B): its share is of
    /// the whole spending, not of the basic part.
    @Test func aSiblingOfTheTotalEndsItsList() {
        func c(_ share: String = "18.09") -> [AuditCheck] {
            checks("""
            某区司法局2026年部门预算公开说明
            2026年部门支出预算1,536.72万元。基本支出1,258.72万元，占81.91%，其中：人员经费1,110.45万元，公用经费148.27万元；项目支出278.00万元，占\(share)%，主要用于人民调解、法律援助等。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 1258.72 && abs($0.recomputed - (1110.45 + 148.27)) < 1e-6 })
        #expect(right.contains { $0.stated == 18.09 && abs($0.recomputed - 100 * 278 / 1536.72) < 1e-6 })
        #expect(c("22.09").contains { $0.stated == 22.09 && !$0.consistent })
    }

    /// Another budget's year (政府性基金预算财政拨款年初结转和结余 A，本年收入 B，本年支出 C，年末结转和结余 D): its revenue
    /// and spending are no figures of the department's, the balance carried out is A + B - C, and 本年支出主要用于 breaks
    /// down that spending.
    @Test func anotherBudgetsBalancesRevenueAndSpending() {
        func e(_ balance: String = "74.04") -> ReportExtraction {
            extraction("""
            某县住房和城乡建设局2024年度部门决算情况说明
            2024年度政府性基金预算财政拨款年初结转和结余126.40万元，本年收入1,850.00万元，本年支出1,902.36万元，年末结转和结余\(balance)万元。本年支出主要用于：国有土地使用权出让收入安排的支出1,685.20万元，城市基础设施配套费安排的支出217.16万元。
            """)
        }
        #expect(!e().figures.contains { $0.indicator == "total_expenditure" || $0.indicator == "budget_revenue" }, "\(e().figures)")
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 74.04 && abs($0.recomputed - (126.40 + 1850 - 1902.36)) < 1e-6 })
        #expect(right.contains { $0.stated == 1902.36 && abs($0.recomputed - (1685.20 + 217.16)) < 1e-6 })
        #expect(ReportAudit.audit(e("74.40")).contains { $0.stated == 74.4 && !$0.consistent })
    }

    /// Money named by people's word (退休费 50.00 万元 among 人员经费's items) is an item of the list, no count of
    /// retirees; an average per person after an average per batch (批均 0.09 万元，人均 130.47 元) shares the amount, not
    /// the other average; items each with the total's bare label again (已支出 A …其中：中央资金 B，已支出 b；…) are no
    /// breakdown of it.
    @Test func peoplesMoneyAveragesInARowAndSourcesWithTheirSpending() {
        func e(_ pension: String = "50.00") -> ReportExtraction {
            extraction("""
            某市统计局2024年度部门决算说明
            2024年度一般公共预算财政拨款基本支出1,102.38万元，其中：人员经费1,102.38万元，主要包括基本工资312.40万元、津贴补贴286.15万元、奖金98.60万元、机关事业单位基本养老保险缴费142.33万元、职业年金缴费56.20万元、职工基本医疗保险缴费68.40万元、住房公积金88.30万元、退休费\(pension)万元。
            """)
        }
        #expect(!e().figures.contains { $0.indicator == "retirees" }, "\(e().figures)")
        #expect(ReportAudit.audit(e()).contains {
            $0.stated == 1102.38 && $0.check.contains("退休费") && abs($0.recomputed - (312.40 + 286.15 + 98.60 + 142.33 + 56.20 + 68.40 + 88.30 + 50.00)) < 1e-6
        })
        #expect(ReportAudit.audit(e("55.00")).contains { $0.stated == 1102.38 && !$0.consistent })
        func c(_ perHead: String = "130.47") -> [AuditCheck] {
            checks("""
            某区文化和旅游局2024年度“三公”经费支出情况说明
            公务接待费3.34万元，全年共接待国内来访团组38批次、256人次，批均接待费用0.09万元，人均接待费用\(perHead)元。
            """)
        }
        #expect(c().allSatisfy { $0.consistent }, "\(c().filter { !$0.consistent }.map(\.check))")
        #expect(c().contains { $0.stated == 0.013047 && abs($0.recomputed - 3.34 / 256) < 1e-12 })
        #expect(c("103.47").contains { $0.stated == 0.010347 && !$0.consistent })
        let sources = checks("""
        某县教育局2025年上半年项目绩效运行监控报告
        截至2025年6月30日，学生资助项目全年预算2,480.00万元，已支出1,116.00万元，预算执行率45.00%。其中：中央资金1,360.00万元，已支出748.00万元；县级资金1,120.00万元，已支出368.00万元。
        """)
        #expect(!sources.contains { !$0.consistent }, "\(sources.filter { !$0.consistent }.map(\.check))")
    }

    /// A score table's reason cell stating the points deducted (| 投入 | 20 | 18.5 | 预算编制准确性不足，扣1.5分 |): the
    /// deduction checked against the row's marks less its score.
    @Test func deductionsInAScoreTablesReasonCell() {
        func c(_ deduction: String = "2.5") -> [AuditCheck] {
            checks("""
            某区城市管理局2024年度部门整体支出绩效评价评分表
            | 一级指标 | 分值 | 得分 | 扣分原因 |
            | 投入 | 20 | 18.5 | 预算编制准确性不足，扣1.5分 |
            | 效果 | 25 | 22.5 | 社会公众满意度偏低，扣\(deduction)分 |
            | 合计 | 45 | 41 | |
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 1.5 && abs($0.recomputed - (20 - 18.5)) < 1e-9 })
        #expect(right.contains { $0.stated == 2.5 && abs($0.recomputed - (25 - 22.5)) < 1e-9 })
        #expect(c("3.5").contains { $0.stated == 3.5 && !$0.consistent })
    }

    /// Last year's value in parentheses right after a level (本年收入合计 2,856.42 万元（2023年：2,538.36 万元），同比增加
    /// …): the base of the change, not a level whose 其中 parts would be last year's; a sentence of measures alone
    /// after a topic (…增长 11.37%。年初预算为 A，支出决算为 B，完成年初预算的 c%) goes on about that topic; a share
    /// of the total a part is listed under (占本年收入的 x%) is of that total, not of another money's 本年收入 stated
    /// later; classification items of other classes (其中主要项目：1. 一般公共服务支出（类）…) are no parts of the class
    /// named before them.
    @Test func lastYearInParenthesesAndATopicGoneOn() {
        func c(_ growth: String = "12.53", _ completion: String = "104.87", _ share: String = "94.60") -> [AuditCheck] {
            checks("""
            某镇人民政府2024年度部门决算情况说明
            二、收入决算情况说明
            2024年度本年收入合计2,856.42万元（2023年：2,538.36万元），同比增加318.06万元，增长\(growth)%。其中：财政拨款收入2,702.18万元，占本年收入的\(share)%；其他收入154.24万元，占5.40%。
            三、财政拨款收入支出决算总体情况说明
            2024年度财政拨款收入总计2,768.50万元（年初结转和结余66.32万元，本年收入2,702.18万元）。
            四、一般公共预算财政拨款支出决算情况说明
            2024年度一般公共预算财政拨款支出2,705.66万元，与上年相比增加276.18万元，增长11.37%。年初预算为2,580.00万元，支出决算为2,705.66万元，完成年初预算的\(completion)%。按支出功能分类，一般公共服务支出1,120.36万元；住房保障支出140.20万元。其中主要项目：
            1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算为860.00万元，支出决算为912.45万元，完成年初预算的106.10%。
            2. 农林水支出（类）农业农村（款）农业生产发展（项）：年初预算为300.00万元，支出决算为426.80万元，完成年初预算的142.27%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 12.53 && abs($0.recomputed - 100 * 318.06 / 2538.36) < 1e-9 })
        #expect(right.contains { $0.stated == 2856.42 && abs($0.recomputed - (2702.18 + 154.24)) < 1e-6 })
        #expect(right.contains { $0.stated == 94.6 && abs($0.recomputed - 100 * 2702.18 / 2856.42) < 1e-9 })
        #expect(right.contains { $0.stated == 104.87 && abs($0.recomputed - 100 * 2705.66 / 2580) < 1e-9 })
        #expect(!right.contains { $0.check.contains("（类）") && $0.rule == "breakdown" })
        #expect(c("12.35").contains { $0.stated == 12.35 && !$0.consistent })
        #expect(c("12.53", "104.78").contains { $0.stated == 104.78 && !$0.consistent })
        #expect(c("12.53", "104.87", "96.40").contains { $0.stated == 96.4 && !$0.consistent })
        let e = extraction("""
        某镇人民政府2024年度部门决算情况说明
        2024年度本年支出合计2,791.30万元（2023年：2,494.85万元），同比增加296.45万元。其中：基本支出1,562.84万元；项目支出1,228.46万元。
        """)
        #expect(e.figures.contains { $0.indicator == "basic_expenditure" && $0.year == 2024 && $0.value == 1562.84 }, "\(e.figures)")
        #expect(!e.figures.contains { $0.indicator == "basic_expenditure" && $0.year == 2023 })
    }

    /// An audit report's rates of acts on money (已拨付 2.72 亿元，拨付率 85.00%; 已整改问题金额 2.05 亿元，整改率 86.86%)
    /// over the whole they were done on, what is left undone (滞留未拨付 0.48 亿元) as that whole less what was done,
    /// and a share of a level named shorter (问题金额占审计预算资金总额的 12.66%); a quality named like a rate (补贴资金
    /// 社会化发放率 100%) is no such rate.
    @Test func ratesOfActsOnMoney() {
        func c(_ paid: String = "85.00", _ left: String = "0.48", _ fixed: String = "86.86", _ share: String = "12.66") -> [AuditCheck] {
            checks("""
            县审计局关于2024年度县级预算执行和其他财政收支的审计工作报告
            重点审计了12个部门，审计预算资金总额18.64亿元。审计发现问题金额2.36亿元，其中：违规使用资金0.42亿元，损失浪费0.08亿元，管理不规范资金1.86亿元。问题金额占审计预算资金总额的\(share)%。
            审计了农村人居环境整治专项资金3.20亿元。截至2024年底，已拨付2.72亿元，拨付率\(paid)%；滞留未拨付\(left)亿元。
            有关部门和单位已整改问题金额2.05亿元，整改率\(fixed)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 85 && abs($0.recomputed - 100 * 2.72 / 3.20) < 1e-9 })
        #expect(right.contains { $0.stated == 4800 && abs($0.recomputed - (32000 - 27200)) < 1e-6 })
        #expect(right.contains { $0.stated == 86.86 && abs($0.recomputed - 100 * 2.05 / 2.36) < 1e-9 })
        #expect(right.contains { $0.stated == 12.66 && abs($0.recomputed - 100 * 2.36 / 18.64) < 1e-9 })
        #expect(c("58.00").contains { $0.stated == 58 && !$0.consistent })
        #expect(c("85.00", "0.84").contains { $0.stated == 8400 && !$0.consistent })
        #expect(c("85.00", "0.48", "68.86").contains { $0.stated == 68.86 && !$0.consistent })
        #expect(c("85.00", "0.48", "86.86", "16.26").contains { $0.stated == 16.26 && !$0.consistent })
        let quality = checks("""
        2023年度困难残疾人生活补贴项目绩效自评报告
        全年发放资金603.94万元，预算执行率97.41%。质量指标：补贴资金社会化发放率100%，按月足额发放。
        """)
        #expect(!quality.contains { $0.rule == "done-rate" }, "\(quality.map(\.check))")
    }

    /// A budget's 收入、支出预算总计均为 X (the whole words before the last item's); a change opening its sentence after
    /// a 三公 list whose vehicles are broken down in parentheses (…运行维护费 12.40 万元（其中：…），公务接待费 6.20 万元。
    /// 较2024年预算减少 1.40 万元) is the whole's; a classification stated as a sentence of its own (（一）按功能分类。
    /// 卫生健康支出 A 万元，占 x%；…) breaks down the total before it.
    @Test func aBudgetsTotalsListsInParenthesesAndClassificationSentences() {
        func c(_ fall: String = "7.00", _ share: String = "85.84") -> [AuditCheck] {
            checks("""
            某县卫生健康局2025年部门预算公开说明
            二、收支预算总体情况
            2025年度收入、支出预算总计均为8,642.30万元，与2024年度预算相比，收、支预算总计各增加412.56万元，增长5.01%。
            三、支出预算情况
            （一）按功能分类。卫生健康支出7,418.62万元，占\(share)%；社会保障和就业支出652.18万元，占7.55%；住房保障支出391.50万元，占4.53%；城乡社区支出180.00万元，占2.08%。
            四、“三公”经费预算情况
            2025年“三公”经费预算数为18.60万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费12.40万元（其中：公务用车购置费0万元，公务用车运行维护费12.40万元），公务接待费6.20万元。较2024年预算减少1.40万元，下降\(fall)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == -7 && abs($0.recomputed + 100 * 1.40 / 20.00) < 1e-9 })
        #expect(right.contains { $0.stated == 85.84 && abs($0.recomputed - 100 * 7418.62 / 8642.30) < 1e-9 })
        #expect(right.contains { $0.stated == 5.01 && abs($0.recomputed - 100 * 412.56 / (8642.30 - 412.56)) < 1e-9 })
        #expect(c("7.70").contains { $0.stated == -7.7 && !$0.consistent })
        #expect(c("7.00", "84.85").contains { $0.stated == 84.85 && !$0.consistent })
        let e = extraction("""
        某县卫生健康局2025年部门预算公开说明
        2025年度收入、支出预算总计均为8,642.30万元。
        """)
        #expect(e.figures.contains { $0.indicator == "budget_revenue" && $0.value == 8642.30 }, "\(e.figures)")
    }

    /// A project's funds listed by source and closed by 合计 (中央补助资金 a，省级补助资金 b，县级配套资金 c，合计 T): T adds
    /// them up and is no figure of the project's spending; an average per place (12 个场馆平均每个 14.92 万元); targets
    /// in the report's table (| 年接待群众人次 | 30万人次 | 27.6万人次 |) for completions the text states of what was
    /// achieved (年接待群众 27.6 万人次，完成年度目标的 92.0%; 参与率 58.5%，完成目标值的 97.5%), the target exact.
    @Test func sourcesClosedByTheirTotalAveragesPerPlaceAndTargetsInATable() {
        func c(_ total: String = "180.00", _ average: String = "14.92", _ visitors: String = "92.0", _ participation: String = "97.50") -> ReportExtraction {
            extraction("""
            2024年度公共文化场馆免费开放补助资金绩效自评报告
            一、项目概况
            项目资金来源为：中央补助资金96.00万元，省级补助资金48.00万元，县级配套资金36.00万元，合计\(total)万元。
            二、项目资金使用及管理情况
            项目年初预算数180.00万元，全年预算数186.50万元，年中追加6.50万元，全年执行数179.04万元，预算执行率96.00%。全年支出中，12个场馆平均每个\(average)万元。
            三、绩效指标完成情况
            年接待群众27.6万人次，完成年度目标的\(visitors)%。群众文化活动参与率58.5%，完成目标值的\(participation)%。
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
            | 产出指标 | 数量指标 | 年接待群众人次 | 30万人次 | 27.6万人次 | 10 | 9.2 |
            | 效益指标 | 社会效益指标 | 群众文化活动参与率 | ≥60% | 58.5% | 15 | 14.63 |
            """)
        }
        #expect(!c().figures.contains { $0.value == 180 && $0.indicator != "project_budget" }, "\(c().figures)")
        #expect(c().figures.contains { $0.indicator == "project_expenditure" && $0.value == 179.04 })
        let right = ReportAudit.audit(c())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 180 && abs($0.recomputed - (96 + 48 + 36)) < 1e-9 })
        #expect(right.contains { $0.stated == 14.92 && abs($0.recomputed - 179.04 / 12) < 1e-9 })
        #expect(right.contains { $0.stated == 92 && abs($0.recomputed - 100 * 27.6 / 30) < 1e-9 })
        #expect(right.contains { $0.stated == 97.5 && abs($0.recomputed - 100 * 58.5 / 60) < 1e-9 })
        #expect(ReportAudit.audit(c("108.00")).contains { $0.stated == 108 && !$0.consistent })
        #expect(ReportAudit.audit(c("180.00", "14.29")).contains { $0.stated == 14.29 && !$0.consistent })
        #expect(ReportAudit.audit(c("180.00", "14.92", "90.2")).contains { $0.stated == 90.2 && !$0.consistent })
        #expect(ReportAudit.audit(c("180.00", "14.92", "92.0", "97.75")).contains { $0.stated == 97.75 && !$0.consistent })
    }

    /// Execution rates of a department's whole and of its parts (全年实际支出 B，其中基本支出 b1，项目支出 b2，预算执行率 r，
    /// 基本支出执行率 r1，项目支出执行率 r2) after the budgets of each (部门预算总额 A，其中基本支出预算 a1，项目支出预算
    /// a2): r = B / A, each part's over its own budget; a government fund's revenue (政府性基金预算收入) is revenue, not a
    /// budget, and its completion of the budget is checked.
    @Test func ratesOfTheWholeAndOfItsPartsAndAFundsRevenue() {
        func c(_ whole: String = "94.65", _ project: String = "85.99") -> [AuditCheck] {
            checks("""
            某县市场监督管理局2024年度部门整体支出绩效自评报告
            2024年度部门预算总额2,368.40万元，其中基本支出预算1,562.30万元，项目支出预算806.10万元。全年实际支出2,241.75万元，其中基本支出1,548.62万元，项目支出693.13万元，预算执行率\(whole)%。基本支出执行率99.12%，项目支出执行率\(project)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 94.65 && abs($0.recomputed - 100 * 2241.75 / 2368.40) < 1e-9 })
        #expect(right.contains { $0.stated == 99.12 && abs($0.recomputed - 100 * 1548.62 / 1562.30) < 1e-9 })
        #expect(right.contains { $0.stated == 85.99 && abs($0.recomputed - 100 * 693.13 / 806.10) < 1e-9 })
        #expect(c("96.45").contains { $0.stated == 96.45 && !$0.consistent })
        #expect(c("94.65", "86.99").contains { $0.stated == 86.99 && !$0.consistent })
        func fund(_ completion: String = "92.45") -> [AuditCheck] {
            checks("""
            关于某市2024年预算执行情况和2025年预算草案的报告
            全市政府性基金预算收入215.40亿元，完成预算233.00亿元的\(completion)%。
            """)
        }
        #expect(fund().contains { $0.stated == 92.45 && $0.consistent && abs($0.recomputed - 100 * 215.40 / 233) < 1e-9 })
        #expect(fund("94.25").contains { $0.stated == 94.25 && !$0.consistent })
    }

    /// Items on lines of their own closed by 以上 5 个项目合计 T after the total that opened them (项目支出预算 1,286.00
    /// 万元，主要项目如下：): T is a second sum of the same items, an item's own 其中 parts passed over; a comma written
    /// half-width before a count (全年支出中,12 个场馆平均每个 …) is no part of its number.
    @Test func itemsClosedByTheirCountedTotalAndAHalfWidthComma() {
        func c(_ closing: String = "1,286.00") -> [AuditCheck] {
            checks("""
            某县水利局2025年部门预算情况说明
            2025年项目支出预算1,286.00万元，主要项目如下：
            1. 农村饮水安全工程维护经费320.00万元，主要用于集中供水工程的维修养护；
            2. 河道保洁经费186.00万元；
            3. 水土保持综合治理项目450.00万元，其中：中央补助300.00万元，县级配套150.00万元；
            4. 防汛抗旱物资储备经费90.00万元；
            5. 小型水库安全运行管护经费240.00万元。
            以上5个项目合计\(closing)万元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.filter { $0.stated == 1286 && abs($0.recomputed - (320 + 186 + 450 + 90 + 240)) < 1e-9 }.count == 2)
        #expect(c("1,268.00").contains { $0.stated == 1268 && !$0.consistent })
        // (The same items run together on one line, or with the first item's marker cut by a line's break: each
        // numbered item after the colon or a semicolon still starts a line of the list.)
        let lines = """
        某县水利局2025年部门预算情况说明
        2025年项目支出预算1,286.00万元，主要项目如下：1. 农村饮水安全工程维护经费320.00万元，主要用于集中供水工程的维修养护；2. 河道保洁经费186.00万元；3. 水土保持综合治理项目450.00万元，其中：中央补助300.00万元，县级配套150.00万元；4. 防汛抗旱物资储备经费90.00万元；5. 小型水库安全运行管护经费240.00万元。以上5个项目合计1,268.00万元。
        """
        for text in [lines, lines.replacingOccurrences(of: "如下：1", with: "如下：1\n")] {
            let run = checks(text)
            #expect(run.filter { !$0.consistent }.map(\.stated) == [1268], "\(run.map(\.check))")
            #expect(run.contains { $0.stated == 1286 && $0.consistent && abs($0.recomputed - 1286) < 1e-9 })
            #expect(run.contains { $0.stated == 450 && $0.consistent })
        }
        func average(_ each: String = "14.92") -> [AuditCheck] {
            checks("""
            2024年度公共文化场馆免费开放补助资金绩效自评报告
            项目全年预算数186.50万元,全年执行数179.04万元,预算执行率96.00%。全年支出中,12个场馆平均每个\(each)万元。
            """)
        }
        #expect(average().contains { $0.stated == 14.92 && $0.consistent && abs($0.recomputed - 179.04 / 12) < 1e-9 })
        #expect(average("14.29").contains { $0.stated == 14.29 && !$0.consistent })
    }

    /// Two items joined by 和 before 分别 (基本支出和项目支出分别为 A 和 B，分别占 x% 和 y%) are two items, each with its
    /// amount and share (a name with 和 inside it, 社会保障和就业支出, stays one); a cost per person is of the spending,
    /// not of the funds left unspent stated last before the count (结余资金 67.40 万元 …培训农民 2,150 人次，人均培训成本 …).
    @Test func itemsJoinedByHeAndACostPerPersonPastTheUnspentFunds() {
        func c(_ share: String = "27.77") -> ReportExtraction {
            extraction("""
            某县教育体育局2024年度部门决算公开说明
            本年支出合计3,198.62万元，其中基本支出和项目支出分别为2,310.48万元和888.14万元，分别占72.23%和\(share)%。
            """)
        }
        #expect(c().figures.contains { $0.indicator == "basic_expenditure" && $0.value == 2310.48 }, "\(c().figures)")
        #expect(c().figures.contains { $0.indicator == "project_expenditure" && $0.value == 888.14 })
        #expect(c().figures.contains { $0.indicator == "total_expenditure" && $0.value == 3198.62 })
        let right = ReportAudit.audit(c())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 72.23 && abs($0.recomputed - 100 * 2310.48 / 3198.62) < 1e-9 })
        #expect(right.contains { $0.stated == 3198.62 && abs($0.recomputed - (2310.48 + 888.14)) < 1e-6 })
        #expect(ReportAudit.audit(c("27.67")).contains { $0.stated == 27.67 && !$0.consistent })
        func cost(_ perHead: String = "3,686.51") -> [AuditCheck] {
            checks("""
            2024年度高素质农民培育项目支出绩效自评报告
            项目预算资金860.00万元，实际支出792.60万元，预算执行率92.16%，结余资金67.40万元按规定收回。全年培训农民2,150人次，人均培训成本\(perHead)元。
            """)
        }
        #expect(cost().allSatisfy { $0.consistent }, "\(cost().filter { !$0.consistent }.map(\.check))")
        #expect(cost().contains { $0.stated == 0.368651 && abs($0.recomputed - 792.60 / 2150) < 1e-12 })
        #expect(cost("3,866.51").contains { $0.stated == 0.386651 && !$0.consistent })
        #expect(StatementReader.listedLabels("社会保障和就业支出", abbreviations: [:]) == nil)
    }

    /// Each section's full marks with its score straight after them (预算执行率 10 分得 9.6 分，产出指标 50 分得 47.4 分，…):
    /// the marks are no score, the total is checked against the scores; a list opened by money named by its measure
    /// alone (执行数中，基本支出 A，占 x%；项目支出 B，占 y%) breaks down that amount.
    @Test func marksWithTheirScoreJoinedByDeAndAListUnderItsMeasure() {
        func e(_ total: String = "94.5") -> ReportExtraction {
            extraction("""
            某区档案馆2024年度部门整体支出绩效自评报告
            2024年部门全年预算数560.00万元，全年执行数539.00万元，预算执行率96.25%。执行数中，基本支出452.30万元，占83.91%；项目支出86.70万元，占16.09%。
            经自评，本部门整体支出绩效自评得分\(total)分，其中：预算执行率10分得9.6分，产出指标50分得47.4分，效益指标30分得28.5分，满意度指标10分得9分。
            """)
        }
        #expect(e().figures.contains { $0.indicator == "score_output" && $0.value == 47.4 }, "\(e().figures)")
        #expect(e().figures.contains { $0.indicator == "score_satisfaction" && $0.value == 9 })
        #expect(!e().figures.contains { $0.indicator == "score_output" && $0.value == 50 })
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 94.5 && abs($0.recomputed - (9.6 + 47.4 + 28.5 + 9)) < 1e-9 })
        #expect(right.contains { $0.stated == 539 && abs($0.recomputed - (452.30 + 86.70)) < 1e-9 })
        #expect(right.contains { $0.stated == 83.91 && abs($0.recomputed - 100 * 452.30 / 539) < 1e-9 })
        #expect(ReportAudit.audit(e("95.4")).contains { $0.stated == 95.4 && !$0.consistent })
    }

    /// A budget adjusted within the year (预算调整方案): an item raised by an amount to a level (教育支出调增 A，调整后为 B，
    /// 增长 x%: x over B - A); a total adjusted to a level after its initial one (收入总量为 A … 调整为 B，增加 C: B - A), with
    /// the increase broken down into new money (其中：…增加 a，新增一般债券 b; 全部为新增专项债券，其中：…).
    @Test func aBudgetAdjustedWithinTheYear() {
        func c(_ growth: String = "6.55", _ uses: String = "4,000") -> [AuditCheck] {
            checks("""
            关于示例县2024年县级预算调整方案（草案）的报告
            年初县人民代表大会批准的一般公共预算收入总量为386,420万元，其中地方一般公共预算收入86,500万元，上级补助收入248,300万元，上年结转6,820万元，调入资金44,800万元。
            因上级新增转移支付和新增再融资债券，收入总量调整为412,660万元，增加26,240万元，其中：上级补助收入增加18,740万元，新增一般债券7,500万元。
            主要是：教育支出调增4,820万元，调整后为78,460万元，增长\(growth)%；农林水支出调增9,360万元，调整后为68,930万元，增长15.71%。
            年初政府性基金预算收入总量为152,600万元，调整为186,600万元，增加34,000万元，全部为新增专项债券，其中：棚户区改造20,000万元，产业园区基础设施10,000万元，水利工程\(uses)万元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 26240 && $0.rule == "change" && abs($0.recomputed - (412660 - 386420)) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 26240 && $0.rule == "change-breakdown" && abs($0.recomputed - (18740 + 7500)) < 1e-9 })
        #expect(right.contains { $0.stated == 6.55 && abs($0.recomputed - 100 * 4820 / (78460 - 4820)) < 1e-9 })
        #expect(right.contains { $0.stated == 15.71 && abs($0.recomputed - 100 * 9360 / (68930 - 9360)) < 1e-9 })
        #expect(right.contains { $0.stated == 34000 && $0.rule == "change" && abs($0.recomputed - (186600 - 152600)) < 1e-9 })
        #expect(right.contains { $0.stated == 34000 && $0.rule == "change-breakdown" && abs($0.recomputed - (20000 + 10000 + 4000)) < 1e-9 })
        #expect(c("6.45").contains { $0.stated == 6.45 && !$0.consistent })
        #expect(c("6.55", "5,000").contains { $0.stated == 34000 && $0.rule == "change-breakdown" && !$0.consistent && abs($0.recomputed - 35000) < 1e-9 })
    }

    /// A share whose whole is stated inside it (涉及资金 38.62 亿元，占全县一般公共预算支出 51.97 亿元的 74.31%); counts listed
    /// with their shares under a whole stated before them (覆盖项目 1,246 个 …“优”的项目 892 个，占 71.59%；…) or after 其中
    /// with semicolons between them (收回有效问卷 480 份，其中：非常满意 400 份，占 83.33%；…): each share of that whole, and the
    /// counts its parts when their shares make 100%.
    @Test func sharesOfAWholeInsideThemAndCountsWithTheirShares() {
        func c(_ share: String = "74.31", _ good: String = "892") -> [AuditCheck] {
            checks("""
            示例县财政局通报2023年度预算绩效自评结果
            全县共有86个部门（单位）开展绩效自评，覆盖项目1,246个，涉及资金38.62亿元，占全县一般公共预算支出51.97亿元的\(share)%。
            从自评结果看，自评等级为“优”的项目\(good)个，占71.59%；“良”的项目286个，占22.95%；“中”的项目51个，占4.09%；“差”的项目17个，占1.36%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 74.31 && abs($0.recomputed - 100 * 38.62 / 51.97) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 1246 && abs($0.recomputed - (892 + 286 + 51 + 17)) < 1e-9 })
        #expect(right.contains { $0.stated == 71.59 && abs($0.recomputed - 100 * 892 / 1246) < 1e-9 })
        #expect(right.contains { $0.stated == 1.36 && abs($0.recomputed - 100 * 17 / 1246) < 1e-9 })
        #expect(c("73.41").contains { $0.stated == 73.41 && !$0.consistent })
        let wrongCount = c("74.31", "829")
        #expect(wrongCount.contains { $0.stated == 1246 && !$0.consistent }, "\(wrongCount.map(\.check))")
        #expect(wrongCount.contains { $0.stated == 71.59 && !$0.consistent })
        func q(_ pleased: String = "12.50") -> [AuditCheck] {
            checks("""
            某局2024年度部门整体支出绩效自评报告
            本年度共发放问卷500份，收回有效问卷480份，其中：非常满意400份，占83.33%；满意60份，占\(pleased)%；不满意20份，占4.17%。
            """)
        }
        #expect(q().allSatisfy { $0.consistent }, "\(q().filter { !$0.consistent }.map(\.check))")
        #expect(q().contains { $0.stated == 480 && abs($0.recomputed - (400 + 60 + 20)) < 1e-9 })
        #expect(q().contains { $0.stated == 83.33 && abs($0.recomputed - 100 * 400 / 480) < 1e-9 })
        #expect(q("15.20").contains { $0.stated == 15.2 && !$0.consistent })
        // (Shares that do not make the whole, a list of some grades only, say nothing of a whole.)
        let some = checks("""
        示例县财政局通报2023年度预算绩效自评结果
        全县覆盖项目1,246个。自评等级为“优”的项目892个，占71.59%；“良”的项目286个，占22.95%。
        """)
        #expect(!some.contains { $0.stated == 71.59 })
    }

    /// A count's percent move against the earlier count (比上年 10,000 人次增长 20.00%; 同比增长 18.9%（上年 1.06 亿次）), and a
    /// completion of a target stated with 为 (为年度目标 5,000 万条的 117.20%), in units scaled by 万 or 亿.
    @Test func countsMovedByAPercentAndTargetsNamedWithWei() {
        func c(_ growth: String = "20.00", _ rate: String = "117.20") -> [AuditCheck] {
            checks("""
            某市大数据中心2024年度项目支出绩效自评报告
            全年服务群众12,000人次，比上年10,000人次增长\(growth)%。共享交换1.26亿次，同比增长18.9%（上年1.06亿次）。
            全年完成政务数据归集5,860万条，为年度目标5,000万条的\(rate)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 20 && abs($0.recomputed - 100 * (12000 - 10000) / 10000) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 18.9 && abs($0.recomputed - 100 * (1.26 - 1.06) / 1.06) < 1e-9 })
        #expect(right.contains { $0.stated == 117.2 && abs($0.recomputed - 100 * 5860 / 5000) < 1e-9 })
        #expect(c("25.00").contains { $0.stated == 25 && !$0.consistent })
        #expect(c("20.00", "112.70").contains { $0.stated == 112.7 && !$0.consistent })
    }

    /// In a project's report, spending named by its own word after the budget (年初预算 120.00 万元，全年支出 118.62 万元，
    /// 执行率 98.85%) is the actual the rate is of; the adjusted budget named before its subject (调整后项目预算) is the
    /// whole of the initial budget and what was added.
    @Test func aProjectsSpendingNamedByItsOwnWord() {
        func c(_ rate: String = "98.85", _ whole: String = "1,040.50") -> [AuditCheck] {
            checks("""
            示例市大数据中心2024年度项目支出绩效单位自评报告
            年初批复预算7个项目826.00万元，年中追加5个项目214.50万元，调整后项目预算\(whole)万元。
            （一）展厅运维经费。年初预算120.00万元，全年支出118.62万元，执行率\(rate)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 98.85 && abs($0.recomputed - 100 * 118.62 / 120) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 1040.5 && abs($0.recomputed - (826 + 214.5)) < 1e-9 })
        #expect(c("98.58").contains { $0.stated == 98.58 && !$0.consistent })
        #expect(c("98.85", "1,004.50").contains { $0.stated == 1004.5 && !$0.consistent })
    }

    /// A classification after a sentence whose last amount is smaller than its items (实际采购金额 49.81 亿元，节约资金
    /// 2.55 亿元。从采购类别看，货物类采购 12.40 亿元，…) breaks down the last level that can hold them; a count's move and its
    /// percent without the earlier count (3,286 个，比上年增加 412 个，增长 14.34%): the percent of the count less the move.
    @Test func aClassificationOfTheWholeThatHoldsItAndACountsMoveAndPercent() {
        func c(_ share: String = "9.50", _ growth: String = "14.34") -> [AuditCheck] {
            checks("""
            示例市2024年政府采购规模持续扩大
            2024年，全市政府采购预算金额52.36亿元，实际采购金额49.81亿元，节约资金2.55亿元，资金节约率4.87%。
            从采购类别看，货物类采购12.40亿元，占实际采购金额的24.89%；工程类采购25.63亿元，占51.46%；服务类采购11.78亿元，占23.65%。从采购方式看，公开招标38.16亿元，占76.61%；竞争性磋商6.92亿元，占13.89%；询价及其他方式4.73亿元，占\(share)%。
            全年共完成采购项目3,286个，比上年增加412个，增长\(growth)%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 498100 && abs($0.recomputed - (124000 + 256300 + 117800)) < 1e-6 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 51.46 && abs($0.recomputed - 100 * 25.63 / 49.81) < 1e-9 })
        #expect(right.contains { $0.stated == 13.89 && abs($0.recomputed - 100 * 6.92 / 49.81) < 1e-9 })
        #expect(right.contains { $0.stated == 14.34 && abs($0.recomputed - 100 * 412 / (3286 - 412)) < 1e-9 })
        #expect(c("9.05").contains { $0.stated == 9.05 && !$0.consistent })
        #expect(c("9.50", "14.43").contains { $0.stated == 14.43 && !$0.consistent })
    }

    /// The year's balance after the revenue and spending it is the difference of (收入 A，支出 B，当年结余 C; a negative
    /// one written with its minus), and the balance rolled over the years (上年末滚存结余 D，年末滚存结余 D + C).
    @Test func theYearsBalanceOfRevenueLessSpending() {
        func c(_ medical: String = "1,810", _ end: String = "63,280") -> [AuditCheck] {
            checks("""
            示例县2025年社会保险基金预算情况说明
            2025年全县社会保险基金预算收入86,420万元，其中：保险费收入52,680万元，财政补贴收入30,140万元，利息收入1,260万元，其他收入2,340万元。社会保险基金预算支出81,950万元，其中：社会保险待遇支出80,730万元，其他支出1,220万元。本年收支结余4,470万元，上年末滚存结余58,810万元，年末滚存结余\(end)万元。
            机关事业单位基本养老保险基金收入41,580万元，支出42,370万元，当年结余-790万元；城乡居民基本医疗保险基金收入16,480万元，支出14,670万元，当年结余\(medical)万元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 4470 && abs($0.recomputed - (86420 - 81950)) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 63280 && abs($0.recomputed - (58810 + 4470)) < 1e-9 })
        #expect(right.contains { $0.stated == -790 && abs($0.recomputed - (41580 - 42370)) < 1e-9 })
        #expect(right.contains { $0.stated == 1810 && abs($0.recomputed - (16480 - 14670)) < 1e-9 })
        #expect(c("1,910").contains { $0.stated == 1910 && !$0.consistent })
        #expect(c("1,810", "63,820").contains { $0.stated == 63820 && !$0.consistent })
    }

    /// A standard per unit stated before the count it is paid on (按每亩 120 元的补贴标准，对全县 113,850 亩耕地发放补贴，实际
    /// 发放资金 1,366.20 万元); a plan named with what is planned (完成计划面积 115,000 亩的 99.00%); a total named by what it
    /// closes (偿还本金 A，支付利息 B，还本付息合计 T).
    @Test func aStandardBeforeItsCountAPlanNamedWithItsThingAndATotalNamedByWhatItCloses() {
        func c(_ paid: String = "1,366.20", _ rate: String = "99.00", _ total: String = "57.18") -> [AuditCheck] {
            checks("""
            2024年度耕地地力保护补贴项目绩效自评报告
            按每亩120元的补贴标准，对全县113,850亩耕地发放补贴，实际发放资金\(paid)万元。补贴面积113,850亩，完成计划面积115,000亩的\(rate)%。
            全年偿还政府债券本金41.36亿元，支付利息15.82亿元，还本付息合计\(total)亿元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 1366.2 && abs($0.recomputed - 113850 * 120 / 10000) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 99 && abs($0.recomputed - 100 * 113850 / 115000) < 1e-9 })
        #expect(right.contains { $0.stated == 571800 && abs($0.recomputed - (413600 + 158200)) < 1e-6 })
        #expect(c("1,636.20").contains { $0.stated == 1636.2 && !$0.consistent })
        #expect(c("1,366.20", "98.00").contains { $0.stated == 98 && !$0.consistent })
        #expect(c("1,366.20", "99.00", "57.81").contains { $0.stated == 578100 && !$0.consistent })
    }

    /// Net assets after the assets and the liabilities (资产总额 A，其中：…。负债总额 B，净资产 C: A - B); counts in 人次 broken
    /// down after the money paid on them, each part with its own money (资助学生 4,826 人次，发放资助资金 1,206.50 万元，其中：
    /// 国家助学金 3,210 人次，发放 642.00 万元；免学费 1,616 人次，发放 564.50 万元).
    @Test func netAssetsAndCountsBrokenDownAfterTheirMoney() {
        func c(_ net: String = "2,856.15", _ students: String = "4,826") -> [AuditCheck] {
            checks("""
            示例县自然资源局2024年度部门决算公开说明
            截至2024年12月31日，本部门资产总额3,268.45万元，其中：流动资产1,124.36万元，固定资产1,986.72万元，无形资产157.37万元。负债总额412.30万元，净资产\(net)万元。
            全年累计资助学生\(students)人次，发放资助资金1,206.50万元，其中：普通高中国家助学金3,210人次，发放642.00万元；中职免学费1,616人次，发放564.50万元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 2856.15 && abs($0.recomputed - (3268.45 - 412.30)) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 4826 && abs($0.recomputed - (3210 + 1616)) < 1e-9 })
        #expect(right.contains { $0.stated == 1206.5 && abs($0.recomputed - (642 + 564.5)) < 1e-9 })
        #expect(c("2,865.15").contains { $0.stated == 2865.15 && !$0.consistent })
        #expect(c("2,856.15", "4,862").contains { $0.stated == 4862 && !$0.consistent })
    }

    /// A share of a whole named with another word for the whole year or all of it (全年缴存额 … 占当年缴存额的 63.90%; 全年
    /// 提取额 … 占全部提取额的 77.82%): of that whole.
    @Test func aWholeNamedWithAnotherWordForTheYear() {
        func c(_ share: String = "63.90", _ housing: String = "77.82") -> [AuditCheck] {
            checks("""
            示例市住房公积金2024年年度报告
            全年缴存额48.62亿元，同比增长6.35%。全年提取额31.07亿元，同比增长4.82%，占当年缴存额的\(share)%。其中，住房消费类提取24.18亿元，占全部提取额的\(housing)%；非住房消费类提取6.89亿元，占22.18%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 63.9 && abs($0.recomputed - 100 * 31.07 / 48.62) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 77.82 && abs($0.recomputed - 100 * 24.18 / 31.07) < 1e-9 })
        #expect(c("69.30").contains { $0.stated == 69.3 && !$0.consistent })
        #expect(c("63.90", "72.82").contains { $0.stated == 72.82 && !$0.consistent })
    }

    /// A list opened by an item's name and 中 under the sentence that stated it among others the vocabulary files together
    /// (事业收入 A，…其他收入 B。事业收入中，…): that item; parts named by a whole's own name with a qualifier (资产总额 A，负债
    /// 总额 B，净资产 C。其中，行政单位资产总额 a，…): that whole, and a classification after them its whole too; a debt
    /// ratio (资产负债率) against the liabilities over the assets before it.
    @Test func aListUnderTheItemItNamesAndPartsNamedByTheirWhole() {
        func c(_ inpatient: String = "19,618.50", _ infrastructure: String = "14.67", _ ratio: String = "60.3") -> [AuditCheck] {
            checks("""
            示例县人民医院2025年单位预算公开说明
            2025年收入预算总额36,842.50万元，其中：财政拨款收入4,215.60万元；事业收入31,286.90万元；其他收入1,340.00万元。事业收入中，医疗收入30,856.90万元，科教收入430.00万元。医疗收入中，门急诊收入11,238.40万元，住院收入\(inpatient)万元。
            2024年末，全县国有企业资产总额186.42亿元，负债总额112.35亿元，国有资本权益总额58.17亿元，平均资产负债率\(ratio)%。
            2024年末，全县行政事业性国有资产总额48.65亿元，负债总额6.12亿元，净资产42.53亿元。其中，行政单位资产总额15.38亿元，事业单位资产总额33.27亿元。按资产类别分，流动资产9.84亿元，固定资产19.73亿元，在建工程3.26亿元，无形资产1.15亿元，公共基础设施\(infrastructure)亿元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 31286.9 && abs($0.recomputed - (30856.90 + 430)) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 30856.9 && abs($0.recomputed - (11238.40 + 19618.50)) < 1e-9 })
        #expect(right.contains { abs($0.stated - 486500) < 1e-6 && abs($0.recomputed - (153800 + 332700)) < 1e-6 })
        #expect(right.contains { abs($0.stated - 486500) < 1e-6 && abs($0.recomputed - 10_000 * (9.84 + 19.73 + 3.26 + 1.15 + 14.67)) < 1e-6 })
        #expect(right.contains { $0.stated == 60.3 && abs($0.recomputed - 100 * 112.35 / 186.42) < 1e-9 })
        #expect(!right.contains { $0.rule == "breakdown" && ($0.check.hasPrefix("其他收入") || $0.check.hasPrefix("净资产")) })
        #expect(c("19,816.50").contains { $0.stated == 30856.9 && !$0.consistent })
        #expect(c("19,618.50", "13.67").contains { abs($0.stated - 486500) < 1e-6 && !$0.consistent })
        #expect(c("19,618.50", "14.67", "63.0").contains { $0.stated == 63 && !$0.consistent })
    }

    /// A classification after a balance smaller than its first item, with no larger amount in that sentence (本年支出合计 A，
    /// 其中：…。年末结转和结余 B。按支出功能分类，教育支出 a，…): the nearest amount before that can hold it; one opened by
    /// 分…看 (分企业类型看) as one opened by 从…看. A fund's own report: the funds named as it names them and broken down by
    /// source are its budget, 已支出资金 its spending, 资金支出率 its execution rate; counts in 个 each with the money
    /// arranged for it and that money's share (产业发展类项目 92 个，安排资金 a，占 x%；…) add up to the count before 其中,
    /// and their money to the funds, not to the last source stated.
    @Test func aClassificationPastABalanceAndAFundsCountsWithTheirMoney() {
        func c(_ housing: String = "435.42", _ share: String = "76.5") -> [AuditCheck] {
            checks("""
            示例职业技术学院2023年度部门决算说明
            2023年度本年支出合计26,972.18万元，其中：基本支出19,546.26万元，项目支出7,425.92万元。年末结转和结余1,682.14万元。
            按支出功能分类，教育支出25,864.35万元，社会保障和就业支出672.41万元，住房保障支出\(housing)万元。
            2024年末，全县国有企业资产总额186.42亿元，负债总额112.35亿元。分企业类型看，城投类企业资产总额142.68亿元，占\(share)%；其他商业类企业资产总额31.26亿元，占16.8%；公益类企业资产总额12.48亿元，占6.7%。全县国有企业实现营业总收入21.36亿元。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 26972.18 && abs($0.recomputed - (25864.35 + 672.41 + 435.42)) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 76.5 && abs($0.recomputed - 100 * 142.68 / 186.42) < 1e-9 })
        #expect(!right.contains { $0.stated == 1682.14 })
        #expect(c("453.42").contains { $0.stated == 26972.18 && !$0.consistent })
        #expect(c("435.42", "67.5").contains { $0.stated == 67.5 && !$0.consistent })

        func fund(_ industry: String = "92", _ county: String = "800.00") -> ReportExtraction {
            extraction("""
            示例县2024年度财政衔接推进乡村振兴补助资金绩效自评报告
            2024年，我县共获得财政衔接推进乡村振兴补助资金8,652.00万元，其中：中央资金5,830.00万元，省级资金1,620.00万元，市级资金402.00万元，县级资金\(county)万元。
            资金共安排项目146个，其中：产业发展类项目\(industry)个，安排资金5,624.00万元，占65.00%；基础设施类项目38个，安排资金2,163.00万元，占25.00%；就业帮扶及其他项目16个，安排资金865.00万元，占10.00%。
            截至2024年12月31日，已支出资金8,396.45万元，资金支出率97.05%，结余资金255.55万元。
            """)
        }
        let figures = fund().figures
        #expect(figures.contains { $0.indicator == "project_budget" && $0.value == 8652 }, "\(figures)")
        #expect(figures.contains { $0.indicator == "project_expenditure" && $0.value == 8396.45 })
        #expect(figures.contains { $0.indicator == "execution_rate" && $0.value == 97.05 })
        #expect(!figures.contains { $0.indicator == "project_budget" && $0.value == 5624 })
        let checked = ReportAudit.audit(fund())
        #expect(checked.allSatisfy { $0.consistent }, "\(checked.filter { !$0.consistent }.map(\.check))")
        #expect(checked.contains { $0.stated == 146 && $0.recomputed == 92 + 38 + 16 }, "\(checked.map(\.check))")
        #expect(checked.contains { $0.stated == 8652 && abs($0.recomputed - (5624 + 2163 + 865)) < 1e-9 })
        #expect(checked.contains { $0.stated == 97.05 && abs($0.recomputed - 100 * 8396.45 / 8652) < 1e-9 })
        #expect(ReportAudit.audit(fund("95")).contains { $0.stated == 146 && !$0.consistent })
        #expect(ReportAudit.audit(fund("92", "880.00")).contains { $0.stated == 8652 && !$0.consistent })
        #expect(!extraction("示例县2024年度国有资产管理情况的综合报告\n全县国有企业实现营业总收入21.36亿元，同比增长5.2%。").figures.contains { $0.indicator == "budget_revenue" })
    }

    /// A report on a part of the year that names no year takes the year it was published (发布时间：2025-07-10 after 1-6月);
    /// its gap to the time schedule is the rate's, not a change stated between them (完成年初预算的 48.6%，同比增长 3.2%，
    /// 低于序时进度 1.4 个百分点); shares after 分别占 go to the items the sentence stated last, in order, of the whole named
    /// as all of its side (全部支出).
    @Test func aPartOfTheYearDatedByItsPublicationAndSharesAfterFenbieZhan() {
        func c(_ health: String = "10.1", _ gap: String = "1.4") -> [AuditCheck] {
            checks("""
            示例县上半年财政收支情况
            发布时间：2025-07-10  来源：县财政局
            1-6月，全县一般公共预算支出完成21.37亿元，完成年初预算的48.6%，同比增长3.2%，低于序时进度\(gap)个百分点。其中，教育支出4.86亿元，社会保障和就业支出3.92亿元，卫生健康支出2.15亿元，农林水支出3.46亿元，分别占全部支出的22.7%、18.3%、\(health)%、16.2%。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 18.3 && abs($0.recomputed - 100 * 3.92 / 21.37) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 1.4 && abs($0.recomputed - (100 * 6 / 12 - 48.6)) < 1e-9 })
        #expect(c("11.0").contains { $0.stated == 11 && !$0.consistent })
        #expect(c("10.1", "4.1").contains { $0.stated == 4.1 && !$0.consistent })
        #expect(extraction("示例县上半年财政收支情况\n发布时间：2025-07-10\n1-6月，全县一般公共预算收入完成8.46亿元。").year == 2025)
        #expect(extraction("示例县财政收支情况\n发布时间：2025-01-10\n全县一般公共预算收入完成18.46亿元。").year == nil)
    }

    /// The money a project's title names (…一事一议财政奖补资金绩效自评报告), named by the title's words in the text, is the
    /// project's: its budget when it is a part of the total investment (项目总投资 A，其中：财政奖补资金 B，村民筹资筹劳 C),
    /// which then is no budget of the project's, its spending when a word for spending follows (财政奖补资金实际支出); what
    /// it left unspent (未支出资金) is that budget less that spending.
    @Test func theMoneyAProjectsTitleNames() {
        func e(_ villagers: String = "692.40", _ unspent: String = "153.20") -> ReportExtraction {
            extraction("""
            示例县2024年度村级公益事业建设一事一议财政奖补资金绩效自评报告
            2024年，全县共实施一事一议财政奖补项目46个，项目总投资5,286.40万元，其中：财政奖补资金3,680.00万元，村民筹资筹劳\(villagers)万元，村集体投入514.00万元，社会捐赠400.00万元。
            截至2024年12月31日，财政奖补资金实际支出3,526.80万元，执行率95.84%。未支出资金\(unspent)万元结转下年继续使用。
            """)
        }
        let figures = e().figures
        #expect(figures.contains { $0.indicator == "project_budget" && $0.value == 3680 }, "\(figures)")
        #expect(!figures.contains { $0.indicator == "project_budget" && $0.value == 5286.4 })
        #expect(figures.contains { $0.indicator == "project_expenditure" && $0.value == 3526.8 })
        #expect(figures.contains { $0.indicator == "execution_rate" && $0.value == 95.84 })
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 5286.4 && abs($0.recomputed - (3680 + 692.40 + 514 + 400)) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 95.84 && abs($0.recomputed - 100 * 3526.80 / 3680) < 1e-9 })
        #expect(right.contains { $0.stated == 153.2 && abs($0.recomputed - (3680 - 3526.80)) < 1e-9 })
        #expect(ReportAudit.audit(e("629.40")).contains { $0.stated == 5286.4 && !$0.consistent })
        #expect(ReportAudit.audit(e("692.40", "135.20")).contains { $0.stated == 135.2 && !$0.consistent })
    }

    /// A hospital's two-year comparison table as a page's text gives it, cells set apart by single spaces: a header
    /// whose last cell (2024比2023增减) spans a second header line (增减值 增减%), labels of several words with their
    /// numbering ((一) 收入总计, 1. 财政补助收入), each total leading the rows numbered under it, a row of zeros that
    /// leaves its other cells empty, a label on a line of its own with its values on the next. Each row's change is
    /// the later year less the earlier, its percent of the earlier; each total the rows under it, not the averages
    /// after them (二、…, numbered as a total's section).
    @Test func aComparisonTableOfTwoYearsSetApartBySpaces() {
        func e(_ costs: String = "438069.46 2.75%", _ other: String = "-273094.73") -> ReportExtraction {
            extraction("""
            某县人民医院2024年度财务信息公示
            单位：某县人民医院 单位：元
            项目及编号 2023年度 2024年度 2024比2023增减
            增减值 增减%
            一、收入支出情况对比 (一) 收入总计 100010780.75 108930609.55 8919828.80 8.92%
            1. 财政补助收入 12350000 15826400 3476400 28.15%
            2. 科教项目收入 0
            3. 医疗收入 86452318.60 92117905.35 5665586.75 6.55%
            4. 其他收入 1208462.15 986304.20 -222157.95 -18.38%
            (二) 支出总计 97494311.72 105696777.90 8202466.18 8.41%
            1. 医疗业务成本 78365120.40 84902611.85 6537491.45 8.34%
            2. 管理费用 15942386.22 16380455.68 \(costs)
            3. 其他支出 2500000.00 4000000.00 1500000.00 60.00%
            4. 其他费用 686805.10 413710.37 \(other) -39.76%
            二、每门急诊人次平均收费水平 236.42 229.85 -6.57 -2.78%
            三、出院者平均医药费用
            7865.30 7512.66 -352.64 -4.48%
            四、主要病种及费用
            """)
        }
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        // (Amounts in 元, read in 万元.)
        #expect(right.contains { $0.rule == "breakdown" && abs($0.stated - 10893.060955) < 1e-6 && abs($0.recomputed - (1582.64 + 9211.790535 + 98.63042)) < 1e-6 })
        #expect(right.contains { $0.rule == "breakdown" && abs($0.stated - 9749.431172) < 1e-6
                                 && abs($0.recomputed - (7836.51204 + 1594.238622 + 250 + 68.680510)) < 1e-6 }, "\(right.map(\.check))")
        #expect(!right.contains { $0.rule == "breakdown" && $0.check.contains("平均") })
        #expect(right.contains { $0.rule == "change-percent" && $0.stated == -4.48 && abs($0.recomputed - 100 * (7512.66 - 7865.30) / 7865.30) < 1e-9 })
        #expect(right.contains { $0.rule == "change" && abs($0.stated - 43.806946) < 1e-9 })
        #expect(ReportAudit.audit(e("438069.46 2.57%")).contains { $0.stated == 2.57 && !$0.consistent })
        #expect(ReportAudit.audit(e("438069.46 2.75%", "-273049.73")).contains { abs($0.stated + 27.304973) < 1e-9 && !$0.consistent })
    }

    /// A 三公 disclosure's spending named by its measure and noun alone (决算支出): after the 三公 total's budget in its
    /// sentence (“三公”经费财政拨款年初预算 A，决算支出 B), the 三公 total's; after the budget of the item its section's
    /// heading names ((三)公务接待费 / 预算 C，决算支出 D), that item's, with its completion against that budget.
    @Test func spendingNamedByItsMeasureAfterAnItemsBudget() {
        func e(_ completion: String = "68.80") -> ReportExtraction {
            extraction("""
            某区教育局2024年度“三公”经费决算情况说明
            一、总体情况
            2024年度“三公”经费财政拨款年初预算60.00万元，决算支出46.85万元，完成年初预算的78.08%。
            二、具体情况
            （一）因公出国（境）费
            2024年度预算0万元，决算支出0万元。
            （二）公务用车购置及运行维护费
            2024年度预算47.50万元，决算支出38.25万元，完成预算的80.53%。
            （三）公务接待费
            2024年度预算12.50万元，决算支出8.60万元，完成预算的\(completion)%。
            """)
        }
        let figures = e().figures
        #expect(figures.contains { $0.indicator == "three_public_expenditure" && $0.value == 46.85 }, "\(figures)")
        #expect(!figures.contains { $0.indicator == "total_expenditure" })
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 46.85 && abs($0.recomputed - (0 + 38.25 + 8.60)) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 68.8 && abs($0.recomputed - 100 * 8.60 / 12.50) < 1e-9 })
        #expect(ReportAudit.audit(e("86.80")).contains { $0.stated == 86.8 && !$0.consistent })
    }

    /// A bare 执行率 right after a part of the spending (基本支出 A，执行率 r) is that part's budget's completion, not the
    /// department's execution rate.
    @Test func aPartsOwnExecutionRate() {
        func e(_ rate: String = "99.56") -> ReportExtraction {
            extraction("""
            某市自然资源和规划局2024年度部门整体支出绩效自评报告
            2024年全年预算数9,631.95万元，其中：基本支出预算4,883.85万元，项目支出预算4,748.10万元。
            2024年全年实际支出9,187.42万元，预算执行率为95.38%。其中：基本支出4,862.17万元，执行率\(rate)%；项目支出4,325.25万元，执行率91.09%。
            """)
        }
        #expect(e().figures.contains { $0.indicator == "execution_rate" && $0.value == 95.38 })
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 99.56 && abs($0.recomputed - 100 * 4862.17 / 4883.85) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 91.09 && abs($0.recomputed - 100 * 4325.25 / 4748.10) < 1e-9 })
        #expect(ReportAudit.audit(e("96.56")).contains { $0.stated == 96.56 && !$0.consistent })
    }

    /// A budget's disclosure is told by its title line, though the opening runs on into a body that says 执行
    /// (贯彻执行…): its 一般公共预算拨款支出 and the parts under it are budgets. The money that counted projects involve
    /// (项目 12 个，涉及一般公共预算拨款 A) is within their scope, no restatement of the appropriations.
    @Test func aBudgetsDisclosureByItsTitleLine() {
        func e(_ personnel: String = "1,876.35") -> ReportExtraction { extraction("""
        某县青石镇人民政府2025年部门预算公开说明
        一、主要职能
        贯彻执行党和国家的路线方针政策，促进经济发展。
        二、收支预算总体情况
        2025年收入预算总计3,186.52万元，其中：一般公共预算拨款收入2,954.30万元，上年结转232.22万元。
        三、一般公共预算拨款支出情况
        2025年一般公共预算拨款支出2,954.30万元，其中基本支出2,105.74万元，项目支出848.56万元。基本支出中，人员经费\(personnel)万元，公用经费229.39万元。
        四、绩效目标设置情况
        2025年实行绩效目标管理的项目12个，涉及一般公共预算拨款848.56万元。
        """) }
        let figures = e().figures
        #expect(figures.contains { $0.indicator == "public_expenditure_budget" && $0.value == 229.39 }, "\(figures)")
        #expect(!figures.contains { $0.indicator == "project_expenditure" || $0.indicator == "public_expenditure" })
        let checks = ReportAudit.audit(e())
        #expect(checks.allSatisfy { $0.consistent }, "\(checks.filter { !$0.consistent }.map(\.check))")
        #expect(checks.contains { $0.stated == 2105.74 && abs($0.recomputed - (1876.35 + 229.39)) < 1e-9 })
        #expect(checks.contains { $0.stated == 2954.3 && abs($0.recomputed - (2105.74 + 848.56)) < 1e-9 }, "\(checks.map(\.check))")
        #expect(ReportAudit.audit(e("1,867.35")).contains { $0.stated == 2105.74 && abs($0.recomputed - (1867.35 + 229.39)) < 1e-9 && !$0.consistent })
    }

    /// Funds a project actually received (项目资金实际到位 A) are the funds received, not its spending: the received
    /// share of the budget checks against them, and the spending stated after is the project's.
    @Test func fundsActuallyReceivedAreNoSpending() {
        func e(_ rate: String = "96.67") -> ReportExtraction {
            extraction("""
            某县2024年度高标准农田建设项目支出绩效自评报告
            项目年初预算安排1,800.00万元，其中：中央资金1,080.00万元，省级资金450.00万元，县级配套资金270.00万元。
            截至2024年12月31日，项目资金实际到位1,740.00万元，到位率\(rate)%。项目实际支出1,652.30万元，预算执行率91.79%。
            """)
        }
        let figures = e().figures
        #expect(figures.contains { $0.indicator == "project_expenditure" && $0.value == 1652.3 }, "\(figures)")
        #expect(!figures.contains { $0.indicator == "project_expenditure" && $0.value == 1740 })
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 96.67 && abs($0.recomputed - 100 * 1740 / 1800) < 1e-9 }, "\(right.map(\.check))")
        #expect(ReportAudit.audit(e("96.76")).contains { $0.stated == 96.76 && !$0.consistent })
    }

    /// A table of a year's budget and outturn with the outturn less the budget (决算数比预算数增减): each row's difference
    /// is its outturn less its budget, not a change from a year before.
    @Test func aDifferenceColumnOfOutturnAgainstBudget() {
        func e(_ reception: String = "-2.28") -> ReportExtraction {
            extraction("""
            某市统计局2024年度“三公”经费支出决算情况说明
            单位：万元
            | 项目 | 2024年预算数 | 2024年决算数 | 决算数比预算数增减 | 决算数占预算数% |
            | 合计 | 28.00 | 22.37 | -5.63 | 79.89% |
            | 因公出国（境）费 | 3.00 | 2.40 | -0.60 | 80.00% |
            | 公务用车购置及运行维护费 | 18.60 | 15.85 | -2.75 | 85.22% |
            | 公务接待费 | 6.40 | 4.12 | \(reception) | 64.38% |
            """)
        }
        let right = ReportAudit.audit(e())
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.rule == "change" && $0.stated == -2.28 && abs($0.recomputed - (4.12 - 6.40)) < 1e-9 && $0.check.contains("against its budget") },
                "\(right.map(\.check))")
        #expect(right.contains { $0.rule == "change" && $0.stated == -5.63 && abs($0.recomputed - (22.37 - 28.00)) < 1e-9 })
        #expect(ReportAudit.audit(e("-2.82")).contains { $0.stated == -2.82 && !$0.consistent })
    }

    /// Several projects reported together: the initial budget stated with what it includes in brackets (含年初结转项目 1
    /// 个，金额 A), the adjusted whole after it, and each project in an item of a numbered list with its own budget,
    /// funds received and spending. The bracket's amount is no budget of its own, the adjusted whole is the year's figure
    /// and adds up from the initial budget and the addition, each item's funds are its own (no restatement of the
    /// whole's), and a budget cut within the year (年中调减至 B) is what the item's execution rate is over.
    @Test func projectsReportedTogetherInAList() {
        func e(_ whole: String = "844.50", _ rate: String = "90.69") -> ReportExtraction {
            extraction("""
            某州数据服务中心2024年度项目支出绩效单位自评报告
            一、基本情况
            2024年，中心共实施项目9个，其中年初批复预算项目6个，预算金额726.00万元（含年初结转结余项目1个，金额42.00万元）；年中追加项目3个，追加预算118.50万元。调整后项目预算合计\(whole)万元，全年实际到位资金801.30万元，资金到位率94.88%；实际支出752.16万元，预算执行率89.07%。
            （一）项目概况
            1.政务云资源租赁经费。年初预算412.00万元，全年到位资金412.00万元，实际支出405.36万元，执行率98.39%。
            2.数据共享交换平台运维经费。年初预算136.00万元，年中调减至121.00万元，到位资金121.00万元，实际支出109.74万元，执行率\(rate)%。
            3.城市运行监测展厅运维经费。年初预算94.00万元，到位资金78.80万元，实际支出64.90万元，执行率69.04%。
            """)
        }
        let right = e()
        #expect(right.figures.contains { $0.indicator == "project_budget" && $0.value == 844.5 }, "\(right.figures)")
        #expect(!right.statements.contains { $0.value == 42 && $0.unit == "万元" }, "the bracket's amount read as a figure")
        let c = ReportAudit.audit(right)
        #expect(c.allSatisfy { $0.consistent }, "\(c.filter { !$0.consistent }.map(\.check))")
        #expect(!c.contains { $0.rule == "restated" }, "\(c.map(\.check))")
        #expect(c.contains { $0.rule == "budget-adjustment" && $0.stated == 844.5 && abs($0.recomputed - (726 + 118.5)) < 1e-9 }, "\(c.map(\.check))")
        #expect(c.contains { $0.stated == 90.69 && abs($0.recomputed - 100 * 109.74 / 121) < 1e-9 }, "\(c.map(\.check))")
        let wrongWhole = ReportAudit.audit(e("854.50"))
        #expect(wrongWhole.contains { $0.stated == 854.5 && abs($0.recomputed - 844.5) < 1e-9 && !$0.consistent }, "\(wrongWhole.map(\.check))")
        let wrongRate = ReportAudit.audit(e("844.50", "91.69"))
        #expect(wrongRate.contains { $0.stated == 91.69 && abs($0.recomputed - 100 * 109.74 / 121) < 1e-9 && !$0.consistent })
    }

    /// A figure of the whole stated again under a numbered item whose title is that figure's own name (1.因公出国（境）费
    /// 支出 0 万元 after the 三公 paragraph gave it) is a restatement still, checked against the first.
    @Test func anItemNamedByTheFigureRestatesIt() {
        func e(_ again: String) -> [AuditCheck] {
            ReportAudit.audit(extraction("""
            某县农业农村局2022年度部门决算
            （二）“三公”经费支出决算具体情况说明
            2022年度“三公”经费支出决算中，因公出国（境）费支出决算0万元；公务接待费支出决算4.37万元；公务用车购置及运行维护费支出决算37.25万元。具体情况如下：
            1.因公出国（境）费支出0万元，与预算相比无变化。
            2.公务接待费支出决算\(again)万元，主要用于上级部门检查指导工作。
            3.公务用车购置及运行维护费支出37.25万元。
            """))
        }
        #expect(e("4.37").contains { $0.rule == "restated" && $0.stated == 4.37 && $0.consistent }, "\(e("4.37").map(\.check))")
        #expect(e("4.73").contains { $0.rule == "restated" && $0.stated == 4.73 && $0.recomputed == 4.37 && !$0.consistent })
    }

    /// Funds received by source closed by their total (中央资金到位 a，省级资金到位 b，县级配套资金到位 c，合计到位 T): the
    /// total adds up and is what the rate of funds received is over; funds received and left unspent (已到位未支出资金 C;
    /// 结余资金 C，为已到位未兑付的资金) are the funds received less the spending, not the budget less it.
    @Test func fundsReceivedBySourceAndLeftUnspent() {
        func e(_ total: String = "2,276.00", _ left: String = "61.62", named: Bool = false) -> ReportExtraction {
            let balance = named ? "已到位未支出资金\(left)万元" : "结余资金\(left)万元，为已到位未兑付的补贴资金"
            return extraction("""
            某县农业农村局2024年度耕地地力保护补贴项目绩效自评报告
            （二）资金安排情况。2024年项目预算资金2,300.00万元，其中：中央财政资金1,820.00万元，省级财政资金360.00万元，县级配套资金120.00万元。
            （三）资金到位及使用情况。中央财政资金到位1,820.00万元，省级财政资金到位360.00万元，县级配套资金到位96.00万元，合计到位\(total)万元，资金到位率98.96%。全年实际支出2,214.38万元，预算执行率96.28%，\(balance)。
            """)
        }
        for named in [false, true] {
            let c = ReportAudit.audit(e(named: named))
            #expect(c.allSatisfy { $0.consistent }, "\(c.filter { !$0.consistent }.map(\.check))")
            #expect(c.contains { $0.stated == 2276 && abs($0.recomputed - (1820 + 360 + 96)) < 1e-9 }, "\(c.map(\.check))")
            #expect(c.contains { $0.stated == 98.96 && abs($0.recomputed - 100 * 2276 / 2300) < 1e-9 }, "\(c.map(\.check))")
            #expect(c.contains { $0.rule == "saving" && $0.stated == 61.62 && abs($0.recomputed - (2276 - 2214.38)) < 1e-9 }, "\(c.map(\.check))")
            let wrong = ReportAudit.audit(e("2,276.00", "85.62", named: named))
            let unspent = 2276 - 2214.38
            #expect(wrong.contains { $0.rule == "saving" && $0.stated == 85.62 && abs($0.recomputed - unspent) < 1e-9 && !$0.consistent })
        }
        let wrongTotal = ReportAudit.audit(e("2,266.00"))
        #expect(wrongTotal.contains { $0.stated == 2266 && abs($0.recomputed - 2276) < 1e-9 && !$0.consistent }, "\(wrongTotal.map(\.check))")
    }

    /// Averages over counts in ten thousands (补贴面积 52.36 万亩，亩均补贴 42.29 元; 3.18 万户，户均 696.35 元): the amount over
    /// that many times 10,000 of the unit.
    @Test func averagesOverCountsInTenThousands() {
        func c(_ perMu: String = "42.29", _ perHousehold: String = "696.35") -> [AuditCheck] {
            checks("""
            某县2024年度耕地地力保护补贴项目绩效自评报告
            全年兑付补贴资金2,214.38万元，核定补贴面积52.36万亩，亩均补贴\(perMu)元；兑付补贴资金2,214.38万元，惠及农户3.18万户，户均补贴\(perHousehold)元。
            """)
        }
        let right = c()
        func near(_ x: Double, _ y: Double) -> Bool { abs(x - y) < 1e-12 }
        #expect(right.contains { near($0.stated, 0.004229) && near($0.recomputed, 2214.38 / 523_600) && $0.consistent }, "\(right.map(\.check))")
        #expect(right.contains { near($0.stated, 0.069635) && near($0.recomputed, 2214.38 / 31_800) && $0.consistent }, "\(right.map(\.check))")
        #expect(c("43.29").contains { near($0.stated, 0.004329) && near($0.recomputed, 2214.38 / 523_600) && !$0.consistent })
        #expect(c("42.29", "693.65").contains { near($0.stated, 0.069365) && near($0.recomputed, 2214.38 / 31_800) && !$0.consistent })
    }

    /// A degree named by the part it counts (收回有效问卷 142 份，满意及以上 130 份，满意度 91.55%) is that part over the
    /// count before it; a rate whose part two counts could be (非常满意 400 份，满意 60 份) is left alone. The percent of a
    /// count's move stated before the move (较上年增长 36.4%，由 2023 年的 3,270 万次增加到 4,460 万次) is that move's.
    @Test func aDegreeOverItsCountsAndAMovesPercentStatedFirst() {
        func c(_ degree: String = "91.55", _ growth: String = "36.4") -> [AuditCheck] {
            checks("""
            某中心2024年度项目支出绩效自评报告
            （三）满意度指标
            发放问卷150份，收回有效问卷142份，满意及以上130份，满意度\(degree)%，达到目标。
            （四）效益指标
            全州部门间数据调用次数较上年增长\(growth)%，由2023年的3,270万次增加到4,460万次。
            """)
        }
        let right = c()
        #expect(right.allSatisfy { $0.consistent }, "\(right.filter { !$0.consistent }.map(\.check))")
        #expect(right.contains { $0.stated == 91.55 && abs($0.recomputed - 100 * 130 / 142) < 1e-9 }, "\(right.map(\.check))")
        #expect(right.contains { $0.stated == 36.4 && abs($0.recomputed - 100 * (4460 - 3270) / 3270) < 1e-9 }, "\(right.map(\.check))")
        #expect(c("92.55").contains { $0.stated == 92.55 && abs($0.recomputed - 100 * 130 / 142) < 1e-9 && !$0.consistent })
        #expect(c("91.55", "38.4").contains { $0.stated == 38.4 && abs($0.recomputed - 100 * (4460 - 3270) / 3270) < 1e-9 && !$0.consistent })
        let two = checks("某中心2024年度项目支出绩效自评报告\n收回有效问卷500份，非常满意400份，满意60份，满意度92%。")
        #expect(!two.contains { $0.stated == 92 }, "\(two.map(\.check))")
    }

    /// A site's breadcrumb that names its section for budgets and final accounts both (财政预决算) says nothing of the
    /// report's kind: a 部门预算 run into one paragraph with it is still a budget disclosure, its 公用经费 a budget.
    @Test func aSectionForBothKindsNamesNeither() {
        let e = extraction("首页 > 政务公开 > 财政预决算 > 部门预算 某所2025年部门预算公开 2025年一般公共预算拨款基本支出532.18万元，其中：人员经费468.90万元；公用经费63.28万元。")
        #expect(e.figures.contains { $0.indicator == "public_expenditure_budget" && $0.value == 63.28 }, "\(e.figures)")
        #expect(!e.figures.contains { $0.indicator == "public_expenditure" }, "\(e.figures)")
    }

    /// A score table pasted from a word processor with tabs between its cells, a group's name on its first row only
    /// (two tabs before 档案数字化率), under a title whose kind stands on the line before its year and a field that
    /// names the body: one report of 某市档案馆 of 2024 (not of the filing date's year), its rows summed to the total.
    @Test func aTablePastedWithTabsReadsAsOneDrawnWithBars() {
        func text(_ total: String) -> String {
            "部门整体支出绩效自评表\n（2024年度）\n\n部门（单位）名称\t某市档案馆\n主管部门\t某市文化局\t填报日期\t2025年3月18日\n"
                + "一级指标\t二级指标\t三级指标\t分值\t得分\n产出指标\t数量指标\t档案接收数量\t30\t30\n\t\t档案数字化率\t20\t18\n"
                + "效益指标\t社会效益指标\t查阅利用人次\t40\t38\n满意度指标\t服务对象满意度指标\t查档满意度\t10\t9.5\n总分\t\t\t100\t\(total)\n\n"
                + "某市档案馆2024年度部门整体支出绩效自评报告（摘要）\n2024年，本馆全年预算数560.00万元，全年执行数539.00万元，预算执行率96.25%。\n"
        }
        var parts: [ReportExtraction] = []
        ReportExtractor.extractEach(text: text("95.5"), source: "t.txt") { parts.append($0) }
        #expect(parts.map(\.department) == ["某市档案馆"])
        let e = extraction(text("95.5"))
        #expect(e.figures.contains { $0.indicator == "score_total" && $0.year == 2024 && $0.value == 95.5 }, "\(e.figures)")
        #expect(!e.figures.contains { $0.year == 2025 }, "\(e.figures)")
        let sum = { (c: AuditCheck) in c.rule == "breakdown" && c.check.hasPrefix("总分") && c.stated != 100 }
        #expect(checks(text("95.5")).filter(sum).map(\.consistent) == [true])
        let wrong = checks(text("96.5")).filter(sum)
        #expect(wrong.map(\.consistent) == [false] && wrong.first.map { abs($0.recomputed - 95.5) < 1e-9 } == true, "\(wrong)")
    }

    /// In a report on a department's whole spending the year's spending named by generic words alone (全年执行数 after
    /// 全年预算数) or by the report's own words for it (部门整体支出) is the department's; a project's report names its project's so, and words that name the spending
    /// (支出决算) come before the generic ones.
    @Test func aWholeDepartmentsSpendingNamedByGenericWords() {
        let body = "一、部门预算执行情况\n2024年部门全年预算数560.00万元，全年执行数539.00万元，预算执行率96.25%。\n"
        let whole = extraction("某区档案馆2024年度部门整体支出绩效自评报告\n" + body)
        #expect(whole.figures.filter { $0.indicator == "total_expenditure" }.map(\.value) == [539], "\(whole.figures)")
        // (So is the spending named by the report's own words for it, 部门整体支出.)
        let ownWords = extraction("某区档案馆2024年度部门整体支出绩效自评报告\n2024年部门全年预算560.00万元，部门整体支出539.00万元，预算执行率96.25%。\n")
        #expect(ownWords.figures.filter { $0.indicator == "total_expenditure" }.map(\.value) == [539], "\(ownWords.figures)")
        let project = extraction("某区档案馆2024年度档案数字化项目支出绩效自评报告\n" + body)
        #expect(!project.figures.contains { $0.indicator == "total_expenditure" }, "\(project.figures)")
        let named = extraction("某区档案馆2024年度部门整体支出绩效自评报告\n" + body + "2024年支出决算541.20万元，其中基本支出450.00万元，项目支出91.20万元。\n")
        #expect(named.figures.filter { $0.indicator == "total_expenditure" }.map(\.value) == [541.2], "\(named.figures)")
    }

    /// A table headed by the general budget's spending (一般公共预算支出预算表) totals the appropriations' spending, not
    /// the department's, which its own income makes larger: the 合计 row is no total_expenditure, whether the table is
    /// drawn with bars or pasted with tabs.
    @Test func aTableOfTheAppropriationsSpendingTotalsTheirs() {
        for bar in [" | ", "\t"] {
            let table = ["表3 一般公共预算支出预算表", "单位：万元", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"].joined(separator: bar),
                         ["201", "一般公共服务支出", "708.60", "574.80", "133.80"].joined(separator: bar),
                         ["208", "社会保障和就业支出", "78.40", "78.40", "0"].joined(separator: bar),
                         ["", "合计", "787.00", "653.20", "133.80"].joined(separator: bar)].joined(separator: "\n")
            let e = extraction("示例市档案馆2025年部门预算公开说明\n一、收支预算情况说明\n2025年支出预算总计807.00万元，其中：基本支出663.20万元，"
                               + "项目支出143.80万元。\n二、一般公共预算支出预算情况说明\n" + table + "\n")
            #expect(e.figures.filter { $0.indicator == "total_expenditure" }.map(\.value) == [807], "\(e.figures)")
            #expect(e.figures.filter { $0.indicator == "appropriation_budget" }.map(\.value) == [787], "\(e.figures)")
            let sums = ReportAudit.audit(e).filter { $0.stated == 787 && $0.rule == "breakdown" }
            #expect(!sums.isEmpty && sums.allSatisfy(\.consistent), "\(sums)")
        }
    }

    /// A 其中： list opened inside an item of a list (the vehicles' purchase and running costs after the vehicles'
    /// completion rate) ends at ；, and the outer list goes on: the 三公 total adds its three items, not the vehicles'
    /// parts besides.
    @Test func aListInsideAnItemOfAListEndsAtItsSemicolon() {
        func text(_ total: String) -> String {
            "示例县住房和城乡建设局2024年度“三公”经费决算说明\n2024年度“三公”经费财政拨款支出决算\(total)万元，完成预算的84.27%。\n"
                + "其中：因公出国（境）费决算0万元，与预算持平；公务用车购置及运行维护费决算9.38万元，完成预算的85.27%，其中：公务用车购置费0万元，"
                + "公务用车运行维护费9.38万元，比上年减少1.22万元；公务接待费决算3.26万元，完成预算的81.50%。\n"
        }
        let total = { (c: AuditCheck) in c.stated == 12.64 || c.stated == 13.64 }
        let right = checks(text("12.64")).filter(total)
        #expect(!right.isEmpty && right.allSatisfy { $0.consistent && abs($0.recomputed - 12.64) < 1e-9 }, "\(right)")
        let wrong = checks(text("13.64")).filter(total)
        #expect(!wrong.isEmpty && wrong.allSatisfy { !$0.consistent && abs($0.recomputed - 12.64) < 1e-9 }, "\(wrong)")
        #expect(checks(text("12.64")).contains { $0.stated == 9.38 && $0.consistent && abs($0.recomputed - 9.38) < 1e-9 })
    }

    /// What was left unspent right after the spending of the execution rate (实际支出 B，预算执行率 r，结余资金 C), whose
    /// budget, the adjusted one, was stated a sentence before beside the initial one and the funds received: that budget
    /// less the spending.
    @Test func aBalanceAfterTheRatesSpendingIsItsBudgetLessIt() {
        func text(_ balance: String) -> String {
            "示例县2024年度城乡医疗救助资金项目支出绩效自评报告\n项目年初预算1,200.00万元，其中中央补助资金840.00万元，省级补助资金240.00万元，"
                + "县级配套资金120.00万元。年中追加省级资金150.00万元，调整后预算1,350.00万元。截至2024年12月31日，实际到位资金1,350.00万元，"
                + "到位率100%；实际支出1,296.45万元，预算执行率96.03%，结余资金\(balance)万元结转下年使用。\n"
        }
        let balance = { (c: AuditCheck) in c.rule == "saving" }
        expectRightAndWrong({ checks(text($0)) }, right: "53.55", wrong: "35.55", recomputed: 53.55, where: balance)
    }

    /// One change given to two totals (收入、支出总计各增加 C，增长 r) is the first total's change, and the percent after it
    /// is that same comparison's (r is C over the total less C), not the second total's alone with no amount to check it by.
    @Test func aChangeGivenToEachOfTwoTotalsAndItsPercent() {
        func text(_ percent: String) -> String {
            "示例县农业技术推广站2024年度部门决算\n一、收入支出决算总体情况说明\n2024年度收入总计1,361.58万元、支出总计1,361.58万元，"
                + "与上年相比，收入、支出总计各增加86.40万元，增长\(percent)%。\n二、收入决算情况说明\n本年收入合计1,297.38万元。\n"
        }
        let growth = { (c: AuditCheck) in c.rule == "change-percent" }
        expectRightAndWrong({ checks(text($0)) }, right: "6.78", wrong: "6.87", recomputed: 100 * 86.4 / (1361.58 - 86.4), where: growth)
    }

    /// A score table's row named for the budget's execution rate (| 预算执行 | 预算执行率 | 100% | 96.45% | 10 | 9.65 |)
    /// scores the budget execution: its score is checked as its marks times the rate; a 预算完成率 among the indicators
    /// is another indicator, scored as one.
    @Test func aScoreTablesRowNamedForTheExecutionRate() {
        func text(_ score: String, row: String = "预算执行率") -> String {
            "示例县2024年度农村公路养护工程项目支出绩效自评报告\n本项目全年预算数920.00万元，全年执行数887.36万元，预算执行率96.45%。\n"
                + "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                + "| 预算执行 | \(row) | \(row) | 100% | 96.45% | 10 | \(score) |\n"
                + "| 产出指标 | 数量指标 | 日常养护里程 | ≥1260公里 | 1286公里 | 90 | 90 |\n"
        }
        let marks = { (c: AuditCheck) in c.rule == "score-weight" }
        expectRightAndWrong({ checks(text($0)) }, right: "9.65", wrong: "9.95", recomputed: 9.645, where: marks)
        #expect(extraction(text("9.65")).figures.contains { $0.indicator == "score_budget_execution" && $0.value == 9.65 })
        #expect(checks(text("10", row: "预算完成率")).filter(marks).isEmpty)
    }

    /// A score after a list of the framework's parts (按照决策、过程、产出、效益四个维度…，本项目得分 86.5 分) is the whole's,
    /// not the last part's; after two of them (产出及效益得分) it is theirs together, which no section's score is.
    @Test func aScoreAfterAListOfTheFrameworksParts() {
        let four = extraction("关于2024年度就业补助资金重点绩效评价的报告\n\n一、项目基本情况\n就业补助资金用于职业技能培训补贴。\n\n三、评价结论\n评价工作组按照决策、过程、产出、效益四个维度设置指标体系，"
                              + "经综合评价，本项目得分86.5分，评价等级为“良”。\n")
        #expect(four.figures.filter { $0.indicator.hasPrefix("score") }.map { "\($0.indicator) \($0.value)" } == ["score_total 86.5"], "\(four.figures)")
        let two = extraction("示例县统计局2024年度部门整体支出绩效自评报告\n部门整体支出绩效自评得分94.20分，其中部门决策及管理得分45.80分，"
                             + "部门产出及效益得分48.40分。\n")
        #expect(!two.figures.contains { $0.indicator == "score_benefit" || $0.indicator == "score_output" }, "\(two.figures)")
    }

    /// A numbered list after what was left unspent (实际支出 A，…，结余 B。其中：1. … 2. …) breaks down what was spent,
    /// stated in the same sentence, as an unnumbered one does.
    @Test func aNumberedListAfterTheBalanceBreaksDownTheSpending() {
        func text(_ spent: String) -> String {
            "关于2024年度就业补助资金重点绩效评价的报告\n二、资金使用情况\n截至2024年12月31日，就业补助资金实际支出\(spent)万元，预算执行率89.99%，"
                + "结余365.40万元。其中：\n1. 职业技能培训补贴1,862.40万元，惠及12,416人次；\n2. 社会保险补贴986.20万元，惠及4,102人；\n"
                + "3. 就业见习补贴436.00万元，惠及1,090人。\n"
        }
        let sum = { (c: AuditCheck) in c.rule == "breakdown" && [3284.6, 3248.6].contains(c.stated) }
        expectRightAndWrong({ checks(text($0)) }, right: "3,284.60", wrong: "3,248.60", recomputed: 3284.6, where: sum)
        #expect(!checks(text("3,284.60")).contains { $0.rule == "breakdown" && $0.stated == 365.4 })
    }

    /// A section's score stated in words (产出指标得分 48.75 分) against its block of rows in a score table whose first
    /// column names the section on the block's first row only and gives it no 小计: the rows' sum.
    @Test func aSectionsScoreAgainstItsBlockOfRows() {
        func text(_ output: String) -> String {
            "示例县2024年度农村公路养护工程项目支出绩效自评报告\n"
                + "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                + "| 产出指标 | 数量指标 | 日常养护里程 | ≥1260公里 | 1286公里 | 30 | 30 |\n"
                + "|  | 数量指标 | 危桥改造数量 | 8座 | 7座 | 20 | 17.5 |\n"
                + "| 效益指标 | 社会效益指标 | 群众出行条件改善 | 明显改善 | 明显改善 | 25 | 25 |\n"
                + "|  | 可持续影响指标 | 长效养护机制建立 | 健全 | 基本健全 | 25 | 20 |\n"
                + "| 合计 |  |  |  |  | 100 | 92.5 |\n"
                + "本项目自评得分92.5分，其中产出指标得分\(output)分，效益指标得分45分。\n"
        }
        let output = { (c: AuditCheck) in c.rule == "section-score" && c.check.hasPrefix("score_output") }
        expectRightAndWrong({ checks(text($0)) }, right: "47.5", wrong: "48.5", recomputed: 47.5, where: output)
        #expect(checks(text("47.5")).contains { $0.rule == "section-score" && $0.check.hasPrefix("score_benefit") && $0.consistent && $0.recomputed == 45 })
    }

    /// The 三公 budget against its items' budgets, where the items' list hangs under the actual stated last (预算 B，决算
    /// A。其中：…预算 b1，决算 a1；…) and one item's budget is given only as equal to its actual (决算 0 万元，与预算持平).
    @Test func aBudgetTotalOverItsItemsBudgetsGivenBesideTheirActuals() {
        func text(_ budget: String) -> String {
            "青山湖街道办事处2024年度部门决算说明\n七、“三公”经费财政拨款支出决算情况说明\n2024年度“三公”经费财政拨款支出预算为\(budget)万元，"
                + "支出决算为31.26万元，完成预算的81.19%。其中：因公出国（境）费支出决算为0万元，与预算持平；公务用车购置及运行维护费支出预算为"
                + "30.50万元，支出决算为24.86万元，完成预算的81.51%；公务接待费支出预算为8.00万元，支出决算为6.40万元，完成预算的80.00%。\n"
        }
        let budget = { (c: AuditCheck) in c.rule == "identity" && c.check.hasPrefix("three_public ") && [38.5, 36.5].contains(c.stated) }
        expectRightAndWrong({ checks(text($0)) }, right: "38.50", wrong: "36.50", recomputed: 38.5, where: budget)
    }

    /// The grand total of spending against the year's spending and the year-end balance, the balance stated sections
    /// later under a heading of its own (十、年末结转和结余情况说明), past the reach of the paragraphs after the total.
    @Test func aGrandTotalAgainstABalanceInASectionOfItsOwn() {
        func text(_ balance: String) -> String {
            let sections = ["四", "五", "六", "七", "八", "九"].enumerated().map { i, n in
                "\(n)、其他情况说明\n" + (1...4).map { j in "（\(j)）第\(j)项工作经费\(100 + 10 * i + j).00万元，比上年增加1.00万元，主要用于日常运转。" }
                    .joined(separator: "\n")
            }.joined(separator: "\n")
            return "青山湖街道办事处2024年度部门决算说明\n一、收入支出决算总体情况说明\n2024年度收入总计5,846.32万元，支出总计5,846.32万元。\n"
                + "二、收入决算情况说明\n2024年度本年收入合计5,412.80万元，其中：财政拨款收入5,236.50万元，其他收入176.30万元。\n"
                + "三、支出决算情况说明\n2024年度本年支出合计5,501.17万元，其中：基本支出3,285.64万元，项目支出2,215.53万元。\n" + sections
                + "\n十、年末结转和结余情况说明\n2024年度年末结转和结余\(balance)万元，主要是老旧小区改造项目跨年度实施。\n"
        }
        let grand = { (c: AuditCheck) in c.rule == "grand-total" && c.stated == 5846.32 && c.check.contains("支出总计") }
        expectRightAndWrong({ checks(text($0)) }, right: "345.15", wrong: "354.15", recomputed: 5846.32, recomputedWrong: 5855.32, where: grand)
    }

    /// An execution score whose full marks the report never states is scored on the rules' 10 points in proportion to
    /// the rate, when it is written with decimals below them; a whole number may be a band's and is left unchecked.
    @Test func anExecutionScoreWithoutItsFullMarksStated() {
        func text(_ score: String) -> String {
            "示例县2024年度城乡医疗救助资金项目支出绩效自评报告\n调整后预算1,350.00万元，实际支出1,296.45万元，预算执行率96.03%。\n"
                + "项目自评得分94.20分，其中预算执行得分\(score)分，产出指标得分46.50分。\n"
        }
        let marks = { (c: AuditCheck) in c.rule == "score-weight" }
        expectRightAndWrong({ checks(text($0)) }, right: "9.60", wrong: "9.06", recomputed: 9.603, where: marks)
        #expect(checks(text("9")).filter(marks).isEmpty)
    }

    /// A two-sided 收入支出决算总表 laid out by spaces (pdftotext -layout) whose rows lack cells: an item with no amount
    /// (三、事业收入  3) and lines with the spending side alone. Each side's totals add up their own items.
    @Test func aTwoSidedTableLaidOutBySpacesWithEmptyCells() {
        func text(_ fund: String) -> String {
            func row(_ cells: [String]) -> String {
                let widths = [22, 6, 10, 22, 6, 10]
                return zip(cells, widths).enumerated().map { k, pair in
                    let (cell, width) = pair, gap = String(repeating: " ", count: max(1, width - cell.count))
                    return ([2, 5].contains(k) ? gap + cell : cell + gap) + (k == 2 ? "    " : "")
                }.joined()
            }
            let rows = [["项目", "行次", "金额", "项目", "行次", "金额"],
                        ["一、一般公共预算财政拨款收入", "1", "4,865.20", "一、一般公共服务支出", "32", "3,912.46"],
                        ["二、政府性基金预算财政拨款收入", "2", fund, "二、公共安全支出", "33", "156.80"],
                        ["三、事业收入", "3", "", "三、社会保障和就业支出", "34", "498.35"],
                        ["四、其他收入", "4", "117.45", "四、卫生健康支出", "35", "236.60"],
                        ["", "", "", "五、城乡社区支出", "36", "120.00"],
                        ["", "", "", "六、住房保障支出", "37", "122.00"],
                        ["本年收入合计", "30", "5,102.65", "本年支出合计", "60", "5,046.21"],
                        ["年初结转和结余", "61", "236.40", "年末结转和结余", "62", "292.84"],
                        ["总计", "64", "5,339.05", "总计", "65", "5,339.05"]]
            return "湖滨区市场监督管理局2024年度部门决算公开\n表一 收入支出决算总表\n" + rows.map(row).map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
                .joined(separator: "\n") + "\n\n第三部分 部门决算情况说明\n"
        }
        let yearsRevenue = { (c: AuditCheck) in c.stated == 5102.65 && c.rule == "breakdown" }
        let right = checks(text("120.00"))
        #expect(right.filter(yearsRevenue).count == 1 && right.filter(yearsRevenue).allSatisfy { $0.consistent && abs($0.recomputed - 5102.65) < 1e-9 }, "\(right)")
        #expect(right.contains { $0.stated == 5046.21 && $0.consistent && abs($0.recomputed - 5046.21) < 1e-9 })
        #expect(right.filter { $0.stated == 5339.05 }.count == 2 && right.filter { $0.stated == 5339.05 }.allSatisfy { abs($0.recomputed - 5339.05) < 1e-9 }
                && right.allSatisfy(\.consistent), "\(right)")
        let wrong = checks(text("210.00")).filter(yearsRevenue)
        #expect(wrong.count == 1 && wrong.allSatisfy { !$0.consistent && abs($0.recomputed - 5192.65) < 1e-9 }, "\(wrong)")
    }

    /// A line of prose above a table (a PDF's line wrapped at a page's width, …顺延至2025年一季度完工；全县…) names no
    /// year of the table's: its rows keep the report's.
    @Test func aWrappedLineOfProseNamesNoTablesYear() {
        let e = extraction("示例县2024年度农村公路养护工程项目支出绩效自评报告\n全年完成危桥改造7座，年度计划8座，\n1座因汛期影响顺延至2025年一季度完工；全县农村公路优良\n"
                           + "中等路率达到82.6%。\n| 一级指标 | 三级指标 | 分值 | 得分 |\n| 产出指标 | 危桥改造数量 | 90 | 78.75 |\n| 合计 | | 90 | 78.75 |\n")
        #expect(e.figures.filter { $0.indicator == "score_total" }.map { "\($0.year) \($0.value)" } == ["2024 78.75"], "\(e.figures)")
    }

    /// In a performance evaluation the year-end balance is what was left of the year's budget after its execution,
    /// past the execution's parts stated between (全年执行数 B，预算执行率 r。其中：基本支出 …；项目支出 …。年末结转结余资金
    /// C，结转结余率 q): C = A - B, and q is C over the adjusted budget (调整后全年预算数). Where the report gives its
    /// accounts' grand totals, the balance is the accounts' and is left to them.
    @Test func aYearEndBalanceInAnEvaluationIsTheBudgetLeft() {
        func text(_ balance: String, accounts: Bool = false) -> String {
            "东川市自然资源和规划局2024年度部门整体支出绩效自评报告\n"
                + (accounts ? "2024年度支出总计7,100.00万元，其中：本年支出6,712.88万元，年末结转和结余387.12万元。\n" : "")
                + "2024年年初预算6,420.00万元，年中追加预算565.40万元，调整后全年预算数6,985.40万元。\n"
                + "2024年全年执行数6,712.88万元，预算执行率96.10%。其中：基本支出3,986.30万元，主要用于人员工资福利；项目支出2,726.58万元，"
                + "主要用于国土空间规划编制。年末结转结余资金\(balance)万元，结转结余率3.90%。\n"
        }
        let left = { (c: AuditCheck) in c.rule == "saving" }
        expectRightAndWrong({ checks(text($0)) }, right: "272.52", wrong: "227.52", recomputed: 272.52, where: left)
        #expect(checks(text("272.52", accounts: true)).filter(left).isEmpty)
        let rate = checks(text("272.52")).filter { $0.rule == "carryover-rate" }
        #expect(rate.count == 1 && rate.allSatisfy { $0.consistent && abs($0.recomputed - 100 * 272.52 / 6985.4) < 1e-9 }, "\(rate)")
    }

    /// A year named in a reason (较上年下降 21%，主要是 2016 年开展公车改革，车辆减少；…) is the reason's: the amounts after
    /// it keep the sentence's year, and the 三公's parts named in few words (公务用车购置安排, 公车运行及维护, 因公出国)
    /// still add up to their whole.
    @Test func aYearInAReasonIsNotTheNextAmountsYear() {
        func text(_ reception: String) -> String {
            "2017年示例区一般公共预算财政拨款开支“三公”经费5834万元，较上年下降2.3%。其中：公务用车购置安排692万元；公车运行及维护4612万元，"
                + "较上年下降21%，主要是2016年开展公车改革，车辆减少；公务接待费\(reception)万元，与上年持平；因公出国100万元，与上年持平。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "430", wrong: "480", recomputed: 5834, recomputedWrong: 5884,
                            where: { $0.stated == 5834 && $0.rule == "breakdown" })
        // (The two amounts after the reason, 公务接待费 430 and 因公出国 100, keep the sentence's year.)
        let after = extraction(text("430")).statements.filter { $0.role == .level && ($0.value == 430 || $0.value == 100) }
        #expect(after.count == 2 && after.allSatisfy { $0.year == 2017 }, "\(after.map { "\($0.label) \($0.year)" })")
    }

    /// A heading names the longer of two names it starts with (（二）公务用车购置及运行维护费, not 公务用车购置): the
    /// completion under it is the vehicles' whole, its parts the purchase and the running costs.
    @Test func aHeadingNamesTheLongerName() {
        func text(_ rate: String) -> String {
            "示例市住房和城乡建设局2023年度“三公”经费支出情况说明\n（二）公务用车购置及运行维护费。\n全年预算28.00万元，决算25.86万元，完成预算的\(rate)%。"
                + "其中：公务用车购置费0万元；公务用车运行维护费25.86万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "92.36", wrong: "93.36", recomputed: 100 * 25.86 / 28,
                            where: { $0.rule == "completion" && $0.check.hasPrefix("three_public.vehicles ") })
    }

    /// A table's item whose amounts are left empty (1.因公出国(境)费用 | |) is a row without a number: the rows after it
    /// are still the table's, and add up to its 合计.
    @Test func aTablesItemLeftEmptyKeepsTheTableOpen() {
        func text(_ total: String) -> String {
            "示例中心2014年“三公”经费预算财政拨款情况统计表\n单位:万元\n项 目 | 本年预算数 |\n合 计 | \(total) |\n1.因公出国(境)费用 | |\n"
                + "2.公务接待费 | 8 |\n3.公务用车费 | 38 |\n其中:(1)公务用车运行维护费 | 38 |\n(2)公务用车购置 | |\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "46", wrong: "48", recomputed: 46, where: { $0.rule == "breakdown" })
    }

    /// A fund named after the budget (动用预算稳定调节基金 A) is money of the year's revenue, no budget beside its
    /// actuals: the revenue's parts still add up with it.
    @Test func aFundNamedAfterTheBudgetIsNoBudget() {
        func text(_ fund: String) -> String {
            "2022年，区本级一般公共预算收入实际完成85.99亿元，其中：税收收入完成14.59亿元，下降42.5%；非税收入完成23.56亿元；上级转移支付补助收入24.69亿元；"
                + "动用预算稳定调节基金\(fund)亿元；镇街上解收入4.92亿元；债务（转贷）收入10.99亿元；基金调入1.17亿元；上年结转5.24亿元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "0.83", wrong: "0.38", recomputed: 859_900, recomputedWrong: 855_400,
                            where: { $0.stated == 859_900 && $0.rule == "breakdown" })
    }

    /// A 项目支出绩效自评表 whose cells a page's text set one to a paragraph (年度资金总额, a blank line, 43.2, …; a
    /// column's name broken in two, 年初 / 预算数): its funds row is read under its header, the rate checked, and each
    /// figure's offset is where its number stands in the text.
    @Test func aFormWithOneCellToAParagraph() {
        func text(_ rate: String, lineEnd: String = "\n") -> String {
            ["项目支出绩效自评表（2019年度）", "项目名称", "办公楼暖通改造经费", "主管部门", "示例市发改委", "实施单位", "示例市食品工程学校",
             "项目资金" + lineEnd + "(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
             "年度资金总额", "43.2", "43.2", "37.24", "10", rate, "9", "其中:当年财政拨款", "43.2", "43.2", "37.24"].joined(separator: lineEnd + lineEnd) + lineEnd
        }
        expectRightAndWrong({ checks(text($0)) }, right: "86%", wrong: "76%", recomputed: 100 * 37.24 / 43.2, where: { $0.rule == "execution-rate" })
        // (With LF or CRLF line ends: a break is as many characters as it has.)
        for lineEnd in ["\n", "\r\n"] {
            let right = text("86%", lineEnd: lineEnd), e = extraction(right), scalars = Array(right.unicodeScalars)
            #expect(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }.sorted()
                    == ["execution_rate 86", "project_budget 43.2", "project_expenditure 37.24", "score_budget_execution 9"], "\(e.figures)")
            #expect(e.figures.allSatisfy { f in
                let digits = Array(DecimalText.shortest(f.value).unicodeScalars)
                return f.offset + digits.count <= scalars.count && Array(scalars[f.offset..<(f.offset + digits.count)]) == digits
            }, "\(e.figures.map(\.offset))")
        }
    }

    /// An amount 累计完成 to a month's end (4月，一般公共预算收入累计完成 A，完成年初预算数 B 的 r%) is the actual, checked
    /// against the budget it is stated of.
    @Test func anAmountCompletedToDateIsTheActual() {
        func text(_ rate: String) -> String {
            "示例县2024年1-4月财政收支情况\n4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的\(rate)%，比上年减收1070万元，下降4.2%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "40.4", wrong: "44.0", recomputed: 100 * 24627 / 60999.0, where: { $0.rule == "completion" })
    }

    /// Growth below zero in words (负增长 r%, not 增长 -r%): a change of -r% (上划中央收入完成 37.78 亿元，减少 0.46 亿元，
    /// 负增长 1.20%).
    @Test func growthWrittenAsNegativeInWords() {
        func text(_ rate: String) -> String {
            "示例市2024年1-5月财政收支情况\n元至5月，全市上划中央收入完成37.78亿元，同比减少0.46亿元，负增长\(rate)%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "1.20", wrong: "2.20", recomputed: -100 * 4600 / (377_800 + 4600.0),
                            where: { $0.rule == "change-percent" })
    }

    /// A list whose parts each state their share of one whole by name (其中：货物类采购 A，占政府采购预算 x%；…) breaks
    /// that whole down, not the last amount of the sentence before it (上年结转结余资金 0 元).
    @Test func partsBelongToTheWholeTheirSharesName() {
        func text(_ services: String) -> String {
            "示例市科学技术协会2023年部门预算公开说明\n（二）政府采购预算安排情况说明。\n2023年政府采购预算17000元。其中：政府集中采购预算17000元，占政府采购预算的100%；"
                + "分散采购0元，占政府采购预算的0%。按政府采购资金类型划分，一般公共预算拨款17000元，上年结转结余资金0元。"
                + "按政府采购项目类型，分为货物类采购、工程类采购和服务类采购三种类型。其中：货物类采购10000元，占政府采购预算58.8%；"
                + "工程类采购0元，占政府采购预算0%；服务类采购\(services)元，占政府采购预算41.2%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "7000", wrong: "8000", recomputed: 1.7, recomputedWrong: 1.8,
                            where: { $0.rule == "breakdown" && $0.check.contains("货物类采购") && $0.check.hasPrefix("政府采购预算") })
    }

    /// A list whose parts name by their shares a whole stated nowhere before them (支出总预算), one part larger than the
    /// amount before the 其中 (项目支出预算 48100 元): no breakdown of that amount; the shares are still checked.
    @Test func partsLargerThanTheAmountBeforeThemAreNotItsParts() {
        func text(_ share: String) -> String {
            "示例馆2025年部门预算公开说明\n基本支出预算1037103.63元，占支出总预算的95.57%；项目支出预算48100元，占支出总预算的4.43%，同比无增减变化。\n其中：\n"
                + "（一）文化旅游体育与传媒支出类科目850088.3元，占支出总预算\(share)%。\n（二）社会保障和就业支出类科目235115.33元，占支出总预算21.67%。\n"
                + "五、一般公共预算支出情况说明\n2025年本年一般公共预算支出1085203.63元。\n"
        }
        #expect(!checks(text("78.33")).contains { $0.rule == "breakdown" }, "\(checks(text("78.33")))")
        expectRightAndWrong({ checks(text($0)) }, right: "78.33", wrong: "73.33", recomputed: 100 * 850_088.3 / 1_085_203.63,
                            where: { $0.rule == "share" && $0.check.contains("文化旅游") })
    }

    /// A form's row flattened into one line of text, its target before what was reached (预算资金执行率 90% 100% 10):
    /// neither percent is taken for the rate, where a row of one percent is.
    @Test func aTargetBeforeItsOutcomeIsNoRate() {
        func rates(_ row: String) -> [Double] {
            extraction("示例局2020年项目支出绩效自评表 三级指标 年初目标值 (A) 实际完成值 (B) 得分 \(row) 资金拨付及时性 98%以上 100% 10\n")
                .figures.filter { $0.indicator == "execution_rate" }.map(\.value)
        }
        #expect(rates("预算资金执行率 100% 10") == [100])
        #expect(rates("预算资金执行率 90% 100% 10") == [])
    }

    /// A total broken down twice, by who collects it and by kind, each part's share naming it by a shorter name
    /// (占一般公共预算收入的 r%, of 地方一般公共预算收入完成 A) and its completion of its own budget (占调整预算 c%): the second
    /// list is the total's too, not a breakdown of the first list's last part.
    @Test func aSecondBreakdownNamedByItsShares() {
        func text(_ nontax: String) -> String {
            "示例县2022年预算执行情况和2023年预算草案的报告\n地方一般公共预算收入完成28,583万元，占调整预算105.47%，同比增长10.85%。从征收部门来看：税务部门完成13,866万元，"
                + "占调整预算100.93%，占一般公共预算收入的48.51%；财政部门完成14,717万元，占调整预算110.14%，占一般公共预算收入的51.49%。"
                + "从收入分类来看，税收收入完成11,136万元，占调整预算90.75%，占一般公共预算收入的38.96%；非税收入完成\(nontax)万元，占调整预算117.66%，"
                + "占一般公共预算收入的61.04%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "17,447", wrong: "17,047", recomputed: 28_583, recomputedWrong: 28_183,
                            where: { $0.rule == "breakdown" && $0.check.contains("税收收入") })
    }

    /// 一般公共预算财政拨款安排的“三公”经费支出 in a report of the outturn is what was spent from that money, not a
    /// budget: the budget is the 年初预算 stated after it, and each side adds up over its parts.
    @Test func moneyArrangedForSpendingIsSpentInAnOutturnReport() {
        func text(_ budget: String) -> String {
            "示例局2018年度“三公”经费支出决算情况说明\n2018年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元，年初预算为\(budget)万元，差值为0.9万元。"
                + "其中：因公出国（境）支出0万元，年初预算为0万元；公务接待费支出2.05万元，年初预算为2万元；公务用车运行维护费支出0万元，年初预算为0.95万元。\n"
        }
        #expect(Set(extraction(text("2.95")).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" })
                == ["three_public_expenditure 2.05", "three_public_budget 2.95"])
        expectRightAndWrong({ checks(text($0)) }, right: "2.95", wrong: "3.95", recomputed: 2.95, where: { $0.rule == "identity" && $0.stated != 2.05 })
        // (The spending's parts are its breakdown, the 差值 its gap to the budget: 2.05 - 2.95.)
        #expect(checks(text("2.95")).contains { $0.rule == "breakdown" && $0.stated == 2.05 && $0.consistent })
        #expect(checks(text("2.95")).contains { $0.rule == "change" && $0.stated == -0.9 && abs($0.recomputed + 0.9) < 1e-9 })
    }

    /// A change after a share whose whole is named inside it (累计完成 A，占年初预算数 B 的 r%，同比增长 g%) is the part's
    /// change, not the budget's.
    @Test func aChangeAfterAShareOfANamedWholeIsThePartsChange() {
        func text(_ growth: String) -> String {
            "示例区2023年1-6月财政收支情况\n1-6月份全区一般公共预算收入累计完成61646万元，占年初预算数109466万元的56.3%，同比增长\(growth)%，增收5939万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "10.7", wrong: "5.7", recomputed: 100 * 5939 / (61646 - 5939.0),
                            where: { $0.rule == "change-percent" })
    }

    /// Items named for another budget after the parts of one budget's total (一般公共预算收入累计完成 A，其中：税收收入 a1；
    /// 非税收入 a2；政府性基金预算收入 B；国有资本经营收入 C) are no parts of that total.
    @Test func anotherBudgetsRevenueIsNoPartOfTheGeneralBudgets() {
        func text(_ nontax: String) -> String {
            "示例区2021年1-6月财政收支情况\n6月，全区一般公共预算收入累计完成316580万元，增长17.2%，其中：税收收入累计完成238998万元，增长9.7%；"
                + "非税收入累计完成\(nontax)万元，增长48.1%；政府性基金预算收入1616万元；国有资本经营收入1868万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "77582", wrong: "77682", recomputed: 316_580, recomputedWrong: 316_680,
                            where: { $0.rule == "breakdown" })
        // (A total of both budgets' money keeps each budget's part.)
        func both(_ fund: String) -> String {
            "示例局2023年度部门决算\n2023年度一般公共预算和政府性基金预算财政拨款支出合计120万元，其中：一般公共预算财政拨款支出100万元，政府性基金预算财政拨款支出\(fund)万元。\n"
        }
        expectRightAndWrong({ checks(both($0)) }, right: "20", wrong: "30", recomputed: 120, recomputedWrong: 130, where: { $0.rule == "breakdown" })
    }

    /// An amount in 亿元 is exact to a hundredth of a 亿 and no further (2.25 亿元 is 2.25 ± 0.005 亿元): a total's
    /// change printed 2.25 亿元 against its parts' 2.79 亿元 - 0.46 亿元 - 766 万元 = 2.2534 亿元 is rounding; 2.35 is not.
    @Test func anAmountInYiYuanIsExactToAHundredthOfAYi() {
        func text(_ change: String) -> String {
            "示例市2024年1-5月财政收支情况\n1-5月，全市累计完成一般公共预算收入126.05亿元，同比增加\(change)亿元，增长1.82%。其中：地方财政收入完成80.18亿元，"
                + "增加2.79亿元，增长3.6%；上划中央收入完成37.78亿元，减少0.46亿元；上划省级收入完成8.09亿元，减少766万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "2.25", wrong: "2.35", recomputed: 22_534, where: { $0.rule == "change-breakdown" })
        // (The tolerance is the rounding of the three figures in 亿元, 50 万元 each, and of 766 万元, 0.005 万元.)
        #expect(checks(text("2.25")).first { $0.rule == "change-breakdown" }.map { abs($0.tolerance - 150.005) < 1e-6 } == true)
    }

    /// The fleet by its types (共有车辆 9 辆，其中：一般公务用车 2 辆，执法执勤用车 5 辆，特种专业技术用车 1 辆) names every
    /// vehicle: the 决算 template's types split it, so a shortfall of one vehicle in nine is an error, not a partial list.
    /// A list of some of the staff (其中：处级干部 5 人) stays a partial one.
    @Test func theFleetByItsTypesNamesEveryVehicle() {
        func text(_ special: String) -> String {
            "示例街道办事处2023年度部门决算\n截至2023年12月31日，本部门共有车辆9辆，其中：一般公务用车2辆，执法执勤用车5辆，特种专业技术用车\(special)辆。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "2", wrong: "1", recomputed: 9, recomputedWrong: 8, where: { $0.rule == "breakdown" })
        let staff = "示例局2023年度部门决算\n本部门年末在职人员58人，其中：处级干部5人，科级干部12人。\n"
        #expect(checks(staff).filter { $0.rule == "breakdown" }.isEmpty)
        // (Vehicles bought in the year are no type of the fleet.)
        let bought = "示例局2023年度部门决算\n本部门共有车辆9辆，其中：新购置用车2辆，执法执勤用车5辆。\n"
        #expect(checks(bought).filter { $0.rule == "breakdown" }.isEmpty)
    }

    /// Amounts listed with bare shares (教育支出 3,296.40 万元，占 89.36%；…) in a section that states no total are the
    /// parts of the total stated before them that they add up to (本年支出合计 3,688.95 万元): each share is checked
    /// against it. A list that adds up to no earlier amount is left alone.
    @Test func partsWithBareSharesBelongToTheTotalTheyAddUpTo() {
        func text(_ education: String, _ share: String) -> String {
            "示例学校2023年度部门决算\n三、支出决算情况说明\n本年支出合计3,688.95万元，其中：基本支出2,958.30万元，项目支出730.65万元。\n"
                // (A paragraph of other amounts between: the list is no continuation of the total's sentence.)
                + "基本支出中，人员经费2,545.70万元，公用经费412.60万元。本校2023年在校学生2,350人，生均公用经费1,755.74元。\n"
                + "四、一般公共预算财政拨款支出决算情况说明\n按支出功能分类，教育支出\(education)万元，占\(share)%；社会保障和就业支出245.35万元，占6.65%；"
                + "卫生健康支出86.70万元，占2.35%；住房保障支出60.50万元，占1.64%。\n"
        }
        expectRightAndWrong({ checks(text("3,296.40", $0)) }, right: "89.36", wrong: "89.63", recomputed: 100 * 3296.4 / 3688.95,
                            where: { $0.rule == "share" && $0.check.contains("教育支出") })
        #expect(checks(text("3,296.40", "89.36")).contains { $0.rule == "breakdown" && $0.check.contains("教育支出") && $0.consistent })
        // (With a slip in an amount the list adds up to nothing stated: no whole, no check.)
        #expect(!checks(text("3,269.40", "89.36")).contains { $0.check.contains("教育支出") })
    }

    /// An average whose paragraph states no money (户均贴息 1,988.46 元 after 脱贫户 3,120 户) is over the spending on
    /// what it names, stated sections before it where the report accounts for its money (小额信贷贴息支出 620.40 万元);
    /// an average of nothing but money (平均每个支出) over the spending on the things it counts (村卫生室建设支出).
    /// A budget of that name is no spending.
    @Test func anAverageIsOverTheSpendingOnWhatItNamesStatedBefore() {
        func text(_ average: String, spent: String = "小额信贷贴息支出") -> String {
            "示例县2024年度衔接资金项目绩效自评报告\n一、资金使用情况\n全年实际支出2,187.36万元，其中：产业发展项目支出1,406.80万元；\(spent)620.40万元；"
                + "项目管理费及其他支出160.16万元。\n二、绩效目标完成情况\n1.数量指标：享受小额信贷贴息的脱贫户3,120户，户均贴息\(average)元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "1,988.46", wrong: "1,898.46", recomputed: 620.4 / 3120, where: { $0.rule == "average" })
        #expect(checks(text("1,988.46", spent: "小额信贷贴息预算")).filter { $0.rule == "average" }.isEmpty)
        func clinics(_ average: String) -> String {
            "示例市卫生健康委员会2024年度项目支出绩效运行监控报告\n二、执行情况\n项目累计支出486.52万元，其中：设备购置支出312.40万元，村卫生室建设支出174.12万元。\n"
                + "三、绩效目标完成情况\n4.成本指标：已完工的21个村卫生室平均每个支出\(average)万元。\n"
        }
        expectRightAndWrong({ checks(clinics($0)) }, right: "8.29", wrong: "8.92", recomputed: 174.12 / 21, where: { $0.rule == "average" })
    }

    /// A 其中 list of a spending's sources each with what was spent of it (其中：中央资金 1,360.00 万元，已支出 1,248.00
    /// 万元，执行率 91.76%；县级资金 …) is no list of four parts of the spending: each source's spending is a part of it,
    /// each rate that source's spending over its money, the sources the parts of the budget; no source's rate is the
    /// report's execution rate.
    @Test func sourcesListedWithTheirSpendingAreCheckedEachAgainstItsOwnMoney() {
        func text(_ spent: String, _ word: String = "已支出") -> String {
            "某县教育局2024年度学生资助项目支出绩效自评报告\n一、预算执行情况\n学生资助项目全年预算2,480.00万元，\(word)2,116.00万元，预算执行率85.32%。"
                + "其中：中央资金1,360.00万元，\(word)\(spent)万元，执行率91.76%；县级资金1,120.00万元，\(word)868.00万元，执行率77.50%。\n"
        }
        for word in ["已支出", "实际支出"] {
            expectRightAndWrong({ checks(text($0, word)) }, right: "1,248.00", wrong: "1,284.00", recomputed: 100 * 1248 / 1360.0,
                                recomputedWrong: 100 * 1284 / 1360.0, where: { $0.rule == "execution-rate" && $0.check.hasPrefix("中央资金执行率") })
            let all = checks(text("1,248.00", word))
            #expect(all.allSatisfy { $0.consistent }, "\(all)")
            #expect(all.contains { $0.rule == "breakdown" && abs($0.stated - 2480) < 1e-9 } && all.contains { $0.rule == "breakdown" && abs($0.stated - 2116) < 1e-9 })
            #expect(all.filter { $0.rule == "execution-rate" }.count == 3)
            #expect(extraction(text("1,248.00", word)).figures.filter { $0.indicator == "execution_rate" }.map(\.value) == [85.32])
        }
    }

    /// A 其中 list adding up to more than the amount right before it, and exactly to the one before that (市本级直达资金
    /// 45.66 亿元，未分配 0.32 亿元，分配率 99.3%。其中：中央安排直达资金 39.64 亿元；地方安排资金 6.02 亿元), is that one's.
    @Test func partsAddingUpToTheAmountBeforeTheRemainderAreItsParts() {
        func text(_ local: String) -> String {
            "福州市2021年1-8月直达资金预算执行情况\n市本级直达资金45.66亿元，未分配0.32亿元，分配率99.3%。其中：中央安排直达资金39.64亿元，分配率99.2%；"
                + "地方安排资金\(local)亿元，分配率99.7%。\n"
        }
        let found = checks(text("6.02")).filter { $0.rule == "breakdown" }
        #expect(found.count == 1 && found.allSatisfy { $0.consistent && abs($0.stated - 456_600) < 1e-6 && abs($0.recomputed - 456_600) < 1e-6 }, "\(found)")
        // (A slip leaves the list adding up to neither: it stays the nearer's, whose shortfall is no sum's.)
        #expect(checks(text("6.20")).filter { $0.rule == "breakdown" && abs($0.stated - 456_600) < 1e-9 }.isEmpty)
    }

    /// 安排预算稳定调节基金 1.02 亿元 among the items added up to a budget's 支出总计 is money put into the fund, an outlay:
    /// no word of a budget that would make the total a budget beside its parts' outturns.
    @Test func moneyPutIntoTheStabilisationFundIsAnOutlay() {
        func text(_ total: String) -> String {
            "关于某区2023年预算执行情况和2024年预算草案的报告\n一、2023年预算执行情况\n一般公共预算收入38.62亿元，加上级补助收入21.36亿元、上年结转1.48亿元，收入总计61.46亿元。"
                + "一般公共预算支出52.38亿元，加上解上级支出1.86亿元、债务还本支出6.20亿元、安排预算稳定调节基金1.02亿元，支出总计\(total)亿元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "61.46", wrong: "61.64", recomputed: 614_600, where: { $0.rule == "breakdown" && $0.check.hasPrefix("支出总计") })
    }

    /// What is left undone is the whole less what was done, also when a list of how it was done stands between them
    /// (已整改问题金额 A，整改率 r。其中：上缴财政 …。尚未整改到位的问题金额 B), and when the done money is named 整改到位资金.
    @Test func whatIsLeftUndoneIsTheWholeLessWhatWasDone() {
        func text(_ left: String) -> String {
            "某县人民政府关于2024年度审计查出问题整改情况的报告\n2024年度审计工作报告反映，查出主要问题金额12,846.37万元。\n"
                + "截至2025年6月底，已整改问题金额11,562.80万元，整改率90.01%。其中：上缴财政1,286.45万元，归还原渠道资金2,135.60万元，调账处理3,218.75万元，"
                + "完善手续4,922.00万元。尚未整改到位的问题金额\(left)万元，主要是历史遗留问题。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "1,283.57", wrong: "1,238.57", recomputed: 12_846.37 - 11_562.80, where: { $0.rule == "not-done" })
        func carried(_ left: String) -> String {
            "关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n共计50项具体问题，问题资金251023.54万元，报告日已整改40项，"
                + "整改到位资金215587.84万元，正在整改10项，未整改资金\(left)万元。\n"
        }
        expectRightAndWrong({ checks(carried($0)) }, right: "35435.70", wrong: "35453.70", recomputed: 251_023.54 - 215_587.84, where: { $0.rule == "not-done" })
    }

    /// A list nested in one sentence (…；公务用车购置及运行维护费 A；其中：公务用车购置 B；公务用车运行维护费 C；公务接待费 D):
    /// the running cost is the vehicles' part, as the accounting says, not the 三公 total's beside the vehicles' total.
    @Test func aListNestedInOneSentenceKeepsEachItemUnderItsWhole() {
        func text(_ reception: String) -> String {
            "某厅2023年度“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为62.07万元，比上年决算数增加38.97万元。"
                + "其中：因公出国（境）费支出决算为12.02万元，比上年决算数增加12.02万元；公务用车购置及运行维护费支出决算为27.46万元，比上年决算数增加6.32万元；"
                + "其中：公务用车购置支出决算为0万元；公务用车运行维护费支出决算为27.46万元，比上年决算数增加6.32万元；公务接待费支出决算为\(reception)万元，"
                + "比上年决算数增加20.63万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "22.59", wrong: "22.95", recomputed: 12.02 + 27.46 + 22.59, recomputedWrong: 12.02 + 27.46 + 22.95,
                            where: { $0.rule == "breakdown" && $0.check.hasPrefix("“三公”") })
        let all = checks(text("22.59"))
        #expect(all.filter { ["breakdown", "change-breakdown"].contains($0.rule) }.allSatisfy { $0.consistent }, "\(all)")
        #expect(all.contains { $0.rule == "change-breakdown" && abs($0.recomputed - 38.97) < 1e-9 })
    }

    /// A percent change from an amount and its change carries both figures' rounding through 100 x change / (amount -
    /// change): a change ten times its base (增加 20.63 万元 to 22.59 万元, printed 增长 1,055.4%) may print anything
    /// the rounded figures allow (1,052.6% from them as printed, up to about 1,058% within their rounding).
    @Test func aPercentChangeFarAboveItsBaseCarriesTheRoundingOfBoth() {
        func text(_ percent: String) -> String {
            "某厅2023年度“三公”经费支出决算情况说明\n公务接待费支出决算为22.59万元，比上年决算数增加20.63万元，增长\(percent)%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "1,055.4", wrong: "1,065.4", recomputed: 100 * 20.63 / 1.96, where: { $0.rule == "change-percent" })
    }

    /// Counts listed with their moves in the same order (接待 56 批次、612 人次，分别比上年减少 8 批次、95 人次，批次和人次
    /// 分别下降 12.50%、13.44%): each percent is its count's move over the count before it.
    @Test func countsListedWithTheirMovesRespectively() {
        func text(_ visitors: String) -> String {
            "某局2023年度“三公”经费支出决算情况说明\n公务接待费支出决算12.36万元，全年国内公务接待56批次、612人次，分别比上年减少8批次、95人次，"
                + "批次和人次分别下降12.50%、\(visitors)%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "13.44", wrong: "13.34", recomputed: 100 * -95 / 707.0,
                            where: { $0.rule == "quantity-move" && abs($0.recomputed + 12.5) > 1e-9 })
        #expect(checks(text("13.44")).contains { $0.rule == "quantity-move" && abs($0.recomputed + 12.5) < 1e-9 && $0.consistent })
        // (Units out of order pair nothing.)
        let crossed = "某局2023年度“三公”经费支出决算情况说明\n全年国内公务接待56批次、612人次，分别比上年减少95人次、8批次，分别下降13.44%、12.50%。\n"
        #expect(!checks(crossed).contains { $0.rule == "quantity-move" })
    }

    /// 预算执行比例 is an execution rate (the item's spending over its own budget), no share of the total the item is a
    /// part of: 因公出国（境）费 8657.78 万元，预算执行比例为 90.13% had been checked as 86.20% of the 三公 total.
    @Test func anExecutionRatioIsARateNotAShare() {
        func text(_ rate: String) -> String {
            "外交部2014年度部门决算\n2014年外交部“三公”经费预算11324.44万元。2014年外交部“三公”经费支出10044.01万元，预算执行比例为\(rate)%。"
                + "其中：因公出国（境）费8657.78万元，预算执行比例为90.13%，公务接待费1386.23万元，预算执行比例为97.66%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "88.69", wrong: "86.69", recomputed: 100 * 10044.01 / 11324.44, where: { $0.rule == "execution-rate" })
        #expect(!checks(text("88.69")).contains { $0.rule == "share" })
    }

    /// A count's parts in parentheses after the count and what it counts (实施 13 个项目（其中：财政预算审计 5 个、…、投资审计
    /// 2 个）) add up to it; the list ends at the parenthesis's close.
    @Test func countsBrokenDownInParentheses() {
        func text(_ investment: String) -> String {
            "某区审计工作报告\n2024年9月至2025年8月，区审计局实施13个项目（其中：财政预算审计5个、重大政策措施审计2个、民生专项审计调查2个、"
                + "资源环境审计1个、企业审计1个、投资审计\(investment)个），审计发现主要问题154个（其中非金额计量问题96个），提出审计建议43条。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "2", wrong: "3", recomputed: 13, recomputedWrong: 14, where: { $0.rule == "breakdown" })
    }

    @Test func aClosingCountInASentenceOfItsOwnAddsUpTheCountsListedBeforeIt() {
        // Each count stated with what was paid on it, the closing count in the next sentence.
        func grants(_ total: String) -> String {
            "某县学生资助项目2024年度绩效自评报告\n2024年项目实际支出1,262.30万元。其中：发放国家助学金3,860人次，每生每年2,000元，支出772.00万元；"
                + "免除学费4,903人次，每生每年1,000元，支出490.30万元。全年合计资助\(total)人次。\n"
        }
        expectRightAndWrong({ checks(grants($0)) }, right: "8,763", wrong: "8,736", recomputed: 8763,
                            where: { $0.rule == "breakdown" && $0.check.hasPrefix("全年合计资助") })
        // People counted per subsidy, person-times in all; the sentence says how many items it closes.
        func subsidies(_ total: String) -> String {
            "某县残疾人两项补贴2023年度绩效自评报告\n全年实际发放补贴资金603.94万元。其中：困难残疾人生活补贴全年惠及2,356人，每人每月80元，发放资金226.18万元；"
                + "重度残疾人护理补贴全年惠及3,148人，每人每月100元，发放资金377.76万元。两项补贴全年共惠及\(total)人次。\n"
        }
        expectRightAndWrong({ checks(subsidies($0)) }, right: "5,504", wrong: "6,504", recomputed: 5504,
                            where: { $0.rule == "breakdown" && $0.check.hasPrefix("两项补贴") })
        // A sentence that counts something else (the trainees after the trainers) adds up nothing.
        let training = "某局2023年度培训项目绩效自评报告\n本年度组织培训班6期。其中：行政人员授课3人，事业人员授课2人。全年共计培训1,286人次。\n"
        #expect(checks(training).isEmpty, "\(checks(training))")
    }

    @Test func measuredQuantitiesBrokenDownAfterTheirWholeAddUpToIt() {
        // Lengths and areas with decimals, in the whole's unit; the rounding of their last printed digits allowed.
        func road(_ township: String) -> String {
            "某县农村公路提档升级项目2023年度绩效自评报告\n2023年计划改造农村公路86.5公里，其中：县道升级改造22.0公里，乡村道路提档\(township)公里。"
                + "新建高标准农田1.2万亩，其中：旱改水0.5万亩、高效节水0.7万亩。\n"
        }
        expectRightAndWrong({ checks(road($0)) }, right: "64.5", wrong: "66.5", recomputed: 86.5, recomputedWrong: 88.5,
                            where: { $0.rule == "breakdown" && $0.check.hasPrefix("2023年计划改造农村公路") })
        #expect(checks(road("64.5")).filter { $0.check.hasPrefix("新建高标准农田") }.map(\.consistent) == [true])
        // Parts in another unit (the road's widths in 米 under its length in 公里), a single part, or a unit that
        // only starts like one (千瓦 in 千瓦时) make no breakdown.
        let others = "某县2023年度绩效自评报告\n新建道路全长12.5公里，其中：路基宽6.5米，路面宽5米。完成造林3,000亩，其中：人工造林1,200亩。"
            + "年用电12,000千瓦时，其中：照明3,000千瓦时，空调8,000千瓦。\n"
        #expect(checks(others).isEmpty, "\(checks(others))")
    }

    @Test func countsOfAThingNamedAfterItsNumberAddUpToIt() {
        // The parts after the thing and 中, each a kind of it.
        func graded(_ good: String) -> String {
            "某县自然资源局2023年度部门决算\n2023年度本部门对22个项目开展了绩效自评。自评结果显示，22个项目中评为“优”的18个、“良”的\(good)个。\n"
        }
        expectRightAndWrong({ checks(graded($0)) }, right: "4", wrong: "5", recomputed: 22, recomputedWrong: 23, where: { $0.rule == "breakdown" })
        // A 其中 opening the next sentence, every part's label ending with the thing the one count before counts.
        func results(_ good: String) -> String {
            "某局2023年度部门决算\n本部门2023年度对12个项目开展了绩效自评，涉及资金1,126.50万元。其中，自评结果为优的项目9个，良的项目\(good)个。\n"
        }
        expectRightAndWrong({ checks(results($0)) }, right: "3", wrong: "4", recomputed: 12, recomputedWrong: 13, where: { $0.rule == "breakdown" })
        // No kinds of the thing (what each town did), or two counts of it before (which one?): no breakdown.
        let others = "某县2023年度部门决算\n全县3个乡镇中，甲镇完成5个、乙镇完成4个。新增5个项目，结转7个项目。其中，优的项目9个，良的项目3个。\n"
        #expect(checks(others).isEmpty, "\(checks(others))")
    }

    @Test func twoListsOfCountsInOneTextEachAddUpToItsOwnWhole() {
        // A 其中 list of the staff and the projects' grades with their shares: each reader's parts linked to its own whole.
        let text = "某局2023年度部门决算\n实有人数23人，其中：行政人员18人、事业人员5人。覆盖项目10个。自评等级为“优”的项目6个，占60.00%；“良”的项目4个，占40.00%。\n"
        let found = checks(text)
        #expect(found.count == 4 && found.allSatisfy(\.consistent), "\(found)")
        #expect(Set(found.filter { $0.rule == "breakdown" }.map(\.check)) == ["实有人数 2023 = 行政人员 + 事业人员", "覆盖项目 2023 = “优”的项目 + “良”的项目"])
    }

    @Test func aSectionsIndicatorsAddUpToItsScoreWhenTheirMarksAddUpToItsMarks() {
        func report(_ third: String, marks: String = "10") -> String {
            "示例市档案馆2023年度部门整体支出绩效自评报告\n二、绩效指标完成情况\n（二）产出指标：分值40分，得分38分。\n"
                + "1.指标名称：馆藏档案数字化数量；年度指标值：≥12万画幅；实际完成值：12.6万画幅；分值：15分；得分：15分。\n"
                + "2.指标名称：档案查阅利用人次；年度指标值：≥3,000人次；实际完成值：3,286人次；分值：15分；得分：14分。\n"
                + "3.指标名称：库房温湿度达标率；年度指标值：≥95%；实际完成值：96.5%；分值：\(marks)分；得分：\(third)分。\n"
                + "（三）效益指标：分值30分，得分28分。\n"
        }
        expectRightAndWrong({ checks(report($0)) }, right: "9", wrong: "10", recomputed: 38, recomputedWrong: 39, where: { $0.rule == "score-sum" })
        // Indicators whose marks do not make the section's (one left out of the text) are not all of it.
        #expect(checks(report("9", marks: "5")).filter { $0.rule == "score-sum" }.isEmpty)
    }

    @Test func pointsDeductedBrokenDownAfterTheDeductionAddUpToIt() {
        func report(_ river: String) -> String {
            "某县水利局2023年度部门整体支出绩效自评报告\n（二）产出指标分值40分，扣2.5分，得37.5分。其中：水利工程建设完成率未达目标，扣1.5分；"
                + "河道整治验收合格率未达100%，扣\(river)分。\n"
        }
        expectRightAndWrong({ checks(report($0)) }, right: "1", wrong: "1.5", recomputed: 2.5, recomputedWrong: 3, where: { $0.rule == "breakdown" })
        // A rule of so many points per unit is no deduction: neither the whole (每项未完成扣 1 分) nor a part (每少 1 个百分点扣
        // 0.5 分, the points after it are the part's).
        let rules = "某局2023年度部门整体支出绩效自评报告\n（二）产出指标分值40分，每项未完成扣1分。其中：A项未完成扣1分，B项未完成扣1分。\n"
            + "（三）效益指标分值30分，扣2分，得28分。其中：甲指标未达标，每少1个百分点扣0.5分，扣1分；乙指标扣1分。\n"
        #expect(checks(rules).filter { $0.rule == "breakdown" }.map { "\($0.stated) \($0.recomputed)" } == ["2.0 2.0"])
    }

    /// An actual compared with its budget stated after it: by 比年初预算减少 (the actual's change, not the budget's from
    /// itself), by 差值为 without a direction (the gap either way: 0.30 where the actual exceeds its budget, 0.50 where
    /// it falls short), by a comparative after the base (比预算数 1.5 万元少 0.30 万元), and of items the 三公 tables list beside
    /// the 三公 (会议费, 培训费) with a bare 预算数. The parts' gaps to their budgets add up to the total's, and are not set
    /// against the total's change from last year.
    @Test func anActualAgainstTheBudgetStatedAfterIt() {
        func text(_ reception: String = "0.50", _ gap: String = "0.30", _ meetings: String = "0.30", _ training: String = "0.20") -> String {
            """
            某县农业服务中心2023年度部门决算说明
            七、“三公”经费财政拨款支出决算情况说明
            2023年度本部门“三公”经费支出4.40万元,较上年4.80减少0.40万元。其中:因公出国(境)支出0万元;公务用车运行维护费支出2.90万元;公务接待费支出1.50万元。
            2023年度本部门“三公”经费支出4.40万元,年初预算为4.60万元,差值为0.20万元。其中:公务用车运行维护费支出2.90万元,年初预算为2.60万元,差值为0.30万元;公务接待费支出1.50万元,年初预算为2.00万元,差值为\(reception)万元。
            公务用车运行维护费支出2.90万元,年初预算为2.60万元,比年初预算增加\(gap)万元。
            2023年度会议费支出1.20万元,比预算数1.5万元少\(meetings)万元。
            2023年度培训费支出决算0.80万元,年初预算1万元,决算数比预算数减少\(training)万元。
            """
        }
        let right = checks(text())
        expectConsistent(right)
        func pair(_ c: AuditCheck) -> String { String(format: "%.2f %.2f", c.stated, c.recomputed) }
        let gaps = right.filter { $0.check.contains("against its budget") }.map(pair)
        #expect(gaps == ["-0.20 -0.20", "0.30 0.30", "-0.50 -0.50", "0.30 0.30", "-0.30 -0.30", "-0.20 -0.20"], "\(right.map(\.check))")
        // The parts' gaps add up to the total's (0 - 0.50 + 0.30 = -0.20); the change from last year has no parts' changes.
        #expect(right.filter { $0.rule == "change-breakdown" }.map(pair) == ["-0.20 -0.20"], "\(right.map(\.check))")
        for (wrong, stated, recomputed) in [(text("0.60"), 0.6, 0.5), (text("0.50", "0.40"), 0.4, 0.3), (text("0.50", "0.30", "0.40"), 0.4, 0.3),
                                            (text("0.50", "0.30", "0.30", "0.30"), 0.3, 0.2)] {
            let bad = checks(wrong).filter { !$0.consistent && $0.check.contains("against its budget") }
            #expect(bad.count == 1 && bad.allSatisfy { abs(abs($0.stated) - stated) < 1e-9 && abs(abs($0.recomputed) - recomputed) < 1e-9 }, "\(bad)")
        }
    }

    /// A budget's 三公 total whose change is stated as a percent alone, its parts' changes as amounts after it (与 2024
    /// 年预算相比增长 r%，其中因公出国（境）费增加 0 万元，公务用车运行维护费增加 2.00 万元；公务接待费减少 0 万元): the
    /// percent is the parts' changes over the total less them.
    @Test func aTotalsPercentChangeFromItsPartsChanges() {
        func text(_ percent: String) -> String {
            "某镇2025年部门预算公开\n经汇总，2025年一般公共预算“三公”经费支出预算为18.40万元，其中：因公出国（境）费用0万元，公务用车运行维护费15.40万元，"
                + "公务接待费3.00万元。与2024年预算相比增长\(percent)%，其中因公出国（境）费增加0万元，公务用车运行维护费增加2.00万元，原因是车辆老化维修"
                + "费用增加；公务接待费减少0万元，主要是严格落实过“紧日子”要求。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "12.20", wrong: "11.20", recomputed: 100 * 2 / 16.4, where: { $0.check.contains("from its parts' changes") })
        // (Without every part's change there is nothing to recompute it from.)
        #expect(!checks(text("12.20").replacing("公务用车运行维护费增加2.00万元，", with: "")).contains { $0.check.contains("from its parts' changes") })
    }

    /// A news report of a department's 三公 (“三公经费” quoted whole before 财政拨款支出情况, its parts listed and closed
    /// by ； before next year's budget) beside the whole central budget's (中央本级, 全国一般公共预算, in 亿元): the
    /// department's figures are the 三公's, next year's budget the total's (not its last part's), and the central or
    /// national figures no figure of the department.
    @Test func aDepartmentsFiguresBesideTheCentralBudgets() {
        func text(_ reception: String = "424.00") -> String {
            """
            某统计局公开2011年“三公经费”
            本报讯 某统计局昨日在其网站公布了本部门2010年度“三公经费”财政拨款支出情况：2010年决算数为1,830.52万元，其中因公出国（境）费420.10万元，公务用车购置及运行费986.42万元，公务接待费\(reception)万元；2011年预算数为1,795.00万元。
            此前财政部公布，2011年中央本级“三公经费”财政拨款预算为94.7亿元。2010年全国一般公共预算收入83,080亿元，支出89,575亿元。
            """
        }
        let figures = extraction(text()).figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" }
        #expect(figures == ["three_public_expenditure 2010 1830.52", "three_public_budget 2011 1795"], "\(figures)")
        expectRightAndWrong({ checks(text($0)) }, right: "424.00", wrong: "420.00", recomputed: 1830.52, recomputedWrong: 1826.52,
                            where: { $0.rule == "breakdown" && $0.stated == 1830.52 })
        // Alone under a heading, too, and a department whose own name starts so (全国妇联) keeps its figures.
        #expect(extraction("审计署2023年度中央预算执行审计结果\n一、总体情况\n2023年中央一般公共预算支出38,208亿元，为预算的98.9%。\n").figures.isEmpty)
        #expect(extraction("全国妇联2023年度部门决算\n2023年度全国妇联本年支出合计5,120.35万元。\n").figures.map(\.value) == [5120.35])
    }

    /// The department's revenue named with its body (部门收入, 本单位收入, 部门预算收入), then 支出 bare: the spending is the
    /// department's, not the revenue's, and the execution rate after them is the spending over the budgeted revenue. An
    /// item's 支出 after its budget stays the item's.
    @Test func theDepartmentsSpendingAfterItsRevenue() {
        func text(_ revenue: String, _ rate: String = "97.49") -> String {
            "某县农业农村局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n2023年度\(revenue)1,286.40万元，支出1,254.12万元，预算执行率\(rate)%。\n"
        }
        func figures(_ t: String) -> [String] { extraction(t).figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" } }
        for revenue in ["部门收入", "本单位收入", "部门预算收入"] {
            #expect(figures(text(revenue)) == ["budget_revenue 2023 1286.4", "total_expenditure 2023 1254.12", "execution_rate 2023 97.49"],
                    "\(revenue): \(figures(text(revenue)))")
        }
        expectRightAndWrong({ checks(text("部门预算收入", $0)) }, right: "97.49", wrong: "98.49", recomputed: 100 * 1254.12 / 1286.40,
                            where: { $0.rule == "execution-rate" })
        // (A revenue that names its money keeps its own counterpart: 财政拨款收入 A，支出 B is that money's spending.)
        let appropriations = extraction("某县农业农村局2023年度部门决算\n2023年度财政拨款收入800.00万元，支出790.50万元。\n").statements
        #expect(appropriations.map(\.subject) == ["appropriation_revenue", "appropriation"], "\(appropriations.map(\.subject))")
        let item = extraction("某县农业农村局2023年度部门决算\n2023年度公务接待费预算2.00万元，支出1.50万元。\n").statements
        #expect(item.map(\.subject) == ["three_public.reception", "three_public.reception"] && item.map(\.measure) == ["budget", "actual"],
                "\(item.map(\.subject))")
    }

    /// A fund's revenue, then 支出 bare (城乡居民基本养老保险基金收入 A 万元，支出 B 万元): the fund's spending, no figure of
    /// the department's, while the fund's balance still adds up. The department's own revenue before a bare 支出 keeps it
    /// the department's (above).
    @Test func aFundsSpendingAfterItsRevenueIsTheFunds() {
        func text(_ balance: String) -> String {
            "示例县2025年社会保险基金预算情况说明\n二、分险种情况\n城乡居民基本养老保险基金收入28,360万元，支出24,910万元，当年结余\(balance)万元；工会经费收入120万元，支出115万元。\n"
        }
        let read = extraction(text("3,450"))
        #expect(read.figures.isEmpty, "\(read.figures.map(\.indicator))")
        #expect(read.statements.filter { $0.label == "支出" }.allSatisfy { $0.subject == nil }, "\(read.statements.map(\.key))")
        expectRightAndWrong({ checks(text($0)) }, right: "3,450", wrong: "3,540", recomputed: 3450, recomputedWrong: 3450,
                            where: { $0.stated == 3450 || $0.stated == 3540 })
    }

    /// The appropriations' spending with its share of the year's spending (占本年支出合计的 96.80%) after 基本支出 and 项目支出
    /// with theirs: no third part of the total, which they make already (a false alarm before: 3,120.64 against 6,141.28).
    @Test func theAppropriationsSpendingIsNoThirdPartOfTheTotal() {
        func text(_ project: String) -> String {
            """
            某区市场监督管理局2023年度部门决算
            三、支出决算情况说明
            2023年度本年支出合计3,120.64万元，其中：基本支出2,586.40万元，占本年支出合计的82.88%；项目支出\(project)万元，占17.12%。
            四、一般公共预算财政拨款支出决算情况说明
            2023年度一般公共预算财政拨款支出3,020.64万元，占本年支出合计的96.80%。与2022年相比，一般公共预算财政拨款支出减少180.36万元，下降5.63%。
            """
        }
        let parts = { (c: AuditCheck) in c.rule == "breakdown" || c.rule == "identity" }
        expectRightAndWrong({ checks(text($0)) }, right: "534.24", wrong: "524.24", recomputed: 3120.64, recomputedWrong: 3110.64, where: parts)
        expectConsistent(checks(text("534.24")))
    }

    /// A rate's move in percentage points after the rate and the earlier year's it is compared with (执行率为 97.31%，较
    /// 上年的 95.20% 提高 2.11 个百分点; 上年为 95.20%，提高; 与上年（95.20%）相比，下降): the later less the earlier.
    @Test func aRatesMoveFromTheYearItIsComparedWith() {
        func text(_ comparison: String, _ move: String) -> String {
            "某县文化馆2023年度部门整体支出绩效自评报告\n一、预算执行情况\n预算执行率为97.31%，\(comparison)95.20%\(move)个百分点。\n"
        }
        let points = { (c: AuditCheck) in c.rule == "point-change" }
        for comparison in ["较2022年的", "较上年的", "比上年", "上年为", "与上年同期（"] {
            let closing = comparison.hasSuffix("（") ? "）相比，提高了" : comparison == "上年为" ? "，提高" : "提高"
            expectRightAndWrong({ checks(text(comparison, closing + $0)) }, right: "2.11", wrong: "2.01", recomputed: 97.31 - 95.20, where: points)
        }
        // A move whose word says the other way is flagged; a move after one rate alone names no second rate.
        #expect(checks(text("较上年的", "下降2.11")).filter(points).map(\.consistent) == [false])
        #expect(checks("某县文化馆2023年度部门整体支出绩效自评报告\n一、预算执行情况\n资金到位率100%，执行率97.31%，提高2.11个百分点。\n").filter(points).isEmpty)
    }

    /// The year's spending counted to the year's end (截至 12 月 31 日共支出, 全年累计支出) is the department's spending;
    /// counted to a date within the year (截至 6 月 30 日共支出) it is no figure of the year.
    @Test func theYearsSpendingCountedToItsEnd() {
        func figures(_ sentence: String) -> [String] {
            extraction("某县文化馆2023年度部门整体支出绩效自评报告\n一、预算执行情况\n\(sentence)\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        }
        #expect(figures("部门预算资金902.40万元，截至12月31日共支出878.10万元，预算执行率97.31%。") == ["total_expenditure 878.1", "execution_rate 97.31"])
        #expect(figures("全年预算902.40万元，全年累计支出878.10万元。") == ["total_expenditure 878.1"])
        #expect(figures("截至6月30日共支出478.10万元。").isEmpty)
        expectRightAndWrong({ checks("某县文化馆2023年度部门整体支出绩效自评报告\n部门预算资金902.40万元，截至12月31日共支出878.10万元，预算执行率\($0)%。\n") },
                            right: "97.31", wrong: "96.31", recomputed: 100 * 878.10 / 902.40, where: { $0.rule == "execution-rate" })
    }

    /// A total stated for both sides at once (收、支总计均为 X, 各 X, 收支总预算 X, 财政拨款收入支出总计 X) is the
    /// spending's figure too, while a spending stated on its own is that spending's figure; 各是 A、B gives each side
    /// its own amount.
    @Test func oneTotalForBothSides() {
        func figures(_ title: String, _ sentence: String) -> [String] {
            extraction("某县文化馆\(title)\n一、收入支出总体情况\n\(sentence)\n").figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" }
        }
        #expect(figures("2023年度部门决算", "2023年度收、支总计均为1,234.56万元。") == ["budget_revenue 2023 1234.56", "total_expenditure 2023 1234.56"])
        #expect(figures("2023年度部门决算", "2023年度收、支总计各1,234.56万元，比上年增加100.00万元。") == ["budget_revenue 2023 1234.56", "total_expenditure 2023 1234.56"])
        #expect(figures("2023年度部门决算", "2023年度收入、支出总计均为1,234.56万元。") == ["budget_revenue 2023 1234.56", "total_expenditure 2023 1234.56"])
        #expect(figures("2024年部门预算", "2024年收支总预算1,234.56万元。") == ["budget_revenue 2024 1234.56", "total_expenditure 2024 1234.56"])
        // (The spending named alone wins: the year's spending before the totals holding balances.)
        #expect(figures("2023年度部门决算", "2023年度收、支总计均为1,234.56万元。本年支出合计1,100.00万元。")
                == ["budget_revenue 2023 1234.56", "total_expenditure 2023 1100"])
        #expect(figures("2024年部门预算", "2024年收支总预算1,234.56万元。支出总预算1,200.00万元。")
                == ["budget_revenue 2024 1234.56", "total_expenditure 2024 1200"])
        #expect(figures("2023年度部门决算", "2023年度收、支总计各是1,234.56、1,200.00万元。")
                == ["budget_revenue 2023 1234.56", "total_expenditure 2023 1200"])
        // (The appropriations' two sides: their spending's figure, the revenue of appropriations having none.)
        #expect(figures("2023年度部门决算", "2023年度财政拨款收入支出总计1,300.00万元。") == ["appropriation_final 2023 1300"])
        #expect(figures("2023年度部门决算", "2023年度财政拨款收、支总计各1,300.00万元。") == ["appropriation_final 2023 1300"])
        #expect(figures("2023年度部门决算", "2023年度财政拨款收、支总计各1,300.00万元。财政拨款支出决算1,250.00万元。")
                == ["appropriation_final 2023 1250"])
        // (Items that are not the two sides stay the first's alone.)
        #expect(figures("2023年度部门决算", "2023年度本年收入、上年结转均为1,234.56万元。") == ["budget_revenue 2023 1234.56"])
    }

    /// The spending's list after ； in the sentence of a total of both sides (收支预算总额 T，收入预算中，…；支出预算中，基本支出
    /// A，项目支出 B) breaks down that total, not the revenue item stated last.
    @Test func theSpendingsListAfterTheRevenuesInOneSentence() {
        let text = { (project: String) in
            "某某局2024年部门预算\n一、情况说明\n2024年部门收支预算总额为1,500.00万元，收入预算中，一般公共预算拨款1,400.00万元，其他收入100.00万元；支出预算中，基本支出1,000.00万元，项目支出\(project)万元。\n"
        }
        let right = checks(text("500.00")).filter { $0.rule == "breakdown" }
        #expect(right.map(\.check) == ["部门收支预算总额 2024 = 基本支出 + 项目支出"] && right.allSatisfy(\.consistent))
        let wrong = checks(text("400.00")).filter { $0.rule == "breakdown" }
        #expect(wrong.map(\.check) == ["部门收支预算总额 2024 = 基本支出 + 项目支出"] && wrong.allSatisfy { !$0.consistent && abs($0.recomputed - 1400) < 1e-9 })
    }

    /// Spending stated as less than the whole of spending (一般公共预算支出 A，占总支出的 93.33%) is a part, no figure
    /// of the department's spending; one stated as a share of a grand total holding balances still is. The revenue
    /// named after its measure (部门决算收入) is the revenue.
    @Test func aSpendingStatedAsAPartOfTheSpending() {
        func figures(_ title: String, _ sentence: String) -> [String] {
            extraction("某某局\(title)\n一、情况说明\n\(sentence)\n").figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" }
        }
        #expect(figures("2024年部门预算", "2024年本部门一般公共预算支出1,400.00万元，占总支出的93.33%。").isEmpty)
        #expect(figures("2024年部门预算", "2024年本部门一般公共预算支出1,400.00万元，占总支出的100%。") == ["total_expenditure 2024 1400"])
        #expect(figures("2023年度部门决算", "2023年度本年支出合计1,400.00万元，占支出总计的93.33%。") == ["total_expenditure 2023 1400"])
        #expect(figures("2023年度部门决算", "2023年度部门决算收入1,400.00万元，决算支出1,350.00万元。")
                == ["budget_revenue 2023 1400", "total_expenditure 2023 1350"])
    }

    /// A percent worked out from a stated change against the budget (较预算减少 A，降幅 r%) is named as that comparison,
    /// and a balance's change since the start of the year (余额 A，比年初增加 B，增长 r%) as one from the year before.
    @Test func aPercentFromAStatedChangeNamesItsComparison() {
        let spending = checks("某某局2023年度“三公”经费决算情况说明\n2023年“三公”经费支出12.30万元，较预算减少7.70万元，降幅38.5%。\n")
        #expect(spending.map(\.check) == ["change of “三公”经费支出 2023 against its budget (%, from the stated amount)"])
        #expect(spending.first.map { abs($0.recomputed - 100 * -7.70 / 20) < 1e-9 } == true)
        let balance = checks("2024年某市统计公报\n年末金融机构各项存款余额2,156.32亿元，比年初增加168.45亿元，增长8.5%。\n")
        #expect(balance.map(\.check) == ["change of 年末金融机构各项存款余额 2023-2024 (%, from the stated amount)"])
        #expect(balance.first.map { abs($0.recomputed - 100 * 168.45 / (2156.32 - 168.45)) < 1e-9 } == true)
    }

    /// The rate of money used (已使用 A，使用率 r; 资金使用率) is what was used over the money it was used of, like a
    /// 支付率; a rate of using other things (设备使用率) is no rate of money.
    @Test func theRateOfMoneyUsed() {
        let text = { (rate: String) in "某县文化馆2023年度部门整体支出绩效自评报告\n一、基本情况\n部门预算资金1,000万元，已使用950万元，使用率\(rate)%。\n" }
        expectRightAndWrong({ checks(text($0)) }, right: "95", wrong: "96", recomputed: 95, where: { $0.rule == "done-rate" })
        #expect(StatementReader.namedRate("资金使用率") == .done)
        #expect(StatementReader.namedRate("设备使用率") == nil)
    }

    /// Funds named with no measure and what was paid of them straight after (项目资金 300 万元，已支付 285 万元) are the
    /// funds allotted and the spending, not a spending of 300; funds named as spent (项目资金支出 300) stay the spending.
    @Test func theFundsAndWhatWasPaidOfThem() {
        func figures(_ sentence: String) -> [String] {
            extraction("某县农村公路养护项目2023年度绩效自评报告\n一、项目概况\n\(sentence)\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        }
        #expect(figures("项目资金300万元，已支付285万元，支付率95%。") == ["project_budget 300", "project_expenditure 285"])
        #expect(figures("项目资金300万元，已使用285万元。") == ["project_budget 300", "project_expenditure 285"])
        #expect(figures("项目资金实际支出300万元，已支付285万元。") == ["project_expenditure 300"])
        // (More paid than allotted is no part of it.)
        #expect(figures("项目资金300万元，已支付310万元。") == ["project_expenditure 300"])
    }

    /// Money spent after money received (实际到位 A，到位率 100%；实际支出 B，执行率 r) is no money received: the execution
    /// rate is checked against it.
    @Test func spendingAfterTheFundsReceived() {
        let text = { (rate: String) in "某县文化馆2023年度部门整体支出绩效自评报告\n一、基本情况\n全年预算资金1,000.00万元，实际到位1,000.00万元，到位率100%；实际支出980.00万元，执行率\(rate)%。\n" }
        let read = extraction(text("98"))
        #expect(!read.statements.contains { $0.subject == "funds_received" && $0.value == 980 })
        expectRightAndWrong({ checks(text($0)) }, right: "98", wrong: "97", recomputed: 98, where: { $0.rule == "execution-rate" })
    }

    /// The appropriations' total of both sides named with a total's word (财政拨款收入支出总预算, 财政拨款收支总预算) is
    /// the appropriations' budget, not the department's spending; the running costs' appropriation (机关运行经费财政拨款
    /// 预算) is neither.
    @Test func theAppropriationsWholeBudgetAndTheRunningCosts() {
        func figures(_ sentence: String) -> [String] {
            extraction("某某局2024年部门预算\n\(sentence)\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        }
        #expect(figures("2024年度财政拨款收入支出总预算1100.16万元，比上年增加60万元，增长5.77%。") == ["appropriation_budget 1100.16"])
        #expect(figures("2024年度财政拨款收支总预算1100.16万元。") == ["appropriation_budget 1100.16"])
        #expect(figures("2024年度财政拨款收入总预算1100.16万元。") == [])
        #expect(figures("2024年度项目支出总预算300万元。") == ["project_budget 300"])
        #expect(figures("2024年机关运行经费财政拨款预算80万元，比上年预算增加5万元，增长6.67%。") == [])
        // (The department's own stay the department's.)
        #expect(figures("2024年部门收支总预算1300万元，其中财政拨款收支总预算1100.16万元。") == ["budget_revenue 1300", "total_expenditure 1300", "appropriation_budget 1100.16"])
        #expect(figures("2024年度支出总预算1300万元。") == ["total_expenditure 1300"])
        // (The general budget's appropriation named without 财政: its spending, not its revenue.)
        #expect(figures("一般公共预算拨款支出1300万元，比2023年增加100万元，增长8.33%。") == ["appropriation_budget 1300"])
        #expect(figures("2024年一般公共预算拨款支出预算2,975.60万元。") == ["appropriation_budget 2975.6"])
        #expect(figures("一般公共预算拨款收入1300万元。") == [])
    }

    /// A balance's items after 加 or 加上 (plus) are named without it: 加上级补助收入 is 上级补助收入, 加上年结转 上年结转,
    /// 加上年初结转和结余 年初结转和结余.
    @Test func aBalancesItemsNamedWithoutTheirPlus() {
        let sums = checks("某县2023年预算执行报告\n全县一般公共预算收入12.5亿元，加上级补助收入20.1亿元、加上年结转1.1亿元，加上调入资金2.0亿元，收入总计35.7亿元；一般公共预算支出30.0亿元，加上解上级支出0.5亿元，支出总计30.5亿元。\n")
        // (Named so, and still adding up: 12.5 + 20.1 + 1.1 + 2.0 = 35.7 亿元, 30.0 + 0.5 = 30.5 亿元, in 万元.)
        let revenue = sums.first { $0.check == "收入总计 2023 = 全县一般公共预算收入 + 上级补助收入 + 上年结转 + 调入资金" }
        #expect(revenue?.consistent == true && abs((revenue?.recomputed ?? 0) - 357_000) < 1e-6)
        let spending = sums.first { $0.check == "支出总计 2023 = 一般公共预算支出 + 上解上级支出" }
        #expect(spending?.consistent == true && abs((spending?.recomputed ?? 0) - 305_000) < 1e-6)
        let opening = checks("某医院2024年度部门决算\n2024年度收入总计1,100.00万元，其中：本年收入合计1,000.00万元，加上年初结转和结余100.00万元。\n")
        let grand = opening.first { $0.check.contains("本年收入合计 + 年初结转和结余") }
        #expect(grand?.consistent == true && abs((grand?.recomputed ?? 0) - 1_100) < 1e-9)
    }

    /// A score worked out inline as the weight times the rate (得分：10×95%=9.5 分) is the result, not the weight, and
    /// the product is checked; a ratio worked out after a colon or 为 (预算执行率：a/b×100%=r) is checked as after =,
    /// its name not reaching back across a full stop.
    @Test func formulasWorkedOutInline() {
        let title = "某县农业农村局2023年度项目支出绩效自评报告\n一、项目概况。"
        func figures(_ sentence: String) -> [String] {
            extraction(title + sentence + "\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        }
        #expect(figures("资金执行率得分：10×95%=9.5分。") == ["score_budget_execution 9.5"])
        #expect(figures("预算执行率得分=10×95%=9.5分。") == ["score_budget_execution 9.5"])
        expectRightAndWrong({ checks(title + "资金执行率得分：10×95%=\($0)分。\n") }, right: "9.5", wrong: "9.7", recomputed: 9.5,
                            where: { $0.check == "资金执行率得分 = 10 x 95% (2023)" })
        expectRightAndWrong({ checks(title + "预算执行率：1,298.60/1,352.40×100%=\($0)%。\n") }, right: "96.02", wrong: "96.12", recomputed: 100 * 1298.6 / 1352.4,
                            where: { $0.check == "预算执行率 = 100 x 1298.6 / 1352.4 (%)" })
        expectRightAndWrong({ checks(title + "执行率为1,298.60/1,352.40×100%=\($0)%。\n") }, right: "96.02", wrong: "96.12", recomputed: 100 * 1298.6 / 1352.4,
                            where: { $0.check == "执行率 = 100 x 1298.6 / 1352.4 (%)" })
        // (A ratio's ×100% is no product of its own.)
        #expect(checks(title + "预算执行率=1,298.60/1,352.40×100%=96.02%。\n").map(\.check) == ["预算执行率 = 100 x 1298.6 / 1352.4 (%)"])
    }

    /// The balance carried to next year after the two totals stated bare in its sentence (收入总计 R，支出总计 E，结转下年
    /// B) is R - E; a department's equal totals, which hold its balances, are no such pair.
    @Test func theBalanceAfterBareTotals() {
        let text = { (balance: String) in "某县审计局关于2023年度县级预算执行的审计工作报告\n2023年，县级一般公共预算收入总计45.6亿元，支出总计44.8亿元，结转下年\(balance)亿元。\n" }
        expectRightAndWrong({ checks(text($0)) }, right: "0.8", wrong: "0.9", recomputed: 456_000 - 448_000, where: { $0.rule == "balance" })
        #expect(!checks("某县文化馆2023年度部门决算\n2023年度收入总计1,500.00万元，支出总计1,500.00万元，结转下年70.30万元。\n").contains { $0.rule == "balance" })
        #expect(!checks("某县2023年决算\n收入总计45.6亿元，支出总计44.8亿元。结转下年0.9亿元。\n").contains { $0.rule == "balance" })
    }

    /// An investment completed against its plan stated before it in the sentence (计划投资 A，实际完成投资 B，完成率 r;
    /// 项目总投资 A，已完成投资 B，完成投资计划的 r): r against 100 x B / A; a project's own investment completed, whose
    /// whole the text may name elsewhere, is not set against the project's budget.
    @Test func investmentCompletedAgainstItsPlan() {
        let title = "某县2023年度项目支出绩效自评报告\n"
        expectRightAndWrong({ checks(title + "计划投资300万元，实际完成投资280万元，完成率\($0)%。\n") }, right: "93.33", wrong: "95.33",
                            recomputed: 100 * 280.0 / 300, where: { $0.rule == "completion" })
        expectRightAndWrong({ checks(title + "项目总投资300万元，已完成投资280万元，完成投资计划的\($0)%。\n") }, right: "93.33", wrong: "91.33",
                            recomputed: 100 * 280.0 / 300, where: { $0.rule == "completion" })
        #expect(!checks(title + "项目资金预算5,000.00万元。项目累计完成投资9,860.20万元，投资完成率77.03%。\n").contains { $0.rule == "completion" })
        // (Not a budget of another thing: 计划投资 A，实际支出 B，完成率 r.)
        #expect(!checks(title + "计划投资300万元，实际发放补贴280万元，完成率93.33%。\n").contains { $0.rule == "completion" })
        #expect(!checks(title + "计划投资300万元，实际发放补贴280万元，投资完成率93.33%。\n").contains { $0.rule == "completion" })
        expectRightAndWrong({ checks(title + "项目计划投资300万元，实际完成投资280万元，投资完成率\($0)%。\n") }, right: "93.33", wrong: "95.33",
                            recomputed: 100 * 280.0 / 300, where: { $0.rule == "completion" })
        // (Also past its sources and a full stop: 项目总投资 A，其中：…。截至年底，…累计完成投资 B，投资完成率 r.)
        expectRightAndWrong({ checks(title + "项目总投资500万元，其中：中央补助资金300万元，县级财政配套200万元。截至2023年底，项目资金已全部到位，到位率100%，累计完成投资480万元，投资完成率\($0)%。\n") },
                            right: "96", wrong: "98", recomputed: 96, where: { $0.check == "累计完成投资 actual / 项目总投资 (2023, %)" })
    }

    /// A score stated without its unit (自评得分 95.65, 自评得分为 95.65) or worked out inline without it (资金执行率得分=
    /// 10×96.5%=9.65) is still points; a score the clause calls a score (预算执行率得分：…=9.65 分) is never the marks of
    /// the score stated after it.
    @Test func scoresStatedWithoutTheirUnit() {
        let title = "某县农业农村局2023年度项目支出绩效自评报告\n一、项目概况。"
        func figures(_ sentence: String) -> [String] {
            extraction(title + sentence + "\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value)) \($0.unit)" }.sorted()
        }
        #expect(figures("该项目自评得分95.65。") == ["score_total 95.65 分"])
        #expect(figures("该项目自评得分为95.65。") == ["score_total 95.65 分"])
        #expect(figures("资金执行率得分=10×96.5%=9.65。") == ["score_budget_execution 9.65 分"])
        #expect(figures("预算执行率得分：10×96.5%=9.65分，自评得分95.65。") == ["score_budget_execution 9.65 分", "score_total 95.65 分"])
        #expect(figures("预算执行率得分：10×96.5%=9.65，自评得分95.65。") == ["score_budget_execution 9.65 分", "score_total 95.65 分"])
        expectRightAndWrong({ checks(title + "资金执行率得分=10×96.5%=\($0)。\n") }, right: "9.65", wrong: "9.75", recomputed: 9.65,
                            where: { $0.check == "资金执行率得分 = 10 x 96.5% (2023)" })
        // (An indicator's marks before its score stay marks: 预算执行率 10 分，得分 9.65 分.)
        let marks = extraction(title + "预算执行率10分，得分9.65分。\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(marks == ["score_budget_execution 9.65"], "\(marks)")
    }

    /// A list opened by its amount's 中 before a comma (本年收入 1,450 万元中，财政拨款收入 A，…) breaks that amount down, as
    /// before a colon; what money went on is named after its 用于 (用于人员支出 A).
    @Test func aListOpenedByItsAmountsZhong() {
        let revenue = { (other: String) in "某局2023年度部门决算\n一、收入支出决算总体情况。2023年本年收入1,450万元中，财政拨款收入1,200万元，事业收入200万元，其他收入\(other)万元。\n" }
        expectRightAndWrong({ checks(revenue($0)) }, right: "50", wrong: "40", recomputed: 1_450, recomputedWrong: 1_440,
                            where: { $0.check == "本年收入 2023 = 财政拨款收入 + 事业收入 + 其他收入" })
        let spending = checks("某局2023年度部门决算\n一、收入支出决算总体情况。2023年本年支出1,450万元中，用于人员支出1,200万元，用于公用支出250万元。\n")
        #expect(spending.count == 1 && spending.allSatisfy { $0.check == "本年支出 2023 = 人员支出 + 公用支出" && $0.consistent && $0.recomputed == 1_450 },
                "\(spending)")
        // (A 中 after no amount, 在工作中，…, opens nothing.)
        #expect(checks("某局2023年度部门决算\n一、收入支出决算总体情况。2023年本年支出1,450万元。在工作中，人员支出1,200万元，公用支出240万元。\n").isEmpty)
    }

    /// A table row's totals of two columns (合计 | 20.00 | 18.50 under 预算数 | 决算数) are checked each against its
    /// column's parts, and named by the column's measure, so that a reader can tell which column is off.
    @Test func aTableRowsTotalsAreNamedByTheirColumns() {
        let found = checks("""
        某局2023年度部门决算
        “三公”经费财政拨款支出决算表
        单位：万元
        | 项目 | 预算数 | 决算数 |
        | 合计 | 20.00 | 18.50 |
        | 因公出国（境）费 | 0 | 0 |
        | 公务用车购置及运行费 | 12.00 | 11.00 |
        | 公务接待费 | 8.00 | 7.00 |

        """).filter { $0.rule == "breakdown" }
        let parts = " 2023 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费"
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.check == "合计 (budget)" + parts && $0.consistent && $0.recomputed == 20 })
        #expect(found.contains { $0.check == "合计 (actual)" + parts && !$0.consistent && $0.stated == 18.5 && $0.recomputed == 18 })
    }

    /// A relation two readers or two rules both read (a count's parts as a sentence's and as a count's; a balance carried
    /// forward read in order and as the year's terms) is one check, listed once.
    @Test func aRelationReadTwiceIsCheckedOnce() {
        let staff = checks("某局2024年部门预算\n一、基本情况。本部门编制人数45人，实有人员43人，其中：在职人员38人，退休人员4人。\n")
        #expect(staff.count == 1 && staff.allSatisfy { $0.check == "实有人员 2024 = 在职人员 + 退休人员" && !$0.consistent && $0.recomputed == 42 }, "\(staff)")
        let balance = { (end: String) in checks("某局2023年度部门决算\n一、收入支出决算总体情况。年初结转和结余80万元，本年收入1,000万元，本年支出960万元，年末结转和结余\(end)万元。\n") }
        expectRightAndWrong(balance, right: "120", wrong: "130", recomputed: 120, where: { $0.check == "年末结转和结余 = 年初结转和结余 + 本年收入 - 本年支出 (2023)" })
    }

    /// A rate of execution that names no budget's stage, after a project's initial and whole-year budgets (年初预算 A，
    /// 全年预算 B，全年执行 C，执行率 r), is of the whole year's budget: C / B; one that names the initial budget (完成年初
    /// 预算的 r) is of that.
    @Test func anExecutionRateIsOfTheWholeYearsBudget() {
        let text = { (rate: String) in "某项目2023年度绩效自评报告\n一、项目概况。项目年初预算200万元，全年预算220万元，全年执行209万元，\(rate)。\n" }
        expectRightAndWrong({ checks(text("执行率\($0)%")) }, right: "95", wrong: "104.5", recomputed: 95, where: { $0.rule == "completion" })
        expectRightAndWrong({ checks(text("完成年初预算的\($0)%")) }, right: "104.5", wrong: "95", recomputed: 104.5, where: { $0.rule == "completion" })
    }

    /// Each section's score stated as its 实际得分 after its full marks (产出指标满分 50 分，实际得分 48 分；…) is that
    /// section's, and the 总得分 or 综合得分 after them the total, which the sections add up to.
    @Test func actualScoresAfterTheirMarksAndTheTotal() {
        let title = "某项目2023年度绩效自评报告\n一、项目概况。"
        func figures(_ score: String, total: String) -> [String] {
            extraction(title + "产出指标满分50分，\(score)48分；效益指标满分30分，\(score)28分；满意度指标满分10分，\(score)9分；预算执行率满分10分，\(score)9.5分；\(total)94.5分。\n")
                .figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }.sorted()
        }
        let expected = ["score_benefit 28", "score_budget_execution 9.5", "score_output 48", "score_satisfaction 9", "score_total 94.5"]
        #expect(figures("实际得分", total: "总得分") == expected)
        #expect(figures("实得", total: "综合得分") == expected)
        #expect(figures("得分", total: "总得分") == expected)
        expectRightAndWrong({ checks(title + "产出指标满分50分，实际得分48分；效益指标满分30分，实际得分28分；满意度指标满分10分，实际得分9分；预算执行率满分10分，实际得分9.5分；总得分\($0)分。\n") },
                            right: "94.5", wrong: "95.5", recomputed: 94.5, where: { $0.check.hasPrefix("score_total: = ") })
    }

    /// The targets set out (共设置绩效指标 12 个) are a plan: the completion rate after what was done is checked against them.
    @Test func targetsSetOutAreAPlan() {
        expectRightAndWrong({ checks("某项目2023年度绩效自评报告\n一、项目概况。项目共设置绩效指标12个，已完成11个，完成率\($0)%。\n") },
                            right: "91.67", wrong: "93.67", recomputed: 100 * 11.0 / 12, where: { $0.rule == "target-completion" })
    }

    /// An execution rate after a spending and a budget each named by its measure alone (实际支出 A，预算 B，预算执行率 r)
    /// is A over B, whatever subjects the heading gave the two.
    @Test func anExecutionRateOfTwoGenericLabels() {
        expectRightAndWrong({ checks("某项目2023年度绩效自评报告\n一、项目概况。实际支出480万元，预算500万元，预算执行率\($0)%。\n") },
                            right: "96", wrong: "98", recomputed: 96, where: { $0.rule == "execution-rate" })
    }

    /// A rate stated before the amounts it is the ratio of, named in parentheses (预算执行率 96%（实际支出 480 万元/预算
    /// 500 万元）) is checked as 100 x the first over the second; a parenthesis of words alone is left alone.
    @Test func aRateBeforeItsAmountsInParentheses() {
        let title = "某项目2023年度绩效自评报告\n一、项目概况。"
        expectRightAndWrong({ checks(title + "预算执行率\($0)%（实际支出480万元/预算500万元）。\n") }, right: "96", wrong: "98", recomputed: 96,
                            where: { $0.check == "预算执行率 = 100 x 480 / 500 (%)" })
        expectRightAndWrong({ checks(title + "资金到位率为\($0)%（实际到位 45 万元 / 计划到位 0.5 亿元）。\n") }, right: "0.9", wrong: "1.9", recomputed: 0.9,
                            where: { $0.check == "资金到位率 = 100 x 45 / 5000 (%)" })
        // (The amounts are the project's figures too, the budget named without the bar before it.)
        let figures = extraction(title + "预算执行率96%（实际支出480万元/预算500万元）。\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures.sorted() == ["execution_rate 96", "project_budget 500", "project_expenditure 480"], "\(figures)")
        #expect(checks(title + "资金支付率87.46%（实际支付/到位资金）。\n").isEmpty)
    }

    /// The budget's execution stated as progress (预算执行进度 98.5%) is its execution rate; the whole year's rate stated
    /// after a part of the year's (上半年 … 45%，全年 … 98%) is the year's, the part's is not.
    @Test func executionProgressAndTheWholeYearAfterAPart() {
        func figures(_ sentence: String) -> [String] {
            extraction("某县教育局2023年度部门整体支出绩效自评报告\n\(sentence)\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        }
        #expect(figures("全年预算执行进度为98.5%，较序时进度超出3.5个百分点。") == ["execution_rate 98.5"])
        #expect(figures("截至12月31日，资金执行进度98.5%。") == ["execution_rate 98.5"])
        #expect(figures("上半年预算执行率45%，全年预算执行率98%。") == ["execution_rate 98"])
        #expect(figures("截至2023年6月底，预算执行进度45%。") == [])
        #expect(figures("上半年支出500万元，全年预计支出1100万元。") == [])
    }

    /// A spending named by its measure and a figure's 数 (支出决算数) after the budget of an item (“三公”经费支出预算数)
    /// is that item's, not the department's whole spending; its completion is set against the item's budget.
    @Test func aSpendingNamedByItsMeasureAfterAnItemsBudget() {
        let text = { (rate: String) in "某局2023年度“三公”经费决算情况说明\n一、项目概况。2023年“三公”经费支出预算数为20.00万元，支出决算数为16.80万元，完成预算的\(rate)%。\n" }
        expectRightAndWrong({ checks(text($0)) }, right: "84", wrong: "86", recomputed: 84, where: { $0.rule == "completion" })
        let figures = extraction(text("84")).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures.sorted() == ["three_public_budget 20", "three_public_expenditure 16.8"], "\(figures)")
    }

    /// Spending named bare (实际支出) after the budget its sentence states, whatever that budget's subject (项目全年预算,
    /// 该项目调整后预算), is that budget's: the execution rate after it is their ratio; after a budget's stages, the
    /// last stage's. After two things' budgets (基本支出预算 A，项目支出预算 B) no one of them is taken by this rule.
    @Test func aBareSpendingAfterTheBudgetOfItsSentence() {
        let title = "某项目2023年度绩效自评报告\n一、项目概况。"
        expectRightAndWrong({ checks(title + "项目全年预算200万元，实际支出192万元，执行率\($0)%。\n") }, right: "96", wrong: "98", recomputed: 96,
                            where: { $0.rule == "execution-rate" })
        expectRightAndWrong({ checks(title + "该项目年初预算120万元，年中调减20万元，调整后预算100万元，实际支出96万元，执行率\($0)%。\n") },
                            right: "96", wrong: "98", recomputed: 96, where: { $0.rule == "execution-rate" })
        let twoThings = checks("某局2023年度部门整体支出绩效自评报告\n一、部门概况。基本支出预算600万元，项目支出预算400万元，实际支出950万元，执行率95%。\n")
        #expect(!twoThings.contains { $0.rule == "execution-rate" }, "\(twoThings)")
    }

    /// A section's total score (产出指标总得分, 效益指标合计得分) is the section's, not the evaluation's total; 合计得分 after
    /// the sections is the total, which they add up to.
    @Test func aSectionsTotalScoreAndTheSumOfTheSections() {
        let title = "某项目2023年度绩效自评报告\n一、项目概况。"
        for total in ["总得分", "合计得分"] {
            let text = { (score: String) in title + "产出指标\(total)48分，效益指标\(total)28分，满意度指标得分10分，预算执行率得分9.5分，自评总分\(score)分。\n" }
            let figures = extraction(text("95.5")).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
            #expect(figures.sorted() == ["score_benefit 28", "score_budget_execution 9.5", "score_output 48", "score_satisfaction 10", "score_total 95.5"],
                    "\(figures)")
            expectRightAndWrong({ checks(text($0)) }, right: "95.5", wrong: "96.5", recomputed: 95.5, where: { $0.check.hasPrefix("score_total 2023 = ") })
        }
        expectRightAndWrong({ checks(title + "产出指标（50分）：得分48分；效益指标（30分）：得分28分；满意度指标（10分）：得分10分；预算执行率（10分）：得分9.5分。合计得分\($0)分。\n") },
                            right: "95.5", wrong: "96.5", recomputed: 95.5, where: { $0.check.hasPrefix("score_total: = ") })
    }

    /// A budget adjustment rate after the initial and the adjusted budgets with no adjustment stated (年初预算 A，调整预算
    /// B，预算调整率 r; 调整后预算, 全年预算数 alike) is 100 x (B - A) / A: 调整预算 is the budget as adjusted, no adjustment
    /// (it had been set against A as one, 120%).
    @Test func anAdjustmentRateOfTheAdjustedBudget() {
        for adjusted in ["调整预算", "调整后预算", "全年预算数"] {
            expectRightAndWrong({ checks("某局2023年度部门整体支出绩效自评报告\n一、部门概况。年初预算1,000万元，\(adjusted)1,200万元，预算调整率\($0)%。\n") },
                                right: "20", wrong: "25", recomputed: 20, where: { $0.rule == "adjustment-rate" })
        }
    }

    /// A project's total investment (总投资) is the plan of its whole life: an execution rate after the year's money
    /// stated between it and the spending (本年度下达资金 B) is not set against it; with nothing between, it is.
    @Test func aProjectsTotalInvestmentIsNoYearsBudgetWhenTheYearsMoneyIsStated() {
        let title = "某项目2023年度绩效自评报告\n一、项目概况。"
        let between = checks(title + "项目计划总投资800万元，本年度下达资金500万元，实际支出480万元，资金执行率96%。\n")
        #expect(!between.contains { $0.rule == "execution-rate" }, "\(between)")
        expectRightAndWrong({ checks(title + "项目总投资800万元，实际支出480万元，执行率\($0)%。\n") }, right: "60", wrong: "96", recomputed: 60,
                            where: { $0.rule == "execution-rate" })
    }

    /// What was not achieved (未完成 2 个) and the excess over the plan (超额完成 50 人次) stand between the achieved count
    /// and its completion rate: neither is what was achieved (each had been, a false alarm at 13.33% and 5%).
    @Test func aCompletionPastWhatWasNotAchievedAndTheExcess() {
        let title = "某项目2023年度绩效自评报告\n一、项目概况。"
        expectRightAndWrong({ checks(title + "共设置三级指标15个，完成13个，未完成2个，指标完成率\($0)%。\n") }, right: "86.67", wrong: "88.67",
                            recomputed: 100 * 13.0 / 15, where: { $0.rule == "target-completion" })
        expectRightAndWrong({ checks(title + "计划培训1,000人次，实际培训1,050人次，超额完成50人次，完成率\($0)%。\n") }, right: "105", wrong: "107",
                            recomputed: 105, where: { $0.rule == "target-completion" })
    }

    /// A group of indicators the vocabulary has no item for, named with its full marks (绩效指标分值 90 分，得分 85 分), is
    /// that group, not the execution rate's section stated before it; the total adds the two up.
    @Test func aGroupsMarksAfterTheExecutionRatesScore() {
        let text = { (total: String) in "某项目2023年度绩效自评报告\n一、项目概况。全年预算数300万元，全年执行数285万元，执行率95%，分值10分，得分9.5分。绩效指标分值90分，得分85分。总分\(total)分。\n" }
        let figures = extraction(text("94.5")).figures.filter { $0.unit == "分" }.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures.sorted() == ["score_budget_execution 9.5", "score_total 94.5"], "\(figures)")
        expectRightAndWrong({ checks(text($0)) }, right: "94.5", wrong: "95.5", recomputed: 94.5, where: { $0.check == "score_total: = score_budget_execution: + 绩效指标 (sections of 100 points, 2023)" })
    }

    /// The parts listed after a rate (已拨付 A，拨付率 r，其中：中央资金拨付 B，…) are amounts paid, which add up to A; the
    /// rate before them gives them no measure (they had been taken for what was left unpaid: three false alarms).
    @Test func partsListedAfterARateAreAmounts() {
        let found = { (last: String) in checks("某项目2023年度绩效自评报告\n一、项目概况。项目资金500万元，已拨付480万元，拨付率96%，其中：中央资金拨付300万元，省级资金拨付130万元，县级资金拨付\(last)万元。\n") }
        #expect(found("50").map(\.rule).sorted() == ["breakdown", "done-rate"] && found("50").allSatisfy(\.consistent), "\(found("50"))")
        expectRightAndWrong(found, right: "50", wrong: "60", recomputed: 480, recomputedWrong: 490, where: { $0.rule == "breakdown" })
    }

    /// Last year's execution rate stated after this year's (执行 A，执行率 r；上年同期执行率 r0) is no rate of this year's
    /// amounts (it had been set against A over the budget: a false alarm).
    @Test func lastYearsRateAfterThisYearsIsNoRateOfItsAmounts() {
        let found = { (rate: String) in checks("某项目2023年度绩效自评报告\n一、项目概况。本项目预算500万元，执行480万元，执行率\(rate)%；上年同期执行率92%，同比提高4个百分点。\n") }
        #expect(found("96").allSatisfy(\.consistent) && !found("96").contains { $0.stated == 92 }, "\(found("96"))")
        expectRightAndWrong(found, right: "96", wrong: "98", recomputed: 96, where: { $0.stated != 92 && $0.check.contains("actual / budget") })
    }

    /// A formula stated in words before its numbers (预算执行率=实际支出/全年预算数×100%=1140/1200×100%=95%) is named by
    /// what stands before its first equals sign; its numbers are checked.
    @Test func aFormulaInWordsBeforeItsNumbers() {
        expectRightAndWrong({ checks("某局2023年度部门整体支出绩效自评报告\n一、部门概况。预算执行率=实际支出/全年预算数×100%=1,140/1,200×100%=\($0)%。\n") },
                            right: "95", wrong: "96", recomputed: 95, where: { $0.check == "预算执行率 = 100 x 1140 / 1200 (%)" })
    }

    /// A two-sided table with bars at both ends of its lines (| 项目 | 金额 | 项目 | 金额 |) is read as two tables, each
    /// side's total adding up its own rows (the bars at the ends had kept it whole: the revenue's total named and read as
    /// the spending's).
    @Test func aTwoSidedTableWithBarsAtBothEnds() {
        let table = { (other: String) in ["某局2023年度部门决算", "收入支出决算总表", "| 项目 | 金额 | 项目 | 金额 |",
                                         "| 财政拨款收入 | 1,300.00 | 一般公共服务支出 | 1,000.00 |", "| 其他收入 | \(other) | 社会保障和就业支出 | 477.85 |",
                                         "| 本年收入合计 | 1,400.00 | 本年支出合计 | 1,477.85 |", "| 年初结转和结余 | 123.45 | 年末结转和结余 | 45.60 |",
                                         "| 总计 | 1,523.45 | 总计 | 1,523.45 |", ""].joined(separator: "\n") }
        expectRightAndWrong({ checks(table($0)) }, right: "100.00", wrong: "110.00", recomputed: 1_400, recomputedWrong: 1_410,
                            where: { $0.check == "本年收入合计 2023 = 财政拨款收入 + 其他收入" })
        let spending = checks(table("100.00")).filter { $0.check == "本年支出合计 2023 = 一般公共服务支出 + 社会保障和就业支出" }
        #expect(spending.count == 1 && spending.allSatisfy { $0.stated == 1_477.85 && $0.consistent }, "\(spending)")
        let figures = extraction(table("100.00")).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures.sorted() == ["budget_revenue 1523.45", "total_expenditure 1477.85"], "\(figures)")
    }

    /// A bare 增减额 and 增减率 beside a year's one budget column and one outturn column (| 项目 | 预算数 | 决算数 | 增减额 |
    /// 增减率 |) compare the outturn with the budget; they had gone unchecked.
    @Test func aBareChangeColumnBesideABudgetAndItsOutturn() {
        let table = { (change: String, percent: String) in ["某局2023年度部门决算", "“三公”经费支出决算表", "| 项目 | 预算数 | 决算数 | 增减额 | 增减率 |",
                                                           "| 合计 | 20.00 | 16.80 | -3.20 | -16.00% |", "| 因公出国（境）费 | 0.00 | 0.00 | 0.00 | |",
                                                           "| 公务用车购置及运行维护费 | 15.00 | 12.00 | -3.00 | -20.00% |",
                                                           "| 公务接待费 | 5.00 | 4.80 | \(change) | \(percent)% |", ""].joined(separator: "\n") }
        expectRightAndWrong({ checks(table($0, "-4.00")) }, right: "-0.20", wrong: "-0.30", recomputed: -0.2,
                            where: { $0.check == "change of 公务接待费 2023 against its budget" })
        expectRightAndWrong({ checks(table("-0.20", $0)) }, right: "-4.00", wrong: "-6.00", recomputed: -4,
                            where: { $0.check == "change of 公务接待费 2023 against its budget (%)" })
    }

    /// What is left (剩余, 剩余资金) or not executed (未执行) after a budget and its spending is the unspent balance: the
    /// budget less the spending (they had gone unchecked).
    @Test func whatIsLeftAfterABudgetAndItsSpending() {
        for (word, name) in [("剩余", "剩余"), ("剩余资金", "剩余资金"), ("未执行", "未执行")] {
            expectRightAndWrong({ checks("某项目2023年度绩效自评报告\n一、项目概况。项目预算500万元，实际支出480万元，\(word)\($0)万元结转下年。\n") },
                                right: "20", wrong: "30", recomputed: 20, where: { $0.check == "\(name) = 项目预算 - 实际支出 (2023)" })
        }
    }

    /// An average per head or household with no amount in its paragraph (救助困难群众 18,642 人次，人均救助 695.45 元), in
    /// a project's report whose title names what it is of (…医疗救助资金…), is over the project's spending named bare
    /// sections before (实际支出 1,296.45 万元); not over a 其中 part of those served, nor where the title names
    /// something else (人均增收 in a training project's report).
    @Test func anAverageOverTheSpendingOfTheProjectItsTitleNames() {
        let text = { (title: String, count: String, average: String) in
            "示例县2024年度\(title)项目支出绩效自评报告\n一、项目资金使用情况\n项目调整后预算1,350.00万元，实际支出1,296.45万元，预算执行率96.03%。\n二、项目绩效目标完成情况\n全年\(count)18,642人次，人均救助\(average)元。\n"
        }
        expectRightAndWrong({ checks(text("城乡医疗救助资金", "救助困难群众", $0)) }, right: "695.45", wrong: "659.45", recomputed: 1_296.45 / 18_642,
                            recomputedWrong: 1_296.45 / 18_642, where: { $0.check == "人均 = 1296.45 万元 / 18642 人次" })
        #expect(!checks(text("城乡医疗救助资金", "救助困难群众，其中特困人员", "695.45")).contains { $0.check.hasPrefix("人均") })
        #expect(!checks(text("农民技能培训", "培训农民", "695.45")).contains { $0.check.hasPrefix("人均") })
    }

    /// A balance rate (结余率, 项目结余率, 资金结余率) is what the budget left unspent over it, as a saving rate is: 100 x
    /// (budget - spending) / budget, not over the balance stated beside it (it had gone unread); a 其中 list after it still
    /// breaks down the spending.
    @Test func aBalanceRateIsWhatTheBudgetLeftOverIt() {
        for (before, name) in [("结余20万元，", "结余率"), ("", "项目结余率"), ("结余资金20万元，", "资金结余率")] {
            expectRightAndWrong({ checks("某项目2024年度绩效自评报告\n一、项目概况。2024年项目预算资金200万元，实际支出180万元，\(before)\(name)\($0)%。\n") },
                                right: "10", wrong: "12", recomputed: 10, where: { $0.check == "\(name) = 100 x (项目预算资金 - 实际支出) / 项目预算资金 (2024)" })
        }
        let listed = checks("某项目2024年度绩效自评报告\n一、项目概况。2024年项目预算资金200万元，实际支出180万元，结余20万元，结余率10%。其中：发放补助120万元，购置设备60万元。\n")
        #expect(listed.contains { $0.check == "实际支出 2024 = 发放补助 + 购置设备" && $0.consistent && abs($0.recomputed - 180) < 1e-9 })
        // (A carried-over balance's rate is no such rate, nor a balance of revenue over spending: 收支结余率 is over the
        // revenue, never the budget less the balance.)
        #expect(StatementReader.namedRate("结转结余率") == .carryover)
        let revenue = checks("某医院2024年度部门整体支出绩效自评报告\n一、基本情况。2024年部门支出预算950万元。二、收支情况。2024年本年收入1,000万元，本年支出900万元，收支结余100万元，收支结余率10%。\n")
        #expect(!revenue.contains { $0.check.hasPrefix("收支结余率") }, "\(revenue)")
    }

    /// An execution rate over the funds received (到位资金执行率, 到位资金支出率) is the spending over the funds received
    /// stated before it, not over the budget (a false alarm); with no funds received stated it is left alone.
    @Test func anExecutionRateOverTheFundsReceived() {
        for name in ["到位资金执行率", "到位资金支出率"] {
            expectRightAndWrong({ checks("某项目2024年度绩效自评报告\n一、项目概况。2024年项目预算资金200万元，实际到位资金160万元，资金到位率80%，实际支出150万元，\(name)\($0)%。\n") },
                                right: "93.75", wrong: "95", recomputed: 93.75, where: { $0.check == "\(name) = 100 x 实际支出 / 实际到位资金 (2024)" })
        }
        #expect(!checks("某项目2024年度绩效自评报告\n一、项目概况。2024年项目预算资金200万元，实际支出150万元，到位资金执行率75%。\n").contains { $0.check.contains("执行率") })
    }

    /// A project's budget and its spending each broken down by the same names (项目预算 A，其中：人员经费 a，公用经费 b；
    /// 实际支出 B，其中：人员经费 c，公用经费 d): each list is its own total's, though the vocabulary makes 人员经费 a
    /// sibling of 项目支出 in a department's spending (both had gone unchecked); and the spending, the budget's own item in
    /// another measure, ends the budget's list (部门整体支出预算 A，实际支出 B，…；其中基本支出 a，项目支出 b breaks down B).
    @Test func aProjectsBudgetAndSpendingEachBrokenDownByTheSameNames() {
        let text = { (publicCosts: String) in
            "某项目2024年度绩效自评报告\n一、项目概况。2024年项目预算200万元，其中：人员经费80万元，公用经费120万元；实际支出190万元，其中：人员经费78万元，公用经费\(publicCosts)万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "112", wrong: "115", recomputed: 190, recomputedWrong: 193,
                            where: { $0.check == "实际支出 2024 = 人员经费 + 公用经费" })
        #expect(checks(text("112")).contains { $0.check == "项目预算 2024 = 人员经费 + 公用经费" && $0.consistent && abs($0.recomputed - 200) < 1e-9 })
        #expect(checks(text("112")).count == 2)
        let department = { (project: String) in
            "某局2023年度部门整体支出绩效自评报告\n一、基本情况。部门整体支出预算2000万元，实际支出1900万元，预算执行率95%；其中基本支出1200万元，项目支出\(project)万元。\n"
        }
        expectRightAndWrong({ checks(department($0)) }, right: "700", wrong: "750", recomputed: 1_900, recomputedWrong: 1_950,
                            where: { $0.check == "实际支出 2023 = 基本支出 + 项目支出" })
        // (A sibling of the project that is none of its first part's ends the list, 基本支出预算 B; and the project's
        // personnel and public costs are no parts of the department's basic spending: that had been a false alarm.)
        let projectsParts = { (special: String) in
            checks("某局2024年度部门整体支出绩效自评报告\n一、基本情况。2024年项目支出预算400万元，其中：人员经费100万元，公用经费50万元，专项业务费\(special)万元；基本支出预算600万元。\n")
        }
        expectRightAndWrong(projectsParts, right: "250", wrong: "260", recomputed: 400, recomputedWrong: 410,
                            where: { $0.check == "项目支出预算 2024 = 人员经费 + 公用经费 + 专项业务费" })
        #expect(projectsParts("250").count == 1, "\(projectsParts("250"))")
    }

    /// Spending named bare after the parts of a total the vocabulary does not know, closed by ； (预算安排资金 A，其中财政
    /// 拨款 …、事业收入 …；全年实际支出 B，预算执行率 r), is no spending of the last part (a revenue): the rate is B over
    /// A, not over 事业收入 (a false alarm).
    @Test func spendingAfterTheClosedPartsOfAnUnknownTotalIsNotTheLastParts() {
        expectRightAndWrong({ checks("某局2024年度部门整体支出绩效自评报告\n一、基本情况。本单位2024年预算安排资金1,200万元，其中财政拨款1,000万元、事业收入200万元；全年实际支出1,150万元，预算执行率\($0)%。\n") },
                            right: "95.83", wrong: "96.83", recomputed: 100 * 1_150 / 1_200.0,
                            where: { $0.check == "execution_rate = 100 x 全年实际支出 / 本单位预算安排资金 (2024)" })
    }

    /// Spending named bare after a ；-closed list whose last part has no name the vocabulary knows (项目预算 A，其中：人员
    /// 经费 a，设备购置 b，其他 c；实际支出 B，其中：…) is the list's total's item in another measure, not the list's part
    /// named earlier (人员经费): both lists are checked, each against its own total.
    @Test func spendingAfterAListWhoseLastPartIsUnnamed() {
        let text = { (other: String) in
            "某项目2023年度绩效自评报告\n一、项目概况。项目预算 500 万元，其中：人员经费 100 万元，设备购置 300 万元，其他 100 万元；实际支出 480 万元，其中：人员经费 95 万元，设备购置 295 万元，其他 \(other) 万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "90", wrong: "80", recomputed: 480, recomputedWrong: 470,
                            where: { $0.check == "实际支出 2023 = 人员经费 + 设备购置 + 其他" })
        #expect(checks(text("90")).contains { $0.check == "项目预算 2023 = 人员经费 + 设备购置 + 其他" && $0.consistent && abs($0.recomputed - 500) < 1e-9 })
    }

    /// A classification item named right before its measure words (一般公共服务支出（类）年初预算 600 万元，支出决算 620
    /// 万元，完成年初预算的 r), in a 其中 list or alone, at any depth: both amounts are the item's and r is checked (the
    /// spending had been read as the department's, r unchecked).
    @Test func aClassificationItemNamedBeforeItsMeasureWords() {
        for (opening, item) in [("2024年度一般公共预算财政拨款支出年初预算为900.00万元，支出决算为950.00万元，完成年初预算的105.56%。其中：一般公共服务支出（类）", "一般公共服务支出（类）"),
                                ("一般公共服务支出（类）行政运行（项）", "一般公共服务支出（类）行政运行（项）")] {
            expectRightAndWrong({ checks("某局2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明。\(opening)年初预算600.00万元，支出决算620.00万元，完成年初预算的\($0)%，决算数大于年初预算数的主要原因是追加人员经费。\n") },
                                right: "103.33", wrong: "104.33", recomputed: 100 * 620 / 600.0, where: { $0.check == "\(item) actual / budget (2024, %)" })
        }
    }

    /// The share kept for small firms with no whole named (面向中小企业预留采购份额 A，占 x%) is of the year's procurement
    /// total; a part's share of a whole named by its act and 金额 alone (其中预留给小微企业的金额 B，占预留金额的 y%) is of
    /// the whole it is listed under (both had gone unchecked).
    @Test func theSharesKeptForSmallFirms() {
        let text = { (kept: String, small: String) in
            "某局2025年部门预算\n四、政府采购情况。2025年政府采购预算总额200.00万元，其中：货物类80.00万元，工程类0万元，服务类120.00万元。面向中小企业预留采购份额140.00万元，占\(kept)%，其中预留给小微企业的金额为98.00万元，占预留金额的\(small)%。\n"
        }
        expectRightAndWrong({ checks(text($0, "70.00")) }, right: "70.00", wrong: "75.00", recomputed: 70,
                            where: { $0.check == "share of 面向中小企业预留采购份额 in 政府采购预算总额 (2025, %)" })
        expectRightAndWrong({ checks(text("70.00", $0)) }, right: "70.00", wrong: "72.00", recomputed: 70,
                            where: { $0.check == "share of 预留给小微企业的金额 in 面向中小企业预留采购份额 (2025, %)" })
    }

    /// A target stated after what was done, in a clause of its own (维修供水工程 35 处，目标值 30 处，完成率 r; 受益人口 5.2
    /// 万人，较目标值 5 万人超额完成 0.2 万人，完成率 r): r = 100 x done / target, named by what was done (both had gone
    /// unchecked); the excess is no target.
    @Test func aTargetStatedAfterWhatWasDone() {
        let report = "某县2024年度农村饮水安全维修养护项目支出绩效自评报告\n二、绩效目标完成情况。"
        expectRightAndWrong({ checks(report + "1.数量指标：维修供水工程35处，目标值30处，完成率\($0)%。\n") }, right: "116.67", wrong: "106.67",
                            recomputed: 100 * 35 / 30.0, where: { $0.check == "维修供水工程 completion = 100 x actual 35 / plan 30 处 (%)" })
        expectRightAndWrong({ checks(report + "受益人口5.2万人，较目标值5万人超额完成0.2万人，完成率\($0)%。\n") }, right: "104", wrong: "110",
                            recomputed: 104, where: { $0.check == "受益人口 completion = 100 x actual 5.2 / plan 5 万人 (%)" })
    }

    /// A budget whose 其中 items each state their spending beside their budget (全年预算数 A。其中：基本支出预算 a，实际支出
    /// b；项目支出预算 c，实际支出 d): A = a + c (the list had gone unchecked, its measures mixed); a list with an amount
    /// of another measure that is none of the items' stays unchecked.
    @Test func aBudgetsItemsEachWithTheirSpending() {
        let report = "某局2023年度部门整体支出绩效自评报告\n一、预算执行情况。"
        expectRightAndWrong({ checks(report + "2023年度全年预算数为\($0)万元。其中：基本支出预算800.00万元，实际支出780.00万元；项目支出预算400.00万元，实际支出350.00万元。全年实际支出1130.00万元，预算执行率94.17%。\n") },
                            right: "1200.00", wrong: "1250.00", recomputed: 1200, where: { $0.check == "全年预算数 2023 = 基本支出预算 + 项目支出预算" })
        expectRightAndWrong({ checks(report + "2023年度预算安排资金\($0)万元，其中：人员经费预算600万元，实际支出590万元；公用经费预算200万元，实际支出190万元；项目经费预算400万元，实际支出350万元。\n") },
                            right: "1200", wrong: "1100", recomputed: 1200, where: { $0.check == "预算安排资金 2023 = 人员经费预算 + 公用经费预算 + 项目经费预算" })
        // (An amount of another measure that is none of the items' keeps the list unchecked: 1200 against 800 + 450 is no
        // error the text is known to make.)
        #expect(!checks(report + "2023年度全年预算数为1200.00万元。其中：基本支出预算800.00万元，项目支出预算450.00万元，人员经费实际支出600.00万元。\n")
            .contains { $0.rule == "breakdown" })
    }

    /// Spending counted to the year's end, named with that date (截至 12 月 31 日 / 12 月底 / 年底实际支出 B): the year's
    /// spending, its rate checked against the budget (it had been read as an unknown item); to a date within the year
    /// it is still no outturn.
    @Test func spendingCountedToTheYearsEnd() {
        for date in ["截至12月31日", "截至12月底", "截至2023年12月31日", "截至年底"] {
            expectRightAndWrong({ checks("某项目2023年度绩效自评报告\n一、项目资金情况。该项目年初预算资金150万元，项目资金150万元已全部拨付到位，\(date)实际支出142.5万元，支出率\($0)%。\n") },
                                right: "95", wrong: "90", recomputed: 95, where: { $0.rule == "execution-rate" })
        }
        let midYear = extraction("某项目2023年度绩效自评报告\n一、项目资金情况。该项目年初预算资金150万元，截至6月底实际支出70万元，支出率46.67%。\n")
        #expect(!midYear.figures.contains { $0.indicator == "project_expenditure" })
    }

    /// A project's funds broken down by the sources of the self-evaluation form (项目资金总额 A，其中：本年财政拨款 a，上年
    /// 结转资金 b；全年执行数 B，执行率 r): the budget, r = 100 x B / A (A had been read as spent, r unchecked); a balance
    /// broken down by the same sources (结余资金 C，其中：财政拨款结余 …) stays a balance.
    @Test func aProjectsFundsByTheFormsSources() {
        for label in ["项目资金总额", "项目资金", "年度资金总额"] {
            expectRightAndWrong({ checks("某镇2023年度项目支出绩效自评报告\n一、项目资金情况。2023年\(label)120万元，其中：本年财政拨款100万元，上年结转资金20万元。全年执行数118.5万元，执行率\($0)%。\n") },
                                right: "98.75", wrong: "97.75", recomputed: 100 * 118.5 / 120, where: { $0.rule == "execution-rate" })
        }
        let balance = extraction("某局2023年度部门决算\n一、结转结余情况。2023年度结余资金50万元，其中：财政拨款结余30万元，上年结转结余20万元。\n")
        #expect(balance.statements.first.map { $0.key == "carryover:actual" } == true, "\(balance.statements.map(\.key))")
    }

    /// The full marks named 分值 in parentheses after a score (执行率 90%，该项得分 9 分（分值 10 分）), as 满分 there was:
    /// the execution score against marks x rate (it had gone unchecked, the marks unread).
    @Test func fullMarksNamedAfterTheScore() {
        for marks in ["分值", "满分"] {
            expectRightAndWrong({ checks("某镇2023年度项目支出绩效自评报告\n二、评价情况。全年预算数120万元，全年执行数108万元，执行率90%，该项得分\($0)分（\(marks)10分）。\n") },
                                right: "9", wrong: "8", recomputed: 9, where: { $0.rule == "score-weight" })
        }
    }

    /// An execution rate stated before the spending it is of, in one clause list (项目预算 A。资金执行率 r，实际支出 B):
    /// r = 100 x B / A (it had gone unchecked); money left or another year's spending after the rate is none of it.
    @Test func anExecutionRateBeforeItsSpending() {
        let report = "某县2023年度某项目绩效自评报告\n一、资金情况。"
        expectRightAndWrong({ checks(report + "项目预算2000万元。资金执行率\($0)%，实际支出1900万元。\n") }, right: "95", wrong: "96",
                            recomputed: 95, where: { $0.rule == "execution-rate" })
        for after in ["年末结转100万元", "结转结余资金100万元", "节约资金100万元", "上年实际支出1800万元"] {
            #expect(!checks(report + "项目预算2000万元，执行率95%，\(after)。\n").contains { $0.rule == "execution-rate" }, "\(after)")
        }
    }

    /// All the money paid out (项目资金总额 A，…，实际拨付资金 A，拨付率 100%): the rate over a whole as large as what was
    /// paid, when nothing larger stands before it (it had gone unchecked); a larger whole before it is still the one. (A
    /// rate below 100% over two equal amounts is left alone: the equal one may be the spending, not the whole.)
    @Test func allOfTheMoneyPaidOut() {
        let report = "某县2024年度某项目绩效自评报告\n一、资金情况。"
        expectRightAndWrong({ checks(report + "项目资金总额5016万元，其中：中央资金4500万元，省级资金516万元。实际拨付资金\($0)万元，拨付率100%。\n") },
                            right: "5016", wrong: "4900", recomputed: 100, recomputedWrong: 100 * 4900 / 5016.0, where: { $0.rule == "done-rate" })
        let larger = checks(report + "项目预算6000万元，实际支出5016万元；已拨付5016万元，拨付率83.6%。\n").filter { $0.rule == "done-rate" }
        #expect(larger.count == 1 && larger.allSatisfy { $0.consistent && abs($0.recomputed - 100 * 5016 / 6000.0) < 1e-9 }, "\(larger)")
    }

    /// A sum paid at a standard per unit for a count in 万 of that unit (补贴面积 45.6 万亩，每亩 110 元), or at a standard
    /// written as money per unit (补贴标准为 110 元/亩; 按 110 元/亩的标准): count x standard, the count rounded to 500 亩
    /// (both had gone unchecked); a bound per unit (成本 ≤110 元/亩) is no standard.
    @Test func aSumAtAStandardPerUnitOfALargeCount() {
        let report = "某县2024年度耕地地力保护补贴项目绩效自评报告\n一、项目概况。"
        for sentence in ["2024年全县补贴面积45.6万亩，补贴标准每亩110元，发放补贴资金{}万元。", "2024年全县补贴面积45.6万亩，补贴标准为110元/亩，共发放补贴资金{}万元。",
                         "按110元/亩的标准，对全县45.6万亩耕地发放补贴{}万元。"] {
            expectRightAndWrong({ checks(report + sentence.replacingOccurrences(of: "{}", with: $0) + "\n") }, right: "5016", wrong: "5100",
                                recomputed: 456_000 * 0.011, where: { $0.rule == "standard" })
        }
        #expect(!checks(report + "全县补贴面积45.6万亩，亩均成本≤110元/亩的标准，发放补贴资金5100万元。\n").contains { $0.rule == "standard" })
        #expect(!checks(report + "全年资助2356人次，资助标准800元/人次以内，发放资金190万元。\n").contains { $0.rule == "standard" })
    }

    /// A sum paid at a standard per day (12,500 学生，每生每天 5 元，全年 200 天): count x standard x the days its sentence
    /// counts, the standard exact to the fen (its rounding in whole 元 times 2.5 million pupil-days would excuse 125 万元);
    /// the standard may follow the name of what is paid (每人每天补助 30 元, 每人每天综合定额标准 150 元). Without the days,
    /// or with two counts of them, or with the days only as a change (较上年增加 20 天) or a deadline (30 天内) beside
    /// one count, or with the days of each month (每月按 30 天计算), or at one cost's standard (住宿费标准 before a whole
    /// training's cost), nothing (they all had gone unchecked).
    @Test func aSumAtAStandardPerDay() {
        let report = "某县教育局2024年度农村义务教育学生营养改善计划项目支出绩效自评报告\n一、项目概况\n"
        for sentence in ["2024年全县受益学生12,500人，按每生每天5元、全年200天的标准，全年安排营养膳食补助资金{}万元。",
                         "2024年全县受益学生12,500人，补助标准为每生每天5元，按200天计算，全年安排资金{}万元，较上年增加20天。",
                         "2024年全县受益学生12,500人，每生每天补助5元，全年200天，30天内拨付到位，发放资金{}万元。"] {
            expectRightAndWrong({ checks(report + sentence.replacingOccurrences(of: "{}", with: $0) + "\n") }, right: "1,250.00", wrong: "1,350.00",
                                recomputed: 1250, where: { $0.rule == "standard" })
        }
        expectRightAndWrong({ checks(report + "举办培训班1期，培训学员200人，培训5天，每人每天综合定额标准150元，共支出培训费\($0)万元。\n") },
                            right: "15.00", wrong: "16.00", recomputed: 15, where: { $0.rule == "standard" })
        for none in ["2024年救助特困人员86人，每人每天补助30元，全年发放资金94.17万元。", "2024年救助特困人员86人，每人每天补助30元，春节前10天、全年365天，发放资金94.17万元。",
                     "2024年救助特困人员86人，每人每天不超过30元，全年365天，发放资金94.17万元。",
                     "2024年救助特困人员86人，每人每天补助30元，每月按30天计算，全年发放资金92.88万元。",
                     "2024年举办培训班，培训学员50人，培训3天，住宿费标准每人每天350元，共支出培训费8.50万元。"] {
            #expect(!checks(report + none + "\n").contains { $0.rule == "standard" }, "\(none)")
        }
    }

    /// An average over an amount in 亿元 (补贴 2.35 亿元，惠及 126,000 人，人均 1,868 元): the amount is 2.35 ± 0.005 亿元, as
    /// the sentences' reader takes it (it had been taken to ±0.5 万元: a false alarm on an average of the unrounded sum).
    @Test func anAverageOverAnAmountInYi() {
        expectRightAndWrong({ checks("关于某县2024年预算执行情况的报告\n一、民生支出。全年发放惠民惠农补贴2.35亿元，惠及群众126000人，人均补贴\($0)元。\n") },
                            right: "1868", wrong: "1900", recomputed: 23_500 / 126_000.0, where: { $0.rule == "average" })
    }

    /// A balance carried over stated before the budget of its rate (年末结转结余资金 C，全年预算 A，结转结余率 r): r = 100 x C
    /// / A (the budget had been read as the balance's, the rate unchecked).
    @Test func aCarryoverRateAfterTheBalanceAndTheBudget() {
        expectRightAndWrong({ checks("某局2024年度部门整体支出绩效自评报告\n二、评价情况。结转结余率：年末结转结余资金25万元，全年预算1080万元，结转结余率\($0)%。\n") },
                            right: "2.31", wrong: "3.31", recomputed: 100 * 25 / 1080.0, where: { $0.rule == "carryover-rate" })
    }

    /// Things counted in 场次 (户次, 车次, 架次), as in 人次: 全年举办公共文化活动 126 场次，完成年度目标 120 场次的 r is
    /// checked (the unit was unknown, the completion unread).
    @Test func countsInShowings() {
        expectRightAndWrong({ checks("某局2024年度部门整体支出绩效自评报告\n三、绩效目标实现情况。全年举办公共文化活动126场次，完成年度目标120场次的\($0)%。\n") },
                            right: "105", wrong: "110", recomputed: 105, where: { $0.rule == "target-completion" })
    }

    /// Funds left unspent right after an execution rate whose terms go by names no subject of the vocabulary gives
    /// (全年预算数 A，全年执行数 B，预算执行率 r，结余资金 C; 未支出资金; the budget further back, 调整后预算数 A。…实际支出 B):
    /// C = A - B, the terms the rate divided being one item's (they had gone unchecked); a project's balance, or one
    /// opened by 其中, is only a part of that and is left alone.
    @Test func unspentFundsAfterTheRatesOwnTerms() {
        let report = "某镇人民政府2024年度部门整体支出绩效自评报告\n（一）预算执行情况。2024年"
        for (terms, name) in [("全年预算数2,486.30万元，全年执行数2,398.52万元", "结余资金"), ("全年预算数2,486.30万元，全年执行数2,398.52万元", "未支出资金"),
                              ("调整后预算数2,486.30万元。全年共开展项目12个，实际支出2,398.52万元", "结余资金")] {
            expectRightAndWrong({ checks(report + terms + "，预算执行率96.47%，\(name)\($0)万元。\n") }, right: "87.78", wrong: "80.00",
                                recomputed: 2486.30 - 2398.52, where: { $0.rule == "saving" })
        }
        for part in ["其中项目结余资金60.00万元", "项目结余资金60.00万元"] {
            #expect(!checks(report + "全年预算数2,486.30万元，全年执行数2,398.52万元，预算执行率96.47%，\(part)。\n").contains { $0.rule == "saving" }, "\(part)")
        }
    }

    /// The year-end balance at the head of a section of its own, sections after the year's one execution rate
    /// (（一）…全年预算数 A，全年执行数 B，预算执行率 r。（二）“三公”经费…。（三）结余情况。年末结转结余 C): C = A - B (it had
    /// gone unchecked: the 三公 spending between barred it). Not under a heading that names no balance, nor when a
    /// balance carried in is stated between (the balance is then also of that).
    @Test func aBalanceInItsOwnSectionAfterTheRate() {
        let report = "某镇人民政府2024年度部门整体支出绩效自评报告\n（一）预算执行情况。2024年全年预算数2,486.30万元，全年执行数2,398.52万元，预算执行率96.47%。\n"
            + "（二）“三公”经费。2024年“三公”经费支出8.46万元，其中公务用车运行维护费6.12万元，公务接待费2.34万元。\n"
        for heading in ["（三）结余情况。", "（三）结余情况\n", "3.结转结余情况："] {
            expectRightAndWrong({ checks(report + heading + "年末结转结余\($0)万元，主要为跨年度实施的道路硬化项目资金。\n") }, right: "87.78", wrong: "80.00",
                                recomputed: 2486.30 - 2398.52, where: { $0.rule == "saving" })
        }
        for section in ["（三）其他。年末结转结余87.78万元。", "（三）结转结余情况。年初结转结余20.00万元，年末结转结余87.78万元。"] {
            #expect(!checks(report + section + "\n").contains { $0.rule == "saving" }, "\(section)")
        }
    }

    /// Spending named bare (支出决算, 本年支出, 全年支出) in a numbered section whose heading names one item spent as such
    /// ((一)因公出国（境）费。全年安排团组 0 个，累计 0 人次；支出决算 0 万元): the item's (it was the department's total
    /// spending, and the “三公” total's parts went unadded). Not under the title, nor where the label names more (本单位全年支出).
    @Test func bareSpendingUnderAnItemsHeading() {
        let title = "某局2023年度“三公”经费决算说明\n"
        for (section, item) in [("（一）因公出国（境）费。全年安排因公出国（境）团组0个，累计0人次；支出决算0万元，与上年持平。", "three_public.travel"),
                                ("（三）公务接待费。2023年度支出决算8.22万元，比上年减少1.44万元。", "three_public.reception"),
                                ("（三）公务接待费。全年支出8.22万元，比上年减少1.44万元。", "three_public.reception"),
                                ("（四）会议费。全年召开会议12次，本年支出5.20万元。", "meetings")] {
            let read = extraction(title + section + "\n").statements.filter { $0.role == .level }
            #expect(read.map(\.key) == ["\(item):actual"], "\(section): \(read.map(\.key))")
        }
        for (text, key) in [("某局部门决算及“三公”经费说明\n2023年度本年支出1,286.40万元，比上年增加86.20万元。\n", "expenditure:actual"),
                            (title + "（二）公务接待费。本单位全年支出5,000.00万元中，公务接待费8.22万元。\n", "expenditure:actual")] {
            #expect(extraction(text).statements.first?.key == key, "\(text)")
        }
    }

    /// The change of a “三公” total against its parts' changes where the parts are sections of their own, not a 其中 list
    /// (与上年相比，“三公”经费支出减少 C；(一)…与上年持平；(二)公务用车购置及运行维护费…比上年减少 a；(三)公务接待费…比上年减少
    /// b): C = 0 + a + b, the vehicles' change standing for its purchase and running. A part stated without a change (公务用车
    /// 购置费 0 万元 beside the running costs' change) leaves it unchecked: last year's purchase is not known.
    @Test func aTotalsChangeAgainstItsSectionsChanges() {
        let opening = "某局2023年度“三公”经费决算说明\n2023年度“三公”经费财政拨款支出决算为46.82万元，完成预算的78.03%。与上年相比，“三公”经费支出减少"
        let sections = "万元，下降10.27%。\n（一）因公出国（境）费。全年安排因公出国（境）团组0个，累计0人次；支出决算0万元，与上年持平。\n"
            + "（二）公务用车购置及运行维护费。2023年度公务用车购置及运行维护费支出决算为38.60万元，比上年减少3.92万元。其中：公务用车购置费0万元；公务用车运行维护费38.60万元。\n"
            + "（三）公务接待费。2023年度公务接待费支出决算为8.22万元，比上年减少1.44万元。\n"
        expectRightAndWrong({ checks(opening + $0 + sections) }, right: "5.36", wrong: "5.00", recomputed: -5.36, recomputedWrong: -5.36,
                            where: { $0.rule == "change-breakdown" })
        let runningOnly = sections.replacingOccurrences(of: "38.60万元，比上年减少3.92万元。其中", with: "38.60万元。其中")
            .replacingOccurrences(of: "公务用车运行维护费38.60万元。", with: "公务用车运行维护费38.60万元，比上年减少3.92万元。")
        #expect(!checks(opening + "5.36" + runningOnly).contains { $0.rule == "change-breakdown" })
        // (A part's change only about its own figure: not the change of the same item paid from appropriations alone.)
        let spending = "某局2023年度部门决算\n三、支出决算情况说明。2023年度本年支出合计1,241.30万元，比上年增加72.65万元。\n（一）基本支出。2023年度基本支出826.40万元。\n"
            + "（二）项目支出。2023年度项目支出414.90万元，比上年增加40.55万元。\n"
        let ofAppropriations = "六、一般公共预算财政拨款基本支出决算情况说明。2023年度一般公共预算财政拨款基本支出800.00万元，比上年增加30.00万元。\n"
        #expect(!checks(spending + ofAppropriations).contains { $0.rule == "change-breakdown" })
    }

    /// Shares in a section whose heading names the whole they make up ((一)…2025年一般公共预算当年拨款 T。（二）一般公共预算
    /// 当年拨款结构情况。卫生健康支出 A，占 r%；…): each of T (they had gone unchecked, no whole named after 占). Not a
    /// whole named by a bare word (支出结构情况 after 本年支出合计): 基本支出 would answer to it for the next share.
    @Test func sharesUnderAHeadingNamingTheirWhole() {
        let report = "某局2025年部门预算情况说明\n（一）一般公共预算当年拨款规模变化情况。2025年一般公共预算当年拨款6,126.80万元，比2024年预算增加346.20万元。\n"
            + "（二）一般公共预算当年拨款结构情况。卫生健康支出5,312.40万元，占"
        expectRightAndWrong({ checks(report + $0 + "%；社会保障和就业支出486.20万元，占7.94%；住房保障支出328.20万元，占5.36%。\n") }, right: "86.71", wrong: "80.71",
                            recomputed: 100 * 5312.40 / 6126.80, where: { $0.rule == "share" && $0.check.contains("卫生健康支出") })
        let spending = "某局2023年度部门决算\n三、支出决算情况说明。2023年度本年支出合计1,241.30万元，比上年增加72.65万元。\n"
            + "（一）支出结构情况。基本支出826.40万元，占66.58%；项目支出414.90万元，占33.42%。\n"
        #expect(!checks(spending).contains { !$0.consistent }, "\(checks(spending))")
    }

    /// A sentence that looks at the figures (从审计结果看，…总体较好。) before amounts larger than any stated before it
    /// breaks down no earlier total: 市级一般公共预算收入 486.20 亿元 and 支出 612.58 亿元 are no parts of 涉及金额 3.62 亿元 (a
    /// false alarm); a total that can hold them still is broken down.
    @Test func aClassificationBeforeAmountsNoEarlierTotalHolds() {
        let audit = "市审计局2024年度审计工作报告解读\n移送违纪违法问题线索28件，涉及金额3.62亿元，较上年增加0.84亿元。\n从审计结果看，市级预算执行总体较好。"
            + "2024年市级一般公共预算收入486.20亿元，市级一般公共预算支出612.58亿元。\n"
        let found = checks(audit)
        #expect(!found.contains { !$0.consistent || $0.rule == "breakdown" }, "\(found)")
        let income = "某局2023年度部门决算\n二、收入决算情况说明。2023年度本年收入合计1,268.45万元。从收入来源看，财政拨款收入1,180.00万元，其他收入"
        expectRightAndWrong({ checks(income + $0 + "万元。\n") }, right: "88.45", wrong: "98.45", recomputed: 1268.45, recomputedWrong: 1278.45,
                            where: { $0.rule == "breakdown" })
    }

    /// An average per unit with its division worked in parentheses after it (单位造价 9.34 万元/公里（1,742.36 万元÷186.5
    /// 公里）; 人均补助 0.35 万元/人（420.00 万元/1,200 人）): the amount over the count (it had gone unchecked). Not with a
    /// count in another unit than the average's, nor with words inside the parentheses.
    @Test func anAverageWorkedOutInParentheses() {
        let report = "某县2024年度某项目绩效自评报告\n一、成本指标。"
        expectRightAndWrong({ checks(report + "项目实际单位造价为\($0)万元/公里（1,742.36万元÷186.5公里），低于控制标准。\n") }, right: "9.34", wrong: "9.84",
                            recomputed: 1742.36 / 186.5, where: { $0.rule == "average" })
        expectRightAndWrong({ checks(report + "人均补助\($0)万元/人（420.00万元/1,200人）。\n") }, right: "0.35", wrong: "0.45",
                            recomputed: 0.35, where: { $0.rule == "average" })
        for text in ["单位造价9.34万元/公里（1,742.36万元÷186.5亩）。", "单位造价9.34万元/公里（按1,742.36万元÷186.5公里计算）。"] {
            #expect(!checks(report + text + "\n").contains { $0.rule == "average" }, "\(text)")
        }
    }

    /// One 其中 part of a count alone, with its share (受益人口 426 人，其中脱贫人口 82 人，占 19.25%): the share of the
    /// whole is checked (the counts' reader wanted two parts); nothing is added up, and a share of another whole named
    /// after 占 (占全县脱贫人口的 60.00%) is left alone.
    @Test func oneCountedPartWithItsShare() {
        let report = "某县2024年度某项目绩效自评报告\n一、产出情况。受益人口426人，其中脱贫人口82人，"
        expectRightAndWrong({ checks(report + "占\($0)%。\n") }, right: "19.25", wrong: "20.25", recomputed: 100 * 82 / 426.0, where: { $0.rule == "share" })
        #expect(!checks(report + "占全县脱贫人口的60.00%。\n").contains { $0.rule == "share" || $0.rule == "breakdown" })
        #expect(!checks(report + "占19.25%。\n").contains { $0.rule == "breakdown" })
    }

    /// A list of a whole's parts, each with its change, the first naming its base and the rest not (因公出国（境）经费
    /// 17.44 万元，比预算数减少 1.94 万元；公务用车购置及运行费 30.87 万元，减少 3.72 万元；…): the bare changes are from the
    /// same base, so the whole's change against the budget is their sum; a part whose change names another base is left
    /// out of it.
    @Test func bareChangesOfPartsFromTheBaseNamedBefore() {
        let report = "某市商务局“三公”经费决算情况\n2024年本部门财政拨款的“三公”经费支出合计53.73万元，比预算数减少9.43万元。“三公”经费中，"
            + "因公出国（境）经费17.44万元，比预算数减少1.94万元；公务用车购置及运行费30.87万元，减少3.72万元；公务接待费5.42万元，"
        expectRightAndWrong({ checks(report + "减少\($0)万元。\n") }, right: "3.77", wrong: "3.67", recomputed: -9.43, recomputedWrong: -9.33,
                            where: { $0.rule == "change-breakdown" })
        #expect(!checks(report + "比上年减少3.77万元。\n").contains { $0.rule == "change-breakdown" })
    }

    /// A total of both sides, then the revenue's list of one item and the spending's list (财政拨款收支总预算 T 元。收入
    /// 包括：一般公共预算拨款 T 元。支出包括：A、B、C、D): the spending's items add up to the total stated before both
    /// lists; a sentence between that is no list still parts them.
    @Test func aSpendingListAfterARevenueListOfOneItem() {
        let report = "某县文化馆2025年部门预算公开说明\n四、财政拨款收支预算总体情况说明\n2025年财政拨款收支总预算1,286,450.20元。"
        let spending = "支出包括：文化旅游体育与传媒支出1,010,280.50元、社会保障和就业支出138,620.30元、卫生健康支出52,310.60元、住房保障支出"
        expectRightAndWrong({ checks(report + "收入包括：一般公共预算拨款1,286,450.20元。" + spending + "\($0)元。\n") }, right: "85,238.80", wrong: "85,283.80",
                            recomputed: 101.02805 + 13.86203 + 5.23106 + 8.52388, recomputedWrong: 101.02805 + 13.86203 + 5.23106 + 8.52838,
                            where: { $0.rule == "breakdown" })
        #expect(!checks(report + "一般公共预算拨款1,286,450.20元。" + spending + "85,238.80元。\n").contains { $0.rule == "breakdown" })
    }

    /// A base named by its year and its stage or measure in two words (比 2024 年预算执行数 3,581.40 万元减少 119.22 万元；
    /// 比 2024 年年初预算 3,390.00 万元增加 72.18 万元): the level compared with, not a level of its own that the change
    /// and its percent would be about (a false alarm on the percent: 119.22 over 3,581.40 + 119.22).
    @Test func aBaseNamedByItsYearStageAndMeasure() {
        let report = "某区人力资源和社会保障局2025年部门预算公开\n一、收支预算总体情况\n2025年收支总预算3,462.18万元，"
        for base in ["比2024年预算执行数3,581.40万元", "比上年预算执行数3,581.40万元"] {
            expectRightAndWrong({ checks(report + base + "减少119.22万元，下降\($0)%。\n") }, right: "3.33", wrong: "3.22",
                                recomputed: -100 * 119.22 / 3581.40, where: { $0.rule == "change-percent" })
        }
        expectRightAndWrong({ checks(report + "比2024年年初预算3,390.00万元增加\($0)万元。\n") }, right: "72.18", wrong: "72.81",
                            recomputed: 3462.18 - 3390.00, where: { $0.rule == "change" })
    }

    /// Items each followed by what was done of it under one bare word (实际完成投资 812.40 万元。其中：中央资金 500.00 万元，
    /// 已完成 500.00 万元；省级资金 200.00 万元，已完成 186.40 万元；…): what was done adds up to the total that names
    /// the act, the items themselves to nothing here (a false alarm when all six were added).
    @Test func itemsEachWithWhatWasDoneOfIt() {
        let report = "某县2024年度农村饮水安全巩固提升项目绩效自评报告\n项目计划投资860.00万元，"
        let list = "其中：中央资金500.00万元，已完成500.00万元；省级资金200.00万元，已完成186.40万元；县级配套160.00万元，已完成"
        expectRightAndWrong({ checks(report + "实际完成投资812.40万元。" + list + "\($0)万元。\n") }, right: "126.00", wrong: "162.00",
                            recomputed: 812.40, recomputedWrong: 848.40, where: { $0.rule == "breakdown" })
        #expect(!checks(report + "实际支出812.40万元。" + list + "126.00万元。\n").contains { $0.rule == "breakdown" })
    }

    /// Rates of funds received, the whole's and then each fund's (资金到位率 94.47%，其中中央资金到位率 100%; 中央资金到位
    /// 500 万元，到位率 100%): a fund's rate is its receipts over its own budget, or unchecked when the text states
    /// neither (three false alarms against the whole's budget).
    @Test func ratesOfFundsReceivedByFund() {
        let report = "某县2024年度农村饮水安全巩固提升项目绩效自评报告\n"
        let rates = checks(report + "项目总预算860万元，实际到位资金812.4万元，资金到位率94.47%，其中中央资金到位率100%，省级资金到位率93.2%，县级配套资金到位率78.75%。\n")
            .filter { $0.rule == "funds-received-rate" }
        #expect(rates.count == 1 && rates.allSatisfy { $0.consistent && $0.stated == 94.47 && abs($0.recomputed - 100 * 812.4 / 860) < 1e-9 }, "\(rates)")
        let budgets = "项目总预算860万元，其中中央资金预算500万元，省级资金预算200万元，县级配套资金预算160万元。实际到位资金812.4万元，资金到位率94.47%，"
        expectRightAndWrong({ checks(report + budgets + "其中中央资金到位500万元，到位率\($0)%。\n") }, right: "100", wrong: "58.14",
                            recomputed: 100, where: { $0.rule == "funds-received-rate" && $0.stated != 94.47 })
        expectRightAndWrong({ checks(report + budgets + "其中县级配套资金到位126万元，县级配套资金到位率\($0)%。\n") }, right: "78.75", wrong: "14.65",
                            recomputed: 100 * 126 / 160.0, where: { $0.rule == "funds-received-rate" && $0.stated != 94.47 })
        // (The whole's receipts named by a word for a sum, 共计到位 or 合计到位, are no fund's.)
        for sum in ["共计", "合计"] {
            expectRightAndWrong({ checks(report + "项目预算资金2,300.00万元。中央财政资金到位1,820.00万元，县级配套资金到位456.00万元，\(sum)到位2,276.00万元，资金到位率\($0)%。\n") },
                                right: "98.96", wrong: "98.69", recomputed: 100 * 2276 / 2300.0, where: { $0.rule == "funds-received-rate" })
        }
    }

    /// A rate with the ratio of two bare numbers in parentheses after it (支付率 96.09%（780.60/812.40）, （780.60÷812.40×
    /// 100%）, (1,234.50/1,296.80)): the rate against that ratio; not after a change (增长 5.2%（2,345.6/2,229.4）: the two
    /// levels), nor of years (（2023/2024）).
    @Test func aRateWithItsRatioOfBareNumbersInParentheses() {
        let report = "某县2024年度农村饮水安全巩固提升项目绩效自评报告\n项目累计支付资金780.60万元，"
        for ratio in ["（780.60/812.40）", "（780.60÷812.40×100%）", "(780.60/812.40)"] {
            expectRightAndWrong({ checks(report + "支付率\($0)%" + ratio + "。\n") }, right: "96.09", wrong: "96.90", recomputed: 100 * 780.60 / 812.40,
                                where: { $0.rule == "formula" })
        }
        expectRightAndWrong({ checks(report + "预算执行率\($0)%(1,234.50/1,296.80)。\n") }, right: "95.2", wrong: "92.5", recomputed: 100 * 1234.50 / 1296.80,
                            where: { $0.rule == "formula" })
        for text in ["同比增长5.2%（2,345.6/2,229.4）。", "受益人口增长率2.5%（2023/2024）。", "完成率2.5%（2023/2024）。"] {
            #expect(!checks(report + text + "\n").contains { $0.rule == "formula" }, "\(text)")
        }
    }

    /// Groups' full marks, scores and deductions in a row, then the total (部门决策类指标满分 20 分，自评得分 18 分，扣 2 分；部门
    /// 管理类指标满分 30 分，得分 26.5 分，扣 3.5 分；…。综上，…自评得分为 88.5 分): each group's score is its own (the first
    /// was read as the total score, a wrong figure), the total adds them up, each deduction is its group's.
    @Test func groupsScoresThenTheTotal() {
        let report = "某县水利局2024年度部门整体支出绩效自评报告\n部门决策类指标满分20分，自评得分18分，扣2分；部门管理类指标满分30分，得分26.5分，扣3.5分；"
            + "部门绩效类指标满分50分，得分44分，扣6分。综上，部门整体支出绩效自评得分为"
        let figures = extraction(report + "88.5分，等级为良。\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures == ["score_total 88.5"], "\(figures)")
        expectRightAndWrong({ checks(report + "\($0)分，等级为良。\n") }, right: "88.5", wrong: "89.5", recomputed: 88.5, where: { $0.rule == "score-sum" })
        let deductions = checks(report + "88.5分，等级为良。\n").filter { $0.rule == "score-deduction" }
        let recomputed = deductions.map(\.recomputed).sorted()
        #expect(deductions.count == 3 && deductions.allSatisfy(\.consistent) && recomputed == [2, 3.5, 6], "\(deductions)")
    }

    /// A total's budget and actual, then its items' each (“三公”经费年初预算 15.00 万元，支出决算 12.36 万元。其中：公务用车…
    /// 年初预算 11.00 万元，支出决算 9.80 万元；公务接待费年初预算 4.00 万元，…): the items' budgets add up to the total's
    /// budget as their actuals to its actual; a list much short of it names some items only (one budgeted, not spent).
    @Test func itemsBudgetsAddUpBesideTheirActuals() {
        let report = "某县审计局2024年度部门决算\n七、财政拨款“三公”经费支出决算情况说明\n2024年“三公”经费财政拨款年初预算"
        let items = "万元，支出决算12.36万元，完成预算的82.40%。其中：公务用车购置及运行维护费年初预算11.00万元，支出决算9.80万元；公务接待费年初预算"
        expectRightAndWrong({ checks(report + "15.00" + items + "\($0)万元，支出决算2.56万元。\n") }, right: "4.00", wrong: "4.50",
                            recomputed: 15.0, recomputedWrong: 15.5, where: { $0.rule == "breakdown" && $0.stated == 15 })
        #expect(!checks(report + "20.00" + items + "4.00万元，支出决算2.56万元。\n").contains { $0.rule == "breakdown" && $0.stated == 20 })
    }

    /// An indicator its heading names, its sentence pointing back at it (（一）预算编制科学性。该指标满分 5 分，因年中追加预算较多扣
    /// 1.5 分，得 3.5 分): its full marks, deduction and score by that name, the score against the marks less the deduction;
    /// the next heading's indicator is its own (（二）预算执行率。该指标满分 10 分, run into the line before).
    @Test func anIndicatorItsHeadingNames() {
        let report = "某县水利局2024年度部门整体支出绩效自评报告\n三、绩效指标分析\n（一）预算编制科学性。该指标满分5分，因年中追加预算较多扣1.5分，得"
        expectRightAndWrong({ checks(report + "\($0)分。\n") }, right: "3.5", wrong: "4", recomputed: 3.5, where: { $0.rule == "score-deduction" })
        let next = checks(report + "3.5分。（二）预算执行率。该指标满分10分，预算执行率为92.3%，按每低于100%一个百分点扣0.5分，扣3.85分，得6.15分。\n")
            .filter { $0.rule == "score-deduction" }
        let recomputed = next.map(\.recomputed).sorted()
        #expect(next.count == 2 && next.allSatisfy { $0.consistent } && recomputed.count == 2 && abs(recomputed[0] - 3.5) < 1e-9
                && abs(recomputed[1] - 6.15) < 1e-9, "\(next)")
    }

    /// A list whose last two names are joined by 和 (及, 与) and share a head noun written once (货物类、工程类和服务类采购
    /// 金额分别为 A、B 和 C, 市级、区级和镇级资金): three items, each with the noun, not two of which one holds the other two
    /// (a false alarm, and the third item's amount given to the second: a wrong figure); a name with 和 inside it stays one
    /// (卫生健康支出、社会保障和就业支出).
    @Test func aListsLastTwoNamesJoinedByAndShareTheirNoun() {
        let scale = "全市2023年政府采购简要情况\n2023年全市政府采购规模为210.7亿元。货物类、工程类和服务类采购金额分别为65.7亿元、"
        expectRightAndWrong({ checks(scale + "\($0)亿元和33.4亿元，占全市政府采购规模的比重分别为31.2%、53.0%和15.9%。\n") }, right: "111.6", wrong: "121.6",
                            recomputed: 2_107_000, recomputedWrong: 2_207_000, where: { $0.rule == "breakdown" })
        let shares = checks(scale + "111.6亿元和33.4亿元，占全市政府采购规模的比重分别为31.2%、53.0%和15.9%。\n").filter { $0.rule == "share" }
        let named = shares.map(\.check).sorted(), recomputed = shares.map(\.recomputed).sorted()
        let expected = [33.4, 65.7, 111.6].map { 100 * $0 / 210.7 }
        #expect(shares.count == 3 && shares.allSatisfy(\.consistent) && named.allSatisfy { $0.contains("类采购金额") }
                && zip(recomputed, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(shares)")
        // (The “三公” items' outturns after the total's, 公务用车购置及运行费 with its own 及.)
        let threePublic = "某局2023年度部门决算\n2023年度“三公”经费财政拨款支出预算为28.50万元，支出决算为21.36万元，完成预算的74.95%。"
            + "其中：因公出国（境）费、公务接待费和公务用车购置及运行费支出决算分别为0万元、3.12万元和"
        let items = extraction(threePublic + "18.24万元。\n").statements.map { "\($0.key) \(DecimalText.shortest($0.value))" }
        #expect(items.contains("three_public.vehicles:actual 18.24") && items.contains("three_public.reception:actual 3.12"), "\(items)")
        expectRightAndWrong({ checks(threePublic + "\($0)万元。\n") }, right: "18.24", wrong: "18.42", recomputed: 21.36, recomputedWrong: 21.54,
                            where: { $0.rule == "breakdown" })
        // (Words before the first name that say a measure, 安排, say every item's: the three add up to their 合计.)
        expectRightAndWrong({ checks("某局2023年度项目支出绩效自评报告\n2023年，我局共安排市级、区级和镇级资金分别为300万元、200万元和100万元，合计\($0)万元。\n") },
                            right: "600", wrong: "650", recomputed: 600, where: { $0.rule == "breakdown" })
        // (Unless 等 says the list was cut short: no check then.)
        #expect(!checks("某局2023年度部门决算\n2023年公用经费支出中，培训费3万元、会议费2万元等，合计8万元。\n").contains { $0.rule == "breakdown" })
        // (The verb after 分别 is no part of the last name; the 合计 after the list is no one item's.)
        let revenue = "某县2023年财政决算\n全年一般公共预算收入、政府性基金收入和国有资本经营收入分别完成45.6亿元、12.3亿元和0.8亿元，合计"
        expectRightAndWrong({ checks(revenue + "\($0)亿元。\n") }, right: "58.7", wrong: "57.8", recomputed: 587_000, where: { $0.rule == "breakdown" })
        let revenues = extraction(revenue + "58.7亿元。\n").statements.map { "\($0.key) \(DecimalText.shortest($0.value))" }
        #expect(revenues.filter { $0.hasPrefix("state_capital_revenue") } == ["state_capital_revenue:actual 8000"], "\(revenues)")
        // (Nor the whole some of its parts make when another is an item the vocabulary does not know: no basic spending.)
        let funds = "某局2023年决算\n2023年本部门人员经费、公用经费和专项经费分别为560.23万元、120.45万元和300.00万元，合计980.68万元，比上年增加50.12万元，增长5.39%。\n"
        let basic = extraction(funds).statements.filter { $0.subject == "basic" }
        let sums = checks(funds).filter { $0.rule == "breakdown" }
        #expect(basic.isEmpty && !checks(funds).contains { !$0.consistent } && sums.count == 1 && abs(sums[0].recomputed - 980.68) < 1e-9, "\(basic) \(sums)")
        // (A name with 和 inside it after a name ending otherwise is one name; so is a last name longer than the others
        // when what it has more is no noun they share, 文化旅游支出.)
        let culture = extraction("某县2023年度财政决算\n2023年本级支出合计300万元，其中教育、科技和文化旅游支出分别为100万元、50万元和150万元。\n").statements.map(\.label)
        #expect(!culture.contains("教育旅游支出"), "\(culture)")
        let social = extraction("某局2023年度部门决算\n2023年卫生健康支出、社会保障和就业支出分别为120.00万元和80.00万元。\n").statements.map(\.label)
        #expect(social.contains("社会保障和就业支出"), "\(social)")
    }

    /// Counts a 分别 list gives the names before it after 其中 (其中行政、事业和工勤人员分别为 25 人、12 人和 5 人; 行政人员和
    /// 事业人员分别为 30 人和 12 人; 一般公务用车、执法执勤用车和特种专业技术用车分别为 2 辆、5 辆和 1 辆): the whole's parts,
    /// added up as any 其中 list of counts (nothing was read before).
    @Test func countsAListGivesTheNamesBeforeIt() {
        let report = "某局2023年部门决算\n截至2023年底，本部门"
        expectRightAndWrong({ checks(report + "实有在职人员42人，其中行政、事业和工勤人员分别为25人、\($0)人和5人。\n") }, right: "12", wrong: "13",
                            recomputed: 42, recomputedWrong: 43, where: { $0.rule == "breakdown" })
        expectRightAndWrong({ checks(report + "实有人数42人，其中行政人员和事业人员分别为30人和\($0)人。\n") }, right: "12", wrong: "21",
                            recomputed: 42, recomputedWrong: 51, where: { $0.rule == "breakdown" })
        expectRightAndWrong({ checks(report + "实有车辆8辆，其中一般公务用车、执法执勤用车和特种专业技术用车分别为2辆、\($0)辆和1辆。\n") }, right: "5", wrong: "4",
                            recomputed: 8, recomputedWrong: 7, where: { $0.rule == "breakdown" })
        // (Names and counts that do not match one to one are no such list.)
        #expect(!checks(report + "实有人数42人，其中行政人员和事业人员分别为30人、10人和2人。\n").contains { $0.rule == "breakdown" })
    }

    /// A project's money total named by no act (本年度项目资金总额为 200 万元，实际支出 185.6 万元，预算执行率为 92.8%): the
    /// budget, as the self-evaluation form's row of that name (it was read as the spending, a wrong figure, and the rate
    /// went unchecked).
    @Test func aProjectsMoneyTotalIsItsBudget() {
        let report = "某局2023年度项目支出绩效自评报告\n本年度项目资金总额为200万元，实际支出185.6万元，预算执行率为"
        let figures = extraction(report + "92.8%。\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures.contains("project_budget 200") && figures.contains("project_expenditure 185.6"), "\(figures)")
        expectRightAndWrong({ checks(report + "\($0)%，结余资金14.4万元已按规定上缴财政。\n") }, right: "92.8", wrong: "93.8", recomputed: 92.8,
                            where: { $0.rule == "execution-rate" })
    }

    /// The department's revenue and spending budgets, their outturns named by the bare word, and each completion rate
    /// (部门预算收入总额 A，实际收入 B，收入完成率 r；预算支出总额 C，实际支出 D，支出完成率 s; 实际收入 B，完成率 r): 实际收入
    /// is the revenue's outturn (it was an unknown item), 预算支出总额 no revenue (it was read as the revenue's outturn, a
    /// wrong figure), each rate the outturn over its budget (neither was checked). 收入 named bare takes no other topic
    /// (财政收入 after 本年支出合计 stays an item of its own; 累计收入 in a project's report is no spending).
    @Test func revenueAndSpendingEachWithItsCompletionRate() {
        let report = "某局2023年度部门整体支出绩效自评报告\n2023年度部门预算收入总额1,856.32万元，实际收入1,834.21万元，收入完成率"
        let spending = "%；预算支出总额1,856.32万元，实际支出1,790.45万元，支出完成率"
        let statements = extraction(report + "98.81" + spending + "96.45%。\n").statements.map { "\($0.key) \(DecimalText.shortest($0.value))" }
        #expect(statements.contains("revenue:actual 1834.21") && !statements.contains("revenue:actual 1856.32"), "\(statements)")
        expectRightAndWrong({ checks(report + "\($0)" + spending + "96.45%。\n") }, right: "98.81", wrong: "98.18", recomputed: 100 * 1834.21 / 1856.32,
                            where: { $0.check.hasPrefix("revenue actual / budget") })
        expectRightAndWrong({ checks("某局2023年度部门整体支出绩效自评报告\n2023年度部门预算支出总额1,856.32万元，实际支出1,790.45万元，支出完成率\($0)%。\n") },
                            right: "96.45", wrong: "96.54", recomputed: 100 * 1790.45 / 1856.32, where: { $0.check.hasPrefix("expenditure actual / budget") })
        let other = extraction("某局2023年度部门决算\n本年支出合计1,200.00万元。财政收入800.00万元。\n").statements.map(\.key)
        let project = extraction("某局2023年度项目支出绩效自评报告\n项目总投资500万元，已完成投资420万元。累计收入30万元。\n").statements.map(\.key)
        #expect(other.contains("label:财政收入") && project.contains("label:累计收入"), "\(other) \(project)")
        expectRightAndWrong({ checks("某局2023年度部门决算\n2023年度部门收入预算1,856.32万元，实际收入1,834.21万元，完成率\($0)%。\n") }, right: "98.81", wrong: "98.18",
                            recomputed: 100 * 1834.21 / 1856.32, where: { $0.check.hasPrefix("revenue actual / budget") })
    }

    /// A ratio worked out in parentheses (公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%=（45.6/48）×100%=95%),
    /// and one on a line of its own under a heading or right under the title (一、绩效指标 / 预算执行率=1,298.60/1,352.40×100%=
    /// 96.02%; （一）预算执行率=…): each against 100 x numerator / denominator, named by its own line's words (neither was
    /// read: the name ran into the heading's or the title's line).
    @Test func ratiosWorkedOutInParenthesesOrOnTheirOwnLine() {
        let report = "某局2023年度部门整体支出绩效自评报告\n"
        expectRightAndWrong({ checks(report + "公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%=（45.6/48）×100%=\($0)%。\n") },
                            right: "95", wrong: "59", recomputed: 95, where: { $0.rule == "formula" })
        for line in ["一、绩效指标\n预算执行率=", "（一）预算执行率=", "一、绩效指标\n预算执行率=（"] {
            let close = line.hasSuffix("（") ? "）" : ""
            expectRightAndWrong({ checks(report + line + "1,298.60/1,352.40" + close + "×100%=\($0)%。\n") }, right: "96.02", wrong: "96.20",
                                recomputed: 100 * 1298.6 / 1352.4, where: { $0.rule == "formula" })
            let rates = extraction(report + line + "1,298.60/1,352.40" + close + "×100%=96.02%。\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
            #expect(rates == ["execution_rate 96.02"], "\(line): \(rates)")
        }
    }

    /// The sections' scores a 分别 list gives in order (决策、过程、产出和效益指标分别得分 19 分、18 分、36 分和 17 分，合计 90 分;
    /// 决策、过程、产出、效益四类指标分别得分 …，总得分 90 分): each its section's, the total their sum (nothing but the total
    /// was read, and a bare 合计 not even that).
    @Test func sectionsScoresInAListThenTheirTotal() {
        let report = "某局2023年度项目支出绩效自评报告\n"
        for (list, total) in [("决策、过程、产出和效益指标分别得分19分、18分、36分和17分，合计", "分。"),
                              ("按照评分标准，决策、过程、产出、效益四类指标分别得分19分、18分、36分和17分，总得分", "分。")] {
            expectRightAndWrong({ checks(report + list + "\($0)" + total + "\n") }, right: "90", wrong: "91", recomputed: 90, where: { $0.rule == "identity" })
            let scores = extraction(report + list + "90" + total + "\n").statements.map { "\($0.key) \(DecimalText.shortest($0.value))" }
            #expect(scores == ["score_decision: 19", "score_process: 18", "score_output: 36", "score_benefit: 17", "score_total: 90"], "\(scores)")
        }
    }

    /// A 分别 list of counts closed by its total (管理、专业技术和工勤技能岗位人员分别为 10 人、20 人和 30 人，共计 60 人): the
    /// total adds up the list (nothing was read), the first name without what leads to the list (本单位共有).
    @Test func countsAListGivesThenTheirClosingTotal() {
        let report = "某中心2023年度部门决算\n本单位共有管理岗位、专业技术岗位和工勤技能岗位人员分别为10人、20人和30人，共计"
        expectRightAndWrong({ checks(report + "\($0)人。\n") }, right: "60", wrong: "61", recomputed: 60, where: { $0.check.hasPrefix("共计") })
        let labels = extraction(report + "60人。\n").statements.map(\.label)
        #expect(labels.contains("管理岗位人员") && !labels.contains { $0.contains("共有") }, "\(labels)")
    }

    /// A class's bound in money (单价 100 万元以上专用设备 1 台（套）; 其中支出 100 万元以上的项目 3 个) is no amount: it was
    /// read as one (a 单价 of 100 万元, or a 100 万元 part of the appropriations' spending).
    @Test func aClassesBoundInMoneyIsNoAmount() {
        let devices = extraction("某局2023年度部门决算\n截至2023年12月31日，单价100万元以上专用设备1台（套），单价50万元以上通用设备2台。\n").statements
        #expect(!devices.contains { $0.unit == "万元" }, "\(devices.map(\.key))")
        let projects = extraction("某局2023年度部门决算\n2023年度一般公共预算财政拨款支出1,000万元，其中支出100万元以上的项目3个。\n").statements
        #expect(!projects.contains { $0.unit == "万元" && $0.value == 100 }, "\(projects.map(\.key))")
        // (A ceiling kept under, 控制在预算 23.00 万元以内, and an amount at a clause's end stay what they were.)
        let kept = extraction("某局2023年度部门决算\n2023年度“三公”经费支出20.50万元，全年培训支出12.00万元以上。\n").statements
        #expect(kept.contains { $0.value == 12 }, "\(kept.map(\.key))")
    }

    /// A budget named by budget words alone between the spending and the rate, in the rate's sentence (一般公共预算财政拨款
    /// 支出 A。全年预算 B，执行率 r): the rate is A over B (it went unchecked), when A is the only spending before it.
    @Test func aGenericBudgetAfterTheSpendingsSentence() {
        expectRightAndWrong({ checks("某局2023年度部门整体支出绩效自评报告\n2023年度一般公共预算财政拨款支出1,000万元。全年预算1,200万元，执行率\($0)%。\n") },
                            right: "83.33", wrong: "80.33", recomputed: 100 * 1000 / 1200.0, where: { $0.rule == "execution-rate" })
        // (Not after two things' spending, nor over a budget with a name of its own.)
        for text in ["2023年度基本支出800万元，项目支出200万元。全年预算1,200万元，执行率80%。", "2023年度全年支出1,000万元。培训项目预算50万元，执行率90%。"] {
            #expect(!checks("某局2023年度部门整体支出绩效自评报告\n" + text + "\n").contains { $0.rule == "execution-rate" }, "\(text)")
        }
    }

    /// Money per student in a school's report that counts its students in another section (在园幼儿 420 人 / 三、基本支出
    /// 预算情况 / 公用经费 77.70 万元，生均公用经费 1,850 元; 生均财政拨款 over 财政拨款收入): the amount over those students
    /// (neither was checked); students some of whom are counted (资助学生) are no such count.
    @Test func moneyPerStudentOverStudentsCountedElsewhere() {
        let school = "某幼儿园2025年单位预算公开说明\n一、单位基本情况\n2025年预计在园幼儿420人。\n二、收支预算总体情况\n2025年收入预算总额1,286.40万元，其中：财政拨款收入968.20万元，事业收入302.40万元，其他收入15.80万元。\n三、基本支出预算情况\n2025年基本支出预算1,058.60万元，其中：人员经费980.90万元，公用经费77.70万元，生均公用经费"
        expectRightAndWrong({ checks(school + "\($0)元。\n") }, right: "1,850", wrong: "1,580", recomputed: 77.7 / 420, where: { $0.check.hasPrefix("生均") })
        expectRightAndWrong({ checks(school + "1,850元。按在园幼儿数计算，生均财政拨款\($0)元。\n") }, right: "23,052.38", wrong: "23,502.38", recomputed: 968.2 / 420,
                            where: { $0.check.hasPrefix("生均") && $0.check.contains("968.2") })
        // (A project's report whose title names what the average is of, 生均公用经费项目 or 人员经费保障项目, with the count
        // sections before and no money near: nothing, where the range from the count's clause to it ran backwards, a crash.)
        for text in ["某中学2023年生均公用经费项目支出绩效自评报告\n一、基本情况\n本校2023年在校学生2,350人。\n三、绩效情况\n生均公用经费1,000元。\n",
                     "某局2023年人员经费保障项目支出绩效自评报告\n一、基本情况\n本局年末在职人员58人。\n三、绩效情况\n人均人员经费12.50万元。\n"] {
            #expect(checks(text).isEmpty)
        }
        // (Nor one level's average or standard, 高中生均公用经费 1,200 元 or 高中生均公用经费标准 1,200 元, over all the
        // students counted sections before: a false alarm each.)
        let levels = "某县第一中学2025年单位预算公开说明\n一、单位基本情况\n本校在校学生1,500人，其中初中生900人、高中生600人。\n二、基本支出预算情况\n2025年基本支出预算1,200.00万元，其中：人员经费1,050.00万元，公用经费150.00万元。"
        for text in ["高中生均公用经费1,200元。", "高中生均公用经费标准1,200元，初中生均公用经费标准800元。"] {
            #expect(checks(levels + text + "\n").allSatisfy { $0.consistent }, "\(text)")
        }
        let aided = "某中学2023年度单位决算\n一、基本情况\n全年资助学生320人。\n二、支出情况\n公用经费77.70万元，生均公用经费1,850元。\n"
        #expect(!checks(aided).contains { $0.check.hasPrefix("生均") })
    }

    /// A rate that names a part (项目支出执行率 r) sections after the part's only budget and spending (其中…项目支出预算 A，
    /// 支出 B, then a score table, then 项目支出执行率为 r): B over A (it went unchecked); a rate that names one project
    /// (培训项目支出执行率) is of that project's money, never another's (it was set against 农技推广项目's, a false alarm).
    @Test func aPartsRateSectionsAfterItsMoney() {
        let report = "某局2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年度部门预算1,286.40万元，其中基本支出预算980.00万元，支出968.30万元；项目支出预算306.40万元，支出285.82万元。\n二、绩效自评情况\n按照预算绩效管理要求，本部门开展绩效自评，决策、过程、产出和效益指标均已完成，自评等级为优，各项指标完成情况详见附表。\n三、存在的问题\n部分项目预算执行进度与预期目标存在差距，项目支出执行率为"
        expectRightAndWrong({ checks(report + "\($0)%。\n") }, right: "93.28", wrong: "92.38", recomputed: 100 * 285.82 / 306.4, where: { $0.rule == "execution-rate" })
        let other = "某局2023年度部门整体支出绩效自评报告\n本年度实施项目5个。其中，农技推广项目预算100万元，支出80万元。培训项目支出执行率为90%。\n"
        #expect(!checks(other).contains { $0.rule == "execution-rate" })
        expectRightAndWrong({ checks("某局2023年度部门整体支出绩效自评报告\n其中，培训项目预算100万元，支出80万元，培训项目支出执行率为\($0)%。\n") },
                            right: "80", wrong: "90", recomputed: 80, where: { $0.rule == "execution-rate" })
    }

    /// The money asked for (项目资金申请数 320 万元, then 预算批复数 300 万元，其中…; 实际支出 282.45 万元) is neither a budget nor
    /// an outturn: it was read as the project's spending (a wrong figure, and the 其中 parts of the approved budget were
    /// split between the two).
    @Test func theMoneyAskedForIsNoOutturn() {
        let report = "某县农业农村局2024年度高素质农民培育项目支出绩效自评报告\n项目资金申请数320.00万元，预算批复数300.00万元，其中中央补助资金240.00万元，省级补助资金60.00万元。截至2024年12月31日，实际支出282.45万元，预算执行率94.15%。\n"
        let figures = extraction(report).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures.contains("project_expenditure 282.45") && figures.contains("project_budget 300") && !figures.contains { $0.hasSuffix(" 320") }, "\(figures)")
        let sums = checks(report).filter { $0.rule == "breakdown" }
        #expect(sums.count == 1 && sums.allSatisfy { $0.consistent && $0.recomputed == 300 }, "\(sums)")
    }

    /// Shares after 分别占 for items stated with no 其中 after their whole (支出合计 T，基本支出 A、项目支出 B，分别占 a% 和 b%):
    /// in order (the first share went to the last item, a false alarm); and a 其中 list joined by 、 that adds up to its total
    /// ends there (其中政府采购货物支出 A、政府采购服务支出 B，授予中小企业合同金额 C，占…: C was added in, a false alarm).
    @Test func sharesInOrderAndAListThatEndsAtItsTotal() {
        let report = "某局2023年度部门决算\n2023年度支出合计1,000.00万元，基本支出700.00万元"
        for joint in ["、", "和"] {
            expectRightAndWrong({ checks(report + joint + "项目支出300.00万元，分别占\($0)%和30%。\n") }, right: "70", wrong: "75", recomputed: 70,
                                where: { $0.rule == "share" && $0.check.contains("基本支出") })
        }
        let procurement = "某局2023年度部门决算\n2023年度本单位政府采购支出总额120.00万元，其中政府采购货物支出20.00万元、政府采购服务支出"
        expectRightAndWrong({ checks(procurement + "\($0)万元，授予中小企业合同金额110.00万元，占政府采购支出总额的91.67%。\n") }, right: "100.00", wrong: "90.00",
                            recomputed: 120, recomputedWrong: 220, where: { $0.rule == "breakdown" })
    }

    /// Shares after 分别占 with no comma before it (基本支出 A 和项目支出 B 分别占 a% 和 b%): each item's (the second was
    /// not read); a budget's revenue by its sources closed by 其他资金, then the spending (部门预算收入 A，其中：财政拨款 a、
    /// 其他资金 b，实际支出 C): the sources add up to A, the spending no part of it (unchecked: C was read as a third part,
    /// and a list of two then fell short of its total).
    @Test func sharesWithNoCommaAndSourcesClosedByTheRest() {
        let shares = "某局2024年度部门决算说明\n2024年度支出合计1,250.00万元，基本支出800.00万元和项目支出450.00万元分别占64.00%和"
        expectRightAndWrong({ checks(shares + "\($0)%。\n") }, right: "36.00", wrong: "38.00", recomputed: 36,
                            where: { $0.rule == "share" && $0.check.contains("项目支出") })
        // (Changes after 分别 go to the items so too: 基本支出 A，项目支出 B 分别比上年增加 a 和 b; b was read as 项目支出's
        // level (a wrong figure), then as its second change, a false alarm.)
        let changes = "某局2024年度部门决算说明\n2024年度支出合计1,250.00万元，比上年增加"
        expectRightAndWrong({ checks(changes + "\($0)万元。基本支出800.00万元，项目支出450.00万元分别比上年增加10.00万元和20.00万元。\n") }, right: "30.00", wrong: "35.00",
                            recomputed: 30, where: { $0.rule == "change-breakdown" })
        let rates = extraction("某局2024年度部门决算说明\n2024年度收入合计1,300.00万元和支出合计1,250.00万元分别比上年增长5.00%和2.46%。\n").statements.filter { $0.unit == "%" }
        #expect(rates.map { "\($0.subject ?? "") \($0.value)" } == ["revenue 5.0", "expenditure 2.46"], "\(rates)")
        let revenue = "某局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n2024年部门预算收入1,500.00万元，其中：财政拨款1,200.00万元、其他资金"
        expectRightAndWrong({ checks(revenue + "\($0)万元，实际支出1,400.00万元，预算执行率93.33%。\n") }, right: "300.00", wrong: "200.00",
                            recomputed: 1500, recomputedWrong: 1400, where: { $0.rule == "breakdown" })
        // (A list of sources not closed by the rest may name some only: 其中：财政拨款 1,200.00 万元、事业收入 200.00 万元.)
        #expect(!checks("某局2024年度部门整体支出绩效自评报告\n2024年部门预算收入1,500.00万元，其中：财政拨款1,200.00万元、事业收入200.00万元。\n")
            .contains { $0.rule == "breakdown" })
        // (A total of both sides holds the spending: 收支总预算 T，其中：基本支出 a，项目支出 b.)
        let both = checks("某局2024年度部门预算\n2024年收支总预算1,500.00万元，其中：基本支出1,000.00万元，项目支出500.00万元。\n")
        #expect(both.contains { $0.rule == "breakdown" && $0.consistent && $0.recomputed == 1500 }, "\(both)")
    }

    /// A satisfaction degree over answers counted by band (收回有效问卷 186 份，其中非常满意 142 份、满意 38 份、基本满意 4 份、
    /// 不满意 2 份，按“非常满意”和“满意”计算，满意度为 96.77%): the bands it names (or, named by none, those whose share it
    /// is) over all the answers; it was set against the first band alone, a false alarm.
    @Test func satisfactionOverTheBandsItCounts() {
        let survey = "某县农业农村局2024年度高素质农民培育项目支出绩效自评报告\n（四）满意度指标\n发放满意度调查问卷186份，收回有效问卷186份，其中非常满意142份、满意38份、基本满意4份、不满意2份，"
        func bands(_ c: AuditCheck) -> Bool { c.rule == "target-completion" }
        expectRightAndWrong({ checks(survey + "按“非常满意”和“满意”计算，学员满意度为\($0)%。\n") }, right: "96.77", wrong: "98.92",
                            recomputed: 100 * 180 / 186.0, where: bands)
        expectRightAndWrong({ checks(survey + "按非常满意、满意、基本满意计，满意度\($0)%。\n") }, right: "98.92", wrong: "96.77",
                            recomputed: 100 * 184 / 186.0, where: bands)
        // (Named by none: the bands down to the one its share matches; else the bands with no reserve, 不 or 基本.)
        for (stated, counted) in [("96.77", 180.0), ("98.92", 184.0), ("76.34", 142.0)] {
            let c = checks(survey + "学员满意度为\(stated)%。\n").filter(bands)
            #expect(c.count == 1 && c.allSatisfy { $0.consistent && abs($0.recomputed - 100 * counted / 186) < 1e-9 }, "\(c)")
        }
        let wrong = checks(survey + "学员满意度为97.85%。\n").filter(bands)
        #expect(wrong.count == 1 && wrong.allSatisfy { !$0.consistent && abs($0.recomputed - 100 * 180 / 186.0) < 1e-9 }, "\(wrong)")
        // (Counted in the sentence before the degree's: …不满意 0 份。按“非常满意”和“满意”计，服务对象满意度为 r.)
        let before = "某县人力资源和社会保障局2023年度部门整体支出绩效自评报告\n共发放问卷200份，收回有效问卷186份，其中：非常满意142份，满意38份，基本满意6份，不满意0份。按“非常满意”和“满意”计，服务对象满意度为"
        expectRightAndWrong({ checks(before + "\($0)%，高于90%的年度目标。\n") }, right: "96.77", wrong: "97.67", recomputed: 100 * 180 / 186.0, where: bands)
        // (Answers counted in another unit than the questionnaires, 回收 480 份，其中：很满意 300 人…: no whole of them.)
        #expect(checks("某局2024年度部门整体支出绩效自评报告\n发放问卷500份，回收480份，其中：很满意300人、满意150人、一般25人、不满意5人，满意率98.96%。\n")
            .allSatisfy { $0.consistent })
    }

    /// A heading's score and full marks (（一）产出指标（40 分），得 36 分) against the headings numbered under it (1.数量指标
    /// （15 分），得 15 分 … 4.成本指标（5 分），得 5 分): their sums (unchecked before); not a sub-indicator's score stated in
    /// its paragraph, nor a list that does not run from 1, nor the report's total under a heading line of its own.
    @Test func aHeadingsScoreAgainstTheHeadingsUnderIt() {
        let report = "某县教育局2024年度部门整体支出绩效自评报告\n四、绩效指标完成情况\n（一）产出指标（40分），得"
        let rest = "分。\n1.数量指标（15分），得15分。全年资助家庭经济困难学生3,256人次，得8分；新建校舍12,000平方米，得7分。\n2.质量指标（10分），得9分。\n3.时效指标（10分），得7分。\n4.成本指标（5分），得5分。\n（二）效益指标（20分），得19分。\n"
        expectRightAndWrong({ checks(report + $0 + rest) }, right: "36", wrong: "38", recomputed: 36,
                            where: { $0.rule == "section-score" && $0.check == "产出指标 (2024) = 数量指标 + 质量指标 + 时效指标 + 成本指标" })
        expectRightAndWrong({ checks(report.replacingOccurrences(of: "（40分）", with: "（\($0)分）") + "36" + rest) }, right: "40", wrong: "45", recomputed: 40,
                            where: { $0.rule == "section-score" && $0.check.hasPrefix("产出指标 marks") })
        // (Full marks and score stated in words under another numbering: 2.效益指标：满分 30 分，自评得分 28 分 / （1）….)
        let words = "某县教育局2024年度项目支出绩效自评报告\n二、绩效评价指标得分情况\n2.效益指标：满分30分，自评得分28分。\n（1）社会效益指标满分20分，得18分。\n（2）可持续影响指标满分10分，得"
        expectRightAndWrong({ checks(words + $0 + "分。\n") }, right: "10", wrong: "9", recomputed: 28, recomputedWrong: 27,
                            where: { $0.rule == "section-score" && $0.check == "效益指标 (2024) = 社会效益指标 + 可持续影响指标" })
        // (A sub-indicator's score in the heading's paragraph is no score of the heading: 1.数量指标（20 分）：…，得 10 分；….)
        let paragraph = "某县教育局2024年度项目支出绩效自评报告\n四、绩效指标完成情况\n（一）产出指标（50分），得45分。\n1.数量指标（20分）：全年资助学生3,256人次，得10分；新建校舍12,000平方米，得8分。\n2.质量指标（30分），得27分。\n"
        #expect(!checks(paragraph).contains { $0.rule == "section-score" && !$0.check.contains("marks") })
        // (Nor headings numbered from 2 on: the first is missing.)
        let missing = "某县教育局2024年度项目支出绩效自评报告\n四、绩效指标完成情况\n（一）项目决策（20分），得18分。\n2.绩效目标（8分），得6分。\n3.资金投入（4分），得4分。\n"
        #expect(!checks(missing).contains { $0.rule == "section-score" })
        // (Nor the report's total under a heading line of its own, 三、绩效自评情况 / …自评得分 94.43 分, against the 一级 headings.)
        let total = "某区卫生健康委员会2023年度部门整体支出绩效自评报告\n三、绩效自评情况\n本部门开展自评，自评得分94.43分，等级为“优”。\n（一）投入（20分），得19.64分。\n（二）过程（30分），得28.5分。\n（三）产出（30分），得27.29分。\n（四）效果（20分），得18分。\n"
        #expect(!checks(total).contains { $0.rule == "section-score" })
    }

    /// A numbered line that names what it scores before a colon (1.产出指标：满分 50 分，得分 48 分): that section's full
    /// marks and score; the score was read as the report's total (a wrong figure) and the full marks not at all.
    @Test func fullMarksAfterANumberedLinesColon() {
        let report = "某县教育局2024年度学生资助项目支出绩效自评报告\n二、绩效评价指标得分情况\n1.产出指标：满分50分，得分48分。\n"
        let figures = extraction(report).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures == ["score_output 48"], "\(figures)")
        let statements = extraction(report).statements
        #expect(statements.contains { $0.role == .weight && $0.subject == "score_output" && $0.value == 50 }, "\(statements)")
        // (A line that names no indicator nor section, 1.综合评价 or 二、自评得分情况, gives the report's total still.)
        for line in ["1.综合评价：满分100分，得分95分。", "二、自评得分情况：满分100分，自评得分95分。"] {
            let total = extraction("某县教育局2024年度学生资助项目支出绩效自评报告\n" + line + "\n").figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
            #expect(total == ["score_total 95"], "\(line): \(total)")
        }
    }

    /// A section under a heading naming the structure of the year's appropriations (（二）一般公共预算当年拨款结构情况) after
    /// the money stated as 一般公共预算拨款收入: the parts and their shares of that money (unchecked: the heading's name and
    /// the label differ by 当年 and 收入).
    @Test func theStructureOfTheYearsAppropriationsByAnotherName() {
        let report = "某市第三中学2025年单位预算公开说明\n（一）一般公共预算当年拨款规模变化情况\n2025年一般公共预算拨款收入17,352,340.56元，比上年增加1,034,567.89元。\n（二）一般公共预算当年拨款结构情况\n教育支出15,152,340.56元，占"
        expectRightAndWrong({ checks(report + "\($0)%；社会保障和就业支出1,200,000.00元，占6.92%；住房保障支出1,000,000.00元，占5.76%。\n") },
                            right: "87.32", wrong: "83.72", recomputed: 100 * 15_152_340.56 / 17_352_340.56, where: { $0.rule == "share" && $0.check.contains("教育支出") })
        let sums = checks(report + "87.32%；社会保障和就业支出1,200,000.00元，占6.92%；住房保障支出1,000,000.00元，占5.76%。\n").filter { $0.rule == "breakdown" }
        #expect(sums.count == 1 && sums.allSatisfy { $0.consistent && abs($0.recomputed - 1_735.234056) < 1e-6 }, "\(sums)")
    }

    /// The parts' budgets beside their spending under the department's budget stated as its revenue (部门预算收入 A，支出 B。
    /// 其中基本支出预算 a，支出 b；项目支出预算 c，支出 d): a + c against A (unchecked: only b + d against B was).
    @Test func thePartsBudgetsAgainstTheBudgetsRevenue() {
        let report = "某局2023年度部门整体支出绩效自评报告\n2023年度部门预算收入1,286.40万元，支出1,254.12万元，预算执行率97.49%。其中基本支出预算"
        expectRightAndWrong({ checks(report + "\($0)万元，支出968.30万元；项目支出预算306.40万元，支出285.82万元。\n") }, right: "980.00", wrong: "990.00",
                            recomputed: 1286.4, recomputedWrong: 1296.4, where: { $0.rule == "breakdown" && $0.check.hasPrefix("部门预算收入") })
        // (Not a revenue total of another side's items when the spending's own budget is stated before it: 支出预算 A.)
        let spending = checks("某局2023年度部门整体支出绩效自评报告\n2023年度部门收入预算1,300.00万元，支出预算1,286.40万元，支出1,254.12万元。其中基本支出预算980.00万元，支出968.30万元；项目支出预算306.40万元，支出285.82万元。\n")
        #expect(spending.allSatisfy { $0.consistent } && spending.filter { $0.stated == 1286.4 }.count == 1, "\(spending)")
    }

    /// Money per person an activity reached, in a paragraph that counts no one (2.成本指标：人均培训成本 1,450 元): over the
    /// people counted before as reached (实际培训 1,286 人次) and the money spent on it (培训经费支出 186.47 万元); it went
    /// unchecked. Not over a plan, nor over money not named as spent on it, nor an average of no money (人均增收).
    @Test func moneyPerPersonAnActivityReached() {
        let report = "某县农业农村局2024年度高素质农民培育项目绩效自评报告\n一、项目资金情况\n2024年项目预算210.00万元，全年实际支出198.62万元。其中：培训经费支出186.47万元，示范基地补助12.15万元。\n二、绩效目标完成情况\n1.数量指标：计划培训高素质农民1,200人次，实际培训1,286人次，完成率107.17%。\n2.成本指标：人均培训成本"
        expectRightAndWrong({ checks(report + "\($0)元，低于计划标准1,600元。\n参训农民人均增收2,300元。\n") }, right: "1,450", wrong: "1,540",
                            recomputed: 186.47 / 1286, where: { $0.rule == "average" })
        // (The money named by a list before 分别为: 其中：培训经费支出、示范基地补助分别为 186.47 万元、12.15 万元.)
        let listed = report.replacingOccurrences(of: "培训经费支出186.47万元，示范基地补助12.15万元", with: "培训经费支出、示范基地补助分别为186.47万元、12.15万元")
        expectRightAndWrong({ checks(listed + "\($0)元。\n") }, right: "1,450", wrong: "1,540", recomputed: 186.47 / 1286, where: { $0.rule == "average" })
        for text in [report.replacingOccurrences(of: "实际培训1,286人次，完成率107.17%", with: "培训工作按计划推进"),
                     report.replacingOccurrences(of: "培训经费支出186.47万元", with: "培训经费186.47万元")] {
            #expect(!checks(text + "1,540元。\n").contains { $0.rule == "average" })
        }
    }

    /// Full marks named in their parentheses (可持续影响指标（满分 10 分），得分 10 分; 项目决策（满分 15 分）得 14 分): the
    /// indicator's marks and score (the score was read as the report's total: a wrong figure); and a score after a
    /// deduction under a numbered heading (1.数量指标（20 分），扣 2 分，得 18 分): the heading's, added into the heading
    /// above it (unchecked before).
    @Test func marksNamedInTheirParenthesesAndScoresAfterADeduction() {
        let report = "某县教育局2024年度学生资助项目支出绩效自评报告\n四、绩效指标完成情况\n（一）产出指标（50分），得48分。\n1.数量指标（20分），扣2分，得"
        let rest = "分。\n2.质量指标（30分），得30分。\n（二）效益指标（30分），得分28分。\n1.社会效益指标（20分），实际得分18分。\n2.可持续影响指标（满分10分），得分10分。\n"
        expectRightAndWrong({ checks(report + $0 + rest) }, right: "18", wrong: "17", recomputed: 48, recomputedWrong: 47,
                            where: { $0.rule == "section-score" && $0.check == "产出指标 (2024) = 数量指标 + 质量指标" })
        expectRightAndWrong({ checks(report + $0 + rest) }, right: "18", wrong: "17", recomputed: 18,
                            where: { $0.rule == "score-deduction" && $0.check.hasPrefix("数量指标 = full marks 20") })
        let figures = extraction(report + "18" + rest).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures == ["score_output 48", "score_benefit 28"], "\(figures)")
        expectRightAndWrong({ checks(report + "18" + rest.replacingOccurrences(of: "得分28分", with: "得分\($0)分")) }, right: "28", wrong: "29", recomputed: 28,
                            where: { $0.rule == "section-score" && $0.check == "效益指标 (2024) = 社会效益指标 + 可持续影响指标" })
        // (The sections' marks in parentheses after their scores' words, against the report's total.)
        let sections = "某区民政局2023年度养老服务补贴项目支出绩效自评报告\n五、绩效自评结果\n（一）总体得分：项目自评得分"
        expectRightAndWrong({ checks(sections + $0 + "分（满分100分），等级为“良”。\n（二）分项得分：项目决策（满分15分）得14分，项目过程（满分25分）得22分，项目产出（满分35分）得31分，项目效益（满分25分）得21分。\n") },
                            right: "88", wrong: "86", recomputed: 88, where: { $0.check.hasPrefix("score_total 2023 =") })
        // (A name in front of the parenthesis does not run on from the heading line before it: 三、自评结论 / 经综合评价（满分 100 分）.)
        let after = extraction("某市农业农村局2023年度部门整体支出绩效自评报告\n三、自评结论\n经综合评价（满分100分），本部门2023年度整体支出绩效自评得分92分。\n").statements
        #expect(!after.contains { $0.label.contains("自评结论") }, "\(after)")
    }

    /// A count whose parts open the next sentence (现有人员 126 人。其中，局机关在职 58 人、离休 1 人、…): its parts still
    /// (unchecked before); not things bought and disposed of over the year under a fleet (共有车辆 5 辆。其中，本年度新购置
    /// 2 辆、处置报废 4 辆: a false alarm, with a comma as with a full stop).
    @Test func aCountsPartsInTheSentenceAfterIt() {
        let report = "某县审计局2023年度机关整体支出绩效评价报告\n（二）人员编制情况\n现有人员"
        expectRightAndWrong({ checks(report + $0 + "人。其中，局机关在职58人、离休1人、退休43人、审计服务中心16人，投资审计中心8人。\n") },
                            right: "126", wrong: "128", recomputed: 126, where: { $0.rule == "breakdown" && $0.check.hasPrefix("现有人员") })
        for joint in ["。", "，"] {
            let fleet = checks("某县审计局2023年度部门决算说明\n共有车辆5辆\(joint)其中，本年度新购置2辆、处置报废4辆。\n")
            #expect(fleet.isEmpty, "\(fleet)")
        }
    }

    /// A project's table of indicators copied with single spaces between its cells, words among them (产出指标 数量指标
    /// 补贴面积 ≥42万亩 42.6万亩 20 20), and its closing row (总分 100 97.74): read as a table, the total score against the
    /// indicators' (before: 总分's full marks 100 read as the score, a wrong figure, and a per-mu target of 43 元 set
    /// against the 43.2 元 reached as a standard and its sum, a false alarm). Not a bound as a standard in bars either.
    @Test func aTableOfIndicatorsWithWordsInItsCellsSetApartBySpaces() {
        let table = "某县农业农村局2024年度项目支出绩效自评表\n项目名称 耕地地力保护补贴\n资金情况（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 1,860.00 1,860.00 1,812.45 10 97.44% 9.74\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 补贴面积 ≥42万亩 42.6万亩 20 20\n产出指标 质量指标 补贴发放准确率 100% 100% 15 15\n产出指标 时效指标 补贴发放及时率 ≥95% 92% 15 13\n效益指标 经济效益指标 亩均补贴标准 ≥43元 43.2元 15 15\n效益指标 社会效益指标 耕地地力保护意识 提高 提高 15 15\n满意度指标 服务对象满意度指标 农户满意度 ≥90% 93% 10 10\n总分 100 "
        expectRightAndWrong({ checks(table + $0 + "\n") }, right: "97.74", wrong: "98.74", recomputed: 97.74,
                            where: { $0.check.hasPrefix("总分 2024 =") && $0.stated != 100 })
        let figures = extraction(table + "97.74\n").figures.filter { $0.indicator == "score_total" || $0.indicator == "project_expenditure" }.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures == ["project_expenditure 1812.45", "score_total 97.74"], "\(figures)")
        let barred = checks(table.replacingOccurrences(of: " ", with: " | ") + "97.74\n")
        #expect(!barred.isEmpty && barred.allSatisfy { $0.consistent }, "\(barred)")
    }

    /// A project's money named by its title's words with a budget's word (耕地地力保护补贴预算资金 A, …资金预算 A) or by
    /// none (…补贴资金 A, the money arranged), then 全年实际支出 B and 预算执行率 r: r against B / A (unchecked: the
    /// budget was a label of its own). Not a stage of the budget before the year's (资金年初预算安排 A, 全年预算数 A').
    /// And a target set as a bound (补贴面积≥42 万亩，实际完成 42.6 万亩，完成率 101.43%): the completion against it.
    @Test func aProjectsBudgetByItsTitlesWordsAndATargetSetAsABound() {
        let title = "某县农业农村局2024年度耕地地力保护补贴项目绩效自评报告\n"
        for named in ["耕地地力保护补贴预算资金", "耕地地力保护补贴资金预算", "耕地地力保护补贴资金"] {
            expectRightAndWrong({ checks(title + "2024年\(named)1,860.00万元，全年实际支出1,812.45万元，预算执行率\($0)%。\n") },
                                right: "97.44", wrong: "96.44", recomputed: 100 * 1812.45 / 1860, where: { $0.check.hasPrefix("execution_rate") })
        }
        expectRightAndWrong({ checks(title + "1.数量指标：补贴面积≥42万亩，实际完成42.6万亩，完成率\($0)%。\n") }, right: "101.43", wrong: "104.13",
                            recomputed: 100 * 42.6 / 42, where: { $0.check == "补贴面积 completion = 100 x actual 42.6 / plan 42 万亩 (%)" })
        // (Nor money the title names with an act after it, or after the project's budget: 资金 1,860.00 万元全部到位.)
        let received = checks(title + "2024年项目预算1,900.00万元。耕地地力保护补贴资金1,860.00万元全部到位，全年实际支出1,812.45万元，预算执行率95.39%。\n")
        #expect(!received.isEmpty && received.allSatisfy { $0.consistent }, "\(received)")
        let stages = checks("某区民政局2023年度居家养老服务补助资金绩效评价报告\n2023年居家养老服务补助资金年初预算安排2,400.00万元，年中追加360.00万元，全年预算数2,760.00万元。实际支出2,583.14万元，预算执行率为93.59%。\n")
        #expect(stages.contains { $0.check.hasPrefix("execution_rate") && $0.consistent && abs($0.recomputed - 100 * 2583.14 / 2760) < 1e-9 }, "\(stages)")
    }

    /// A change after a parenthesis of an item's parts (公务用车购置及运行维护费 22.00 万元（其中：…运行维护费 22.00 万元），较上年
    /// 减少 2.50 万元): the item's, not its last part's; the parts' changes then add up to the total's (unchecked before).
    @Test func aChangeAfterAParenthesisOfPartsIsTheItemsBeforeIt() {
        let report = "某市城市管理局2025年部门预算公开说明\n2025年“三公”经费预算数为28.60万元，较上年预算减少"
        let rest = "万元。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费22.00万元（其中：公务用车购置费0万元，公务用车运行维护费22.00万元），较上年减少2.50万元；公务接待费6.60万元，较上年减少0.90万元。\n"
        expectRightAndWrong({ checks(report + $0 + rest) }, right: "3.40", wrong: "3.60", recomputed: -3.4, where: { $0.rule == "change-breakdown" })
        let changes = extraction(report + "3.40" + rest).statements.filter { $0.rule == "change-of-statement" && $0.value == 2.5 }
        #expect(changes.map(\.subject) == ["three_public.vehicles"], "\(changes)")
    }

    /// Marks in parentheses after a score whose line break is lost (得分 38.5 分效益指标（分值 30 分）): the section's, not a
    /// group named 分效益指标; and a report with CRLF line ends reads its title line alone (a CRLF is one Character: the
    /// title ran into the body, and the project's money was looked for in it).
    @Test func marksAfterALostLineBreakAndATitleLineEndedByCRLF() {
        let lines = "某县统计局2023年度项目支出绩效自评表\n产出指标（分值 40 分）：得分 38.5 分\n效益指标（分值 30 分）：得分 28 分\n满意度指标（分值 10 分）：得分 9 分\n"
        let figures = extraction(lines).figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures == ["score_output 38.5", "score_benefit 28", "score_satisfaction 9"], "\(figures)")
        let report = "某县2024年度中央财政衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n2024年我县衔接资金年初预算1,850.00万元，年中追加衔接资金426.50万元，全年预算2,276.50万元。\n"
        let lf = extraction(report).statements.map { "\($0.key) \($0.rule)" }
        let crlf = extraction(report.replacingOccurrences(of: "\n", with: "\r\n")).statements.map { "\($0.key) \($0.rule)" }
        #expect(lf == crlf, "\(lf) \(crlf)")
    }

    /// Indicators a section lists after its full marks, each scored in a clause of its own (产出指标（50 分）：救助人数
    /// 1,256 人，得 20 分；认定准确率 100%，得 15 分；…): together the section's score, the total against them (before: the
    /// first read as the section's, a wrong figure and a false alarm). Not where the first is the section's own, in the
    /// marks' clause (产出指标满分 50 分，完成率 96%，得分 48 分；时效指标按期完成，得 2 分: 2 is within the 48), nor where
    /// the list runs over the marks.
    @Test func indicatorsScoredInTheListASectionsMarksOpen() {
        let report = "某县民政局2024年度项目支出绩效自评报告\n产出指标（50分）：救助人数1256人，得20分；认定准确率100%，得15分；资金发放及时率98%，得14分。\n效益指标（30分）：困难群众基本生活保障水平有效提升，得30分。\n满意度指标（10分）：受益群众满意度95%，得10分。\n预算执行率（10分）：预算执行率97.5%，得9.75分。\n自评得分"
        expectRightAndWrong({ checks(report + $0 + "分。\n") }, right: "98.75", wrong: "99.75", recomputed: 98.75,
                            where: { $0.check == "score_total: = 救助人数 + 认定准确率 + 资金发放及时率 + 效益指标 + 满意度指标 + 预算执行率 (sections of 100 points, 2024)" })
        let figures = extraction(report + "98.75分。\n").figures.filter { $0.unit == "分" }.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }
        #expect(figures == ["score_benefit 30", "score_satisfaction 10", "score_budget_execution 9.75", "score_total 98.75"], "\(figures)")
        let own = checks("某县教育局2024年度项目支出绩效自评报告\n产出指标满分50分，完成率96%，得分48分；时效指标按期完成，得2分。效益指标（30分）得28分。满意度指标（10分）得10分。预算执行率（10分）得10分。\n综上，本项目自评得分96分。\n")
        #expect(own.map(\.check) == ["score_total: = score_output: + 效益指标 + 满意度指标 + 预算执行率 (sections of 100 points, 2024)"]
                && own.allSatisfy(\.consistent), "\(own)")
        // (Three or more indicators with no measured value before the first, 决策指标（20 分）：项目立项规范，得 5 分；…: the
        // same; two such are the section's score and one within it, 产出指标（50 分）：完成情况良好，得 48 分；时效指标按期完成，
        // 得 2 分.)
        let unmeasured = "某县民政局2024年度项目支出绩效自评报告\n决策指标（20分）：项目立项规范，得5分；绩效目标合理，得5分；资金分配合理，得8分。过程指标（20分）：资金到位率100%，得5分；预算执行率95%，得4.75分；管理制度健全，得10分。产出指标（40分）得38分。效益指标（20分）得19分。\n综合得分"
        expectRightAndWrong({ checks(unmeasured + $0 + "分。\n") }, right: "94.75", wrong: "89.75", recomputed: 94.75, where: { $0.check.hasPrefix("score_total: = 项目立项规范 + 绩效目标合理 + 资金分配合理 + 资金到位率") })
        let two = checks("某县项目支出绩效自评报告\n产出指标（50分）：完成情况良好，得48分；时效指标按期完成，得2分。效益指标（30分）得28分。满意度指标（10分）得10分。预算执行率（10分）得10分。\n综上，本项目自评得分96分。\n")
        #expect(two.map(\.check) == ["score_total: = 产出指标 + 效益指标 + 满意度指标 + 预算执行率 (sections of 100 points, 0)"] && two.allSatisfy(\.consistent), "\(two)")
        // (A section's score may stand before its marks, 得分 9.86 分（满分 10 分）: it counts among the sections.)
        let before = "某县教育局2024年度项目支出绩效自评报告\n全年预算数为912.50万元，全年执行数为899.72万元，预算执行率为98.60%，得分9.86分（满分10分）。\n产出指标（50分）：受益学生人数18250人，完成率100%，得20分；供餐天数200天，得15分；资金发放及时率100%，得15分。\n效益指标（30分）：学生营养状况改善，得25分，扣5分。\n满意度指标（10分）：学生家长满意度96%，得10分。\n综上，本项目自评得分"
        expectRightAndWrong({ checks(before + $0 + "分。\n") }, right: "94.86", wrong: "95.86", recomputed: 94.86, where: { $0.check.hasPrefix("score_total: = score_budget_execution: + 受益学生人数") })
        let over = extraction(report.replacingOccurrences(of: "得14分", with: "得24分") + "98.75分。\n").statements.filter { $0.rule == "section-item" }
        #expect(over.isEmpty, "\(over)")
    }

    /// An average named with 费用 over money named with 费 (人均接待费用 83.33 元 over 公务接待费 2.40 万元 and 288 人次): that
    /// money, not the amount stated last before the count (公务用车运行维护费 18.22 万元, a false alarm).
    @Test func anAverageOfCostsOverTheFeeOfTheSameName() {
        let report = "某区卫生健康委员会2023年度“三公”经费决算情况说明\n2023年度“三公”经费财政拨款支出决算为45.62万元。其中：因公出国（境）费0万元；公务接待费2.40万元；公务用车购置及运行维护费43.22万元，其中公务用车购置费25.00万元，公务用车运行维护费18.22万元。\n2023年度国内公务接待36批次，接待人数288人次，人均接待费用"
        expectRightAndWrong({ checks(report + $0 + "元。\n") }, right: "83.33", wrong: "93.33", recomputed: 2.4 / 288,
                            where: { $0.rule == "average" })
    }

    /// Kinds of projects listed each with its budget, spending and rate (人员类项目预算 A，执行 B，执行率 r；运转类项目预算
    /// A'，执行 B'，执行率 r'): each rate against its own budget (before: every one against the first's, false alarms).
    @Test func ratesOfProjectsListedEachWithItsOwnBudget() {
        let report = "某县水利局2024年度部门整体支出绩效自评报告\n调整后预算6,900.00万元，实际支出6,555.00万元，预算执行率95.00%。其中：人员类项目预算1,860.00万元，执行1,860.00万元，执行率100%；运转类项目预算420.00万元，执行399.00万元，执行率"
        expectRightAndWrong({ checks(report + $0 + "%；特定目标类项目预算4,620.00万元，执行4,296.00万元，执行率92.99%。\n") }, right: "95.00", wrong: "96.00",
                            recomputed: 100 * 399 / 420.0, where: { $0.check.hasPrefix("project actual / budget") && $0.stated != 100 && $0.stated != 92.99 })
        let last = checks(report + "95.00%；特定目标类项目预算4,620.00万元，执行4,296.00万元，执行率92.99%。\n").filter { $0.stated == 92.99 }
        #expect(last.count == 1 && last.allSatisfy { $0.consistent && abs($0.recomputed - 100 * 4296 / 4620.0) < 1e-9 }, "\(last)")
    }

    /// An average after a 其中 list of its count closed (开展职业技能培训 4,850 人次，其中取得职业资格证书 3,120 人，取证率
    /// 64.33%；发放职业培训补贴 485.00 万元，人均补贴 1,000 元): over the whole, not the part (before: a false alarm); over
    /// the part where what follows names it again (…其中建档立卡学生 120 人。为建档立卡学生发放生活补助 24.00 万元，人均 ….).
    @Test func anAverageAfterAClosedListOfItsCountsParts() {
        let report = "某县人力资源和社会保障局2024年度就业补助资金绩效自评报告\n开展职业技能培训4,850人次，其中取得职业资格证书3,120人，取证率64.33%；发放职业培训补贴485.00万元，人均补贴"
        expectRightAndWrong({ checks(report + $0 + "元。\n") }, right: "1,000", wrong: "1,100", recomputed: 485.0 / 4850, where: { $0.rule == "average" })
        let part = "某县教育局2024年度学生资助项目绩效自评报告\n全年资助学生500人，其中建档立卡学生120人。为建档立卡学生发放生活补助24.00万元，人均"
        expectRightAndWrong({ checks(part + $0 + "元。\n") }, right: "2,000", wrong: "2,100", recomputed: 24.0 / 120, where: { $0.rule == "average" })
    }

    /// Two budget classification items of one level (…综合医院（项）, …基本公共卫生服务（项）), the second's rate stated with
    /// no budget: not against the first's budget (their names ended alike in （项）: a false alarm). And counts of visits
    /// to firms (执法检查 1,260 家次，完成年度计划 1,200 家次的 105.00%): the completion against the plan (unread before).
    @Test func classificationItemsOfOneLevelAndCountsOfVisits() {
        let report = "某县卫生健康局2023年度部门决算说明\n1.卫生健康支出（类）公立医院（款）综合医院（项）：支出决算为2,860.00万元，完成年初预算的110.00%（年初预算2,600.00万元）。\n2.卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）：支出决算为1,652.40万元，完成年初预算的98.36%。\n"
        let found = checks(report)
        #expect(found.map(\.check) == ["卫生健康支出（类）公立医院（款）综合医院（项） actual / budget (2023, %)"] && found.allSatisfy(\.consistent), "\(found)")
        expectRightAndWrong({ checks("某市生态环境局2024年度部门整体支出绩效自评报告\n1.数量指标：全年开展执法检查1,260家次，完成年度计划1,200家次的\($0)%。\n") },
                            right: "105.00", wrong: "106.00", recomputed: 105, where: { $0.check.hasSuffix("家次 (%)") })
    }

    /// A project's investment by level of government with an average per mu (项目总投资 4,800.00 万元，其中中央补助资金
    /// 2,880.00 万元、…，亩均投资 2,400 元), then what was spent of each (中央资金支出 2,736.00 万元，支出率 95.00%): each
    /// level's rate against its own money, the whole's against the investment (before: the average read as the budget
    /// of both rates, two false alarms).
    @Test func ratesOfEachLevelOfGovernmentsMoneyBesideAnAverageInvestment() {
        let report = "某县农业农村局2024年度高标准农田建设项目绩效自评报告\n项目总投资4,800.00万元，其中中央补助资金2,880.00万元、省级补助资金960.00万元、县级配套资金960.00万元，亩均投资2,400元，建设高标准农田2万亩。\n截至2024年12月31日，项目资金到位4,800.00万元，到位率100%；累计支出4,512.00万元，支出进度94.00%。其中中央资金支出2,736.00万元，支出率"
        expectRightAndWrong({ checks(report + $0 + "%；省级资金支出912.00万元，支出率95.00%；县级资金支出864.00万元，支出率90.00%。\n") }, right: "95.00", wrong: "96.00",
                            recomputed: 95, where: { $0.check.hasPrefix("execution_rate = 100 x 中央资金支出 / 中央补助资金") })
        let all = checks(report + "95.00%；省级资金支出912.00万元，支出率95.00%；县级资金支出864.00万元，支出率90.00%。\n")
        #expect(all.filter { $0.rule == "execution-rate" }.count == 4 && all.allSatisfy(\.consistent), "\(all)")
    }

    /// People reached by two subsidies, then in all in a sentence of its own after 累计 (两项补贴全年累计惠及 10,570 人),
    /// under a heading line: the parts named without the heading's words (they ran into the label), the total against
    /// them. Not a total over the years (项目实施以来累计惠及, 共惠及): the list is one year's.
    @Test func peopleReachedInAllAfter累计AndNotOverTheYears() {
        let report = "某县残疾人联合会2024年度困难残疾人生活补贴和重度残疾人护理补贴项目绩效自评报告\n二、绩效目标完成情况\n困难残疾人生活补贴惠及5,100人，每人每月100元；重度残疾人护理补贴惠及5,470人，每人每月100元。两项补贴全年累计惠及"
        expectRightAndWrong({ checks(report + $0 + "人。\n") }, right: "10,570", wrong: "10,750", recomputed: 10570,
                            where: { $0.check == "两项补贴全年累计惠及 2024 = 困难残疾人生活补贴惠及 + 重度残疾人护理补贴惠及" })
        for closing in ["项目实施以来累计惠及11,000人", "项目实施以来共惠及11,000人"] {
            let years = checks("某县残疾人联合会2024年度困难残疾人生活补贴项目绩效自评报告\n2024年困难残疾人生活补贴惠及5,100人，重度残疾人护理补贴惠及5,470人。\(closing)。\n")
            #expect(years.isEmpty, "\(years)")
        }
    }

    /// A fund's account (基金收入 A …。基金支出 B，当期结余 C) and its claims (住院报销 3.86 万人次，住院报销金额 D，次均报销
    /// E 元): C = A - B and E = D / claims (both unchecked before: 当期 was no word of the year's balance, 次均 counted
    /// 次 only).
    @Test func aFundsBalanceOfThePeriodAndAnAveragePerClaim() {
        let report = "某县医疗保障局2023年度城乡居民医疗保险基金绩效自评报告\n2023年城乡居民医保基金收入38,620.50万元，其中：个人缴费11,260.30万元，财政补助26,850.20万元，利息收入510.00万元。基金支出36,982.60万元，当期结余"
        expectRightAndWrong({ checks(report + $0 + "万元，累计结余18,260.40万元。\n") }, right: "1,637.90", wrong: "1,673.90", recomputed: 38620.5 - 36982.6,
                            where: { $0.rule == "balance" })
        let claims = "某县医疗保障局2023年度城乡居民医疗保险基金绩效自评报告\n全年住院报销3.86万人次，住院报销金额28,640.20万元，次均报销"
        expectRightAndWrong({ checks(claims + $0 + "元。\n") }, right: "7,419.74", wrong: "7,491.74", recomputed: 28640.2 / 38600, where: { $0.rule == "average" })
    }

    /// A standard per person paid to people counted in 名 (为 1,000 名 80 周岁以上老人按每人每年 1,200 元标准发放高龄津贴，共计
    /// 发放 120.00 万元): the count times the standard against the sum (unchecked before: 名 counted no persons for 每人).
    @Test func aStandardPerPersonPaidToPeopleCountedIn名() {
        let report = "某县民政局2024年度高龄津贴项目绩效自评报告\n二、项目资金使用情况\n2024年高龄津贴项目预算资金120.00万元，全年为1,000名80周岁以上老人按每人每年1,200元标准发放高龄津贴，共计发放"
        expectRightAndWrong({ checks(report + $0 + "万元。\n") }, right: "120.00", wrong: "125.00", recomputed: 120, where: { $0.rule == "standard" })
    }

    /// Sections of one report, each a project (（一）困难群众救助资金。年初预算 A，实际支出 B，执行率 r。（二）高龄津贴。预算资金
    /// C，…共计 D 万元，执行率 100.00%): the second section's rate is not set against the first's spending (before: a false
    /// alarm); two subsidies each paid (发放 a；…发放 b；两项合计 T) closed by their count, the section's budget before them
    /// in the sentence no third part (unchecked before).
    @Test func ratesOfASectionsOwnProjectAndTwoItemsClosedByTheirCount() {
        let head = "某县民政局2024年度项目支出绩效自评报告\n二、项目资金使用情况\n（一）困难群众救助资金。年初预算860.00万元，实际支出843.00万元，执行率98.02%。\n（二）高龄津贴。预算资金180.00万元，为1,500名80周岁以上老人发放高龄津贴，每人每年1,200元，共计180.00万元，执行率100.00%。\n"
        let found = checks(head)
        #expect(found.filter { $0.rule == "execution-rate" }.map(\.stated) == [98.02] && found.allSatisfy(\.consistent), "\(found)")
        let two = "某县残疾人联合会2024年度残疾人两项补贴项目绩效自评报告\n（三）残疾人两项补贴。预算资金240.00万元，困难残疾人生活补贴惠及1,200人，每人每月80元，发放115.20万元；重度残疾人护理补贴惠及1,050人，每人每月90元，发放113.40万元；两项合计"
        expectRightAndWrong({ checks(two + $0 + "万元。\n") }, right: "228.60", wrong: "238.60", recomputed: 115.2 + 113.4,
                            where: { $0.check == "两项合计 2024 = 发放 + 发放" })
    }

    /// A budget added to in the year and the year's whole (年初批复预算 9 个项目 A（含 …），年中追加 3 个项目 B，全年预算合计 C，
    /// 实际支出 D，预算执行率 r): C against A + B and r against D over C, in a project's report as in any (before: the rate
    /// set against what was added, a false alarm, and in a project's report what was added taken for the initial budget).
    @Test func aBudgetAddedToInTheYearAndTheRateOfItsWhole() {
        for title in ["", "某县民政局2024年度项目支出绩效自评报告\n"] {
            let report = title + "一、基本情况\n2024年，我局实施项目共12个，年初批复预算9个项目1,285.00万元（含1个结转项目60.00万元），年中追加3个项目215.00万元，全年预算合计"
            expectRightAndWrong({ checks(report + $0 + "万元，实际支出1,425.00万元，预算执行率95.00%。\n") }, right: "1,500.00", wrong: "1,550.00", recomputed: 1500,
                                where: { $0.rule == "budget-adjustment" })
            let rates = checks(report + "1,500.00万元，实际支出1,425.00万元，预算执行率95.00%。\n").filter { $0.rule == "execution-rate" }
            #expect(rates.count == 1 && rates.allSatisfy { $0.consistent && abs($0.recomputed - 95) < 1e-9 }, "\(rates)")
        }
    }

    /// The department's rate stated again in a later section with its budget (一、…部门预算收入 A，全年支出 B，预算执行率 r。
    /// 二、…（一）预算执行情况。全年预算 A，预算执行率 r): still B over A (the section's budget is the same one). And an
    /// initial budget added to before the spending (项目年初预算 A，年中追加预算 B，实际支出 C，整体预算执行率 r): C over
    /// A + B (before: over A alone, a false alarm).
    @Test func aRateRestatedInALaterSectionAndOverABudgetAddedTo() {
        let report = "某县财政局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n2024年部门预算收入1,860.00万元，全年支出1,792.40万元，预算执行率96.37%。\n二、绩效目标完成情况\n（一）预算执行情况。全年预算1,860.00万元，预算执行率"
        expectRightAndWrong({ checks(report + $0 + "%。\n") }, right: "96.37", wrong: "97.37", recomputed: 100 * 1792.4 / 1860,
                            where: { $0.check == "execution_rate = 100 x 全年支出 / 全年预算 (2024)" })
        let added = "某县农业农村局2024年度项目支出绩效自评报告\n一、项目资金情况\n项目年初预算500.00万元，年中追加预算100.00万元，实际支出580.00万元，整体预算执行率"
        expectRightAndWrong({ checks(added + $0 + "%。\n") }, right: "96.67", wrong: "116.00", recomputed: 100 * 580 / 600.0,
                            where: { $0.rule == "execution-rate" })
    }

    /// The budget as it stood after an addition named by the addition's word (项目年初预算 A，年中追加 B，追加后预算 C，实际支出 D，
    /// 预算执行率 r): the adjusted whole, as 调整后预算 is; r is D over C, C is A + B, and C is the project's budget (before:
    /// r against A, a false alarm, and C unread).
    @Test func theBudgetAfterAnAddition() {
        let report = "某县交通运输局2025年度农村道路养护项目绩效自评报告\n一、项目基本情况\n项目年初预算120.00万元，年中追加30.00万元，追加后预算150.00万元，实际支出147.00万元，预算执行率"
        expectRightAndWrong({ checks(report + $0 + "%。\n") }, right: "98.00", wrong: "95.00", recomputed: 98,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 追加后预算 (2025)" })
        let all = checks(report + "98.00%。\n")
        #expect(all.count == 2 && all.allSatisfy(\.consistent) && all.contains { $0.rule == "budget-adjustment" && abs($0.recomputed - 150) < 1e-9 }, "\(all)")
        let found = ReportExtractor.extract(text: report + "98.00%。\n", source: "t.txt").figures.filter { $0.indicator == "project_budget" }.map(\.value)
        #expect(found == [150], "\(found)")
    }

    /// A budget of no stage added to before the spending (项目预算 A，年中追加 B，实际支出 C，预算执行率 r; 部门预算 A，其中：…。
    /// 年中追加项目经费 B。全年实际支出 C): r is C over A + B, the budget as it stood (before: over A alone, a false alarm).
    /// Not what the budget holds (部门预算 A，含年中追加 B): over A.
    @Test func aBudgetOfNoStageAddedTo() {
        let project = "某县2025年度高标准农田建设项目绩效自评报告\n一、项目基本情况\n项目预算500.00万元，年中追加50.00万元，实际支出520.00万元，预算执行率"
        expectRightAndWrong({ checks(project + $0 + "%。\n") }, right: "94.55", wrong: "104.00", recomputed: 100 * 520 / 550.0,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目预算 + 年中追加 (2025)" })
        let department = "某县民政局2025年度部门整体支出绩效自评报告\n一、部门预算情况\n2025年部门预算5,000.00万元，其中：基本支出2,000.00万元，项目支出3,000.00万元。年中追加项目经费400.00万元。全年实际支出5,200.00万元，预算执行率"
        expectRightAndWrong({ checks(department + $0 + "%。\n") }, right: "96.30", wrong: "104.00", recomputed: 100 * 5200 / 5400.0,
                            where: { $0.check == "execution_rate = 100 x 全年实际支出 / 部门预算 + 年中追加项目经费 (2025)" })
        let holding = "某县民政局2025年度部门整体支出绩效自评报告\n一、部门预算情况\n2025年部门预算5,400.00万元，含年中追加400.00万元，全年实际支出5,200.00万元，预算执行率"
        expectRightAndWrong({ checks(holding + $0 + "%。\n") }, right: "96.30", wrong: "94.44", recomputed: 100 * 5200 / 5400.0,
                            where: { $0.check == "execution_rate = 100 x 全年实际支出 / 部门预算 (2025)" })
    }

    /// A budget stated with its sources, then what was added and the budget after it (城乡低保资金预算 A，其中：中央补助资金 …。
    /// 全年追加预算 B，追加后预算 C。…累计发放低保资金 D，预算执行率 r): r is D over C (before: over A, a false alarm), and C is
    /// A + B (before: unchecked). After a total investment and the year's money (项目总投资 T，2025 年度安排资金 A，年中追加 B，
    /// 追加后预算 C): C is A + B, r over C.
    @Test func theBudgetAfterAnAdditionToABudgetOfSources() {
        let report = "某县民政局2025年度城乡低保项目绩效自评报告\n一、项目基本情况\n2025年城乡低保资金预算4,500.00万元，其中：中央补助资金3,200.00万元，省级补助资金800.00万元，县级配套资金500.00万元。全年追加预算300.00万元，追加后预算"
        let tail = "二、项目资金使用情况\n截至12月31日，累计发放低保资金4,752.00万元，预算执行率"
        expectRightAndWrong({ checks(report + "4,800.00万元。\n" + tail + $0 + "%。\n") }, right: "99.00", wrong: "105.60", recomputed: 99,
                            where: { $0.check == "execution_rate = 100 x 累计发放低保资金 / 追加后预算 (2025)" })
        expectRightAndWrong({ checks(report + $0 + "万元。\n" + tail + "99.00%。\n") }, right: "4,800.00", wrong: "4,850.00", recomputed: 4800,
                            where: { $0.check == "追加后预算 2025 = 城乡低保资金预算 + adjustments" })
        let investment = "某县2025年度农村饮水安全巩固提升项目绩效自评报告\n一、项目基本情况\n项目总投资1,000.00万元，2025年度安排资金280.00万元，年中追加20.00万元，追加后预算300.00万元，实际支出291.00万元，预算执行率"
        expectRightAndWrong({ checks(investment + $0 + "%。\n") }, right: "97.00", wrong: "103.93", recomputed: 97,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 追加后预算 (2025)" })
        #expect(checks(investment + "97.00%。\n").contains { $0.check == "追加后预算 2025 = 安排资金 + adjustments" && $0.consistent })
    }

    /// A part's budget as adjusted after the whole's (部门预算 A，其中：基本支出 a，项目支出 p。项目支出调整后预算 p'。全年实际支出
    /// B，预算执行率 r; 项目预算 A，其中：中央资金 c …。中央资金追加后预算 c'): r is B over A + p' - p (before: over A, a false
    /// alarm); an adjusted budget of no part the whole names leaves the rate alone.
    @Test func aPartsBudgetAdjustedAfterTheWholes() {
        let department = "某县民政局2025年度部门整体支出绩效自评报告\n一、部门预算情况\n2025年部门预算5,000.00万元，其中：基本支出2,000.00万元，项目支出3,000.00万元。项目支出调整后预算3,400.00万元。全年实际支出5,200.00万元，预算执行率"
        expectRightAndWrong({ checks(department + $0 + "%。\n") }, right: "96.30", wrong: "104.00", recomputed: 100 * 5200 / 5400.0,
                            where: { $0.check == "execution_rate = 100 x 全年实际支出 / 部门预算 + 项目支出调整后预算 - 项目支出 (2025)" })
        let project = "某县2025年度高标准农田建设项目绩效自评报告\n一、项目基本情况\n项目预算500.00万元，其中：中央资金300.00万元，县级资金200.00万元。中央资金追加后预算350.00万元。实际支出520.00万元，预算执行率"
        expectRightAndWrong({ checks(project + $0 + "%。\n") }, right: "94.55", wrong: "104.00", recomputed: 100 * 520 / 550.0,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目预算 + 中央资金追加后预算 - 中央资金 (2025)" })
        let other = "某县2025年度高标准农田建设项目绩效自评报告\n一、项目基本情况\n项目预算500.00万元，其中：中央资金300.00万元，县级资金200.00万元。省级资金追加后预算350.00万元。实际支出520.00万元，预算执行率94.55%。\n"
        #expect(!checks(other).contains { $0.rule == "execution-rate" }, "\(checks(other))")
    }

    /// An initial budget cut or changed in the year by words the reader had not taken for one: money the finance bureau took
    /// back (年中财政收回 B: r over A - B; before: over A, a false alarm), the level it was cut to (年中预算调减至 B: r over B,
    /// named 项目调整后预算; before: over A - B as if B were the cut, a false alarm), the budget after an addition (追加预算后全年预算为 B: r over B;
    /// before: unchecked). Money recovered from misuse (追回违规资金) is no cut, nor more than last year (比上年追加投入).
    @Test func budgetsTakenBackAndCutToALevel() {
        func report(_ money: String) -> String { "某县2025年度道路养护项目绩效自评报告\n一、项目资金情况\n项目年初预算300.00万元，\(money)，实际支出270.00万元，预算执行率" }
        expectRightAndWrong({ checks(report("年中财政收回20.00万元") + $0 + "%。\n") }, right: "96.43", wrong: "90.00", recomputed: 100 * 270 / 280.0,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目年初预算 + 年中财政收回 (2025)" })
        expectRightAndWrong({ checks(report("年中预算调减至280.00万元") + $0 + "%。\n") }, right: "96.43", wrong: "90.00", recomputed: 100 * 270 / 280.0,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目调整后预算 (2025)" })
        expectRightAndWrong({ checks(report("追加预算后全年预算为337.50万元") + $0 + "%。\n") }, right: "80.00", wrong: "90.00", recomputed: 80,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 追加预算后全年预算 (2025)" })
        // (The cut stated after the spending: still the budget's level, not the spending's.)
        let after = "某县2025年度道路养护项目绩效自评报告\n一、项目资金情况\n项目年初预算300.00万元，实际支出270.00万元，年中预算调减至280.00万元，预算执行率"
        expectRightAndWrong({ checks(after + $0 + "%。\n") }, right: "96.43", wrong: "90.00", recomputed: 100 * 270 / 280.0,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目调整后预算 (2025)" })
        // (More than last year is no addition in the year: 比上年追加投入 B.)
        let more = "某县2025年度道路养护项目绩效自评报告\n一、项目资金情况\n项目预算500.00万元，比上年追加投入50.00万元，实际支出475.00万元，预算执行率"
        expectRightAndWrong({ checks(more + $0 + "%。\n") }, right: "95.00", wrong: "86.36", recomputed: 95,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目预算 (2025)" })
        let recovered = "某县2025年度道路养护项目绩效自评报告\n一、项目资金情况\n项目预算300.00万元，追回违规资金20.00万元，实际支出270.00万元，预算执行率"
        expectRightAndWrong({ checks(recovered + $0 + "%。\n") }, right: "90.00", wrong: "96.43", recomputed: 90,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目预算 (2025)" })
    }

    /// An addition to one part of a budget (项目预算 A，其中：中央资金 a，县级资金 c。年中追加县级资金 x。…其中：中央资金支出 b，
    /// 执行率 r；县级资金支出 d，执行率 q): q over c + x and r over a alone (before: q over c, a false alarm; the addition is
    /// no budget of the part by its name, nor added to the other part), the whole's rate over A + x.
    @Test func anAdditionToOnePartOfABudget() {
        let report = "某县2025年度道路养护项目绩效自评报告\n一、项目资金情况\n项目预算500.00万元，其中：中央资金300.00万元，县级资金200.00万元。年中追加县级资金50.00万元。实际支出520.00万元，"
        func parts(_ central: String, _ county: String) -> [AuditCheck] {
            checks(report + "其中：中央资金支出285.00万元，执行率\(central)%；县级资金支出235.00万元，执行率\(county)%。\n")
        }
        expectRightAndWrong({ parts("95.00", $0) }, right: "94.00", wrong: "117.50", recomputed: 94,
                            where: { $0.check == "县级资金支出执行率 = 100 x 县级资金支出 / 县级资金 + 年中追加县级资金 (2025)" })
        expectRightAndWrong({ parts($0, "94.00") }, right: "95.00", wrong: "81.43", recomputed: 95,
                            where: { $0.check == "中央资金支出执行率 = 100 x 中央资金支出 / 中央资金 (2025)" })
        expectRightAndWrong({ checks(report + "预算执行率" + $0 + "%。\n") }, right: "94.55", wrong: "104.00", recomputed: 100 * 520 / 550.0,
                            where: { $0.check == "execution_rate = 100 x 实际支出 / 项目预算 + 年中追加县级资金 (2025)" })
    }

    /// The initial budget's parts, then the budget as adjusted named by budget words alone (年初预算 A，其中：基本支出 a，项目支出
    /// p；调整预算 B，全年实际支出 C，预算执行率 r): B ends the list (before: read as a third part, and r set against the
    /// project's budget p, a false alarm); the parts still add up to A.
    @Test func theAdjustedBudgetEndsTheInitialOnesList() {
        let report = "某县民政局2025年度部门整体支出绩效自评报告\n一、部门预算情况\n2025年年初预算5,000.00万元，其中：基本支出2,000.00万元，项目支出3,000.00万元；调整预算5,400.00万元，全年实际支出5,200.00万元，预算执行率96.30%。\n"
        let found = checks(report)
        #expect(found.allSatisfy(\.consistent) && found.contains { $0.check == "年初预算 2025 = 基本支出 + 项目支出" }, "\(found)")
    }

    /// The projects a report counts, their whole in the count's sentence (纳入自评的项目共 2 个，预算资金合计 A，实际支出 B),
    /// each under a numbered heading that names it ((一)高标准农田建设项目 该项目全年预算数 a; 1.政务云资源租赁经费 年初预算
    /// a): the whole is the sum of the projects' own, of its stage (both had gone unchecked). Sections by topic restating the whole,
    /// fewer projects stated than counted, or projects' figures under headings of their own topics, give no such sum.
    @Test func aWholeOfTheProjectsTheReportCounts() {
        let head = "某县农业农村局2024年度项目支出绩效自评报告\n一、项目基本情况\n"
        func two(_ budget: String) -> String {
            head + "本年度纳入自评的项目共2个，预算资金合计\(budget)万元，实际支出1,196.40万元。\n（一）高标准农田建设项目\n该项目全年预算数980.00万元，"
                + "全年实际支出921.20万元。\n（二）农机购置补贴项目\n该项目全年预算数300.00万元，实际支出275.20万元。\n"
        }
        let projects = { (c: AuditCheck) in c.check.contains("projects' own") }
        expectRightAndWrong({ checks(two($0)).filter { $0.check.hasPrefix("预算资金合计") } }, right: "1,280.00", wrong: "1,290.00", recomputed: 1280,
                            where: projects)
        let spending = checks(two("1,280.00")).filter(projects)
        #expect(spending.count == 2 && spending.contains { $0.check.hasPrefix("实际支出") && $0.consistent && abs($0.recomputed - 1196.4) < 1e-9 },
                "\(spending)")
        let funds = head + "纳入自评的项目共2个，年初预算合计{}万元，实际支出600.00万元。\n1.政务云资源租赁经费\n年初预算400.00万元，实际支出390.00万元。\n"
            + "2.共享平台运维经费\n年初预算230.00万元，实际支出210.00万元。\n"
        expectRightAndWrong({ checks(funds.replacingOccurrences(of: "{}", with: $0)).filter { $0.check.hasPrefix("年初预算合计") } },
                            right: "630.00", wrong: "620.00", recomputed: 630, where: projects)
        // (Each project's of the whole's stage: 调整后预算 after 年初预算.)
        let adjusted = head + "纳入自评的项目共2个，调整后预算合计{}万元。\n（一）道路维修项目\n年初预算400.00万元，调整后预算450.00万元。\n"
            + "（二）桥梁加固项目\n年初预算300.00万元，调整后预算280.00万元。\n"
        expectRightAndWrong({ checks(adjusted.replacingOccurrences(of: "{}", with: $0)) }, right: "730.00", wrong: "700.00", recomputed: 730, where: projects)
        for none in ["本年度实施项目共2个，项目预算合计500.00万元，实际支出480.00万元。\n（一）预算执行情况\n项目预算500.00万元，实际支出480.00万元。\n（二）资金管理情况\n项目预算500.00万元全部到位。\n",
                     "纳入自评的项目共3个，预算资金合计900.00万元。\n（一）道路维修项目\n项目预算400.00万元。\n（二）桥梁加固项目\n项目预算300.00万元。\n（三）路灯改造项目\n实施路灯改造120盏。\n",
                     "纳入自评的项目共2个，预算资金合计900.00万元。\n（一）道路维修项目\n1.资金情况\n项目预算400.00万元。\n（二）桥梁加固项目\n1.资金情况\n项目预算500.00万元。\n"] {
            #expect(!checks(head + none).contains(where: projects), "\(none)")
        }
    }

    /// A grand total's change with no base of its own (与2023年相比，收、支总计各增加 C，增长 r) is checked from the amount
    /// stated, C over the total less C; never against last year's 本年收入合计 stated with the next sentence's change (a
    /// false alarm before: 收入总计 6,500 less 本年收入合计 4,000).
    @Test func aGrandTotalsChangeHasNoBaseInTheYearsTotal() {
        func text(_ rate: String) -> String {
            "某部2024年度收入总计6,500.00万元，支出总计6,500.00万元。与2023年相比，收、支总计各增加300.00万元，增长\(rate)%。\n"
                + "某部2024年度本年收入合计4,300.00万元，比2023年的4,000.00万元，增加300.00万元，增长7.50%。\n"
        }
        let grand = { (c: AuditCheck) in c.rule == "change-percent" && c.check.contains("收入总计") }
        expectRightAndWrong({ checks(text($0)) }, right: "4.84", wrong: "5.84", recomputed: 100 * 300 / (6500 - 300.0), where: grand)
        #expect(!checks(text("4.84")).contains { $0.recomputed == 6500 - 4000 || $0.recomputed == 100 * 2500 / 4000.0 })
        expectConsistent(checks(text("4.84")))
    }

    /// A total the text breaks into the parts of one of the vocabulary's splits and more (本年支出合计 T。其中：基本支出 a，
    /// 项目支出 b，经营支出 c，对附属单位补助支出 d) is checked as the text adds it up, not also as basic + project (a false
    /// alarm before: T against a + b).
    @Test func aSplitAmongMorePartsIsCheckedAsTheTextAddsItUp() {
        func text(_ total: String) -> String {
            "某部2024年度本年支出合计\(total)万元。其中：基本支出600.00万元，项目支出300.00万元，经营支出80.00万元，对附属单位补助支出20.00万元。\n"
        }
        let sums = { (c: AuditCheck) in c.rule == "breakdown" || c.rule == "identity" }
        expectRightAndWrong({ checks(text($0)) }, right: "1,000.00", wrong: "1,010.00", recomputed: 1000, where: sums)
        #expect(checks(text("1,000.00")).filter(sums).map(\.rule) == ["breakdown"])
        // Nor when the text says the split's parts fall short of the total: 两项合计占本年支出合计的 90.00%.
        let short = "某部2024年度本年支出合计1,000.00万元。基本支出600.00万元，项目支出300.00万元，两项合计占本年支出合计的90.00%。\n"
        #expect(checks(short).map(\.rule) == ["share"] && checks(short).allSatisfy { $0.consistent && $0.recomputed == 90 }, "\(checks(short))")
    }

    /// The share of two or more items taken together (经营收入 a，附属单位上缴收入 b，两项合计占 r%; 以上两项合计占; 二者合计
    /// 占比) is of their sum, not of the last item alone (a false alarm before: 0.1% against the last item's 0.01%).
    @Test func aShareOfItemsTakenTogetherIsOfTheirSum() {
        func text(_ together: String, _ rate: String) -> String {
            "2024年度本年收入合计1,000.00万元。其中：财政拨款收入900.00万元，占90.00%；事业收入60.00万元，经营收入40.00万元，\(together)\(rate)%。\n"
        }
        let together = { (c: AuditCheck) in c.rule == "share" && c.check.contains("事业收入 + 经营收入") }
        for words in ["两项合计占", "以上两项合计占", "二者合计占比", "两项共占"] {
            expectRightAndWrong({ checks(text(words, $0)) }, right: "10.00", wrong: "4.00", recomputed: 10, where: together)
            #expect(!checks(text(words, "10.00")).contains { $0.rule == "share" && $0.check.hasPrefix("share of 经营收入 in") })
        }
        // Three items, counted so; a count larger than the items the list states is no share checked.
        let three = "2024年度本年支出合计1,000.00万元。其中：基本支出700.00万元，项目支出200.00万元，经营支出80.00万元，对附属单位补助支出20.00万元，以上三项合计占30.00%。\n"
        #expect(checks(three).filter { $0.rule == "share" }.map(\.recomputed) == [30])
        let tooMany = "2024年度本年收入合计1,000.00万元。其中：财政拨款收入900.00万元，事业收入100.00万元，五项合计占100%。\n"
        #expect(checks(tooMany).filter { $0.rule == "share" }.isEmpty)
    }

    /// An account whose opening names its money by the budget type (一般公共预算财政拨款安排的“三公”经费支出 A) and whose
    /// title line says no genre: the amounts are actuals, the 年初预算 beside them the budgets (before: A read as the
    /// budget, its 差值 to the real budget flagged against 0, and the parts' budgets summed as the total's actual).
    @Test func anOpeningsBudgetTypeNamesTheMoneyNotABudget() {
        func text(_ gap: String) -> String {
            """
            一、“三公”经费财政拨款支出总体情况说明
            2023年度本部门一般公共预算财政拨款安排的“三公”经费支出3.10万元，较上年减少0.20万元。其中：因公出国（境）支出0万元；公务用车购置支出0万元；公务用车运行维护费支出1.00万元；公务接待费支出2.10万元。
            二、“三公”经费财政拨款支出与年初预算对比情况
            2023年度本部门一般公共预算财政拨款安排的“三公”经费支出3.10万元，年初预算为4.00万元，差值为\(gap)万元。其中：因公出国（境）支出0万元，年初预算为0万元，差值为0万元；公务用车购置支出0万元，年初预算为0万元，差值为0万元；公务用车运行维护费支出1.00万元，年初预算为1.50万元，差值为0.50万元；公务接待费支出2.10万元，年初预算为2.50万元，差值为0.40万元。
            """
        }
        let read = extraction(text("0.90"))
        #expect(read.figures.map { "\($0.indicator) \($0.value)" } == ["three_public_expenditure 3.1", "three_public_budget 4.0"])
        expectConsistent(checks(text("0.90")))
        let gap = { (c: AuditCheck) in c.rule == "change" && c.check.contains("“三公”经费支出 2023 against its budget") }
        expectRightAndWrong({ checks(text($0)) }, right: "0.90", wrong: "0.80", recomputed: 3.10 - 4.00, where: gap)
        // A title that discloses the budget still says so: 国有资本经营预算情况说明; so does an opening's 收入预算.
        #expect(extraction("示例县2025年国有资本经营预算情况说明\n全县国有资本经营预算收入1,860万元。\n").statements.first?.measure == "budget")
        let opening = extraction("一、总体情况\n2025年本单位收入预算1000万元，支出预算1000万元。其中基本支出600万元，项目支出400万元。\n")
        #expect(opening.statements.filter { $0.label == "基本支出" }.map(\.measure) == ["budget"])
    }

    /// A level whose share of a whole follows parts whose shares of it already make 100% (货物类 A，占实际采购金额的 24.89%；
    /// 工程类 B，占 51.46%；服务类 C，占 23.65%；… 授予中小企业合同金额 D，占实际采购金额的 78.14%) is the whole counted
    /// another way, no further part (a false alarm before: the whole against A + B + C + D).
    @Test func aShareOfTheWholeCountedAnotherWayIsNoFurtherPart() {
        func text(_ whole: String) -> String {
            """
            示例市2024年政府采购规模持续扩大

            本报讯 记者从市财政局获悉，全年实际采购金额\(whole)亿元。从采购类别看，货物类采购12.40亿元，占实际采购金额的24.89%；工程类采购25.63亿元，占51.46%；服务类采购11.78亿元，占23.65%。

            政府采购支持中小企业发展成效明显，全年授予中小企业合同金额38.92亿元，占实际采购金额的78.14%，比上年提高2.36个百分点。
            """
        }
        let sums = { (c: AuditCheck) in c.rule == "breakdown" }
        expectRightAndWrong({ checks(text($0)) }, right: "49.81", wrong: "50.81", recomputed: 498_100, where: sums)
        expectConsistent(checks(text("49.81")))
    }

    /// A score table's rubric cell states the scoring rule, 执行率达到 100% 得 4 分，每低 1 个百分点扣 0.1 分 (or a cap,
    /// 最多扣 2 分): no points deducted from the row's score (a false alarm before: 5 - 0.1 against the score 4.5). A
    /// reason cell that says the points taken off (扣 0.5 分) is still the row's deduction.
    @Test func aRubricsRateOfDeductionIsNoDeduction() {
        func text(_ rubric: String, _ score: String) -> String {
            """
            2023年度部门整体支出绩效评价自评表
            序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标说明及评分标准 | 自评得分 |
            6 | 执行 (35分) | 预算执行 (18分) | 预算执行率 | 5 | \(rubric) | \(score) |
            """
        }
        for rubric in ["年度无预算追加(1分)；执行率达到100%得4分，每低1个百分点扣0.1分", "执行率未达到100%的，最多扣2分", "按执行率每低1个百分点扣0.1分"] {
            #expect(!checks(text(rubric, "4.5")).contains { $0.rule == "score-deduction" }, "\(rubric)")
        }
        let deduction = { (c: AuditCheck) in c.rule == "score-deduction" }
        expectRightAndWrong({ checks(text("执行率98%，扣0.5分", $0)) }, right: "4.5", wrong: "4.0", recomputed: 4.5, where: deduction)
        expectRightAndWrong({ checks(text("部分资金未按时支付扣0.5分", $0)) }, right: "4.5", wrong: "4.0", recomputed: 4.5, where: deduction)
    }

    /// A deduction broken down by its reasons after the sentence that states it (扣 2 分，得 8 分。其中：部分资金未按时支付扣
    /// 1 分；…扣 1 分): the reasons are the deduction's parts, none of them the section's whole deduction, 按 in a reason
    /// (未按时, 未按规定) no rule; a rule's cap among them (每发现一项问题扣 0.5 分，最多扣 2 分) no part, and no label of the
    /// part after it.
    @Test func aDeductionsReasonsAfterItsSentenceAreItsParts() {
        func text(_ deducted: String, _ reasons: String) -> String {
            "某县水利局2023年度部门整体支出绩效自评报告\n一、评价结论\n资金管理指标分值10分，扣\(deducted)分，得\(10 - Double(deducted)!)分。其中：\(reasons)。\n"
        }
        let breakdown = { (c: AuditCheck) in c.rule == "breakdown" }
        for reasons in ["部分资金未按时支付扣1分；执行进度滞后扣1分", "每发现一项问题扣0.5分，最多扣2分；资料不全扣1分，未按规定公开扣1分"] {
            // (A 其中 list may leave parts out: a deduction larger than its reasons' sum is not flagged; a smaller one is.)
            expectRightAndWrong({ checks(text($0, reasons)) }, right: "2", wrong: "1.5", recomputed: 2, where: breakdown)
            let all = checks(text("2", reasons))
            #expect(all.filter { $0.rule == "score-deduction" }.map(\.stated) == [8], "\(all)")
        }
        let parts = checks(text("2", "每发现一项问题扣0.5分，最多扣2分；资料不全扣1分，未按规定公开扣1分")).filter(breakdown)
        #expect(parts.map(\.check) == ["扣分 2023 = 资料不全 + 未按规定公开"], "\(parts)")
        // (The section's own indicators as the reasons: their points are the section's deduction's parts, not each the
        // section's whole deduction.)
        let section = checks("某县教育局2023年度部门整体支出绩效自评报告\n二、自评结论\n（三）产出指标（分值40分）：扣3分，得37分。其中：产出数量指标扣2分，产出时效指标扣1分。\n")
        #expect(section.map(\.recomputed) == [3, 37] && section.allSatisfy(\.consistent), "\(section)")
    }

    /// A rule stated in a self-evaluation's sentences (执行率达到 100% 的，得满分；每低 1 个百分点扣 0.5 分，最多扣 10 分;
    /// ≥95%得 10 分): its rate, points and cap are no figures, and the score is checked by it, counting down from the rate
    /// the full marks are earned at.
    @Test func aRuleInWordsIsNoFigureAndScoresTheRate() {
        func text(_ rule: String, _ rate: String, _ score: String) -> String {
            "某县水利局2023年度部门整体支出绩效自评报告\n一、评价结论\n（一）预算执行率（分值10分）：\(rule)。本年预算执行率为\(rate)%，\(score == "10" ? "" : "扣\(10 - Double(score)!)分，")得\(score)分。\n"
        }
        let perPoint = { (c: AuditCheck) in c.rule == "score-per-point" }
        for rule in ["执行率达到100%的，得满分；每低1个百分点扣0.5分，最多扣10分", "执行率达到100%得满分，每少1个百分点扣0.5分"] {
            expectRightAndWrong({ checks(text(rule, "96", $0)) }, right: "8", wrong: "9", recomputed: 8, where: perPoint)
            let read = extraction(text(rule, "96", "8")).statements
            #expect(!read.contains { $0.value == 100 || $0.value == 10 && $0.role != .weight }, "\(read.map { "\($0.role) \($0.value)" })")
        }
        expectRightAndWrong({ checks(text("预算执行率≥95%得10分，每低1个百分点扣0.5分", "92", $0)) }, right: "8.5", wrong: "9.5", recomputed: 8.5, where: perPoint)
        // (A rate scored before the rule is stated, 执行率为 96%，得 9.6 分, is no rate of full marks.)
        let scoredFirst = "某县水利局2023年度部门整体支出绩效自评报告\n一、评价结论\n（一）预算执行率（分值10分）：本年预算执行率为96%，得8分。评分标准为每低1个百分点扣0.5分。\n"
        #expect(checks(scoredFirst).filter(perPoint).map(\.recomputed) == [8], "\(checks(scoredFirst))")
        let banded = checks(text("预算执行率≥95%得10分，每低1个百分点扣0.5分", "96", "10"))
        #expect(banded.filter(perPoint).map(\.recomputed) == [10] && banded.allSatisfy(\.consistent), "\(banded)")
    }

    /// A 分别 list whose amounts stand apart by commas, each with its unit (货物、工程和服务支出分别为 83.20 万元，145.28 万元
    /// 和 91.52 万元，占…的 26.0%、45.4% 和 28.6%): each amount its item's, as with 、, the shares checked against them; and
    /// items written whole before a last one (本年收入、支出分别为 …) keep their names (not 本年收入出).
    @Test func aDistributedListJoinedByCommasGoesToItsItems() {
        func text(_ services: String, _ shares: String) -> String {
            "某县财政局2023年度部门决算公开说明\n八、政府采购支出情况\n2023年度政府采购支出总额320.00万元，其中：政府采购货物支出、工程支出和服务支出分别为83.20万元，145.28万元和\(services)万元，\(shares)政府采购支出总额的26.0%、45.4%和28.6%。\n"
        }
        for shares in ["占", "分别占"] {
            expectRightAndWrong({ checks(text($0, shares)) }, right: "91.52", wrong: "93.52", recomputed: 320, recomputedWrong: 322,
                                where: { $0.rule == "breakdown" })
            let all = checks(text("91.52", shares))
            #expect(all.filter { $0.rule == "share" }.map(\.stated) == [26, 45.4, 28.6] && all.allSatisfy(\.consistent), "\(all)")
        }
        // (Later lists of the sentence by commas too: 分别增加 a 万元，b 万元，增长 x%，y%.)
        func changes(_ revenue: String) -> String {
            "某县文旅局2023年度部门决算公开\n一、收入支出决算总体情况\n2023年度收、支总计分别为500.00万元，480.00万元，与上年相比，分别增加20.00万元，15.00万元，增长\(revenue)%，3.23%。\n"
        }
        expectRightAndWrong({ checks(changes($0)) }, right: "4.17", wrong: "5.17", recomputed: 100 * 20 / 480, where: { $0.check.contains("收入总计") })
        #expect(checks(changes("4.17")).filter { $0.check.contains("支出总计") }.map(\.stated) == [3.23])
        let read = extraction("某县财政局2023年度部门决算公开说明\n本年收入、支出分别为100.00万元，90.00万元。收入总计、支出总计均比上年增加15.00万元。\n")
        #expect(read.figures.map { "\($0.indicator) \($0.value)" } == ["budget_revenue 100.0", "total_expenditure 90.0"])
        #expect(!read.statements.contains { $0.label.contains("入出") || $0.label.contains("总计总计") }, "\(read.statements.map(\.label))")
    }

    /// Shares listed after the items' short names (政府采购货物支出 A、…工程支出 B、…服务支出 C。…货物、工程、服务采购合同金额
    /// 分别占政府采购支出总额的 x%，y%，z%): each share its own item's, not all the last one's.
    @Test func sharesListedByTheItemsShortNamesAreEachItemsOwn() {
        func text(_ goods: String, _ joint: String) -> String {
            "某县农业农村局2023年度部门决算公开\n十、政府采购支出情况说明\n2023年度政府采购支出总额456.78万元，其中：政府采购货物支出120.50万元、政府采购工程支出280.00万元、政府采购服务支出56.28万元。货物、工程、服务采购合同金额分别占政府采购支出总额的\(goods)%\(joint)61.30%\(joint)12.32%。\n"
        }
        for joint in ["，", "、"] {
            expectRightAndWrong({ checks(text($0, joint)) }, right: "26.38", wrong: "27.38", recomputed: 100 * 120.5 / 456.78,
                                where: { $0.rule == "share" && $0.check.contains("货物") })
            let shares = checks(text("26.38", joint)).filter { $0.rule == "share" }
            #expect(shares.map(\.recomputed) == [120.5, 280, 56.28].map { 100 * $0 / 456.78 } && shares.allSatisfy(\.consistent), "\(shares)")
        }
    }

    /// Staff on the establishment listed by unit with the retired among them (现有编制人员 205 人。其中，局机关在职 113 人、
    /// 离休 2 人、退休 75 人、财政事务中心 10 人，国库集中支付中心 5 人): the list, retired included, adds up to the whole
    /// when it does so; where it does not, the list ends before the retired as before (在职人员 23 人，其中：行政人员 18 人，
    /// 事业人员 5 人，退休人员 12 人), and a wrong whole is not checked against a list it may not count.
    @Test func staffListedByUnitWithTheRetiredAddUp() {
        func text(_ whole: String) -> String {
            "某县财政局2023年度部门决算公开说明\n一、部门基本情况\n现有编制人员\(whole)人。其中，局机关在职113人、离休2人、退休75人、财政事务中心10人，国库集中支付中心5人。在职人员23人，其中：行政人员18人，事业人员5人，退休人员12人。\n"
        }
        let sums = checks(text("205")).filter { $0.rule == "breakdown" }
        #expect(sums.map(\.check) == ["现有编制人员 2023 = 局机关在职 + 离休 + 退休 + 财政事务中心 + 国库集中支付中心", "在职人员 2023 = 行政人员 + 事业人员"], "\(sums)")
        #expect(sums.map(\.recomputed) == [205, 23] && sums.allSatisfy(\.consistent))
        #expect(checks(text("206")).filter { $0.rule == "breakdown" }.map(\.recomputed) == [23])
    }

    /// A form's funds table whose total row was left at zeros over a source's row with amounts (年度资金总额： 0 0 0 10 0 0
    /// 其中：本年财政拨款 60 58.5 58.46, flattened into one line, the source row's other cells blank): the source's row is read
    /// (its amounts in the first columns), the zeros are no figures of the project, and the total is flagged short of its part.
    @Test func aFundsTotalLeftAtZerosOverItsSource() {
        func text(_ total: String) -> String {
            "附件：项目支出绩效自评表 （2023年度） 项目名称 档案数字化项目 主管部门 某县档案馆 项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额： \(total) 其中：本年财政拨款 60 58.5 58.46 上年结转资金 其他资金 年度总体目标 完成档案数字化加工。\n"
        }
        let read = extraction(text("0 0 0 10 0 0"))
        #expect(!read.figures.contains { $0.value == 0 }, "\(read.figures.map { "\($0.indicator) \($0.value)" })")
        #expect(read.statements.filter { $0.label == "本年财政拨款" }.map(\.value) == [60, 58.5, 58.46])
        let short = checks(text("0 0 0 10 0 0")).filter { $0.rule == "breakdown" }
        #expect(short.map(\.recomputed) == [60, 58.5, 58.46] && short.allSatisfy { !$0.consistent }, "\(short)")
        // Filled in, the total is the project's and its source alone says nothing against it.
        let filled = extraction(text("60 58.5 58.46 10 99.93% 9.99"))
        #expect(filled.figures.map { "\($0.indicator) \($0.value)" } == ["project_budget 58.5", "project_expenditure 58.46", "execution_rate 99.93", "score_budget_execution 9.99"])
        #expect(!checks(text("60 58.5 58.46 10 99.93% 9.99")).contains { !$0.consistent })
    }

    /// A place in an order (排名第 3 名) is no count: not the people a standard per person is paid to (before: 3 x the
    /// standard against the sum, a false alarm).
    @Test func aPlaceInAnOrderIsNoCount() {
        let found = checks("某县民政局2024年度项目绩效自评报告\n在全市民政工作考核中排名第3名，按每人每月100元标准发放补助，全年发放资金12.00万元。\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// Three subsidies' budgets under their total (三个项目预算合计 A。其中：学前教育幼儿资助预算 a，…；…小学每生每年 500 元、
    /// 初中每生每年 625 元；…), then each one's spending and rate (其中：学前教育幼儿资助支出 b，执行率 r；…): each rate over
    /// its own budget by name, not the total's (before: a false alarm), and a second standard after the first no sum at
    /// it (before: 625 元 read as the sum of 3,500 pupils at 500 元, a false alarm).
    @Test func partsRatesOverTheirOwnBudgetsAndTwoStandardsOfOneCount() {
        let report = "某县教育局2024年度学生资助项目绩效自评报告\n一、项目基本情况\n2024年学前教育幼儿资助、义务教育家庭经济困难学生生活补助和普通高中国家助学金三个项目预算合计486.50万元。其中：学前教育幼儿资助预算52.50万元，资助幼儿525人，每生每年1,000元；义务教育家庭经济困难学生生活补助预算294.00万元，资助学生3,500人，小学每生每年500元、初中每生每年625元；普通高中国家助学金预算140.00万元，资助学生700人，每生每年2,000元。\n二、项目资金使用情况\n截至2024年12月31日，三个项目实际支出481.20万元，预算执行率98.91%。其中：学前教育幼儿资助支出52.50万元，执行率"
        expectRightAndWrong({ checks(report + $0 + "%；义务教育生活补助支出288.70万元，执行率98.20%；普通高中国家助学金支出140.00万元，执行率100%。\n") },
                            right: "100", wrong: "98", recomputed: 100, where: { $0.check.hasPrefix("学前教育幼儿资助支出执行率") })
        let all = checks(report + "100%；义务教育生活补助支出288.70万元，执行率98.20%；普通高中国家助学金支出140.00万元，执行率100%。\n")
        #expect(all.allSatisfy(\.consistent) && !all.contains { $0.rule == "standard" }, "\(all)")
    }

    /// Two projects' sections, each with its central money (（一）A 项目。预算 A，其中：中央资金预算 a，…。实际支出 B，其中：
    /// 中央资金支出 b，执行率 r): r is b over a, not over the project's whole budget (before: a false alarm); the second
    /// project stating no central budget of its own ((二)B 项目。预算 C。…其中：中央资金支出 d，执行率 r') is not set against
    /// the first's central budget.
    @Test func aPartsRateOverItsOwnProjectsMoney() {
        let first = "某县农业农村局2024年度项目支出绩效自评报告\n（一）A项目。预算100.00万元，其中：中央资金预算60.00万元，县级资金预算40.00万元。实际支出95.00万元，其中：中央资金支出57.00万元，执行率"
        expectRightAndWrong({ checks(first + $0 + "%。\n") }, right: "95.00", wrong: "57.00", recomputed: 95, where: { $0.rule == "execution-rate" })
        let found = checks(first + "95.00%。\n（二）B项目。预算200.00万元。实际支出190.00万元，其中：中央资金支出120.00万元，执行率95.00%。\n")
        #expect(found.allSatisfy(\.consistent) && found.filter { $0.rule == "execution-rate" }.count == 1, "\(found)")
    }

    /// A budget's disclosure: the year's appropriations by function, each with its change (一般公共预算当年拨款支出 A，比上年
    /// 增加 a。其中：交通运输支出 b，比上年增加 c；…): the total's change against the parts' (unchecked before: the parts read
    /// as outturns, their changes from another base). And money per kilometre of road (养护里程 1,286 公里，…养护资金
    /// 1,543.20 万元，平均每公里养护成本 1.20 万元): unread before (an opener of two scalars after 每).
    @Test func appropriationsChangesByFunctionAndMoneyPerKilometre() {
        let report = "某县交通运输局2025年部门预算公开说明\n二、一般公共预算当年拨款支出情况\n一般公共预算当年拨款支出6,520.30万元，比上年增加498.20万元。其中：交通运输支出5,860.10万元，比上年增加"
        expectRightAndWrong({ checks(report + $0 + "万元；社会保障和就业支出412.40万元，比上年增加18.90万元；卫生健康支出102.60万元，比上年增加5.20万元；住房保障支出145.20万元，比上年增加3.60万元。\n") },
                            right: "470.50", wrong: "480.50", recomputed: 498.2, recomputedWrong: 508.2, where: { $0.rule == "change-breakdown" })
        let road = "某县交通运输局2024年度农村公路养护项目绩效自评报告\n全县农村公路养护里程1,286公里，全年安排养护资金1,543.20万元，平均每公里养护成本"
        expectRightAndWrong({ checks(road + $0 + "元。\n") }, right: "12,000", wrong: "13,000", recomputed: 1543.2 / 1286, where: { $0.rule == "average" })
    }

    /// A hospital's year named by its sums (收入合计 A，其中：…。支出合计 B，其中：…。收支结余 C): C = A - B (unchecked before:
    /// only revenue and spending named bare were read as the year's).
    @Test func theYearsBalanceAfterItsSums() {
        let report = "某县人民医院2024年度部门整体支出绩效自评报告\n二、部门财务情况\n2024年收入合计42,860.35万元，其中：财政拨款收入3,560.20万元，事业收入（医疗收入）38,920.15万元，其他收入380.00万元。支出合计41,920.80万元，其中：基本支出39,860.40万元，项目支出2,060.40万元。收支结余"
        expectRightAndWrong({ checks(report + $0 + "万元。\n") }, right: "939.55", wrong: "993.55", recomputed: 42860.35 - 41920.8, where: { $0.rule == "balance" })
    }

    /// Appropriations' spending against their initial budget under the heading that names them, the sentence naming only
    /// the measures (四、财政拨款支出决算情况说明 / …年初预算为 A，支出决算为 B，完成年初预算的 r): B over A (unchecked
    /// before: 支出决算 read as the department's whole spending, the budget as the appropriations').
    @Test func appropriationsSpendingAgainstTheBudgetItsHeadingNames() {
        let report = "某县卫生健康局2024年度部门决算说明\n四、财政拨款支出决算情况说明\n2024年度财政拨款支出2,968.33万元，与上年相比增加186.52万元，增长6.70%。年初预算为2,850.00万元，支出决算为2,968.33万元，完成年初预算的"
        expectRightAndWrong({ checks(report + $0 + "%。\n") }, right: "104.15", wrong: "105.15", recomputed: 100 * 2968.33 / 2850,
                            where: { $0.check == "appropriation actual / budget (2024, %)" })
    }

    /// An item of all money and the same item of appropriations alone (基本支出 826.40 万元 of the year's spending;
    /// 一般公共预算财政拨款基本支出 800.00 万元, or 基本支出 800.00 万元 under a heading naming that) are two figures, not one
    /// stated again (a false alarm); the same item twice with two values, as the labels and headings say, still is one.
    @Test func anItemOfAllMoneyAndOfAppropriations() {
        let report = "某局2023年度部门决算\n三、支出决算情况说明。2023年度基本支出826.40万元。\n"
        for second in ["六、一般公共预算财政拨款基本支出决算情况说明。2023年度一般公共预算财政拨款基本支出800.00万元。",
                       "六、一般公共预算财政拨款基本支出决算情况说明。2023年度基本支出800.00万元。"] {
            #expect(!checks(report + second + "\n").contains { $0.rule == "restated" }, "\(second)")
        }
        for heading in ["六、其他重要事项的情况说明。", "二、一般公共预算收支情况。"] {
            expectRightAndWrong({ checks(report + heading + "2023年度基本支出\($0)万元。\n") }, right: "826.40", wrong: "800.00", recomputed: 826.40,
                                where: { $0.rule == "restated" })
        }
    }
}

@Suite struct PublishedFormTests {
    func extraction(_ text: String) -> ReportExtraction { ReportExtractor.extract(text: text, source: "t.txt") }
    func checks(_ text: String) -> [AuditCheck] { ReportAudit.audit(extraction(text)) }
    func figures(_ text: String) -> Set<String> {
        Set(extraction(text).figures.map { "\($0.indicator) \($0.year) \(DecimalText.shortest($0.value))" })
    }

    /// A 部门整体支出绩效自评表 as a web page copies it: every row as wide as the widest, the funds' label spanning
    /// the header's two label columns, and a row whose cell held a line break.
    static let form = "部门整体支出绩效自评表 | |||||||||\n"
        + "单位(盖章):绥阳县太白镇人民政府 | 填报日期:2022年2月3日 | ||||||||\n"
        + "（2021年度） | |||||||||\n"
        + "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | |||\n"
        + "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 | ||||\n"
        + "基本支出 | 985.19 | 914.97 |\n10 | 10 | |||||\n"
        + "项目支出 | 187.36 | 353.75 | 10 | 10 | |||||\n"

    @Test func aRowWhoseLabelSpansTwoColumnsAndARowBrokenOverTwoLinesStandUnderTheirHeaders() {
        // Each amount under its own column: the budget is no 执行数, the 分值 no amount. (Read by position, the funds'
        // row put 1268.72 under 年初预算数 and 10 under 全年执行数, and the broken row ended the table.)
        #expect(figures(Self.form) == ["total_expenditure 2021 1268.72", "basic_expenditure 2021 914.97", "project_budget 2021 187.36",
                                       "project_expenditure 2021 353.75"])
        // The same with CRLF line ends: the broken row's two lines are still next to each other (they were not, by one
        // scalar, and the table ended at the break).
        #expect(figures(Self.form.replacingOccurrences(of: "\n", with: "\r\n")) == figures(Self.form))
        // A short row that the next line does not complete (it would have too many cells) stays apart: the table ends.
        let overfull = Self.form.replacingOccurrences(of: "\n10 | 10 | |||||\n", with: "\n10 | 10 | a | b | c | d | e | f | g |\n")
        #expect(figures(overfull) == ["total_expenditure 2021 1268.72"])
    }

    @Test func theDateAFormWasFilledInNamesNoYearOfTheReport() {
        #expect(extraction(Self.form).year == 2021)
        // Without the year's line, the form names none: nothing is read as the filling year's.
        let undated = Self.form.replacingOccurrences(of: "（2021年度） | |||||||||\n", with: "")
        #expect(extraction(undated).year == nil && figures(undated).isEmpty)
    }

    @Test func aFormsFieldNamesTheDepartmentAcrossABlankLine() {
        // A form copied one cell to a paragraph: each field's value after a blank line.
        let cells = ["项目支出绩效自评表", "（2019年度）", "项目名称", "办公宿舍楼暖通改造经费", "主管部门", "廊坊市发改委", "实施单位", "廊坊市食品工程学校",
                     "项目资金\n(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                     "年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9"]
        let e = extraction(cells.joined(separator: "\n\n") + "\n")
        #expect(e.department == "廊坊市发改委" && e.year == 2019)
        #expect(Set(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }) == [
            "project_budget 43.2", "project_expenditure 37.24", "execution_rate 86", "score_budget_execution 9"])
    }

    @Test func aColumnOfAQuantityAddsUpToItsTotalRow() {
        func allocation(_ c: String, header: String = "养护里程（公里）") -> String {
            "某市财政局关于2024年农村公路养护补助资金分配情况的说明\n表1 2024年农村公路养护补助资金分配表\n| 县（区） | \(header) | 补助资金（万元） |\n"
                + "| A县 | 2,040 | 1,020 |\n| B县 | 1,720 | 860 |\n| C区 | \(c) | 745 |\n| 合计 | 5,250 | 2,625 |\n"
        }
        expectRightAndWrong({ checks(allocation($0)) }, right: "1,490", wrong: "1,590", recomputed: 5250, recomputedWrong: 5350,
                            where: { $0.rule == "breakdown" && $0.check.hasPrefix("合计·养护里程") })
        // A unit per unit (a standard, 元/公里) or an average is no quantity to add up.
        for header in ["补助标准（元/公里）", "人均里程（公里）"] {
            #expect(checks(allocation("1,490", header: header)).map(\.check) == ["合计 2024 = A县 + B县 + C区"], "\(header)")
        }
    }

    @Test func aRowsMoneyIsItsQuantityTimesTheStandardTheTextStates() {
        func allocation(_ c: String, standard: String = "补助标准为每公里每年0.5万元") -> String {
            "某市财政局关于2024年农村公路养护补助资金分配情况的说明\n资金按养护里程分配，\(standard)。\n"
                + "| 县（区） | 养护里程（公里） | 补助资金（万元） |\n| A县 | 2,040 | 1,020 |\n| C区 | 1,490 | \(c) |\n| 合计 | 3,530 | 1,765 |\n"
        }
        expectRightAndWrong({ checks(allocation($0)) }, right: "745", wrong: "754", recomputed: 745, where: { $0.rule == "standard" && $0.check.hasPrefix("C区") })
        #expect(checks(allocation("745")).filter { $0.rule == "standard" }.count == 3)
        // In 元 too; but a cap (不超过), or two standards of the unit (which row has which?), or one per month is no
        // year's standard.
        #expect(checks(allocation("745", standard: "按每公里5,000元补助")).filter { $0.rule == "standard" && !$0.consistent }.isEmpty)
        #expect(checks(allocation("745", standard: "按每公里5,000元补助")).filter { $0.rule == "standard" }.count == 3)
        for other in ["每公里每年补助不超过0.6万元", "县道每公里0.6万元，乡道每公里0.4万元", "每公里每月补助0.05万元"] {
            #expect(checks(allocation("745", standard: other)).filter { $0.rule == "standard" }.isEmpty, "\(other)")
        }
    }

    @Test func casesAndTransactionsAreCountsOneByOne() {
        // 起 (cases) and 笔 (transactions) move as counts do, exactly: one short is no rounding.
        func cases(_ move: String) -> String { "某县公安局2023年度部门决算\n全年受理案件由860起减少到780起，减少\(move)起。办理贷款由1,200笔增加到1,380笔，增加180笔。\n" }
        expectRightAndWrong({ checks(cases($0)) }, right: "80", wrong: "79", recomputed: -80, where: { $0.check.hasSuffix("起") })
        #expect(checks(cases("80")).filter { $0.check.hasSuffix("笔") }.map { "\($0.stated) \($0.tolerance)" } == ["180.0 0.0"])
    }

    /// A project's form as a web page copies it: every line padded with empty cells (| |||||) as wide as the widest
    /// row, the funds' label column titled on a line of its own, so that the header names the values alone.
    static func paddedForm(rate: String = "95.50%", score: String = "9.55") -> String {
        "项目支出绩效自评表 | ||||||||\n(2024年度) | ||||||||\n项目名称 | 乡村道路养护补助 | 主管部门 | 示例县交通运输局 | |||||\n"
            + "资金情况 (万元) |\n全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | |||||\n"
            + "年度资金总额: | 420.00 | 401.10 | 10 | \(rate) | \(score) | |||||\n其中:本年财政拨款 | 420.00 | 401.10 | 10 | 95.50% | 9.55 | |||||\n"
    }

    @Test func aRowPaddedPastItsHeaderAndAHeaderOfValuesAlone() {
        // Each value under its column, the label before them: the rate and the score checked against the row. (Read
        // before as a row of more cells than its header: the table ended there and nothing was read.)
        #expect(figures(Self.paddedForm()) == ["project_budget 2024 420", "project_expenditure 2024 401.1", "execution_rate 2024 95.5",
                                               "score_budget_execution 2024 9.55"])
        expectRightAndWrong({ checks(Self.paddedForm(rate: $0)) }, right: "95.50%", wrong: "95.05%", recomputed: 100 * 401.1 / 420,
                            where: { $0.rule == "execution-rate" && $0.check.hasPrefix("execution_rate = 100 x 年度资金总额") })
        expectRightAndWrong({ checks(Self.paddedForm(score: $0)) }, right: "9.55", wrong: "9.75", recomputed: 9.55,
                            where: { $0.rule == "score-weight" && $0.snippet.hasPrefix("年度资金总额") })
        // Padded further than the header, under a header with its label column: the same figures.
        let labelled = Self.paddedForm().replacingOccurrences(of: "资金情况 (万元) |\n全年预算数(A)", with: "资金情况 (万元) | 全年预算数(A)")
            .replacingOccurrences(of: "得分 | |||||\n", with: "得分 |\n")
        #expect(figures(labelled) == figures(Self.paddedForm()))
    }

    /// A form whose block title heads its labels' column, 预算执行情况(万元)(20分), with the rate as a fraction and the
    /// execution score's full marks in its column's header; its indicators' rows lack the cells merged over them and
    /// one is broken over two lines; a field of boxes to tick above them.
    static func fractionForm(rate: String = "0.77", score: String = "15.3", total: String = "80.3") -> String {
        "项目支出绩效自评表 |\n单位名称:示例县农业农村局 | 填报日期:2024年6月3日 | |||||\n项目名称 | 2023年高标准农田管护项目 | |||||\n"
            + "项目类别 | 1、部门预算项目 □ 2、上级专项 þ | |||||\n"
            + "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n||\n"
            + "年度财政资金总额 | 800 | 612 | \(rate) | \(score) | ||\n年度绩效目标 (80分) |\n"
            + "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
            + "产出指标 | 数量指标 | 管护面积 (亩) |\n12000 | 11800 | 29.5 | |\n数量指标 | 修复设施(处) | 40 | 38 | 19 | ||\n"
            + "效益指标 | 社会效益指标 | 设施完好率(%) | 95 | 96 | 16.5 | |\n总分 | \(total) | |||||\n"
    }

    @Test func aBlockTitleOverTheLabelsARateAsAFractionAndFullMarksInAHeader() {
        let e = extraction(Self.fractionForm())
        #expect(Set(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value))" }) == [
            "project_budget 800", "project_expenditure 612", "execution_rate 77", "score_budget_execution 15.3", "score_total 80.3"])
        // 0.77 is 77% to the hundredth: 612 / 800 = 76.5% is within it, 72% is not.
        expectRightAndWrong({ checks(Self.fractionForm(rate: $0)) }, right: "0.77", wrong: "0.72", recomputed: 76.5,
                            where: { $0.rule == "execution-rate" })
        // The score against the header's 20 marks (not the rules' 10): 20 x 77% = 15.4.
        expectRightAndWrong({ checks(Self.fractionForm(score: $0)) }, right: "15.3", wrong: "13.3", recomputed: 15.4,
                            where: { $0.rule == "score-weight" })
        // Every row's score in the total, the ones short of the merged cells and the one broken over two lines:
        // 15.3 + 29.5 + 19 + 16.5.
        expectRightAndWrong({ checks(Self.fractionForm(total: $0)) }, right: "80.3", wrong: "83.3", recomputed: 80.3,
                            where: { $0.check.hasPrefix("总分") })
    }

    /// A scoring table as a web page copies it: its header broken over lines at the cells that held a line break,
    /// each row led by its number under 序号, the cells merged over several rows given only in the first of them, and
    /// the first row broken over three lines.
    static func brokenHeaderTable(score: String = "14") -> String {
        "某县审计局2024年度部门整体支出绩效评价自评表\n单位 | 某县审计局 | |||||\n序号 | 一级 指标 |\n二级 指标 |\n三级 指标 |\n"
            + "指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |\n"
            + "1 | 决策 (15分) |\n目标设定 (7分) | 绩效目标 合理性 | 4 | 目标是否符合实际。 | 符合实际(4分) |\n4 |\n"
            + "2 | 目标设定 明确性 | 3 | 目标是否细化量化。 | 细化量化(3分) | 2 | ||\n"
            + "3 | 预算编制 (8分) | 预算编制 科学性 | 8 | 编制是否科学。 | 编制科学(8分) | 8 | |\n"
            + "合计 | | | | 15 | | | \(score) |\n"
    }

    @Test func aHeaderBrokenOverLinesAndRowsAfterTheirSequenceNumbers() {
        // Every row's marks and score under their columns, named by the 三级指标 (not by the scoring rules' text).
        expectRightAndWrong({ checks(Self.brokenHeaderTable(score: $0)) }, right: "14", wrong: "15", recomputed: 14,
                            where: { $0.check.hasPrefix("合计") && $0.recomputed == 14 })
        let sums = checks(Self.brokenHeaderTable()).filter { $0.check.hasPrefix("合计") }
        #expect(sums.map(\.check) == Array(repeating: "合计 2024 = 绩效目标合理性 + 目标设定明确性 + 预算编制科学性", count: 2))
        // (The form's field just above, padded with empty cells, 单位 | 某县审计局 | |||||, is no piece of the header.)
        #expect(sums.map(\.recomputed) == [15, 14] && sums.allSatisfy(\.consistent))
        // With CRLF line ends the same, each check at the same place: one scalar further for each line before it.
        let crlf = checks(Self.brokenHeaderTable().replacingOccurrences(of: "\n", with: "\r\n")).filter { $0.check.hasPrefix("合计") }
        #expect(crlf.map(\.check) == sums.map(\.check) && crlf.map(\.recomputed) == [15, 14] && crlf.allSatisfy(\.consistent))
        let scalars = Array(Self.brokenHeaderTable().unicodeScalars)
        #expect(crlf.map(\.offset) == sums.map { $0.offset + scalars[..<$0.offset].count { $0 == "\n" } })
    }

    /// Indicators' rows as a web page copies them: each row gives only the cells it does not share with the rows
    /// above, packed to the left (★验收合格率 | 20 | 100% | 100% | 20 under 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | …).
    static func packedIndicators(score: String = "20") -> String {
        "2023年度项目绩效目标自评表 | ||||||||\n项目名称 | 农村危房改造补助项目 | 实施单位 | 某镇人民政府 | |||||\n"
            + "绩效指标 | 一级 指标 |\n二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 偏差原因 | ||\n产 出 指 标 (50分) |\n"
            + "数量指标 | ★改造户数 | 30 | 120户 | 118户 | 29.5 | ||||\n★验收合格率 | 20 | 100% | 100% | \(score) | ||||||\n合计 | 50 | 49.5 | |||||||\n"
    }

    @Test func anIndicatorsRowShortOfThreeMergedCells() {
        // The row short of three cells (一级, 二级 and its block's title) stands under its columns: its marks and score
        // are the total's parts. (Moved by two at most before, it was read as no row.)
        expectRightAndWrong({ checks(Self.packedIndicators(score: $0)) }, right: "20", wrong: "19", recomputed: 49.5, recomputedWrong: 48.5,
                            where: { $0.check == "合计 2023 = ★改造户数 + ★验收合格率" && $0.stated == 49.5 })
    }

    @Test func aListOpenedBy其中AndACommaReadsAsOneOpenedByAColon() {
        // Counts after 其中，.
        func vehicles(_ third: String) -> String {
            "某单位2025年部门预算\n共有车辆9辆，其中，机要通信用车1辆，应急保障用车2辆，特种专业技术用车\(third)辆。\n"
        }
        expectRightAndWrong({ checks(vehicles($0)) }, right: "6", wrong: "7", recomputed: 9, recomputedWrong: 10, where: { $0.rule == "breakdown" })
        // 其中， ending its line, the parts numbered on the lines below.
        func revenue(_ other: String) -> String {
            "某单位2023年度决算\n2023年度本单位本年收入合计1,245.68万元，较上年增加58.32万元，增长4.91%。其中，\n"
                + "（一）财政拨款收入986.40万元，较上年增加72.10万元。\n（二）事业收入186.28万元，较上年减少16.72万元。\n"
                + "（三）其他收入\(other)万元，较上年增加2.94万元。\n"
        }
        expectRightAndWrong({ checks(revenue($0)) }, right: "73.00", wrong: "75.00", recomputed: 1245.68, recomputedWrong: 1247.68,
                            where: { $0.rule == "breakdown" })
    }

    @Test func phrasingsThatSayTheSameReadTheSame() {
        // 了 after a change word: 同比增长了 3.2% is a change, not the rate a gap to the schedule starts from.
        func schedule(_ gap: String) -> String {
            "示例县上半年财政收支情况\n发布时间：2025-07-10\n1-6月，全县一般公共预算支出完成21.37亿元，完成年初预算的48.6%，同比增长了3.2%，低于序时进度\(gap)个百分点。\n"
        }
        expectRightAndWrong({ checks(schedule($0)) }, right: "1.4", wrong: "1.6", recomputed: 1.4, where: { $0.rule == "point-change" })
        // The later year named with the change, in its clause or in one that only compares, without a level of its own: the
        // change is into that year from the level stated before, its percent against that level.
        for comparison in ["较上年", "与上年相比，"] {
            func threePublic(_ rate: String) -> String {
                "某单位2023年度部门整体支出绩效自评报告\n2022年“三公”经费实际支出26.10万元，2023年\(comparison)减少1.74万元，变动率为\(rate)%。\n"
            }
            expectRightAndWrong({ checks(threePublic($0)) }, right: "-6.67", wrong: "-6.25", recomputed: -1.74 / 26.10 * 100,
                                where: { $0.rule == "change-percent" })
        }
        // A count's share in parentheses, as after a comma.
        func grades(_ good: String) -> String {
            "某县2023年度绩效自评结果\n覆盖项目1,246个。自评等级为“优”的项目892个（占71.59%）；“良”的项目\(good)个（占22.95%）；“中”的项目51个（占4.09%）；“差”的项目17个（占1.36%）。\n"
        }
        expectRightAndWrong({ checks(grades($0)) }, right: "286", wrong: "296", recomputed: 286.0 / 1246 * 100, recomputedWrong: 296.0 / 1246 * 100,
                            where: { $0.rule == "share" && $0.stated == 22.95 })
        // And after 所占比重为, as after 占.
        func weighted(_ good: String) -> String {
            "某县2023年度绩效自评结果\n覆盖项目1,246个。自评等级为“优”的项目892个，所占比重为71.59%；“良”的项目\(good)个，所占比重为22.95%；“中”的项目51个，所占比重为4.09%；“差”的项目17个，所占比重为1.36%。\n"
        }
        expectRightAndWrong({ checks(weighted($0)) }, right: "286", wrong: "296", recomputed: 286.0 / 1246 * 100, recomputedWrong: 296.0 / 1246 * 100,
                            where: { $0.rule == "share" && $0.stated == 22.95 })
        // 具体为： opens a list of parts as 其中： does (a count's too, whose reader looks for 其中).
        func specified(_ roads: String) -> String {
            "某县2024年度衔接资金项目绩效自评报告\n资金共安排项目146个，具体为：产业发展类项目92个，安排资金5,624.00万元，占65.00%；基础设施类项目\(roads)个，安排资金2,163.00万元，占25.00%；就业帮扶及其他项目16个，安排资金865.00万元，占10.00%。\n"
        }
        expectRightAndWrong({ checks(specified($0)) }, right: "38", wrong: "39", recomputed: 146, recomputedWrong: 147,
                            where: { $0.rule == "breakdown" && $0.stated == 146 })
        // And after 约占 (about): the parts of a count, each with its money and its share, still add up to the count.
        func roughly(_ roads: String) -> String {
            "某县2024年度衔接资金项目绩效自评报告\n资金共安排项目146个，其中：产业发展类项目92个，安排资金5,624.00万元，约占65.00%；基础设施类项目\(roads)个，安排资金2,163.00万元，约占25.00%；就业帮扶及其他项目16个，安排资金865.00万元，约占10.00%。\n"
        }
        expectRightAndWrong({ checks(roughly($0)) }, right: "38", wrong: "39", recomputed: 146, recomputedWrong: 147,
                            where: { $0.rule == "breakdown" && $0.stated == 146 })
    }

    @Test func revenueSourcesAfterAnInline其中GoOnPastASemicolon() {
        // 其中 straight before its first item, the sources each with its share, ； between them: all the revenue's parts.
        func revenue(_ other: String) -> String {
            "某单位2023年度部门决算\n本年收入合计1,268.45万元，其中财政拨款收入1,196.80万元，占94.35%；其他收入\(other)万元，占5.65%。\n"
        }
        expectRightAndWrong({ checks(revenue($0)) }, right: "71.65", wrong: "81.65", recomputed: 1268.45, recomputedWrong: 1278.45,
                            where: { $0.rule == "breakdown" })
        // (Not spending's parts past a revenue item: a sibling of the whole after ； still closes an inline 其中.)
        let sides = "某单位2023年度部门决算\n基本支出986.40万元，其中人员经费800.00万元、公用经费186.40万元；项目支出254.90万元。\n"
        #expect(checks(sides).map(\.check) == ["基本支出 2023 = 人员经费 + 公用经费"], "\(checks(sides))")
    }

    @Test func aListInsideAnItemEndsAtACommaBeforeTheItemsSibling() {
        // 人员经费's list (主要包括：…) ends at the comma before 公用经费, its sibling under 基本支出: ， as ； does.
        func basic(_ office: String) -> String {
            "某单位2023年度部门决算\n2023年度一般公共预算财政拨款基本支出968.78万元，其中：人员经费856.32万元，主要包括：基本工资286.40万元、"
                + "其他工资福利支出569.92万元，公用经费112.46万元，主要包括：办公费\(office)万元、其他商品和服务支出94.26万元。\n"
        }
        expectRightAndWrong({ checks(basic($0)) }, right: "18.20", wrong: "19.20", recomputed: 112.46, recomputedWrong: 113.46,
                            where: { $0.rule == "breakdown" && $0.check.hasPrefix("公用经费") })
        let right = checks(basic("18.20"))
        #expect(right.count == 3 && right.allSatisfy { $0.consistent }, "\(right)")
    }

    @Test func aChangesPercentCuedByItsSizeOrByABareWordAfterItsAmount() {
        // 减幅 like 降幅 (the 2017 level is 2.7 + 0.06; the publisher's 0.02% is wrong).
        func threePublic(_ percent: String) -> String {
            "某单位2018年部门预算说明\n2018年财政拨款“三公”经费预算总额为2.7万元。2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅 \(percent)%。\n"
        }
        expectRightAndWrong({ checks(threePublic($0)) }, right: "2.17", wrong: "0.02", recomputed: -0.06 / 2.76 * 100,
                            where: { $0.rule == "change-percent" })
        // A bare 增 right after the change's amount: that change's percent.
        func wages(_ percent: String) -> String {
            "某单位2018年部门预算说明\n2018年工资福利支出预算120.00万元，较上年增20.00万元，增\(percent)%。\n"
        }
        expectRightAndWrong({ checks(wages($0)) }, right: "20", wrong: "25", recomputed: 20, where: { $0.rule == "change-percent" })
        // A bare 减 after a clause that only compares: the change of what the words before it name, not a level of it.
        func appropriation(_ percent: String) -> String {
            "某街道2024年度部门决算\n2024年度一般公共预算财政拨款支出5,198.26万元。与2023年度相比，一般公共预算财政拨款支出减126.74万元，下降\(percent)%。\n"
        }
        expectRightAndWrong({ checks(appropriation($0)) }, right: "2.38", wrong: "2.83", recomputed: -126.74 / (5198.26 + 126.74) * 100,
                            where: { $0.rule == "change-percent" })
        #expect(extraction(appropriation("2.38")).statements.filter { $0.value == 126.74 }.map(\.role) == [.change(sign: -1)])
        // Not after a level: 增 there names no change.
        #expect(checks("某单位2018年部门预算说明\n2018年工资福利支出预算120.00万元，增20%。\n").isEmpty)
        // A count's move and its percent named by its size (增幅为, 降幅): the percent of the count before the move.
        func projects(_ percent: String) -> String { "某市2024年政府采购情况\n2024年，全市政府采购预算金额52.36亿元。全年共完成采购项目3,286个，比上年增加412个，增幅为\(percent)%。\n" }
        expectRightAndWrong({ checks(projects($0)) }, right: "14.34", wrong: "12.54", recomputed: 412.0 / (3286 - 412) * 100,
                            where: { $0.rule == "quantity-move" && $0.stated > 10 })
        // Also when the count is the first thing the report states.
        func first(_ percent: String) -> String { "某市2024年政府采购情况\n全年共完成采购项目3,286个，比上年增加412个，增长\(percent)%。\n" }
        expectRightAndWrong({ checks(first($0)) }, right: "14.34", wrong: "12.54", recomputed: 412.0 / (3286 - 412) * 100,
                            where: { $0.rule == "quantity-move" })
    }

    /// A 部门整体支出绩效评价自评表 copied from a web page with its explanation columns: the header broken over lines,
    /// rows packed to the left under merged 一级 / 二级 cells, and the 合计 row's label spanning the columns of names
    /// (合计 | 100 | | | 93.7 |). The total is read under the header's last columns and checked against the indicators'
    /// scores; an indicator whose name holds a section's word (社会效益 under 效益) scores itself, not the section.
    @Test func aScoreTableWithItsTotalsLabelSpanningTheNames() {
        func text(_ total: String) -> String {
            """
            某县卫生健康局2023年度部门整体支出绩效评价自评表
            单位 | 某县卫生健康局 |||||||
            序号 | 一级 指标 |
            二级 指标 |
            三级 指标 |
            指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |
            1 | 决策 (20分) |
            目标设定 (10分) | 绩效目标 合理性 | 5 | 部门是否设置年度绩效目标，目标是否符合实际。 | 目标合理（5分）；不合理不得分。 |
            5 |
            2 | 绩效目标 明确性 | 5 | 是否制定明确、细化、量化的绩效目标。 | 细化量化（5分）。 | 4 | ||
            3 | 预算配置 (10分) | 预算编制 科学性 | 10 | 预算编制是否有测算依据。 | 依据充分（10分）。 | 9 | ||
            4 | 过程 (30分) |
            预算执行 (20分) | 预算执行率 | 10 | 预算执行数与预算数的比率。预算执行率=(预算执行数/预算数)×100%。 | 执行率×10分。 | 9.7 | ||
            5 | 结转结余率 | 10 | 结转结余总额与支出预算数的比率。 | 低于5%得10分。 | 10 | ||
            6 | 预算管理 (10分) | 管理制度 健全性 | 10 | 是否建立健全财务管理制度。 | 健全（10分）。 | 10 | ||
            7 | 产出 (30分) | 职责履行 (30分) | 重点工作 完成率 | 30 | 重点工作完成情况。 | 全部完成得30分。 | 28 | ||
            8 | 效益 (20分) | 履职效益 (20分) | 社会效益 | 10 | 履职对社会的影响。 | 效果显著（10分）。 | 9 | ||
            9 | 服务对象 满意度 | 10 | 群众满意程度。 | 满意度90%以上（10分）。 | 9 | ||
            合计 | 100 | | | \(total) |
            """
        }
        #expect(figures(text("93.7")) == ["score_budget_execution 2023 9.7", "score_satisfaction 2023 9", "score_total 2023 93.7"], "\(figures(text("93.7")))")
        expectRightAndWrong({ checks(text($0)) }, right: "93.7", wrong: "94.7", recomputed: 93.7, where: { $0.stated != 100 && $0.check.hasPrefix("合计") })
        // (The full marks add up too: 100.)
        #expect(checks(text("93.7")).contains { $0.stated == 100 && $0.recomputed == 100 && $0.consistent })
    }

    /// A score table a PDF's text laid out column after column: each indicator's marks in brackets, its score at the
    /// start of the next line, the sections' marks between them and the total after the last. The indicators' scores
    /// are the total's parts when their marks make the total's; an execution rate's score is that figure.
    @Test func aScoreTableLaidOutColumnAfterColumn() {
        func text(_ total: String, marks: String = "15") -> String {
            """
            某县农业农村局2023年度部门整体支出绩效自评报告
            二、绩效自评情况
            2023 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门决 策(20 分) 目标设定(10 分) 依据充分性(5 分)
            5 目标明确性(5 分)
            4 预算配置(10 分) 预算编制科学性(5 分)
            4 重点支出保障(5 分)
            5 部门管 理(30 分) 资金管理(15 分) 预算执行率(5 分)
            4.87 结转结余控制(5 分)
            5 资金使用合规性(5 分)
            5 资产管理(5 分) 资产管理规范性(5 分)
            4 制度建设(10 分) 管理制度健全性(5 分)
            5 信息公开(5 分)
            5 部门绩 效(50 分) 产出(30 分) 重点工作完成率(\(marks) 分)
            15 工作完成及时性(15 分)
            13 效果(20 分) 社会效益(10 分)
            9 服务对象满意度(10 分)
            9 总分
            \(total)
            """
        }
        let parts = { (c: AuditCheck) in c.rule == "breakdown" && c.check.hasPrefix("总分") }
        expectRightAndWrong({ checks(text($0)) }, right: "92.87", wrong: "93.87", recomputed: 92.87, where: parts)
        // (The marks before the score, 总分 100 92.87, are the total's.)
        expectRightAndWrong({ checks(text("100 " + $0)) }, right: "92.87", wrong: "93.87", recomputed: 92.87, where: parts)
        #expect(figures(text("92.87")).isSuperset(of: ["score_total 2023 92.87", "score_budget_execution 2023 4.87", "score_satisfaction 2023 9"]))
        // An indicator whose name holds a section's word (社会效益) is no section's score.
        #expect(!figures(text("92.87")).contains { $0.hasPrefix("score_benefit") })
        // Marks that do not make the total's (a section's score among them, or another table's) give no parts.
        #expect(!checks(text("92.87", marks: "25")).contains(where: parts))
        #expect(!checks(text("95 92.87")).contains(where: parts))
    }

    /// A 项目支出绩效自评表 flattened into one line by single spaces (a converter's text of a .doc): the template's
    /// funds columns read as a table, each figure at its own offset in the line; a line with no such run of column
    /// names, or a run of spaces between them, is left as it is.
    @Test func theFundsTableOfAFormFlattenedIntoOneLine() {
        func text(_ rate: String) -> String {
            "附件: 项目支出绩效自评表 (2023年度) 项目名称 档案数字化项目 主管部门 某县档案馆 实施单位 某县档案馆 项目资金 (万元) 年初预算数 全年预算数 "
                + "全年执行数 分值 执行率 得分 年度资金总额: 60 60 57.6 10 \(rate)% 9.6 其中:本年财政拨款 60 60 57.6 上年结转资金 其他资金 年度总体目标 "
                + "预期目标 实际完成情况 完成档案数字化20万页。\n"
        }
        let e = extraction(text("96"))
        #expect(Set(e.figures.map { "\($0.indicator) \(DecimalText.shortest($0.value)) \($0.offset)" })
                == ["project_budget 60 107", "project_expenditure 57.6 110", "execution_rate 96 118", "score_budget_execution 9.6 122"], "\(e.figures)")
        let scalars = Array(text("96").unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[110..<114])) == "57.6" && String(String.UnicodeScalarView(scalars[118..<121])) == "96%")
        expectRightAndWrong({ checks(text($0)) }, right: "96", wrong: "90", recomputed: 96, where: { $0.check.hasPrefix("execution_rate") })
        #expect(checks(text("96")).allSatisfy { $0.consistent })
        // (Column names in prose, or set apart by runs of spaces, are no flattened form.)
        #expect(FlattenedForms.pieces("年初预算数 全年预算数 全年执行数 执行率 等指标均已填报，全年执行数为 57.6 万元。") == nil)
        #expect(FlattenedForms.pieces("项目资金  年初预算数  全年预算数  全年执行数  执行率 年度资金总额 60 60 57.6 96%") == nil)
    }

    /// A form copied one cell to a line, each field's label on a line of its own and its value alone on the next, blank
    /// lines between (人员编制 / 24; 年度预算数(万元) / 486.20; 其中:基本支出 / 356.20; 项目支出 / 130.00; 实际支出数(万元) /
    /// 471.35 …), or label and value on one line: each field ends with its value (a value ran into the next label:
    /// 项目支出130.00实际支出数(万元)471.35 was read as the project's spending, a wrong figure), the fields after a 其中
    /// field are its parts until one names its own unit, and the parts take the unit of the whole's label.
    @Test func aFormWithEachFieldsValueOnTheLineAfterItsLabel() {
        func form(_ projectSpent: String, sameLine: Bool) -> String {
            let fields = [("人员编制", "24"), ("在职人数", "22"), ("年度预算数(万元)", "486.20"), ("其中:基本支出", "356.20"), ("项目支出", "130.00"),
                          ("实际支出数(万元)", "471.35"), ("其中:基本支出", "352.10"), ("项目支出", projectSpent), ("预算执行率", "96.95%"), ("自评总分", "92")]
            return "某市2024年度部门整体支出\n\n绩效评价自评报告\n\n部门(单位)名称:  某市城市管理监督指挥中心\n\n二、部门(单位)整体支出情况\n\n"
                + fields.map { sameLine ? "\($0.0)：\($0.1)\n" : "\($0.0)\n\n\($0.1)\n\n" }.joined()
        }
        for sameLine in [false, true] {
            let read = figures(form("119.25", sameLine: sameLine))
            #expect(read == [
                "staff_in_service 2024 22", "project_budget 2024 130", "total_expenditure 2024 471.35", "basic_expenditure 2024 352.1",
                "project_expenditure 2024 119.25", "execution_rate 2024 96.95", "score_total 2024 92",
            ], "\(sameLine)")
            expectRightAndWrong({ checks(form($0, sameLine: sameLine)) }, right: "119.25", wrong: "119.52", recomputed: 471.35, recomputedWrong: 471.62,
                                where: { $0.rule == "breakdown" && $0.stated == 471.35 })
            let budgets = checks(form("119.25", sameLine: sameLine)).filter { $0.rule == "breakdown" && $0.stated == 486.2 }
            #expect(budgets.count == 1 && budgets[0].consistent && abs(budgets[0].recomputed - 486.2) < 1e-9, "\(budgets)")
        }
    }
}

/// Text as pdftotext leaves a PDF: paragraphs broken into lines at the page's width (a number kept whole and moved to
/// the next line), tables laid out by spaces, each cell where the page set it.
@Suite struct LaidOutTextTests {
    func extraction(_ text: String) -> ReportExtraction { ReportExtractor.extract(text: text, source: "t.txt") }
    func checks(_ text: String) -> [AuditCheck] { ReportAudit.audit(extraction(text)) }

    @Test func aNumberThatEndsAFieldsLineTakesItsUnitFromTheNextLine() {
        // 经济分类：… reads as a line of a form's fields; the 万元 on the next line is still its last amount's unit.
        func text(_ total: String) -> String {
            "某局2024年部门预算\n2024年支出\(total)万元。按\n经济分类：工资福利支出1,652.30万元；商品和服务支出1,284.70\n万元；对个人和家庭的补助205.40万元；资本性支出126.00万元。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "3,268.40", wrong: "3,368.40", recomputed: 1652.3 + 1284.7 + 205.4 + 126,
                            where: { $0.rule == "breakdown" })
        #expect(extraction(text("3,268.40")).statements.contains { $0.label == "商品和服务支出" && $0.value == 1284.7 })
    }

    @Test func aHeadingLineBrokenBeforeItsAmountGoesOnIntoIt() {
        // The item's label alone on a line as a heading would be; its amount and share on the next are its own.
        func text(_ share: String) -> String {
            "示例中学2024年单位预算公开说明\n二、一般公共预算拨款支出情况\n2024年一般公共预算拨款支出预算8,102,340.00元，主要用于：\n"
                + "（一）教育支出（类）普通教育（款）初中教育（项）6,854,200.00元，占84.60%。\n"
                + "（二）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）768,140.00元，占9.48%。\n"
                + "（三）住房保障支出（类）住房改革支出（款）住房公积金（项）\n480,000.00元，占\(share)%。\n"
        }
        expectRightAndWrong({ checks(text($0)) }, right: "5.92", wrong: "6.92", recomputed: 48 / 810.234 * 100,
                            where: { $0.rule == "share" && $0.check.contains("住房保障支出") })
        // (It had been the share of the item before it, a false alarm.)
        #expect(checks(text("5.92")).allSatisfy { $0.consistent })
    }

    /// A 决算 section's numbered items set 28 characters of Chinese to a line: the first line of each is as wide as
    /// the page, though it holds more scalars than a line of words alone, and one breaks past a colon (…（项）：年 /
    /// 初预算为…).
    static func numberedItems(_ rate: String) -> String {
        ["某镇人民政府2024年度部门决算情况说明", "五、一般公共预算财政拨款支出决算情况说明",
         "1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务", "（款）行政运行（项）：年初预算为860.00万元，支出决算为",
         "912.45万元，完成年初预算的106.10%，决算数大于年初预算数", "的主要原因是人员调资。",
         "2. 社会保障和就业支出（类）行政事业单位养老支出（款）机", "关事业单位基本养老保险缴费支出（项）：年初预算为168.00万",
         "元，支出决算为165.32万元，完成年初预算的98.40%。",
         "3. 农林水支出（类）农业农村（款）农业生产发展（项）：年", "初预算为300.00万元，支出决算为426.80万元，完成年初预算的",
         "\(rate)%，决算数大于年初预算数的主要原因是追加高标准农田", "配套资金。", ""].joined(separator: "\n")
    }

    @Test func aNumberedParagraphsFullFirstLineIsNoTitle() {
        expectRightAndWrong({ checks(Self.numberedItems($0)) }, right: "142.27", wrong: "124.27", recomputed: 426.8 / 300 * 100,
                            where: { $0.rule == "completion" && $0.check.hasPrefix("农林水支出") })
        // Each item's label is the whole of its first line and the next's up to the colon.
        let labels = checks(Self.numberedItems("142.27")).filter { $0.rule == "completion" }.map(\.check)
        #expect(labels.count == 3 && labels[0].hasPrefix("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项） "), "\(labels)")
        #expect(labels[1].hasPrefix("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项） "), "\(labels)")
    }

    /// A 绩效指标 table as pdftotext -layout gives it: the 调整指标值 column gone, the 合计 row's two values far to the
    /// right, under the two columns whose headers are widest on the page.
    static func indicatorTable(_ score: String) -> String {
        ["某区水务局2023年度部门整体绩效自评表", "", "绩效指标",
         "指标名称           计量单位       指标性质       年初指标值        全年完成值        得分系数（%）         指标权重（分）          指标得分（分）          是否核心指标",
         "预算完成率          %          定量指标              90%          92%            100%               10               10   是",
         "河道巡查次数         次          定量指标       240次         192次                   80%               20               \(score)   是",
         "宣传稿件数量         篇          定量指标       60篇          75篇                   100%               10               10   否",
         "合计                                                                                         40               36", ""].joined(separator: "\n")
    }

    @Test func aLaidOutTablesCellsStandUnderTheColumnsTheyAreSetUnder() {
        // The 合计 row's 40 under 指标权重 and 36 under 指标得分, each column adding up (it had put 40 under the scores).
        let right = checks(Self.indicatorTable("16"))
        #expect(right.filter { $0.rule == "breakdown" }.map(\.stated).sorted() == [36, 40] && right.allSatisfy { $0.consistent }, "\(right)")
        // Each row's score against its weight times its 得分系数, the cells tens of blanks apart.
        expectRightAndWrong({ checks(Self.indicatorTable($0)) }, right: "16", wrong: "18", recomputed: 16,
                            where: { $0.rule == "score-coefficient" && $0.check.hasPrefix("河道巡查次数") })
    }

    @Test func aLaidOutTablesRowsAreNoSentences() {
        // A row's cells run together in the normalised text (日常养护里程320公里326公里1515…完工及时率100%): no target's
        // completion is read across them; the table's reader reads the rows.
        let table = ["2023年度项目支出绩效自评表", "", "年度绩效指标",
                     "一级指标       二级指标       三级指标           年度指标值        实际完成值        分值     得分",
                     "产出指标       数量指标       日常养护里程         320公里        326公里          15     15",
                     "产出指标       数量指标       中修工程里程         15公里         13.5公里         15   13.5",
                     "产出指标       时效指标       完工及时率                100%          95%     10    9.5",
                     "总分                                                               40     38", ""].joined(separator: "\n")
        let found = checks(table)
        #expect(found.map(\.rule) == ["breakdown", "breakdown"] && found.map(\.stated) == [40, 38] && found.map(\.recomputed) == [40, 38]
                && found.allSatisfy { $0.consistent }, "\(found)")
        // A completion the text states outside the table is still read.
        let stated = table + "日常养护里程计划320公里，实际完成326公里，完成率101.88%。\n"
        #expect(checks(stated).contains { $0.rule == "target-completion" && $0.consistent })
    }
}
