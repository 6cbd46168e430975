import Foundation
import Outturn
import Testing
import _TestSupport
@testable import OutturnCLI

/// Every command's table, CSV and JSON output on the bundled datasets against golden files
/// (Tests/OutturnCLITests/Golden). Tables must match to the character; CSV and JSON must parse, carry the same
/// fields, and agree with the golden numbers to 1e-9 relative (the last bits of a float may differ between
/// machines). Regenerate after an intended change with OUTTURN_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests.
/// A command run compared with one golden file.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    let format: String
    var testDescription: String { "\(name).\(format)" }
}

@Suite(.serialized) struct GoldenOutputTests {
    static let rd = "Datasets/us-federal-rd/rd-budget.csv"
    static let synthetic = "Datasets/synthetic-provincial/panel.csv"
    static let report = "Datasets/hunan-npc-report/report-figures.csv"
    static let reports = "Tests/OutturnReportsTests/Fixtures/reports"

    /// (golden name, arguments with paths relative to the package root).
    static let commands: [(String, [String])] = [
        ("describe-rd", ["describe", "--data", rd]),
        ("describe-departments", ["describe", "--data", synthetic, "--departments", "--group", "region=湖北省"]),
        ("trend-rd", ["trend", "--data", rd, "--years", "2008-2017"]),
        ("variance-plan-actual", ["variance", "--data", synthetic, "--plan", "appropriation_budget", "--actual", "appropriation_final", "--department", "hun-f*", "--years", "2022-2024"]),
        ("variance-decompose", ["variance", "--data", synthetic, "--decompose", "--indicator", "execution_rate", "--indicator", "staff_in_service"]),
        ("pefa", ["pefa", "--data", synthetic, "--budget", "appropriation_budget", "--outturn", "appropriation_final"]),
        ("regress", ["regress", "--data", synthetic, "--response", "appropriation_budget", "--lag", "appropriation_budget:1", "--regressors", "staff_in_service", "--fixed-effects"]),
        ("rank", ["rank", "--data", synthetic, "--indicator", "execution_rate", "--peer-group", "group"]),
        ("score", ["score", "--data", report, "--scheme", "standard"]),
        ("forecast-drift", ["forecast", "--data", rd, "--model", "drift", "--horizon", "2", "--quiet"]),
        ("backtest", ["backtest", "--data", rd, "--years", "2000-2017", "--model", "naive", "--model", "drift"]),
        ("extract", ["extract", reports]),
        ("audit", ["audit", reports]),
    ]

    func run(_ arguments: [String], format: String) throws -> String {
        let out = try TestSupport.temporaryPath("out.\(format)")
        let resolved = arguments.enumerated().map { k, a in
            k > 0 && (a.hasPrefix("Datasets/") || a.hasPrefix("Tests/")) ? TestSupport.path(a) : a
        }
        let status = OutturnCommand.run(arguments: resolved + ["--format", format, "--output", out])
        #expect(status == 0, "\(arguments.joined(separator: " ")) exited \(status)")
        // Paths are shown as given; show them relative to the package, wherever it is checked out.
        return try String(contentsOfFile: out, encoding: .utf8).replacingOccurrences(of: TestSupport.packageRoot.path + "/", with: "")
    }

    /// One case per golden file: every command in table, CSV and JSON.
    static let cases: [GoldenCase] = commands.flatMap { name, arguments in
        ["table", "csv", "json"].map { GoldenCase(name: name, arguments: arguments, format: $0) }
    }

    /// With OUTTURN_UPDATE_GOLDEN=1 the golden file is rewritten and the case fails, so that an update is
    /// looked at (git diff) and never passes silently.
    @Test(arguments: cases)
    func output(_ golden: GoldenCase) throws {
        OpenBLASThreads.set(1)
        let text = try run(golden.arguments, format: golden.format)
        let path = TestSupport.path("Tests/OutturnCLITests/Golden/\(golden.name).\(golden.format == "table" ? "txt" : golden.format)")
        if ProcessInfo.processInfo.environment["OUTTURN_UPDATE_GOLDEN"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("updated \(path): review the change, then run the tests without OUTTURN_UPDATE_GOLDEN")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        switch golden.format {
        case "table": #expect(text == expected, "\(golden.name) table differs from \(path)")
        case "csv": try compareCSV(text, expected, golden.name)
        default: try compareJSON(text, expected, golden.name)
        }
    }

    func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = Double(a), let y = Double(b) else { return false }
        return TestSupport.close(x, y, relative: 1e-9, absolute: 1e-12)
    }

    func compareCSV(_ text: String, _ expected: String, _ name: String) throws {
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false), golden = expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == golden.count, "\(name) csv rows")
        #expect(rows.first == golden.first, "\(name) csv header")
        #expect(rows.count == golden.count, "\(name) csv rows")
        for (r, g) in zip(rows.dropFirst(), golden.dropFirst()) where r != g {
            let a = r.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let b = g.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }, "\(name) csv row: \(r) vs \(g)")
        }
    }

    func compareJSON(_ text: String, _ expected: String, _ name: String) throws {
        let a = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        let b = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as! [[String: Any]]
        #expect(a.count == b.count, "\(name) json records")
        for (x, y) in zip(a, b) {
            #expect(Set(x.keys) == Set(y.keys), "\(name) json keys")
            for (key, v) in x {
                switch (v, y[key]) {
                case let (p as NSNumber, q as NSNumber): #expect(TestSupport.close(p.doubleValue, q.doubleValue, relative: 1e-9, absolute: 1e-12), "\(name).\(key)")
                case let (p as String, q as String): #expect(p == q, "\(name).\(key)")
                case (is NSNull, is NSNull): break
                default: Issue.record("\(name).\(key): \(v) vs \(String(describing: y[key]))")
                }
            }
        }
    }
}
