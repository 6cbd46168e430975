import Foundation
import Outturn
import Testing
import _TestSupport

/// The commands a team runs on a shared store, run as processes (as analysts on several machines would), on a
/// SQLite file and on a PostgreSQL database alike: imports of CSV and report files, history, analyses with
/// --as-of, `store list`, `store copy` both ways, and `$OUTTURN_STORE` holding a URL.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: ProcessTests.binary), "needs .build/debug/outturn"))
struct SharedStoreTests {
    static var kinds: [String] { PostgresServer.url == nil ? ["sqlite"] : ["sqlite", "postgresql"] }

    func newStore(_ kind: String) throws -> String {
        kind == "sqlite" ? try TestSupport.temporaryPath("team.sqlite") : try PostgresServer.newDatabase()
    }

    func outturn(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try ProcessTests.outturn(arguments, environment: environment)
    }

    @Test(arguments: kinds) func theSameCommandsOnEitherKindOfStore(kind: String) throws {
        let store = try newStore(kind)
        let panel = TestSupport.path("Datasets/synthetic-provincial/panel.csv")
        let report = TestSupport.path("Tests/OutturnReportsTests/Fixtures/reports-dev/juesuan-daying-2022.txt")
        let first = try outturn(["import", panel, report, "--store", store, "--format", "csv", "--quiet"])
        #expect(first.status == 0, "\(first.err)")
        #expect(!first.err.contains(":outturn-test@"))   // the password never appears
        // The same files again: nothing recorded.
        let again = try outturn(["import", panel, "--store", store, "--format", "csv", "--quiet"])
        #expect(again.out.hasSuffix(",,0,0,9940\n"), "\(again.out)")
        // A restatement of one figure, recorded as a new vintage.
        let restated = try TestSupport.temporaryFile("restated.csv", "department,indicator,year,value\nhun-finance,budget_revenue,2023,1234.5\n")
        let r = try outturn(["import", restated, "--store", store, "--vintage", "2025", "--on-conflict", "replace", "--format", "csv", "--quiet"])
        #expect(r.status == 0 && r.out.hasSuffix(",3,0,1,0\n"), "\(r.out) \(r.err)")
        let history = try outturn(["history", "--store", store, "--department", "hun-finance", "--indicator", "budget_revenue", "--year", "2023", "--format", "csv"])
        let versions = history.out.split(separator: "\n").dropFirst()
        #expect(versions.count == 2 && versions.last!.contains(",1234.5,") && versions.last!.contains(",yes,restated.csv,3,"), "\(history.out)")
        // Analyses read the store, as of a vintage too; $OUTTURN_STORE may hold the URL.
        let now = try outturn(["describe", "--indicator", "budget_revenue", "--format", "csv"], environment: ["OUTTURN_STORE": store])
        #expect(now.status == 0 && now.out.contains("budget_revenue,"), "\(now.err)")
        let trend = try outturn(["trend", "--store", store, "--indicator", "budget_revenue", "--department", "hun-finance", "--as-of", "2024", "--format", "csv"])
        #expect(trend.status == 0 && trend.out.contains("hun-finance"), "\(trend.err)")
        let list = try outturn(["store", "list", "--store", store, "--format", "csv"])
        let imports = list.out.split(separator: "\n")
        #expect(imports.first == "import_id,source,vintage,imported_at,figures,added,changed,unchanged,sha256")
        #expect(imports.count == 4 && imports[1].hasPrefix("1,panel.csv,2024,") && imports[3].hasPrefix("3,restated.csv,2025,"), "\(list.out)")
        #expect(list.err.contains("figure versions") && !list.err.contains(":outturn-test@"))
        // Copies both ways keep every vintage: the copy's history equals the original's.
        let other = kind == "sqlite" ? (PostgresServer.url == nil ? try TestSupport.temporaryPath("copy.sqlite") : try PostgresServer.newDatabase())
                                     : try TestSupport.temporaryPath("copy.sqlite")
        let copied = try outturn(["store", "copy", "--from", store, "--to", other])
        #expect(copied.status == 0 && copied.err.contains("copied"), "\(copied.err)")
        let copyHistory = try outturn(["history", "--store", other, "--department", "hun-finance", "--indicator", "budget_revenue", "--year", "2023", "--format", "csv"])
        #expect(copyHistory.out == history.out)
        #expect(try outturn(["store", "list", "--store", other, "--format", "csv"]).out == list.out)
        // Copying over a store that holds data is refused and changes nothing.
        let refused = try outturn(["store", "copy", "--from", store, "--to", other])
        #expect(refused.status != 0 && (refused.err.contains("already holds") || refused.err.contains("not an empty store")), "\(refused.err)")
    }

    /// An import process killed (SIGKILL) during its COPY: the server rolls the transaction back; the store is
    /// as before and takes the same file afterwards.
    @Test(.enabled(if: PostgresServer.url != nil, "needs a PostgreSQL server"))
    func aKilledImportProcessLeavesNothing() throws {
        let store = try PostgresServer.newDatabase()
        let name = String(store.split(separator: "/").last!)
        let csv = try TestSupport.temporaryPath("big.csv")
        // (Large enough, 50 MB, that the COPY is still running when the test sees it and kills the process: with 300 departments
        // the import could commit between the two on a fast machine.)
        #expect(try outturn(["generate", "--departments", "1000", "--start", "2005", "--end", "2024", "--output", csv]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessTests.binary)
        process.arguments = ["import", csv, "--store", store, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = false
        for _ in 0..<3000 where process.isRunning && !seen {
            seen = (try? PostgresServer.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'outturn import big.csv' AND query ILIKE 'COPY%'", database: name)) == "1"
            if !seen { usleep(5000) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(seen)
        // The server notices the closed connection and rolls back; wait until the session is gone.
        for _ in 0..<200 where (try? PostgresServer.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'outturn import big.csv'", database: name)) != "0" {
            usleep(20_000)
        }
        #expect(try PostgresServer.sql("SELECT count(*) FROM observations", database: name) == "0")
        #expect(try PostgresServer.sql("SELECT count(*) FROM imports", database: name) == "0")
        let redo = try outturn(["import", csv, "--store", store, "--quiet", "--format", "csv"])
        #expect(redo.status == 0, "\(redo.err)")
    }
}

extension ProcessTests {
    /// Runs the built `outturn` with `arguments` (and extra environment); returns its status, output and errors.
    static func outturn(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try TestSupport.run(ProcessTests.binary, arguments, environment: environment)
    }
}
