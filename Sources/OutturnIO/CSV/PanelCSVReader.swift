import Foundation
import Outturn

/// Reads CSV files into an `IndicatorPanel`, long or wide (detected from the header), UTF-8 with or without a
/// BOM or GB18030, LF or CRLF, RFC 4180 quoting; an empty value cell (or `NA`, `null`) is a missing value;
/// quoted numbers may carry thousands separators (`"1,342.42"`).
///
/// Any problem throws a `DataError` with `file:line:column` and nothing is returned: no half-loaded panel.
/// Reading streams the file in chunks; observations are kept compactly until the panel is built. A plain long
/// file (no quotes; the core columns plus any of unit, names and department attributes) is parsed in pieces on
/// every core instead (`ParallelLongCSV`), with the same result.
///
/// ```swift
/// let panel = try PanelCSVReader().read(path: "Datasets/us-federal-rd/rd-budget.csv")
/// ```
public struct PanelCSVReader: Sendable {
    /// Force an encoding instead of detecting it.
    public var encoding: TextEncoding?
    /// Force a layout instead of detecting it from the header.
    public var layout: CSVLayout?
    /// Called after each chunk with (bytes read, file size), for progress bars.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// The years a row may have (default `IndicatorPanel.plausibleYears`, 1900-2200); any other is an error at
    /// its cell. Widen it for historical series.
    public var years: ClosedRange<Int>
    /// Headers named by the user (`--columns`), before the usual English and Chinese names.
    public var columns: ColumnMapping
    /// The unit of every value when neither a unit column nor the value header (金额（万元）) gives one: a
    /// workbook's caption row (单位：万元).
    public var defaultUnit: String?

    public init(encoding: TextEncoding? = nil, layout: CSVLayout? = nil, years: ClosedRange<Int> = IndicatorPanel.plausibleYears,
                columns: ColumnMapping = ColumnMapping(), defaultUnit: String? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.encoding = encoding
        self.layout = layout
        self.years = years
        self.columns = columns
        self.defaultUnit = defaultUnit
        self.progress = progress
    }

    /// The previous row's id in one column and its position: sorted files repeat ids row after row, and a byte
    /// comparison is far cheaper than building a String and hashing it.
    private struct RepeatedID {
        var bytes: [UInt8] = []
        var position: Int32 = -1

        mutating func intern(_ record: CSVRecord, _ column: Int, _ slowPath: (String) throws -> Int32) rethrows -> Int32 {
            let raw = record.rawBytes(column)
            if position >= 0 && !record.quoted[column] && raw.hasSameBytes(as: bytes) { return position }
            let p = try slowPath(record.trimmed(column))
            bytes = Array(raw)
            position = record.quoted[column] ? -1 : p
            return p
        }
    }

    /// A metadata column and the values already validated for it.
    private struct MetadataColumn {
        let column: Int
        let role: Role
        /// Whether the column describes the department (name, attributes) or the indicator (unit, name).
        let perDepartment: Bool
        var lastEntity: Int32 = -1
        var lastBytes: [UInt8] = []
        var validated: [Int32: [UInt8]] = [:]
    }

    /// Column roles recognised in a header.
    enum Role: Hashable {
        case department, indicator, year, value, unit, departmentName, indicatorName, source, vintage
        case attribute(String)
        case yearColumn(Int)
        case ignored
    }

    /// Reads the file at `path`; `displayName` (default: the path) is used in error locations.
    public func read(path: String, displayName: String? = nil) throws -> IndicatorPanel {
        try readWithNotes(path: path, displayName: displayName).panel
    }

    /// Reads the file at `path`, with what the reader did that is worth a word: columns it did not read, and
    /// fiscal-year headers (2023-24) read as the year they start in.
    public func readWithNotes(path: String, displayName: String? = nil) throws -> (panel: IndicatorPanel, notes: [ReadNote]) {
        // The parallel reader takes only files with nothing to note (core and known columns, a long layout).
        if usesParallelPath && (encoding ?? .utf8) == .utf8 && (layout ?? .long) == .long && columns.roles.isEmpty && defaultUnit == nil,
           let panel = ParallelLongCSV.read(path: path, years: years, progress: progress) {
            return (panel, [])
        }
        var notes: [ReadNote] = []
        let panel = try readSequentially(path: path, displayName: displayName, notes: &notes)
        return (panel, notes)
    }

    /// Whether a plain long file (department, indicator, year, value; no quotes) is parsed on every core
    /// (`ParallelLongCSV`); off only in tests that compare the two readers.
    var usesParallelPath = true

    /// The general reader: one pass over the file's records, every shape, every error with its location.
    func readSequentially(path: String, displayName: String? = nil, notes: inout [ReadNote]) throws -> IndicatorPanel {
        let file = displayName ?? path
        var scanner = try CSVScanner(path: path, displayName: file, encoding: encoding)
        var assembler = PanelAssembler(file: file)
        var roles: [Role] = []
        var detected: CSVLayout = .long
        var columns: [Role: Int] = [:]
        var headerNames: [String] = []
        // Fast paths for sorted files: the previous row's department and indicator bytes.
        var departmentIDs = RepeatedID(), indicatorIDs = RepeatedID()
        var sawHeader = false
        var reserved = false
        let fileSize = scanner.fileSize
        var wideYears: [Int] = []
        var metadata: [MetadataColumn] = []
        var departmentColumn = 0, indicatorColumn = 0, yearColumn = 0, valueColumn = 0
        var sourceColumn: Int? = nil, vintageColumn: Int? = nil
        // The unit of every value, from the value header (金额（万元）) or a caption, when no unit column exists.
        var constantUnit: String? = nil
        var unitSet = Set<Int32>()

        try scanner.forEachRecord(progress: progress) { record in
            if !sawHeader {
                sawHeader = true
                headerNames = (0..<record.count).map { record.trimmed($0) }
                // A mapping that names a header the file does not have would silently read nothing.
                for (header, role) in self.columns.roles.sorted(by: { $0.key < $1.key }) where !headerNames.contains(header) {
                    throw DataError("the column mapping names \"\(header)\" for \(role), but the header has no such column",
                                    at: SourceLocation(file: file, line: record.line, column: 1),
                                    hint: "the header's columns: " + headerNames.filter { !$0.isEmpty }.map { "\"\($0)\"" }.joined(separator: ", "))
                }
                let recognised = Self.roles(of: headerNames, mapping: self.columns)
                roles = recognised.roles
                constantUnit = roles.contains(.unit) ? nil : (recognised.valueUnit ?? defaultUnit)
                for (k, r) in roles.enumerated() where columns[r] == nil { columns[r] = k }
                detected = try layout ?? detectLayout(roles: roles, names: headerNames, file: file)
                wideYears = roles.compactMap { if case let .yearColumn(y) = $0 { return y } else { return nil } }
                var fiscal: [(column: Int, year: Int)] = []
                for (k, role) in roles.enumerated() {
                    switch role {
                    case .ignored where !headerNames[k].isEmpty:
                        notes.append(ReadNote("column \"\(headerNames[k])\" is not a column Outturn reads; it was not read",
                                              at: SourceLocation(file: file, line: record.line, column: record.column(k))))
                    case let .yearColumn(y) where headerNames[k].contains("-") || headerNames[k].contains("/"):
                        fiscal.append((k, y))
                    default: break
                    }
                }
                if let first = fiscal.first {
                    let named = fiscal.map { "\(headerNames[$0.column]) as \($0.year)" }.joined(separator: ", ")
                    notes.append(ReadNote("fiscal years spanning two calendar years are read as the year they start in: \(named)",
                                          at: SourceLocation(file: file, line: record.line, column: record.column(first.column))))
                }
                for (k, role) in roles.enumerated() {
                    if case let .yearColumn(y) = role, !years.contains(y) {
                        throw PanelAssembler.yearOutside(y, years, at: SourceLocation(file: file, line: record.line, column: k + 1))
                    }
                }
                for (k, role) in roles.enumerated() {
                    switch role {
                    case .unit, .indicatorName: metadata.append(MetadataColumn(column: k, role: role, perDepartment: false))
                    case .departmentName, .attribute: metadata.append(MetadataColumn(column: k, role: role, perDepartment: true))
                    default: break
                    }
                }
                departmentColumn = columns[.department] ?? 0
                indicatorColumn = columns[.indicator] ?? 0
                yearColumn = columns[.year] ?? 0
                valueColumn = columns[.value] ?? 0
                sourceColumn = columns[.source]
                vintageColumn = columns[.vintage]
                try validateHeader(roles: roles, names: headerNames, layout: detected, record: record, file: file)
                return
            }
            if assembler.observationCount == 0 && !reserved {
                // Reserve for the whole file from the first record's size, so the observation arrays grow once.
                reserved = true
                let perRow = max(8, record.fields.last!.upperBound - record.start + 1)
                assembler.reserve(min(200_000_000, fileSize / perRow + 1024) * max(1, wideYears.count))
            }
            let here = SourceLocation(file: file, line: record.line)
            if record.count != roles.count {
                throw DataError("expected \(roles.count) fields as in the header, found \(record.count)", at: here,
                                hint: "quote fields that contain commas")
            }
            func location(_ k: Int) -> SourceLocation { SourceLocation(file: file, line: record.line, column: record.column(k)) }

            // Department and indicator, interned with a fast path for repeated ids.
            let d = try departmentIDs.intern(record, departmentColumn) { try assembler.department($0, at: location(departmentColumn)) }
            let i = try indicatorIDs.intern(record, indicatorColumn) { try assembler.indicator($0, at: location(indicatorColumn)) }
            if let constantUnit, !unitSet.contains(i) {
                try assembler.setUnit(i, constantUnit, at: location(valueColumn))
                unitSet.insert(i)
            }
            // Metadata columns repeat on every row of a department or indicator: validate each distinct
            // (entity, text) once.
            for m in metadata.indices {
                let k = metadata[m].column
                let entity = metadata[m].perDepartment ? d : i
                let bytes = record.rawBytes(k)
                if metadata[m].lastEntity == entity && bytes.hasSameBytes(as: metadata[m].lastBytes) { continue }
                if let seen = metadata[m].validated[entity], bytes.hasSameBytes(as: seen) {
                    metadata[m].lastEntity = entity
                    metadata[m].lastBytes = seen
                    continue
                }
                let text = record.trimmed(k)
                switch metadata[m].role {
                case .unit: try assembler.setUnit(i, text, at: location(k))
                case .departmentName: try assembler.setDepartmentName(d, text, at: location(k))
                case .indicatorName: try assembler.setIndicatorName(i, text, at: location(k))
                case let .attribute(key): try assembler.setDepartmentAttribute(d, key, text, at: location(k))
                default: break
                }
                let kept = Array(bytes)
                metadata[m].validated[entity] = kept
                metadata[m].lastEntity = entity
                metadata[m].lastBytes = kept
            }
            switch detected {
            case .long:
                let yc = yearColumn, vc = valueColumn
                guard let year = DecimalParsing.parseInteger(record.rawBytes(yc)) else {
                    throw DataError("year \"\(record.trimmed(yc))\" is not an integer", at: location(yc))
                }
                guard years.contains(year) else { throw PanelAssembler.yearOutside(year, years, at: location(yc)) }
                let value = try parseValue(record, vc, location(vc))
                assembler.add(department: d, indicator: i, year: year, value: value, line: record.line)
                if let sc = sourceColumn {
                    let source = record.trimmed(sc)
                    if !source.isEmpty {
                        var vintage: Int? = nil
                        if let vcol = vintageColumn, !record.trimmed(vcol).isEmpty {
                            // A vintage is the year of the document that stated the value.
                            guard let v = DecimalParsing.parseInteger(record.rawBytes(vcol)), IndicatorPanel.plausibleYears.contains(v) else {
                                throw DataError("vintage \"\(record.trimmed(vcol))\" is not a year", at: location(vcol),
                                                hint: "the vintage is the year of the document that stated the value, e.g. 2024")
                            }
                            vintage = v
                        }
                        assembler.addProvenance(
                            ObservationKey(department: assembler.departments[Int(d)].id, indicator: assembler.indicators[Int(i)].id, year: year),
                            Provenance(source: source, vintage: vintage))
                    }
                }
            case .wide:
                for (k, role) in roles.enumerated() {
                    guard case let .yearColumn(year) = role else { continue }
                    let value = try parseValue(record, k, location(k))
                    if value.isNaN { continue }
                    assembler.add(department: d, indicator: i, year: year, value: value, line: record.line)
                }
                try assembler.noteWideRow(department: d, indicator: i, years: wideYears, line: record.line)
            }
        }
        if !sawHeader {
            throw DataError("the file is empty", at: SourceLocation(file: file, line: 1),
                            hint: "expected a header such as department,indicator,year,value")
        }
        let panel = try assembler.build()
        notes += assembler.conversions.map { ReadNote($0, at: SourceLocation(file: file, line: 1)) }
        return panel
    }

    private func parseValue(_ record: CSVRecord, _ k: Int, _ location: @autoclosure () -> SourceLocation) throws -> Double {
        let bytes = record.rawBytes(k)
        if let v = DecimalParsing.parse(bytes, allowThousandsSeparators: record.quoted[k]) { return v }
        let text = record.trimmed(k)
        if Self.isMissingValue(text) { return .nan }
        if let v = Self.percentValue(text, allowThousandsSeparators: record.quoted[k]) { return v }
        throw DataError("\"\(text)\" is not a number", at: location(),
                        hint: record.quoted[k] ? nil : "leave the cell empty for a missing value")
    }

    /// A header or cell without the spaces and tabs around it (both readers trim the same way).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }

    /// Whether a (trimmed) value cell marks a missing value: empty, `NA`, `N/A`, `null`, `-` or a dash.
    static func isMissingValue(_ text: String) -> Bool {
        switch text {
        case "", "NA", "na", "N/A", "null", "NULL", "-", "—": true
        default: false
        }
    }

    /// `91.2%` (or a full-width ％) as 91.2: a value in percent.
    static func percentValue(_ text: String, allowThousandsSeparators: Bool) -> Double? {
        guard let last = text.last, last == "%" || last == "％" else { return nil }
        return DecimalParsing.parse(String(text.dropLast()).trimmingCharacters(in: .whitespaces), allowThousandsSeparators: allowThousandsSeparators)
    }

    /// The roles of a header row: the user's mapping first, then the usual names, English and Chinese. Chinese
    /// tables name a department by its name (单位名称) or by a code and a name (单位编码, 单位名称): with a code
    /// column the name column is the department's name. 单位 alone is the department, unless another column
    /// is, when it is the unit of measure. `valueUnit` is the unit in the value header (金额（万元）).
    static func roles(of names: [String], mapping: ColumnMapping) -> (roles: [Role], valueUnit: String?) {
        var valueUnit: String? = nil
        var roles = names.map { name -> Role in
            if let mapped = mapping.roles[name] { return role(of: mapped) }
            let (base, unit) = HeaderNames.splitUnit(name)
            let b = base.lowercased()
            let plain = role(of: name)
            if plain != .ignored { return plain }
            if HeaderNames.departmentCodes.contains(b) { return .department }
            if HeaderNames.departmentNames.contains(b) { return .departmentName }
            if HeaderNames.indicatorCodes.contains(b) { return .indicator }
            if HeaderNames.indicatorNames.contains(b) { return .indicatorName }
            if HeaderNames.yearNames.contains(b) { return .year }
            if HeaderNames.valueNames.contains(b) || b == "value" {
                if valueUnit == nil { valueUnit = unit }
                return .value
            }
            if HeaderNames.unitNames.contains(b) { return .unit }
            if HeaderNames.sourceNames.contains(b) { return .source }
            return .ignored   // 单位 alone is decided below, once every other column is known
        }
        // Names stand for ids where no code column gives them.
        if !roles.contains(.department), let k = roles.firstIndex(of: .departmentName) { roles[k] = .department }
        if !roles.contains(.indicator), let k = roles.firstIndex(of: .indicatorName) { roles[k] = .indicator }
        for (k, name) in names.enumerated() where mapping.roles[name] == nil && HeaderNames.splitUnit(name).base == "单位" && roles[k] == .ignored {
            roles[k] = roles.contains(.department) ? .unit : .department
        }
        return (roles, valueUnit)
    }

    /// Header names (lower-cased) of the department and indicator id columns.
    static let departmentColumnNames: Set<String> = ["department", "department_id", "dept"]
    static let indicatorColumnNames: Set<String> = ["indicator", "indicator_id"]

    static func role(of name: String) -> Role {
        let n = name.lowercased()
        if departmentColumnNames.contains(n) { return .department }
        if indicatorColumnNames.contains(n) { return .indicator }
        switch n {
        case "year": return .year
        case "value": return .value
        case "unit": return .unit
        case "department_name": return .departmentName
        case "indicator_name": return .indicatorName
        case "source": return .source
        case "vintage": return .vintage
        default:
            if n.hasPrefix("department_") { return .attribute(String(n.dropFirst("department_".count))) }
            if let y = yearOfHeader(name) { return .yearColumn(y) }
            return .ignored
        }
    }

    /// The year a wide header names: 2021, FY2021, 2021年, 2021年度, full-width ２０２１, or a fiscal year written
    /// 2023-24 / 2023/24 (the year it starts in). Any year a panel may hold counts (`IndicatorPanel.widestYears`);
    /// the reader then checks it against the years it accepts, so 1850 is an error naming `--years`, never a
    /// column silently dropped.
    static func yearOfHeader(_ name: String) -> Int? {
        var digits = String(String.UnicodeScalarView(name.unicodeScalars.map { u in
            (0xFF10...0xFF19).contains(u.value) ? Unicode.Scalar(u.value - 0xFEE0)! : u
        })).trimmingCharacters(in: .whitespaces)
        if digits.lowercased().hasPrefix("fy") { digits = String(digits.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        for suffix in ["年度", "年"] where digits.hasSuffix(suffix) { digits = String(digits.dropLast(suffix.count)) }
        let scalars = Array(digits.unicodeScalars)
        guard scalars.count >= 4, scalars.prefix(4).allSatisfy({ $0.properties.numericType != nil && $0.isASCII }),
              let y = Int(String(String.UnicodeScalarView(scalars.prefix(4)))), IndicatorPanel.widestYears.contains(y) else { return nil }
        let rest = scalars.dropFirst(4)
        if rest.isEmpty { return y }
        // 2023-24 or 2023/24: a fiscal year across two calendar years, named by the first.
        if let sep = rest.first, sep == "-" || sep == "/", rest.dropFirst().count == 2, rest.dropFirst().allSatisfy({ $0.isASCII && $0.properties.numericType != nil }) {
            return y
        }
        return nil
    }

    /// Optional column names, for telling a misspelt one (unti) from a column the panel does not use.
    static let knownColumns = ["department", "indicator", "year", "value", "unit", "department_name", "indicator_name", "source", "vintage"]

    private func detectLayout(roles: [Role], names: [String], file: String) throws -> CSVLayout {
        if roles.contains(.year) || roles.contains(.value) { return .long }
        if roles.contains(where: { if case .yearColumn = $0 { return true } else { return false } }) { return .wide }
        return .long  // validation names the missing columns
    }

    private func validateHeader(roles: [Role], names: [String], layout: CSVLayout, record: CSVRecord, file: String) throws {
        let required: [(Role, String)] = layout == .long
            ? [(.department, "department"), (.indicator, "indicator"), (.year, "year"), (.value, "value")]
            : [(.department, "department"), (.indicator, "indicator")]
        let missing = required.filter { !roles.contains($0.0) }.map(\.1)
        if !missing.isEmpty {
            throw DataError(
                "missing required column\(missing.count > 1 ? "s" : "") " + missing.map { "\"\($0)\"" }.joined(separator: ", "),
                at: SourceLocation(file: file, line: record.line, column: 1),
                hint: "the header must name department,indicator,year,value (long) or department,indicator,<year>,... (wide)")
        }
        // A column whose name is a near miss of a known one (unti, vlaue) would lose its data silently: say so.
        for (k, r) in roles.enumerated() where r == .ignored {
            let name = names[k].trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty, !Self.knownColumns.contains(name) else { continue }
            let near = ClosestNames.closest(to: name, in: Self.knownColumns, limit: 1)
            if let guess = near.first, ClosestNames.distance(Array(name), Array(guess)) <= 2, name.count >= 3 {
                throw DataError("column \"\(names[k])\" is not a column Outturn reads", at: SourceLocation(file: file, line: record.line, column: record.column(k)),
                                hint: "did you mean \"\(guess)\"? Rename it, or remove the column")
            }
            if name.unicodeScalars.contains(where: { $0.properties.numericType != nil }) && layout == .wide {
                throw DataError("column \"\(names[k])\" is neither a year nor a column Outturn reads", at: SourceLocation(file: file, line: record.line, column: record.column(k)),
                                hint: "name year columns 2021, FY2021, 2021年 or 2023-24")
            }
        }
        var seen: [String: Int] = [:]
        for (k, r) in roles.enumerated() where r != .ignored {
            let key = "\(r)"
            if let first = seen[key] {
                throw DataError("column \"\(names[k])\" repeats column \(first + 1)",
                                at: SourceLocation(file: file, line: record.line, column: record.column(k)))
            }
            seen[key] = k
        }
        if layout == .wide, !roles.contains(where: { if case .yearColumn = $0 { return true } else { return false } }) {
            throw DataError("a wide file needs year columns (2015, 2016, ...)", at: SourceLocation(file: file, line: record.line, column: 1))
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Byte equality (memcmp), for the interning fast paths of both CSV readers.
    @inline(__always)
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        return count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0
    }

    /// Byte equality with an array.
    @inline(__always)
    func hasSameBytes(as other: [UInt8]) -> Bool { other.withUnsafeBufferPointer { hasSameBytes(as: $0) } }
}
