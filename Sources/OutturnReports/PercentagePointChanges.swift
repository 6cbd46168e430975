extension StatementReader {
    /// A rate's move in percentage points stated with both its ends (普及率由 91.2% 提高到 94.5%，提高 3.3 个百分点):
    /// the earlier rate, the later one and the stated move, as three statements in that order (the move `about`
    /// the later rate, which follows the earlier one), so that the audit sets the move against their difference.
    /// The three stand in one clause list; the two rates are the last two percents before the move, joined by
    /// 到 / 至 (提高到, 降至), and the move's sign is its word's (提高, 上升 / 下降, 降低).
    func percentagePointChanges(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        let stops = ReportText.clauseListEnds
        let points = Array("个百分点".unicodeScalars)
        var k = 0
        while k + points.count <= s.count {
            guard s[k] == points[0], Array(s[k..<(k + points.count)]) == points else { k += 1; continue }
            defer { k += points.count }
            // The move: NUMBER right before 个百分点, after its word.
            var m = k
            while m > 0, s[m - 1] == " " { m -= 1 }
            var n = m
            while n > 0, Self.isDigit(s[n - 1]) || s[n - 1] == "." { n -= 1 }
            guard n < m, let move = Self.plainNumber(s, at: n), move.end == m else { continue }
            let floor = max(0, n - Self.window)
            let start = (floor..<n).last(where: { stops.contains(s[$0]) }).map { $0 + 1 } ?? floor
            let cue = s.string(max(start, n - 4)..<n).trimmingSpaces()
            if var gap = scheduleGap(doc, cue: s.string(max(start, n - 10)..<n).trimmingSpaces(), sentence: start..<n, move: move) {
                out.append(gap.rate); out.append(gap.schedule)
                gap.gap.about = out.count - 1
                out.append(gap.gap)
                continue
            }
            guard let sign = Self.pointMoveWords.first(where: { cue.hasSuffix($0.0) || cue.hasSuffix($0.0 + "了") })?.1
            else { continue }
            // The two rates: the last two percents before the move, the later one after 到 or 至; or the later one first,
            // then the earlier year's it is compared with (执行率为 97.31%，较上年的 95.20% 提高 2.11 个百分点).
            let percents = Self.percents(s, in: start..<n)
            guard percents.count >= 2 else { continue }
            let (from, to): (NumberInText, NumberInText)
            let between = s.string(percents[percents.count - 2].end..<percents[percents.count - 1].start)
            if between.contains("到") || between.contains("至"), !stops.contains(where: between.unicodeScalars.contains) {
                (from, to) = (percents[percents.count - 2], percents[percents.count - 1])
            } else if Self.comparedWithAnEarlierRate(s, later: percents[percents.count - 2], earlier: percents[percents.count - 1], move: n) {
                (from, to) = (percents[percents.count - 1], percents[percents.count - 2])
            } else { continue }
            // (The rate's name, before 由: 普及率由 2023 年的 91.2% ….)
            let first = min(from.start, to.start)
            var label = Self.cleanLabel(s.string(clauseStart(s, before: first, floor: start)..<first))
            if let r = label.range(of: "由") { label = String(label[..<r.lowerBound]) }
            label = String(label.suffix(20))
            func statement(_ x: NumberInText, _ measure: String, _ role: StatementRole) -> Statement {
                scannedTerm(key: "points:" + label + ":" + measure, label: label, measure: measure, role: role, (x.start, x.end + 1, x.value, x.decimals),
                            unit: "%", rule: "point-change", in: doc)
            }
            out.append(statement(from, "from", .level))
            out.append(statement(to, "to", .level))
            var st = statement(move, "move", .level)
            st.value = sign * move.value
            st.about = out.count - 1
            out.append(st)
        }
        return out
    }

    /// An execution rate's gap to the time-proportional schedule (序时进度, 时间进度: m/12 of the year by the end of
    /// month m) in percentage points (截至 2024 年 6 月 30 日，预算执行率 38.61%，低于时间进度 11.39 个百分点): the rate,
    /// the schedule and the gap, as a rate's move from the rate to the schedule (the gap's sign: 低于 the schedule
    /// less the rate, 高于 the rate less it). The month is the sentence's: a month's end after 截至 (6 月 30 日, 6 月底),
    /// 1—m 月, 上半年, 前三季度, 一季度; the rate is the sentence's last percent before the gap.
    func scheduleGap(_ doc: ReportText, cue: String, sentence: Range<Int>, move: NumberInText)
        -> (rate: Statement, schedule: Statement, gap: Statement)? {
        let s = doc.scalars
        guard cue.contains("进度"), let word = ["序时进度", "时间进度", "时序进度"].first(where: cue.contains) else { return nil }
        let sign: Double
        if ["低于", "落后于", "落后", "慢于", "滞后于", "滞后"].contains(where: { cue.contains($0 + word) }) { sign = 1 }
        else if ["高于", "快于", "超过", "超出", "领先", "超"].contains(where: { cue.contains($0 + word) }) { sign = -1 }
        else { return nil }
        // (A month's end: 6 月 30 日 or 6 月底, not 6 月 20 日.)
        guard let date = Self.dateWithinYear(in: s.string(sentence)), date.day.map({ $0 >= 28 }) ?? true, (1...11).contains(date.month) else { return nil }
        let m = date.month
        // The rate: the last percent before the gap's words that is no change (完成年初预算的 48.6%，同比增长 3.2%，低于序时
        // 进度 1.4 个百分点: 48.6%).
        guard let rate = Self.percents(s, in: sentence.lowerBound..<move.start).last(where: {
            !Self.changeWordEnds(s, before: $0.start, floor: sentence.lowerBound) }) else { return nil }
        let label = word
        func statement(_ x: NumberInText, _ measure: String) -> Statement {
            scannedTerm(key: "points:" + label + ":" + measure, label: label, measure: measure, (x.start, x.end + 1, x.value, x.decimals),
                        unit: "%", rule: "point-change", in: doc)
        }
        let schedule = (start: rate.start, end: rate.end, value: 100 * Double(m) / 12, decimals: 2)
        var gap = statement(move, "move")
        gap.value = sign * move.value
        return (statement(rate, "from"), statement(schedule, "to"), gap)
    }

    /// Whether a rate (`later`) is followed by the earlier year's it is compared with (`earlier`) and then right away by
    /// the move in points starting at `move`: 97.31%，较上年的 95.20% 提高, 比 2022 年（95.20%）下降了, 上年为 95.20%，提高.
    /// (Only an earlier year, named by 上年, 去年, 同期 or its number, stands between; only the move's word after.)
    static func comparedWithAnEarlierRate(_ s: [Unicode.Scalar], later: NumberInText, earlier: NumberInText, move: Int) -> Bool {
        let punctuation = Set("，,（()）：: ".unicodeScalars)
        func trimmed(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r].filter { !punctuation.contains($0) })) }
        guard later.end < earlier.start, earlier.end < move else { return false }
        let between = trimmed((later.end + 1)..<earlier.start)
        guard between.wholeMatch(of: /(?:较|比|与)?(?:上年同期|上年度?|上一年度?|去年同期|去年|同期|\d{4}年度?(?:同期)?)(?:的|为|是)?/) != nil else { return false }
        var cue = trimmed((earlier.end + 1)..<move)
        if cue.hasPrefix("相比") { cue.removeFirst(2) }
        if cue.hasSuffix("了") { cue.removeLast() }
        return pointMoveWords.contains { $0.0 == cue }
    }

    /// The numbers in percent (digits right before % or ％) within `range`, in order.
    static func percents(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumberInText] {
        var out: [NumberInText] = []
        var p = range.lowerBound
        while p < range.upperBound {
            if let number = plainNumber(s, at: p), number.end < range.upperBound, s[number.end] == "%" || s[number.end] == "％" {
                out.append(number); p = number.end + 1
            } else { p += 1 }
        }
        return out
    }
}
