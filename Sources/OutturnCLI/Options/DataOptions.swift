import Foundation
import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput
import OutturnStore

/// Where a command reads its panel from: a file, or the store.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Panel file: long or wide CSV (UTF-8 or GB18030), an Excel workbook (.xlsx), JSON records, a report (.txt, .pdf, .docx, .html), or a .sqlite store; - reads standard input. Without it, the store.", valueName: "file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("The store to read when --data is not given: a SQLite file or a postgresql:// URL (default: $OUTTURN_STORE, else ./outturn.sqlite).", valueName: "path|url"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Read the store's figures as they were known in this vintage (a report year).", valueName: "year"))
    var asOf: Int?

    @Option(name: .long, help: "Force the CSV encoding (utf-8 or gb18030) instead of detecting it.")
    var encoding: TextEncoding?

    @Option(name: .long, help: ArgumentHelp("The sheet of an .xlsx workbook to read (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp(
        "Which header names which column, e.g. department=单位名称,year=年度,value=决算数 (or a file of such lines); usual English and Chinese headers are recognised without it.",
        valueName: "role=header,..."))
    var columns: String?

    @Option(name: .long, help: ArgumentHelp("A file of department aliases, one 'alias = id' per line (湖南省财政厅 = hun-finance): one office under several ids or names is merged into one department.", valueName: "file"))
    var aliases: String?

    @Flag(name: .long, help: "No progress bars or reports on standard error (they appear only on a terminal anyway).")
    var quiet = false

    /// The options every file is read with.
    func sourceOptions(years: String?, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> PanelSource.Options {
        var options = PanelSource.Options(encoding: encoding, years: try SelectionOptions.acceptedYears(years),
                                          columns: try columns.map(ColumnMapping.fromArgument) ?? ColumnMapping(), sheet: sheet, progress: progress)
        options.aliases = try aliases.map(DepartmentAliases.load) ?? [:]
        return options
    }

    func validate() throws {
        if data != nil && store != nil { throw ValidationError("give --data or --store, not both") }
        if asOf != nil, let data, !Stores.isDatabaseURL(data), SourceKind.of(path: data) != .store { throw ValidationError("--as-of reads a store, not \(data)") }
    }

    /// What the data is called in messages.
    var name: String { Stores.displayName(data ?? StoreLocation.path(store)) }

    /// The panel, read from the file or the store. `years` is the selection's --years: a file may hold years
    /// outside 1900-2200 only when the selection names them (historical series), up to 1000-2999.
    func loadPanel(years: String? = nil) throws -> IndicatorPanel {
        if let data, !Stores.isDatabaseURL(data), SourceKind.of(path: data) != .store {
            // Large files show a progress bar on a terminal (data goes to stdout, so stderr is free for it).
            let size = (try? FileManager.default.attributesOfItem(atPath: data)[.size] as? Int) ?? 0
            let bar = size > 50_000_000 ? ProgressBar("reading \((data as NSString).lastPathComponent) (MB)", quiet: quiet) : nil
            defer { bar?.finish() }
            var report: (@Sendable (Int, Int) -> Void)? = nil
            if let bar { report = { done, total in bar.update(done >> 20, total >> 20) } }
            let loaded = try PanelSource.load(path: data, options: try sourceOptions(years: years, progress: report))
            if !quiet { for note in loaded.notes { Diagnostics.write("outturn: \(note)") } }
            return loaded.panel
        }
        let path = data ?? StoreLocation.path(store)
        guard Stores.isDatabaseURL(path) || FileManager.default.fileExists(atPath: path) else {
            throw DataError("no --data given and no store at \(path)", hint: "import data with outturn import FILE, or pass --data FILE")
        }
        let store = try Stores.open(path, access: .read)
        let stored = try store.panel(asOf: asOf)
        var annual = stored
        if stored.departments.isEmpty, let months = try store.monthlyFigures(asOf: asOf) {
            // Months only: their year-end figures, as for a monthly file.
            let (panel, note) = try MonthlyCSV.yearEnd(of: months, source: "the store \(Stores.displayName(path))",
                                                     progress: "outturn progress --store \(Stores.displayName(path))")
            if !quiet { Diagnostics.write("outturn: the store \(Stores.displayName(path)) holds \(note)") }
            annual = panel
        }
        return try aliases.map { try annual.mergingDepartments(try DepartmentAliases.load(path: $0)) } ?? annual
    }
}

/// The default store: --store, else $OUTTURN_STORE, else ./outturn.sqlite. A store is a SQLite file path or a
/// PostgreSQL URL (`postgresql://user@host:port/database`).
enum StoreLocation {
    static func path(_ option: String?) -> String {
        option ?? ProcessInfo.processInfo.environment["OUTTURN_STORE"] ?? "outturn.sqlite"
    }
}


/// The selection shared by analysis commands: departments, indicators, years.
struct SelectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Department id to include (repeatable; a glob such as 'hun-*' matches several).", valueName: "id"), completion: IDCompletion.departments)
    var department: [String] = []

    @Option(name: .long, help: ArgumentHelp("Indicator id to include (repeatable).", valueName: "id"), completion: IDCompletion.indicators)
    var indicator: [String] = []

    @Option(name: .long, help: ArgumentHelp("Years to include, e.g. 2015-2024 or 2020.", valueName: "range"))
    var years: String?

    @Option(name: .long, help: ArgumentHelp("Only departments whose attribute has this value, e.g. region=湖南省 (repeatable: all must hold).", valueName: "attr=value"))
    var group: [String] = []

    func validate() throws {
        if let years { _ = try Self.parseYears(years) }
        for g in group where g.split(separator: "=", maxSplits: 1).count != 2 {
            throw ValidationError("--group takes attribute=value, got \"\(g)\"")
        }
    }

    /// The years a file may hold: 1900-2200, widened to take in `years` (a --years range) within 1000-2999.
    static func acceptedYears(_ years: String?) throws -> ClosedRange<Int> {
        let plausible = IndicatorPanel.plausibleYears, widest = IndicatorPanel.widestYears
        guard let years else { return plausible }
        let r = try parseYears(years)
        guard widest.contains(r.lowerBound), widest.contains(r.upperBound - 1) else {
            throw ValidationError("--years \(years) goes beyond \(widest.lowerBound)-\(widest.upperBound), the years a panel may cover")
        }
        return min(plausible.lowerBound, r.lowerBound)...max(plausible.upperBound, r.upperBound - 1)
    }

    static func parseYears(_ text: String) throws -> Range<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts.last!), a <= b else {
            throw ValidationError("--years must look like 2015-2024 or 2020, got \"\(text)\"")
        }
        return a..<(b + 1)
    }

    /// The panel restricted to the selection. Unknown ids throw with suggestions; a glob that matches nothing
    /// throws too.
    func apply(to panel: IndicatorPanel) throws -> IndicatorPanel {
        var departments: [String]? = nil
        if !department.isEmpty {
            var chosen: [String] = []
            for pattern in department {
                if pattern.contains("*") || pattern.contains("?") {
                    let matches = panel.departments.map(\.id).filter { Glob.matches(pattern, $0) }
                    if matches.isEmpty { throw DataError("no department id matches \"\(pattern)\"") }
                    chosen += matches
                } else {
                    _ = try panel.department(pattern)
                    chosen.append(pattern)
                }
            }
            var seen = Set<String>()
            departments = chosen.filter { seen.insert($0).inserted }
        }
        if !group.isEmpty {
            let conditions = group.map { g -> (String, String) in
                let parts = g.split(separator: "=", maxSplits: 1).map(String.init)
                return (parts[0], parts[1])
            }
            for (attribute, _) in conditions where !panel.departments.contains(where: { $0.attributes[attribute] != nil }) {
                let known = Array(Set(panel.departments.flatMap(\.attributes.keys))).sorted()
                throw DataError("no department has the attribute \"\(attribute)\"", hint: known.isEmpty ? "the data has no department attributes" : "attributes here: " + known.joined(separator: ", "))
            }
            let matching = (departments ?? panel.departments.map(\.id)).filter { id in
                let attributes = panel.departments[panel.position(ofDepartment: id)!].attributes
                return conditions.allSatisfy { attributes[$0.0] == $0.1 }
            }
            if matching.isEmpty { throw DataError("no department matches " + group.joined(separator: " and ")) }
            departments = matching
        }
        let indicators = indicator.isEmpty ? nil : indicator
        var range: Range<Int>? = nil
        if let years {
            let r = try Self.parseYears(years)
            let lo = max(r.lowerBound, panel.years.lowerBound), hi = min(r.upperBound, panel.years.upperBound)
            if lo >= hi { throw DataError("the panel has no years in \(years) (it covers \(panel.years.lowerBound)-\(panel.years.upperBound - 1))") }
            range = lo..<hi
        }
        return try panel.selecting(departments: departments, indicators: indicators, years: range)
    }
}

/// Shell-style wildcard matching (`*` any run, `?` one character).
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                pi += 1; ti += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
