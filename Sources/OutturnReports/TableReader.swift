import Foundation
import Outturn

/// Tables flattened into text lines, cells separated by | or by runs of two or more spaces: a header row names
/// the columns (预算数 / 决算数 / 执行率 / 分值 / 得分), each later row a subject (基本支出, 项目支出, 产出 ...)
/// with one number per column. "单位：元" (or a header cell in 元) makes amounts 元, converted to 万元.
struct TableReader {
    let statements: [Statement]
    let unmatched: [UnmatchedStatement]
    /// Original offsets (in scalars) of the table rows read, to keep the sentence scanner off them.
    let rows: [Range<Int>]

    func covers(_ offset: Int) -> Bool { rows.contains { $0.contains(offset) } }

    enum ColumnMeaning { case budget, actual, rate, weight, score }

    static func read(_ text: String, reportYear: Int?) -> TableReader {
        var statements: [Statement] = [], unmatched: [UnmatchedStatement] = [], rows: [Range<Int>] = []
        var columns: [ColumnMeaning?]? = nil
        var yuan = false
        var offset = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            let line = String(rawLine)
            let lineScalars = line.unicodeScalars.count
            defer { offset += lineScalars + 1 }
            let normalised = String(String.UnicodeScalarView(line.unicodeScalars.map(ReportText.normalise)))
            if normalised.contains("单位:元") || normalised.contains("单位：元") || normalised.contains("单位: 元") || normalised.contains("单位： 元") { yuan = true }
            if normalised.contains("单位:万元") || normalised.contains("单位：万元") { yuan = false }
            let cells = split(normalised)
            guard cells.count >= 3 else { columns = nil; continue }
            let meanings = cells.map(meaning)
            if meanings.dropFirst().contains(where: { $0 != nil }) && cells.dropFirst().allSatisfy({ number($0.text) == nil }) {
                columns = meanings
                if cells.contains(where: { $0.text.contains("(元)") || $0.text.contains("（元）") }) { yuan = true }
                rows.append(offset..<(offset + lineScalars))
                continue
            }
            guard let columns else { continue }
            rows.append(offset..<(offset + lineScalars))
            let label = cells[0].text
            for (k, cell) in cells.enumerated().dropFirst() {
                guard k < columns.count, let meaning = columns[k], let (value, decimals) = number(cell.text), let year = reportYear else { continue }
                let cellOffset = offset + cell.start
                let snippet = cells.map(\.text).joined(separator: " | ")
                let key: String?
                var unit = "万元", v = value, d = decimals
                switch meaning {
                case .budget, .actual:
                    let subject = ReportExtractor.subjects.first { label.contains($0.0) }?.1
                    let direct = ReportExtractor.direct.first { label.contains($0.0) }?.1
                    if let subject { key = ReportExtractor.catalogueOf["\(subject):\(meaning == .budget ? "budget" : "actual")"] ?? "\(subject):\(meaning)" }
                    else if label.contains("合计") || label.contains("总计") { key = meaning == .budget ? "appropriation_budget" : "total_expenditure" }
                    else { key = direct }
                    if yuan { v /= 10_000; d += 4 }
                case .rate:
                    unit = "%"
                    key = label.contains("合计") || label.contains("总计") || label.contains("财政拨款") ? "execution_rate" : nil
                case .weight, .score:
                    unit = "分"
                    key = label.contains("满意") ? "score_satisfaction" : label.contains("效益") ? "score_benefit"
                        : label.contains("产出") ? "score_output" : label.contains("预算执行") || label.contains("执行") ? "score_budget_execution"
                        : label.contains("合计") || label.contains("总分") || label.contains("总计") ? "score_total" : nil
                }
                guard let key else {
                    unmatched.append(UnmatchedStatement(value: v, unit: unit, offset: cellOffset, snippet: snippet))
                    continue
                }
                statements.append(Statement(key: key, year: year, role: meaning == .weight ? .weight : .level, value: v, unit: unit,
                                            decimals: d, position: cellOffset, offset: cellOffset, snippet: snippet))
            }
        }
        return TableReader(statements: statements, unmatched: unmatched, rows: rows)
    }

    struct Cell { let text: String; let start: Int }

    /// Cells split by | or by runs of two or more spaces (tabs count as runs), with their scalar offsets.
    static func split(_ line: String) -> [Cell] {
        var cells: [Cell] = []
        let s = Array(line.unicodeScalars)
        var k = 0, current = "", start = -1, spaces = 0
        func close() {
            let t = current.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { cells.append(Cell(text: t, start: start)) }
            current = ""; start = -1; spaces = 0
        }
        while k < s.count {
            let c = s[k]
            if c == "|" || c == "\t" { close() } else if c == " " || c == "\u{3000}" {
                spaces += 1
                if spaces >= 2 { close() } else { current.unicodeScalars.append(" ") }
            } else {
                if spaces == 1 && current.isEmpty { current = "" }
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
        if t.contains("执行率") || t.contains("完成率") { return .rate }
        if t.contains("分值") || t.contains("权重") { return .weight }
        if t.contains("得分") { return .score }
        if t.contains("决算") || t.contains("实际") || t.contains("支出数") { return .actual }
        if t.contains("预算") { return .budget }
        return nil
    }

    /// A plain number cell: "1,342.42", "97653400.00", "92.5%".
    static func number(_ t: String) -> (Double, Int)? {
        var text = t.replacingOccurrences(of: ",", with: "")
        if text.hasSuffix("%") { text.removeLast() }
        guard let v = Double(text), text.first.map({ $0.isNumber || $0 == "-" }) == true else { return nil }
        let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
        return (v, decimals)
    }
}
