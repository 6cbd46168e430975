import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnReports
import OutturnOutput

extension OutturnCommand {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a report's own arithmetic: totals, shares, year-on-year changes, execution rates, scores.",
            discussion: paragraphs("""
                One record per check: what is checked, the rule (the kind of relation), the stated value, the value
                recomputed from the report's other figures, their difference, and whether it is within what the
                stated rounding of every number involved allows (consistent). Checked where the text states the
                relation: a total against its 其中 parts (and their changes against its change), totals the
                accounting defines (三公 = its parts, basic = personnel + public, total = basic + project, score
                total = sub-scores), shares against part / the parent named after 占 (a whole never stated: the sum
                of its named parts), changes as amounts and as percents against the base year the text names, completion and execution rates against actual /
                budget, full marks minus deduction, execution score = weight x rate, and figures stated twice. A
                file of several reports one after another is checked report by report (each with its department).
                Inconsistent checks come first in the table; --inconsistent shows only those and exits with
                status 2 when there is one (0 when there is none; 1 stays a data error), so scripts can gate on it.

                Example:
                  outturn audit ../shared/seeds/000_e729b0afc6ad344c.txt
                """))

        @Argument(help: ArgumentHelp("Reports (.txt, .pdf, .docx, .html) or folders of them.", valueName: "report"))
        var reports: [String]
        @OptionGroup var output: OutputOptions
        @Flag(name: .long, help: "Only the checks that fail; exit status 2 when there is one.")
        var inconsistent = false

        /// The exit status of `audit --inconsistent` when it finds an inconsistency.
        static let inconsistencyFound: Int32 = 2

        func run() throws {
            // (Known once every report is read: the table names each check's department when there are several.)
            var departments = Set<String>()
            // A check's values to the precision it allows (at least two decimals, at most six): a figure stated in 元 is
            // 万元 to six decimals, and an average of 120 元 against 100 元 must not read 0.01 against 0.01.
            let toleranceColumn = 7   // the position of `tolerance` in the records below
            let toItsPrecision: @Sendable ([Cell]) -> DecimalText.Style = { row in
                guard case let .number(tolerance) = row[toleranceColumn], tolerance > 0 else { return .decimals(2) }
                return .decimalsUpTo(min(6, Int((-log10(2 * tolerance)).rounded(.up))))
            }
            func columns() -> [Column] { [
                Column("source", inTable: false), Column("department", inTable: departments.count > 1), Column("check"), Column("rule", inTable: false),
                Column("stated", style: .decimals(2), styleInRow: toItsPrecision), Column("recomputed", style: .decimals(2), styleInRow: toItsPrecision),
                Column("difference", style: .decimals(2), styleInRow: toItsPrecision),
                Column("tolerance", style: .decimals(3), inTable: false), Column("consistent"), Column("offset", style: .integer, inTable: false),
                Column("snippet"),
            ] }
            assert(columns()[toleranceColumn].field == "tolerance", "the audit's precision reads the tolerance column")
            // Inconsistent checks first (an auditor sees them at a glance), then report and text order: the
            // consistent ones, most of a long compilation's checks, wait in a spool on disk, not in memory.
            var failing: [[Cell]] = [], total = 0
            var passing = try RecordSpool()
            for path in try ReportSource.paths(reports) {
                var bodies = ReportBodies()
                defer { bodies.note(path: path) }
                try ReportExtractor.extractEach(text: try ReportSource.text(path: path), source: (path as NSString).lastPathComponent) { e in
                    bodies.append(e)
                    departments.insert(e.department)
                    for c in ReportAudit.audit(e) {
                        total += 1
                        let record: [Cell] = [.text(e.source), .text(e.department), .text(c.check), .text(c.rule), .number(c.stated), .number(c.recomputed),
                                              .number(c.difference), .number(c.tolerance), .text(c.consistent ? "yes" : "NO"), .number(Double(c.offset)), .text(c.snippet)]
                        if !c.consistent { failing.append(record) } else if !inconsistent { try passing.append(record) }
                    }
                }
            }
            // (A table is aligned over every row: the spool is read twice, for the widths and for the lines.)
            try output.emit(columns: columns(), preamble: ["\(total) checks, \(failing.count) inconsistent"], repeatable: true) { append in
                try append(failing)
                try passing.replay(append)
            }
            if inconsistent && !failing.isEmpty { throw ExitCode(Self.inconsistencyFound) }
        }
    }
}
