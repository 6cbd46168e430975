import Foundation

/// The grammar of report statements. The text (normalised by `ReportText`) is cut into sentences (。！？ and
/// headings) and clauses (，；：); every number with a unit is a statement whose parts are read from the words
/// before it in its clause:
///
/// - a **role** from the cue right before the number: 增加/减少/增长/下降/压缩 (a change, with 比/较/与 naming
///   the base year and measure), 占 ... 的 / 占比 (a share of a named parent), 完成预算的 (completion), 较上年度
///   (the base year's level), 分值 / 扣 (score weight, deduction), else a level;
/// - a **label**, the words before the cue, in which the vocabulary finds a **subject** (the known label ending
///   nearest the number), a **measure** (预算 / 决算 / 实际支出 after the subject) and a **year** (2023 年);
/// - what the label leaves open comes from the context, nearest first: the 分别 list the clause distributes over,
///   the total of the breakdown it belongs to (其中), the subject last named in the sentence, the heading, the
///   document (a project report's amounts are the project's; a 预算 disclosure's are budgets).
///
/// `其中` opens a breakdown of the statement before it (in the sentence, or the last of the previous sentence):
/// the statements after it in the sentence with the same role are its parts. Every statement records the rule
/// that attributed it. Linear in the text: each number looks back at most over its own sentence.
struct StatementReader {
    let vocabulary: ReportVocabulary
    let reportYear: Int?
    let genre: ReportGenre
    /// The report's title (a project's names the money it evaluates: …一事一议财政奖补资金绩效自评报告).
    var title = ""
    /// Whether the text read opens with the report's title: not a later section of a report too long to be read
    /// whole, whose opening lines are the body's (what the title names is then read from `title`).
    var opensWithTitle = true

    /// The measure amounts have when nothing says: budgets in a 预算 disclosure, actuals elsewhere.
    var defaultMeasure: String { genre == .budgetDisclosure ? "budget" : "actual" }

    /// A number with its unit in the normalised text.
    struct Amount {
        let start: Int
        let end: Int
        let value: Double
        let unit: String
        let decimals: Int
        /// Written bare before a list's last number, whose unit it shares (4125.49、4143.91 万元).
        var sharesUnit = false
    }

    func read(_ doc: ReportText, skipping covered: (Int) -> Bool) -> (statements: [Statement], unmatched: [UnattributedNumber]) {
        let s = doc.scalars
        var statements: [Statement] = []
        var unmatched: [UnattributedNumber] = []
        // What the title names (示例县2024年“三公”经费预算情况说明): the text up to its end, not the body's first lines.
        // (A later section's opening is its report's body, 综上，…结转结余… before a heading: its title is `title`.)
        let titled = opensWithTitle ? s : Array(title.unicodeScalars)
        let titleEnd = min(titled.count, 80, opensWithTitle ? doc.headingEnds.first ?? 80 : 80)
        let titleTopic = subjectMention(in: titled, 0..<titleEnd).last?.subject
        // A report whose title runs to a date within the year (2025年1—11月财政收支运行情况) states no figure of the year.
        let titleRunsToADate = titled[0..<titleEnd].contains("月") && Self.dateWithinYear(in: text(titled, 0..<titleEnd)).map { $0.month < 12 } == true
        var lastOfPreviousSentence: Int? = nil, lastLevelOfPreviousSentence: Int? = nil
        // The last amount the previous sentence stated, when a rate came after it (实际支出 50 万元，预算执行率 96.2%。
        // 其中：30 万元用于…): what a 其中 of amounts breaks down.
        var lastAmountOfPreviousSentence: Int? = nil
        var levelsOfPreviousSentence: [Int] = []
        // A budget classification item named by a sentence of its own (1.一般公共服务支出（类）统计信息事务（款）行政运行
        // （项）。): the next sentence's budget and actual (年初预算为 X 万元，支出决算为 Y 万元) are that item's.
        var classificationItem: String? = nil
        // A classification stated as a sentence of its own before its list (（一）按功能分类。卫生健康支出 A 万元，占 x%；…).
        var classifiedBefore = false
        // The year a paragraph speaks of, when its sentences named one (2018年市本级“三公”经费决算总额 2771 万元。分项情况
        // 是：…): a sentence that names no year of its own reads its figures as that year's, not the report's. A new
        // paragraph or heading, or a sentence that says 本年 / 今年, ends it.
        var yearInForce: Int? = nil
        // Lists of an item's parts stated before the item (收入包括：A、B、C；支出包括：…。2024年收支总预算 X), with
        // where each list ends: joined to the item's level when it comes (`joinListsToTheTotalAfter`).
        var listsBeforeTheirTotal: [ListBeforeItsTotal] = []
        // Whether the report speaks of its project's earlier years (以前年度完成投资, 开工以来): then the project's total
        // investment (总投资) runs over several years and is no budget of the year. (Looked for once, when needed.)
        var speaksOfEarlierYears: Bool? = nil
        for whole in sentences(doc) {
            // A table's rows end no sentence (they have no 。): the prose after a table starts after its last row
            // read, so that no label reaches back over the rows (2024年收入预算 X after the 收入预算表).
            // (Looked for back from the sentence's first amount: each scalar of the text is looked at once at most.)
            let amounts = self.amounts(s, in: whole).filter { !covered(doc.originalOffset($0.start)) }
            let sentence = amounts.first.flatMap { first in
                (whole.lowerBound..<first.start).last { covered(doc.originalOffset($0)) }.map { ($0 + 1)..<whole.upperBound }
            } ?? whole
            let sentenceText = text(s, sentence)
            // (A paragraph is told by what normalising left out before the sentence: a line break, a blank line or
            // page furniture; a line break inside a paragraph ends its year too, which errs on the side of the
            // report's year.)
            if sentence.lowerBound > 0, doc.originalOffset(sentence.lowerBound) - doc.originalOffset(sentence.lowerBound - 1) > 1 { yearInForce = nil }
            let ownYear = Self.yearNamed(in: sentenceText)
            let speaksOfTheReportYear = Self.count("本年", in: s, sentence) + Self.count("今年", in: s, sentence) > 0
            let reader = ownYear == nil && !speaksOfTheReportYear && yearInForce != nil && yearInForce != reportYear
                ? StatementReader(vocabulary: vocabulary, reportYear: yearInForce, genre: genre, title: title) : self
            if let ownYear { yearInForce = ownYear } else if speaksOfTheReportYear { yearInForce = nil }
            var current: Int? = nil                 // the level statement later clauses of the sentence are about
            var parenthesized: (outer: Int, close: Int)? = nil  // the level before a parenthesis of levels, and where it closes
            var last: Int? = nil                    // the last statement of the sentence (a 其中 breaks it down)
            var breakdownTotal: Int? = nil          // the total of the open 其中 (a level)
            var candidates: [Int] = []              // what a 其中 may break down: the statements before it
            var breakdownMarks = 0                  // 其中 seen so far in the sentence
            var inlineBreakdownAt: Int? = nil       // where an inline 其中 (其中人员经费 A、公用经费 B；) stands
            var outer: (total: Int, candidates: [Int])? = nil  // the breakdown an inline 其中 opened inside of
            var distribution: [Int] = []            // the statements a 分别 list distributes over
            var distributed = 0
            var previousEnd = sentence.lowerBound
            var clauseOf = -1, clauseCue = ""
            // The words before a list's first amount: what its later amounts are (基本支出 A 和项目支出 B 分别占 a% 和 b%:
            // b% is 分别占 too, not the clause's first word 基本支出).
            var listCue = ""
            let sentenceFirst = statements.count
            // 收入 A 万元，加 B、C，收入总计 T: the amounts added up before the total they make (a budget report's
            // balance), joined to that total when it comes.
            var addition: [Int] = []
            var marks = 0, scannedTo = sentence.lowerBound
            // A sentence that opens with its comparison (较 2020 年度决算数减少 …, 与上年相比 …, 同比 …) names no
            // subject: it goes on about the level the text last stated, when that is near (上级补助收入 8.38 万元，为
            // 事业单位开展业务活动取得的收入。较上年减少 17.40 万元).
            // It is a fallback only: what the sentence's own statements establish comes first.
            var carried: Int? = nil
            if let level = lastLevelOfPreviousSentence, doc.words(from: statements[level].position, to: sentence.lowerBound) < 120,
               Self.opensWithComparison(text(s, sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 12))) {
                // After a sentence of parts (其中，因公出国(境)费 50 万元，公务接待费 478 万元，…。同口径比 2018 年减少
                // 830 万元) the comparison is the whole's: each part's would need 分别.
                let parent = statements[level].parent
                let parts = levelsOfPreviousSentence.filter { parent != nil && statements[$0].parent == parent }
                carried = parts.count >= 2 ? parent : level
            }
            let lists = Self.joinedLists(s, amounts)
            // The classification item may open the sentence itself, before a colon (城乡社区支出（类）…行政运行（项）：
            // 年初预算为 X 万元，支出决算为 Y 万元).
            // (Or before the first amount's measure words: 一般公共服务支出（类）年初预算 600 万元，支出决算 620 万元.)
            let item = classificationItem ?? amounts.first.flatMap {
                let opening = text(s, sentence.lowerBound..<$0.start)
                return Self.classificationItem(opening: opening) ?? itemBeforeMeasureWords(in: opening)
            }
            for (position, amount) in amounts.enumerated() {
                // (Past a parenthesis of parts, 公务用车购置及运行维护费 22.00 万元（其中：…运行维护费 22.00 万元），较上年减少
                // 2.50 万元: the later clauses are about the level before it again.)
                if let p = parenthesized, amount.start > p.close { current = p.outer; parenthesized = nil }
                if previousEnd < amount.start, let flat = flatChange(in: previousEnd..<amount.start, s, doc, statements: statements, from: sentenceFirst) {
                    statements.append(flat)
                }
                // Look back at most `window` scalars: a "sentence" without a full stop can be a whole file.
                let floor = max(sentence.lowerBound, amount.start - Self.window)
                // (A later amount of a list joined by commas, 分别为 A 万元，B 万元和 C 万元, is in its first amount's clause.)
                let clause = lists[position].index > 0 && clauseOf >= 0 ? clauseOf : clauseStart(s, before: amount.start, floor: floor)
                if clause != clauseOf { clauseOf = clause; distributed = 0; clauseCue = text(s, clause..<amount.start) }
                let preStart = max(clause, previousEnd)
                let followsAnAmount = previousEnd > clause
                previousEnd = amount.end
                var pre = text(s, preStart..<amount.start)
                // (The last of parts joined to the amount before it by 和, …市级资金 402.00 万元和县级资金 800.00 万元: the joiner
                // is no word of its name.)
                if followsAnAmount, let joiner = ["以及", "和", "及"].first(where: pre.hasPrefix), pre.count > joiner.count + 1 {
                    pre.removeFirst(joiner.count)
                }
                // (The result of a product worked out after its label, 得分：10×95%=9.5 分, is named by the words before the
                // product: its operands are no amounts of their own. A ratio's, 预算执行率=1,298.60/1,352.40×100%=96.02%, is
                // the formulas' reader's, `inlineFormulas`.)
                if followsAnAmount, pre.trimmingSpaces() == "=" || pre.trimmingSpaces() == "＝" {
                    if let formula = Self.workedFormula(s, endingAt: amount.start, floor: clause), formula > clause,
                       !s[formula..<amount.start].contains(where: { $0 == "/" || $0 == "÷" }) {
                        pre = text(s, clause..<formula)
                    }
                }
                if lists[position].index == 0 { listCue = pre }
                let clauseText = text(s, clause..<amount.start)
                let sentenceBefore = text(s, floor..<amount.start)
                // 其中 opens a breakdown of the statement before it (in this sentence, else the previous one's last).
                let scanned = max(sentence.lowerBound, scannedTo - 1)..<amount.start
                marks += Self.count("其中", in: s, scanned) + Self.listOpeners(in: s, scanned)
                scannedTo = amount.start
                if marks > breakdownMarks {
                    breakdownMarks = marks
                    outer = breakdownTotal.map { ($0, candidates) }
                    // 其中： (or 其中，) opens a list whose items ； separates; 其中 straight before its first item opens
                    // one clause's breakdown, which ； closes (基本支出 X，其中人员经费 A、公用经费 B；项目支出 Y).
                    let at = scanned.last { $0 + 1 < s.count && s[$0] == "其" && s[$0 + 1] == "中" }
                    // (其中 opening its sentence, 其中公务接待费 A，占 x%；公务用车运行维护费 B, opens the sentence's list.)
                    // (So does 其中 right after a parenthesis, （其中：公务用车购置费 a，公务用车运行维护费 b）, which its closing
                    // parenthesis closes.)
                    inlineBreakdownAt = at.flatMap { $0 + 2 < s.count && !"：:，,".unicodeScalars.contains(s[$0 + 2])
                        && s[sentence.lowerBound..<$0].contains { $0 != " " && $0 != "\n" } || Self.opensParenthesis(s, before: $0) ? $0 : nil }
                    // A list opened inside an item of another (…，其中：人员经费 A 万元，主要包括：基本工资 a 万元、…；公用经费 B
                    // 万元; 其中：基本支出 A 万元，包括人员经费 a 万元、公用经费 b 万元；项目支出 B 万元): ； ends it, as it ends an
                    // inline 其中, and the outer list goes on.
                    if inlineBreakdownAt == nil, at == nil, outer != nil,
                       let opener = scanned.last(where: { s[$0] == "：" || s[$0] == ":" || s[$0] == "包" && $0 + 1 < s.count && s[$0 + 1] == "括" }),
                       !s[opener..<amount.start].contains(where: ReportText.isSemicolon) {
                        inlineBreakdownAt = opener
                    }
                    // (So does a 其中： inside an item of a list this sentence opened before: 其中：A …；B 万元，完成预算的 r，
                    // 其中：b1 …，b2 …；C ….)
                    if inlineBreakdownAt == nil, at != nil, outer != nil { inlineBreakdownAt = at }
                    // The total is the last statement before 其中 of the parts' kind: a level for levels (总额 X，比上年
                    // 减少 Y，其中：A ...), a change for changes (较上年减少 Y，其中 A 减少 ...).
                    // (Those of the 2,000 words before it at most (`ReportText.nearest`): a run-on text of one sentence holding
                    // thousands of 其中 would make each gather the sentence's every statement.)
                    candidates = doc.nearest(statements, before: amount.start, within: 2000).prefix { $0 >= sentenceFirst }
                        .filter { statements[$0].role == .level || isChange(statements[$0].role) }.reversed()
                    // (A sentence of changes that opens with its comparison goes on about the level it carries: levels listed
                    // after its 其中 are that level's parts, 收入 A。同比增加 B，增长 r，其中：财政拨款收入 a，…)
                    if let carried, !candidates.contains(where: { statements[$0].role == .level }) { candidates.insert(carried, at: 0) }
                    // A list word after ； opens a list of the clause's own words (收入包括：…；支出包括：…), not of
                    // the statements before: its total is what those words name, if stated, else none.
                    var ownList = false
                    // (So does an item's 中 after ；: 收支预算总额 T，收入预算中，…；支出预算中，基本支出 …: the spending's
                    // list, of the total of both sides when no spending is stated.)
                    if at == nil, let colon = scanned.last(where: { s[$0] == "：" || s[$0] == ":" })
                        ?? scanned.last(where: { s[$0] == "中" && Self.itemOfMoneyOpens(s, at: $0, from: sentence.lowerBound) }) {
                        // (`colon` is then the item's 中.)
                        let itemOpens = s[colon] == "中"
                        let start = clauseStart(s, before: colon, floor: sentence.lowerBound)
                        if start > sentence.lowerBound, ReportText.isSemicolon(s[start - 1]), start < colon,
                           !candidates.contains(where: { statements[$0].position >= start }) {
                            let named = subjectMatch(in: text(s, start..<colon), weak: itemOpens)?.subject
                            candidates = Array(candidates.filter { named != nil && statements[$0].subject == named && statements[$0].role == .level }.suffix(1))
                            if candidates.isEmpty, itemOpens, let both = totalOfBothSides(listing: named, unit: amount.unit, statements,
                                                                                            among: doc.nearest(statements, before: amount.start, within: 600).prefix { $0 >= sentenceFirst }) {
                                candidates = [both]
                            }
                            ownList = true
                            if candidates.isEmpty, !itemOpens, let listed = named ?? listedItem(text(s, start..<colon)) {
                                listsBeforeTheirTotal.append(ListBeforeItsTotal(subject: listed, first: statements.count, opened: start,
                                                                                colon: colon, in: s, sentence: sentence))
                            }
                        }
                    }
                    if candidates.isEmpty && !ownList {
                        // A list that names its total without its amount (一般公共预算财政拨款支出决算主要用于以下方面：)
                        // breaks down that item's last level stated before.
                        // (本年收入中，…: the item before 中.)
                        let itemOpener = at == nil ? scanned.last { s[$0] == "中" && Self.itemOfMoneyOpens(s, at: $0, from: sentence.lowerBound) } : nil
                        let openerAt = at ?? itemOpener ?? scanned.last { s[$0] == "：" || s[$0] == ":" } ?? amount.start
                        // (The 200 scalars before the opener at most: the words naming a list's item stand near it, and a text
                        // without full stops would make each opener read everything before it.)
                        let opening = text(s, max(sentence.lowerBound, openerAt - 200)..<max(sentence.lowerBound, openerAt))
                        // (Looking back no further than 600 scalars keeps reading linear.)
                        let reach = doc.nearest(statements, before: sentence.lowerBound, within: 600)
                        // (An item named right before 中 is the list's whole even by a weak name: 支出预算中，….)
                        let named = subjectMatch(in: opening, weak: itemOpener != nil)?.subject
                        // (Or the level the opening names by its own label, whatever its subject: 本年支出主要用于 after another
                        // budget's 本年支出.)
                        // (An item stated just before by the very name before 中 is that item, whatever the vocabulary
                        // makes of the name: 固定资产 1,052.44 万元。固定资产中，房屋及构筑物 …; 事业收入 A，其他收入 B。事业收入中，…
                        // though both are other revenue to the vocabulary.)
                        let itemNamed = itemOpener == nil ? nil : Optional(Self.cleanLabel(opening)).flatMap { name in
                            name.count < 2 ? nil : reach.first { statements[$0].role == .level && statements[$0].label == name && statements[$0].unit == amount.unit }
                        }
                        if let itemNamed {
                            candidates = [itemNamed]
                        } else if let named, let stated = reach.first(where: {
                            let level = statements[$0]
                            return level.role == .level && level.unit == amount.unit
                                && (level.subject == named || level.label.count >= 2 && opening.hasPrefix(level.label))
                        }) {
                            candidates = [stated]
                        } else if let listed = named ?? listedItem(opening), at == nil, openerAt < amount.start,
                                  s[openerAt] == "：" || s[openerAt] == ":" {
                            // A list that names its item, not yet stated, after a colon (收入包括：…): the item's
                            // level may follow the lists.
                            listsBeforeTheirTotal.append(ListBeforeItsTotal(subject: listed, first: statements.count, opened: sentence.lowerBound,
                                                                            colon: openerAt, in: s, sentence: sentence))
                        } else {
                            // After a sentence of changes only (…收、支总计各增加 X，增长 y%。其中：…), the level those
                            // changes are of.
                            let changed = lastOfPreviousSentence.flatMap { c -> Int? in
                                guard isChange(statements[c].role) else { return nil }
                                if let a = statements[c].about { return a }
                                let grand = vocabulary.isGrandTotal(statements[c].label)
                                return reach.first { statements[$0].role == .level && statements[$0].key == statements[c].key
                                    && statements[$0].year == statements[c].year && vocabulary.isGrandTotal(statements[$0].label) == grand }
                            }
                            var before = lastLevelOfPreviousSentence.map { inDocumentsMeasure($0, among: levelsOfPreviousSentence, statements) }
                                ?? changed ?? lastOfPreviousSentence
                            // (Not what was left unspent: 实际发放资金 A，结余资金 B。其中：… breaks down what was spent.)
                            if let b = before, let spent = Self.spending(before: b, nearestFirst: levelsOfPreviousSentence.reversed(), statements) {
                                before = spent
                            }
                            // (The change itself stays a candidate: parts that are changes, 其中：A 同口径比上年减少 a …,
                            // break down the change.)
                            // (Past the funds' sources stated last, a list that is no list of sources breaks down the funds,
                            // when the last source cannot hold its first item: …县级资金 800 万元。资金共安排项目 146 个，其中：
                            // 产业发展类项目 92 个，安排资金 5,624 万元.)
                            var climbed = false
                            if let b = before, statements[b].role == .level, statements[b].unit == amount.unit, statements[b].value < amount.value,
                               Self.namesLevelOfGovernment(statements[b].label), !Self.namesLevelOfGovernment(Self.cleanLabel(pre)) {
                                var whole = b
                                while statements[whole].value < amount.value, let p = statements[whole].parent,
                                      statements[p].role == .level, statements[p].unit == amount.unit { whole = p }
                                if whole != b, statements[whole].value >= amount.value { before = whole; climbed = true }
                            }
                            let change = changed != nil && lastOfPreviousSentence != before ? lastOfPreviousSentence : nil
                            let lastAmount = lastAmountOfPreviousSentence.flatMap { $0 == before || climbed || Self.namesUnspentFunds(statements[$0].label) ? nil : $0 }
                            candidates = [change, before, lastAmount].compactMap { $0 }
                            // (A grand total of the other side stated beside it, 收入总计 A，支出总计 B。其中，本年收入合计 …: a
                            // candidate too, first, for the year's total of its own side.)
                            candidates = levelsOfPreviousSentence.filter { vocabulary.isGrandTotal(statements[$0].label) && !candidates.contains($0) } + candidates
                            // (Not another item's: 支出预算中： after a sentence of revenue items breaks none of them down.)
                            if let item = named ?? subjectMatch(in: opening)?.subject {
                                candidates = candidates.filter { statements[$0].subject == item }
                                // (A total of both sides stated before, 收支预算总额 X 万元。收入预算中，…。支出预算中，…, is
                                // the total of either side's list.)
                                if candidates.isEmpty, let both = totalOfBothSides(listing: item, unit: amount.unit, statements, among: reach) {
                                    candidates = [both]
                                }
                            }
                            // (Parts named by a level's own name with a qualifier before it break down that level, not the
                            // last one: 资产总额 A，负债总额 B，净资产 C。其中，行政单位资产总额 a，事业单位资产总额 b.)
                            if let whole = Self.levelNamedByItsEnding(Self.cleanLabel(pre), among: levelsOfPreviousSentence.filter {
                                statements[$0].role == .level && statements[$0].unit == amount.unit }, statements) {
                                candidates = [whole]
                            }
                        }
                    }
                    breakdownTotal = candidates.last { statements[$0].role == .level }.map { inDocumentsMeasure($0, among: candidates, statements) }
                        ?? candidates.last
                }
                // (A list opened inside an item of another also ends at a comma before the item's sibling by the
                // accounting: 人员经费 A，主要包括：基本工资 a、…、其他 b，公用经费 B，主要包括：… .)
                func commaBeforeASibling(of total: Int, after at: Int) -> Int? {
                    guard outer != nil, let whole = statements[total].subject,
                          let comma = (at..<amount.start).last(where: { s[$0] == "，" || s[$0] == "," }),
                          let next = subjectMatch(in: text(s, (comma + 1)..<amount.start), weak: false)?.subject, next != whole,
                          !vocabulary.wholes(holding: [whole, next]).isEmpty else { return nil }
                    return comma
                }
                if let at = inlineBreakdownAt, let total = breakdownTotal,
                   let stop = Self.opensParenthesis(s, before: at) ? Self.closingParenthesis(s, from: at, before: amount.start)
                       : (at..<amount.start).last(where: { ReportText.isSemicolon(s[$0]) }) ?? commaBeforeASibling(of: total, after: at) {
                    // Back to the list it was opened in (从预算构成看，A …；B …，其中 B1、B2；C …: C is a part again),
                    // unless the clause after ； names another part of the same total by the accounting (决算支出较上年
                    // 减少 170.13 万元，其中基本支出减少 177.61 万元，…；项目支出增加 7.48 万元).
                    let named = subjectMatch(in: text(s, (stop + 1)..<amount.start), weak: false)?.subject
                    let parts = statements[sentenceFirst...].filter { $0.parent == total }.compactMap(\.subject)
                    // (Or, under the revenue, another source of it: 本年收入合计 T，其中财政拨款收入 A，占 a%；其他收入 B.)
                    let sibling = outer == nil && named.map { n in
                        vocabulary.identities.contains { identity in
                            identity.total == statements[total].subject && identity.parts.contains { $0.contains(n) && parts.contains(where: $0.contains) }
                        } || statements[total].subject == "revenue" && ReportVocabulary.isSourceOfRevenue(n) && !parts.isEmpty
                            && parts.allSatisfy(ReportVocabulary.isSourceOfRevenue)
                    } == true
                    if sibling { inlineBreakdownAt = nil }
                    else { breakdownTotal = outer?.total; candidates = outer?.candidates ?? []; inlineBreakdownAt = nil; outer = nil }
                }
                // 从收入来源看 / 按支出性质分 / 按经济分类: the sentence breaks down the previous sentence's total.
                // (Not an average's: 生均公用经费 1,755.74 元 before 按支出功能分类，… is no total of the functions.)
                if last == nil && breakdownTotal == nil && (Self.isClassification(sentenceBefore) || classifiedBefore && position == 0),
                   var total = lastLevelOfPreviousSentence,
                   !Self.namesAverage(statements[total].label) {
                    // After another classification (从结构来看 … 从组织形式来看), the total both break down, not the
                    // previous list's last part; an amount, not a rate stated after it.
                    // (Not from the year's own total up to the grand total holding it: 本年支出合计 under 支出总计 is what
                    // 从支出结构看 breaks down.)
                    if let whole = statements[total].parent, !vocabulary.isYearsTotal(statements[total], within: statements[whole]) { total = whole }
                    if statements[total].unit != amount.unit,
                       let same = levelsOfPreviousSentence.last(where: { statements[$0].role == .level && statements[$0].unit == amount.unit }) {
                        total = same
                    }
                    // (A part is no larger than its whole: past a smaller amount stated last (实际采购金额 49.81 亿元，节约资金
                    // 2.55 亿元。从采购类别看，货物类采购 12.40 亿元), the last level that can hold the first item.)
                    // (Or, when that sentence holds none, the nearest before it: 本年支出合计 A，其中：…。年末结转和结余 B。
                    // 按支出功能分类，教育支出 a，….)
                    // (None that can: the sentence breaks down no total stated before, 涉及金额 3.62 亿元。从审计结果看，…。
                    // 市级一般公共预算收入 486.20 亿元.)
                    func holds(_ k: Int) -> Bool { statements[k].role == .level && statements[k].unit == amount.unit && statements[k].value >= amount.value }
                    var holdsTheFirst = true
                    if statements[total].unit == amount.unit, statements[total].value < amount.value {
                        if let larger = levelsOfPreviousSentence.last(where: holds) ?? doc.nearest(statements, before: sentence.lowerBound, within: 160).first(where: holds) {
                            total = larger
                        } else { holdsTheFirst = false }
                    }
                    // 从2024年预算构成看: of the previous sentence's totals, the one of the year and measure it names.
                    let named = Self.lastYear(in: Substring(sentenceBefore)), namedMeasure = measure(in: sentenceBefore, spending: false)?.measure
                    if named != nil || namedMeasure != nil, let match = levelsOfPreviousSentence.last(where: {
                        (named == nil || statements[$0].year == named) && (namedMeasure == nil || statements[$0].measure == namedMeasure) }) {
                        total = match
                    }
                    if holdsTheFirst || statements[total].value >= amount.value {
                        breakdownTotal = total
                        candidates = [total]
                    }
                }
                // 与上年相比，分别减少 A、B、C: a 分别 list that names no items goes to the last items the sentence before
                // stated (…中，因公出国(境)费 a，公务用车购置及运行费 b，公务接待费 c。), in order.
                // (A clause that lists its own items, 政府集中采购、部门集中采购、分散采购规模分别为 …, names them.)
                // (Shares after 分别占 go to the items this sentence stated last, when as many of one whole stand there: 其中，
                // 教育支出 A，…，农林水支出 D，分别占全部支出的 a%、b%、c%、d%.)
                // (So do changes after 分别 that name no items, in order, to as many levels of the sentence in their unit:
                // 基本支出 A，项目支出 B 分别比上年增加 a 和 b.)
                let sharesOfItems = amount.unit == "%" && clauseText.contains("分别占")
                let changesOfItems = listCue.hasPrefix("分别") && Self.changeCue(String(listCue.dropFirst(2))).map { $0.subjectLabel.isEmpty } == true
                if distribution.isEmpty, lists[position].index == 0, lists[position].count > 1, sharesOfItems || changesOfItems {
                    let items = (sentenceFirst..<statements.count).filter {
                        statements[$0].role == .level && statements[$0].unit != "%" && (amount.unit == "%" || statements[$0].unit == amount.unit)
                    }.suffix(lists[position].count)
                    // (Shares with no 其中, when the sentence stated a level before them, their whole: 支出合计 T，基本支出 A 和
                    // 项目支出 B 分别占 a% 和 b%.)
                    if items.count == lists[position].count, let first = items.first,
                       changesOfItems || statements[first].parent != nil
                           || first > sentenceFirst && statements[sentenceFirst].role == .level && statements[sentenceFirst].unit == statements[first].unit,
                       items.allSatisfy({ statements[$0].parent == statements[first].parent }) {
                        distribution = Array(items)
                    }
                }
                if distribution.isEmpty, lists[position].index == 0, lists[position].count > 1,
                   Self.distributes(clauseText, listCount: lists[position].count), subjectMatch(in: clauseText, weak: false) == nil,
                   !(clauseText.components(separatedBy: "分别").first ?? "").contains("、") {
                    let items = levelsOfPreviousSentence.filter { statements[$0].role == .level && statements[$0].unit == amount.unit }
                    if items.count >= lists[position].count { distribution = Array(items.suffix(lists[position].count)) }
                }
                // A sentence right under a heading that names a structure (一般公共预算当年拨款结构情况) lists the parts
                // of the level that heading names.
                if position == 0, breakdownTotal == nil, statements.count == sentenceFirst,
                   let total = structureHeadingTotal(s, doc, sentence: sentence, statements: statements, unit: amount.unit) {
                    breakdownTotal = total
                    candidates = [total]
                }
                let snippet = snippetSpan(s, amount.start, amount.end)
                let offset = doc.originalOffset(amount.start)
                guard var st = itemStatement(item: item, pre: pre, amount: amount, year: reportYear, snippet: snippet, offset: offset)
                    ?? reader.classify(pre: pre, clauseText: clauseText, cue: lists[position].count > 1 ? listCue : clauseCue, sentenceBefore: sentenceBefore, amount: amount,
                                        list: lists[position], s: s, doc: doc,
                                        statements: statements, current: current ?? carried, breakdownTotal: breakdownTotal,
                                        distribution: distribution, distributed: &distributed, titleTopic: titleTopic,
                                        snippet: snippet, offset: offset) else {
                    if ["万元", "%", "人", "分"].contains(amount.unit) {
                        unmatched.append(UnattributedNumber(value: amount.value, unit: amount.unit, offset: offset, snippet: snippet))
                    }
                    continue
                }
                // (The sentence's opening only: a "sentence" may be a whole file. Its scalars tell cheaply whether its
                // words can say so: 预 of 预计, a month or a part of the year, or the clause's 确 or 力.)
                let opening = sentence.lowerBound..<min(amount.start, sentence.lowerBound + 24)
                if s[opening].contains(where: { $0 == "预" || $0 == "月" || $0 == "季" || $0 == "半" })
                    || clauseText.unicodeScalars.contains(where: { $0 == "确" || $0 == "力" || $0 == "预" }),
                   Self.namesNoOutturn(sentence: text(s, opening), clause: clauseText) {
                    st.isNoOutturn = true
                }
                if titleRunsToADate { st.isNoOutturn = true }
                // A revenue total named for both sides (收支总预算 X, 收支预算总额 X) states the spending too.
                if st.role == .level, st.unit == "万元", st.subject != nil, st.spendingToo == nil {
                    st.spendingToo = spendingNamedWith(bothSides: st.label).flatMap { $0 == st.subject ? nil : $0 }
                }
                // What is counted is never paid: money named by its word (退休费 50.00 万元 by 退休) is an item of its own.
                if let subject = st.subject, st.role == .level, st.unit == "万元", vocabulary.isCounted(subject) {
                    st.subject = nil; st.key = "label:" + st.label
                }
                // The year's revenue and spending named bare after the sentence opened with another budget's balance
                // (政府性基金预算财政拨款年初结转和结余 A，本年收入 B，本年支出 C): that budget's, not the department's.
                if let subject = st.subject, subject == "revenue" || subject == "expenditure", Self.budgetType(of: st.label) == nil,
                   let opening = statements[sentenceFirst...].first(where: { $0.role == .level }),
                   let scoped = Self.otherBudgetsSubjects[Self.budgetType(of: opening.label) ?? ""] {
                    st.subject = subject == "revenue" ? scoped.revenue : scoped.expenditure
                    st.key = st.subject! + ":" + (st.measure ?? "")
                }
                // A sum over several years (项目累计完成投资 9,860.20 万元，…，其中 2024 年完成投资 …，以前年度完成投资 …) is
                // no figure of the year either. (From the window's floor, not the sentence's start: a "sentence" may be a
                // whole file, and this runs for every such amount.)
                if st.role == .level, clauseText.unicodeScalars.contains("累"), st.label.contains("累计"),
                   Self.namesEarlierYears(text(s, floor..<min(sentence.upperBound, amount.end + 120))) {
                    st.isNoOutturn = true
                }
                if st.role == .level, clauseText.unicodeScalars.contains("投"), st.label.contains("总投资") {
                    if speaksOfEarlierYears == nil { speaksOfEarlierYears = Self.namesEarlierYears(text(s, 0..<s.count)) }
                    if speaksOfEarlierYears == true { st.isNoOutturn = true }
                }
                // (An average is no part: 其中人员经费 A，公用经费 B；人均人员经费 a.)
                if breakdownTotal != nil, st.about == nil, !Self.namesAverage(st.label) {
                    // New money listed under an increase (增加 26,240 万元，其中：上级补助收入增加 18,740 万元，新增一般债券 7,500
                    // 万元; 增加 34,000 万元，全部为新增专项债券，其中：棚户区改造 20,000 万元，…) is a part of the increase.
                    if st.role == .level, let c = candidates.last, case .change(let sign) = statements[c].role, sign > 0,
                       statements[c].unit == st.unit, st.label.hasPrefix("新增") || Self.namesNewMoney(s, from: statements[c].position, to: amount.start) {
                        st.role = .change(sign: 1)
                        st.rule = "new-money"
                    }
                    let kind = { (r: StatementRole) in r == .level ? 0 : self.isChange(r) ? 1 : 2 }
                    // (Of two grand totals before 其中, 收入总计 A，支出总计 B。其中，本年收入合计 …；本年支出合计 …, each year's
                    // total is its own side's.)
                    let ownGrand = st.subject == nil ? nil : candidates.last {
                        kind(statements[$0].role) == kind(st.role) && statements[$0].unit == st.unit && vocabulary.isYearsTotal(st, within: statements[$0])
                    }
                    if let last = ownGrand ?? candidates.last(where: { kind(statements[$0].role) == kind(st.role) && statements[$0].unit == st.unit }) {
                        let total = kind(st.role) == 0 ? inDocumentsMeasure(last, among: candidates, statements) : last
                        let t = statements[total]
                        // A part named only by its use (其中：30 万元用于审计) is that use, not the total restated, nor
                        // the item the sentence is about (the project's budget) when the total's label names none.
                        if st.role == .level, isGeneric(pre), let use = Self.purpose(s, after: amount.end) {
                            st.key = "label:" + use; st.label = use; st.subject = nil; st.rule = "purpose"
                        }
                        // A grand total's parts include the year's own total (收入总计 434.72 万元，其中：本年收入合计
                        // 434.16 万元，年初结转和结余 0.55 万元), though both name one subject.
                        let yearsTotalOfGrand = vocabulary.isYearsTotal(st, within: t)
                        // A part's other measure, named by its measure alone right after it (其中：…；项目支出决算 A，年初
                        // 预算为 B，完成年初预算的 c%), is that part's budget, no part of its own.
                        // (Past a rate stated of the part: 基本支出 A，执行率 r，基本支出全年预算数为 B.)
                        let previous = statements.suffix(3).last { $0.unit == st.unit }
                        // (Only in a list of the total's own measure under a total the vocabulary knows: a list that gives
                        // each item's actual beside its budget under 差值为 0.80 万元。其中：… compares; the audit leaves it.)
                        let otherMeasureOfPart = st.role == .level && ["sentence-topic", "clause-label"].contains(st.rule) && t.subject != nil && t.measure != nil && st.measure != t.measure
                            && previous.map {
                                $0.parent == total && $0.role == .level && $0.subject == st.subject && $0.measure == t.measure && $0.year == st.year
                            } == true
                        // (Nor a sibling of the total, which ends its list: 基本支出 A，其中：人员经费 a，公用经费 b；项目支出 B. Of
                        // money, in a list inside no other: scores are grouped differently by different rules, 项目效益 holding
                        // 满意度 in some; and a list inside another goes back to the outer one.)
                        // (But a project's money may be spent on what the vocabulary makes its siblings in a department's
                        // spending: in a list that opens with one, 项目预算 A，其中：人员经费 a，公用经费 b, they are its parts,
                        // while a sibling of the total that is none of the first part's, 基本支出预算 B, still ends it.)
                        func areSiblings(_ x: Statement, _ y: Statement) -> Bool { x.subject.map { p in y.subject.map { vocabulary.areSiblings(p, $0) } ?? false } == true }
                        let first = statements[(total + 1)...].first { $0.parent == total }
                        let sibling = st.role == .level && st.unit == "万元" && outer == nil && areSiblings(st, t)
                            && (t.subject != "project" || first.map { !areSiblings($0, t) || !areSiblings(st, $0) } == true)
                        // (Nor an item of another class: 其中主要项目：1. 一般公共服务支出（类）…（项）after 住房保障支出 A 万元.)
                        let ofAnotherClass = Self.isItem(st, ofAnotherClassThan: t)
                        // (Nor the total's own item in another measure: 项目预算 A，其中：…；实际支出 B, the project's
                        // spending, ends the budget's list.)
                        let ownItemsOtherMeasure = st.role == .level && st.subject != nil && st.subject == t.subject && t.measure != nil
                            && st.measure != nil && st.measure != t.measure && st.year == t.year
                        // (Nor the department's spending under its revenue: 部门预算收入 A，其中：财政拨款 a、其他资金 b，实际支出
                        // C. A total named for both sides, 收支总预算 T，其中：基本支出 …, holds it.)
                        let spendingAfterRevenue = st.role == .level && st.subject == "expenditure" && t.subject == "revenue"
                            && t.spendingToo == nil && st.spendingToo == nil
                        // (Nor the initial budget as adjusted, named by budget words alone: 年初预算 A，其中：基本支出 …，项目支出 …；
                        // 调整预算 B.)
                        let adjustedWhole = st.role == .level && st.measure == "budget" && st.stage == "adjusted" && t.measure == "budget"
                            && t.stage == "initial" && isGeneric(st.label)
                        if sibling || ownItemsOtherMeasure || spendingAfterRevenue || adjustedWhole {
                            breakdownTotal = nil; candidates = []
                        } else if kind(st.role) < 2 && (st.key != t.key || yearsTotalOfGrand) && st.year == t.year && !otherMeasureOfPart && st.summedScores == nil
                                    && !ofAnotherClass {
                            st.parent = total; st.breakdown = sentence.lowerBound
                        }
                        if st.role == .level && t.role == .level && st.key == t.key && st.year == t.year && st.value < t.value {
                            statements[total].holdsTheYearsTotal = true
                            // (The year's total is then a part of the whole: 总收入 132.56 万元，其中本年收入 124.54 万元.)
                            if st.summedScores == nil { st.parent = total; st.breakdown = sentence.lowerBound }
                        }
                    }
                }
                // (The money a project's title names, a part of the project's total investment (项目总投资 A，其中：财政奖补
                // 资金 B，村民筹资筹劳 C): the total, with others' money in it, is no budget of the project's.)
                if st.rule == "project-report", st.measure == "budget", let p = st.parent, statements[p].key == st.key, statements[p].label.contains("总投资"),
                   Self.wordsAfterTheFunds(st.label, namedIn: title) == "" {
                    statements[p].subject = nil; statements[p].key = "label:" + statements[p].label
                }
                statements.append(st)
                let index = statements.count - 1
                if st.role == .level && st.unit == "万元" && st.parent == nil {
                    let addedHere = clauseText.trimmingSpaces().hasPrefix("加")
                    if addedHere, addition.isEmpty, let first = current, statements[first].role == .level, statements[first].unit == "万元",
                       first >= sentenceFirst {
                        addition = [first, index]
                    } else if addedHere, !addition.isEmpty {
                        addition.append(index)
                    } else if addition.count >= 2, ["合计", "总计"].contains(where: st.label.contains) {
                        for k in addition { statements[k].parent = index; statements[k].breakdown = sentence.lowerBound }
                        addition = []
                    } else {
                        addition = []
                    }
                }
                // What a later clause's list (各下降 x%、y%) distributes over: the levels of a 分别 list, the changes of a
                // list of amounts (各减少 A、B 万元).
                if Self.distributes(clauseText, listCount: lists[position].count)
                    && (st.role == .level && st.rule == "list-distribution" || isChange(st.role) && lists[position].count > 1) {
                    distribution.append(index)
                }
                // (Within a window of the level either side: a "sentence" without a stop can be a whole file.)
                if st.role == .level, parenthesized == nil, let outer = current, statements[outer].role == .level, statements[outer].position < st.position,
                   let open = (max(statements[outer].position, st.position - Self.window)..<st.position).last(where: { s[$0] == "（" || s[$0] == "(" }),
                   !s[open..<st.position].contains(where: { $0 == "）" || $0 == ")" }),
                   let close = (st.position..<min(sentence.upperBound, st.position + Self.window)).first(where: { s[$0] == "）" || s[$0] == ")" }) {
                    parenthesized = (outer, close)
                }
                if st.role == .level { current = index }
                // A change in 万元 after a rate (预算执行率 95%，较上年增加 27.53 万元，增长 27.2%) is the amount's
                // before it: that amount is what the sentence's later cues are about.
                if isChange(st.role), st.unit == "万元", let a = st.about, statements[a].unit == "万元", current.map({ statements[$0].unit != "万元" }) ?? true {
                    current = a
                }
                // A change that names its subject without a level (公务接待费比上年减少 0.58 万元) is what the
                // sentence's later cues (下降 4.68%) are about.
                if isChange(st.role) && st.about == nil && st.rule == "change-of-named-subject"
                    && (current == nil || isChange(statements[current!].role)) { current = index }
                if st.role == .level || (isChange(st.role) && st.unit == "万元") { last = index }
            }
            // (An amount's unit may reach past the sentence's end in a broken text.)
            if !amounts.isEmpty, previousEnd < sentence.upperBound,
               let flat = flatChange(in: previousEnd..<sentence.upperBound, s, doc, statements: statements, from: sentenceFirst) {
                statements.append(flat)
            }
            if !amounts.isEmpty, sentenceFirst < statements.count {
                continueThePreviousTopic(&statements, from: sentenceFirst, previous: levelsOfPreviousSentence,
                                         opening: text(s, sentence.lowerBound..<statements[sentenceFirst].position))
            }
            if let last { lastOfPreviousSentence = last } else if !amounts.isEmpty { lastOfPreviousSentence = nil }
            if let current, statements[current].role == .level { lastLevelOfPreviousSentence = current }
            else if !amounts.isEmpty { lastLevelOfPreviousSentence = nil }
            classificationItem = amounts.isEmpty ? Self.classificationItem(sentenceText) : nil
            // (Not one that opens a list with its colon, 按支出功能分类：, whose items the list's own reading takes.)
            let opening = sentenceText.trimmingSpaces()
            classifiedBefore = amounts.isEmpty && !opening.hasSuffix("：") && !opening.hasSuffix(":")
                && Self.isClassification(Self.withoutEnumeration(opening))
            if !amounts.isEmpty {
                lastAmountOfPreviousSentence = statements[sentenceFirst...].lastIndex { $0.role == .level && $0.unit == "万元" }
                levelsOfPreviousSentence = statements.indices[sentenceFirst...].filter { statements[$0].role == .level || statements[$0].role == .baseLevel }
            }
        }
        joinPartsNamedByTheirShares(&statements, doc)
        Self.joinEnumeratedItems(&statements, doc)
        joinSiblingsInTheirOwnSentences(&statements, doc)
        Self.joinListsToTheTotalAfter(listsBeforeTheirTotal, &statements)
        Self.changesOfTheLaterYear(&statements)
        Self.joinPartsInParentheses(&statements, s)
        Self.separateStaffWithRetirees(&statements)
        Self.separateIndicatorsScoredInASection(&statements, s)
        Self.averagesMeasureNoWhole(&statements)
        // (What only the whole text decides: a 其中 list by what it adds up to, an adjustment by its label.)
        Self.reattachBreakdowns(&statements)
        reattachToTheirItem(&statements)
        nestPartsUnderTheirSiblingItem(&statements)
        joinPartsToTheWholeTheirSharesName(&statements)
        splitSourcesFromTheirSpending(&statements)
        Self.joinSharedPartsToTheTotalTheyAddUpTo(&statements)
        Self.separatePartsOfOtherBudgets(&statements)
        Self.separateAdjustments(&statements)
        Self.balancesToTheirWhole(&statements)
        partsOfTheirOwnSubject(&statements)
        wholesOfTheMoneyActedOn(&statements, doc)
        return (statements, unmatched)
    }

    /// Money named with no measure and followed straight away by what was done with it (项目资金 300 万元，已支付 285
    /// 万元，支付率 95%): the money allotted, its budget, and what was paid of it its actual, not an actual of 300 beside
    /// an item of its own. (Only money named as funds, 资金 or 经费, whose words say no measure; what was done names the
    /// act alone, 已支付, 已使用, 已拨付, and is no more than the whole.)
    func wholesOfTheMoneyActedOn(_ statements: inout [Statement], _ doc: ReportText) {
        for k in statements.indices.dropLast() where statements[k].role == .level && statements[k].unit == "万元" && statements[k].measure == "actual" {
            let whole = statements[k], done = statements[k + 1]
            guard let subject = whole.subject, ["资金", "经费"].contains(where: whole.label.hasSuffix), measure(in: whole.label) == nil,
                  done.role == .level, done.unit == "万元", done.subject == nil, done.year == whole.year, done.value <= whole.value,
                  let act = Self.actOnMoney(in: done.label),
                  ["", "已", "共", "累计", "实际"].contains(where: { $0 + act == Self.withoutYears(done.label) }),
                  doc.words(from: whole.position, to: done.position) < 16 else { continue }
            statements[k].measure = "budget"; statements[k].key = subject + ":budget"
            statements[k + 1].subject = subject; statements[k + 1].measure = "actual"; statements[k + 1].key = subject + ":actual"
        }
    }

    /// A level stated as less than the whole of its own subject (本部门一般公共预算支出 A，占总支出的 93.33%) is a part of
    /// that subject, not its total: it keeps its label, not the subject. (Not of a grand total: 本年支出合计 is the
    /// year's spending though 95% of a 支出总计 holding balances.)
    func partsOfTheirOwnSubject(_ statements: inout [Statement]) {
        var parts: [Int: String] = [:]
        for share in statements where share.role == .share && share.value < 99.5 {
            guard let k = share.about, statements[k].role == .level, let subject = statements[k].subject, ["revenue", "expenditure"].contains(subject),
                  let whole = share.shareOf, !whole.isEmpty, !vocabulary.isGrandTotal(whole),
                  subjectMatch(in: whole, weak: false)?.subject == subject else { continue }
            parts[k] = statements[k].key
        }
        guard !parts.isEmpty else { return }
        // (The level and what is said of it under its key: its share, its change.)
        for k in statements.indices where parts[k] != nil || statements[k].about.map({ parts[$0] == statements[k].key }) == true {
            statements[k].subject = nil
            statements[k].key = "label:" + statements[k].label
        }
    }

    /// The total of both sides (收支预算总额 X) that a list of one side's items (收入预算中，…; 支出预算中，…) breaks down
    /// when that side's own total is not stated: the first level so named among `nearby` (nearest first), for a list of
    /// the revenue or the spending only.
    func totalOfBothSides(listing item: String?, unit: String, _ statements: [Statement], among nearby: some Sequence<Int>) -> Int? {
        guard item == "expenditure" || item == "revenue" else { return nil }
        return nearby.first { statements[$0].role == .level && Self.namesBothSides(statements[$0].label) && statements[$0].unit == unit }
    }

    /// The item a list opener names (收入包括, 本部门支出主要包括): a subject of the vocabulary, else the department's
    /// revenue or spending named by the bare word (收入 / 支出 and nothing else but the body's own words).
    func listedItem(_ opening: String) -> String? {
        if let named = subjectMatch(in: opening)?.subject { return named }
        var words = opening.trimmingSpaces()
        for w in ["主要", "包括", "分别", "具体", "本部门", "本单位", "部门", "单位", "全年", "本年", "年度"] { words = words.replacingOccurrences(of: w, with: "") }
        return Self.bareItem(Self.withoutYears(words))
    }

    /// How many amounts of money the parenthesis around `position` holds (read as the sentences' amounts are): 0 when
    /// `position` is in no parenthesis opened within 80 scalars before it and closed within 120 after.
    func amountsInParentheses(_ s: [Unicode.Scalar], around position: Int) -> Int {
        guard let open = Self.openParenthesis(s, before: position, within: 80),
              let close = (position..<min(s.count, position + 120)).first(where: { s[$0] == "）" || s[$0] == ")" }) else { return 0 }
        return amounts(s, in: (open + 1)..<close).filter { $0.unit == "万元" }.count
    }

    /// Amounts in parentheses straight after an amount (公务用车购置及运行费 28 万元（公务用车购置费 0 万元，公务用车运行
    /// 维护费 28 万元）) are that amount's parts, not parts of the total it belongs to: its own breakdown. Only levels in
    /// 万元 of the amount's year, within 120 scalars of the parenthesis.
    static func joinPartsInParentheses(_ statements: inout [Statement], _ s: [Unicode.Scalar]) {
        for q in statements.indices where statements[q].role == .level && statements[q].unit == "万元" {
            // After the amount: its digits, separators and unit, then the opening parenthesis.
            var k = statements[q].position
            while k < s.count, ReportText.inNumber(s, k) || s[k] == " " { k += 1 }
            for unit in ["亿元", "万元", "元"] where k + unit.unicodeScalars.count <= s.count
                && s[k..<(k + unit.unicodeScalars.count)].elementsEqual(unit.unicodeScalars) { k += unit.unicodeScalars.count; break }
            while k < s.count, s[k] == " " { k += 1 }
            guard k < s.count, s[k] == "（" || s[k] == "(" else { continue }
            let open = k
            guard let close = (open..<min(s.count, open + 120)).first(where: { s[$0] == "）" || s[$0] == ")" }) else { continue }
            let inside = (q + 1..<statements.count).prefix { statements[$0].position < close }.filter {
                let st = statements[$0]
                return st.position > open && st.role == .level && st.unit == "万元" && st.year == statements[q].year
                    && (st.parent == nil || st.parent == statements[q].parent || st.parent == q)
            }
            guard inside.count >= 2 else { continue }
            for k in inside { statements[k].parent = q; statements[k].breakdown = open }
        }
    }

    /// An average per unit is no budget nor spending of the item its words name (亩均投资 2,400 元 after 项目总投资 A): it
    /// keeps no measure, so no rate is worked out against it.
    static func averagesMeasureNoWhole(_ statements: inout [Statement]) {
        for k in statements.indices where statements[k].role == .level && statements[k].subject == nil && namesAverage(statements[k].label) {
            statements[k].measure = nil
        }
    }

    /// Scores of the indicators a section lists after its full marks, each in a clause of its own (产出指标（50 分）：受益
    /// 学生人数 18,250 人，得 20 分；供餐天数 200 天，得 15 分；资金发放及时率 100%，得 15 分): none is the section's score,
    /// though a bare 得 after the marks reads as it. Each becomes its indicator's (`indicator:` and the words its clause
    /// opens with), when two or more follow the marks in their sentence, what the first is scored on stands between
    /// the marks and it (a measured value: 产出指标满分 50 分，得分 48 分 is the section's), and together they are within
    /// the marks.
    static func separateIndicatorsScoredInASection(_ statements: inout [Statement], _ s: [Unicode.Scalar]) {
        for (w, marks) in statements.enumerated() where marks.role == .weight && marks.unit == "分" && !marks.isTableCell
            && marks.subject != nil && marks.subject != "score_total" && marks.position >= 0 && marks.position < s.count {
            var items: [Int] = [], read = marks.position
            for j in (w + 1)..<statements.count {
                let q = statements[j]
                // (Within a paragraph's reach and the sentence, each stretch read once: a "sentence" with no stop can be a
                // whole file.)
                guard q.position >= read, q.position < s.count, q.position - marks.position <= 600,
                      !s[read..<q.position].contains(where: ReportText.sentenceEnds.contains) else { break }
                read = q.position
                guard q.unit == "分" else { continue }
                if q.role == .deduction { continue }
                guard q.role == .level, q.key == marks.key, !q.isTableCell else { break }
                items.append(j)
            }
            guard items.count >= 2, items.dropFirst().allSatisfy({ statements[$0].rule == "score" }) else { continue }
            // The indicator's words: the Han run its clause opens with, after the list's colon or semicolon.
            func name(of k: Int) -> String {
                var c = statements[k].position
                while c > marks.position, !"；;：:".unicodeScalars.contains(s[c - 1]) { c -= 1 }
                // (Quotation marks within: “三公”经费控制率.)
                let end = (c..<statements[k].position).first { !s[$0].isHan && s[$0] != "“" && s[$0] != "”" } ?? statements[k].position
                return s.string(c..<min(end, c + 16))
            }
            func indicator(_ k: Int, _ n: Int) {
                let words = name(of: k)
                statements[k].subject = nil
                statements[k].label = words.count >= 2 ? words : (marks.label.isEmpty ? "指标" : marks.label) + "第\(n + 1)项"
                statements[k].key = "indicator:" + statements[k].label
            }
            guard items.reduce(0.0, { $0 + statements[$1].value }) <= marks.value + 1e-9,
                  // (Each in a clause of its own.)
                  zip(items, items.dropFirst()).allSatisfy({ a, b in
                      s[statements[a].position..<statements[b].position].contains(where: ReportText.isSemicolon) }),
                  // (The first after a colon that opens the list, and after what it is scored on, a number between the
                  // marks' and its own, or one of three or more: 决策指标（20 分）：项目立项规范，得 5 分；绩效目标合理，得 5 分；
                  // 资金分配合理，得 8 分. Not 产出指标满分 50 分，完成率 96%，得分 48 分；…, the section's score in the marks'
                  // clause, nor 产出指标（50 分）：完成情况良好，得 48 分；时效指标按期完成，得 2 分.)
                  case let between = s[marks.position..<statements[items[0]].position],
                  let firstDigit = between.firstIndex(where: { !isDigit($0) && $0 != "." }),
                  let colon = s[firstDigit..<statements[items[0]].position].firstIndex(where: { $0 == "：" || $0 == ":" }),
                  items.count >= 3 || s[colon..<statements[items[0]].position].contains(where: isDigit) else {
                // (Else the first is the section's score, and the bare scores after it in its sentence are indicators'
                // within it: 产出指标满分 50 分，完成率 96%，得分 48 分；时效指标按期完成，得 2 分.)
                for (n, k) in items.enumerated().dropFirst() { indicator(k, n) }
                continue
            }
            for (n, k) in items.enumerated() {
                indicator(k, n)
                statements[k].rule = "section-item"
            }
        }
    }

    /// A count of people whose parts include the retired (实有人员 43 人，其中：在职人员 38 人，退休人员 4 人) is everyone
    /// the unit has, not its staff in post: the part in post is. Such a whole keeps its breakdown under a key of its
    /// own (`people:`).
    static func separateStaffWithRetirees(_ statements: inout [Statement]) {
        // (The parts' subjects by their whole, in one pass.)
        var retired = Set<Int>(), inPost = Set<Int>()
        for st in statements where st.role == .level {
            guard let q = st.parent, statements[q].role == .level, statements[q].subject == "staff", statements[q].unit == "人" else { continue }
            if st.subject == "retirees" { retired.insert(q) } else if st.subject == "staff" { inPost.insert(q) }
        }
        for q in retired.intersection(inPost) {
            statements[q].subject = nil
            statements[q].key = "people:"
        }
    }

    /// A change from last year stated after the item's levels of two years, the later first (2016年预算 33 万元，2015年
    /// 预算 57.55 万元，与上年对比减少 24.55 万元): the later year's change from the earlier, not the earlier year's
    /// from the year before it. Only when the two levels are of one key, stated next to each other and near (80
    /// scalars), and the change follows the earlier straight after (its amount, then its percent).
    static func changesOfTheLaterYear(_ statements: inout [Statement]) {
        for k in statements.indices {
            guard case .change = statements[k].role, let a = statements[k].about, a >= 1,
                  statements[k].baseYear == nil || statements[k].baseYear == statements[a].year - 1,
                  (a + 1..<k).allSatisfy({ if case .change = statements[$0].role { return [a, a - 1].contains(statements[$0].about) } else { return false } })
            else { continue }
            let earlier = statements[a], later = statements[a - 1]
            guard earlier.role == .level, later.role == .level, later.key == earlier.key, later.year == earlier.year + 1,
                  earlier.position - later.position <= 80, later.body == earlier.body else { continue }
            statements[k].about = a - 1
            statements[k].year = later.year
            statements[k].baseYear = earlier.year
        }
    }

    /// A list of an item's parts that names the item without stating it (收入包括：): the item, where its first
    /// statement comes, and where the list is (its clause's start and its end, positions in the normalised text).
    struct ListBeforeItsTotal {
        let subject: String
        let first: Int
        let opened: Int
        let end: Int

        /// A list opened at `opened` whose items follow the colon at `colon`: it ends at the next ； of its sentence,
        /// else with the sentence.
        init(subject: String, first: Int, opened: Int, colon: Int, in s: [Unicode.Scalar], sentence: Range<Int>) {
            self.subject = subject
            self.first = first
            self.opened = opened
            end = (colon..<sentence.upperBound).first { ReportText.isSemicolon(s[$0]) } ?? sentence.upperBound
        }
    }

    /// Lists of an item's parts stated before the item (收入包括：一般公共预算拨款收入 A、事业收入 B；支出包括：…。
    /// 2024年收支总预算 T): the list's amounts are the parts of the first level of that item stated after the lists
    /// of the same passage, within a sentence's reach (200 scalars), in the same unit and year.
    static func joinListsToTheTotalAfter(_ lists: [ListBeforeItsTotal], _ statements: inout [Statement]) {
        // (Each list looks at its own statements and the next 200 scalars only: linear in the report.)
        for (n, list) in lists.enumerated() {
            let inList = (list.first..<statements.count).prefix { statements[$0].position < list.end }
            let items = inList.filter {
                let st = statements[$0]
                return st.role == .level && st.parent == nil && st.unit == "万元"
            }
            guard items.count >= 2 else { continue }
            // The total comes after every list of the passage (支出包括：… stands between 收入's list and its total).
            var passageEnd = list.end
            for next in lists[(n + 1)...] { if next.opened <= passageEnd + 2 { passageEnd = next.end } else { break } }
            let after = (inList.upperBound..<statements.count).prefix { statements[$0].position <= passageEnd + 200 }
            let next = after.first { statements[$0].position > passageEnd && statements[$0].role == .level && statements[$0].unit == "万元" }
            // Else a total of both sides stated just before the lists (2024年财政拨款收支总预算 T 万元。收入包括：…；
            // 支出包括：…): each side's list adds up to it. (Before the passage's first list: the list before this one
            // may hold one item alone, 收入包括：一般公共预算拨款 T。支出包括：….)
            var passageFirst = list.first, passageOpened = list.opened
            for before in lists[..<n].reversed() {
                guard before.end + 2 >= passageOpened else { break }
                passageFirst = before.first; passageOpened = before.opened
            }
            let twoSided = (max(0, passageFirst - 8)..<passageFirst).reversed().first {
                statements[$0].role == .level && statements[$0].unit == "万元" && statements[$0].parent == nil
            }.flatMap { t -> Int? in
                let label = statements[t].label
                return ["revenue", "expenditure"].contains(list.subject) && passageOpened - statements[t].position <= 200
                    && (label.contains("收支") || label.contains("收入") && label.contains("支出")) ? t : nil
            }
            guard let total = next.flatMap({ statements[$0].subject == list.subject ? $0 : nil }) ?? twoSided,
                  items.allSatisfy({ statements[$0].year == statements[total].year }) else { continue }
            for k in items { statements[k].parent = total; statements[k].breakdown = list.opened }
        }
    }

    /// Parts in sentences of their own after a 其中： (工资福利支出预算 A，占基本支出预算 x%。商品和服务支出预算 B，
    /// 占基本支出预算 y%。): a level whose share names the same whole as the share of a part before it (within a
    /// paragraph's reach) is a part of that part's total too; unless the parts so far already make the total by one
    /// of the vocabulary's splits (一般公共预算财政拨款支出 3,020.64 万元，占本年支出合计的 96.79% after 基本支出 and 项目支出
    /// with their shares of it: the appropriations' spending is no third part).
    func joinPartsNamedByTheirShares(_ statements: inout [Statement], _ doc: ReportText) {
        // (Each level's first share, by the level's index.)
        var shareOfLevel: [Int: Int] = [:]
        for k in statements.indices where statements[k].role == .share {
            if let a = statements[k].about, shareOfLevel[a] == nil { shareOfLevel[a] = k }
        }
        for k in statements.indices where statements[k].role == .share {
            guard let whole = statements[k].shareOf, !whole.isEmpty, let a = statements[k].about, statements[a].parent == nil,
                  statements[a].role == .level else { continue }
            let sibling = doc.nearest(statements, upTo: k, before: statements[k].position, within: 400).first { j in
                statements[j].role == .share && statements[j].shareOf == whole
                    && statements[j].about.flatMap { statements[$0].parent } != nil
            }
            guard let j = sibling, let b = statements[j].about, let total = statements[b].parent,
                  statements[total].unit == statements[a].unit, statements[total].year == statements[a].year, total != a,
                  statements[b].measure == statements[a].measure else { continue }
            // (The parts so far: those at most 64 statements before it, as a list of parts is short. Another mention of one
            // of them, 基本支出 again, may still join.)
            if let item = statements[a].subject, let whole = statements[total].subject, total < a,
               case let parts = statements[max(total + 1, a - 64)..<a].filter({ $0.parent == total && $0.role == .level }).map(\.subject),
               parts.allSatisfy({ $0 != nil }), !parts.contains(item),
               vocabulary.identities(splitInto: Set(parts.compactMap { $0 })).contains(where: { $0.total == whole }) {
                continue
            }
            // (Nor when the parts so far make the whole by their shares of it, 货物类采购 A，占实际采购金额的 24.89%；工程类
            // 采购 B，占 51.46%；服务类采购 C，占 23.65% before 授予中小企业合同金额 D，占实际采购金额的 78.14%: a share of
            // the whole counted another way. One of those parts stated again is still theirs, a restatement.)
            if total < a, case let parts = statements[max(total + 1, a - 64)..<a].indices.filter({ statements[$0].parent == total && statements[$0].role == .level }),
               !parts.isEmpty, !parts.contains(where: { statements[$0].key == statements[a].key }),
               case let shares = parts.compactMap({ shareOfLevel[$0].map { statements[$0] } }), shares.count == parts.count,
               shares.reduce(0, { $0 + $1.value }) >= 100 - shares.reduce(0, { $0 + $1.halfUnit }) - 1e-9 {
                continue
            }
            statements[a].parent = total
            statements[a].breakdown = statements[b].breakdown
        }
    }

    /// Parts in sentences of their own after a 其中： (基本支出 X 万元，其中：人员经费 A 万元，主要包括：…。公用经费 B 万元，
    /// 主要包括：…。, each part on a line of its own): a level that opens the sentence right after a part's sentence, whose
    /// item the accounting splits the total's item into beside that part's (人员经费 and 公用经费 of 基本支出), is a part of
    /// the same total.
    func joinSiblingsInTheirOwnSentences(_ statements: inout [Statement], _ doc: ReportText) {
        let s = doc.scalars
        var previousLevel: Int? = nil
        for k in statements.indices {
            let st = statements[k]
            guard st.role == .level, !st.isTableCell, st.rule != "count" else { continue }
            defer { previousLevel = k }
            guard st.parent == nil, let item = st.subject, let j = previousLevel, let p = statements[j].parent, statements[j].subject != nil,
                  let whole = statements[p].subject, statements[j].position < st.position, st.position <= s.count,
                  st.year == statements[j].year, st.unit == statements[j].unit, st.measure == statements[j].measure, st.body == statements[j].body,
                  doc.words(from: statements[j].position, to: st.position) < 200 else { continue }
            // (With every part the total has so far: one split of the accounting holds them all and this item.)
            // (A total at most 64 statements back: a list of parts is short, and reading stays linear.)
            guard p < j, k - p <= 64 else { continue }
            let parts = statements[(p + 1)..<k].filter { $0.parent == p && $0.role == .level }.map(\.subject)
            guard !parts.contains(item), parts.allSatisfy({ $0 != nil }),
                  vocabulary.wholes(holding: Set(parts.compactMap { $0 } + [item])).contains(whole) else { continue }
            // One sentence's end between them, and the level's clause opening its sentence.
            let between = s[statements[j].position..<st.position]
            guard between.filter({ $0 == "。" }).count == 1, let stop = between.lastIndex(of: "。"),
                  !s[(stop + 1)..<st.position].contains(where: { "，,；;：:".unicodeScalars.contains($0) }) else { continue }
            statements[k].parent = p
            statements[k].breakdown = statements[j].breakdown
        }
    }

    /// The parts of each total: for each statement that is a level's `parent`, the levels it adds up, in order
    /// (`tableCells`: a table's cells among them, or only the sentences' levels).
    static func partsByTotal(_ statements: [Statement], tableCells: Bool) -> [Int: [Int]] {
        var parts: [Int: [Int]] = [:]
        for (k, st) in statements.enumerated() where st.role == .level && (tableCells || !st.isTableCell) {
            if let p = st.parent { parts[p, default: []].append(k) }
        }
        return parts
    }

    /// A 其中 list whose parts the accounting makes parts of another item than the total it was given (…公务用车购置及运行
    /// 维护费 8.60 万元，…；公务接待费 4.26 万元。其中：公务用车购置费 0 万元，公务用车运行维护费 8.60 万元: the vehicles' split,
    /// after a sentence whose last level is the reception's): the parts go to that item's level among the statements just
    /// before the list.
    func reattachToTheirItem(_ statements: inout [Statement]) {
        let parts = Self.partsByTotal(statements, tableCells: false)
        for (t, ks) in parts where ks.count >= 2 {
            let total = statements[t]
            let items = Set(ks.compactMap { statements[$0].subject })
            guard items.count == ks.count, let own = total.subject else { continue }
            let owners = vocabulary.wholes(holding: items)
            // (An appropriation's spending splits as the spending does, `splitsLike`: 财政拨款支出决算 A。其中：基本支出决算
            // B；项目支出决算 C are its own parts, not the department's spending's.)
            guard !owners.isEmpty, !owners.contains(own), let first = ks.min() else { continue }
            guard let a = (max(0, first - 8)..<first).reversed().first(where: { j in
                let c = statements[j]
                return j != t && c.role == .level && c.subject.map(owners.contains) == true && c.year == total.year && c.unit == total.unit
                    && c.body == total.body && c.measure == statements[first].measure
            }) else { continue }
            for k in ks { statements[k].parent = a }
        }
    }

    /// A list whose every part states its share of one whole by name (其中：货物类采购 A，占政府采购预算 x%；工程类采购
    /// B，占政府采购预算 y%) breaks that whole down, whatever level the sentence before it ended on (…上年结转结余资金 0
    /// 元。按政府采购项目类型，分为…。其中：…): its parts go to the last level of that name (or of a longer name holding it)
    /// stated before them, in their own breakdown; with no such level, and one part larger than the total, they are no
    /// parts of it.
    func joinPartsToTheWholeTheirSharesName(_ statements: inout [Statement]) {
        // (A share of what names only a measure, the part's own budget in 占调整预算 105.47%, is its completion: no
        // whole it is a part of.)
        var named: [Int: String] = [:]
        for st in statements where st.role == .share {
            guard let a = st.about, let whole = st.shareOf.map(Self.withoutYears), !whole.isEmpty, named[a] == nil else { continue }
            if !isGeneric(whole) { named[a] = whole }
        }
        let parts = Self.partsByTotal(statements, tableCells: false)
        for (t, ks) in parts where ks.count >= 2 {
            guard let first = ks.min(), let whole = named[first], statements[t].label != whole,
                  ks.allSatisfy({ named[$0] == whole }) else { continue }
            let part = statements[first], total = statements[t]
            // (At most 64 statements back: a list follows its whole closely, and reading stays linear.)
            // (By that name, else by a longer one holding it: 地方一般公共预算收入完成 for 一般公共预算收入; a name of a word
            // or two, 占支出的, names nothing so closely.)
            let before = (max(0, first - 64)..<first).reversed().filter { j in
                let c = statements[j]
                return c.role == .level && (c.label == whole || whole.count >= 4 && c.label.contains(whole))
                    && c.year == part.year && c.unit == part.unit && c.body == part.body
                    && c.measure == part.measure && c.value >= part.value
            }
            if let a = before.first(where: { statements[$0].label == whole }) ?? before.first {
                for k in ks { statements[k].parent = a }
            } else if !total.label.contains(whole), !whole.contains(total.label),
                      ks.contains(where: { statements[$0].unit == total.unit && statements[$0].value > total.value + statements[$0].halfUnit + total.halfUnit }) {
                // (A whole not stated before them, and a part larger than the total they were given (项目支出预算 48100 元。
                // 其中：（一）文化旅游体育与传媒支出 850088.3 元，占支出总预算 78.33%): no parts of that total; their shares
                // still name their whole.)
                for k in ks { statements[k].parent = nil; statements[k].breakdown = nil }
            }
        }
    }

    /// Parts of one total of which the accounting makes one a part of another stated before it (…；公务用车购置及运行
    /// 维护费支出决算为 27.46 万元…；其中：公务用车购置支出决算为 0 万元…；公务用车运行维护费支出决算为 27.46 万元…；公务
    /// 接待费支出决算为 22.59 万元: the running cost had been read as the 三公 total's part beside the vehicles' total that
    /// holds it, a list nested in one sentence): the part goes under that item, beside its other parts.
    func nestPartsUnderTheirSiblingItem(_ statements: inout [Statement]) {
        let parts = Self.partsByTotal(statements, tableCells: false)
        // (The items each item is a part of, by the vocabulary: vehicles for the running cost; asked once per subject.)
        var holders: [String: Set<String>] = [:]
        for (_, ks) in parts where ks.count >= 2 {
            // (In the list's order, the last part seen of each subject: linear in the list.)
            var lastOf: [String: Int] = [:]
            for y in ks.sorted() {
                guard let sy = statements[y].subject else { continue }
                let part = statements[y]
                if holders[sy] == nil { holders[sy] = vocabulary.wholes(holding: [sy]).subtracting([sy]) }
                let x = holders[sy]!.compactMap { lastOf[$0] }.filter { x in
                    let c = statements[x]
                    return c.year == part.year && c.measure == part.measure && c.unit == part.unit
                }.max()
                lastOf[sy] = y
                guard let x else { continue }
                statements[y].parent = x
                statements[y].breakdown = parts[x]?.first.flatMap { statements[$0].breakdown } ?? statements[y].breakdown
            }
        }
    }

    /// A 其中 list of the sources of a spending's money, each with what was spent of it (全年预算 2,480.00 万元，实际支出
    /// 2,116.00 万元，预算执行率 85.32%。其中：中央资金 1,360.00 万元，实际支出 1,248.00 万元，执行率 91.76%；县级资金
    /// 1,120.00 万元，实际支出 868.00 万元，执行率 77.50%): the list had been read as four parts of the spending. Each
    /// source's spending (a label of generic words after its source's amount) is a part of the spending, named by its source
    /// and the word for spending (中央资金实际支出; 中央资金支出 for 已支出), so that the rate after it is that source's spending over the source's money; the sources are
    /// parts of the budget stated before the spending when they add up to it, else of nothing.
    func splitSourcesFromTheirSpending(_ statements: inout [Statement]) {
        for (t, ks) in Self.partsByTotal(statements, tableCells: false) where ks.count >= 4 && ks.count % 2 == 0 {
            let total = statements[t], ordered = ks.sorted()
            guard total.measure == "actual", total.unit == "万元" else { continue }
            let sources = stride(from: 0, to: ordered.count, by: 2).map { ordered[$0] }
            let spent = stride(from: 1, to: ordered.count, by: 2).map { ordered[$0] }
            // (A source's label names no measure; its statement may have taken the sentence's.)
            guard sources.allSatisfy({ !isGeneric(statements[$0].label) && measure(in: statements[$0].label) == nil && statements[$0].unit == "万元" }),
                  spent.allSatisfy({ isGeneric(statements[$0].label) && statements[$0].measure == "actual" && statements[$0].unit == "万元" }),
                  zip(sources, spent).allSatisfy({ statements[$0].position < statements[$1].position }) else { continue }
            // (The budget: the nearest level before the spending in its sentence's reach, that the sources make up.)
            let budget = Self.level(madeUpOf: sources, statements, before: t, within: 8) { _, c in
                c.measure == "budget" && c.unit == "万元" && c.year == total.year && c.body == total.body
            }
            for (n, (source, part)) in zip(sources, spent).enumerated() {
                statements[source].parent = budget
                statements[source].measure = budget == nil ? nil : "budget"
                if budget == nil { statements[source].breakdown = nil }
                // (By its source and the word for spending, less the words that say only when: 已支出 -> 中央资金支出.)
                let word = vocabulary.actualWords.filter { statements[part].label.hasSuffix($0) }.max { $0.count < $1.count } ?? statements[part].label
                let label = statements[source].label + word
                statements[part].label = label
                statements[part].key = "label:" + label
                statements[part].subject = nil
                // (The rate after it is the source's, no rate of the whole's: 执行率 91.76% -> 中央资金执行率.)
                let next = part + 1
                if next < statements.count, statements[next].role == .level, statements[next].unit == "%", statements[next].subject == "execution_rate",
                   n + 1 == sources.count || statements[sources[n + 1]].position > statements[next].position {
                    statements[next].subject = nil
                    statements[next].measure = NamedRate.execution.rawValue
                    statements[next].label = statements[source].label + statements[next].label
                    statements[next].key = "label:" + statements[next].label
                    statements[next].parent = nil
                }
            }
        }
    }

    /// Amounts of no item of the vocabulary listed each with its share of a whole the list does not name (按支出功能分类，教育支出 3,296.40 万元，占
    /// 89.36%；社会保障和就业支出 245.35 万元，占 6.65%；…, in a section that states no total) whose sum is a total stated
    /// before them (本年支出合计 3,688.95 万元): they are that total's parts, so the sum and each share are checked against
    /// it. Amounts to the 万元's hundredth rarely add up to another amount of the report by chance; a list with a slip
    /// adds up to nothing and is left unchecked, as before.
    static func joinSharedPartsToTheTotalTheyAddUpTo(_ statements: inout [Statement]) {
        // (The parts: levels of no whole with a share about them that names none, or names only 占比.)
        var shared = Set<Int>()
        for st in statements where st.role == .share && (st.shareOf ?? "").isEmpty {
            if let a = st.about { shared.insert(a) }
        }
        func isPart(_ k: Int) -> Bool {
            let st = statements[k]
            // (Not items of the vocabulary, which its identities already add up: 因公出国（境）费 …，占 x%.)
            return shared.contains(k) && st.role == .level && st.parent == nil && st.subject == nil && !st.isTableCell && st.body == nil
                && st.unit == "万元"
        }
        var k = 0
        while k < statements.count {
            guard isPart(k) else { k += 1; continue }
            // The run: such parts one after another, with only what is said about them between them.
            var run = [k], j = k + 1
            while j < statements.count {
                if isPart(j), statements[j].year == statements[k].year { run.append(j) }
                // (About a part of the run: the run's parts are all the statements from k on that are parts.)
                else if let a = statements[j].about, a >= k, a < j, isPart(a), statements[j].role != .level {}
                else { break }
                j += 1
            }
            defer { k = j }
            guard run.count >= 2 else { continue }
            let largest = run.map { statements[$0].value }.max() ?? 0
            // The total: the nearest level before the list, at most 64 statements back (reading stays linear), of the
            // same year, unit and measure, that the sum makes within the rounding of all the figures.
            let first = statements[k]
            guard let t = Self.level(madeUpOf: run, statements, before: k, within: 64, where: { _, c in
                !c.isTableCell && c.body == nil && c.unit == "万元" && c.year == first.year
                    && (c.measure == first.measure || first.measure == nil) && c.value > largest
            }) else { continue }
            // (A breakdown of its own, beside any other list of that total's parts: 基本支出 …，项目支出 ….)
            for p in run { statements[p].parent = t; statements[p].breakdown = statements[k].position }
        }
    }

    /// The four budgets by the words that name each (政府性基金预算收入, 国有资本经营收入: the budget's name is often cut short).
    static let budgetStems = ["一般公共预算", "政府性基金", "国有资本经营", "社会保险基金"]

    /// Items listed after the parts of one budget's total that name another budget (全区一般公共预算收入累计完成 A，其中：
    /// 税收收入 a1；非税收入 a2；政府性基金预算收入 B；国有资本经营收入 C): those go on with the other budgets, no parts of
    /// that total.
    static func separatePartsOfOtherBudgets(_ statements: inout [Statement]) {
        // (The one budget a label names: none for 一般公共预算和政府性基金预算财政拨款支出, the money of both.)
        func stem(_ label: String) -> String? {
            let named = budgetStems.filter { label.contains($0) }
            return named.count == 1 ? named[0] : nil
        }
        for k in statements.indices where statements[k].role == .level && !statements[k].isTableCell {
            guard let p = statements[k].parent, let own = stem(statements[k].label), let total = stem(statements[p].label), own != total else { continue }
            statements[k].parent = nil
            statements[k].breakdown = nil
        }
    }

    /// A list opened at the end of a paragraph (…拨款支出预算 8,102,340.00 元，比上年增加 …。主要用于：) whose items are
    /// the numbered lines after it (（一）教育支出… 6,854,200.00 元，占 84.60%。（二）…): each line's first amount is a
    /// part of the last level stated before the colon. The list runs while the lines keep its first line's numbering
    /// in sequence from 1 (（一）, （二）, …); a line numbered deeper (1. under （一）) is inside an item, one numbered
    /// higher (三、) or a heading of no number ends the list.
    static func joinEnumeratedItems(_ statements: inout [Statement], _ doc: ReportText) {
        let s = doc.scalars, heads = doc.headingStarts
        // (Statements by position, for bisection.)
        let order = statements.indices.sorted { (statements[$0].position, $0) < (statements[$1].position, $1) }
        let positions = order.map { statements[$0].position }
        var h = 0
        while h < heads.count {
            defer { h += 1 }
            let colon = heads[h] - 1
            guard colon >= 0, s[colon] == "：" || s[colon] == ":", let first = Enumeration(s, at: heads[h]), first.number == 1 else { continue }
            // The items' starts, and where the list ends.
            var items = [heads[h]], last = first, end = s.count
            // (At most 200 lines on: a list is short, and a text of many colons is still read in linear time. The
            // lines inside it are looked at again as the start of a list of their own: 其中：(1) … under 1. ….)
            var next = h + 1
            while next < heads.count, next - h <= 200 {
                guard let e = Enumeration(s, at: heads[next]), e.depth >= first.depth else { end = heads[next]; break }
                if e.depth == first.depth {
                    guard e.number == last.number + 1 else { end = heads[next]; break }
                    items.append(heads[next]); last = e
                }
                next += 1
            }
            guard items.count >= 2 else { continue }
            // The total: the last level before the colon, within a paragraph's reach and under the colon's own
            // heading (not an item of a list the colon's paragraph is itself an item of).
            let before = positions.countOfPrefix { $0 < colon }, floor = doc.headingStart(atOrBefore: colon) ?? 0
            let reached = (0..<before).reversed().prefix(while: { positions[$0] >= floor && doc.words(from: positions[$0], to: colon) < 200 })
            let levels = reached.map { order[$0] }.filter { statements[$0].role == .level && !statements[$0].isTableCell && statements[$0].body == nil }
            guard var t = levels.first else { continue }
            // (Not what was left unspent, as after 其中 in a sentence: 实际支出 A，…，结余 B。其中：1. … breaks down what
            // was spent, stated in the same sentence.)
            if let spent = spending(before: t, nearestFirst: levels, statements), !s[statements[spent].position..<statements[t].position].contains("。") {
                t = spent
            }
            let total = statements[t]
            // Each item's first level, in its own first sentence.
            var parts: [Int] = []
            for (i, start) in items.enumerated() {
                let limit = i + 1 < items.count ? items[i + 1] : end
                let stop = (start..<limit).first { s[$0] == "。" } ?? limit
                let first = positions.countOfPrefix { $0 < start }
                guard first < order.count, positions[first] < stop else { continue }
                let k = order[first], st = statements[k]
                guard st.role == .level, st.parent == nil, st.unit == total.unit, st.year == total.year, !isItem(st, ofAnotherClassThan: total)
                else { continue }
                parts.append(k)
            }
            // (The items all of one measure: a classification's 教育支出（类）… reads as spent even in a budget; and none
            // the total's own item, which would make the list a restatement of the total's parts, not the total's.)
            guard parts.count >= 2, Set(parts.map { statements[$0].measure ?? "" }).count == 1,
                  !parts.contains(where: { statements[$0].key == total.key || statements[$0].subject != nil && statements[$0].subject == total.subject })
            else { continue }
            for k in parts { statements[k].parent = t; statements[k].breakdown = colon }
        }
    }

    /// A small number at `from`, in digits (up to two) or in Chinese (一 … 九, 两, 十, 十一 … 十九, 二十 … 九十九), and
    /// where it ends; nil when none starts there.
    static func numeral(_ s: [Unicode.Scalar], from: Int) -> (value: Int, end: Int)? {
        var j = from
        if j < s.count, isDigit(s[j]) {
            var v = 0
            while j < s.count, isDigit(s[j]), j - from < 2 { v = v * 10 + Int(s[j].value - 48); j += 1 }
            return (v, j)
        }
        let numerals: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var v = 0, tens = false
        while j < s.count, j - from < 3 {
            if let d = numerals[s[j]] { v = tens ? v + d : v * 10 + d } else if s[j] == "十" { v = max(v, 1) * 10; tens = true } else { break }
            j += 1
        }
        return j > from ? (v, j) : nil
    }

    /// A line's numbering: 一、 (depth 0), （一） (1), 1. or 1、 (2), （1） (3), and its number.
    struct Enumeration {
        let depth: Int
        let number: Int

        init?(_ s: [Unicode.Scalar], at k: Int) {
            let open = k < s.count && (s[k] == "（" || s[k] == "(")
            guard let (value, end) = StatementReader.numeral(s, from: open ? k + 1 : k), end < s.count else { return nil }
            let han = !StatementReader.isDigit(s[open ? k + 1 : k])
            if open {
                guard s[end] == "）" || s[end] == ")" else { return nil }
                depth = han ? 1 : 3
            } else if han {
                guard s[end] == "、" else { return nil }
                depth = 0
            } else {
                guard s[end] == "." || s[end] == "、" || s[end] == "．", end + 1 < s.count, !StatementReader.isDigit(s[end + 1]) else { return nil }
                depth = 2
            }
            number = value
        }
    }

    func isChange(_ r: StatementRole) -> Bool { if case .change = r { return true } else { return false } }

    /// Counts of things that change over the year (项目 15 个 = 年初 8 个 + 新增 8 个): a number with 个 or 项
    /// whose clause says whether it is the whole (共, 合计), the count at the start (年初, 原有) or what was added
    /// (新增, 增加) or removed (减少, 撤销), keyed by the counted noun. Other counts are not statements.
    func counts(_ doc: ReportText) -> [Statement] {
        let s = doc.scalars
        var out: [Statement] = []
        var k = 0
        while k < s.count {
            guard Self.isDigit(s[k]), k == 0 || !Self.isDigit(s[k - 1]) else { k += 1; continue }
            var j = k
            while j < s.count && Self.isDigit(s[j]) { j += 1 }
            defer { k = j }
            guard j < s.count, s[j] == "个" || s[j] == "项", j - k <= 6, let value = Double(s.string(k..<j)) else { continue }
            // Not inside a 其中 / 含 note in parentheses.
            var clause = clauseStart(s, before: k, floor: max(0, k - 40))
            if let stop = (clause..<k).last(where: { s[$0] == "。" || s[$0] == "；" }) { clause = stop + 1 }
            var pre = s.string(clause..<k)
            if let open = pre.lastIndex(where: { $0 == "（" || $0 == "(" }), !pre[open...].contains(where: { $0 == "）" || $0 == ")" }) {
                let inner = pre[pre.index(after: open)...]
                if inner.hasPrefix("其中") || inner.hasPrefix("含") { continue }
                pre = String(inner)
            }
            let stage: String
            // (增加 says added where no comparison is made: 年中增加 8 个项目, not 比上年增加 3 个.)
            let compared = pre.contains("比") || pre.contains("较")
            if pre.contains("新增") || pre.contains("追加") || pre.contains("增加") && !compared { stage = "added" }
            else if pre.contains("年初") || pre.contains("原有") { stage = "initial" }
            else if pre.contains("共") || pre.contains("合计") || pre.contains("总数") { stage = "total" }
            else { continue }
            // The counted noun: the two characters after 个 (8 个项目), else the last two before the number, past a
            // word of the total (项目 8 个, 实施项目共 15 个).
            let named = Self.countLabel(pre)
            let noun = s[j] == "个" && j + 2 < s.count && s[j + 1].isHan && s[j + 2].isHan ? s.string((j + 1)..<(j + 3)) : String(named.suffix(2))
            // (个百分点, 个月 count no things.)
            guard noun.count == 2, noun.unicodeScalars.allSatisfy({ !$0.isASCII }), noun != "百分", !noun.hasPrefix("月") else { continue }
            out.append(Statement(key: "count:\(noun):\(stage)", subject: nil, measure: nil, stage: stage, label: pre, year: reportYear ?? 0,
                                 role: .level, value: value, unit: "个", decimals: 0, position: k, offset: doc.originalOffset(k),
                                 snippet: snippetSpan(s, k, j + 1), rule: "count"))
        }
        return out
    }

    /// How far back (in scalars) a number's context is read: longer than any real sentence, short enough that
    /// reading stays linear in the text.
    static let window = 160

    // MARK: One statement

    /// `cue` is the words before the first amount of the amount's list (分别占 for both of 分别占 a% 和 b%), or of its
    /// clause when the amount stands alone: what the later amounts of a list, or an amount after a bare 分别, are.
    func classify(
        pre rawPre: String, clauseText: String, cue: String, sentenceBefore: String, amount: Amount,
        list: (index: Int, count: Int), s: [Unicode.Scalar], doc: ReportText,
        statements: [Statement], current: Int?, breakdownTotal: Int?, distribution: [Int], distributed: inout Int,
        titleTopic: String?, snippet: Snippet, offset: Int
    ) -> Statement? {
        var pre = rawPre.trimmingSpaces()
        // 增长 -4.00% (a fall written as negative growth): the minus is the change's sign, not a word of its label.
        // (Not a range's dash: 2020-2024.)
        var negative = false
        if let minus = pre.unicodeScalars.last, "-－−".unicodeScalars.contains(minus),
           !(pre.unicodeScalars.dropLast().last.map(Self.isDigit) ?? false) {
            pre.unicodeScalars.removeLast(); pre = pre.trimmingSpaces(); negative = true
        }
        // Inside parentheses: only what follows the opening one; a 含 note is not a figure of its own, nor is one
        // part noted after 其中. Several amounts after 其中 are the breakdown of the amount before the parenthesis
        // (公务用车购置及运行维护费 7.60 万元（其中公务用车购置费 0 万元，公务用车运行维护费 7.60 万元）: its parts,
        // joined to it by `joinPartsInParentheses`).
        // (A parenthesis opened right after the amount before it, 本年收入合计 2,856.42 万元（2023 年：2,538.36 万元）, notes
        // that amount's value in another year.)
        var notesTheAmountBefore = false
        if let open = pre.lastIndex(where: { $0 == "（" || $0 == "(" }), !pre[open...].contains(where: { $0 == "）" || $0 == ")" }) {
            notesTheAmountBefore = pre[..<open].trimmingSpaces().isEmpty
            pre = String(pre[pre.index(after: open)...])
            if pre.hasPrefix("含") { return nil }
            if pre.hasPrefix("其中") {
                // (Points noted after 其中 are an indicator's own: （其中预算执行率指标分值 5 分，得分 4.68 分）.)
                guard amount.unit == "分" || amountsInParentheses(s, around: amount.start) >= 2 else { return nil }
                pre = String(pre.dropFirst(2)).trimmingCharacters(in: CharacterSet(charactersIn: "：: "))
            }
        }
        // (A 含 note whose parenthesis opened in an earlier clause, （含年初结转项目 1 个，金额 42.00 万元）, is no figure either.)
        else if Self.insideAnInclusionNote(s, before: amount.start) { return nil }
        // Rates per unit (每生每年 1000 元) are standards, not figures; so are a rule's steps (每超过 1 个百分点扣
        // 0.5 分) and a formula's factors (实际支出/预算数×100%).
        if pre.unicodeScalars.suffix(6).contains("每") || clauseText.contains("每") { return nil }
        // (But a score worked out in words names its weight and result: 预算执行率得分=预算执行率×10 分=9.66 分.)
        let scoreFormula = amount.unit == "分" ? scoreInFormula(clauseText) : nil
        if scoreFormula == nil, ["×", "*", "÷", "/", "乘以", "除以"].contains(where: pre.trimmingSpaces().hasSuffix) { return nil }
        // Amounts joined only by 和 / 、 (占全国政府采购规模的 8.1% 和 91.9%) go to as many items: with 分别 in order
        // (分别为 A 万元、B 万元; 分别减少 A、B: every amount after the first has the cue of the first), without it the
        // reader cannot tell which is which, so none is attributed.
        // A list as long as the 分别 list before it in the sentence (分别为 A、B 和 C 亿元，占…的 x%、y% 和 z%) goes to
        // the same items.
        // (After a list of levels and one of their changes, 分别为 A、B，分别比上年增加 a、b，增长 x%、y%, a third list goes
        // to the levels, in order.)
        let listedLevels = list.count > 1 && distribution.count > list.count ? distribution.filter { statements[$0].role == .level } : []
        let listTargets = listedLevels.count == list.count ? listedLevels : distribution
        let distributes = Self.distributes(clauseText, listCount: list.count) || list.count > 1 && listTargets.count == list.count
        if list.count > 1 {
            guard distributes else { return nil }
            if pre.trimmingCharacters(in: CharacterSet(charactersIn: Self.listJoiners + "，, ")).isEmpty { pre = cue }
        } else if distributes, pre.trimmingCharacters(in: CharacterSet(charactersIn: "、，, ")).isEmpty {
            pre = cue
        }
        let stripped = Self.strippingFillers(pre)
        // (各 before a list, 各是 A、B, gives each item its own amount: the list's reading.)
        let each = stripped.hasSuffix("均") || stripped.hasSuffix("都") || list.count == 1 && stripped.hasSuffix("各")
        // A bound is no figure: a target or rule (项目总成本≤90 万元, 预算执行率未达到 90% 的需说明原因, 不低于 95%).
        if Self.boundCues.contains(where: { pre.hasSuffix($0) || stripped.hasSuffix($0) }) { return nil }
        // So is a ceiling kept under (控制在省核定的债务限额 135.60 亿元以内).
        if pre.contains("控制在"), ["以内", "之内", "以下"].contains(where: { s.string(amount.end..<min(s.count, amount.end + 2)) == $0 }) { return nil }
        // And a class's bound in money (单价 100 万元以上专用设备 1 台, 单项 50 万元以上的项目 8 个): the things so valued are
        // counted; the bound is no amount of anything.
        if ["万元", "元", "亿元"].contains(amount.unit), case let bound = amount.end + (amount.end < s.count && s[amount.end] == "及" ? 1 : 0),
           bound + 2 < s.count, ["以上", "以下"].contains(s.string(bound..<bound + 2)), s[bound + 2].isHan { return nil }
        // And a scoring rule's condition (执行率达到 100% 得满分, 达到 95% 以上的，得 10 分): the rate that would earn the
        // points, no rate of anything.
        if amount.unit == "%", Self.condition(s, after: amount.end) != nil { return nil }
        // (Nor are the points such a condition earns, ≥95%得 10 分: no score of anything.)
        if amount.unit == "分", case let d = Self.beforeSpaces(s, from: amount.start), d > 0, s[d - 1] == "得",
           Self.pointsFollowACondition(s, earnedAt: d - 1) { return nil }
        func base(_ role: StatementRole, rule: String) -> Statement {
            Statement(key: "", subject: nil, measure: nil, stage: nil, label: "", year: reportYear ?? 0, role: role, value: amount.value,
                      unit: amount.unit, decimals: amount.decimals, position: amount.start, offset: offset, snippet: snippet, rule: rule)
        }
        // A year inside a note (含 2023 年转列项目 5 个) is the note's, not the sentence's.
        let sentenceYear = Self.yearNamed(in: String(sentenceBefore.dropLast(pre.count))) ?? reportYear
        if let subject = scoreFormula, let last = pre.trimmingSpaces().unicodeScalars.last, "×*=＝".unicodeScalars.contains(last) {
            let isWeight = last == "×" || last == "*"
            var st = base(isWeight ? .weight : .level, rule: isWeight ? "score-weight" : "score-label")
            st.subject = subject; st.key = subject + ":"; st.year = sentenceYear ?? 0
            return st
        }
        if each {
            // 财政拨款收、支总计均为 X (各为 X, 各 X): one value for each listed item, the first standing for them (as with 各增加 X);
            // 均为 0 万元 after items the clause does not list is no figure of its own. (The list names its items in
            // full, so a weak label is the item's whole name: 收、支总计 are 收入总计 and 支出总计.)
            guard list.count == 1, amount.unit == "万元", let names = Self.listedLabels(stripped, abbreviations: vocabulary.abbreviations),
                  let own = resolve(label: names[0], clauseText: clauseText, sentenceBefore: sentenceBefore, amount: amount,
                                    statements: statements, breakdownTotal: nil, titleTopic: titleTopic, s: s, doc: doc,
                                    sentenceYear: sentenceYear, requireOwnSubject: true, allowWeak: true) else { return nil }
            var st = base(.level, rule: "list-each")
            adopt(&st, own)
            // (收、支总计均为 X, 收入、支出总计均为 X: the spending is X too.)
            // (The list's second name loses what the two share before it: 财政拨款收、支总计 lists 支出总计.)
            let spending = names[0].replacingOccurrences(of: "收入", with: "支出")
            if names.count == 2, spending != names[0], spending.hasSuffix(names[1]) {
                st.spendingToo = subjectOfSpending(named: spending).flatMap { $0 == st.subject ? nil : $0 }
            }
            return st
        }
        // The statement later cues are about: the distribution item, else the clause's current statement.
        func aboutStatement() -> Int? {
            if !listTargets.isEmpty, distributes {
                let k = min(distributed, listTargets.count - 1)
                distributed += 1
                return listTargets[k]
            }
            // Nor the whole's a share named inside it (累计完成 61646 万元，占年初预算数 109466 万元的 56.3%，同比增长 10.7%):
            // the change is the part's.
            if let c = current, statements[c].rule == "share-whole", let last = statements.last, last.role == .share,
               let part = last.about, part != c {
                return part
            }
            // An amount's change is not a rate's: after 预算执行率 95%, 较上年增加 27.53 万元 is the amount's stated
            // before the rate.
            if let c = current, amount.unit == "万元", statements[c].unit == "%" {
                return doc.nearest(statements, before: amount.start, within: 120)
                    .first { statements[$0].role == .level && statements[$0].unit == "万元" }
            }
            return current
        }
        switch amount.unit {
        case "%":
            // 完成年初预算 45.00 万元的 80.93%: the completion of the budget just stated as its base.
            if stripped == "的", let b = statements.last, b.role == .baseLevel, b.rule == "base-budget", let a = b.about,
               doc.words(from: b.position, to: amount.start) < 12 {
                var st = base(.completion, rule: "completion")
                st.about = a; adopt(&st, statements[a])
                st.baseStage = b.stage
                return st
            }
            // The share of that whole (…51.97 亿元的 74.31%): of the amount before 占.
            if ["的", "的比重为", "的比例为", "的比重", "的比例"].contains(stripped), let w = current, statements[w].rule == "share-whole",
               doc.words(from: statements[w].position, to: amount.start) < 6,
               let a = doc.nearest(statements, upTo: w, before: statements[w].position, within: 80).first(where: {
                   statements[$0].role == .level && statements[$0].unit == statements[w].unit }) {
                var st = base(.share, rule: "share")
                adopt(&st, statements[a])
                st.about = a; st.shareOf = statements[w].label
                return st
            }
            // (占年初预算的 x% in an account is a completion, as 完成年初预算的 is: the year's budget named bare is no whole
            // the actual is a part of. In a budget disclosure, after a budget, it is the share of the budget's whole.)
            if let share = Self.shareParent(stripped),
               share.parent.range(of: "^" + Self.yearsBudget + "$", options: .regularExpression) == nil
                || genre == .budgetDisclosure && current.map({ statements[$0].measure == "budget" }) != false {
                var st = base(.share, rule: "share")
                st.shareOf = share.parent
                // 占全国财政支出和 GDP 的比重分别为 10.0% 和 3.3%: each share of its own whole.
                if list.count > 1 {
                    let wholes = share.parent.split(whereSeparator: { Self.listJoiners.contains($0) }).map(String.init)
                    if wholes.count > 1 {
                        guard wholes.count == list.count else { return nil }
                        st.shareOf = wholes[list.index]
                    }
                }
                // (The share of the items just stated taken together, 经营收入 a，附属单位上缴收入 b，两项合计占 0.1%: of their
                // sum, the last of them its `about`.)
                if let n = Self.itemsTogether(Self.cleanLabel(share.subjectLabel)) {
                    guard let a = aboutStatement(), statements[a].role == .level else { return nil }
                    st.about = a
                    adopt(&st, statements[a])
                    st.together = n
                    return st
                }
                if let a = Self.levelsListed(share.subjectLabel, count: list.count, in: statements, doc: doc, before: amount.start,
                                             abbreviations: vocabulary.abbreviations)?[list.index] {
                    st.about = a
                    adopt(&st, statements[a])
                } else if let own = resolve(label: share.subjectLabel, clauseText: clauseText, sentenceBefore: sentenceBefore, amount: amount,
                                     statements: statements, breakdownTotal: breakdownTotal, titleTopic: titleTopic, s: s, doc: doc,
                                     sentenceYear: sentenceYear, requireOwnSubject: true) {
                    adopt(&st, own)
                } else if !distributes, let named = Self.levelNamed(Self.cleanLabel(share.subjectLabel), in: statements, doc: doc,
                                                                     before: amount.start, within: 400, unit: nil) {
                    // (税收收入占一般公共预算收入的比重为 70.28%, a sentence after 税收收入 201.32 亿元: the item so named; 问题金额占
                    // … after 审计发现问题金额 2.36 亿元, the item named shorter.)
                    st.about = named
                    adopt(&st, statements[named])
                } else if let a = aboutStatement() {
                    if statements[a].role == .level { st.about = a }
                    adopt(&st, statements[a])
                } else { return nil }
                // A bare share after shares of a named whole (产业发展支出 A，占全年实际支出的 64.31%；贴息支出 B，占
                // 28.36%): of the same whole, when neither part is a 其中 part of another. (Not past a full stop: the next
                // sentence's list, 农林水支出 A，占 85.49%；… after 财政拨款支出 T，占本年支出合计的 95.65%。, may be T's parts.)
                if share.parent.isEmpty, let a = st.about, statements[a].parent == nil,
                   let last = statements.last(where: { if case .share = $0.role { return true }; return false }),
                   let named = last.shareOf, !named.isEmpty, let b = last.about, b != a, statements[b].parent == nil,
                   doc.words(from: last.position, to: amount.start) < 60, !s[last.position..<amount.start].contains("。") {
                    st.shareOf = named
                } else if share.parent.isEmpty, let a = st.about, statements[a].parent == nil, let whole = Self.wholeOfAStructure(s, doc, before: amount.start),
                          doc.nearest(statements, upTo: a, before: statements[a].position, within: 400).contains(where: {
                              statements[$0].role == .level && statements[$0].label == whole }) {
                    // (Or the first in a section whose heading names the whole its parts make up, （二）一般公共预算当年拨款结构
                    // 情况。卫生健康支出 A，占 r%；…: of that whole, stated shortly before under that very name; the shares after it then
                    // follow this one. Not a whole named by a bare word, 支出结构, 人员结构: 基本支出 or 在职人员 would answer to it.)
                    st.shareOf = whole
                }
                return st
            }
            // A percent another percent follows with nothing between (预算资金执行率 90% 100% 10: a form's row with its
            // cells flattened into one line, the target before what was reached) is no outcome: which of the two is
            // the rate only the form's columns could say.
            if Self.anotherPercentFollows(s, after: amount.end) { return nil }
            // A rate named by what it divides (预算完成率, “三公”经费控制率, 政府采购执行率, 预算调整率, 结转结余率, 变动率):
            // the department's execution rate, or a rate of its own the audit recomputes from the amounts before it.
            // (A sign before the number is no part of the label: 变动率为 -6.67%.)
            let unsigned = Self.strippingFillers(String(stripped.reversed().drop(while: { "-−+".contains($0) }).reversed()))
            if let rate = Self.namedRate(unsigned) {
                let label = Self.cleanLabel(unsigned)
                switch rate {
                case .change:
                    // (Its sign is the number's: 变动率为 -6.67%.)
                    let minus = amount.start > 0 && "-−".unicodeScalars.contains(s[amount.start - 1])
                    return changeStatement((minus ? -1 : 1, "", ""), amount: amount, base: base, clauseText: clauseText, sentenceBefore: sentenceBefore,
                                           statements: statements, breakdownTotal: breakdownTotal, titleTopic: titleTopic, s: s, doc: doc,
                                           sentenceYear: sentenceYear, current: current, listIndex: 0, about: aboutStatement)
                case .execution where !Self.namesAnotherThingsRate(label):
                    // A bare 执行率 right after an item the vocabulary does not know (中央补助资金支出 362.80 万元，执行率
                    // 45.35%): that item's rate, not the department's.
                    if label == "执行率", let c = current, statements[c].role == .level, statements[c].subject == nil, statements[c].unit == "万元",
                       !isGeneric(statements[c].label) {
                        var st = base(.level, rule: "rate-label")
                        st.key = "label:" + statements[c].label + label; st.label = statements[c].label + label; st.measure = rate.rawValue
                        st.year = statements[c].year
                        return st
                    }
                    // A bare 执行率 right after a part of the spending whose budget was stated before (基本支出预算
                    // 4,883.85 万元 … 基本支出 4,862.17 万元，执行率 99.56%): the completion of that budget, not the
                    // department's rate. (A part's budget stated after its rate, 基本支出 A，执行率 r，基本支出全年预算数为 B, is
                    // checked with the rate as its own execution rate.)
                    if label == "执行率", let c = current, statements[c].role == .level, statements[c].unit == "万元", statements[c].measure == "actual",
                       let part = statements[c].subject, part != "expenditure", part != "execution_rate", !(genre == .project && part == "project"),
                       doc.words(from: statements[c].position, to: amount.start) < 12,
                       // (Looked for in the words before it only: a report of many such rates stays linear.)
                       doc.nearest(statements, before: amount.start, within: 400).contains(where: {
                           statements[$0].role == .level && statements[$0].subject == part && statements[$0].measure == "budget" && statements[$0].year == statements[c].year
                       }) {
                        var st = base(.completion, rule: "completion")
                        st.about = c; adopt(&st, statements[c])
                        return st
                    }
                    if let own = resolve(label: stripped, clauseText: clauseText, sentenceBefore: sentenceBefore, amount: amount,
                                         statements: statements, breakdownTotal: nil, titleTopic: nil, s: s, doc: doc,
                                         sentenceYear: sentenceYear, requireOwnSubject: true), own.subject == "execution_rate" {
                        var st = base(.level, rule: "rate-label")
                        adopt(&st, own)
                        return st
                    }
                    fallthrough
                default:
                    var st = base(.level, rule: "rate-label")
                    st.key = "label:" + label; st.label = label; st.measure = rate.rawValue; st.year = sentenceYear ?? 0
                    return st
                }
            }
            // A rate its words right after it define (资金支付率 87.46%（实际支付/到位资金）): a rate of its own, which the
            // audit recomputes from the two amounts so named before it.
            if case let label = Self.cleanLabel(unsigned), label.hasSuffix("率"), label.count >= 3, Self.wordedRatio(s, after: amount.end) != nil {
                var st = base(.level, rule: "rate-defined")
                st.key = "label:" + label; st.label = label; st.year = sentenceYear ?? 0
                return st
            }
            // (So is a bare 完成率 right after an amount done that the vocabulary has no item for, 计划投资 A，实际完成投资 B，
            // 完成率 r: of that amount's plan. An item's, 项目累计完成投资 B，投资完成率 r, may be of a whole the text names
            // elsewhere: 项目总投资, not the project's budget.)
            // (Bare, or named by what the amount's name ends with: 实际完成投资 B，投资完成率 r. Or the department's revenue or
            // spending named by its bare word: 预算收入总额 A，实际收入 B，收入完成率 r.)
            let completesTheAmountBefore = stripped.hasSuffix("完成率") && current.map {
                let done = statements[$0], named = String(stripped.dropLast(3))
                return done.role == .level && done.unit == "万元" && done.measure == "actual"
                    && (done.subject == nil || named.isEmpty || done.subject == Self.bareItem(named))
                    && done.label.hasSuffix(named) && doc.words(from: done.position, to: amount.start) < 12
            } == true
            if stripped.contains("完成") && (stripped.contains("预算") || stripped.contains("计划")) || completesTheAmountBefore
                || stripped.contains("预算") && stripped.range(of: "(为|是|占)" + Self.yearsBudget + "的?$", options: .regularExpression) != nil {
                var st = base(.completion, rule: "completion")
                if let a = current { st.about = a; adopt(&st, statements[a]) } else if let subject = headingSubject(s, doc, before: amount.start) {
                    st.subject = subject; st.key = subject + ":"; st.year = sentenceYear ?? 0
                } else { return nil }
                st.baseStage = stripped.contains("调整") || stripped.contains("全年") ? "adjusted" : stripped.contains("年初") ? "initial" : nil
                return st
            }
            // A percent after its amount's change, cued by a bare 增 or 减 (较上年增 18.67 万元，增 21.86%): that change's
            // percent. (A bare 增 elsewhere may be a level's word: 新增 120 万元.)
            let bareCue: (sign: Double, subjectLabel: String, baseText: String)? = {
                guard let sign = Self.bareChangeSign(stripped), let last = statements.last, isChange(last.role),
                      last.unit != "%", last.body == nil, doc.words(from: last.position, to: amount.start) < 20 else { return nil }
                return (sign, "", "")
            }()
            if var change = Self.changeCue(stripped) ?? Self.changeAfterBase(stripped, clauseText: clauseText) ?? bareCue
                ?? Self.bareChangeAfterAComparison(stripped, sentenceBefore: sentenceBefore, clauseText: clauseText) {
                if negative { change.sign = -change.sign }
                return changeStatement(change, amount: amount, base: base, clauseText: clauseText, sentenceBefore: sentenceBefore,
                                       statements: statements, breakdownTotal: breakdownTotal, titleTopic: titleTopic, s: s, doc: doc,
                                       sentenceYear: sentenceYear, current: distributes ? nil : current, listIndex: distributes && list.count > 1 ? list.index : 0,
                                       about: aboutStatement)
            }
            guard let own = resolve(label: stripped, clauseText: clauseText, sentenceBefore: sentenceBefore, amount: amount,
                                    statements: statements, breakdownTotal: nil, titleTopic: nil, s: s, doc: doc,
                                    sentenceYear: sentenceYear, requireOwnSubject: true),
                  own.subject == "execution_rate" || own.subject == "funds_received_rate" else { return nil }
            var st = base(.level, rule: "rate-label")
            adopt(&st, own)
            return st
        case "分":
            // 项目决策（20 分）得 18 分: the full marks in parentheses after what is scored, then its score.
            // What is scored, by its name: a section of the vocabulary by its name alone (项目产出 or 产出指标; 产出数量 and
            // 社会效益 are indicators within one), else the indicator so named.
            func scored(_ st: inout Statement, named label: String) {
                var core = label
                for prefix in ["项目", "部门", "单位", "整体"] where core.hasPrefix(prefix) && core.count > prefix.count + 1 { core.removeFirst(prefix.count); break }
                if core.hasSuffix("指标") && core.count > 3 { core.removeLast(2) }
                if let whole = scoreNamed([label, core]) {
                    st.subject = whole; st.key = whole + ":"; st.label = label
                } else {
                    st.key = "label:" + label; st.label = label
                }
                st.year = sentenceYear ?? 0
            }
            // (Its name not run on from a heading line before it: 三、自评结论 / 经综合评价（满分 100 分）.)
            if let marked = Self.marksInParentheses(s, at: amount.start, floor: max(0, amount.start - 40, doc.headingEnd(atOrBefore: amount.start) ?? 0)) {
                var st = base(marked.isMarks ? .weight : .level, rule: marked.isMarks ? "score-weight" : "score-label")
                scored(&st, named: marked.label)
                return st
            }
            // 1.产出指标：满分 50 分，得分 48 分: the full marks of what a numbered line names before its colon (its score then
            // follows them); it was read as the report's total.
            // (An indicator or a section only: 二、自评得分情况：满分 100 分 or 1.综合评价：满分 100 分 is the report's total.)
            if ["满分", "满分为", "分值", "分值为"].contains(stripped), let name = Self.nameBeforeColon(s, doc, before: amount.start, skipping: pre) {
                var st = base(.weight, rule: "score-weight")
                scored(&st, named: name)
                if st.subject != "score_total", st.subject != nil || name.hasSuffix("指标") { return st }
            }
            let tail = String(stripped.suffix(4))
            let section = scoreSection(s, doc, before: amount.start)
            // A line of fields about the execution rate (全年执行数 1,052.60；分值 10；执行率 95.87%；得分 9.80): its marks
            // (the field right before the rate's) and its score (the field right after it, the marks before the rate)
            // are the rate's, when nothing else names theirs.
            func marksBeforeTheExecutionRate() -> Bool {
                var k = Self.afterSpaces(s, from: amount.end)
                if k < s.count, s[k] == "分" { k += 1 }
                guard k < s.count, ReportText.isSemicolon(s[k]) else { return false }
                return Self.matches(s, k + 1, "执行率") || Self.matches(s, k + 1, "预算执行率")
            }
            func scoreAfterTheExecutionRate() -> Bool {
                guard let rate = statements.last, rate.subject == "execution_rate", rate.role == .level,
                      doc.words(from: rate.position, to: amount.start) < 8 else { return false }
                return statements.dropLast().last.map { $0.role == .weight && $0.subject == "score_budget_execution" } == true
            }
            // 得分 18.5 分（满分 20 分; 分值 20 分）: the full marks of the score just stated.
            if ["满分", "分值", "满分为", "分值为"].contains(stripped), let last = statements.last, last.role == .level, last.unit == "分",
               let open = (max(0, amount.start - 6)..<amount.start).last(where: { s[$0] == "（" || s[$0] == "(" }),
               (max(0, open - 3)..<open).contains(where: { s[$0] == "分" }), last.position > open - 12 {
                var st = base(.weight, rule: "score-weight")
                adopt(&st, last)
                return st
            }
            // 以上三项指标满分 50 分，共得 46.5 分: the full marks and the score of the indicators stated before, added
            // up (a closing sum, checked against them; no part of a breakdown).
            let words = Self.cleanLabel(stripped)
            // The full marks of a section of the vocabulary (its subject), or of an indicator or a group by its name.
            func fullMarks(subject: String? = nil, key: String, label: String = "") -> Statement {
                var st = base(.weight, rule: "score-weight")
                st.subject = subject; st.key = key; st.label = label; st.year = sentenceYear ?? 0
                return st
            }
            if let sum = Self.closingSum(words) {
                var st = base(sum.isMarks ? .weight : .level, rule: "score-sum")
                st.key = "label:以上\(sum.count)项"; st.label = words; st.summedScores = sum.count; st.year = sentenceYear ?? 0
                return st
            }
            if words.hasPrefix("共") || words.hasPrefix("合计") || words.hasPrefix("总共") || words.hasPrefix("累计"),
               words.range(of: #"^(共|合计|共计|总共|累计)得分?为?$"#, options: .regularExpression) != nil,
               let w = statements.last(where: { $0.unit == "分" }), w.rule == "score-sum", w.role == .weight,
               doc.words(from: w.position, to: amount.start) < 12 {
                var st = base(.level, rule: "score-sum")
                adopt(&st, w); st.summedScores = w.summedScores
                return st
            }
            // 产出指标 40 分，得 38.50 分: the full marks of the section the clause names, its score right after them; so
            // is a total named 总分 before a score (总分：100 分；自评得分：95.80 分).
            // (Not what the clause calls a score itself: 预算执行率得分：10×96.5%=9.65 分，自评得分 95.65 分.)
            if let named = nearestSubject(in: words, among: scoreSubjects), named != "score_total" || words.hasSuffix("总分"),
               !["得分", "得分为", "得分是"].contains(where: words.hasSuffix), Self.scoreFollows(s, from: amount.end) {
                return fullMarks(subject: named, key: named + ":")
            }
            // 项目产出指标满分 40 分，得 38 分: the full marks of what the clause names (a bare 得 after them is its score).
            // (An indicator its heading names, the clause pointing back at it, （一）预算编制科学性。该指标满分 5 分: its full
            // marks by that name.)
            if ["该指标满分", "本指标满分", "该项指标满分", "该指标满分为", "本指标满分为", "该项指标满分为"].contains(words),
               nearestSubject(in: words, among: scoreSubjects) == nil, let h = doc.headingStart(atOrBefore: amount.start),
               let end = (h..<amount.start).first(where: { "。：:".unicodeScalars.contains(s[$0]) }).map({ min($0, doc.headingEnd(after: h) ?? $0) }),
               !s[min(end + 1, amount.start)..<amount.start].contains(where: ReportText.sentenceEnds.contains),
               case let name = Self.cleanLabel(Self.withoutEnumeration(text(s, h..<end).trimmingBlanks())),
               (2...16).contains(name.count), name.unicodeScalars.allSatisfy(\.isHan) {
                if let named = nearestSubject(in: name, among: scoreSubjects), named != "score_total" {
                    return fullMarks(subject: named, key: named + ":")
                }
                return fullMarks(key: "indicator:" + name, label: name)
            }
            // (A group of indicators the vocabulary has no item for, 部门管理类指标满分 30 分: its full marks by its name, not
            // the section's or the total's.)
            if words.hasSuffix("满分") || words.hasSuffix("满分为"), words.contains("指标"), nearestSubject(in: words, among: scoreSubjects) == nil,
               let group = words.firstMatch(of: /(\p{Han}{2,}指标)满分为?$/)?.1 {
                return fullMarks(key: "label:" + group, label: String(group))
            }
            if words.hasSuffix("满分") || words.hasSuffix("满分为") || words.hasSuffix("总分值") || words.hasSuffix("分值为"),
               let named = nearestSubject(in: words, among: scoreSubjects) ?? section {
                return fullMarks(subject: named, key: named + ":")
            }
            if tail.hasSuffix("分值") || tail.hasSuffix("权重") {
                // One indicator's line of fields (指标名称：档案查阅利用人次；…；分值：15 分；得分：15 分): its full marks,
                // an indicator's (`indicator:`), within a section, never one.
                if let name = Self.indicatorName(s, before: amount.start) { return fullMarks(key: "indicator:" + name, label: name) }
                // (The section the clause names itself comes first: 决策指标分值 15 分，…；过程指标分值 25 分 after a line
                // that listed every section.)
                let named = nearestSubject(in: words, among: scoreSubjects).flatMap { $0 == "score_total" ? nil : $0 }
                // (A group of indicators the vocabulary has no item for, named by the clause (绩效指标分值 90 分): its full
                // marks by its name, not the section's before it. The regex only where the words can match it: a regex
                // literal is compiled where it is used.)
                if named == nil, words.hasSuffix("指标分值") || words.hasSuffix("指标权重"),
                   let group = words.firstMatch(of: /(\p{Han}{2,}指标)(?:分值|权重)$/)?.1 {
                    return fullMarks(key: "label:" + group, label: String(group))
                }
                guard let subject = named ?? section ?? (marksBeforeTheExecutionRate() ? "score_budget_execution" : nil) else {
                    // A group of indicators the vocabulary has no item for (成本指标（分值10分）): its full marks by its name.
                    guard let name = scoreSectionName(s, doc, before: amount.start) else { return nil }
                    return fullMarks(key: "label:" + name, label: name)
                }
                return fullMarks(subject: subject, key: subject + ":")
            }
            if let deducting = ["扣分", "扣除", "扣"].first(where: tail.hasSuffix) {
                // (A cap is no points taken off: 每低 1 个百分点扣 0.5 分，最多扣 10 分. A rate per unit has gone already.)
                let reason = stripped.dropLast(deducting.count)
                if Self.namesADeductionRule(reason) { return nil }
                var st = base(.deduction, rule: "score-deduction")
                // (The section the clause names, 产出指标扣 3 分, else the one the heading or the 分值 before names.)
                let named = nearestSubject(in: stripped, among: scoreSubjects).flatMap { $0 == "score_total" ? nil : $0 }
                // (A bare 扣 right after a group's full marks or score in its sentence, 部门管理类指标满分 30 分，得分 26.5 分，
                // 扣 3.5 分: that group's.)
                // (Or after its reason, 该指标满分 5 分，因年中追加预算较多扣 1.5 分.)
                // (Not an item of a deduction broken down after 其中, in its sentence or the next: 扣 2 分，得 8 分。其中：部分
                // 资金未按时支付扣 1 分；…扣 1 分, or the section's own indicators, 产出指标…扣 3 分。其中：产出数量指标扣 2 分.
                // Those are the breakdown's, `deductionBreakdowns`. An item that names another section, 扣 5 分。其中：产出
                // 指标扣 3 分, is that section's deduction too.)
                if let k = (max(0, amount.start - 200)..<amount.start).last(where: { Self.matches(s, $0, "其中") }),
                   !s[k..<amount.start].contains("。"), let whole = Self.deductionBrokenDown(s, listAt: k),
                   named == nil || statements.last(where: { $0.role == .deduction && $0.position == whole.start })?.subject == named {
                    return nil
                }
                if named == nil,
                   let last = statements.last(where: { $0.unit == "分" }), last.role == .level || last.role == .weight,
                   last.key.hasPrefix("label:") || last.key.hasPrefix("indicator:") || last.subject != "score_total" && last.subject != nil,
                   doc.words(from: last.position, to: amount.start) < 20, !s[last.position..<amount.start].contains(where: ReportText.sentenceEnds.contains) {
                    adopt(&st, last)
                    st.rule = "score-deduction"
                    return st
                }
                guard let subject = named ?? section else { return nil }
                st.subject = subject; st.key = subject + ":"; st.year = sentenceYear ?? 0
                return st
            }
            // The sections' scores a 分别 list gives in order (决策、过程、产出和效益指标分别得分 19 分、18 分、36 分和 17 分; 决策、
            // 过程、产出、效益四类指标分别得分 …): each its section's, else the group its name says.
            if distributes, let cut = stripped.range(of: "分别"), ["得分", "得", "得分为", "为", "是"].contains(String(stripped[cut.upperBound...])),
               let names = Self.listedLabels(String(stripped[..<cut.lowerBound]), abbreviations: vocabulary.abbreviations) {
                let k = distributed
                distributed += 1
                guard k < names.count else { return nil }
                // (Without the count of kinds the list closes with, 四类指标, and its word for an indicator.)
                let name = names[k].replacing(/(?:[一二三四五六七八九十两0-9]+(?:类|项|个|大类))?(?:指标)?$/, with: "")
                guard name.count >= 2 else { return nil }
                var st = base(.level, rule: "score-label")
                if let section = scoreNamed([name, name + "指标", name + "类"]), section != "score_total" { st.subject = section; st.key = section + ":" } else { st.key = "label:" + name + "得分" }
                st.label = name; st.year = sentenceYear ?? 0
                return st
            }
            // (A bare 合计 after sections' scores in its sentence, …分别得分 19 分、18 分、36 分和 17 分，合计 90 分: the total.)
            if ReportExtractor.closingWords.contains(Self.cleanLabel(stripped)),
               case let sections = statements.suffix(8).filter({ st in
                   st.unit == "分" && st.role == .level && st.subject.map { $0 != "score_total" && scoreSubjects.contains($0) } == true
                       && st.position < amount.start && !s[st.position..<amount.start].contains(where: ReportText.sentenceEnds.contains)
               }), sections.count >= 2 {
                var st = base(.level, rule: "score-label")
                st.subject = "score_total"; st.key = "score_total:"; st.label = Self.cleanLabel(stripped); st.year = sentenceYear ?? 0
                return st
            }
            var st = base(.level, rule: "score")
            // 得 X 分 at the end of an indicator's paragraph (预算执行率（10 分）：…预算执行率 95%，得 9.5 分): the score of
            // the full marks stated at its start, when no score came since.
            // (Only a bare 得 or 得分 of a clause of its own: 产出指标得分 47 分 names its own.)
            // (Also after the rule it was scored by: 按评分标准得 4 分, 按执行率计算得分 4.68 分.)
            // (得 itself may have gone with the fillers.)
            let scoring = Self.cleanLabel(stripped)
            let scoredBy = !["标准", "规则", "办法", "细则", "计算", "折算"].contains(where: scoring.contains) ? scoring : scoring.replacing(/^(?:按照?|根据|依据)?\p{Han}{0,8}(?:标准|规则|办法|细则|计算|折算)/, with: "")
            // (实际得分 and 实得 are its score too: 产出指标满分 50 分，实际得分 48 分.)
            // (Past a deduction of the same, 该指标满分 5 分，因…扣 1.5 分，得 3.5 分.)
            if ["得", "得分", "得分为", "计得", "评分得", "实际得分", "实际得分为", "实得", "实得分", "实际得"].contains(scoredBy) || scoredBy.isEmpty && !scoring.isEmpty,
               let last = statements.last(where: { $0.unit == "分" }),
               case let w = last.role == .deduction
                   ? statements.last(where: { $0.unit == "分" && $0.role == .weight && $0.key == last.key }) ?? last : last,
               w.role == .weight, w.rule == "score-weight",
               doc.words(from: w.position, to: amount.start) < 150, (doc.headingStart(atOrBefore: amount.start) ?? 0) <= w.position {
                adopt(&st, w)
                st.rule = "score-label"
                return st
            }
            // (So, for now, is a bare 得 after a semicolon in the sentence of a section's full marks, past a score of its
            // own: 产出指标（50 分）：救助人数 1,256 人，得 20 分；认定准确率 100%，得 15 分. Both are its indicators' where
            // `separateIndicatorsScoredInASection` finds them so.)
            if ["得", "得分", "得分为", "计得", "实得", "实际得"].contains(scoredBy),
               let last = statements.last(where: { $0.unit == "分" }), last.role == .level,
               let w = statements.last(where: { $0.unit == "分" && $0.role == .weight }), w.key == last.key, w.rule == "score-weight",
               w.subject != nil, w.subject != "score_total", w.position < last.position, w.position >= 0, amount.start - w.position <= 600,
               !s[w.position..<amount.start].contains(where: ReportText.sentenceEnds.contains),
               s[last.position..<amount.start].contains(where: ReportText.isSemicolon) {
                adopt(&st, w)
                return st
            }
            // (So is a score by the words of a total right after a section's full marks, in its sentence: 部门决策类指标满分
            // 20 分，自评得分 18 分 is the section's.)
            if ["自评得分", "自评得分为", "评价得分", "评价得分为"].contains(scoredBy),
               let w = statements.last(where: { $0.unit == "分" }), w.role == .weight, w.rule == "score-weight", w.subject != "score_total",
               doc.words(from: w.position, to: amount.start) < 12, !s[w.position..<amount.start].contains(where: ReportText.sentenceEnds.contains) {
                adopt(&st, w)
                st.rule = "score-label"
                return st
            }
            // A group of indicators the vocabulary has no item for (绩效指标得分 88.2 分, 共性指标得分, 个性指标得分):
            // that group's score, not the section's.
            // (The regex only where the words can match it: a regex literal is compiled where it is used.)
            if stripped.contains("指标"), let group = Self.cleanLabel(stripped).firstMatch(of: /(\p{Han}{2,}指标)得分为?$/)?.1,
               nearestSubject(in: stripped, among: scoreSubjects) == nil {
                st.key = "label:" + group + "得分"; st.label = group + "得分"; st.year = sentenceYear ?? 0; st.rule = "score-label"
                return st
            }
            if tail.hasSuffix("得") || tail.hasSuffix("得分为") || tail.hasSuffix("得分"), let subject = section, !subjectNamed(stripped, among: scoreSubjects) {
                st.subject = subject
            } else if let named = nearestScoreNamedAlone(in: stripped) {
                st.subject = named
                st.rule = "score-label"
            } else if Self.cleanLabel(stripped) == "得分", scoreAfterTheExecutionRate() {
                st.subject = "score_budget_execution"
                st.rule = "score-label"
            } else if let total = breakdownTotal, statements[total].unit == "分", case let label = Self.cleanLabel(stripped),
                      (2...10).contains(label.count), label.unicodeScalars.allSatisfy({ $0.isHan || "“”".unicodeScalars.contains($0) }),
                      !["满分", "总分", "分值", "权重", "标准"].contains(where: label.contains) {
                // A part of a score's breakdown the vocabulary has no item for (其中：部门决策 18 分，部门管理 27.5 分).
                st.key = "label:" + label; st.label = label; st.year = sentenceYear ?? 0; st.rule = "score-label"
                return st
            } else { return nil }
            st.key = st.subject! + ":"; st.year = sentenceYear ?? 0
            return st
        case "人", "户":
            // A head count's change right after it (在职人员 86 人，比上年减少 4 人，下降 4.44%): about the count, so
            // that its percent has a base (the count less the change).
            if let change = Self.changeCue(stripped), change.subjectLabel.isEmpty, let c = current ?? aboutStatement(),
               statements[c].role == .level, statements[c].unit == amount.unit, doc.words(from: statements[c].position, to: amount.start) < 20 {
                var st = base(.change(sign: negative ? -change.sign : change.sign), rule: "change-of-statement")
                adopt(&st, statements[c])
                st.about = c
                st.baseMeasure = measure(in: change.baseText)?.measure
                st.baseYear = Self.lastYear(in: Substring(change.baseText), skippingBases: false) ?? statements[c].year - 1
                return st
            }
            guard amount.unit == "人", let named = nearestSubject(in: String(stripped.suffix(14)), among: ["staff", "retirees"]) else {
                // Another head count, named by its label, whose change follows (高龄津贴发放人数 8,520 人，较上年增加 356
                // 人): a level of its own, for the change to be about. (Counts broken down after 其中 are CountBreakdowns'.)
                // (The name is the run of Han characters right before the number, spaces aside: 享受人数 3,148 人.)
                let name = Self.nameBefore(s, amount.start, longest: 16)
                let label = s.string(name)
                guard (2...16).contains(label.count), name.lowerBound == 0 || !s[name.lowerBound - 1].isHan else { return nil }
                let comma = Self.afterSpaces(s, from: amount.end)
                guard comma < s.count, s[comma] == "，" || s[comma] == ",",
                      case let c = Self.afterSpaces(s, from: comma + 1), ["较", "比", "同比", "与上年"].contains(where: { Self.matches(s, c, $0) }) else { return nil }
                var st = base(.level, rule: "count-label")
                st.key = "label:" + label; st.label = label; st.year = sentenceYear ?? 0
                return st
            }
            var st = base(.level, rule: "count-label")
            st.subject = named; st.key = named + ":"; st.year = sentenceYear ?? 0; st.label = Self.cleanLabel(String(stripped.suffix(14)))
            return st
        default:
            // 教育支出调增 4,820 万元 (an item's budget raised within the year, its level after the adjustment stated next:
            // 调整后为 78,460 万元): a change of that item by its own name, no level of the vocabulary's subject.
            if let adjustment = Self.itemAdjustment(stripped) {
                var st = base(.change(sign: negative ? -adjustment.sign : adjustment.sign), rule: "adjustment")
                st.key = "label:" + adjustment.item; st.label = adjustment.item; st.year = sentenceYear ?? 0
                return st
            }
            // The level an item was adjusted to within the year (调整后为 78,460 万元 after its 调增; 收入总量调整为 412,660 万元
            // after the year's initial 收入总量; 152,600 万元，调整为 186,600 万元): that item's, the change after it from the
            // level before.
            if let adjusted = Self.adjustedItem(pre) {
                let before: Int?
                // (The budget named bare, 年中预算调减至 B, is the budget just stated: not spending stated last.)
                let aBudget = adjusted == "预算"
                if adjusted.isEmpty || aBudget {
                    // (The budget named bare may stand before the spending: 年初预算 A，实际支出 C，年中预算调减至 B.)
                    before = statements.indices.reversed().prefix(aBudget ? 3 : 1).first { c in
                        let st = statements[c]
                        let fits = st.unit == amount.unit && (st.role == .level || st.rule == "adjustment") && (!aBudget || st.measure == "budget")
                        return fits && doc.words(from: st.position, to: amount.start) < 24
                    }
                } else {
                    before = Self.levelNamed(adjusted, in: statements, doc: doc, before: amount.start, within: 600, unit: amount.unit) {
                        $0.body == nil && $0.year == (sentenceYear ?? $0.year)
                    }
                }
                if let a = before {
                    var st = base(.level, rule: "adjusted-level")
                    adopt(&st, statements[a])
                    // (Named as what it now is: the initial budget adjusted to B is no initial budget, 项目年初预算 A，年中调整为
                    // B -> 项目调整后预算.)
                    if st.measure == "budget" { st.stage = "adjusted"; st.label = st.label.replacingOccurrences(of: "年初", with: "调整后") }
                    st.rule = "adjusted-level"
                    return st
                }
            }
            if var change = Self.changeCue(stripped) ?? Self.changeAfterBase(stripped, clauseText: clauseText) ?? Self.gapToBudget(stripped)
                ?? Self.bareChangeAfterAComparison(stripped, sentenceBefore: sentenceBefore, clauseText: clauseText) {
                if negative { change.sign = -change.sign }
                return changeStatement(change, amount: amount, base: base, clauseText: clauseText, sentenceBefore: sentenceBefore,
                                       statements: statements, breakdownTotal: breakdownTotal, titleTopic: titleTopic, s: s, doc: doc,
                                       sentenceYear: sentenceYear, current: distributes ? nil : current, listIndex: distributes && list.count > 1 ? list.index : 0,
                                       about: aboutStatement)
            }
            // 差值为 0.84 万元 right after an actual and its budget (支出 4.36 万元，年初预算为 5.20 万元，差值为 0.84 万元):
            // the gap between them, stated without its direction (a page's 差值 is 0.05 where the actual exceeds
            // the budget and 0.95 where it falls short): the actual's change from the budget, the way the two levels go.
            if stripped.contains("差"), case let gap = Self.cleanLabel(stripped), ["差值", "差额", "相差", "差异"].contains(gap.hasSuffix("为") ? String(gap.dropLast()) : gap),
               let b = statements.last,
               b.role == .level, b.measure == "budget", b.unit == amount.unit, doc.words(from: b.position, to: amount.start) < 12,
               let a = levelBeside(statements.count - 1, ofAnotherMeasureThan: "budget", statements, doc) {
                return changeStatement((statements[a].value < b.value ? -1 : 1, "", "比预算"), amount: amount, base: base, clauseText: clauseText,
                                       sentenceBefore: sentenceBefore, statements: statements, breakdownTotal: breakdownTotal, titleTopic: titleTopic,
                                       s: s, doc: doc, sentenceYear: sentenceYear, current: nil, listIndex: 0, about: { a })
            }
            // 本年总支出大于总收入 465.63 万元: the gap between two levels the text has just stated, no level of either.
            if let gap = Self.gapBetween(stripped) {
                func named(_ name: String) -> Int? {
                    Self.levelNamed(name, in: statements, doc: doc, before: amount.start, within: 400, unit: amount.unit) {
                        $0.body == nil && $0.year == (sentenceYear ?? $0.year)
                    }
                }
                guard let a = named(gap.larger), let b = named(gap.smaller), a != b else { return nil }
                var st = base(.level, rule: "gap")
                st.key = "label:" + stripped; st.label = stripped; st.year = statements[a].year
                st.about = a; st.less = b
                return st
            }
            // 较年初预算 15.00 万元: the budget of the year the actual before it is compared with.
            // (完成年初预算数 X 万元的 y%: what was completed is the actual, whatever the document's default measure.)
            // (为预算 X 亿元的 y%, 为年初预算 X 万元的 y%: a budget report's way of saying 完成.)
            let inlineBudget = stripped.hasPrefix("为") && stripped.count > 1 ? Self.budgetBase("完成" + stripped.dropFirst()) : Self.budgetBase(stripped)
            if let stage = inlineBudget, let a = current, statements[a].measure != "budget" || stripped.hasPrefix("完成") {
                var st = base(.baseLevel, rule: "base-budget")
                adopt(&st, statements[a])
                st.about = a
                st.measure = "budget"; st.stage = stage; st.year = statements[a].year
                if let subject = st.subject { st.key = subject + ":budget" }
                st.rule = "base-budget"
                return st
            }
            // 与 2023 年度总收入 17,290.18 万元相比，增加 …: the level compared with, named in its own clause by the year
            // (or 上年) and the name of a level stated just before: that level's base, for the change after it.
            if let compared = Self.comparedLevel(stripped), Self.matches(s, Self.afterSpaces(s, from: amount.end), "相比"),
               let a = Self.levelNamed(compared.name, in: statements, doc: doc, before: amount.start, within: 300, unit: amount.unit, where: { $0.body == nil }),
               compared.year.map({ $0 < statements[a].year }) ?? true {
                var st = base(.baseLevel, rule: "base-level")
                adopt(&st, statements[a])
                st.about = a
                st.year = compared.year ?? statements[a].year - 1
                st.rule = "base-level"
                return st
            }
            // （2023 年：2,538.36 万元）, （上年数 2,494.85 万元） right after a level: that level in the year named, the
            // base of the changes after it, not a level whose parts follow.
            if notesTheAmountBefore, let a = current, statements[a].role == .level, statements[a].unit == amount.unit,
               let year = Self.yearNoted(stripped, after: statements[a].year) {
                var st = base(.baseLevel, rule: "base-level")
                adopt(&st, statements[a])
                st.about = a
                st.year = year
                st.rule = "base-level"
                return st
            }
            if Self.isBaseComparison(stripped), var a = current {
                // The clause may name another item than the sentence's last level (人均会议费 70.00 元；会议费较上年
                // 9.12 万元减少 1.28 万元): the level stated under that name just before.
                if let cue = stripped.lastIndex(where: { $0 == "较" || $0 == "比" }), case let named = Self.cleanLabel(String(stripped[..<cue])),
                   named.count >= 2, statements[a].label != named, !Self.label(statements[a].label, shortenedTo: named),
                   let own = Self.levelNamed(named, in: statements, doc: doc, before: amount.start, within: 120, unit: statements[a].unit) {
                    a = own
                }
                var st = base(.baseLevel, rule: "base-level")
                adopt(&st, statements[a])
                st.about = a
                st.year = (Self.lastYear(in: Substring(stripped), skippingBases: false) ?? statements[a].year - 1)
                st.rule = "base-level"
                // (The base's own measure where its words name one: 较 2023 年执行数 8.62 万元 beside this year's budget is
                // last year's outturn.)
                if let named = measure(in: stripped, spending: false)?.measure, named != st.measure, ["actual", "budget"].contains(named) {
                    st.measure = named; st.stage = nil
                    if let subject = st.subject { st.key = subject + ":" + named }
                }
                return st
            }
            // A 分别 list: the amounts of the clause go to the subjects its label lists (收、支总计 -> 收入, 支出).
            if distributes, let names = Self.listedLabels(stripped, abbreviations: vocabulary.abbreviations) {
                let k = distributed
                distributed += 1
                guard k < names.count else { return nil }
                // (Inside a list, each name is a part of its total, and takes its measure as a part named alone would:
                // 全年预算数 A，其中：年初预算、年中追加分别为 a、b.)
                guard let own = resolve(label: names[k], clauseText: clauseText, sentenceBefore: sentenceBefore, amount: amount,
                                        statements: statements, breakdownTotal: breakdownTotal, titleTopic: titleTopic, s: s, doc: doc,
                                        sentenceYear: sentenceYear, requireOwnSubject: false) else { return nil }
                var st = base(.level, rule: "list-distribution")
                adopt(&st, own)
                // (Words before the first name that say a measure, 我局共安排市级、区级和镇级资金分别为 a、b、c, say every
                // item's: 安排 makes them all budgets, not the first alone. Not a stage, which is the first name's own:
                // 年初财政拨款结转和结余、本年财政拨款收入.)
                if k > 0, measure(in: names[k], spending: false) == nil, names[0].count > names[k].count,
                   let said = measure(in: String(names[0].dropLast(names[k].count)), spending: false), said.stage == nil, said.measure != st.measure {
                    st.measure = said.measure; st.stage = said.stage
                    if let subject = st.subject { st.key = subject + ":" + said.measure }
                }
                return st
            }
            if !distribution.isEmpty, distributes {
                let k = min(distributed, distribution.count - 1)
                distributed += 1
                var st = base(.level, rule: "list-distribution")
                adopt(&st, statements[distribution[k]])
                return st
            }
            // The whole of a share stated inside it (涉及资金 38.62 亿元，占全县一般公共预算支出 51.97 亿元的 74.31%): a level
            // by the name after 占, which the share after it is of; no whole of later lists.
            if stripped.hasPrefix("占"), case let name = String(stripped.dropFirst()), name.count >= 2, Self.shareFollows(s, after: amount.end),
               let a = current, statements[a].role == .level, statements[a].unit == amount.unit {
                var st = base(.level, rule: "share-whole")
                if let own = resolve(label: name, clauseText: name, sentenceBefore: sentenceBefore, amount: amount, statements: statements,
                                     breakdownTotal: nil, titleTopic: nil, s: s, doc: doc, sentenceYear: sentenceYear, requireOwnSubject: false) {
                    adopt(&st, own)
                } else {
                    st.key = "label:" + name; st.year = statements[a].year
                }
                st.label = name; st.rule = "share-whole"
                return st
            }
            guard let own = resolve(label: stripped, clauseText: clauseText, sentenceBefore: sentenceBefore, amount: amount,
                                    statements: statements, breakdownTotal: breakdownTotal, titleTopic: titleTopic, s: s, doc: doc,
                                    sentenceYear: sentenceYear, requireOwnSubject: false) else { return nil }
            var st = base(.level, rule: own.rule)
            adopt(&st, own)
            // A balance may fall below nothing (当年结余 -790 万元): the minus is its value's.
            if negative, Self.namesYearsBalance(st.label) { st.value = -st.value }
            return st
        }
    }

    /// The level stated before `before` (within `within` words) that a change naming its item is of: the report's own
    /// level of the change's key and year, a grand total (收入总计) when the change names one, else the year's total
    /// (本年收入合计).
    private func levelOfANamedChange(_ change: Statement, grandTotal: Bool, _ statements: [Statement], _ doc: ReportText,
                                     before: Int, within: Int) -> Int? {
        doc.nearest(statements, before: before, within: within).first {
            statements[$0].role == .level && statements[$0].key == change.key && statements[$0].year == change.year && statements[$0].body == nil
                && vocabulary.isGrandTotal(statements[$0].label) == grandTotal
        }
    }

    func changeStatement(
        _ change: (sign: Double, subjectLabel: String, baseText: String), amount: Amount, base: (StatementRole, String) -> Statement,
        clauseText: String, sentenceBefore: String, statements: [Statement], breakdownTotal: Int?, titleTopic: String?,
        s: [Unicode.Scalar], doc: ReportText, sentenceYear: Int?, current: Int?, listIndex: Int, about: () -> Int?
    ) -> Statement? {
        var st = base(.change(sign: change.sign), "change")
        var subjectLabel = change.subjectLabel, baseText = change.baseText
        // The amount change a percent right after it shares its comparison with (比年初预算 3,920 万元减少 434 万元，下降 11.1%).
        var sameComparisonAs: Statement? = nil
        // 收入支出总体与上年相比，增加 58.21 万元: the comparison stands in a clause of its own before the change; so
        // does its base when the change's clause names the subject (与 2010 年决算数相比，2011 年“三公”经费预算减少 0.42 亿元).
        // (The year such a clause names is the change's, as in the change's own clause: 2023年与上年相比，减少 1.74 万元.)
        var comparisonOwnText = ""
        if baseText.isEmpty, let comparison = Self.comparisonClause(ending: String(sentenceBefore.dropLast(clauseText.count))) {
            if subjectLabel.isEmpty { subjectLabel = comparison.subjectLabel }
            baseText = comparison.baseText
            comparisonOwnText = comparison.subjectLabel
        }
        for suffix in ["各", "均", "都"] where subjectLabel.hasSuffix(suffix) { subjectLabel.removeLast() }
        // 收、支总计各增加 X: the change of each listed item; the first stands for them. 各减少 A、B: the list's
        // amounts go to the items in order.
        let listed = Self.listedLabels(subjectLabel, abbreviations: vocabulary.abbreviations)
        if let listed {
            guard listIndex < listed.count else { return nil }
            subjectLabel = listed[listIndex]
        }
        let named = Self.cleanLabel(subjectLabel)
        // The clause's statement, else the last level of the sentence before (within a short sentence's reach).
        let recent = current ?? statements.lastIndex { $0.role == .level }.flatMap { doc.words(from: statements[$0].position, to: amount.start) < 120 ? $0 : nil }
        if let a = recent, statements[a].role == .level, named.count >= 2, statements[a].label.count > named.count,
           Self.label(statements[a].label, shortenedTo: named) {
            // A shortened name of the statement just made (一般公共预算财政拨款支出 1264.92 万元。与上年相比，一般公共预算
            // 财政拨款增加 27.44 万元) is that statement, not another item the short name would also fit.
            st.about = a
            adopt(&st, statements[a])
            st.rule = "change-of-statement"
        } else if !subjectLabel.isEmpty, let own = resolve(label: subjectLabel, clauseText: clauseText, sentenceBefore: sentenceBefore,
                                                             amount: amount, statements: statements, breakdownTotal: breakdownTotal,
                                                             titleTopic: nil, s: s, doc: doc, sentenceYear: sentenceYear, requireOwnSubject: true,
                                                             allowWeak: true) {
            adopt(&st, own)
            st.rule = "change-of-named-subject"
            // (An item of such a list is the level of it just stated, 收入总计 A、支出总计 B，…收入、支出总计各增加 C: the
            // percent after it, 增长 r, is then the same comparison's.)
            // (A grand total's, 收入总计, not the year's total of the same item, 本年收入合计, stated between.)
            if listed != nil {
                st.about = levelOfANamedChange(st, grandTotal: vocabulary.isGrandTotal(subjectLabel), statements, doc, before: amount.start, within: 120)
            }
        } else if named.count >= 2, let a = Self.levelNamed(named, in: statements, doc: doc, before: amount.start, within: 120, unit: nil, where: { $0.body == nil }) {
            // A change naming by its label a level stated just before, in a sentence of its own (…实际支出 1,785.60 万元，
            // 预算执行率 93.00%。实际支出较上年增加 235.60 万元): that level, though the label names no item of the
            // vocabulary (the project's spending in a project's report).
            st.about = a
            adopt(&st, statements[a])
            st.rule = "change-of-statement"
        } else if subjectLabel.isEmpty, amount.unit == "万元", let last = statements.last, isChange(last.role), last.unit == "%", last.body == nil,
                  doc.words(from: last.position, to: amount.start) < 20 {
            // An amount's change right after a percent change (“三公”经费支出增长 -12.50%，减少 2.52 万元) is the same
            // comparison's, of the item the percent is of.
            adopt(&st, last)
            st.about = last.about ?? doc.nearest(statements, before: last.position, within: 300).first {
                statements[$0].role == .level && statements[$0].key == last.key && statements[$0].year == last.year
            }
            st.rule = "change-of-statement"
            sameComparisonAs = last
        } else if var a = about() {
            // A change right after its base (会议费较上年 9.12 万元减少 1.28 万元) is about the level that base is of,
            // which the base's clause may have named apart from the sentence's last level.
            if let b = statements.last, b.role == .baseLevel, let level = b.about, statements[level].role == .level,
               doc.words(from: b.position, to: amount.start) < 16 {
                a = level
            }
            // A percent right after an amount's change (较上年减少 1.74 万元，变动率为 -6.67%) is the same comparison's
            // (not in a list that distributes its percents over the items, 各减少 A、B，分别下降 a、b: no current then).
            // (Into a later year than its level, 2022年 … 26.10 万元，2023年较上年减少 1.74 万元，变动率为 -6.67%: that year's too.)
            var intoYear: Int? = nil
            if amount.unit == "%", current != nil, let last = statements.last, isChange(last.role), last.unit == "万元",
               doc.words(from: last.position, to: amount.start) < 20 {
                if let level = last.about {
                    a = level
                    sameComparisonAs = last
                } else if last.rule == "change-of-named-subject",
                          let level = levelOfANamedChange(last, grandTotal: vocabulary.isGrandTotal(last.label), statements, doc, before: last.position, within: 300) {
                    // (Or of the item the amount's change names, stated before: …，项目支出 B，与上年相比，本年支出合计增加 C，
                    // 增长 r: 本年支出合计's, not the clause's last item; a grand total's, 收入总计, not 本年收入合计's.)
                    a = level
                    sameComparisonAs = last
                } else if let base = last.baseYear, last.year == base + 1, statements[a].key == last.key, statements[a].year == base {
                    intoYear = last.year
                    sameComparisonAs = last
                }
            }
            // After this year's level and last year's (支出合计 1790.25 万元，上年支出合计 1702.10 万元，增长 5.18%), the
            // change is this year's, from last year's.
            if statements[a].role == .level, Self.namesLastYear(statements[a].label),
               let now = doc.nearest(statements, upTo: a, before: statements[a].position, within: 120).first(where: {
                   statements[$0].role == .level && statements[$0].key == statements[a].key && statements[$0].year == statements[a].year + 1 }) {
                a = now
            }
            // So is a change whose clause names the later year after last year's level (2022年“三公”经费实际支出 26.10
            // 万元，2023年较上年减少 1.74 万元): the named year's level of the item, stated before.
            // Without that year's level, the change is into it from the level before: compared with that level, not about it.
            else if statements[a].role == .level, let year = Self.lastYear(in: Substring(clauseText)) ?? Self.lastYear(in: Substring(comparisonOwnText)),
                    year == statements[a].year + 1 {
                if let now = doc.nearest(statements, upTo: a, before: statements[a].position, within: 300).first(where: {
                    statements[$0].role == .level && statements[$0].key == statements[a].key && statements[$0].year == year }) {
                    a = now
                } else {
                    intoYear = year
                }
            }
            // A comparison with the budget right after the budget (公务接待费支出 1.50 万元，年初预算为 2 万元，比年初预算
            // 减少 0.50 万元) is the actual's, stated before it: the budget compared with itself compares nothing.
            if statements[a].role == .level, intoYear == nil, let measureOfBase = measure(in: baseText)?.measure,
               measureOfBase == statements[a].measure, !["上年", "去年", "上一年"].contains(where: baseText.contains),
               Self.lastYear(in: Substring(baseText), skippingBases: false) == nil,
               let actual = levelBeside(a, ofAnotherMeasureThan: measureOfBase, statements, doc) {
                a = actual
            }
            if statements[a].role == .level, intoYear == nil { st.about = a }
            adopt(&st, statements[a])
            if let intoYear { st.year = intoYear }
            st.rule = "change-of-statement"
        } else { return nil }
        // 比年初预算 5,991.20 万元减少 754.80 万元: the base stated just before the change word, as a statement of its
        // own about the same level, gives the comparison's measure and year.
        if baseText.isEmpty, let a = st.about, let b = statements.last, b.role == .baseLevel, b.about == a,
           doc.words(from: b.position, to: amount.start) < 16 {
            st.baseMeasure = b.measure
            st.baseYear = b.year
            return st
        }
        if baseText.isEmpty, let amountChange = sameComparisonAs {
            st.baseMeasure = amountChange.baseMeasure
            st.baseYear = amountChange.baseYear
            return st
        }
        // In a list of a whole's parts, each with its change, a change that names no base is from the base the part
        // before it named (因公出国（境）经费 17.44 万元，比预算数减少 1.94 万元；公务用车购置及运行费 30.87 万元，减少 3.72 万元).
        if baseText.isEmpty, let a = st.about, let whole = statements[a].parent,
           let before = statements.suffix(4).last(where: { isChange($0.role) }), before.unit == st.unit, before.baseMeasure != nil,
           let b = before.about, b != a, statements[b].parent == whole, statements[b].breakdown == statements[a].breakdown,
           doc.words(from: before.position, to: amount.start) < 60 {
            st.baseMeasure = before.baseMeasure
            st.baseYear = before.baseYear
            return st
        }
        // After the level an item was adjusted to (调整为 186,600 万元，增加 34,000 万元), the change from its level before
        // the adjustment, in the same year.
        if baseText.isEmpty, let a = st.about, statements[a].rule == "adjusted-level" {
            st.baseYear = statements[a].year
            return st
        }
        // (A balance's 年初 is the start of the year, the end of the year before: 存款余额 A，比年初增加 B.)
        let balanceAtTheStart = st.label.contains("余额") && baseText.contains("年初") && measure(in: baseText.replacingOccurrences(of: "年初", with: "")) == nil
        st.baseMeasure = balanceAtTheStart ? nil : measure(in: baseText)?.measure
        // 比预算增加 (a 决算 against its own year's budget) compares within the year; 比上年, 比去年 or no base, with
        // the year before.
        let namesLastYear = ["上年", "去年", "上一年"].contains(where: baseText.contains)
        let withinYear = !namesLastYear && st.baseMeasure != nil && st.measure != nil && st.baseMeasure != st.measure
        st.baseYear = Self.lastYear(in: Substring(baseText), skippingBases: false) ?? (withinYear ? st.year : st.year - 1)
        return st
    }

    /// 与上年持平 (or 无变化) after an amount (因公出国（境）费支出决算 0 万元，与上年持平): a change of nothing, about that
    /// amount's level, from the year or the budget the comparison names, so that a total's change can be set against
    /// its parts' when one part did not change. Not 基本持平 or 大体持平 (roughly level: no number), nor after a
    /// percent or a count; nil when the level already has its change.
    func flatChange(in range: Range<Int>, _ s: [Unicode.Scalar], _ doc: ReportText, statements: [Statement], from first: Int) -> Statement? {
        guard range.count >= 2 else { return nil }
        let words = text(s, range)
        guard let found = ["持平", "无变化", "没有变化", "未发生变化", "无增减"].compactMap({ words.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let p = range.lowerBound + words.unicodeScalars.distance(from: words.unicodeScalars.startIndex, to: found.lowerBound)
        let before = text(s, max(range.lowerBound, p - 12)..<p)
        let namedYear = Self.lastYear(in: Substring(before), skippingBases: false)
        let ofBudget = before.contains("预算")
        guard ["上年", "去年", "同期", "同比"].contains(where: before.contains) || namedYear != nil || ofBudget,
              !["基本", "大体", "大致", "略"].contains(where: before.contains) else { return nil }
        guard let a = statements.indices[first...].last(where: { statements[$0].role == .level }),
              statements[a].unit == "万元", statements[a].body == nil, doc.words(from: statements[a].position, to: p) < 30,
              !statements[first...].contains(where: { isChange($0.role) && $0.about == a }) else { return nil }
        let level = statements[a]
        var st = Statement(key: level.key, subject: level.subject, measure: level.measure, stage: level.stage, label: level.label, year: level.year,
                           role: .change(sign: 1), value: 0, unit: level.unit, decimals: level.decimals, position: p,
                           offset: doc.originalOffset(p), snippet: snippetSpan(s, p, p + 2), rule: "flat")
        st.about = a
        // (Against a budget: an outturn's own year's, unless a year is named; a budget's, last year's.)
        let earlier = namedYear.flatMap { $0 < level.year ? $0 : nil } ?? level.year - 1
        st.baseYear = ofBudget && level.measure != "budget" ? namedYear ?? level.year : earlier
        st.baseMeasure = ofBudget ? "budget" : nil
        return st
    }

    /// The level of the same subject, year and unit as level `b` in another measure, stated shortly before it (the
    /// actual an outturn's text gives right before its budget: 公务接待费支出 1.50 万元，年初预算为 2 万元); nil when
    /// `b` has no subject or there is none.
    func levelBeside(_ b: Int, ofAnotherMeasureThan measure: String, _ statements: [Statement], _ doc: ReportText) -> Int? {
        let level = statements[b]
        guard let subject = level.subject else { return nil }
        return doc.nearest(statements, upTo: b, before: level.position, within: 60).first {
            let t = statements[$0]
            return t.role == .level && t.subject == subject && t.year == level.year && t.unit == level.unit && t.measure != nil && t.measure != measure
        }
    }

    /// Copies what a resolved statement says about its subject into `st`.
    func adopt(_ st: inout Statement, _ from: Statement) {
        st.key = from.key; st.subject = from.subject; st.measure = from.measure; st.stage = from.stage
        st.label = from.label; st.year = from.year
        if st.rule.isEmpty || st.rule == "level" { st.rule = from.rule }
    }

    // MARK: Subjects, measures, years

    /// The subject, measure and year a label and its context give, as a statement template (role and value are
    /// the caller's). `requireOwnSubject`: only the label's own subject counts (shares, named changes).
    func resolve(
        label rawLabel: String, clauseText: String, sentenceBefore: String, amount: Amount, statements: [Statement],
        breakdownTotal: Int?, titleTopic: String?, s: [Unicode.Scalar], doc: ReportText, sentenceYear: Int?, requireOwnSubject: Bool,
        allowWeak: Bool? = nil
    ) -> Statement? {
        var label = Self.cleanLabel(rawLabel)
        let weak = allowWeak ?? !requireOwnSubject
        // A year inside the name (本部门 2024 年支出预算) splits no name: the name is read without it.
        let yearless = Self.withoutYears(label)
        if yearless != label, subjectMatch(in: label, weak: weak, unit: amount.unit) == nil,
           subjectMatch(in: yearless, weak: weak, unit: amount.unit) != nil, let year = Self.lastYear(in: Substring(label)) {
            label = "\(year)年" + yearless
        }
        var subject: String? = nil, rule = "clause-label"
        var m: (measure: String, stage: String?)? = nil
        if let bare = bareTotal(label, sentenceBefore: sentenceBefore, titleTopic: titleTopic, unit: amount.unit) {
            subject = bare
            rule = "bare-label"
            // (Its measure is its clause's, else the document's: a budget named in the clause before, 部门预算调整后为
            // A，全年支出 B, is no measure of it.)
            m = measure(in: clauseText, spending: false) ?? (defaultMeasure, nil)
        } else if !Self.namesSmallFirms(label), !Self.namesAProblem(label), let found = subjectMatch(in: label, weak: weak, unit: amount.unit) {
            subject = found.subject
            // The measure: a word after the subject (项目支出预算), else one inside its label (项目预算), where
            // 支出 is part of the name (项目支出), not a measure.
            let scalars = label.scalars
            // (In a budget's disclosure 支出 after the name of money by where it comes from is that money's spending
            // side, no outturn: 一般公共预算拨款支出 A.)
            m = measure(in: scalars.string(found.end..<scalars.count), spending: genre != .budgetDisclosure || !ReportVocabulary.isSourceOfRevenue(found.subject))
                ?? measure(in: scalars.string(found.start..<found.end), spending: false)
            // 支出 alone after the name, where the words before it say budget (预算安排的“三公”经费支出 3923 万元):
            // a budget for spending.
            if m?.measure == "actual", scalars.string(found.end..<scalars.count) == "支出",
               let before = measure(in: scalars.string(0..<found.start), spending: false), before.measure == "budget" {
                m = before
            }
            // A weak label that is the whole label (支出决算) after the sentence named what spends (一般公共预算财政
            // 拨款支出年初预算为 X，支出决算为 Y) is that item's, not the department's total.
            if let topic = weakLabelsTopic(label, found: found, sentenceBefore: sentenceBefore) { subject = topic; rule = "sentence-topic" }
            // So is its spending after the budget of the item its section's heading names, in a sentence that names
            // none ((三)公务接待费 / 2024年度预算12.50万元，决算支出8.60万元; 四、财政拨款支出决算情况说明 / …年初预算为 A，
            // 支出决算为 B).
            else if let budget = statements.last, budget.rule == "heading-topic", budget.measure == "budget", budget.role == .level,
                    budget.position >= amount.start - sentenceBefore.unicodeScalars.count,
                    found.end == label.scalars.count && label.hasSuffix("支出")
                        || found.subject == "expenditure" && found.start == 0 && ["支出决算", "支出决算数"].contains(label),
                    measure(in: label)?.measure == "actual",
                    subjectMatch(in: String(Self.withoutNotes(sentenceBefore).dropLast(label.count)), weak: false) == nil {
                subject = budget.subject; rule = "heading-topic"
            }
            // So is spending named bare (支出决算, 本年支出) in a numbered section whose heading names one item spent as such
            // (not under the title, which may name the “三公” expenses beside the department's accounts), where the sentence
            // names no other ((一)因公出国（境）费。全年安排团组 0 个，累计 0 人次；支出决算 0 万元): the item's, not the
            // department's total.
            else if found.subject == "expenditure", case let named = scalars.string(0..<found.start),
                    named.wholeMatch(of: /(?:\d{4}年|本年)?年?度?/) != nil || named.count <= 2 && measure(in: named, spending: false) != nil,
                    found.end == scalars.count || found.end == scalars.count - 1 && scalars.last == "数",
                    let start = doc.headingStart(atOrBefore: amount.start), Self.enumerationEnd(s, from: start) != nil,
                    let h = headingSubject(s, doc, before: amount.start), Self.isSpentAsSuch(h),
                    subjectMatch(in: String(Self.withoutNotes(sentenceBefore).dropLast(label.count)), weak: false).map({ $0.subject == h }) ?? true {
                subject = h; rule = "heading-topic"
            }
            // A budget's stage named before the subject (调整后项目预算, 年初批复项目资金预算) is that budget's.
            if m?.measure == "budget", m?.stage == nil, let whole = measure(in: label, spending: false), whole.measure == "budget", whole.stage != nil {
                m = whole
            }
        } else {
            m = measure(in: label)
        }
        // (Money's total named by no act, 项目资金总额, 年度资金总额, is the money arranged, as a self-evaluation form's row
        // of that name is: a budget, beside which the report states what was spent.)
        if m == nil, label.hasSuffix("资金总额") { m = ("budget", nil) }
        // (In a project's report its spending named bare, 预计全年支出 as 全年实际支出, is the project's; so is the money it
        // actually paid out, 全年实际发放补贴资金, 实际拨付资金.)
        if subject == "expenditure", Self.namesProjectsSpending(label, in: genre) {
            subject = "project"; rule = "project-report"
            // (Spending it names by its own word, 全年支出 after 年初预算 A: the actual, not the sentence's budget.)
            if m == nil, measure(in: label)?.measure == "actual" { m = ("actual", nil) }
        }
        if genre == .project, subject == nil, ["全年实际", "实际", "已支出", "已使用"].contains(where: label.hasPrefix), label.hasSuffix("资金"),
           measure(in: label)?.measure == "actual" {
            subject = "project"; rule = "project-report"; m = ("actual", nil)
        }
        // (So is the money its title names, named by the title's words (…一事一议财政奖补资金绩效自评报告: 财政奖补资金 A under
        // the project's total investment, 财政奖补资金实际支出 B): its measure is what the words after it say, else, as a part
        // of a breakdown, the whole's.)
        if genre == .project, subject == nil, let rest = Self.wordsAfterTheFunds(label, namedIn: title) {
            if rest.isEmpty, breakdownTotal != nil { subject = "project"; rule = "project-report" }
            // (Named bare, by no act, 耕地地力保护补贴资金 A before 全年实际支出 B: the money arranged, as 项目资金总额 is. Not
            // with an act after it, 资金 A 全部到位, nor after the project's budget stated as such: then it is other money.)
            else if rest.isEmpty, case let after = Self.afterSpaces(s, from: amount.end), after >= s.count || "，,；;。".unicodeScalars.contains(s[after]),
                    // (The last few hundred statements only: reading stays linear.)
                    !statements.suffix(300).contains(where: { $0.subject == "project" && $0.measure == "budget" }) {
                subject = "project"; rule = "project-report"; m = ("budget", nil)
            }
            else if measure(in: rest)?.measure == "actual" { subject = "project"; rule = "project-report"; m = ("actual", nil) }
            // (Or its budget: 耕地地力保护补贴资金预算 A under a title on 耕地地力保护补贴. Not a stage of it, 资金年初预算安排
            // before the year's 全年预算数, which the execution rate is of.)
            else if let budget = measure(in: rest, spending: false), budget.measure == "budget", budget.stage == nil { subject = "project"; rule = "project-report"; m = budget }
        }
        // (So are the funds it evaluates, named as the report names them and broken down by where they come from: 我县共获得
        // 财政衔接推进乡村振兴补助资金 A，其中：中央资金 …; their measure, the budget, below.)
        if genre == .project, subject == nil, label.hasSuffix("资金"), Self.sourcesFollow(s, after: amount.end) {
            subject = "project"; rule = "project-report"
        }
        // An average over an item (生均公用经费, 人均公用经费) is a quantity of its own, not the item.
        if subject != nil, Self.namesAverage(label) { subject = nil }
        let total = breakdownTotal.map { statements[$0] }
        // A label that names something the vocabulary does not know (凌云路项目收支, 上级资金) is that thing;
        // only a generic label (全年预算数, 决算数, 共计, 金额) takes its subject from the context.
        // (收入 named bare, 实际收入, after the revenue or a source of it in its sentence (部门预算收入总额 A，实际收入 B) is
        // that revenue's outturn, as 实际支出 is the spending's; not in a project's report, nor after anything else.)
        let revenueNamedBare = subject == nil && genre != .project && Self.bareItem(Self.withoutYears(label)) == "revenue" && {
            let words = Self.withoutNotes(sentenceBefore).scalars
            return Self.lastMention(subjectMention(in: words, 0..<words.count), in: words).map { $0 == "revenue" || $0.hasSuffix("_revenue") } ?? false
        }()
        if subject == nil && !isGeneric(label) && !revenueNamedBare && !requireOwnSubject {
            let cleaned = Self.withoutYears(label)
            guard let year = Self.year(of: label, else: Self.yearNamed(in: sentenceBefore) ?? total.map(\.year) ?? sentenceYear ?? reportYear) else { return nil }
            // What was saved against a budget (节约资金 2.64 万元) is neither the budget nor the actual.
            // (A rate a list follows gives the amounts in it no measure: 已拨付 A，拨付率 r，其中：中央资金拨付 B … are amounts
            // paid, not rates.)
            // (What was added to or cut from the budget in the year, named by the act alone, 年中追加 A, is of the budget.)
            let measureValue = Self.namesSaving(cleaned) ? "saving"
                : m?.measure ?? total.flatMap { $0.unit == amount.unit ? $0.measure : nil }
                    ?? (Self.namesAnInYearAdjustment(cleaned) ? "budget" : defaultMeasure)
            return Statement(key: "label:" + cleaned, subject: nil, measure: measureValue, stage: m?.stage, label: cleaned, year: year,
                             role: .level, value: amount.value, unit: amount.unit, decimals: amount.decimals, position: amount.start,
                             offset: 0, snippet: .empty, rule: "clause-label")
        }
        if subject == nil {
            if requireOwnSubject { return nil }
            // After a total's parts listed and closed by ； (决算数为 T 万元，其中因公出国（境）费 A 万元，…公务接待费 C
            // 万元；2011 年预算数为 D 万元), the sentence speaks of the total again, not of its last part: the total
            // whose last part was stated last (of subject `t`, or of none: 其中：人员经费 a，设备购置 b；实际支出 B).
            func totalOfClosedParts(_ t: String) -> Statement? {
                guard let part = statements.last, part.subject == t || part.subject == nil, let total = part.parent, total < statements.count,
                      part.position < amount.start,
                      s[part.position..<amount.start].contains(where: ReportText.isSemicolon) else { return nil }
                return statements[total]
            }
            if genre == .project { subject = "project"; rule = "project-report" }
            // (Not a subject that can be no topic of the label, `isNoTopic`.)
            // (Nor the part of a total the vocabulary does not know: 预算安排资金 A，其中财政拨款 …、事业收入 …；全年实际支出 B
            // is no revenue's.)
            else if case let words = Self.withoutNotes(sentenceBefore).scalars, case let mentions = subjectMention(in: words, 0..<words.count),
                    let t = Self.lastMention(mentions, in: words), !isNoTopic(t, of: label),
                    totalOfClosedParts(t).map({ $0.subject != nil }) ?? true {
                subject = t; rule = "sentence-topic"
                // (Spending named bare after a revenue that names its money, 财政拨款收入 A，支出 B: that money's spending.)
                if Self.bareItem(label) == "expenditure", let named = mentions.last, named.subject == t,
                   let spending = spendingOfTheRevenue(named: words.string((named.end - named.length)..<named.end)) {
                    subject = spending
                }
                if let whole = totalOfClosedParts(t)?.subject { subject = whole }
            } else if let bare = bareTotal(Self.cleanLabel(sentenceBefore), sentenceBefore: "", titleTopic: titleTopic, unit: amount.unit) {
                // 1、收入：792.22 万元: the label before the clause's colon.
                subject = bare; rule = "bare-label"; label = Self.withoutYears(Self.cleanLabel(sentenceBefore))
            } else if let h = headingSubject(s, doc, before: amount.start), !isNoTopic(h, of: label) { subject = h; rule = "heading-topic" }
            else if let t = titleTopic { subject = t; rule = "title-topic" }
        }
        if m == nil, let total, let tm = total.measure { m = (tm, total.stage) }
        // A budget of no stage right after words that say which (其中年初批复预算项目 6 个，预算金额 A): that stage.
        if m?.measure == "budget", m?.stage == nil,
           let said = measure(in: Self.lastWords(of: String(Self.withoutNotes(sentenceBefore).dropLast(label.count)), 30), spending: false),
           said.measure == "budget", said.stage != nil { m = said }
        if m == nil { m = measure(in: clauseText, spending: false) }
        if m == nil { m = measure(in: Self.lastWords(of: sentenceBefore, 60), spending: false) }
        // Funds named by no measure and broken down by where they come from (项目资金 1,286.40 万元，其中：中央资金 …，
        // 省级资金 …) are the funds arranged: the budget.
        if m == nil, subject == "project" || label.hasSuffix("资金"), Self.sourcesFollow(s, after: amount.end, ofAProject: subject == "project") {
            m = ("budget", nil)
        }
        let namedInSentence = Self.yearNamed(in: sentenceBefore)
        guard let year = Self.year(of: label, else: namedInSentence ?? total.map(\.year) ?? sentenceYear ?? reportYear) else { return nil }
        let cleaned = Self.withoutYears(label)
        if subject == nil && cleaned.isEmpty { return nil }
        let measureValue = m?.measure ?? defaultMeasure
        let key = subject.map { $0 + ":" + measureValue } ?? "label:" + cleaned
        return Statement(key: key, subject: subject, measure: measureValue, stage: m?.stage, label: cleaned, year: year, role: .level,
                         value: amount.value, unit: amount.unit, decimals: amount.decimals, position: amount.start, offset: 0,
                         snippet: .empty, rule: rule)
    }

    /// Whether a subject the sentence or the heading names can be no topic of a generic label: money received is none of
    /// money spent (实际到位 A，到位率 100%；实际支出 B is the spending), and a balance carried over has no budget (年末结转
    /// 结余资金 C，全年预算 A，结转结余率 r; under 结转结余率：, the budget is no balance's).
    func isNoTopic(_ subject: String, of label: String) -> Bool {
        subject.hasPrefix("funds_received") && ["支出", "支付", "使用"].contains(where: label.contains)
            || subject == "carryover" && measure(in: label)?.measure == "budget"
            // (Nor is the revenue the topic of a spending named by more than its bare word: …收入完成率 r；预算支出总额 C is no
            // revenue's. A bare 支出 after a revenue is its own matter: 财政拨款收入 A，支出 B is that money's spending.)
            || subject == "revenue" && label.contains("支出") && !label.contains("收入") && Self.bareItem(Self.withoutYears(label)) == nil
    }

    /// The total that 收入 or 支出 alone names as a whole label (1、收入：792.22 万元; 2021 年收入 X 万元，支出 Y 万元)
    /// in a report on a department's whole money, where the sentence has named nothing more specific before it
    /// (政府性基金预算财政拨款收入 120 万元，支出 120 万元 is the fund's spending). A project's or a 三公 report's 支出 is
    /// its own.
    func bareTotal(_ label: String, sentenceBefore: String, titleTopic: String?, unit: String) -> String? {
        guard genre != .project, titleTopic != "three_public", unit == "万元", let bare = Self.bareItem(Self.withoutYears(label)) else { return nil }
        let earlier = String(Self.withoutNotes(sentenceBefore).dropLast(label.count))
        // (A subject named before it makes the bare word that subject's measure (公务接待费预算 2 万元，支出 1.5 万元),
        // except the department's total on the other side of the account: in 部门收入 A，支出 B the spending is the
        // department's, as in 收入 A，支出 B.)
        if let named = subjectMatch(in: earlier, weak: false), Set([named.subject, bare]) != ["revenue", "expenditure"] { return nil }
        // (Nor the revenue or spending of a whole level of government named before it: 2023年全国一般公共预算收入 A
        // 亿元，支出 B 亿元.)
        guard !Self.namesGovernmentWide(earlier) else { return nil }
        // (Nor the other side of money named by its kind in the clause before: 城乡居民基本养老保险基金收入 A 万元，支出 B
        // 万元 is the fund's spending, 食堂专户资金收入 A，支出 B the account's.)
        guard !Self.endsWithOtherMoneysSide(earlier) else { return nil }
        return bare
    }

    /// Whether words end with a clause stating the revenue or spending of money named by its kind, a fund, an account
    /// or funds for a purpose (城乡居民基本养老保险基金收入 28,360 万元，; 工会经费支出 A 万元，): the bare 收入 or 支出 after
    /// it is that money's other side.
    static func endsWithOtherMoneysSide(_ words: String) -> Bool {
        words.wholeMatch(of: /.*?[\u{4E00}-\u{9FFF}]{2,}(?:基金|资金|经费|专户|账户)(?:收入|支出)(?:为|是)?-?[\d,.]+(?:万元|亿元|元)[，,]/) != nil
    }

    /// Whether words name a whole level of government's budget (全国一般公共预算, 中央本级) anywhere in them.
    static func namesGovernmentWide(_ words: String) -> Bool {
        let u = Array(words.unicodeScalars)
        return u.indices.contains { (u[$0] == "全" || u[$0] == "中") && ReportExtractor.governmentWide(opening: u[$0...]) != nil }
    }

    /// The date a label opens with when it is the year's end (截至 12 月 31 日, 截止到 2024 年 12 月底, 截至年底): where
    /// the words after it start, and the year it names. An amount to the year's end is the year's (截至 12 月 31 日实际
    /// 支出 is the year's spending); nil for any other opening, a date within the year among them.
    static func yearEndOpening(_ w: Substring) -> (rest: Substring.Index, year: Substring?)? {
        guard w.hasPrefix("截至") || w.hasPrefix("截止"),
              let date = w.prefixMatch(of: /(?:截至|截止到?)(\d{4}年)?(?:12月(?:31日|底|末)|年底|年末)/) else { return nil }
        return (date.range.upperBound, date.1)
    }

    /// The department's revenue or spending, named by the bare word (收入, 支出); nil for any other words.
    /// (全年 and 实际 name no other item: 全年实际支出 is the year's spending; nor does 预计, 预计全年支出 its projection.)
    /// (Nor does the date it is counted to, or 共 and 累计: 截至 12 月 31 日共支出, 全年累计支出.)
    static func bareItem(_ words: String) -> String? {
        var w = Substring(words)
        if let end = yearEndOpening(w) { w = w[end.rest...] }
        if w.hasPrefix("预计") { w = w.dropFirst(2) }
        if w.hasPrefix("全年") { w = w.dropFirst(2) }
        if w.hasPrefix("共") { w = w.dropFirst(1) } else if w.hasPrefix("累计") { w = w.dropFirst(2) }
        if w.hasPrefix("实际") { w = w.dropFirst(2) }
        return w == "收入" ? "revenue" : w == "支出" ? "expenditure" : nil
    }

    /// Whether words name a project's spending in a report of that genre: in a project's report its spending named
    /// bare (全年支出, 实际支出, 预计全年支出) is the project's, not a department's.
    static func namesProjectsSpending(_ words: String, in genre: ReportGenre) -> Bool { genre == .project && bareItem(words) == "expenditure" }

    static let budgetTypes = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"]

    /// Funds whose names hold the word 预算 (the budget stabilisation fund) without being a budget.
    static let fundsNamedForTheBudget = ["预算稳定调节基金"]

    /// The subjects of the revenue and spending of the budgets other than the general one, by the budget type's name.
    static let otherBudgetsSubjects: [String: (revenue: String, expenditure: String)] = [
        "政府性基金预算": ("fund_revenue", "fund_expenditure"), "国有资本经营预算": ("state_capital_revenue", "state_capital_expenditure"),
    ]

    /// The budget type a label names (一般公共预算财政拨款支出: 一般公共预算), if any.
    static func budgetType(of label: String) -> String? { budgetTypes.first { label.contains($0) } }

    /// Whether a label names appropriations alone, by 财政拨款 or a budget type (一般公共预算财政拨款基本支出), not
    /// the money of all sources.
    static func namesAppropriations(_ label: String) -> Bool { label.contains("财政拨款") || budgetType(of: label) != nil }

    /// Whether a label names, in a report on a department's whole spending, nothing but that spending: generic words
    /// (全年执行数) or the report's own words for it (部门整体支出, 整体支出数).
    func namesOnlyTheWholeSpending(_ label: String) -> Bool {
        isGeneric(label.replacingOccurrences(of: "部门整体支出", with: "").replacingOccurrences(of: "整体支出", with: ""))
    }

    /// Whether a label says only when and which measure (全年预算数, 2023 年决算数, 共计, 金额), not what.
    func isGeneric(_ label: String) -> Bool {
        let punctuation = Set("，,；;：:、（）() ".unicodeScalars)
        return vocabulary.withoutGenericWords(Self.withoutYears(label)).unicodeScalars.allSatisfy(punctuation.contains)
    }

    /// The measure a text names: the last budget or actual word (支出 only when `spending` counts), with the
    /// budget's stage from anywhere in the text.
    func measure(in text: String, spending: Bool = true) -> (measure: String, stage: String?)? {
        // 预算调整数 (调整额): by how much the budget was changed, neither a budget nor an outturn.
        if ["调整数", "调整额", "调整金额"].contains(where: text.hasSuffix) { return ("adjustment", nil) }
        // 申请数 (申报数): the money asked for, before the budget was approved; neither a budget nor an outturn.
        if ["申请数", "申请金额", "申请额", "申请资金", "申报数", "申报金额"].contains(where: text.hasSuffix) { return ("request", nil) }
        // The names of the budget types (一般公共预算, 政府性基金预算) and of funds named after the budget (动用预算稳定
        // 调节基金 A) say which money, not which measure.
        // (So does 安排 before such a fund, 安排预算稳定调节基金 1.02 亿元: money put into it, an outlay of the year.)
        var plain = text
        for kind in Self.fundsNamedForTheBudget where plain.contains("安排" + kind) { plain = plain.replacingOccurrences(of: "安排" + kind, with: "") }
        for kind in Self.budgetTypes + Self.fundsNamedForTheBudget where plain.contains(kind) { plain = plain.replacingOccurrences(of: kind, with: "") }
        let s = plain.scalars
        var best: (word: ReportVocabulary.Lexicons.MeasureWord, end: Int)? = nil
        var adjusted = false, initial = false
        vocabulary.lexicons.measures.occurrences(in: s, 0..<s.count) { word, _, end in
            if word.spending && !spending { return }
            // 年初 of a balance (年初结转和结余, 年初财政拨款结转和结余) is when the balance stood, not a budget.
            if word.stage == "initial" {
                var after = s.string(end..<min(s.count, end + 8))
                if after.hasPrefix("财政拨款") { after.removeFirst(4) }
                if after.hasPrefix("结转") || after.hasPrefix("结余") { return }
            }
            // 安排的 (一般公共预算财政拨款安排的“三公”经费支出) says which money pays for what follows: a budget in a budget's
            // disclosure, what was spent in a report of the outturn.
            if genre != .budgetDisclosure, word.measure == "budget", end >= 2, end < s.count, s[end] == "的", s[end - 2] == "安", s[end - 1] == "排" {
                return
            }
            if word.stage == "adjusted" { adjusted = true }
            if word.stage == "initial" { initial = true }
            if best == nil || end > best!.end { best = (word, end) }
        }
        guard let best else { return nil }
        let stage: String? = best.word.measure != "budget" ? nil : adjusted ? "adjusted" : initial ? "initial" : nil
        return (best.word.measure, stage)
    }

    /// The level whose structure the heading right above a sentence names (（二）一般公共预算当年拨款结构情况 over 教育
    /// 支出 X 万元，占 y%；…): the last level before it, in the amount's unit, whose label ends with that name.
    func structureHeadingTotal(_ s: [Unicode.Scalar], _ doc: ReportText, sentence: Range<Int>, statements: [Statement], unit: String) -> Int? {
        guard let h = doc.headingStart(atOrBefore: sentence.lowerBound),
              let end = doc.headingEnd(after: h), end <= sentence.lowerBound, sentence.lowerBound - end <= 8,
              s[end..<sentence.lowerBound].allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" }) else { return nil }
        var title = Self.withoutEnumeration(text(s, h..<end).trimmingBlanks())
        if title.hasSuffix("情况") { title.removeLast(2) }
        guard let suffix = ["结构", "构成"].first(where: title.hasSuffix) else { return nil }
        title.removeLast(suffix.count)
        // (A sub-heading that names nothing, （二）结构情况 under 五、一般公共预算财政拨款支出决算情况说明, is the structure
        // of what the section's heading names.)
        if title.count < 2, let section = enclosingHeadingTitle(s, doc, before: h) { title = section }
        guard title.count >= 2 else { return nil }
        // (The same money named with or without the year's and the revenue's words: 一般公共预算当年拨款结构 over 一般公共预算
        // 拨款收入 X.)
        func plain(_ name: String) -> String {
            var name = name.replacingOccurrences(of: "当年", with: "")
            for word in ["收入", "规模"] where name.hasSuffix(word) && name.count > word.count + 2 { name.removeLast(word.count); break }
            return name
        }
        let named = plain(title)
        return doc.nearest(statements, before: sentence.lowerBound, within: 2000).first {
            statements[$0].role == .level && statements[$0].unit == unit && (statements[$0].label.hasSuffix(title) || plain(statements[$0].label).hasSuffix(named))
        }
    }

    /// What the section holding the sub-heading at `h` is about: the title of the nearest heading before it that is
    /// not itself a sub-heading in parentheses (五、一般公共预算财政拨款支出决算情况说明 over （一）总体情况), without its
    /// enumeration and the words that say a report (决算情况说明, 情况说明); at most four headings and 2,000 scalars back.
    func enclosingHeadingTitle(_ s: [Unicode.Scalar], _ doc: ReportText, before h: Int) -> String? {
        var p = h
        for _ in 0..<4 {
            guard p > 0, let k = doc.headingStart(atOrBefore: p - 1), h - k <= 2000, let end = doc.headingEnd(after: k) else { return nil }
            let line = text(s, k..<end).trimmingBlanks()
            if let first = line.unicodeScalars.first, first != "（", first != "(" {
                var title = Self.withoutEnumeration(line)
                for words in ["决算情况说明", "预算情况说明", "情况说明", "决算情况", "预算情况", "情况", "说明"] where title.hasSuffix(words) {
                    title.removeLast(words.count); break
                }
                return title
            }
            p = k
        }
        return nil
    }

    /// The nearest level among the `within` statements before `k` that `parts` add up to, within the rounding of every
    /// figure (theirs and its own), and that `accepts`: the total an auditor finds for a list by what it adds up to.
    static func level(madeUpOf parts: [Int], _ statements: [Statement], before k: Int, within: Int,
                      where accepts: (_ index: Int, _ level: Statement) -> Bool) -> Int? {
        let sum = parts.reduce(0) { $0 + statements[$1].value }, slack = parts.reduce(0) { $0 + statements[$1].halfUnit }
        return (max(0, k - within)..<k).reversed().first { t in
            let c = statements[t]
            return c.role == .level && abs(c.value - sum) <= slack + c.halfUnit + 1e-9 && accepts(t, c)
        }
    }

    /// A 其中 list after two totals of one subject (决算数为 12.36 万元，完成预算的 82.4%，预算为 15.00 万元。其中：…) is
    /// read as the nearer total's parts. When they add up to the other within the rounding of every figure, and not
    /// to the nearer, they are the other's, and take its measure: an auditor reads a list by what it adds up to. So are
    /// parts adding up to more than the nearer amount, of no item, and exactly to one of the few amounts before it.
    /// - Complexity: linear in the statements.
    static func reattachBreakdowns(_ statements: inout [Statement]) {
        let parts = partsByTotal(statements, tableCells: true)
        for (t, ks) in parts where ks.count >= 2 {
            let total = statements[t]
            let sum = ks.reduce(0) { $0 + statements[$1].value }, slack = ks.reduce(0) { $0 + statements[$1].halfUnit }
            guard total.role == .level, abs(sum - total.value) > slack + total.halfUnit + 1e-9 else { continue }
            // (Parts that add up to more than the nearer amount and exactly to one of the few before it are that one's,
            // whatever it is: 市本级直达资金 45.66 亿元，未分配 0.32 亿元，分配率 99.3%。其中：中央安排直达资金 39.64 亿元；
            // 地方安排资金 6.02 亿元.)
            // (Of an amount of no item of the vocabulary, whose own measure the other reading below tries; not of the
            // whole the nearer is itself a part of, whose other parts (上年结转和结余 among the year's revenue) are
            // placed later.)
            if total.subject == nil, sum > total.value + slack + total.halfUnit, !total.isTableCell,
               let a = level(madeUpOf: ks, statements, before: t, within: 4, where: { j, c in
                   j != total.parent && !c.isTableCell && c.year == total.year && c.unit == total.unit && c.body == total.body
               }) {
                for k in ks { statements[k].parent = a }
                continue
            }
            guard let subject = total.subject else { continue }
            // The other total: the same subject and year in another measure, among the few statements before it.
            guard let a = (max(0, t - 4)..<t).reversed().first(where: {
                      let c = statements[$0]
                      return c.role == .level && c.subject == subject && c.year == total.year && c.measure != total.measure && c.unit == total.unit && c.body == total.body
                  }), abs(sum - statements[a].value) <= slack + statements[a].halfUnit + 1e-9 else { continue }
            let other = statements[a]
            // (Parts read in the nearer total's measure, or in the other's by their own words: 州本级安排 A 万元.)
            guard ks.allSatisfy({ statements[$0].measure == total.measure && statements[$0].stage == total.stage
                                  || statements[$0].measure == other.measure }) else { continue }
            for k in ks {
                statements[k].parent = a
                statements[k].measure = other.measure
                statements[k].stage = other.stage
                if let partSubject = statements[k].subject { statements[k].key = partSubject + ":" + (other.measure ?? "") }
            }
        }
    }

    /// Whether a label names money added to or cut from the year's budget in the year (年中追加, 调增, 调减, 财政收回), not a cut
    /// from last year's spending (压减一般性支出) nor an audit's (核减), nor the budget after it (追加后预算).
    static func namesAnInYearAdjustment(_ label: String) -> Bool {
        adjustmentSign(of: label) != nil && (["追加", "调增", "调减"].contains(where: label.contains) || namesMoneyTakenBack(label))
    }

    /// Whether a label names budget money the finance bureau took back in the year (年中财政收回 A, 收回统筹 A): a cut, not
    /// money recovered from its misuse (追回违规资金).
    static func namesMoneyTakenBack(_ label: String) -> Bool {
        ["财政收回", "年中收回", "收回统筹"].contains(where: label.contains)
    }

    /// Whether a label names an adjustment to a budget within its year, and its direction: 调增上级补助收入 6.98 亿元
    /// and 年中追加 15.5 万元 raise it (+1), “三保”支出调减 lowers it (-1); nil for a label that names none, and for the
    /// budget as it stood after one (追加后预算, 调减后预算: the adjusted whole).
    static func adjustmentSign(of label: String) -> Double? {
        // (Nor the level it was adjusted to: 调减至 B, 调整为 B; nor more or less than last year's: 比上年追加投入 B.)
        if label.contains("后") || ["至", "为", "到"].contains(where: label.hasSuffix) || ["上年", "同比"].contains(where: label.contains) { return nil }
        if ["调增", "追加", "核增"].contains(where: label.contains) { return 1 }
        if ["调减", "核减", "压减"].contains(where: label.contains) || namesMoneyTakenBack(label) { return -1 }
        return nil
    }

    /// The balances beside the year's total in a whole that holds it: a balance carried in listed among the year's
    /// revenue items (总收入 A，其中本年收入 R。其中：…4.上年结转和结余 C) is a part of that whole, not of the year's
    /// revenue; a year-end balance stated on its own right after the spending's whole (总支出 A，其中本年支出 E，…。
    /// 年末结转和结余 B) is that whole's other part.
    static func balancesToTheirWhole(_ statements: inout [Statement]) {
        var lastSpendingWhole: Int? = nil
        for k in statements.indices {
            let st = statements[k]
            if st.role == .level, st.subject == "expenditure", st.holdsTheYearsTotal { lastSpendingWhole = k; continue }
            guard st.subject == "carryover", st.role == .level, !st.isTableCell else { continue }
            if st.label.contains("上年") || st.label.contains("年初") {
                guard let year = st.parent, let whole = statements[year].parent, statements[whole].holdsTheYearsTotal,
                      statements[whole].key == statements[year].key else { continue }
                statements[k].parent = whole
                statements[k].breakdown = statements[year].breakdown
            } else if st.label.hasPrefix("年末"), st.parent == nil, let whole = lastSpendingWhole, statements[whole].year == st.year,
                      st.position - statements[whole].position < 400,
                      let year = statements[(whole + 1)..<k].firstIndex(where: { $0.parent == whole && $0.key == statements[whole].key }),
                      !statements[(whole + 1)..<k].contains(where: { $0.parent == whole && $0.subject == "carryover" }) {
                statements[k].parent = whole
                statements[k].breakdown = statements[year].breakdown
            }
        }
    }

    /// An amount whose label names an adjustment (调增一般公共预算支出 6.54 亿元: spending raised by that much) is no
    /// level of the subject it names: it keeps its label as an item of its own (the audit still adds the
    /// adjustments of a budget up: 全年预算 = 年初预算 + 追加 - 调减), and is never taken for the subject's figure.
    static func separateAdjustments(_ statements: inout [Statement]) {
        for k in statements.indices where statements[k].role == .level && statements[k].subject != nil
            && adjustmentSign(of: statements[k].label) != nil {
            statements[k].subject = nil
            statements[k].key = "label:" + statements[k].label
        }
    }

    /// The level a 其中 list breaks down, of the levels stated before it: the amount right before 其中 (预算数 B，
    /// 实际支出 A，其中：…); past a rate or a sentence's end, where an item is stated in two measures (决算为 A，年初预算
    /// B，完成预算的 c%。其中：…; 项目支出预算 B，实际支出 A，预算执行率 r。其中：…), the one in the document's own
    /// measure (a 决算's outturn), whichever came last.
    func inDocumentsMeasure(_ k: Int, among candidates: [Int], _ statements: [Statement]) -> Int {
        let t = statements[k]
        guard t.subject != nil, t.measure != defaultMeasure, k != statements.count - 1 else { return k }
        return candidates.first {
            let c = statements[$0]
            return c.role == .level && c.subject == t.subject && c.year == t.year && c.measure == defaultMeasure
        } ?? k
    }

    /// The subject label ending nearest the end of `text` (longest at equal ends), as scalar offsets; weak labels
    /// only when nothing else matches.
    /// `unit`, when given, is the amount's: a score's name (预算执行) names no amount in 万元 (“三公经费”财政拨款预算
    /// 执行数 80.95 亿元), a rate's no score.
    func subjectMatch(in text: String, weak allowWeak: Bool = true, unit: String? = nil) -> (subject: String, start: Int, end: Int)? {
        let s = text.scalars
        // A name negated (使用非财政拨款结余: balances of money that is not an appropriation) names no subject.
        func negated(_ start: Int) -> Bool { start > 0 && s[start - 1] == "非" }
        let fits: (String) -> Bool = { subject in
            guard let unit else { return true }
            if subject.hasPrefix("score") { return unit == "分" }
            if subject == "execution_rate" || subject == "funds_received_rate" { return unit == "%" }
            return true
        }
        let strong = vocabulary.lexicons.strong.last(in: s, 0..<s.count, where: fits)
        // Nor one after 其他 (其他工资福利支出, 其他商品和服务支出): the rest of an item, not the item; nor, then, any weaker
        // name the label holds (支出决算 in 其他工资福利支出决算数).
        if let m = strong, m.start >= 2, s[m.start - 2] == "其", s[m.start - 1] == "他" { return nil }
        // (Nor an enterprise's operating revenue, 营业总收入: no budget's or department's.)
        if let m = strong, m.payload == "revenue", m.start >= 2, s[m.start - 2] == "营", s[m.start - 1] == "业" { return nil }
        if let m = strong, !negated(m.start) {
            // 财政拨款 right after another subject's name (a closing quote between) says where that money comes from
            // (“三公”经费财政拨款预算, “三公经费”财政拨款预算), and 总支出 that it is that item's whole (“三公”经费总支出):
            // the subject is the one it qualifies.
            let quoted = Self.beforeClosingQuotes(s, m.start)
            if m.payload == "appropriation" || m.payload == "expenditure", m.start > 0,
               let q = vocabulary.lexicons.strong.last(in: s, 0..<quoted, where: fits), q.end == quoted, q.payload != m.payload {
                return (q.payload, q.start, m.end)
            }
            // So does a name that shares its last word with the total's (财政拨款支出总预算, 财政拨款收入总预算: the
            // appropriations' whole budget, not the department's).
            if m.payload == "expenditure" || m.payload == "revenue", m.start > 0,
               let q = vocabulary.lexicons.strong.last(in: s, 0..<(m.end - 1), where: fits), q.start < m.start, q.end > m.start,
               q.payload != m.payload {
                return (q.payload, q.start, m.end)
            }
            // The department's revenue total named after where the money comes from (财政拨款收入支出总计) is that
            // money's total.
            if m.payload == "revenue", m.start > 0,
               let q = vocabulary.lexicons.weak.last(in: s, 0..<m.start, where: fits), q.end == m.start, q.payload == "appropriation_revenue" {
                return (q.payload, q.start, m.end)
            }
            return partsListed(in: s, before: m) ?? (m.payload, m.start, m.end)
        }
        if allowWeak, let m = vocabulary.lexicons.weak.last(in: s, 0..<s.count, where: fits), !negated(m.start) {
            // 项目 after a name of its own at the label's end (国土空间规划编制项目, 其他项目) is one project, or the
            // rest of them, not the department's project spending.
            var named = m.start
            while named > 0, s[named - 1].isHan { named -= 1 }
            let name = s.string(named..<m.start)
            // (So is one's 收支: 凌云路项目收支 2,000 万元.)
            if m.payload == "project", m.end == s.count || s.string(m.end..<s.count) == "收支", s.string(m.start..<m.end) == "项目",
               name.hasSuffix("其他") || name.count >= 3 && !name.hasSuffix("年") && !name.hasSuffix("度") { return nil }
            // So is 支出 or 收入 with its measure after an item's name (农林水支出预算, 工资福利支出决算数, 其他收入决算): that
            // item's money, as 农林水支出 alone is, not the department's (the year's, 2024年支出预算, the whole's, 本年收入
            // 决算, 单位本级支出决算, or a body's, 教育厅支出决算, still is; so is a total named so, 青石镇收入预算总计).
            if m.payload == "expenditure" || m.payload == "revenue", ["支出决算", "支出预算", "收入决算", "收入预算"].contains(s.string(m.start..<m.end)),
               name.count >= 2, !Self.namesTheWholesYearOrBody(name) { return nil }
            // (Nor what a project earns: 项目建成段年污水处理收费收入 684 万元 is no project spending.)
            if m.payload == "project", s.string(m.end..<s.count).hasSuffix("收入") || s.string(m.end..<s.count).hasSuffix("收益") { return nil }
            return (m.payload, m.start, m.end)
        }
        return nil
    }

    /// The whole a text names by listing all its parts (因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数:
    /// the “三公” budget), when the list ends at the last subject named (`last`) or just before it (的 or a quote
    /// between).
    func partsListed(in s: [Unicode.Scalar], from lower: Int = 0, before last: (payload: String, start: Int, end: Int)) -> (subject: String, start: Int, end: Int)? {
        var named: [(subject: String, start: Int, end: Int)] = []
        vocabulary.lexicons.strong.occurrences(in: s, lower..<last.end) { named.append(($0, $1, $2)) }
        // (Occurrences end in order; keep the longest at each end, and those the next does not overlap.)
        var list: [(subject: String, start: Int, end: Int)] = []
        for n in named {
            while let p = list.last, p.end > n.start { if p.end - p.start >= n.end - n.start { break }; list.removeLast() }
            if let p = list.last, p.end > n.start { continue }
            list.append(n)
        }
        // The run of names at the end joined only by list words.
        func joiner(_ from: Int, _ to: Int) -> Bool {
            to >= from && to - from <= 2 && s[from..<to].allSatisfy { "、，,和及与".unicodeScalars.contains($0) }
        }
        func qualifies(_ from: Int, _ to: Int) -> Bool {
            to >= from && to - from <= 2 && s[from..<to].allSatisfy { "的”\"」』".unicodeScalars.contains($0) }
        }
        // The subject named last may be a qualifier of the list (…和公务接待费的财政拨款预算数), or its last part.
        if let l = list.last, l.start == last.start, list.count >= 2, qualifies(list[list.count - 2].end, l.start) { list.removeLast() }
        guard var first = list.indices.last else { return nil }
        guard list[first].end == last.end || qualifies(list[first].end, last.start) else { return nil }
        while first > 0, joiner(list[first - 1].end, list[first].start) { first -= 1 }
        let subjects = Set(list[first...].map(\.subject))
        guard subjects.count >= 2 else { return nil }
        for identity in vocabulary.identities where !subjects.contains(identity.total) {
            if identity.parts.contains(where: { $0.count >= 2 && Set($0) == subjects }) {
                return (identity.total, list[first].start, last.end)
            }
        }
        return nil
    }

    func nearestSubject(in text: String, among ids: [String]) -> String? {
        let allowed = Set(ids), s = text.scalars
        var best: (String, Int, Int)? = nil
        vocabulary.lexicons.strong.occurrences(in: s, 0..<s.count) { subject, start, end in
            guard allowed.contains(subject) else { return }
            if best == nil || end > best!.2 || (end == best!.2 && end - start > best!.2 - best!.1) { best = (subject, start, end) }
        }
        return best?.0
    }

    func subjectNamed(_ text: String, among ids: [String]) -> Bool { nearestSubject(in: text, among: ids) != nil }

    /// The score named last in `text` by itself, not as one item of a list of the framework's parts (按照决策、过程、
    /// 产出、效益四个维度…，本项目得分 86.5 分 names no 效益: the list says how it was scored, not what).
    func nearestScoreNamedAlone(in text: String) -> String? {
        let allowed = Set(scoreSubjects), s = text.scalars
        var occurrences: [(subject: String, start: Int, end: Int)] = []
        vocabulary.lexicons.strong.occurrences(in: s, 0..<s.count) { subject, start, end in
            if allowed.contains(subject) { occurrences.append((subject, start, end)) }
        }
        // (An item is listed when a joiner stands between it and another score's name: 决策、过程, 产出（指标）和效益.)
        func joined(_ a: (subject: String, start: Int, end: Int), _ b: (subject: String, start: Int, end: Int)) -> Bool {
            guard a.subject != b.subject, a.end <= b.start else { return false }
            let between = s.string(a.end..<b.start)
            return ["、", "和", "及", "与", "指标、", "指标和", "指标及", "指标与"].contains(between)
        }
        let alone = occurrences.filter { o in !occurrences.contains { joined($0, o) || joined(o, $0) } }
        if let named = alone.max(by: { $0.end != $1.end ? $0.end < $1.end : $0.end - $0.start < $1.end - $1.start }) {
            // (A total right after a section's name, 产出指标总得分 or 效益指标合计得分, is that section's own.)
            if named.subject == "score_total", let section = occurrences.last(where: { $0.end == named.start }) { return section.subject }
            return named.subject
        }
        // (A score after a list of four parts or more, the whole framework's, is the total; after two or three, 产出和
        // 效益指标得分, it is theirs together, which no item names.)
        return Set(occurrences.map(\.subject)).count >= 4 ? "score_total" : nil
    }

    /// The score the first of `names` names whole, a score's subject from its first character to its last (产出指标,
    /// 项目决策; 预算执行率 is scored as the budget's execution); nil when none does.
    func scoreNamed(_ names: [String]) -> String? {
        names.lazy.compactMap { name in
            self.subjectMatch(in: name).flatMap { m -> String? in
                guard m.start == 0 && m.end == name.unicodeScalars.count else { return nil }
                return m.subject == "execution_rate" ? "score_budget_execution" : self.scoreSubjects.contains(m.subject) ? m.subject : nil
            }
        }.first
    }

    /// The scores of a performance evaluation: the total, the execution rate's, and the sections of the two frameworks
    /// in use (决策 / 过程 / 产出 / 效益 for projects; 投入 / 过程 / 产出 / 效果 for a department's whole spending).
    let scoreSubjects = ["score_total", "score_budget_execution", "score_input", "score_decision", "score_process", "score_output", "score_benefit",
                         "score_effect", "score_satisfaction"]

    /// Every subject label occurrence in a range, in order of end (the sentence's topics); weak labels (财政拨款,
    /// a scope rather than a thing) only where no strong one is named.
    /// The subject of the sentence a weak label alone (支出决算, 收入合计) stands for: the strong subject named last
    /// before it whose name ends in the same noun or is followed by it (…财政拨款支出, “三公”经费支出预算 for 支出决算). Nil when the label is more than the
    /// weak label or the sentence names no such subject.
    /// The whole a section's heading says its parts make up (（二）一般公共预算当年拨款结构情况 -> 一般公共预算当年拨款,
    /// 3.支出构成 -> 支出), when the text before `p` in that section is its heading and the first part's label alone; nil
    /// for any other heading.
    static func wholeOfAStructure(_ s: [Unicode.Scalar], _ doc: ReportText, before p: Int) -> String? {
        guard let h = doc.headingStart(atOrBefore: p), let body = enumerationEnd(s, from: h) else { return nil }
        let end = (body..<min(p, body + 40)).first { "。，,；;：:".unicodeScalars.contains(s[$0]) } ?? p
        // (Nothing else is stated before the first share in the section: its part follows the heading straight away,
        // 卫生健康支出 A，占 r%.)
        guard end < p, !s[(end + 1)..<p].contains(where: { "；;。".unicodeScalars.contains($0) }),
              s[(end + 1)..<p].filter({ $0 == "，" }).count <= 1,
              let m = s.string(body..<end).wholeMatch(of: /(.{2,}?)的?(?:结构|构成)(?:情况)?(?:说明)?/) else { return nil }
        return String(m.1)
    }

    /// Whether a subject is an item of spending whose money is its spending (the “三公” expenses and their parts, the running
    /// costs, meetings, training), so that a section under its name speaks of its spending.
    static func isSpentAsSuch(_ subject: String) -> Bool {
        subject == "three_public" || subject.hasPrefix("three_public.") || ["running_costs", "meetings", "training"].contains(subject)
    }

    func weakLabelsTopic(_ label: String, found: (subject: String, start: Int, end: Int), sentenceBefore: String) -> String? {
        let scalars = label.scalars
        // (The whole label, or the noun after a measure's word: 决算支出, 实际支出; a figure's 数 may close it: 支出决算数.)
        guard found.start == 0 || found.start <= 2 && measure(in: scalars.string(0..<found.start), spending: false) != nil,
              found.end == scalars.count || found.end == scalars.count - 1 && scalars.last == "数",
              vocabulary.lexicons.strong.last(in: scalars, 0..<scalars.count) == nil,
              scalars.count >= 2 else { return nil }
        let before = String(scalars: Self.withoutNotes(sentenceBefore).scalars.dropLast(scalars.count))
        // (The noun that names what the label measures: 支出 in 支出决算 and in 决算支出.)
        let noun = label.hasSuffix("支出") ? "支出" : label.hasSuffix("收入") ? "收入" : scalars.string(0..<2)
        guard let topic = subjectMatch(in: before, weak: false), topic.subject != found.subject else { return nil }
        let name = before.scalars.string(topic.start..<topic.end)
        let after = before.scalars.string(topic.end..<before.scalars.count)
        if name.hasSuffix(noun) || after.hasPrefix(noun) { return topic.subject }
        // An item of spending whose budget the sentence has just stated (公务接待费预算为 8.00 万元，支出决算 6.50 万元):
        // the spending after it is the item's.
        // (The money the budget is of may come between: “三公”经费财政拨款年初预算 A，决算支出 B.)
        let budgetWords = after.hasPrefix("财政拨款") ? String(after.dropFirst(4)) : after
        let budgetFirst = (vocabulary.initialBudgetWords + vocabulary.adjustedBudgetWords + vocabulary.budgetWords).contains { budgetWords.hasPrefix($0) }
        if noun == "支出", budgetFirst, !name.hasSuffix("收入"), measure(in: label)?.measure == "actual" { return topic.subject }
        // The spending after a named revenue (财政拨款收入总计 A 万元，支出总计 B 万元) is the spending of the same money,
        // when the vocabulary names it whole (财政拨款支出).
        if noun == "支出", let c = spendingOfTheRevenue(named: name), c != found.subject { return c }
        return nil
    }

    /// The spending's subject a label naming both sides names (收支总预算 -> expenditure, 财政拨款收入支出总计 ->
    /// appropriation): the label with its sides read as 支出; nil when it names one side only.
    func spendingNamedWith(bothSides label: String) -> String? {
        guard let both = Self.bothSidesWords.first(where: label.contains) else { return nil }
        return subjectOfSpending(named: label.replacingOccurrences(of: both, with: "支出"))
    }

    /// The subject a spending's name names, by its whole words before its weak ones (财政拨款支出总计 is the
    /// appropriations' spending, not a 支出总计 nor the 财政拨款 of revenue).
    func subjectOfSpending(named name: String) -> String? {
        (subjectMatch(in: name, weak: false) ?? subjectMatch(in: name))?.subject
    }

    /// The spending of the money a revenue's name names (财政拨款收入: 财政拨款支出's subject), when the vocabulary
    /// names that spending whole; nil for a name that is no revenue's.
    func spendingOfTheRevenue(named name: String) -> String? {
        guard name.hasSuffix("收入") else { return nil }
        let counterpart = String(name.dropLast(2)) + "支出"
        guard let c = subjectMatch(in: counterpart, weak: false), c.start == 0, c.end == counterpart.scalars.count else { return nil }
        return c.subject
    }

    /// A sentence that names nothing but measures (…，增长 11.37%。年初预算为 2,580.00 万元，支出决算为 2,705.66 万元，
    /// 完成年初预算的 104.87%) goes on about the previous sentence's topic when it states that topic's amount again:
    /// its levels are the topic's budget and outturn, and what is said of them (the completion) is the topic's.
    func continueThePreviousTopic(_ statements: inout [Statement], from first: Int, previous: [Int], opening: String) {
        guard subjectMatch(in: opening, weak: false) == nil,
              let topicIndex = previous.first(where: { statements[$0].role == .level }), let subject = statements[topicIndex].subject
        else { return }
        let topic = statements[topicIndex]
        let levels = statements.indices[first...].filter { statements[$0].role == .level && statements[$0].parent == nil }
        guard levels.count >= 2, levels.allSatisfy({
            let st = statements[$0]
            return st.unit == topic.unit && st.year == topic.year && st.subject != subject && subjectMatch(in: st.label, weak: false) == nil
                && (st.measure == "budget" || st.measure == "actual")
        }), levels.contains(where: { statements[$0].measure == topic.measure && statements[$0].value == topic.value }) else { return }
        for k in statements.indices[first...] where levels.contains(k) || statements[k].about.map(levels.contains) == true {
            guard let measure = statements[k].measure else { continue }
            statements[k].subject = subject
            statements[k].key = subject + ":" + measure
            statements[k].rule = statements[k].role == .level ? "previous-topic" : statements[k].rule
        }
    }

    /// The subjects the vocabulary's labels mention in `s[range]`, by where they end (ends relative to the range),
    /// the longer label first at one end.
    func subjectMention(in s: [Unicode.Scalar], _ range: Range<Int>) -> [(subject: String, end: Int, length: Int)] {
        var found: [(subject: String, end: Int, length: Int)] = []
        for lexicon in [vocabulary.lexicons.strong, vocabulary.lexicons.weak] where found.isEmpty {
            lexicon.occurrences(in: s, range) { subject, start, end in
                // (A rate is no topic of the amounts after it: 资金到位率 100%；实际支出 X 万元 is no rate.)
                if !subject.hasPrefix("score") && !subject.hasSuffix("_rate") { found.append((subject, end - range.lowerBound, end - start)) }
            }
        }
        // A whole named by listing its parts (因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款…) is mentioned
        // where its list (or the list's qualifier) ends.
        if let last = found.max(by: { $0.end < $1.end }),
           let whole = partsListed(in: s, from: range.lowerBound,
                                   before: (last.subject, range.lowerBound + last.end - last.length, range.lowerBound + last.end)) {
            found.append((whole.subject, last.end, whole.end - whole.start))
        }
        return found.sorted { $0.end != $1.end ? $0.end < $1.end : $0.length > $1.length }
    }

    /// Where the closing quotes right before position `p` of `s` begin (`p` when there are none): the end of the name
    /// they close (“三公经费” before 财政拨款).
    static func beforeClosingQuotes(_ s: [Unicode.Scalar], _ p: Int) -> Int {
        var k = p
        while k > 0, "”\"」』".unicodeScalars.contains(s[k - 1]) { k -= 1 }
        return k
    }

    /// The subject mentioned last in the words `s`; at one end, the longest label's (“三公”经费财政拨款支出 over 财政拨款支出).
    static func lastMention(_ mentions: [(subject: String, end: Int, length: Int)], in s: [Unicode.Scalar]) -> String? {
        guard let last = mentions.last, let longest = mentions.first(where: { $0.end == last.end }) else { return nil }
        // A subject whose money 财政拨款 right after it qualifies (“三公”经费财政拨款预算, a closing quote between:
        // “三公经费”财政拨款支出情况) is the topic.
        let quoted = Self.beforeClosingQuotes(s, last.end - longest.length)
        if longest.subject == "appropriation",
           let qualified = mentions.first(where: { $0.end == quoted && $0.subject != "appropriation" }) {
            return qualified.subject
        }
        return longest.subject
    }

    /// The subject a heading names (the first subject in the heading line's own words; of two starting at one place,
    /// the longer name's: 公务用车购置及运行维护费, not the 公务用车购置 it starts with).
    func headingSubject(_ s: [Unicode.Scalar], _ doc: ReportText, before p: Int) -> String? {
        guard let h = doc.headingStart(atOrBefore: p) else { return nil }
        let end = min(p, h + 16)
        return subjectMention(in: s, h..<end).min { a, b in
            a.end - a.length != b.end - b.length ? a.end - a.length < b.end - b.length : a.length > b.length
        }?.subject
    }

    /// The score a formula in words works out (预算执行率得分=预算执行率×10 分=9.66 分): what the words before its first
    /// = name, when they name a score (…得分); nil for any other clause.
    func scoreInFormula(_ clause: String) -> String? {
        guard let eq = clause.firstIndex(where: { $0 == "=" || $0 == "＝" }) else { return nil }
        let name = Self.cleanLabel(String(clause[..<eq]))
        guard name.hasSuffix("得分") else { return nil }
        return nearestSubject(in: name, among: scoreSubjects)
    }

    /// The score a "(分值 N 分，得 X 分)" belongs to, from the words of its heading.
    func scoreSection(_ s: [Unicode.Scalar], _ doc: ReportText, before p: Int) -> String? {
        let start = max(doc.headingStart(atOrBefore: p) ?? 0, p - 40)
        let t = text(s, start..<p)
        guard let open = t.range(of: "(分值", options: .backwards) ?? t.range(of: "（分值", options: .backwards) else {
            // The name before a colon and 分值 (产出指标：分值 40 分，得分 40 分), in its own sentence; else the section a
            // numbered line opens with (（四）满意度指标：查档群众满意度，…，分值 20 分，得分 19.2 分).
            if let colon = t.range(of: "：分值", options: .backwards) ?? t.range(of: ":分值", options: .backwards) {
                var title = Substring(t[..<colon.lowerBound])
                if let stop = title.lastIndex(where: { "。；;！？".contains($0) }) { title = title[title.index(after: stop)...] }
                if let named = nearestSubject(in: String(title), among: scoreSubjects) { return named }
            }
            let opening = text(s, Self.lineStart(s, before: p)..<p), named = Self.withoutEnumeration(opening)
            if opening != named, let name = named.split(whereSeparator: { "：:，,；;".contains($0) }).first,
               let subject = nearestScoreNamedAlone(in: String(name)) {
                return subject
            }
            // (Right after the execution rate, a form's 分值 and 得分 are the rate's: 预算执行率（%）：98.36 / 分值：10 /
            // 得分：9.84.)
            // (Not after another thing's rate: 政府采购执行率 95.66%，得 5 分.)
            if let rate = t.range(of: "执行率", options: .backwards), !t.contains("总分"),
               case let name = s.string(Self.nameBefore(s, start + t[..<rate.lowerBound].unicodeScalars.count, longest: 40)) + "执行率",
               !Self.namesAnotherThingsRate(name) { return "score_budget_execution" }
            return t.contains("总分") || t.contains("得分") ? "score_total" : nil
        }
        // (The name in the parenthesis' own sentence: 满意度指标…。成本指标（分值10分） is no 满意度.)
        var title = Substring(t[..<open.lowerBound])
        if let stop = title.lastIndex(where: { "。；;！？".contains($0) }) { title = title[title.index(after: stop)...] }
        return nearestSubject(in: String(title), among: scoreSubjects)
    }

    /// Where the sentence or line holding `p` starts: after the last full stop or line break before it, at most 160
    /// scalars back (a form's line of fields, a numbered section's line).
    static func lineStart(_ s: [Unicode.Scalar], before p: Int) -> Int {
        let floor = max(0, p - 160)
        return (floor..<p).last(where: { "。\n".unicodeScalars.contains(s[$0]) }).map { $0 + 1 } ?? floor
    }

    /// The indicator a line of fields names (指标名称：档案查阅利用人次；年度指标值：…；分值：15 分), back from `p` within
    /// its sentence (at most 160 scalars); nil when the sentence names none.
    static func indicatorName(_ s: [Unicode.Scalar], before p: Int) -> String? {
        let start = lineStart(s, before: p)
        let cue = Array("指标名称".unicodeScalars)
        guard p - start >= cue.count + 2,
              let k = (start...(p - cue.count)).last(where: { s[$0..<($0 + cue.count)].elementsEqual(cue) }) else { return nil }
        var b = k + cue.count
        if b < p, "：:".unicodeScalars.contains(s[b]) { b += 1 }
        var e = b
        while e < p, !"；;，,。".unicodeScalars.contains(s[e]) { e += 1 }
        let name = String(scalars: s[b..<e]).trimmingSpaces()
        return (2...30).contains(name.count) ? name : nil
    }

    /// The name of a group of indicators before its full marks in parentheses (成本指标（分值10分）), in the
    /// parenthesis' own sentence: Han characters ending in 指标, 3 to 12 of them; nil for any other.
    func scoreSectionName(_ s: [Unicode.Scalar], _ doc: ReportText, before p: Int) -> String? {
        let start = max(doc.headingStart(atOrBefore: p) ?? 0, p - 40)
        let t = text(s, start..<p)
        guard let open = t.range(of: "(分值", options: .backwards) ?? t.range(of: "（分值", options: .backwards) else { return nil }
        let name = s.string(Self.nameBefore(s, start + t[..<open.lowerBound].unicodeScalars.count, longest: 13))
        return name.hasSuffix("指标") && (3...12).contains(name.count) ? name : nil
    }

    /// What a score in the form 项目决策（20 分）得 18 分 (or （满分 20 分）, （分值 20 分）) is of: for the full marks in parentheses (`isMarks`), the name
    /// right before the parenthesis; for the score after 得, the name before the parenthesis of marks before it. Nil
    /// for any other number in 分. (Names of Han characters only, back to the punctuation or enumeration before, 2 to 16 of them:
    /// 基层医疗机构标准化建设（10 分）.)
    static func marksInParentheses(_ s: [Unicode.Scalar], at p: Int, floor: Int) -> (label: String, isMarks: Bool)? {
        func back(_ k: Int) -> Int { var k = k; while k > floor, s[k - 1] == " " { k -= 1 }; return k }
        func name(endingAt end: Int) -> String? {
            var k = end
            while k > floor, s[k - 1].isHan { k -= 1 }
            // (Not the unit of a score before it, where a line break is lost: 得分 38.5 分效益指标（分值 30 分）.)
            if k < end, s[k] == "分", case let b = back(k), b > floor, isDigit(s[b - 1]) { k += 1 }
            let n = String(scalars: s[k..<end])
            return (2...16).contains(n.unicodeScalars.count) ? n : nil
        }
        let open: Set<Unicode.Scalar> = ["（", "("], close: Set<Unicode.Scalar> = ["）", ")"]
        // The opening parenthesis of marks whose number starts at `k` (after any spaces): right before it, or before
        // the word for full marks (（满分 10 分）, （分值 10 分）).
        func opening(before k: Int) -> Int? {
            if k > floor, open.contains(s[k - 1]) { return k - 1 }
            for word in ["满分为", "分值为", "满分", "分值"] {
                let start = k - word.unicodeScalars.count
                guard start > floor, matches(s, start, word) else { continue }
                let j = back(start)
                return j > floor && open.contains(s[j - 1]) ? j - 1 : nil
            }
            return nil
        }
        var k = back(p)
        if let o = opening(before: k) {
            // (The marks' parenthesis closes right after its unit: （20 分）, not （其中 20 分用于…）.)
            var e = p
            while e < s.count, ReportText.inNumber(s, e) || s[e] == " " { e += 1 }
            guard e + 1 < s.count, s[e] == "分", close.contains(s[e + 1]) else { return nil }
            return name(endingAt: back(o)).map { ($0, true) }
        }
        // 得 (得分, 得分为) right after the closing parenthesis of the marks.
        for word in ["得分为", "得分", "得"] {
            let w = Array(word.unicodeScalars)
            if k - w.count > floor, Array(s[(k - w.count)..<k]) == w { k = back(k - w.count); break }
        }
        guard k < p, k > floor, close.contains(s[k - 1]), k >= 2, s[k - 2] == "分" else { return nil }
        var m = back(k - 2)
        while m > floor, ReportText.inNumber(s, m - 1) { m -= 1 }
        m = back(m)
        guard m > floor, m < k - 2, let o = opening(before: m) else { return nil }
        return name(endingAt: back(o)).map { ($0, false) }
    }

    /// The ratio a rate's parenthesis right after it defines in words (资金支付率 87.46%（实际支付/到位资金）, （实际支付
    /// ÷到位资金×100%）): the numerator's and the denominator's names, each 2 to 12 Han characters, read from `p` (the
    /// end of the rate's number, before or after its %). Nil for any other parenthesis.
    static func wordedRatio(_ s: [Unicode.Scalar], after p: Int) -> (numerator: String, denominator: String)? {
        var k = p
        func skip(_ set: Set<Unicode.Scalar>) { while k < s.count, set.contains(s[k]) { k += 1 } }
        func name() -> String? {
            let start = k
            while k < s.count, s[k].isHan, k - start < 12 { k += 1 }
            return k - start >= 2 ? String(scalars: s[start..<k]) : nil
        }
        skip(["%", "％", " "])
        guard k < s.count, s[k] == "（" || s[k] == "(" else { return nil }
        k = afterSpaces(s, from: k + 1)
        guard let numerator = name() else { return nil }
        k = afterSpaces(s, from: k)
        guard k < s.count, s[k] == "/" || s[k] == "÷" else { return nil }
        k = afterSpaces(s, from: k + 1)
        guard let denominator = name() else { return nil }
        skip([" ", "×", "*", "1", "0", "%", "％"])
        guard k < s.count, s[k] == "）" || s[k] == ")" else { return nil }
        return (numerator, denominator)
    }

    /// Whether a score follows right after `p` in a clause or field of its own (产出指标 40 分，得 38.50 分; ，得分 9 分;
    /// 总分：100 分；自评得分：95.80 分): the number before `p` is then the full marks.
    static func scoreFollows(_ s: [Unicode.Scalar], from p: Int) -> Bool {
        let comma = afterSpaces(s, from: p)
        guard comma < s.count else { return false }
        // (Or 得 straight after the marks: 预算执行率 10 分得 9.6 分.)
        let joined = !"，,；;".unicodeScalars.contains(s[comma])
        let k = joined ? comma : afterSpaces(s, from: comma + 1)
        guard let word = (joined ? ["得分", "得"] : ["实际得分", "自评得分", "得分为", "得分", "实得", "得"]).first(where: { matches(s, k, $0) })
        else { return false }
        var d = afterSpaces(s, from: k + word.unicodeScalars.count)
        if d < s.count, s[d] == "：" || s[d] == ":" { d = afterSpaces(s, from: d + 1) }
        return d < s.count && isDigit(s[d])
    }

    /// Whether the words before an amount make it no outturn of the year (`sentence`: the opening of its sentence,
    /// `clause`: its clause up to it): a date within the year the sentence opens with (截至 2024 年 6 月 30 日, 截至
    /// 6 月底, 1—6 月, 上半年, 前三季度), a projection (a sentence or clause opening with 预计) or a target (确保, 力争).
    static func namesNoOutturn(sentence: String, clause: String) -> Bool {
        let opening = sentence.trimmingSpaces()
        if opening.hasPrefix("预计") || clause.trimmingSpaces().hasPrefix("预计") || clause.contains("确保") || clause.contains("力争") { return true }
        // (A clause that opens on the whole year speaks of it after a part of it: 上半年预算执行率 45%，全年预算执行率 98%.)
        if clause.trimmingSpaces().hasPrefix("全年"), !clause.contains("预计") { return false }
        return dateWithinYear(in: opening).map { $0.month < 12 } ?? false
    }

    /// Whether a text speaks of the years before the report's as a part of its sums (以前年度, 往年, 历年, 开工以来):
    /// a cumulative amount (累计) in it runs over several years.
    static func namesEarlierYears(_ text: String) -> Bool {
        ["以前年度", "以前年份", "往年", "历年", "往年度", "开工以来", "建设以来", "实施以来", "启动以来"].contains(where: text.contains)
    }

    /// The date within the year a text's amounts run to: a date after 截至 / 截止 (2024 年 6 月 30 日, 6 月底: the day
    /// nil for a month's end named in words), a span from January (1—10 月) or a part of the year (上半年, 前三季度,
    /// 一季度), each as the month it ends with. Nil when the text names none. The amounts to the date are the year's
    /// only when it is December's end; the time schedule (序时进度) by the end of month m is m/12.
    /// (The regexes only where their words stand: a regex literal is compiled where it is used.)
    static func dateWithinYear(in text: String) -> (month: Int, day: Int?)? {
        if text.contains("截至") || text.contains("截止"),
           let m = text.firstMatch(of: /(?:截至|截止到?)(?:\d{4}\s?年)?\s?(\d{1,2})\s?月(?:底|末|\s?(\d{1,2})\s?日)?/), let month = Int(m.1) {
            return (month, m.2.flatMap { Int($0) })
        }
        if text.contains("月"), let m = text.firstMatch(of: /(?:^|[^\d])1\s?[—\-－~～至到]\s?(\d{1,2})\s?月/), let month = Int(m.1) { return (month, nil) }
        if text.contains("上半年") || text.contains("前两个季度") { return (6, nil) }
        if text.contains("前三季度") { return (9, nil) }
        if text.contains("一季度") { return (3, nil) }
        return nil
    }

    /// The year of a report on a part of a year that names no year (1-6月，全县一般公共预算收入完成 …; 上半年; 前三季度),
    /// from the date it was published (发布时间：2025-07-10; 发布日期：2025年7月10日): a part of the year is reported
    /// within that year. Nil when the text names no part of a year before December, or no such date. (Of several dates,
    /// the last: a site's index card above the page's own line of dates.)
    static func publishedYearOfAPartOfTheYear(_ text: String) -> Int? {
        guard let part = dateWithinYear(in: text), part.month < 12, text.contains("发布") || text.contains("日期") || text.contains("时间"),
              let m = text.matches(of: /(?:发布时间|发布日期|日期|时间)[：:\s]{0,3}((?:19|20)\d{2})\s?[-\/.年]\s?(\d{1,2})/).last,
              let year = Int(m.1), let month = Int(m.2), month >= part.month else { return nil }
        return year
    }

    // MARK: Cues (pure text rules)

    /// The name a numbered heading gives before its colon, when the words `pre` right before `k` follow that colon
    /// (1.产出指标：满分 50 分 gives 产出指标): Han characters only, two to sixteen of them; nil otherwise.
    static func nameBeforeColon(_ s: [Unicode.Scalar], _ doc: ReportText, before k: Int, skipping pre: String) -> String? {
        var colon = k - pre.unicodeScalars.count - 1
        while colon > 0, s[colon] == " " { colon -= 1 }
        guard colon > 0, s[colon] == "：" || s[colon] == ":", let h = doc.headingStart(atOrBefore: colon), h < colon,
              Enumeration(s, at: h) != nil, let from = enumerationEnd(s, from: h), from < colon else { return nil }
        let name = s.string(from..<colon)
        guard (2...16).contains(name.unicodeScalars.count), name.unicodeScalars.allSatisfy(\.isHan) else { return nil }
        return name
    }

    /// A closing sum of scores (以上三项指标满分 50 分 / 上述 5 项指标共得 28.5 分): how many indicators before it the
    /// clause adds up, and whether it states their full marks (else their score).
    static func closingSum(_ words: String) -> (count: Int, isMarks: Bool)? {
        // (A regex is compiled where it is used: only labels that open like one are matched.)
        guard ["以上", "上述", "前述"].contains(where: words.hasPrefix), let m = words.firstMatch(of: /^(?:以上|上述|前述)([0-9]+|[一二两三四五六七八九十]+)(?:项|个)(?:[\p{Han}]{0,6}指标)?(?:合计|共计|总计|共|合)?(满分|分值|总分|权重|得分|得)为?$/) else { return nil }
        // (The count in digits or in Chinese, and nothing else: 以上十一项.)
        let numeral = Array(String(m.1).unicodeScalars)
        guard let (count, end) = Self.numeral(numeral, from: 0), end == numeral.count, count >= 2 else { return nil }
        return (count, m.2 != "得分" && m.2 != "得")
    }

    /// Whether the words before a 扣 (扣 x 分, 扣除, 扣减) state a scoring rule, not points taken off: a rate per unit in
    /// the same clause (每低 1 个百分点扣 0.1 分, 按每项扣 1 分) or a cap (最多扣 2 分, 最高扣, 至多可扣). Not 按 alone:
    /// 未按时报送，扣 1 分 and 未按规定公开扣 1 分 are points taken off. (One rule for a sentence's deductions, a
    /// breakdown's items and a score table's reason cells.)
    static func namesADeductionRule<S: StringProtocol>(_ before: S) -> Bool {
        var words = Substring(before.trimmingSpaces())
        if words.hasSuffix("可") { words = words.dropLast() }
        let clause = words.reversed().prefix { !"，,；;。：:\n".contains($0) }
        return clause.contains("每") || ["最多", "最高", "至多"].contains(where: { words.hasSuffix($0) })
    }

    /// What a scoring rule's condition does at a rate ending at `k`, by the words after it: earn points (100%得满分,
    /// 100%得 10 分, 95% 以上的，得 10 分) or take them off (90%扣 2 分, 60%不得分), straight after the rate with no pause or
    /// after 的; nil when the rate is no condition. (With a pause the rate is stated and then scored: 执行率 96%，得 9.6
    /// 分; a blank may be a flattened form's column: 96% 扣0.4分.)
    static func condition(_ s: [Unicode.Scalar], after k: Int) -> RuleCondition? {
        if matches(s, afterSpaces(s, from: k), "得满分") { return .earnsPoints }
        var p = k
        for bound in ["及以上", "以上", "以下"] where matches(s, p, bound) { p += bound.unicodeScalars.count; break }
        if p < s.count, s[p] == "的" {
            p = afterSpaces(s, from: p + 1)
            if p < s.count, s[p] == "，" || s[p] == "," { p = afterSpaces(s, from: p + 1) }
        }
        guard p < s.count else { return nil }
        if matches(s, p, "得满分") { return .earnsPoints }
        if matches(s, p, "不得分") || matches(s, p, "扣") { return .takesPointsOff }
        guard s[p] == "得", let number = plainNumber(s, at: afterSpaces(s, from: p + 1)),
              matches(s, afterSpaces(s, from: number.end), "分") else { return nil }
        return .earnsPoints
    }

    /// What a rate's condition in a scoring rule does (``condition(_:after:)``).
    enum RuleCondition { case earnsPoints, takesPointsOff }

    /// Whether the 得 at `k` earns points under a rate's condition right before it (100%得, 95% 以上的，得): a rate a few
    /// scalars before whose ``condition(_:after:)`` earns points, with no other 得 between.
    static func pointsFollowACondition(_ s: [Unicode.Scalar], earnedAt k: Int) -> Bool {
        guard let q = (max(0, k - 8)..<k).last(where: { s[$0] == "%" }), case let digit = beforeSpaces(s, from: q) - 1,
              digit >= 0, isDigit(s[digit]), !s[(q + 1)..<k].contains("得") else { return false }
        return condition(s, after: q + 1) == .earnsPoints
    }

    /// Words that make the number after them a bound (a rule's threshold, a target), not a figure.
    static let boundCues = ["未达到", "未达", "达不到", "不低于", "不高于", "不少于", "不超过", "低于", "高于", "不足", "小于", "大于", "超过",
                            "≥", "≤", ">", "<", "＞", "＜"]

    /// The item a sentence names when it is a budget classification's line (一般公共服务支出（类）统计信息事务（款）行政运行
    /// （项）。), without its enumeration and full stop; nil for any other sentence.
    static func classificationItem(_ sentence: String) -> String? {
        let t = withoutEnumeration(sentence.trimmingSpaces()).trimmingCharacters(in: CharacterSet(charactersIn: "。. "))
        guard t.count <= 80, t.hasSuffix("（项）") || t.hasSuffix("(项)") || t.hasSuffix("（款）") || t.hasSuffix("(款)"),
              t.contains("类") else { return nil }
        return t
    }

    /// Whether a parenthesis opens right before `p` (（其中：…).
    static func opensParenthesis(_ s: [Unicode.Scalar], before p: Int) -> Bool { p > 0 && (s[p - 1] == "（" || s[p - 1] == "(") }

    /// The parenthesis that closes the one opened right before `from`, if it closes before `end` (those opened inside
    /// it, 因公出国（境）费, closed first).
    static func closingParenthesis(_ s: [Unicode.Scalar], from: Int, before end: Int) -> Int? {
        var depth = 0
        for k in from..<end {
            if s[k] == "（" || s[k] == "(" { depth += 1 }
            else if s[k] == "）" || s[k] == ")" { if depth == 0 { return k }; depth -= 1 }
        }
        return nil
    }

    /// The class (类) a classification item's path opens with (一般公共服务支出（类）…（项）: 一般公共服务支出); nil for a
    /// label without one.
    static func classNamed(by label: String) -> String? {
        guard let end = label.range(of: "（类）") ?? label.range(of: "(类)") else { return nil }
        let name = withoutEnumeration(String(label[..<end.lowerBound])).trimmingSpaces()
        return name.isEmpty ? nil : name
    }

    /// Whether a statement of a classification item belongs to another class than a total named by a class's label
    /// (一般公共服务支出（类）…（项） listed after 住房保障支出 A 万元): it is no part of that total.
    static func isItem(_ st: Statement, ofAnotherClassThan total: Statement) -> Bool {
        st.rule == "classification-item" && total.subject == nil && classNamed(by: st.label).map { $0 != withoutYears(total.label) } == true
    }

    /// The classification item that opens a sentence before its colon (…（项）：年初预算为 X 万元), without the colon.
    static func classificationItem(opening words: String) -> String? {
        guard let colon = words.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        return classificationItem(String(words[..<colon]))
    }

    /// The classification item (of any depth: 一般公共服务支出（类）, …行政运行（项）) that the first amount's clause names
    /// right before the words of a measure alone (其中：一般公共服务支出（类）年初预算 600 万元): the item, without what
    /// opens the clause; nil when other words follow it.
    func itemBeforeMeasureWords(in opening: String) -> String? {
        let s = opening.scalars
        guard let close = s.lastIndex(of: "）"), close >= 3, ["类", "款", "项"].contains(s[close - 1]), s[close - 2] == "（" else { return nil }
        guard namesAMeasureAlone(s.string((close + 1)..<s.count).trimmingCharacters(in: CharacterSet(charactersIn: "为是： "))) != nil else { return nil }
        let start = s[..<close].lastIndex(where: { "，,；;：:。".unicodeScalars.contains($0) }).map { $0 + 1 } ?? 0
        let item = Self.withoutEnumeration(s.string(start..<(close + 1)).trimmingSpaces())
        return item.unicodeScalars.contains("类") && item.count >= 5 ? item : nil
    }

    /// The measure a short label names and nothing else (年初预算, 支出决算为): no subject the vocabulary knows, no
    /// change, no completion; nil for any other label.
    func namesAMeasureAlone(_ label: String) -> (measure: String, stage: String?)? {
        guard !label.isEmpty, label.count <= 8, let m = measure(in: label), vocabulary.lexicons.strong.last(in: label.scalars, 0..<label.scalars.count) == nil,
              Self.changeCue(label) == nil, !label.contains("完成") else { return nil }
        return m
    }

    /// A budget or an actual of the classification item named by the sentence before (年初预算为 X 万元, 支出决算为 Y
    /// 万元), or by the label itself before its measure words (一般公共服务支出（类）年初预算): a statement of that item,
    /// when the label says only which measure. Nil otherwise.
    func itemStatement(item: String?, pre: String, amount: Amount, year: Int?, snippet: Snippet, offset: Int) -> Statement? {
        guard let item, amount.unit == "万元", let year else { return nil }
        let named = pre.range(of: item).map { String(pre[$0.upperBound...]) } ?? pre
        guard let m = namesAMeasureAlone(Self.strippingFillers(named.trimmingCharacters(in: CharacterSet(charactersIn: "，,；; ")))) else { return nil }
        return Statement(key: "label:" + item, subject: nil, measure: m.measure, stage: m.stage, label: item, year: year, role: .level,
                         value: amount.value, unit: amount.unit, decimals: amount.decimals, position: amount.start, offset: offset,
                         snippet: snippet, rule: "classification-item")
    }

    /// Whether a clause gives its list of amounts to the items it names, in order: 分别 (分别为 A 万元、B 万元), or
    /// 各 before a list (收、支总计各是 A、B 万元; 各下降 x%、y%). 各 before one amount gives it to each item.
    static func distributes(_ clauseText: String, listCount: Int) -> Bool {
        guard !clauseText.contains("分别") else { return true }
        guard listCount > 1 else { return false }
        // (各 before a copula or a change word of two characters or more: 各上升, 各回落 as 各增加.)
        var rest = Substring(clauseText)
        while let r = rest.range(of: "各") {
            rest = rest[r.upperBound...]
            if ["是", "为", "自", "达", "计"].contains(where: rest.hasPrefix) || changeWords.contains(where: { $0.0.count >= 2 && rest.hasPrefix($0.0) }) { return true }
        }
        return false
    }

    /// What joins the items of a list of amounts or of wholes: 和, 、, 及, 与.
    static let listJoiners = "和、及与"

    /// For each amount, its place in the list of amounts it is joined to by a joiner alone (2666.3 亿元和 30400.7 亿元:
    /// (0, 2) and (1, 2)); (0, 1) for an amount on its own. A comma joins amounts too when their unit is written once
    /// (83.20、145.28 万元) or when 分别 has opened lists in the sentence (分别为 83.20 万元，145.28 万元和 91.52 万元; 分别
    /// 增加 20 万元，15 万元，增长 4.17%，3.23%).
    static func joinedLists(_ s: [Unicode.Scalar], _ amounts: [Amount]) -> [(index: Int, count: Int)] {
        var out = [(index: Int, count: Int)](repeating: (0, 1), count: amounts.count)
        var start = 0
        // (分别 in the 60 scalars before the list's first amount, no sentence ending between.)
        func distributed(_ first: Int) -> Bool {
            var j = first
            while j > 0, first - j < 60, !"；;。\n".unicodeScalars.contains(s[j - 1]) {
                if j >= 2, matches(s, j - 2, "分别") { return true }
                j -= 1
            }
            return false
        }
        for k in amounts.indices {
            let joined = k + 1 < amounts.count && {
                let between = String(scalars: s[amounts[k].end..<amounts[k + 1].start]).trimmingSpaces()
                return between.count == 1 && (listJoiners.contains(between)
                    || "，,".contains(between) && (amounts[k].sharesUnit || distributed(amounts[start].start)))
            }()
            if !joined {
                for j in start...k { out[j] = (j - start, k - start + 1) }
                start = k + 1
            }
        }
        return out
    }

    /// The use an amount is put to, named right after it (30 万元用于基建工程项目审计；): the words from 用于 to the
    /// clause's end, at most 24 scalars.
    static func purpose(_ s: [Unicode.Scalar], after end: Int) -> String? {
        var k = end
        while k < s.count && s[k] == " " { k += 1 }
        guard k + 2 < s.count, s[k] == "用", s[k + 1] == "于" else { return nil }
        var j = k + 2
        while j < s.count, j - k < 26, !"，,；;。：:、".unicodeScalars.contains(s[j]) { j += 1 }
        return j > k + 2 ? String(scalars: s[k..<j]) : nil
    }

    /// Whether a sentence begins with a comparison against a base (较上年, 比 2022 年度, 与去年相比, 同比), not with
    /// its subject. 较 and 比 alone open other words (较好, 比如), so the base must follow.
    static func opensWithComparison(_ t: String) -> Bool {
        guard let first = t.unicodeScalars.first(where: { !$0.properties.isWhitespace }), "同较比与".unicodeScalars.contains(first) else { return false }
        return t.range(of: #"^\s*(同口径)?(同比|(较|比|与)[ \t]*(上年|去年|上一年|年初|预算|(19|20)\d{2}))"#, options: .regularExpression) != nil
    }

    static let fillers = ["分别为", "分别", "共计", "合计为", "为", "是", "达到", "达", "约", "计", "了", ":", "：", " ", "幅度"]

    /// What a rate named by its word divides: an actual by its budget (执行率, 完成率 of a budget, 控制率), an
    /// adjustment by the initial budget (调整率), what was carried over by the budget (结转结余率), or a change by the
    /// earlier level (变动率, 增减率). Its `rawValue` is the statement's measure.
    enum NamedRate: String {
        case execution = "rate", adjustment = "adjustment_rate", carryover = "carryover_rate", saving = "saving_rate", change
        /// The share of money an act has reached (拨付率, 整改率, 支付率): what was done over what it was due on.
        case done = "done_rate"
    }

    /// The acts on money whose rate (拨付率) is what was done (已拨付 A) over the whole it was done on, and whose
    /// remainder (未拨付) is that whole less what was done.
    static let actsOnMoney = ["拨付", "整改", "支付", "兑付", "发放", "下达", "使用"]

    /// The act on money a label names (已拨付, 已整改问题金额, 拨付率, 滞留未拨付): nil for none.
    static func actOnMoney(in label: String) -> String? { actsOnMoney.first { label.contains($0) } }

    /// Whether a label names what was saved against a budget (节约资金, 节支, 节约额): the budget less the actual.
    static func namesSaving(_ label: String) -> Bool {
        let saved = label.hasPrefix("累计") ? label.dropFirst(2) : label.hasPrefix("共") ? label.dropFirst() : Substring(label)
        return saved.count <= 6 && ["节约", "节支", "节省"].contains(where: saved.hasPrefix) && !saved.hasSuffix("率")
    }

    /// Whether a label names funds received and not yet spent (已到位未支出资金, 到位未使用资金, 已到位未兑付资金).
    static func namesReceivedUnspentFunds(_ label: String) -> Bool {
        guard let r = label.range(of: "到位") else { return false }
        let rest = label[r.upperBound...]
        return ["未支出", "未使用", "未拨付", "未兑付", "未支付"].contains(where: rest.hasPrefix)
    }

    /// Whether the words right after an amount at `p`, in its sentence, say it is funds received and not yet spent
    /// (结余资金 61.62 万元，为已到位未兑付的补贴资金).
    static func saysReceived(_ s: [Unicode.Scalar], after p: Int) -> Bool {
        var k = p
        while k < s.count, k - p < 16, !"，,。；;".unicodeScalars.contains(s[k]) { k += 1 }
        guard k < s.count, s[k] == "，" || s[k] == "," else { return false }
        let end = min(s.count, k + 14)
        let words = s.string((k + 1)..<((k + 1..<end).first { "，,。；;".unicodeScalars.contains(s[$0]) } ?? end))
        guard let r = words.range(of: "到位") else { return false }
        return ["为已", "系已", "均为已", "是已"].contains(where: words[..<r.lowerBound].hasSuffix) && namesReceivedUnspentFunds(String(words[r.lowerBound...]))
    }

    /// Whether a label names the funds a project left unspent (项目结余资金, 结余资金, 资金结余, 未支出资金, 尚未支出): its
    /// budget less its spending. Not a balance carried over (结转, 年末结转和结余) nor a rate.
    /// What was spent, for a list after what was left unspent (实际支出 A，…，结余 B。其中：… breaks down A): the nearest
    /// of `levels` in the unspent funds' unit that names no unspent funds; nil when `unspent` names none. (Also after
    /// their rate, 结余 B，结余率 r。其中：…: the nearest in 万元.)
    static func spending(before unspent: Int, nearestFirst levels: some Sequence<Int>, _ statements: [Statement]) -> Int? {
        let u = statements[unspent]
        let ofTheirRate = u.unit == "%" && namedRate(u.label) == .saving
        guard namesUnspentFunds(u.label) || ofTheirRate else { return nil }
        return levels.first { !namesUnspentFunds(statements[$0].label) && statements[$0].unit == (ofTheirRate ? "万元" : u.unit) }
    }

    static func namesUnspentFunds(_ label: String) -> Bool {
        // (A copula after the name is no part of it: 结余资金为 67.40 万元.)
        let label = strippingFillers(label)
        let own = label.hasPrefix("项目") ? label.dropFirst(2) : Substring(label)
        return ["结余资金", "结余", "资金结余", "结余金额", "未支出资金", "尚未支出", "尚未支出资金", "未支出", "剩余", "剩余资金", "未执行", "未执行资金"]
            .contains(String(own))
    }

    /// The rate a label ends with (预算完成率, 控制率, 预算调整率, 结转结余率, 变动率), if it names one of those kinds;
    /// a task's completion (任务完成率) is none.
    static func namedRate(_ label: String) -> NamedRate? {
        if label.hasSuffix("变动率") || label.hasSuffix("增减率") || label.hasSuffix("变化率") { return .change }
        if label.hasSuffix("调整率") { return .adjustment }
        if label.hasSuffix("节约率") || label.hasSuffix("节支率") || label.hasSuffix("节资率") { return .saving }
        if label.hasSuffix("结转结余率") || label.hasSuffix("结余结转率") || label.hasSuffix("结转率") { return .carryover }
        // (What a budget left unspent, over it, as 节约率 is: 结余 20 万元，结余率 10%. After 结转结余率, the balance carried;
        // not a balance of revenue over spending, 收支结余率, which is over the revenue.)
        if label.hasSuffix("结余率"), !label.contains("收支") { return .saving }
        if label.hasSuffix("控制率") || label.hasSuffix("预算完成率") || label.hasSuffix("执行率") || label.hasSuffix("执行比例") { return .execution }
        // (Of the money itself: 资金拨付率, 整改率; not a way of doing it, 社会化发放率, a quality of the service.)
        if let act = actOnMoney(in: label), label.hasSuffix(act + "率"), case let stem = label.dropLast(act.count + 1),
           stem.isEmpty || ["资金", "经费", "款", "金额"].contains(where: stem.hasSuffix) { return .done }
        return nil
    }

    /// Whether an execution rate's label names another thing's (政府采购执行率, “三公”经费执行率, 控制率 of the 三公):
    /// a rate of its own, not the department's execution rate.
    static func namesAnotherThingsRate(_ label: String) -> Bool {
        label.contains("采购") || label.contains("三公") || label.hasSuffix("控制率")
    }

    static func strippingFillers(_ t: String) -> String {
        var s = t
        var changed = true
        while changed {
            changed = false
            for f in fillers where s.hasSuffix(f) && s.count > f.count {
                if f == "计" && (s.hasSuffix("合计") || s.hasSuffix("总计") || s.hasSuffix("共计")) { continue }
                if f == "约" && s.hasSuffix("节约") { continue }
                s.removeLast(f.count); changed = true
            }
            // (金额 after a word that already names an amount says nothing more: 支出金额 is 支出, 年初预算金额 年初预算. Not
            // after any other word: 合同金额, 采购金额 name what the amount is of.)
            if s.hasSuffix("金额"), ["支出", "收入", "预算", "决算", "拨款"].contains(where: s.dropLast(2).hasSuffix) {
                s.removeLast(2); changed = true
            }
        }
        return s
    }

    static let changeWords: [(String, Double)] = [
        // (负增长 before 增长: growth below zero, 减少 0.46 亿元，负增长 1.21%.)
        ("负增长", -1),
        // (A rate of change also by its 比例, 增长比例为 5.2%: no share of a whole. 幅度 is a filler: 增长幅度为 is 增长.)
        ("增长比例", 1), ("增加比例", 1), ("下降比例", -1), ("减少比例", -1), ("降低比例", -1), ("增减比例", 1),
        ("增长率", 1), ("下降率", -1), ("减少率", -1), ("增加率", 1), ("增幅", 1), ("降幅", -1), ("减幅", -1), ("涨幅", 1), ("增长", 1), ("下降", -1), ("增加", 1),
        ("减少", -1), ("提高", 1), ("降低", -1), ("压缩", -1), ("压减", -1), ("节约", -1), ("节省", -1), ("上升", 1), ("上涨", 1), ("回落", -1),
        ("增收", 1), ("减收", -1), ("增支", 1), ("减支", -1),
        // (Words of a change either way, before 增 and 减: its sign is the number's, 较上年变动 -1.40 万元.)
        ("增减变动", 1), ("变动", 1), ("增减", 1),
        ("增", 1), ("减", -1), ("降", -1),
        // (A comparative after its base, 比预算数 1.5 万元少 0.30 万元, 比上年多 2 万元: no change word but 少 or 多.)
        ("少", -1), ("多", 1),
    ]

    /// Change words that make a change only after a comparison (比上年压减, 较上年变动): alone, they may name an item (压减
    /// 一般性支出, 节约资金) or a character of another word (增, 减).
    static let changeWordsNeedingAComparison: Set<String> = ["压减", "节约", "节省", "增减变动", "变动", "增减", "增", "减", "降", "少", "多"]

    /// The words of a plain move up or down (增加, 下降, 上涨): what a rate's points (提高 2.1 个百分点) and a count's move
    /// (比上年增加 412 个) are said to do, each reader adding words of its own.
    static let moveWords: [(String, Double)] = [("增加", 1), ("增长", 1), ("提高", 1), ("上升", 1), ("上涨", 1), ("减少", -1), ("下降", -1), ("降低", -1)]

    /// The words of a rate's move in percentage points, with their signs: a rate's points also 提升 and 回落.
    static let pointMoveWords: [(String, Double)] = moveWords + [("提升", 1), ("回落", -1)]

    /// Whether the words right before position `q` (from `floor`, at most four scalars and a 了) end with a change word
    /// (增长, 减少, 同比增长): the number at `q` is a change, no level, count, amount or rate of its own.
    static func changeWordEnds(_ s: [Unicode.Scalar], before q: Int, floor: Int) -> Bool {
        // (A 了 after the word changes nothing: 同比增长了 3.2%.)
        let end = q > floor && s[q - 1] == "了" ? q - 1 : q
        let lead = s.string(max(floor, end - 4)..<end)
        return changeWords.contains { lead.hasSuffix($0.0) }
    }

    /// A change cue at the end of the words before a number: its sign, the label before the comparison (公务接待费
    /// in 公务接待费比上年同期减少) and the comparison's base words (比 2021 年度决算).
    static func changeCue(_ t: String) -> (sign: Double, subjectLabel: String, baseText: String)? {
        guard let (word, sign) = changeWords.first(where: { t.hasSuffix($0.0) }) else { return nil }
        let head = String(t.dropLast(word.count))
        var comparator: String.Index? = nil
        // (对比减少 compares as 比 does: the label is before 对比, not 对.)
        for c in ["同比", "相比", "对比", "比", "较", "与"] {
            if let r = head.range(of: c, options: .backwards), comparator == nil || r.lowerBound < comparator! { comparator = r.lowerBound }
        }
        // Without a comparison, a change needs a change word that cannot be a label (增加 alone can: 增加值).
        guard let comparator else {
            return changeWordsNeedingAComparison.contains(word) ? nil : (sign, head, "")
        }
        return (sign, String(head[..<comparator]), String(head[comparator...]))
    }

    /// The year a label's figure is of: the year it names, else the year before the context's when it names last
    /// year (上年支出合计), else the context's.
    static func year(of label: String, else context: Int?) -> Int? {
        if let named = lastYear(in: Substring(label)) { return named }
        return context.map { namesLastYear(label) ? $0 - 1 : $0 }
    }

    /// Whether the words before 支出 or 收入 name the whole's year or stage (2024年, 本年度, 年初, 累计, 实际), the body as a
    /// whole (本部门, 单位本级, 机关, 整体) or a body by how its name ends (教育厅, 本局, 青石镇, 示例中心:
    /// `ReportExtractor.bodySuffixes`), not an item of the body's money (农林水, 公共安全, 工资福利, 其他).
    static func namesTheWholesYearOrBody(_ name: String) -> Bool {
        ["年", "度", "初", "末", "本", "总", "本级", "整体", "累计", "合计", "共计", "实际", "当期", "单位", "部门", "机关"].contains(where: name.hasSuffix)
            || ReportExtractor.bodySuffixes.contains(where: name.hasSuffix)
    }

    /// Whether a label names last year's level (上年支出合计, 去年决算数, 上一年度收入, 上年末结转结余: the balance
    /// at last year's end), not this year's carry-over from it (上年结转, 上年结余).
    static func namesLastYear(_ label: String) -> Bool {
        ["上年度", "上年", "去年", "上一年度", "上一年"].contains(where: label.hasPrefix)
            && !["上年结转", "上年结余", "上年度结转", "上年度结余"].contains(where: label.hasPrefix)
    }

    /// Whether the words before a number name money (收入, 支出, 预算, 经费 …) and not a count of people or things.
    static func namesMoney(_ t: String) -> Bool {
        ["收入", "支出", "预算", "决算", "经费", "资金", "拨款", "费", "结转", "结余", "金额"].contains(where: t.contains)
            && !["人口", "人数", "人次", "户", "亩", "辆", "次", "台", "套"].contains(where: t.contains)
    }

    /// A gap between an actual and its budget stated as a comparison without 比 (决算数大于预算数 55.93 万元, 支出小于
    /// 年初预算): a change from the budget, up for 大于 / 超过, down for 小于 / 低于.
    static func gapToBudget(_ t: String) -> (sign: Double, subjectLabel: String, baseText: String)? {
        guard let c = comparisonOfTwo(t), c.second.firstMatch(of: /^(?:年初|调整后|全年)?预算数?$/) != nil else { return nil }
        return (c.sign, String(c.first), "比" + String(c.second))
    }

    /// A label comparing two things by which is larger (决算数大于预算数, 本年总支出大于总收入, 支出小于年初预算): the words
    /// before the comparison, +1 for 大于 / 超过 / 超出 / 多于 and -1 for 小于 / 低于 / 少于, and the words after it.
    static func comparisonOfTwo(_ t: String) -> (first: Substring, sign: Double, second: Substring)? {
        // (The pattern only where its comparison word is: it is asked of most labels, and compiled where it is used.)
        let u = Array(t.unicodeScalars)
        guard u.indices.dropFirst().contains(where: { k in
            u[k] == "于" && "大小低多少".unicodeScalars.contains(u[k - 1]) || (u[k] == "过" || u[k] == "出") && u[k - 1] == "超" }),
              let m = t.firstMatch(of: /^(.*?)(大于|超过|超出|多于|小于|低于|少于)(.*)$/) else { return nil }
        return (m.1, ["小于", "低于", "少于"].contains(String(m.2)) ? -1 : 1, m.3)
    }

    /// A scoring rule that takes points off for each percentage point a rate falls short (按每低于 100% 一个百分点扣 0.2
    /// 分计算, 每降低 1 个百分点扣 0.5 分), the first such rule in `t`: the points per percentage point, and the rate (a
    /// percent) it counts down from: the one the rule names, else the one its full marks are earned at before it (≥95%得
    /// 10 分，每低 1 个百分点扣 0.5 分: 95), else 100. Nil when `t` states no such rule.
    static func deductionPerPoint(_ t: String) -> (points: Double, from: Double)? {
        guard t.contains("百分点"), let m = t.firstMatch(of: /每(?:低于|少于|降低|下降|减少|相差|差|低|少)\s*(?:(\d+(?:\.\d+)?)\s*%)?[^，。；,;]{0,12}?(?:一|1)\s*个?百分点[^，。；,;]{0,6}?扣减?\s*(\d+(?:\.\d+)?)\s*分/),
              let points = Double(m.2) else { return nil }
        if let named = m.1.flatMap({ Double($0) }) { return (points, named) }
        // (The rate of full marks, the last rate before the rule that earns points: 达到 95% 以上的，得满分; ≥95%得 10 分.
        // Not a rate scored with a pause, 执行率为 96%，得 9.6 分.)
        let s = Array(t[..<m.range.lowerBound].unicodeScalars)
        let full = s.indices.reversed().lazy.compactMap { k -> Double? in
            guard s[k] == "%", condition(s, after: k + 1) == .earnsPoints else { return nil }
            return count(s, endingAt: beforeSpaces(s, from: k), withDecimals: true)?.value
        }.first
        return (points, full ?? 100)
    }

    /// The names of two levels a label says one exceeds the other by the amount after it (本年总支出大于总收入, 收入小于
    /// 支出): the larger first. Not a gap to a budget (``gapToBudget(_:)``).
    static func gapBetween(_ t: String) -> (larger: String, smaller: String)? {
        guard let c = comparisonOfTwo(t) else { return nil }
        // (本年总支出 names the 总支出 stated before it.)
        func name(_ x: Substring) -> String {
            var n = cleanLabel(String(x))
            for p in ["本年度", "本年", "全年", "当年"] where n.hasPrefix(p) && n.count > p.count + 1 { n.removeFirst(p.count); break }
            return n
        }
        let first = name(c.first), second = name(c.second)
        guard first.count >= 2, second.count >= 2, !second.contains("预算"), (first + second).unicodeScalars.allSatisfy(\.isHan) else { return nil }
        return c.sign < 0 ? (second, first) : (first, second)
    }

    /// The end of `t` that holds its last `n` scalars of words (numbers not counted: 1,200,000.00 元 reaches no
    /// less far back than 120.00 万元).
    static func lastWords(of t: String, _ n: Int) -> String {
        let s = Array(t.unicodeScalars)
        var k = s.count, words = 0
        while k > 0 && words < n {
            k -= 1
            if !ReportText.inNumber(s, k) { words += 1 }
        }
        return s.string(k..<s.count)
    }

    /// The sign of a change word of one character (增, 减, 降), as `changeWords` gives it; nil for any other word.
    static func bareChangeSign(_ word: String) -> Double? {
        word.unicodeScalars.count == 1 ? changeWords.first { $0.0 == word }?.1 : nil
    }

    /// A bare 增, 减 or 降 ending the words before a number (一般公共预算财政拨款支出减 126.74 万元) after a clause that only
    /// compares (与 2023 年度相比，): a change, as 减少 there would be, of what the words before it name. (Not 新增 or
    /// 递增: a level or a rate of its own.)
    static func bareChangeAfterAComparison(_ stripped: String, sentenceBefore: String, clauseText: String) -> (sign: Double, subjectLabel: String, baseText: String)? {
        guard let last = stripped.last, let sign = bareChangeSign(String(last)),
              !["新增", "递增", "递减", "增减", "核减", "调减", "调增"].contains(where: stripped.hasSuffix),
              comparisonClause(ending: String(sentenceBefore.dropLast(clauseText.count))) != nil else { return nil }
        return (sign, String(stripped.dropLast()), "")
    }

    /// A clause that only compares (收入支出总体与上年相比, 与 2022 年度相比, 支出同比), ending `t` before the
    /// separator of the clause that states the change: its subject's label and its base words.
    static func comparisonClause(ending t: String) -> (subjectLabel: String, baseText: String)? {
        var scalars = Array(t.unicodeScalars)
        while let last = scalars.last, [" ", "，", ","].contains(last) { scalars.removeLast() }
        guard scalars.count < t.unicodeScalars.count else { return nil }
        let clause = String(scalars: scalars.split(omittingEmptySubsequences: false,
                                                                                 whereSeparator: { "，,；;。：:".unicodeScalars.contains($0) }).last ?? [])
        guard ["相比", "同比", "相较", "比较"].contains(where: clause.hasSuffix) else { return nil }
        var comparator: String.Index? = nil
        for c in ["同比", "相比", "比", "较", "与"] {
            if let r = clause.range(of: c), comparator == nil || r.lowerBound < comparator! { comparator = r.lowerBound }
        }
        guard let comparator else { return nil }
        return (String(clause[..<comparator]), String(clause[comparator...]))
    }

    /// The words that name the year's budget and nothing in it (预算, 预算数, 年初预算, 全年预算, 调整后预算数), as a pattern: what
    /// a comparison (比年初预算), a completion (占年初预算的) or the whole of a share would name.
    static let yearsBudget = #"(当年|全年|年初|年度|调整后|调整)?预算数?"#

    /// 较年初预算, 比预算数, 与调整后预算, 完成年初预算数 (X 万元的 y%), 完成调整预算: a comparison with the year's budget,
    /// stating it; its stage (年初: initial, 调整 / 调整后 / 全年: adjusted, else none). `.some(nil)` for a budget of no named stage,
    /// nil for no such comparison.
    static func budgetBase(_ t: String) -> String?? {
        // (预算安排 is the budget too: 比年初预算安排 3,920 万元减少 434 万元.)
        guard t.hasSuffix("预算") || t.hasSuffix("预算数") || t.hasSuffix("安排") || t.hasSuffix("的"),
              let r = t.range(of: "(较|比|与|完成)" + yearsBudget + "(安排)?的?$", options: .regularExpression),
              t[r].count == t.count else { return nil }
        return .some(t.contains("年初") ? "initial" : t.contains("全年") || t.contains("调整") ? "adjusted" : nil)
    }

    /// A change word alone after the base it is measured from, named earlier in the clause (较年初预算 15.00 万元节约
    /// 2.64 万元): the change, with the clause's comparison as its base.
    static func changeAfterBase(_ stripped: String, clauseText: String) -> (sign: Double, subjectLabel: String, baseText: String)? {
        guard let (word, _) = changeWords.first(where: { stripped.hasSuffix($0.0) }), stripped.count == word.count,
              let change = changeCue(strippingFillers(clauseText)), !change.baseText.isEmpty else { return nil }
        return (change.sign, "", change.baseText)
    }

    /// Of `levels`, the one whose label ends as the part's label does, with its word for a whole (总额, 合计, 总计) and
    /// at least three characters, and by more than any other's (行政单位资产总额 of 全县行政事业性国有资产总额, not of 负债总额
    /// or 净资产; not 公务接待费支出 of “三公”经费支出, which shares no word for a whole).
    static func levelNamedByItsEnding(_ part: String, among levels: [Int], _ statements: [Statement]) -> Int? {
        func shared(_ label: String) -> Int {
            let n = zip(part.unicodeScalars.reversed(), label.unicodeScalars.reversed()).prefix { $0 == $1 }.count
            return part.unicodeScalars.suffix(n).contains("总") || part.hasSuffix("合计") ? n : 0
        }
        let ranked = levels.map { (level: $0, shared: shared(statements[$0].label)) }.sorted { $0.shared > $1.shared }
        guard let best = ranked.first, best.shared >= 3, best.shared < part.unicodeScalars.count,
              ranked.dropFirst().first.map({ $0.shared < best.shared }) ?? true else { return nil }
        return best.level
    }

    /// The words after the money a label names by the title's own words for it (财政奖补资金实际支出 under a title on
    /// 一事一议财政奖补资金: 实际支出; 财政奖补资金: empty); nil when the label names no money (…资金) the title names, by a
    /// name of four characters or more that is no level of government alone (中央财政资金 is a source).
    static func wordsAfterTheFunds(_ label: String, namedIn title: String) -> String? {
        let label = withoutYears(label)
        guard !title.isEmpty, let funds = label.range(of: "资金") else { return nil }
        var name = String(label[..<funds.lowerBound]), rest = String(label[funds.upperBound...])
        // (A budget's word between the name and its money, 耕地地力保护补贴预算资金, says what the rest would: 预算.)
        if !title.contains(name), name.hasSuffix("预算") { name.removeLast(2); rest = "预算" + rest }
        guard name.count >= 4, !namesLevelOfGovernment(name) || name.count >= 6, title.contains(name) else { return nil }
        return rest
    }

    /// A sentence that classifies the previous total: 从收入来源看, 按支出性质分, 按经济分类, 分企业类型看.
    static func isClassification(_ t: String) -> Bool {
        let s = Array(t.trimmingSpaces().unicodeScalars)
        guard let first = s.first else { return false }
        if first == "从" { return s.prefix(12).dropFirst(2).contains("看") }
        if first == "按" { return s.prefix(14).dropFirst(2).contains("分") }
        // (Not 分别, which distributes amounts over items named before.)
        if first == "分", s.count > 2, s[1] != "别" { return s.prefix(10).dropFirst(2).contains("看") }
        return false
    }

    /// A comparison without a change word, stating the base year's level (较上年度 8,000 万元, 比 2022 年).
    /// Whether `named` is a shortened name of `label` (一般公共预算财政拨款 of 一般公共预算财政拨款支出, 会议费 of 会议费支出),
    /// not of an average over it (人均会议费, 车均运行维护费: another quantity, in another unit of account).
    static func label(_ label: String, shortenedTo named: String) -> Bool {
        guard label.count > named.count else { return false }
        if label.hasPrefix(named) { return true }
        return label.hasSuffix(named) && !namesAverage(String(label.dropLast(named.count)))
    }

    /// Whether a breakdown by where the money comes from follows an amount: the levels of government (…万元，其中：中央
    /// 资金 …; ，其中中央补助 …; （其中省级配套 …）) or, after a project's funds (`ofAProject`), the sources of a
    /// self-evaluation form's 年度资金总额 (其中：本年财政拨款 …，上年结转资金 …). (Not after other money: 结余资金 A，其中：
    /// 财政拨款结余 … is the balance by its sources, no budget.)
    static func sourcesFollow(_ s: [Unicode.Scalar], after end: Int, ofAProject: Bool = false) -> Bool {
        var k = end
        while k < s.count, k - end < 8, !(s[k] == "其" && k + 1 < s.count && s[k + 1] == "中") {
            guard !"。；;".unicodeScalars.contains(s[k]), !isDigit(s[k]) else { return false }
            k += 1
        }
        guard k + 1 < s.count, s[k] == "其" else { return false }
        k += 2
        while k < s.count, "：:，, ".unicodeScalars.contains(s[k]) { k += 1 }
        // (Past the first item's number: 其中：①中央资金 ….)
        if let item = enumerationEnd(s, from: k) { k = item }
        let opening = s.string(k..<min(s.count, k + 6))
        return namesLevelOfGovernment(opening) || ofAProject && ["财政拨款", "本年财政拨款", "当年财政拨款", "上年结转"].contains(where: opening.hasPrefix)
    }

    /// Whether words open with a level of government the money comes from (中央补助资金, 省级资金, 县财政配套).
    static func namesLevelOfGovernment(_ words: String) -> Bool { levelOfGovernment(words) != nil }

    /// The level of government words open with (中央; 省 for 省级 and 省财政, and so 市, 县, 区; 地方, 上级, 本级), nil for none.
    static func levelOfGovernment(_ words: String) -> String? {
        levelsOfGovernment.first { words.hasPrefix($0.words) }?.level
    }

    /// The words that open money of a level of government, and the level they name.
    static let levelsOfGovernment: [(words: String, level: String)] = [
        ("中央", "中央"), ("省级", "省"), ("省财政", "省"), ("市级", "市"), ("市财政", "市"), ("县级", "县"), ("县财政", "县"),
        ("区级", "区"), ("区财政", "区"), ("地方", "地方"), ("上级", "上级"), ("本级", "本级"),
    ]

    /// Whether a label names an average per unit (人均会议费, 生均公用经费, 车均运行维护费, 平均每人): a quantity of
    /// its own, no part or whole of the amounts it is worked out from.
    static func namesAverage(_ label: String) -> Bool {
        label.unicodeScalars.contains("均") && ["人均", "生均", "车均", "户均", "批均", "次均", "件均", "亩均", "平均"].contains(where: label.contains)
    }

    /// The levels a list of names before a list of `count` shares names in order (货物、工程、服务采购合同金额分别占…的 x%、
    /// y%、z% after 政府采购货物支出 A、…工程支出 B、…服务支出 C): for each name, the nearest amount before `p` (400 scalars)
    /// whose label holds it; the last name only as long as the others where they are all as long, its rest the head noun
    /// they share (服务采购合同金额: 服务). Nil unless the names are as many as the shares and name distinct levels.
    static func levelsListed(_ label: String, count: Int, in statements: [Statement], doc: ReportText, before p: Int,
                             abbreviations: [String: String]) -> [Int]? {
        guard count > 1, var names = listedLabels(cleanLabel(label), abbreviations: abbreviations), names.count == count else { return nil }
        let heads = names.dropLast().map(\.count)
        if let n = heads.first, heads.allSatisfy({ $0 == n }), names[count - 1].count > n { names[count - 1] = String(names[count - 1].prefix(n)) }
        let near = doc.nearest(statements, before: p, within: 400).filter { statements[$0].role == .level && statements[$0].unit != "%" }
        let found = names.compactMap { name in near.first { statements[$0].label.contains(name) } }
        return found.count == count && Set(found).count == count ? found : nil
    }

    /// The latest level stated under `name` (its label, or a longer label the name shortens: 总支出 for 本年总支出) within
    /// `window` words before `p`, in `unit` (any but percent when nil) and meeting `condition`: the level a clause
    /// names again by its label.
    static func levelNamed(_ name: String, in statements: [Statement], doc: ReportText, before p: Int, within window: Int, unit: String?,
                           where condition: (Statement) -> Bool = { _ in true }) -> Int? {
        doc.nearest(statements, before: p, within: window).first {
            let level = statements[$0]
            return level.role == .level && (unit.map { level.unit == $0 } ?? (level.unit != "%"))
                && (level.label == name || label(level.label, shortenedTo: name)) && condition(level)
        }
    }

    /// The year (nil for last year) and the name of a level a clause opens to compare with (与 2023 年度总收入, 与上年
    /// 支出合计), before its amount and 相比.
    static func comparedLevel(_ text: String) -> (year: Int?, name: String)? {
        guard text.hasPrefix("与"), let m = text.firstMatch(of: /^与\s*(?:((?:19|20)\d{2})\s*年度?|上一?年度?|去年)(?:的)?(.+)$/) else { return nil }
        let name = cleanLabel(String(m.2))
        guard name.count >= 2, name.unicodeScalars.allSatisfy(\.isHan) else { return nil }
        return (m.1.flatMap { Int($0) }, name)
    }

    /// The earlier year a note names alone (2023 年：, 2023 年度为, 上年数, 去年同期) for a value of the year `year`;
    /// nil for any other words or a year not before it.
    static func yearNoted(_ text: String, after year: Int) -> Int? {
        // (The regex only where it can match: a regex literal is compiled where it is used.)
        guard text.unicodeScalars.count <= 12, text.unicodeScalars.contains("年"), let m = text.firstMatch(of: /^(?:((?:19|20)\d{2})\s*年度?|上一?年度?|去年)(?:同期)?(?:决算数|预算数|执行数|数)?\s*[：:为]?$/) else { return nil }
        let named = m.1.flatMap { Int($0) } ?? year - 1
        return named < year ? named : nil
    }

    static func isBaseComparison(_ text: String) -> Bool {
        // 较 2024 年的 2190 万元: the level compared with, named with 的.
        var t = text.hasSuffix("的") ? String(text.dropLast()) : text
        // 比上年决算数 1,702.10 万元: the base's measure may follow the year, in words of its stage and measure (比 2024 年
        // 预算执行数, 比 2024 年年初预算).
        for _ in 0..<3 {
            guard let m = ["决算数", "预算数", "执行数", "支出数", "决算", "预算", "支出", "执行", "年初", "全年", "调整后"].first(where: {
                t.hasSuffix($0) && t.count > $0.count
            }) else { break }
            t.removeLast(m.count)
        }
        for c in ["较上年度", "较上年", "比上年度", "比上年", "上年度为", "上年为", "上年度", "上年", "较去年", "比去年", "去年为", "去年", "上一年度", "上一年"]
            where t.hasSuffix(c) { return true }
        var s = Array(t.unicodeScalars)
        if s.last == "度" { s.removeLast() }
        guard s.last == "年" else { return false }
        s.removeLast()
        if s.last == " " { s.removeLast() }
        guard s.count >= 5, s.suffix(4).allSatisfy(isDigit), let c = s.dropLast(4).last else { return false }
        return c == "比" || c == "较"
    }


    /// An item's budget adjusted within the year by the amount after it (教育支出调增, 农林水支出调减): the item and the
    /// direction; nil unless the words before 调增 / 调减 name an item of money.
    static func itemAdjustment(_ t: String) -> (item: String, sign: Double)? {
        guard let word = ["调增", "调减"].first(where: t.hasSuffix), let sign = adjustmentSign(of: word) else { return nil }
        let item = cleanLabel(String(t.dropLast(word.count)))
        guard item.count >= 2, item.unicodeScalars.allSatisfy(\.isHan), ["支出", "收入", "费", "资金", "经费"].contains(where: item.hasSuffix) else { return nil }
        return (item, sign)
    }

    /// Whether the scalars before `p` are inside a parenthesis that opens a 含 note (what the amount before it
    /// includes), looked for back to the nearest parenthesis within 80 scalars, not past a sentence's end.
    static func insideAnInclusionNote(_ s: [Unicode.Scalar], before p: Int) -> Bool {
        guard let open = openParenthesis(s, before: p, within: 80, stoppingAt: "。"), open + 1 < s.count else { return false }
        return s[open + 1] == "含"
    }

    /// The parenthesis still open at `p`: the nearest parenthesis within `n` scalars before it, when that one opens
    /// (not past any of `stops`); nil when the nearest closes, or none stands there.
    static func openParenthesis(_ s: [Unicode.Scalar], before p: Int, within n: Int, stoppingAt stops: String = "") -> Int? {
        let marks = "（()）".unicodeScalars
        guard let k = (max(0, p - n)..<p).last(where: { marks.contains(s[$0]) || stops.unicodeScalars.contains(s[$0]) }),
              s[k] == "（" || s[k] == "(" else { return nil }
        return k
    }

    /// The item whose level after the year's adjustment the amount after these words is (收入总量调整为, 支出总量相应调整为;
    /// "" for 调整为 or 调整后为 alone, the item just stated, and "预算" for the budget named bare, the budget just stated);
    /// nil for any other words.
    static func adjustedItem(_ t: String) -> String? {
        guard let word = ["调整后为", "调整为", "调整至", "调整到", "调增至", "调增为", "调增到", "调减至", "调减为", "调减到"].first(where: t.hasSuffix)
        else { return nil }
        var item = cleanLabel(String(t.dropLast(word.count)))
        for filler in ["相应", "同步", "也", "均"] where item.hasSuffix(filler) { item.removeLast(filler.count) }
        // (When it was adjusted is no item: 年初预算 A，年中调减至 B adjusts the item just stated.)
        for time in ["年中", "年内", "年底", "年末", "期间"] where item.hasSuffix(time) { item.removeLast(time.count); break }
        // (Nor before the budget named bare: 年初预算 A，年中预算调减至 B adjusts the budget just stated, `预算`.)
        for time in ["年中", "年内", "年底", "年末"] where item.hasPrefix(time) { item.removeFirst(time.count); break }
        if item == "预算数" { item = "预算" }
        guard item.isEmpty || item.count >= 2 && item.unicodeScalars.allSatisfy(\.isHan) else { return nil }
        return item
    }

    /// Whether the words from an increase to the 其中 that lists it (…34,000 万元，全部为新增专项债券，其中：) say the money is
    /// new (新增).
    static func namesNewMoney(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to, let mark = (from..<(to - 1)).last(where: { s[$0] == "其" && s[$0 + 1] == "中" }) else { return false }
        return s.string(from..<mark).contains("新增")
    }

    /// Whether a label names the year's balance of revenue less spending (当年结余, 当期结余, 本年收支结余, 收支差额), not funds left
    /// unspent (结余资金) nor a balance carried over the years (年末滚存结余).
    static func namesYearsBalance(_ label: String) -> Bool {
        var name = label
        for prefix in ["本年度", "本年", "当年", "年度", "当期", "本期"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count); break }
        return ["结余", "收支结余", "收支差额", "收支缺口"].contains(name)
    }

    /// Whether a share's percent follows an amount right after it (…51.97 亿元的 74.31%, 的比重为 74.31%).
    static func shareFollows(_ s: [Unicode.Scalar], after end: Int) -> Bool {
        var k = afterSpaces(s, from: end)
        guard k < s.count, s[k] == "的" else { return false }
        k += 1
        for word in ["比重", "比例"] where matches(s, k, word) { k += 2; break }
        k = afterCopula(s, from: k)
        guard let n = plainNumber(s, at: k) else { return false }
        let e = afterSpaces(s, from: n.end)
        return e < s.count && (s[e] == "%" || s[e] == "％")
    }

    /// 占 ... 的 x%: the share's own subject label (before 占) and the parent as named ("" for 占比).
    static func shareParent(_ t: String) -> (subjectLabel: String, parent: String)? {
        guard let r = t.range(of: "占", options: .backwards) else {
            // (A ratio of an act on the item's own budget, 预算执行比例 90.13%, 支付比例, is its rate, no share of a whole.)
            if t.hasSuffix("比例"), ["执行", "完成", "支付", "拨付", "到位", "兑付"].contains(where: t.dropLast(2).hasSuffix) { return nil }
            // (Nor is a rate of change, 增长比例为 5.2%: a change.)
            if changeWords.contains(where: { $0.0.hasSuffix("比例") && t.hasSuffix($0.0) }) { return nil }
            return t.hasSuffix("比重") || t.hasSuffix("比例") ? (String(t.dropLast(2)), "") : nil
        }
        var parent = String(t[r.upperBound...])
        for suffix in ["比重", "比例", "的"] where parent.hasSuffix(suffix) { parent.removeLast(suffix.count) }
        // (A whole named by no name of its own, 占总额的, 占总数的, 占全部的, is the whole a bare 占 is of: not any total
        // whose name ends so, 政府采购支出总额.)
        if parent == "比" || genericWholes.contains(parent) { parent = "" }
        return (String(t[..<r.lowerBound]), parent)
    }

    /// How many items a label names taken together, by their count (两项合计, 以上三项, 二者合计): 2 to 9; nil for any
    /// other label.
    static func itemsTogether(_ label: String) -> Int? {
        let numerals: [Character: Int] = ["二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var t = Substring(label)
        for prefix in ["以上", "上述", "前述", "这", "此"] where t.hasPrefix(prefix) { t = t.dropFirst(prefix.count) }
        guard let first = t.first, let n = numerals[first] ?? first.wholeNumberValue, n >= 2 else { return nil }
        t = t.dropFirst()
        guard let noun = ["项", "者", "类", "部分"].first(where: t.hasPrefix) else { return nil }
        t = t.dropFirst(noun.count)
        for suffix in ["合计", "共计", "之和", "总计", "加总", "共", "合"] where t.hasPrefix(suffix) { t = t.dropFirst(suffix.count); break }
        return t.isEmpty ? n : nil
    }

    /// Words that name a whole by no name of its own (总额, 总数, 全部): a share of one is of the whole its list has.
    static let genericWholes: Set<String> = ["总额", "总数", "总量", "全部", "合计", "总计", "整体", "总体"]

    /// 收、支总计 -> [收入总计, 支出总计]; 公务接待费、公务用车费 -> the two as written; nil when the label lists nothing.
    static func listedLabels(_ t: String, abbreviations: [String: String]) -> [String]? {
        var label = cleanLabel(t)
        // 收、支总计各 (是 A、B): 各 says the list's items each have an amount.
        for suffix in ["各", "均", "都"] where label.hasSuffix(suffix) { label.removeLast() }
        // (The verb after 分别 is the list's, no part of its last name: 一般公共预算收入、政府性基金收入分别完成 A、B.)
        if let r = label.range(of: "分别"), label[..<r.lowerBound].count >= 2 { label = String(label[..<r.lowerBound]) }
        var parts = label.split(separator: "、").map(String.init)
        // (Two items joined by 和, 基本支出和项目支出分别为 A 和 B, 行政人员和事业人员: each a whole name, an item of money or
        // two of one noun (the same last two characters), not one with 和 inside it, 社会保障和就业支出.)
        if parts.count == 1, let and = label.firstRange(of: "和"), case let left = String(label[..<and.lowerBound]),
           case let right = String(label[and.upperBound...]), !right.contains("和"), left.count >= 3, right.count >= 3,
           [left, right].allSatisfy({ side in ["支出", "收入", "费", "资金"].contains(where: side.hasSuffix) })
            || left.suffix(2) == right.suffix(2) && left.suffix(2).unicodeScalars.allSatisfy(\.isHan) {
            parts = [left, right]
        }
        // (The last two of a list joined by 和, 及 or 与, with the head noun the items share written once at its end:
        // 货物类、工程类和服务类采购金额 -> 货物类采购金额, 工程类采购金额, 服务类采购金额. Only when the items before
        // end alike (类, 级, 费) and the side before 和 ends so too, the noun what follows that ending in the last item;
        // or when they are all as long, one of the nouns so shared, what follows as many characters in it (行政、事业和
        // 工勤人员). So 卫生健康支出、社会保障和就业支出 is two items, one with 和 inside it; a 及 inside the last name
        // after 和 is its own, 公务用车购置及运行费.)
        if parts.count >= 2, let lastPart = parts.last, let word = ["和", "及", "与"].first(where: lastPart.contains),
           let and = lastPart.firstIndex(of: word.first!),
           case let left = String(lastPart[..<and]), case let right = String(lastPart[lastPart.index(after: and)...]),
           left.count >= 2, right.count >= 2, !right.contains("和") {
            let heads = Array(parts.dropLast()) + [left]
            var noun: String? = nil
            if let ending = heads[0].last, heads.allSatisfy({ $0.count >= 2 && $0.last == ending }) {
                noun = right.firstIndex(of: ending).map { String(right[right.index(after: $0)...]) } ?? ""
            } else if heads.allSatisfy({ $0.count == left.count }), right.count >= left.count + 2,
                      case let rest = String(right.dropFirst(left.count)), Self.sharedHeadNouns.contains(rest) {
                noun = rest
            }
            if let noun { parts = heads.map { noun.count >= 2 ? $0 + noun : $0 } + [right] }
        }
        guard parts.count >= 2, let last = parts.last else { return nil }
        // The shared suffix is what follows the last item's first character(s): 支总计 -> 支 + 总计.
        let heads = parts.dropLast().map { head -> String in
            for (short, long) in abbreviations where head.hasSuffix(short) { return String(head.dropLast(short.count)) + long }
            return head
        }
        // (Whole words before the last, 收入、支出预算总计: the suffix follows the last item's whole word.)
        let wholeWords = Set(abbreviations.values)
        if heads.allSatisfy({ wholeWords.contains(withoutYears($0)) }), let long = wholeWords.first(where: { last.hasPrefix($0) && last.count > $0.count }) {
            let suffix = String(last.dropFirst(long.count))
            return heads.map { $0 + suffix } + [last]
        }
        for (short, long) in abbreviations where last.hasPrefix(short) {
            // (The last item may be written whole, 本年收入、支出: what follows its whole word, not its abbreviation.)
            // (Nor twice where each item has it: 收入总计、支出总计.)
            let suffix = String(last.dropFirst(last.hasPrefix(long) ? long.count : short.count))
            return heads.map { $0.hasSuffix(suffix) ? $0 : $0 + suffix } + [long + suffix]
        }
        // Full names (因公出国（境）费、公务接待费、公务用车购置及运行维护费分别为 …): each item as written.
        let names = parts.map { $0.trimmingSpaces() }
        return names.allSatisfy({ $0.count >= 2 }) ? names : nil
    }

    /// Nouns a list of items as long as each other may write once after its last item (行政、事业和工勤人员; 中央、省级和
    /// 县级资金): only these, so that 教育、科技和文化旅游支出 keeps its last item whole.
    static let sharedHeadNouns: Set<String> = ["人员", "编制", "资金", "经费", "支出", "收入", "指标", "项目", "金额", "用车", "补助", "预算"]

    /// Without a leading enumeration: 1. 2、 (3) （四） 五、
    static func withoutEnumeration(_ t: String) -> String {
        let s = t.scalars
        return enumerationEnd(s, from: 0).map { s.string($0..<s.count) } ?? t
    }

    /// Where an enumeration starting at `start` (1. 2、 (3) （四） 五、 ① ⑵ ⒊ 一是) ends, past its mark; nil when none starts there.
    static func enumerationEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        let numerals = Set("0123456789一二三四五六七八九十".unicodeScalars)
        var k = start
        // (A number in one character: circled ①-⑳, in parentheses ⑴-⒇, with a full stop ⒈-⒛, and ❶-❿.)
        if start < s.count, (0x2460...0x249B).contains(s[start].value) || (0x2776...0x277F).contains(s[start].value) {
            return start + 1 < s.count && (s[start + 1] == "、" || s[start + 1] == ".") ? start + 2 : start + 1
        }
        if start < s.count, s[start] == "（" || s[start] == "(" {
            k = start + 1
            while k < s.count && k - start <= 3 && numerals.contains(s[k]) { k += 1 }
            return k - start > 1 && k < s.count && (s[k] == "）" || s[k] == ")") ? k + 1 : nil
        }
        while k < s.count && k - start < 3 && numerals.contains(s[k]) { k += 1 }
        // (Or a Chinese numeral and 是 opening an item: 一是中央资金 A，二是省级资金 B.)
        if k > start, k < s.count, s[k] == "是", !isDigit(s[k - 1]) { return k + 1 }
        return k > start && k < s.count && (s[k] == "、" || s[k] == "." || s[k] == "．") ? k + 1 : nil
    }

    /// The label without leading connectives, punctuation and years, and without trailing fillers.
    static func cleanLabel(_ t: String) -> String {
        var s = t.trimmingSpaces()
        s = withoutNotes(s)
        s = withoutEnumeration(s)
        for prefix in ["其中", "包括", "即", "分别", "从", "按", "另外", "此外", "同时"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        // (What money went on is named after its 用于: 用于人员支出 A 万元，用于公用支出 B 万元.)
        if s.hasPrefix("用于"), s.count >= 4 { s.removeFirst(2) }
        // (Nor is the year's end it is counted to, 截至 12 月 31 日实际支出: its year is kept.)
        if let end = yearEndOpening(Substring(s)), s[end.rest...].count >= 2 { s = (end.year.map(String.init) ?? "") + s[end.rest...] }
        // 项目支出包括委员活动经费 36.3 万元: the item is what 包括 lists, not the total it names.
        if s.unicodeScalars.contains("包"), let r = s.range(of: "包括", options: .backwards), s[r.upperBound...].count >= 2 { s = String(s[r.upperBound...]) }
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: "，,；;：:、/ "))
        // A balance's 加 or 加上 (plus) before an item is no part of its name: 加上级补助收入, 加上解上级支出, 加上年结转, but
        // 加上年初结转和结余, 加上调入资金.
        if s.hasPrefix("加上"), s.count >= 5 {
            let after = s.dropFirst(2)
            s.removeFirst(after.hasPrefix("级") || after.hasPrefix("解") || after.hasPrefix("年") && !after.hasPrefix("年初") ? 1 : 2)
        }
        return strippingFillers(s)
    }

    /// Notes in parentheses that qualify an amount ((含上年结转), (不含...), (其中...)) and units ((万元)) are not part
    /// of what a label names; a definition ((以下简称“三公”经费), (即...)) is.
    static func withoutNotes(_ t: String) -> String {
        let s = t.scalars
        var out: [Unicode.Scalar] = [], k = 0
        while k < s.count {
            if s[k] == "（" || s[k] == "(" {
                let inner = s.string((k + 1)..<min(s.count, k + 3))
                // (So is a unit in parentheses, 年初预算数（万元）: it says how the number is written.)
                if k + 2 < s.count, "万元亿%％分人".unicodeScalars.contains(s[k + 1]),
                   let close = s[(k + 1)...].prefix(4).firstIndex(where: { $0 == "）" || $0 == ")" }),
                   ["万元", "元", "亿元", "%", "％", "分", "人"].contains(s.string((k + 1)..<close)) {
                    k = close + 1
                    continue
                }
                if ["含", "不含", "其中", "包括"].contains(where: { inner.hasPrefix($0) }),
                   let close = s[(k + 1)...].firstIndex(where: { $0 == "）" || $0 == ")" || $0 == "（" || $0 == "(" }), s[close] == "）" || s[close] == ")" {
                    k = close + 1
                    continue
                }
                // (So is another year's figure in parentheses, （2023年：2,494.85 万元）: its year is the figure's, not
                // what follows the parenthesis.)
                if let afterYear = yearEnd(s, at: k + 1),
                   let close = s[(k + 1)...].prefix(40).firstIndex(where: { $0 == "）" || $0 == ")" || $0 == "（" || $0 == "(" }),
                   s[close] == "）" || s[close] == ")", s[afterYear..<close].contains(where: isDigit) {
                    k = close + 1
                    continue
                }
            }
            out.append(s[k])
            k += 1
        }
        return out.string
    }

    /// The text without the reasons given in it before its last clause (较上年下降 21%，主要是 2016 年开展公车改革，…):
    /// a year named in a reason is the reason's, not the year of the amounts after it. A reason runs from its word
    /// (原因是, 主要是) to the end of its clause; one still open at the text's end is the clause being read, and stays.
    static func withoutReasons(_ t: String) -> String {
        let s = t.scalars
        var out: [Unicode.Scalar] = [], k = 0
        while k < s.count {
            if s[k] == "原" || s[k] == "主", let cue = reasonCues.first(where: { s.string(k..<min(s.count, k + $0.unicodeScalars.count)) == $0 }),
               let end = s[(k + cue.unicodeScalars.count)...].firstIndex(where: { "，,；;。".unicodeScalars.contains($0) }) {
                k = end
                continue
            }
            out.append(s[k])
            k += 1
        }
        return out.string
    }

    /// The words a reason starts with.
    static let reasonCues = ["原因是", "原因为", "原因：", "原因:", "主要是"]

    /// The last year a sentence names before an amount, outside its notes (含 2023 年转列项目) and its reasons (主要是
    /// 2016 年开展公车改革): the year the amount is of when its label names none.
    static func yearNamed(in sentenceBefore: String) -> Int? {
        lastYear(in: Substring(withoutReasons(withoutNotes(sentenceBefore))))
    }

    /// The text without its years (2023 年, 2023年度, 2023 年末), trimmed of punctuation.
    static func withoutYears(_ t: String) -> String {
        let s = t.scalars
        var out: [Unicode.Scalar] = [], k = 0
        while k < s.count {
            if let end = yearEnd(s, at: k) {
                k = end
                if k < s.count, s[k] == "度" || s[k] == "末" || s[k] == "初" { k += 1 }
                continue
            }
            // (本年度 names the report's year as 2023 年度 does; 本年 alone is part of a name, 本年支出合计.)
            if k + 3 <= s.count, s[k] == "本", s[k + 1] == "年", s[k + 2] == "度" {
                k += 3
                continue
            }
            out.append(s[k])
            k += 1
        }
        return out.string.trimmingCharacters(in: CharacterSet(charactersIn: "，,；;：:、 "))
    }

    /// Where a year expression starting at `k` ends (after 年): 19xx or 20xx, an optional space, 年.
    static func yearEnd(_ s: [Unicode.Scalar], at k: Int) -> Int? {
        guard k + 5 <= s.count, (k == 0 || !isDigit(s[k - 1])), (s[k] == "1" && s[k + 1] == "9") || (s[k] == "2" && s[k + 1] == "0"),
              isDigit(s[k + 2]), isDigit(s[k + 3]) else { return nil }
        var e = k + 4
        if e < s.count, s[e] == " " { e += 1 }
        guard e < s.count, s[e] == "年" else { return nil }
        return e + 1
    }

    /// The last calendar year named in a text (2023 年, 2023年度), skipping the base of a comparison (比 2022 年)
    /// unless the text is that comparison.
    static func lastYear(in t: Substring, skippingBases: Bool = true) -> Int? {
        years(in: t, skippingBases: skippingBases).last
    }

    /// The first year a text names that is no comparison's base (the year of a report whose title names none).
    static func firstYear(in t: Substring) -> Int? { years(in: t, skippingBases: true).first }

    /// The years a text names, in order (比 2022 年, 较 2022 年 and 与 2022 年 left out when `skippingBases`).
    static func years(in t: Substring, skippingBases: Bool) -> [Int] {
        let s = Array(t.unicodeScalars)
        var found: [Int] = []
        for k in s.indices where yearEnd(s, at: k) != nil {
            if skippingBases, k > 0, s[k - 1] == "比" || s[k - 1] == "较" || s[k - 1] == "与" { continue }
            if let year = Int(s.string(k..<(k + 4))) { found.append(year) }
        }
        return found
    }

    // MARK: Segmentation and numbers

    /// Sentences: up to 。！？ or a heading start.
    func sentences(_ doc: ReportText) -> [Range<Int>] {
        let s = doc.scalars
        var out: [Range<Int>] = []
        var start = 0
        let cuts = Set(doc.headingStarts + doc.headingEnds)
        for k in s.indices {
            if cuts.contains(k) {
                if k > start { out.append(start..<k) }
                start = k
            }
            if s[k] == "。" || s[k] == "！" || s[k] == "？" {
                out.append(start..<(k + 1))
                start = k + 1
            }
        }
        if start < s.count { out.append(start..<s.count) }
        return out
    }

    /// The start of the clause holding position p: after the last ，；：(or an ASCII comma that is no thousands
    /// separator) at or after `floor`.
    func clauseStart(_ s: [Unicode.Scalar], before p: Int, floor: Int) -> Int {
        var k = p - 1
        while k >= floor {
            let c = s[k]
            // (A colon right before the number is a field's, 年初预算数（万元）：356.80: its label is before it; not
            // after a list's opener, 其中：30 万元用于….)
            // (Nor is one before a formula worked out to the number, 得分：10×95%=9.5 分: the label is before it.)
            if c == "：" || c == ":", s[(k + 1)..<p].contains(where: { $0 != " " }) && !Self.isWorkedFormula(s[(k + 1)..<p])
                || ["其中", "包括", "如下", "分别为", "主要有"].contains(where: { w in k >= w.unicodeScalars.count && s.string((k - w.unicodeScalars.count)..<k) == w }) {
                return k + 1
            }
            if c == "，" || c == "；" || c == ";" { return k + 1 }
            if c == ",", !(k > 0 && Self.isDigit(s[k - 1]) && k + 1 < s.count && Self.isDigit(s[k + 1])) { return k + 1 }
            if Self.isDigit(c), Self.endsACell(s, at: k, floor: floor) { return k + 1 }
            k -= 1
        }
        return floor
    }

    /// Where a formula worked out inline that ends at `end` with its = (10×96.5%=, 1,298.60/1,352.40×100%=) starts: back
    /// over digits and formula signs no further than `floor`; nil when what stands there is no worked formula.
    static func workedFormula(_ s: [Unicode.Scalar], endingAt end: Int, floor: Int) -> Int? {
        var start = end
        while start > floor, isDigit(s[start - 1]) || formulaSigns.contains(s[start - 1]) { start -= 1 }
        return start < end && isWorkedFormula(s[start..<end]) ? start : nil
    }

    /// Whether the words are a formula worked out to a result that follows them (10×95%=, 1,298.60/1,352.40×100%=):
    /// numbers, an operator and an equals sign at the end, nothing else.
    static func isWorkedFormula(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { "×*/÷".unicodeScalars.contains($0) } && (words.last == "=" || words.last == "＝")
            && words.allSatisfy { isDigit($0) || formulaSigns.contains($0) }
    }

    /// What besides digits a formula worked out inline is written with.
    static let formulaSigns = Set("×*/÷.,%％=＝ ".unicodeScalars)

    /// The signs of a product worked out inline (10×95%, 10*95%).
    static let multiplicationSigns = Set("×*".unicodeScalars)

    /// Whether the digit at `k` ends a number that follows another across a space, with neither a unit nor 年 after
    /// it: a cell of a table flattened into one line (其中:本年财政拨款 90 89.974 89.974 上年结转资金 … 本项目共申请预算资金
    /// 90 万元), which no label reaches across. (Normalising keeps a space only between numbers and latin text: 2022 年
    /// and 90 万元 are no such cells.)
    static func endsACell(_ s: [Unicode.Scalar], at k: Int, floor: Int) -> Bool {
        guard k + 1 < s.count, !isDigit(s[k + 1]), s[k + 1] != ".", s[k + 1] != "," else { return false }
        var j = k
        while j > floor, isDigit(s[j - 1]) || s[j - 1] == "." || s[j - 1] == "," || s[j - 1] == "-" { j -= 1 }
        guard j - 1 > floor, s[j - 1] == " ", isDigit(s[j - 2]) else { return false }
        var n = k + 1
        while n < s.count, s[n] == " " { n += 1 }
        return n < s.count && !"年月日号%％万亿元人个分次项件家期（(".unicodeScalars.contains(s[n])
    }

    static let units: [(String, Double, String)] = [
        ("亿元", 10_000, "万元"), ("万元", 1, "万元"), ("元", 0.0001, "万元"), ("%", 1, "%"), ("个百分点", 1, "skip"),
        ("人次", 1, "skip"), ("人", 1, "人"), ("户", 1, "户"), ("分", 1, "分"), ("万", 1, "skip"), ("件", 1, "skip"), ("个", 1, "count"),
        ("项", 1, "count"), ("次", 1, "skip"), ("期", 1, "skip"), ("家", 1, "skip"), ("年", 1, "skip"), ("月", 1, "skip"), ("日", 1, "skip"),
    ]

    /// The numbers with a unit in a sentence.
    func amounts(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Amount] {
        var out: [Amount] = []
        // Bare numbers joined by 、 or a comma to the next number (4125.49、4143.91 万元; 1267.86,2570.97 万元): they
        // take the unit of the list's last number, if the list reaches one without a break.
        var pending: [NumberInText] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard Self.isDigit(s[i]), i == 0 || !(Self.isDigit(s[i - 1]) || s[i - 1] == "." || (s[i - 1].isASCII && s[i - 1].properties.isAlphabetic)) else {
                i += 1
                continue
            }
            var j = i, digits = ""
            while j < range.upperBound && (Self.isDigit(s[j]) || (s[j] == "," && j + 3 < s.count && (1...3).allSatisfy { Self.isDigit(s[j + $0]) }
                                                                && (j + 4 >= s.count || !Self.isDigit(s[j + 4])))) {
                if s[j] != "," { digits.unicodeScalars.append(s[j]) }
                j += 1
            }
            var decimals = 0
            if j + 1 < range.upperBound && s[j] == "." && Self.isDigit(s[j + 1]) {
                digits += "."
                j += 1
                while j < range.upperBound && Self.isDigit(s[j]) { digits.unicodeScalars.append(s[j]); j += 1; decimals += 1 }
            }
            let start = i
            i = max(j, i + 1)
            guard digits.count <= 24, var value = Double(digits), value.isFinite else { continue }
            var k = j
            while k < range.upperBound && s[k] == " " { k += 1 }
            var unitFound = Self.units.first(where: { Self.matches(s, k, $0.0) })
            var end = k + (unitFound?.0.unicodeScalars.count ?? 0)
            // 0.00 万, (万元 cut short): an amount followed by 万 and a clause's end is in 万元 when it has decimals or
            // its clause names money (收入总计 534,070 万，), not people or things (人口 52 万，).
            if unitFound?.0 == "万", end == range.upperBound || "，,。；;、）) ".unicodeScalars.contains(s[end]),
               decimals > 0 || Self.namesMoney(s.string(max(range.lowerBound, start - 12)..<start)) {
                unitFound = Self.units.first { $0.0 == "万元" }
            }
            // (年度 after a number with decimals is no span of years: the next field's name, 得分 9.80 年度总体目标：… once
            // a form's lines have run together.)
            if unitFound?.0 == "年", decimals > 0, end < range.upperBound, s[end] == "度" { unitFound = nil }
            // (Not an operand of a product worked out after the label, 得分：10×95%=9.5分: the result is the amount.)
            if unitFound == nil, k >= range.upperBound || !Self.multiplicationSigns.contains(s[k]), let labelled = Self.unitInLabel(s, before: start) {
                unitFound = Self.units.first { $0.0 == labelled }
                end = j
            }
            let continuesPending = pending.last.map { k0 in Self.isListJoint(s, k0.end, start) } ?? false
            if !continuesPending { pending.removeAll() }
            guard let (u, factor, canonical) = unitFound else {
                // A bare number that a joiner links to the next number waits for that number's unit.
                var n = j
                if n < range.upperBound, "、，,".unicodeScalars.contains(s[n]) { n += 1; while n < range.upperBound && s[n] == " " { n += 1 } }
                if n > j, n < range.upperBound, Self.isDigit(s[n]) { pending.append((start, j, value, decimals)) } else { pending.removeAll() }
                continue
            }
            guard canonical != "skip", canonical != "count" else { pending.removeAll(); continue }
            func scaled(_ value: Double, _ decimals: Int) -> (Double, Int) {
                // Amounts are read as exact to at least a hundredth of their unit (a 元 or 万元 figure printed
                // without decimals is not ±0.5), and no further: 2.25 亿元 is 2.25 ± 0.005 亿元, ±50 万元, as
                // figures rounded to 亿元 from accounts kept in 元 are; rates and scores to their printed digits.
                var d = canonical == "万元" ? max(decimals, 2) : decimals
                if u == "元" { d += 4 } else if u == "亿元" { d -= 4 }
                return (value * factor, d)
            }
            for p in pending {
                let (v, d) = scaled(p.value, p.decimals)
                var shared = Amount(start: p.start, end: p.end, value: v, unit: canonical, decimals: d)
                shared.sharesUnit = true
                out.append(shared)
            }
            pending.removeAll()
            (value, decimals) = scaled(value, decimals)
            out.append(Amount(start: start, end: end, value: value, unit: canonical, decimals: decimals))
        }
        return out
    }

    /// Whether only a list joint (、 or a comma, and spaces) stands between a bare number ending at `end` and the
    /// next number starting at `start`.
    static func isListJoint(_ s: [Unicode.Scalar], _ end: Int, _ start: Int) -> Bool {
        guard start > end else { return false }
        let between = s[end..<start].filter { $0 != " " }
        return between.count == 1 && "、，,".unicodeScalars.contains(between[between.startIndex])
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// Occurrences of a two-scalar word in a range.
    /// Whether a label names the share of purchases kept for small firms (面向中小企业预留政府采购项目预算金额, 授予小微企业
    /// 合同金额): a part of the procurement, whatever item its words also name (项目预算).
    static func namesSmallFirms(_ label: String) -> Bool {
        label.unicodeScalars.contains("企") && (label.contains("中小企业") || label.contains("小微企业"))
    }

    /// Whether a label names money an audit found misused or held back (违规使用财政资金, 未及时拨付项目资金, 挤占挪用
    /// 专项资金, 应缴未缴非税收入): the amount of a problem, not the item its words also name (项目资金, 非税收入).
    static func namesAProblem(_ label: String) -> Bool {
        // (Foundation's search only where a word's first character stands: this runs for every label.)
        label.unicodeScalars.contains { "违未应挤挪截滞闲虚套".unicodeScalars.contains($0) }
            && ["违规", "未及时", "未按", "应缴未缴", "挤占", "挪用", "截留", "滞留", "闲置", "虚列", "套取"].contains(where: label.contains)
    }

    /// Whether a label names revenue and spending at once (收支预算总额, 收、支总计, 收入支出总计).
    static func namesBothSides(_ label: String) -> Bool { bothSidesWords.contains(where: label.contains) }

    /// The words naming revenue and spending at once, longest first.
    static let bothSidesWords = ["收入、支出", "收入支出", "收、支", "收支"]

    /// Words besides 其中 that open a list of the total's parts, ending in a colon: 主要用于以下方面：, 包括：,
    /// 具体如下：, an amount's 中：.
    static let listOpenerWords = ["包括：", "包括:", "用于以下方面：", "用于以下方面:", "主要用于：", "主要用于:", "具体如下：", "具体如下:",
                                  // 项目支出预算 X 万元，主要项目有：1.… a 万元；2.…
                                  "主要有：", "主要有:", "项目有：", "项目有:", "主要项目：", "主要项目:", "重点项目：", "重点项目:", "具体为：", "具体为:",
                                  // 全年预算数为 X 万元。资金来源为：中央补助 A 万元，…: where the money came from.
                                  "来源为：", "来源为:", "来源：", "来源:",
                                  // 本年收入合计 4125.49 万元中：财政拨款收入 …: the amount just stated is the total (so after a
                                  // comma: 本年收入 1,450 万元中，财政拨款收入 A，其他收入 B).
                                  "元中：", "元中:", "元中，", "元中,"]
        .map { Array($0.unicodeScalars) }

    /// How many list openers end within `range` of `s`, the range ending at an amount: an opener counts only when
    /// that amount is in its clause. A list of words without amounts (人员经费 X 元，主要包括基本工资、津贴补贴；公用经费
    /// Y 元) says what an item holds; it opens no breakdown of the amounts after it.
    static func listOpeners(in s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        // (The last clause break of the range: openers before it end lists that held no amount.)
        let lastBreak = range.last { "；;。".unicodeScalars.contains(s[$0]) } ?? (range.lowerBound - 1)
        var n = 0
        // (Each opener ends in a colon, or a comma: 元中，.)
        for k in range where k > lastBreak && "：:，,".unicodeScalars.contains(s[k]) {
            var opens = false
            for w in listOpenerWords where k + 1 >= w.count && Array(s[(k + 1 - w.count)...k]) == w { opens = true; break }
            // A classification in a clause of its own before the colon (支出预算 X 万元，按功能分类：A；B…) opens the
            // list of the amount's parts by that classification.
            if !opens, s[k] == "：" || s[k] == ":", let start = (max(range.lowerBound, k - 16)..<k).last(where: { "，,。；;".unicodeScalars.contains(s[$0]) }),
               isClassification(s.string((start + 1)..<k)) {
                opens = true
            }
            if opens { n += 1 }
        }
        // 包括 straight before its first item (项目支出包括委员活动经费 36.3 万元，…) opens a list too.
        for k in range where k > lastBreak && s[k] == "包" && k + 2 < s.count && s[k + 1] == "括" && !"：:".unicodeScalars.contains(s[k + 2]) { n += 1 }
        // And 主要用于 straight before its first item (…支出预算 X 万元。…，主要用于老旧小区改造 A 万元、城市道路维修 B 万元).
        for k in range where k > lastBreak && s[k] == "主" && k + 4 < s.count && s[k + 1] == "要" && s[k + 2] == "用" && s[k + 3] == "于"
            && !"：:".unicodeScalars.contains(s[k + 4]) { n += 1 }
        // So does an item of money named with 中 at its sentence's start (本年收入中，财政拨款收入 A，其他收入 B).
        for k in range where k > lastBreak && s[k] == "中" && itemOfMoneyOpens(s, at: k, from: range.lowerBound) { n += 1 }
        return n
    }

    /// Whether a percent stands right after `end` (the end of a percent, its sign included or not) in the normalised
    /// text, which keeps no blank between the two (90% 100% is 90%100%).
    static func anotherPercentFollows(_ s: [Unicode.Scalar], after end: Int) -> Bool {
        var k = end
        if k < s.count, s[k] == "%" { k += 1 }
        let digits = k
        while k < s.count, isDigit(s[k]) || s[k] == "." { k += 1 }
        return k > digits && k < s.count && s[k] == "%"
    }

    /// Whether the 中 at `k` closes an item of money that opens its sentence (本年收入中，…, 基本支出中：…): the Han
    /// words from `start` (or the last sentence break after it) up to it, 2 to 16 of them, end in 收入, 支出, 经费,
    /// 资金, 预算 or 资产 (or 收入合计, 支出合计: 本年收入合计中：…; 固定资产中，…), and a comma or colon follows.
    static func itemOfMoneyOpens(_ s: [Unicode.Scalar], at k: Int, from start: Int) -> Bool {
        guard k + 1 < s.count, "，,：:".unicodeScalars.contains(s[k + 1]), k >= 2 else { return false }
        // (At most 17 scalars back: a long run of words is no item's name, and reading stays linear.)
        var j = k
        let floor = max(start, k - 17)
        while j > floor, s[j - 1].isHan || s[j - 1] == "“" || s[j - 1] == "”" { j -= 1 }
        // (After the year it is of: 2025 年支出预算中，….)
        var opening = j
        if j > start, isDigit(s[j - 1]), s[j] == "年" {
            var d = j
            while d > start, isDigit(s[d - 1]) { d -= 1 }
            if j - d == 4 { opening = d; j += s[j + 1] == "度" ? 2 : 1 }
        }
        guard opening == start || "。；;：:".unicodeScalars.contains(s[opening - 1]), (2...16).contains(k - j) else { return false }
        let item = s.string(j..<k)
        // (Or money named by its measure alone: 执行数中，基本支出 A，占 x%.)
        return endsAsMoney(item)
    }

    /// Whether a name ends as an item of money does (本年收入, 基本支出, 工作经费, 项目资金, 收入合计, 执行数, 一般公共
    /// 预算拨款): by its last word, so that a rate of money (预算执行率) or a count (项目数) is none.
    static func endsAsMoney(_ name: String) -> Bool {
        ["收入", "支出", "经费", "资金", "预算", "收入合计", "支出合计", "资产", "执行数", "决算数", "预算数", "支出数", "拨款"].contains(where: name.hasSuffix)
    }

    static func count(_ word: String, in s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        let w = word.scalars
        guard w.count == 2, range.count >= 2 else { return 0 }
        var n = 0
        for k in range.lowerBound..<(range.upperBound - 1) where s[k] == w[0] && s[k + 1] == w[1] { n += 1 }
        return n
    }

    /// A unit given in the label before a bare number: 自评总分（分）：97.6, 金额（万元）: 12.3, 得分：9.84.
    static func unitInLabel(_ s: [Unicode.Scalar], before p: Int) -> String? {
        var k = p - 1
        while k >= 0 && (s[k] == " " || s[k] == "：" || s[k] == ":") { k -= 1 }
        // (A field of points names its unit: 分值：10, 得分：9.84; so does one of a line of fields, ；分值 10；得分 9.80.)
        if k >= 1, ["分值", "得分", "总分", "满分", "权重"].contains(s.string((k - 1)..<(k + 1))),
           k < p - 1 && (s[k + 1] == "：" || s[k + 1] == ":") || k >= 2 && "；;：:".unicodeScalars.contains(s[k - 2]) { return "分" }
        // (A formula's result worked out after its label takes the label's unit: 得分=10×96.5%=9.65 as 得分 9.65.)
        if k >= 1, s[k] == "=" || s[k] == "＝", let formula = workedFormula(s, endingAt: k + 1, floor: max(0, k - 40)) {
            return unitInLabel(s, before: formula)
        }
        // (A score stated without its unit is still points: 自评得分 95.65, 自评得分为 95.65, 综合得分是 88.)
        let named = k >= 0 && (s[k] == "为" || s[k] == "是") ? k - 1 : k
        if named >= 1, ["得分", "总分"].contains(s.string((named - 1)..<(named + 1))) { return "分" }
        // (A count of people named as such in a form's field: 实有人数：22, 编制人数 24.)
        if named >= 1, s.string((named - 1)..<(named + 1)) == "人数", isFieldValue(s, at: p) { return "人" }
        guard k >= 0, s[k] == "）" || s[k] == ")" else { return fieldOfMoneyLine(s, before: p) || fieldOfAMoneyForm(s, before: p) ? "万元" : nil }
        let start = max(0, k - 4)
        let inside = String(scalars: s[start..<k])
        for u in ["万元", "元", "分", "%"] where inside.hasSuffix("（" + u) || inside.hasSuffix("(" + u) { return u }
        return nil
    }

    /// The name right before position `p` (a number's start), spaces aside: the run of Han scalars ending there, at
    /// most `longest` long (享受人数 in 享受人数 3,148 人, 全年执行数 in …；全年执行数 1,052.60).
    static func nameBefore(_ s: [Unicode.Scalar], _ p: Int, longest: Int) -> Range<Int> {
        var b = p
        while b > 0, s[b - 1] == " " { b -= 1 }
        var a = b
        while a > 0, s[a - 1].isHan, b - a < longest { a -= 1 }
        return a..<b
    }

    /// Whether the bare number at `p` is a field of a line whose label gives the unit of all its fields (项目资金（万元）：
    /// 年初预算数 1,050.00；全年预算数 1,098.00；全年执行数 1,052.60): a name of Han scalars right before it, after the
    /// line's （万元）： or a ； of its fields.
    static func fieldOfMoneyLine(_ s: [Unicode.Scalar], before p: Int) -> Bool {
        let name = nameBefore(s, p, longest: 10)
        let a = name.lowerBound
        guard name.count >= 2, a > 0, "；;：:".unicodeScalars.contains(s[a - 1]) else { return false }
        // (Back over the line's fields to its label's colon, at most 160 scalars and no sentence's end: the label's unit.)
        var k = a - 1
        while s[k] != "：" && s[k] != ":" {
            var j = k - 1
            while j >= 0, a - j < 160, !"；;：:。\n".unicodeScalars.contains(s[j]) { j -= 1 }
            guard j >= 0, a - j < 160, s[j] != "。", s[j] != "\n" else { return false }
            k = j
        }
        let label = s.string(max(0, k - 6)..<k)
        return label.hasSuffix("（万元）") || label.hasSuffix("(万元)")
    }

    /// Whether the bare number at `p` ends its sentence, as a form's field's value does (实有人数：22。 / 22；).
    static func isFieldValue(_ s: [Unicode.Scalar], at p: Int) -> Bool {
        var e = p
        while e < s.count, isDigit(s[e]) || s[e] == "." || s[e] == "," { e += 1 }
        return e >= s.count || "。；;\n".unicodeScalars.contains(s[e])
    }

    /// Whether the bare number at `p` is the value of a form's field of money, one field to a sentence, after a field
    /// whose label gives the unit (年度预算数(万元)：486.20。其中:基本支出：356.20。项目支出：130.00。): a name of money
    /// right before it that opens its sentence (after 其中 perhaps), the number ending that sentence, and at most four
    /// fields back, none with a comma, the label's （万元）.
    static func fieldOfAMoneyForm(_ s: [Unicode.Scalar], before p: Int) -> Bool {
        var b = p
        while b > 0, s[b - 1] == "：" || s[b - 1] == ":" || s[b - 1] == " " { b -= 1 }
        let name = nameBefore(s, b, longest: 12)
        var a = name.lowerBound
        guard name.count >= 2, isFieldValue(s, at: p), endsAsMoney(s.string(name)) else { return false }
        if a >= 3, s[a - 1] == "：" || s[a - 1] == ":", s.string((a - 3)..<(a - 1)) == "其中" { a -= 3 }
        guard a > 0, "。；;".unicodeScalars.contains(s[a - 1]) else { return false }
        var end = a - 1
        for _ in 0..<4 {
            var j = end - 1
            while j >= 0, end - j <= 40, !"。；;".unicodeScalars.contains(s[j]) {
                if s[j] == "，" || s[j] == "," { return false }
                j -= 1
            }
            guard end - j <= 40 else { return false }
            let field = s.string((j + 1)..<end)
            if field.contains("（万元）") || field.contains("(万元)") { return true }
            guard j >= 0 else { return false }
            end = j
        }
        return false
    }

    /// The index just past the last scalar before `k` that is no space (`k` itself when none stands before it).
    static func beforeSpaces(_ s: [Unicode.Scalar], from k: Int) -> Int {
        var k = k
        while k > 0, s[k - 1] == " " { k -= 1 }
        return k
    }

    /// The first index at or after `k` that holds no space.
    static func afterSpaces(_ s: [Unicode.Scalar], from k: Int) -> Int {
        var k = k
        while k < s.count, s[k] == " " { k += 1 }
        return k
    }

    /// The first index at or after `k` past spaces and one copula, 为, 是, 达 or 达到 (人员经费为 1,562.40 万元, 每生每年为 2,000
    /// 元, 占比达 71.59%), the copulas `fillers` drops from a label's end.
    static func afterCopula(_ s: [Unicode.Scalar], from k: Int) -> Int {
        let k = afterSpaces(s, from: k)
        guard k < s.count else { return k }
        if s[k] == "为" || s[k] == "是" { return afterSpaces(s, from: k + 1) }
        if s[k] == "达" { return afterSpaces(s, from: matches(s, k, "达到") ? k + 2 : k + 1) }
        return k
    }

    static func matches(_ s: [Unicode.Scalar], _ at: Int, _ word: String) -> Bool {
        var k = at
        for w in word.unicodeScalars {
            guard k < s.count, s[k] == w else { return false }
            k += 1
        }
        return true
    }

    func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String { String(scalars: s[r]) }

    /// A number a scanner read for a check of its own (a target's plan, a move's end, a formula's term, an average):
    /// named by `key`, `label` and `measure`, in the report's year, its snippet the text from `start` to `end`.
    func scannedTerm(key: String, label: String, measure: String, role: StatementRole = .level,
                     _ n: NumberInText, unit: String, rule: String, in doc: ReportText) -> Statement {
        Statement(key: key, subject: nil, measure: measure, stage: nil, label: label, year: reportYear ?? 0, role: role, value: n.value, unit: unit,
                  decimals: n.decimals, position: n.start, offset: doc.originalOffset(n.start), snippet: snippetSpan(doc.scalars, n.start, n.end),
                  rule: rule)
    }

    /// The snippet of a number at `start..<end` of the normalised text: 18 scalars before it to 6 after.
    func snippetSpan(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Snippet {
        .span(from: Int32(max(0, start - 18)), to: Int32(min(s.count, end + 6)))
    }
}

/// A number written in the normalised text: where it starts, where it ends (the index after its last digit), its value
/// and how many decimals it was written with.
typealias NumberInText = (start: Int, end: Int, value: Double, decimals: Int)

/// What kind of document a report is, from its title: it decides what amounts are when nothing says.
enum ReportGenre: Sendable {
    /// 预算公开 / 预算情况说明: amounts are budgets.
    case budgetDisclosure
    /// 项目支出 / 专项资金 self-evaluations: unlabelled amounts are the project's.
    case project
    /// 决算, 部门整体支出 self-evaluations, "三公" disclosures, news: amounts are actuals unless said otherwise.
    case general

    /// Words that name a disclosure of the budget (预算公开, 部门预算, 收支预算 …) rather than a budget an account names.
    static let disclosureWords = ["预算公开", "预算情况", "预算说明", "预算信息", "部门预算", "单位预算", "收支预算", "预算安排", "预算编制",
                                  "收入预算", "支出预算", "预算收入", "预算支出", "支出总预算", "收入总预算"]

    /// The genre a title says; `opening` when the text is the opening lines of a report (title and first sentences),
    /// not its title line alone.
    static func of(title raw: String, opening: Bool = false) -> ReportGenre {
        // (预决算, a site's section for both, 财政预决算 in a breadcrumb, names neither.)
        let title = raw.replacingOccurrences(of: "预决算", with: "")
        if title.contains("项目支出绩效") || title.contains("专项资金") || title.contains("项目绩效") || title.contains("项目自评") { return .project }
        // (A fund's evaluation is a project's: 居家养老服务补助资金重点绩效评价报告.)
        if title.contains("资金") && title.contains("绩效") && !title.contains("整体") { return .project }
        // (A report of the budget's execution in the year, 财政收支运行情况 or 完成年度预算 …, is none; nor is a plan that
        // adjusts the budget, 预算调整方案, whose amounts are the changes.)
        // (In an opening's body, a budget named is no budget disclosed: an account states its actuals beside their budgets,
        // 预算数 45.60 万元，实际支出 38.20 万元; 政府采购预算金额 A，实际采购金额 B; 一般公共预算财政拨款安排的“三公”经费支出
        // names the money by its budget type. There only the words that name a disclosure of the budget say one; in a title,
        // 国有资本经营预算情况说明, the budget's name does.)
        var words = title
        if opening {
            for kind in StatementReader.budgetTypes + StatementReader.fundsNamedForTheBudget { words = words.replacingOccurrences(of: kind, with: "") }
            if !Self.disclosureWords.contains(where: words.contains) { words = "" }
        }
        if words.contains("预算") && !title.contains("决算") && !title.contains("执行") && !title.contains("绩效") && !title.contains("运行情况")
            && !title.contains("完成年度预算") && !title.contains("调整方案") { return .budgetDisclosure }
        return .general
    }
}
