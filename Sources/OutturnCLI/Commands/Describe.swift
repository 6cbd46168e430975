import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Describe: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise a panel: departments, indicators with units, year span, missing share, ranges.",
            discussion: paragraphs("""
                One record per indicator: its unit and kind, how many departments report it, the observed and missing
                share of department-years, and the minimum, median and maximum value. With --departments, one record
                per department instead.

                Example (bundled US federal R&D budgets, US$ million):
                  outturn describe --data Datasets/us-federal-rd/rd-budget.csv
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var output: OutputOptions

        @Flag(name: .long, help: "List departments (id, name, attributes, years with data) instead of indicators.")
        var departments = false

        func run() throws { try execute(to: try output.sink()) }

        func execute(to sink: ByteSink) throws {
            let panel = try selection.apply(to: try input.loadPanel(years: selection.years))
            let report = departments ? Self.departmentReport(panel) : Self.indicatorReport(panel, source: input.name)
            try output.write(report, to: sink)
        }

        static func indicatorReport(_ panel: IndicatorPanel, source: String) -> RecordTable {
            var report = RecordTable(columns: [
                Column("indicator"), Column("name"), Column("unit"), Column("kind"),
                Column("departments", style: .integer), Column("first_year", style: .year), Column("last_year", style: .year),
                Column("observations", style: .integer), Column("missing_pct", heading: "missing %", style: .decimals(1)),
                Column("min", style: .decimals(2)), Column("median", style: .decimals(2)), Column("max", style: .decimals(2)),
                Column("median_by_year", heading: "median by year", tableOnly: true),
            ])
            let span = panel.years.isEmpty ? "no years" : "\(panel.years.lowerBound)-\(panel.years.upperBound - 1) (\(panel.yearCount) years)"
            report.preamble = [
                "\(source): \(panel.departments.count) department\(panel.departments.count == 1 ? "" : "s"), \(panel.indicators.count) indicator\(panel.indicators.count == 1 ? "" : "s"), \(span)"
            ]
            for (ind, c) in zip(panel.indicators, PanelSummary.indicators(of: panel)) {
                report.append([
                    .text(ind.id), .text(ind.name), .text(ind.unit), .text(ind.kind.rawValue), .number(Double(c.reportingDepartments)),
                    .optional(c.firstYear.map(Double.init)), .optional(c.lastYear.map(Double.init)), .number(Double(c.observations)),
                    .optional(c.missingPercent), .optional(c.minimum), .optional(c.median), .optional(c.maximum),
                    .text(Sparkline.of(c.medianByYear)),
                ])
            }
            return report
        }

        static func departmentReport(_ panel: IndicatorPanel) -> RecordTable {
            let keys = Array(Set(panel.departments.flatMap(\.attributes.keys))).sorted()
            var report = RecordTable(columns: [Column("department"), Column("name")] + keys.map { Column($0) } + [
                Column("first_year", style: .year), Column("last_year", style: .year),
                Column("observations", style: .integer), Column("missing_pct", heading: "missing %", style: .decimals(1)),
            ])
            for (dep, c) in zip(panel.departments, PanelSummary.departments(of: panel)) {
                report.append([.text(dep.id), .text(dep.name)] + keys.map { .text(dep.attributes[$0] ?? "") } + [
                    .optional(c.firstYear.map(Double.init)), .optional(c.lastYear.map(Double.init)),
                    .number(Double(c.observations)), .optional(c.missingPercent),
                ])
            }
            return report
        }
    }
}
