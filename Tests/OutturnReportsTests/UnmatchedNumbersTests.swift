import Testing
@testable import OutturnReports

/// `unmatched` lists the numbers with a unit that none of the readers attributed, each quoting the words around it.
@Suite struct UnmatchedNumbersTests {
    static let text = "某局2023年度部门整体支出绩效自评报告\n扣1分其中：甲指标扣0.5分，乙指标扣0.5分。满意度调查共发放问卷 120 人。\n"

    /// A deduction's parts, which the sentences' reader leaves and the deductions' reader reads, are attributed: only
    /// the count of questionnaires is unmatched (all four were listed before).
    @Test func onlyNumbersNoReaderAttributedAreUnmatched() {
        let e = ReportExtractor.extract(text: Self.text, source: "t.txt")
        #expect(e.readings.filter { $0.role == "deduction" }.map(\.value) == [1, 0.5, 0.5])
        #expect(e.unmatched == [UnmatchedStatement(value: 120, unit: "人", offset: 56, snippet: "指标扣0.5分。满意度调查共发放问卷120人。")])
    }

    /// A snippet is kept as a span of the normalised text and quoted from it: 18 scalars before the number to 6 after,
    /// within the text; a table row's cells quote the row.
    @Test func snippetsQuoteTheTextAroundTheirNumber() {
        let e = ReportExtractor.extract(text: Self.text, source: "t.txt")
        let snippets = e.readings.filter { $0.role == "deduction" }.map(\.snippet)
        #expect(snippets == ["023年度部门整体支出绩效自评报告扣1分其中：甲指标", "支出绩效自评报告扣1分其中：甲指标扣0.5分，乙指标扣0",
                             "1分其中：甲指标扣0.5分，乙指标扣0.5分。满意度调查"])
        let doc = ReportText("扣1分")
        #expect(doc.quote(.span(from: 0, to: 3)) == "扣1分" && doc.quote(.span(from: 1, to: 2)) == "1")
        #expect(doc.quote(.words("项目 | 100.00 | 98.00")) == "项目 | 100.00 | 98.00" && doc.quote(.empty) == "")
    }
}
