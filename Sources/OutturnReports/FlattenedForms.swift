/// The funds table of a 项目支出绩效自评表 (the national template's) whose text a page or a converter flattened into one
/// line, every cell set apart by a single space:
///
///     … 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 60 60 57.6 10 96% 9.6
///     其中:本年财政拨款 60 60 57.6 上年结转资金 其他资金 年度总体目标 …
///
/// Its row boundaries are gone, but the template's column names are known: a run of them (at least four, 全年执行数
/// or 执行率 among them) is the header, the words right before it its label cell, and each label after it followed by
/// at least two values (numbers, percents, dashes; no more than the header's columns) a row. The line is cut into
/// pieces (the text before the table, the header, each row, the text after), the spaces between a piece's cells made
/// bars, so that ``TableReader`` reads the table as any other; each piece keeps its characters' offsets (the space
/// between two pieces is dropped, nothing else moves).
enum FlattenedForms {
    /// The template's names of its funds columns.
    static let columnNames: Set<String> = ["年初预算数", "全年预算数", "全年执行数", "调整后预算数", "预算数", "执行数", "分值", "执行率", "得分"]

    /// The pieces of a line holding such a table, each with its offset in the line (in scalars); nil for any other line.
    static func pieces(_ line: String) -> [(text: String, offset: Int)]? {
        // (Most lines hold neither name: they cost a search each.)
        guard line.contains("全年执行数") || line.contains("执行率"), line.unicodeScalars.contains(" ") else { return nil }
        let s = Array(line.unicodeScalars)
        // The line's words: runs of non-space scalars, by their ranges.
        var words: [Range<Int>] = []
        var k = 0
        while k < s.count {
            if s[k] == " " { k += 1; continue }
            let start = k
            while k < s.count, s[k] != " " { k += 1 }
            words.append(start..<k)
        }
        func text(_ w: Range<Int>) -> String { String(scalars: s[w]) }
        // Single spaces only between the table's words: a run of spaces is another layout's.
        func singleSpaced(_ a: Int, _ b: Int) -> Bool { (a..<b).allSatisfy { words[$0 + 1].lowerBound - words[$0].upperBound == 1 } }
        guard let first = words.indices.first(where: { columnNames.contains(text(words[$0])) }) else { return nil }
        var last = first
        while last + 1 < words.count, columnNames.contains(text(words[last + 1])) { last += 1 }
        let names = Set(words[first...last].map(text))
        guard last - first + 1 >= 4, names.contains("全年执行数") || names.contains("执行率"), first > 0 else { return nil }
        let columns = last - first + 1
        // The label cell: the word before the header, with the word before that when it is a unit in brackets (项目资金 (万元)).
        var labelStart = first - 1
        if labelStart > 0, text(words[labelStart]).hasPrefix("(") || text(words[labelStart]).hasPrefix("（") { labelStart -= 1 }
        guard singleSpaced(labelStart, last) else { return nil }
        // The rows: a label in words, then two or more values, at most the header's columns.
        var rows: [(start: Int, end: Int)] = []
        var w = last + 1
        while w + 2 < words.count, value(text(words[w])) == nil, text(words[w]).unicodeScalars.contains(where: \.isHan) {
            var end = w
            while end + 1 < words.count, value(text(words[end + 1])) != nil { end += 1 }
            guard end - w >= 2, end - w <= columns, singleSpaced(w, end) else { break }
            rows.append((w, end))
            w = end + 1
        }
        guard !rows.isEmpty, (rows.first.map { $0.end - $0.start } ?? 0) >= 3 else { return nil }
        // Each piece's text: its scalars, the spaces between cells made bars (the label cell's own spaces kept).
        func barred(_ from: Int, _ to: Int, keepingSpacesBefore cellsStart: Int) -> String {
            var piece = Array(s[words[from].lowerBound..<words[to].upperBound])
            for i in cellsStart...to where i > from {
                piece[words[i].lowerBound - 1 - words[from].lowerBound] = "|"
            }
            return String(scalars: piece)
        }
        var out: [(text: String, offset: Int)] = []
        if labelStart > 0 { out.append((String(scalars: s[0..<words[labelStart - 1].upperBound]), 0)) }
        out.append((barred(labelStart, last, keepingSpacesBefore: first), words[labelStart].lowerBound))
        // (A row with fewer values than the header has columns fills the first ones, the template's amounts, 其中：本年财政
        // 拨款 60 60 57.6 under 年初预算数 全年预算数 全年执行数 分值 执行率 得分: its other cells empty, bars after its last.)
        for row in rows {
            let blanks = String(repeating: "|", count: columns - (row.end - row.start))
            out.append((barred(row.start, row.end, keepingSpacesBefore: row.start + 1) + blanks, words[row.start].lowerBound))
        }
        let after = rows.last!.end + 1
        if after < words.count { out.append((String(scalars: s[words[after].lowerBound...]), words[after].lowerBound)) }
        return out
    }

    /// A cell's value as a single-space table's (``SpaceSeparatedTables/value(_:)``): true for a number or a percent,
    /// false for a dash or slash (an empty cell), nil for words.
    private static func value(_ cell: String) -> Bool? { SpaceSeparatedTables.value(Substring(cell)) }
}
