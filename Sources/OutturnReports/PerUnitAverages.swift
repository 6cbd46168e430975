import Outturn
extension StatementReader {
    /// Averages per vehicle, batch, visitor, household, student, case or mu of land (车均运行维护费 2.10 万元; 批均接待费用 0.15 万元; 平均每辆车 …;
    /// 单车年均运行费用; 生均公用经费 1,080.57 元):
    /// the amount, the count and the stated average, as three statements in that order (the average `about` the
    /// count, which follows the amount), so that the audit sets the average against amount / count.
    ///
    /// The count is the last number before the average, in its paragraph, in the unit the average names (车 辆, 批
    /// 批次, 人 人次 or 人, 户 户, 次 次, 生 人 or 名, 件 件, 亩 亩; or ten thousand of it, 3.18 万户); the amount the last amount in money between that count and the
    /// average, else before the count, which no change word leads to (比上年减少 1.50 万元 is a change, not what the count
    /// shares). Amounts in 元 are read in 万元.
    func perUnitAverages(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        let openers: [(word: String, units: [String])] = [("车均", ["辆"]), ("批均", ["批次", "批"]), ("人均", ["人次", "人"]), ("户均", ["户"]),
                                                         ("次均", ["人次", "次"]), ("平均每辆", ["辆"]), ("平均每批", ["批次", "批"]),
                                                         ("平均每人", ["人次", "人"]), ("平均每户", ["户"]), ("单车年均", ["辆"]), ("单车平均", ["辆"]),
                                                         ("生均", ["人", "名"]), ("件均", ["件"]), ("亩均", ["亩"]), ("平均每亩", ["亩"]),
                                                         // (Per place or item counted by its measure word: 12 个场馆平均每个 14.92 万元.)
                                                         ("平均每个", ["个"]), ("平均每所", ["所"]), ("平均每家", ["家"]), ("平均每处", ["处"]),
                                                         ("平均每项", ["项"]), ("平均每座", ["座"]),
                                                         // (Per kilometre of road: 养护里程 1,286 公里 … 平均每公里养护成本 1.20 万元.)
                                                         ("平均每公里", ["公里"])]
        var spent: [SpentAmount]? = nil
        var k = 0
        while k < s.count {
            // (Each opener ends in 均 or names the thing after 每: only there is one looked for.)
            // (Where an opener starts: it ends at 均, or it is 平均每 and the unit after it, 每 at `k`.)
            func openerStart(_ w: String) -> Int { s[k] == "均" ? k - w.unicodeScalars.count + 1 : k - 2 }
            guard s[k] == "均" || s[k] == "每", let opener = openers.first(where: { o in
                let w = Array(o.word.unicodeScalars), at = openerStart(o.word)
                return at >= 0 && at + w.count <= s.count && Array(s[at..<(at + w.count)]) == w
            }) else { k += 1; continue }
            defer { k += 1 }
            // The average: the first money amount within a few words after the opener, in its clause.
            var j = k + 1
            while j < s.count, j - k <= 12, !Self.isDigit(s[j]), !"，,。；;".unicodeScalars.contains(s[j]) { j += 1 }
            guard let average = money(s, at: j) else { continue }
            // (Not a bound set as a target, 亩均补贴标准 ≥43 元 or 人均培训成本不高于 1,600 元 in a table of indicators: what
            // follows it is the value reached, no sum at it.)
            if Self.followsABound(s, at: j, floor: k + 1) { continue }
            // Back over the paragraph (at most 240 scalars, not past a heading): the count, then the amount.
            let floor = max(0, k - 240, doc.headingStart(atOrBefore: k) ?? 0)
            var count: Quantity? = nil
            // Whether the clause of a number (back to its comma) compares it: a change word or a comparison before it.
            func changes(before start: Int, floor: Int) -> Bool {
                var c = start
                while c > floor, !"，,。；;：:".unicodeScalars.contains(s[c - 1]) { c -= 1 }
                let clause = s.string(c..<start)
                return ["比上年", "较上年", "比去年", "较去年", "同比"].contains(where: clause.contains) || Self.changeWords.contains(where: { clause.contains($0.0) })
            }
            // Whether a count is a part after 其中 whose list closed before the average (培训 4,850 人次，其中取得证书 3,120
            // 人，取证率 64.33%；发放补贴 485.00 万元，人均补贴 1,000 元): the average is over the whole before it, unless
            // what follows names the part again (…其中建档立卡学生 120 人。为建档立卡学生发放补助 24 万元，人均 ….).
            func partOfAClosedList(_ q: Quantity) -> Bool {
                var c = q.start
                while c > floor, !"，,。；;：:".unicodeScalars.contains(s[c - 1]) { c -= 1 }
                guard s.string(max(floor, c - 3)..<q.start).contains("其中"),
                      let close = (q.end..<k).first(where: { ReportText.isSemicolon(s[$0]) || s[$0] == "。" }) else { return false }
                let part = s.string(Self.nameBefore(s, q.start, longest: 12))
                return part.count < 2 || !s.string(close..<k).contains(String(part.suffix(4)))
            }
            var p = k - 1
            while p >= floor, count == nil {
                if Self.isDigit(s[p]), p + 1 < s.count, !Self.isDigit(s[p + 1]), s[p + 1] != "." {
                    let start = Self.numberStart(s, endingAt: p + 1, floor: floor)
                    // (Not a count's change: 分别比上年减少 8 批次、95 人次 after 接待 56 批次、612 人次.)
                    // (A count in ten thousands, 补贴农户 3.18 万户, is that many times 10,000 of the unit.)
                    if let q = Self.quantity(s, at: start), !changes(before: start, floor: floor), !partOfAClosedList(q) {
                        count = Self.counted(q, inOnesOf: opener.units)
                    }
                    p = start
                }
                p -= 1
            }
            // The average's own name after the opener (人均人员经费: 人员经费), the run of Han scalars up to the number, less a
            // copula (人均人员经费为 26.94 万元, 平均每个支出为 8.29 万元).
            let name = Self.strippingFillers(s.string((k + 1)..<j).filter { $0.unicodeScalars.allSatisfy(\.isHan) })
            // (Money per head of a department's staff, 人均人员经费 or 人均公用经费 in a paragraph that counts no one, is
            // over the staff counted earlier in the report: 年末在职人员 58 人.)
            if count == nil, opener.word == "人均", ["经费", "支出"].contains(where: name.hasSuffix) {
                count = countNamed(vocabulary.subjects.first { $0.id == "staff" }?.labels ?? [], in: s, before: floor, units: ["人"])
            }
            // (So is money per student in a school's report that counts its students in another section, 在园幼儿 420 人
            // then 生均公用经费 1,850 元: over those students, and the money named as the average is, stated anywhere
            // before it (公用经费; 财政拨款 as 财政拨款收入).)
            var farCount = false
            // (Of all of them: not one level's, 高中生均公用经费, whose students are some of those counted.)
            if count == nil, opener.word == "生均", name.count >= 2,
               case let before = openerStart("生均") - 1, before < 0 || !s[before].isHan || "校园院年度".unicodeScalars.contains(s[before]) {
                count = countNamed(Self.studentNames, in: s, before: floor, units: ["人", "名"])
                farCount = count != nil
            }
            // (So is money per person an activity reached, 人均培训成本 1,450 元 in a paragraph that counts no one (3.成本指标：…),
            // over the people it reached, counted before as achieved (实际培训 1,286 人次; not 计划培训 1,200 人次), and the
            // money spent on it (培训经费支出 186.47 万元): both named by what the average is of.)
            var reached: NumberInText? = nil
            if count == nil, opener.word == "人均" || opener.word == "平均每人", let key = Self.whatAnAverageIsOf(name, countedNoun: ""), key != name,
               let people = achievedCount(of: key, in: s, before: floor, units: opener.units) {
                if spent == nil { spent = amountsSpent(in: s) }
                reached = Self.lastSpending(in: spent!, from: max(0, k - 4000), to: floor) { $0.contains(key) }
                if reached != nil { count = people }
            }
            guard let count, count.value > 0 else { continue }
            if let reached {
                appendTermsAndResult(&out, kind: "average", label: opener.word, in: doc, (reached, "amount", "万元"),
                                     ((count.start, count.end, count.value, count.decimals), "count", count.unit), (average, "average", "万元"))
                k = average.end
                continue
            }
            // (A standard per unit, 生均公用经费标准 800 元, is no average: the count times it is the sum after it in its
            // sentence, 在校生 1,540 人、生均公用经费标准 800 元核定 123.20 万元.)
            // (Not over students counted sections away: a standard may be one level's, 高中生均公用经费标准 1,200 元.)
            if name.hasSuffix("标准") {
                guard !farCount else { continue }
                let ceiling = min(s.count, average.end + 120)
                // (A sum at a standard over one unit or more is no less than the standard.)
                if let sum = sum(s, after: average.end, before: (average.end..<ceiling).first(where: { ReportText.clauseListEnds.contains(s[$0]) }) ?? ceiling),
                   sum.value > average.value {
                    appendTermsAndResult(&out, kind: "standard", label: opener.word + name, in: doc,
                                         ((count.start, count.end, count.value, count.decimals), "count", count.unit), (average, "standard", "万元"),
                                         (sum, "sum", "万元"))
                    k = sum.end
                }
                continue
            }
            // (An amount named as the average is, stated before it in the paragraph, is what is shared: 人员经费 1,562.40
            // 万元，公用经费 186.30 万元；人均人员经费 …, 人均公用经费 ….)
            let namedFrom = farCount ? max(0, k - 4000) : max(floor, min(count.start, k) - 240)
            // (费用 and 费 are one word: 人均接待费用 over 公务接待费 2.40 万元.)
            if name.count >= 2, let named = namedAmount(s, name, from: namedFrom, to: k)
                ?? (name.hasSuffix("费用") && name.count >= 4 ? namedAmount(s, String(name.dropLast()), from: namedFrom, to: k) : nil)
                ?? (farCount ? ["收入", "支出"].lazy.compactMap({ self.namedAmount(s, name + $0, from: namedFrom, to: k) }).first : nil) {
                appendTermsAndResult(&out, kind: "average", label: opener.word, in: doc, (named, "amount", "万元"),
                                     ((count.start, count.end, count.value, count.decimals), "count", count.unit), (average, "average", "万元"))
                k = average.end
                continue
            }
            // (Over students counted sections away, only the money named as the average is: nothing between or near.)
            if farCount { continue }
            // (An amount stated between the count and the average is what the count shares: 理赔案件 412 件，理赔金额
            // 1,268,400.00 元，件均理赔 …; else the last before the count.)
            // (The money of a number starting at `start`, unless a change word leads to it.)
            // (Nor another average: 批均接待费用 0.09 万元 before 人均接待费用 ….)
            func shared(at start: Int, floor: Int) -> NumberInText? {
                let name = s.string(Self.nameBefore(s, start, longest: 12))
                // (Nor what was left unspent: 结余资金 67.40 万元 before 培训农民 2,150 人次，人均培训成本 ….)
                return Self.changeWordEnds(s, before: start, floor: floor) || name.contains("均") || Self.namesUnspentFunds(name)
                    ? nil : money(s, at: start)
            }
            var amount: NumberInText? = nil
            var q = count.end
            while q < k {
                if Self.isDigit(s[q]), !Self.isDigit(s[q - 1]) && s[q - 1] != "." && s[q - 1] != ",", let m = shared(at: q, floor: count.end) {
                    amount = m; q = m.end; continue
                }
                q += 1
            }
            p = count.start - 1
            while p >= floor, amount == nil {
                if Self.isDigit(s[p]), p + 1 < s.count, !Self.isDigit(s[p + 1]), s[p + 1] != "." {
                    let start = Self.numberStart(s, endingAt: p + 1, floor: floor)
                    amount = shared(at: start, floor: floor)
                    p = start
                }
                p -= 1
            }
            // (Else the spending on what the average names, stated sections before it, where the report accounts for
            // its money: 小额信贷贴息支出 620.40 万元 for 脱贫户 3,120 户，户均贴息 …; 村卫生室建设支出 174.12 万元 for 21 个村卫生室
            // 平均每个支出 ….)
            if amount == nil {
                let start = openerStart(opener.word)
                let noun = count.end < start ? s.string(count.end..<start).filter { $0.unicodeScalars.allSatisfy(\.isHan) } : ""
                if let key = Self.whatAnAverageIsOf(name, countedNoun: noun) {
                    // (The amounts spent are found once, by the first average that asks: reading stays linear.)
                    if spent == nil { spent = amountsSpent(in: s) }
                    amount = Self.lastSpending(in: spent!, from: max(0, k - 4000), to: floor) { $0.contains(key) }
                    // (Else, in a project's report whose title names what the average is of (…医疗救助资金…: 人均救助; …地力
                    // 保护补贴…: 亩均补贴, 户均补贴), the project's spending named bare (全年实际支出 A), over a count that is
                    // no 其中 part of those it served.)
                    // (Not over a count before the paragraph, the staff's: the project's spending is not what they share.)
                    if amount == nil, genre == .project, title.contains(key), count.start >= floor,
                       !s.string(clauseStart(s, before: count.start, floor: floor)..<count.start).contains("其中") {
                        amount = Self.lastSpending(in: spent!, from: max(0, k - 4000), to: floor, labelled: Self.namesSpendingAlone)
                    }
                }
            }
            guard let amount else { continue }
            appendTermsAndResult(&out, kind: "average", label: opener.word, in: doc, (amount, "amount", "万元"),
                                 ((count.start, count.end, count.value, count.decimals), "count", count.unit), (average, "average", "万元"))
            k = average.end
        }
        return out
    }

    /// The word that says what an average is of: its own name without the words that say only "money" (培训成本 ->
    /// 培训; 贴息), else, when nothing is left (平均每个支出), the noun it counts (21 个村卫生室 -> 村卫生室); nil when
    /// neither has two characters.
    static func whatAnAverageIsOf(_ name: String, countedNoun: String) -> String? {
        var own = name
        for tail in ["成本", "金额", "资金", "费用", "经费", "支出"] where own.hasSuffix(tail) { own = String(own.dropLast(tail.count)) }
        if own.count >= 2 { return own }
        // (The noun after the count's measure word, 个村卫生室, less the word: 已完工的 before the count is no part of it.)
        let noun = countedNoun.drop { !$0.unicodeScalars.allSatisfy(\.isHan) || "个所家处项座名人户辆次件亩批".contains($0) }
        return noun.count >= 2 ? String(noun) : nil
    }

    /// An amount of money spent, by its label: what ``amountsSpent(in:)`` finds.
    struct SpentAmount {
        let label: String
        let money: NumberInText
    }

    /// Every amount spent in the text, in order: a label (the Han run before it) naming 支出 and not a budget, a plan,
    /// money received or left over, an average or a change (小额信贷贴息支出 620.40 万元).
    private func amountsSpent(in s: [Unicode.Scalar]) -> [SpentAmount] {
        let notSpent = ["预算", "计划", "安排", "下达", "到位", "结余", "结转", "标准", "均"]
        var found: [SpentAmount] = []
        // (Amounts after 分别为 are named by the list before it, in order: 培训经费支出、示范基地补助分别为 A、B.)
        var listed: [String] = [], next = 0, lastEnd = -1
        var q = 0
        while q < s.count {
            if Self.isDigit(s[q]), q == 0 || !Self.isDigit(s[q - 1]) && s[q - 1] != "." && s[q - 1] != ",", let m = money(s, at: q) {
                var label = s.string(Self.nameBefore(s, q, longest: 16))
                if let cue = ["分别为", "分别是"].first(where: label.hasSuffix) {
                    let from = clauseStart(s, before: q, floor: max(0, q - 60))
                    let names = s.string(from..<(q - cue.unicodeScalars.count)).split(whereSeparator: { "、和及".contains($0) }).map(String.init)
                    listed = names.count >= 2 && names.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isHan) }) ? names : []
                    next = 0
                } else if lastEnd < 0 || !["、", "和"].contains(s.string(lastEnd..<q)) {
                    listed = []   // (not the list's next amount)
                }
                if next < listed.count { label = listed[next]; next += 1 }
                if label.contains("支出"), !notSpent.contains(where: label.contains), !Self.changeWordEnds(s, before: q, floor: 0) {
                    found.append(SpentAmount(label: label, money: m))
                }
                q = m.end
                lastEnd = m.end
                continue
            }
            q += 1
        }
        return found
    }

    /// The last of `spent` within `start..<end` whose label is one `labelled` accepts (holds the average's key; names
    /// spending alone).
    private static func lastSpending(in spent: [SpentAmount], from start: Int, to end: Int, labelled: (String) -> Bool) -> NumberInText? {
        // (Bisection to the first amount ending past `end`, then back to `start`.)
        var lo = 0, hi = spent.count
        while lo < hi { let mid = (lo + hi) / 2; if spent[mid].money.end <= end { lo = mid + 1 } else { hi = mid } }
        var i = lo - 1
        while i >= 0, spent[i].money.start >= start {
            if labelled(spent[i].label) { return spent[i].money }
            i -= 1
        }
        return nil
    }

    /// Whether a label names spending and nothing else: 支出 after words of time and fact alone (全年实际支出, 实际支出,
    /// 累计支出, 支出).
    private static func namesSpendingAlone(_ label: String) -> Bool {
        guard label.hasSuffix("支出") else { return false }
        var rest = label.dropLast(2)
        while let word = ["全年", "本年度", "本年", "年度", "累计", "实际", "共"].first(where: rest.hasPrefix) { rest = rest.dropFirst(word.count) }
        return rest.isEmpty
    }

    /// The last money amount before `end` (from `start`) whose label, the run of Han scalars right before it, ends with
    /// `name` and is no average itself (人员经费 1,562.40 万元 for 人均人员经费).
    private func namedAmount(_ s: [Unicode.Scalar], _ name: String, from start: Int, to end: Int) -> NumberInText? {
        let length = name.unicodeScalars.count
        var found: NumberInText? = nil
        var k = start
        while k + length <= end {
            // (Past a 金额 the name may have had, 教育支出金额 25,864.35 万元 for 生均教育支出.)
            if Self.matches(s, k, name), k == 0 || s[k - 1] != "均",
               let m = money(s, at: Self.afterCopula(s, from: Self.matches(s, k + length, "金额") ? k + length + 2 : k + length)), m.end <= end {
                found = m; k = m.end; continue
            }
            k += 1
        }
        return found
    }

    /// Names a school's report counts all its students by (在校学生 1,540 人, 在园幼儿 420 人); not those of some of them
    /// (资助学生 4,862 人, 困难学生).
    static let studentNames = ["在校学生", "在校生", "在园幼儿", "在园儿童", "在籍学生", "在读学生"]

    /// The people a report counts before `end` under one of `names` (the staff under a name the vocabulary gives them:
    /// 年末在职人员 58 人, 在职人数 58 人, 实有人员 58 人; students: 在园幼儿 420 人), in one of `units`: the last such
    /// count, looked for at most 4,000 scalars back.
    private func countNamed(_ names: [String], in s: [Unicode.Scalar], before end: Int, units: [String]) -> Quantity? {
        // (Looked for only where a name can start.)
        let firsts = Set(names.compactMap(\.unicodeScalars.first))
        var k = end - 1
        while k >= max(0, end - 4000) {
            if firsts.contains(s[k]) {
                for w in names where Self.matches(s, k, w) {
                    let at = Self.afterSpaces(s, from: k + w.unicodeScalars.count)
                    if at < end, Self.isDigit(s[at]), let q = Self.quantity(s, at: at), units.contains(q.unit) { return q }
                }
            }
            k -= 1
        }
        return nil
    }

    /// The people an activity reached, counted before `end` (at most 4,000 scalars back) in one of `units`: the last
    /// quantity whose clause names the activity (`key`, 培训) as achieved (实际, 完成, 累计), not planned nor left undone.
    private func achievedCount(of key: String, in s: [Unicode.Scalar], before end: Int, units: [String]) -> Quantity? {
        let from = max(0, end - 4000)
        return Self.quantities(s, in: from..<end).last { q in
            guard units.contains(q.unit) else { return false }
            let clause = s.string(clauseStart(s, before: q.start, floor: max(from, q.start - 40))..<q.start)
            return clause.contains(key) && ["实际", "完成", "累计"].contains(where: clause.contains)
                && !Self.planCues.contains(where: clause.contains) && !Self.notAchievedCues.contains(where: clause.contains)
        }
    }

    /// Sums paid at a standard per unit (惠及 2,356 人，每人每月 80 元，发放资金 226.18 万元; 为 1,096 户发放补贴，每户
    /// 4,000 元，共计 438.40 万元): the count, the standard and the sum, as three statements in that order (the sum
    /// `about` the standard, which follows the count), so that the audit sets the sum against count x standard x
    /// the periods in a year the standard names (每月 12, 每季度 4, else once).
    ///
    /// The standard is 每 and the count's unit (人, 户, 辆 …), then a period if any, then money; the count is the
    /// last number in that unit before it in its sentence that no change word leads to; the sum the first money
    /// amount after it in the sentence, before 。 or ；.
    func perUnitStandards(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        let stops = ReportText.clauseListEnds
        let periods: [(word: String, times: Double)] = [("每月", 12), ("每季度", 4), ("每年", 1), ("月", 12), ("年", 1)]
        var k = 0
        while k + 2 < s.count {
            // (Or the standard written as money per unit, 补贴标准为 110 元/亩: the money before the slash.)
            let perSlash = s[k] == "/" && k >= 2 && s[k - 1] == "元"
            guard s[k] == "每" || perSlash else { k += 1; continue }
            defer { k += 1 }
            // The unit after 每 (每人, 每户, 每辆, 每公里 …; 每生, a pupil, or 每人 and 每名, a person: counted in 人, 人次 or
            // 名, 为 1,000 名老人按每人每年 1,200 元), then a period, then the standard.
            let perPupil = !perSlash && Self.matches(s, k + 1, "生")
            guard let unit = perPupil ? "生" : Self.countUnits.first(where: { Self.matches(s, k + 1, $0) }) else { continue }
            let countedIn = perPupil || unit == "人" || unit == "名" ? ["人", "人次", "名"] : [unit]
            // (45.6 万亩 at 每亩 110 元 is 456,000 亩.)
            func counted(_ q: Quantity) -> Quantity? { Self.counted(q, inOnesOf: countedIn) }
            var j = k + 1 + unit.unicodeScalars.count
            var times = 1.0
            var perDay = false
            var standard: NumberInText
            if perSlash {
                // (A period after the unit, 元/人/月, is no year's standard that the text gives whole: left alone.)
                guard j >= s.count || s[j] != "/" && s[j] != "·", let m = money(s, endingAt: k), m.value > 0 else { continue }
                // (Only what the text calls the standard, 标准为 110 元/亩 or 按 110 元/亩的标准, and no bound: a cost
                // target ≤12 元/人次 is none.)
                // (Nor one whose limit follows it: 12 元/人次以内, 以下.)
                let before = s.string(max(0, m.start - 8)..<m.start), after = s.string(k..<min(s.count, k + 8)).dropFirst(1 + unit.count)
                guard before.contains("标准") || after.contains("标准"), !Self.followsABound(s, at: m.start, floor: max(0, m.start - 8)),
                      !(Self.boundWords + ["以内", "以下"]).contains(where: after.hasPrefix)
                else { continue }
                standard = m
            } else {
                if let period = periods.first(where: { Self.matches(s, j, $0.word) }) { times = period.times; j += period.word.unicodeScalars.count }
                // (A standard per day, 每生每天 5 元, is paid on the days its sentence counts: below.)
                else if let day = ["每天", "每日"].first(where: { Self.matches(s, j, $0) }) { perDay = true; j += day.unicodeScalars.count }
                // (Or the name of what is paid before it, 每人每天补助 30 元, 每人每天综合定额标准 150 元, then a copula, 每生每年为
                // 2,000 元.)
                j = Self.afterCopula(s, from: Self.afterPaymentsName(s, from: j))
                guard let m = money(s, at: j), m.value > 0 else { continue }
                standard = m
            }
            let opening = perSlash ? standard.start : k
            // The sentence around it.
            let floor = max(0, opening - 240), ceiling = min(s.count, standard.end + 120)
            let start = (floor..<opening).last(where: { stops.contains(s[$0]) }).map { $0 + 1 } ?? floor
            // (Not one cost's standard named before it, 住宿费标准每人每天 350 元, before a sum of all the costs.)
            if Self.namesOneCostsStandard(s[max(start, opening - 8)..<opening]) { continue }
            let end = (standard.end..<ceiling).first(where: { stops.contains(s[$0]) }) ?? ceiling
            // A standard per day counts the days its sentence names, one number of them (按每生每天 5 元、全年 200 天的标准;
            // 每人每天 30 元，按 25 天计算): the periods it is paid for. Without one, or with two, it is left alone.
            var days: NumberInText?
            if perDay {
                let named = Self.dayCounts(s, in: start..<end)
                guard named.count == 1, named[0].value >= 1 else { continue }
                days = named[0]
                times = named[0].value
                // (Read to the fen: a standard set per day is exact, and its rounding in whole 元 times the days paid,
                // 12,500 pupils x 200 days, would excuse a sum off by 125 万元.)
                standard.decimals = max(standard.decimals, 6)
            }
            // The count before it (not a change: 比上年增加 283 人).
            var count: Quantity? = nil
            var p = opening - 1
            while p >= start, count == nil {
                if Self.isDigit(s[p]), p + 1 < s.count, !Self.isDigit(s[p + 1]), s[p + 1] != "." {
                    let numberStart = Self.numberStart(s, endingAt: p + 1, floor: start)
                    if let q = Self.quantity(s, at: numberStart).flatMap(counted),
                       !Self.changeWordEnds(s, before: numberStart, floor: start) { count = q }
                    p = numberStart
                }
                p -= 1
            }
            // (Or, where none stands before it, the count right after it: 按每亩 120 元的补贴标准，对全县 113,850 亩耕地发放
            // 补贴，实际发放资金 1,366.20 万元.)
            var from = perSlash ? k + 1 + unit.unicodeScalars.count : standard.end
            if count == nil {
                var q = from
                while q < end, count == nil {
                    if Self.isDigit(s[q]), !Self.isDigit(s[q - 1]), s[q - 1] != ".", s[q - 1] != "," {
                        if let found = Self.quantity(s, at: q).flatMap(counted),
                           !Self.changeWordEnds(s, before: q, floor: standard.end) {
                            count = found; from = found.end
                        } else if money(s, at: q) != nil { break }
                    }
                    q += 1
                }
            }
            if let days { from = max(from, days.end) }
            guard let count, count.value > 0, let sum = sum(s, after: from, before: end) else { continue }
            appendTermsAndResult(&out, kind: "standard", label: "每" + unit + (days.map { "每天 × \(DecimalText.shortest($0.value)) 天" } ?? ""), in: doc,
                                 ((count.start, count.end, count.value * times, count.decimals), "count", count.unit), (standard, "standard", "万元"),
                                 (sum, "sum", "万元"))
            k = sum.end
        }
        return out
    }

    /// Past the name of a payment at `k` that a standard's amount follows (补助, 补助标准, 综合定额标准, 生活费): a run of at
    /// most 6 Chinese characters ending in a word for money paid at a rate. `k` itself for any other words: a change
    /// (减少支出 200 元), a bound (不超过 550 元) or one cost's standard (住宿费标准 350 元) is no standard of the sum.
    static func afterPaymentsName(_ s: [Unicode.Scalar], from k: Int) -> Int {
        var e = k
        while e < s.count, e - k < 6, s[e].isHan { e += 1 }
        for end in stride(from: e, to: k + 1, by: -1)
        where paymentWords.contains(where: { end - $0.unicodeScalars.count >= k && matches(s, end - $0.unicodeScalars.count, $0) }) {
            // (Not the standard of one cost among others, 住宿费标准 150 元 before 共支出培训费 A: the sum is not that cost's.)
            return namesOneCostsStandard(s[k..<end]) ? k : end
        }
        return k
    }

    /// Whether the words right before a standard's amount (or before its 每) name one cost's standard: a cost (…费) then,
    /// in the same clause, a word for money paid at a rate (住宿费标准, 伙食费补助). 生活费 alone is the payment itself.
    static func namesOneCostsStandard(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        let u = Array(words)
        guard let cost = u.lastIndex(of: "费"), !u[cost...].contains(where: { "，,、；".unicodeScalars.contains($0) }) else { return false }
        return (cost + 1..<u.count).contains { p in paymentWords.contains { matches(u, p, $0) } }
    }

    /// The words that end the name of money paid at a rate (补助, 补贴, 标准, 定额, 生活费 …).
    static let paymentWords = ["补助", "补贴", "标准", "定额", "生活费", "救助金", "资助", "奖励"]

    /// The numbers of days in `range` (200 天, 25 天): digits right before 天, not a span of days within one (10 天内
    /// is a deadline, no count of days paid), a change (较上年增加 20 天) or the days of each month or week (每月按 30 天).
    static func dayCounts(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumberInText] {
        range.compactMap { p -> NumberInText? in
            guard p > range.lowerBound, s[p] == "天", isDigit(s[p - 1]), p + 1 >= s.count || s[p + 1] != "内" else { return nil }
            let start = numberStart(s, endingAt: p, floor: range.lowerBound)
            // (Nor days of a shorter period, 每月按 30 天计算, 每周 5 天: the days of each month or week, not of the year.)
            guard let n = plainNumber(s, at: start), n.end == p, !changeWordEnds(s, before: start, floor: range.lowerBound),
                  !s[max(range.lowerBound, start - 4)..<start].contains("每") else { return nil }
            return n
        }
    }

    /// The signs of comparison that set a target as a bound (≥42 万亩, ≤ 12 元).
    static let boundSigns = Set("≥≤><＞＜".unicodeScalars)

    /// The words that set a limit before a number (不高于 1,600 元, 不低于, 最高, 超过 and so 不超过).
    static let boundWords = ["超过", "最高", "不高于", "不低于"]

    /// Whether the number at `p` is a bound rather than a value: right after one of the `boundSigns` or the
    /// `boundWords`, spaces passed over, back to `floor`.
    static func followsABound(_ s: [Unicode.Scalar], at p: Int, floor: Int) -> Bool {
        var b = p
        while b > floor, s[b - 1] == " " { b -= 1 }
        guard b > floor else { return false }
        if boundSigns.contains(s[b - 1]) { return true }
        let before = s.string(max(floor, b - 3)..<b)
        return boundWords.contains(where: before.hasSuffix)
    }

    /// A count in one of `units`, in ones of its unit: 3.18 万户 is 31,800 户 (rounded to 50 户), 1.2 亿人次 is 120,000,000
    /// 人次; nil for a count in any other unit.
    static func counted(_ q: Quantity, inOnesOf units: [String]) -> Quantity? {
        if units.contains(q.unit) { return q }
        for (word, scale, digits) in [("万", 1e4, 4), ("亿", 1e8, 8)] where q.unit.hasPrefix(word) && units.contains(String(q.unit.dropFirst())) {
            return (q.start, q.end, q.value * scale, q.decimals - digits, String(q.unit.dropFirst()))
        }
        return nil
    }

    /// The first money amount after a standard, from `start` up to `end` (its sentence's end), unless a change word
    /// leads to it (比上年增加 12.00 万元 is no sum at the standard) or it is another standard (小学每生每年 500 元、初中
    /// 每生每年 625 元: the count is of both levels, no sum at either).
    private func sum(_ s: [Unicode.Scalar], after start: Int, before end: Int) -> NumberInText? {
        var q = start
        while q < end {
            if Self.isDigit(s[q]), !Self.isDigit(s[q - 1]), s[q - 1] != ".", s[q - 1] != "," {
                if let m = money(s, at: q) {
                    return Self.changeWordEnds(s, before: q, floor: start) || s[max(start, q - 6)..<q].contains("每") ? nil : m
                }
            }
            q += 1
        }
        return nil
    }

    /// Sums worked out in parentheses right after them as counts times a standard (营养改善计划补助 98.56 万元（1,540
    /// 人×200 天×3.2 元）; 生活补助 42.00 万元（420 人×1,000 元）): the counts' product, the standard and the sum, as
    /// ``perUnitStandards(_:)`` states them, so that the audit sets the sum against count x standard. The factors
    /// are numbers with a unit of things or of time (天, 月, 年, 学期) and one money amount, joined by × (or *, x).
    func standardsInParentheses(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        let periods = ["个月", "学期", "天", "日", "月", "年"]
        var k = 0
        while k < s.count {
            guard s[k] == "（" || s[k] == "(" else { k += 1; continue }
            defer { k += 1 }
            // The sum right before the parenthesis (its unit included).
            var e = k
            while e > 0, s[e - 1] == " " { e -= 1 }
            guard let total = money(s, endingAt: e) else { continue }
            // The factors, up to the closing parenthesis.
            var counts: [Quantity] = [], standard: NumberInText? = nil
            var j = Self.afterSpaces(s, from: k + 1), ok = true
            while ok {
                if let m = money(s, at: j), standard == nil {
                    standard = m; j = m.end
                } else if let q = Self.quantity(s, at: j) {
                    counts.append(q); j = q.end
                } else if let n = Self.plainNumber(s, at: j), case let u = Self.afterSpaces(s, from: n.end),
                          let period = periods.first(where: { Self.matches(s, u, $0) }) {
                    counts.append((n.start, u + period.unicodeScalars.count, n.value, n.decimals, period)); j = u + period.unicodeScalars.count
                } else { ok = false; break }
                j = Self.afterSpaces(s, from: j)
                guard j < s.count else { ok = false; break }
                if "×*xX".unicodeScalars.contains(s[j]) { j = Self.afterSpaces(s, from: j + 1); continue }
                break
            }
            guard ok, j < s.count, s[j] == "）" || s[j] == ")", let standard, let first = counts.first, counts.allSatisfy({ $0.value > 0 }) else { continue }
            let product = counts.reduce(1.0) { $0 * $1.value }
            appendTermsAndResult(&out, kind: "standard", label: "（" + counts.map(\.unit).joined(separator: "×") + "×元）", in: doc,
                                 ((first.start, counts.last!.end, product, 0), "count", first.unit), (standard, "standard", "万元"), (total, "sum", "万元"))
            k = j
        }
        return out
    }

    /// An average per unit with its division worked in parentheses after it (单位造价 9.34 万元/公里（1,742.36 万元÷186.5
    /// 公里）; 人均补助 0.35 万元/人（420.00 万元/1,200 人）): the amount, the count and the average, as
    /// ``perUnitAverages(_:)`` states them, so that the audit sets the average against amount / count. The count's unit
    /// is the one after the average's slash.
    func averagesInParentheses(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        var k = 0
        while k < s.count {
            guard s[k] == "（" || s[k] == "(" else { k += 1; continue }
            defer { k += 1 }
            // The average right before the parenthesis: money, a slash and the unit it is per (one to three characters).
            var slash = k - 1
            while slash > 0, k - slash <= 3, s[slash].isHan { slash -= 1 }
            guard slash > 0, slash < k - 1, s[slash] == "/", s[slash - 1] == "元" else { continue }
            let unit = s.string((slash + 1)..<k)
            guard let average = money(s, endingAt: slash) else { continue }
            let start = average.start
            // Inside: the amount, ÷ (or /), the count in that unit, and the parenthesis's close.
            let a = Self.afterSpaces(s, from: k + 1)
            guard let amount = money(s, at: a), case let bar = Self.afterSpaces(s, from: amount.end), bar < s.count, s[bar] == "÷" || s[bar] == "/",
                  let count = Self.quantity(s, at: Self.afterSpaces(s, from: bar + 1)), count.unit == unit, count.value > 0,
                  case let close = Self.afterSpaces(s, from: count.end), close < s.count, s[close] == "）" || s[close] == ")" else { continue }
            // (Named by the words before it, 单位造价, as a formula's result is.)
            var e = start
            while e > 0, "为达是 ".unicodeScalars.contains(s[e - 1]) { e -= 1 }
            let name = formulaName(s, before: e, in: doc)
            appendTermsAndResult(&out, kind: "average", label: name.isEmpty ? "元/" + unit : name, in: doc, (amount, "amount", "万元"),
                                 ((count.start, count.end, count.value, count.decimals), "count", count.unit), (average, "average", "万元"))
            k = close
        }
        return out
    }

    /// A scanned check's two terms and its result, appended in that order (the result `about` the second term):
    /// keyed `kind:label:measure`, the terms by the rule `kind-term`, the result by `kind` (an average) or
    /// `kind-sum` (a sum at a standard).
    private func appendTermsAndResult(
        _ out: inout [Statement], kind: String, label: String, in doc: ReportText,
        _ first: (number: NumberInText, measure: String, unit: String),
        _ second: (number: NumberInText, measure: String, unit: String),
        _ result: (number: NumberInText, measure: String, unit: String)
    ) {
        for term in [first, second] {
            out.append(scannedTerm(key: kind + ":" + label + ":" + term.measure, label: label, measure: term.measure, term.number, unit: term.unit,
                                   rule: kind + "-term", in: doc))
        }
        var st = scannedTerm(key: kind + ":" + label + ":" + result.measure, label: label, measure: result.measure, result.number, unit: result.unit,
                             rule: kind == "average" ? "average" : kind + "-sum", in: doc)
        st.about = out.count - 1
        out.append(st)
    }

    /// The money amount in 元 or 万元 that ends right before `e` (110 元/亩 before its slash, 42.00 万元（…） before its
    /// parenthesis), as ``money(_:at:)`` reads it; nil where no such amount ends there.
    func money(_ s: [Unicode.Scalar], endingAt e: Int) -> NumberInText? {
        guard e > 0, s[e - 1] == "元" else { return nil }
        var b = e - 1
        if b > 0, s[b - 1] == "万" { b -= 1 }
        while b > 0, s[b - 1] == " " { b -= 1 }
        let start = Self.numberStart(s, endingAt: b)
        guard start < b, let m = money(s, at: start), m.end == e else { return nil }
        return m
    }

    /// A money amount at `k` (digits, then 亿元, 万元 or 元) in 万元, with its decimals in that unit; nil for any other number.
    func money(_ s: [Unicode.Scalar], at k: Int) -> NumberInText? {
        guard let n = Self.plainNumber(s, at: k) else { return nil }
        var e = n.end
        while e < s.count, s[e] == " " { e += 1 }
        // (2.35 亿元 is 2.35 ± 0.005 亿元, ±50 万元, as the sentences' reader takes it: its decimals in 万元 are -2.)
        if Self.matches(s, e, "亿元") { return (n.start, e + 2, n.value * 10_000, max(n.decimals, 2) - 4) }
        if Self.matches(s, e, "万元") { return (n.start, e + 2, n.value, n.decimals) }
        if Self.matches(s, e, "元") { return (n.start, e + 1, n.value / 10_000, n.decimals + 4) }
        return nil
    }
}
