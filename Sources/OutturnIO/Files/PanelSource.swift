import Outturn
import OutturnReports
import OutturnSystem

/// The one entry point that turns a file into a panel, whatever it holds: CSV (long or wide, UTF-8 or GB18030),
/// JSON records, or a report (text or PDF) whose catalogue figures are extracted. `--data`, `import` and
/// library callers all come through here, so a file is read the same way everywhere.
///
/// ```swift
/// let panel = try PanelSource.read(path: "Datasets/us-federal-rd/rd-budget.csv")
/// ```
public enum PanelSource {
    /// How to read a source.
    public struct Options: Sendable {
        /// Force the text encoding of a CSV instead of detecting it.
        public var encoding: TextEncoding?
        /// The department id for the figures of a report (default: the name in its title).
        public var department: String?
        /// Called from time to time with (bytes read, bytes in all) while a large CSV is read.
        public var progress: (@Sendable (Int, Int) -> Void)?
        /// The years a CSV or JSON file may hold (default `IndicatorPanel.plausibleYears`, 1900-2200; at most
        /// `IndicatorPanel.widestYears`); a row outside them is an error at its cell.
        public var years: ClosedRange<Int>
        /// Headers named by the user (`--columns`) for CSV files and workbooks.
        public var columns: ColumnMapping = ColumnMapping()
        /// The sheet of a workbook (default: the first).
        public var sheet: String?
        /// Department aliases (alias -> id): departments named by an alias are merged into the id's.
        public var aliases: [String: String] = [:]

        public init(encoding: TextEncoding? = nil, department: String? = nil, years: ClosedRange<Int> = IndicatorPanel.plausibleYears,
                    columns: ColumnMapping = ColumnMapping(), sheet: String? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) {
            precondition(IndicatorPanel.widestYears.contains(years.lowerBound) && IndicatorPanel.widestYears.contains(years.upperBound),
                         "years beyond IndicatorPanel.widestYears")
            self.encoding = encoding
            self.department = department
            self.years = years
            self.columns = columns
            self.sheet = sheet
            self.progress = progress
        }
    }

    /// A panel read from a file, with what the file said of itself.
    public struct Loaded: Sendable {
        /// The panel.
        public let panel: IndicatorPanel
        /// What the file was.
        public let kind: SourceKind
        /// The year of the document, for a report (its figures' vintage); nil for data files.
        public let vintage: Int?
        /// What reading did that is worth a word (columns not read, fiscal-year headers); empty for most files.
        public var notes: [ReadNote] = []
    }

    /// The panel in the file at `path`.
    public static func read(path: String, options: Options = Options()) throws -> IndicatorPanel {
        try load(path: path, options: options).panel
    }

    /// The panel in the file at `path` (`-` for standard input), its kind and, for a report, its year.
    ///
    /// Throws a `DataError` with the file's location for anything that is not a panel or a readable report: a
    /// store (open it with `PanelStore`), a workbook, an unknown kind, or a report without catalogue figures.
    public static func load(path: String, options: Options = Options()) throws -> Loaded {
        var loaded = try loadAsIs(path: path, options: options)
        if !options.aliases.isEmpty {
            loaded = Loaded(panel: try loaded.panel.mergingDepartments(options.aliases), kind: loaded.kind, vintage: loaded.vintage, notes: loaded.notes)
        }
        return loaded
    }

    private static func loadAsIs(path: String, options: Options) throws -> Loaded {
        // `-` is standard input (a CSV or JSON panel piped in).
        if path == "-" {
            let copy = try StandardInput.temporaryCopy()
            defer { StandardInput.remove(copy) }
            // Errors and notes name standard input, not the temporary copy read in its place.
            func stdin(_ place: SourceLocation) -> SourceLocation {
                place.file == copy ? SourceLocation(file: "<stdin>", line: place.line, column: place.column) : place
            }
            do {
                var loaded = try loadAsIs(path: copy, options: options)
                loaded.notes = loaded.notes.map { ReadNote($0.message.replacingOccurrences(of: copy, with: "-"), at: stdin($0.location)) }
                return loaded
            } catch var error as DataError {
                if let place = error.location { error.location = stdin(place) }
                error.reason = error.reason.replacingOccurrences(of: copy, with: "standard input")
                error.hint = error.hint?.replacingOccurrences(of: copy, with: "-")
                throw error
            }
        }
        let kind = SourceKind.of(path: path)
        let place = SourceLocation(file: path, line: 1)
        switch kind {
        case .unknown where FilePath.kind(path) == nil:
            throw DataError("no such file", at: place)
        case .csv, .unknown:
            // A monthly file (a period, or year and month, column) where annual figures are asked for gives its
            // year-end figures, said in a note; headers named by the user describe an annual file.
            if options.columns.roles.isEmpty && MonthlyCSV.isMonthlyFile(path: path) {
                let (panel, note) = try MonthlyCSV.yearEnd(of: try MonthlyCSV.read(path: path, encoding: options.encoding), source: path, progress: "outturn progress --data \(path)")
                return Loaded(panel: panel, kind: .csv, vintage: nil, notes: [ReadNote(note, at: place)])
            }
            // A file of no known extension is read as CSV: the reader says precisely what does not fit.
            let (panel, notes) = try PanelCSVReader(encoding: options.encoding, years: options.years, columns: options.columns,
                                                    progress: options.progress).readWithNotes(path: path)
            return Loaded(panel: panel, kind: .csv, vintage: nil, notes: notes)
        case .json:
            return Loaded(panel: try PanelJSON.read(path: path, years: options.years), kind: kind, vintage: nil)
        case .reportText, .pdf, .html, .word:
            // (A compilation of several reports: each report's figures under its own body, the first stated kept.)
            var read: [ReportFigures] = []
            ReportExtractor.extractEach(text: try ReportSource.text(path: path), source: ReportSource.displayName(path), department: options.department) {
                read.append($0.reportFigures)
            }
            let panel = ReportFigures.panel(read), years = Set(read.map(\.year))
            if panel.departments.isEmpty { throw DataError("no catalogue figures found in the report", at: place, hint: "outturn extract --unmatched shows what was read") }
            // (The vintage is the reports' year when they share one.)
            return Loaded(panel: panel, kind: kind, vintage: years.count == 1 ? years.first! : nil)
        case .store:
            throw DataError("is an Outturn store, not a data file", at: place, hint: "read it with --store \(path)")
        case .workbook:
            let (panel, notes) = try WorkbookPanel.read(path: path, sheet: options.sheet, options: options)
            return Loaded(panel: panel, kind: kind, vintage: nil, notes: notes)
        }
    }
}
