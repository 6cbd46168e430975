extension StatementReader {
    /// A score table whose columns a PDF's text laid out one after another: each indicator's name with its full marks
    /// in brackets, its score right after them as a bare number at the start of the next line, the sections' names and
    /// marks between them with no score of their own, and the total after the last:
    ///
    ///     一级指标 二级指标 三级指标 得分 部门决策(20 分) 目标设定(10 分) 依据充分性(5 分)
    ///     5 目标明确性(5 分)
    ///     4 预算配置(10 分) 预算编制科学性(5 分)
    ///     …
    ///     9 总分
    ///     92.5
    ///
    /// The indicators' scores (each a number with no unit right after a name's marks, the next name after it) are
    /// read as the parts of the total, when there are at least three and their marks add up to the total's (100 when
    /// it states none), so that the audit sets the total against their sum. Sections that carry a score of their own
    /// would count twice: their marks then exceed the total's, and nothing is read.
    func scoresAfterTheirMarks(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        var k = 0
        // (Most texts have no such marks: one pass for the bracket before anything else.)
        while k < s.count {
            guard s[k] == "(" || s[k] == "（", let run = indicatorRun(s, from: k) else { k += 1; continue }
            k = run.end
            guard run.indicators.count >= 3, let total = run.total else { continue }
            let marks = run.indicators.reduce(0) { $0 + $1.marks }
            guard abs(marks - (total.marks ?? 100)) < 1e-9 else { continue }
            var whole = scannedTerm(key: "score_total:", label: total.label, measure: "", role: .level, total.score, unit: "分", rule: "score-columns", in: doc)
            whole.subject = "score_total"; whole.measure = nil
            let t = out.count
            out.append(whole)
            for indicator in run.indicators {
                // (An indicator's own score: 预算执行率's, 满意度's; one named with a section's word, 社会效益, is that
                // indicator, not the section, and no other item is scored.)
                let named = subjectMatch(in: indicator.name, weak: false, unit: "分")?.subject
                let subject = named.flatMap { $0.hasPrefix("score") && $0 != "score_total" && !TableReader.sectionSubjects.contains($0) ? $0 : nil }
                var st = scannedTerm(key: subject.map { $0 + ":" } ?? "label:" + indicator.name, label: indicator.name, measure: "", role: .level,
                                     indicator.score, unit: "分", rule: "score-columns", in: doc)
                st.subject = subject; st.measure = nil; st.parent = t
                out.append(st)
            }
        }
        return out
    }

    /// The indicators (name, marks, score) of a run of names with marks in brackets starting at the bracket at `k`,
    /// and the total after the last one (总分, 合计 or 总计, its own marks if stated, its score), with where the run ends;
    /// nil when the bracket holds no marks.
    private func indicatorRun(_ s: [Unicode.Scalar], from k: Int)
        -> (indicators: [(name: String, marks: Double, score: NumberInText)], total: (label: String, marks: Double?, score: NumberInText)?, end: Int)? {
        var indicators: [(name: String, marks: Double, score: NumberInText)] = []
        var p = k
        var end = k + 1
        while let bracket = Self.marksInBrackets(s, at: p) {
            end = bracket.end
            let q = Self.afterSpaces(s, from: bracket.end)
            // A bare number right after the marks, the next name (or the run's end) after it: the indicator's score.
            if let score = Self.plainNumber(s, at: q), Self.endsBare(s, score.end), score.value <= 100 {
                indicators.append((s.string(Self.nameBefore(s, bracket.start, longest: 16)), bracket.marks, score))
                end = score.end
            }
            // The next bracket within a name's length of here.
            let next = Self.afterSpaces(s, from: end)
            guard let open = (next..<min(s.count, next + 24)).first(where: { s[$0] == "(" || s[$0] == "（" }),
                  !s[next..<open].contains(where: { Self.isDigit($0) || $0 == "。" || $0 == "；" }) else { break }
            p = open
        }
        guard end > k + 1 else { return nil }
        // The total: 总分 / 合计 / 总计 right after the last score, its marks in brackets if stated, then its score.
        var q = Self.afterSpaces(s, from: end)
        guard let word = (TableReader.totalWords + ["得分合计"]).first(where: { Self.matches(s, q, $0) }) else { return (indicators, nil, end) }
        q = Self.afterSpaces(s, from: q + word.unicodeScalars.count)
        var marks: Double? = nil
        if let bracket = Self.marksInBrackets(s, at: q) { marks = bracket.marks; q = Self.afterSpaces(s, from: bracket.end) }
        guard var score = Self.plainNumber(s, at: q), Self.endsBare(s, score.end) else { return (indicators, nil, end) }
        // (Two bare numbers, 总分 100 92.5: the marks, then the score.)
        if marks == nil, let second = Self.plainNumber(s, at: Self.afterSpaces(s, from: score.end)), Self.endsBare(s, second.end), second.value <= score.value {
            marks = score.value; score = second
        }
        return (indicators, (word, marks, score), score.end)
    }

    /// Full marks in brackets at `k`: (5 分), （10分）; their value and where the bracket starts and ends.
    private static func marksInBrackets(_ s: [Unicode.Scalar], at k: Int) -> (marks: Double, start: Int, end: Int)? {
        guard k < s.count, s[k] == "(" || s[k] == "（" else { return nil }
        let q = afterSpaces(s, from: k + 1)
        guard let n = plainNumber(s, at: q) else { return nil }
        var e = afterSpaces(s, from: n.end)
        guard e < s.count, s[e] == "分" else { return nil }
        e += 1
        guard e < s.count, s[e] == ")" || s[e] == "）" else { return nil }
        return (n.value, k, e + 1)
    }

    /// Whether the number ending at `e` stands bare: no unit, percent or decimal point after it, only a blank, a Han
    /// name's first character or the text's end.
    private static func endsBare(_ s: [Unicode.Scalar], _ e: Int) -> Bool {
        let j = afterSpaces(s, from: e)
        guard j < s.count else { return true }
        if j == e, !s[j].isHan { return false }
        return !"分%％万元亿年月日个人次项件家期.．、)）".unicodeScalars.contains(s[j])
    }
}
