import Foundation
import Outturn

/// Reads department self-evaluation reports (部门整体支出绩效自评报告), budget and final-account disclosures,
/// "三公" statements and score tables into figures: the statements of its sentences (`StatementReader`) and of
/// its tables (`TableReader`), and from them the catalogue indicators.
public enum ReportExtractor {
    /// Extracts from a report's text. `department` overrides the name found in the title.
    /// - Complexity: linear in the text (each number looks back over its own sentence only).
    /// `startingAt` is where the report begins in the file it came from (in Unicode scalars; a compilation's later
    /// reports begin past 0): every offset given (figures, statements, checks) counts from the file's start.
    public static func extract(text: consuming String, source: String, department: String? = nil,
                               vocabulary: ReportVocabulary = .standard, startingAt base: Int = 0) -> ReportExtraction {
        // (A table pasted with tabs reads as one drawn with bars: see `ReportText.tabbedRowsBarred`.)
        extract(text: ReportText.tabbedRowsBarred(text), source: source, department: department, vocabulary: vocabulary, startingAt: base, continuing: nil)
    }

    /// Extracts from a report's text, or from a section of a report past its first (`continuing` the heading that
    /// section was read under: its title is not in the section's text), its tabbed rows already barred.
    static func extract(text: consuming String, source: String, department: String?, vocabulary: ReportVocabulary,
                        startingAt base: Int, continuing heading: ReportHeading?) -> ReportExtraction {
        // The title from the text's opening (normalised like the whole), the tables before the whole text is
        // normalised: the tables' line copies are gone before the normalised arrays are made, so reading a long
        // report holds one of them at a time; and the text itself is let go once it is normalised (the caller
        // hands it over), so the statements are read beside the normalised text only.
        let head: ReportHeading
        // (The title line, below any site banner and normalised as the text is: a project's names the money it evaluates.)
        // (To the line's end, whatever ends it: a CRLF is one Character, no "\n", and the line would run into the body.)
        // (Or to a run of blanks after it, where a page copied without its line breaks set the title apart from the body; a
        // title cut short so still has the opening's words, read when it says no genre.)
        let titleLine = heading != nil ? "" : String(scalars: ReportText(String(fromTitleLine(text).prefix { !$0.isNewline }.prefix(120)
            .drop { $0 == " " || $0 == "\u{3000}" }).components(separatedBy: "  ")[0]).scalars)
        if let heading {
            head = heading
        } else {
            let opening = ReportText(String(fromTitleLine(text).unicodeScalars.prefix(20_000)))
            let read = title(opening.scalars, raw: text)
            // (The genre told by the title line when that says which: the opening's first lines may run on into a
            // contents list or the body, 贯彻执行… under 部门预算公开说明.)
            let byTitleLine = ReportGenre.of(title: titleLine)
            head = ReportHeading(year: read.year, name: read.name, text: read.text,
                                 genre: byTitleLine != .general ? byTitleLine : ReportGenre.of(title: read.text, opening: true))
        }
        let genre = head.genre
        let tables = TableReader.read(text, reportYear: head.year, vocabulary: vocabulary, genre: genre)
        let doc = ReportText(consume text)
        // (A later section is read under its report's title: its own opening lines are the body's.)
        let reader = StatementReader(vocabulary: vocabulary, reportYear: head.year, genre: genre, title: heading == nil ? titleLine : head.text,
                                     opensWithTitle: heading == nil)
        let (sentences, unmatched) = reader.read(doc, skipping: tables.covers)
        // The other readers' lists, each linking its statements (parent, about, across) by index into itself: joined
        // after the sentences' with those links shifted past what comes before.
        // (Each reader's list apart, its links counted from its own first statement: two lists joined before this point
        // would link the second's parts to the first's totals.)
        var statements = Self.joined([sentences, tables.statements, reader.counts(doc), reader.countBreakdowns(doc), reader.countsWithShares(doc),
                                      reader.countsOfAThingNamedAfterItsNumber(doc), reader.countClosingTotals(doc), reader.countClosingSentences(doc),
                                      reader.deductionBreakdowns(doc), reader.targetCompletions(doc, skipping: tables.covers), reader.percentagePointChanges(doc),
                                      reader.quantityMoves(doc), reader.inlineFormulas(doc), reader.debtRatios(doc), reader.perUnitAverages(doc),
                                      reader.perUnitStandards(doc), reader.standardsInParentheses(doc), reader.averagesInParentheses(doc),
                                      reader.scoresAfterTheirMarks(doc)])
        // (A number the sentences' reader left is no unmatched one when another reader attributed it: a deduction's
        // parts, 扣 1 分其中：甲指标扣 0.5 分, a count's, a target's completion.)
        // (Their offsets sorted, for a bisection: a set of a dense text's 52,920 would hold three times as much.)
        let attributed = statements.map(\.offset).sorted()
        let unattributed = (unmatched + tables.unmatched).filter { u in
            let k = attributed.countOfPrefix { $0 < u.offset }
            return k == attributed.count || attributed[k] != u.offset
        }.map { $0.shifted(by: base) }
        if base != 0 { for k in statements.indices { statements[k].offset += base } }
        let name = department ?? head.name ?? source
        let closingTotals = joinClosingTotals(&statements, in: doc)
        markOtherBodies(&statements, in: doc, own: department ?? head.name, closingTotals: closingTotals)
        // (A report on the department's whole spending, 部门整体支出绩效自评报告, by its title line; a later section's by its heading.)
        let aboutWholeSpending = (heading == nil ? titleLine : String(head.text.prefix(40))).contains("整体支出")
        let namesTheWholeSpending: ((String) -> Bool)? = aboutWholeSpending ? { reader.namesOnlyTheWholeSpending($0) } : nil
        let figures = chooseFigures(statements, vocabulary: vocabulary, defaultMeasure: reader.defaultMeasure,
                                    wholeSpendingNamedBy: namesTheWholeSpending).map { st in
            ExtractedFigure(department: name, indicator: vocabulary.indicator(subject: st.subject!, measure: st.measure)!, year: st.year,
                            value: st.value, unit: st.unit, offset: st.offset, snippet: doc.quote(st.snippet), decimals: st.decimals, rule: st.rule)
        }
        var read = ReportExtraction(source: source, department: name, year: head.year, figures: figures,
                                    unattributed: unattributed, statements: statements, text: doc,
                                    heading: head)
        read.continuesReport = heading != nil
        return read
    }

    /// The readers' lists one after another, each one's links (parent, about, across) shifted past the lists before it.
    /// (Joined in the longest list's own storage when that has room for the rest: a dense text's statements are nearly
    /// all one reader's, 52,920 deductions in a 1 MB run-on list of them, and a copy would hold them twice at the peak.)
    static func joined(_ lists: consuming [[Statement]]) -> [Statement] {
        var lists = lists
        guard let longest = lists.indices.max(by: { lists[$0].count < lists[$1].count }) else { return [] }
        func shifted(_ list: [Statement], by shift: Int) -> some Sequence<Statement> {
            list.lazy.map { st in
                var st = st
                st.shiftLinks(by: shift)
                return st
            }
        }
        var joined = lists[longest]
        lists[longest] = []
        let before = lists[..<longest].reduce(0) { $0 + $1.count }
        joined.reserveCapacity(lists.reduce(joined.count) { $0 + $1.count })
        if before > 0 { for k in joined.indices { joined[k].shiftLinks(by: before) } }
        var head: [Statement] = []
        head.reserveCapacity(before)
        for k in 0..<longest {
            head.append(contentsOf: shifted(lists[k], by: head.count))
            lists[k] = []
        }
        joined.insert(contentsOf: head, at: 0)
        for k in (longest + 1)..<lists.count {
            joined.append(contentsOf: shifted(lists[k], by: joined.count))
            lists[k] = []
        }
        return joined
    }

    /// One figure per catalogue indicator and year: the statement whose measure is the document's own (an actual
    /// in a final account, a budget in a budget disclosure) before others, an adjusted budget before an initial
    /// one, the year's spending (of all money or of appropriations) before a 支出总计 but a 收入总计 before the year's revenue (the catalogue's
    /// conventions), and the first stated before later restatements.
    /// In a report on the department's whole spending (`wholeSpendingNamedBy` given: whether a label names nothing
    /// but that spending), an actual amount so named (全年执行数 A after 全年预算数 B, 部门整体支出 A) is the department's
    /// spending when nothing names that spending otherwise: the figure is the department's, while the checks read it by
    /// its label.
    static func chooseFigures(_ statements: [Statement], vocabulary: ReportVocabulary, defaultMeasure: String,
                              wholeSpendingNamedBy namesTheWholeSpending: ((String) -> Bool)? = nil) -> [Statement] {
        var best: [String: (Statement, Int)] = [:]
        var order: [String] = []
        func consider(_ st: Statement, as key: String, rank: Int) {
            if let (_, r) = best[key] {
                if rank < r { best[key] = (st, rank) }
            } else {
                best[key] = (st, rank)
                order.append(key)
            }
        }
        // (A table's total row of zeros over a part with amounts, 年度资金总额 | 0 | 0 | 0 | 10 | 0 | 0 above 其中：本年财政拨款 |
        // 90 | 89.97 | 89.97: a total the form left unfilled, whose zeros, and the rate and score worked out from them, are no
        // figures of the year.)
        var unfilledRows = Set<Snippet>()
        for part in statements where part.isTableCell && part.role == .level && part.value != 0 {
            if let p = part.parent, statements[p].isTableCell, statements[p].value == 0 { unfilledRows.insert(statements[p].snippet) }
        }
        for var st in statements where (st.role == .level || st.role == .baseLevel) && st.body == nil && !st.isNoOutturn
            && !(st.isTableCell && st.value == 0 && unfilledRows.contains(st.snippet)) {
            let namedGenerically = st.subject == nil && st.measure == "actual" && st.stage == nil && (st.unit == "万元" || st.unit == "元")
                && namesTheWholeSpending?(st.label) == true
            if namedGenerically { st.subject = "expenditure" }
            let measureRank = (st.measure == defaultMeasure ? 0 : 2) + (st.stage == "initial" ? 1 : 0)
            if let subject = st.subject, let indicator = vocabulary.indicator(subject: subject, measure: st.measure) {
                // The year's spending before a grand total that includes balances (支出总计).
                // The revenue as a total including carry-over (收入总计) before the year's (本年收入合计) when both are given.
                let whole = vocabulary.isGrandTotal(st.label) || st.holdsTheYearsTotal
                let spending = indicator == "total_expenditure" || indicator == "appropriation_final"
                let grand = spending && whole ? 4 : indicator == "budget_revenue" && !whole ? 1 : 0
                consider(st, as: "\(indicator)|\(st.year)", rank: 2 * (measureRank + grand + (namedGenerically ? 8 : 0)))
            }
            // A total named for both sides is the spending's too, after any statement naming the spending alone of
            // its measure and stage, as a 支出总计 would be (it holds what a 收入总计 holds).
            if let spending = st.spendingToo, let ofSpending = vocabulary.indicator(subject: spending, measure: st.measure) {
                var asSpending = st
                asSpending.subject = spending
                consider(asSpending, as: "\(ofSpending)|\(st.year)", rank: 2 * (measureRank + 4) + 1)
            }
        }
        return order.compactMap { best[$0]?.0 }.sorted { $0.offset < $1.offset }
    }

    /// The title's year, department and text: "2024 年度 X 部门整体支出绩效自评报告". The department is the name
    /// before the document's kind (or before the year), when it looks like a name; else the value of a
    /// 主管部门 / 单位名称 field near the top of `raw` (a 自评表 names its department there, "主管部门 | X |").
    static func title(_ s: [Unicode.Scalar], raw: String = "") -> (year: Int?, name: String?, text: String) {
        // (The date a form was filled in, 填报日期：2022年2月3日, names no year of the report's: a year's report is
        // filled in the next. A news item's 发布时间 stays: a report of part of the year is published within it.)
        func withoutDates(_ t: String) -> String {
            t.replacingOccurrences(of: #"((填报|填表|报告|制表)(日期|时间))[:：]? ?(19|20)\d{2}"#, with: "$1", options: .regularExpression)
        }
        let head = withoutDates(String(scalars: s.prefix(160)))
        // Fields are told apart by the layout (line breaks, runs of spaces, bars) that `s` has lost: the raw text's.
        let labelled = labelledName(String(raw.prefix(800)))
        guard let r = head.range(of: #"(19|20)\d{2} ?年度?"#, options: .regularExpression) else {
            // A title without a year (部门整体支出绩效评价报告): the first year the opening names that is no base of a
            // comparison (2022年部门决算收支完成情况), and the body it defines.
            let opening = withoutDates(String(scalars: s.prefix(1500)))
            let year = StatementReader.firstYear(in: Substring(opening)) ?? StatementReader.publishedYearOfAPartOfTheYear(opening)
            return (year, labelled ?? definedName(String(raw.prefix(1500))), head)
        }
        let year = Int(head[r].prefix(4))
        let before = withoutNameAffixes(head[..<r.lowerBound].trimmingSpaces())
        let rest = head[r.upperBound...]
        // A title that names only the place (岳阳市2018年度部门整体支出…) beside a form field naming the body in
        // full (部门(单位)名称: 岳阳市城市管理监督指挥中心): the field's name.
        func fuller(_ name: String) -> String { labelled.map { $0.hasPrefix(name) && $0.count > name.count ? $0 : name } ?? name }
        for marker in kindMarkers {
            if let m = rest.range(of: marker) {
                // (The kind's opening quote is no part of the name: 中央本级“三公经费”… names 中央本级.)
                let name = String(rest[..<m.lowerBound].trimmingSpaces().reversed().drop { "“「『\"'（(".contains($0) }.reversed())
                if plausibleName(name) { return (year, fuller(String(name)), head) }
                break
            }
        }
        // The year after the title (示例局部门决算说明（2023年度）): the name before the document's kind.
        for marker in kindMarkers {
            if let m = before.range(of: marker) {
                let name = String(before[..<m.lowerBound]).trimmingSpaces()
                if plausibleName(name) { return (year, fuller(name), head) }
                break
            }
        }
        // "X2021年度部门决算": the name before the year; a headline's verb after the name (国家统计局公开2024年部门预算).
        var named = before
        for verb in ["公开", "公布", "发布", "晒出", "提出", "提交", "披露"] where named.hasSuffix(verb) && named.count > verb.count + 1 { named.removeLast(verb.count) }
        if plausibleName(named) { return (year, fuller(named), head) }
        return (year, titleLineName(String(raw.prefix(800))).map(fuller) ?? labelled ?? definedName(String(raw.prefix(1500))), head)
    }

    /// The body a report's opening defines by its short name (示例县文学艺术界联合会（以下简称“县文联”）为…), when its
    /// title names none.
    static func definedName(_ opening: String) -> String? {
        guard let r = opening.range(of: #"[^\s，。,；;：:（()）“”]{2,40}?(?=[（(]以下简称)"#, options: .regularExpression) else { return nil }
        var name = String(opening[r])
        if let year = name.range(of: #"^(19|20)\d{2}年度?"#, options: .regularExpression) { name.removeSubrange(year) }
        guard plausibleName(name), bodySuffixes.contains(where: name.hasSuffix) else { return nil }
        return name
    }

    /// Marks the statements of sentences' parts that open by naming a body other than the report's own (`own`,
    /// the department the title or the caller names): 其中，今年北京市公安局的“三公”经费财政拨款决算数为 9530.81 万元，
    /// 相比预算数减少约 1418 万元；北京市环境保护局“三公”经费 …. A part runs from the last ； or full stop (or
    /// heading) before a statement, looked for at most 200 characters back: linear in the report.
    /// A closing total (``joinClosingTotals(_:in:)``) whose parts are all other bodies' is theirs too.
    static func markOtherBodies(_ statements: inout [Statement], in doc: ReportText, own: String?, closingTotals: Set<Int> = []) {
        let s = doc.scalars
        var known: [Int: String?] = [:]   // by the part's (or clause's) start
        func body(openingAt start: Int, before p: Int) -> String? {
            if known[start] == nil {
                // (The pattern only where a body's last character stands: most parts name none.)
                let opening = s[start..<min(p, start + 40)]
                known[start] = .some(opening.contains(where: namedBodyEnds.contains) ? namedBody(opening: String(scalars: opening)) : nil)
            }
            return known[start]!
        }
        var others: [(statement: Int, body: String)] = [], wide: [(statement: Int, level: String)] = []
        for k in statements.indices where !statements[k].isTableCell && statements[k].rule != "count" {
            let p = statements[k].position
            guard p > 0, p <= s.count else { continue }
            var start = p
            let floor = max(0, p - 200, doc.headingStart(atOrBefore: p - 1) ?? 0)
            while start > floor, !"；;。！？".unicodeScalars.contains(s[start - 1]) { start -= 1 }
            // A clause of the part may name a body of its own (县公安局“三公”经费支出 A 万元，县教育体育局 B 万元，…).
            // (Looked for only where a body's name can end right before a number, a quote or 的.)
            var clause = p
            while clause > start, !"，,".unicodeScalars.contains(s[clause - 1]) { clause -= 1 }
            let clauseNamesOne = clause > start && (clause..<min(p, clause + 20)).contains { i in
                namedBodyEnds.contains(s[i]) && i + 1 < s.count && (StatementReader.isDigit(s[i + 1]) || "“\"的".unicodeScalars.contains(s[i + 1]))
            }
            // A whole level of government's budget (2023年全国一般公共预算收入 A 亿元，支出 B 亿元; 中央本级“三公”经费预算)
            // is no department's, named alone or beside others.
            // (From the part's start, its clause's, or the end of a heading inside the part: 一、总体情况 then 2023 年中央….)
            let afterHeading = doc.headingEnd(atOrBefore: p).flatMap { $0 > start && $0 < p ? $0 : nil } ?? start
            if let level = governmentWide(opening: s[clause..<p]) ?? governmentWide(opening: s[afterHeading..<p]) ?? governmentWide(opening: s[start..<p]),
               !(own ?? "").hasPrefix(level) {
                wide.append((k, level))
                continue
            }
            guard let body = (clauseNamesOne ? body(openingAt: clause, before: p) : nil) ?? body(openingAt: start, before: p),
                  !sameBody(body, own) else { continue }
            others.append((k, body))
        }
        for (k, level) in wide { statements[k].body = level }
        // Only a text that speaks of several bodies so: one named body alone is the report's own by another name
        // (县文联 in 示例县文学艺术界联合会's report).
        guard Set(others.map(\.body)).count >= 2 else { return }
        for (k, body) in others { statements[k].body = body }
        // A total of other bodies' figures (三个部门合计 after them) is no figure of the report's own either.
        var parts: [Int: [Int]] = [:]
        for k in statements.indices { if let p = statements[k].parent, closingTotals.contains(p) { parts[p, default: []].append(k) } }
        var sums: Set<Int> = []
        for (total, list) in parts where statements[total].body == nil && list.allSatisfy({ statements[$0].body != nil }) {
            statements[total].body = statements[total].label
            sums.insert(total)
        }
        // (其中，示例市公安局 … after the report's own figures lists bodies, not parts of the figure before it.)
        for k in statements.indices {
            if let p = statements[k].parent, !sums.contains(p), statements[p].body != statements[k].body { statements[k].parent = nil }
        }
    }

    /// Amounts closed by a total that counts them (县公安局 A 万元，县教育体育局 B 万元，县卫生健康局 C 万元，三个部门合计
    /// T 万元; 以上两项合计 T 万元): the N levels stated right before it in its sentence, each without a whole of its own,
    /// are its parts. Only when exactly N such amounts stand there: a count that does not match is no such total. A
    /// bare 合计 (中央补助资金 a，省级补助资金 b，县级配套资金 c，合计 T) closes every level of its sentence before it;
    /// funds by their sources are the money arranged, the budget, and its bare word names no item of the report's
    /// own (the project's whole budget may be stated apart, adjusted since).
    /// Returns the totals it joined.
    static func joinClosingTotals(_ statements: inout [Statement], in doc: ReportText) -> Set<Int> {
        let s = doc.scalars
        var joined: Set<Int> = []
        for t in statements.indices where statements[t].role == .level && statements[t].unit == "万元" && !statements[t].isTableCell {
            let label = closingLabel(of: statements[t], in: s)
            let bare = closingWords.contains(StatementReader.withoutYears(label))
            // A closing word before the word its parts share (中央资金到位 a，省级资金到位 b，合计到位 T).
            let shared = sharedWordAfterClosing(label)
            // (Of the text only: a table's statements stand past its end.)
            guard statements[t].position >= 0, statements[t].position <= s.count,
                  var n = closingCount(label) ?? (bare || shared != nil || namesWhatItCloses(label) ? Int.max : nil) else { continue }
            // The levels before it, back to its sentence's start, or to the whole the list it closes breaks down
            // (民生支出 A，占 x%，其中：教育支出 a，…，三项合计 T: A is no item of the three).
            // (Each stretch of text looked at once: from each statement back to the one after it.)
            var parts: [Int] = []
            var j = t - 1, scannedFrom = statements[t].position
            while j >= 0, j != statements[t].parent, parts.count <= n {
                let st = statements[j]
                if st.isTableCell || st.position >= scannedFrom || st.position < 0 { j -= 1; continue }
                if s[st.position..<scannedFrom].contains(where: { "。！？".unicodeScalars.contains($0) }) { break }
                scannedFrom = st.position
                if st.role == .level { parts.append(j) }
                j -= 1
            }
            if bare { guard parts.count >= 2 else { continue }; n = parts.count }
            // (A counted total after its items named alike, with one more amount before them in the sentence under another
            // name: 预算资金 A，困难残疾人生活补贴…发放 a；重度残疾人护理补贴…发放 b；两项合计 T closes a and b, not A.)
            if !bare, shared == nil, (2...99).contains(n), parts.count == n + 1, case let label = statements[parts[0]].label,
               parts.prefix(n).allSatisfy({ statements[$0].label == label }), statements[parts[n]].label != label {
                parts.removeLast()
            }
            if let shared {
                // (Every part names the shared word, and they are one item: the total is that item's whole.)
                let subjects = Set(parts.map { statements[$0].subject })
                guard parts.count >= 2, subjects.count == 1, parts.allSatisfy({ statements[$0].label.contains(shared) }) else { continue }
                n = parts.count
            }
            // A total named by the items it closes (全年偿还本金 A，支付利息 B，还本付息合计 T): a short name the vocabulary does
            // not know, each item's label sharing a character with it, every item smaller than the total.
            if n == Int.max, !bare {
                let name = StatementReader.withoutYears(label).dropLast(2)
                guard parts.count >= 2, statements[t].subject == nil, (2...4).contains(name.count), name.unicodeScalars.allSatisfy(\.isHan),
                      parts.allSatisfy({ p in statements[p].label.contains(where: { name.contains($0) }) && statements[p].value < statements[t].value })
                else { continue }
                n = parts.count
            }
            // 以上 5 个项目合计 T after a list of items on lines of their own (1. …320.00 万元；2. …): the last n levels before
            // it of one whole (or of none), their own 其中 parts passed over. Items already a list of a total stated
            // before them (项目支出预算 1,286.00 万元，主要项目如下：) add up to this one too, as a second sum.
            if parts.count < n, label.hasPrefix("以上") || label.hasPrefix("上述") {
                let year = statements[t].year
                let levels = Array(doc.nearest(statements, upTo: t, before: statements[t].position, within: 600)).filter {
                    let st = statements[$0]
                    return st.role == .level && st.unit == "万元" && !st.isTableCell && st.year == year && st.body == nil
                }
                let owner = levels.first.flatMap { statements[$0].parent }
                parts = Array(levels.filter { statements[$0].parent == owner }.prefix(n))
                // (Items of no whole fall to the closing total as its parts, below.)
                if parts.count == n, owner != nil, parts.allSatisfy({ statements[$0].across == nil }) {
                    for k in parts { statements[k].across = t }
                    joined.insert(t)
                    continue
                }
            }
            // (Parts the sentence's opener gave to a whole before, with the total itself, are the total's: the count
            // says which they are.)
            let whole = statements[t].parent
            guard parts.count == n, parts.allSatisfy({ (statements[$0].parent == nil || statements[$0].parent == whole) && statements[$0].unit == "万元"
                                                       && statements[$0].year == statements[t].year })
            else { continue }
            if whole != nil, parts.contains(where: { statements[$0].parent == whole }) { statements[t].parent = nil }
            for k in parts { statements[k].parent = t; statements[k].breakdown = statements[parts.last!].position }
            if shared != nil, statements[t].subject == nil, let part = parts.first, statements[part].subject != nil {
                statements[t].subject = statements[part].subject; statements[t].key = statements[part].key
                statements[t].measure = statements[part].measure; statements[t].stage = statements[part].stage
            }
            if bare {
                if parts.allSatisfy({ StatementReader.namesLevelOfGovernment(statements[$0].label) }) {
                    statements[t].measure = "budget"; statements[t].stage = nil
                }
                // (Nor is the total the item the sentence named last, which is one of its parts: 一般公共预算收入、政府性
                // 基金收入和国有资本经营收入分别完成 a、b 和 c，合计 T is no state capital revenue; nor the whole some of its
                // parts make, when others are items the vocabulary does not know: 人员经费、公用经费和专项经费分别为 a、b 和
                // c，合计 T is no basic spending. Its changes stated after it are the total's too.)
                let subject = statements[t].subject
                if ["project-report", "bare-label"].contains(statements[t].rule)
                    || subject != nil && parts.contains(where: { statements[$0].subject == subject })
                    || subject != nil && statements[t].rule == "sentence-topic" && parts.contains(where: { statements[$0].subject == nil }) {
                    let key = statements[t].key
                    statements[t].subject = nil; statements[t].key = "label:" + statements[t].label
                    // (Its sentence's few statements after it only: a dense text closes many lists.)
                    for k in (t + 1)..<min(statements.count, t + 9) where statements[k].about == t && statements[k].key == key {
                        statements[k].subject = nil; statements[k].key = statements[t].key
                    }
                }
            }
            joined.insert(t)
        }
        return joined
    }

    /// The words that close a list by themselves (合计 T after its items): a total of what was just listed.
    static let closingWords: Set<String> = ["合计", "共计", "总计", "小计"]

    /// A closing total's name with the 共计 its label's reader drops as a filler (三个部门共计 T: 三个部门 + 共计; 项目支出
    /// 共计 A stays the project spending's level by its label), so that what it closes is read from the name as after 合计.
    static func closingLabel(of st: Statement, in s: [Unicode.Scalar]) -> String {
        guard st.position >= 0, st.position <= s.count, !st.label.hasSuffix("共计") else { return st.label }
        var k = st.position
        while k > 0, " 为：:".unicodeScalars.contains(s[k - 1]) { k -= 1 }
        return k >= 2 && s[k - 2] == "共" && s[k - 1] == "计" ? st.label + "共计" : st.label
    }

    /// Whether a label is a short name and a closing word (还本付息合计, 本息合计): a total that may close the items its
    /// name joins.
    static func namesWhatItCloses(_ label: String) -> Bool {
        let name = StatementReader.withoutYears(label)
        return (name.hasSuffix("合计") || name.hasSuffix("共计")) && (4...6).contains(name.count)
    }

    /// The word after a closing word (合计到位: 到位) that a total's parts each name; nil for a label of another form.
    static func sharedWordAfterClosing(_ label: String) -> String? {
        let name = StatementReader.withoutYears(label)
        guard let closing = ["合计", "共计", "总计"].first(where: name.hasPrefix) else { return nil }
        let rest = String(name.dropFirst(closing.count))
        return (1...4).contains(rest.count) && rest.unicodeScalars.allSatisfy(\.isHan) ? rest : nil
    }

    /// How many parts a closing total's label counts (三个部门合计 3, 以上两项合计 2); nil for any other label.
    static func closingCount(_ label: String) -> Int? {
        // (The regex only where a count word stands: a regex literal is compiled where it is used.)
        guard label.unicodeScalars.contains(where: { "个项家所类".unicodeScalars.contains($0) }),
              label.hasSuffix("合计") || label.hasSuffix("共计") || label.hasSuffix("总计"),
              let m = label.firstMatch(of: /^(?:以上|上述|这)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个|项|家|所|类)[\p{Han}]{0,8}?(?:合计|共计|总计)$/),
              let n = StatementReader.numeral(Array(m.1.unicodeScalars), from: 0)?.value, n >= 2 else { return nil }
        return n
    }

    /// The body a part of a sentence opens by naming (北京市公安局的…, 北京市教育委员会今年…), after openers such as 其中 or
    /// 今年: a name of at least three characters ending as a public body does, followed by 的, a quoted item or a
    /// year (市财政局为我单位追加 … names the payer, not the figure's body). Nil for the report speaking of itself (本局, 本单位) or of no one.
    static func namedBody(opening part: String) -> String? {
        var rest = Substring(part)
        // (After a phrase that says how the text looks at the figures: 从部门看，, 分单位看，.)
        // (The regex only where it can match: a regex literal is compiled where it is used.)
        if rest.hasPrefix("从") || rest.hasPrefix("分"), let lead = rest.firstMatch(of: /^(?:从|分)\p{Han}{1,6}(?:看|来看)[，,]/) {
            rest = rest[lead.range.upperBound...]
        }
        while let opener = partOpeners.first(where: rest.hasPrefix) {
            rest.removeFirst(opener.count)
        }
        let suffixes = namedBodySuffixes.joined(separator: "|")
        guard let r = rest.range(of: "^\\p{Han}{1,16}?(?:\(suffixes))(?=的|“|\"|今年|去年|本年|上年|全年|年度|\\d)", options: .regularExpression) else { return nil }
        let name = String(rest[r])
        // (A name begins no preposition: 在县政府的支持下, 向市财政局.)
        guard name.count >= 3, !selfReferences.contains(name),
              let first = name.unicodeScalars.first, !"本我在向对由经从为按据给与和及把被将以于至自".unicodeScalars.contains(first) else { return nil }
        return name
    }

    /// The words a part may open with before the name of the body (or the level of government) it speaks of.
    static let partOpeners = ["其中", "今年", "去年", "另外", "此外", "同时", "而", "例如", "比如", "如", "，", ",", "、", "：", ":", " "]

    /// The whole level of government whose budget a part opens with (2023年全国一般公共预算收入, 此前财政部公布，中央
    /// 本级“三公”经费; a year and the part's openers, ``partOpeners``, before it aside): 全国 or 中央 followed by 本级,
    /// 部门 or a budget's name, never a department's own (中央宣传部, 全国妇联) nor money a department receives from
    /// that level (中央财政补助资金).
    static func governmentWide(opening part: ArraySlice<Unicode.Scalar>) -> String? {
        var k = part.startIndex
        func skip(_ words: [String]) -> Bool {
            for w in words where part[k...].starts(with: w.unicodeScalars) { k += w.unicodeScalars.count; return true }
            return false
        }
        while k < part.endIndex {
            if StatementReader.isDigit(part[k]) || part[k] == " " || part[k] == "年" || part[k] == "度" { k += 1; continue }
            if !skip(partOpeners) { break }
        }
        guard skip(["全国", "中央"]) else { return nil }
        let level = String(String.UnicodeScalarView(part[part.index(k, offsetBy: -2)..<k]))
        return skip(["本级", "部门", "一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "公共财政"]) ? level : nil
    }

    /// How the name of a body a sentence opens with ends (a narrower list than `bodySuffixes`: 会 or 所 alone
    /// end too many other words).
    static let namedBodySuffixes = ["委员会", "办公室", "局", "厅", "署", "委", "中心", "院", "政府", "办"]

    /// The last characters of `namedBodySuffixes`: a part whose opening holds none of them names no body.
    static let namedBodyEnds = Set(namedBodySuffixes.compactMap(\.unicodeScalars.last))

    /// The kinds of document a title names, the name standing before them (X2024年部门预算, X2023年度部门整体支出
    /// 绩效自评报告): the most specific first.
    static let kindMarkers = ["部门整体支出绩效自评报告", "部门整体支出绩效评价报告", "整体支出绩效自评报告", "项目支出绩效", "专项资金", "绩效自评报告",
                              "部门预算", "部门决算", "单位预算", "单位决算", "“三公”经费", "三公经费", "部门整体"]
    /// Every word that makes a line with a year a title (a kind, or a looser word for one: 决算, 绩效评价).
    static let titleKinds = kindMarkers + ["决算公开", "预算公开", "决算", "预算", "自评报告", "绩效评价", "三公", "资金分配", "资金使用情况", "绩效监控",
                                           "运行监控", "财政收支", "政府采购", "政府债务", "年度报告", "统计公报", "国有资产", "整改情况", "财务信息公示"]

    /// The text from its title line on: a page copied from a site opens with its banner, breadcrumbs and index
    /// card (欢迎访问…网站！, 首页 > 信息公开, 索引号：… 发布日期：…) before the line that names the year and the
    /// document's kind (示例局2024年部门预算). The text itself when its first line is that line or no line of its
    /// opening is.
    static func fromTitleLine(_ text: String) -> String {
        let kinds = titleKinds
        let lines = ReportText.Lines(text.unicodeScalars).prefix(15)
            .map { (line: $0, text: String($0).trimmingBlanks()) }
            .filter { !$0.text.isEmpty }
        for (k, line) in lines.enumerated() {
            if line.text.contains("。") || line.text.count > 60 { break }
            // A title line: a year, and the kind on it or on the next line (2024 年度 X / 部门整体支出绩效自评报告), or
            // on the line before when this one is the year alone (部门整体支出绩效自评表 / （2024年度）). A form's row
            // is none (主管部门 | X | 填报日期 | 2025年3月18日 over 年度预算资金 | 年初预算数 | …).
            // (A news headline may give a percent: “三公”经费比预算下降12.6%.)
            guard ReportText.isTitleLine(line.text, headline: true), !line.text.contains("|"),
                  let year = line.text.range(of: #"(19|20)\d{2} ?年"#, options: .regularExpression) else { continue }
            let yearAlone = line.text.replacingCharacters(in: year, with: "").allSatisfy { "度（）() ".contains($0) }
            if k > 0, yearAlone, kinds.contains(where: lines[k - 1].text.contains), ReportText.isTitleLine(lines[k - 1].text) {
                return k == 1 ? text : String(text.unicodeScalars[lines[k - 1].line.startIndex...])
            }
            guard kinds.contains(where: line.text.contains) || k + 1 < lines.count && kinds.contains(where: lines[k + 1].text.contains) else { continue }
            return k == 0 ? text : String(text.unicodeScalars[line.line.startIndex...])
        }
        return text
    }

    /// A title's words around a name that are no part of it: an attachment's number (附件2：), 关于 (关于X2023年度
    /// …的说明, X关于2023年度…) and the word for its kind (X局部门2022年度部门决算).
    static func withoutNameAffixes(_ text: String) -> String {
        var name = text
        if let m = name.range(of: #"^附件\s*\d*\s*[：:]?\s*"#, options: .regularExpression) { name.removeSubrange(m) }
        if name.hasPrefix("关于") { name.removeFirst(2) }
        if name.hasSuffix("关于") { name.removeLast(2) }
        return withoutKindWord(name)
    }

    /// A body's name without the word for its kind after it (财政局部门2022年度部门决算, 主管部门 | 示例县司法局部门 |).
    static func withoutKindWord(_ text: String) -> String {
        for word in ["部门", "单位"] where text.hasSuffix(word) {
            let body = String(text.dropLast(word.count))
            if bodySuffixes.contains(where: body.hasSuffix) { return body }
        }
        return text
    }

    /// The name in the first line that reads as a title (a year and a document's kind), when the text opens with
    /// something else: a site's banner (欢迎访问…门户网站！), an index card (发布机构: …), a file name (…-堤防处.pdf).
    /// The name is what the line has before the year (X2024年度项目支出绩效自评报告), else between the year and the
    /// kind (2022年X决算公开), and it must end as a body's name does (局, 中心, 政府 …): a heading such as
    /// 2022年度财政拨款收入、支出决算情况说明 names a table, not a body. The search stops where the prose begins.
    static func titleLineName(_ raw: String) -> String? {
        for line in raw.split(whereSeparator: \.isNewline).prefix(15) {
            let text = line.trimmingSpaces()
            if text.contains("。") { break }
            if let name = titleName(ofLine: text) { return name }
        }
        return nil
    }

    /// The body a title line names (as `titleLineName` reads it), or nil when the line is no title or names no body.
    static func titleName(ofLine text: String) -> String? {
        func body(_ name: String) -> Bool {
            plausibleName(name) && bodySuffixes.contains { name.trimmingCharacters(in: CharacterSet(charactersIn: "）) ")).hasSuffix($0) }
        }
        guard let r = text.range(of: #"(19|20)\d{2} ?年度?"#, options: .regularExpression),
              let kind = titleKinds.first(where: { text[r.upperBound...].contains($0) }) else { return nil }
        let before = withoutNameAffixes(text[..<r.lowerBound].trimmingSpaces())
        if body(before) { return before }
        if let m = text[r.upperBound...].range(of: kind) {
            let between = text[r.upperBound..<m.lowerBound].trimmingSpaces()
            if body(between) { return between }
        }
        return nil
    }

    /// Whether text before a report's kind reads as a department's name: some Chinese, no more than 40
    /// characters, not a section number (第二部分), a document's kind (…自评表(), a sentence or a field.
    static func plausibleName(_ name: String) -> Bool {
        let t = name.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(CharacterSet(charactersIn: "“”\"（）()")))
        guard t.count >= 2, name.count <= 40, t.unicodeScalars.contains(where: \.isHan) else { return false }
        // A list item ((一)本单位…, 二、…, 3. …) or the report speaking of itself (本单位, 我局) names no one.
        if name.range(of: #"^\s*([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])"#, options: .regularExpression) != nil
            || selfReferences.contains(t) { return false }
        return !["部分", "自评表", "评价表", "绩效", "预算", "决算", "报告", "说明", "公布", "。", "：", ":", "\n", "|"].contains(where: name.contains)
    }

    /// How the names of public bodies end: 局, 委员会, 中心, 人民政府, 学校, 卫生院, 管理处, 街道办事处 ….
    static let bodySuffixes = ["局", "委员会", "委", "会", "办公室", "办", "中心", "院", "校", "所", "站", "处", "政府", "厅", "部",
                               "队", "馆", "团", "社", "室", "街道", "镇", "乡", "园", "署", "司", "集团", "公司", "协会", "联合会"]

    /// How a report names its own body without naming it.
    static let selfReferences: Set<String> = ["本单位", "本部门", "我单位", "我部门", "本局", "我局", "本院", "我院", "本校", "我校",
                                              "本机关", "我机关", "本中心", "我中心", "单位", "部门",
                                              // A level of government named without its place (2019年市本级“三公”经费).
                                              "本级", "市本级", "县本级", "区本级", "省本级", "州本级", "省级", "州级", "市级", "县级", "区级"]

    /// The department a form names in a field near its top: 主管部门, 部门(单位)名称, 部门名称, 单位名称 or 预算单位, its value
    /// after the label on the same line (主管部门：X) or on the next (主管部门 | / X |), a blank line between them allowed
    /// (a form copied one cell to a paragraph: 主管部门, a blank line, X). The label must end at a
    /// separator: 预算单位在"财政拨款收入"之外… is prose.
    static func labelledName(_ head: String) -> String? {
        let pattern = #"(主管部门|部门[（(]单位[）)]名称|单位[（(]部门[）)]名称|部门名称|单位名称|预算单位)(?=[ \t:：|\n])[ \t]*[:：]?[ \t]*\|?[ \t]*(?:\n[ \t]*){0,2}([^|\n:：]+?)(?:[ \t]{2,}|[ \t]*\||[ \t]*\n|$)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let ns = head as NSString
        for m in regex.matches(in: head, range: NSRange(location: 0, length: ns.length)) {
            let name = withoutKindWord(ns.substring(with: m.range(at: 2)).trimmingSpaces())
            if plausibleName(name) { return name }
        }
        return nil
    }
}
