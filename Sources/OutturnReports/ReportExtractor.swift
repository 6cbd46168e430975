import Foundation
import Outturn

/// Reads department self-evaluation reports (部门整体支出绩效自评报告) and budget disclosures into figures.
public enum ReportExtractor {
    /// Extracts from a report's text. `department` overrides the name found in the title.
    /// - Complexity: O(text length x keywords), linear in the text.
    public static func extract(text: String, source: String, department: String? = nil) -> ReportExtraction {
        let doc = ReportText(text)
        let s = doc.scalars
        let (foundYear, foundName) = title(s)
        let reportYear = foundYear
        var statements: [Statement] = []
        var unmatched: [UnmatchedStatement] = []
        var documentUnit: String? = nil   // "单位：元" in disclosure tables
        let tables = TableReader.read(text, reportYear: reportYear)
        statements += tables.statements
        unmatched += tables.unmatched
        var i = 0
        while i < s.count {
            if isDigit(s[i]), tables.covers(doc.originalOffsets[i]) { i += 1; continue }
            guard isDigit(s[i]), i == 0 || !(isDigit(s[i - 1]) || s[i - 1] == "." || s[i - 1].properties.isAlphabetic && s[i - 1].isASCII) else {
                if matches(s, i, "单位:") || matches(s, i, "单位：") {
                    let rest = String(String.UnicodeScalarView(s[(i + 3)..<min(s.count, i + 6)]))
                    documentUnit = rest.hasPrefix("万元") ? "万元" : (rest.hasPrefix("元") ? "元" : documentUnit)
                }
                i += 1
                continue
            }
            // A number: digits, thousands separators between groups of three, a decimal part.
            var j = i, text = ""
            while j < s.count && (isDigit(s[j]) || (s[j] == "," && j + 3 < s.count && (1...3).allSatisfy { isDigit(s[j + $0]) } && (j + 4 >= s.count || !isDigit(s[j + 4])))) {
                if s[j] != "," { text.unicodeScalars.append(s[j]) }
                j += 1
            }
            var decimals = 0
            if j + 1 < s.count && s[j] == "." && isDigit(s[j + 1]) {
                text += "."
                j += 1
                while j < s.count && isDigit(s[j]) { text.unicodeScalars.append(s[j]); j += 1; decimals += 1 }
            }
            guard var value = Double(text) else { i = j; continue }
            let start = i
            i = j
            // The unit right after the number.
            var unit: String? = nil
            for (u, factor, canonical) in units where matches(s, j, u) {
                unit = canonical
                value *= factor
                if canonical == "万元" && u == "元" { decimals += 4 }
                break
            }
            if unit == nil, matches(s, j, "年") { continue }                  // a year, not a figure
            if unit == nil, let du = documentUnit, isTableCell(s, start, j) {  // a bare number in a disclosure table
                unit = "万元"
                if du == "元" { value /= 10_000; decimals += 4 }
            }
            guard let unit, unit != "skip" else { continue }
            let sentence = sentenceStart(s, before: start, headings: doc.headingStarts)
            let snippet = Self.snippet(s, start, j)
            let offset = doc.originalOffsets[start]
            if let st = attribute(s, number: start, end: j, sentence: sentence, value: value, unit: unit, decimals: decimals,
                                  year: year(s, sentence, start, reportYear: reportYear), headings: doc.headingStarts,
                                  offset: offset, snippet: snippet) {
                statements.append(st)
            } else if ["万元", "%", "人", "分"].contains(unit) {
                unmatched.append(UnmatchedStatement(value: value, unit: unit, offset: offset, snippet: snippet))
            }
        }
        statements.sort { $0.position < $1.position }
        let name = department ?? foundName ?? source
        var seen = Set<String>()
        var figures: [ExtractedFigure] = []
        for st in statements where st.role == .level && IndicatorCatalogue.standard(id: st.key) != nil {
            let key = "\(st.key)|\(st.year)"
            if seen.insert(key).inserted {
                figures.append(ExtractedFigure(department: name, indicator: st.key, year: st.year, value: st.value, unit: st.unit,
                                               offset: st.offset, snippet: st.snippet, decimals: st.decimals))
            }
        }
        return ReportExtraction(source: source, department: name, year: reportYear, figures: figures, unmatched: unmatched,
                                statements: statements, text: doc)
    }

    // MARK: Vocabulary

    /// (text, factor to the canonical unit, canonical unit); "skip" marks units of things that are not figures.
    static let units: [(String, Double, String)] = [
        ("亿元", 10_000, "万元"), ("万元", 1, "万元"), ("元", 0.0001, "万元"), ("%", 1, "%"), ("个百分点", 1, "skip"),
        ("人次", 1, "skip"), ("人", 1, "人"), ("分", 1, "分"), ("万", 1, "skip"), ("件", 1, "skip"), ("个", 1, "skip"),
        ("项", 1, "skip"), ("次", 1, "skip"), ("期", 1, "skip"), ("家", 1, "skip"),
    ]

    /// Keywords naming a catalogue indicator directly.
    static let direct: [(String, String)] = [
        ("部门预算总收入", "budget_revenue"), ("预算总收入", "budget_revenue"), ("收入总计", "budget_revenue"), ("收入合计", "budget_revenue"),
        ("总收入", "budget_revenue"), ("总支出", "total_expenditure"), ("支出总计", "total_expenditure"), ("支出合计", "total_expenditure"),
        ("决算支出", "total_expenditure"), ("人员经费", "personnel_expenditure"), ("日常公用经费", "public_expenditure"),
        ("公用经费预算安排", "public_expenditure_budget"), ("公用经费预算", "public_expenditure_budget"),
        ("预算执行率", "execution_rate"), ("执行率", "execution_rate"), ("实有在职人员", "staff_in_service"),
        ("在职人员", "staff_in_service"), ("在职人数", "staff_in_service"), ("退休人员", "retirees"),
        ("自评总分", "score_total"), ("综合评分", "score_total"), ("自评得分", "score_total"), ("得分", "score_total"),
        // The parts of the "三公" expenses (outside the catalogue; the audit adds them up).
        ("公务接待费", "three_public:reception"), ("公务用车购置及运行维护费", "three_public:vehicles"),
        ("公务用车购置及运行费", "three_public:vehicles"), ("公务用车运行维护费", "three_public:vehicle_running"),
        ("公务用车购置费", "three_public:vehicle_purchase"), ("因公出国(境)费", "three_public:travel"),
        ("因公出国（境）费", "three_public:travel"), ("因公出国费", "three_public:travel"),
    ]
    /// Subjects whose budget or actual the measure words pick.
    static let subjects: [(String, String)] = [
        ("基本支出", "basic"), ("项目支出", "project"), ("财政拨款", "appropriation"), ("三公", "three_public"), ("公用经费", "public"),
    ]
    static let measures: [(String, String)] = [
        ("全年预算数", "budget"), ("调整预算数", "budget"), ("调整后预算", "budget"), ("年初预算", "budget"), ("预算数", "budget"),
        ("预算安排", "budget"), ("预算", "budget"), ("决算数", "actual"), ("实际支出", "actual"), ("决算", "actual"),
        ("支出数", "actual"), ("实际", "actual"), ("支出", "actual"),
    ]
    static let catalogueOf: [String: String] = [
        "basic:actual": "basic_expenditure", "project:budget": "project_budget", "project:actual": "project_expenditure",
        "appropriation:budget": "appropriation_budget", "appropriation:actual": "appropriation_final",
        "three_public:budget": "three_public_budget", "three_public:actual": "three_public_expenditure",
        "public:budget": "public_expenditure_budget", "public:actual": "public_expenditure",
    ]
    static let changeWords: [(String, Double)] = [
        ("增加了", 1), ("减少了", -1), ("增长了", 1), ("下降了", -1), ("增加", 1), ("减少", -1), ("增长", 1), ("下降", -1),
        ("提高", 1), ("降低", -1), ("节约", -1), ("增", 1), ("减", -1),
    ]

    // MARK: Attribution

    static func attribute(
        _ s: [Unicode.Scalar], number: Int, end: Int, sentence: Int, value: Double, unit: String, decimals: Int, year: Int?,
        headings: [Int], offset: Int, snippet: String
    ) -> Statement? {
        guard let year else { return nil }
        let before = sentence..<number
        let tail = String(String.UnicodeScalarView(s[max(sentence, number - 12)..<number]))
        func make(_ key: String, _ role: StatementRole, year y: Int = year) -> Statement {
            Statement(key: key, year: y, role: role, value: value, unit: unit, decimals: decimals, position: number, offset: offset, snippet: snippet)
        }
        // Scores: 分值 / 扣 / 得 inside "(分值 N 分，得 X 分，扣 Y 分)" after a section title.
        if unit == "分" {
            if tail.hasSuffix("分值") { return make(scoreSection(s, before: number, headings: headings) ?? "score", .weight) }
            if tail.hasSuffix("扣") || tail.hasSuffix("扣除") { return make(scoreSection(s, before: number, headings: headings) ?? "score", .deduction) }
            if tail.hasSuffix("得") {
                return scoreSection(s, before: number, headings: headings).map { make($0, .level) }
            }
            if let d = nearest(s, direct, in: before), d.value == "score_total" { return make("score_total", .level) }
            return nil
        }
        if unit == "人" {
            guard let d = nearest(s, direct, in: max(sentence, number - 12)..<number), ["staff_in_service", "retirees"].contains(d.value) else { return nil }
            return make(d.value, .level)
        }
        // Roles from the words right before the number.
        var role: StatementRole = .level
        if let c = changeWords.first(where: { tail.hasSuffix($0.0) }) { role = .change(sign: c.1) }
        if unit == "%" {
            if tail.hasSuffix("占比") || tail.hasSuffix("占") || tail.hasSuffix("比重") || tail.hasSuffix("比例为") { role = .share }
            if tail.contains("完成预算") { role = .completion }
        }
        var y = year
        // 较上年度 14464.73 万元 / 上年 x 万元: last year's level (but not 含上年结转, which is this year's money).
        if role == .level, tail.hasSuffix("上年") || tail.hasSuffix("上年度") || tail.hasSuffix("上年为") || tail.hasSuffix("上年度为") { y = year - 1 }
        // The indicator: the nearer of a direct keyword and a subject (with its measure).
        let d = nearest(s, direct.filter { $0.1 != "score_total" && !["staff_in_service", "retirees"].contains($0.1) }, in: before)
        let sub = nearest(s, subjects, in: before)
        let m = nearest(s, measures, in: (sub?.end ?? sentence)..<number)
        if unit == "%" && role == .level {
            guard let d, d.value == "execution_rate" else { return nil }
            return make("execution_rate", .level)
        }
        if role == .completion {
            // 完成预算安排的 x%: the subject's actual over its budget; keyed by the subject alone.
            guard let subject = sub?.value ?? headingSubject(s, before: number, headings: headings) else { return nil }
            return make(subject, .completion)
        }
        if let d, d.end >= (sub?.end ?? -1) {
            // A direct keyword, unless a measure word after it says which part is meant (公用经费预算安排 ... 实际支出 x).
            if let m, m.start >= d.end, let sub2 = subjectOf(direct: d.value), let mapped = catalogueOf["\(sub2):\(m.value)"] {
                return make(mapped, role, year: y)
            }
            return make(d.value, role, year: y)
        }
        let subject = sub?.value ?? headingSubject(s, before: number, headings: headings)
        guard let subject else { return nil }
        let measure = m?.value ?? (role == .level ? nil : "actual")
        guard let measure else { return nil }
        let key = "\(subject):\(measure)"
        return make(catalogueOf[key] ?? key, role, year: y)
    }

    /// The subject a direct keyword belongs to (公用经费预算安排 -> public).
    static func subjectOf(direct id: String) -> String? {
        switch id {
        case "public_expenditure", "public_expenditure_budget": return "public"
        default: return nil
        }
    }

    /// The score a "(分值 N 分，得 X 分)" belongs to, from the words of its heading.
    static func scoreSection(_ s: [Unicode.Scalar], before p: Int, headings: [Int]) -> String? {
        let start = max(headings.last { $0 <= p } ?? 0, p - 40)
        let t = String(String.UnicodeScalarView(s[start..<p]))
        guard let open = t.range(of: "(分值", options: .backwards) ?? t.range(of: "（分值", options: .backwards) else {
            return t.contains("总分") || t.contains("得分") ? "score_total" : nil
        }
        let title = t[..<open.lowerBound]
        if title.contains("满意") { return "score_satisfaction" }
        if title.contains("效益") { return "score_benefit" }
        if title.contains("产出") { return "score_output" }
        if title.contains("预算执行") || title.contains("执行") { return "score_budget_execution" }
        return nil
    }

    /// The subject a heading names: the first subject keyword after the heading's start (the heading's own
    /// words come before whatever text the join appended to them).
    static func headingSubject(_ s: [Unicode.Scalar], before p: Int, headings: [Int]) -> String? {
        guard let h = headings.last(where: { $0 <= p }) else { return nil }
        let end = min(p, h + 16)
        var best: (String, Int)? = nil
        for (w, v) in subjects {
            var k = h
            while k < end {
                if matches(s, k, w) { if best == nil || k < best!.1 { best = (v, k) }; break }
                k += 1
            }
        }
        return best?.0
    }

    /// The keyword that ends nearest to the end of `range` (longest first at equal ends).
    static func nearest(_ s: [Unicode.Scalar], _ words: [(String, String)], in range: Range<Int>) -> (value: String, start: Int, end: Int)? {
        guard !range.isEmpty else { return nil }
        var best: (String, Int, Int)? = nil
        for (w, v) in words {
            let ws = Array(w.unicodeScalars)
            var k = range.upperBound - ws.count
            while k >= range.lowerBound {
                if s[k] == ws[0] && matches(s, k, w) {
                    let e = k + ws.count
                    if best == nil || e > best!.2 || (e == best!.2 && k < best!.1) { best = (v, k, e) }
                    break
                }
                k -= 1
            }
        }
        return best.map { (value: $0.0, start: $0.1, end: $0.2) }
    }

    // MARK: Text helpers

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func matches(_ s: [Unicode.Scalar], _ at: Int, _ word: String) -> Bool {
        var k = at
        for w in word.unicodeScalars {
            guard k < s.count, s[k] == w else { return false }
            k += 1
        }
        return true
    }

    /// The start of the sentence holding position p: after the last 。；;！？ or heading start.
    static func sentenceStart(_ s: [Unicode.Scalar], before p: Int, headings: [Int]) -> Int {
        var k = p - 1
        let floor = max(0, headings.last { $0 <= p } ?? 0, p - 160)
        while k >= floor {
            if "。；;！？".unicodeScalars.contains(s[k]) { return k + 1 }
            k -= 1
        }
        return floor
    }

    /// The year a statement is about: a "20xx 年" in its sentence, else the report year.
    static func year(_ s: [Unicode.Scalar], _ sentence: Int, _ p: Int, reportYear: Int?) -> Int? {
        var found: Int? = nil
        var k = sentence
        while k + 4 < p {
            if isDigit(s[k]) && (k == 0 || !isDigit(s[k - 1])) && (0..<4).allSatisfy({ isDigit(s[k + $0]) }) && !isDigit(s[k + 4]) {
                let n = Int(String(String.UnicodeScalarView(s[k..<(k + 4)])))!
                if (1990...2100).contains(n) && (matches(s, k + 4, "年") || matches(s, k + 4, " 年")) { found = n }
            }
            k += 1
        }
        return found ?? reportYear
    }

    /// A bare number between table separators (| or cell boundaries) in a disclosure table.
    static func isTableCell(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let before = start > 0 ? s[start - 1] : "|", after = end < s.count ? s[end] : "|"
        return (before == "|" || before == " ") && (after == "|" || after == " ")
    }

    /// The title's year and department: "2024 年度 X 部门整体支出绩效自评报告".
    static func title(_ s: [Unicode.Scalar]) -> (Int?, String?) {
        let head = String(String.UnicodeScalarView(s.prefix(160)))
        guard let r = head.range(of: #"(19|20)\d{2} ?年度?"#, options: .regularExpression) else { return (nil, nil) }
        let year = Int(head[r].prefix(4))
        let rest = head[r.upperBound...]
        for marker in ["部门整体支出绩效自评报告", "部门整体支出绩效评价报告", "整体支出绩效自评报告", "绩效自评报告", "部门预算", "部门决算", "“三公”经费", "三公经费", "部门整体"] {
            if let m = rest.range(of: marker) {
                let name = rest[..<m.lowerBound].trimmingCharacters(in: .whitespaces)
                return (year, name.isEmpty ? nil : String(name))
            }
        }
        return (year, nil)
    }

    static func snippet(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(s[max(0, start - 18)..<min(s.count, end + 6)]))
    }
}
