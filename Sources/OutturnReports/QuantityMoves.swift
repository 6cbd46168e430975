extension StatementReader {
    /// A count's move stated with both its ends (公务用车保有量由上年的 312 辆减少到 286 辆，减少 26 辆; 服务对象由 1,200
    /// 人增加至 1,356 人，增加 156 人): the earlier count, the later one and the stated move, as three statements in that
    /// order (the move `about` the later count), so that the audit sets the move against their difference, as it
    /// does for a rate's move in percentage points (``percentagePointChanges(_:)``). The three stand in one clause
    /// list in one unit of things (`countUnits`); 由 stands before the first, 到 / 至 / 为 before the second, and the
    /// move's word (增加, 减少 …) right before the third gives its sign.
    func quantityMoves(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        let stops = "。；;！？\n".unicodeScalars
        var k = 0
        while k < s.count {
            // (Or the later count first, the earlier compared with it: 年末公务用车保有量 4 辆，比上年末 5 辆减少 1 辆.)
            if s[k] == "比" || s[k] == "较", let m = comparedMove(s, at: k) {
                // (The count's name, before the later count.)
                appendMove(&out, label: s.string(clauseStart(s, before: m.to.start, floor: max(0, m.to.start - 40))..<m.to.start), m, in: doc)
                k = m.move.end
                continue
            }
            guard s[k] == "由" else { k += 1; continue }
            defer { k += 1 }
            // The first count: within a few words after 由 (由上年的 312 辆), before any stop.
            var p = k + 1
            while p < s.count, p - k <= 12, !Self.isDigit(s[p]), !stops.contains(s[p]), s[p] != "，" { p += 1 }
            guard let from = Self.quantity(s, at: p) else { continue }
            // The second: after 到, 至 or 为 (with its verb: 减少到, 降至), within a few words.
            var q = from.end
            while q < s.count, q - from.end <= 6, !Self.isDigit(s[q]), !stops.contains(s[q]), s[q] != "，" { q += 1 }
            let joint = s.string(from.end..<q)
            guard joint.hasSuffix("到") || joint.hasSuffix("至") || joint.hasSuffix("为"), let to = Self.quantity(s, at: q), to.unit == from.unit
            else { continue }
            // The move: a comma, its word, the number in the same unit.
            var r = to.end
            guard r < s.count, "，,".unicodeScalars.contains(s[r]) else { continue }
            r += 1
            let cueStart = r
            while r < s.count, r - cueStart <= 4, !Self.isDigit(s[r]), !stops.contains(s[r]) { r += 1 }
            guard let sign = Self.moveSign(s.string(cueStart..<r)), let move = Self.quantity(s, at: r), move.unit == from.unit else { continue }
            // (The count's name, before 由.)
            appendMove(&out, label: s.string(clauseStart(s, before: k, floor: max(0, k - 40))..<k), (from, to, move, sign), in: doc)
            k = move.end - 1
        }
        return out
    }

    /// A count compared with an earlier one right after it (4 辆，比上年末 5 辆减少 1 辆; 36 人，较上年 40 人减少 4 人): the
    /// earlier (after 比 / 较 and a few words naming the year), the later (right before the comma) and the move, all in
    /// one unit of things, the move's word right before it giving its sign.
    func comparedMove(_ s: [Unicode.Scalar], at k: Int) -> (from: Quantity, to: Quantity, move: Quantity, sign: Double)? {
        guard k >= 2, s[k - 1] == "，" || s[k - 1] == "," else { return nil }
        // The later count: the number and unit ending right before the comma.
        var b = k - 1
        var a = b
        while a > 0, s[a - 1].isHan, b - a < 3 { a -= 1 }
        guard a > 0, Self.isDigit(s[a - 1]) else { return nil }
        let start = Self.numberStart(s, endingAt: a, floor: max(0, a - 16))
        guard let to = Self.quantity(s, at: start), to.end == b else { return nil }
        // The earlier: within a few words after 比 (上年末, 去年, 2023 年末 …).
        var p = k + 1
        while p < s.count, p - k <= 10, !"。；;，,".unicodeScalars.contains(s[p]) {
            // (A year is no count: 比 2023 年末.)
            if p + 4 < s.count, (p..<(p + 4)).allSatisfy({ Self.isDigit(s[$0]) }), s[p + 4] == "年" { p += 5; continue }
            if Self.isDigit(s[p]) { break }
            p += 1
        }
        guard p < s.count, let from = Self.quantity(s, at: p), from.unit == to.unit else { return nil }
        b = from.end
        let cueStart = b
        while b < s.count, b - cueStart <= 4, !Self.isDigit(s[b]), !"。；;，,".unicodeScalars.contains(s[b]) { b += 1 }
        guard let sign = Self.moveSign(s.string(cueStart..<b)), let move = Self.quantity(s, at: b), move.unit == to.unit else { return nil }
        return (from, to, move, sign)
    }

    /// The sign a move's word gives (增加 +1, 减少 -1; 了 after it aside), nil for no such word.
    static func moveSign(_ words: String) -> Double? {
        var cue = words.trimmingSpaces()
        if cue.hasSuffix("了") { cue.removeLast() }
        if ["增加", "增长", "提高", "上升", "新增", "净增", "多"].contains(cue) { return 1 }
        if ["减少", "下降", "降低", "压减", "净减", "少"].contains(cue) { return -1 }
        return nil
    }

    /// A count's move as three statements, the earlier count, the later and the signed move `about` the later, named
    /// by the words before the counts (their clause, at most its last 20 scalars once cleaned).
    private func appendMove(_ out: inout [Statement], label words: String, _ m: (from: Quantity, to: Quantity, move: Quantity, sign: Double),
                            in doc: ReportText) {
        let label = String(Self.cleanLabel(words).suffix(20))
        func statement(_ x: Quantity, _ measure: String) -> Statement {
            scannedTerm(key: "moves:" + label + ":" + measure, label: label, measure: measure, (x.start, x.end, x.value, x.decimals),
                        unit: x.unit, rule: "quantity-move", in: doc)
        }
        out.append(statement(m.from, "from"))
        out.append(statement(m.to, "to"))
        var st = statement(m.move, "move")
        st.value = m.sign * m.move.value
        st.about = out.count - 1
        out.append(st)
    }

    /// Units of things counted (not money, time or rates), longest first where one begins another.
    static let countUnits = ["人次", "批次", "万人", "万亩", "公里", "辆", "人", "名", "个", "家", "所", "项", "台", "套", "户", "次", "座",
                             "处", "亩", "件", "场", "期", "栋", "间", "张", "册", "吨"]

    /// A count at `k`: a number in digits (thousands separators allowed) and its unit of things right after it.
    static func quantity(_ s: [Unicode.Scalar], at k: Int) -> Quantity? {
        guard let n = plainNumber(s, at: k) else { return nil }
        var e = n.end
        while e < s.count, s[e] == " " { e += 1 }
        for unit in countUnits {
            let u = Array(unit.unicodeScalars)
            if e + u.count <= s.count, Array(s[e..<(e + u.count)]) == u { return (n.start, e + u.count, n.value, n.decimals, unit) }
        }
        return nil
    }
}
