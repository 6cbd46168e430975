import Foundation
import Outturn

/// Which header names which column: `department=单位名称,year=年度,value=金额（万元）` on the command line
/// (`--columns`), or the same pairs one per line in a mapping file. Roles are the column names Outturn reads:
/// department, indicator, year, value, unit, department_name, indicator_name, source, vintage, or
/// department_ATTRIBUTE. Headers not named here are recognised by their usual names, English or Chinese
/// (部门, 单位名称, 年度, 指标, 金额（万元）, 计量单位...).
public struct ColumnMapping: Sendable, Hashable {
    /// Header text (as written, without the spaces around it) -> role.
    public var roles: [String: String]

    public init(roles: [String: String] = [:]) { self.roles = roles }

    /// The roles a mapping may give.
    public static let knownRoles = ["department", "indicator", "year", "value", "unit", "department_name", "indicator_name", "source", "vintage"]

    /// Parses `role=header` pairs separated by commas or line breaks; `#` starts a comment line. A `value` of
    /// the form `@PATH` reads the pairs from the file at PATH.
    public init(parsing text: String, file: String? = nil) throws {
        var roles: [String: String] = [:]
        let separators = CharacterSet(charactersIn: ",\n\r")
        for (n, raw) in text.components(separatedBy: separators).enumerated() {
            let pair = raw.trimmingCharacters(in: .whitespaces)
            if pair.isEmpty || pair.hasPrefix("#") { continue }
            let place = file.map { SourceLocation(file: $0, line: n + 1) }
            guard let eq = pair.firstIndex(of: "=") else {
                throw DataError("\"\(pair)\" is not role=header", at: place, hint: "e.g. department=单位名称,year=年度")
            }
            let role = pair[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let header = pair[pair.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard Self.knownRoles.contains(role) || (role.hasPrefix("department_") && role.count > "department_".count) else {
                throw DataError("\"\(role)\" is not a column role", at: place,
                                hint: "roles: " + Self.knownRoles.joined(separator: ", ") + ", department_ATTRIBUTE")
            }
            guard !header.isEmpty else { throw DataError("no header named for \(role)", at: place) }
            roles[header] = role
        }
        self.roles = roles
    }

    /// The mapping in a file (`role=header` per line).
    public static func load(path: String) throws -> ColumnMapping {
        let bytes = try WholeFile.read(path, what: "column mapping")
        guard let text = String(validating: bytes, as: UTF8.self) ?? (try? TextDecoding.decodeGB18030(bytes, file: path)) else {
            throw DataError("the mapping file is neither UTF-8 nor GB18030", at: SourceLocation(file: path, line: 1))
        }
        return try ColumnMapping(parsing: text, file: path)
    }

    /// `--columns` as given: a path to a mapping file when one exists there, else the pairs themselves.
    public static func fromArgument(_ argument: String) throws -> ColumnMapping {
        if !argument.contains("="), FileManager.default.fileExists(atPath: argument) { return try load(path: argument) }
        return try ColumnMapping(parsing: argument)
    }
}

/// Header recognition shared by the CSV and workbook readers.
enum HeaderNames {
    /// Chinese and English names of each column, compared without case, spaces or brackets' content.
    static let departmentNames: Set<String> = ["部门", "部门名称", "单位名称", "预算单位", "部门（单位）", "部门(单位)", "部门单位", "单位全称", "预算单位名称", "部门名"]
    static let departmentCodes: Set<String> = ["部门编码", "单位编码", "部门代码", "单位代码", "预算单位编码", "部门编号", "单位编号"]
    static let indicatorNames: Set<String> = ["指标", "指标名称", "绩效指标", "指标名"]
    static let indicatorCodes: Set<String> = ["指标编码", "指标代码", "指标编号"]
    static let yearNames: Set<String> = ["年度", "年份", "年", "财政年度", "预算年度", "fiscal_year", "fiscal year", "fy"]
    static let valueNames: Set<String> = ["数值", "值", "数据", "金额", "数额", "数量", "amount", "指标值"]
    static let unitNames: Set<String> = ["计量单位", "单位（计量）", "units"]
    static let sourceNames: Set<String> = ["来源", "数据来源"]

    /// A header's base name and the unit in brackets after it: `金额（万元）` -> (金额, 万元), `value (%)` ->
    /// (value, %), `单位：元` inside the brackets -> 元.
    static func splitUnit(_ header: String) -> (base: String, unit: String?) {
        let h = header.trimmingCharacters(in: .whitespaces)
        for (open, close) in [("（", "）"), ("(", ")")] where h.hasSuffix(close) {
            guard let start = h.range(of: open, options: .backwards) else { continue }
            let base = h[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
            var unit = String(h[start.upperBound..<h.index(h.endIndex, offsetBy: -close.count)]).trimmingCharacters(in: .whitespaces)
            for prefix in ["单位：", "单位:", "单位"] where unit.hasPrefix(prefix) { unit = String(unit.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
            if !base.isEmpty && !unit.isEmpty { return (base, unit) }
        }
        return (h, nil)
    }

    /// A caption such as `单位：万元` or `金额单位：元` (a title row above a table's header): the unit.
    static func captionUnit(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["金额单位：", "金额单位:", "单位：", "单位:"] {
            if let r = t.range(of: prefix) {
                let unit = t[r.upperBound...].trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
                if !unit.isEmpty && unit.count <= 6 { return unit }
            }
        }
        return nil
    }
}
