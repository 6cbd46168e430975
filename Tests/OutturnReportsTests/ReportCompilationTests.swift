import Foundation
import Testing
import _TestSupport
@testable import OutturnReports

/// Files of several reports one after another (部门决算汇编, texts a user joined): each report read on its own,
/// under its own body, with offsets into the file; and no report of the fixtures cut in two.
@Suite struct ReportCompilationTests {
    static let written = "Tests/OutturnReportsTests/Fixtures/reports-written/"

    func text(_ path: String) throws -> String { try String(contentsOfFile: TestSupport.path(path), encoding: .utf8) }

    func each(_ text: String) -> [ReportExtraction] {
        var out: [ReportExtraction] = []
        ReportExtractor.extractEach(text: text, source: "compilation.txt") { out.append($0) }
        return out
    }

    /// Two departments' final accounts and a third's 三公 statement joined: each read as when alone, its figures
    /// and checks placed in the joined file.
    @Test func joinedReportsReadAsEachAlone() throws {
        let names = ["juesuan-shuiwu-2023.txt", "juesuan-shengtai-2022.txt", "sangong-juesuan-shuili-2023.txt"]
        let texts = try names.map { try text(Self.written + $0) }
        let parts = each(texts.joined())
        #expect(parts.map(\.department) == ["示例县水务局", "示例市生态环境局", "示例县水利局"])
        var base = 0
        for (name, (alone, part)) in zip(names, zip(texts, parts)) {
            let e = ReportExtractor.extract(text: alone, source: name)
            #expect(!e.figures.isEmpty)
            #expect(part.figures.map(\.indicator) == e.figures.map(\.indicator), "\(name)")
            #expect(part.figures.map(\.value) == e.figures.map(\.value), "\(name)")
            #expect(part.figures.map(\.offset) == e.figures.map { $0.offset + base }, "\(name)")
            let (checks, partChecks) = (ReportAudit.audit(e), ReportAudit.audit(part))
            #expect(!checks.isEmpty)
            #expect(partChecks.map(\.check) == checks.map(\.check), "\(name)")
            #expect(partChecks.map(\.consistent) == checks.map(\.consistent), "\(name)")
            #expect(partChecks.map(\.offset) == checks.map { $0.offset + base }, "\(name)")
            base += alone.unicodeScalars.count
        }
        // The offsets point at the figures' numbers in the joined text.
        let joined = Array(texts.joined().unicodeScalars)
        for f in parts.flatMap(\.figures) {
            let digits = String(String.UnicodeScalarView(joined[f.offset...].prefix { ("0"..."9").contains($0) || $0 == "," || $0 == "." }))
            #expect(Double(digits.replacingOccurrences(of: ",", with: "")) != nil, "\(f.indicator) at \(f.offset)")
        }
    }

    /// A report too long to be read whole (its title once, then its body over and over) is read in sections cut at
    /// its headings: each under the title's department and year, with offsets into the file, and every check a
    /// section makes is one the whole report's reading makes; what only the whole makes relates figures in two
    /// sections. (Sections of 500 to 1,000 scalars here; `sectionLength` is 2^18 to 2^19.)
    @Test func longReportReadInSections() throws {
        let report = try text(Self.written + "selfeval-weijian-2023.txt")
        let title = String(report.prefix { $0 != "\n" }) + "\n"
        let body = report.dropFirst(title.count)
        let long = title + String(repeating: String(body), count: 8)
        var sections: [ReportExtraction] = []
        ReportExtractor.extractEach(text: long, source: "long.txt", department: nil, vocabulary: .standard,
                                    sectionLength: (shortest: 500, longest: 1_000, numbers: 1 << 30)) { sections.append($0) }
        #expect(sections.count >= 3)
        #expect(sections.map(\.continuesReport) == [false] + Array(repeating: true, count: sections.count - 1))
        #expect(sections.allSatisfy { $0.department == "示例县卫生健康局" && $0.year == 2023 })
        // Read whole, as a report of up to 2^19 scalars is.
        let whole = ReportExtractor.extract(text: long, source: "long.txt")
        #expect(Set(sections.flatMap(\.figures).map { "\($0.indicator) \($0.value)" }) == Set(whole.figures.map { "\($0.indicator) \($0.value)" }))
        let scalars = Array(long.unicodeScalars)
        for f in sections.flatMap(\.figures) {
            let digits = String(String.UnicodeScalarView(scalars[f.offset...].prefix { ("0"..."9").contains($0) || $0 == "," || $0 == "." }))
            #expect(Double(digits.replacingOccurrences(of: ",", with: "")) == f.value, "\(f.indicator) at \(f.offset)")
        }
        // (The whole checks a year's score total once, each section its own: the same check, more often.)
        func what(_ c: AuditCheck) -> String { "\(c.check) \(c.stated) \(c.recomputed) \(c.consistent)" }
        func key(_ c: AuditCheck) -> String { "\(c.offset) " + what(c) }
        let inSections = sections.flatMap { ReportAudit.audit($0) }, ofWhole = ReportAudit.audit(whole)
        #expect(inSections.count >= 8 * 2)
        #expect(Set(inSections.map(what)) == Set(ofWhole.map(what)))
        let onlyWhole = ofWhole.filter { !Set(inSections.map(key)).contains(key($0)) }
        // (What only the whole makes relates figures in two sections: a restatement, or a rate or balance of amounts
        // stated in the item before a section's first heading: 全年预算数 in 1.预算执行率, 年中调整预算 in 2.预算调整率,
        // the execution that 年末结转结余 in 3.结转结余率 is left after.)
        let acrossSections: Set<String> = ["restated", "adjustment-rate", "carryover-rate", "saving"]
        #expect(!onlyWhole.isEmpty && onlyWhole.allSatisfy { acrossSections.contains($0.rule) }, "\(onlyWhole.filter { !acrossSections.contains($0.rule) }.map(what))")
        #expect(inSections.filter { $0.check.hasPrefix("score_total") }.count > 1)
        // A report of up to the longest section is read whole.
        var once: [ReportExtraction] = []
        ReportExtractor.extractEach(text: long, source: "long.txt", department: nil, vocabulary: .standard,
                                    sectionLength: (shortest: 5_000, longest: 10_000, numbers: 1 << 30)) { once.append($0) }
        #expect(once.count == 1 && !once[0].continuesReport)
    }

    /// A later section is read under its report's title, not under its own opening lines: a section opening with the
    /// body's 综上，… or a heading 3.结转结余率 had taken what they name for the title's topic, and every 全年预算数 and
    /// 全年执行数 of the section for a balance carried over (false alarms: 全年预算数 = 全年预算数 - 全年执行数). The report
    /// repeated whole, title and all (2,270 scalars), read in sections cut at every length from 100 to 1,050 scalars.
    @Test func laterSectionReadUnderItsTitle() throws {
        let report = try text(Self.written + "selfeval-weijian-2023.txt")
        let long = String(repeating: report, count: 6)
        var falseAlarms: [String] = [], lengthsTried = 0
        for shortest in stride(from: 100, to: 1_100, by: 50) {
            var sections: [ReportExtraction] = []
            ReportExtractor.extractEach(text: long, source: "long.txt", department: nil, vocabulary: .standard,
                                        sectionLength: (shortest: shortest, longest: 2 * shortest, numbers: 1 << 30)) { sections.append($0) }
            #expect(sections.count > 1)
            lengthsTried += 1
            // (The report's own inconsistency, its score total 94.5 against items adding to 94, is the only one.)
            falseAlarms += sections.flatMap { ReportAudit.audit($0) }.filter { !$0.consistent && !$0.check.hasPrefix("score_total") }
                .map { "\(shortest): \($0.check) at \($0.offset)" }
            #expect(!sections.flatMap(\.statements).contains { $0.label == "全年预算数" && $0.subject == "carryover" }, "\(shortest)")
        }
        #expect(lengthsTried == 20)
        #expect(falseAlarms.isEmpty, "\(falseAlarms)")
    }

    /// A dense text (a deduction and its two parts every 22 scalars, no heading, no full stop) is cut at a line once
    /// a section holds `numbers` numbers, long before `longest` scalars: what a section holds grows with its numbers.
    /// Every list stays whole, its breakdown checked and consistent, and no statement is lost or read twice.
    @Test func denseReportCutByItsNumbers() throws {
        let list = "扣1分其中：甲指标扣0.5分，乙指标扣0.5分，"
        let line = String(repeating: list, count: 40) + "\n"
        let long = "某局2023年度部门整体支出绩效自评报告\n" + String(repeating: line, count: 75)   // 3,000 lists, 9,000 numbers
        var sections: [ReportExtraction] = []
        ReportExtractor.extractEach(text: long, source: "dense.txt", department: nil, vocabulary: .standard,
                                    sectionLength: (shortest: 20_000, longest: 40_000, numbers: 1_200)) { sections.append($0) }
        // (Ten lines of 120 numbers a section; the last five lines, fewer scalars than a quarter of `shortest`, are
        // no section of their own but the end of the one before.)
        #expect(sections.count == 7)
        #expect(sections.map(\.continuesReport) == [false] + Array(repeating: true, count: sections.count - 1))
        let deductions = sections.flatMap(\.statements).filter { $0.rule == "deduction-breakdown" }
        #expect(deductions.count == 9_000)
        #expect(Set(deductions.map(\.offset)).count == 9_000)
        #expect(sections.allSatisfy { $0.statements.count <= 1_200 + 5 * 120 })
        let checks = sections.flatMap { ReportAudit.audit($0) }.filter { $0.rule == "breakdown" }
        #expect(checks.count == 3_000 && checks.allSatisfy(\.consistent))
        // Without the bound on numbers: cut at `longest` scalars only (66,000 scalars: two sections).
        var byLength: [ReportExtraction] = []
        ReportExtractor.extractEach(text: long, source: "dense.txt", department: nil, vocabulary: .standard,
                                    sectionLength: (shortest: 20_000, longest: 40_000, numbers: 1 << 30)) { byLength.append($0) }
        #expect(byLength.count == 2)
        // Full-width digits and points count as the readers read them: the same sections, the same deductions.
        let fullWidth = String(String.UnicodeScalarView(long.unicodeScalars.map { c -> Unicode.Scalar in
            ("0"..."9").contains(c) ? Unicode.Scalar(c.value - 0x30 + 0xFF10)! : c == "." ? "．" : c
        }))
        var wide: [ReportExtraction] = []
        ReportExtractor.extractEach(text: fullWidth, source: "dense.txt", department: nil, vocabulary: .standard,
                                    sectionLength: (shortest: 20_000, longest: 40_000, numbers: 1_200)) { wide.append($0) }
        #expect(wide.count == 7)
        #expect(wide.flatMap(\.statements).filter { $0.rule == "deduction-breakdown" }.count == 9_000)
    }

    /// No text of the fixtures (real reports' styles: banners, covers, tables, headings that repeat the title)
    /// is cut into several reports.
    @Test func noFixtureIsCut() throws {
        let root = "Tests/OutturnReportsTests/Fixtures/"
        var count = 0
        for folder in ["reports", "reports-dev", "reports-written"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.path(root + folder)) where name.hasSuffix(".txt") {
                let starts = ReportExtractor.reportStarts(in: try text(root + folder + "/" + name))
                #expect(starts.count == 1, "\(folder)/\(name): reports at \(starts.map(\.offset))")
                count += 1
            }
        }
        #expect(count >= 40)
    }

    /// What does not begin another report: a title-like piece of a wrapped paragraph, an entry of a table of
    /// contents, the report's own body named again (a table's heading), a banner's lines before the title.
    @Test func titleLikeLinesThatGoOn() {
        let filler = String(repeating: "本单位严格执行预算管理制度，加强资金管理，提高资金使用效益，确保各项工作顺利完成。\n", count: 3)
        let opening = "欢迎访问示例县人民政府网站！\n首页 > 信息公开 > 财政预决算\n示例县林业局2023年度部门决算\n" + filler
        // The banner's lines and the title are one report's opening.
        #expect(ReportExtractor.reportStarts(in: opening).count == 1)
        // The same body's table heading; a contents entry; a wrapped line (the line before is full and unfinished).
        let own = opening + "示例县林业局2023年部门决算收支总表\n" + filler + "县林业局2023年度部门决算\n" + filler
        #expect(ReportExtractor.reportStarts(in: own).count == 1)
        let contents = opening + "示例县水利局2023年度部门决算……………………12\n示例县水务局2023年度部门决算 15\n" + filler
        #expect(ReportExtractor.reportStarts(in: contents).count == 1)
        let wrapped = opening + "本单位根据财政部门的批复文件和有关规定的要求，认真编制并及时报送了\n示例县水利局2023年度部门决算\n" + filler
        #expect(ReportExtractor.reportStarts(in: wrapped).count == 1)
    }

    /// A body's short name is its own (a running header); another body's, however alike, is not.
    @Test func shortNamesAreTheSameBody() {
        #expect(ReportExtractor.sameBody("省人大常委会办公厅", "湖南省人民代表大会常务委员会办公厅"))
        #expect(ReportExtractor.sameBody("湖南省人民代表大会常务委员会办公厅", "省人大常委会办公厅"))
        #expect(ReportExtractor.sameBody("县林业局", "示例县林业局"))
        #expect(!ReportExtractor.sameBody("示例县水务局", "示例县水利局"))
        #expect(!ReportExtractor.sameBody("示例市教育局", "示例市生态环境局"))
        #expect(!ReportExtractor.sameBody("示例县第一中学", nil))
    }

    /// What begins another report: another body's title after a finished line, a signature, or a page break.
    @Test func anotherBodysTitleBeginsAReport() {
        let filler = String(repeating: "本单位严格执行预算管理制度，加强资金管理，提高资金使用效益，确保各项工作顺利完成。\n", count: 3)
        let first = "示例县林业局2023年度部门决算\n" + filler
        for joint in ["", "\n", "示例县林业局\n", "本单位根据财政部门的批复文件和有关规定的要求，认真编制并及时报送了\u{0C}"] {
            let text = first + joint + "示例县水利局2023年度部门决算\n" + filler
            let starts = ReportExtractor.reportStarts(in: text)
            #expect(starts.count == 2, "\(joint)")
            // (Line ends of a Windows file, CRLF, alike.)
            #expect(ReportExtractor.reportStarts(in: text.replacingOccurrences(of: "\n", with: "\r\n")).count == 2, "\(joint) with CRLF")
            if starts.count == 2 {
                let at = (first + joint).unicodeScalars.count
                #expect(starts[1].offset == at)
                #expect(String(text.unicodeScalars[starts[1].index...]).hasPrefix("示例县水利局"))
            }
        }
    }
}
