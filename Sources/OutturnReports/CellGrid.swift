import Foundation

/// Tables that a web page's text flattened into one cell per line, each line ending in `|` (a 项目支出绩效自评表
/// as published: "年初预算 |", "调整后预算数 |", ... then "总额 |", "180.00 |", "212.50 |" ...): the row
/// boundaries are gone, so the header and the rows are rebuilt into lines of `|`-separated cells that
/// ``TableReader`` reads as any other table.
///
/// A row is a text cell (its label) followed by at least two value cells (numbers, percents, "/" or empty) and
/// perhaps one text cell (a 原因 column's note) before the next row; its header is the run of text cells just
/// before the first row. The percents tell which header cell is the first value column: the one column whose
/// header names a rate (执行率) holds every percent of the rows. Without exactly one such column and percents
/// under it, nothing is rebuilt: the value cells alone cannot place the columns (a trailing 原因 column may be
/// empty, written as text, or left out).
///
/// A rebuilt line is the original lines with their line breaks turned into spaces, so every character keeps
/// its offset in the text.
enum CellGrid {
    /// A line to read: one line of the text, or several one-cell lines joined into a row (`rebuilt`).
    struct Entry: Equatable {
        let text: String
        /// Where the entry's first character is in the text, in scalars.
        var start = 0
        /// Whether the entry is a rebuilt row or header; a rebuilt row may have fewer cells than its header
        /// (trailing cells that span rows, such as 原因, are written only once).
        let rebuilt: Bool
        /// A short rebuilt row whose cells are the header's last ones (合计 | 100 | 97.24 |, under 权重, 得分 and
        /// 原因 after its label).
        var rightAligned = false
    }

    /// The lines of `text`, with each one-cell-per-line table rebuilt into rows.
    static func entries(_ text: String) -> [Entry] { Array(Entries(text)) }

    /// The entries of a text one at a time, in order: what ``entries(_:)`` returns, holding no more than one
    /// table's lines at once (a long report's lines are never all copied out together).
    struct Entries: Sequence, IteratorProtocol {
        private var lines: ReportText.Lines.Iterator
        /// The offset of the next line in scalars.
        private var offset = 0
        /// A line read past a block of one-cell lines, with its cell.
        private var lineAhead: (text: String, start: Int, cell: String?)?
        /// Entries of a block of one-cell lines (rebuilt into rows) not yet passed on, from `blockNext`.
        private var block: [Entry] = [], blockNext = 0
        /// An entry read past the rows of a two-sided table.
        private var entryAhead: Entry?
        /// The halves of a two-sided table not yet returned, from `splitNext`.
        private var split: [Entry] = [], splitNext = 0

        init(_ text: String) { lines = ReportText.Lines(text.unicodeScalars).makeIterator() }

        /// A line read ahead inside a block and given back (not the rest of a cell broken over two lines).
        private var lineBack: (text: String, start: Int)?

        /// The cell count of the single-space table being read (0 outside one), and the lines read past its header.
        private var spaceColumns = 0, spaceAhead = LinesAhead()
        /// Whether the single-space table being read has cells of words among its values (``SpaceSeparatedTables/isRowOfWords(_:columns:)``).
        private var spaceCellsOfWords = false
        /// Whether the first line ahead is a header's second line, its bars already set.
        private var barredAhead = false
        /// The most lines a form of one cell to a paragraph is looked for over.
        static let longestForm = 4_000
        /// Where the last scan for a form of one cell to a paragraph stopped without finding one (an offset).
        private var formlessUntil = 0

        /// The next line not yet read (a line looked at and given back first).
        private mutating func aheadOrFresh() -> (text: String, start: Int)? {
            spaceAhead.isEmpty ? freshLine() : spaceAhead.removeFirst()
        }

        /// The `n`th line not yet read, from 0, left to be read.
        private mutating func peek(_ n: Int) -> (text: String, start: Int)? {
            while spaceAhead.count <= n { guard let line = freshLine() else { return nil }; spaceAhead.append(line) }
            return spaceAhead[n]
        }

        /// The next line (as `freshLine`), a single-space table's header and rows with bars between their cells
        /// (``SpaceSeparatedTables``).
        private mutating func nextLine() -> (text: String, start: Int)? {
            if let back = lineBack { lineBack = nil; return back }
            if barredAhead { barredAhead = false; return spaceAhead.removeFirst() }
            guard var line = aheadOrFresh() else { return nil }
            guard let cells = SpaceSeparatedTables.cells(line.text, minimum: spaceColumns > 0 ? 2 : 3) else {
                // A row's label on a line of its own, its values on the next: one row, the line break a bar.
                if spaceColumns > 0, !line.text.unicodeScalars.contains(" "), !line.text.unicodeScalars.contains("|"), line.text.unicodeScalars.contains(where: \.isHan),
                   let next = peek(0) {
                    // (A page number or break between them, passed over, is blanks of the row.)
                    let gap = next.start - line.start - line.text.unicodeScalars.count
                    if gap >= 1, SpaceSeparatedTables.valuesOnly(next.text) == spaceColumns - 1 {
                        _ = spaceAhead.removeFirst()
                        let values = SpaceSeparatedTables.barred(next.text, labelWords: 0)
                        return (line.text + "|" + String(repeating: " ", count: gap - 1) + values, line.start)
                    }
                }
                spaceColumns = 0
                return line
            }
            if spaceColumns > 0, let width = SpaceSeparatedTables.width(cells), width == spaceColumns {
                line.text = SpaceSeparatedTables.barred(line.text, labelWords: SpaceSeparatedTables.labelWidth(cells)!)
                return line
            }
            // (In a table whose rows have cells of words, a row with a cell for each column, every space a bar; or a
            // closing row of a label and its values, 总分 100 97.74, which the reader places from the right.)
            if spaceColumns > 0, spaceCellsOfWords {
                if SpaceSeparatedTables.isRowOfWords(cells, columns: spaceColumns) {
                    line.text = SpaceSeparatedTables.barred(line.text)
                    return line
                }
                if let width = SpaceSeparatedTables.width(cells), width < spaceColumns {
                    line.text = SpaceSeparatedTables.barred(line.text, labelWords: SpaceSeparatedTables.labelWidth(cells)!)
                    return line
                }
            }
            // (A row of zeros that leaves its other cells empty is passed over; the table goes on.)
            if spaceColumns > 0, cells.count < spaceColumns + 2, SpaceSeparatedTables.isRowOfZeros(cells) {
                return (String(repeating: " ", count: line.text.unicodeScalars.count), line.start)
            }
            spaceColumns = 0
            // (A header only when the line after it is a row of as many cells, or a second header line whose cells
            // the header's last one spans, and then a row of the cells of both.)
            guard cells.count >= 3, SpaceSeparatedTables.isHeader(cells), let next = peek(0) else { return line }
            spaceCellsOfWords = false
            if let row = SpaceSeparatedTables.cells(next.text), SpaceSeparatedTables.width(row) == cells.count {
                spaceColumns = cells.count
                line.text = SpaceSeparatedTables.barred(line.text)
            } else if let row = SpaceSeparatedTables.cells(next.text), SpaceSeparatedTables.isRowOfWords(row, columns: cells.count) {
                // (Rows with words in their cells, as a table of indicators has: 产出指标 数量指标 补贴面积 ≥42万亩 42.6万亩 20 20
                // under 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分.)
                spaceColumns = cells.count
                spaceCellsOfWords = true
                line.text = SpaceSeparatedTables.barred(line.text)
            } else if let under = SpaceSeparatedTables.cells(next.text, minimum: 2), SpaceSeparatedTables.isHeader(under),
                      under.count < cells.count, let after = peek(1),
                      let row = SpaceSeparatedTables.cells(after.text), SpaceSeparatedTables.width(row) == cells.count - 1 + under.count {
                spaceColumns = cells.count - 1 + under.count
                line.text = SpaceSeparatedTables.barred(line.text)
                spaceAhead[0].text = SpaceSeparatedTables.barred(next.text, labelWords: 0)
                barredAhead = true
            }
            return line
        }

        /// The next line, normalised scalar for scalar (full-width digits, traditional characters, a form feed as
        /// a blank: offsets unchanged), without the CR of a CRLF line end (a two-sided header's last cell would
        /// not match its first half's), and its offset; page numbers and page breaks alone on a line are passed.
        private mutating func freshLine() -> (text: String, start: Int)? {
            if flattenedNext < flattened.count { defer { flattenedNext += 1 }; return flattened[flattenedNext] }
            while let line = lines.next() {
                let start = offset
                offset += line.count + 1
                var v = ReportText.normalisedLine(line, formFeedsAsBlanks: true).unicodeScalars
                if v.last == "\r" { v.removeLast() }
                // A page number or a page break alone between two rows of a table that goes on over a page break is
                // no line of it.
                if v.count <= 24, line.contains("\u{0C}") && v.allSatisfy({ $0 == " " })
                    || ReportText.isPageNumber(String(scalars: ReportText.withoutOuterBlanks(v))) { continue }
                // A form's funds table flattened into the line: its pieces, one line each (``FlattenedForms``).
                if let pieces = FlattenedForms.pieces(String(v)) {
                    flattened = pieces.map { ($0.text, start + $0.offset) }
                    flattenedNext = 1
                    return flattened[0]
                }
                return (String(v), start)
            }
            return nil
        }

        /// The pieces of a line that held a flattened form, not yet passed on, from `flattenedNext`.
        private var flattened: [(text: String, start: Int)] = [], flattenedNext = 0

        /// The next entry before two-sided tables are split: a line, or a row rebuilt from a block of one-cell lines.
        private mutating func nextLineEntry() -> Entry? {
            if blockNext < block.count { defer { blockNext += 1 }; return block[blockNext] }
            guard let first = lineAhead ?? nextLine().map({ ($0.text, $0.start, CellGrid.cell($0.text)) }) else { return nil }
            lineAhead = nil
            if first.cell == nil, let form = paragraphCells(after: (first.text, first.start)) {
                block = form
                blockNext = 1
                return block[0]
            }
            guard first.cell != nil else { return Entry(text: first.text, start: first.start, rebuilt: false) }
            var lines = [first.text], starts = [first.start], cells = [first.cell]
            while var line = nextLine() {
                var cell = CellGrid.cell(line.text)
                // A cell broken over two lines inside the block (预 算 / 数 |, 公务用车购置及运行 / 维护费 |): one cell,
                // the line break read as a blank (offsets unchanged).
                if cell == nil, CellGrid.isCellFragment(line.text), let after = nextLine() {
                    // (The break, LF or CRLF, as that many blanks.)
                    let gap = after.start - line.start - line.text.unicodeScalars.count
                    if CellGrid.cell(after.text) != nil, (1...2).contains(gap) {
                        line = (line.text + String(repeating: " ", count: gap) + after.text, line.start)
                        cell = CellGrid.cell(line.text)
                    } else {
                        lineBack = after
                    }
                }
                guard cell != nil else { lineAhead = (line.text, line.start, cell); break }
                lines.append(line.text); starts.append(line.start); cells.append(cell)
            }
            block = lineEntries(lines, cells).map { e in var e = e; e.start = starts[e.start]; return e }
            blockNext = 1
            return block[0]
        }

        /// The entries of a form whose cells a page's text set one to a paragraph (a 项目支出绩效自评表 as a word
        /// processor's table leaves it: 年度资金总额, a blank line, 43.2, a blank line, 43.2, …), starting with `first`:
        /// its tables rebuilt into rows as a block of one-cell lines is, every other line passed on as it stands. Nil
        /// (and nothing read) when the lines from `first` are no such form: at least 12 paragraphs of one or two short
        /// lines each, set apart by blank lines, three of them numbers.
        /// A paragraph is its lines up to the next paragraph, its first line break read as the bar after its cell and
        /// every other as a blank, so that each character keeps its offset. A column's name broken into two paragraphs
        /// (年初 / 预算数, 全年 / 执行数) is one cell.
        private mutating func paragraphCells(after first: (text: String, start: Int)) -> [Entry]? {
            func isBlank(_ t: String) -> Bool { t.unicodeScalars.allSatisfy(ReportText.isBlank) }
            func fits(_ t: String) -> Bool {
                guard t.unicodeScalars.count <= 60, !t.unicodeScalars.contains("|") else { return false }
                let v = t.trimmingBlanks().unicodeScalars
                return v.count <= 40 && v.last != "。" && v.last != "；"
            }
            // (Not inside another table's reading, nor again over lines a scan found no form in: each line is
            // looked at by one scan at most.)
            guard lineBack == nil, !barredAhead, spaceColumns == 0, first.start >= formlessUntil,
                  !isBlank(first.text), fits(first.text), let second = peek(0), isBlank(second.text) || fits(second.text) else { return nil }
            // The paragraphs, as ranges of lines (0 is `first`, n the n-th line peeked after it).
            func line(_ n: Int) -> (text: String, start: Int)? { n == 0 ? first : peek(n - 1) }
            var paragraphs: [Range<Int>] = [], n = 0, numbers = 0, lastLine = 0
            // (A form is some hundreds of cells; the scan stops after a few thousand lines.)
            while n < Self.longestForm, let l = line(n) {
                if isBlank(l.text) { n += 1; continue }
                guard fits(l.text) else { break }
                var end = n + 1
                if let next = line(end), !isBlank(next.text) {
                    guard fits(next.text), let after = line(end + 1), isBlank(after.text) else { break }
                    end += 1
                }
                // (Paragraphs are set apart by a blank line; the form ends where lines run on without one.)
                if end - n == 2, paragraphs.isEmpty { return nil }
                paragraphs.append(n..<end)
                if end - n == 1, let lead = l.text.unicodeScalars.first(where: { $0 != " " }), ("0"..."9").contains(lead) || lead == "-",
                   TableReader.number(l.text.trimmingBlanks()) != nil { numbers += 1 }
                lastLine = end - 1
                n = end
            }
            guard paragraphs.count >= 12, numbers >= 3 else {
                formlessUntil = line(n)?.start ?? Int.max
                return nil
            }
            var lines: [(text: String, start: Int)] = [first]
            for _ in 0..<lastLine { lines.append(aheadOrFresh()!) }
            // A column's name broken in two: a qualifier, then the measure it qualifies.
            var merged: [Range<Int>] = []
            for p in paragraphs {
                if let last = merged.last, last.count == 1, p.count == 1,
                   CellGrid.columnQualifiers.contains(lines[last.lowerBound].text.trimmingBlanks()),
                   CellGrid.columnMeasures.contains(lines[p.lowerBound].text.trimmingBlanks()) {
                    merged[merged.count - 1] = last.lowerBound..<p.upperBound
                } else {
                    merged.append(p)
                }
            }
            // Each paragraph's text to the next one's start: its lines and the blank lines after it, each line break
            // as many blanks as it has characters (LF or CRLF), the first after the cell's own text a bar, and the
            // last one left to the blank that joins two lines of a row (the block's last paragraph keeps its bar).
            func breakAfter(_ i: Int) -> Int { i < lastLine ? lines[i + 1].start - lines[i].start - lines[i].text.unicodeScalars.count : 1 }
            var texts: [String] = [], cells: [String?] = [], starts: [Int] = []
            for (j, p) in merged.enumerated() {
                let through = j + 1 < merged.count ? merged[j + 1].lowerBound : lastLine + 1
                var t = "", bar = 0
                for i in p.lowerBound..<through {
                    t += lines[i].text
                    if i == p.upperBound - 1 { bar = t.unicodeScalars.count }
                    t += String(repeating: " ", count: breakAfter(i))
                }
                var v = Array(t.unicodeScalars)
                v[bar] = "|"
                if j + 1 < merged.count { v.removeLast() }
                texts.append(v.string)
                cells.append(TableReader.unspaced(lines[p].map { $0.text.trimmingBlanks() }.filter { !$0.isEmpty }.joined(separator: " ")))
                starts.append(lines[p.lowerBound].start)
            }
            let rebuilt = lineEntries(texts, cells)
            guard rebuilt.contains(where: \.rebuilt) else {
                // No table in the form: its lines as they stand.
                return lines.map { Entry(text: $0.text, start: $0.start, rebuilt: false) }
            }
            var out: [Entry] = []
            for e in rebuilt {
                if e.rebuilt { var e = e; e.start = starts[e.start]; out.append(e); continue }
                // (A paragraph outside the form's tables: its own lines, unchanged.)
                let p = merged[e.start], through = e.start + 1 < merged.count ? merged[e.start + 1].lowerBound : lastLine + 1
                out += lines[p.lowerBound..<through].map { Entry(text: $0.text, start: $0.start, rebuilt: false) }
            }
            return out
        }

        /// The next entry, each two-sided table (收入支出决算总表: 项目 | 行次 | 金额 | 项目 | 行次 | 金额, revenue on the
        /// left, spending on the right; by bars or laid out by spaces) split into its two tables, the left one's
        /// header and rows first, then the right one's: each half keeps its characters' offsets (a bar between the
        /// halves is left out), and the reader sees two one-sided tables whose totals add up their own side.
        mutating func next() -> Entry? {
            if splitNext < split.count { defer { splitNext += 1 }; return split[splitNext] }
            guard let header = entryAhead ?? nextLineEntry() else { return nil }
            entryAhead = nil
            let headerCells = TableReader.split(header.text)
            // (Bars at both ends of the line, | 项目 | 金额 | 项目 | 金额 |, close no cells: the halves are the cells between,
            // and the cut is one bar further on.)
            let barsAtBothEnds = headerCells.count >= 6 && headerCells.first!.text.isEmpty && headerCells.last!.text.isEmpty
            let cells = barsAtBothEnds ? Array(headerCells.dropFirst().dropLast()) : headerCells
            let half = cells.count / 2, barBetweenHalves = barsAtBothEnds ? half + 1 : half
            // The halves' headers agree but for their first cell, which names the side (项目 | 项目, or 收入 | 支出).
            guard cells.count >= 4, cells.count % 2 == 0, Array(cells[1..<half].map(\.text)) == Array(cells[(half + 1)...].map(\.text)),
                  cells[0].text.contains("项目") && cells[0].text == cells[half].text || cells[0].text.contains("收入") && cells[half].text.contains("支出"),
                  cut(header.text, barBetweenHalves) != nil else { return header }
            // The rows: the lines after the header with as many cells (blank lines between them kept aside). A row
            // laid out by spaces may lack cells (an empty amount, or a side with no item left on that line: 五、城乡社区
            // 支出 on the spending side alone): its cells are placed under the header's columns by position.
            // (Each row with where it is cut, found once.)
            var rows: [(line: Entry, cut: (end: Int, resume: Int)?)] = [], blanks: [Entry] = []
            let laidOut = !header.text.contains("|")
            func cutOf(_ line: Entry) -> (end: Int, resume: Int)? { laidOut ? cut(line.text, under: cells, half) : cut(line.text, barBetweenHalves) }
            while let line = nextLineEntry() {
                if line.text.trimmingSpaces().isEmpty { blanks.append(line); continue }
                let count = TableReader.split(line.text).count
                if count == headerCells.count { rows.append((line, cutOf(line))); continue }
                guard laidOut, !line.text.contains("|"), count >= 2, count < cells.count, let placed = cutOf(line) else { entryAhead = line; break }
                rows.append((line, placed))
            }
            var left: [Entry] = [], right: [Entry] = []
            for (line, cut) in [(header, cutOf(header))] + rows {
                guard let (end, resume) = cut else { continue }
                let scalars = Array(line.text.unicodeScalars)
                // (A side with nothing on the line gives no line to its table.)
                let leftText = String(scalars: scalars[..<end]), rightText = String(scalars: scalars[resume...])
                if !laidOut || !leftText.trimmingSpaces().isEmpty { left.append(Entry(text: leftText, start: line.start, rebuilt: line.rebuilt)) }
                if !laidOut || !rightText.trimmingSpaces().isEmpty { right.append(Entry(text: rightText, start: line.start + resume, rebuilt: line.rebuilt)) }
            }
            split = left + blanks + right
            splitNext = 0
            return next()
        }
    }

    /// The words a column's name starts with that a form may set in a paragraph of their own (年初 / 预算数).
    static let columnQualifiers: Set<String> = ["年初", "全年", "年度", "本年", "实际", "调整后"]
    /// The words that end such a name, in the paragraph after its qualifier.
    static let columnMeasures: Set<String> = ["预算数", "执行数", "预算", "执行率", "指标值", "完成值", "完成数"]

    /// Lines read ahead and not yet passed on, first to last: a queue whose head moves on (its storage dropped
    /// whenever it empties), so that passing on a line costs the same however many were read ahead.
    struct LinesAhead {
        private var lines: [(text: String, start: Int)] = [], head = 0
        var count: Int { lines.count - head }
        var isEmpty: Bool { head == lines.count }
        mutating func append(_ line: (text: String, start: Int)) { lines.append(line) }
        mutating func removeFirst() -> (text: String, start: Int) {
            let first = lines[head]
            head += 1
            if head == lines.count { lines.removeAll(keepingCapacity: true); head = 0 }
            return first
        }
        subscript(n: Int) -> (text: String, start: Int) {
            get { lines[head + n] }
            set { lines[head + n] = newValue }
        }
    }

    /// The entries of a block of lines, one per line or per rebuilt row, each with the index of its first line in
    /// `start` (`cells`: each line's cell, nil for a line that is no one-cell line).
    private static func lineEntries(_ lines: [String], _ cells: [String?]) -> [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(lines.count)
        var k = 0
        while k < lines.count {
            guard cells[k] != nil else { out.append(Entry(text: lines[k], start: k, rebuilt: false)); k += 1; continue }
            var end = k
            while end < lines.count, cells[end] != nil { end += 1 }
            var next = k
            let kept = withoutRowMarkers(k..<end, cells), dropsMarkers = kept.count < end - k
            for grid in tables(kept.map { cells[$0]! }) {
                // The lines of a span of kept cells (a row marker before a row's label is left out of the row).
                func lineRange(_ span: Range<Int>) -> Range<Int> { kept[span.lowerBound]..<(kept[span.upperBound - 1] + 1) }
                // Lines before the header stay lines; the header and each row become one line each.
                for j in next..<lineRange(grid.header).lowerBound { out.append(Entry(text: lines[j], start: j, rebuilt: false)) }
                for span in [grid.header] + grid.rows {
                    let range = lineRange(span)
                    let joined = range.filter { !dropsMarkers || !cells[$0]!.isEmpty }.map { lines[$0].replacingOccurrences(of: "\r", with: " ") }
                    out.append(Entry(text: joined.joined(separator: " "), start: range.lowerBound, rebuilt: true, rightAligned: grid.total == span))
                }
                next = lineRange(grid.rows.last!).upperBound
            }
            for j in next..<end { out.append(Entry(text: lines[j], start: j, rebuilt: false)) }
            k = end
        }
        return out
    }

    /// The lines of a block of one-cell lines (`block`) that hold its cells: a page that opens each row with an
    /// empty cell (a `|` alone on a line before the row's label) gives empty cells at one period, each before a
    /// label; those mark rows and are no cells. Every line of the block otherwise.
    static func withoutRowMarkers(_ block: Range<Int>, _ cells: [String?]) -> [Int] {
        let empties = block.filter { cells[$0]!.isEmpty }
        guard empties.count >= 3 else { return Array(block) }
        let period = empties[1] - empties[0]
        guard period >= 3, zip(empties, empties.dropFirst()).allSatisfy({ $1 - $0 == period }),
              empties.allSatisfy({ $0 + 1 < block.upperBound && !isValue(cells[$0 + 1]!) }) else { return Array(block) }
        return block.filter { !cells[$0]!.isEmpty }
    }

    /// Where a line's first `n` cells end and the rest begin (in scalars): around the bar after the `n`-th cell,
    /// or, in a line laid out by spaces (pdftotext -layout), at the start of cell `n`.
    fileprivate static func cut(_ line: String, _ n: Int) -> (end: Int, resume: Int)? {
        if line.contains("|") {
            var seen = 0
            for (k, c) in line.unicodeScalars.enumerated() where c == "|" {
                seen += 1
                if seen == n { return (k, k + 1) }
            }
            return nil
        }
        let cells = TableReader.split(line)
        guard cells.count > n else { return nil }
        return (cells[n].start, cells[n].start)
    }

    /// Where a line laid out by spaces is cut between the halves of a two-sided table: before its first cell that
    /// stands under the right half's columns of `header` (the line's end when none does).
    fileprivate static func cut(_ line: String, under header: [TableReader.Cell], _ n: Int) -> (end: Int, resume: Int)? {
        let found = TableReader.split(line)
        let placed = found.count == header.count ? found : TableReader.aligned(found, under: header)
        guard placed.count == header.count else { return nil }
        let count = line.unicodeScalars.count
        guard let first = placed[n...].first(where: { !$0.text.isEmpty }) else { return (count, count) }
        return (first.start, first.start)
    }

    /// The text of a one-cell line ("180.00 |", "|"), nil for any other line.
    static func cell(_ line: String) -> String? {
        var s = line.trimmingBlanks()
        guard s.hasSuffix("|") else { return nil }
        s.removeLast()
        guard !s.contains("|") else { return nil }
        return TableReader.unspaced(s.trimmingSpaces())
    }

    /// Whether a line inside a block of one-cell lines can be the first part of a cell broken over two lines: short,
    /// words without a bar, a clause mark or a number.
    static func isCellFragment(_ line: String) -> Bool {
        let t = line.trimmingBlanks()
        return !t.isEmpty && t.unicodeScalars.count <= 24 && !t.contains("|") && TableReader.number(t) == nil
            && !t.unicodeScalars.contains { "。，,；;：:".unicodeScalars.contains($0) || ("0"..."9").contains($0) }
    }

    /// Whether a cell holds a value (a number, a percent, "/", a dash, or nothing).
    static func isValue(_ t: String) -> Bool {
        t.isEmpty || ["/", "-", "—", "－", "--"].contains(t) || TableReader.number(t) != nil
    }

    /// The tables of one block of one-cell lines (`c`, the cells' texts): each table's header lines and each
    /// row's, as positions in the block, in order.
    private static func tables(_ c: [String]) -> [(header: Range<Int>, rows: [Range<Int>], total: Range<Int>?)] {
        func text(_ i: Int) -> Bool { !isValue(c[i]) }
        var found: [(header: Range<Int>, rows: [Range<Int>], total: Range<Int>?)] = []
        var i = 0
        while i + 2 < c.count {
            if let grid = completeGrid(c, at: i) {
                found.append(grid)
                i = grid.rows.last!.upperBound
                continue
            }
            guard text(i), !text(i + 1), !text(i + 2) else { i += 1; continue }
            // The header: the text cells before the label (at least three, two of them naming columns).
            var start = i
            while start > 0 && text(start - 1) { start -= 1 }
            // The rows: a label and its value cells, until a label without two of them.
            var rows: [(label: Int, values: [String])] = []
            var r = i
            while r < c.count, text(r) {
                var v = r + 1
                while v < c.count, !text(v) { v += 1 }
                if v - r - 1 < 2 {
                    // Text between rows is the last cell of the row before (a 原因 column), when a row follows it.
                    var w = r + 2
                    while w < c.count, !text(w) { w += 1 }
                    if !rows.isEmpty, v == r + 1, v < c.count, w - v - 1 >= 2 { rows[rows.count - 1].values.append(c[r]); r += 1; continue }
                    break
                }
                rows.append((r, Array(c[(r + 1)..<v])))
                r = v
            }
            if let grid = place(header: Array(c[start..<i]), headerStart: start, rows: rows) { found.append((grid.header, grid.rows, nil)) }
            // The rows read cannot start another table (a row's label has no header of its own).
            i = max(i + 1, r)
        }
        return found
    }

    /// A table whose rows keep every cell, empty ones too (a web page's text of a 绩效指标 table: 一级指标 | 二级指标
    /// | … | 权重 | 得分 | 未完成原因分析 |, then ten cells a row), starting at `i`: the header is a run of column
    /// names ending at its 得分 column (and a 原因 column after it) and beginning where the cells after it fall into
    /// rows of its width, each with a label and values (or nothing) under 权重 and 得分; a 合计 / 总分 row after them
    /// gives only its values, the header's last columns (`total`). Nil when fewer than two rows fall so.
    private static func completeGrid(_ c: [String], at i: Int) -> (header: Range<Int>, rows: [Range<Int>], total: Range<Int>?)? {
        func text(_ k: Int) -> Bool { !isValue(c[k]) }
        guard text(i), i == 0 || !text(i - 1) else { return nil }
        var run = i
        while run < c.count, text(run), run - i < 16 { run += 1 }
        let meanings = c[i..<run].map { TableReader.meaning(TableReader.Cell(text: $0, start: 0)) }
        guard let scoreAt = meanings.lastIndex(of: .score).map({ $0 + i }), meanings.contains(.weight) else { return nil }
        let end = scoreAt + 1 < c.count && c[scoreAt + 1].contains("原因") ? scoreAt + 2 : scoreAt + 1
        guard let weightAt = meanings.lastIndex(of: .weight).map({ $0 + i }), weightAt < scoreAt else { return nil }
        for start in i...max(i, scoreAt - 3) {
            let width = end - start, w = weightAt - start, sc = scoreAt - start
            guard width >= 5, w >= 0 else { continue }
            var rows: [Range<Int>] = [], h = end
            while h + width <= c.count {
                let row = Array(c[h..<(h + width)])
                guard !isValue(row[0]), !isTotal(row[0]), isValue(row[w]), isValue(row[sc]),
                      TableReader.number(row[w]) != nil || TableReader.number(row[sc]) != nil,
                      row[1..<w].contains(where: { !isValue($0) }) else { break }
                rows.append(h..<(h + width)); h += width
            }
            guard rows.count >= 2 else { continue }
            var total: Range<Int>? = nil
            if h < c.count, isTotal(c[h]) {
                var v = h + 1
                while v < c.count, isValue(c[v]), v - h < width { v += 1 }
                if v > h + 1 { total = h..<v }
            }
            return (start..<end, rows + (total.map { [$0] } ?? []), total)
        }
        return nil
    }

    static func isTotal(_ t: String) -> Bool { ["合计", "总分", "总计"].contains(where: t.hasPrefix) }

    /// The header's lines and the rows' when the rows' percents place the columns under the header, else nil.
    private static func place(header: [String], headerStart start: Int, rows: [(label: Int, values: [String])])
        -> (header: Range<Int>, rows: [Range<Int>])? {
        guard header.count >= 3, !rows.isEmpty else { return nil }
        let meanings = header.map { TableReader.meaning(TableReader.Cell(text: $0, start: 0)) }
        // (Two columns the reader knows, or one over three rows or more as wide as the header.)
        let asWide = rows.count >= 3 && rows.allSatisfy { $0.values.count == header.count - 1 } ? 0 : nil
        guard meanings.compactMap({ $0 }).count >= (asWide == nil ? 2 : 1) else { return nil }
        // Every percent sits at one position of the rows (their labels at 0), under the rate column: the header cell
        // `shift` heads the labels, the ones after it the values (TableReader places kept rows by the same rule).
        // Without percents, three rows or more, each as wide as the header, stand under it cell for cell (a row
        // that lost an empty cell would be narrower).
        // (So too when the percents place nothing, as under a 支出减少率 column that is no rate the reader knows.)
        let percents = Set(rows.flatMap { row in row.values.indices.filter { row.values[$0].hasSuffix("%") }.map { $0 + 1 } })
        guard let shift = (percents.isEmpty ? asWide : nil) ?? TableReader.valueShift(meanings, percentsAt: percents) ?? asWide,
              rows.allSatisfy({ $0.values.count <= header.count - shift - 1 }) else { return nil }
        return ((start + shift)..<(start + header.count), rows.map { $0.label..<($0.label + 1 + $0.values.count) })
    }
}
