import Foundation
import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a panel (or a selection of it) as long or wide CSV, or as JSON records.",
            discussion: paragraphs("""
                The format follows the extension of --output: .json writes an array of observation records, anything
                else CSV (long by default, one row per value; --wide for one row per department and indicator with a
                column per year). The file appears only when complete.

                Example:
                  outturn export --data Datasets/us-federal-rd/rd-budget.csv --output rd-wide.csv --wide
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions

        @Option(name: .long, help: ArgumentHelp("Output file: .csv, .json or .xlsx (an Excel workbook); - for long CSV on standard output.", valueName: "file"))
        var output: String

        @Flag(name: .long, help: "Write wide CSV: department,indicator,<year>,<year>,...")
        var wide = false

        func validate() throws {
            try refuseUnwritable(output)
            if wide && SourceKind.kind(ofExtension: output) == .json { throw ValidationError("--wide applies to CSV and workbook output, not JSON") }
            let ext = (output as NSString).pathExtension.lowercased()
            if output != "-" && !output.hasPrefix("/dev/") && !["csv", "json", "xlsx", "tsv", "txt", ""].contains(ext) {
                throw ValidationError("cannot export to .\(ext) files: give --output FILE.csv, FILE.json or FILE.xlsx")
            }
        }

        func run() throws {
            let panel = try selection.apply(to: try input.loadPanel(years: selection.years))
            try PanelFile.write(panel, toPath: output, layout: wide ? .wide : .long)
        }
    }
}
