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
                total = sub-scores), shares against part / the parent named after 占, changes as amounts and as
                percents against the base year the text names, completion and execution rates against actual /
                budget, full marks minus deduction, execution score = weight x rate, and figures stated twice.
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
            var r = RecordTable(columns: [
                Column("source", inTable: false), Column("check"), Column("rule", inTable: false), Column("stated", style: .decimals(2)), Column("recomputed", style: .decimals(2)),
                Column("difference", style: .decimals(2)), Column("tolerance", style: .decimals(3), inTable: false), Column("consistent"),
                Column("offset", style: .integer, inTable: false), Column("snippet"),
            ])
            var all: [(source: String, order: Int, check: AuditCheck)] = []
            for (k, path) in try ReportSource.paths(reports).enumerated() {
                let e = ReportExtractor.extract(text: try ReportSource.text(path: path), source: (path as NSString).lastPathComponent)
                all += ReportAudit.audit(e).map { (e.source, k, $0) }
            }
            // Inconsistent checks first (an auditor sees them at a glance), then report and text order.
            all.sort { ($0.check.consistent ? 1 : 0, $0.order, $0.check.offset) < ($1.check.consistent ? 1 : 0, $1.order, $1.check.offset) }
            for (source, _, c) in all where !inconsistent || !c.consistent {
                r.append([.text(source), .text(c.check), .text(c.rule), .number(c.stated), .number(c.recomputed), .number(c.difference), .number(c.tolerance),
                          .text(c.consistent ? "yes" : "NO"), .number(Double(c.offset)), .text(c.snippet)])
            }
            let failures = all.filter { !$0.check.consistent }.count, total = all.count
            r.preamble = ["\(total) checks, \(failures) inconsistent"]
            try output.emit(r)
            if inconsistent && failures > 0 { throw ExitCode(Self.inconsistencyFound) }
        }
    }
}
