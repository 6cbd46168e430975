import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct PEFA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pefa",
            abstract: "PEFA 2016 budget credibility scores: PI-1 aggregate outturn, PI-2.1 composition, PI-3 revenue.",
            discussion: paragraphs("""
                One record per dimension and year (the last three years with data): the budget and outturn totals,
                the measure in percent (outturn / budget for PI-1 and PI-3.1; the composition variance by the
                adjusted-budget method for PI-2.1 and PI-3.2), the band that year meets, and the dimension's score
                (the best letter met in at least two of the three years). PI-1 bands: A 95-105%, B 90-110%, C 85-115%;
                PI-3.1: A 97-106%, B 94-112%, C 92-116%; composition: A < 5%, B < 10%, C < 15%.
                PEFA uses the originally approved budget; the Chinese execution rate uses the adjusted full-year
                budget: pass the indicator that holds the budget you mean.

                Example:
                  outturn pefa --data Datasets/synthetic-provincial/panel.csv --budget appropriation_budget --outturn appropriation_final
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
        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
            "Composition over expenditure types instead of departments: budget:outturn pairs, e.g. basic_budget:basic_expenditure project_budget:project_expenditure.",
            valueName: "budget:outturn"))
        var types: [String] = []

        func validate() throws {
            if (revenueBudget == nil) != (revenueOutturn == nil) { throw ValidationError("--revenue-budget and --revenue-outturn go together") }
            for t in types where t.split(separator: ":").count != 2 { throw ValidationError("--types takes budget:outturn pairs, got \"\(t)\"") }
        }

        func run() throws {
            var chosen = selection
            chosen.indicator = []
            let panel = try chosen.apply(to: try input.loadPanel(years: chosen.years))
            var dimensions = [try Outturn.PEFA.aggregateOutturn(panel: panel, budget: budget, outturn: outturn)]
            let pairs: [(budget: String, outturn: String)] = types.isEmpty
                ? [(budget, outturn)]
                : types.map { let p = $0.split(separator: ":"); return (String(p[0]), String(p[1])) }
            dimensions.append(try Outturn.PEFA.compositionOutturn(panel: panel, pairs: pairs))
            if let revenueBudget, let revenueOutturn {
                dimensions.append(try Outturn.PEFA.aggregateOutturn(panel: panel, budget: revenueBudget, outturn: revenueOutturn, revenue: true))
                dimensions.append(try Outturn.PEFA.compositionOutturn(panel: panel, pairs: [(revenueBudget, revenueOutturn)], revenue: true))
            }
            var r = RecordTable(columns: [
                Column("indicator"), Column("dimension", inTable: false), Column("year", style: .year),
                Column("budget", style: .decimals(2)), Column("outturn", style: .decimals(2)), Column("lines", style: .integer),
                Column("measure_pct", heading: "measure %", style: .decimals(2)), Column("year_band", heading: "band"),
                Column("score"), Column("note"),
            ])
            for dim in dimensions {
                if dim.years.isEmpty {
                    r.append([.text(dim.indicator), .text(dim.dimension), .missing, .missing, .missing, .missing, .missing, .missing,
                              .text(dim.score.rawValue), .text(dim.note ?? "")])
                }
                for y in dim.years {
                    r.append([.text(dim.indicator), .text(dim.dimension), .number(Double(y.year)), .number(y.budget), .number(y.outturn),
                              .number(Double(y.lines)), .number(y.measurePercent), .text(y.band.rawValue), .text(dim.score.rawValue),
                              .text(dim.note ?? "")])
                }
            }
            try output.emit(r)
        }
    }
}
