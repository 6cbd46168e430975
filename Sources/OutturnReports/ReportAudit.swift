import Foundation
import Outturn

/// Re-does a report's own arithmetic, on the statements the grammar read: a total against its 其中 parts (and
/// the parts' changes against the total's change), a total against the parts the accounting defines (三公 =
/// travel + reception + vehicles, basic = personnel + public, ...), a share against part / parent (the parent as
/// named after 占), a change as an amount and as a percent against the two years' levels or against the stated
/// amount, a completion or execution rate against actual / budget, scores against weight x rate, full marks
/// minus deductions and the sum of their parts, and a figure stated twice.
///
/// The tolerance of each check follows the stated rounding of every number involved (half a unit of the last
/// printed digit; amounts at least to the hundredth of their unit). A check is made only where the text states
/// the relation, or where the vocabulary's identities define it; a 其中 list that covers much less than its
/// total (a few named items of many) is not a breakdown to add up.
public enum ReportAudit {
    /// A 其中 list whose parts fall short of the total by more than this share names only some of the parts.
    static let partialListing = 0.05
    /// The full marks of the budget execution rate in the self-evaluation weights (预算执行率 10, 产出 50, 效益 30, 满意度 10).
    static let executionRateFullMarks = 10.0

    /// The one amount a text states per unit of a quantity, in 万元 (补助标准为每公里每年 0.5 万元, 按每亩 200 元): nil
    /// when it states none, or several that differ (县道每公里 1 万元，乡道每公里 0.5 万元: which row has which?). A
    /// standard per month or per day (每人每月 80 元) is no year's.
    static func standardPerUnit(of unit: String, in s: [Unicode.Scalar]) -> Double? {
        var found: Set<Double> = []
        for k in s.indices where s[k] == "每" && StatementReader.matches(s, k + 1, unit) {
            var i = k + 1 + unit.unicodeScalars.count
            if StatementReader.matches(s, i, "每") {
                guard StatementReader.matches(s, i, "每年") else { continue }
                i += 2
            }
            // A few words before the number (补助, 标准为), none of them a digit or a clause's end, nor a bound (不超过, 最高,
            // 以内: a cap, which the money may stay below) or an estimate (约).
            let wordsStart = i
            while i < s.count, i - wordsStart < 6, !StatementReader.isDigit(s[i]), s[i].properties.isIdeographic || s[i] == " " { i += 1 }
            guard !s[wordsStart..<i].contains(where: { "超高低限最多少约".unicodeScalars.contains($0) }),
                  let number = StatementReader.plainNumber(s, at: i) else { continue }
            let after = StatementReader.afterSpaces(s, from: number.end)
            if StatementReader.matches(s, after, "万元") { found.insert(number.value) } else if StatementReader.matches(s, after, "元") { found.insert(number.value / 10_000) }
        }
        return found.count == 1 ? found.first : nil
    }

    public static func audit(_ e: ReportExtraction, vocabulary: ReportVocabulary = .standard) -> [AuditCheck] {
        let statements = e.statements
        var checks: [AuditCheck] = []
        func add(_ rule: String, _ name: String, _ stated: Statement, _ recomputed: Double, _ tolerance: Double, sign: Double = 1) {
            let v = sign * stated.value
            checks.append(AuditCheck(check: name, stated: v, recomputed: recomputed, difference: v - recomputed, tolerance: tolerance,
                                     consistent: abs(v - recomputed) <= tolerance + 1e-9 * max(1, abs(v)),
                                     snippet: e.text.quote(stated.snippet), offset: stated.offset, rule: rule))
        }
        // Levels by key and year (the first statement of each), and by subject and year.
        var first: [String: Int] = [:], bySubject: [String: [Int]] = [:], byKey: [String: [Int]] = [:]
        // (Another body's figures are no levels of the report's: they are checked only where the text links them.)
        for (k, st) in statements.enumerated() where (st.role == .level || st.role == .baseLevel) && st.body == nil {
            if first["\(st.key)|\(st.year)"] == nil { first["\(st.key)|\(st.year)"] = k }
            byKey["\(st.key)|\(st.year)", default: []].append(k)
            if let subject = st.subject { bySubject["\(subject)|\(st.year)", default: []].append(k) }
        }
        func level(_ key: String, _ year: Int) -> Statement? { first["\(key)|\(year)"].map { statements[$0] } }
        /// The level a statement of that key and year is about: the first of its scope (一般公共预算财政拨款支出 is
        /// not 财政拨款支出) and of its kind of total (本年支出合计 is not 支出总计), by the same name where the subject's
        /// names are several items (事业收入 and 其他收入 are both other revenue), else of its scope, else the first.
        func level(_ key: String, _ year: Int, like st: Statement) -> Statement? {
            // (Lazily: a long report states a key many times, and the first usually answers.)
            let found = (byKey["\(key)|\(year)"] ?? []).lazy.map { statements[$0] }
            let grand = vocabulary.isGrandTotal(st.label)
            let like = found.filter { sameScope($0, st) && vocabulary.isGrandTotal($0.label) == grand }
            if let first = like.first {
                let name = vocabulary.name(of: st)
                return name == nil || vocabulary.name(of: first) == name ? first : like.first { vocabulary.name(of: $0) == name } ?? first
            }
            return found.first { sameScope($0, st) } ?? found.first
        }
        /// The level of a subject in a year, preferring a measure.
        func level(subject: String, year: Int, measure: String?) -> Statement? {
            let found = (bySubject["\(subject)|\(year)"] ?? []).lazy.map { statements[$0] }
            return found.first { $0.measure == measure } ?? found.first
        }
        func signOf(_ st: Statement) -> Double { if case let .change(sign) = st.role { return sign } else { return 1 } }
        func ratioTolerance(_ a: Statement, _ b: Statement) -> Double { ratioTolerance(a, over: b.value, halfUnit: b.halfUnit) }
        /// The rounding a percent a / b allows, b a value that may be off by `halfUnit` (a sum of stated figures).
        func ratioTolerance(_ a: Statement, over b: Double, halfUnit: Double) -> Double {
            ratioTolerance(a.value, halfUnit: a.halfUnit, over: b, halfUnit: halfUnit)
        }
        /// The rounding a percent a / b allows, each value off by up to its `halfUnit` (a difference of stated figures
        /// over one of them: an adjustment rate's 100 x (B - A) / A).
        func ratioTolerance(_ a: Double, halfUnit aHalf: Double, over b: Double, halfUnit bHalf: Double) -> Double {
            100 * (aHalf / abs(b) + abs(a) * bHalf / (b * b))
        }

        // The base levels stated with a comparison, by the position of the level they are the base of.
        var basesOf: [Int: [Int]] = [:]
        for (k, st) in statements.enumerated() where st.role == .baseLevel {
            if let a = st.about { basesOf[statements[a].position, default: []].append(k) }
        }
        // The amounts of each table row, by its snippet (a row's cells share it).
        // (In the order of their offsets: a long text repeats a row's words, and a row's own cells are found by
        // bisection.)
        var rowCellIndices: [Snippet: [Int]] = [:]
        for (k, st) in statements.enumerated() where st.isTableCell && st.role == .level && st.unit == "万元" {
            rowCellIndices[st.snippet, default: []].append(k)
        }
        let rowAmounts = rowCellIndices.mapValues { Positioned($0, of: statements, by: \.offset) }
        /// The amounts of the row with this snippet within `reach` of an offset, in the order of their offsets.
        func rowCells(_ snippet: Snippet, near offset: Int, within reach: Int) -> [Statement] {
            guard let cells = rowAmounts[snippet] else { return [] }
            return Array(cells[cells.countBefore(offset - reach + 1)...].prefix { $0.offset < offset + reach })
        }
        // The whole each level is a part of, as the text names it: its breakdown's total, else the whole its share
        // names (商品和服务支出 42.6 万元，占项目支出预算 90.73%).
        var shareWhole: [Int: String] = [:]
        for st in statements where st.role == .share {
            if let a = st.about, let whole = st.shareOf, !whole.isEmpty, shareWhole[a] == nil { shareWhole[a] = whole }
        }
        func whole(_ k: Int) -> String? { statements[k].parent.map { statements[$0].label } ?? shareWhole[k] }

        // The numbered heading (1. / (一) …) each level stands under, and for each subject and year the numbered
        // headings of each depth it is stated under: items of a list (1.政务云资源租赁经费。年初预算 A，到位资金 B …
        // 2.共享平台运维经费。…) state each its own.
        func itemHeading(_ st: Statement) -> (start: Int, depth: Int)? {
            guard let h = e.text.headingStart(atOrBefore: st.position),
                  let n = StatementReader.Enumeration(e.text.scalars, at: h) else { return nil }
            return (h, n.depth)
        }
        // (A heading's title: its words up to the first stop, 1.政务云资源租赁经费。 An item that is the statement's own,
        // 1.因公出国（境）费支出 0 万元, is the subject's restatement still.)
        func headingTitle(_ h: Int) -> String {
            let s = e.text.scalars, end = min(s.count, h + 40)
            return s.string(h..<((h..<end).first { "。，；：".unicodeScalars.contains(s[$0]) } ?? end))
        }
        var itemHeadings: [String: [Int: Int]] = [:]
        for st in statements where st.role == .level && st.body == nil {
            guard let subject = st.subject, let h = itemHeading(st) else { continue }
            itemHeadings["\(subject)|\(st.year)", default: [:]][h.start] = h.depth
        }

        // The projects a report counts, with their whole in the sentence of the count (纳入自评的项目共 2 个，预算资金合计 A，
        // 实际支出 B), each then under a numbered heading of its own ((一)高标准农田建设项目 该项目全年预算数 a …; (二)…): the
        // whole is the sum of the projects' own, the first of the same item, stage and year under each heading, when
        // exactly as many headings of one depth as the count state one.
        if let count = statements.first(where: { $0.key == "count:项目:total" && $0.role == .level && $0.body == nil }),
           count.value >= 2, count.value == count.value.rounded() {
            let inOrder = statements.indices.filter { statements[$0].role == .level && statements[$0].body == nil && !statements[$0].isNoOutturn }
                .sorted { statements[$0].position < statements[$1].position }
            for key in ["project:budget", "project:actual"] {
                guard let w = inOrder.first(where: { statements[$0].key == key && statements[$0].position > count.position }),
                      case let whole = statements[w],
                      !e.text.scalars[count.position..<whole.position].contains(where: ReportText.sentenceEnds.contains) else { continue }
                // (A whole of no stage, 预算资金合计 A, is the sum of the projects' budgets of whatever stage each states
                // alone under its heading, 该项目全年预算数 a; of one stage, of theirs of that stage.)
                var projects: [(heading: Int, depth: Int, part: Statement, alone: Bool)] = [], under: [Int: Int] = [:]
                for k in inOrder where statements[k].key == key && statements[k].position > whole.position {
                    let st = statements[k]
                    // (A project's investment over all its years, 项目总投资, is no part of one year's funds.)
                    guard st.year == whole.year, st.unit == whole.unit, st.label.contains("总投资") == whole.label.contains("总投资"),
                          let h = itemHeading(st), h.start > whole.position else { continue }
                    if let p = under[h.start] {
                        // (The project's own of the whole's stage, 调整后预算 b after 年初预算 a, else its first.)
                        projects[p].alone = false
                        if projects[p].part.stage != whole.stage, st.stage == whole.stage { projects[p].part = st }
                        continue
                    }
                    under[h.start] = projects.count
                    projects.append((h.start, h.depth, st, true))
                }
                projects.removeAll { $0.part.stage != whole.stage && !(whole.stage == nil && $0.alone) }
                // (Headings that name a project, or its money, 1.政务云资源租赁经费: not sections by topic, (一)预算执行情况
                // (二)资金管理情况, each restating the whole.)
                guard projects.count == Int(count.value), Set(projects.map(\.depth)).count == 1,
                      projects.allSatisfy({ p in
                          guard let end = e.text.headingEnd(after: p.heading), end <= p.part.position else { return false }
                          let title = e.text.scalars.string(p.heading..<end).trimmingCharacters(in: .whitespaces)
                          return ["项目", "经费", "资金", "工程"].contains(where: title.hasSuffix) && p.part.value < whole.value
                      }) else { continue }
                let parts = projects.map(\.part)
                add("breakdown", "\(whole.label) \(whole.year) = the \(parts.count) projects' own (" + parts.map { DecimalText.shortest($0.value) }.joined(separator: " + ") + ")",
                    whole, parts.reduce(0) { $0 + $1.value }, slack(whole) + parts.reduce(0) { $0 + slack($1) })
            }
        }

        // Whether a statement is of appropriations alone: its label names them (财政拨款, or a budget type), or the heading
        // of its section names them with the statement's item (六、一般公共预算财政拨款基本支出决算情况说明 over 基本支出
        // 800.00 万元; not 二、一般公共预算收支情况 over 部门预算总收入, a department's whole accounts).
        func ofAppropriations(_ st: Statement) -> Bool {
            if StatementReader.namesAppropriations(st.label) { return true }
            guard let h = e.text.headingStart(atOrBefore: st.position), let name = vocabulary.name(of: st) else { return false }
            let title = headingTitle(h)
            return StatementReader.namesAppropriations(title) && title.contains(name)
        }
        // Restatements: the same subject, measure and year stated again (in its own label) with another value.
        for (k, st) in statements.enumerated() where st.role == .level && st.subject != nil && st.rule == "clause-label" && st.body == nil {
            guard let f = first["\(st.key)|\(st.year)"], f != k, statements[f].rule == "clause-label" else { continue }
            let earlier = statements[f]
            // (Not an item's own, under one of two or more headings of a list that begins after the first statement or
            // with the item it is stated under.)
            // (Lists numbered 1. or (1): the report's own parts, 一、 and （一）, hold its sections, not its items.)
            // (An item named by its title alone, 1.政务云资源租赁经费。, not one whose title runs into its figure, 2.项目支出
            // 200.00 万元.)
            if let h = itemHeading(st), h.depth >= 2, h.start > earlier.position, case let title = headingTitle(h.start),
               !title.contains(st.label), !StatementReader.withoutEnumeration(title).contains(where: \.isNumber) {
                let from = itemHeading(earlier).flatMap { $0.depth == h.depth ? $0.start : nil } ?? earlier.position + 1
                if (itemHeadings["\(st.subject!)|\(st.year)"] ?? [:]).filter({ $0.value == h.depth && $0.key >= from }).count >= 2 { continue }
            }
            // An initial and an adjusted budget are two figures; so are items of two different breakdowns, and a
            // grand total (收入总计) and the year's total (本年收入合计).
            guard earlier.stage == st.stage, vocabulary.isGrandTotal(earlier.label) == vocabulary.isGrandTotal(st.label), earlier.parent.map({ statements[$0].key }) == st.parent.map({ statements[$0].key }),
                  // The same item by the same name: a subject's labels can name several items (事业收入, 经营收入 and
                  // 其他收入 are all other revenue; 总收入 holds 本年收入).
                  vocabulary.name(of: earlier) == vocabulary.name(of: st), sameScope(earlier, st),
                  // Parts of two wholes the text names (占基本支出预算 … / 占项目支出预算 …) are two items.
                  whole(f) == nil || whole(k) == nil || whole(f) == whole(k),
                  // A balance at the start of the year and one at its end (年初结转和结余 / 年末结转和结余) are two.
                  Self.balanceDate(earlier.label) == Self.balanceDate(st.label),
                  // So are an item of all money and the same item of appropriations alone (基本支出 826.40 of the year's
                  // spending; 一般公共预算财政拨款基本支出 800.00, or 基本支出 800.00 under 六、一般公共预算财政拨款基本支出决算
                  // 情况说明); not the “三公” expenses, paid from appropriations whether or not the label says so.
                  st.subject!.hasPrefix("three_public") || ofAppropriations(earlier) == ofAppropriations(st)
            else { continue }
            add("restated", "\(st.key) \(st.year) stated again (first: \(DecimalText.shortest(earlier.value)))", st, earlier.value,
                st.halfUnit + earlier.halfUnit)
        }

        // The amount changes about each statement, and about each level's value and year, in their order (a change
        // stated of a restatement of a total is the total's change).
        struct LevelValue: Hashable { let value: Double, year: Int }
        struct RestatedLevel: Hashable { let key: String, value: Double, year: Int }
        var changesAbout: [Int: [Int]] = [:], changesOfLevel: [LevelValue: [Int]] = [:], changesOfRestated: [RestatedLevel: [Int]] = [:]
        // (And the first percent change about each statement.)
        var percentChangeAbout: [Int: Int] = [:]
        for (k, c) in statements.enumerated() {
            if case .change = c.role, c.unit == "%", let a = c.about, percentChangeAbout[a] == nil { percentChangeAbout[a] = k }
        }
        // (And the amount changes about no statement, by key and year: 与上年相比，“三公”经费支出减少 C in a sentence of its own.)
        var looseChangesOfKey: [String: [Int]] = [:]
        for (k, c) in statements.enumerated() where isAmountChange(c) {
            guard let a = c.about else {
                if c.body == nil { looseChangesOfKey["\(c.key)|\(c.year)", default: []].append(k) }
                continue
            }
            changesAbout[a, default: []].append(k)
            let level = LevelValue(value: statements[a].value, year: statements[a].year)
            changesOfLevel[level, default: []].append(k)
            let restated = RestatedLevel(key: statements[a].key, value: statements[a].value, year: statements[a].year)
            changesOfRestated[restated, default: []].append(k)
        }

        // A part's change from the base the total's change is from (较上年 against 较上年, a gap to the budget against a gap to
        // the budget), stated of the part or of a restatement of it (其中：公务接待费 6.50 万元 … 3.公务接待费 … 支出决算 6.50
        // 万元，比上年减少 1.15 万元).
        func changeOfAPart(_ p: Int, from totalChange: Statement) -> Int? {
            // (Each from the year before of its own level, neither naming another measure as its base: the parts' measure is
            // the total's whatever the reading gave them, 交通运输支出 A，比上年增加 a under 一般公共预算当年拨款支出 in a budget's
            // disclosure. A part's change from its budget, 差值 after 年初预算为, names one.)
            func fromTheSameBase(_ c: Int) -> Bool {
                let part = statements[c]
                if part.baseMeasure == nil, totalChange.baseMeasure == nil, part.baseYear == totalChange.baseYear, part.measure != totalChange.measure {
                    return statements[p].measure == part.measure && totalChange.about.map { statements[$0].measure == totalChange.measure } == true
                }
                return Self.fromTheSameBase(part, totalChange)
            }
            return changesAbout[p]?.first(where: fromTheSameBase)
                ?? changesOfRestated[RestatedLevel(key: statements[p].key, value: statements[p].value, year: statements[p].year)]?.first(where: fromTheSameBase)
        }
        // A total's change against the sum of its parts' changes.
        func addChangesSum(of total: Statement, _ totalChange: Statement, parts changes: [Int]) {
            add("change-breakdown", "change of \(total.label) \(total.year) = sum of its parts' changes", totalChange,
                changes.reduce(0) { $0 + signOf(statements[$1]) * statements[$1].value },
                totalChange.halfUnit + changes.reduce(0) { $0 + statements[$1].halfUnit }, sign: signOf(totalChange))
        }

        // Breakdowns: a total and its 其中 parts (levels, or changes).
        // (Whether a total's breakdown was checked, and for a total of a vocabulary subject the items of its parts: an
        // identity whose parts are the same items, in any of its splits, is the same check, named in the text's words.)
        var breakdownChecked = [Bool](repeating: false, count: statements.count)
        var breakdownItemsOf: [Int: [Set<String>]] = [:]
        // Each part by its total and where its breakdown was opened (-1 in a table), in that order, then the parts' own.
        // (A table cell's sum across its row is a breakdown of its own beside its column's: opened at Int.min.)
        // (One sorted list, not a dictionary of lists: a dense text opens a breakdown every 20 characters.)
        typealias PartOfBreakdown = (total: Int32, opened: Int, part: Int32)
        var partsByBreakdown: [PartOfBreakdown] = []
        for (k, st) in statements.enumerated() {
            if let p = st.parent { partsByBreakdown.append((Int32(p), st.breakdown ?? -1, Int32(k))) }
            if let a = st.across { partsByBreakdown.append((Int32(a), Int.min, Int32(k))) }
        }
        partsByBreakdown.sort { ($0.total, $0.opened, $0.part) < ($1.total, $1.opened, $1.part) }
        let breakdowns = sequence(state: partsByBreakdown.startIndex) { (start: inout Int) -> ArraySlice<PartOfBreakdown>? in
            guard start < partsByBreakdown.endIndex else { return nil }
            let first = partsByBreakdown[start]
            let end = partsByBreakdown[start...].firstIndex { $0.total != first.total || $0.opened != first.opened } ?? partsByBreakdown.endIndex
            defer { start = end }
            return partsByBreakdown[start..<end]
        }
        // The full marks of a score stated right before it (项目决策（20 分）得 18 分; a table row's 指标权重 | 指标得分), by
        // the score's index: the weight's index. (In a table's row, however far apart the page set them: a row laid out
        // by spaces may have tens of blanks between the two cells.)
        var fullMarks: [Int: Int] = [:]
        var lastWeight: Int? = nil
        for (k, st) in statements.enumerated() where st.unit == "分" {
            if st.role == .weight { lastWeight = k; continue }
            if st.role == .level, let w = lastWeight, statements[w].key == st.key, st.year == statements[w].year,
               st.position - statements[w].position < 16 || st.isTableCell && statements[w].isTableCell && st.snippet == statements[w].snippet {
                fullMarks[k] = w
            }
            lastWeight = nil
        }
        func marks(_ k: Int) -> Double? { fullMarks[k].map { statements[$0].value } }
        for breakdown in breakdowns where breakdown.count >= 2 {
            let t = Int(breakdown.first!.total)
            var ps = breakdown.map { Int($0.part) }
            let total = statements[t]
            var members = ps.map { statements[$0] }
            // The parts of one total share its measure: a list that gives each item's actual beside its budget
            // (因公出国支出 0 万元，年初预算为 0 万元，差值为 0 万元；…) compares, it does not add up.
            // (Stages may differ: 全年预算 = 年初预算 + 年中追加.)
            // (But a total of one measure whose items each state it beside another, 全年预算数 A。其中：基本支出预算 a，实际
            // 支出 b；项目支出预算 c，实际支出 d: its own measure's items, each a subject of its own, make it; when the
            // vocabulary's identities make the total of those items, they check it already, named by the items.)
            if Set(members.map { $0.measure ?? "" }).count > 1 {
                guard let own = Self.itemsInTheTotalsMeasure(total, members) else { continue }
                // (When the vocabulary's identities make the total of those items, they check it in either measure, named by
                // the items; not a total named otherwise, the budget's revenue.)
                let byIdentity = vocabulary.identities(splitInto: Set(own.compactMap { members[$0].subject }))
                    .contains(where: { $0.total == total.subject || $0.total == total.spendingToo })
                // (The items' other measure makes the total's item in that measure when the text states it right before
                // the total: “三公”经费年初预算 15 万元，支出决算 12.36 万元。其中：公务用车…年初预算 11 万元，支出决算 9.80 万元；….
                // The spending's budget may be stated as the budget's revenue: 部门预算收入 A，支出 B。其中基本支出预算 a，支出
                // b；项目支出预算 c，支出 d.)
                let other = members.indices.filter { !own.contains($0) }
                if other.count == own.count, case let first = members[other[0]],
                   other.allSatisfy({ members[$0].measure == first.measure && members[$0].stage == first.stage }),
                   Set(other.compactMap { members[$0].subject }) == Set(own.compactMap { members[$0].subject }),
                   let b = (max(0, t - 2)..<t).reversed().first(where: { k in
                       let st = statements[k]
                       return st.role == .level && st.measure == first.measure && st.stage == first.stage
                           && (st.subject == total.subject || total.subject == "expenditure" && st.subject == "revenue" && st.measure == "budget")
                           && st.year == total.year && st.unit == total.unit && st.parent == nil && st.body == nil && !st.isTableCell
                   }) {
                    // (As any list: one that covers much less than its whole names some parts only, 因公出国（境）费 budgeted
                    // but not spent left out.)
                    let whole = statements[b], parts = other.map { members[$0] }
                    let sum = parts.reduce(0) { $0 + $1.value }, tolerance = slack(whole) + parts.reduce(0) { $0 + slack($1) }
                    if !(byIdentity && whole.subject == total.subject), !Self.namesSomePartsOnly(whole.value, sum, tolerance: tolerance) {
                        add("breakdown", "\(whole.label) \(whole.year) = " + parts.map(\.label).joined(separator: " + "), whole, sum, tolerance)
                    }
                }
                if byIdentity { continue }
                ps = own.map { ps[$0] }
                members = own.map { members[$0] }
            }
            // (Nor a list of items each with the total's measure named again beside it, by the total's own bare label:
            // 已支出 A …其中：中央资金 B，已支出 b；县级资金 C，已支出 c.)
            if total.subject == nil, total.role == .level, members.contains(where: { $0.label == total.label }),
               members.contains(where: { $0.label != total.label }) { continue }
            // (Nor one of items each followed by what was done of it, under one bare word for the act: 实际完成投资 A。其中：
            // 中央资金 B，已完成 b；省级资金 C，已完成 c. The items are the plan's; what was done of them makes the total
            // when the total names that act, else nothing here.)
            if total.role == .level, members.count >= 4, members.count % 2 == 0,
               case let done = Set(stride(from: 1, to: members.count, by: 2).map { members[$0].label }), done.count == 1,
               let word = done.first, word.hasPrefix("已"), word.count >= 2,
               Set(stride(from: 0, to: members.count, by: 2).map { members[$0].label }).count == members.count / 2,
               !stride(from: 0, to: members.count, by: 2).contains(where: { members[$0].label == word }) {
                guard total.label.contains(word.dropFirst()) else { continue }
                let items = stride(from: 0, to: members.count, by: 2).map { members[$0].label }
                ps = stride(from: 1, to: ps.count, by: 2).map { ps[$0] }
                members = stride(from: 1, to: members.count, by: 2).map { members[$0] }
                for i in members.indices { members[i].label = items[i] + word }
            }
            // Percents do not add up: a total's change of 3.09% is not the sum of its parts' percent changes (降低
            // 3.09%，其中：…降低3.31%；…增长3.45%); their amounts are checked.
            if total.unit == "%" || members.contains(where: { $0.unit == "%" }) { continue }
            // (Parts joined by 、 that add up to the total are the whole list; what a comma adds after them is another
            // thing: 其中政府采购货物支出 A、政府采购服务支出 B，授予中小企业合同金额 C，占政府采购支出总额的 x%.)
            if total.role == .level, members.count >= 3, members.allSatisfy({ $0.position >= 0 && $0.position < e.text.scalars.count }),
               zip(members, members.dropFirst()).allSatisfy({ $0.position < $1.position }),
               case let joints = (1..<members.count).map({ e.text.scalars[members[$0 - 1].position..<members[$0].position] }),
               let cut = joints.firstIndex(where: { $0.contains("，") || $0.contains(",") }).map({ $0 + 1 }), cut >= 2,
               joints[..<(cut - 1)].allSatisfy({ $0.contains("、") }),
               case let head = members[..<cut], abs(head.reduce(0) { $0 + signOf($1) * $1.value } - signOf(total) * total.value)
                   <= slack(total) + head.reduce(0, { $0 + slack($1) }) {
                members = Array(head)
                ps = Array(ps[..<cut])
            }
            let sum = members.reduce(0) { $0 + signOf($1) * $1.value }
            let tolerance = slack(total) + members.reduce(0) { $0 + slack($1) }
            let signedTotal = signOf(total) * total.value
            // A list that covers much less than its total names some of the parts only.
            // (Not when the parts are all of the total's parts by the accounting, 基本支出 X，其中：人员经费 A，公用经费 B,
            // nor in a table, whose 合计 adds up every row of its column.)
            // (A total of both sides, 收支预算总额 T, is the spending's too: 基本支出 and 项目支出 make it.)
            let complete = vocabulary.identities(splitInto: Set(members.compactMap(\.subject))).contains { $0.total == total.subject || $0.total == total.spendingToo }
                || total.isTableCell && members.allSatisfy(\.isTableCell)
                // (Nor a list of money by source closed by the rest, 其中：财政拨款 a、其他资金 b: 其他资金 is all money
                // not named before it.)
                || members.count >= 2 && ["其他资金", "其他"].contains(StatementReader.withoutYears(members[members.count - 1].label))
                // (Nor a score whose parts' full marks add up to its own: 项目过程（20 分）得 19 分。其中：资金管理（12 分）
                // 得 11 分；组织实施（8 分）得 7 分.)
                || marks(t).map { m in ps.allSatisfy { marks($0) != nil } && abs(ps.reduce(0) { $0 + marks($1)! } - m) < 1e-9 } == true
                // (Nor a total that counts its parts, 三个部门合计, with that many: the count says none is missing.)
                || ReportExtractor.closingCount(ReportExtractor.closingLabel(of: total, in: e.text.scalars)) == ps.count
                // (Nor a bare 合计 after its parts, 分别为 a、b 和 c，合计 T: it adds up what was just listed; unless 等 says the
                // list was cut short, …、会议费 2 万元等，合计 T.)
                || ReportExtractor.closingWords.contains(StatementReader.withoutYears(ReportExtractor.closingLabel(of: total, in: e.text.scalars)))
                    && ps.allSatisfy { statements[$0].position < total.position } && !total.isTableCell
                    && ps.max().map { p in
                        let from = statements[p].position, to = total.position
                        return from >= 0 && to <= e.text.scalars.count && !e.text.scalars[from..<to].contains("等")
                    } == true
                // (Nor counts closed by their total, 家庭农场 38 家、合作社 12 家，合计 50 家: the total is of what it closes.)
                || total.rule == "count-closing-total"
                // (Nor counts whose stated shares of it make 100%: 优 892 个，占 71.59%；… 差 17 个，占 1.36%.)
                || total.rule == "count-shares"
                // (Nor the fleet by its types, 共有车辆 9 辆，其中：一般公务用车 2 辆，执法执勤用车 5 辆，…: the 决算 template's
                // types split it, those not listed having no vehicle.)
                || total.rule == "count-breakdown" && members.allSatisfy { StatementReader.namesVehicleType($0.label) }
            if !complete && Self.namesSomePartsOnly(signedTotal, sum, tolerance: tolerance) { continue }
            let name: String = { if case .change = total.role { return "change-breakdown" } else { return "breakdown" } }()
            breakdownChecked[t] = true
            if total.subject != nil { breakdownItemsOf[t, default: []].append(Set(members.map { $0.subject ?? $0.key })) }
            // (A table row's totals of two columns, 合计 | 20.00 | 18.50 under 预算数 | 决算数, are named by their columns' measures
            // and stages, 年度资金总额 (initial budget), (budget), (actual): the row's cells are statements side by side.)
            let anotherColumnsTotal = [t - 1, t + 1].contains { k in
                statements.indices.contains(k) && statements[k].isTableCell && statements[k].label == total.label && statements[k].year == total.year
                    && statements[k].snippet == total.snippet && (statements[k].measure != total.measure || statements[k].stage != total.stage)
            }
            let column = total.isTableCell && anotherColumnsTotal && !total.columnsMeasure.isEmpty ? " (\(total.columnsMeasure))" : ""
            add(name, "\(total.checkName)\(column) \(total.year) = " + members.map(\.checkName).joined(separator: " + "),
                total, sum, tolerance, sign: signOf(total))
            // The parts' changes against the total's change (stated on the total or on a restatement of it).
            // (Not in a table of two years: it states both years' levels of every row, whose breakdowns and each
            // row's change are checked, so a sum of changes would only flag one error twice.)
            if total.role == .level, !total.isTableCell {
                // (Each part's change from what the total's is from, 公务接待费支出 1.50 万元，年初预算为 2 万元，差值为 0.50 万元;
                // the total's first change that every part has one of.)
                for totalChange in (changesOfLevel[LevelValue(value: total.value, year: total.year)] ?? []).map({ statements[$0] }) {
                    let changes = ps.compactMap { changeOfAPart($0, from: totalChange) }
                    guard changes.count == ps.count else { continue }
                    addChangesSum(of: total, totalChange, parts: changes)
                    break
                }
                // A total's change stated as a percent alone, its parts' changes as amounts after it (…预算为 T 万元，其中：…。
                // 与 2024 年预算相比增长 r%，其中因公出国（境）费增加 a 万元，公务用车运行维护费增加 b 万元，公务接待费减少 c
                // 万元): r against 100 x (a + b + c) / (T - (a + b + c)). Each part's change is the first of its item and
                // year within a paragraph after the percent, of the same base.
                if changesOfLevel[LevelValue(value: total.value, year: total.year)] == nil,
                   let percent = percentChangeAbout[t] {
                    let r = statements[percent]
                    let changes = ps.compactMap { p in
                        statements.indices[(percent + 1)...].prefix { statements[$0].position - r.position < 300 }.first { k in
                            let c = statements[k]
                            return isAmountChange(c) && c.key == statements[p].key && c.year == statements[p].year && (c.about == nil || c.about == p) && Self.fromTheSameBase(c, r)
                        }
                    }
                    let sum = changes.reduce(0) { $0 + signOf(statements[$1]) * statements[$1].value }
                    let base = signOf(total) * total.value - sum
                    if changes.count == ps.count, base > 0 {
                        let halfUnits = changes.reduce(total.halfUnit) { $0 + statements[$1].halfUnit }
                        let period = r.baseYear.map { "\($0)-\(total.year)" } ?? "\(total.year)"
                        let carried: Double = 100 * halfUnits * (abs(total.value) + abs(sum)) / (base * base)
                        add("change-percent", "change of \(total.label) \(period) (%, from its parts' changes)", r, 100 * sum / base, r.halfUnit + carried,
                            sign: signOf(r))
                    }
                }
            }
        }

        // A table's total with one part filled in that exceeds it (年度资金总额 | 0 | 0 | 0 | 10 | 0 | 0 over 其中：本年财政拨款 | 90 |
        // 89.97 | 89.97, the other sources' rows blank): a part is never more than its whole, so the whole is short of it at
        // least. (One part no more than its whole says nothing: the blank rows may hold the rest.)
        for breakdown in breakdowns where breakdown.count == 1 {
            let t = Int(breakdown.first!.total), total = statements[t], part = statements[Int(breakdown.first!.part)]
            guard total.isTableCell, part.isTableCell, total.role == .level, part.role == .level, total.unit == "万元", part.unit == "万元",
                  total.value >= 0, part.value > total.value + slack(total) + slack(part), part.measure == total.measure, part.stage == total.stage
            else { continue }
            add("breakdown", "\(total.checkName)\(total.columnsMeasure.isEmpty ? "" : " (\(total.columnsMeasure))") \(total.year) = \(part.checkName) + blank rows",
                total, part.value, slack(total) + slack(part))
        }

        // A total score after the sections it sums, told by their full marks (产出指标（分值40分）：得分38.5分 …
        // 总分：94.48分, the marks 100 in all): checked against those sections' scores, whatever their names, and not
        // against the vocabulary's sections (成本指标 is none of them).
        // (A score against the scores it sums, named by their labels, `what` saying which they are.)
        func addScoreSum(_ st: Statement, _ summed: [Statement], _ what: String) {
            add("score-sum", "\(st.checkName) = " + summed.map(\.checkName).joined(separator: " + ")
                + " (\(what), \(st.year))", st, summed.reduce(0) { $0 + $1.value }, Self.slack(st) + summed.reduce(0) { $0 + Self.slack($1) })
        }
        let scoredSections = Self.sectionsByFullMarks(statements, text: e.text)
        for (t, scores) in scoredSections.sorted(by: { $0.key < $1.key }) {
            addScoreSum(statements[t], scores.map { statements[$0] }, "sections of 100 points")
        }
        // A section's score with its full marks, then its indicators' lines, each with its own (（二）产出指标：分值 40 分，得分
        // 40 分。1.指标名称：…；分值：15 分；得分：15 分。2.…): when the indicators' marks add up to the section's, their
        // scores add up to its score.
        for (t, st) in statements.enumerated() where st.role == .level && st.unit == "分" && !st.isTableCell && st.parent == nil
            && !st.key.hasPrefix("indicator:") && st.subject != "score_total" && !breakdownChecked[t] {
            guard let sectionMarks = marks(t) else { continue }
            var indicators: [Int] = [], indicatorMarks = 0.0
            for p in (t + 1)..<statements.count where statements[p].unit == "分" && statements[p].role != .weight {
                let q = statements[p]
                // (The next section's line, or the total, ends its indicators; so does a line linked to a whole of its own.)
                guard q.key.hasPrefix("indicator:"), q.role == .level, !q.isTableCell, q.parent == nil, q.position > st.position, let m = marks(p) else { break }
                indicators.append(p)
                indicatorMarks += m
                if indicatorMarks >= sectionMarks - 1e-9 { break }
            }
            guard indicators.count >= 2, abs(indicatorMarks - sectionMarks) < 1e-9 else { continue }
            addScoreSum(st, indicators.map { statements[$0] }, "indicators of its \(DecimalText.shortest(sectionMarks)) points")
        }

        // The change of an identity's total against its parts' changes, when every part of one split states one from the
        // same base (与上年相比，“三公”经费支出减少 C; 因公出国（境）费…与上年持平；公务用车购置及运行维护费…比上年减少 a；公务
        // 接待费…比上年减少 b): C = 0 + a + b. The first split whose parts all have one (公务用车购置及运行维护费 with its change,
        // not its purchase and running without theirs); the total's change about it, or stated of its subject alone.
        // (A part that states no change is left unknown: 0 万元 this year may have been more the year before.)
        func addChangesOfTheParts(of k: Int, in identity: ReportVocabulary.Identity, year y: Int) {
            let t = statements[k]
            guard t.role == .level, !t.isTableCell else { return }
            // (Its first change that every part of a split has one of: a gap to the budget is from another base than 较上年.)
            func stated(_ part: String) -> Bool {
                (bySubject["\(part)|\(y)"] ?? []).contains { statements[$0].role == .level && statements[$0].measure == t.measure }
            }
            // (Every part stated is in the split or in one of its parts: a split that leaves out a part stated, 公务用车购置费
            // 0 万元 beside the running costs' change, would take that part's change for nothing.)
            func covers(_ split: [String]) -> Bool {
                identity.parts.joined().filter(stated).allSatisfy { part in
                    split.contains(part) || vocabulary.identities.contains { split.contains($0.total) && $0.parts.contains { $0.contains(part) } }
                }
            }
            for totalChange in ((changesAbout[k] ?? []) + (looseChangesOfKey["\(t.key)|\(y)"] ?? [])).map({ statements[$0] }) {
                for split in identity.parts where covers(split) {
                    // (A part's change about its first level or a restatement of it: not about the same item's level of other
                    // money, 一般公共预算财政拨款基本支出 beside 基本支出 of all funds.)
                    let changes = split.compactMap { part in
                        (bySubject["\(part)|\(y)"] ?? []).first { statements[$0].role == .level && statements[$0].measure == t.measure }
                            .flatMap { changeOfAPart($0, from: totalChange) }
                    }
                    guard changes.count == split.count else { continue }
                    addChangesSum(of: t, totalChange, parts: changes)
                    return
                }
            }
        }

        // The items a share of several taken together is of (经营收入 a，附属单位上缴收入 b，两项合计占 r: its `about` and the
        // levels of the same breakdown stated right before it, within a few clauses); nil when fewer are stated.
        func itemsTaken(together st: Statement) -> [Int]? {
            guard let n = st.together, let a = st.about else { return nil }
            let part = statements[a]
            var items: [Int] = []
            for k in stride(from: a, through: 0, by: -1) {
                let item = statements[k]
                guard items.count < n, st.position - item.position < 200 else { break }
                if item.role == .level, item.parent == part.parent, item.year == part.year, item.unit == part.unit, item.body == part.body {
                    items.insert(k, at: 0)
                }
            }
            return items.count == n ? items : nil
        }
        // Items whose share taken together falls short of the whole (基本支出 a，项目支出 b，两项合计占本年支出合计的 90%): the
        // whole has other parts, and no split of the vocabulary makes it of them alone.
        var shortOfTheWhole = Set<Int>()
        for st in statements where st.role == .share && st.together != nil && st.value + st.halfUnit < 100 {
            shortOfTheWhole.formUnion(itemsTaken(together: st) ?? [])
        }

        // Identities of the vocabulary, for every year: the first level of the total against its parts.
        let actualsAtTheirBudget = Set(statements.compactMap { c in c.rule == "flat" && c.baseMeasure == "budget" ? c.about : nil })
        let years = Set(statements.map(\.year)).sorted()
        for y in years {
            for identity in vocabulary.identities {
                // The first statement of the total that is not a grand total (总计 includes balances).
                let totals = statements.indices.filter {
                    let t = statements[$0]
                    return (t.role == .level || t.role == .baseLevel) && t.body == nil && t.subject == identity.total && t.year == y && !vocabulary.isGrandTotal(t.label) && !t.holdsTheYearsTotal
                }
                var seenKeys = Set<String>()
                for k in totals {
                    let t = statements[k]
                    guard seenKeys.insert(t.key).inserted, scoredSections[k] == nil else { continue }
                    // (The text's own breakdown of the total into the parts of a split and more, 本年支出合计 T。其中：基本支出 a，
                    // 项目支出 b，经营支出 c，对附属单位补助支出 d: checked as the text adds it up, not as basic + project.)
                    if let stated = breakdownItemsOf[k], identity.parts.contains(where: { split in stated.contains { $0.isSuperset(of: split) } }) { continue }
                    for split in identity.parts {
                        let memberIndices = split.compactMap { part -> Int? in
                            let levels = bySubject["\(part)|\(y)"] ?? []
                            // (A part whose actual the text says is its budget, 因公出国（境）费决算 0 万元，与预算持平, has that
                            // budget.)
                            return levels.first { statements[$0].measure == t.measure || t.measure == nil }
                                ?? (t.measure == "budget" ? levels.first(where: { statements[$0].measure == "actual" && actualsAtTheirBudget.contains($0) }) : nil)
                        }
                        guard memberIndices.count == split.count, memberIndices.contains(where: { !shortOfTheWhole.contains($0) }) else { continue }
                        // Parts the text gives to another statement of the same item (一般公共预算财政拨款基本支出 642.80，
                        // 其中：人员经费 …，公用经费 …, beside 基本支出 742.60 of all funds) are that one's, checked there;
                        // and the item's other splits are then not tried on this statement (本年支出合计 stated in the
                        // overview, its 其中：基本支出 …，项目支出 … in the next section: not also personnel + public + project).
                        // (Not parts of the other measure's total: 预算 B，决算 A。其中：…预算 b1，决算 a1；… gives the budgets
                        // to the actual's list, which adds up only the actuals.)
                        if let p = statements[memberIndices[0]].parent, p != k, statements[p].subject == identity.total,
                           t.measure == nil || statements[p].measure == nil || statements[p].measure == t.measure,
                           memberIndices.allSatisfy({ statements[$0].parent == p }) { break }
                        // (Nor parts a project's money is spent on, 项目支出预算 A，其中：人员经费 a，公用经费 b: they are
                        // the project's, no part of the department's basic spending.)
                        if memberIndices.contains(where: { m in statements[m].parent.map { statements[$0].subject == "project" } ?? false }) { continue }
                        // So are parts of a total of appropriations alone (一般公共预算财政拨款基本支出 X，其中：人员经费 …),
                        // which a total of all money (本年支出合计) does not add up from.
                        if !StatementReader.namesAppropriations(t.label), memberIndices.contains(where: { m in
                            statements[m].parent.map { $0 != k && StatementReader.namesAppropriations(statements[$0].label) } ?? false
                        }) { continue }
                        let members = memberIndices.map { statements[$0] }
                        add("identity", "\(identity.total) \(y) = " + split.joined(separator: " + "), t, members.reduce(0) { $0 + $1.value },
                            slack(t) + members.reduce(0) { $0 + slack($1) })
                        addChangesOfTheParts(of: k, in: identity, year: y)
                        break
                    }
                }
            }
        }

        // Gaps to the budget stated as changes from it (决算数大于预算数 55.93 万元), by the position of their actual.
        var budgetGaps: [Int: Statement] = [:]
        for c in statements where isAmountChange(c) && c.baseMeasure == "budget" {
            if let a = c.about, budgetGaps[statements[a].position] == nil { budgetGaps[statements[a].position] = c }
        }

        // Last year's budgets implied by this year's budget and its stated change from them (2024年预算数为 46.50
        // 万元，较2023年预算数减少5.30万元: 51.80), by subject and year: a completion of last year's budget
        // (2023年决算数 44.86 万元，完成年初预算的 86.60%) is checked against it when the text states it no other way.
        var impliedBudgets: [String: (value: Double, halfUnit: Double, from: Int)] = [:]
        for c in statements where isAmountChange(c) && c.body == nil {
            guard let a = c.about else { continue }
            let now = statements[a]
            guard let subject = now.subject, now.measure == "budget", (c.baseMeasure ?? now.measure) == "budget",
                  let baseYear = c.baseYear ?? Optional(now.year - 1), baseYear < now.year else { continue }
            let key = "\(subject)|\(baseYear)"
            if impliedBudgets[key] == nil { impliedBudgets[key] = (now.value - signOf(c) * c.value, now.halfUnit + c.halfUnit, now.year) }
        }

        // Weights and levels by key, and amount changes by what they are about and by key and year, each in the
        // order of their positions: the last stated before a statement is found by bisection, so a long report
        // is audited in n log n.
        // (Another body's statements only by what they are about.)
        var keyWeights: [String: [Int]] = [:], keyLevels: [String: [Int]] = [:]
        var changesOfKey: [String: [Int]] = [:]
        for (k, st) in statements.enumerated() where st.body == nil {
            if st.role == .weight { keyWeights[st.key, default: []].append(k) }
            if st.role == .level { keyLevels[st.key, default: []].append(k) }
            if isAmountChange(st) {
                changesOfKey["\(st.key)|\(st.year)", default: []].append(k)
            }
        }
        func positioned(_ ks: [Int]) -> Positioned { Positioned(ks, of: statements) }
        let weightsByKey = keyWeights.mapValues(positioned), levelsByKey = keyLevels.mapValues(positioned)
        let amountChangesAbout = changesAbout.mapValues(positioned), amountChangesOfKey = changesOfKey.mapValues(positioned)
        let looseAmountChangesOfKey = looseChangesOfKey.mapValues(positioned)
        /// The last amount change of a percent change's subject stated before it (about the same level when
        /// both say what they are about, else of the same key and year).
        func lastAmountChange(of st: Statement) -> Statement? {
            let key = "\(st.key)|\(st.year)", ofReport = st.body == nil
            // (Or, when none came before, the one right after it: 增长 -12.50%，减少 2.52 万元.)
            func rightAfter(_ changes: Positioned?) -> Statement? {
                changes?.first(after: st.position).flatMap { e.text.words(from: st.position, to: $0.position) < 20 ? $0 : nil }
            }
            // (The one right after it in its own sentence, 增长 5.91%，增加 110.50 万元, before one that an earlier
            // sentence ended on: 财政拨款支出增长 6.15%，增加 120.50 万元。…一般公共预算财政拨款支出增长 5.91%.)
            func nearer(_ before: Statement?, _ after: Statement?) -> Statement? {
                guard let before, let after else { return before ?? after }
                return e.text.scalars[before.position..<st.position].contains { "。！？".unicodeScalars.contains($0) } ? after : before
            }
            guard let a = st.about else {
                guard ofReport else { return nil }
                return nearer(amountChangesOfKey[key]?.last(before: st.position), rightAfter(amountChangesOfKey[key]))
            }
            let candidates = [amountChangesAbout[a]?.last(before: st.position),
                              ofReport ? looseAmountChangesOfKey[key]?.last(before: st.position) : nil].compactMap { $0 }
            return nearer(candidates.max { $0.position < $1.position }, rightAfter(amountChangesAbout[a]))
        }

        /// A completion where no budget is stated, but the gap to it (决算数大于预算数 55.93 万元, 较预算减少 0.80 万元):
        /// the budget is the actual less the gap.
        func addCompletion(of a: Statement, label: String, gap: Statement, _ st: Statement) {
            let budget = a.value - signOf(gap) * gap.value
            guard budget > 0 else { return }
            let tolerance = st.halfUnit + 100 * ((a.halfUnit + gap.halfUnit) / budget + a.value * (a.halfUnit + gap.halfUnit) / (budget * budget))
            add("completion", "\(label) actual / (actual - its stated gap to the budget) (\(st.year), %)", st, 100 * a.value / budget, tolerance)
        }

        /// The budget stated last before an actual in its sentence, within 60 words, whose name ends as the actual's does
        /// (项目总投资 and 已完成投资, 计划投资 and 实际完成投资); `k` the actual's index. (Or a whole, no 其中 part, of that
        /// name stated last within 120 words, whatever stands between: 项目总投资 A，其中：…。截至年底，…累计完成投资 B.)
        func budgetOfTheSameThing(before k: Int?, actual a: Statement) -> Statement? {
            // (Names end alike in their words, not in a classification's level: …综合医院（项） and …基本公共卫生服务（项）
            // are two items.)
            func withoutClassLevel(_ label: String) -> String {
                label.contains("）") || label.contains(")") ? label.replacing(/[（(][类款项][）)]/, with: "") : label
            }
            guard let k, statements[k].position == a.position, withoutClassLevel(a.label).count >= 2 else { return nil }
            let noun = String(withoutClassLevel(a.label).suffix(2))
            let budgets = e.text.nearest(statements, upTo: k, before: a.position, within: 120).lazy.map { statements[$0] }.filter { (b: Statement) -> Bool in
                b.role == .level && b.measure == "budget" && b.unit == a.unit && b.year == a.year && b.body == nil
            }
            if let b = budgets.first, b.value != 0, withoutClassLevel(b.label).hasSuffix(noun), e.text.words(from: b.position, to: a.position) < 60,
               !e.text.scalars[b.position..<a.position].contains(where: { ReportText.clauseListEnds.contains($0) }) {
                return b
            }
            return budgets.first { withoutClassLevel($0.label).hasSuffix(noun) && $0.parent == nil }.flatMap { $0.value != 0 ? $0 : nil }
        }
        // Shares, completions, changes, scores.
        var shareParents = ShareParents(statements, vocabulary: vocabulary, genre: e.heading.genre)
        var amountChanges: [String: [Statement]] = [:]
        // Shares of a whole the text names but never states, by its name and year, with their parts.
        struct NamedWhole: Hashable { let name: String, year: Int }
        var sharesOfUnstatedWholes: [NamedWhole: [(share: Statement, part: Statement)]] = [:]
        var sharesOfStatedWholes: [Int: [(share: Statement, part: Statement, whole: Statement)]] = [:]
        // The budgets of each subject and year by their places (as `bySubject` holds its levels), for a completion's.
        let budgetsByPlace = Dictionary(grouping: bySubject.values.joined().filter { statements[$0].measure == "budget" }) {
            "\(statements[$0].subject!)|\(statements[$0].year)"
        }.mapValues { Positioned($0, of: statements) }
        for st in statements {
            // Another body's figures are checked only against what the text links them to (the level a change or
            // share is about, a part's total), never against the report's own levels.
            let ofReport = st.body == nil
            switch st.role {
            case .share:
                let part = st.about.map { statements[$0] } ?? (ofReport ? level(st.key, st.year) : nil)
                guard let part else { continue }
                guard let parent = ofReport && part.body == nil ? shareParents.parent(of: st, part: part) : part.parent.map({ statements[$0] }),
                      parent.value != 0 else {
                    if ofReport, part.body == nil, part.subject != nil, let named = st.shareOf, !named.isEmpty {
                        sharesOfUnstatedWholes[NamedWhole(name: named, year: st.year), default: []].append((st, part))
                    }
                    continue
                }
                // (Of several items taken together, 两项合计占 r: the share of their sum, the items the levels of the part's
                // list stated right before it, in its breakdown, within a few clauses.)
                if st.together != nil {
                    guard let items = itemsTaken(together: st) else { continue }
                    let sum = items.reduce(0) { $0 + statements[$1].value }, sumHalfUnit = items.reduce(0) { $0 + statements[$1].halfUnit }
                    add("share", "share of \(items.map { statements[$0].label }.joined(separator: " + ")) in \(parent.label) (\(st.year), %)", st,
                        100 * sum / parent.value, st.halfUnit + ratioTolerance(sum, halfUnit: sumHalfUnit, over: parent.value, halfUnit: parent.halfUnit))
                    continue
                }
                add("share", "share of \(part.label) in \(parent.label) (\(st.year), %)", st, 100 * part.value / parent.value,
                    st.halfUnit + ratioTolerance(part, parent))
                if st.shareOf?.isEmpty == false, part.parent == nil, part.unit == parent.unit {
                    sharesOfStatedWholes[parent.position, default: []].append((st, part, parent))
                }
            case .completion:
                guard ofReport else { continue }
                // The actual the rate is stated of (支出决算为 Y 万元，完成年初预算的 z%), else the subject's first; after
                // a budget stated right after its actual (项目支出决算 A，年初预算为 B，完成年初预算的 z%), that actual.
                let stated = st.about.flatMap { k -> Statement? in
                    let about = statements[k]
                    if about.measure == "actual" { return about }
                    guard about.measure == "budget", about.subject != nil else { return nil }
                    return e.text.nearest(statements, upTo: k, before: about.position, within: 40).map { statements[$0] }.first {
                        $0.role == .level && $0.subject == about.subject && $0.year == about.year && $0.measure == "actual" && $0.body == nil
                    }
                }
                // An item the vocabulary does not know (a budget classification's 行政运行（项）): its own budget.
                if st.subject == nil, let a = stated, a.key.hasPrefix("label:") {
                    if let b = (byKey["\(a.key)|\(a.year)"] ?? []).map({ statements[$0] }).first(where: { $0.measure == "budget" }), b.value != 0 {
                        add("completion", "\(a.label) actual / budget (\(st.year), %)", st, 100 * a.value / b.value, st.halfUnit + ratioTolerance(a, b))
                    } else if let gap = budgetGaps[a.position], gap.year == a.year {
                        // (Or by its stated gap to the budget: 会议费支出 1.20 万元，完成预算的 60.00%，较预算减少 0.80 万元.)
                        addCompletion(of: a, label: a.label, gap: gap, st)
                    } else if let b = budgetOfTheSameThing(before: st.about, actual: a) {
                        // (Or the budget of the same thing stated last before it in its sentence, 项目总投资 A，已完成投资 B，
                        // 完成投资计划的 r: the names end alike.)
                        add("completion", "\(a.label) actual / \(b.label) (\(st.year), %)", st, 100 * a.value / b.value, st.halfUnit + ratioTolerance(a, b))
                    }
                    continue
                }
                guard let subject = st.subject, let a = stated ?? level(subject: subject, year: st.year, measure: "actual"), a.measure == "actual" else { continue }
                // (The budget of the stage the rate names, 完成年初预算的 z%; a rate that names none is of the whole year's
                // budget when the text states both, 年初预算 A，全年预算 B，全年执行 C，执行率 r: C / B. Stated just before
                // the actual, within 60 words: a budget of the stage stated elsewhere may be another item's.)
                // (Back from the actual by place, no further than those words: a long text states a subject's budget many
                // times.)
                let staged = budgetsByPlace["\(subject)|\(st.year)"].flatMap { budgets -> Statement? in
                    var i = budgets.countBefore(a.position)
                    while i > 0 {
                        i -= 1
                        guard e.text.words(from: budgets[i].position, to: a.position) < 60 else { return nil }
                        if budgets[i].stage == (st.baseStage ?? "adjusted") { return budgets[i] }
                    }
                    return nil
                }
                // (Else the budget stated right before the actual, a few words back: items listed each with its budget,
                // actual and rate, 人员类项目预算 A，执行 B，执行率 r；运转类项目预算 A'，执行 B'，执行率 r', are not all the
                // first's.)
                let nearest = budgetsByPlace["\(subject)|\(st.year)"].flatMap { budgets -> Statement? in
                    let i = budgets.countBefore(a.position)
                    return i > 0 && e.text.words(from: budgets[i - 1].position, to: a.position) < 16 ? budgets[i - 1] : nil
                }
                if let b = staged ?? nearest ?? level(subject: subject, year: st.year, measure: "budget"), b.measure == "budget", b.value != 0 {
                    add("completion", "\(subject) actual / budget (\(st.year), %)", st, 100 * a.value / b.value, st.halfUnit + ratioTolerance(a, b))
                } else if let gap = budgetGaps[a.position], gap.year == a.year {
                    addCompletion(of: a, label: subject, gap: gap, st)
                } else if st.baseStage != "adjusted", let implied = impliedBudgets["\(subject)|\(st.year)"], implied.value > 0 {
                    let tolerance = st.halfUnit + 100 * (a.halfUnit / implied.value + a.value * implied.halfUnit / (implied.value * implied.value))
                    add("completion", "\(subject) actual / budget (\(st.year), %; the budget from \(implied.from)'s and its stated change)", st,
                        100 * a.value / implied.value, tolerance)
                }
            case let .change(sign):
                let now = st.about.map { statements[$0] } ?? (ofReport ? level(st.key, st.year, like: st) : nil)
                guard let now else {
                    // A change into a year whose level the text does not state, from the level it does (2022年“三公”经费实际
                    // 支出 26.10 万元，2023年较上年减少 1.74 万元，变动率为 -6.67%): its percent against that level.
                    if st.unit == "%", ofReport, let baseYear = st.baseYear, baseYear < st.year, let before = level(st.key, baseYear), before.value != 0,
                       let amount = lastAmountChange(of: st), amount.baseYear == baseYear {
                        let signed = signOf(amount) * amount.value
                        add("change-percent", "change of \(before.label) \(baseYear)-\(st.year) (%, from the stated amount)", st, 100 * signed / before.value,
                            st.halfUnit + 100 * (amount.halfUnit + abs(signed) * before.halfUnit / abs(before.value)) / abs(before.value), sign: sign)
                    }
                    continue
                }
                let baseYear = st.baseYear ?? st.year - 1
                // (An item the vocabulary does not know is keyed by its label and measure: its base of another
                // measure, 2023年执行数 beside 2024年预算数, is the same label's.)
                let beforeKey = st.subject.map { $0 + ":" + (st.baseMeasure ?? now.measure ?? "") }
                    ?? st.baseMeasure.flatMap(now.labelKey(inMeasure:)) ?? now.key
                // The base: the level stated with the comparison, else the base year's level of the measure the
                // text names (比 2021 年度决算), else of the same measure, else of any (比上年同期 of a budget
                // against last year's actual).
                // (A base stated for another comparison of the same level, 较年初预算 15 万元节约 2.64 万元，较上年
                // 减少 1.04 万元, is not this one's: year and measure must match.)
                let baseMeasure = st.baseMeasure ?? now.measure
                let stated: Statement? = (basesOf[now.position] ?? []).lazy.map { statements[$0] }
                    .first { $0.year == baseYear && ($0.measure == nil || $0.measure == baseMeasure) }
                // (Another body's level is compared only with the base the text states with it.)
                // (Never the level itself: 会议费支出 1.20 万元，较预算减少 0.80 万元 names no budget of its own key.)
                // (Nor, when the text states none with it, the base of another total: a grand total's change, 收、支总计各增加
                // C, has no base in last year's 本年收入合计 stated with the next sentence's change.)
                let grandTotal = vocabulary.isGrandTotal(now.label)
                let before = now.body != nil ? stated : (stated
                    ?? (level(beforeKey, baseYear).flatMap { $0.position == now.position ? nil : $0 }
                        // (Another measure's level only when the text stated it before the change: a comparison of a
                        // budget with last year's outturn reads the outturn given above it, not one stated later.)
                        ?? (st.baseMeasure == nil ? now.subject.flatMap { level(subject: $0, year: baseYear, measure: now.measure) }
                                .flatMap { $0.measure == now.measure || $0.position < st.position ? $0 : nil } : nil))
                        .flatMap { vocabulary.isGrandTotal($0.label) == grandTotal ? $0 : nil })
                // (A comparison within one year is against another measure: 决算数比预算数增减.)
                func comparison(from year: Int, measure: String?) -> String {
                    year == now.year ? "\(now.year) against its \(measure ?? "base")" : "\(year)-\(now.year)"
                }
                let period = comparison(from: baseYear, measure: st.baseMeasure)
                if isAmountChange(st) {
                    // (Against another measure it is another comparison: 较 2023 年预算减少 0.70 万元；较 2023 年执行数增加 1.18 万元.)
                    amountChanges["\(now.body ?? "")|\(now.key)|\(now.year)|\(st.baseYear ?? now.year - 1)|\(st.baseMeasure ?? now.measure ?? "")|\(now.value)", default: []].append(st)
                    if let before {
                        add("change", "change of \(now.label) \(period)", st, now.value - before.value,
                            st.halfUnit + now.halfUnit + before.halfUnit, sign: sign)
                    }
                } else if st.unit == "%" {
                    if let before, before.value != 0 {
                        add("change-percent", "change of \(now.label) \(period) (%)", st, 100 * (now.value - before.value) / before.value,
                            st.halfUnit + 100 * (now.halfUnit + before.halfUnit) / abs(before.value), sign: sign)
                    } else if let amount = lastAmountChange(of: st),
                              // (Of the same comparison: 比年初预算减少 136 万元 gives no base to 比上年决算增长 4.2%.)
                              amount.baseYear == nil || st.baseYear == nil || amount.baseYear == st.baseYear,
                              amount.baseMeasure == nil || st.baseMeasure == nil || amount.baseMeasure == st.baseMeasure {
                        let signed = signOf(amount) * amount.value
                        let base = now.value - signed
                        guard base != 0 else { continue }
                        // (The rounding of both amounts carried through 100 x change / (now - change), whose slopes are
                        // now / base² and change / base²: a change ten times its base (增加 20.63 万元 to 22.59, 1,055.4%)
                        // moves by ten times as much as the bare ratio to the base says, which stays the floor.)
                        let carried = 100 * (abs(now.value) * amount.halfUnit + abs(signed) * now.halfUnit) / (base * base)
                        add("change-percent", "change of \(now.label) \(comparison(from: amount.baseYear ?? baseYear, measure: amount.baseMeasure ?? st.baseMeasure)) (%, from the stated amount)", st, 100 * signed / base,
                            st.halfUnit + max(carried, 100 * (amount.halfUnit + now.halfUnit) / abs(base)), sign: sign)
                    }
                }
            case .deduction:
                // The score after its full marks (分值 20 分，扣 2 分，得 18 分), or right before them (得分 18 分（满分 20 分）).
                guard ofReport, let w = weightsByKey[st.key]?.last(before: st.position),
                      let got = levelsByKey[st.key]?.last(before: w.position).flatMap({ w.position - $0.position < 16 ? $0 : nil })
                          ?? levelsByKey[st.key]?.first(after: w.position) else { continue }
                if got.position > st.position {
                    add("score-deduction", "\(st.subject ?? st.checkName) = full marks \(DecimalText.shortest(w.value)) - deduction (\(st.year))", got, w.value - st.value,
                        slack(got) + slack(st))
                } else {
                    // (The deduction stated after both is what is checked.)
                    add("score-deduction", "deduction of \(st.subject ?? st.checkName) = full marks \(DecimalText.shortest(w.value)) - score (\(st.year))", st,
                        w.value - got.value, slack(got) + slack(st))
                }
            case .level, .baseLevel, .weight:
                continue
            }
        }
        // Parts listed with their shares of a whole stated before them, without 其中 (产业发展支出 A，占全年实际支出的
        // 64.31%；贴息支出 B，占 28.36%；管理费 C，占 7.32%): when the shares add up to 100%, the parts are all of the
        // whole, and the whole is checked against their sum (unless a breakdown or an identity already checks it).
        let checkedWholes = Set(checks.lazy.filter { ["breakdown", "identity"].contains($0.rule) }.map(\.offset))
        for (_, group) in sharesOfStatedWholes where group.count >= 2 {
            let whole = group[0].whole
            guard !checkedWholes.contains(whole.offset), Set(group.map(\.part.position)).count == group.count,
                  group.allSatisfy({ $0.part.position > whole.position }) else { continue }
            let shares = group.reduce(0) { $0 + $1.share.value }, sharesSlack = group.reduce(0) { $0 + $1.share.halfUnit }
            guard abs(shares - 100) <= sharesSlack + 1e-9 else { continue }
            add("breakdown", "\(whole.label) \(whole.year) = \(group.map(\.part.label).joined(separator: " + ")) (parts by their shares)", whole,
                group.reduce(0) { $0 + $1.part.value }, group.reduce(slack(whole)) { $0 + slack($1.part) })
        }
        // Shares of a whole the text never states (基本支出 A 元，占一般公共预算支出的 84.06%；项目支出 B 元，占 19.62%): when
        // their parts are all the parts of one of the vocabulary's identities (basic + project), the whole is their
        // sum, and each share is checked against it. Shares of one whole's parts never add up to more than 100%;
        // when they fall short of it the whole may have parts the text does not name, and nothing is checked.
        for (whole, group) in sharesOfUnstatedWholes where group.count >= 2 {
            let subjects = Set(group.compactMap(\.part.subject)), measures = Set(group.map { $0.part.measure ?? "" })
            guard subjects.count == group.count, measures.count == 1, Set(group.map(\.part.unit)).count == 1,
                  !vocabulary.identities(splitInto: subjects).isEmpty else { continue }
            let shares = group.reduce(0) { $0 + $1.share.value }, slack = group.reduce(0) { $0 + $1.share.halfUnit }
            guard shares >= 100 - slack - 1e-9 else { continue }
            let sum = group.reduce(0) { $0 + $1.part.value }, sumHalfUnit = group.reduce(0) { $0 + $1.part.halfUnit }
            guard sum > 0 else { continue }
            let parts = group.map(\.part.label).joined(separator: " + ")
            for (share, part) in group.sorted(by: { $0.share.position < $1.share.position }) {
                add("share", "share of \(part.label) in \(whole.name) = \(parts) (\(whole.year), %)", share,
                    100 * part.value / sum, share.halfUnit + ratioTolerance(part, over: sum, halfUnit: sumHalfUnit))
            }
        }
        // The same change stated twice with different amounts.
        for (_, changes) in amountChanges where changes.count > 1 {
            let firstChange = changes[0]
            for other in changes.dropFirst() where abs(other.value - firstChange.value) > 0 || signOf(other) != signOf(firstChange) {
                add("change-restated", "change of \(firstChange.key) \(firstChange.year) stated twice", other, signOf(firstChange) * firstChange.value,
                    other.halfUnit + firstChange.halfUnit, sign: signOf(other))
            }
        }
        // A budget adjusted in the year, stated as the initial budget, the adjustments and the whole in a row without
        // 其中 (年初预算 120 万元，年中追加 15.5 万元，全年预算 135.5 万元): the whole against initial + added - cut.
        // (Also with the adjustments after the whole, the initial and the whole budget stated together and what was
        // added in the next item: 年初预算数 A，全年预算数 B，全年实际支出 …。2.预算调整率。年中追加预算 C，…; and of
        // the department's budget named by generic labels, without a subject.)
        func sign(_ st: Statement) -> Double? {
            guard st.role == .level, st.unit == "万元", st.parent == nil else { return nil }
            if let sign = StatementReader.adjustmentSign(of: st.label) { return sign }
            if st.label.contains("增加") { return 1 }
            if st.label.contains("减少") { return -1 }
            return nil
        }
        for (k, whole) in statements.enumerated() where whole.role == .level && whole.measure == "budget" && whole.stage == "adjusted"
            && whole.parent == nil && whole.unit == "万元" && whole.body == nil && !whole.isTableCell {
            // (Only statements within a sentence's reach are looked at: linear in the report.)
            guard let i = e.text.nearest(statements, upTo: k, before: whole.position, within: 160).first(where: {
                      let st = statements[$0]
                      // (The whole named by generic words in a project's report, 全年预算, and its initial budget by the
                      // fund's name, 衔接资金年初预算: one item.)
                      let sameItem = st.subject == whole.subject || st.subject == nil && ["project-report", "bare-label"].contains(whole.rule)
                      // (Nor what was added in the year, 年中追加 A, which no stage word of its own names.)
                      // (A budget of no stage is the initial one before a whole named as the budget after an adjustment:
                      // 城乡低保资金预算 A，其中：…。全年追加预算 B，追加后预算 C.)
                      return st.role == .level && sameItem && st.year == whole.year && st.measure == "budget"
                          && (st.stage == "initial" || st.stage == nil && st.parent == nil && vocabulary.namesTheBudgetAfterAnAdjustment(whole.label))
                          && StatementReader.adjustmentSign(of: st.label) == nil
                  }) else { continue }
            // (Parts of the initial budget, 年初预算 A，其中：中央资金 a1 …, are no steps.)
            var steps = statements[(i + 1)..<k].filter { $0.parent == nil }
            if steps.isEmpty {
                // What was adjusted after the whole: the adjustments that follow within reach, before another budget
                // of the item, past its actual and rates.
                var after: [Statement] = []
                for st in statements[(k + 1)...].prefix(8) where st.body == nil && !st.isTableCell {
                    guard e.text.words(from: whole.position, to: st.position) < 160 else { break }
                    if sign(st) != nil { after.append(st); continue }
                    if st.role == .level, st.measure == "budget", st.subject == whole.subject, st.unit == "万元" { break }
                }
                steps = after
            }
            guard !steps.isEmpty, steps.allSatisfy({ sign($0) != nil }) else { continue }
            add("budget-adjustment", "\(whole.label) \(whole.year) = \(statements[i].label) + adjustments", whole,
                statements[i].value + steps.reduce(0) { $0 + sign($1)! * $1.value },
                slack(whole) + slack(statements[i]) + steps.reduce(0) { $0 + slack($1) })
        }
        // The balance after the two totals a budget report adds up (收入总计 R … 支出合计 E，结转下年 B): B = R - E.
        let wholes = Set(statements.compactMap(\.parent))
        func addedUp(_ k: Int, _ noun: String) -> Bool {
            let t = statements[k]
            return wholes.contains(k) && t.role == .level && t.label.contains(noun) && ["合计", "总计"].contains(where: t.label.contains)
        }
        // (Or the two totals stated bare in the balance's own sentence, 收入总计 R，支出总计 E，结转下年 B, when they differ:
        // a department's 收入总计 and 支出总计 are equal, its balances inside the latter.)
        func statedBare(_ k: Int, _ noun: String, before rest: Statement) -> Bool {
            let t = statements[k]
            return t.role == .level && t.parent == nil && t.body == nil && t.label.hasSuffix(noun + "总计")
                && !e.text.scalars[t.position..<rest.position].contains { ReportText.clauseListEnds.contains($0) }
        }
        for (k, rest) in statements.enumerated() where k >= 1 && rest.role == .level && rest.unit == "万元" && rest.parent == nil
            && ["结转下年", "年终结余", "结余"].contains(where: rest.label.contains)
            && (addedUp(k - 1, "支出") || ["结转下年", "年终结余"].contains(where: rest.label.contains) && statedBare(k - 1, "支出", before: rest)) {
            let spent = statements[k - 1], bare = !addedUp(k - 1, "支出")
            guard let r = e.text.nearest(statements, upTo: k - 1, before: rest.position, within: 400)
                    .first(where: { (bare ? statedBare($0, "收入", before: rest) : addedUp($0, "收入")) && statements[$0].year == rest.year }),
                  !bare || statements[r].value != spent.value else { continue }
            add("balance", "\(rest.label) \(rest.year) = \(statements[r].label) - \(spent.label)", rest, statements[r].value - spent.value,
                slack(rest) + slack(statements[r]) + slack(spent))
        }
        // The year's balance stated right after the revenue and the spending it is the difference of (收入 28,360 万元，支出
        // 24,910 万元，当年结余 3,450 万元; …收入 A …。…支出 B …。本年收支结余 C): the revenue less the spending, each the
        // whole stated last before it (not a 其中 part); and a balance rolled over the years after it (上年末滚存结余 D，
        // 年末滚存结余 F): D + C.
        for (k, rest) in statements.enumerated() where rest.role == .level && rest.unit == "万元" && rest.parent == nil && rest.body == nil
            && !rest.isTableCell && StatementReader.namesYearsBalance(rest.label) {
            let near = e.text.nearest(statements, upTo: k, before: rest.position, within: 240).filter {
                let st = statements[$0]
                return st.role == .level && st.parent == nil && st.body == nil && st.unit == rest.unit && st.year == rest.year
            }
            // (Each named bare or as the year's sum, 收入合计 A …支出合计 B，收支结余 C; not as a 总计 with the balances carried in
            // and out, which a department's accounts make equal.)
            func namesTheYears(_ word: String, _ label: String) -> Bool { label.hasSuffix(word) || label.hasSuffix(word + "合计") }
            guard let spent = near.first, namesTheYears("支出", statements[spent].label),
                  let earned = near.dropFirst().first(where: { namesTheYears("收入", statements[$0].label) }),
                  near.prefix(while: { $0 != earned }).allSatisfy({ !namesTheYears("收入", statements[$0].label) }) else { continue }
            let revenue = statements[earned], spending = statements[spent]
            add("balance", "\(rest.label) \(rest.year) = \(revenue.label) - \(spending.label)", rest, revenue.value - spending.value,
                slack(rest) + slack(revenue) + slack(spending))
            // (The balance rolled over: last year's end before it, this year's end after it, within a clause or two.)
            let after = statements[(k + 1)...].prefix(3)
            guard let end = after.first(where: { $0.role == .level && $0.unit == rest.unit && $0.label.hasPrefix("年末") && $0.label.hasSuffix("结余") }),
                  e.text.words(from: rest.position, to: end.position) < 60,
                  let start = (after + e.text.nearest(statements, upTo: k, before: rest.position, within: 240).map { statements[$0] }).first(where: {
                      $0.role == .level && $0.label.hasPrefix("上年末") && $0.label.hasSuffix("结余") && $0.unit == rest.unit })
            else { continue }
            add("balance", "\(end.label) \(end.year) = \(start.label) + \(rest.label)", end, start.value + rest.value,
                slack(end) + slack(start) + slack(rest))
        }
        // Net assets after the assets and the liabilities (资产总额 A，其中：…。负债总额 B，净资产 C): A - B.
        for (k, net) in statements.enumerated() where net.role == .level && net.unit == "万元" && net.body == nil && !net.isTableCell
            && (net.label.hasSuffix("净资产") || net.label.hasSuffix("净资产总额")) {
            let before = e.text.nearest(statements, upTo: k, before: net.position, within: 400).filter {
                statements[$0].role == .level && statements[$0].parent == nil && statements[$0].unit == net.unit && statements[$0].year == net.year
            }
            guard let owed = before.first, statements[owed].label.hasSuffix("负债总额") || statements[owed].label.hasSuffix("负债合计"),
                  let held = before.dropFirst().first(where: {
                      let label = statements[$0].label
                      return label.hasSuffix("资产总额") || label.hasSuffix("资产合计") || label.hasSuffix("总资产")
                  }), !statements[held].label.contains("净") else { continue }
            let assets = statements[held], liabilities = statements[owed]
            add("balance", "\(net.label) \(net.year) = \(assets.label) - \(liabilities.label)", net, assets.value - liabilities.value,
                slack(net) + slack(assets) + slack(liabilities))
        }
        // The year's balance carried forward, stated after what makes it (年初结转和结余 A，本年收入合计 R，本年支出合计 E，
        // 年末结转和结余 B): B = A + R - E.
        // (The year's revenue and spending, not totals that hold the balances, 收入总计 … 其中年初结转和结余 …, whose
        // parts the breakdowns check.)
        for (k, r) in statements.enumerated() where r.role == .level && r.body == nil && !r.isTableCell && r.subject == "carryover"
            && r.label.hasPrefix("年末") && r.parent == nil {
            // (Within a few statements and words; or, stated as parts of the revenue's whole (收入总计 T，其中：本年收入
            // 合计 R，年初结转和结余 A) and then the year's spending in a paragraph of its own, within a section's reach.)
            func terms(back n: Int, words: Int, partsOfTheWhole: Bool) -> (start: Statement, revenue: Statement, spending: Statement)? {
                let before = statements[max(0, k - n)..<k].filter {
                    $0.role == .level && $0.unit == "万元" && $0.year == r.year && $0.body == nil && !$0.isTableCell && $0.measure == r.measure
                        && ($0.parent == nil || partsOfTheWhole && statements[$0.parent!].subject == "revenue"
                            && (vocabulary.isGrandTotal(statements[$0.parent!].label) || statements[$0.parent!].holdsTheYearsTotal))
                        && !vocabulary.isGrandTotal($0.label) && !$0.holdsTheYearsTotal && sameScope($0, r)
                        && e.text.words(from: $0.position, to: r.position) < words
                }
                guard let start = before.last(where: { $0.subject == "carryover" && $0.label.contains("年初") }),
                      let revenue = before.last(where: { $0.subject == "revenue" }), let spending = before.last(where: { $0.subject == "expenditure" }),
                      Set([start.position, revenue.position, spending.position]).count == 3,
                      !partsOfTheWhole || start.parent != nil && start.parent == revenue.parent && spending.parent == nil else { return nil }
                return (start, revenue, spending)
            }
            guard let (start, revenue, spending) = terms(back: 16, words: 160, partsOfTheWhole: false)
                    ?? terms(back: 30, words: 400, partsOfTheWhole: true) else { continue }
            add("carried-balance", "\(r.label) = \(start.label) + \(revenue.label) - \(spending.label) (\(r.year))", r,
                start.value + revenue.value - spending.value, r.halfUnit + start.halfUnit + revenue.halfUnit + spending.halfUnit)
        }
        // A total that holds a balance, stated apart from its terms (收、支总计均为 T 万元 in one paragraph; 收入合计 R 万元 …
        // 另有年初结转和结余 A 万元 in the next; 支出总计中，本年支出合计 E，年末结转和结余 B): revenue's T = R + A, spending's
        // T = E + B, the year's own total and the balance (at the year's start for revenue, at its end for spending) the
        // first of each stated after the total, within a section's reach, none of them a part.
        // (Or, past that reach, the balance in a section of its own, 十、年末结转和结余情况说明: the first one stated
        // under such a heading after the total.)
        let balancesInTheirSections = Positioned(statements.indices.filter { k in
            let b = statements[k]
            guard b.role == .level, b.subject == "carryover", b.unit == "万元", b.parent == nil, b.body == nil, !b.isTableCell,
                  let h = e.text.headingStart(atOrBefore: b.position), let end = e.text.headingEnd(after: h), end <= b.position else { return false }
            return e.text.scalars.string(h..<end).contains("结转")
        }, of: statements)
        for (k, whole) in statements.enumerated() where whole.role == .level && ["revenue", "expenditure"].contains(whole.subject) && whole.unit == "万元"
            && whole.parent == nil && whole.body == nil && !whole.isTableCell && !wholes.contains(k) && vocabulary.isGrandTotal(whole.label) {
            let after = statements[(k + 1)...].prefix(30).prefix { e.text.words(from: whole.position, to: $0.position) < 400 }.filter {
                $0.role == .level && $0.unit == "万元" && $0.year == whole.year && $0.body == nil && !$0.isTableCell && $0.parent == nil
                    && $0.measure == whole.measure && sameScope($0, whole)
            }
            let balance = whole.subject == "revenue" ? "年初" : "年末"
            func isHeld(_ b: Statement) -> Bool { b.subject == "carryover" && b.label.contains(balance) }
            guard let own = after.first(where: { $0.subject == whole.subject }), vocabulary.isYearsTotal(own, within: whole),
                  let held = after.first(where: isHeld) ?? balancesInTheirSections.first(after: own.position).flatMap({ b in
                      isHeld(b) && b.year == whole.year && b.measure == whole.measure && sameScope(b, whole) ? b : nil
                  }) else { continue }
            add("grand-total", "\(whole.label) \(whole.year) = \(own.label) + \(held.label)", whole, own.value + held.value,
                whole.halfUnit + own.halfUnit + held.halfUnit)
        }
        // Counts that change over the year: the whole against the start plus what was added, when all three are
        // stated of one noun within a paragraph's reach.
        // (Each noun's counts in the order of their positions, and each total's neighbours found from its own place
        // among them: linear however often a long text counts one noun.)
        let counts = statements.filter { $0.unit == "个" && $0.rule == "count" }
        func noun(_ st: Statement) -> Substring { st.key.split(separator: ":")[1] }
        var countIndices: [Substring: [Int]] = [:]
        for (k, st) in counts.enumerated() { countIndices[noun(st), default: []].append(k) }
        let countsOf = countIndices.mapValues { Positioned($0, of: counts) }
        for total in counts where total.stage == "total" {
            // (Those of its noun at its own position and as far either side as a paragraph reaches.)
            let list = countsOf[noun(total)]!
            func near(_ i: Int) -> Bool {
                let p = list[i].position
                return e.text.words(from: min(p, total.position), to: max(p, total.position)) < 300
            }
            var lo = list.countBefore(total.position), hi = lo
            while lo > 0, near(lo - 1) { lo -= 1 }
            while hi + 1 < list.count, near(hi + 1) { hi += 1 }
            let nearby = list[lo...hi]
            guard let initial = nearby.first(where: { $0.stage == "initial" }), let added = nearby.first(where: { $0.stage == "added" }) else { continue }
            add("count", "\(noun(total)) \(total.year): whole = at the start + added", total, initial.value + added.value, 0.5)
        }
        // A rate of funds received (全年预算 1,920 万元 … 资金到位 1,920 万元，到位率 100%): what was received over the
        // budget stated before it (the whole one, not a 其中 part), within a short sentence's reach.
        for (k, r) in statements.enumerated() where r.role == .level && r.subject == "funds_received_rate" && r.unit == "%" && !r.isTableCell && r.body == nil {
            let before = e.text.nearest(statements, upTo: k, before: r.position, within: 120).map { statements[$0] }
            // (Over the funds due where the text states them: 应到位资金 A，实际到位 B，资金到位率 r.)
            func isAmount(_ st: Statement) -> Bool { st.role == .level && st.unit == "万元" && st.year == r.year }
            func isDue(_ st: Statement) -> Bool { ["应到位", "应拨付", "应到账"].contains(where: st.label.contains) }
            if let due = before.first(where: { isAmount($0) && isDue($0) }), due.value != 0,
               let received = before.first(where: { isAmount($0) && !isDue($0) && $0.position > due.position && ["到位", "到账", "拨付"].contains(where: $0.label.contains) }) {
                add("funds-received-rate", "funds received / funds due (\(r.year), %)", r, 100 * received.value / due.value, r.halfUnit + ratioTolerance(received, due))
                continue
            }
            // (A rate of one fund, 中央资金到位率 100% after the whole's, or a bare one after what one fund received, 中央资金
            // 到位 500 万元，到位率 100%, is of that fund's receipts over its budget.)
            // (The fund a label names: what is left without the vocabulary's generic words and the words of receiving.)
            func fund(_ label: String) -> String {
                ["到位率", "到位", "项目", "其中", "总体", "整体", "总"].reduce(vocabulary.withoutGenericWords(label)) { $0.replacingOccurrences(of: $1, with: "") }
            }
            let named = fund(r.label)
            guard let got = before.first(where: { isAmount($0) && $0.subject == "funds_received" && !isDue($0) && (named.isEmpty || fund($0.label) == named) }),
                  case let own = fund(got.label),
                  let budget = before.first(where: { $0.role == .level && $0.measure == "budget" && $0.unit == "万元" && $0.year == r.year
                      && $0.position < got.position && (own.isEmpty ? $0.parent == nil : fund($0.label) == own) }), budget.value != 0 else { continue }
            add("funds-received-rate", "funds received / budget (\(r.year), %)", r, 100 * got.value / budget.value, r.halfUnit + ratioTolerance(got, budget))
        }
        // A rate of an act on money (已拨付 2.72 亿元，拨付率 85.00%; 已整改问题金额 2.05 亿元，整改率 86.86%) and what is
        // left undone (未拨付 0.48 亿元): what was done over, or taken from, the whole it was done on.
        // (By index: a pass that copied every statement would cost a retain of each of its strings.)
        for k in statements.indices where statements[k].role == .level && statements[k].body == nil && !statements[k].isTableCell
            && (statements[k].measure == StatementReader.NamedRate.done.rawValue || statements[k].unit == "万元" && statements[k].label.contains("未")) {
            let r = statements[k]
            guard let act = StatementReader.actOnMoney(in: r.label), let (done, whole) = actOnMoney(act, before: k, upTo: r) else { continue }
            if r.unit == "%" {
                add("done-rate", "\(done.label) / \(whole.label) (\(r.year), %)", r, 100 * done.value / whole.value, r.halfUnit + ratioTolerance(done, whole))
            } else {
                add("not-done", "\(r.label) = \(whole.label) - \(done.label) (\(r.year))", r, whole.value - done.value, r.halfUnit + done.halfUnit + whole.halfUnit)
            }
        }
        /// What was done (已拨付 A, the nearest level before `r` naming the act, done and not left undone) and the whole it
        /// was done on: the level its label names after the act (已整改问题金额: 问题金额, by that name or a longer one
        /// ending with it), else the level stated right before it.
        func actOnMoney(_ act: String, before k: Int, upTo r: Statement) -> (done: Statement, whole: Statement)? {
            // (In the rate's own sentence or just before it; what is left undone may follow the done amount's list of
            // how it was done: 已整改问题金额 A，整改率 r。其中：上缴财政 …，完善手续 …。尚未整改到位的问题金额 B.)
            let near = e.text.nearest(statements, upTo: k, before: r.position, within: r.unit == "%" ? 40 : 120)
            guard let d = near.first(where: {
                let st = statements[$0]
                return st.role == .level && st.unit == "万元" && st.year == r.year && st.body == nil && st.label.contains(act) && !st.label.contains("未")
            }) else { return nil }
            let done = statements[d]
            // (资金 alone after the act, 已拨付资金, names no whole.)
            // (Nor 到位资金, money whose act was carried through: 整改到位资金.)
            var after = done.label.components(separatedBy: act).last ?? ""
            if after.hasPrefix("到位") { after.removeFirst(2) }
            let named = ["资金", "金额", "款项", "经费"].contains(after) ? "" : after
            // (A whole named is of any year up to the act's: problems an audit found in 2023 are rectified by June 2024.)
            func isWhole(_ st: Statement, asLargeAsDone: Bool = false) -> Bool {
                st.role == .level && st.unit == done.unit && st.body == nil && (st.value > done.value || asLargeAsDone && st.value == done.value)
                    && !st.label.contains(act) && (named.count >= 2 ? st.year <= done.year : st.year == done.year)
            }
            let nearest = e.text.nearest(statements, upTo: d, before: done.position, within: 120)
            // (All of it may be done, 项目资金总额 A …，实际拨付资金 A，拨付率 100%: a whole as large as what was done, when the
            // rate says all and nothing larger stands before it.)
            let allDone = r.unit == "%" && abs(r.value - 100) <= r.halfUnit
            let whole = named.count >= 2
                ? StatementReader.levelNamed(named, in: statements, doc: e.text, before: done.position, within: 2000, unit: done.unit, where: { isWhole($0) })
                    .map { statements[$0] }
                : (nearest.first { isWhole(statements[$0]) } ?? (allDone ? nearest.first { isWhole(statements[$0], asLargeAsDone: true) } : nil))
                    .map { statements[$0] }
            guard let whole, whole.value != 0 else { return nil }
            return (done, whole)
        }
        // An execution rate stated right after a budget and an actual of one subject (全年预算数 1350 万元，执行
        // 1296 万元，预算执行率 96%): that subject's actual over its budget.
        // (So is a rate of another thing's actual over its budget, named by its own word: 政府采购执行率, 控制率.)
        var nearbyRates = Set<Int>()
        // A subject's one budget of a year, where the text states only one value for it (a project's 全年预算数 in its
        // first section, its 实际支出 and 预算执行率 a paragraph later): the budget of its execution rate when none
        // stands near the rate.
        // (Only for the whole named by a generic word, 实际支出 in a project's report: 校舍维修项目实际支出 is one item's.)
        // (The whole budgets of each subject and year gathered once, by bySubject's key: a long report asks for many.)
        var wholeBudgets: [String: (first: Statement, sole: Bool)] = [:]
        // (A part of something else is a whole of its own: the money a project's title names, under the total investment.)
        for st in statements where st.role == .level && st.unit == "万元" && st.measure == "budget" && st.body == nil
            && (st.parent == nil || statements[st.parent!].subject == nil) && !st.isTableCell {
            guard let subject = st.subject else { continue }
            let key = "\(subject)|\(st.year)"
            if let seen = wholeBudgets[key] { wholeBudgets[key] = (seen.first, seen.sole && seen.first.value == st.value) } else { wholeBudgets[key] = (st, true) }
        }
        // (Or by generic words after the project's own word: 项目累计支出.)
        let wordsReader = StatementReader(vocabulary: vocabulary, reportYear: 0, genre: .general)
        func namedGenerically(_ a: Statement) -> Bool {
            if ["project-report", "bare-label"].contains(a.rule) { return true }
            return a.subject == "project" && a.label.hasPrefix("项目") && a.label.count > 2 && wordsReader.isGeneric(String(a.label.dropFirst(2)))
        }
        /// The budget a 其中 part of a budget belongs to (the part itself when it is none).
        func wholeBudget(of part: Statement) -> Statement {
            // (Not from the project's own money up to a total holding others' money: 项目总投资 A，其中：财政奖补资金 B.)
            guard let p = part.parent, statements[p].role == .level, statements[p].measure == "budget", statements[p].year == part.year,
                  statements[p].unit == part.unit, statements[p].subject != nil || part.subject == nil else { return part }
            return statements[p]
        }
        // The budget of an item the vocabulary does not know, stated earlier under the name its spending's label
        // begins with, or a longer one ending with it (中央补助资金 800 万元 in the budget's sources; 中央补助资金支出
        // 362.80 万元，执行率 45.35% a section later; 地方政府专项债券资金 for 专项债券资金实际支出).
        let outturnWords = vocabulary.actualWords.sorted { $0.count > $1.count }
        /// Whether no budget of a whole (one no 其中 opened) stands between `budget` and the spending `a` (the `k`-th
        /// statement's, or before it): （一）A 项目…中央资金预算 a0 …（二）B 项目。预算 B0。…其中：中央资金支出 b names another
        /// project's budget between.
        func isTheLastWholeBudget(before a: Statement, upTo k: Int, from budget: Statement) -> Bool {
            !statements[max(0, k - 60)..<k].contains {
                $0.role == .level && $0.measure == "budget" && $0.parent == nil && $0.unit == "万元" && $0.year == a.year
                    && $0.position > budget.position && $0.position < a.position
            }
        }
        func namedBudget(of a: Statement, upTo k: Int) -> Statement? {
            guard a.subject == nil, a.measure == "actual" else { return nil }
            // (The vocabulary's words for an outturn, longest first: 实际支出 before 支出.)
            guard let word = outturnWords.first(where: { a.label.hasSuffix($0) && a.label.count >= $0.count + 2 }) else { return nil }
            let name = String(a.label.dropLast(word.count))
            // (Or, for money of one level of government, the budget's money of that level: 中央资金支出 after 中央补助资金.)
            let level = name.hasSuffix("资金") ? StatementReader.levelOfGovernment(name) : nil
            // (Not what was added to it: 年中追加县级资金 x is no budget of 县级资金支出.)
            return e.text.nearest(statements, upTo: k, before: a.position, within: 400).lazy.map { statements[$0] }.first {
                $0.role == .level && $0.unit == "万元" && $0.year == a.year && $0.body == nil && StatementReader.adjustmentSign(of: $0.label) == nil
                    && ($0.label.hasSuffix(name) || level != nil && $0.label.hasSuffix("资金") && StatementReader.levelOfGovernment($0.label) == level
                        // (Or the name and the year's budget words, 学前教育幼儿资助预算 for 学前教育幼儿资助支出, of the same
                        // item: no whole budget of another stated between.)
                        || $0.measure == "budget" && $0.label.hasPrefix(name) && isTheLastWholeBudget(before: a, upTo: k, from: $0)
                            && String($0.label.dropFirst(name.count)).range(of: "^" + StatementReader.yearsBudget + "$", options: .regularExpression) != nil)
                    && ($0.measure == "budget" || $0.parent.map { statements[$0].measure == "budget" } == true)
            }
        }
        func soleBudget(of a: Statement) -> Statement? {
            guard namedGenerically(a), let subject = a.subject, let found = wholeBudgets["\(subject)|\(a.year)"],
                  found.sole, found.first.position < a.position else { return nil }
            return found.first
        }
        // Whether an amount is one item's in a list that names each item's by the same word in one sentence (产业发展类项目
        // 92 个，安排资金 A；基础设施类项目 38 个，安排资金 B；…), among the dozen statements before the `k`-th: no one of
        // them is the budget of a spending after the list (a rate's, a balance's) that names none of them.
        func isAnItemOfAList(_ st: Statement, before k: Int) -> Bool {
            statements[max(0, k - 12)..<k].contains { other in
                // (A budget and the same budget changed, 年初预算 A，年中调减至 B, are no two items: their stages differ.)
                guard other.label == st.label, other.value != st.value, other.measure == st.measure, other.year == st.year,
                      other.subject == st.subject, other.role == .level, other.stage == st.stage, other.rule == st.rule else { return false }
                let between = min(other.position, st.position)..<max(other.position, st.position)
                return e.text.words(from: between.lowerBound, to: between.upperBound) < 80 && !e.text.scalars[between].contains("。")
            }
        }
        // The spending and budget each execution rate was checked with, by year.
        var executionTerms: [Int: [(actual: Statement, budget: Statement)]] = [:]
        // (And those of the department's (or project's) own execution rate alone, not a part's (基本支出 A，执行率 r) or
        // another thing's rate.)
        var ownRatesTerms: [Int: [(actual: Statement, budget: Statement)]] = [:]
        // (Not a rate worked out inline: its formula names its terms.)
        for (k, r) in statements.enumerated() where r.role == .level && (r.subject == "execution_rate" || r.measure == "rate") && !r.isTableCell
            && r.rule != "formula-result" {
            // The budget is the whole one, not a 其中 part of it (全年预算数 1,856.40 万元，其中：年初预算 …，年中追加
            // 236.40 万元。全年执行数 …); generic labels (全年预算数, 全年执行数) may leave both without a subject.
            func isAmount(_ st: Statement) -> Bool { st.role == .level && st.unit == "万元" }
            let before = statements[max(0, k - 6)..<k].filter { isAmount($0) && e.text.words(from: $0.position, to: r.position) < 80 }
            // (What was left unspent is no spending: 实际支出 462.30 万元，结余资金 37.70 万元，预算执行率 92.46%.)
            // (Nor another year's: 执行 A，执行率 r；上年同期执行率 r0 is no rate of A.)
            // (Or, where none stands before it, the spending the rate's own clause list gives right after it: 项目预算 A。资金
            // 执行率 r，实际支出 B.)
            func spentRightAfter() -> Statement? {
                guard k + 1 < statements.count, case let next = statements[k + 1], isAmount(next), next.measure == "actual", next.year == r.year,
                      next.parent == nil, next.body == nil, !StatementReader.namesUnspentFunds(next.label),
                      e.text.words(from: r.position, to: next.position) < 12,
                      !e.text.scalars[r.position..<next.position].contains(where: { ReportText.clauseListEnds.contains($0) }) else { return nil }
                return next
            }
            func namesNoPart() -> Bool { ["预算执行率", "执行率"].contains(r.label.replacing(/^(?:全年|年度|本年度?|部门|单位|整体|总体)+/, with: "")) }
            // A rate that names the part it is of (基本支出执行率 r, 项目支出执行率 r): that part's spending over its own
            // budget, both stated before it; else the rate is left alone rather than set against another item's.
            var rateName = r.label.hasSuffix("执行率") ? String(r.label.dropLast(3)) : ""
            if rateName.hasSuffix("预算") { rateName.removeLast(2) }
            if !rateName.isEmpty, !namesNoPart(), !r.label.contains("到位"), let match = wordsReader.subjectMatch(in: rateName, weak: false),
               case let part = match.subject, vocabulary.identities.contains(where: { $0.parts.contains { $0.contains(part) } }) {
                // (A rate that names one project, 培训项目支出执行率, is of a budget or spending named so, not of another
                // project's: 农技推广项目预算 A，支出 B.)
                let owner = String(scalars: rateName.unicodeScalars.prefix(match.start))
                let named = wordsReader.isGeneric(owner) ? "" : owner
                let near = e.text.nearest(statements, upTo: k, before: r.position, within: 400).map { statements[$0] }
                func ofPart(_ measure: String) -> Statement? {
                    near.first { isAmount($0) && $0.subject == part && $0.measure == measure && $0.year == r.year && $0.body == nil }
                }
                // (Or, sections before it, the part's only spending and only budget there: 其中基本支出预算 …；项目支出预算 A，
                // 支出 B in the department's account, then, after the score table, 项目支出执行率为 r. Looked for once.)
                var farOnes: [Statement]? = nil
                func onlyOfPart(_ measure: String) -> Statement? {
                    if farOnes == nil {
                        farOnes = e.text.nearest(statements, upTo: k, before: r.position, within: 3000).map { statements[$0] }.filter {
                            isAmount($0) && $0.subject == part && $0.year == r.year && $0.body == nil
                        }
                    }
                    let found = farOnes!.filter { $0.measure == measure }
                    return found.count == 1 ? found[0] : nil
                }
                if let spent = ofPart("actual") ?? onlyOfPart("actual"), let budget = ofPart("budget") ?? onlyOfPart("budget"), budget.value != 0,
                   named.isEmpty || budget.label.contains(named) || spent.label.contains(named) {
                    nearbyRates.insert(k)
                    executionTerms[r.year, default: []].append((spent, budget))
                    add("execution-rate", "\(r.label) = 100 x \(spent.label) / \(budget.label) (\(r.year))", r, 100 * spent.value / budget.value,
                        r.halfUnit + ratioTolerance(spent, budget))
                }
                continue
            }
            guard var a = before.last(where: { $0.measure == "actual" && $0.year == r.year && !StatementReader.namesUnspentFunds($0.label) })
                    ?? spentRightAfter() else { continue }
            // (Not spending under the heading before the rate's own, when the rate's section states a budget of its own:
            // （一）… 实际支出 A …（二）高龄津贴。预算资金 B，…，执行率 r is no rate of A.)
            // (The same budget stated again in the rate's section, 全年预算 A in （一）预算执行情况, is no other project's.)
            if let heading = e.text.headingStart(atOrBefore: r.position), a.position < heading,
               case let earlier = statements[max(0, k - 12)..<k].filter({ $0.measure == "budget" && $0.position < heading && $0.year == r.year }),
               before.contains(where: { own in own.measure == "budget" && own.position >= heading && !earlier.contains { $0.value == own.value } }) {
                continue
            }
            // A rate over the funds received, not the budget (实际到位资金 B，…，实际支出 C，到位资金执行率 r): C over the
            // received funds stated before the spending; left alone when none is.
            if r.label.contains("到位") {
                if let received = before.last(where: { $0.subject == "funds_received" && $0.year == r.year && $0.position < a.position && $0.parent == nil }),
                   received.value != 0 {
                    nearbyRates.insert(k)
                    add("execution-rate", "\(r.label) = 100 x \(a.label) / \(received.label) (\(r.year))", r, 100 * a.value / received.value,
                        r.halfUnit + ratioTolerance(a, received))
                }
                continue
            }
            // (The department's whole spending named bare, 全年实际支出, beside a generic label, 全年预算数, is one item.)
            // (So is the department's budgeted revenue beside its spending: 部门预算收入 A，支出 B，预算执行率 r is B over A,
            // the money the budget gave it to spend.)
            // (And two generic labels, each named by its measure alone whatever subject the heading or the vocabulary gave it:
            // 实际支出 A，预算 B，预算执行率 r.)
            func isGeneric(_ st: Statement) -> Bool { st.rule == "bare-label" || st.rule == "heading-topic" }
            func isBudget(_ st: Statement) -> Bool {
                st.measure == "budget" && st.year == a.year
                    && (st.subject == a.subject || st.subject == nil && a.rule == "bare-label" || a.subject == nil && st.rule == "bare-label"
                        || st.subject == "revenue" && a.subject == "expenditure" || isGeneric(st) && isGeneric(a))
            }
            // (What was added to or cut from the budget in the year, 年中追加 215.00 万元, is no budget a rate is of; the
            // budget after it, 追加后预算, is: `adjustmentSign` names no sign for it.)
            func isAnAdjustment(_ st: Statement) -> Bool { StatementReader.adjustmentSign(of: st.label) != nil }
            var budgets = before.filter { isBudget($0) && !isAnItemOfAList($0, before: k) && !isAnAdjustment($0) }
            // (Spending named bare after the budget of its sentence is that budget's, whatever its subject: 项目全年预算 A，
            // 实际支出 B，执行率 r is B over A; after its stages, 项目年初预算 A0，调整后预算 A，…, the last. Not after two
            // things' budgets: 基本支出预算 A，项目支出预算 B，实际支出 C names no one of them.)
            if budgets.isEmpty, a.rule == "bare-label",
               case let others = before.filter({ $0.measure == "budget" && $0.year == a.year && $0.position < a.position && !isAnAdjustment($0) }),
               let last = others.last, others.allSatisfy({ $0.subject == last.subject }), last.parent == nil,
               !e.text.scalars[others[0].position..<r.position].contains("。") {
                budgets = [last]
            }
            // (A budget named by nothing but budget words, stated between the spending and the rate in the rate's sentence,
            // is that spending's when it is the only spending before the rate: 一般公共预算财政拨款支出 A。全年预算 B，执行率
            // r is A over B. Not after two things' spending: 基本支出 A，项目支出 B。全年预算 C names neither.)
            if budgets.isEmpty, a.parent == nil, before.filter({ $0.measure == "actual" && $0.year == a.year }).count == 1,
               let generic = before.last(where: { $0.measure == "budget" && $0.subject == nil && $0.year == a.year && $0.parent == nil
                   && $0.position > a.position && wordsReader.isGeneric($0.label) }),
               !e.text.scalars[generic.position..<r.position].contains("。") {
                budgets = [generic]
            }
            // (Or the budget right after the rate: 基本支出 A，执行率 r，基本支出全年预算数为 B.)
            let after = statements[(k + 1)..<min(statements.count, k + 3)].first {
                $0.role == .level && $0.unit == "万元" && $0.measure == "budget" && $0.subject != nil && $0.subject == a.subject && $0.year == a.year
                    && e.text.words(from: r.position, to: $0.position) < 40
            }
            // After the spending's 其中 parts and their shares (全年预算数 A。全年支出 B，其中：基本支出 …，占 …；项目支出 …，
            // 占 …。预算执行率 r), a rate no budget of the last part stands near is the whole's, over the budget just before it.
            // (Not a rate that names the part: 项目支出执行率.)
            // (Also when the part's budget was stated before the whole's spending, with the whole's budget: 部门预算总额 A，
            // 其中基本支出预算 …，项目支出预算 …。全年实际支出 B，其中基本支出 …，项目支出 …，预算执行率 r: B over A.)
            if after == nil, let p = a.parent, namesNoPart(), statements[p].role == .level, statements[p].measure == "actual",
               statements[p].year == a.year, statements[p].unit == a.unit, statements[p].parent == nil,
               budgets.isEmpty || budgets.allSatisfy({ $0.position < statements[p].position }) {
                let part = a, partsBudgets = budgets
                a = statements[p]
                budgets = e.text.nearest(statements, upTo: p, before: a.position, within: 80).prefix(6)
                    .map { statements[$0] }.filter { isAmount($0) && isBudget($0) }.reversed()
                if budgets.isEmpty && !partsBudgets.isEmpty { a = part; budgets = partsBudgets }
            }
            // (Of 其中 parts alone, their whole: 项目预算 620 万元，其中：…县级配套资金 258 万元。实际支出 603.94 万元; but the
            // part itself when the spending names it: 专项债券资金实际支出 after 其中：地方政府专项债券资金 ….)
            // (A 其中 part's spending against its own budget by name, not the whole's: 三个项目预算合计 A，其中：学前教育幼儿资助
            // 预算 a …。…其中：学前教育幼儿资助支出 b，执行率 r is b over a. Not past another project's budget: its section
            // may name its money alike, （一）…中央资金预算 … （二）…预算 B0。…其中：中央资金支出 ….)
            let ownByName = a.parent == nil ? nil : namedBudget(of: a, upTo: k).flatMap { isTheLastWholeBudget(before: a, upTo: k, from: $0) ? $0 : nil }
            guard let found = ownByName ?? budgets.last(where: { $0.parent == nil }) ?? namedBudget(of: a, upTo: k)
                      ?? budgets.last.map(wholeBudget(of:)) ?? after
                      ?? soleBudget(of: a) else { continue }
            // (The same item's budget as adjusted, stated after it and before the spending, is the budget the year ran on,
            // unless the rate names the initial one: 城乡低保资金预算 A，其中：…。全年追加预算 B，追加后预算 C。累计发放 D，
            // 预算执行率 r is D over C.)
            let b = r.label.contains("年初") ? found : before.last(where: {
                $0.position > found.position && $0.position < a.position && $0.parent == nil && $0.measure == "budget" && $0.stage == "adjusted"
                    && $0.subject == found.subject && $0.year == found.year && !isAnAdjustment($0)
            }) ?? found
            guard b.value != 0 else { continue }
            // (A project's total investment, 总投资, is the plan of its whole life: where the year's money is stated between
            // it and the spending under a name no budget word gives (本年度下达资金 B), the rate is of that, left alone.)
            // (An average per unit is none: 亩均投资 2,400 元.)
            if b.label.contains("总投资"), before.contains(where: { $0.position > b.position && $0.position < a.position && $0.parent == nil && $0.subject == nil
                && !StatementReader.namesAverage($0.label) }) {
                continue
            }
            // (An initial budget added to or cut before the spending, 项目年初预算 A，年中追加预算 B，实际支出 C，整体预算执行率 r:
            // r is C over the budget as it stood, A + B, unless the rate names the initial budget. So is a budget of no
            // stage, the initial one by where it stands: 项目预算 A，年中追加 B，实际支出 C. Not what the budget holds,
            // 部门预算 A，含年中追加 B.)
            // (An addition in the year is the budget's whatever measure its subject gave it: 年中追加项目经费 A is no spending.)
            // (A part's own only: 项目预算 A，其中：中央资金 a，县级资金 c。年中追加县级资金 x adds to c and to A, not to a.)
            let adjustments = b.stage == "adjusted" || r.label.contains("年初") ? [] : before.filter {
                $0.position > b.position && $0.position < a.position && $0.parent == nil && $0.year == a.year && isAnAdjustment($0)
                    && ($0.measure == "budget" || StatementReader.namesAnInYearAdjustment($0.label))
                    && !["含", "包含", "包括", "其中"].contains(where: $0.label.hasPrefix)
                    && (b.parent == nil || $0.label.contains(b.label))
            }
            // (So is a part's budget as adjusted, stated after the whole's and before the spending: it changes the whole by as
            // much. 部门预算 A，其中：基本支出 a，项目支出 p。项目支出调整后预算 p'。全年实际支出 B，预算执行率 r is B over
            // A + p' - p; left alone when the budget so adjusted is of no part the whole names.)
            let parts = before.filter { $0.parent.map { statements[$0].position == b.position } == true && $0.measure == "budget" }
            let adjustedParts = b.stage == "adjusted" || r.label.contains("年初") ? [] : before.filter {
                $0.position > b.position && $0.position < a.position && $0.parent == nil && $0.year == a.year && $0.measure == "budget"
                    && $0.stage == "adjusted" && !isAnAdjustment($0)
            }
            let replaced = adjustedParts.map { adjusted in
                (part: parts.last { $0.subject.map { $0 == adjusted.subject } ?? (!$0.label.isEmpty && adjusted.label.hasPrefix($0.label)) }, adjusted: adjusted)
            }.compactMap { found in found.part.map { (part: $0, adjusted: found.adjusted) } }
            guard replaced.count == adjustedParts.count else { continue }
            let budget = b.value + adjustments.reduce(0) { $0 + StatementReader.adjustmentSign(of: $1.label)! * $1.value }
                + replaced.reduce(0) { $0 + $1.adjusted.value - $1.part.value }
            guard budget != 0 else { continue }
            nearbyRates.insert(k)
            // (The terms as one budget and its spending, for the balances after them: not a budget that is a sum.)
            if adjustments.isEmpty && replaced.isEmpty {
                executionTerms[r.year, default: []].append((a, b))
                if r.subject == "execution_rate", a.parent == nil { ownRatesTerms[r.year, default: []].append((a, b)) }
            }
            let budgetTerms = [b] + adjustments + replaced.flatMap { [$0.adjusted, $0.part] }
            let named = ([b] + adjustments).map(\.label).joined(separator: " + ") + replaced.map { " + \($0.adjusted.label) - \($0.part.label)" }.joined()
            add("execution-rate", "\(r.subject == nil ? r.label : "execution_rate") = 100 x \(a.label) / \(named) (\(r.year))", r,
                100 * a.value / budget, r.halfUnit + ratioTolerance(a, over: budget, halfUnit: budgetTerms.reduce(0) { $0 + $1.halfUnit }))
        }
        // A rate defined in words right after it (资金支付率 87.46%（实际支付/到位资金）): 100 x the amount so named over
        // the other, each the last level of the year stated before it within a paragraph's reach whose label is the
        // name (or ends with it: 项目实际支付 for 实际支付).
        // (By index: a pass that copied every statement would cost a retain of each of its strings.)
        for k in statements.indices where statements[k].rule == "rate-defined" && statements[k].role == .level && statements[k].body == nil {
            let r = statements[k]
            let s = e.text.scalars
            var end = r.position
            while end < s.count, ReportText.inNumber(s, end) { end += 1 }
            guard let ratio = StatementReader.wordedRatio(s, after: end) else { continue }
            // (Or, when the text states them after it, the first so named in the sentence after: 资金支付率 87.46%（实际支付/
            // 到位资金），到位资金 528.60 万元，实际支付 462.30 万元.)
            func isTerm(_ st: Statement) -> Bool { st.role == .level && st.unit == "万元" && st.year == r.year && st.body == nil }
            let before = e.text.nearest(statements, upTo: k, before: r.position, within: 160).map { statements[$0] }.filter(isTerm)
            let after = statements[(k + 1)..<min(statements.count, k + 6)].filter { isTerm($0) && e.text.words(from: r.position, to: $0.position) < 40 }
            func named(_ name: String) -> Statement? {
                func isNamed(_ st: Statement) -> Bool { st.label == name || st.label.hasSuffix(name) || st.label.count >= 2 && name.hasSuffix(st.label) }
                return before.first(where: isNamed) ?? after.first(where: isNamed)
            }
            guard let a = named(ratio.numerator), let b = named(ratio.denominator), a.position != b.position, b.value != 0 else { continue }
            add("defined-rate", "\(r.label) = 100 x \(a.label) / \(b.label) (\(r.year))", r, 100 * a.value / b.value, r.halfUnit + ratioTolerance(a, b))
        }
        // A rate of adjustment (年中追加预算 235.50 万元，预算调整率 10.80%): what was added over the budget, both stated
        // before it within a paragraph's reach; a rate of carry-over (年末结转和结余 46.68 万元，结转结余率 1.93%): what
        // was carried over, stated right before it, over the budget. Budget offices define the adjustment's base as
        // the initial budget or the whole year's; either one the text states answers it.
        // (An adjustment by the reader's words for one, 追加 / 调增 / 核减 …, or a 年中调整 that is not the adjusted whole:
        // 调整后预算, 全年预算 and 调整预算, the budget as adjusted, are the whole; 年中调整预算 is what was adjusted.)
        func isAdjustment(_ st: Statement) -> Bool {
            st.stage == "added" || StatementReader.adjustmentSign(of: st.label) != nil
                || st.label.contains("调整") && !["调整后", "全年"].contains(where: st.label.contains)
                    && (!st.label.contains("调整预算") || st.label.contains("年中"))
        }
        // An adjustment stated as the difference (年初预算数 A，全年预算数 B，预算调整数 C): the whole year's budget less
        // the initial one, both stated right before it.
        for (k, r) in statements.enumerated() where r.role == .level && r.body == nil && !r.isTableCell && r.measure == "adjustment" {
            let before = statements[max(0, k - 3)..<k].filter {
                $0.role == .level && $0.unit == "万元" && $0.year == r.year && $0.body == nil && $0.measure == "budget"
                    && e.text.words(from: $0.position, to: r.position) < 60
            }
            // (Or the whole year's stated earlier, in the paragraph before: 全年预算数 B，全年执行数 …。预算调整率：年初预算数
            // A，预算调整数 C.)
            func isWhole(_ st: Statement) -> Bool {
                st.role == .level && st.unit == "万元" && st.year == r.year && st.body == nil && st.parent == nil && st.measure == "budget"
                    && st.stage == "adjusted" && !isAdjustment(st)
            }
            guard let initial = before.last(where: { $0.stage == "initial" }),
                  let whole = before.last(where: { isWhole($0) && $0.position > initial.position })
                      ?? e.text.nearest(statements, upTo: k, before: initial.position, within: 160).lazy.map({ statements[$0] }).first(where: isWhole),
                  initial.subject == whole.subject else { continue }
            add("adjustment", "\(r.label) = \(whole.label) - \(initial.label) (\(r.year))", r, whole.value - initial.value,
                r.halfUnit + whole.halfUnit + initial.halfUnit)
        }
        for (k, r) in statements.enumerated() where r.role == .level && r.body == nil && !r.isTableCell
            && (r.measure == "adjustment_rate" || r.measure == "carryover_rate") {
            let before = e.text.nearest(statements, upTo: k, before: r.position, within: 160).map { statements[$0] }
                .filter { $0.role == .level && $0.unit == "万元" && $0.year == r.year && $0.body == nil }
            let budgets = before.filter { $0.measure == "budget" || $0.label.contains("预算") }.filter { $0.parent == nil && !isAdjustment($0) }
            if r.measure == "adjustment_rate" {
                guard let added = before.first(where: isAdjustment) else {
                    // (No adjustment stated, the adjusted budget against the initial one: 年初预算 A，调整预算 B，预算调整率 r is
                    // 100 x (B - A) / A.)
                    if let whole = budgets.first(where: { $0.stage == "adjusted" }),
                       let initial = budgets.first(where: { $0.stage == "initial" && $0.position < whole.position && $0.subject == whole.subject }),
                       initial.value != 0 {
                        let added = whole.value - initial.value
                        add("adjustment-rate", "\(r.label) = 100 x (\(whole.label) - \(initial.label)) / \(initial.label) (\(r.year))", r,
                            100 * added / initial.value,
                            r.halfUnit + ratioTolerance(added, halfUnit: whole.halfUnit + initial.halfUnit, over: initial.value, halfUnit: initial.halfUnit))
                    }
                    continue
                }
                let bases = budgets.filter { $0.position < added.position && $0.value != 0 }
                guard let base = bases.min(by: { abs(100 * added.value / $0.value - r.value) < abs(100 * added.value / $1.value - r.value) }) else { continue }
                add("adjustment-rate", "\(r.label) = 100 x \(added.label) / \(base.label) (\(r.year))", r, 100 * added.value / base.value,
                    r.halfUnit + ratioTolerance(added, base))
            } else {
                // The whole budget: not another item's (政府采购预算, “三公”经费预算), stated near, else the last before;
                // named by a generic label, 全年预算数 or the department's own (部门预算, 单位预算总额).
                // (Past the adjustment's word before the name: 调整后全年预算数.)
                func whole(_ b: Statement) -> Bool {
                    guard b.stage != "initial", !b.label.contains("年初") else { return false }
                    if let subject = b.subject { return ["expenditure", "revenue", "appropriation"].contains(subject) }
                    let name = b.label.hasPrefix("调整后") ? String(b.label.dropFirst(3)) : b.label
                    return name.hasPrefix("全年") || name.contains("预算") && name.firstMatch(of: /^(?:本?年度)?(?:部门|单位)(?:整体)?预算(?:数|总额)?$/) != nil
                }
                func wholeBudget(_ b: Statement) -> Bool {
                    guard b.role == .level, b.unit == "万元", b.year == r.year, b.body == nil, b.parent == nil else { return false }
                    return (b.measure == "budget" || b.label.contains("预算")) && whole(b)
                }
                let earlier = (max(0, k - 200)..<k).reversed().lazy.map { statements[$0] }.first(where: wholeBudget)
                // (The balance is stated right before the rate, or right before the budget stated before it: 年末结转结余
                // 资金 C，全年预算 A，结转结余率 r.)
                guard let carried = before.prefix(2).first(where: { $0.subject == "carryover" }),
                      let budget = budgets.first(where: whole) ?? earlier, budget.value != 0 else { continue }
                add("carryover-rate", "\(r.label) = 100 x \(carried.label) / \(budget.label) (\(r.year))", r, 100 * carried.value / budget.value,
                    r.halfUnit + ratioTolerance(carried, budget))
            }
        }
        // A saving (节约资金 2.64 万元) and its rate (节约率 3.11%) after a budget and an actual stated right before them
        // (政府采购预算 85.00 万元，实际采购 82.36 万元): the budget less the actual, and that over the budget.
        // So is a project's unspent balance (全年预算数 900 万元，执行数 873.90 万元。项目结余资金 26.10 万元) after the
        // budget and the actual of one item (not a final account's 年末结转和结余, which carries over more than that).
        // (In a performance evaluation, whose accounts are the year's budget and its execution, the balance at the year's
        // end is what of that budget was left: 全年预算数 A，全年执行数 B，…。年末结转结余资金 C.)
        // (Not where the report gives its accounts' grand totals, 支出总计 A，其中：本年支出 B，年末结转和结余 C: that balance
        // is the accounts', the balance carried in besides.)
        let evaluatesTheBudgetsExecution = e.heading.text.contains("绩效")
        let yearsOfAccounts = Set(statements.filter {
            $0.role == .level && $0.body == nil && ["revenue", "expenditure"].contains($0.subject) && vocabulary.isGrandTotal($0.label)
        }.map(\.year))
        for (k, r) in statements.enumerated() where r.role == .level && r.body == nil && !r.isTableCell
            && (r.measure == "saving" || r.measure == StatementReader.NamedRate.saving.rawValue || StatementReader.namesUnspentFunds(r.label)
                || StatementReader.namesReceivedUnspentFunds(r.label)
                || evaluatesTheBudgetsExecution && r.subject == "carryover" && r.unit == "万元" && Self.balanceDate(r.label) != "start"
                    && !yearsOfAccounts.contains(r.year)) {
            let before = statements[max(0, k - 4)..<k].filter {
                $0.role == .level && $0.unit == "万元" && $0.year == r.year && $0.body == nil && e.text.words(from: $0.position, to: r.position) < 60
            }
            // Funds received and not yet spent (已到位未支出资金 C; 结余资金 C，为已到位未兑付的资金): the funds received
            // stated before them less the spending, not the budget less it.
            if StatementReader.namesReceivedUnspentFunds(r.label) || StatementReader.saysReceived(e.text.scalars, after: r.position) {
                guard let a = before.last(where: { $0.measure == "actual" && $0.subject != "funds_received" }) else { continue }
                func isReceived(_ st: Statement) -> Bool {
                    st.role == .level && st.subject == "funds_received" && st.year == r.year && st.unit == "万元" && st.parent == nil
                        && st.body == nil && st.position < a.position
                }
                // (All the funds received, not one source's: 项目资金实际到位 A … 县级配套资金到位 a. The whole is the largest.)
                guard let q = e.text.nearest(statements, upTo: k, before: r.position, within: 400).filter({ isReceived(statements[$0]) })
                        .max(by: { statements[$0].value < statements[$1].value }) else { continue }
                let received = statements[q]
                add("saving", "\(r.label) = \(received.label) - \(a.label) (\(r.year))", r, received.value - a.value,
                    r.halfUnit + received.halfUnit + a.halfUnit)
                continue
            }
            // (Or the project's one budget of the year stated further back, its sources' shares between: 项目资金 A，其中：
            // 中央资金 …，占 70%；…。项目实际支出 B，预算执行率 r；结余资金 C.)
            let unspent = r.measure != "saving" && r.measure != StatementReader.NamedRate.saving.rawValue
            // (Or, for unspent funds stated sections later, the spending and budget of the year's execution rate when the
            // report has one: 全年预算数 A，全年执行数 B，预算执行率 r …。结余资金 C 结转至下年.)
            func termsOfTheExecutionRate() -> (actual: Statement, budget: Statement)? {
                guard unspent, let terms = executionTerms[r.year], let first = terms.first, first.actual.position < r.position,
                      terms.allSatisfy({ $0.actual.position == first.actual.position && $0.budget.position == first.budget.position }) else { return nil }
                return first
            }
            // (Past the parts of the rate's spending stated after it, 其中：基本支出 a，项目支出 b: the balance is the whole's.)
            func onlyTheRatesSpending(_ terms: (actual: Statement, budget: Statement)) -> Bool {
                before.allSatisfy { $0.measure != "actual" || $0.subject == "funds_received" || $0.position == terms.actual.position
                    || $0.parent.map { statements[$0].position == terms.actual.position } == true }
            }
            let yearEndBalance = !StatementReader.namesUnspentFunds(r.label) && r.subject == "carryover"
            // (The whole's balance, stated as such: not a project's, 项目结余资金, nor a part opened by 其中 after the rate.)
            let statedAsTheWholes = !r.label.hasPrefix("项目") && {
                let s = e.text.scalars, from = (max(0, r.position - 12)..<r.position).last { "，,；;。：:\n".unicodeScalars.contains(s[$0]) } ?? max(0, r.position - 12)
                return !s.string(from..<min(s.count, r.position + 2)).contains("其中")
            }()
            let a: Statement, part: Statement
            var ofTheRate = false
            // (The budget of the spending's own item, when it has one: not another's money stated last, 社会捐赠 400 万元 under
            // the project's total investment before 财政奖补资金实际支出.)
            // (The rate stated last before the balance: a long report that repeats its body gives each its own.)
            // (Or sections after the rate, at the head of a section of its own, （四）结余情况。年末结转结余 C: what the sections
            // between state is none of it; unless a balance carried in is stated between, the balance then also of that.)
            func opensABalanceSection(after terms: (actual: Statement, budget: Statement)) -> Bool {
                // (The heading is all that stands before the balance in its section: its line, or its words up to a stop.)
                // (The year's one execution rate: with several, a project's may be the last before the department's balance.)
                // (Its position is the amount's, after its label.)
                guard let h = e.text.headingStart(atOrBefore: r.position), h > terms.actual.position, r.position - h <= 16 + r.label.count,
                      executionTerms[r.year]?.allSatisfy({ $0.actual.position == terms.actual.position || $0.actual.position > r.position }) == true,
                      let label = e.text.scalars.string(h..<r.position).range(of: r.label)
                else { return false }
                let heading = e.text.scalars.string(h..<r.position)[..<label.lowerBound]
                return (heading.contains("结余") || heading.contains("结转")) && !heading.contains(where: { "，,；;".contains($0) })
                    && !statements[..<k].reversed().prefix { $0.position > terms.actual.position }.contains { $0.subject == "carryover" && Self.balanceDate($0.label) == "start" }
            }
            if yearEndBalance, let terms = ownRatesTerms[r.year]?.filter({ $0.actual.position < r.position }).max(by: { $0.actual.position < $1.actual.position }),
               onlyTheRatesSpending(terms) || opensABalanceSection(after: terms) {
                (a, part) = terms
                ofTheRate = true
            } else if let actual = before.last(where: { $0.measure == "actual" && !StatementReader.namesUnspentFunds($0.label) }),
               let budget = before.last(where: { $0.measure == "budget" && $0.position < actual.position && (actual.subject == nil || $0.subject == actual.subject)
                   && !isAnItemOfAList($0, before: k) })
                ?? soleBudget(of: actual) {
                (a, part) = (actual, budget)
                // (The terms an execution rate divided are one item's, whatever names they go by: 全年预算数 A，全年执行数
                // B，预算执行率 r，结余资金 C.)
                ofTheRate = statedAsTheWholes
                    && executionTerms[r.year]?.contains { $0.actual.position == actual.position && $0.budget.position == budget.position } == true
            } else if let terms = termsOfTheExecutionRate(), onlyTheRatesSpending(terms) {
                // (Also right after the rate's own spending, its budget further back: 调整后预算 A。…实际支出 B，预算执行率 r，
                // 结余资金 C.)
                (a, part) = terms
                ofTheRate = statedAsTheWholes
            } else { continue }
            // (The whole budget, not its last 其中 part: 项目预算 620 万元，其中：…县级配套资金 258 万元。实际发放 603.94 万元，结余 16.06 万元.)
            let b = wholeBudget(of: part)
            guard b.value != 0 else { continue }
            // (The unspent funds only of the one item whose budget and spending they follow.)
            // (The rate's own terms are one item's, whatever names they go by: 全年执行数 over 调整后全年预算数.)
            if unspent && !ofTheRate && (a.subject == nil || a.subject != b.subject) { continue }
            if r.measure != StatementReader.NamedRate.saving.rawValue {
                add("saving", "\(r.label) = \(b.label) - \(a.label) (\(r.year))", r, b.value - a.value, r.halfUnit + b.halfUnit + a.halfUnit)
            } else {
                add("saving-rate", "\(r.label) = 100 x (\(b.label) - \(a.label)) / \(b.label) (\(r.year))", r, 100 * (b.value - a.value) / b.value,
                    r.halfUnit + ratioTolerance(a, b))
            }
        }
        // A balance carried out after the balance carried in, the year's revenue and its spending, one after another
        // in a sentence (年初结转和结余 A，本年收入 B，本年支出 C，年末结转和结余 D): D = A + B - C.
        for k in statements.indices.dropFirst(3) where statements[k].role == .level && statements[k].subject == "carryover"
            && Self.balanceDate(statements[k].label) == "end" && statements[k].unit == "万元" && statements[k].body == nil && !statements[k].isTableCell {
            let end = statements[k], (start, revenue, spending) = (statements[k - 3], statements[k - 2], statements[k - 1])
            func inLine(_ st: Statement) -> Bool {
                st.role == .level && st.unit == "万元" && st.year == end.year && st.body == nil && st.parent == nil && !st.isTableCell
                    && e.text.words(from: st.position, to: end.position) < 60
            }
            guard [start, revenue, spending].allSatisfy(inLine), start.subject == "carryover", Self.balanceDate(start.label) == "start",
                  revenue.label.hasSuffix("收入"), spending.label.hasSuffix("支出") else { continue }
            add("balance", "\(end.label) = \(start.label) + \(revenue.label) - \(spending.label) (\(end.year))", end,
                start.value + revenue.value - spending.value, end.halfUnit + start.halfUnit + revenue.halfUnit + spending.halfUnit)
        }
        // The gap between two levels the text states (本年总支出大于总收入 465.63 万元): the larger less the smaller.
        for st in statements where st.rule == "gap" {
            guard let a = st.about, let b = st.less else { continue }
            add("gap", "\(st.label) = \(statements[a].label) - \(statements[b].label) (\(st.year))", st, statements[a].value - statements[b].value,
                st.halfUnit + statements[a].halfUnit + statements[b].halfUnit)
        }
        // A table row's score against its weight times its 得分系数 (指标权重 20, 得分系数 80%: 16 分).
        for c in statements where c.measure == "coefficient" {
            guard let k = c.about, let w = fullMarks[k].map({ statements[$0] }) else { continue }
            let score = statements[k]
            add("score-coefficient", "\(score.label) = weight \(DecimalText.shortest(w.value)) x 得分系数 \(DecimalText.shortest(c.value))% (\(score.year))", score,
                w.value * c.value / 100, score.halfUnit + w.value * c.halfUnit / 100)
        }
        // A table row's 得分率 against its score over its weight (分值 25, 得分 22.4: 89.60%).
        for i in statements.indices where statements[i].measure == "score_rate" {
            let c = statements[i]
            guard let k = c.about, let w = fullMarks[k].map({ statements[$0] }), w.value != 0 else { continue }
            let score = statements[k]
            add("score-rate", "\(score.label) 得分率 = 100 x \(DecimalText.shortest(score.value)) / \(DecimalText.shortest(w.value)) (\(score.year), %)", c,
                100 * score.value / w.value, c.halfUnit + 100 * slack(score) / w.value)
        }
        // The scanners' own checks: each result is `about` the second of its two terms, which stand right before it.
        // (The second may be the report's first statement, 采购项目 3,286 个，比上年增加 412 个，增长 14.34% opening it: then
        // no term stands before it, and only a check that needs none is made.)
        let noTerm = Statement(key: "", subject: nil, measure: nil, stage: nil, label: "", year: 0, role: .level, value: 0, unit: "",
                               decimals: 0, position: 0, offset: 0, snippet: .empty, rule: "")
        for st in statements {
            guard let a = st.about else { continue }
            let first = a > 0 ? statements[a - 1] : noTerm, second = statements[a]
            func short(_ x: Statement) -> String { DecimalText.shortest(x.value) }
            switch st.rule {
            case "target-completion" where first.rule == "target-plan" && first.value != 0:
                // A performance target's completion rate (计划 120 公里，实际完成 126 公里，完成率 105%): 100 x actual / plan.
                // (A plan is set, not measured: only the achieved value and the rate are rounded.)
                // (What was counted named apart, the bands of a satisfaction degree, 非常满意 + 满意: by those names.)
                let text = second.label == first.label ? "\(first.label) completion = 100 x actual \(short(second)) / plan \(short(first)) \(first.unit) (%)"
                    : "\(first.label) share = 100 x (\(second.label)) \(short(second)) / \(short(first)) \(first.unit) (%)"
                add(st.rule, text, st,
                    100 * second.value / first.value, st.halfUnit + 100 * second.halfUnit / first.value)
            case "point-change" where st.measure == "move" && first.measure == "from":
                // A rate's move in percentage points (由 91.2% 提高到 94.5%，提高 3.3 个百分点): the later less the earlier.
                add(st.rule, "\(first.label) \(short(second)) - \(short(first))% (percentage points)", st,
                    second.value - first.value, st.halfUnit + second.halfUnit + first.halfUnit)
            case "quantity-move" where st.measure == "move" && first.measure == "from":
                // A count's move (由 312 辆减少到 286 辆，减少 26 辆): the later less the earlier.
                add(st.rule, "\(first.label) \(short(second)) - \(short(first)) \(st.unit)", st,
                    second.value - first.value, st.halfUnit + second.halfUnit + first.halfUnit)
            case "quantity-move" where st.measure == "move-percent" && first.measure != "from" && second.measure == "to":
                // Without the earlier count, after the move itself (3,286 个，比上年增加 412 个，增长 14.34%): 100 x move /
                // (later - move).
                guard a + 1 < statements.count, case let move = statements[a + 1], move.measure == "move", move.about == a,
                      second.value - move.value != 0 else { continue }
                let base = second.value - move.value
                add(st.rule, "\(second.label) 100 x \(short(move)) / (\(short(second)) - \(short(move))) (%)", st, 100 * move.value / base,
                    st.halfUnit + 100 * (move.halfUnit / abs(base) + abs(move.value) * (second.halfUnit + move.halfUnit) / (base * base)))
            case "quantity-move" where st.measure == "move-percent" && first.measure == "from" && first.value != 0:
                // Or its percent (比上年 10,000 人次增长 20.00%): 100 x (later - earlier) / earlier.
                add(st.rule, "\(first.label) 100 x (\(short(second)) - \(short(first))) / \(short(first)) (%)", st,
                    100 * (second.value - first.value) / first.value,
                    st.halfUnit + 100 * (second.halfUnit + first.halfUnit) / first.value + 100 * abs(second.value - first.value) * first.halfUnit / (first.value * first.value))
            case "average" where first.rule == "average-term":
                // An average per unit (车均运行维护费 2.10 万元 after 12.60 万元 and 6 辆): the amount over the count.
                add(st.rule, "\(st.label) = \(short(first)) 万元 / \(short(second)) \(second.unit)", st, first.value / second.value,
                    st.halfUnit + first.halfUnit / second.value + first.value * second.halfUnit / (second.value * second.value))
            case "standard-sum" where first.rule == "standard-term":
                // A sum paid at a standard per unit (2,356 人，每人每月 80 元，发放资金 226.18 万元): count x standard
                // (the count already times the periods a year the standard names).
                add("standard", "\(st.label) = \(short(first)) x \(short(second)) 万元", st, first.value * second.value,
                    st.halfUnit + first.halfUnit * second.value + first.value * second.halfUnit)
            case "product-result" where first.rule == "product-term":
                // A figure worked out inline as a weight times a rate (得分：10×95%=9.5 分): weight x rate / 100, the weight
                // exact (set by the rules).
                add("formula", "\(st.label) = \(short(first)) x \(short(second))% (\(st.year))", st, first.value * second.value / 100,
                    st.halfUnit + abs(first.value) * second.halfUnit / 100)
            case "formula-result" where first.rule == "formula-term":
                // A rate worked out inline (预算执行率=1,298.60/1,352.40×100%=96.02%): 100 x numerator / denominator.
                add("formula", "\(st.label) = 100 x \(short(first)) / \(short(second)) (%)", st,
                    100 * first.value / second.value, st.halfUnit + ratioTolerance(first, second))
            default:
                break
            }
        }
        // A table's row of a quantity and the money allocated to it (| A县 | 2,040 | 1,020 | under 养护里程（公里） and 补助资金
        // （万元）) where the text states one standard per that unit (补助标准为每公里每年 0.5 万元): the money is the quantity
        // times the standard, taken as exact (a rate set by rule).
        var standards: [String: Double?] = [:]   // by unit, looked for once
        func standard(per unit: String) -> Double? {
            if let known = standards[unit] { return known }
            let found = Self.standardPerUnit(of: unit, in: e.text.scalars)
            standards[unit] = .some(found)
            return found
        }
        var row = statements.startIndex
        while row < statements.endIndex {
            var end = row + 1
            while end < statements.endIndex, statements[end].isTableCell, statements[end].snippet == statements[row].snippet { end += 1 }
            defer { row = end }
            guard statements[row].isTableCell else { continue }
            let cells = statements[row..<end]
            guard let quantity = cells.first(where: { TableReader.quantityUnits.contains($0.unit) && $0.role == .level }),
                  let money = cells.first(where: { $0.unit == "万元" && $0.role == .level && $0.body == nil }) else { continue }
            guard let standard = standard(per: quantity.unit), standard > 0 else { continue }
            add("standard", "\(money.label) = \(DecimalText.shortest(quantity.value)) \(quantity.unit) x \(DecimalText.shortest(standard)) 万元 (\(money.year))", money,
                quantity.value * standard, money.halfUnit + quantity.halfUnit * standard)
        }
        // A closing sum of scores (以上三项指标满分 50 分，共得 46.5 分) against the last so many scores (or full marks)
        // stated before it, each indicator once: a sub-indicator's score is in its section's. The indicators may each
        // have a paragraph under a heading of its own ((一)…(五), then 以上五项指标…): they are looked for back to the
        // total score or the closing sum before, within a few paragraphs.
        for (k, st) in statements.enumerated() {
            guard let n = st.summedScores else { continue }
            var summed: [Statement] = []
            for p in statements[..<k].reversed() {
                if summed.count == n || p.summedScores != nil && p.role == st.role || p.subject == "score_total" && p.role == .level
                    || e.text.words(from: p.position, to: st.position) > 1_000 { break }
                guard p.unit == "分", p.role == st.role, p.summedScores == nil, p.subject != "score_total", !p.isTableCell,
                      p.parent.map({ statements[$0].unit == "分" && statements[$0].subject != "score_total" }) != true else { continue }
                summed.append(p)
            }
            guard summed.count == n else { continue }
            add("score-sum", "\(st.label) = " + summed.reversed().map(\.checkName).joined(separator: " + ") + " (\(st.year))",
                st, summed.reduce(0) { $0 + $1.value }, Self.slack(st) + summed.reduce(0) { $0 + Self.slack($1) })
        }
        // A heading's score and full marks (（一）产出指标（40 分），得 36 分) against those of the headings numbered under it
        // (1.数量指标（15 分），得 15 分 … 4.成本指标（5 分），得 5 分): their sums, when they are numbered from 1 on and
        // every one states its own.
        // (Each named by its heading's title, 2.效益指标：满分 30 分 under a label the reader may have left empty.)
        func title(_ h: Int) -> String {
            let s = e.text.scalars, from = StatementReader.enumerationEnd(s, from: h) ?? h
            var words = s.string(from..<((from..<min(s.count, from + 30)).first { "（(：:，,。；".unicodeScalars.contains(s[$0]) || StatementReader.isDigit(s[$0]) } ?? from))
            // (社会效益指标满分 20 分: the indicator, not its marks.)
            for word in ["满分", "分值", "得分"] where words.hasSuffix(word) { words.removeLast(word.count) }
            return words
        }
        for check in Self.headingScores(statements, text: e.text) {
            let parent = statements[check.heading.statement], parts = check.parts.map { statements[$0.statement] }
            add("section-score", "\(title(check.heading.start))\(parent.role == .weight ? " marks" : "") (\(parent.year)) = "
                    + check.parts.map { title($0.start) }.joined(separator: " + "),
                parent, parts.reduce(0) { $0 + $1.value }, Self.slack(parent) + parts.reduce(0) { $0 + Self.slack($1) })
        }
        // A section's score (or full marks) stated in words, 产出指标得分 48.75 分, against its block of rows in a score table
        // that gives the section no 小计 of its own (the rows under 产出指标 in the 一级指标 column): their sum.
        var sectionRows: [String: [Statement]] = [:]
        for st in statements where st.isTableCell {
            if let section = st.scoreSection { sectionRows["\(section)|\(st.role == .weight)|\(st.year)", default: []].append(st) }
        }
        if !sectionRows.isEmpty {
            let subtotalled = Set(statements.filter { $0.isTableCell && $0.scoreSection == nil }.compactMap { st in
                st.subject.map { "\($0)|\(st.role == .weight)|\(st.year)" } })
            for st in statements where !st.isTableCell && (st.role == .level || st.role == .weight) && st.unit == "分" {
                guard let subject = st.subject, case let key = "\(subject)|\(st.role == .weight)|\(st.year)", !subtotalled.contains(key),
                      let rows = sectionRows[key], rows.count >= 2 else { continue }
                add("section-score", "\(subject)\(st.role == .weight ? " marks" : "") (\(st.year)) = " + rows.map(\.label).joined(separator: " + "),
                    st, rows.reduce(0) { $0 + $1.value }, Self.slack(st) + rows.reduce(0) { $0 + Self.slack($1) })
            }
        }
        // A table row's execution rate (年度资金总额 | 1,350.00 | 1,296.00 | 96%): the row's actual over its budget,
        // the adjusted one (全年, 调整后) where the row has two.
        for r in statements where r.role == .level && r.isTableCell && (r.subject == "execution_rate" || r.measure == "rate") {
            let row = rowCells(r.snippet, near: r.offset, within: 400).filter { $0.year == r.year }
            let budgets = row.filter { $0.measure == "budget" }
            guard let a = row.first(where: { $0.measure == "actual" }),
                  let b = budgets.first(where: { $0.stage == "adjusted" }) ?? (budgets.count == 1 ? budgets.first : nil), b.value != 0 else { continue }
            add("execution-rate", "\(r.subject == nil ? r.label + " " : "")execution_rate = 100 x \(a.label) \(a.measure ?? "") / \(b.label) \(b.stage ?? "") budget (\(r.year))", r,
                100 * a.value / b.value, r.halfUnit + ratioTolerance(a, b))
        }
        let executionWeights = Positioned(statements.indices.filter { statements[$0].role == .weight && statements[$0].subject == "score_budget_execution" },
                                          of: statements)
        let smallestExecutionWeight = executionWeights.map(\.value).min()
        // (Looked for once, and only where some execution score has no full marks to go by.)
        let marksOffPerPointStated = executionWeights.isEmpty && statements.contains { $0.subject == "score_budget_execution" && $0.role == .level }
            && StatementReader.deductionPerPoint(e.text.scalars.string(0..<e.text.scalars.count)) != nil
        var checkedDeductions: Set<Int> = []
        for y in years {
            // Execution rate = final / budget of the appropriation.
            if let r = level(subject: "execution_rate", year: y, measure: nil) ?? statements.first(where: { $0.subject == "execution_rate" && $0.year == y }),
               let f = level(subject: "appropriation", year: y, measure: "actual"), f.measure == "actual",
               let b = level(subject: "appropriation", year: y, measure: "budget"), b.measure == "budget", b.value != 0,
               !nearbyRates.contains(where: { statements[$0].position == r.position }) {
                add("execution-rate", "execution_rate = 100 x appropriation_final / appropriation_budget (\(y))", r, 100 * f.value / b.value,
                    r.halfUnit + ratioTolerance(f, b))
            }
            // Execution score = weight x execution rate: the rate's own score, the one with the smallest full marks (a
            // 预算执行情况 section of 20 points over the rate's 10, 调整率's 5 … adds its parts up; it is no rate's score).
            guard let rate = statements.first(where: { $0.subject == "execution_rate" && $0.year == y && $0.role == .level }) else { continue }
            for score in statements where score.role == .level && score.subject == "score_budget_execution" && score.year == y {
                // Its own full marks: the weight stated last before it (（分值20分，得分18.6分）), not a later one's.
                // (Not a section's: 预算执行（25 分）, named without the rate and worth more than the rate's 10 points
                // under the evaluation rules, adds up its indicators' scores.)
                // (No full marks stated for it anywhere: the rules' 10 points, scored in proportion to the rate, for a
                // score written with decimals below them. A whole number may be a band's, 执行率 95% 以上得 10 分, 90%-95%
                // 得 8 分, and a rule of points off per point short needs its marks.)
                if executionWeights.isEmpty {
                    if score.decimals > 0, score.value < executionRateFullMarks, rate.value <= 100, !marksOffPerPointStated {
                        add("score-weight", "score_budget_execution = \(DecimalText.shortest(executionRateFullMarks)) (the rules' full marks) x execution_rate / 100 (\(y))", score,
                            executionRateFullMarks * rate.value / 100, score.halfUnit + executionRateFullMarks * rate.halfUnit / 100)
                    }
                    continue
                }
                guard let w = executionWeights.last(before: score.position) ?? executionWeights.last,
                      w.value <= (smallestExecutionWeight ?? w.value),
                      w.label.isEmpty || w.label.contains("率") || w.value <= executionRateFullMarks else { continue }
                // (Or by a rule of so many points off for each percentage point short of 100% (or of the rate the full
                // marks are earned at, ≥95%得 10 分), stated after the marks: 按每低于 100% 一个百分点扣 0.2 分计算，扣 1.13 分，
                // 得 8.87 分: the marks less that many points per point short, and the deduction stated before the score
                // those points.)
                let from = min(max(0, w.position), e.text.scalars.count)
                let ruleText = e.text.scalars.string(from..<min(e.text.scalars.count, from + 240))
                guard let perPoint = StatementReader.deductionPerPoint(ruleText), rate.value <= 100 else {
                    add("score-weight", "score_budget_execution = \(DecimalText.shortest(w.value)) x execution_rate / 100 (\(y))", score,
                        min(w.value, w.value * rate.value / 100), score.halfUnit + w.value * rate.halfUnit / 100)
                    continue
                }
                let rule = "\(DecimalText.shortest(perPoint.points)) x (\(DecimalText.shortest(perPoint.from)) - execution_rate)"
                let off = min(w.value, perPoint.points * max(0, perPoint.from - rate.value))
                add("score-per-point", "score_budget_execution = \(DecimalText.shortest(w.value)) - \(rule) (\(y))", score,
                    w.value - off, score.halfUnit + perPoint.points * rate.halfUnit)
                for d in statements where d.role == .deduction && d.subject == "score_budget_execution" && d.position > w.position
                    && d.position < score.position && checkedDeductions.insert(d.position).inserted {
                    add("deduction-per-point", "deduction of score_budget_execution = \(rule) (\(y))", d, off, d.halfUnit + perPoint.points * rate.halfUnit)
                }
            }
        }
        // (In place: a dense text's checks are many, and a sorted copy would hold them twice.)
        checks.sort { $0.offset < $1.offset }
        // One check once: two readers may state the same list (a count's parts read as a sentence's and as a count's), two
        // rules the same relation (a balance carried forward read in order and as the year's terms). Same name, number and
        // recomputed value at the same place: the later is dropped.
        var kept = 0, group = 0
        for k in checks.indices {
            if checks[k].offset != checks[group].offset { group = kept }
            let check = checks[k]
            if checks[group..<kept].contains(where: { $0.check == check.check && $0.stated == check.stated && $0.recomputed == check.recomputed }) { continue }
            checks[kept] = check
            kept += 1
        }
        checks.removeLast(checks.count - kept)
        return checks
    }

    /// Some of a report's statements in the order of a coordinate of theirs (`position` in the normalised text,
    /// or `offset` in the original), ties in their given order, for the last one before a place and the first one
    /// after it by bisection. (Indices into the statements, which are shared, not copied: a statement is some 300
    /// bytes.)
    struct Positioned: RandomAccessCollection {
        private let all: [Statement]
        private let order: [Int]
        private let coordinate: KeyPath<Statement, Int>

        init(_ indices: [Int], of all: [Statement], by coordinate: KeyPath<Statement, Int> = \.position) {
            self.all = all
            self.coordinate = coordinate
            order = indices.enumerated().sorted { (all[$0.element][keyPath: coordinate], $0.offset) < (all[$1.element][keyPath: coordinate], $1.offset) }
                .map(\.element)
        }

        var startIndex: Int { 0 }
        var endIndex: Int { order.count }
        subscript(i: Int) -> Statement { all[order[i]] }

        /// How many statements stand before place `p`.
        func countBefore(_ p: Int) -> Int {
            order.countOfPrefix { all[$0][keyPath: coordinate] < p }
        }

        /// The last statement before place `p`.
        func last(before p: Int) -> Statement? {
            let n = countBefore(p)
            return n > 0 ? self[n - 1] : nil
        }

        /// The first statement after place `p`.
        func first(after p: Int) -> Statement? {
            let n = countBefore(p + 1)
            return n < count ? self[n] : nil
        }
    }

    /// The rounding a statement's value allows in a sum: half its last digit, except that points are awarded, not
    /// measured, and people and vehicles are counted: a score or weight written without decimals (分值 5, 得分 38)
    /// and a count (在职人员 23 人) are exact, so a column of them cannot drift by half a unit each.
    /// For each total score stated in prose after the sections it sums: those sections' scores, in order. Walking
    /// back from the total, each section is its full marks (分值, a weight) and the score after them; the walk ends
    /// where the marks reach 100 exactly, and gives nothing if they pass it, if a section has no score, or at another
    /// total or closing sum first (within 1,000 words). Sub-indicators (a part of a section's score) are skipped.
    static func sectionsByFullMarks(_ statements: [Statement], text: ReportText) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for (k, st) in statements.enumerated() where st.subject == "score_total" && st.role == .level && !st.isTableCell && st.summedScores == nil {
            var marks = 0.0, scores: [Int] = [], pending: Int? = nil
            // (The scores of the indicators a section lists, when it states none of its own: together, its score.)
            var items: [Int] = [], scoredBefore: Int? = nil
            for p in stride(from: k - 1, through: 0, by: -1) {
                let q = statements[p]
                if q.subject == "score_total" && q.role == .level || q.summedScores != nil || text.words(from: q.position, to: st.position) > 1_000 { break }
                if q.rule == "section-item", q.role == .level { items.append(p); continue }
                if p == scoredBefore { continue }
                // (An indicator's line within a section, 指标名称：…；分值：15 分, is none of the sections.)
                guard q.unit == "分", !q.isTableCell, q.parent.map({ statements[$0].unit == "分" }) != true, !q.key.hasPrefix("indicator:") else { continue }
                if q.role == .level {
                    // (Two scores in a row: the later is a section's, the earlier a sub-indicator's or another's.)
                    if pending == nil { pending = p }
                } else if q.role == .weight {
                    // (Or the score right before its marks: 得分 9.86 分（满分 10 分）.)
                    let before = p > 0 && statements[p - 1].role == .level && statements[p - 1].key == q.key && statements[p - 1].unit == "分"
                        && !statements[p - 1].isTableCell ? p - 1 : nil
                    guard let own = pending.map({ [$0] }) ?? (items.isEmpty ? nil : items) ?? before.map({ [$0] }) else { break }
                    marks += q.value; scores.append(contentsOf: own); pending = nil; items = []
                    if own == [before] { scoredBefore = before }
                    if marks >= 100 - 1e-9 { break }
                }
            }
            if abs(marks - 100) < 1e-9, scores.count >= 2 { out[k] = scores.reversed() }
        }
        return out
    }

    /// The indices of the members in the total's measure, when every member names a subject and a measure and
    /// the other measures' members are items among those: a list that states each item's budget beside its actual.
    /// Nil when the list is anything else (a member without a measure, an item of another measure alone).
    static func itemsInTheTotalsMeasure(_ total: Statement, _ members: [Statement]) -> [Int]? {
        guard let measure = total.measure, members.allSatisfy({ $0.subject != nil && $0.measure != nil }) else { return nil }
        let own = members.indices.filter { members[$0].measure == measure }
        let subjects = own.compactMap { members[$0].subject }
        guard own.count >= 2, Set(subjects).count == own.count,
              members.allSatisfy({ subjects.contains($0.subject!) }) else { return nil }
        return own
    }

    /// The scores (and full marks) headings state and those of the headings numbered right under them: for each
    /// heading whose sub-headings (the next depth of numbering, 1. under （一）) run 1, 2, … with a score each, the
    /// heading's statement and theirs, once for scores and once for full marks.
    ///
    /// A heading's score is the first of its role after it, in its first clause list, with no number between the
    /// heading's marker and it but its full marks (1.数量指标（15 分），得 15 分): not a sub-indicator's score stated in its
    /// paragraph (1.数量指标（15 分）：全年资助 3,256 人次，…，得 8 分).
    static func headingScores(_ statements: [Statement], text: ReportText)
        -> [(heading: (start: Int, statement: Int), parts: [(start: Int, statement: Int)])] {
        let s = text.scalars
        // Each heading's score and full marks.
        var own: [Int: (score: Int?, marks: Int?)] = [:]
        // (A deduction's digits may stand between a heading's full marks and its score: 1.数量指标（20 分），扣 2 分，得 18 分.)
        let deductions = Set(statements.lazy.filter { $0.role == .deduction && $0.unit == "分" }.map(\.position))
        for (k, st) in statements.enumerated() where st.unit == "分" && !st.isTableCell && (st.role == .level || st.role == .weight) {
            // (Within a line's reach of the heading: a "sentence" with no stop can be a whole file, and this runs for every
            // score.)
            guard st.position >= 0, st.position < s.count, let h = text.headingStart(atOrBefore: st.position), st.position - h <= 120,
                  StatementReader.Enumeration(s, at: h) != nil, case let span = s[h..<st.position],
                  !span.contains(where: { ReportText.clauseListEnds.contains($0) }),
                  // (Nor after a heading line of its own: 三、绩效自评情况 / …自评得分 94.43 分 is the report's total.)
                  text.headingEnd(atOrBefore: st.position).map({ $0 > h }) != true else { continue }
            var entry = own[h] ?? (nil, nil)
            if st.role == .weight ? entry.marks != nil : entry.score != nil { continue }
            // (The marker's digits, then the full marks' only: a run of digits starts where none stood before it.)
            let runs = span.indices.filter { StatementReader.isDigit(s[$0]) && ($0 == h || !StatementReader.isDigit(s[$0 - 1]) && s[$0 - 1] != "." && s[$0 - 1] != ",")
                && (st.role == .weight || !deductions.contains($0)) }
            // (A marker in digits, 1. or （1）, has its first digit at the heading's start or right after its bracket.)
            let markerRuns = (h..<min(s.count, h + 2)).contains { StatementReader.isDigit(s[$0]) } ? 1 : 0
            guard runs.count == markerRuns + (st.role == .level && entry.marks != nil ? 1 : 0) else { continue }
            if st.role == .weight { entry.marks = k } else { entry.score = k }
            own[h] = entry
        }
        guard own.count >= 3 else { return [] }
        var out: [(heading: (start: Int, statement: Int), parts: [(start: Int, statement: Int)])] = []
        // The headings as nested by their numbering, each closed when one of its depth or above comes.
        struct Numbered { let depth: Int, start: Int; var children: [(number: Int, start: Int)] = [] }
        var open: [Numbered] = []
        func close(_ node: Numbered) {
            guard node.children.count >= 2, node.children.map(\.number) == Array(1...node.children.count), let mine = own[node.start] else { return }
            for ofMarks in [false, true] {
                guard let whole = ofMarks ? mine.marks : mine.score,
                      case let parts = node.children.compactMap({ c in (ofMarks ? own[c.start]?.marks : own[c.start]?.score).map { (c.start, $0) } }),
                      parts.count == node.children.count else { continue }
                out.append(((node.start, whole), parts))
            }
        }
        for h in text.headingStarts {
            guard let marker = StatementReader.Enumeration(s, at: h) else { continue }
            while let last = open.last, last.depth >= marker.depth { close(open.removeLast()) }
            if !open.isEmpty, open[open.count - 1].children.last.map({ c in
                StatementReader.Enumeration(s, at: c.start)?.depth == marker.depth }) ?? true {
                open[open.count - 1].children.append((marker.number, h))
            }
            open.append(Numbered(depth: marker.depth, start: h))
        }
        while let last = open.popLast() { close(last) }
        return out
    }

    /// Whether a list of parts adding up to `sum` covers much less than its `total` (short by more than the rounding
    /// and by more than `partialListing` of it): a list that names some of the parts only.
    static func namesSomePartsOnly(_ total: Double, _ sum: Double, tolerance: Double) -> Bool {
        let shortfall = total - sum
        return shortfall > tolerance && abs(total) > 0 && shortfall / abs(total) > partialListing
    }

    static func slack(_ st: Statement) -> Double { st.unit == "分" && st.decimals == 0 ? 0 : st.halfUnit }

    /// Whether two statements name their item for the same body: the words before the item's name (全市, 市级, 本级,
    /// 部门) agree where both have them (全市一般公共预算总收入 and 市级一般公共预算总收入 are two totals).
    static func sameScope(_ a: Statement, _ b: Statement) -> Bool {
        let scopes = ["全市", "市级", "市本级", "全县", "县级", "县本级", "全省", "省级", "省本级", "全区", "区级", "区本级", "本级", "全国", "中央", "地方"]
        func scope(_ label: String) -> String? { scopes.filter { label.contains($0) }.max { $0.count < $1.count } }
        let (x, y) = (scope(a.label), scope(b.label))
        // Appropriations (财政拨款) add up over the budget types: one qualified by a type (一般公共预算财政拨款支出) is
        // a part of the unqualified 财政拨款支出. (Other items often leave the type unsaid where the section names it.)
        let appropriation = a.subject == "appropriation" || b.subject == "appropriation"
        // So are balances: the appropriations' (年末财政拨款结转和结余) are a part of all money's (年末结转和结余).
        let balance = a.subject == "carryover" || b.subject == "carryover"
        // The money that things just counted involve (项目 12 个，涉及一般公共预算拨款 A) is within their scope.
        return (x == nil || y == nil || x == y) && a.label.hasPrefix("涉及") == b.label.hasPrefix("涉及") && (!appropriation || StatementReader.budgetType(of: a.label) == StatementReader.budgetType(of: b.label))
            && (!balance || a.label.contains("财政拨款") == b.label.contains("财政拨款"))
    }

    /// When a balance stood, as its label says: at the start of the year (年初, 期初, 上年结转) or at its end (年末, 期末).
    static func balanceDate(_ label: String) -> String? {
        if ["年初", "期初", "上年结转"].contains(where: label.contains) { return "start" }
        if ["年末", "期末"].contains(where: label.contains) { return "end" }
        return nil
    }

    /// Whether two changes are from the same base, as far as they say: the same base year, and the same measure
    /// compared with (a change from last year compares a measure with itself: 较上年 against 较上年, 比年初预算 against
    /// 比年初预算).
    static func fromTheSameBase(_ a: Statement, _ b: Statement) -> Bool {
        func differ<T: Equatable>(_ x: T?, _ y: T?) -> Bool { x != nil && y != nil && x != y }
        return !differ(a.baseYear, b.baseYear) && !differ(a.baseMeasure ?? a.measure, b.baseMeasure ?? b.measure)
    }

    /// Whether a statement is a change stated as an amount (万元, or a count's 人 or 户), not as a percent.
    static func isAmountChange(_ st: Statement) -> Bool {
        if case .change = st.role { return ["万元", "人", "户"].contains(st.unit) }
        return false
    }

    /// The parents of shares: the statement whose label the text names after 占 (the nearest before the share
    /// that matches), else the total of the part's breakdown, else the part's total in the vocabulary's identities.
    /// The candidates for each name and year are ranked once (a long report names the same wholes again and again).
    struct ShareParents {
        let statements: [Statement]
        let vocabulary: ReportVocabulary
        /// The first level of each subject and year, and of each subject, year and measure.
        private var firstLevel: [String: Int] = [:]
        /// For a name and year: the levels that match it best (label = name 3, one label within the other 2, the
        /// same subject and kind of total 1), by position and in their order.
        private var ranked: [String: (byPosition: Positioned, inOrder: [Int])?] = [:]

        /// What the report is (a project's self-evaluation names its own spending bare: 占全年支出的 x%).
        let genre: ReportGenre

        init(_ statements: [Statement], vocabulary: ReportVocabulary, genre: ReportGenre) {
            self.statements = statements
            self.vocabulary = vocabulary
            self.genre = genre
            for (k, st) in statements.enumerated() where st.role == .level && st.body == nil {
                guard let subject = st.subject else { continue }
                for key in ["\(subject)|\(st.year)", "\(subject)|\(st.year)|\(st.measure ?? "")"] where firstLevel[key] == nil { firstLevel[key] = k }
            }
        }

        mutating func parent(of share: Statement, part: Statement) -> Statement? {
            if let named = share.shareOf, !named.isEmpty {
                // The total the part is listed under, when the name says it (财政拨款收入 …，占本年收入的 x% under 本年收入合计),
                // before any other level of that name (another money's 本年收入 stated later).
                // (Or by all of its side alone, 占全部支出的 x% under 一般公共预算支出完成 A.)
                // (Or by its act and the word 金额 alone, 其中预留给小微企业的金额 B，占预留金额的 x% under 面向中小企业预留
                // 政府采购项目预算金额 A.)
                if let p = part.parent, p < statements.count, statements[p].year == share.year,
                   score(statements[p], name: StatementReader.withoutYears(named), namedSubject: nil) >= 2
                    || Self.sideNamedWhole(named).map(statements[p].label.contains) == true
                    || named.count >= 4 && named.hasSuffix("金额") && statements[p].label.contains(named.dropLast(2)) {
                    return statements[p]
                }
                let key = "\(named)|\(share.year)"
                if ranked[key] == nil { ranked[key] = .some(best(named: named, year: share.year)) }
                guard let found = ranked[key]! else { return nil }
                let top = found.byPosition
                // (The part itself is no parent of its share.)
                var n = top.countBefore(share.position)
                while n > 0, top[n - 1].position == part.position { n -= 1 }
                if n > 0 { return top[n - 1] }
                if let first = found.inOrder.first(where: { statements[$0].position != part.position }) { return statements[first] }
                // Every best match is the part itself: the next best.
                return nextBest(named: named, year: share.year, besides: part.position, before: share.position)
            }
            if let p = part.parent { return statements[p] }
            // The part's total in the vocabulary's identities, the first stated of the year (of the part's measure if
            // any is). (The share kept for small firms, 面向中小企业预留采购份额 A，占 x%, is of the year's procurement.)
            let totals = part.subject.map { subject in vocabulary.identities.filter { $0.parts.contains { $0.contains(subject) } }.map(\.total) }
                ?? (StatementReader.namesSmallFirms(part.label) ? ["procurement"] : [])
            for total in totals {
                if let k = firstLevel["\(total)|\(share.year)|\(part.measure ?? "")"] ?? firstLevel["\(total)|\(share.year)"] { return statements[k] }
            }
            return nil
        }

        private func score(_ st: Statement, name: String, namedSubject: String?, namedMeasure: String? = nil) -> Int {
            if st.label == name { return 3 }
            // A whole of one budget type (占一般公共预算项目支出总额的) is not the item of all money (项目支出).
            if let type = StatementReader.budgetType(of: name), StatementReader.budgetType(of: st.label) != type { return 0 }
            if !st.label.isEmpty && (name.contains(st.label) || st.label.contains(name)) { return 2 }
            // (Or the same name after the words that only say the whole year or all of it: 当年缴存额 for 全年缴存额, 全部
            // 提取额 for 全年提取额.)
            if case let core = Self.withoutWholeWords(name), core.count >= 3, core == Self.withoutWholeWords(st.label) { return 2 }
            // By subject alone only a total of the same kind: 支出总计 (with balances) is not the 本年支出合计 named.
            if let namedSubject, st.subject == namedSubject, vocabulary.isGrandTotal(st.label) == vocabulary.isGrandTotal(name),
               namedMeasure == nil || st.measure == namedMeasure { return 1 }
            return 0
        }

        /// The side a whole is named by alone, after a word that says all of it (全部支出, 全年收入): 支出 or 收入; else nil.
        static func sideNamedWhole(_ name: String) -> String? {
            let core = withoutWholeWords(name)
            return core != name && (core == "支出" || core == "收入") ? core : nil
        }

        /// A name without a leading word that says the whole year or all of it (全年, 当年, 本年, 全部, 年度).
        static func withoutWholeWords(_ name: String) -> String {
            for word in ["全年", "当年", "本年度", "本年", "全部", "年度"] where name.hasPrefix(word) { return String(name.dropFirst(word.count)) }
            return name
        }

        /// The levels of `year` that match `named` best, in their order (indices into the statements).
        private func matches(named: String, year: Int, besides position: Int? = nil) -> [Int] {
            let name = StatementReader.withoutYears(named)
            let reader = StatementReader(vocabulary: vocabulary, reportYear: year, genre: .general)
            var namedSubject = reader.subjectMatch(in: name)?.subject, namedMeasure: String? = nil
            // (In a project's report its spending named bare, 全年支出 or 实际支出, is the project's actual.)
            if StatementReader.namesProjectsSpending(name, in: genre) { namedSubject = "project"; namedMeasure = "actual" }
            var best = 0, top: [Int] = []
            for (k, st) in statements.enumerated() where st.role == .level && st.body == nil && st.year == year && st.position != position && !st.isTermOfItsOwnCheck {
                let s = score(st, name: name, namedSubject: namedSubject, namedMeasure: namedMeasure)
                if s > best { best = s; top = [] }
                if s == best && s > 0 { top.append(k) }
            }
            return top
        }

        private func best(named: String, year: Int) -> (byPosition: Positioned, inOrder: [Int])? {
            let top = matches(named: named, year: year)
            return top.isEmpty ? nil : (Positioned(top, of: statements), top)
        }

        /// When the best matches are all the part itself: the best of the rest (rare; looked for afresh).
        private func nextBest(named: String, year: Int, besides position: Int, before p: Int) -> Statement? {
            let top = matches(named: named, year: year, besides: position).map { statements[$0] }
            return top.last { $0.position < p } ?? top.first
        }
    }
}
