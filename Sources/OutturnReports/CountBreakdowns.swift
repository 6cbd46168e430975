import Foundation

extension StatementReader {
    /// Counts of people, vehicles and other things counted one by one broken down after 其中 (实有人数 23 人，其中：
    /// 行政人员 18 人、事业人员 5 人; 共有车辆 6 辆，其中：一般公务用车 4 辆，执法执勤用车 2 辆; 收回有效问卷 186 份，其中：
    /// 非常满意 142 份 …): the whole and its parts, each part's `parent` the whole's index in
    /// the returned list, so the audit adds them up as it adds up amounts. The parts run in one clause list, up to a
    /// semicolon or a full stop, in the whole's unit (人 and 名 are one).
    ///
    /// Lists that are no partition are left alone: attributes that overlap (其中：女性 12 人，中共党员 15 人; 研究生学历
    /// 3 人), flows over the year (其中：新进 3 人，调出 2 人), and retired people under a whole of the staff in post
    /// or on the establishment (在职人员 23 人，其中：行政 18 人，事业 5 人，退休 12 人: the list ends before them).
    func countBreakdowns(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        var k = 0
        while k < s.count {
            // A 其中 right after a count: NUMBER UNIT [，,] 其中 [：:].
            guard s[k] == "其", k + 1 < s.count, s[k + 1] == "中" else { k += 1; continue }
            defer { k += 2 }
            var u = k - 1
            // (Or opening the sentence after the count's, 现有人员 126 人。其中，局机关在职 58 人、…: its parts still.)
            if u >= 0, "，,。".unicodeScalars.contains(s[u]) { u -= 1 }
            // (Or in parentheses after the count and what it counts, 实施 13 个项目（其中：财政预算审计 5 个、…、投资审计
            // 2 个）: the list ends at the parenthesis's close.)
            let inParentheses = u >= 1 && (s[u] == "（" || s[u] == "(")
            if inParentheses {
                var v = u - 1
                while v >= 1, u - v <= 8, s[v].isHan, !(Self.countUnit(s, at: v) != nil && Self.isDigit(s[v - 1])) { v -= 1 }
                u = v
            }
            // (Or after the money paid on the count, 资助学生 4,862 人次，发放资助资金 1,206.50 万元，其中：…: the count's parts,
            // each with its own money, which the scan passes over.)
            if u >= 1, s[u] == "元", let paid = Self.countBeforeItsMoney(s, moneyEndingAt: u) { u = paid }
            // (A unit of two or more, 人次 or 公里: its first character stands after the number.)
            if u >= 2, s[u] == "次", s[u - 1] == "人" { u -= 1 } else if let measure = Self.measureUnit(s, endingAt: u) { u -= measure.unicodeScalars.count - 1 }
            guard u >= 1, let (family, unitLength) = Self.quantityUnit(s, at: u) else { continue }
            let measured = Self.measureUnits.contains(family)
            guard let (numberStart, wholeValue) = Self.count(s, endingAt: u, withDecimals: measured) else { continue }
            let floor = max(numberStart - 40, Self.labelFloor(doc, before: numberStart))
            let wholeLabel = Self.countLabel(s.string(countLabelStart(s, before: numberStart, floor: floor)..<numberStart))
            guard !wholeLabel.isEmpty else { continue }
            // The parts, in the clause list after 其中 (其中：, or 其中， as many write it).
            var p = k + 2
            if p < s.count, "：:，,".unicodeScalars.contains(s[p]) { p += 1 }
            var parts: [(label: String, value: Double, start: Int, end: Int)] = []
            var shares: [Int: StatedShare] = [:]
            var partial = false
            var retiredFrom: Int? = nil
            // (Or the parts' names, then 分别 and their counts in the same order: 其中行政、事业和工勤人员分别为 25 人、12 人和
            // 5 人.)
            if let listed = distributedCounts(s, from: p, family: family, measured: measured) {
                parts = listed
                p = s.count
            }
            scan: while p < s.count {
                // A part: its label, its number, its unit, then a list joint or the list's end.
                // (Past the item's number in the list, 其中：1.产业发展类项目 92 个；2.…: no count of it.)
                p = Self.afterEnumerator(s, at: p)
                var j = p
                while j < s.count, j - p <= 24, !Self.isDigit(s[j]), !"，,、；;。：:".unicodeScalars.contains(s[j]) { j += 1 }
                // (Its label set off by a colon, 执法执勤用车：9 辆, as a form's items are.)
                let labelEnd = j
                if j + 1 < s.count, s[j] == "：" || s[j] == ":", Self.isDigit(s[j + 1]) { j += 1 }
                // (A clause without a number ends the list: 其中：行政人员 18 人，事业人员 5 人，均为全额拨款。)
                guard j < s.count, Self.isDigit(s[j]) else { break }
                let label = Self.countLabel(s.string(p..<labelEnd))
                var e = j
                while e < s.count, Self.isDigit(s[e]) || s[e] == "," && e > j && Self.groupOfThree(s, at: e + 1)
                        || measured && s[e] == "." && e + 1 < s.count && Self.isDigit(s[e + 1]) { e += 1 }
                // (Money paid on a part, 发放 642.00 万元, is no part: passed over to the next, with its share of the money
                // (安排资金 5,624.00 万元，占 65.00%；…).)
                if let money = money(s, at: j), !parts.isEmpty {
                    p = Self.shareAfterCount(s, at: money.end)?.end ?? money.end
                    guard p < s.count else { break }
                    switch s[p] {
                    case "，", ",", "、", "；", ";": p += 1; continue scan
                    default: break scan
                    }
                }
                guard e < s.count, let unit = Self.quantityUnit(s, at: e), unit.family == family, e - j <= (measured ? 12 : 8), let value = Self.countValue(s, j..<e),
                      !label.isEmpty else {
                    partial = true
                    break
                }
                e += unit.length - 1
                // Retired people are no part of the staff in post: the list ends before them, unless the whole counts them
                // too (现有编制人员 205 人。其中，局机关在职 113 人、离休 2 人、退休 75 人、财政事务中心 10 人…: the list adds up
                // to it with them), which the sum after the list tells.
                if retiredFrom == nil, Self.namesRetired(label), !Self.namesRetired(wholeLabel), Self.namesStaffInPost(wholeLabel) {
                    retiredFrom = parts.count
                }
                parts.append((label, value, j, e + 1))
                p = e + 1
                // Its share of the whole after it (非常满意 400 份，占 83.33%, or （占 83.33%）), which the audit checks, is no
                // part; nor is a note in parentheses after the part (含借调 1 人).
                if let share = Self.shareAfterCount(s, at: p) {
                    shares[parts.count - 1] = share
                    p = share.end
                } else if p < s.count, s[p] == "（" || s[p] == "(" {
                    guard let close = (p..<min(s.count, p + 30)).first(where: { s[$0] == "）" || s[$0] == ")" }) else { partial = true; break }
                    p = close + 1
                    if let share = Self.shareAfterCount(s, at: p) {
                        shares[parts.count - 1] = share
                        p = share.end
                    }
                }
                guard p < s.count else { break }
                switch s[p] {
                case "，", ",", "、": p += 1
                case "）" where inParentheses, ")" where inParentheses: break scan
                // (Parts each with its share may stand apart by semicolons: 非常满意 400 份，占 83.33%；满意 60 份，占 12.50%.)
                case "；" where shares[parts.count - 1] != nil, ";" where shares[parts.count - 1] != nil: p += 1
                case "；", ";", "。": break scan
                default: partial = true; break scan
                }
            }
            if let cut = retiredFrom, partial || abs(parts.reduce(0) { $0 + $1.value } - wholeValue) >= 0.5 {
                parts.removeLast(parts.count - cut)
                shares = shares.filter { $0.key < cut }
                partial = false
            }
            // (One part alone with its share, 受益人口 4.26 万人，其中脱贫人口 0.82 万人，占 19.25%: no partition to add up, but
            // the share is of the whole.)
            if !partial, parts.count == 1, shares[0] != nil {
                appendCountList(to: &out, key: "count:" + wholeLabel, label: wholeLabel, whole: (wholeValue, numberStart, u + unitLength), parts: parts,
                                shares: shares, unit: family, rule: "count-share", partition: false, doc)
                continue
            }
            guard !partial, parts.count >= 2, !Self.overlaps(parts.map(\.label)) else { continue }
            appendCountList(to: &out, key: "count:" + wholeLabel, label: wholeLabel, whole: (wholeValue, numberStart, u + unitLength), parts: parts,
                            shares: shares, unit: family, rule: "count-breakdown", doc)
        }
        return out
    }

    /// The counts a 分别 list gives the names before it, in order (行政、事业和工勤人员分别为 25 人、12 人和 5 人; 一般公务用车、
    /// 执法执勤用车分别为 2 辆、5 辆), from `p` where the names start: each name (``listedLabels(_:abbreviations:)``) with
    /// its count in `family`; nil unless the names and their counts, joined by 、, 和 or a comma, match one to one.
    func distributedCounts(_ s: [Unicode.Scalar], from p: Int, family: String, measured: Bool) -> [(label: String, value: Double, start: Int, end: Int)]? {
        var j = p
        while j < s.count, j - p <= 40, !Self.matches(s, j, "分别") {
            if "，,；;。：:".unicodeScalars.contains(s[j]) || Self.isDigit(s[j]) { return nil }
            j += 1
        }
        guard j < s.count, Self.matches(s, j, "分别"),
              let names = Self.listedLabels(s.string(p..<j), abbreviations: vocabulary.abbreviations) else { return nil }
        var q = j + 2
        if q < s.count, "为是有达".unicodeScalars.contains(s[q]) { q += 1 }
        var parts: [(label: String, value: Double, start: Int, end: Int)] = []
        for name in names {
            if !parts.isEmpty {
                guard q < s.count, "、和，,".unicodeScalars.contains(s[q]) else { return nil }
                q += 1
            }
            guard let number = Self.plainNumber(s, at: q), measured || number.decimals == 0,
                  let unit = Self.quantityUnit(s, at: number.end), unit.family == family else { return nil }
            parts.append((Self.countLabel(name), number.value, q, number.end + unit.length))
            q = number.end + unit.length
        }
        // (The list ends there: a longer one gives its names other counts.)
        guard q >= s.count || !Self.isDigit(s[q]) && !(q + 1 < s.count && "、和".unicodeScalars.contains(s[q]) && Self.isDigit(s[q + 1])) else { return nil }
        return parts
    }

    /// Counts broken down where their whole names what it counts after its number (the 决算's account of its
    /// self-evaluations): the parts, each a kind of the thing, after it and 中 (22 个项目中评为“优”的 18 个、“良”的 4 个), or after a 其中 that
    /// opens the next sentence, every part's label ending with the thing (对 12 个项目开展了绩效自评，涉及资金 …。其中，自评
    /// 结果为优的项目 9 个，良的项目 3 个), the whole then the one count of it in the sentence before (12 个项目, or 覆盖项目
    /// 12 个). Each part's `parent` is the whole's index in the returned list.
    func countsOfAThingNamedAfterItsNumber(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        var sentenceStart = 0, previousSentence = 0..<0
        for k in s.indices {
            if s[k] == "。" { previousSentence = sentenceStart..<k; sentenceStart = k + 1; continue }
            if s[k] == "中", let whole = Self.countBeforeItsThing(s, thingEndingAt: k, from: sentenceStart) {
                // N 个 THING 中 PARTS.
                var p = k + 1
                if p < s.count, "，,：:".unicodeScalars.contains(s[p]) { p += 1 }
                // (Each part names a kind of the thing, “优”的 or 优秀项目: 3 个乡镇中，A 镇完成 5 个 counts something else.)
                guard let parts = Self.countItems(s, from: p, family: whole.family), parts.count >= 2, !Self.overlaps(parts.map(\.label)),
                      parts.allSatisfy({ $0.label.hasSuffix("的") || $0.label.hasSuffix(whole.thing) }) else { continue }
                appendCountList(to: &out, key: "count:" + whole.thing + "@\(whole.start)", label: whole.thing, whole: (whole.value, whole.start, whole.end),
                                parts: parts, unit: whole.family, rule: "count-breakdown", doc)
            } else if k == sentenceStart, Self.matches(s, k, "其中"), !previousSentence.isEmpty {
                // 。其中 PARTS, each ending with the thing a count in the sentence before counts.
                var p = k + 2
                if p < s.count, "，,：:".unicodeScalars.contains(s[p]) { p += 1 }
                guard p < s.count, let first = (p..<min(s.count, p + 25)).first(where: { Self.isDigit(s[$0]) }),
                      let number = Self.plainNumber(s, at: first), let unit = Self.countUnit(s, at: number.end),
                      let parts = Self.countItems(s, from: p, family: unit.family), parts.count >= 2, !Self.overlaps(parts.map(\.label)) else { continue }
                // (The thing may end the sentence: 结转 7 个项目。)
                let wholes = (previousSentence.lowerBound...previousSentence.upperBound).compactMap { Self.countBeforeItsThing(s, thingEndingAt: $0, from: previousSentence.lowerBound) }
                    .filter { w in w.family == unit.family && parts.allSatisfy { $0.label.hasSuffix(w.thing) } }
                guard let whole = wholes.first, wholes.allSatisfy({ $0.start == whole.start }) else { continue }
                appendCountList(to: &out, key: "count:" + whole.thing + "@\(whole.start)", label: whole.thing, whole: (whole.value, whole.start, whole.end),
                                parts: parts, unit: whole.family, rule: "count-breakdown", doc)
            }
        }
        return out
    }

    /// A count written before what it counts, the thing ending right before `end` (22 个项目 before 中): the count's
    /// value, unit family and place, and the thing (two to six characters of Han script, none a digit); nil when no count
    /// of a unit stands right before those characters, after `floor`.
    static func countBeforeItsThing(_ s: [Unicode.Scalar], thingEndingAt end: Int, from floor: Int) -> (value: Double, family: String, start: Int, end: Int, thing: String)? {
        var u = end - 2
        while u > floor, end - u <= 7, s[u].isHan {
            if let unit = countUnit(s, at: u), unit.length == 1, isDigit(s[u - 1]), let (start, value) = count(s, endingAt: u), start >= floor,
               end - u - 1 >= 2 {
                return (value, unit.family, start, u + 1, s.string((u + 1)..<end))
            }
            u -= 1
        }
        return nil
    }

    /// Where an item of a list starts past its number (1.产业发展类项目, 2、公务接待费, （3）就业帮扶:
    /// ``enumerationEnd(_:from:)``), when no digit follows it (a count of 1.5 万亩 is no item 1); `p` itself otherwise.
    static func afterEnumerator(_ s: [Unicode.Scalar], at p: Int) -> Int {
        enumerationEnd(s, from: p).flatMap { $0 < s.count && !isDigit(s[$0]) ? $0 : nil } ?? p
    }

    /// The counts of one unit family listed from `p` (LABEL NUMBER UNIT, joined by 、 or a comma) up to a semicolon or a
    /// full stop; nil when an item is no such count (the list is of something else), or past 50 items (no kinds of a thing
    /// run so long; a text that is one long list is read once, not once per item).
    static func countItems(_ s: [Unicode.Scalar], from start: Int, family: String) -> [(label: String, value: Double, start: Int, end: Int)]? {
        var parts: [(label: String, value: Double, start: Int, end: Int)] = []
        var p = start
        while p < s.count, parts.count < 50 {
            p = afterEnumerator(s, at: p)
            var j = p
            while j < s.count, j - p <= 24, !isDigit(s[j]), !"，,、；;。：:".unicodeScalars.contains(s[j]) { j += 1 }
            guard j < s.count, isDigit(s[j]), let number = plainNumber(s, at: j), number.decimals == 0, let unit = countUnit(s, at: number.end),
                  unit.family == family else { return nil }
            let label = countLabel(s.string(p..<j))
            guard !label.isEmpty else { return nil }
            let end = number.end + unit.length
            parts.append((label, number.value, j, end))
            guard end < s.count else { return parts }
            switch s[end] {
            case "、", "，", ",": p = end + 1
            case "；", ";", "。": return parts
            default: return nil
            }
        }
        return nil
    }

    /// Points deducted broken down after 其中 (产出指标分值 40 分，扣 2.5 分，得 37.5 分。其中：水利工程建设完成率未达目标，扣 1.5
    /// 分；河道整治验收合格率未达 100%，扣 1 分。): the deduction stated last before the 其中, in its sentence or the one
    /// before, and each item's 扣 N 分 up to the list's full stop, the item's words before it its label (rule
    /// `deduction-breakdown`).
    func deductionBreakdowns(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        for k in s.indices where Self.matches(s, k, "其中") {
            guard let whole = Self.deductionBrokenDown(s, listAt: k) else { continue }
            var p = k + 2
            if p < s.count, "：:，,".unicodeScalars.contains(s[p]) { p += 1 }
            // (To the list's full stop, line end or next 其中, a few hundred scalars on at most: a deduction's reasons are short.)
            let end = (p..<min(s.count, p + 600)).first { "。\n".unicodeScalars.contains(s[$0]) || Self.matches(s, $0, "其中") } ?? min(s.count, p + 600)
            var parts: [(label: String, value: Double, start: Int, end: Int)] = []
            var itemStart = p
            // (A rule within an item, 每少 1 个百分点扣 0.5 分，扣 1 分, is no part: the points after it are.)
            for q in p..<end where s[q] == "扣" {
                guard let part = Self.deduction(s, at: q), !Self.namesADeductionRule(s.string(max(0, q - 30)..<q)) else { continue }
                // (From the item's own start: past a rule's 扣 before it, 每发现一项问题扣 0.5 分，最多扣 2 分；资料不全扣 1 分.)
                let from = (itemStart..<q).last(where: { s[$0] == "；" || s[$0] == ";" }).map { $0 + 1 } ?? itemStart
                let label = s.string(from..<q).trimmingCharacters(in: CharacterSet(charactersIn: "，,；; "))
                if !label.isEmpty { parts.append((label, part.value, part.start, part.end)) }
                itemStart = part.end
            }
            guard parts.count >= 2 else { continue }
            appendCountList(to: &out, key: "deduction:@\(whole.start)", label: "扣分", whole: whole, parts: parts, unit: "分",
                            rule: "deduction-breakdown", role: .deduction, doc)
        }
        return out
    }

    /// The deduction a list after 其中 at `k` breaks down (扣 2.5 分，得 37.5 分。其中：…): the last 扣 N 分 within the 40
    /// scalars before, with no full stop between but the one that may end its sentence, and no rule (每…扣, 最多扣); nil
    /// when there is none.
    static func deductionBrokenDown(_ s: [Unicode.Scalar], listAt k: Int) -> (value: Double, start: Int, end: Int)? {
        guard let d = (max(0, k - 40)..<k).last(where: { s[$0] == "扣" }), !s.string(d..<k).dropLast().contains("。"),
              let whole = deduction(s, at: d), !namesADeductionRule(s.string(max(0, d - 30)..<d)) else { return nil }
        return whole
    }

    /// The points a 扣 at `k` deducts (扣 1.5 分, 扣1分): the number's value and place, to the end of 分; nil for words
    /// without a number there (不扣分, 扣除).
    static func deduction(_ s: [Unicode.Scalar], at k: Int) -> (value: Double, start: Int, end: Int)? {
        let n = afterSpaces(s, from: k + 1)
        guard let number = plainNumber(s, at: n) else { return nil }
        let unit = afterSpaces(s, from: number.end)
        guard unit < s.count, s[unit] == "分" else { return nil }
        return (number.value, n, unit + 1)
    }

    /// Where the label of a count starting at `p` starts: its clause's (``clauseStart(_:before:floor:)``), and not before
    /// its sentence's (行政人员 18 人。覆盖项目 12 个: 覆盖项目).
    func countLabelStart(_ s: [Unicode.Scalar], before p: Int, floor: Int) -> Int {
        let clause = clauseStart(s, before: p, floor: floor)
        return (clause..<p).last(where: { "。；;！？".unicodeScalars.contains(s[$0]) }).map { $0 + 1 } ?? clause
    }

    /// The count a money amount ending at `u` (its 元) was paid on, in the clause right before it (资助学生 4,862 人次，
    /// 发放资助资金 1,206.50 万元): the last scalar of that clause (the count's unit, when it ends it); nil when no
    /// clause stands before the money.
    static func countBeforeItsMoney(_ s: [Unicode.Scalar], moneyEndingAt u: Int) -> Int? {
        var c = u
        // (Back to the clause's comma, past the thousands separators of the money: 1,206.50 万元.)
        while c > 0, u - c <= 24, !"，,；;。".unicodeScalars.contains(s[c - 1]) || s[c - 1] == "," && c >= 2 && isDigit(s[c - 2]) && groupOfThree(s, at: c) {
            c -= 1
        }
        guard c >= 2, s[c - 1] == "，" || s[c - 1] == "," else { return nil }
        return c - 2
    }

    /// The unit of things counted at `k` and its length: 人次 (two characters, its own family), else one of
    /// ``countUnitFamily(_:)``.
    static func countUnit(_ s: [Unicode.Scalar], at k: Int) -> (family: String, length: Int)? {
        if s[k] == "人", k + 1 < s.count, s[k + 1] == "次" { return ("人次", 2) }
        // (个 counts projects and other things, but not in 个百分点, 个月 or 个工作日.)
        if s[k] == "个" { return k + 1 < s.count && "百月工".unicodeScalars.contains(s[k + 1]) ? nil : ("个", 1) }
        return countUnitFamily(s[k]).map { ($0, 1) }
    }

    /// Units of measured quantities, a project's outputs (改造农村公路 86.5 公里, 高标准农田 1.2 万亩): each its own family,
    /// the longer first where one ends another (平方米 before 米).
    static let measureUnits = ["万平方米", "万立方米", "万千瓦时", "平方公里", "平方米", "立方米", "万千瓦", "千瓦时", "万亩", "万吨", "公里", "千米", "公顷",
                               "千瓦", "亩", "吨", "米"]

    /// The unit of a count or of a measured quantity starting at `k`, and its length (``countUnit(_:at:)``, else one of
    /// ``measureUnits``).
    static func quantityUnit(_ s: [Unicode.Scalar], at k: Int) -> (family: String, length: Int)? {
        countUnit(s, at: k) ?? measureUnits.first { matches(s, k, $0) }.map { ($0, $0.unicodeScalars.count) }
    }

    /// The unit of a measured quantity whose last character stands at `k` (…86.5 公里，其中).
    static func measureUnit(_ s: [Unicode.Scalar], endingAt k: Int) -> String? {
        measureUnits.first { k + 1 >= $0.unicodeScalars.count && matches(s, k + 1 - $0.unicodeScalars.count, $0) }
    }

    /// A share stated right after a count, its percent's value, decimals and place (…400 份，占 83.33%; ，占比 22.95%).
    typealias StatedShare = (value: Double, decimals: Int, start: Int, end: Int)

    /// A character that may stand before the 占 of a share: 所占 (the share it takes), 约占 (about so much of it; the
    /// percent is checked as printed all the same).
    static let shareLeads: Set<Unicode.Scalar> = ["所", "约"]

    /// The share after a comma or an opening parenthesis at `p` (，占 83.33%, ，占比为 22.95%, ，占比达 22.95%, ，所占比重为 4.09%, ，约占 65.00%,
    /// ，占总数的 1.36%, （占 71.59%）); nil for any other words.
    static func shareAfterCount(_ s: [Unicode.Scalar], at p: Int) -> StatedShare? {
        guard p < s.count, "，,（(".unicodeScalars.contains(s[p]) else { return nil }
        var k = afterSpaces(s, from: p + 1)
        if k < s.count, shareLeads.contains(s[k]) { k += 1 }
        guard k < s.count, s[k] == "占" else { return nil }
        k += 1
        // (Of a whole named by no name of its own: 占总数的 71.59%.)
        if let whole = genericWholes.first(where: { matches(s, k, $0 + "的") }) { k += whole.unicodeScalars.count + 1 }
        if let word = ["比重", "比例", "比"].first(where: { matches(s, k, $0) }) { k += word.unicodeScalars.count }
        k = afterCopula(s, from: k)
        guard let n = plainNumber(s, at: k), n.end < s.count, s[n.end] == "%" || s[n.end] == "％" else { return nil }
        // (In parentheses, the share ends past their close, which must follow it.)
        guard "（(".unicodeScalars.contains(s[p]) else { return (n.value, n.decimals, n.start, n.end + 1) }
        guard n.end + 1 < s.count, "）)".unicodeScalars.contains(s[n.end + 1]) else { return nil }
        return (n.value, n.decimals, n.start, n.end + 2)
    }

    /// Counts of one thing listed with their shares, without 其中, under a whole stated before them (覆盖项目 1,246 个。
    /// …自评等级为“优”的项目 892 个，占 71.59%；“良”的项目 286 个，占 22.95%；…): the whole is the nearest count before
    /// the list (within 400 scalars) in the same unit whose label ends with the noun every item's label ends with
    /// (项目). Only a list whose shares add up to the whole (100%, within their rounding) is taken: its counts are then
    /// the whole's parts, each share checked against part / whole and the parts' sum against the whole.
    func countsWithShares(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        // Each count followed by its share: LABEL NUMBER UNIT，占 x%.
        var items: [(label: String, value: Double, start: Int, end: Int, unit: String, share: StatedShare)] = []
        func flush() {
            defer { items = [] }
            guard items.count >= 2, Set(items.map(\.unit)).count == 1, let unit = items.first?.unit else { return }
            let total = items.reduce(0) { $0 + $1.share.value }
            let rounding = items.reduce(0) { $0 + 0.5 * pow(10, -Double($1.share.decimals)) }
            guard abs(total - 100) <= rounding + 1e-9 else { return }
            // The noun all items count (项目 in “优”的项目, “良”的项目).
            let labels = items.map(\.label)
            guard let noun = labels.first.map({ String($0.suffix(2)) }), noun.count == 2, noun.unicodeScalars.allSatisfy(\.isHan),
                  labels.allSatisfy({ $0.hasSuffix(noun) && $0.count > 2 }), !Self.overlaps(labels) else { return }
            let first = items[0].start
            var q = first - 1
            while q >= 0, first - q <= 400 {
                if s[q].isHan, String(s[q]) == unit, q >= 1, Self.isDigit(s[q - 1]), let (start, value) = Self.count(s, endingAt: q) {
                    let floor = max(start - 30, Self.labelFloor(doc, before: start))
                    let label = Self.countLabel(s.string(countLabelStart(s, before: start, floor: floor)..<start))
                    // (Not a list 其中 opens, which `countBreakdowns` reads as the parts of the count before it.)
                    if label.hasSuffix(noun), !labels.contains(label), !s.string((q + 1)..<first).contains("其中") {
                        appendCountList(to: &out, key: "count:\(label)@\(start)", label: label, whole: (value, start, q + 1),
                                        parts: items.map { ($0.label, $0.value, $0.start, $0.end) },
                                        shares: Dictionary(uniqueKeysWithValues: items.enumerated().map { ($0.offset, $0.element.share) }),
                                        unit: unit, rule: "count-shares", doc)
                        return
                    }
                }
                q -= 1
            }
        }
        var k = 0
        while k < s.count {
            // (The comma before 占, or before 所占 or 约占.)
            let opener = k >= 1 && Self.shareLeads.contains(s[k - 1]) ? k - 2 : k - 1
            guard s[k] == "占", opener >= 1, "，,（(".unicodeScalars.contains(s[opener]), let share = Self.shareAfterCount(s, at: opener) else {
                // (A full stop or a paragraph ends a list; so does any other number.)
                if "。\n".unicodeScalars.contains(s[k]) { flush() }
                k += 1
                continue
            }
            // The count right before the comma: NUMBER UNIT, its label back to the list's last joint.
            let u = opener - 1
            guard s[u].isHan, Statement.wholeCountUnits.contains(String(s[u])), u >= 1, Self.isDigit(s[u - 1]),
                  let (start, value) = Self.count(s, endingAt: u) else { flush(); k = share.end; continue }
            var b = start
            while b > 0, start - b < 24, !"、，,；;。：:\n".unicodeScalars.contains(s[b - 1]), !Self.isDigit(s[b - 1]) { b -= 1 }
            // (Past an opening word of the sentence: 从自评结果看，自评等级为“优”的项目 → “优”的项目.)
            var label = Self.countLabel(s.string(b..<start))
            if let r = label.range(of: "为", options: .backwards), label.distance(from: r.upperBound, to: label.endIndex) >= 3 { label = String(label[r.upperBound...]) }
            // (Only items in one list: each right after the previous one's share, joined by ； or ，.)
            if let last = items.last, !(last.share.end < b && s[last.share.end..<b].allSatisfy({ "；;，, ".unicodeScalars.contains($0) })) { flush() }
            if label.isEmpty { flush() } else { items.append((label, value, start, u + 1, String(s[u]), share)) }
            k = share.end
        }
        flush()
        return out
    }

    /// A whole count and its parts as statements, each part's `parent` the whole's index in `out`.
    private func appendCountList(to out: inout [Statement], key: String, label: String, whole: (value: Double, start: Int, end: Int),
                                 parts: [(label: String, value: Double, start: Int, end: Int)], shares: [Int: StatedShare] = [:],
                                 unit: String, rule: String, role: StatementRole = .level, partition: Bool = true, _ doc: ReportText) {
        let s = doc.scalars, index = out.count
        out.append(Statement(key: key, subject: nil, measure: nil, stage: nil, label: label, year: reportYear ?? 0,
                             role: role, value: whole.value, unit: unit, decimals: Self.plainNumber(s, at: whole.start)?.decimals ?? 0, position: whole.start,
                             offset: doc.originalOffset(whole.start), snippet: snippetSpan(s, whole.start, whole.end), rule: rule))
        for part in parts {
            var st = Statement(key: key + ":" + part.label, subject: nil, measure: nil, stage: nil, label: part.label,
                               year: reportYear ?? 0, role: role, value: part.value, unit: unit,
                               decimals: Self.plainNumber(s, at: part.start)?.decimals ?? 0, position: part.start,
                               offset: doc.originalOffset(part.start), snippet: snippetSpan(s, part.start, part.end), rule: rule)
            // (Parts that are no partition of the whole are not added up: their shares name it instead.)
            if partition { st.parent = index }
            out.append(st)
        }
        // Each part's stated share of the whole, after the parts (so the parts' indices stay in order).
        for (n, part) in parts.enumerated() {
            guard let share = shares[n] else { continue }
            var st = Statement(key: key + ":" + part.label, subject: nil, measure: nil, stage: nil, label: part.label, year: reportYear ?? 0,
                               role: .share, value: share.value, unit: "%", decimals: share.decimals, position: share.start,
                               offset: doc.originalOffset(share.start), snippet: snippetSpan(s, share.start, share.end), rule: rule)
            st.about = index + 1 + n
            if !partition { st.shareOf = label }
            out.append(st)
        }
    }

    /// A whole count written in digits ending right before `end` (groups of three may stand apart after a comma:
    /// 带动就业 2,140 人), or with decimals a measured quantity (改造农村公路 86.5 公里): where it starts and its value;
    /// nil when no digit stands there, or a decimal point, another number or more than eight scalars (twelve with
    /// decimals) make it no count.
    static func count(_ s: [Unicode.Scalar], endingAt end: Int, withDecimals: Bool = false) -> (start: Int, value: Double)? {
        var start = end, point = false
        while start > 0, isDigit(s[start - 1]) || start >= 2 && s[start - 1] == "," && isDigit(s[start - 2]) && groupOfThree(s, at: start)
                || withDecimals && !point && start >= 2 && s[start - 1] == "." && isDigit(s[start - 2]) && start < end {
            if s[start - 1] == "." { point = true }
            start -= 1
        }
        // (A comma right before it is a clause's, 显示,22 个, unless a digit stands before the comma.)
        guard start < end, end - start <= (withDecimals ? 12 : 8),
              start == 0 || !(isDigit(s[start - 1]) || s[start - 1] == "." || s[start - 1] == "," && start >= 2 && isDigit(s[start - 2])),
              let value = countValue(s, start..<end) else { return nil }
        return (start, value)
    }

    /// Where a count's label may start at the earliest: after a heading that runs into its sentence (一、部门概况
    /// 本单位年末实有人数 45 人), else the text's start.
    static func labelFloor(_ doc: ReportText, before p: Int) -> Int {
        if let h = doc.headingStart(atOrBefore: p), let end = doc.headingEnd(after: h), end <= p { return end }
        return 0
    }

    /// Counts closed by their total (新培育家庭农场 38 家、农民合作社 12 家，合计 50 家): the total after 合计, 共计 or
    /// 总计 and the counts of its unit in the clause list right before it, each part's `parent` the total's index in
    /// the returned list. A closing total adds up what it closes (rule `count-closing-total`: the audit takes the
    /// list as complete).
    func countClosingTotals(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        for k in s.indices where s[k] == "计" && k >= 2 && "合共总".unicodeScalars.contains(s[k - 1]) && "，,".unicodeScalars.contains(s[k - 2]) {
            // The total: the word, then 为 or a colon, then a whole count (blanks allowed around its number).
            var n = k + 1
            while n < s.count, "为：: ".unicodeScalars.contains(s[n]) { n += 1 }
            guard let number = Self.plainNumber(s, at: n), number.decimals == 0, number.end - n <= 8 else { continue }
            var e = number.end
            while e < s.count, s[e] == " " { e += 1 }
            guard e < s.count, let family = Self.countUnitFamily(s[e]) else { continue }
            // The parts, backwards from the joint before the word: LABEL NUMBER UNIT, joined by 、 or a comma.
            let floor = Self.labelFloor(doc, before: k)
            var parts: [(label: String, value: Double, start: Int, end: Int)] = []
            var end = k - 2
            while end >= 2, Self.countUnitFamily(s[end - 1]) == family {
                var last = end - 1
                while last > 0, s[last - 1] == " " { last -= 1 }
                guard let (d, value) = Self.count(s, endingAt: last), d > floor else { break }
                var b = d
                while b > floor, d - b < 24, !"、，,；;。：:".unicodeScalars.contains(s[b - 1]), !Self.isDigit(s[b - 1]) { b -= 1 }
                let label = Self.countLabel(s.string(b..<d))
                guard !label.isEmpty, b == floor || !Self.isDigit(s[b - 1]) else { break }
                parts.insert((label, value, d, end), at: 0)
                guard b >= 2, "、，,".unicodeScalars.contains(s[b - 1]) else { break }
                end = b - 1
                while end > 0, s[end - 1] == " " { end -= 1 }
            }
            // (Or the parts' names, then 分别 and their counts in the same order, in the clause before the word: 管理、专业技术
            // 和工勤技能岗位人员分别为 10 人、20 人和 30 人，共计 60 人.)
            if parts.count < 2 {
                var c = k - 2
                while c > floor, !"，,；;。：:".unicodeScalars.contains(s[c - 1]) { c -= 1 }
                if var listed = distributedCounts(s, from: c, family: family, measured: false), listed.last?.end == k - 2 {
                    // (The first name without what leads to the list: 本单位共有.)
                    if let lead = ["共有", "现有", "拥有"].compactMap({ listed[0].label.range(of: $0) }).last, lead.upperBound < listed[0].label.endIndex {
                        listed[0].label = String(listed[0].label[lead.upperBound...])
                    }
                    parts = listed
                }
            }
            guard parts.count >= 2, !Self.overlaps(parts.map(\.label)) else { continue }
            let label = s.string((k - 1)..<(k + 1))
            appendCountList(to: &out, key: "count:\(label)@\(n)", label: label, whole: (number.value, n, e + 1), parts: parts,
                            unit: family, rule: "count-closing-total", doc)
        }
        return out
    }

    /// A closing count in a sentence of its own after a list of counts each stated with what was paid on it (其中：发放
    /// 国家助学金 3,860 人次，每生每年 2,000 元，支出 772.00 万元；免除学费 4,903 人次，…。全年合计资助 8,736 人次。): the total is
    /// that sentence's one number, after 合计, 共计, 总计 or 共, and its parts are the counts of its unit in the sentence
    /// before it, from its 其中 on (people under a total of person-times: 两项补贴全年共惠及 5,504 人次 after 惠及 2,356 人
    /// and 惠及 3,148 人); when the sentence says how many items it closes (两项), that many. Without that number, a sum
    /// further from the total than a 其中 list may fall short (``ReportAudit/partialListing``) says the sentence counts
    /// something else (共计培训 200 人次 after the trainers by their kind), and it is left alone.
    func countClosingSentences(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        var previousStop: Int? = nil, stop: Int? = nil
        for b in s.indices where s[b] == "。" {
            defer { previousStop = stop; stop = b }
            guard let listStop = stop else { continue }
            let a = listStop + 1
            // The sentence: words with 合计, 共计, 总计 or 共, one whole count, its unit, the full stop.
            let numbers = (a..<b).filter { Self.isDigit(s[$0]) && !Self.isDigit(s[$0 - 1]) && s[$0 - 1] != "," && s[$0 - 1] != "." }
            guard numbers.count == 1, let n = numbers.first, n - a <= 30, let number = Self.plainNumber(s, at: n), number.decimals == 0,
                  let unit = Self.countUnit(s, at: number.end), number.end + unit.length == b else { continue }
            let words = s.string(a..<n)
            // (Or 累计, the people reached in all: 两项补贴全年累计惠及 10,570 人. Not a total over the years, 项目实施以来共惠及,
            // 截至目前累计惠及: the list is one year's.)
            guard ["合计", "共计", "总计", "共", "累计"].contains(where: words.contains),
                  !["以来", "至今", "历年", "截至", "截止"].contains(where: words.contains) else { continue }
            // (How many items it closes, when it says: 两项补贴…, 以上三个项目….)
            var w = Array(words.unicodeScalars)
            for opener in ["以上", "上述"] where words.hasPrefix(opener) { w.removeFirst(opener.unicodeScalars.count) }
            let items = Self.numeral(w, from: 0).flatMap { m in m.end < w.count && "项个类种".unicodeScalars.contains(w[m.end]) ? m.value : nil }
            // The parts: the counts of that unit in the sentence before, from its 其中 on.
            var p = (previousStop ?? -1) + 1
            if let opener = (p..<listStop).last(where: { Self.matches(s, $0, "其中") }) { p = opener + 2 }
            var parts: [(label: String, value: Double, start: Int, end: Int)] = []
            for j in p..<listStop where Self.isDigit(s[j]) && (j == 0 || !Self.isDigit(s[j - 1]) && s[j - 1] != "," && s[j - 1] != ".") {
                guard let part = Self.plainNumber(s, at: j), part.decimals == 0, part.end < listStop, let partUnit = Self.countUnit(s, at: part.end),
                      partUnit.family == unit.family || unit.family == "人次" && partUnit.family == "人" else { continue }
                var c = j
                // (Not into a heading line above it: 二、绩效目标完成情况 is no part of its label.)
                let floor = max(p, doc.headingEnd(atOrBefore: j) ?? p)
                while c > floor, j - c < 24, !"，,、；;：:".unicodeScalars.contains(s[c - 1]) { c -= 1 }
                let label = Self.countLabel(s.string(c..<j))
                guard !label.isEmpty else { continue }
                parts.append((label, part.value, j, part.end + partUnit.length))
            }
            let sum = parts.reduce(0) { $0 + $1.value }
            guard parts.count >= 2, items.map({ $0 == parts.count }) ?? (abs(sum - number.value) <= ReportAudit.partialListing * number.value),
                  !Self.overlaps(parts.map(\.label)) else { continue }
            let label = Self.countLabel(words)
            appendCountList(to: &out, key: "count:\(label)@\(n)", label: label, whole: (number.value, n, b), parts: parts,
                            unit: unit.family, rule: "count-closing-total", doc)
        }
        return out
    }

    /// Whether three digits start at `k` and no fourth follows them (a group after a thousands separator).
    static func groupOfThree(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        k + 3 <= s.count && (k..<(k + 3)).allSatisfy { isDigit(s[$0]) } && (k + 3 == s.count || !isDigit(s[k + 3]))
    }

    /// A count written in digits, with or without thousands separators.
    static func countValue(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Double? {
        Double(s.string(range).replacingOccurrences(of: ",", with: ""))
    }

    /// The unit family of a count: 人 and 名 count people, 辆 vehicles, 份 questionnaires or copies, 件 cases, 户
    /// households, 家 firms and institutions, 项 items, 所 schools. (个, which also reads 个百分点 and 个月, only where
    /// the scalar after it is seen: ``countUnit(_:at:)``.)
    static func countUnitFamily(_ c: Unicode.Scalar) -> String? {
        c == "人" || c == "名" ? "人" : "辆份件户家项所".unicodeScalars.contains(c) ? String(c) : nil
    }

    /// A count's label as written, without the word that leads to its number (为, 有, 共, 共计, 合计, 总数) and blanks;
    /// a label of that word alone keeps it.
    static func countLabel(_ text: String) -> String {
        var label = text.trimmingSpaces()
        // (A form's item ends its label with a colon: 共有车辆：12 辆.)
        if label.last == "：" || label.last == ":" { label = String(label.dropLast()).trimmingSpaces() }
        for word in ["共计", "合计", "共有", "总数", "为", "有", "共", "达"] where label.hasSuffix(word) && label.count > word.count + 1 {
            label.removeLast(word.count)
            break
        }
        return label
    }

    static func namesRetired(_ label: String) -> Bool { label.contains("退休") || label.contains("离休") }
    static func namesStaffInPost(_ label: String) -> Bool { label.contains("在职") || label.contains("编制") || label.contains("在编") }

    /// Whether a label names a type of vehicle of the 决算 template's fleet (一般公务用车, 执法执勤用车, 特种专业技术用车,
    /// 机要通信用车, 其他用车 …): the types split the fleet, so a list of them after 其中 names every vehicle, the types not
    /// listed having none. (Not vehicles bought, renewed or disposed of in the year: 新购置用车 2 辆 is a flow.)
    static func namesVehicleType(_ label: String) -> Bool {
        label.hasSuffix("用车") && !["购", "更新", "报废", "处置", "租"].contains(where: label.contains)
    }

    /// Whether the parts of a list of people are attributes that overlap or flows over the year, not a partition:
    /// any part named by a party, an ethnicity, a title or an education, or by what came in or went out; a sex
    /// only when both are named and nothing else (男 11 人，女 12 人 is a partition; 女性 12 人 beside others is not).
    static func overlaps(_ labels: [String]) -> Bool {
        let attributes = ["党员", "团员", "民族", "职称", "学历", "学位", "研究生", "本科", "大专", "博士", "硕士"]
        // (Of things as of people: 其中，本年度新购置 2 辆、处置报废 4 辆 under 共有车辆 5 辆.)
        let flows = ["新进", "新增", "增加", "减少", "调入", "调出", "招录", "录用", "离职", "购置", "购买", "购入", "报废", "处置", "调拨", "划入", "划出", "划转", "转入", "转出", "淘汰"]
        if labels.contains(where: { l in attributes.contains(where: l.contains) || flows.contains(where: l.contains) }) { return true }
        let sexes = labels.filter { $0.contains("男") || $0.contains("女") }
        if sexes.isEmpty { return false }
        return !(sexes.count == labels.count && labels.contains { $0.contains("男") } && labels.contains { $0.contains("女") })
    }
}
