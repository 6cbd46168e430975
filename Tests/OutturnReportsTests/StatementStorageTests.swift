import Testing
@testable import OutturnReports

/// A statement is held compactly (32-bit links, its rarely set fields in a shared box) and the readers' lists are
/// joined in the longest one's storage: what is written is what is read back, copies stay apart, and a joined list's
/// links point at the same statements as before.
@Suite struct StatementStorageTests {
    func statement(_ label: String, position: Int) -> Statement {
        Statement(key: "label:" + label, subject: nil, measure: nil, stage: nil, label: label, year: 2023, role: .deduction, value: 0.5,
                  unit: "分", decimals: 1, position: position, offset: position, snippet: .words(label), rule: "deduction-breakdown")
    }

    /// The size the dense texts' memory rests on (Benchmarks/README.md, issue 20): 408 bytes before.
    @Test func statementIsCompact() {
        #expect(MemoryLayout<Statement>.stride == 192)
    }

    @Test func fieldsReadBackAsWritten() {
        var st = statement("甲指标", position: 7)
        #expect(st.year == 2023 && st.decimals == 1 && st.about == nil && st.parent == nil && st.breakdown == nil)
        #expect(st.less == nil && st.across == nil && st.baseYear == nil && st.shareOf == nil && st.body == nil && !st.holdsTheYearsTotal)
        st.year = 2024
        st.decimals = 6
        st.parent = 0
        st.about = 123_456
        st.breakdown = 41
        st.baseYear = 2022
        st.baseMeasure = "budget"
        st.shareOf = ""
        st.summedScores = 3
        st.holdsTheYearsTotal = true
        #expect(st.year == 2024 && st.decimals == 6 && st.parent == 0 && st.about == 123_456 && st.breakdown == 41)
        #expect(st.baseYear == 2022 && st.baseMeasure == "budget" && st.shareOf == "" && st.summedScores == 3 && st.holdsTheYearsTotal)
        #expect(st.across == nil && st.less == nil && st.body == nil && st.scoreSection == nil && st.baseStage == nil)
        st.parent = nil
        st.baseYear = nil
        #expect(st.parent == nil && st.baseYear == nil && st.baseMeasure == "budget")
    }

    /// Two copies share the box of rare fields until one is written: the other keeps its own values.
    @Test func copiesStayApart() {
        var a = statement("甲指标", position: 7)
        a.body = "北京市公安局"
        a.across = 9
        var b = a
        b.body = "北京市环境保护局"
        b.across = nil
        #expect(a.body == "北京市公安局" && a.across == 9)
        #expect(b.body == "北京市环境保护局" && b.across == nil)
    }

    @Test func shiftedLinksMoveAndNilsStay() {
        var st = statement("乙指标", position: 9)
        st.parent = 2
        st.across = 5
        st.shiftLinks(by: 10)
        #expect(st.parent == 12 && st.across == 15 && st.about == nil)
    }

    /// Lists of 1, 5 and 2 statements, each linking into itself: joined in order, with the links of each list moved
    /// past the lists before it, whether or not the longest list had room for the rest (both ways taken).
    @Test(arguments: [false, true]) func joinedListsKeepOrderAndLinks(roomInTheLongest: Bool) {
        let first = [statement("总", position: 0)]
        var longest: [Statement] = []
        if roomInTheLongest { longest.reserveCapacity(64) }
        for k in 0..<5 {
            var st = statement("项\(k)", position: 10 + k)
            if k > 0 { st.parent = 0 }
            if k == 4 { st.about = 3 }
            longest.append(st)
        }
        var last = [statement("合计", position: 20), statement("分", position: 21)]
        last[1].across = 0
        last[1].parent = 0
        let joined = ReportExtractor.joined([first, [], longest, last])
        #expect(joined.map(\.position) == [0, 10, 11, 12, 13, 14, 20, 21])
        #expect(joined.map(\.parent) == [nil, nil, 1, 1, 1, 1, nil, 6])
        #expect(joined.map(\.about) == [nil, nil, nil, nil, nil, 4, nil, nil])
        #expect(joined.map(\.across) == [nil, nil, nil, nil, nil, nil, nil, 6])
        #expect(ReportExtractor.joined([]).isEmpty)
        #expect(ReportExtractor.joined([[], []]).isEmpty)
    }
}
