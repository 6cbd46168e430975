import Foundation
/// A report's text made regular for extraction, with a map back to the original.
///
/// What pdftotext leaves is undone: line and page breaks inside sentences and between a number and its unit
/// ("15880.27 万" / "" / "元"), stray spaces, page-number lines, full-width digits and signs (１２．５％),
/// traditional characters of the terms extraction looks for (預算執行率 -> 预算执行率); control characters are
/// dropped. Whitespace is kept only between two ASCII letters or digits. Positions are counted in Unicode scalars, as Python's `str` counts them.
struct ReportText {
    /// Normalised scalars.
    let scalars: [Unicode.Scalar]
    /// Where a list of clauses ends (a sentence's end or a semicolon): the reach of a clause's rate, plan or total.
    static let clauseListEnds = Set("。；;！？\n".unicodeScalars)
    /// Whether a scalar is a semicolon, full-width or ASCII: where one clause of a list ends and the next begins.
    static func isSemicolon(_ c: Unicode.Scalar) -> Bool { c == "；" || c == ";" }
    /// Where a sentence ends.
    static let sentenceEnds = Set("。！？\n".unicodeScalars)
    /// Where the map from normalised to original offsets jumps (a blank, a line break or page furniture left
    /// out): from `jumpsAt[j]` on, a normalised scalar at k stands at `jumpsTo[j] + k - jumpsAt[j]` in the
    /// original. Runs without jumps are stored once: a long report keeps a fraction of a per-scalar map.
    private let jumpsAt: [Int32], jumpsTo: [Int32]

    /// The offset in the original text (in scalars) of the normalised scalar at `k`.
    func originalOffset(_ k: Int) -> Int {
        let lo = jumpsAt.countOfPrefix { Int($0) <= k }
        precondition(lo > 0, "offset \(k) before the text")
        return Int(jumpsTo[lo - 1]) + k - Int(jumpsAt[lo - 1])
    }
    /// The words a statement's snippet quotes.
    func quote(_ snippet: Snippet) -> String {
        switch snippet {
        case let .span(from, to): String(scalars: scalars[Int(from)..<Int(to)])
        case let .words(words): words
        }
    }
    /// Normalised positions where a heading line starts (一、 （二） 3. ...).
    let headingStarts: [Int]
    /// Normalised positions where a heading line ends, when it ends without a full stop: the heading is not
    /// part of the sentence after it.
    let headingEnds: [Int]
    /// Every 32nd position's count of the scalars before it that are not part of a number (digits and the , .
    /// within them): how far apart two statements are in words, the same whether amounts are written in 万元 or
    /// in 元.
    private let wordsAtBlocks: [Int32]

    /// How many scalars of words (numbers not counted) lie between two positions; plain distance for positions
    /// outside the text (table statements sort after it).
    func words(from a: Int, to b: Int) -> Int {
        guard a >= 0, b >= a, b <= scalars.count else { return b - a }
        return wordsBefore(b) - wordsBefore(a)
    }

    /// The indices of `statements[..<end]` (all by default), nearest first, as far back as `n` words before
    /// position `p`: a look back bounded by words, so reading and auditing stay linear in the report.
    func nearest(_ statements: [Statement], upTo end: Int? = nil, before p: Int, within n: Int) -> LazyPrefixWhileSequence<ReversedCollection<Range<Int>>> {
        // (As `words(from:to:)`, with the words before `p` counted once.)
        let upper = p >= 0 && p <= scalars.count ? wordsBefore(p) : nil
        return (0..<(end ?? statements.count)).reversed().lazy.prefix { k in
            let q = statements[k].position
            guard let upper, q >= 0, q <= p else { return p - q < n }
            return upper - wordsBefore(q) < n
        }
    }

    private func wordsBefore(_ p: Int) -> Int {
        var n = Int(wordsAtBlocks[p >> 5])
        for k in (p & ~31)..<p where !Self.inNumber(scalars, k) { n += 1 }
        return n
    }

    @inline(__always)
    static func inNumber(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        let c = s[k]
        return ("0"..."9").contains(c) || (c == "," || c == ".") && k > 0 && ("0"..."9").contains(s[k - 1])
    }

    /// The start of the last heading at or before `p` (a binary search: reading asks this around every number).
    func headingStart(atOrBefore p: Int) -> Int? {
        let lo = headingStarts.countOfPrefix { $0 <= p }
        return lo > 0 ? headingStarts[lo - 1] : nil
    }

    /// The end of the last heading line ending at or before `p`, if any.
    func headingEnd(atOrBefore p: Int) -> Int? {
        let lo = headingEnds.countOfPrefix { $0 <= p }
        return lo > 0 ? headingEnds[lo - 1] : nil
    }

    /// The end of the first heading line ending after `p`, if any.
    func headingEnd(after p: Int) -> Int? {
        let lo = headingEnds.countOfPrefix { $0 <= p }
        return lo < headingEnds.count ? headingEnds[lo] : nil
    }

    init(_ text: String) {
        var out: [Unicode.Scalar] = [], jumpsAt: [Int32] = [], jumpsTo: [Int32] = [], headings: [Int] = [], headingEnds: [Int] = []
        func mark(_ original: Int) {
            // A jump where the next scalar does not follow the one before it in the original.
            if let at = jumpsAt.last, let to = jumpsTo.last, Int(to) + out.count - Int(at) == original { return }
            jumpsAt.append(Int32(out.count)); jumpsTo.append(Int32(original))
        }
        // (Sized for the whole text at once: growing by doubling would hold up to twice that, and a copy.)
        let length = text.unicodeScalars.count
        precondition(length < Int(Int32.max), "a report text of 2^31 scalars or more")
        out.reserveCapacity(length)
        var offset = 0
        var atTop = true
        var fieldEnd: (at: Int, original: Int)? = nil   // where the last line, a form's field, ended
        var labelLineBefore = false   // whether the last line with words was a field's label alone (人员编制)
        var partsOpened = false   // whether a field line opened with 其中 since the last field that ended a sentence
        var lastStop = 0   // where the text after the last full stop begins (a heading may follow a title there)
        var lineHeadingEnd: Int? = nil   // where the line before, a heading line, ended its heading
        // Lines split on scalars, not Characters: "\r\n" is one Character, and a CRLF text would be one line.
        let lines = Lines(text.unicodeScalars, breakingAtFormFeeds: true)
        let wrapWidth = Self.wrapWidth(lines), wrapColumns = Self.wrapColumns(lines), blankWrapWidth = Self.blankWrapWidth(lines)
        for line in lines {
            var scalars = Array(line)
            defer { offset += scalars.count + 1 }
            // CRLF: the CR belongs to the line break (offsets still count it).
            let hasCarriageReturn = scalars.last == "\r"
            defer { if hasCarriageReturn { offset += 1 } }
            if hasCarriageReturn { scalars.removeLast() }
            // (Told on the normalised line: １．预算执行率 is a numbered heading like 1．预算执行率.)
            let trimmed = Self.normalisedLine(Self.withoutOuterBlanks(line))
            if Self.isPageNumber(trimmed) { continue }
            // A heading line wrapped before its amount (（三）住房保障支出（类）…（项） / 480,000.00元，占5.92%。) goes on
            // into it: the amount is its item's.
            if let end = lineHeadingEnd, end == out.count, headingEnds.last == end, Self.amountStarts(scalars, at: 0) {
                headingEnds.removeLast()
            }
            lineHeadingEnd = nil
            // After a field, an indented line goes on with the field's list (其中：财政拨款（万元）：360.40 /
            //       其他资金（万元）：12.00); any other line is a field of its own.
            // (Not before the rest of a number or a clause the line was wrapped in: ,098.00；… goes on with 全年预算数 1.)
            // (Nor before the unit of a number the line was wrapped after: 商品和服务支出1,284.70 / 万元；… is one amount.)
            if let end = fieldEnd, end.at == out.count, !trimmed.isEmpty,
               let first = trimmed.unicodeScalars.first, !("0"..."9").contains(first), !",.，。；;%％、".unicodeScalars.contains(first),
               !(out.last.map { ("0"..."9").contains($0) } == true && Self.startsWithAUnit(trimmed)) {
                mark(end.original)
                // (So does a field after a 其中 field at the line's start: 其中:基本支出：356.20 / 项目支出：130.00 is one list
                // of parts, until a field that names its own unit, 实际支出数(万元)：471.35, or opens parts again.)
                let goesOnWithTheParts = partsOpened && !trimmed.hasPrefix("其中") && !trimmed.contains("（万元）") && !trimmed.contains("(万元)")
                    && !trimmed.contains("率") && !Self.isHeading(trimmed)
                out.append(line.first.map(Self.isBlank) == true || goesOnWithTheParts ? "；" : "。")
                if !goesOnWithTheParts { partsOpened = false }
                lastStop = out.count
            }
            if !trimmed.isEmpty { fieldEnd = nil }
            // A form's field laid out as its label on a line of its own and its value alone on the next (人员编制 / 24;
            // 年度预算数(万元) / 486.20, blank lines between or not: a page's table copied one cell per line) ends with
            // its value, as a field on one line does.
            let valueOfTheLabelBefore = !trimmed.isEmpty && labelLineBefore && Self.isLoneValue(trimmed)
            if !trimmed.isEmpty { labelLineBefore = Self.isFieldLabelLine(trimmed) }
            if trimmed.hasPrefix("其中"), labelLineBefore || Self.isFieldLine(trimmed) { partsOpened = true }
            // The title lines at the top (示例局2023年度部门决算, 部门整体支出绩效自评报告) are headings too: the
            // first sentence starts after them.
            let title = atTop && !trimmed.isEmpty && Self.isTitleLine(trimmed)
            if !trimmed.isEmpty && !title { atTop = false }
            // (Not an item of a list of parts that 其中： opened at the end of a line before, each item on a line of its own and
            // the items set apart by semicolons (其中： / 1.基本支出 A 万元； / 2.项目支出 B 万元。): the parts of the total before
            // it, read on as one sentence as when the items run on in one line. Items that are paragraphs, each ending with a
            // full stop, stay headings.)
            let itemOfParts = !title && Self.inNumberedListOfParts(out, since: lastStop, headings: headings)
                && (out.last.map { "；;".unicodeScalars.contains($0) } == true
                    || out.last.map { "：:".unicodeScalars.contains($0) } == true && trimmed.unicodeScalars.last.map { "；;".unicodeScalars.contains($0) } == true)
            let heading = (Self.isHeading(trimmed) || title) && !itemOfParts
            if heading { headings.append(out.count) }
            // (Where the line's text starts: an item of parts indented by blanks starts no heading there either.)
            let lineStart = out.count
            // A heading line that goes on into its paragraph (line breaks became spaces: longer than any title)
            // ends like an inline one.
            var inlineHeading: Int? = heading && trimmed.count > 60 ? out.count : nil   // a heading in this line, until a blank ends it
            defer {
                // A title heading (一、基本情况) ends the sentence; a numbered paragraph wrapped mid-sentence does not
                // (nor one as long as the document's wrapped lines: its line is full, not finished; nor one whose words
                // go on past a colon, 3. 农林水支出（类）…（项）：年 / 初预算为300.00万元: a title ends at its colon or has none).
                let full = wrapWidth.map { trimmed.unicodeScalars.count >= $0 - 1 } ?? false
                    || wrapColumns.map { Self.columns(trimmed.unicodeScalars) >= $0 - 2 } ?? false
                if heading, let last = trimmed.unicodeScalars.last, !"。；;：:，,".unicodeScalars.contains(last), trimmed.count <= 40, !full,
                   !trimmed.contains("，"), !trimmed.contains("元"), !trimmed.contains("%"), !trimmed.contains("："), !trimmed.contains(":") {
                    headingEnds.append(out.count)
                    lineHeadingEnd = out.count
                }
            }
            // The next non-blank scalar after each position, in one backward pass (a run of blanks is then
            // crossed once, not once per blank: linear however long the run).
            var nextNonBlank = [Unicode.Scalar?](repeating: nil, count: scalars.count + 1)
            for k in stride(from: scalars.count - 1, through: 0, by: -1) {
                nextNonBlank[k] = Self.isBlank(scalars[k]) || scalars[k] == "\r" ? nextNonBlank[k + 1] : Self.normalise(scalars[k])
            }
            var skipUntil = 0
            // Scalars (blanks not counted) since the line's start or the last blank between two characters of Chinese:
            // a run as long as the text's wrapped lines ends where a line break became a blank.
            var sinceWordBlank = 0
            for (k, s) in scalars.enumerated() {
                if k < skipUntil { continue }
                let wordBlank = Self.isBlank(s) && k > 0 && !Self.isBlank(scalars[k - 1]) && !scalars[k - 1].isASCII && nextNonBlank[k + 1]?.isASCII == false
                let wrapped = wordBlank && blankWrapWidth.map { sinceWordBlank >= $0 - 2 } == true
                // (A blank after a line of the wrap width, before this scalar, is a line break inside a paragraph: a
                // list opener's colon at the end of a full line, 主要项目有： 1.…, opens no heading there.)
                let lineWasFull = blankWrapWidth.map { sinceWordBlank >= $0 - 2 } == true
                if wordBlank { sinceWordBlank = 0 } else if !Self.isBlank(s) { sinceWordBlank += 1 }
                // Page furniture inside a line (— 3 —, when line breaks became spaces) is dropped like a page line.
                if s == "—" || s == "－", k == 0 || Self.isBlank(scalars[k - 1]), let end = Self.inlinePageNumberEnd(scalars, from: k) {
                    skipUntil = end
                    continue
                }
                // A mirror page's pinyin after a character (預(yù)算, 經(jīng)費) is no part of the word.
                if s == "(", let prev = out.last, prev.isHan, let end = Self.pinyinEnd(scalars, from: k) {
                    skipUntil = end
                    continue
                }
                let n = Self.normalise(s)
                // Text whose line breaks became spaces (copied out of a PDF viewer or a web page): a heading marker
                // after blanks ((二) 项目支出情况, 三、), or after one blank past a sentence's end or another
                // heading, still starts a heading; the next blank within a title's length, with no clause
                // punctuation before it, ends it (…情况说明 （一）总体情况 2023年度…).
                // (A heading is a title once it has words past its marker: 第二部分 2023年度单位决算情况说明 goes on
                // past the blank after 第二部分.)
                // (Nor inside its parentheses: 1.预算执行率（分值 10 分… goes on.)
                func titled(_ h: Int) -> Bool {
                    let t = out[h...]
                    return out.count - h <= 40 && !t.contains(where: { "。，,；;".unicodeScalars.contains($0) })
                        && t.filter({ $0 == "（" || $0 == "(" }).count == t.filter({ $0 == "）" || $0 == ")" }).count
                        && t.filter({ $0.isHan && !"第部分章节一二三四五六七八九十".unicodeScalars.contains($0) }).count >= 2
                }
                // (After a colon that ends a paragraph's list opener, 主要用于： （一）…, the marker starts the list's first
                // line as it does on a line of its own.)
                if k >= 2, Self.isBlank(scalars[k - 1]), !Self.isBlank(n),
                   Self.isBlank(scalars[k - 2]) || out.last.map({ "。！？".unicodeScalars.contains($0) || "：:".unicodeScalars.contains($0) && !lineWasFull }) == true
                    || inlineHeading != nil
                    || headingEnds.last == out.count
                    || out.count - lastStop <= 40 && !out[lastStop...].contains(where: { "，,；;：:".unicodeScalars.contains($0) }),
                   Self.isHeading(String(scalars: scalars[k..<min(scalars.count, k + 8)])),
                   headings.last != out.count, !(itemOfParts && out.count == lineStart) {
                    if let h = inlineHeading, titled(h), headingEnds.last.map({ $0 < out.count }) ?? true { headingEnds.append(out.count) }
                    headings.append(out.count)
                    inlineHeading = out.count
                } else if Self.isBlank(s), let h = inlineHeading, out.count > h {
                    // (Not before an amount, nor between a number and its unit: （一）教育支出（类）…初中教育（项）
                    // 6,854,200.00 元 is the item's label and its amount, a line break inside it become a blank. Nor at
                    // a line break become a blank: 3.社会保障和就业支出（类）…（款）机关 事业单位…（项）。)
                    let inAmount = Self.amountStarts(scalars, at: k + 1)
                        || out.last.map { ("0"..."9").contains($0) } == true && nextNonBlank[k + 1].map { "元万亿%".unicodeScalars.contains($0) } == true
                    if titled(h), headingEnds.last.map({ $0 < out.count }) ?? true, !inAmount, !wrapped {
                        headingEnds.append(out.count)
                        inlineHeading = nil
                    } else if out.count - h > 40 {
                        inlineHeading = nil
                    }
                }
                if Self.isBlank(n) || n == "\r" {
                    // Keep a single space only between ASCII alphanumerics on both sides.
                    if let prev = out.last, prev != " ", prev.isASCII, prev.properties.isAlphabetic || ("0"..."9").contains(prev),
                       let next = nextNonBlank[k + 1],
                       next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) {
                        mark(offset + k)
                        out.append(" ")
                    }
                    continue
                }
                // Control characters (NUL, escape codes, a stray form of damage) carry nothing a report says, and
                // Foundation's string search traps on some of them: dropped like page furniture.
                if n.value < 0x20 || (0x7F...0x9F).contains(n.value) { continue }  // Unicode's Cc, by code point
                // A comma doubled or before another mark (其中,,因公出国; 运行费,、公务接待费; 94.7亿元,。: a page's
                // converter left a stray one) says nothing, and would break a list of parts or its whole's name.
                if n == "，" || n == ",", let next = nextNonBlank[k + 1], "，,、。；;".unicodeScalars.contains(next) { continue }
                // 上一年 is 上年 too (比上一年增加, 上一年度结转). (Not 以上 一年.)
                if n == "一", out.last == "上", nextNonBlank[k + 1] == "年", out.count < 2 || out[out.count - 2] != "以" { continue }
                // 上年度 is 上年 (上年度结转, 比上年度增加): read as the shorter word that every reader knows. (Not 以上 年度.)
                if n == "度", out.count >= 2, out[out.count - 2] == "上", out[out.count - 1] == "年", out.count < 3 || out[out.count - 3] != "以" { continue }
                // A colon between a label and its amount (实际培训：1,286 人次, 车均运行维护费：2.40 万元, 得分：92 分) says
                // what 为 says: read as the label run into its amount, as prose writes it.
                if n == "：" || n == ":", let last = out.last, last.isHan || "）)”".unicodeScalars.contains(last),
                   Self.labelsAnAmount(scalars, colonAt: k, after: out) { continue }
                // 其中包括 is 其中 (其中包括：中央资金 …): read as the word that opens every list of parts.
                if n == "括", out.count >= 3, out[out.count - 1] == "包", out[out.count - 2] == "中", out[out.count - 3] == "其" {
                    out.removeLast()
                    if let at = jumpsAt.last, Int(at) == out.count { jumpsAt.removeLast(); jumpsTo.removeLast() }
                    continue
                }
                // 具体为： is 其中： (支出 A 万元，具体为：人员经费 a 万元，…): a list of the parts of the amount before it.
                if n == "为", out.count >= 2, out[out.count - 2] == "具", out[out.count - 1] == "体",
                   let next = nextNonBlank[k + 1], next == "：" || next == ":" {
                    out[out.count - 2] = "其"; out[out.count - 1] = "中"
                    continue
                }
                // An item numbered right after a list's colon or the semicolon that ends the item before it (主要项目如下：
                // 1. …；2. …, lines run together) starts a line of the list as it does on a line of its own.
                // (Not in a list of parts that 其中 opened in this sentence, numbered in its line, 其中：1.公务接待费 …；2.…:
                // its items are the parts of the total before it, read on as one sentence.)
                if let last = out.last, "：:；;".unicodeScalars.contains(last), headings.last != out.count,
                   n.isASCII && ("0"..."9").contains(n) || n == "（" || n == "(",
                   Self.isHeading(String(scalars: scalars[k..<min(scalars.count, k + 8)])),
                   !Self.inNumberedListOfParts(out, since: lastStop, headings: headings) {
                    headings.append(out.count)
                }
                // (Its marker cut by a wrapped line's break, 主要项目有：1 / .国土空间…: the item starts at its digits.)
                if n == "." || n == "、" || n == "．", k + 1 >= scalars.count || !("0"..."9").contains(Self.normalise(scalars[k + 1])) && Self.normalise(scalars[k + 1]) != "%",
                   case let digits = out.reversed().prefix(while: { $0.isASCII && ("0"..."9").contains($0) }).count, (1...2).contains(digits),
                   out.count > digits, "：:；;".unicodeScalars.contains(out[out.count - digits - 1]),
                   headings.last.map({ $0 < out.count - digits }) ?? true,
                   !Self.inNumberedListOfParts(out, since: lastStop, headings: headings) {
                    headings.append(out.count - digits)
                }
                mark(offset + k)
                // (其中 and a comma that ends its line, …增长 4.91%。其中， then （一）… on the lines below, opens the list
                // as 其中： does: read as the colon.)
                if n == "，" || n == ",", out.count >= 2, out[out.count - 2] == "其", out[out.count - 1] == "中",
                   scalars[(k + 1)...].allSatisfy({ $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\r" || $0 == "\n" }) {
                    out.append("：")
                    continue
                }
                out.append(n == "，" && Self.separatesThousands(scalars, at: k) ? "," : n)
                if "。！？".unicodeScalars.contains(n) { lastStop = out.count }
            }
            // A form's field on a line of its own (全年预算数（万元）：372.40; 主管部门：某县人民政府) ends there: the
            // next line is another field, not the rest of a wrapped sentence. (Its mark is set by the next line.)
            if Self.isFieldLine(trimmed) || valueOfTheLabelBefore, let last = out.last, !"。；;，,".unicodeScalars.contains(last) {
                fieldEnd = (out.count, offset + scalars.count)
            }
        }
        Self.writeYearsInDigits(&out)
        // (Once more over the joined lines: a number wrapped inside its groups, 1，2 / 86.45 万元, is whole only now.)
        for k in out.indices where out[k] == "，" && Self.separatesThousands(out, at: k) { out[k] = "," }
        var blocks = [Int32](repeating: 0, count: out.count / 32 + 1), words: Int32 = 0
        for k in out.indices {
            if k & 31 == 0 { blocks[k >> 5] = words }
            if !Self.inNumber(out, k) { words += 1 }
        }
        if out.count & 31 == 0 { blocks[out.count >> 5] = words }
        wordsAtBlocks = blocks
        scalars = out
        self.jumpsAt = jumpsAt
        self.jumpsTo = jumpsTo
        headingStarts = headings
        self.headingEnds = headingEnds
    }

    var string: String { String(scalars: scalars) }

    /// Whether an amount (digits, then a unit of money, a percent or points: 6,854,200.00元, 12.5 万元, 84.60%, 10 分) starts at or after
    /// the blanks at `k`: a year (2023年度) is no amount.
    static func amountStarts(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        var j = k
        while j < s.count, isBlank(s[j]) { j += 1 }
        let digitsStart = j
        while j < s.count, j - digitsStart < 24, ("0"..."9").contains(normalise(s[j])) || ",.，．".unicodeScalars.contains(s[j]) { j += 1 }
        guard j > digitsStart else { return false }
        while j < s.count, isBlank(s[j]) { j += 1 }
        // (Points too: （一）预算执行率：分值 10 分；… is the heading's own line going on, its blanks a number's spacing.)
        return j < s.count && "元万亿%分".unicodeScalars.contains(normalise(s[j]))
    }

    /// Whether a line starts with the unit of an amount or a score (万元；…, 元。, 分，), no word of Chinese right after
    /// it: the rest of a number that ended the line before.
    static func startsWithAUnit(_ line: String) -> Bool {
        guard let unit = ["万元", "亿元", "千元", "元", "分"].first(where: line.hasPrefix) else { return false }
        return line.unicodeScalars.dropFirst(unit.unicodeScalars.count).first.map { !$0.properties.isIdeographic } ?? true
    }

    /// Where an inline "— 3 —" starting at `k` ends (after its closing dash), if one does.
    static func inlinePageNumberEnd(_ s: [Unicode.Scalar], from k: Int) -> Int? {
        var j = k + 1
        while j < s.count && s[j] == " " { j += 1 }
        let digitsStart = j
        while j < s.count && j - digitsStart < 4 && ("0"..."9").contains(s[j]) { j += 1 }
        guard j > digitsStart else { return nil }
        while j < s.count && s[j] == " " { j += 1 }
        guard j < s.count, s[j] == s[k] else { return nil }
        return j + 1
    }

    /// "— 3 —", "- 12 -", "第 3 页", "第 4 页 共 12 页", "共 12 页 第 4 页", "4 / 12", "Page 4 of 12": page furniture,
    /// not content.
    /// Whether a line is a number alone, with at most its unit (486.20; 96.95%; 24 人): a field's value on a line of
    /// its own.
    static func isLoneValue(_ line: String) -> Bool {
        var u = Substring(line.trimmingSpaces())
        for unit in ["万元", "元", "%", "％", "分", "人", "个"] where u.hasSuffix(unit) { u = u.dropLast(unit.count); break }
        u = Substring(u.trimmingSpaces())
        guard let first = u.unicodeScalars.first, ("0"..."9").contains(first), let last = u.unicodeScalars.last, ("0"..."9").contains(last) else { return false }
        return u.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
    }

    /// Whether a line is a form field's label alone (人员编制; 年度预算数(万元); 其中:基本支出): 2 to 24 scalars of words,
    /// no sentence or clause punctuation, no digits but in parentheses, and no heading.
    static func isFieldLabelLine(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 40 else { return false }
        let trimmed = line.trimmingSpaces(), u = Array(trimmed.unicodeScalars)
        guard (2...24).contains(u.count), u.contains(where: \.isHan) else { return false }
        var depth = 0
        for c in u {
            if c == "（" || c == "(" { depth += 1 } else if c == "）" || c == ")" { depth -= 1 }
            if "。，,；;！？、".unicodeScalars.contains(c) || depth == 0 && ("0"..."9").contains(c) { return false }
        }
        return !isHeading(trimmed)
    }

    static func isPageNumber(_ line: String) -> Bool {
        if line.isEmpty { return false }
        // (A scan of scalars first: most lines hold no digit, or no dash, 页, / or Page beside one.)
        var digit = false, mark = false
        for c in line.unicodeScalars {
            if ("0"..."9").contains(c) { digit = true } else if "-—–页/e".unicodeScalars.contains(c) { mark = true }
        }
        guard digit && mark else { return false }
        let core = line.filter { !"-—–_ ".contains($0) }
        if core.allSatisfy(\.isNumber) && !core.isEmpty && line.contains(where: { "-—–".contains($0) }) { return true }
        // (The pattern only on short lines that can hold it: most lines are prose.)
        guard line.unicodeScalars.count <= 24, line.contains(where: { $0 == "页" || $0 == "/" || $0 == "e" }) else { return false }
        return line.range(of: #"^(第 *\d+ *页( *[,，/、]? *共 *\d+ *页)?|共 *\d+ *页 *[,，/、]? *第 *\d+ *页|\d+ */ *\d+|[Pp]age *\d+( *of *\d+)?)$"#,
                          options: .regularExpression) != nil
    }

    /// A line that can be a document's title: short, no sentence or clause punctuation, no amount, and no percent
    /// unless it is a news headline (`headline`: “三公”经费比预算下降12.6%).
    /// A line that is one field of a form: a label of at most 30 scalars without clause marks, a colon, and a
    /// number (after at most two words: 得分38.5分) and at most a unit (年初预算数（万元）：356.80, 得分：9.84, 总分：94.48分),
    /// or a short name (主管部门：某县人民政府).
    static func isFieldLine(_ line: String) -> Bool {
        let u = Array(line.unicodeScalars)
        guard let last = u.last, let colon = u.lastIndex(where: { $0 == "：" || $0 == ":" }), (1...30).contains(colon),
              !u[..<colon].contains(where: { "，,。；;".unicodeScalars.contains($0) }) else { return false }
        // A field of words: a short name after a short label (部门（单位）名称：某县统计局).
        if colon <= 12, u.count <= 30, last.properties.isIdeographic,
           !u[(colon + 1)...].contains(where: { "，,。；;、".unicodeScalars.contains($0) || ("0"..."9").contains($0) }) {
            return true
        }
        guard ("0"..."9").contains(last) || "元分%％人个".unicodeScalars.contains(last) else { return false }
        // The field: after the colon, or, in a line of fields after one label (项目资金（万元）：年初预算数 1,050.00；…；
        // 得分 9.80), after its last ；, where its own name leads to the number.
        // (A word may lead to the number after the colon: 产出指标（分值40分）：得分38.5分.)
        let fieldStart = u.lastIndex(where: Self.isSemicolon).map { max($0, colon) } ?? colon
        let nameLength = fieldStart > colon ? 8 : 3
        var k = fieldStart + 1
        while k < u.count, u[k] == " " { k += 1 }
        while k < u.count, k - fieldStart <= nameLength, u[k].properties.isIdeographic { k += 1 }
        let numberStart = k
        while k < u.count, ("0"..."9").contains(u[k]) || u[k] == "." || u[k] == "," { k += 1 }
        guard k > numberStart, ("0"..."9").contains(u[numberStart]) else { return false }
        let unit = String(scalars: u[k...]).trimmingSpaces()
        return ["", "万元", "元", "分", "%", "％", "人", "个"].contains(unit)
    }

    static func isTitleLine(_ line: String, headline: Bool = false) -> Bool {
        // (A news headline may give a percent or an amount: “三公”经费比预算下降12.6%, 节约资金2.55亿元.)
        line.count <= 40 && !line.contains(where: { "。，,；;：:".contains($0) || !headline && "%％".contains($0) }) && (headline || !line.contains("元"))
    }

    /// Whether the normalised text ends inside a list that 其中 opened in its last sentence with a numbered item (其中：1.…；
    /// 2.…), or right after that 其中： (since `lastStop`, and within 400 scalars: read in constant time however long a
    /// sentence runs). A list inside a numbered item (3. 水土保持项目 A，其中：中央补助 a，县级配套 b；4. …) is not: its
    /// semicolon closes it, and the next number is the outer list's; nor one whose first item started a line of its own.
    static func inNumberedListOfParts(_ out: [Unicode.Scalar], since lastStop: Int, headings: [Int]) -> Bool {
        let from = max(lastStop, out.count - 400)
        guard from + 2 < out.count,
              let opener = (from..<(out.count - 2)).last(where: { out[$0] == "其" && out[$0 + 1] == "中" && "：:".unicodeScalars.contains(out[$0 + 2]) })
        else { return false }
        let first = opener + 3
        // (A first item that starts a line of its own, a line break before it become a blank, makes the list one of
        // headings: the next items start theirs too.)
        if headings.last.map({ $0 >= first }) == true { return false }
        return first == out.count || out[first].isASCII && ("0"..."9").contains(out[first]) || out[first] == "（" || out[first] == "("
    }

    /// Heading lines of the report genre: 一、 （一） 1. 1、 (1)
    static func isHeading(_ line: String) -> Bool {
        let numerals = "一二三四五六七八九十"
        if let f = line.first, numerals.contains(f), line.dropFirst().prefix(2).contains("、") { return true }
        if line.hasPrefix("（") || line.hasPrefix("(") {
            let inner = line.dropFirst().prefix(3)
            if let close = inner.firstIndex(where: { $0 == "）" || $0 == ")" }) {
                let n = inner[..<close]
                return !n.isEmpty && n.allSatisfy { numerals.contains($0) || $0.isNumber }
            }
        }
        // 1. / 1、 / 12． followed by text (not 17.22%, a number that starts a wrapped line).
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        if (1...2).contains(digits.count) {
            let rest = line.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == "、" || mark == "．", let next = rest.dropFirst().first, !next.isNumber, next != "%" { return true }
        }
        return false
    }

    /// The width (in scalars) at which a text's paragraphs were wrapped (pdftotext without -layout breaks every
    /// line of a paragraph at about the same width): the longest length that at least five prose lines of 20 or
    /// more scalars share, give or take one; nil for text whose lines are whole paragraphs.
    static func wrapWidth<Lines: Sequence>(_ lines: Lines) -> Int? where Lines.Element == Substring.UnicodeScalarView {
        var counts: [Int: Int] = [:]
        for line in lines where !line.contains("|") {
            let n = line.reduce(0) { Self.isBlank($1) ? $0 : $0 + 1 }
            if n >= 20 && n <= 200 { counts[n, default: 0] += 1 }
        }
        return counts.keys.filter { n in (counts[n - 1] ?? 0) + (counts[n] ?? 0) + (counts[n + 1] ?? 0) >= 5 }.max()
    }

    /// The width in columns (``columns(_:)``) at which a text's paragraphs were set on a page and broken into lines:
    /// the widest that at least five prose lines of 20 to 200 scalars share, give or take one, when at most a
    /// quarter as many prose lines are wider still (a page's lines are never wider than its width, give or take a
    /// mark hung past it); nil for text whose lines are whole paragraphs. Headings are not counted: a report's
    /// headings of one kind (（一）一般公共预算财政拨款支出决算总体情况) are often as wide as each other.
    /// (In columns, where ``wrapWidth(_:)`` counts scalars: a full line with figures in it holds more scalars than
    /// one of words alone, and the width in scalars misses it.)
    static func wrapColumns<Lines: Sequence>(_ lines: Lines) -> Int? where Lines.Element == Substring.UnicodeScalarView {
        var counts: [Int: Int] = [:]
        for line in lines where !line.contains("|") {
            let trimmed = withoutOuterBlanks(line)
            let scalars = trimmed.reduce(0) { isBlank($1) ? $0 : $0 + 1 }
            guard scalars >= 20 && scalars <= 200, !isHeading(normalisedLine(trimmed.prefix(8))) else { continue }
            counts[columns(trimmed), default: 0] += 1
        }
        func near(_ n: Int) -> Int { (counts[n - 1] ?? 0) + (counts[n] ?? 0) + (counts[n + 1] ?? 0) }
        return counts.keys.filter { n in near(n) >= 5 && 4 * counts.reduce(0) { $0 + ($1.key > n + 2 ? $1.value : 0) } <= near(n) }.max()
    }

    /// The columns a line takes on a page: two for a character of Chinese or a full-width mark, one for an ASCII
    /// character or a blank.
    static func columns<Line: Sequence>(_ line: Line) -> Int where Line.Element == Unicode.Scalar {
        line.reduce(0) { $0 + ($1.isASCII || isBlank($1) ? 1 : 2) }
    }

    /// The width (in scalars, blanks not counted) at which a text's lines were wrapped before its line breaks became
    /// blanks (a PDF's text copied as one paragraph: …负责组织指导全 区中小河流…): the commonest length, give or take
    /// one, of the runs between two blanks that each stand between two characters or marks of Chinese (which sets
    /// no blank there, so such a blank is a line break or a paragraph's end; a blank beside a number or a Latin
    /// word may be the typesetter's), when at least five runs of 20 to 200 scalars, and a third of them, share it;
    /// nil otherwise.
    static func blankWrapWidth<Lines: Sequence>(_ lines: Lines) -> Int? where Lines.Element == Substring.UnicodeScalarView {
        var counts: [Int: Int] = [:], runs = 0
        for line in lines where !line.contains("|") {
            var run = 0, previous: Unicode.Scalar? = nil, blankAfterWord = false
            for c in line {
                if isBlank(c) { blankAfterWord = blankAfterWord || previous?.isASCII == false; continue }
                if blankAfterWord, !c.isASCII {
                    if (20...200).contains(run) { counts[run, default: 0] += 1; runs += 1 }
                    run = 0
                }
                blankAfterWord = false
                run += 1
                previous = c
            }
        }
        func near(_ n: Int) -> Int { (counts[n - 1] ?? 0) + (counts[n] ?? 0) + (counts[n + 1] ?? 0) }
        guard let best = counts.keys.max(by: { (near($0), $0) < (near($1), $1) }), near(best) >= 5, 3 * near(best) >= runs else { return nil }
        return best
    }

    /// The text with the tabs of its table rows written as bars: a table pasted from a word processor or a
    /// spreadsheet sets its cells apart by one tab each, empty cells included (产出指标 | 数量指标 | … on a group's
    /// first row, two tabs before 新增馆藏图书 on the next), which is how a table drawn with bars reads. A line is a row
    /// when a tab stands between two of its texts; a tab that only indents a line (or trails it) stays a blank. Scalar for scalar, so
    /// offsets are the same in both texts; the text itself when it has no tab.
    /// - Complexity: linear in the text. (Not `String.UnicodeScalarView.append(contentsOf:)`, which copies the whole
    /// view at every call: a 3 MB text with tabbed tables took 20 s, 10 MB six minutes.)
    static func tabbedRowsBarred(_ text: String) -> String {
        guard text.unicodeScalars.contains("\t") else { return text }
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var first = true
        for line in Lines(text.unicodeScalars) {
            if !first { out.append("\n") }
            first = false
            // (A row: a tab between two texts of the line.)
            var textBefore = false, tabAfterText = false, row = false
            for c in line {
                if c == "\t" { tabAfterText = textBefore } else if !isBlank(c) {
                    if tabAfterText { row = true; break }
                    textBefore = true
                }
            }
            if row {
                for c in line { out.unicodeScalars.append(c == "\t" ? "|" : c) }
            } else {
                out.append(contentsOf: Substring(line))
            }
        }
        return out
    }

    /// The lines of a text, one at a time, without their line breaks (the empty line after a last break
    /// included): what splitting at every break gives, without an array of them (32 bytes a line, as much as a
    /// long report's text).
    struct Lines: Sequence {
        let scalars: String.UnicodeScalarView
        /// Whether a form feed (a page break) ends a line as a line break does.
        let breakingAtFormFeeds: Bool

        init(_ scalars: String.UnicodeScalarView, breakingAtFormFeeds: Bool = false) {
            self.scalars = scalars
            self.breakingAtFormFeeds = breakingAtFormFeeds
        }

        struct Iterator: IteratorProtocol {
            let lines: Lines
            var position: String.UnicodeScalarView.Index
            var finished = false

            mutating func next() -> Substring.UnicodeScalarView? {
                guard !finished else { return nil }
                let s = lines.scalars, start = position
                while position < s.endIndex, s[position] != "\n", !(lines.breakingAtFormFeeds && s[position] == "\u{0C}") {
                    s.formIndex(after: &position)
                }
                let line = Substring(s[start..<position]).unicodeScalars
                if position < s.endIndex { s.formIndex(after: &position) } else { finished = true }
                return line
            }
        }

        func makeIterator() -> Iterator { Iterator(lines: self, position: scalars.startIndex) }
    }

    /// Whether the colon at `k` of a line stands between a label and an amount with its unit (实际培训：1,286 人次,
    /// 车均运行维护费：2.40 万元; blanks between them allowed). Not before a bare number, a form's field (分值：10,
    /// 全年预算数（万元）：372.40), whose colon tells the readers the label gives its unit; nor before an item's number
    /// that opens a list (1. 1、 1）), nor before a date (（10 分）：2023 年全年预算数 …, whose sentence starts after it);
    /// nor after the words that open a list (其中：, and the reader's ``StatementReader/listOpenerWords``: 包括：, 主要用于：…).
    static func labelsAnAmount(_ line: [Unicode.Scalar], colonAt k: Int, after out: [Unicode.Scalar]) -> Bool {
        // (The reader's own list openers, 包括：, 主要用于：, 具体如下：, …, and 其中：.)
        let opener = Array(out.suffix(8)) + [normalise(line[k])]
        if out.suffix(2).elementsEqual("其中".unicodeScalars)
            || StatementReader.listOpenerWords.contains(where: { opener.suffix($0.count).elementsEqual($0) }) { return false }
        func digit(_ j: Int) -> Bool { j < line.count && ("0"..."9").contains(normalise(line[j])) }
        var j = k + 1
        while j < line.count, isBlank(line[j]) { j += 1 }
        guard digit(j) else { return false }
        // (The number: digits, and a comma or a decimal point between digits.)
        while digit(j) || j < line.count && (normalise(line[j]) == "," || normalise(line[j]) == ".") && digit(j + 1) { j += 1 }
        while j < line.count, isBlank(line[j]) { j += 1 }
        guard j < line.count else { return false }
        let unit = normalise(line[j])
        return unit == "%" || unit.isHan && !"年月日".unicodeScalars.contains(unit)
    }

    /// Whether the full-width comma at `k` separates thousands (１，０８０．００ 万元, 1，842.65 万元, 11，122，315.04): one
    /// to three digits before it, then groups of three digits each after a comma and no digit after the last, and
    /// either full-width digits on both sides of it (a text set in full-width figures) or a decimal point after the
    /// groups. A list (第 1，2 项; 10，200，300) has neither.
    static func separatesThousands(_ line: [Unicode.Scalar], at k: Int) -> Bool {
        func digit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || ("０"..."９").contains(c) }
        func fullWidth(_ c: Unicode.Scalar) -> Bool { ("０"..."９").contains(c) }
        guard k >= 1, k < line.count, line[k] == "，", digit(line[k - 1]) else { return false }
        var before = 0
        while k - before - 1 >= 0, digit(line[k - before - 1]) { before += 1 }
        guard before <= 3 else { return false }
        var j = k
        while j < line.count, line[j] == "，" {
            guard j + 3 < line.count, (j + 1...j + 3).allSatisfy({ digit(line[$0]) }) else { return false }
            j += 4
        }
        let after: Unicode.Scalar? = j < line.count ? line[j] : nil
        guard after.map(digit) != true else { return false }
        return fullWidth(line[k - 1]) && fullWidth(line[k + 1]) || after == "." || after == "．"
    }

    /// The end (past its closing parenthesis) of a syllable of pinyin in parentheses starting at `k`: (yù), (jīng).
    static func pinyinEnd(_ s: [Unicode.Scalar], from k: Int) -> Int? {
        let toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".unicodeScalars
        var j = k + 1
        while j < s.count, j - k <= 7, ("a"..."z").contains(s[j]) || toned.contains(s[j]) { j += 1 }
        guard j > k + 1, j < s.count, s[j] == ")", s[(k + 1)..<j].contains(where: { toned.contains($0) }) else { return nil }
        return j + 1
    }

    /// A line without its leading and trailing blanks, trimmed by code point (Foundation's trimming costs more than
    /// the rest of reading a line).
    static func withoutOuterBlanks<C: BidirectionalCollection>(_ line: C) -> C.SubSequence where C.Element == Unicode.Scalar {
        let start = line.firstIndex { !isBlank($0) } ?? line.endIndex
        let end = line[start...].lastIndex { !isBlank($0) }.map(line.index(after:)) ?? start
        return line[start..<end]
    }

    /// Unicode's White_Space, by code point: the property lookup costs more than the rest of normalising a
    /// scalar, and this is asked of every one.
    @inline(__always)
    static func isBlank(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A year written in Chinese numerals (二〇二三年度) in digits (2023年度), scalar for scalar.
    static func writeYearsInDigits(_ s: inout [Unicode.Scalar]) {
        let digits: [Unicode.Scalar: Unicode.Scalar] = ["〇": "0", "零": "0", "○": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                                                        "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"]
        var k = 0
        while k + 4 < s.count {
            if (s[k] == "一" || s[k] == "二"), s[k + 4] == "年", (k == 0 || digits[s[k - 1]] == nil),
               (1...3).allSatisfy({ digits[s[k + $0]] != nil }), s[k + 1] == "九" || digits[s[k + 1]] == "0" {
                for j in 0..<4 { s[k + j] = digits[s[k + j]]! }
                k += 5
            } else {
                k += 1
            }
        }
    }

    /// Full-width ASCII to ASCII (digits, letters, % . + -), traditional to simplified, ideographic space to space.
    @inline(__always)
    /// A line normalised scalar for scalar (`normalise`, and a form feed as a blank when `formFeedsAsBlanks`): the
    /// line copied as it is when nothing in it changes (most lines; a string built scalar by scalar costs several
    /// times more).
    static func normalisedLine(_ line: Substring.UnicodeScalarView, formFeedsAsBlanks: Bool = false) -> String {
        func changed(_ c: Unicode.Scalar) -> Bool { normalise(c) != c || formFeedsAsBlanks && c == "\u{0C}" }
        // (A full-width comma after a digit may separate thousands, 2，350.00: such a line is looked at scalar by scalar.)
        let commaAfterDigit = zip(line, line.dropFirst()).contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) ? $1 == "，" : false }
        guard commaAfterDigit || line.contains(where: changed) else { return String(line) }
        let scalars = Array(line)
        return String(scalars: scalars.indices.lazy.map { k -> Unicode.Scalar in
            let c = scalars[k]
            if c == "，" { return commaAfterDigit && separatesThousands(scalars, at: k) ? "," : c }
            return formFeedsAsBlanks && c == "\u{0C}" ? " " : normalise(c)
        })
    }

    /// One scalar as the readers see it: full-width digits, letters, ％ ． ＋ － and the bar ｜ (which draws a table's
    /// cells as | does) in ASCII, a traditional character simplified, the ideographic space a space, a quotation mark
    /// a double one.
    static func normalise(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0x4E00 {
            guard v < 0xA000 else { return v == 0xFF05 || v == 0xFF0E || v == 0xFF0B || v == 0xFF0D || v == 0xFF5C
                                        || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v)
                                        || (0xFF41...0xFF5A).contains(v) ? Unicode.Scalar(v - 0xFEE0)! : s }
            let simplified = traditional[Int(v - 0x4E00)]
            return simplified == 0 ? s : Unicode.Scalar(UInt32(simplified))!
        }
        switch v {
        case 0x3000: return " "
        // Quotation marks of every style as the double ones the vocabulary writes (‘三公’经费, 「三公」经费, 『优』 are
        // “三公”经费 and “优”): single quotes nest inside double ones, corner brackets are the traditional style.
        case 0x2018, 0x300C, 0x300E: return "“"
        case 0x2019, 0x300D, 0x300F: return "”"
        default: return s
        }
    }

    /// The simplified form of each character from U+4E00 to U+9FFF, 0 where it has none (a flat table: every
    /// scalar of a text is looked up, and the characters are dense in that block).
    static let traditional: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0xA000 - 0x4E00)
        for line in traditionalPairs {
            let s = Array(line.unicodeScalars)
            for k in stride(from: 0, to: s.count - 1, by: 2) { table[Int(s[k].value) - 0x4E00] = UInt16(s[k + 1].value) }
        }
        return table
    }()
}
