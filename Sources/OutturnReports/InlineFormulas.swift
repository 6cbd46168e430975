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
            if Self.multiplicationSigns.contains(s[k]), let product = workedProduct(s, at: k, in: doc) {
                // (The result is about the rate, the second of the three.)
                var three = product.statements
                three[2].about = out.count + 1
                out += three
                k = product.end
                continue
            }
            guard s[k] == "/" || s[k] == "÷" else { k += 1; continue }
            defer { k += 1 }
            if var three = ratioOfAmountsInParentheses(s, slashAt: k, in: doc) {
                three[2].about = out.count + 1
                out += three
                continue
            }
            // The numerator right before the bar, the denominator right after it.
            var a = k
            while a > 0, s[a - 1] == " " { a -= 1 }
            let start = Self.numberStart(s, endingAt: a)
            guard start < a, let numerator = Self.plainNumber(s, at: start), numerator.end == a,
                  let denominator = Self.plainNumber(s, at: blanks(from: k + 1)), denominator.value != 0 else { continue }
            // (The ratio may stand in parentheses: …=（45.6/48）×100%=95%.)
            var open = start
            while open > 0, s[open - 1] == " " { open -= 1 }
            let inParentheses = open > 0 && (s[open - 1] == "（" || s[open - 1] == "(")
            // ×100% (or *100%), then = and the result in percent.
            var c = blanks(from: denominator.end)
            if inParentheses {
                guard c < s.count, s[c] == "）" || s[c] == ")" else { continue }
                c = blanks(from: c + 1)
            }
            if c < s.count, "×*xX".unicodeScalars.contains(s[c]), let hundred = Self.plainNumber(s, at: blanks(from: c + 1)), hundred.value == 100,
               hundred.end < s.count, s[hundred.end] == "%" {
                c = blanks(from: hundred.end + 1)
            }
            guard c < s.count, s[c] == "=" || s[c] == "＝", let result = Self.plainNumber(s, at: blanks(from: c + 1)),
                  result.end < s.count, s[result.end] == "%" else { continue }
            // The rate's name: the words before the = (or colon, or 为) that opens the formula, back to its clause's start.
            var e = inParentheses ? open - 1 : start
            while e > 0, s[e - 1] == " " { e -= 1 }
            // (After an equals sign, a colon or 为: 预算执行率=…, 预算执行率：…, 执行率为….)
            guard e > 0, "=＝：:为".unicodeScalars.contains(s[e - 1]) else { continue }
            let name = formulaName(s, before: e - 1, in: doc)
            guard Self.isFormulaName(name) else { continue }
            var three = ratio(named: name, numerator, over: denominator, unit: "", result, in: doc)
            three[2].about = out.count + 1
            out += three
            k = result.end
        }
        return out
    }

    /// The name of a formula that opens at `k` (its first = or colon): the words before it, back to its clause's start
    /// or its sentence's (…。预算执行率=…), at most 40 scalars; where the formula is stated in words before its numbers
    /// (预算执行率=实际支出/全年预算数×100%=1140/1200×100%=95%), what stands before the first equals sign.
    /// (Nor past a heading's line or the title's, which the text runs into the next line without a stop: 一、绩效指标 /
    /// 预算执行率=… is named 预算执行率.)
    func formulaName(_ s: [Unicode.Scalar], before k: Int, in doc: ReportText) -> String {
        var start = clauseStart(s, before: k, floor: max(0, k - 40))
        if let stop = s[start..<k].lastIndex(where: { ReportText.sentenceEnds.contains($0) }) { start = stop + 1 }
        if let heading = doc.headingEnd(atOrBefore: k), heading > start { start = heading }
        let name = Self.cleanLabel(s.string(start..<k))
        return name.firstIndex(where: { $0 == "=" || $0 == "＝" }).map { String(name[..<$0]) } ?? name
    }

    /// Whether words can name a formula: Han script, quotes and parentheses only (no year, no enumeration).
    static func isFormulaName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isHan || "“”\"（）()".unicodeScalars.contains($0) }
    }

    /// A rate stated before the amounts it is the ratio of, named in parentheses after it (预算执行率 96%（实际支出 480 万元/
    /// 预算 500 万元）; 资金到位率 100%（实际到位 500 万元/计划到位 500 万元）): the numerator, the denominator (in 万元) and
    /// the rate, as `inlineFormulas` gives a ratio worked out (the caller makes the rate `about` the denominator). The bar
    /// stands within 30 scalars of the parenthesis, which opens right after the percent and closes right after the
    /// denominator; each amount follows a few words of its name.
    private func ratioOfAmountsInParentheses(_ s: [Unicode.Scalar], slashAt k: Int, in doc: ReportText) -> [Statement]? {
        guard let open = (max(0, k - 30)..<k).last(where: { s[$0] == "（" || s[$0] == "(" }),
              !(open + 1..<k).contains(where: { j in
                  "）)。；;，".unicodeScalars.contains(s[j]) || s[j] == "," && !(Self.isDigit(s[j - 1]) && Self.isDigit(s[j + 1]))
              }) else { return nil }
        var p = open
        while p > 0, s[p - 1] == " " { p -= 1 }
        guard p > 1, s[p - 1] == "%" || s[p - 1] == "％" else { return nil }
        let rateStart = Self.numberStart(s, endingAt: p - 1)
        guard rateStart < p - 1, let rate = Self.plainNumber(s, at: rateStart), rate.end == p - 1 else { return nil }
        // Each amount after at most 12 Han scalars of its name; or both bare numbers, named by nothing (支付率 96.09%
        // （780.60/812.40）; （780.60÷812.40×100%）).
        func amount(from a: Int, before end: Int) -> (number: NumberInText, unit: String)? {
            var d = a
            while d < end, d - a <= 12, s[d].isHan || s[d] == " " { d += 1 }
            guard d < end, Self.isDigit(s[d]) else { return nil }
            if d > a { return money(s, at: d).map { ($0, "万元") } }
            // (Not years, （2023/2024）.)
            guard let n = Self.plainNumber(s, at: d), n.end >= s.count || !s[n.end].isHan && s[n.end] != "%" && s[n.end] != "％",
                  n.decimals > 0 || !(1900...2100).contains(n.value) else { return nil }
            return (n, "")
        }
        guard let numerator = amount(from: open + 1, before: k), Self.afterSpaces(s, from: numerator.number.end) == k,
              let denominator = amount(from: Self.afterSpaces(s, from: k + 1), before: min(s.count, k + 40)), denominator.number.value != 0,
              numerator.unit == denominator.unit else { return nil }
        var close = Self.afterSpaces(s, from: denominator.number.end)
        // (×100% after bare numbers, the ratio made a percent.)
        if denominator.unit.isEmpty, close < s.count, "×*xX".unicodeScalars.contains(s[close]),
           let hundred = Self.plainNumber(s, at: Self.afterSpaces(s, from: close + 1)), hundred.value == 100, hundred.end < s.count,
           s[hundred.end] == "%" || s[hundred.end] == "％" {
            close = Self.afterSpaces(s, from: hundred.end + 1)
        }
        guard close < s.count, s[close] == "）" || s[close] == ")" else { return nil }
        var e = rateStart
        while e > 0, "为达是 ".unicodeScalars.contains(s[e - 1]) { e -= 1 }
        let name = formulaName(s, before: e, in: doc)
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isHan || "“”\"".unicodeScalars.contains($0) }) else { return nil }
        // (Bare numbers after a change, 增长 5.2%（2,345.6/2,229.4）, are the two levels, not a ratio the percent is.)
        guard !numerator.unit.isEmpty || !["增长", "下降", "增幅", "降幅", "变动", "增减", "同比", "环比"].contains(where: name.contains) else { return nil }
        return ratio(named: name, numerator.number, over: denominator.number, unit: numerator.unit, rate, in: doc)
    }

    /// A ratio's three statements, named `name`: its numerator and denominator (in `unit`; "" for bare numbers) and its
    /// result, a percent (the number; its sign stands right after it). The caller makes the result `about` the
    /// denominator. The execution rate so worked out is the report's figure.
    private func ratio(named name: String, _ numerator: NumberInText, over denominator: NumberInText, unit: String, _ result: NumberInText,
                       in doc: ReportText) -> [Statement] {
        func statement(_ n: NumberInText, _ measure: String, unit: String, rule: String) -> Statement {
            scannedTerm(key: "formula:" + name + ":" + measure, label: name, measure: measure, n, unit: unit, rule: rule, in: doc)
        }
        var rate = statement((result.start, result.end + 1, result.value, result.decimals), "result", unit: "%", rule: "formula-result")
        if subjectMatch(in: name, weak: false)?.subject == "execution_rate" {
            rate.subject = "execution_rate"; rate.measure = "actual"; rate.key = "execution_rate:actual"
        }
        return [statement(numerator, "numerator", unit: unit, rule: "formula-term"), statement(denominator, "denominator", unit: unit, rule: "formula-term"), rate]
    }

    /// A score (or any figure) worked out inline as a weight times a rate (得分：10×95%=9.5 分; 预算执行率得分=10×96.5%=
    /// 9.65): the weight, the rate and the stated result as three statements (the caller makes the result `about` the
    /// rate), so that the audit sets the result against weight x rate / 100 (the weight set by the rules, exact). The
    /// product follows its name and a colon, an equals sign or 为; the rate is a percent other than the 100% that turns a
    /// ratio into one (…/1,352.40×100%=…, the division's).
    private func workedProduct(_ s: [Unicode.Scalar], at k: Int, in doc: ReportText) -> (statements: [Statement], end: Int)? {
        var a = k
        while a > 0, s[a - 1] == " " { a -= 1 }
        let start = Self.numberStart(s, endingAt: a)
        guard start < a, start > 0, let weight = Self.plainNumber(s, at: start), weight.end == a,
              let rate = Self.plainNumber(s, at: Self.afterSpaces(s, from: k + 1)), rate.end < s.count, s[rate.end] == "%" || s[rate.end] == "％",
              rate.value != 100 else { return nil }
        let equals = Self.afterSpaces(s, from: rate.end + 1)
        guard equals < s.count, s[equals] == "=" || s[equals] == "＝",
              let result = Self.plainNumber(s, at: Self.afterSpaces(s, from: equals + 1)) else { return nil }
        // (A unit after the result, if any, is a score's or a percent's: 10×95%=9.5 分.)
        let unit = result.end < s.count && s[result.end] == "分" ? "分" : result.end < s.count && (s[result.end] == "%" || s[result.end] == "％") ? "%" : ""
        guard unit != "" || result.end >= s.count || !s[result.end].isHan else { return nil }
        var e = start
        while e > 0, s[e - 1] == " " { e -= 1 }
        guard e > 0, "：:=＝为".unicodeScalars.contains(s[e - 1]) else { return nil }
        let name = formulaName(s, before: e - 1, in: doc)
        guard Self.isFormulaName(name) else { return nil }
        func statement(_ n: NumberInText, _ measure: String, unit: String, rule: String) -> Statement {
            scannedTerm(key: "product:" + name + ":" + measure, label: name, measure: measure,
                        (n.start, n.end + (unit.isEmpty ? 0 : unit.unicodeScalars.count), n.value, n.decimals), unit: unit, rule: rule, in: doc)
        }
        var out = [statement(weight, "weight", unit: "", rule: "product-term"), statement(rate, "rate", unit: "%", rule: "product-term")]
        out.append(statement(result, "result", unit: unit, rule: "product-result"))
        return (out, result.end)
    }
}

extension StatementReader {
    /// A debt ratio stated after the assets and liabilities it is the ratio of (资产总额 186.42 亿元，负债总额 112.35 亿元，
    /// …，平均资产负债率 60.3%): the liabilities, the assets and the ratio, as a formula's numerator, denominator and
    /// result, so that the audit sets the ratio (percent) against 100 x liabilities / assets. Both amounts stand in the
    /// ratio's sentence before it, each the last one named by its word right before its number (负债总额 or 负债合计;
    /// 资产总额, 资产合计 or 总资产, not 净资产); amounts in 亿元 are read in 万元 as the sentences' reader reads them.
    func debtRatios(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        let word = Array("资产负债率".unicodeScalars)
        let stops = ReportText.sentenceEnds
        // (Words that may stand between a name and its number: 为, 是, 达, a colon.)
        let copulas = "为是达：: ".unicodeScalars
        var out: [Statement] = []
        var k = 0
        while k + word.count <= s.count {
            guard s[k] == word[0], Array(s[k..<(k + word.count)]) == word else { k += 1; continue }
            defer { k += word.count }
            // The ratio: a percent right after the word (or after 为, 是, 达 or a colon).
            var r = k + word.count
            while r < s.count, r - k - word.count < 3, copulas.contains(s[r]) { r += 1 }
            guard let ratio = Self.plainNumber(s, at: r), ratio.end < s.count, s[ratio.end] == "%" || s[ratio.end] == "％" else { continue }
            let floor = max(0, k - Self.window)
            let start = (floor..<k).last(where: { stops.contains(s[$0]) }).map { $0 + 1 } ?? floor
            let text = s.string(start..<k)
            // An amount named by one of `names` right before its number (the last such in the sentence).
            func amount(named names: [String]) -> NumberInText? {
                names.compactMap { name -> NumberInText? in
                    guard let found = text.range(of: name, options: .backwards),
                          !(name != "总资产" && text[..<found.lowerBound].hasSuffix("净")) else { return nil }
                    var n = start + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.upperBound)
                    while n < k, copulas.contains(s[n]) { n += 1 }
                    return money(s, at: n)
                }.max { $0.start < $1.start }
            }
            guard let liabilities = amount(named: ["负债总额", "负债合计"]), let assets = amount(named: ["资产总额", "资产合计", "总资产"]),
                  assets.value > 0 else { continue }
            func statement(_ n: NumberInText, _ measure: String, unit: String, rule: String) -> Statement {
                scannedTerm(key: "formula:资产负债率:" + measure, label: "资产负债率", measure: measure, n, unit: unit, rule: rule, in: doc)
            }
            out.append(statement(liabilities, "numerator", unit: "万元", rule: "formula-term"))
            out.append(statement(assets, "denominator", unit: "万元", rule: "formula-term"))
            var result = statement((ratio.start, ratio.end + 1, ratio.value, ratio.decimals), "result", unit: "%", rule: "formula-result")
            result.about = out.count - 1
            out.append(result)
        }
        return out
    }
}
