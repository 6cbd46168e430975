import Foundation
import Outturn
import OutturnOutput

/// Monthly execution figures in long CSV (UTF-8 or GB18030): one row per unit, indicator and month.
///
/// Columns (English or Chinese headers, any order): `department` (部门, 单位), optionally `project` (项目: then
/// the project is the unit and its department an attribute) and `department_name`, `indicator` (指标) with
/// optionally `indicator_name` (指标名称) and `unit` (计量单位), the month as `period`
/// (期间, 月份: `2024-06`, `2024-6`, `2024/06`, `202406`, `2024年6月`) or as `year` (年度) and `month` (月), and
/// `value` (数值, 金额, 累计数). Values are cumulative to the end of the month unless read as monthly flows.
public enum MonthlyCSV {
    /// Reads a monthly panel from a CSV file, a workbook (.xlsx) or standard input (`-`).
    /// - Parameter flows: the values are monthly flows (当月数) to be cumulated within each year.
    /// - Throws: `DataError` at file:line:column for a header without the needed columns, a month outside
    ///   1-12, a period that is not a month, a value that is not a number, or one figure given twice.
    public static func read(path: String, displayName: String? = nil, encoding: TextEncoding? = nil, sheet: String? = nil, flows: Bool = false) throws -> MonthlyPanel {
        if path == "-" {
            // Standard input, read from a temporary copy; errors name it as <stdin>.
            let copy = try StandardInput.temporaryCopy()
            defer { StandardInput.remove(copy) }
            return try read(path: copy, displayName: displayName ?? "<stdin>", encoding: encoding, flows: flows)
        }
        if (path as NSString).pathExtension.lowercased() == "xlsx" {
            // A workbook's sheet, laid out as CSV and read by the same rules; errors name the cell.
            let table = try SheetAsCSV(path: path, sheet: sheet) { names in
                let roles = Set(names.compactMap(role(ofHeader:)))
                return roles.contains("department") && (roles.contains("period") || roles.contains("year"))
            }
            return try table.read { csv in try read(path: csv, displayName: csv, encoding: .utf8, flows: flows) }
        }
        let file = displayName ?? path
        var scanner = try CSVScanner(path: path, displayName: file, encoding: encoding)
        var roles: [String: Int] = [:]
        var header: [String] = []
        var observations: [MonthlyObservation] = []
        var units: [String: Department] = [:], unitOrder: [String] = []
        var indicators: [String: Indicator] = [:], indicatorOrder: [String] = []
        try scanner.forEachRecord { record in
            if header.isEmpty {
                header = (0..<record.count).map { record.trimmed($0) }
                for (k, name) in header.enumerated() {
                    let role = role(ofHeader: name)
                    if let role, roles[role] == nil { roles[role] = k }
                }
                let hasMonth = roles["period"] != nil || (roles["year"] != nil && roles["month"] != nil)
                guard roles["department"] != nil, roles["indicator"] != nil, roles["value"] != nil, hasMonth else {
                    throw DataError("a monthly file needs department, indicator, period (or year and month) and value columns",
                                    at: SourceLocation(file: file, line: record.line), hint: "found " + header.map { "\"\($0)\"" }.joined(separator: ", "))
                }
                return
            }
            func at(_ role: String) -> SourceLocation { SourceLocation(file: file, line: record.line, column: roles[role].map { record.column($0) }) }
            guard record.count == header.count else {
                throw DataError("expected \(header.count) fields as in the header, found \(record.count)", at: SourceLocation(file: file, line: record.line))
            }
            let department = record.trimmed(roles["department"]!)
            let project = roles["project"].map { record.trimmed($0) } ?? ""
            guard !department.isEmpty else { throw DataError("the department is empty", at: at("department")) }
            let unit = project.isEmpty ? department : project
            if units[unit] == nil {
                let name = project.isEmpty ? roles["department_name"].map { record.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 } : nil
                units[unit] = Department(id: unit, name: name, attributes: project.isEmpty ? [:] : ["department": department])
                unitOrder.append(unit)
            }
            let indicatorID = record.trimmed(roles["indicator"]!)
            guard !indicatorID.isEmpty else { throw DataError("the indicator is empty", at: at("indicator")) }
            if indicators[indicatorID] == nil {
                let name = roles["name"].map { record.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
                let unitText = roles["unit"].map { record.trimmed($0) } ?? ""
                let standard = IndicatorCatalogue.standard(id: indicatorID)
                indicators[indicatorID] = name == nil && unitText.isEmpty && standard != nil ? standard!
                    : Indicator(id: indicatorID, name: name ?? standard?.name, unit: unitText.isEmpty ? standard?.unit ?? "" : unitText)
                indicatorOrder.append(indicatorID)
            }
            let year: Int, month: Int
            if let p = roles["period"] {
                let text = record.trimmed(p)
                guard let (y, m) = parsePeriod(text) else {
                    throw DataError("\"\(text)\" is not a month", at: at("period"), hint: "write the period as 2024-06")
                }
                (year, month) = (y, m)
                guard (1...12).contains(month) else { throw DataError("month \(month) in \"\(text)\" is not a month (1-12)", at: at("period")) }
            } else {
                let yText = record.trimmed(roles["year"]!), mText = record.trimmed(roles["month"]!)
                guard let y = Int(yText), (1000...2999).contains(y) else { throw DataError("\"\(yText)\" is not a year", at: at("year")) }
                guard let m = Int(mText.replacingOccurrences(of: "月", with: "")) else { throw DataError("\"\(mText)\" is not a month", at: at("month")) }
                guard (1...12).contains(m) else { throw DataError("month \(m) is not a month (1-12)", at: at("month")) }
                (year, month) = (y, m)
            }
            let valueText = record.trimmed(roles["value"]!)
            if valueText.isEmpty { return }   // a month not yet published
            guard let v = DecimalParsing.parse(valueText, allowThousandsSeparators: true), v.isFinite else {
                throw DataError("\"\(valueText)\" is not a number", at: at("value"))
            }
            observations.append(MonthlyObservation(unit: unit, indicator: indicatorID, year: year, month: month, value: v))
        }
        if header.isEmpty { throw DataError("\(file) is empty", hint: "expected a header such as department,indicator,period,value") }
        return try MonthlyPanel(observations: observations, units: unitOrder.map { units[$0]! }, indicators: indicatorOrder.map { indicators[$0]! }, flows: flows)
    }

    /// A monthly panel read where annual figures are asked for (`--data` of an annual command, a store that
    /// holds months only): its year-end (December) figures, and a note saying so ("monthly figures ...", to
    /// follow the place it is about). Throws when no unit has a December figure, as there is then nothing to
    /// analyse by year. `source` names where the months are (a file, "the store X"), `progress` the command that
    /// reads them as months.
    public static func yearEnd(of months: MonthlyPanel, source: String, progress: String) throws -> (panel: IndicatorPanel, note: String) {
        let annual = months.yearEnd
        let present = annual.indicators.indices.reduce(0) { $0 + annual.observedCount(indicatorAt: $1) }
        let cells = annual.indicators.count * annual.departments.count * annual.yearCount
        guard present > 0 else {
            throw DataError("\(source) holds monthly figures and none for December, the year-end an annual analysis reads",
                            hint: "\(progress) --actual \(months.indicators.first?.id ?? "ID") projects the year-end from the months")
        }
        return (annual, "monthly figures (cumulative to each month's end): annual analyses read each year's December figure (1-12月累计), present for \(present) of \(cells) unit-years; \(progress) reads the months")
    }

    /// Whether the file at `path` is a monthly CSV: a file read as CSV (by its extension, or having none Outturn
    /// knows) whose header names a department and a month. The one test `import`, `report` and the annual
    /// readers (`PanelSource`) share, so a file is months to all of them or to none.
    public static func isMonthlyFile(path: String) -> Bool {
        path != "-" && [.csv, .unknown].contains(SourceKind.of(path: path)) && hasMonthlyHeader(path: path)
    }

    /// Whether a CSV file's header names a department and a month (a `period` column, or `year` and `month`):
    /// a monthly file, not an annual panel. False for a file that cannot be read (its reader says why).
    static func hasMonthlyHeader(path: String) -> Bool {
        struct HeaderRead: Error {}
        guard var scanner = try? CSVScanner(path: path, displayName: path, encoding: nil) else { return false }
        var roles = Set<String>()
        _ = try? scanner.forEachRecord { record in
            roles = Set((0..<record.count).compactMap { role(ofHeader: record.trimmed($0)) })
            throw HeaderRead()
        }
        return roles.contains("department") && (roles.contains("period") || roles.contains("month"))
    }

    /// The role of a header name (English or Chinese), or nil for a column not read.
    static func role(ofHeader name: String) -> String? {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "department", "department_id", "部门", "单位", "单位名称", "部门名称": "department"
        case "project", "项目", "项目名称": "project"
        case "indicator", "指标": "indicator"
        case "period", "期间", "月份", "所属期": "period"
        case "year", "年度", "年份": "year"
        case "month", "月": "month"
        case "value", "数值", "金额", "累计数", "累计", "本年累计": "value"
        case "indicator_name", "指标名称": "name"
        case "unit", "计量单位": "unit"
        case "department_name", "部门名称（全称）": "department_name"
        default: nil
        }
    }

    /// `2024-06`, `2024-6`, `2024/06`, `2024.06`, `202406`, `2024年6月`, or a date `2024-06-30` (a workbook cell
    /// formatted as a date: its month) as (year, month); the month is not
    /// range-checked here (so 2024-13 is reported as a bad month, not a bad period).
    public static func parsePeriod(_ text: String) -> (Int, Int)? {
        let t = text.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "")
            .replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2 || parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), (1000...2999).contains(y),
           parts.count == 2 || Int(parts[2]).map({ (1...31).contains($0) }) == true { return (y, m) }
        if parts.count == 1, t.count == 6, let y = Int(t.prefix(4)), let m = Int(t.suffix(2)), (1000...2999).contains(y) { return (y, m) }
        return nil
    }

    /// Writes a monthly panel as long CSV: unit (department, with a project column when any unit is a project),
    /// indicator, period (`2024-06`), value; missing months are left out.
    public static func write(_ panel: MonthlyPanel, to sink: ByteSink) throws {
        let projects = panel.units.contains { $0.attributes["department"] != nil }
        var out = projects ? "department,project,indicator,indicator_name,unit,period,value\n" : "department,department_name,indicator,indicator_name,unit,period,value\n"
        func field(_ s: String) -> String { s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        for u in panel.units.indices {
            let unit = panel.units[u]
            let prefix = projects ? field(unit.attributes["department"] ?? unit.id) + "," + field(unit.id) : field(unit.id) + "," + field(unit.name)
            for i in panel.indicators.indices {
                for y in panel.years {
                    for m in 1...12 {
                        let v = panel.value(unitAt: u, indicatorAt: i, year: y, month: m)
                        if v.isNaN { continue }
                        let ind = panel.indicators[i]
                        out += "\(prefix),\(field(ind.id)),\(field(ind.name)),\(field(ind.unit)),\(y)-\(m < 10 ? "0" : "")\(m),\(DecimalText.shortest(v))\n"
                    }
                }
            }
            if out.utf8.count > 1 << 20 { try sink.write(out); out = "" }
        }
        try sink.write(out)
    }
}
