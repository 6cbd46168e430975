import Foundation
import Outturn
import Synchronization
import Testing
import _TestSupport
@testable import OutturnStore

/// Copying stores between kinds keeps everything: every vintage, import numbers, sources, as-of views.
@Suite struct StoreCopyTests {
    func restated() throws -> [IndicatorPanel] {
        var first = IndicatorPanel(departments: [Department(id: "edu", name: "省教育厅", attributes: ["region": "湖南省"]), Department(id: "fin", name: "tab\there")],
                                   indicators: [IndicatorCatalogue.standard(id: "budget_revenue")!, IndicatorCatalogue.standard(id: "execution_rate")!],
                                   years: 2021..<2024)
        first[department: "edu", indicator: "budget_revenue", year: 2022] = 100.125
        first[department: "fin", indicator: "execution_rate", year: 2023] = 0.1 + 0.2   // not a short decimal: must survive exactly
        var second = first
        second[department: "edu", indicator: "budget_revenue", year: 2022] = 97
        return [first, second]
    }

    @Test(arguments: StoreKind.available, StoreKind.available)
    func copyKeepsEveryVintage(from: StoreKind, to: StoreKind) throws {
        let source = try Stores.open(try from.newLocation())
        let panels = try restated()
        _ = try source.importPanel(panels[0], source: "2023 report\\with backslash", vintage: 2023, policy: .reject, contentHash: "abc")
        _ = try source.importPanel(panels[1], source: "2024 report", vintage: 2024, policy: .replace)
        let monthly = try MonthlyPanel(observations: [MonthlyObservation(unit: "edu", indicator: "budget_revenue", year: 2022, month: 12, value: 99),
                                                      MonthlyObservation(unit: "edu", indicator: "budget_revenue", year: 2022, month: 6, value: 40.5)],
                                       indicators: [IndicatorCatalogue.standard(id: "budget_revenue")!])
        _ = try source.importMonthly(monthly, source: "monthly.csv", vintage: 2024)
        let target = try Stores.open(try to.newLocation())
        #expect(try Stores.copy(from: source, to: target) == 5)
        #expect(try target.monthlyPanel() == source.monthlyPanel() && target.monthlyPanel().value(unitAt: 0, indicatorAt: 0, year: 2022, month: 6) == 40.5)
        #expect(try target.imports() == source.imports())
        #expect(try target.vintages() == [2023, 2024])
        #expect(try target.history(department: "edu", indicator: "budget_revenue", year: 2022) == source.history(department: "edu", indicator: "budget_revenue", year: 2022))
        for asOf in [nil, 2023] as [Int?] {
            let a = try source.panel(asOf: asOf), b = try target.panel(asOf: asOf)
            #expect(a.departments == b.departments && a.indicators == b.indicators && a.years == b.years)
            for i in a.indicators.indices {
                #expect(a.block(indicatorAt: i).elementsEqual(b.block(indicatorAt: i)) { $0 == $1 || ($0.isNaN && $1.isNaN) })
            }
        }
        #expect(try target.panel()[department: "fin", indicator: "execution_rate", year: 2023] == 0.1 + 0.2)
        // A target that holds data already is refused and left as it was.
        #expect(throws: DataError.self) { try Stores.copy(from: source, to: target) }
        #expect(try target.observationCount() == 5)
        // The next import continues the numbering.
        var more = panels[1]
        more[department: "fin", indicator: "budget_revenue", year: 2021] = 1
        #expect(try target.importPanel(more, source: "2025", vintage: 2025).importID == 4)
    }
}

/// What only a database server can get wrong: connections, roles, other databases, concurrent imports, a server
/// that goes away.
@Suite(.enabled(if: PostgresServer.url != nil, "needs a PostgreSQL server (none could be started: \(PostgresServer.unavailable))"))
struct PostgresStoreTests {
    func small() -> IndicatorPanel {
        var p = IndicatorPanel(departments: [Department(id: "edu")], indicators: [IndicatorCatalogue.standard(id: "budget_revenue")!], years: 2023..<2024)
        p[department: "edu", indicator: "budget_revenue", year: 2023] = 1
        return p
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    @Test func badURLsAndCredentialsAreOneLineErrorsWithoutThePassword() throws {
        let url = try PostgresServer.newDatabase()
        let wrong = url.replacingOccurrences(of: ":outturn-test@", with: ":not-the-password@")
        let m1 = message { _ = try PostgresStore(url: wrong) }
        #expect(m1.contains("password authentication failed") && m1.contains("check the user and password") && !m1.contains("not-the-password"), "\(m1)")
        let missing = PostgresServer.url(database: "no_such_database")!
        let m2 = message { _ = try PostgresStore(url: missing) }
        #expect(m2.contains("database \"no_such_database\" does not exist") && m2.contains("createdb"), "\(m2)")
        let typo = url.replacingOccurrences(of: "@127.0.0.1:", with: "@127.0.0.1:5x")
        let m3 = message { _ = try PostgresStore(url: typo) }
        #expect(m3.contains("the form is postgresql://user@host:port/database"), "\(m3)")
        let m4 = message { _ = try PostgresStore(url: "postgresql://outturn@127.0.0.1:1/x") }
        #expect(m4.contains("Connection refused") && m4.contains("is the server running"), "\(m4)")
        for m in [m1, m2, m3, m4] { #expect(!m.contains("\n") && !m.contains("outturn-test")) }
        #expect(PostgresStore.redacted("postgresql://u:p%40ss@h:5/d?sslmode=require") == "postgresql://u@h:5/d?sslmode=require")
        #expect(PostgresStore.redacted("postgresql://u@h/d?password=s3cret&sslmode=require") == "postgresql://u@h/d?sslmode=require")
        #expect(PostgresStore.redacted("postgres://h/d?Password=x") == "postgres://h/d")
    }

    @Test func aDatabaseThatIsNotAStoreIsNeverTouched() throws {
        let url = try PostgresServer.newDatabase()
        let name = String(url.split(separator: "/").last!)
        try PostgresServer.sql("CREATE TABLE payroll (name text); INSERT INTO payroll VALUES ('x')", database: name)
        let m = message { _ = try PostgresStore(url: url) }
        #expect(m.contains("holds 1 other table and no Outturn store; it was left untouched"), "\(m)")
        #expect(try PostgresServer.sql("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'", database: name) == "payroll")
        // An empty database is not a store for reading ...
        let empty = try PostgresServer.newDatabase()
        let m2 = message { _ = try PostgresStore(url: empty, access: .read) }
        #expect(m2.contains("no Outturn store in the database"), "\(m2)")
        // ... and a schema of its own beside other tables works (search_path in the URL).
        try PostgresServer.sql("CREATE SCHEMA outturn", database: name)
        let inSchema = try PostgresStore(url: url + "?options=-csearch_path%3Doutturn")
        #expect(try inSchema.importPanel(small(), source: "a", vintage: 2023).added == 1)
        #expect(try PostgresServer.sql("SELECT count(*) FROM outturn.observations", database: name) == "1")
    }

    @Test func aReadOnlyUserReadsAndIsRefusedImports() throws {
        let url = try PostgresServer.newDatabase()
        let name = String(url.split(separator: "/").last!)
        _ = try PostgresStore(url: url).importPanel(small(), source: "a", vintage: 2023)
        let role = "reader_\(name.suffix(8))"
        try PostgresServer.sql("CREATE ROLE \(role) LOGIN PASSWORD 'r'; GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)", database: name)
        let reader = try PostgresStore(url: PostgresServer.url(database: name, user: role, password: "r")!, access: .read)
        #expect(try reader.panel()[department: "edu", indicator: "budget_revenue", year: 2023] == 1)
        var other = small()
        other[department: "edu", indicator: "budget_revenue", year: 2023] = nil
        other = IndicatorPanel(departments: [Department(id: "fin")], indicators: other.indicators, years: 2023..<2024, blocks: [[5]])
        let m = message { _ = try reader.importPanel(other, source: "b", vintage: 2023) }
        #expect(m.contains("the database user \"\(role)\" may only read the store") && m.contains("nothing was imported"), "\(m)")
        #expect(try reader.observationCount() == 1)
    }

    /// An import that cannot get the lock in time fails naming the import that holds it; nothing is written.
    /// The same lock held in another database of the server (another team's store) is not named.
    @Test func aBlockedImportNamesTheOtherImport() throws {
        let url = try PostgresServer.newDatabase()
        _ = try PostgresStore(url: url)
        let elsewhere = try PostgresConnection(url: try PostgresServer.newDatabase())
        try elsewhere.execute("BEGIN; SET LOCAL application_name = 'outturn import elsewhere.csv'")
        try elsewhere.execute("SELECT pg_advisory_xact_lock(\(PostgresStore.importLock.0), \(PostgresStore.importLock.1))")
        defer { _ = try? elsewhere.execute("ROLLBACK") }
        let holder = try PostgresConnection(url: url)
        try holder.execute("BEGIN; SET LOCAL application_name = 'outturn import 2024 budget.xlsx'")
        try holder.execute("SELECT pg_advisory_xact_lock(\(PostgresStore.importLock.0), \(PostgresStore.importLock.1))")
        let store = try PostgresStore(url: url, lockWait: 1)
        let m = message { _ = try store.importPanel(small(), source: "a", vintage: 2023) }
        #expect(m.contains("another import has held the store") && m.contains("outturn import 2024 budget.xlsx") && m.contains("nothing was imported"), "\(m)")
        #expect(!m.contains("elsewhere.csv"), "\(m)")
        try holder.execute("ROLLBACK")
        #expect(try store.importPanel(small(), source: "a", vintage: 2023).added == 1)   // and then it goes through
    }

    /// The server ends the importing session in the middle of its COPY (as when the server restarts): the import
    /// fails with a sentence, nothing of it is kept, and the store works again at once.
    @Test func aServerThatGoesAwayMidImportLeavesTheStoreAsBefore() throws {
        let url = try PostgresServer.newDatabase()
        let store = try PostgresStore(url: url)
        _ = try store.importPanel(small(), source: "a", vintage: 2023)
        let big = SyntheticPanel(departments: 3000, years: 2000..<2025, seed: 9).generate()
        let outcome = importInBackground(big, as: "big.csv", into: store)
        // Only this test's database: other suites import a big.csv into their own databases at the same time.
        let killed = try poll(url, until: "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'outturn import big.csv' AND datname = current_database()")
        let m = outcome()
        #expect(killed)
        #expect(m.contains("was lost during the import of big.csv") && m.contains("nothing was written"), "\(m)")
        #expect(try store.observationCount() == 1)   // reconnects, and only the first import is there
        #expect(try store.imports().count == 1)
        #expect(try store.importPanel(small(), source: "a", vintage: 2023).unchanged == 1)
    }
}

/// The server itself killed in the middle of an import (its postmaster and every backend, SIGKILL, as in a
/// crash or a power cut): the import fails with a sentence, and after the server's restart and crash recovery
/// the store holds exactly what it held before.
@Suite(.enabled(if: PostgresServer.url != nil, "needs a PostgreSQL server (none could be started: \(PostgresServer.unavailable))"))
struct PostgresCrashTests {
    @Test func aKilledServerLosesNoCommittedImportAndKeepsNoneOfTheInterrupted() throws {
        let (folder, url) = try PostgresServer.privateCluster()
        defer { _ = try? PostgresServer.clusterScript(["stop", folder]) }
        let store = try PostgresStore(url: url)
        var small = IndicatorPanel(departments: [Department(id: "edu")], indicators: [IndicatorCatalogue.standard(id: "budget_revenue")!], years: 2023..<2024)
        small[department: "edu", indicator: "budget_revenue", year: 2023] = 1
        _ = try store.importPanel(small, source: "a", vintage: 2023)
        let big = SyntheticPanel(departments: 3000, years: 2000..<2025, seed: 11).generate()
        let outcome = importInBackground(big, as: "big.csv", into: store)
        let busy = try poll(url, until: "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'outturn import big.csv' AND state = 'active'")
        let pidText = try String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8).split(separator: "\n").first ?? ""
        let postmaster = pid_t(pidText) ?? 0
        #expect(busy && postmaster > 0)
        // Every backend first (a backend outliving its postmaster could still commit), then the postmaster.
        let children = Process()
        children.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        children.arguments = ["-KILL", "-P", String(postmaster)]
        try children.run()
        children.waitUntilExit()
        kill(postmaster, SIGKILL)
        let m = outcome()
        #expect(m.contains("was lost during the import of big.csv") || m.contains("cannot connect"), "\(m)")
        try PostgresServer.clusterScript(["restart", folder])
        let after = try PostgresStore(url: url, access: .read)
        #expect(try after.observationCount() == 1)
        #expect(try after.imports().map(\.source) == ["a"])
    }
}

/// Imports `panel` under the source name `source` on a thread of its own; the function returned waits for it
/// and gives "imported" or the error's text.
func importInBackground(_ panel: IndicatorPanel, as source: String, into store: PostgresStore) -> () -> String {
    let outcome = Mutex<String?>(nil)
    let done = DispatchSemaphore(value: 0)
    Thread {
        let m: String
        do { _ = try store.importPanel(panel, source: source, vintage: 2024); m = "imported" } catch { m = "\(error)" }
        outcome.withLock { $0 = m }
        done.signal()
    }.start()
    return {
        done.wait()
        return outcome.withLock { $0 } ?? ""
    }
}

/// Runs `query` on the server every 2 ms until it answers something other than 0 (true), for 6 s at most (false).
func poll(_ url: String, until query: String) throws -> Bool {
    let c = try PostgresConnection(url: url)
    for _ in 0..<3000 {
        if try c.scalar(query) != "0" { return true }
        usleep(2000)
    }
    return false
}

/// libpq is loaded when a PostgreSQL store is first opened, not linked: where it is missing, or lacks a function the
/// store calls, opening such a store says so and what to install; nothing else needs it.
@Suite struct LibPQLoadingTests {
    @Test func aMissingLibraryIsAnErrorSayingWhatToInstall() {
        guard case let .failure(failure) = LibPQ.load(from: ["libpq-that-is-not-installed.so.5"]) else {
            Issue.record("a library that does not exist was loaded")
            return
        }
        #expect(failure.message.contains("libpq is not installed") && failure.message.contains("libpq5"), "\(failure.message)")
    }

    @Test func aLibraryWithoutLibpqsFunctionsIsRefused() {
        guard case let .failure(failure) = LibPQ.load(from: ["libc.so.6"]) else {
            Issue.record("the C library was taken for libpq")
            return
        }
        #expect(failure.message == "the installed libpq has no PQconnectdbParams; install libpq 9.0 or later")
    }

    @Test(.enabled(if: PostgresServer.url != nil, "needs a PostgreSQL server, which comes with libpq"))
    func theInstalledLibraryLoads() throws {
        _ = try LibPQ.load(from: LibPQ.libraryNames).get()
    }
}
