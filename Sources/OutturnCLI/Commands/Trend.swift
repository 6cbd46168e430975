import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Trend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trend of each department's series: OLS slope with inference, growth rates, Theil-Sen, Mann-Kendall.",
            discussion: paragraphs("""
                One record per department x indicator. The OLS slope (in the indicator's unit per year; percentage
                points per year for a rate) comes with its standard error, confidence interval, t statistic and
                two-sided p-value (Student t, n - 2 degrees of freedom); cagr is the compound annual growth between
                the first and last observed years, in percent per year (over the year gap, not the point count);
                theil_sen_slope is the robust median pairwise slope with Sen's interval; mk_tau and mk_p_value are
                Kendall's tau and the Mann-Kendall p-value (exact for n <= 10 without ties). direction is rising,
                falling, no_significant_trend (Mann-Kendall at --significance) or too_short (fewer than 3 points).
                A statistic that is undefined for the data is empty, and note says why.

                Example (bundled R&D budgets, US$ million per year):
                  outturn trend --data Datasets/us-federal-rd/rd-budget.csv --years 2008-2017
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "Confidence level of the slope intervals, in percent (e.g. 95).")
        var level: Double = 95

        @Option(name: .long, help: "Significance level of the direction verdict, in percent (e.g. 5).")
        var significance: Double = 5

        @Option(name: .long, help: ArgumentHelp("Also draw the series and their fitted trend lines to this file (.svg, or .png through rsvg-convert): one indicator, one panel per department beyond three (up to 24).", valueName: "file.svg|png"))
        var plot: String?

        func validate() throws {
            guard level > 0 && level < 100 else { throw ValidationError("--level must be a percentage between 0 and 100") }
            guard significance > 0 && significance < 100 else { throw ValidationError("--significance must be a percentage between 0 and 100") }
        }

        func run() throws {
            let panel = try selection.apply(to: try input.loadPanel(years: selection.years))
            let columns = Self.report([], panel: panel, level: level).columns
            let unit = panel.indicators.count == 1 ? panel.indicators[0].unit : ""
            let preamble = ["Trend per department (slope in \(unit.isEmpty ? "the indicator's unit" : unit) per year; \(DecimalText.format(level, style: .statistic))% intervals; direction by Mann-Kendall)"]
            // One indicator at a time: a million series never hold their summaries and rows in memory together.
            try output.emit(columns: columns, preamble: preamble, names: panel) { append in
                for i in panel.indicators.indices {
                    let summaries = try TrendAnalysis.summarise(panel: panel, indicators: [panel.indicators[i].id], level: level, significance: significance)
                    if let plot, i == 0 { try SVGChart.trend(summaries, panel: panel).write(to: plot) }
                    // Rows a few thousand series at a time: CSV and JSON format each batch while it is small.
                    for start in stride(from: 0, to: summaries.count, by: 8192) {
                        let batch = Array(summaries[start..<min(summaries.count, start + 8192)])
                        try append(Self.report(batch, panel: panel, level: level, sparklines: output.resolvedFormat == .table).rows)
                    }
                }
            }
        }

        /// The records; `sparklines` false leaves the table-only series column empty (records written as CSV,
        /// JSON or a workbook drop it, and drawing a million sparklines is a seventh of the run).
        static func report(_ summaries: [TrendSummary], panel: IndicatorPanel, level: Double, sparklines: Bool = true) -> RecordTable {
            let l = DecimalText.format(level, style: .statistic)
            // The documented fields first, in the documented order; extra statistics after them.
            var report = RecordTable(columns: [
                Column("department"), Column("indicator"),
                Column("series", heading: "series", tableOnly: true),
                Column("n", style: .integer),
                Column("first_year", style: .year, inTable: false), Column("last_year", style: .year, inTable: false),
                Column("slope", heading: "slope/yr"), Column("slope_se", heading: "se"),
                Column("slope_lower", heading: "\(l)% lower", inTable: false), Column("slope_upper", heading: "\(l)% upper", inTable: false),
                Column("t_stat", inTable: false), Column("p_value", heading: "p", style: .pValue), Column("r_squared", heading: "R²", style: .decimals(3)),
                Column("cagr", heading: "CAGR %", style: .decimals(2)),
                Column("theil_sen_slope", heading: "Theil-Sen"),
                Column("mk_tau", heading: "MK τ", style: .decimals(3)), Column("mk_p_value", heading: "MK p", style: .pValue), Column("direction"),
                Column("mean_yoy_growth", inTable: false), Column("log_linear_growth", inTable: false), Column("change", inTable: false),
                Column("theil_sen_lower", inTable: false), Column("theil_sen_upper", inTable: false),
                Column("mk_s", style: .integer, inTable: false), Column("note", inTable: false),
            ])
            // Rows built in parallel chunks (a million series: the sparklines and cells are a second of work).
            let rows: [[Cell]] = parallelMap(count: summaries.count, chunk: 512) { k in
                let s = summaries[k]
                let d = panel.position(ofDepartment: s.department)!, i = panel.position(ofIndicator: s.indicator)!
                let f = s.linear
                return [
                    .text(s.department), .text(s.indicator), sparklines ? .text(Sparkline.of(panel.series(departmentAt: d, indicatorAt: i))) : .missing,
                    .number(Double(f.observations)), .optional(f.firstYear.map(Double.init)), .optional(f.lastYear.map(Double.init)),
                    .optional(f.slope), .optional(f.slopeStandardError), .optional(f.slopeLower), .optional(f.slopeUpper),
                    .optional(f.tStatistic), .optional(f.pValue), .optional(f.rSquared), .optional(s.compoundAnnualGrowth),
                    .optional(s.theilSen?.slope), .optional(s.mannKendall?.tau), .optional(s.mannKendall?.pValue),
                    .text(s.direction.rawValue),
                    .optional(s.meanYearOnYearGrowth), .optional(s.logLinearGrowth), .optional(s.change),
                    .optional(s.theilSen?.lower), .optional(s.theilSen?.upper),
                    .optional(s.mannKendall.map { Double($0.s) }), .text(s.notes.joined(separator: "; ")),
                ]
            }
            for row in rows { report.append(row) }
            if let first = summaries.first {
                report.preamble = ["Trend per department (slope in \(first.unit.isEmpty ? "units" : first.unit) per year; \(l)% intervals; direction by Mann-Kendall)"]
            }
            return report
        }
    }
}
