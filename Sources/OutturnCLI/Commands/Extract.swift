import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnReports
import OutturnOutput

extension OutturnCommand {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the standard indicators from department self-evaluation reports (text as pdftotext leaves it).",
            discussion: paragraphs("""
                One record per figure: department, indicator, year (the report year, or the year before where the
                text says 上年/较上年), value in the catalogue unit (万元 for amounts, converted from 元 or 亿元;
                percent; 人; 分), unit, offset (the character offset of the number in the report) and snippet.
                A folder stands for its .txt files; a file of several reports one after another (a compilation such
                as a 部门决算汇编) gives each report's figures under the body its title names. Numbers with a unit that cannot be attributed with confidence
                are not guessed: --unmatched lists them instead. --panel-output FILE writes all reports as one panel
                (long CSV or JSON) with the report as the source and its year as the vintage.

                Example:
                  outturn extract ../shared/seeds/000_e729b0afc6ad344c.txt
                """))

        @Argument(help: ArgumentHelp("Reports (.txt, .pdf, .docx, .html) or folders of them.", valueName: "report"))
        var reports: [String]
        @OptionGroup var output: OutputOptions
        @Flag(name: .long, help: "List the statements that could not be attributed instead of the figures.")
        var unmatched = false
        @Flag(name: .long, help: "List every statement as the grammar read it (role, what it is of, year, rule, breakdown parent) instead of the figures.")
        var statements = false
        @Option(name: .long, help: ArgumentHelp("Department id for every report (default: the name in the report's title).", valueName: "id"), completion: IDCompletion.departments)
        var department: String?
        @Option(name: .long, help: ArgumentHelp("Also write the figures of all reports as one panel to this file (.csv or .json).", valueName: "file"))
        var panelOutput: String?

        func run() throws {
            let columns = unmatched
                ? [Column("source"), Column("value", style: .decimals(2)), Column("unit"), Column("offset", style: .integer), Column("snippet")]
                : statements
                ? [Column("offset", style: .integer), Column("role"), Column("key"), Column("year", style: .year),
                   Column("value", style: .statistic), Column("unit"), Column("label"), Column("rule"),
                   Column("parent_offset", heading: "parent", style: .integer), Column("about_offset", heading: "about", style: .integer),
                   Column("snippet"), Column("source", inTable: false)]
                : [Column("department"), Column("indicator"), Column("year", style: .year), Column("value", style: .decimals(2)),
                   Column("unit"), Column("offset", style: .integer), Column("rule"), Column("snippet"), Column("source", inTable: false)]
            // Records stream out report by report (CSV, JSON): a compilation of any length is held one report at a time.
            var read: [ReportFigures] = []
            try output.emit(columns: columns) { append in
                for path in try ReportSource.paths(reports) {
                    // (A compilation of several reports gives each report's figures under its own body; said on
                    // standard error, as the reading's other choices are.)
                    var bodies = ReportBodies()
                    try ReportExtractor.extractEach(text: try ReportSource.text(path: path), source: (path as NSString).lastPathComponent,
                                                    department: department) { e in
                        bodies.append(e)
                        try append(records(e))
                        if panelOutput != nil { read.append(e.reportFigures) }
                    }
                    bodies.note(path: path)
                }
            }
            if let panelOutput { try PanelFile.write(ReportFigures.panel(read), toPath: panelOutput) }
        }

        /// One report's records, as the flags ask.
        func records(_ e: ReportExtraction) -> [[Cell]] {
            if unmatched {
                return e.unmatched.map { u in [.text(e.source), .number(u.value), .text(u.unit), .number(Double(u.offset)), .text(u.snippet)] }
            } else if statements {
                return e.readings.map { r in
                    [.number(Double(r.offset)), .text(r.role), .text(r.key), .number(Double(r.year)), .number(r.value), .text(r.unit),
                     .text(r.label), .text(r.rule), .optional(r.parentOffset.map(Double.init)), .optional(r.aboutOffset.map(Double.init)),
                     .text(r.snippet), .text(e.source)]
                }
            }
            return e.figures.map { f in
                [.text(f.department), .text(f.indicator), .number(Double(f.year)), .number(f.value), .text(f.unit),
                 .number(Double(f.offset)), .text(f.rule), .text(f.snippet), .text(e.source)]
            }
        }
    }
}
