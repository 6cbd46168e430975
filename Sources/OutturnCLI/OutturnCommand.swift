import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnOutput

/// The root `outturn` command.
public struct OutturnCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "outturn",
        abstract: "Multi-year indicator analytics for public-sector departments: budgets, outturns, execution rates.",
        discussion: paragraphs("""
            Reads panels of indicator values by department and year (long or wide CSV, JSON) and summarises,
            converts and generates them. Data goes to standard output, diagnostics to standard error.
            Exit status: 0 success, 1 data or run error, 2 when audit --inconsistent finds an inconsistency,
            64 usage error.

            Example:
              outturn describe --data Datasets/us-federal-rd/rd-budget.csv
            """),
        version: version,
        subcommands: [Describe.self, Forecast.self, Backtest.self, Trend.self, Variance.self, PEFA.self, Regress.self, Rank.self, Score.self, Report.self, Extract.self, Audit.self, Progress.self, Import.self, History.self, Store.self, Export.self, Generate.self, Manual.self])

    public init() {}

    /// Runs the command line: parses `arguments`, runs the command, prints a one-line error on failure, and
    /// returns the exit status (0, 1 for a data or run error, 64 for a usage error).
    public static func run(arguments: [String]) -> Int32 {
        Interruption.removeTemporaryFilesOnSignals()
        if let typo = unknownCommand(in: arguments) {
            Diagnostics.write("outturn: error: unknown command '\(typo.given)'\(typo.suggestion.map { "; did you mean '\($0)'?" } ?? "") (see outturn --help)")
            return 64
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as DataError {
            Diagnostics.write("outturn: error: " + error.description)
            return 1
        } catch let error as LinearAlgebraError {
            Diagnostics.write("outturn: error: " + error.description)
            return 1
        } catch let exit as ExitCode where exit.rawValue == Audit.inconsistencyFound {
            return exit.rawValue   // audit --inconsistent found an inconsistency: the records are out, no message
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version print to standard output.
                print(fullMessage(for: error))
                return 0
            }
            let message = fullMessage(for: error)
            let isUsage = code == .validationFailure || error is ValidationError
            if !message.isEmpty { Diagnostics.write(message) }   // an ExitCode thrown after its message was written
            return isUsage ? 64 : 1
        }
    }

    /// The first argument when it should name a command and names none, with the closest command name.
    static func unknownCommand(in arguments: [String]) -> (given: String, suggestion: String?)? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName ?? String(describing: $0).lowercased() } + ["help"]
        if names.contains(first) { return nil }
        return (first, ClosestNames.closest(to: first, in: names, limit: 1).first)
    }
}
