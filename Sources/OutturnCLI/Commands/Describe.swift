import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

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
        let panel = try selection.apply(to: try input.loadPanel())
        let report = departments ? Self.departmentReport(panel) : Self.indicatorReport(panel, source: input.name)
        try report.write(output.format, to: sink)
        try sink.finish()
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
        let t = panel.yearCount
        for (i, ind) in panel.indicators.enumerated() {
            let block = panel.block(indicatorAt: i)
            var reporting = 0, firstYear = Int.max, lastYear = Int.min
            for d in panel.departments.indices {
                var any = false
                for k in 0..<t where !block[d * t + k].isNaN {
                    any = true
                    firstYear = min(firstYear, panel.years.lowerBound + k)
                    lastYear = max(lastYear, panel.years.lowerBound + k)
                }
                if any { reporting += 1 }
            }
            let observed = Descriptive.observed(block).sorted()
            let cells = block.count
            report.append([
                .text(ind.id), .text(ind.name), .text(ind.unit), .text(ind.kind.rawValue),
                .number(Double(reporting)),
                firstYear == .max ? .missing : .number(Double(firstYear)),
                lastYear == .min ? .missing : .number(Double(lastYear)),
                .number(Double(observed.count)),
                cells == 0 ? .missing : .number(100 * Double(cells - observed.count) / Double(cells)),
                .optional(observed.first), .number(Descriptive.quantile(sorted: observed, 0.5)).orMissing,
                .optional(observed.last),
                .text(Sparkline.of((0..<t).map { k in Descriptive.median(panel.departments.indices.map { block[$0 * t + k] }) })),
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
        let t = panel.yearCount
        for (d, dep) in panel.departments.enumerated() {
            var first = Int.max, last = Int.min, observed = 0
            for i in panel.indicators.indices {
                for (k, v) in panel.series(departmentAt: d, indicatorAt: i).enumerated() where !v.isNaN {
                    observed += 1
                    first = min(first, panel.years.lowerBound + k)
                    last = max(last, panel.years.lowerBound + k)
                }
            }
            let cells = t * panel.indicators.count
            report.append([.text(dep.id), .text(dep.name)] + keys.map { .text(dep.attributes[$0] ?? "") } + [
                first == .max ? .missing : .number(Double(first)), last == .min ? .missing : .number(Double(last)),
                .number(Double(observed)), cells == 0 ? .missing : .number(100 * Double(cells - observed) / Double(cells)),
            ])
        }
        return report
    }
}

extension Cell {
    /// `.missing` for a NaN number.
    var orMissing: Cell {
        if case let .number(v) = self, v.isNaN { return .missing }
        return self
    }
}
