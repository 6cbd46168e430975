extension StatementReader {
    /// A count's move stated with both its ends (公务用车保有量由上年的 312 辆减少到 286 辆，减少 26 辆; 服务对象由 1,200
    /// 人增加至 1,356 人，增加 156 人): the earlier count, the later one and the stated move, as three statements in that
    /// order (the move `about` the later count), so that the audit sets the move against their difference, as it
    /// does for a rate's move in percentage points (``percentagePointChanges(_:)``). The three stand in one clause
    /// list in one unit of things (`countUnits`); 由 stands before the first, 到 / 至 / 为 before the second, and the
    /// move's word (增加, 减少 …) right before the third gives its sign. The move may be a percent of the earlier
    /// count (比上年 10,000 人次增长 20.00%), or both (…增加 2,000 人次，增长 20.00%); and the earlier count may follow the
    /// percent in parentheses (1.26 亿次，同比增长 18.9%（上年 1.06 亿次）).
    func quantityMoves(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        let stops = ReportText.clauseListEnds
        var k = 0
        while k < s.count {
            // (Or the later count first, the earlier compared with it: 年末公务用车保有量 4 辆，比上年末 5 辆减少 1 辆.)
            if s[k] == "比" || s[k] == "较", let m = comparedMove(s, at: k) {
                // (The count's name, before the later count.)
                appendMove(&out, nameEndingAt: m.to.start, m, in: doc)
                k = max(k + 1, m.moves.last!.end)
                continue
            }
            // (Or the move alone and its percent, 3,286 个，比上年增加 412 个，增长 14.34% (or 与去年同期相比增加 …): the percent of
            // the count less the move; of people and households the sentences' reader states it.)
            if s[k] == "比" || s[k] == "较" || s[k] == "同" && k + 1 < s.count && s[k + 1] == "比"
                || Self.matches(s, k, "与上年") || Self.matches(s, k, "与去年"),
               let to = countBeforeComma(s, at: k),
               to.unit != "人", to.unit != "户",
               case let moves = Self.moves(s, after: k, unit: to.unit), moves.count == 2 {
                appendMove(&out, nameEndingAt: to.start, (nil, to, moves), in: doc)
                k = max(k + 1, moves[1].end)
                continue
            }
            // (Or counts listed with their moves in the same order, 接待 56 批次、612 人次，分别比上年减少 8 批次、95 人次，
            // 批次和人次分别下降 12.50%、13.44%.)
            if s[k] == "分", k + 1 < s.count, s[k + 1] == "别", let listed = respectiveMoves(s, at: k) {
                for (to, moves) in listed { appendMove(&out, nameEndingAt: to.start, (nil, to, moves), in: doc) }
                k = max(k + 2, listed.last!.moves.last!.end)
                continue
            }
            if s[k] == "（" || s[k] == "(", let m = moveWithBaseAfter(s, at: k) {
                appendMove(&out, nameEndingAt: m.to.start, m, in: doc)
                k = max(k + 1, m.from?.end ?? 0)
                continue
            }
            guard s[k] == "由" else { k += 1; continue }
            defer { k += 1 }
            // The first count: within a few words after 由 (由上年的 312 辆), before any stop.
            var p = k + 1
            while p < s.count, p - k <= 12, !stops.contains(s[p]), s[p] != "，" {
                // (A year is no count: 由 2023 年的 3,270 万次.)
                if p + 4 < s.count, (p..<(p + 4)).allSatisfy({ Self.isDigit(s[$0]) }), s[p + 4] == "年" { p += 5; continue }
                if Self.isDigit(s[p]) { break }
                p += 1
            }
            guard p < s.count, let from = Self.quantity(s, at: p) else { continue }
            // The second: after 到, 至 or 为 (with its verb: 减少到, 降至), within a few words.
            var q = from.end
            while q < s.count, q - from.end <= 6, !Self.isDigit(s[q]), !stops.contains(s[q]), s[q] != "，" { q += 1 }
            let joint = s.string(from.end..<q)
            guard joint.hasSuffix("到") || joint.hasSuffix("至") || joint.hasSuffix("为"), let to = Self.quantity(s, at: q), to.unit == from.unit
            else { continue }
            // The move: a comma, its word, the number in the same unit (or a percent).
            let r = to.end
            var moves = r < s.count && "，,".unicodeScalars.contains(s[r]) ? Self.moves(s, after: r + 1, unit: from.unit) : []
            // (Or its percent stated first: 调用次数较上年增长 36.4%，由 3,270 万次增加到 4,460 万次.)
            if moves.isEmpty, let before = Self.percentMoveEnding(s, before: k) { moves = [before] }
            guard let last = moves.last else { continue }
            // (The count's name, before 由.)
            appendMove(&out, nameEndingAt: k, (from, to, moves), in: doc)
            k = max(k, last.end - 1)
        }
        return out
    }

    /// A count's move stated at `k` (增加 26 辆; 增长 20.00%), then, after a comma, its percent (…，增长 20.00%): the signed
    /// moves, a percent's unit %; empty when no move stands there.
    static func moves(_ s: [Unicode.Scalar], after k: Int, unit: String) -> [Quantity] {
        func move(at k: Int, percent: Bool) -> Quantity? {
            var r = k
            // (Its words at most 与去年同期相比增加 long.)
            while r < s.count, r - k <= 9, !isDigit(s[r]), !"。；;！？\n，,".unicodeScalars.contains(s[r]) { r += 1 }
            guard let sign = moveSign(s.string(k..<r), ofAPercent: percent) else { return nil }
            if !percent, let q = quantity(s, at: r), q.unit == unit { return (q.start, q.end, sign * q.value, q.decimals, q.unit) }
            guard let n = plainNumber(s, at: r), n.end < s.count, s[n.end] == "%" || s[n.end] == "％" else { return nil }
            return (n.start, n.end + 1, sign * n.value, n.decimals, "%")
        }
        guard let first = move(at: k, percent: false) else { return [] }
        guard first.unit != "%", first.end < s.count, "，,".unicodeScalars.contains(s[first.end]),
              let second = move(at: first.end + 1, percent: true) else { return [first] }
        return [first, second]
    }

    /// Counts listed before `k` (…56 批次、612 人次，) and their moves after the 分别 at `k`, in the same order and units
    /// (分别比上年减少 8 批次、95 人次), with the moves' percents when a second 分别 lists them right after (，批次和人次分别
    /// 下降 12.50%、13.44%): each count with its moves; nil unless both lists hold the same two or more units in order.
    func respectiveMoves(_ s: [Unicode.Scalar], at k: Int) -> [(to: Quantity, moves: [Quantity])]? {
        // The counts: quantities ending at the comma before 分别, joined by 、 or 和.
        guard k >= 2, s[k - 1] == "，" || s[k - 1] == "," else { return nil }
        var counts: [Quantity] = []
        var e = k - 1
        while counts.count < 12, let q = Self.quantityEnding(s, at: e) {
            counts.insert(q, at: 0)
            guard q.start >= 2, s[q.start - 1] == "、" || s[q.start - 1] == "和" else { break }
            e = q.start - 1
        }
        guard counts.count >= 2 else { return nil }
        // A list of numbers in `units` (or percents) after a move's word: its sign and the numbers.
        func list(after a: Int, percent: Bool) -> (sign: Double, items: [Quantity])? {
            var r = a
            while r < s.count, r - a <= 8, !Self.isDigit(s[r]), !"。；;！？\n，,".unicodeScalars.contains(s[r]) { r += 1 }
            guard let sign = Self.moveSign(s.string(a..<r), ofAPercent: percent) else { return nil }
            var items: [Quantity] = []
            while items.count < counts.count {
                if percent {
                    guard let n = Self.plainNumber(s, at: r), n.end < s.count, s[n.end] == "%" || s[n.end] == "％" else { return nil }
                    items.append((n.start, n.end + 1, sign * n.value, n.decimals, "%"))
                } else {
                    guard let q = Self.quantity(s, at: r), q.unit == counts[items.count].unit else { return nil }
                    items.append((q.start, q.end, sign * q.value, q.decimals, q.unit))
                }
                r = items.last!.end
                if items.count < counts.count {
                    guard r < s.count, s[r] == "、" || s[r] == "和" else { return nil }
                    r += 1
                }
            }
            return (sign, items)
        }
        guard let moves = list(after: k + 2, percent: false) else { return nil }
        // (The percents: a comma, a few words naming the counts again, 分别 and their word.)
        var percents: [Quantity] = []
        if let end = moves.items.last?.end, end < s.count, s[end] == "，" || s[end] == "," {
            var b = end + 1
            while b + 1 < s.count, b - end <= 12, !(s[b] == "分" && s[b + 1] == "别"), !"。；;，,".unicodeScalars.contains(s[b]) { b += 1 }
            if b + 1 < s.count, s[b] == "分", s[b + 1] == "别", let found = list(after: b + 2, percent: true), found.sign == moves.sign {
                percents = found.items
            }
        }
        return counts.indices.map { i in (counts[i], [moves.items[i]] + (percents.isEmpty ? [] : [percents[i]])) }
    }

    /// The count whose unit ends right before `e` (612 人次 before a 、 at `e`): a number and a unit of up to three
    /// characters; nil when none ends there.
    static func quantityEnding(_ s: [Unicode.Scalar], at e: Int) -> Quantity? {
        var a = e
        while a > 0, s[a - 1].isHan, e - a < 3 { a -= 1 }
        guard a > 0, isDigit(s[a - 1]) else { return nil }
        let start = numberStart(s, endingAt: a, floor: max(0, a - 16))
        guard let q = quantity(s, at: start), q.end == e else { return nil }
        return q
    }

    /// The percent move (增长 36.4%) that ends the clause right before `k` (its comma at `k - 1`), signed; nil when that
    /// clause ends otherwise.
    static func percentMoveEnding(_ s: [Unicode.Scalar], before k: Int) -> Quantity? {
        guard k >= 3, s[k - 1] == "，" || s[k - 1] == ",", let rate = percentEnding(s, at: k - 1), case let a = rate.start,
              let sign = (2...8).lazy.compactMap({ n in n <= a ? Self.moveSign(s.string((a - n)..<a)) : nil }).first else { return nil }
        return (rate.start, rate.end + 1, sign * rate.value, rate.decimals, "%")
    }

    /// The number of a percent whose sign stands right before `e` (…18.9% at `e - 1`); nil when no number ends there.
    static func percentEnding(_ s: [Unicode.Scalar], at e: Int) -> NumberInText? {
        guard e >= 2, s[e - 1] == "%" || s[e - 1] == "％" else { return nil }
        var a = e - 1
        while a > 0, isDigit(s[a - 1]) || s[a - 1] == "." { a -= 1 }
        guard a < e - 1, let n = plainNumber(s, at: a), n.end == e - 1 else { return nil }
        return n
    }

    /// A count, its percent move and the earlier count noted after it in parentheses (共享交换 1.26 亿次，同比增长 18.9%
    /// （上年 1.06 亿次）; （2023 年：1.06 亿次）): the parenthesis at `k` notes last year's or a named year's count in the
    /// later one's unit.
    func moveWithBaseAfter(_ s: [Unicode.Scalar], at k: Int) -> (from: Quantity?, to: Quantity, moves: [Quantity])? {
        // The percent right before the parenthesis, its word and a comma before it, the later count before that.
        guard let rate = Self.percentEnding(s, at: k) else { return nil }
        let a = rate.start
        var c = a
        while c > 0, a - c <= 8, s[c - 1] != "，", s[c - 1] != "," { c -= 1 }
        guard c >= 2, s[c - 1] == "，" || s[c - 1] == ",", let sign = Self.moveSign(s.string(c..<a)) else { return nil }
        var u = c - 1
        while u > 0, s[u - 1].isHan, c - 1 - u < 4 { u -= 1 }
        guard u > 0, Self.isDigit(s[u - 1]) else { return nil }
        guard let to = Self.quantity(s, at: Self.numberStart(s, endingAt: u, floor: max(0, u - 16))), to.end == c - 1 else { return nil }
        // The parenthesis: 上年 / 去年 / a year, an optional 为 or colon, the earlier count, the closing parenthesis.
        var p = k + 1
        while p < s.count, p - k <= 10, !Self.isDigit(s[p]) || (p + 4 < s.count && s[p + 4] == "年") {
            if Self.isDigit(s[p]) { p += 5 } else { p += 1 }
        }
        let note = s.string((k + 1)..<min(p, s.count))
        guard ["上年", "去年", "年"].contains(where: note.contains), p < s.count, let from = Self.quantity(s, at: p), from.unit == to.unit,
              from.end < s.count, s[from.end] == "）" || s[from.end] == ")" else { return nil }
        return (from, to, [(rate.start, rate.end + 1, sign * rate.value, rate.decimals, "%")])
    }

    /// A count compared with an earlier one right after it (4 辆，比上年末 5 辆减少 1 辆; 36 人，较上年 40 人减少 4 人): the
    /// earlier (after 比 / 较 and a few words naming the year), the later (right before the comma) and the move, all in
    /// one unit of things, the move's word right before it giving its sign.
    func comparedMove(_ s: [Unicode.Scalar], at k: Int) -> (from: Quantity?, to: Quantity, moves: [Quantity])? {
        guard let to = countBeforeComma(s, at: k) else { return nil }
        // The earlier: within a few words after 比 (上年末, 去年, 2023 年末 …).
        var p = k + 1
        while p < s.count, p - k <= 10, !"。；;，,".unicodeScalars.contains(s[p]) {
            // (A year is no count: 比 2023 年末.)
            if p + 4 < s.count, (p..<(p + 4)).allSatisfy({ Self.isDigit(s[$0]) }), s[p + 4] == "年" { p += 5; continue }
            if Self.isDigit(s[p]) { break }
            p += 1
        }
        guard p < s.count, let from = Self.quantity(s, at: p), from.unit == to.unit else { return nil }
        let cueStart = from.end
        let moves = Self.moves(s, after: cueStart, unit: to.unit)
        guard !moves.isEmpty else { return nil }
        return (from, to, moves)
    }

    /// The count (number and unit) ending right before the comma before `k`; nil when none does.
    func countBeforeComma(_ s: [Unicode.Scalar], at k: Int) -> Quantity? {
        guard k >= 2, s[k - 1] == "，" || s[k - 1] == "," else { return nil }
        return Self.quantityEnding(s, at: k - 1)
    }

    /// The sign a move's word gives (增加 +1, 减少 -1; 了 after it aside, and the comparison before it when no earlier
    /// count is named: 比上年增加, 同比增长), nil for no such word. Before a percent (`ofAPercent`), also a word of
    /// `changeWords` that names a rate of change, fillers after it aside (增幅 14.34%, 降幅为 12.50%, 增长率为 …, 增长比例为 …, 增长幅度为 …).
    static func moveSign(_ words: String, ofAPercent: Bool = false) -> Double? {
        var cue = words.trimmingSpaces()
        for prefix in ["与上年同期相比", "与去年同期相比", "与上年相比", "与去年相比", "比上年同期", "较上年同期", "比上年", "较上年", "比去年", "较去年", "同比"]
        where cue.hasPrefix(prefix) {
            cue.removeFirst(prefix.count)
            break
        }
        if cue.hasSuffix("了") { cue.removeLast() }
        // (A count also 新增, 净增, 压减, 净减, and is more or fewer: 多, 少.)
        if let move = (moveWords + [("新增", 1), ("净增", 1), ("多", 1), ("压减", -1), ("净减", -1), ("少", -1)]).first(where: { $0.0 == cue }) { return move.1 }
        guard ofAPercent else { return nil }
        let rate = strippingFillers(cue)
        // (A move's word with a filler after it: 增长幅度为.)
        if let move = moveWords.first(where: { $0.0 == rate }) { return move.1 }
        return changeWords.first { $0.0 == rate && ["幅", "率", "比例"].contains(where: $0.0.hasSuffix) }?.1
    }

    /// A count's move as statements: the earlier count (when stated), the later and each signed move `about` the
    /// later, named by the words before `end` (the clause of the counts' name, within its sentence and after any
    /// heading, at most its last 20 scalars once cleaned).
    private func appendMove(_ out: inout [Statement], nameEndingAt end: Int,
                            _ m: (from: Quantity?, to: Quantity, moves: [Quantity]),
                            in doc: ReportText) {
        let s = doc.scalars
        let words = s.string(clauseStart(s, before: end, floor: max(end - 40, Self.labelFloor(doc, before: end)))..<end)
        let sentence = words.lastIndex(where: { "。！？\n".contains($0) }).map { String(words[words.index(after: $0)...]) } ?? words
        let label = String(Self.cleanLabel(sentence).suffix(20))
        func statement(_ x: Quantity, _ measure: String) -> Statement {
            scannedTerm(key: "moves:" + label + ":" + measure, label: label, measure: measure, (x.start, x.end, x.value, x.decimals),
                        unit: x.unit, rule: "quantity-move", in: doc)
        }
        if let from = m.from { out.append(statement(from, "from")) }
        out.append(statement(m.to, "to"))
        let later = out.count - 1
        for move in m.moves {
            var st = statement(move, move.unit == "%" ? "move-percent" : "move")
            st.about = later
            out.append(st)
        }
    }

    /// Units of things counted (not money, time or rates), longest first where one begins another.
    /// (Any of them may follow 万 or 亿, 5,860 万条, 1.26 亿次: a unit of its own, compared only with the same.)
    static let countUnits = ["人次", "批次", "场次", "户次", "车次", "架次", "家次", "台次", "班次", "万人", "万亩", "公里", "辆", "人", "名", "个", "家", "所", "项", "台", "套", "户", "次", "座",
                             "处", "亩", "件", "场", "期", "栋", "间", "张", "册", "吨", "条", "份", "篇", "例", "宗", "起", "笔"]

    /// A count at `k`: a number in digits (thousands separators allowed) and its unit of things right after it.
    static func quantity(_ s: [Unicode.Scalar], at k: Int) -> Quantity? {
        // (A number after 第 is a place in an order, no count: 排名第 3 名, 第 2 批.)
        var b = k
        while b > 0, s[b - 1] == " " { b -= 1 }
        if b > 0, s[b - 1] == "第" { return nil }
        guard let n = plainNumber(s, at: k) else { return nil }
        var e = n.end
        while e < s.count, s[e] == " " { e += 1 }
        let scale = e < s.count && (s[e] == "万" || s[e] == "亿") ? 1 : 0
        for unit in countUnits {
            let u = Array(unit.unicodeScalars), at = e + scale
            if at + u.count <= s.count, Array(s[at..<(at + u.count)]) == u {
                return (n.start, at + u.count, n.value, n.decimals, s.string(e..<(at + u.count)))
            }
        }
        return nil
    }
}
