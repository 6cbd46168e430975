import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score departments under an evaluation scheme: points per indicator, total, grade (优/良/中/差).",
            discussion: paragraphs("""
                A scheme (JSON) lists indicators with weights in points and a rule each: proportional (weight x
                rate / 100, capped), given (an evaluator's points, capped at the weight), bands (value thresholds
                to points) or deduction (points lost per unit above a limit), and grade thresholds (default 优 at
                90, 良 80, 中 60, 差 below). Shipped: standard (预算执行率 10 proportional; 产出 50, 效益 30, 满意度 10
                given) and provincial-example (execution in bands, "三公" and 公用经费 control rates with deductions).
                One record per department and year; the total is empty (and the note says which) when an item
                has no value.

                Example (the seed report's 2024 figures: 92.56% gives 9.26 points, total 99.26, 优):
                  outturn score --data Datasets/hunan-npc-report/report-figures.csv --scheme standard
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("A scheme file (JSON) or a shipped scheme: standard, provincial-example.", valueName: "file|name"))
        var scheme: String = "standard"
        @Option(name: .long, help: "Only this year.")
        var year: Int?

        func run() throws {
            var chosen = selection
            chosen.indicator = []
            let panel = try chosen.apply(to: try input.loadPanel(years: chosen.years))
            let s = try SchemeFiles.load(scheme)
            let scores = try s.score(panel: panel, years: year.map { [$0] })
            var r = RecordTable(columns: [Column("department"), Column("year", style: .year), Column("total", style: .decimals(2)), Column("grade")]
                + s.items.map { Column("points_\($0.indicator)", heading: "\($0.indicator) (\(DecimalText.format($0.weight, style: .statistic)))", style: .decimals(2)) }
                + [Column("note", inTable: false)])
            for sc in scores {
                r.append([.text(sc.department), .number(Double(sc.year)), .optional(sc.total), .text(sc.grade ?? "")]
                         + sc.points.map { .optional($0) } + [.text(sc.missing.isEmpty ? "" : "no value for " + sc.missing.joined(separator: ", "))])
            }
            r.preamble = ["Scheme \(s.name)" + (s.title.map { ": \($0)" } ?? "")]
            try output.emit(r, names: panel)
        }
    }
}
