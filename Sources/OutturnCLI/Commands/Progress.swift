import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnOutput
import OutturnStore

extension OutturnCommand {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Execution within the year: progress against the schedule, the projected year-end figure and rate, early warnings.",
            discussion: paragraphs("""
                Reads monthly cumulative figures (1-6月累计, a long CSV with department, indicator, period 2024-06 or
                year and month, value; a project column makes projects the units; or, without --data, the monthly
                figures of the store, imported with outturn import) and, for one month of one year
                (--as-of, default the latest), gives per unit: the cumulative figure, its share of the budget
                (executed_pct) against the time-proportional schedule (序时进度, schedule_pct = month/12), the gap,
                the same month last year, the projected year-end figure with 80% and 95% intervals, the projected
                execution rate, and a warning when the rate is projected to miss --target.

                The projection learns each unit's seasonal profile (how much of the year's spending usually comes
                after month m: Chinese spending is back-loaded into November and December) from its own earlier
                years and its peers', in one pooled model, and its intervals are calibrated by backtests over the
                earlier years (each year projected from the years before it only). Standard error shows, for this
                month, the backtest error of the model against last year's share at the same month and against
                straight-line extrapolation (x 12/m). Units are sorted by projected shortfall, largest first.

                A warning means the upper bound of the 80% interval (by default; --warn-on point for the point) of
                the year-end rate is below the target: about 90% likely to miss when the interval is calibrated.

                Example (synthetic monthly data: outturn generate --monthly):
                  outturn progress --data monthly.csv --actual expenditure_to_date --budget expenditure_budget --as-of 2024-06
                """))

        @Option(name: .long, help: ArgumentHelp("Monthly CSV or .xlsx workbook: department[,project],indicator,period,value (cumulative to the month); without it, the store's monthly figures.", valueName: "file"))
        var data: String?
        @Option(name: .long, help: ArgumentHelp("The store to read monthly figures from when there is no --data: a SQLite file or a postgresql:// URL (default: $OUTTURN_STORE, else ./outturn.sqlite).", valueName: "path|url"))
        var store: String?
        @Option(name: .long, help: ArgumentHelp("The indicator executed (cumulative amount).", valueName: "id"))
        var actual: String
        @Option(name: .long, help: ArgumentHelp("The budget indicator (the year's budget; the latest figure up to the month counts).", valueName: "id"))
        var budget: String?
        @Option(name: .long, help: ArgumentHelp("The month to report, e.g. 2024-06 (default: the latest in the data).", valueName: "year-month"))
        var asOf: String?
        @Option(name: .long, help: ArgumentHelp("The year-end execution rate to reach, in percent.", valueName: "percent"))
        var target: Double = 90
        @Option(name: .long, help: ArgumentHelp("Interval level in percent (repeatable; default 80 and 95).", valueName: "percent"))
        var level: [Double] = []
        @Option(name: .long, help: "What a warning rests on: upper (the narrowest interval's upper bound) or point.")
        var warnOn: ExecutionProgress.WarningRule = .upper
        @Option(name: .long, help: ArgumentHelp("The sheet of an .xlsx workbook to read (default: the first).", valueName: "name"))
        var sheet: String?
        @Flag(name: .long, help: "The values are monthly flows (当月数), to be cumulated within each year.")
        var flows = false
        @Option(name: .long, help: ArgumentHelp("Department or project id to include (repeatable; globs like 'hun-*').", valueName: "id"))
        var department: [String] = []
        @Option(name: .long, help: ArgumentHelp("Draw the briefing chart: executed share and projected rate per unit, schedule and target lines (.svg, or .png through rsvg-convert).", valueName: "file"))
        var plot: String?
        @Flag(name: .long, help: "No evidence on standard error.")
        var quiet = false
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try refuseUnwritable(plot)
            for l in level where !(l > 1 && l < 100) {
                throw ValidationError("--level \(DecimalText.shortest(l)) is not a percentage between 1 and 100" + (l < 1 ? "; write \(DecimalText.shortest(l * 100)) for a \(DecimalText.shortest(l * 100))% interval" : ""))
            }
            guard target > 0 && target <= 200 else { throw ValidationError("--target is a percentage, e.g. 90") }
            if let asOf, MonthlyCSV.parsePeriod(asOf).map({ (1...12).contains($0.1) }) != true {
                throw ValidationError("--as-of \(asOf) is not a month; write it as 2024-06")
            }
            if data != nil && store != nil { throw ValidationError("--data and --store: give one source of monthly figures") }
            if data == nil && (sheet != nil || flows) { throw ValidationError("--sheet and --flows read a --data file; a store holds cumulative figures") }
        }

        /// The monthly figures: the file given, else the store's.
        private func monthlyPanel() throws -> MonthlyPanel {
            if let data { return try MonthlyCSV.read(path: data, sheet: sheet, flows: flows) }
            let location = StoreLocation.path(store)
            guard let panel = try Stores.open(location, access: .read).monthlyFigures() else {
                throw DataError("the store \(Stores.displayName(location)) holds no monthly figures",
                                hint: "give --data FILE, or import a monthly file first: outturn import MONTHLY.csv")
            }
            return panel
        }

        func run() throws {
            let panel = try monthlyPanel()
            let period = asOf.flatMap(MonthlyCSV.parsePeriod)
            let levels = level.isEmpty ? [80, 95] : Array(Set(level)).sorted()
            let progress = try ExecutionProjector.progress(panel, actual: actual, budget: budget, year: period?.0, month: period?.1,
                                                          levels: levels, targetPercent: target, warningRule: warnOn)
            if !quiet {
                Diagnostics.write("outturn: \(progress.indicator.id) at \(progress.year)-\(progress.month < 10 ? "0" : "")\(progress.month): projected by \(progress.method.rawValue)")
                if progress.method == .pooled && progress.month < 12 {
                    let backtested = progress.evidence.contains { $0.method == .pooled }
                    Diagnostics.write(progress.decay == 1 ? "  model: every earlier year weighed alike (\(backtested ? "chosen by backtest" : "too few years to backtest a choice"))"
                                      : "  model: each earlier year weighed \(DecimalText.shortest(progress.decay)) times the year after it (profiles drift; chosen by backtest)")
                }
                // The methods are compared on the unit-years each of them projected (ExecutionProjector.compared).
                let same = progress.evidence.count > 1 ? " (the same for each method)" : ""
                for e in progress.evidence {
                    Diagnostics.write("  backtest at month \(progress.month), \(e.method.rawValue): mean absolute error \(DecimalText.grouped(e.mape, decimals: 2))% of the year-end figure over \(e.count) unit-years\(same)")
                }
                for note in progress.notes { Diagnostics.write("outturn: \(note)") }
            }
            let projects = panel.units.contains { $0.attributes["department"] != nil }
            let unit = progress.indicator.unit.isEmpty ? "" : " (\(progress.indicator.unit))"
            var columns = [Column("department")]
            if projects { columns.append(Column("project")) }
            columns += [
                Column("indicator", inTable: false), Column("year", style: .year, inTable: false), Column("month", style: .integer, inTable: false),
                Column("cumulative", heading: "cumulative\(unit)", style: .decimals(2)), Column("budget", heading: "budget\(unit)", style: .decimals(2)),
                Column("executed_pct", heading: "executed %", style: .decimals(1)), Column("schedule_pct", heading: "schedule %", style: .decimals(1)),
                Column("gap_pct", heading: "gap pp", style: .decimals(1)),
                Column("same_month_last_year", heading: "last year\(unit)", style: .decimals(2), inTable: false),
                Column("last_year_executed_pct", heading: "last year %", style: .decimals(1)),
                Column("projected", heading: "projected\(unit)", style: .decimals(2)),
            ]
            for l in levels {
                let name = DecimalText.shortest(l).replacingOccurrences(of: ".", with: "_")
                columns += [Column("lower_\(name)", style: .decimals(2), inTable: l == levels.last), Column("upper_\(name)", style: .decimals(2), inTable: l == levels.last)]
            }
            columns += [Column("projected_rate", heading: "projected rate %", style: .decimals(1)), Column("warning"), Column("note", inTable: false)]
            // Largest projected shortfall first: the rate's distance below the target, else the point's share
            // of last year's figure.
            let sorted = progress.records.sorted { a, b in
                switch (a.projectedRatePercent, b.projectedRatePercent) {
                case let (x?, y?): return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.unit.id < b.unit.id
                }
            }
            var table = RecordTable(columns: columns)
            table.preamble = ["\(progress.indicator.name) \(progress.year)-\(progress.month < 10 ? "0" : "")\(progress.month): schedule \(DecimalText.grouped(Double(progress.month) / 12 * 100, decimals: 1))%, target \(DecimalText.shortest(target))%"]
            for r in sorted where department.isEmpty || department.contains(where: { Glob.matches($0, r.unit.id) || Glob.matches($0, r.unit.attributes["department"] ?? "") }) {
                var row: [Cell] = [.text(r.unit.attributes["department"] ?? r.unit.id)]
                if projects { row.append(.text(r.unit.attributes["department"] == nil ? "" : r.unit.id)) }
                row += [.text(progress.indicator.id), .number(Double(progress.year)), .number(Double(progress.month)),
                        .number(r.cumulative), .optional(r.budget), .optional(r.executedPercent), .number(r.schedulePercent), .optional(r.gapPercent),
                        .optional(r.sameMonthLastYear), .optional(r.lastYearExecutedPercent), .number(r.projected)]
                for l in levels { row += [.optional(r.intervals[l]?.lowerBound), .optional(r.intervals[l]?.upperBound)] }
                row += [.optional(r.projectedRatePercent), .text(r.warning ? "yes" : ""), .text(r.notes.joined(separator: "; "))]
                table.append(row)
            }
            try output.emit(table)
            if let plot {
                guard budget != nil else { throw DataError("the chart shows shares of the budget", hint: "give --budget ID with --plot") }
                try SVGChart.progress(progress, level: levels.first!).write(to: plot)
            }
        }
    }
}
