import Foundation
import Outturn

/// Tables flattened into text lines, cells separated by | or by runs of two or more spaces: a header row names
/// the columns (预算数 / 决算数 / 执行率 / 权重 / 分值 / 得分), each later row a subject (基本支出, 项目支出,
/// 产出, 合计 ...) with one number per column; a row without a label takes its subjects from the headers
/// (执行率（%） | 执行率权重 | 执行率得分). "单位：元" (or a header cell in 元) makes amounts 元, converted to 万元.
struct TableReader {
    let statements: [Statement]
    let unmatched: [UnmatchedStatement]
    /// Original offsets (in scalars) of the table rows read, to keep the sentence reader off them.
    let rows: [Range<Int>]

    func covers(_ offset: Int) -> Bool { rows.contains { $0.contains(offset) } }

    enum ColumnMeaning: Equatable { case budget, actual, rate, weight, score }

    static func read(_ text: String, reportYear: Int?, vocabulary: ReportVocabulary, genre: ReportGenre = .general) -> TableReader {
        var statements: [Statement] = [], unmatched: [UnmatchedStatement] = [], rows: [Range<Int>] = []
        var columns: [Cell]? = nil, meanings: [ColumnMeaning?] = [], labelColumns: [Int] = []
        var yuan = false
        var offset = 0
        let reader = StatementReader(vocabulary: vocabulary, reportYear: reportYear, genre: genre)
        // Per column of the current table: the statement of the row a 其中 row breaks down, the statements since
        // the header (a 合计 row adds them up), and every score cell of the document so far (a 总分 row adds up
        // the scores of all the tables above it).
        var breakdownOf: [Int: Int] = [:], inBreakdown = false
        var sinceHeader: [Int: [Int]] = [:]
        var scoresSinceTotal: [Int] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            let line = String(rawLine)
            let lineScalars = line.unicodeScalars.count
            defer { offset += lineScalars + 1 }
            let normalised = String(String.UnicodeScalarView(line.unicodeScalars.map(ReportText.normalise)))
            let compact = normalised.replacingOccurrences(of: " ", with: "")
            if compact.contains("单位:元") || compact.contains("单位：元") { yuan = true }
            if compact.contains("单位:万元") || compact.contains("单位：万元") { yuan = false }
            let cells = split(normalised)
            guard cells.filter({ !$0.text.isEmpty }).count >= 3 else { columns = nil; continue }
            let headerMeanings = cells.map(meaning)
            if headerMeanings.contains(where: { $0 != nil }) && cells.allSatisfy({ number($0.text) == nil }) {
                columns = cells
                meanings = headerMeanings
                // Label columns: 项目 / 资金来源 / 三级指标 ..., not the value columns (指标值, 完成值).
                labelColumns = cells.indices.filter { k in
                    let t = cells[k].text
                    return headerMeanings[k] == nil && !t.isEmpty && ["指标", "项目", "名称", "来源", "科目", "内容"].contains(where: t.contains)
                        && !["值", "数", "率"].contains(where: t.contains)
                }
                if cells.contains(where: { $0.text.contains("(元)") || $0.text.contains("（元）") }) { yuan = true }
                rows.append(offset..<(offset + lineScalars))
                breakdownOf = [:]; inBreakdown = false; sinceHeader = [:]
                continue
            }
            guard let header = columns, cells.count == header.count || !normalised.contains("|") else { continue }
            rows.append(offset..<(offset + lineScalars))
            // The row's label: the last text of its label columns, else its first cell with text that is not a number.
            let labelIndex = labelColumns.last { $0 < cells.count && !cells[$0].text.isEmpty }
                ?? cells.firstIndex { !$0.text.isEmpty && number($0.text) == nil }
            var label = labelIndex.map { cells[$0].text } ?? ""
            let opensBreakdown = label.hasPrefix("其中")
            if opensBreakdown { label = String(label.dropFirst(2)).trimmingCharacters(in: CharacterSet(charactersIn: "：: ")) }
            let isTotalRow = ["合计", "总计", "总分"].contains(where: label.contains)
            if opensBreakdown { inBreakdown = true }
            if isTotalRow { inBreakdown = false }
            let snippet = cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " | ")
            let hasRate = cells.indices.contains { $0 < meanings.count && meanings[$0] == .rate && number(cells[$0].text) != nil }
            var rowStatements: [Int: Int] = [:]
            for (k, cell) in cells.enumerated() {
                guard k < meanings.count, let meaning = meanings[k], k != labelIndex, let (value, decimals) = number(cell.text),
                      let year = reportYear else { continue }
                let cellOffset = offset + cell.start
                var subject = reader.subjectMatch(in: label)?.subject
                if isTotalRow {
                    subject = meaning == .rate ? "execution_rate" : [.weight, .score].contains(meaning) ? "score_total"
                        : genre == .project ? "project" : "expenditure"
                }
                if label.isEmpty, let fromHeader = reader.subjectMatch(in: header[k].text)?.subject { subject = fromHeader }
                var unit = "万元", v = value, d = max(decimals, 2)
                var measure: String? = nil
                switch meaning {
                case .budget, .actual:
                    // A percent is no amount; a project table's funds rows are the project's.
                    if cell.text.hasSuffix("%") { continue }
                    if let s = subject, s.hasPrefix("score") || s == "execution_rate" { subject = nil }
                    if subject == nil, genre == .project, label.contains("总额") || label.contains("合计") || label.contains("总计") { subject = "project" }
                    measure = meaning == .budget ? "budget" : "actual"
                    if yuan { v /= 10_000; d += 4 }
                case .rate:
                    unit = "%"; d = decimals
                    if subject != "execution_rate" && (label.contains("财政拨款") || label.isEmpty || label.contains("总额")) { subject = "execution_rate" }
                    if subject != "execution_rate" { subject = nil }
                case .weight, .score:
                    unit = "分"; d = decimals
                    if label.isEmpty, header[k].text.contains("执行率") { subject = "score_budget_execution" }
                    // A funds row with an execution rate scores the budget execution (分值 10, 得分 9.6).
                    if hasRate && !isTotalRow { subject = "score_budget_execution" }
                    if let s = subject, !s.hasPrefix("score") { subject = nil }
                }
                let key = subject.map { $0 + ":" + (measure ?? "") } ?? "label:" + label + ":" + (measure ?? "")
                if subject == nil && (label.isEmpty || meaning == .rate) {
                    unmatched.append(UnmatchedStatement(value: v, unit: unit, offset: cellOffset, snippet: snippet))
                    continue
                }
                var st = Statement(key: key, subject: subject, measure: measure, stage: meaning == .budget ? stage(of: header[k].text) : nil,
                                   label: label.isEmpty ? header[k].text : label, year: year,
                                   role: meaning == .weight ? .weight : .level, value: v, unit: unit, decimals: d,
                                   position: Int.max / 2 + cellOffset, offset: cellOffset, snippet: snippet, rule: "table-row")
                // 其中 rows are parts of the row before them; a 合计 row is the total of the rows above it.
                if inBreakdown, let total = breakdownOf[k] { st.parent = total }
                statements.append(st)
                let index = statements.count - 1
                rowStatements[k] = index
                if isTotalRow {
                    let members = meaning == .score ? scoresSinceTotal : (sinceHeader[k] ?? [])
                    for m in members where statements[m].parent == nil { statements[m].parent = index }
                    if meaning == .score { scoresSinceTotal = [] }
                    sinceHeader[k] = []
                } else {
                    sinceHeader[k, default: []].append(index)
                    if meaning == .score { scoresSinceTotal.append(index) }
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

    /// The budget stage a column header names: 年初预算数 (initial), 全年（调整）预算数 (adjusted).
    static func stage(of header: String) -> String? {
        if header.contains("年初") { return "initial" }
        if header.contains("调整") || header.contains("全年") { return "adjusted" }
        return nil
    }

    struct Cell { let text: String; let start: Int }

    /// Cells split by | (empty cells kept, also before a leading and after a trailing bar, so that rows and
    /// headers written alike align) or by runs of two or more spaces and tabs.
    static func split(_ line: String) -> [Cell] {
        let s = Array(line.unicodeScalars)
        if s.contains("|") {
            var cells: [Cell] = []
            var start = 0
            for k in 0...s.count where k == s.count || s[k] == "|" {
                let raw = String(String.UnicodeScalarView(s[start..<k]))
                let lead = raw.prefix(while: { $0 == " " || $0 == "\u{3000}" }).unicodeScalars.count
                cells.append(Cell(text: raw.trimmingCharacters(in: .whitespaces), start: start + lead))
                start = k + 1
            }
            return cells
        }
        var cells: [Cell] = []
        var k = 0, current = "", start = -1, spaces = 0
        func close() {
            let t = current.trimmingCharacters(in: .whitespaces)
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

    static func meaning(_ cell: Cell) -> ColumnMeaning? {
        let t = cell.text
        if t.contains("得分系数") { return nil }
        if t.contains("得分") { return .score }
        if t.contains("权重") || t.contains("分值") { return .weight }
        if t.contains("执行率") || t.contains("完成率") { return .rate }
        // Money columns name a sum (数, 金额, 支出); 实际完成值 is an indicator's value, not money.
        if t.contains("决算") || t.contains("实际支出") || t.contains("支出数") || t.contains("执行数") || (t.contains("实际") && t.contains("数")) { return .actual }
        if t.contains("预算") { return .budget }
        return nil
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
