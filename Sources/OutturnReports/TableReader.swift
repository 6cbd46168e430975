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

    static func read(_ text: String, reportYear: Int?, vocabulary: ReportVocabulary) -> TableReader {
        var statements: [Statement] = [], unmatched: [UnmatchedStatement] = [], rows: [Range<Int>] = []
        var columns: [Cell]? = nil, meanings: [ColumnMeaning?] = []
        var yuan = false
        var offset = 0
        let reader = StatementReader(vocabulary: vocabulary, reportYear: reportYear, genre: .general)
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
                if cells.contains(where: { $0.text.contains("(元)") || $0.text.contains("（元）") }) { yuan = true }
                rows.append(offset..<(offset + lineScalars))
                continue
            }
            guard let header = columns, cells.count == header.count || !normalised.contains("|") else { continue }
            rows.append(offset..<(offset + lineScalars))
            // The row's label: its first cell with text that is not a number (rows of a bar table may open with empty cells).
            let labelIndex = cells.firstIndex { !$0.text.isEmpty && number($0.text) == nil }
            let label = labelIndex.map { cells[$0].text } ?? ""
            let snippet = cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " | ")
            for (k, cell) in cells.enumerated() {
                guard k < meanings.count, let meaning = meanings[k], let (value, decimals) = number(cell.text), let year = reportYear else { continue }
                if k == labelIndex { continue }
                let cellOffset = offset + cell.start
                var subject = reader.subjectMatch(in: label)?.subject
                if label.contains("合计") || label.contains("总计") {
                    subject = meaning == .rate ? "execution_rate" : [.weight, .score].contains(meaning) ? "score_total" : "expenditure"
                }
                if label.isEmpty, let fromHeader = reader.subjectMatch(in: header[k].text)?.subject { subject = fromHeader }
                var unit = "万元", v = value, d = max(decimals, 2)
                var measure: String? = nil
                switch meaning {
                case .budget, .actual:
                    measure = meaning == .budget ? "budget" : "actual"
                    if yuan { v /= 10_000; d += 4 }
                case .rate:
                    unit = "%"; d = decimals
                    if subject != "execution_rate" && (label.contains("财政拨款") || label.isEmpty) { subject = "execution_rate" }
                    if subject != "execution_rate" { subject = nil }
                case .weight, .score:
                    unit = "分"; d = decimals
                    if label.isEmpty, header[k].text.contains("执行率") { subject = "score_budget_execution" }
                    if let s = subject, !s.hasPrefix("score") { subject = nil }
                }
                guard let subject else {
                    unmatched.append(UnmatchedStatement(value: v, unit: unit, offset: cellOffset, snippet: snippet))
                    continue
                }
                statements.append(Statement(key: subject + ":" + (measure ?? ""), subject: subject, measure: measure, stage: nil,
                                            label: label.isEmpty ? header[k].text : label, year: year,
                                            role: meaning == .weight ? .weight : .level, value: v, unit: unit, decimals: d,
                                            position: Int.max / 2 + cellOffset, offset: cellOffset, snippet: snippet, rule: "table-row"))
            }
        }
        return TableReader(statements: statements, unmatched: unmatched, rows: rows)
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
        if t.contains("得分") { return .score }
        if t.contains("权重") || t.contains("分值") { return .weight }
        if t.contains("执行率") || t.contains("完成率") { return .rate }
        if t.contains("决算") || t.contains("实际") || t.contains("支出数") || t.contains("执行数") { return .actual }
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
