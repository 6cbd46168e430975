import Foundation

extension StatementReader {
    /// A number of things in its unit as the text writes it (120 公里, 8 座): where it stands, its value and decimals.
    typealias Quantity = (start: Int, end: Int, value: Double, decimals: Int, unit: String)

    /// Completion rates of performance targets (计划改造供水管网 120 公里，实际完成 126 公里，完成率 105%): the planned
    /// quantity, the achieved one and the stated rate, as three statements in that order (the rate `about` the
    /// achieved quantity, which follows its plan), so that the audit sets the rate against 100 x actual / plan.
    ///
    /// The three stand in one clause list, up to a semicolon or a full stop: the plan in a clause that names it
    /// (计划, 目标, 预期, 任务), the actual in a later clause that says it was achieved (实际, 完成), both in the same
    /// unit of things (公里, 座, 批次, 万人); money and percents are the sentences' reader's. A rate whose clauses
    /// give no such pair is left alone, and so is one in a row that a table's reader has read (`covered`, by original
    /// offset): laid out by spaces, its cells run together in the normalised text (日常养护里程 320公里 326公里 15 15 /
    /// 完工及时率 100% 95% would take 326 公里 as a plan and 15 as what was achieved).
    func targetCompletions(_ doc: ReportText, skipping covered: (Int) -> Bool) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        let stops = ReportText.clauseListEnds
        // (A table's targets and what was achieved, read once when a completion needs them.)
        var tabled: [(plan: Quantity, actual: Quantity)]? = nil
        var k = 0
        while k < s.count {
            // Any rate may be a part over its whole named by 中 (其中 …率); only a completion's cue a plan's actual.
            // (The plan may stand inside the cue: 新建错车道 45 处，完成计划 40 处的 112.50%.)
            let statedPlan = Self.completionOfStatedPlan(s, at: k)
            let completion = statedPlan.map { s.string(k..<$0.cueEnd) } ?? Self.completionRateCues.first(where: { Self.matches(s, k, $0) })
                ?? Self.completionOfPlanCue(s, at: k)
            // (A degree is such a rate too, 满意 130 份，满意度 91.55%; not a period's or a progress's: 年度, 进度.)
            let degree = completion == nil && s[k] == "度" && k > 1 && s[k - 1].isHan
                && !["年", "季", "进", "额", "幅", "程", "温", "速"].contains(Character(s[k - 1]))
            guard completion != nil || s[k] == "率" && k > 0 && s[k - 1].isHan || degree, !covered(doc.originalOffset(k)) else { k += 1; continue }
            let cueEnd = k + (completion ?? String(Character(s[k]))).unicodeScalars.count
            defer { k = cueEnd }
            // The rate: 完成率 [为|达|达到] NUMBER %.
            var r = cueEnd
            for filler in ["达到", "为", "达", "是"] where Self.matches(s, r, filler) { r += filler.unicodeScalars.count; break }
            while r < s.count, s[r] == " " { r += 1 }
            guard let rate = Self.plainNumber(s, at: r), rate.end < s.count, s[rate.end] == "%" || s[rate.end] == "％" else { continue }
            // The clause list before it, back to the last stop (at most 160 scalars).
            let floor = max(0, k - Self.window)
            let start = (floor..<k).last(where: { stops.contains(s[$0]) }).map { $0 + 1 } ?? floor
            let numbers = Self.quantities(s, in: start..<k)
            // (Not what was not achieved, nor the excess over the plan: 完成 13 个，未完成 2 个; 超额完成 50 人次.)
            let achieved = completion == nil ? nil : numbers.last(where: { n in
                let clause = s.string(clauseStart(s, before: n.start, floor: start)..<n.start)
                return (clause.contains("实际") || clause.contains("完成") || clause.contains("达到"))
                    && !Self.notAchievedCues.contains(where: clause.contains)
            })
            let ofStatedPlan = statedPlan.flatMap { stated in numbers.last(where: { $0.unit == stated.plan.unit }).map { (plan: stated.plan, actual: $0) } }
            let planned = ofStatedPlan ?? achieved.flatMap { actual in
                numbers.last(where: { n in
                    guard n.end <= clauseStart(s, before: actual.start, floor: start), n.unit == actual.unit else { return false }
                    let from = clauseStart(s, before: n.start, floor: start), clause = s.string(from..<n.start)
                    // (Or a target set as a bound: 补贴面积≥42 万亩，实际完成 42.6 万亩，完成率 101.43%.)
                    return Self.planCues.contains(where: clause.contains)
                        || Self.followsABound(s, at: n.start, floor: from) && !clause.contains("实际") && !Self.notAchievedCues.contains(where: clause.contains)
                }).map { (plan: $0, actual: actual) }
                    // The plan stated earlier under the same name (全年计划培训高素质农民 1,200 人 … 全年实际培训高素质农民
                    // 1,263 人，完成年度计划的 105.25%).
                    ?? earlierPlan(of: actual, before: start, in: s).map { (plan: $0, actual: actual) }
            }
            let outcomeFirst = planned != nil || completion == nil ? nil
                : Self.planAfterItsOutcome(numbers, in: s, clauseStart: { clauseStart(s, before: $0, floor: start) })
            // The target in a table of the report (| 年接待群众人次 | 30万人次 | 27.6万人次 |) when the text states only what was
            // achieved right before the cue (年接待群众 27.6 万人次，完成年度目标的 92.0%): the row whose achieved cell is that.
            var fromTable: (plan: Quantity, actual: Quantity)? = nil
            if planned == nil, outcomeFirst == nil, statedPlan == nil, completion != nil, Self.completionOfPlanCue(s, at: k) != nil,
               let stated = Self.quantityEndingClause(s, before: k, floor: start) {
                if tabled == nil { tabled = Self.tabledTargets(s) }
                let rows = tabled!.filter { $0.actual.value == stated.value && $0.actual.unit == stated.unit }
                if rows.count == 1 { fromTable = (rows[0].plan, stated) }
            }
            // A satisfaction degree over the answers counted by band (其中非常满意 142 份、满意 38 份、…，满意度 96.77%): the
            // bands it counts over all of them, not the first band alone.
            // (Or counted in the sentence before, when the rate's own names no number: …不满意 0 份。按“非常满意”和“满意”计，
            // 服务对象满意度为 96.77%.)
            let bands = k >= 2 && s[k - 2] == "满" && s[k - 1] == "意" && (degree || s[k] == "率")
                ? Self.satisfactionBands(numbers.isEmpty ? Self.quantities(s, in: max(0, start - Self.window)..<start) : numbers,
                                         in: s, before: k, stated: rate.value, halfUnit: 0.5 * pow(10, -Double(rate.decimals))) : nil
            guard let (plan, actual) = bands.map({ ($0.whole, $0.counted) }) ?? planned ?? outcomeFirst ?? fromTable ?? Self.wholeAndPart(numbers, in: s)
                    ?? (completion == nil ? partNamedByRate(s, rateAt: k, numbers: numbers, clauseListStart: start,
                                                         headingEnd: doc.headingEnd(atOrBefore: k) ?? 0) : nil), plan.value > 0 else { continue }
            // (A plan stated in an earlier sentence is named by its own clause, not by what stands before it; one in a
            // table, or after what was achieved, by what was achieved.)
            let named = fromTable == nil && outcomeFirst == nil ? plan : actual
            var from = clauseStart(s, before: named.start, floor: min(start, max(0, named.start - Self.window)))
            if let stop = (from..<named.start).last(where: { stops.contains(s[$0]) }) { from = stop + 1 }
            // (Nor by a heading or title above it: 一、部门基本情况 / 本部门编制数 52 人.)
            if let heading = doc.headingEnd(atOrBefore: named.start) { from = max(from, heading) }
            // (Without a bound's sign before the plan: 补贴面积≥42 万亩 is 补贴面积's.)
            let label = String(Self.cleanLabel(s.string(from..<named.start)).trimmingCharacters(in: CharacterSet(Self.boundSigns).union([" "])).suffix(20))
            func term(_ n: NumberInText, unit: String, role: StatementRole = .level, _ measure: String) -> Statement {
                scannedTerm(key: "target:" + label, label: label, measure: measure, role: role, n, unit: unit, rule: "target-" + measure, in: doc)
            }
            out.append(term((plan.start, plan.end, plan.value, plan.decimals), unit: plan.unit, "plan"))
            var reached = term((actual.start, actual.end, actual.value, actual.decimals), unit: actual.unit, "actual")
            if let bands { reached.label = bands.names }
            out.append(reached)
            var st = term((rate.start, rate.end + 1, rate.value, rate.decimals), unit: "%", role: .completion, "completion")
            st.about = out.count - 1
            out.append(st)
        }
        return out
    }

    /// The answers to a survey counted by band and the bands a satisfaction degree counts (收回有效问卷 186 份，其中非常
    /// 满意 142 份、满意 38 份、基本满意 4 份、不满意 2 份，按“非常满意”和“满意”计算，满意度为 96.77%): the whole (a quantity
    /// named as one by 中, as ``wholeAndPart`` finds it), the counted bands' sum in its unit (at the first band counted)
    /// and their names joined by +.
    ///
    /// The bands are the quantities right after the whole in its unit, each named by words holding 满意 (at least two,
    /// adding up to no more than the whole). Which count: those the text names before the rate (按 / 以 … 计), else the
    /// best bands down to the first whose share matches the stated degree (reports count 非常满意 and 满意, some 基本满意
    /// too), else the bands that name no reserve (不, 基本, 一般), whose share the audit then finds the degree is not.
    static func satisfactionBands(_ numbers: [Quantity], in s: [Unicode.Scalar], before k: Int, stated: Double, halfUnit: Double)
        -> (whole: Quantity, counted: Quantity, names: String)? {
        guard let (whole, first) = wholeAndPart(numbers, in: s), let i = numbers.firstIndex(where: { $0.start == first.start }) else { return nil }
        func name(_ n: Quantity, after end: Int) -> String {
            var words = s.string(end..<n.start)
            if let cut = words.lastIndex(where: { "，,、；;：:".contains($0) }) { words = String(words[words.index(after: cut)...]) }
            if words.hasPrefix("其中") { words.removeFirst(2) }
            return words.trimmingCharacters(in: .whitespaces)
        }
        var bands: [(quantity: Quantity, name: String)] = []
        var end = whole.end
        for n in numbers[i...] {
            let named = name(n, after: end)
            guard n.unit == whole.unit, named.contains("满意"), named.count <= 6, !s[end..<n.start].contains("。") else { break }
            bands.append((n, named)); end = n.end
        }
        guard bands.count >= 2, bands.reduce(0, { $0 + $1.quantity.value }) <= whole.value else { return nil }
        func share(_ counted: [(quantity: Quantity, name: String)]) -> Double { 100 * counted.reduce(0) { $0 + $1.quantity.value } / whole.value }
        var counted: [(quantity: Quantity, name: String)] = []
        // (按“非常满意”和“满意”计算, 以非常满意、满意计: the names between 按 or 以 and 计, with their quotes.)
        let tail = s.string(end..<k)
        if let close = tail.range(of: "计", options: .backwards),
           let open = tail[..<close.lowerBound].lastIndex(where: { $0 == "按" || $0 == "以" }) {
            let names = tail[tail.index(after: open)..<close.lowerBound]
                .split(whereSeparator: { "和、及与+，, ".contains($0) })
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "“”\"'‘’「」")) }.filter { !$0.isEmpty }
            let named = bands.filter { names.contains($0.name) }
            if !names.isEmpty, named.count == names.count { counted = named }
        }
        if counted.isEmpty {
            let tolerance = halfUnit + 100 * 0.5 / whole.value
            if let m = (1...bands.count).first(where: { abs(share(Array(bands.prefix($0))) - stated) <= tolerance }) {
                counted = Array(bands.prefix(m))
            } else {
                counted = bands.filter { b in !["不", "基本", "一般"].contains(where: b.name.contains) }
            }
        }
        guard let head = counted.first else { return nil }
        let sum = counted.reduce(0) { $0 + $1.quantity.value }
        return (whole, (head.quantity.start, head.quantity.end, sum, 0, whole.unit), counted.map(\.name).joined(separator: " + "))
    }

    /// The plan stated after what was done, in a clause of its own (维修供水工程 35 处，目标值 30 处，完成率 r; 受益人口
    /// 5.2 万人，较目标值 5 万人超额完成 0.2 万人): the last quantity whose clause names a plan before it (not an excess,
    /// 超额), and the quantity in its unit right before that clause, whose own clause names no plan, nothing left undone
    /// and no excess. Nil when the list has no such pair.
    static func planAfterItsOutcome(_ numbers: [Quantity], in s: [Unicode.Scalar], clauseStart: (Int) -> Int)
        -> (plan: Quantity, actual: Quantity)? {
        guard let p = numbers.lastIndex(where: { n in
            let words = s.string(clauseStart(n.start)..<n.start)
            return planCues.contains(where: words.contains) && !notAchievedCues.contains(where: words.contains)
        }) else { return nil }
        let plan = numbers[p], planClause = clauseStart(plan.start)
        guard let actual = numbers[..<p].last(where: { $0.unit == plan.unit && $0.end <= planClause }) else { return nil }
        let words = s.string(clauseStart(actual.start)..<actual.start)
        guard !planCues.contains(where: words.contains), !notAchievedCues.contains(where: words.contains) else { return nil }
        return (plan, actual)
    }

    /// A whole and its part among a clause list's quantities, the whole named as such by 中 (26 个计划完工项目中按期完工
    /// 24 个; 发放问卷 300 份，其中有效问卷 288 份): a quantity with 中 after it in its clause, or 其中 opening the next,
    /// and the first later quantity in its unit, no larger. Nil when the list has none, and over points (得 27.29 分，
    /// 其中：家庭医生签约服务（10 分），目标签约率 45%: a score and an indicator's full marks are no whole and part of things).
    static func wholeAndPart(_ numbers: [Quantity], in s: [Unicode.Scalar])
        -> (whole: Quantity, part: Quantity)? {
        for (i, whole) in numbers.enumerated() where whole.unit != "分" {
            var j = whole.end
            while j < s.count, j - whole.end <= 20, !"，,、；;。：:".unicodeScalars.contains(s[j]), s[j] != "中" { j += 1 }
            guard j < s.count else { continue }
            let named = s[j] == "中" || "，,".unicodeScalars.contains(s[j]) && j + 2 < s.count && s[j + 1] == "其" && s[j + 2] == "中"
            guard named, let part = numbers[(i + 1)...].first(where: { $0.unit == whole.unit }), part.value <= whole.value else { continue }
            return (whole, part)
        }
        return nil
    }

    /// A part the rate itself names and its whole (验收合格 1,081 户，合格率 98.63%; 发放问卷 600 份，收回有效问卷 572 份，
    /// 有效回收率 95.33%; 其中优良路段 61.4 公里，优良率 73.80%): the last quantity before the rate, whose clause holds two
    /// characters of the rate's name in a row, over the nearest earlier quantity in its unit and no smaller, in the
    /// clause list; else over an achieved one (its clause says 实际 or 完成) at most 300 scalars before the list.
    /// Nil for a rate of growth, of a share or one with its own rule (执行率, 到位率, 完成率), and over points (得 5 分).
    func partNamedByRate(_ s: [Unicode.Scalar], rateAt k: Int, numbers: [Quantity], clauseListStart: Int,
                         headingEnd: Int = 0) -> (whole: Quantity, part: Quantity)? {
        var b = k
        while b > 0, k - b < 4, s[b - 1].isHan { b -= 1 }
        let name = s.string(b..<k)
        guard name.count >= 2, !["增长", "下降", "比", "执行", "到位", "完成", "降低", "提高", "减少", "增加"].contains(where: name.contains),
              let part = numbers.last, part.unit != "分" else { return nil }
        let pairs = (0..<(name.count - 1)).map { String(name.dropFirst($0).prefix(2)) }
        func named(_ n: Quantity, within reach: Int = Int.max, floor: Int = 0) -> Bool {
            let from = max(clauseStart(s, before: n.start, floor: clauseListStart), n.start - reach, min(floor, n.start))
            return pairs.contains(where: s.string(from..<n.start).contains)
        }
        // (Only one quantity so named right before it, the heading above aside: 非常满意 400 份，满意 60 份 leaves the
        // rate's part unsaid; （三）满意度指标 / 发放问卷 150 份 names no part.)
        guard named(part), numbers.filter({ named($0, within: 12, floor: headingEnd) }).count <= 1 else { return nil }
        if let whole = numbers.dropLast().last(where: { $0.unit == part.unit && $0.value >= part.value }) { return (whole, part) }
        let from = max(0, clauseListStart - 300)
        let achieved = Self.quantities(s, in: from..<clauseListStart).last { n in
            guard n.unit == part.unit, n.value >= part.value else { return false }
            let words = s.string(clauseStart(s, before: n.start, floor: from)..<n.start)
            return words.contains("实际") || words.contains("完成")
        }
        return achieved.map { ($0, part) }
    }

    /// The quantity (or percent) that ends the clause right before a completion's cue (年接待群众 27.6 万人次，完成…;
    /// 参与率 58.5%，完成…), with its unit as written; nil when that clause ends otherwise.
    static func quantityEndingClause(_ s: [Unicode.Scalar], before k: Int, floor: Int) -> Quantity? {
        var e = k
        while e > floor, "，, ".unicodeScalars.contains(s[e - 1]) { e -= 1 }
        guard e > floor, e < k else { return nil }
        if s[e - 1] == "%" || s[e - 1] == "％" {
            let start = numberStart(s, endingAt: e - 1, floor: floor)
            guard let n = plainNumber(s, at: start), n.end == e - 1 else { return nil }
            return (n.start, e, n.value, n.decimals, "%")
        }
        // (The unit as written, every Han character of it: 27.6 万人次.)
        var u = e
        while u > floor, e - u < 4, s[u - 1].isHan { u -= 1 }
        guard u < e, u > floor, isDigit(s[u - 1]) else { return nil }
        guard let n = plainNumber(s, at: numberStart(s, endingAt: u, floor: floor)), n.end == u else { return nil }
        return (n.start, e, n.value, n.decimals, s.string(u..<e))
    }

    /// The targets and achieved values of a report's pipe tables: pairs of neighbouring cells that each hold a number
    /// and the same unit (| 30万人次 | 27.6万人次 |, | ≥60% | 58.5% |), the target's bound sign aside.
    static func tabledTargets(_ s: [Unicode.Scalar]) -> [(plan: Quantity, actual: Quantity)] {
        var out: [(plan: Quantity, actual: Quantity)] = []
        guard s.contains("|") else { return out }
        /// A cell's number and unit, when that is all the cell holds.
        func cell(_ range: Range<Int>) -> Quantity? {
            var a = range.lowerBound, b = range.upperBound
            while a < b, s[a] == " " || s[a] == "=" || boundSigns.contains(s[a]) { a += 1 }
            while b > a, s[b - 1] == " " { b -= 1 }
            guard let n = plainNumber(s, at: a) else { return nil }
            let unit = s.string(n.end..<b)
            guard !unit.isEmpty, unit.count <= 4, unit == "%" || unit.unicodeScalars.allSatisfy(\.isHan) else { return nil }
            return (n.start, b, n.value, n.decimals, unit)
        }
        // (The normalised text has lost its line breaks: one row's last bar meets the next row's first, an empty cell
        // between them that pairs with nothing.)
        let bars = s.indices.filter { s[$0] == "|" }
        let cells = zip(bars, bars.dropFirst()).map { cell(($0 + 1)..<$1) }
        for (plan, actual) in zip(cells, cells.dropFirst()) {
            if let plan, let actual, plan.unit == actual.unit { out.append((plan, actual)) }
        }
        return out
    }

    /// Words that introduce a target's completion rate.
    static let completionRateCues = ["完成率", "完成比例", "达成率", "实现率"]

    /// Words that say a clause's quantity is not what was achieved: what was not (未完成 2 个) or the excess over the
    /// plan (超额完成 50 人次).
    static let notAchievedCues = ["未完成", "未达到", "没有完成", "超额", "超出"]

    /// Words that say a clause states a plan (and what was set out to be done: 共设置绩效指标 12 个，已完成 11 个).
    static let planCues = ["计划", "目标", "预期", "任务", "设置", "设定"]

    /// A completion named by what it completes (完成年度计划的, 完成全年目标的, 完成任务的) at `k`: 完成, at most six Han
    /// characters ending in a plan's word, then 的; nil for any other text.
    static func completionOfPlanCue(_ s: [Unicode.Scalar], at k: Int) -> String? {
        guard let j = planNamedAfterCompletion(s, at: k), j < s.count, s[j] == "的" else { return nil }
        return s.string(k..<(j + 1))
    }

    /// Where the words 完成 … and a plan's cue end (完成年度计划, 完成目标任务: Han characters only, at most eight after 完成,
    /// the last two a plan's cue); nil when the words at `k` are no such.
    static func planNamedAfterCompletion(_ s: [Unicode.Scalar], at k: Int) -> Int? {
        // (Or 为 before the plan, a report's other way of saying it: 为年度目标 5,000 万条的 117.20%.)
        let opener = matches(s, k, "完成") ? 2 : s[k] == "为" && k > 0 && "，,".unicodeScalars.contains(s[k - 1]) ? 1 : 0
        guard opener > 0 else { return nil }
        var j = k + opener
        while j < s.count, j - k <= 8, s[j].isHan, s[j] != "的" { j += 1 }
        // (The plan's value named as such: 完成目标值的, 完成计划数的.)
        let cueEnd = j - k >= 5 && (s[j - 1] == "值" || s[j - 1] == "数") ? j - 1 : j
        // (The plan's cue may name what is planned after it: 完成计划面积 115,000 亩的.)
        guard cueEnd - k >= opener + 2, planCues.contains(where: { s.string((cueEnd - 2)..<cueEnd) == $0 })
                || cueEnd - k >= opener + 4 && planCues.contains(where: { s.string((k + opener)..<(k + opener + 2)) == $0 }) else { return nil }
        return j
    }

    /// A completion's cue that states the plan itself (完成计划 40 处的, 完成目标任务 1,200 人的): the plan's quantity
    /// and where the cue ends (after 的). Nil for any other words at `k`.
    static func completionOfStatedPlan(_ s: [Unicode.Scalar], at k: Int) -> (cueEnd: Int, plan: Quantity)? {
        guard let j = planNamedAfterCompletion(s, at: k), let plan = quantities(s, in: j..<min(s.count, j + 16)).first, plan.start == j,
              plan.end < s.count, s[plan.end] == "的" else { return nil }
        return (plan.end + 1, plan)
    }

    /// The plan of an achieved quantity stated in an earlier sentence (at most 800 scalars before `floor`): a quantity
    /// in its unit whose clause names a plan and the same thing as the achieved one's (the words after the plan's cue
    /// equal the words after 实际 / 完成 / 达到: 计划培训高素质农民, 实际培训高素质农民). The latest such.
    func earlierPlan(of actual: Quantity, before floor: Int, in s: [Unicode.Scalar])
        -> Quantity? {
        func named(_ n: Int, after cues: [String], from: Int) -> String? {
            let clause = s.string(clauseStart(s, before: n, floor: max(0, from))..<n)
            guard let cue = cues.compactMap({ c in clause.range(of: c, options: .backwards).map { (c, $0) } }).max(by: { $0.1.lowerBound < $1.1.lowerBound })
            else { return nil }
            let thing = Self.cleanLabel(String(clause[cue.1.upperBound...]))
            return thing.count >= 2 ? thing : nil
        }
        guard let thing = named(actual.start, after: ["实际", "完成", "达到"], from: actual.start - Self.window) else { return nil }
        let from = max(0, floor - 800)
        // (The same words in another order name the same thing: 计划改造农村公路, 完成农村公路改造.)
        func same(_ a: String?) -> Bool { a == thing || a.map { $0.count >= 4 && $0.unicodeScalars.sorted() == thing.unicodeScalars.sorted() } ?? false }
        return Self.quantities(s, in: from..<floor).last { n in
            n.unit == actual.unit && same(named(n.start, after: Self.planCues, from: from))
        }
    }

    /// Where the number written in digits (with separators and decimals) that ends right before `end` starts, not
    /// before `floor`; `end` itself when no digit stands before it.
    static func numberStart(_ s: [Unicode.Scalar], endingAt end: Int, floor: Int = 0) -> Int {
        var start = end
        while start > floor, isDigit(s[start - 1]) || s[start - 1] == "," || s[start - 1] == "." { start -= 1 }
        // (A separator before the first digit is the text's comma or full stop, 全年支出中,12 个: no part of the number.)
        while start < end, !isDigit(s[start]) { start += 1 }
        return start
    }

    /// A number written in digits at `k` (thousands separators allowed), with where it ends and its decimals; nil
    /// when `k` is inside a number.
    static func plainNumber(_ s: [Unicode.Scalar], at k: Int) -> NumberInText? {
        guard k < s.count, isDigit(s[k]), k == 0 || !(isDigit(s[k - 1]) || s[k - 1] == ".") else { return nil }
        var j = k, digits = "", decimals = 0
        while j < s.count, isDigit(s[j]) || s[j] == "," && j + 1 < s.count && isDigit(s[j + 1]) {
            if s[j] != "," { digits.unicodeScalars.append(s[j]) }
            j += 1
        }
        if j + 1 < s.count, s[j] == ".", isDigit(s[j + 1]) {
            digits += "."; j += 1
            while j < s.count, isDigit(s[j]) { digits.unicodeScalars.append(s[j]); j += 1; decimals += 1 }
        }
        guard digits.count <= 15, let value = Double(digits) else { return nil }
        return (k, j, value, decimals)
    }

    /// The quantities of things in a range: numbers followed by a unit of one to three Han characters that is no
    /// unit of money, time or age (120 公里, 8 座, 480 批次, 2.52 万人), with that unit.
    static func quantities(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Quantity] {
        var out: [Quantity] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard let n = plainNumber(s, at: k) else { k += 1; continue }
            k = max(n.end, k + 1)
            // (A unit of things known, 个 before 年度计划完工项目中; else up to three Han characters, 公里, 批次.)
            var e = n.end
            if let known = quantity(s, at: n.start), known.end <= range.upperBound, !s[n.end..<known.end].contains(" ") {
                e = known.end
            } else {
                while e < range.upperBound, e - n.end < 3, s[e].isHan, !"，、的以及和实计完".unicodeScalars.contains(s[e]) { e += 1 }
            }
            let unit = s.string(n.end..<e)
            guard !unit.isEmpty, !["元", "万元", "亿元", "年", "月", "日", "岁", "万", "亿"].contains(unit),
                  !unit.hasPrefix("元"), !unit.hasPrefix("年"), !unit.hasPrefix("岁"), !unit.hasPrefix("月"),
                  // (万元 run into the next words, 15.60万元全年…, is money still.)
                  !unit.hasPrefix("万元"), !unit.hasPrefix("亿元") else { continue }
            out.append((n.start, e, n.value, n.decimals, unit))
        }
        return out
    }
}
