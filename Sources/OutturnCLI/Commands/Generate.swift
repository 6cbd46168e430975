import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a realistic synthetic panel of provincial departments (deterministic for a seed).",
            discussion: paragraphs("""
                Departments are named like real provincial departments (湖南省财政厅, 湖南省教育厅, ...) with stable ids and
                region, level and group attributes. Every standard indicator is generated with the relations real
                reports show (basic = personnel + public, budget = basic + project, persistent execution rates mostly
                80-100%), plus occasional reorganisations, missing years and outliers. Amounts in 万元, rates in %.

                Example (the bundled synthetic panel):
                  outturn generate --departments 40 --start 2012 --end 2024 --seed 2024 --output panel.csv
                """))

        @Option(name: .long, help: "Number of departments (20 indicators each).")
        var departments: Int = 40

        @Option(name: .long, help: "First year.")
        var start: Int = 2012

        @Option(name: .long, help: "Last year (inclusive).")
        var end: Int = 2024

        @Option(name: .long, help: "Random seed: the same seed gives the same panel.")
        var seed: UInt64 = 1

        @Option(name: .long, help: "Share of department-years left missing, as a fraction in [0, 1).")
        var missingShare: Double = 0.03

        @Option(name: .long, help: ArgumentHelp("Output file (.csv or .json); standard output (CSV) when omitted or -.", valueName: "file"))
        var output: String?

        @Flag(name: .long, help: "Write wide CSV (one row per department and indicator).")
        var wide = false

        @Flag(name: .long, help: "Write monthly cumulative spending and budgets (expenditure_to_date, expenditure_budget; for outturn progress) instead of the annual panel.")
        var monthly = false

        @Option(name: .long, help: ArgumentHelp("Write only these indicators (repeatable; default all 20).", valueName: "id"), completion: IDCompletion.indicators)
        var indicator: [String] = []

        func validate() throws {
            try refuseUnwritable(output)
            guard departments >= 1 else { throw ValidationError("--departments must be at least 1") }
            guard start <= end else { throw ValidationError("--start must not be after --end") }
            guard end - start < 200 else { throw ValidationError("at most 200 years") }
            guard (0..<1).contains(missingShare) else { throw ValidationError("--missing-share must be in [0, 1)") }
            if monthly {
                if wide || !indicator.isEmpty { throw ValidationError("--monthly writes its two indicators in long CSV: leave out --wide and --indicator") }
                if let output, output != "-", !output.hasPrefix("/dev/"), !output.lowercased().hasSuffix(".csv") {
                    throw ValidationError("--monthly writes CSV: give --output FILE.csv")
                }
            }
        }

        func run() throws {
            if monthly {
                let panel = SyntheticMonthly(departments: departments, years: start..<(end + 1), seed: seed).generate()
                let sink = try output.map { $0 == "-" ? ByteSink.standardOutput() : try ByteSink(path: $0) } ?? ByteSink.standardOutput()
                try MonthlyCSV.write(panel, to: sink)
                try sink.finish()
                return
            }
            var panel = SyntheticPanel(departments: departments, years: start..<(end + 1), seed: seed, missingShare: missingShare).generate()
            if !indicator.isEmpty { panel = try panel.selecting(indicators: indicator) }
            if let output {
                try PanelFile.write(panel, toPath: output, layout: wide ? .wide : .long)
            } else {
                let sink = ByteSink.standardOutput()
                try PanelCSVWriter(layout: wide ? .wide : .long).write(panel, to: sink)
                try sink.finish()
            }
        }
    }
}
