import ArgumentParser
import Foundation
import OutturnOutput

extension OutturnCommand {
    /// The man page, written by the tool itself from the same help text as `--help`. (swift-argument-parser's
    /// generate-manual plugin drops every character outside ASCII, and with it the Chinese of the help texts:
    /// 优/良/中/差, 湖南省财政厅, the scheme items.) UTF-8 roff; man-db renders it through preconv.
    struct Manual: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write outturn's man page (roff, UTF-8) with every command's help.",
            discussion: paragraphs("""
                Example:
                  outturn manual --output outturn.1 && sudo cp outturn.1 /usr/local/share/man/man1/ && man outturn
                """),
            shouldDisplay: false)

        @Option(name: .long, help: ArgumentHelp("Write the page to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let sink = try output.map { try ByteSink(path: $0) } ?? ByteSink.standardOutput()
            try sink.write(Self.page())
            try sink.finish()
        }

        /// The whole page: name, synopsis, the root help, then a section per command with its full help.
        static func page() -> String {
            var lines = [
                ".TH OUTTURN 1 \"\" \"outturn \(OutturnCommand.version)\" \"User Commands\"",
                ".SH NAME",
                "outturn \\- \(roff(OutturnCommand.configuration.abstract))",
                ".SH SYNOPSIS",
                ".B outturn",
                ".I command",
                "[options]",
                ".SH DESCRIPTION",
            ]
            lines += block(OutturnCommand.helpMessage(columns: 100))
            for command in OutturnCommand.configuration.subcommands where command.configuration.shouldDisplay {
                let name = command.configuration.commandName ?? String(describing: command).lowercased()
                lines.append(".SH \"OUTTURN \(name.uppercased())\"")
                lines += block(OutturnCommand.helpMessage(for: command, columns: 100))
            }
            return lines.joined(separator: "\n") + "\n"
        }

        /// Text as a no-fill block: laid out as --help lays it out.
        static func block(_ text: String) -> [String] {
            [".nf"] + text.split(separator: "\n", omittingEmptySubsequences: false).map { roff(String($0)) } + [".fi"]
        }

        /// Escapes text for roff: backslashes, and a leading dot or quote that would read as a request.
        static func roff(_ text: String) -> String {
            var s = text.replacingOccurrences(of: "\\", with: "\\e")
            if s.hasPrefix(".") || s.hasPrefix("'") { s = "\\&" + s }
            return s
        }
    }
}
