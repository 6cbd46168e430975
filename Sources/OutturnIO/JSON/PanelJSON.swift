import Foundation
import Outturn
import OutturnOutput

/// Reads and writes panels as JSON: an array of observation records with the same snake_case keys as the long
/// CSV (`department`, `indicator`, `year`, `value`, and optionally `unit`, `department_name`, `indicator_name`,
/// `source`, `vintage`, `department_<attribute>`); `value` may be `null` for a missing value.
public enum PanelJSON {
    /// Reads a JSON file of observation records. Errors name the file, the line of the offending record and the
    /// key. A year outside `years` (default `IndicatorPanel.plausibleYears`) is an error.
    public static func read(path: String, displayName: String? = nil, years: ClosedRange<Int> = IndicatorPanel.plausibleYears) throws -> IndicatorPanel {
        let file = displayName ?? path
        let data = Data(try WholeFile.read(path, displayName: displayName, what: "JSON panel"))
        if data.isEmpty { throw DataError("the file is empty", at: SourceLocation(file: file, line: 1)) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let syntax = JSONDocument.describe(syntaxError: error, in: data, file: file)
            throw DataError("not valid JSON: \(syntax.reason)", at: syntax.location)
        }
        guard let records = object as? [Any] else {
            throw DataError("expected an array of observation records", at: SourceLocation(file: file, line: 1))
        }
        let lines = recordLines(data)
        var assembler = PanelAssembler(file: file)
        assembler.reserve(records.count)
        for (n, item) in records.enumerated() {
            let here = SourceLocation(file: file, line: n < lines.count ? lines[n] : 1)
            guard let r = item as? [String: Any] else { throw DataError("record \(n + 1) is not an object", at: here) }
            func string(_ key: String, required: Bool) throws -> String {
                switch r[key] {
                case let s as String: return s
                case nil, is NSNull:
                    if required { throw DataError("record \(n + 1) has no \"\(key)\"", at: here) }
                    return ""
                default: throw DataError("record \(n + 1): \"\(key)\" must be a string", at: here)
                }
            }
            let d = try assembler.department(try string("department", required: true), at: here)
            let i = try assembler.indicator(try string("indicator", required: true), at: here)
            let year: Int
            switch r["year"] {
            case let num as NSNumber where !isBoolean(num) && num.doubleValue == num.doubleValue.rounded():
                year = num.intValue
            case nil: throw DataError("record \(n + 1) has no \"year\"", at: here)
            default: throw DataError("record \(n + 1): year \(r["year"]!) is not an integer", at: here)
            }
            guard years.contains(year) else { throw PanelAssembler.yearOutside(year, years, at: here) }
            let value: Double
            switch r["value"] {
            case let num as NSNumber where !isBoolean(num):
                value = num.doubleValue
                // A number beyond a double's range reads as infinity: never data.
                guard value.isFinite else { throw DataError("record \(n + 1): value \(num) is too large for a number", at: here) }
            case is NSNull: value = .nan
            case let s as String:
                if let v = DecimalParsing.parse(s, allowThousandsSeparators: true) { value = v } else if s.isEmpty { value = .nan } else {
                    throw DataError("record \(n + 1): \"\(s)\" is not a number", at: here)
                }
            case nil: throw DataError("record \(n + 1) has no \"value\"", at: here)
            default: throw DataError("record \(n + 1): value \(r["value"]!) is not a number", at: here)
            }
            try assembler.setUnit(i, try string("unit", required: false), at: here)
            try assembler.setDepartmentName(d, try string("department_name", required: false), at: here)
            try assembler.setIndicatorName(i, try string("indicator_name", required: false), at: here)
            for (key, v) in r where key.hasPrefix("department_") && key != "department_name" {
                if let s = v as? String { try assembler.setDepartmentAttribute(d, String(key.dropFirst(11)), s, at: here) }
            }
            assembler.add(department: d, indicator: i, year: year, value: value, line: here.line)
            if let source = r["source"] as? String, !source.isEmpty {
                var vintage: Int? = nil
                switch r["vintage"] {
                case nil, is NSNull: break
                case let n as NSNumber where !isBoolean(n) && n.doubleValue == n.doubleValue.rounded()
                    && IndicatorPanel.plausibleYears.contains(Int(exactly: n.doubleValue) ?? 0):
                    vintage = n.intValue
                default:
                    throw DataError("record \(n + 1): vintage \(r["vintage"]!) is not a year", at: here,
                                    hint: "the vintage is the year of the document that stated the value, e.g. 2024")
                }
                assembler.addProvenance(
                    ObservationKey(department: assembler.departments[Int(d)].id, indicator: assembler.indicators[Int(i)].id, year: year),
                    Provenance(source: source, vintage: vintage))
            }
        }
        return try assembler.build()
    }

    /// Whether a JSON number is really `true`/`false` (Foundation bridges both to NSNumber).
    private static func isBoolean(_ n: NSNumber) -> Bool {
        String(describing: type(of: n)).contains("Boolean")
    }

    /// The 1-based line on which each top-level array element starts.
    private static func recordLines(_ data: Data) -> [Int] {
        var lines: [Int] = []
        var line = 1, depth = 0, inString = false, escaped = false
        for b in data {
            if b == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 1 { lines.append(line) }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return lines
    }

    /// Writes the panel's non-missing values as an array of records, one per line.
    public static func write(_ panel: IndicatorPanel, to sink: ByteSink) throws {
        let attributeKeys = Array(Set(panel.departments.flatMap(\.attributes.keys))).sorted()
        // Each department's and indicator's fields are escaped once, not once per observation (a panel of
        // 100,000 departments has 1.5 million observations); a record is then one concatenation.
        let indicatorFields = panel.indicators.map { ind in
            (id: "\"indicator\":" + RecordEncoding.jsonString(ind.id), unit: ",\"unit\":" + RecordEncoding.jsonString(ind.unit),
             name: ",\"indicator_name\":" + RecordEncoding.jsonString(ind.name))
        }
        var out = "["
        var first = true
        for (d, dep) in panel.departments.enumerated() {
            let id = "{\"department\":" + RecordEncoding.jsonString(dep.id) + ","
            let name = ",\"department_name\":" + RecordEncoding.jsonString(dep.name)
            let attributes = attributeKeys.map { key in dep.attributes[key].map { ",\"department_\(key)\":" + RecordEncoding.jsonString($0) } ?? "" }.joined()
            for (i, ind) in indicatorFields.enumerated() {
                for (k, v) in panel.series(departmentAt: d, indicatorAt: i).enumerated() where !v.isNaN {
                    let year = panel.years.lowerBound + k
                    out += first ? "\n" : ",\n"
                    first = false
                    out += id + ind.id + ",\"year\":" + String(year) + ",\"value\":" + RecordEncoding.jsonNumber(v) + ind.unit + name + ind.name + attributes
                    if !panel.provenance.isEmpty, let p = panel.provenance[ObservationKey(department: dep.id, indicator: panel.indicators[i].id, year: year)] {
                        out += ",\"source\":" + RecordEncoding.jsonString(p.source)
                        if let v = p.vintage { out += ",\"vintage\":\(v)" }
                    }
                    out += "}"
                    if out.utf8.count >= 1 << 16 { try sink.write(out); out = "" }
                }
            }
        }
        try sink.write(out + "\n]\n")
    }

    /// Writes to a file atomically.
    public static func write(_ panel: IndicatorPanel, toPath path: String) throws {
        let sink = try ByteSink(path: path)
        try write(panel, to: sink)
        try sink.finish()
    }
}
