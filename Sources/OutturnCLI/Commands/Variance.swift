import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Variance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Budget variance (plan vs actual), spread per series or per year, and between/within decomposition.",
            discussion: paragraphs("""
                With --plan and --actual: one record per department and year, deviation = actual - plan (in the
                indicators' unit), deviation_pct = 100 * (actual - plan) / plan and execution_rate = 100 * actual /
                plan (percent). With --by-department: mean, standard deviation, coefficient of variation (percent),
                minimum, quartiles and maximum of each department's series; with --by-year: the same across
                departments for each year; with --decompose: how much of each indicator's variation lies between
                departments (one-way ANOVA F and p).

                Examples:
                  outturn variance --data Datasets/synthetic-provincial/panel.csv --plan appropriation_budget --actual appropriation_final
                  outturn variance --data Datasets/synthetic-provincial/panel.csv --by-year --indicator execution_rate
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Plan (budget) indicator id.", valueName: "id"), completion: IDCompletion.indicators)
        var plan: String?
        @Option(name: .long, help: ArgumentHelp("Actual (outturn) indicator id, in the plan's unit.", valueName: "id"), completion: IDCompletion.indicators)
        var actual: String?
        @Flag(name: .long, help: "Spread statistics of each department's series.")
        var byDepartment = false
        @Flag(name: .long, help: "Spread across departments, year by year.")
        var byYear = false
        @Flag(name: .long, help: "Between/within-department decomposition of each indicator.")
        var decompose = false

        func validate() throws {
            let views = [plan != nil || actual != nil, byDepartment, byYear, decompose].filter { $0 }.count
            if views != 1 { throw ValidationError("choose one view: --plan with --actual, --by-department, --by-year or --decompose") }
            if (plan == nil) != (actual == nil) { throw ValidationError("--plan and --actual go together") }
        }

        func run() throws {
            var panel = try input.loadPanel(years: selection.years)
            if let plan, let actual {
                _ = try panel.indicator(plan)
                _ = try panel.indicator(actual)
                var chosen = selection
                chosen.indicator = []
                panel = try chosen.apply(to: panel)
                let report = Self.planActualReport(try BudgetVariance.compute(panel: panel, plan: plan, actual: actual), unit: try panel.indicator(plan).unit)
                return try output.emit(report, names: panel)
            }
            panel = try selection.apply(to: panel)
            if byDepartment {
                var r = Self.spreadReport(keys: [Column("department"), Column("indicator")])
                for i in panel.indicators.indices {
                    for (d, dep) in panel.departments.enumerated() {
                        r.append([.text(dep.id), .text(panel.indicators[i].id)] + Self.cells(SpreadStatistics(panel.series(departmentAt: d, indicatorAt: i))))
                    }
                }
                try output.emit(r, names: panel)
            } else if byYear {
                var r = Self.spreadReport(keys: [Column("indicator"), Column("year", style: .year)])
                for (i, ind) in panel.indicators.enumerated() {
                    let block = panel.block(indicatorAt: i), t = panel.yearCount
                    for k in 0..<t {
                        let values = panel.departments.indices.map { block[$0 * t + k] }
                        r.append([.text(ind.id), .number(Double(panel.years.lowerBound + k))] + Self.cells(SpreadStatistics(values)))
                    }
                }
                try output.emit(r, names: panel)
            } else {
                var r = RecordTable(columns: [
                    Column("indicator"), Column("observations", style: .integer), Column("departments", style: .integer),
                    Column("grand_mean", style: .decimals(2)), Column("total_ss", inTable: false), Column("between_ss", inTable: false),
                    Column("within_ss", inTable: false), Column("between_share_pct", heading: "between %", style: .decimals(1)),
                    Column("f_stat", heading: "F"), Column("p_value", heading: "p", style: .pValue),
                ])
                for (i, ind) in panel.indicators.enumerated() {
                    let v = VarianceDecomposition(panel: panel, indicator: i)
                    r.append([.text(ind.id), .number(Double(v.observations)), .number(Double(v.groups)), .optional(v.grandMean),
                              .number(v.totalSumOfSquares), .number(v.betweenSumOfSquares), .number(v.withinSumOfSquares),
                              .optional(v.betweenSharePercent), .optional(v.fStatistic), .optional(v.pValue)])
                }
                try output.emit(r, names: panel)
            }
        }


        static func planActualReport(_ rows: [BudgetVariance], unit: String) -> RecordTable {
            let u = unit.isEmpty ? "" : " (\(unit))"
            var r = RecordTable(columns: [
                Column("department"), Column("year", style: .year), Column("plan", heading: "plan\(u)", style: .decimals(2)),
                Column("actual", heading: "actual\(u)", style: .decimals(2)), Column("deviation", heading: "deviation\(u)", style: .decimals(2)),
                Column("deviation_pct", heading: "deviation %", style: .decimals(2)), Column("execution_rate", heading: "execution %", style: .decimals(2)),
                Column("note", inTable: false),
            ])
            for v in rows {
                r.append([.text(v.department), .number(Double(v.year)), .optional(v.plan), .optional(v.actual), .optional(v.deviation),
                          .optional(v.deviationPercent), .optional(v.executionRate), .text(v.note ?? "")])
            }
            return r
        }

        static func spreadReport(keys: [Column]) -> RecordTable {
            RecordTable(columns: keys + [
                Column("n", style: .integer), Column("mean", style: .decimals(2)), Column("sd", style: .decimals(2)),
                Column("cv_pct", heading: "CV %", style: .decimals(1)), Column("min", style: .decimals(2)), Column("p25", style: .decimals(2)),
                Column("median", style: .decimals(2)), Column("p75", style: .decimals(2)), Column("max", style: .decimals(2)),
            ])
        }

        static func cells(_ s: SpreadStatistics) -> [Cell] {
            [.number(Double(s.count)), .optional(s.mean), .optional(s.standardDeviation), .optional(s.coefficientOfVariation),
             .optional(s.minimum), .optional(s.lowerQuartile), .optional(s.median), .optional(s.upperQuartile), .optional(s.maximum)]
        }
    }
}
