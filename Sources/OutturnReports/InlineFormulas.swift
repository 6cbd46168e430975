extension StatementReader {
    /// Rates worked out inline (预算执行率=1,298.60/1,352.40×100%=96.02%; 结转结余率＝53.80÷1,352.40×100%＝3.98%): the
    /// numerator, the denominator and the stated result, as three statements in that order (the result `about` the
    /// denominator, which follows the numerator), so that the audit sets the result against 100 x numerator /
    /// denominator. The result is the rate the words before the first = name (预算执行率 is the execution rate, a
    /// figure); a definition in words (预算执行率=实际支出/预算数×100%) has no numbers and is left alone.
    func inlineFormulas(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        func blanks(from k: Int) -> Int { Self.afterSpaces(s, from: k) }
        var k = 0
        while k < s.count {
            guard s[k] == "/" || s[k] == "÷" else { k += 1; continue }
            defer { k += 1 }
            // The numerator right before the bar, the denominator right after it.
            var a = k
            while a > 0, s[a - 1] == " " { a -= 1 }
            let start = Self.numberStart(s, endingAt: a)
            guard start < a, let numerator = Self.plainNumber(s, at: start), numerator.end == a,
                  let denominator = Self.plainNumber(s, at: blanks(from: k + 1)), denominator.value != 0 else { continue }
            // ×100% (or *100%), then = and the result in percent.
            var c = blanks(from: denominator.end)
            if c < s.count, "×*xX".unicodeScalars.contains(s[c]), let hundred = Self.plainNumber(s, at: blanks(from: c + 1)), hundred.value == 100,
               hundred.end < s.count, s[hundred.end] == "%" {
                c = blanks(from: hundred.end + 1)
            }
            guard c < s.count, s[c] == "=" || s[c] == "＝", let result = Self.plainNumber(s, at: blanks(from: c + 1)),
                  result.end < s.count, s[result.end] == "%" else { continue }
            // The rate's name: the words before the = that opens the formula, back to the clause's start.
            var e = start
            while e > 0, s[e - 1] == " " { e -= 1 }
            guard e > 0, s[e - 1] == "=" || s[e - 1] == "＝" else { continue }
            let name = Self.cleanLabel(s.string(clauseStart(s, before: e - 1, floor: max(0, e - 41))..<(e - 1)))
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isHan || "“”\"（）()".unicodeScalars.contains($0) }) else { continue }
            func statement(_ n: (start: Int, end: Int, value: Double, decimals: Int), _ measure: String, unit: String, rule: String) -> Statement {
                scannedTerm(key: "formula:" + name + ":" + measure, label: name, measure: measure, (n.start, n.end + (unit == "%" ? 1 : 0), n.value, n.decimals),
                            unit: unit, rule: rule, in: doc)
            }
            out.append(statement(numerator, "numerator", unit: "", rule: "formula-term"))
            out.append(statement(denominator, "denominator", unit: "", rule: "formula-term"))
            var rate = statement(result, "result", unit: "%", rule: "formula-result")
            rate.about = out.count - 1
            // (The execution rate so worked out is the report's figure.)
            if subjectMatch(in: name, weak: false)?.subject == "execution_rate" {
                rate.subject = "execution_rate"; rate.measure = "actual"; rate.key = "execution_rate:actual"
            }
            out.append(rate)
            k = result.end
        }
        return out
    }
}
