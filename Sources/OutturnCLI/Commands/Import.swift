import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnReports
import OutturnOutput
import OutturnStore

extension OutturnCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import CSV, JSON or report files into the store, one transaction per file, keeping every vintage.",
            discussion: paragraphs("""
                Each file is imported all or nothing. A figure not in the store is added; the same value again
                changes nothing; a different value for an existing figure is recorded as a new vintage with the old
                one kept, and --on-conflict decides which is current: reject (the default: the file is not imported
                and the differing figures are named), replace, or keep. Report texts (.txt) are read with
                `outturn extract`'s rules, the report as the source and its year as the vintage; other files take
                --vintage, or their last year. Prints what was added, changed and left unchanged.

                Monthly figures (cumulative to the end of each month, as `outturn progress` reads them) are stored
                beside the annual ones with the month in their key: a CSV whose header has a period column
                (2024-06) or year and month columns is read as monthly; --monthly says so for a workbook, and
                --flows reads monthly flows (当月数) and stores them cumulated.

                Example:
                  outturn import Datasets/synthetic-provincial/panel.csv --store provinces.sqlite
                  outturn import Datasets/national-monthly/general-budget.csv --store provinces.sqlite
                """))

        @Argument(help: ArgumentHelp("CSV, JSON or report (.txt) files, or folders of reports.", valueName: "file"))
        var files: [String]
        @Option(name: .long, help: ArgumentHelp("The store: a SQLite file or a postgresql:// URL (default: $OUTTURN_STORE, else ./outturn.sqlite).", valueName: "path|url"))
        var store: String?
        @Option(name: .long, help: "What a different value for a stored figure does: reject, replace or keep.")
        var onConflict: ImportConflictPolicy = .reject
        @Option(name: .long, help: ArgumentHelp("The vintage of CSV/JSON data (default: its last year).", valueName: "year"))
        var vintage: Int?
        @Option(name: .long, help: ArgumentHelp("Accept years beyond 1900-2200 in the files, e.g. 1850-2024 for historical series (within 1000-2999).", valueName: "range"))
        var years: String?
        @Option(name: .long, help: ArgumentHelp("The sheet of .xlsx workbooks to read (default: the first).", valueName: "name"))
        var sheet: String?
        @Option(name: .long, help: ArgumentHelp("Which header names which column, e.g. department=单位名称,year=年度 (or a file of such lines).", valueName: "role=header,..."))
        var columns: String?
        @Option(name: .long, help: ArgumentHelp("A file of department aliases ('alias = id' per line): a report's department name is stored under the id.", valueName: "file"))
        var aliases: String?
        @Flag(name: .long, help: "The files hold monthly figures (cumulative to the end of each month), also without a period or month column in a CSV header.")
        var monthly = false
        @Flag(name: .long, help: "The monthly files hold flows (当月数), stored cumulated within each year.")
        var flows = false
        @OptionGroup var output: OutputOptions
        @Flag(name: .long, help: "No progress messages on standard error.")
        var quiet = false

        func validate() throws {
            if flows && !monthly && files.allSatisfy({ !$0.lowercased().hasSuffix(".csv") }) {
                throw ValidationError("--flows reads monthly files: add --monthly for a workbook")
            }
        }

        func run() throws {
            let accepted = try SelectionOptions.acceptedYears(years)
            let mapping = try columns.map(ColumnMapping.fromArgument) ?? ColumnMapping()
            let aliasMap = try aliases.map(DepartmentAliases.load) ?? [:]
            let store = try Stores.open(StoreLocation.path(self.store))
            if let backup = store.backupPath { Diagnostics.write("migrated an older store; a copy of it is at \(backup)") }
            var r = RecordTable(columns: [Column("file"), Column("import_id", style: .integer), Column("added", style: .integer),
                                     Column("changed", style: .integer), Column("unchanged", style: .integer)])
            for path in try ReportSource.paths(files) {
                // The file's SHA-256 goes with the import, so a stored figure can be traced to the exact file.
                let hash = { FileManager.default.fileExists(atPath: path) ? try SHA256.ofFile(path) : nil }
                let name = (path as NSString).lastPathComponent
                if monthly || MonthlyCSV.isMonthlyFile(path: path) {
                    let panel = try MonthlyCSV.read(path: path, sheet: sheet, flows: flows)
                    let v = vintage ?? (panel.years.isEmpty ? 0 : panel.years.upperBound - 1)
                    if !quiet { Diagnostics.write("importing \(panel.observedCount) monthly values from \(path) (vintage \(v))") }
                    let summary = try store.importMonthly(panel, source: name, vintage: v, policy: onConflict, contentHash: try hash())
                    r.append([.text(path), .optional(summary.importID.map(Double.init)), .number(Double(summary.added)),
                              .number(Double(summary.changed)), .number(Double(summary.unchanged))])
                    continue
                }
                var options = PanelSource.Options(years: accepted, columns: mapping, sheet: sheet)
                options.aliases = aliasMap
                let loaded = try PanelSource.load(path: path, options: options)
                let (panel, fileVintage) = (loaded.panel, loaded.vintage)
                if !quiet { for note in loaded.notes { Diagnostics.write("outturn: \(note)") } }
                let v = vintage ?? fileVintage ?? (panel.years.isEmpty ? 0 : panel.years.upperBound - 1)
                if !quiet {
                    let count = panel.indicators.indices.reduce(0) { $0 + panel.observedCount(indicatorAt: $1) }
                    Diagnostics.write("importing \(count) values from \(path) (vintage \(v))")
                }
                let summary = try store.importPanel(panel, source: name, vintage: v, policy: onConflict, contentHash: try hash())
                r.append([.text(path), .optional(summary.importID.map(Double.init)), .number(Double(summary.added)),
                          .number(Double(summary.changed)), .number(Double(summary.unchanged))])
            }
            try output.emit(r)
        }
    }


    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every stored vintage of one figure, with its source: how a figure was restated over time.",
            discussion: paragraphs("""
                One record per version: value, unit, source, vintage (the year of the document that stated it),
                whether it is current, and the import that brought it. --month asks for a monthly figure (cumulative
                to the end of that month) instead of the annual one.

                Example:
                  outturn history --department hunan-npc-office --indicator budget_revenue --year 2023
                """))

        @Option(name: .long, help: ArgumentHelp("Department id.", valueName: "id"), completion: IDCompletion.departments) var department: String
        @Option(name: .long, help: ArgumentHelp("Indicator id.", valueName: "id"), completion: IDCompletion.indicators) var indicator: String
        @Option(name: .long, help: "Year of the figure.") var year: Int
        @Option(name: .long, help: ArgumentHelp("For a monthly figure: the month (1-12) it is cumulative to.", valueName: "month")) var month: Int?
        @Option(name: .long, help: ArgumentHelp("The store: a SQLite file or a postgresql:// URL (default: $OUTTURN_STORE, else ./outturn.sqlite).", valueName: "path|url"))
        var store: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let month, !(1...12).contains(month) { throw ValidationError("--month \(month) is not a month (1-12)") }
        }

        func run() throws {
            let path = StoreLocation.path(store)
            let s = try Stores.open(path, access: .read)
            let versions = try s.history(department: department, indicator: indicator, year: year, month: month ?? 0)
            if versions.isEmpty {
                let (ds, ins) = try s.ids()
                if !ds.contains(department) { throw DataError.unknown("department", department, among: ds) }
                if !ins.contains(indicator) { throw DataError.unknown("indicator", indicator, among: ins) }
            }
            var r = RecordTable(columns: [Column("department"), Column("indicator"), Column("year", style: .year)]
                                + (month == nil ? [] : [Column("month", style: .integer)]) + [Column("value", style: .decimals(2)),
                                     Column("unit"), Column("vintage", style: .year), Column("current"), Column("source"),
                                     Column("import_id", style: .integer), Column("imported_at")])
            for v in versions {
                r.append([.text(v.department), .text(v.indicator), .number(Double(v.year))] + (month == nil ? [] : [.number(Double(v.month))])
                         + [.optional(v.value), .text(v.unit), .number(Double(v.vintage)),
                          .text(v.current ? "yes" : "no"), .text(v.source), .number(Double(v.importID)), .text(v.importedAt)])
            }
            try output.emit(r)
        }
    }
}
