import Foundation
import Outturn

/// Tables flattened into text lines, cells separated by | or by runs of two or more spaces: a header row names
/// the columns (预算数 / 决算数 / 执行率 / 权重 / 分值 / 得分), each later row a subject (基本支出, 项目支出,
/// 产出, 合计 ...) with one number per column; a row without a label takes its subjects from the headers
/// (执行率（%） | 执行率权重 | 执行率得分). "单位：元" (or a header cell in 元) makes amounts 元, converted to 万元.
struct TableReader {
    let statements: [Statement]
    let unmatched: [UnattributedNumber]
    /// Original offsets (in scalars) of the table rows read, to keep the sentence reader off them: in order and
    /// merged where they meet, so that `covers` is a bisection (asked of every amount in the text).
    let rows: [Range<Int>]

    init(statements: [Statement], unmatched: [UnattributedNumber], rows: [Range<Int>]) {
        self.statements = statements
        self.unmatched = unmatched
        var merged: [Range<Int>] = []
        // (The halves of a two-sided table's rows come left ones first: sorted here.)
        for r in rows.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        self.rows = merged
    }

    /// Whether a table row read holds the original offset.
    func covers(_ offset: Int) -> Bool {
        let lo = rows.countOfPrefix { $0.lowerBound <= offset }
        return lo > 0 && rows[lo - 1].contains(offset)
    }

    /// What a column holds: an amount of a measure, a rate, a score's full marks or points, or the change of the
    /// row's amount from the earlier year's column to the later one's (增减额), as an amount or a percent (增减率).
    enum ColumnMeaning: Equatable {
        case budget, actual, rate, weight, score, change, changePercent
        /// A quantity counted or measured in the unit the header names (养护里程（公里）, 人数（人）): its 合计 adds up its
        /// rows, as money's does; no figure of the catalogue.
        case quantity(unit: String)
    }

    static func read(_ text: String, reportYear: Int?, vocabulary: ReportVocabulary, genre: ReportGenre = .general) -> TableReader {
        var statements: [Statement] = [], unmatched: [UnattributedNumber] = [], rows: [Range<Int>] = []
        var columns: [Cell]? = nil, meanings: [ColumnMeaning?] = [], labelColumns: [Int] = []
        // The full marks a score column's header states, and where, until a funds row's execution score takes them.
        var scoreMarks: (value: Double, decimals: Int, offset: Int)? = nil
        var yuan = false
        let reader = StatementReader(vocabulary: vocabulary, reportYear: reportYear, genre: genre)
        // What the document is about, as its title names it (示例县2024年“三公”经费预算情况说明).
        let documentTopic = reader.subjectMatch(in: String(ReportExtractor.fromTitleLine(text).prefix(80).split(whereSeparator: \.isNewline).first ?? ""))?.subject
        // Per column of the current table: the statement of the row a 其中 row breaks down, the statements since
        // the header (a 合计 row adds them up), and every score cell of the document so far (a 总分 row adds up
        // the scores of all the tables above it).
        var breakdownOf: [Int: Int] = [:], inBreakdown = false
        // Header cells before the first value column that the rows lack (a title cell spanning the block's rows:
        // 预算执行情况(10分) | 年度预算数(万元) | 年初预算 ...), told by the rows' percents sitting left of the
        // one rate column: the rows' values move right by that many columns.
        var shift = 0
        var sinceHeader: [Int: [Int]] = [:]
        var scoresSinceTotal: [Int] = [], weightsSinceTotal: [Int] = []
        // The score section the current block of rows belongs to, by the table's first label column (一级指标: 产出指标
        // on the block's first row, blank below it), when that column is not the rows' own label.
        var scoreSection: String? = nil
        // The statements of 小计 rows: each adds up the rows since the last one and stands for them in the 合计.
        var subtotalRows = Set<Int>()
        var wrappedLines = 0
        // Per column of the current table: the last total row read (a 总计 adds it to the rows after it), and the
        // item the table's totals have named.
        var subtotal: [Int: Int] = [:], totalSubject: String? = nil
        // Per column: a total read before any row of its block (合计 as the first row, the 公开表's layout), whose
        // parts are the rows after it.
        var leadTotal: [Int: Int] = [:]
        // The numbering depth of the lead total's label ((一) 收入总计: 1), if it has one: a row numbered as deep or
        // less ((二) 支出总计, 二、每门急诊人次平均收费水平) is none of its parts.
        var leadDepth: Int? = nil
        // The rows of a budget classification above the current one, by code (201 一般公共服务支出 over 20101 人大事务
        // over 2010101 行政运行): each with its statements per column. A row is a part of the nearest row whose code
        // its own extends, and only the top rows are parts of the table's 合计.
        var classificationRows: [(code: String, cells: [Int: Int])] = []
        // The year each header cell names (2023年预算数, 上年决算数), and the columns a change column compares.
        var columnYears: [Int?] = [], changeColumns: (later: Int, earlier: Int)? = nil
        // The last line of text above the table, and the item it names.
        var heading = "", tableTopic: String? = nil, allocation = false
        // The year a short title line above the table names (表2 2023年“三公”经费实际支出情况): the year of its columns
        // that name none (预算数 | 决算数); forgotten once a table has taken it.
        var titleYear: Int? = nil
        // Whether the line before was a header (the next may continue its cells).
        var headerJustRead = false
        // For a table whose columns are a total and its parts: each column's part (nil for a label column), and the
        // item the total row's total cell is.
        var columnParts: [ColumnPart?] = [], totalOfParts: String? = nil
        var flattened = FlattenedTable()
        // The column of an indicator table's 得分系数 (the share of its weight a row scores), if the header has one.
        var coefficientColumn: Int? = nil, scoreRateColumn = false
        // Tables flattened one cell per `|`-ended line come back as rows (CellGrid), each character at its offset.
        // (After the last line, an empty one: a flattened table at the very end of a text without a final line
        // break closes its last run of amounts.)
        var lines = CellGrid.Entries(text).makeIterator(), end = 0, closed = false
        // Lines read past a row or a header broken over lines that they did not complete, in order.
        var entriesAhead: [CellGrid.Entry] = []
        func nextEntry() -> CellGrid.Entry? { entriesAhead.isEmpty ? lines.next() : entriesAhead.removeFirst() }
        // Where the last run of a header's pieces that completed none ended (see below).
        var piecesTried = -1
        while true {
            var entry: CellGrid.Entry
            if let next = nextEntry() { entry = next }
            else if !closed { closed = true; entry = CellGrid.Entry(text: "", start: end, rebuilt: false) } else { break }
            // A header broken over lines, each piece closed by its bar (序号 | 一级 指标 | then 二级 指标 |, 三级 指标 |,
            // 指标分值 | 指标解释 | … | 自评得分 |): the pieces joined (`joined(_:_:)`) when the last completes a header (it
            // names a column of values); else each line is read as it is.
            // (Each line is tried once: the lines of a run that completed no header start none either, as they end
            // at the same line, or the run was longer than any header's.)
            if columns == nil, !entry.rebuilt, entry.start > piecesTried, Self.isHeaderPiece(entry.text) {
                var pieces = [entry]
                while pieces.count < 6, let next = nextEntry() {
                    let last = pieces[pieces.count - 1]
                    guard Self.follows(next, last) else { entriesAhead.insert(next, at: 0); break }
                    pieces.append(next)
                    if !Self.isHeaderPiece(next.text) { break }
                }
                if pieces.count >= 2, Self.completesAHeader(pieces[pieces.count - 1].text) {
                    entry = pieces.dropFirst().reduce(entry, Self.joined)
                } else {
                    piecesTried = pieces[pieces.count - 1].start
                    entriesAhead.insert(contentsOf: pieces.dropFirst(), at: 0)
                }
            }
            // A row of a `|` table whose cell holds a line break (基本支出 | 985.19 | 914.97 | then 10 | 10 | ||||| on the
            // next line): the lines joined (`joined(_:_:)`), when together they have the header's cells.
            if let header = columns, !entry.rebuilt, entry.text.unicodeScalars.contains("|") {
                var cellCount = split(entry.text).count
                while cellCount < header.count, entry.text.unicodeScalars.last == "|", let next = nextEntry() {
                    let nextCells = next.text.unicodeScalars.contains("|") ? split(next.text) : []
                    let nextCount = nextCells.count
                    // (The next line's padding of empty cells after its closing bar, | ||, is none of the row's: see below.)
                    let nextFilled = min(nextCount, Self.filled(nextCells) + 1)
                    guard Self.follows(next, entry), nextCount > 0, cellCount - 1 + nextFilled <= header.count else {
                        entriesAhead.insert(next, at: 0)
                        break
                    }
                    entry = Self.joined(entry, next)
                    cellCount += nextCount - 1
                }
            }
            end = max(end, entry.start + entry.text.unicodeScalars.count)
            var line = entry.text
            let lineScalars = line.unicodeScalars.count
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            let offset = entry.start
            let normalised = line   // (CellGrid's lines come normalised, scalar for scalar.)
            let compact = String(scalars: normalised.unicodeScalars.filter { $0 != " " })
            let hasBar = normalised.unicodeScalars.contains("|")
            if compact.unicodeScalars.contains("单") {
                if compact.holds("单位:元") || compact.holds("单位：元") { yuan = true }
                if compact.holds("单位:万元") || compact.holds("单位：万元") { yuan = false }
            }
            // A table flattened one cell per line (公开表 through pdftotext): label lines ending in their 行次, then
            // the column's amounts, one per line, with the empty cells left out.
            if let flat = flattened.read(line: compact, offset: offset, yuan: yuan), let year = reportYear {
                for cell in flat {
                    let named = cell.section.isEmpty || cell.label.contains(cell.section) ? cell.label : cell.section + cell.label
                    let subject = reader.subjectMatch(in: named)?.subject
                    func statement(_ key: String, _ subject: String?, _ label: String, _ value: Double, _ decimals: Int, _ at: Int) -> Statement {
                        Statement(key: key, subject: subject, measure: "actual", stage: nil, label: label, year: year, role: .level, value: value,
                                  unit: "万元", decimals: decimals, position: Int.max / 2 + at, offset: at,
                                  snippet: .words(label + " " + DecimalText.shortest(value * 10_000)), rule: "flattened-table")
                    }
                    // The items of the block before (their rows unknown) are the parts of the year's 合计.
                    let parts = cell.parts.map { statement("label:\(named) item", nil, named + " item", $0.0, $0.1, $0.2) }
                    statements += parts
                    let first = statements.count - parts.count
                    statements.append(statement(subject.map { $0 + ":actual" } ?? "label:" + named, subject, named, cell.value, cell.decimals, cell.offset))
                    for k in first..<(statements.count - 1) { statements[k].parent = statements.count - 1 }
                    rows.append(cell.offset..<(cell.offset + 1))
                }
            }
            var cells = split(normalised)
            // A header cell's unit wrapped onto a line of its own (项目资金 / （万元）) leaves the table open.
            if columns != nil, let unit = Self.unitLine(compact) {
                yuan = unit == "元"
                rows.append(offset..<(offset + lineScalars))
                continue
            }
            // A cell's text wrapped onto lines of its own (评分标准 over three lines, its row's numbers on the middle
            // one) leaves the table open: an indented or blank line, up to three in a row.
            // (Two cells make a row where bars draw the table, 项目 | 预算数; laid out by spaces, two cells are as
            // often a contents line or prose.)
            guard cells.filter({ !$0.text.isEmpty }).count >= (entry.rightAligned || hasBar ? 2 : 3) else {
                let indented = normalised.hasPrefix("  ") || normalised.trimmingSpaces().isEmpty
                let titled = !compact.isEmpty && !Self.isFormMargin(compact)
                // (A header's second line is the line right after it: a line of text between, 年度绩效目标1 (80分) |,
                // leaves the header whole.)
                if cells.contains(where: { !$0.text.isEmpty }) { headerJustRead = false }
                func noteTitleYear() {
                    // (A line of prose is no title, and stands between any title above it and the table: a PDF's line
                    // wrapped at a page's width, …顺延至2025年一季度完工；全县…, names no table's year.)
                    if ["。", "；", "，"].contains(where: compact.contains) { titleYear = nil; return }
                    if titled, compact.unicodeScalars.count <= 40, let year = StatementReader.lastYear(in: Substring(normalised)) { titleYear = year }
                }
                if columns == nil, titled { heading = String(compact.prefix(80)); noteTitleYear() }
                if columns != nil, indented, !hasBar, wrappedLines < 3 { wrappedLines += 1 }
                // A row of empty cells (a form's blank lines) is still the table.
                else if columns != nil, hasBar, cells.allSatisfy({ $0.text.isEmpty }) { rows.append(offset..<(offset + lineScalars)) }
                // So is an item whose amounts are left empty (1.因公出国(境)费用 | |, nothing arranged for it): a row
                // without a number, the rows after it still the table's.
                else if columns != nil, hasBar, cells.count >= 2, let item = cells.first?.text, !item.isEmpty, number(item) == nil,
                        item.count <= 24, !["。", "，", "；"].contains(where: item.contains), cells.dropFirst().allSatisfy({ $0.text.isEmpty }) {
                    rows.append(offset..<(offset + lineScalars))
                }
                // So is a row laid out by spaces whose only value is its 行次 (三、事业收入  3, no amount): its item and
                // number stand under the header's first columns.
                else if let header = columns, !hasBar, cells.count == 2, number(cells[0].text) == nil,
                        cells[1].text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), header.count <= 64,
                        Self.aligned(cells, under: header).count == header.count {
                    rows.append(offset..<(offset + lineScalars))
                }
                // (A title that closes the table before names the next one's year: 表2 2023年… right after 表1.)
                else { if columns != nil { noteTitleYear() }; columns = nil }
                continue
            }
            wrappedLines = 0
            // A header wrapped onto a second line (2023年 / 预算数, 增减率 / （%）): each cell joins the header cell it
            // stands under.
            let afterHeader = headerJustRead
            headerJustRead = false
            if afterHeader, let header = columns, cells.allSatisfy({ number($0.text) == nil && $0.text.count <= 12 }) {
                let placed = cells.count == header.count ? cells
                    : !hasBar && header.count <= 64 && cells.count < header.count ? Self.aligned(cells, under: header) : []
                if placed.count == header.count { cells = zip(header, placed).map { Cell(text: $0.text + $1.text, start: $0.start) } }
                // A second line of fewer cells, all named, set apart by bars: the header's last cell spans them
                // (项目 | 2023年度 | 2024年度 | 2024比2023增减 over 增减值 | 增减%).
                else if hasBar, cells.count >= 2, cells.count < header.count, cells.allSatisfy({ !$0.text.isEmpty }), let last = header.last {
                    cells = header.dropLast() + cells.map { Cell(text: last.text + $0.text, start: $0.start) }
                }
            }
            // A column of 金额, or of a year alone (2016年度 | 2017年度), holds the document's own measure: actuals in a
            // 决算, budgets in a 预算 disclosure.
            var headerMeanings = cells.map {
                meaning($0) ?? (Self.isAmountColumn($0.text) || Self.isYearColumn($0.text) ? (genre == .budgetDisclosure ? .budget : .actual) : nil)
            }
            // (A form's block title over its rows' labels, 预算执行情况(万元)(20分), names no column of values: its 预算 is
            // the block's topic.)
            if let first = cells.first, Self.isBlockTitle(first.text) { headerMeanings[0] = nil }
            // Columns that name the parts of a total column (科目名称 | 合计 | 基本支出 | 项目支出, the 公开表's layout):
            // amounts of the document's measure, each column its item's.
            let partsOfColumns = headerMeanings.allSatisfy({ $0 == nil }) ? Self.columnParts(cells, reader: reader) : nil
            if let partsOfColumns {
                for k in cells.indices where partsOfColumns[k] != nil { headerMeanings[k] = genre == .budgetDisclosure ? .budget : .actual }
            }
            // A header names its columns in a few words; a line of prose with runs of spaces is no header.
            if Self.namesColumnsAlone(cells) && headerMeanings.contains(where: { $0 != nil }) {
                columns = cells
                meanings = headerMeanings
                coefficientColumn = cells.firstIndex { $0.text.contains("得分系数") || $0.text.contains("得分率") }
                scoreRateColumn = coefficientColumn.map { cells[$0].text.contains("得分率") } ?? false
                headerJustRead = true
                // (A score column that states its full marks, 得分 (20分*执行率): the funds row's execution score's.)
                scoreMarks = cells.indices.lazy.compactMap { k -> (value: Double, decimals: Int, offset: Int)? in
                    guard headerMeanings[k] == .score, let marks = Self.fullMarks(inScoreHeader: cells[k].text) else { return nil }
                    return (marks.value, marks.decimals, offset + cells[k].start)
                }.first
                classificationRows = []
                columnParts = partsOfColumns ?? []
                // The total of an identity's parts (合计 | 人员经费 | 公用经费) is the identity's (basic spending); of
                // sources of revenue (合计 | 财政拨款收入 | 事业收入), the revenue; else what the row's label says.
                let named = Set(columnParts.compactMap { if case let .item(subject?) = $0 { return subject } else { return nil } })
                totalOfParts = vocabulary.identities(splitInto: named).first?.total
                    ?? (named.contains(where: ReportVocabulary.isSourceOfRevenue) ? "revenue" : nil)
                // Label columns: 项目 / 资金来源 / 三级指标 ..., not the value columns (指标值, 完成值) nor a value's
                // kind or unit (指标性质, 度量单位), nor a yes or no (是否核心指标), nor what explains or scores the
                // indicator (指标解释, 指标说明及评分标准).
                labelColumns = cells.indices.filter { k in
                    let t = cells[k].text
                    return headerMeanings[k] == nil && !t.isEmpty && ["指标", "项目", "名称", "来源", "科目", "内容"].contains(where: t.contains)
                        && !["值", "数", "率", "性质", "单位", "是否", "说明", "解释", "标准"].contains(where: t.contains)
                }
                if cells.contains(where: { $0.text.contains("(元)") || $0.text.contains("（元）") }) { yuan = true }
                rows.append(offset..<(offset + lineScalars))
                breakdownOf = [:]; inBreakdown = false; sinceHeader = [:]; shift = 0; subtotal = [:]; totalSubject = nil; leadTotal = [:]; leadDepth = nil
                scoreSection = nil
                columnYears = cells.map { Self.columnYear($0.text, reportYear: reportYear) ?? titleYear }
                titleYear = nil
                changeColumns = Self.changeColumns(meanings, years: columnYears.map { $0 ?? reportYear })
                    ?? Self.outturnAgainstBudget(meanings, headers: cells.map(\.text), years: columnYears.map { $0 ?? reportYear })
                // The heading above the table names what its bare 合计 totals (“三公”经费预算情况 over 合计 | 30.00).
                // (A heading that names revenue or spending alone, 2024年收入预算总表, names the department's.)
                let bare = heading.contains("收入") != heading.contains("支出") ? (heading.contains("收入") ? "revenue" : "expenditure") : nil
                tableTopic = (reader.subjectMatch(in: heading).map(\.subject) ?? bare).flatMap { Self.totalSubjects.contains($0) ? $0 : nil }
                // (Spending of the appropriations alone, 一般公共预算支出预算表 or 财政拨款支出决算表, is theirs, not the
                // department's: a department with income of its own spends more.)
                if tableTopic == "expenditure", heading.contains("一般公共预算") || heading.contains("财政拨款") { tableTopic = "appropriation" }
                // (A table that allocates money among places or bodies, 补助资金分配表, totals its own rows, none of the
                // department's items.)
                allocation = tableTopic == nil && ["分配", "分地区", "分县"].contains(where: heading.contains)
                continue
            }
            // A row whose label stands before a header of values alone (全年预算数(A) | 全年执行数(B) | 分值 | … over
            // 年度资金总额: | 9.48 | 9.48 | 10 | …, the label column titled on the line above, 资金情况 (万元) |): one more
            // cell than the header names, its label; its values under the header's columns from the first.
            var rowLabel: String? = nil
            if hasBar, !entry.rebuilt, let header = columns, let first = cells.first, !first.text.isEmpty, number(first.text) == nil,
               meaning(header[0]) != nil, Self.filled(cells) == Self.filled(header) + 1,
               cells.dropFirst().prefix(Self.filled(header)).contains(where: { number($0.text) != nil }) {
                rowLabel = first.text
                cells.removeFirst()
            }
            // A web page's table copied as text pads its lines with empty cells, as many as its widest row spans (年度资金总额
            // | 9.48 | 9.48 | 10 | 100% | 10 | ||||| under a header without them): empty cells past the header's are
            // none of the row's, and a row that stops where the header's last cells are empty lacks only those.
            if hasBar, !entry.rebuilt, let header = columns, cells.count != header.count {
                if cells.count > header.count, cells[header.count...].allSatisfy({ $0.text.isEmpty }) {
                    cells.removeLast(cells.count - header.count)
                } else if cells.count < header.count, let last = cells.last, header[cells.count...].allSatisfy({ $0.text.isEmpty }) {
                    cells += Array(repeating: Cell(text: "", start: last.start + last.text.unicodeScalars.count), count: header.count - cells.count)
                } else if cells.count < header.count, let first = cells.first, number(first.text) == nil,
                          Self.totalWords.contains(where: first.text.contains), cells.dropFirst().contains(where: { number($0.text) != nil }) {
                    // A total whose label spans the columns of names (合计 | 100 | | | 93.7 | under 序号 | 一级指标 | 二级指标
                    // | 三级指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分): its values stand under the header's last columns.
                    // (A total row as wide as the header, its values packed after its label, is `unpacked`'s.)
                    cells = [first] + Array(repeating: Cell(text: "", start: first.start + first.text.unicodeScalars.count), count: header.count - cells.count)
                        + cells.dropFirst()
                }
            }
            guard let header = columns, cells.count == header.count || !hasBar || (entry.rebuilt && cells.count < header.count)
            else { columns = nil; continue }
            // A row laid out by position (pdftotext -layout) that lacks cells (merged 一级指标, a title column, empty
            // cells left out): each cell under the header column it stands under.
            // (A form has tens of columns at most: wider lines are not aligned, which keeps a row linear in its cells.)
            if !hasBar, !entry.rebuilt, cells.count != header.count, header.count <= 64, cells.count <= 64 {
                cells = Self.aligned(cells, under: header)
            }
            // A web page's table copied as text gives every row as many cells as its widest row, the cells packed to
            // the left and the ones spanned left empty at the end (产出指标 | … | 50 | 50 | ||).
            if hasBar, cells.count == header.count, cells.count > 2, cells.last?.text.isEmpty == true {
                cells = Self.unpacked(cells, under: header, meanings: meanings)
            }
            // A rebuilt 合计 row that gives only its values stands under the header's last columns.
            if entry.rightAligned, cells.count < header.count, let first = cells.first {
                cells = Array(repeating: Cell(text: "", start: first.start), count: header.count - cells.count) + cells
            }
            // A sentence is no row, unless the line is a row whose text cell ends one (评分标准 | 公用经费控制率≤100%
            // 得满分。 beside its 分值 and 得分): a number stands under a value column.
            let valued = cells.indices.contains { $0 < meanings.count && meanings[$0] != nil && number(cells[$0].text) != nil }
            guard entry.rebuilt || cells.allSatisfy({ !$0.text.contains("。") }) || valued else { columns = nil; continue }
            rows.append(offset..<(offset + lineScalars))
            // The row's label: the last text of its label columns, else its first cell with text that is not a number.
            let percents = Set(cells.indices.filter { cells[$0].text.hasSuffix("%") && number(cells[$0].text) != nil })
            if let s = Self.valueShift(meanings, percentsAt: percents), s > 0, s <= 2, number(cells[0].text) == nil { shift = s }
            if shift > 0, !cells.isEmpty, number(cells[0].text) == nil {
                cells = [cells[0]] + Array(repeating: Cell(text: "", start: cells[0].start), count: shift) + cells.dropFirst()
            }
            let labelIndex = labelColumns.last { $0 < cells.count && !cells[$0].text.isEmpty }
                ?? cells.firstIndex { !$0.text.isEmpty && number($0.text) == nil }
            if let first = labelColumns.first, first != labelIndex, first < cells.count, !cells[first].text.isEmpty {
                scoreSection = reader.nearestSubject(in: cells[first].text, among: reader.scoreSubjects).flatMap { $0 == "score_total" ? nil : $0 }
            }
            let (numberedLabel, depth) = Self.numbered(rowLabel ?? labelIndex.map { cells[$0].text } ?? "")
            var label = numberedLabel
            if let depth, let lead = leadDepth, depth <= lead { leadTotal = [:]; leadDepth = nil }
            let opensBreakdown = label.hasPrefix("其中")
            if opensBreakdown { label = String(label.dropFirst(2)).trimmingCharacters(in: CharacterSet(charactersIn: "：: ")) }
            // A group's 小计 (投入 | 小计 | | 20 | 18.2) totals the group's rows; it is named by the group.
            let isSubtotalRow = label.contains("小计")
            if label == "小计", let group = cells.first(where: { !$0.text.isEmpty && number($0.text) == nil && $0.text != "小计" })?.text {
                label = group + "小计"
            }
            let isTotalRow = !isSubtotalRow && Self.totalWords.contains(where: label.contains)
            if opensBreakdown { inBreakdown = true }
            if isTotalRow || isSubtotalRow { inBreakdown = false }
            // A row the vocabulary names as no part of what the 其中 breaks down, where it knows that whole's parts,
            // ends the breakdown: 公务接待费 after 其中：公务用车购置费 | 公务用车运行维护费 under 公务用车购置及运行维护费
            // is that whole's sibling.
            if inBreakdown, !opensBreakdown, let rowSubject = reader.subjectMatch(in: label)?.subject,
               let whole = breakdownOf.values.lazy.compactMap({ statements[$0].subject }).first,
               vocabulary.identities.contains(where: { $0.total == whole }), !vocabulary.wholes(holding: [rowSubject]).contains(whole) {
                inBreakdown = false
            }
            // (The row's cells, shared by every statement of the row: the audit finds a row's cells by it.)
            let snippet = Snippet.words(([rowLabel ?? ""] + cells.map(\.text)).filter { !$0.isEmpty }.joined(separator: " | "))
            let hasRate = cells.indices.contains { $0 < meanings.count && meanings[$0] == .rate && number(cells[$0].text) != nil }
            let hasMoney = cells.indices.contains { k in
                k < meanings.count && [.budget, .actual].contains(meanings[k]) && !cells[k].text.hasSuffix("%") && number(cells[k].text) != nil
            }
            var rowStatements: [Int: Int] = [:]
            // The row's classification code (3, 5 or 7 digits in a label column before its name), and the row it is a
            // part of.
            let code = labelColumns.lazy.compactMap { k -> String? in
                guard k < cells.count, k != labelIndex else { return nil }
                let t = cells[k].text.trimmingSpaces()
                return [3, 5, 7].contains(t.count) && t.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) ? t : nil
            }.first
            if let code {
                while let top = classificationRows.last, !(code.hasPrefix(top.code) && code.count > top.code.count) { classificationRows.removeLast() }
            } else {
                classificationRows = []
            }
            let classifiedUnder = code == nil ? nil : classificationRows.last
            // A 合计 whose 分值 is its own table's (90 over the indicators, with the funds table's 10 above and a
            // 总分 of 100 below) totals that table; the 总分 then adds it to the scores of the tables above.
            var tableTotal = false
            if isTotalRow, !label.contains("总分"),
               let kw = cells.indices.first(where: { $0 < meanings.count && meanings[$0] == .weight && number(cells[$0].text) != nil }) {
                let stated = number(cells[kw].text)!.0
                let own = (sinceHeader[kw] ?? []).reduce(0) { $0 + statements[$1].value }
                let all = weightsSinceTotal.reduce(0) { $0 + statements[$1].value }
                tableTotal = abs(own - all) > 1e-9 && abs(stated - own) < 1e-9
            }
            for (k, cell) in cells.enumerated() {
                // A column that names its year (2023年预算数 | 2024年预算数, 上年决算数) holds that year's figures.
                // (Changes are read once the row's levels are: they are about the later year's.)
                guard k < meanings.count, let meaning = meanings[k], meaning != .change, meaning != .changePercent, k != labelIndex,
                      let (value, decimals) = number(cell.text), let year = columnYears[k] ?? reportYear else { continue }
                let cellOffset = offset + cell.start
                var subject = reader.subjectMatch(in: label)?.subject
                if isTotalRow {
                    // A total that names its item (本年收入合计) is that item's; a bare 合计 / 总计 is the table's
                    // earlier total's (总计 under 本年收入合计 is revenue's), else the 三公 total in a 三公
                    // disclosure, the project's in a project's, the spending otherwise.
                    // (A rate of the 三公 total, 决算数占预算数%, is no execution rate of the department's budget.)
                    let named = [.rate, .weight, .score].contains(meaning) ? nil : subject.flatMap { Self.totalSubjects.contains($0) ? $0 : nil }
                    let item = named ?? totalSubject ?? (genre == .project ? "project"
                        : tableTopic ?? (documentTopic == "three_public" ? "three_public" : "expenditure"))
                    subject = meaning == .rate ? (item == "three_public" ? nil : "execution_rate")
                        : [.weight, .score].contains(meaning) ? (tableTotal ? nil : "score_total") : item
                    if let named { totalSubject = named }
                    if allocation && named == nil { subject = nil }
                }
                if label.isEmpty, let fromHeader = reader.subjectMatch(in: header[k].text)?.subject { subject = fromHeader }
                // A part's column: its item in the total row, the row's item's part elsewhere (社会保障和就业支出 under
                // 基本支出), which the vocabulary does not name.
                var cellLabel = label
                switch k < columnParts.count ? columnParts[k] : nil {
                case .total?:
                    // (Other rows of the total column keep their own items.)
                    // (The heading's item when it splits as that total does, `splitsLike`: a table of the appropriations'
                    // spending, 合计 | 基本支出 | 项目支出, totals theirs.)
                    if isTotalRow, let totalOfParts {
                        subject = tableTopic.flatMap { vocabulary.splitsLike[$0] == totalOfParts ? $0 : nil } ?? totalOfParts
                    }
                case let .item(part)?:
                    subject = isTotalRow ? part : nil
                    cellLabel = label + "·" + header[k].text
                case nil:
                    break
                }
                var unit = "万元", v = value, d = max(decimals, 2)
                var measure: String? = nil
                switch meaning {
                case .budget, .actual:
                    // A percent is no amount; a project table's funds rows are the project's.
                    if cell.text.hasSuffix("%") { continue }
                    if let s = subject, s.hasPrefix("score") || s == "execution_rate" { subject = nil }
                    if subject == nil, genre == .project, label.contains("总额") || label.contains("合计") || label.contains("总计") { subject = "project" }
                    // A row of funds without a label beside its execution rate (年初预算数 | 全年预算数 | 全年执行数 | 执行率
                    // over 2,350.00 | 2,486.40 | 2,311.90 | 92.98%, a 部门整体绩效自评表's budget execution): the
                    // project's in a project's form, the department's spending otherwise.
                    if subject == nil, label.isEmpty, hasRate { subject = genre == .project ? "project" : "expenditure" }
                    measure = meaning == .budget ? "budget" : "actual"
                    if yuan { v /= 10_000; d += 4 }
                case .rate:
                    unit = "%"; d = decimals
                    if Self.isFraction(cell.text, value: value, decimals: decimals, under: header[k].text) { v = value * 100; d = decimals - 2 }
                    // (A completion of the initial budget, 决算数为年初预算数的%, is no execution rate: the rate's
                    // budget is the whole year's. The audit still checks it against its row.)
                    if header[k].text.contains("年初") { subject = nil } else if subject != "execution_rate" && (label.contains("财政拨款") || label.isEmpty || label.contains("总额")) { subject = "execution_rate" }
                    if subject != "execution_rate" { subject = nil }
                case .change, .changePercent:
                    continue
                case let .quantity(quantity):
                    unit = quantity; d = decimals; subject = nil
                    // (Its own key beside a money column's in the same row: 里程 under A县 is not A县's funds.)
                    cellLabel = label + "·" + header[k].text
                case .weight, .score:
                    unit = "分"; d = decimals
                    if label.isEmpty, header[k].text.contains("执行率") { subject = "score_budget_execution" }
                    // A funds row with an execution rate scores the budget execution (分值 10, 得分 9.6).
                    if hasRate && !isTotalRow { subject = "score_budget_execution" }
                    // A score table's row named for the budget's execution rate (| 预算执行 | 预算执行率 | 100% | 96.45% |
                    // 10 | 9.65 |) scores the budget execution (not another thing's rate: 政府采购执行率).
                    // (By its own name: a 预算完成率 among an evaluation's indicators is another indicator, scored as one.)
                    if subject == "execution_rate", !isTotalRow, label.contains("执行率"), !StatementReader.namesAnotherThingsRate(label) {
                        subject = "score_budget_execution"
                    }
                    if let s = subject, !s.hasPrefix("score") { subject = nil }
                    // An indicator named with a section's word inside its name (社会效益, 经济效益 under 效益; 产出数量 under
                    // 产出) is that indicator, not the section: its score is one of the section's parts.
                    if let s = subject, Self.sectionSubjects.contains(s), !isTotalRow, !isSubtotalRow, !Self.namesTheSectionWhole(label, reader) {
                        subject = nil
                    }
                }
                let key = subject.map { $0 + ":" + (measure ?? "") } ?? "label:" + cellLabel + ":" + (measure ?? "")
                // A row's own execution rate beside its money (其中：财政资金 | 200.00 | 185.60 | 92.80%): kept for
                // the audit to check against the row, but no part of a breakdown or a 合计 (rates do not add up).
                if subject == nil && meaning == .rate && !label.isEmpty && hasMoney {
                    statements.append(Statement(key: "label:" + label + ":rate", subject: nil, measure: "rate", stage: nil, label: label, year: year,
                                                role: .level, value: v, unit: unit, decimals: d, position: Int.max / 2 + cellOffset, offset: cellOffset,
                                                snippet: snippet, rule: "table-row"))
                    continue
                }
                if subject == nil && (label.isEmpty || meaning == .rate) {
                    unmatched.append(UnattributedNumber(value: v, unit: unit, offset: cellOffset, snippet: snippet))
                    continue
                }
                var st = Statement(key: key, subject: subject, measure: measure, stage: meaning == .budget ? stage(of: header[k].text) : nil,
                                   label: cellLabel.isEmpty ? header[k].text : cellLabel, year: year,
                                   role: meaning == .weight ? .weight : .level, value: v, unit: unit, decimals: d,
                                   position: Int.max / 2 + cellOffset, offset: cellOffset, snippet: snippet, rule: "table-row")
                // 其中 rows are parts of the row before them; a 合计 row is the total of the rows above it, or of the
                // rows after it when it leads its block.
                if [.score, .weight].contains(meaning), !isTotalRow, !isSubtotalRow { st.scoreSection = scoreSection }
                if inBreakdown, let total = breakdownOf[k] { st.parent = total }
                else if let above = classifiedUnder?.cells[k] { st.parent = above }
                else if !isTotalRow, measure != nil, let total = leadTotal[k] { st.parent = total }
                statements.append(st)
                let index = statements.count - 1
                rowStatements[k] = index
                if meaning == .score, subject == "score_budget_execution", !meanings.contains(.weight), let marks = scoreMarks {
                    statements.append(Statement(key: "score_budget_execution:", subject: subject, measure: nil, stage: nil, label: header[k].text,
                                                year: year, role: .weight, value: marks.value, unit: "分", decimals: marks.decimals,
                                                position: Int.max / 2 + marks.offset, offset: marks.offset, snippet: .words(header[k].text), rule: "table-header"))
                    scoreMarks = nil
                }
                if isSubtotalRow {
                    // The rows since the last 小计 or total are its parts; it takes their place in the lists a 合计 adds up.
                    let since = meaning == .score ? scoresSinceTotal : meaning == .weight ? weightsSinceTotal : (sinceHeader[k] ?? [])
                    let members = since.filter { !subtotalRows.contains($0) && statements[$0].parent == nil }
                    for m in members { statements[m].parent = index }
                    func replaced(_ list: [Int]) -> [Int] { list.filter { !members.contains($0) } + [index] }
                    sinceHeader[k] = replaced(sinceHeader[k] ?? [])
                    if meaning == .score { scoresSinceTotal = replaced(scoresSinceTotal) }
                    if meaning == .weight { weightsSinceTotal = replaced(weightsSinceTotal) }
                    subtotalRows.insert(index)
                } else if isTotalRow {
                    // Scores and weights add up over every table above (the funds table's 分值 10 with the
                    // indicators' 90); amounts within their own table.
                    // A 总计 adds the rows since the last total to that total (本年收入合计 + 结余 + 年初结转 = 总计).
                    // (Only a total of the same item: 支出总计 below 收入总计 and its parts adds up neither.)
                    let grand = vocabulary.isGrandTotal(label) ? subtotal[k].flatMap { s in
                        statements[s].subject == nil || subject == nil || statements[s].subject == subject ? [s] : nil } ?? [] : []
                    // (Rows since the header that are all another lead total's parts leave this one leading too.)
                    let leads = (sinceHeader[k] ?? []).allSatisfy({ statements[$0].parent != nil }) && grand.isEmpty && measure != nil
                    let own = sinceHeader[k] ?? []
                    let members = tableTotal && [.score, .weight].contains(meaning) ? own
                        : meaning == .score ? scoresSinceTotal : meaning == .weight ? weightsSinceTotal : grand + own
                    for m in members where statements[m].parent == nil { statements[m].parent = index }
                    if meaning == .score { scoresSinceTotal = tableTotal ? scoresSinceTotal.filter { !own.contains($0) } + [index] : [] }
                    if meaning == .weight { weightsSinceTotal = tableTotal ? weightsSinceTotal.filter { !own.contains($0) } + [index] : [] }
                    sinceHeader[k] = []
                    subtotal[k] = index
                    leadTotal[k] = leads ? index : nil
                    if leads { leadDepth = depth }
                } else if classifiedUnder?.cells[k] == nil {
                    // (A row under another by its code is that row's part, not the table's.)
                    sinceHeader[k, default: []].append(index)
                    if meaning == .score { scoresSinceTotal.append(index) }
                    if meaning == .weight { weightsSinceTotal.append(index) }
                }
            }
            if let code { classificationRows.append((code, rowStatements)) }
            // A row scored as its weight times its 得分系数 (| 80% | 20 | 16 |): the coefficient, kept for the audit to
            // check the row's score against (about the score). A 得分率 (| 25 | 22.4 | 89.60% |) is checked itself,
            // against the score over the weight.
            // The points a row's reason cell says were deducted (| 投入 | 20 | 18.5 | 预算编制准确性不足，扣1.5分 |): the
            // deduction of the row's score, checked against its marks less its score (one 扣 in the row's words only).
            if let w = meanings.indices.first(where: { meanings[$0] == .weight }).flatMap({ rowStatements[$0] }),
               let score = meanings.indices.first(where: { meanings[$0] == .score }).flatMap({ rowStatements[$0] }),
               statements[w].key == statements[score].key,
               let c = cells.indices.first(where: { rowStatements[$0] == nil && cells[$0].text.contains("扣") }),
               case let found = cells[c].text.matches(of: /扣(?:除|减)?\s*(\d+(?:\.\d+)?)\s*分/), found.count == 1,
               // (Not a scoring rule's rate or cap in a rubric cell, 执行率每低 1 个百分点扣 0.1 分, 最多扣 2 分: no points deducted.)
               !StatementReader.namesADeductionRule(cells[c].text[..<found[0].range.lowerBound]),
               let value = Double(found[0].1), cells.indices.filter({ rowStatements[$0] == nil && cells[$0].text.contains("扣") }).count == 1 {
                let text = String(found[0].1), cellOffset = offset + cells[c].start
                let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
                var st = Statement(key: statements[score].key, subject: statements[score].subject, measure: statements[score].measure, stage: nil,
                                   label: statements[score].label, year: statements[score].year, role: .deduction, value: value, unit: "分",
                                   decimals: decimals, position: Int.max / 2 + cellOffset, offset: cellOffset, snippet: snippet, rule: "table-row")
                st.about = score
                statements.append(st)
            }
            if let c = coefficientColumn, c < cells.count, cells[c].text.hasSuffix("%"), let (value, decimals) = number(cells[c].text),
               meanings.indices.contains(where: { meanings[$0] == .weight && rowStatements[$0] != nil }),
               let score = meanings.indices.first(where: { meanings[$0] == .score }).flatMap({ rowStatements[$0] }) {
                let cellOffset = offset + cells[c].start
                var st = Statement(key: statements[score].key + "coefficient", subject: nil, measure: scoreRateColumn ? "score_rate" : "coefficient", stage: nil,
                                   label: statements[score].label, year: statements[score].year, role: .level, value: value, unit: "%",
                                   decimals: decimals, position: Int.max / 2 + cellOffset, offset: cellOffset, snippet: snippet, rule: "table-row")
                st.about = score
                statements.append(st)
            }
            // A row of a table whose columns are a total and its parts: the parts' cells add up to the total's
            // (合计 | 642.80 | 571.30 | 71.50 under 合计 | 人员经费 | 公用经费).
            // The other rows' cells are their columns' parts too: they add up across as well (`across`).
            if let totalColumn = columnParts.firstIndex(where: { $0 == .total }), let total = rowStatements[totalColumn] {
                for (k, part) in columnParts.enumerated() {
                    guard case .item? = part, let cell = rowStatements[k] else { continue }
                    // (The 合计 row's: a breakdown of its own, apart from the column's rows below the total.)
                    if isTotalRow, statements[cell].parent == nil {
                        statements[cell].parent = total; statements[cell].breakdown = statements[total].offset
                    } else if !isTotalRow {
                        statements[cell].across = total
                    }
                }
            }
            // The row's change from the earlier year's column to the later one's (合计 | 30.00 | 27.00 | -3.00 | -10.0%),
            // about the later year's level.
            if let (later, earlier) = changeColumns, let now = rowStatements[later] {
                for (k, cell) in cells.enumerated() where k < meanings.count && (meanings[k] == .change || meanings[k] == .changePercent) {
                    guard let (value, decimals) = number(cell.text) else { continue }
                    let percent = meanings[k] == .changePercent || cell.text.hasSuffix("%")
                    var st = statements[now]
                    st.role = .change(sign: value < 0 ? -1 : 1)
                    st.value = abs(percent || !yuan ? value : value / 10_000)
                    st.unit = percent ? "%" : "万元"
                    st.decimals = percent ? decimals : max(decimals, 2) + (yuan ? 4 : 0)
                    st.offset = offset + cell.start
                    st.position = Int.max / 2 + st.offset
                    st.about = now
                    st.parent = nil
                    st.baseYear = columnYears[earlier] ?? reportYear.map { $0 - 1 }
                    let baseMeasure = meanings[earlier] == .budget ? "budget" : "actual"
                    st.baseMeasure = baseMeasure == st.measure ? nil : baseMeasure
                    statements.append(st)
                }
            }
            // A row that is not a part is what a 其中 after it breaks down.
            if !inBreakdown || opensBreakdown == false && !inBreakdown { breakdownOf = rowStatements }
            if opensBreakdown, breakdownOf.isEmpty { inBreakdown = false }
        }
        // A total row's parts were linked after they were read: keep the links only where the total is the
        // statement's parent by position (parents come after parts for 合计 rows, before them for 其中 rows).
        return TableReader(statements: statements, unmatched: unmatched, rows: rows)
    }

    /// A table that pdftotext flattened one cell per line: which amounts belong to which labels can be told only
    /// at the end of a block, where the last label is a total (总计, 合计) and the last amount of the run after it
    /// is that total's; the other amounts of a run are left unattributed (empty cells were dropped, so their rows
    /// cannot be known).
    struct FlattenedTable {
        /// The section (收入 / 支出) the current block belongs to, from a line holding just that word.
        private var section = ""
        /// The labels read since the last run of amounts, with their 行次.
        private var labels: [String] = []
        /// The run of amounts being read: value in 万元, decimals, offset.
        private var run: [(Double, Int, Int)] = []

        /// The amounts of the previous run of the section (the items a 本年合计 adds up).
        private var previousRun: [(Double, Int, Int)] = []

        struct Cell {
            let label: String
            let section: String
            let value: Double
            let decimals: Int
            let offset: Int
            /// For the year's 合计 (the first label of a closing block): the amounts of the block before it; for the
            /// 总计 closing that block: the block's other amounts.
            let parts: [(Double, Int, Int)]
        }

        /// Reads one line (without spaces); at the end of a run of amounts after a total label, returns that
        /// total (the run's last amount) and, when the block opens with the year's 合计 and the run has an amount
        /// for it, that 合计 (the run's first amount) with the items of the previous run as its parts.
        mutating func read(line: String, offset: Int, yuan: Bool) -> [Cell]? {
            if line == "收入" || line == "支出" { section = line; labels = []; run = []; previousRun = []; return nil }
            if let amount = Self.amount(line) {
                let factor = yuan ? 0.0001 : 1
                run.append((amount.value * factor, amount.decimals + (yuan ? 4 : 0), offset))
                return nil
            }
            var out: [Cell]? = nil
            if !run.isEmpty {
                if let last = labels.last, last.contains("总计") || last.contains("合计"), let total = run.last {
                    // (A 总计 closing a block that opens with the year's 合计 adds up the block's other amounts: the
                    // 合计 and the balances, 本年收入合计 + 年初结转和结余, whichever rows they stand in.)
                    let closing = run.count >= 2 && run.count <= labels.count && labels.first.map { $0 != last && $0.contains("合计") } == true
                    out = [Cell(label: last, section: section, value: total.0, decimals: total.1, offset: total.2,
                                parts: closing && last.contains("总计") ? Array(run.dropLast()) : [])]
                    if run.count >= 2, let first = labels.first, first != last, first.contains("合计"), previousRun.count >= 2 {
                        out!.insert(Cell(label: first, section: section, value: run[0].0, decimals: run[0].1, offset: run[0].2, parts: previousRun), at: 0)
                    }
                }
                previousRun = run
                run = []
                labels = []
            }
            // 一、一般公共预算财政拨款收入 1 / 本年收入合计 27: a label with its row number; a lone row number is skipped.
            if let label = Self.rowLabel(line) { labels.append(label) }
            return out
        }

        static func amount(_ line: String) -> (value: Double, decimals: Int)? {
            // An amount has a thousands separator or decimals (a bare 1-3 digit number is a row number).
            guard line.unicodeScalars.contains(where: { $0 == "," || $0 == "." }), let (v, d) = TableReader.number(line), !line.hasSuffix("%") else { return nil }
            return (v, max(d, 2))
        }

        static func rowLabel(_ line: String) -> String? {
            let scalars = Array(line.unicodeScalars)
            var k = scalars.count
            while k > 0 && StatementReader.isDigit(scalars[k - 1]) { k -= 1 }
            guard k < scalars.count, scalars.count - k <= 3, k > 0 else { return nil }
            let label = String(scalars: scalars[..<k])
            return label.unicodeScalars.contains { !$0.isASCII } ? label : nil
        }
    }

    /// How many columns a table's rows sit left of their header cells, told by the rows' percents: the position of
    /// the one column whose header names a rate (执行率) less the one position (label cell included) the rows'
    /// percents take. A header led by a title cell the rows lack (预算执行情况(10分) | 年度预算数(万元) | 年初预算
    /// ...) is one; nil without exactly one rate column and one percent position, or with the percents right of it.
    /// A row packed to the left (its spanned cells left empty at the end) put back under its header's columns:
    /// - a header whose first cell titles its block with the block's points (绩效指标(90分), 预算执行情况(10分))
    ///   spans the block's rows, so a row that starts with its own label lacks that column;
    /// - a total row that gives only its values after its label (合计 | 100 | 100 | ||||) gives the totals of the
    ///   header's last value columns (权重, 得分).
    static func unpacked(_ cells: [Cell], under header: [Cell], meanings: [ColumnMeaning?]) -> [Cell] {
        var cells = cells
        let empty = Cell(text: "", start: cells[0].start)
        // (A block title over the rows' label column, 预算执行情况(万元)(20分) | 预算数(A) | … over 年度财政资金总额 | 650 |
        // …, keeps the row where it stands: moved only where that puts fewer of its numbers under columns of values.)
        if isBlockTitle(header[0].text), !cells[0].text.isEmpty, number(cells[0].text) == nil, cells[0].text != header[0].text {
            let moved = [empty] + cells.dropLast()
            if numbersPlaced(moved, meanings) >= numbersPlaced(cells, meanings) { cells = moved }
        }
        guard let l = cells.firstIndex(where: { !$0.text.isEmpty }), Self.totalWords.contains(where: cells[l].text.contains) else {
            return shiftedPastASpanningLabel(cells, under: header, meanings: meanings)
        }
        let filled = cells.indices.filter { !cells[$0].text.isEmpty }
        let values = filled.dropFirst()
        guard !values.isEmpty, filled == Array(l..<(l + filled.count)), values.allSatisfy({ number(cells[$0].text) != nil }) else { return cells }
        let columns = meanings.indices.filter { $0 > l && $0 < cells.count && meanings[$0] != nil }
        guard columns.count >= values.count, columns.suffix(values.count).first! >= values.first! else { return cells }
        var placed = Array(repeating: empty, count: cells.count)
        placed[l] = cells[l]
        for (k, column) in zip(values, columns.suffix(values.count)) { placed[column] = cells[k] }
        return placed
    }

    /// Whether `next` is the line right after `entry`'s (neither rebuilt): one scalar between them, or two, a CRLF's
    /// (CellGrid gives lines without their CR; a blank line between is an entry of its own, and a page number passed
    /// over takes at least three).
    static func follows(_ next: CellGrid.Entry, _ entry: CellGrid.Entry) -> Bool {
        let end = entry.start + entry.text.unicodeScalars.count
        return !entry.rebuilt && !next.rebuilt && (next.start == end + 1 || next.start == end + 2)
    }

    /// A line and the line right after it (`follows`) as one, the line break read as blanks (one, or two for a CRLF),
    /// so that every character keeps its offset in the text.
    static func joined(_ entry: CellGrid.Entry, _ next: CellGrid.Entry) -> CellGrid.Entry {
        let gap = next.start - entry.start - entry.text.unicodeScalars.count
        return CellGrid.Entry(text: entry.text + String(repeating: " ", count: gap) + next.text, start: entry.start, rebuilt: false)
    }

    /// A piece of a header broken over lines: a line closed by its bar, of one or two short names (序号 | 一级 指标 |,
    /// 二级 指标 |), none a number or a column of values, not padded with empty cells (a form's field is, 单位 | ||||).
    static func isHeaderPiece(_ line: String) -> Bool {
        guard line.hasSuffix("|") else { return false }
        let cells = split(line)
        let named = cells.filter { !$0.text.isEmpty }
        return !named.isEmpty && named.count <= 2 && filled(cells) == cells.count - 1
            && named.allSatisfy { number($0.text) == nil && $0.text.count <= 6 && meaning($0) == nil }
    }

    /// Whether a line completes a header broken over lines: names alone, one naming a column of values (指标分值 |
    /// 指标解释 | 指标说明及评分标准 | 自评得分 |).
    static func completesAHeader(_ line: String) -> Bool {
        let cells = split(line)
        return namesColumnsAlone(cells) && cells.contains { meaning($0) != nil }
    }

    /// Whether a line's cells could be a header's: names of a few words, no number and no sentence (a line of prose
    /// with runs of spaces is no header).
    static func namesColumnsAlone(_ cells: [Cell]) -> Bool {
        cells.allSatisfy { $0.text.count <= 24 && !$0.text.contains("。") && !$0.text.contains("，") && number($0.text) == nil }
    }

    /// How many cells a row or header spans up to its last with text (the empty cells that pad it after that left out).
    static func filled(_ cells: [Cell]) -> Int { cells.lastIndex { !$0.text.isEmpty }.map { $0 + 1 } ?? 0 }

    /// How many of a row's numbers stand under a column of values: a percent under a rate's or a percent change's, any
    /// other number under any.
    static func numbersPlaced(_ cells: [Cell], _ meanings: [ColumnMeaning?]) -> Int {
        cells.indices.count { k in
            guard number(cells[k].text) != nil, k < meanings.count, let m = meanings[k] else { return false }
            return !(cells[k].text.hasSuffix("%") || cells[k].text.hasSuffix("％")) || m == .rate || m == .changePercent
        }
    }

    /// A packed row whose label spans the header's first label columns (部门(单位)总体资金 | 资金来源 | 年初预算数(A) |
    /// 全年执行数(B) | 分值 | 得分 over 年度资金总额 | 1172.55 | 1268.72 | 10 | 10): it fills as many fewer columns as
    /// its label spans (or fewer, when a text cell after its numbers is left empty), so its numbers start under a
    /// column that holds none (资金来源). Moved right by the fewest columns (one to three, no more than it lacks) that
    /// put every number under a value column; any other row as it is. (Three: an indicator's row that gives only its
    /// own cells, ★验收合格率 | 20 | 100% | 100% | 20, under a block title and two merged levels.)
    /// (After a row's number under a 序号 column, the same: 2 | 工作计划 (6分) | 年度工作计划完整性 | 3 | … under 序号 | 一级指标 |
    /// 二级指标 | 三级指标 | 指标分值 | …, the row's 一级指标 merged into the row above.)
    static func shiftedPastASpanningLabel(_ cells: [Cell], under header: [Cell], meanings: [ColumnMeaning?]) -> [Cell] {
        let most = min(3, filled(header) - filled(cells), cells.count - filled(cells))
        let lead = header[0].text == "序号" && cells.count > 1 && number(cells[0].text).map({ $0.1 == 0 }) == true ? 1 : 0
        let numbers = cells.indices.filter { $0 >= lead && number(cells[$0].text) != nil }
        guard most >= 1, !cells[lead].text.isEmpty, number(cells[lead].text) == nil, let first = numbers.first,
              first < meanings.count, meanings[first] == nil,
              let shift = (1...most).first(where: { s in
                  numbers.allSatisfy { $0 + s < meanings.count && (meanings[$0 + s] != nil || namesValues(header[$0 + s].text)) }
              }) else { return cells }
        return Array(cells[...lead]) + Array(repeating: Cell(text: "", start: cells[lead].start), count: shift) + cells[(lead + 1)..<(cells.count - shift)]
    }

    /// The full marks a score column's header states after 得分: 20 in 得分 (20分*执行率), 得分（满分10分）.
    static func fullMarks(inScoreHeader t: String) -> (value: Double, decimals: Int)? {
        guard let r = t.range(of: "得分") else { return nil }
        let s = Array(t[r.upperBound...].unicodeScalars)
        guard let k = s.firstIndex(where: StatementReader.isDigit), let n = StatementReader.plainNumber(s, at: k),
              n.end < s.count, s[n.end] == "分", n.value > 0 else { return nil }
        return (n.value, n.decimals)
    }

    /// A rate written as a fraction (执行率(B/A) over 0.1 for 94 of 650, over 1 for all of it): no percent sign in the
    /// cell or its header, at most 1.5, and written with decimals unless it is 0 or 1. A percent rate of 1.5% or less
    /// is a budget barely touched, written so in no table the readers have met.
    static func isFraction(_ cell: String, value: Double, decimals: Int, under header: String) -> Bool {
        let percent = { (t: String) in t.contains("%") || t.contains("％") }
        return !percent(cell) && !percent(header) && value <= 1.5 && (decimals > 0 || value == 0 || value == 1)
    }

    /// A header cell over an indicator's numbers that are no money, rate or score (年初目标值(A), 实际完成值(B), 指标值).
    static func namesValues(_ t: String) -> Bool { t.contains("值") }

    /// A header cell that titles a block of a score table with the block's points: 绩效指标(90分), 预算执行情况（10分）.
    static func isBlockTitle(_ t: String) -> Bool {
        guard t.hasSuffix("分)") || t.hasSuffix("分）"), let open = t.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return false }
        let points = t[t.index(after: open)...].dropLast(2)
        return !points.isEmpty && points.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && t.distance(from: t.startIndex, to: open) >= 2
    }

    static func valueShift(_ meanings: [ColumnMeaning?], percentsAt positions: Set<Int>) -> Int? {
        let rates = meanings.indices.filter { meanings[$0] == .rate }
        guard rates.count == 1, positions.count == 1, let p = positions.first, p <= rates[0] else { return nil }
        return rates[0] - p
    }

    /// The budget stage a column header names: 年初预算数 (initial), 全年（调整）预算数 (adjusted).
    static func stage(of header: String) -> String? {
        if header.contains("年初") { return "initial" }
        if header.contains("调整") || header.contains("全年") { return "adjusted" }
        return nil
    }

    struct Cell { let text: String; let start: Int }

    /// A line between a table's title and its header that names who filed the form or its unit (编制单位：…
    /// 单位：万元, 金额单位：元): the title above it still names what the table's 合计 totals.
    static func isFormMargin(_ compact: String) -> Bool {
        ["编制单位", "填报单位", "单位：", "单位:", "金额单位"].contains(where: compact.hasPrefix) || unitLine(compact) != nil
    }

    /// A header cell that names an amount and nothing more: 金额, 金额（万元）.
    static func isAmountColumn(_ t: String) -> Bool {
        if t == "金额" || t.hasPrefix("金额（") || t.hasPrefix("金额(") { return true }
        // (Or a sum of money named with its unit: 补助资金（万元）, 分配金额(元) in an allocation table.)
        guard let open = t.firstIndex(where: { $0 == "（" || $0 == "(" }), t.last == "）" || t.last == ")" else { return false }
        let name = t[..<open], unit = t[t.index(after: open)...].dropLast()
        return ["万元", "元", "亿元"].contains(String(unit)) && ["资金", "金额", "补助"].contains(where: name.hasSuffix)
    }

    /// A line that only gives the unit of the table's amounts: （万元）, (元), 单位：万元. The unit, or nil.
    static func unitLine(_ compact: String) -> String? {
        guard compact.unicodeScalars.count <= 10, compact.hasSuffix("元") || compact.hasSuffix("）") || compact.hasSuffix(")"), let r = compact.range(of: #"^[（(]?(单位[:：])?(万元|元)[）)]?$"#, options: .regularExpression), !r.isEmpty else { return nil }
        return compact.contains("万元") ? "万元" : "元"
    }

    /// The cells of a row placed under the header's columns by where they stand: each cell in the column whose
    /// middle is nearest its own, left to right, never two in one column. A cell starts where pdftotext -layout
    /// sets it by its place on the page, in scalars, and spans its width there: a character of Chinese as wide as
    /// two of a number (``ReportText/columns(_:)``), so that a wide header's middle (指标权重（分）) is not taken
    /// for its left part's. Positions before a cell still count scalars, and a line's Chinese text takes fewer of
    /// them than its width on the page, so the columns are matched in order: a cell goes no further left than the
    /// column after the previous cell's, and leaves room for the cells after it.
    static func aligned(_ cells: [Cell], under header: [Cell]) -> [Cell] {
        guard !cells.isEmpty, !header.isEmpty else { return cells }
        func middle(_ c: Cell) -> Double { Double(c.start) + Double(ReportText.columns(c.text.unicodeScalars)) / 2 }
        var out = header.map { Cell(text: "", start: $0.start) }
        var next = 0
        for (k, cell) in cells.enumerated() {
            let last = header.count - (cells.count - k)
            guard next <= last else { return cells }
            let column = (next...last).min { abs(middle(header[$0]) - middle(cell)) < abs(middle(header[$1]) - middle(cell)) }!
            out[column] = cell
            next = column + 1
        }
        return out
    }

    /// Cells split by | (empty cells kept, also before a leading and after a trailing bar, so that rows and
    /// headers written alike align) or by runs of two or more spaces and tabs.
    static func split(_ line: String) -> [Cell] {
        let s = Array(line.unicodeScalars)
        if s.contains("|") {
            var cells: [Cell] = []
            var start = 0
            for k in 0...s.count where k == s.count || s[k] == "|" {
                let raw = String(scalars: s[start..<k])
                let lead = raw.prefix(while: { $0 == " " || $0 == "\u{3000}" }).unicodeScalars.count
                cells.append(Cell(text: unspaced(raw.trimmingSpaces()), start: start + lead))
                start = k + 1
            }
            return cells
        }
        var cells: [Cell] = []
        var k = 0, current = "", start = -1, spaces = 0
        func close() {
            let t = unspaced(current.trimmingSpaces())
            if !t.isEmpty { cells.append(Cell(text: t, start: start)) }
            current = ""; start = -1; spaces = 0
        }
        while k < s.count {
            let c = s[k]
            if c == "\t" { close() } else if c == " " || c == "\u{3000}" {
                spaces += 1
                if spaces >= 2 { close() } else { current.unicodeScalars.append(" ") }
            } else {
                spaces = 0
                if start < 0 { start = k }
                current.unicodeScalars.append(c)
            }
            k += 1
        }
        close()
        return cells
    }

    /// A cell's text without the spaces a form sets between its characters (项 目, 预 算 数, 合 计, 公务用车 购置费):
    /// a space between two Chinese characters is layout, not text; nor is one between a number and its percent
    /// sign (96 %, 87.50 ％), which a page's converter or a typist leaves.
    static func unspaced(_ t: String) -> String {
        guard t.unicodeScalars.contains(" ") else { return t }
        let s = Array(t.unicodeScalars)
        var out = String.UnicodeScalarView()
        for k in s.indices {
            // (A run of blanks too: a cell broken over a CRLF line break is joined with two.)
            if s[k] == " ", let last = out.last, let next = s[(k + 1)...].first(where: { $0 != " " }),
               last.isHan && next.isHan || ("0"..."9").contains(last) && (next == "%" || next == "％") { continue }
            out.append(s[k])
        }
        return String(out)
    }

    static func meaning(_ cell: Cell) -> ColumnMeaning? {
        let t = cell.text
        // (A form's choice between boxes, 1、部门预算项目 □ 2、上级专项 þ, is a field's value, no column's name.)
        if t.unicodeScalars.contains(where: { "□■☐☑☒√þ".unicodeScalars.contains($0) }) { return nil }
        if t.contains("得分系数") || t.contains("得分率") { return nil }
        if let change = changeMeaning(t) { return change }
        if t.contains("得分") { return .score }
        if t.contains("权重") || t.contains("分值") { return .weight }
        if t.contains("执行率") || t.contains("完成率") { return .rate }
        // A completion in percent named by its fraction (决算数为年初预算数的%, 决算占预算%, 预算完成%): no money
        // column, though it names 决算. (A share of a total, 占比 or 占…比重, is no completion.)
        if t.unicodeScalars.contains(where: { $0 == "%" || $0 == "％" }), t.contains("预算"), t.contains("完成") || t.contains("为") || t.contains("占预算") { return .rate }
        // Money columns name a sum (数, 金额, 支出); 实际完成值 is an indicator's value, not money.
        if t.contains("决算") || t.contains("实际支出") || t.contains("支出数") || t.contains("执行数") || (t.contains("实际") && t.contains("数")) { return .actual }
        // A year's spending (2020年度支出 (万元), 本年支出): not a kind of spending (基本支出 | 项目支出 name items).
        if yearsSpending(t) { return .actual }
        // (一般公共预算, 政府性基金预算 … name a budget type, not the budget: a column of one is a source's part.)
        if t.contains("预算"), StatementReader.budgetTypes.reduce(t, { $0.replacingOccurrences(of: $1, with: "") }).contains("预算") { return .budget }
        return quantityUnit(t).map { .quantity(unit: $0) }
    }

    /// The unit a header names in brackets at its end when it is one of things counted or measured (里程（公里）,
    /// 车辆数（辆）, 面积(平方米)): not money, a percent or a unit per unit (标准（元/公里）, 人均（万元）).
    static func quantityUnit(_ t: String) -> String? {
        guard let close = t.last, close == "）" || close == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }), open != t.startIndex
        else { return nil }
        let unit = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
        let name = t[..<open]
        guard quantityUnits.contains(unit), !["均", "标准", "率", "比", "每"].contains(where: name.contains) else { return nil }
        return unit
    }

    /// Units of things counted or measured that a column of a table may add up.
    static let quantityUnits: Set<String> = Statement.wholeCountUnits.union(StatementReader.measureUnits).union(["万人", "万人次"])

    /// What a column of a table whose columns are a total and its parts is: the total (合计, 本年支出合计), or a part
    /// with the vocabulary's item for it (基本支出) or none (一般公共预算, 经营支出).
    enum ColumnPart: Equatable { case total, item(String?) }

    /// For a header whose columns are a total and its parts (科目名称 | 合计 | 基本支出 | 项目支出, 项目 | 合计 | 一般公共预算
    /// | 政府性基金预算): each column's part, nil for a label column; nil when the header is not one such: a total
    /// column and at least two parts, every other column a label's.
    static func columnParts(_ cells: [Cell], reader: StatementReader) -> [ColumnPart?]? {
        var out: [ColumnPart?] = [], totals = 0, parts = 0
        for (k, cell) in cells.enumerated() {
            let t = cell.text
            // (An empty cell, the one after a row's closing bar, names no column.)
            if t.isEmpty { out.append(nil); continue }
            let any = reader.subjectMatch(in: t, weak: false)
            // The total: 合计, or the year's revenue or spending by its name (本年支出合计 | 基本支出 | 项目支出 | 经营支出).
            if ["合计", "小计", "总计"].contains(t)
                || ["合计", "总计"].contains(where: t.contains) && ["revenue", "expenditure"].contains(any?.subject ?? "") {
                out.append(.total); totals += 1; continue
            }
            let named = any.flatMap { m in m.end == t.unicodeScalars.count && !["revenue", "expenditure"].contains(m.subject) ? m : nil }
            // A budget type (合计 | 一般公共预算 | 政府性基金预算, 一般公共预算财政拨款收入): the vocabulary's item that ends the
            // name, else a source's part it has no item for.
            if StatementReader.budgetTypes.contains(where: { t.hasPrefix($0) }) {
                out.append(.item(named?.subject)); parts += 1; continue
            }
            if let named, named.start == 0 { out.append(.item(named.subject)); parts += 1; continue }
            // After the total, a kind of spending or revenue the vocabulary has no item for (上缴上级支出, 经营支出,
            // 附属单位上缴收入): a part all the same.
            if totals == 1, t.hasSuffix("支出") || t.hasSuffix("收入") { out.append(.item(nil)); parts += 1; continue }
            // (Only label columns besides: 科目编码, 科目名称, 项目.)
            guard k < 2 || out.allSatisfy({ $0 == nil }) else { return nil }
            out.append(nil)
        }
        // (Two columns of one item, 事业收入 and 上级补助收入 both other revenue, are parts the vocabulary does not tell
        // apart: unnamed, so that neither reads as the other stated again.)
        var seen: [String: Int] = [:]
        for case .item(let subject?)? in out { seen[subject, default: 0] += 1 }
        out = out.map { part in
            if case .item(let subject?)? = part, seen[subject, default: 0] > 1 { return .item(nil) }
            return part
        }
        return totals == 1 && parts >= 2 ? out : nil
    }

    /// A row's label set apart by spaces from its numbering and its section's (一、收入支出情况对比 (一) 收入总计): the
    /// words after the last numbering; and the depth of that numbering (一、 0, （一） 1, 1. 2, （1） 3), nil without
    /// one. A label of one word keeps its numbering.
    static func numbered(_ label: String) -> (label: String, depth: Int?) {
        let s = Array(label.unicodeScalars)
        var last: (start: Int, depth: Int)? = nil
        for k in s.indices where k == 0 || s[k - 1] == " " {
            if let e = StatementReader.Enumeration(s, at: k) { last = (k, e.depth) }
        }
        guard let last else { return (label, nil) }
        guard s.contains(" ") else { return (label, last.depth) }
        return (StatementReader.withoutEnumeration(s.string(last.start..<s.count)).trimmingSpaces(), last.depth)
    }

    /// The items a bare 合计 may total, as the heading above its table or its own label names them.
    static let totalSubjects: Set<String> = ["revenue", "expenditure", "three_public", "project", "appropriation"]

    /// The words of a total row's label (合计, 总计; 总分 in a score table).
    static let totalWords = ["合计", "总计", "总分"]

    /// The sections of a score table (投入, 决策, 过程, 产出, 效益, 效果), whose scores add up their indicators'.
    static let sectionSubjects: Set<String> = ["score_input", "score_decision", "score_process", "score_output", "score_benefit", "score_effect"]

    /// Whether a row's label is a section's name and nothing more (产出指标, 项目效益, 效益（20 分）), its full marks in
    /// brackets and spaces aside, rather than an indicator whose name holds the section's word (社会效益, 产出数量).
    static func namesTheSectionWhole(_ label: String, _ reader: StatementReader) -> Bool {
        let name = label.replacing(/[（(][^）)]*[）)]/, with: "").filter { $0 != " " }
        guard let found = reader.subjectMatch(in: name) else { return false }
        return found.start == 0 && found.end == name.unicodeScalars.count
    }

    /// A column of changes from the year before: 增减额, 增减值, 增加额, 比上年增减 (an amount), 增减率, 增长率,
    /// 增减%, 增减幅度 (a percent); not the column that explains them (增减原因, 变动情况说明).
    static func changeMeaning(_ t: String) -> ColumnMeaning? {
        // (Asked of every cell of every line: the words only where one of their first characters is.)
        guard t.unicodeScalars.contains(where: { $0 == "增" || $0 == "变" || $0 == "较" || $0 == "比" }),
              ["增减", "增加额", "增长", "变动", "较上年", "比上年"].contains(where: t.contains),
              !["原因", "说明", "情况"].contains(where: t.contains) else { return nil }
        return ["率", "%", "％", "幅"].contains(where: t.contains) ? .changePercent : .change
    }

    /// A column named by a year alone (2016年度, 2017年, 2023年（万元）) or by the period alone (本期 | 上年同期, 本年 |
    /// 上年): an amount of that year.
    static func isYearColumn(_ t: String) -> Bool {
        // (Asked of every cell of every line: the patterns only where a 年 or 期 is.)
        guard t.unicodeScalars.count <= 16, t.unicodeScalars.contains(where: { $0 == "年" || $0 == "期" }) else { return false }
        var name = t
        if let unit = name.range(of: #"\s*[（(][^）)]*[）)]\s*$"#, options: .regularExpression) { name.removeSubrange(unit) }
        name = name.trimmingSpaces()
        return ["本期", "本期数", "本年", "本年度", "本年数", "上期", "上年", "上年度", "上年数", "上年同期", "上年同期数"].contains(name)
            || name.range(of: #"^(19|20)\d{2} ?年度?$"#, options: .regularExpression) != nil
    }

    /// The year a column's name gives: the year it names (2023年预算数), the report's year before (上年决算数,
    /// 上年度预算数) or the report's year (本年预算数); nil when it names none.
    static func columnYear(_ t: String, reportYear: Int?) -> Int? {
        if let year = StatementReader.lastYear(in: Substring(t)) { return year }
        guard let reportYear else { return nil }
        if t.hasPrefix("上年") || t.hasPrefix("上一年") || t.hasPrefix("上期") { return reportYear - 1 }
        return nil
    }

    /// The two columns a table's change columns compare: the amount columns of its latest year and of the latest
    /// year before it, when each is one column (or the latest year has one column of the earlier one's measure:
    /// 2024年预算数 | 2024年决算数 | 2023年决算数 | 增减额 compares the outturns) and the table has a change column; nil
    /// otherwise (预算数 | 决算数 | 差额 compares measures, not years).
    static func changeColumns(_ meanings: [ColumnMeaning?], years: [Int?]) -> (later: Int, earlier: Int)? {
        guard meanings.contains(where: { $0 == .change || $0 == .changePercent }) else { return nil }
        let amounts = meanings.indices.filter { meanings[$0] == .budget || meanings[$0] == .actual }
        let dated = amounts.compactMap { k in years[k].map { (k, $0) } }
        guard let latest = dated.map(\.1).max(), let before = dated.map(\.1).filter({ $0 < latest }).max() else { return nil }
        var later = dated.filter { $0.1 == latest }
        let earlier = dated.filter { $0.1 == before }
        guard earlier.count == 1 else { return nil }
        if later.count > 1 { later = later.filter { meanings[$0.0] == meanings[earlier[0].0] } }
        guard later.count == 1 else { return nil }
        return (later[0].0, earlier[0].0)
    }

    /// The columns a change column compares when it compares a year's outturn with its budget (2024年预算数 |
    /// 2024年决算数 | 决算数比预算数增减): the outturn's column (as the later) and the budget's, when the table has one
    /// of each, of one year, and its change column names both measures or no base at all (增减额); nil otherwise.
    static func outturnAgainstBudget(_ meanings: [ColumnMeaning?], headers: [String], years: [Int?]) -> (later: Int, earlier: Int)? {
        // (Named so, 决算比预算增减; or a bare 增减额 beside the year's one budget and one outturn, which it can only be
        // between: not a change from another year, 比上年增减.)
        guard let change = meanings.indices.first(where: { meanings[$0] == .change }) else { return nil }
        let name = headers[change]
        guard name.contains("预算") && (name.contains("决算") || name.contains("实际")) || !["年", "同比", "上期"].contains(where: name.contains)
        else { return nil }
        let budgets = meanings.indices.filter { meanings[$0] == .budget }, actuals = meanings.indices.filter { meanings[$0] == .actual }
        guard budgets.count == 1, actuals.count == 1, years[budgets[0]] == years[actuals[0]] else { return nil }
        return (actuals[0], budgets[0])
    }

    /// Whether a column's name is a year's spending: 2020年度支出, 2020年支出 (万元), 本年支出, 全年支出.
    static func yearsSpending(_ t: String) -> Bool {
        // (The patterns only on a name that says 支出: they run on every cell of a table.)
        guard t.contains("支出") else { return false }
        var name = t
        if let unit = name.range(of: #"\s*[（(][^）)]*[）)]\s*$"#, options: .regularExpression) { name.removeSubrange(unit) }
        name = name.trimmingSpaces()
        if ["本年支出", "全年支出", "本年度支出", "年度支出"].contains(name) { return true }
        return name.range(of: #"^(19|20)\d{2} ?年度?支出$"#, options: .regularExpression) != nil
    }

    /// A plain number cell: "1,342.42", "97653400.00", "92.5%".
    static func number(_ t: String) -> (Double, Int)? {
        var text = t.replacingOccurrences(of: ",", with: "")
        if text.hasSuffix("%") { text.removeLast() }
        guard text.count <= 24, let v = Double(text), v.isFinite, text.first.map({ $0.isNumber || $0 == "-" }) == true else { return nil }
        let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
        return (v, decimals)
    }
}
