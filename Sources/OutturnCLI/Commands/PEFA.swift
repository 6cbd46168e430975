import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct PEFA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pefa",
            abstract: "PEFA 2016 budget reliability: PI-1, PI-2 (2.1, 2.2, 2.3) and PI-3 (3.1, 3.2), by the framework's rules.",
            discussion: paragraphs("""
                For each dimension, one record per year of the last three completed fiscal years (ending with --year,
                or the latest year with any outturn; a year without data is missing, never replaced by an earlier
                one) and a record with the dimension's score; then one record per indicator with the aggregate
                (PI-2 by the weakest link, M1; PI-3 by averaging, M2). Heads are departments: an outturn without a
                budget counts with a zero budget, a budget without an outturn is left out, and with more than 20
                heads the largest making up 75% of the budget (at least 20) are kept and the rest summed into one
                residual line; every such case is named in the note. Bands are decided in decimal arithmetic on
                the figures as written. PI-1 bands: A 95-105%, B 90-110%, C 85-115%; PI-3.1: A 97-106%, B 94-112%,
                C 92-116%; composition (2.1, 2.2, 3.2): A < 5%, B < 10%, C < 15%, each in at least two of the three
                years; 2.3 on the three-year average: A < 3%, B 3-6%, C < 10%. D* is a D for insufficient data; NR
                a dimension whose data were not given. PEFA uses the originally approved budget (the Chinese
                execution rate uses the adjusted budget): pass the indicator that holds the original one.

                Example:
                  outturn pefa --data Datasets/synthetic-provincial/panel.csv --budget appropriation_budget --outturn appropriation_final \\
                    --types project_budget:project_expenditure public_expenditure_budget:public_expenditure
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Expenditure budget indicator (original approved budget, PEFA).", valueName: "id"), completion: IDCompletion.indicators)
        var budget: String
        @Option(name: .long, help: ArgumentHelp("Expenditure outturn indicator.", valueName: "id"), completion: IDCompletion.indicators)
        var outturn: String
        @Option(name: .long, help: ArgumentHelp("Budgeted revenue indicator (PI-3).", valueName: "id"), completion: IDCompletion.indicators)
        var revenueBudget: String?
        @Option(name: .long, help: ArgumentHelp("Actual revenue indicator (PI-3).", valueName: "id"), completion: IDCompletion.indicators)
        var revenueOutturn: String?
        @Option(name: .long, help: ArgumentHelp(
            "PI-2.3: the contingency vote, a department id (its outturn is what was charged to it; left out of 2.1 and 2.2) or an indicator of the amounts charged per department.",
            valueName: "id"))
        var contingency: String?
        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
            "PI-2.2: economic types as budget:outturn indicator pairs, summed over departments, e.g. basic_budget:basic_expenditure project_budget:project_expenditure.",
            valueName: "budget:outturn"))
        var types: [String] = []
        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
            "PI-3.2: revenue categories as budget:actual indicator pairs, summed over departments.", valueName: "budget:actual"))
        var revenueTypes: [String] = []
        @Option(name: .long, help: ArgumentHelp("The last completed fiscal year of the assessment (default: the latest year with any outturn).", valueName: "year"))
        var year: Int?

        func validate() throws {
            if (revenueBudget == nil) != (revenueOutturn == nil) { throw ValidationError("--revenue-budget and --revenue-outturn go together") }
            if !revenueTypes.isEmpty && revenueBudget == nil { throw ValidationError("--revenue-types needs --revenue-budget and --revenue-outturn") }
            for t in types + revenueTypes where Self.pair(t) == nil { throw ValidationError("--types and --revenue-types take budget:outturn pairs, got \"\(t)\"") }
            for list in [types, revenueTypes] where list.count == 1 {
                throw ValidationError("a composition needs at least two types or categories, got only \"\(list[0])\"")
            }
        }

        static func pair(_ text: String) -> Outturn.PEFA.Pair? {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return Outturn.PEFA.Pair(budget: String(parts[0]), outturn: String(parts[1]))
        }

        func run() throws {
            var chosen = selection
            chosen.indicator = []
            let panel = try chosen.apply(to: try input.loadPanel(years: chosen.years))
            let options = Outturn.PEFA.Options(
                budget: budget, outturn: outturn, contingency: contingency, economicTypes: types.compactMap(Self.pair),
                revenue: revenueBudget.map { Outturn.PEFA.Pair(budget: $0, outturn: revenueOutturn!) },
                revenueCategories: revenueTypes.compactMap(Self.pair), lastYear: year)
            let indicators = try Outturn.PEFA.assess(panel: panel, options: options)
            var r = RecordTable(columns: [
                Column("indicator"), Column("dimension", inTable: false), Column("year", style: .year),
                Column("budget", style: .decimals(2)), Column("outturn", style: .decimals(2)), Column("lines", style: .integer),
                Column("measure_pct", heading: "measure %", style: .decimals(2)), Column("year_band", heading: "band"),
                Column("score"), Column("note"),
            ])
            for indicator in indicators {
                for dim in indicator.dimensions {
                    for y in dim.years {
                        r.append([.text(dim.indicator), .text(dim.dimension), .number(Double(y.year)), y.budget.map(Cell.number) ?? .missing,
                                  y.outturn.map(Cell.number) ?? .missing, .number(Double(y.lines)), y.measurePercent.map(Cell.number) ?? .missing,
                                  .text(y.band?.rawValue ?? ""), .text(""), .text(y.measurePercent == nil ? "no data" : "")])
                    }
                    r.append([.text(dim.indicator), .text(dim.dimension), .missing, .missing, .missing, .missing, .missing, .text(""),
                              .text(dim.score.description), .text(dim.note ?? "")])
                }
                if indicator.dimensions.count > 1 {
                    let method = indicator.method == "M1" ? "M1 (weakest link)" : "M2 (averaging)"
                    let parts = indicator.dimensions.map { "\($0.indicator.dropFirst(3)) \($0.score)" }.joined(separator: ", ")
                    r.append([.text(indicator.indicator), .text("aggregate of its dimensions"), .missing, .missing, .missing, .missing, .missing,
                              .text(""), .text(indicator.score.description), .text("\(method) over \(parts)")])
                }
            }
            try output.emit(r)
        }
    }
}
