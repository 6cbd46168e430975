import Foundation
import GRDB
import Outturn
import OutturnIO
import Synchronization
import Testing
import _TestSupport
@testable import OutturnStore

/// The kinds of store every shared test case runs on: SQLite always, PostgreSQL when a server can be started
/// (see `PostgresServer`; the PostgreSQL-only tests say so when skipped).
enum StoreKind: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgresql

    static var available: [StoreKind] { PostgresServer.url == nil ? [.sqlite] : [.sqlite, .postgresql] }

    /// Where a new, empty store of this kind can be opened: a fresh file path or a fresh database's URL.
    func newLocation() throws -> String {
        self == .sqlite ? try TestSupport.temporaryPath("store.sqlite") : try PostgresServer.newDatabase()
    }

    var testDescription: String { rawValue }
}

@Suite struct PanelStoreTests {
    func storePath() throws -> String { try TestSupport.temporaryPath("store.sqlite") }

    func small(_ value: Double = 100) -> IndicatorPanel {
        var p = IndicatorPanel(departments: [Department(id: "edu", name: "省教育厅", attributes: ["region": "湖南省"]), Department(id: "fin")],
                               indicators: [IndicatorCatalogue.standard(id: "budget_revenue")!], years: 2022..<2024)
        p[department: "edu", indicator: "budget_revenue", year: 2022] = value
        p[department: "edu", indicator: "budget_revenue", year: 2023] = 110
        p[department: "fin", indicator: "budget_revenue", year: 2023] = 50
        return p
    }

    @Test(arguments: StoreKind.available) func importRoundTripAndIdempotence(kind: StoreKind) throws {
        let store = try Stores.open(try kind.newLocation())
        let first = try store.importPanel(small(), source: "a.csv", vintage: 2023)
        #expect(first == ImportSummary(importID: 1, added: 3, changed: 0, unchanged: 0))
        let again = try store.importPanel(small(), source: "a.csv", vintage: 2023)
        #expect(again == ImportSummary(importID: nil, added: 0, changed: 0, unchanged: 3))   // nothing changes
        #expect(try store.observationCount() == 3)
        let back = try store.panel()
        #expect(back.departments == small().departments)
        #expect(back[department: "edu", indicator: "budget_revenue", year: 2022] == 100)
        #expect(back[department: "fin", indicator: "budget_revenue", year: 2022] == nil)
        #expect(back.departments[0].attributes == ["region": "湖南省"] && back.indicators == small().indicators)
        #expect(try store.imports().map(\.source) == ["a.csv"] && store.imports()[0].added == 3 && store.imports()[0].vintage == 2023)
        if let sqlite = store as? PanelStore { #expect(try sqlite.integrityCheck() == "ok") }
    }

    @Test(arguments: StoreKind.available) func conflictsAreRejectedOrRecordedAsVintages(kind: StoreKind) throws {
        let store = try Stores.open(try kind.newLocation())
        _ = try store.importPanel(small(100), source: "2023 report", vintage: 2023)
        // reject: nothing at all is imported, the key is named.
        do {
            _ = try store.importPanel(small(95), source: "2024 report", vintage: 2024)
            Issue.record("expected a conflict")
        } catch let e as DataError {
            #expect(e.reason.contains("edu budget_revenue 2022: stored 100, new 95"))
        }
        #expect(try store.observationCount() == 3)
        // keep: recorded, old stays current.
        #expect(try store.importPanel(small(95), source: "2024 report", vintage: 2024, policy: .keep).changed == 1)
        #expect(try store.panel()[department: "edu", indicator: "budget_revenue", year: 2022] == 100)
        // replace: a newer restatement becomes current; as-of still sees what was known then.
        var p = small(97)
        p[department: "edu", indicator: "budget_revenue", year: 2023] = 110
        #expect(try store.importPanel(p, source: "2025 report", vintage: 2025, policy: .replace).changed == 1)
        #expect(try store.panel()[department: "edu", indicator: "budget_revenue", year: 2022] == 97)
        #expect(try store.panel(asOf: 2023)[department: "edu", indicator: "budget_revenue", year: 2022] == 100)
        #expect(try store.panel(asOf: 2024)[department: "edu", indicator: "budget_revenue", year: 2022] == 95)
        #expect(try store.vintages() == [2023, 2024, 2025])
        let h = try store.history(department: "edu", indicator: "budget_revenue", year: 2022)
        #expect(h.map(\.value) == [100, 95, 97] && h.map(\.current) == [false, false, true] && h.map(\.source) == ["2023 report", "2024 report", "2025 report"])
        // Units must agree.
        let yuan = IndicatorPanel(departments: [Department(id: "edu")], indicators: [Indicator(id: "budget_revenue", unit: "元")], years: 2024..<2025, blocks: [[1]])
        #expect(throws: DataError.self) { try store.importPanel(yuan, source: "x", vintage: 2024) }
        #expect(throws: DataError.self) { try store.panel(indicators: ["budget_revenu"]) }
    }

    func monthly(june: Double = 45) throws -> MonthlyPanel {
        try MonthlyPanel(observations: [
            MonthlyObservation(unit: "edu", indicator: "spent", year: 2023, month: 6, value: 40),
            MonthlyObservation(unit: "edu", indicator: "spent", year: 2023, month: 12, value: 100),
            MonthlyObservation(unit: "edu", indicator: "spent", year: 2024, month: 3, value: 20),
            MonthlyObservation(unit: "edu", indicator: "spent", year: 2024, month: 6, value: june),
            MonthlyObservation(unit: "road", indicator: "spent", year: 2024, month: 6, value: 7.25),
        ], units: [Department(id: "edu", name: "省教育厅"), Department(id: "road", name: "公路项目", attributes: ["department": "edu"])],
           indicators: [Indicator(id: "spent", name: "支出累计", unit: "万元")])
    }

    /// Monthly figures share the store with annual ones, the month in the key: the same import rules, versions,
    /// as-of views and conflict messages (naming the month); an annual figure and the month-12 figure of the
    /// same cell are two figures, neither replacing the other.
    @Test(arguments: StoreKind.available) func monthlyFiguresAreStoredBesideAnnualOnes(kind: StoreKind) throws {
        let store = try Stores.open(try kind.newLocation())
        var annual = IndicatorPanel(departments: [Department(id: "edu")], indicators: [Indicator(id: "spent", unit: "万元")], years: 2023..<2024)
        annual[department: "edu", indicator: "spent", year: 2023] = 98
        _ = try store.importPanel(annual, source: "final.csv", vintage: 2023)
        #expect(try store.importMonthly(try monthly(), source: "m.csv", vintage: 2024) == ImportSummary(importID: 2, added: 5, changed: 0, unchanged: 0))
        #expect(try store.importMonthly(try monthly(), source: "m.csv", vintage: 2024) == ImportSummary(importID: nil, added: 0, changed: 0, unchanged: 5))
        #expect(try store.observationCount() == 6)
        #expect(try store.monthlyPanel() == monthly())   // units with their attributes, names, every figure
        #expect(try store.panel()[department: "edu", indicator: "spent", year: 2023] == 98)
        #expect(try store.panel().departments.map(\.id) == ["edu"])   // the annual panel holds annual figures only
        do {
            _ = try store.importMonthly(try monthly(june: 46), source: "m2.csv", vintage: 2025)
            Issue.record("expected a conflict")
        } catch let e as DataError {
            #expect(e.reason.contains("edu spent 2024-06: stored 45, new 46"), "\(e.reason)")
        }
        #expect(try store.importMonthly(try monthly(june: 46), source: "m2.csv", vintage: 2025, policy: .replace).changed == 1)
        #expect(try store.monthlyPanel().value(unitAt: 0, indicatorAt: 0, year: 2024, month: 6) == 46)
        #expect(try store.monthlyPanel(asOf: 2024).value(unitAt: 0, indicatorAt: 0, year: 2024, month: 6) == 45)
        #expect(try store.history(department: "edu", indicator: "spent", year: 2023).map(\.value) == [98])
        let june = try store.history(department: "edu", indicator: "spent", year: 2024, month: 6)
        #expect(june.map(\.value) == [45, 46] && june.map(\.current) == [false, true] && june.map(\.source) == ["m.csv", "m2.csv"] && june.allSatisfy { $0.month == 6 })
        let selected = try store.monthlyPanel(units: ["road"], indicators: nil, years: 2024..<2025, asOf: nil)
        #expect(selected.units.map(\.id) == ["road"] && selected.value(unitAt: 0, indicatorAt: 0, year: 2024, month: 6) == 7.25)
        #expect(throws: DataError.self) { try store.monthlyPanel(units: ["rod"], indicators: nil, years: nil, asOf: nil) }
    }

    @Test func corruptOrForeignFilesAreNeverOverwritten() throws {
        let text = try TestSupport.temporaryFile("notes.sqlite", "these are my notes, not a database\n")
        #expect(throws: DataError.self) { try PanelStore(path: text) }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "these are my notes, not a database\n")
        // A SQLite database of something else.
        let other = try storePath()
        let q = try DatabaseQueue(path: other)
        try q.write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        try q.close()
        #expect(throws: DataError.self) { try PanelStore(path: other) }
        let tables = try DatabaseQueue(path: other).read { db in (try db.tableExists("recipes"), try db.tableExists("observations")) }
        #expect(tables.0 && !tables.1)
    }

    @Test func olderSchemaIsMigratedInPlaceAfterABackup() throws {
        let path = try storePath()
        do {
            let q = try DatabaseQueue(path: path)
            try PanelStore.migrator.migrate(q, upTo: "v1")
            try q.write { db in
                try db.execute(sql: "INSERT INTO departments(id, name) VALUES ('edu', '省教育厅')")
                try db.execute(sql: "INSERT INTO indicators(id, name, unit, kind) VALUES ('budget_revenue', '部门预算总收入', '万元', 'amount')")
                try db.execute(sql: "INSERT INTO imports(source, imported_at, added, changed, unchanged) VALUES ('old', '2025-01-01', 1, 0, 0)")
                try db.execute(sql: "INSERT INTO observations VALUES (1, 1, 2024, 123.5, '万元', 'old', 2024, 1, '2025-01-01', 1)")
            }
            try q.close()
        }
        let store = try PanelStore(path: path)
        #expect(store.backupPath == path + ".backup-v1")
        #expect(try store.panel()[department: "edu", indicator: "budget_revenue", year: 2024] == 123.5)
        #expect(try store.history(department: "edu", indicator: "budget_revenue", year: 2024).count == 1)   // the v3 view
        #expect(try store.importMonthly(try monthly(), source: "m.csv", vintage: 2024).added == 5)   // v3: the month column
        #expect(try store.panel()[department: "edu", indicator: "budget_revenue", year: 2024] == 123.5)
        let backup = try DatabaseQueue(path: store.backupPath!).read { db in
            (try db.tableExists("observations"), try db.viewExists("observation_records"), try Int.fetchOne(db, sql: "SELECT count(*) FROM observations"))
        }
        #expect(backup.0 && !backup.1 && backup.2 == 1)
    }

    /// A reader during a write sees the state before the import or after it, never a mix.
    @Test(arguments: StoreKind.available) func readersSeeWholeImportsOnly(kind: StoreKind) async throws {
        let path = try kind.newLocation()
        let writer = try Stores.open(path)
        _ = try writer.importPanel(small(), source: "a", vintage: 2023)
        let big = SyntheticPanel(departments: 300, years: 2010..<2025, seed: 4).generate()
        let expectedAfter = 3 + big.indicators.indices.reduce(0) { $0 + big.observedCount(indicatorAt: $1) }
        let reader = try Stores.open(path)
        let importTask = Task.detached { try writer.importPanel(big, source: "big", vintage: 2024) }
        var seen = Set<Int>()
        for _ in 0..<200 {
            seen.insert(try reader.observationCount())
            if seen.contains(expectedAfter) { break }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        _ = try await importTask.value
        seen.insert(try reader.observationCount())
        #expect(seen.isSubset(of: [3, expectedAfter]), "\(seen)")
        #expect(seen.contains(expectedAfter))
    }

    /// A process killed with SIGKILL in the middle of an import leaves the store sound and exactly as before.
    @Test func killedImportLeavesTheStoreAsBefore() throws {
        let path = try storePath()
        let store = try PanelStore(path: path)
        _ = try store.importPanel(small(), source: "a", vintage: 2023)
        let before = try store.observationCount()
        let csv = try TestSupport.temporaryPath("big.csv")
        try PanelCSVWriter().write(SyntheticPanel(departments: 3000, years: 2010..<2025, seed: 5).generate(), toPath: csv)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: try TestSupport.outturnExecutable())
        child.arguments = ["import", csv, "--store", path]
        child.standardOutput = FileHandle.nullDevice
        let progress = Pipe()
        child.standardError = progress
        try child.run()
        // The child says "importing N values" just before its transaction; the inserts then take seconds.
        var said = Data()
        while child.isRunning, !(String(data: said, encoding: .utf8) ?? "").contains("importing") {
            said += progress.fileHandleForReading.availableData
        }
        usleep(300_000)
        let killedMidway = child.isRunning
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(killedMidway, "the import finished before it could be killed; make the file larger")
        #expect(child.terminationReason == .uncaughtSignal)
        let reopened = try PanelStore(path: path)
        #expect(try reopened.integrityCheck() == "ok")
        #expect(try reopened.observationCount() == before)
        #expect(try reopened.panel() == store.panel())
    }
}

/// A SQLite file that is not an Outturn store is opened read-only for the check and left byte for byte as it was.
@Suite struct ForeignDatabaseTests {
    @Test func foreignSQLiteFileIsUnchanged() throws {
        let path = try TestSupport.temporaryPath("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: DataError.self) { try PanelStore(path: path) }
        #expect(error?.reason.contains("not an Outturn store") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
}

/// Two imports into one store at once (two connections, as two processes would have): the second waits for the
/// first's transaction instead of failing with "database is locked", and both land.
@Suite struct ConcurrentImportTests {
    @Test(arguments: StoreKind.available) func twoImportsAtOnceBothSucceed(kind: StoreKind) async throws {
        let path = try kind.newLocation()
        _ = try Stores.open(path)
        func panel(_ department: String) throws -> IndicatorPanel {
            try IndicatorPanel(records: (0..<20_000).map { k in
                Observation(department: "\(department)-\(k / 10)", indicator: "execution_rate", year: 2015 + k % 10, value: Double(k % 97))
            })
        }
        let a = try panel("a"), b = try panel("b")
        async let first = Task.detached { try Stores.open(path).importPanel(a, source: "a.csv", vintage: 2024).added }.value
        async let second = Task.detached { try Stores.open(path).importPanel(b, source: "b.csv", vintage: 2024).added }.value
        // The same file twice at once: one adds it, the other finds it there.
        async let third = Task.detached { try Stores.open(path).importPanel(a, source: "a.csv", vintage: 2024).added }.value
        let (x, y, z) = try await (first, second, third)
        #expect([x, z].sorted() == [0, 20_000] && y == 20_000)
        #expect(try Stores.open(path).observationCount() == 40_000)
        #expect(try Stores.open(path).imports().count == 2)
    }
}

/// The soak test, short form: four importers and four readers on one store (each its own connection on its own
/// thread, as processes would have) for a few seconds. Every import adds one department of ten values or restates
/// the importer's previous one (`replace`, a new vintage). Readers never fail and only ever see whole imports; at
/// the end the store is sound and holds exactly what was imported.
@Suite struct StoreSoakTests {
    /// What the threads report: imports added and restated, reads, and the first failure.
    struct Tally: Sendable { var added = 0, restated = 0, reads = 0; var failures: [String] = [] }

    @Test(arguments: StoreKind.available) func fourImportersFourReaders(kind: StoreKind) throws {
        let path = try kind.newLocation()
        _ = try Stores.open(path)
        let deadline = Date().addingTimeInterval(3)
        let tally = Mutex(Tally())
        let group = DispatchGroup()
        @Sendable func department(_ id: String, _ base: Double) throws -> IndicatorPanel {
            try IndicatorPanel(records: (2015..<2025).map { Observation(department: id, indicator: "execution_rate", year: $0, value: base + Double($0 - 2015)) })
        }
        // Threads, not tasks: blocking loops on the cooperative pool (two threads on a two-core machine) would
        // run one after another.
        func spawn(_ body: @escaping @Sendable () throws -> Void) {
            group.enter()
            Thread {
                do { try body() } catch { tally.withLock { $0.failures.append("\(error)") } }
                group.leave()
            }.start()
        }
        for w in 0..<4 {
            spawn {
                let store = try Stores.open(path)
                var k = 0
                while Date() < deadline {
                    if k > 0 && k % 3 == 0 {
                        let s = try store.importPanel(try department("w\(w)-\(k - 1)", 500), source: "restated-\(w)-\(k)", vintage: 2025 + k, policy: .replace)
                        tally.withLock { $0.restated += 1; if s.changed != 10 || s.added != 0 { $0.failures.append("restatement: \(s)") } }
                    } else {
                        let s = try store.importPanel(try department("w\(w)-\(k)", Double(k)), source: "w\(w)-\(k)", vintage: 2024)
                        tally.withLock { $0.added += 1; if s.added != 10 { $0.failures.append("import: \(s)") } }
                    }
                    k += 1
                }
            }
        }
        for _ in 0..<4 {
            spawn {
                let store = try Stores.open(path, access: .read)
                var last = 0
                while Date() < deadline {
                    let panel = try store.panel()
                    let values = panel.indicators.indices.reduce(0) { $0 + panel.observedCount(indicatorAt: $1) }
                    let count = try store.observationCount()
                    tally.withLock {
                        $0.reads += 1
                        if values != 10 * panel.departments.count { $0.failures.append("a reader saw part of an import: \(values) values, \(panel.departments.count) departments") }
                        if count % 10 != 0 || count < last { $0.failures.append("observation count \(count) after \(last)") }
                    }
                    last = count
                }
            }
        }
        group.wait()
        let t = tally.withLock { $0 }
        #expect(t.failures.isEmpty, "\(t.failures.prefix(5))")
        let store = try Stores.open(path)
        if let sqlite = store as? PanelStore { #expect(try sqlite.integrityCheck() == "ok") }
        #expect(try store.observationCount() == 10 * (t.added + t.restated))
        // No lost or duplicated vintage: one import per write, each figure's versions as imported.
        let imports = try store.imports()
        #expect(imports.count == t.added + t.restated && Set(imports.map(\.source)).count == imports.count)
        #expect(imports.reduce(0) { $0 + $1.added + $1.changed } == 10 * (t.added + t.restated))
        #expect(try store.panel().departments.count == t.added)
        #expect(t.added >= 8 && t.reads >= 8, "added \(t.added), reads \(t.reads)")
    }
}

/// A full disk: a small tmpfs mounted for the test (needs root and mount; skipped with a message elsewhere).
/// The import fails with a sentence naming the cause, keeps nothing, and leaves no WAL growth behind.
@Suite struct DiskFullTests {
    /// Mounts a tmpfs of `kilobytes` on a new temporary folder; nil (with the reason) when it cannot.
    static func mountSmallDisk(kilobytes: Int) throws -> (folder: String, failure: String?) {
        let folder = try TestSupport.temporaryPath("small-disk")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder]
        mount.standardError = FileHandle.nullDevice
        do { try mount.run() } catch { return (folder, "cannot run mount: \(error)") }
        mount.waitUntilExit()
        return (folder, mount.terminationStatus == 0 ? nil : "mount -t tmpfs failed (not root, or no CAP_SYS_ADMIN)")
    }

    static func unmount(_ folder: String) {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/bin/umount")
        umount.arguments = [folder]
        try? umount.run()
        umount.waitUntilExit()
    }

    @Test func fullDiskFailsTheImportWithASentenceAndFreesTheWAL() throws {
        let (folder, failure) = try Self.mountSmallDisk(kilobytes: 768)
        if let failure {
            print("DiskFullTests skipped: \(failure)")
            return
        }
        defer { Self.unmount(folder) }
        let path = folder + "/store.sqlite"
        let small = SyntheticPanel(departments: 3, years: 2020..<2024, seed: 1).generate()
        let big = SyntheticPanel(departments: 2000, years: 2010..<2025, seed: 2).generate()
        do {
            let store = try PanelStore(path: path)
            _ = try store.importPanel(small, source: "small.csv", vintage: 2023)
            let before = try store.observationCount()
            func walSize() -> Int { (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0 }
            let walBefore = walSize()
            var message = ""
            do {
                _ = try store.importPanel(big, source: "big.csv", vintage: 2024, policy: .replace)
                Issue.record("a 30,000-figure import fitted in 768 KB")
            } catch let error as DataError {
                message = "\(error)"
            }
            #expect(message.contains("the disk is full"), "\(message)")
            #expect(!message.contains("SQLite error"), "\(message)")
            #expect(try store.observationCount() == before)
            #expect(try store.integrityCheck() == "ok")
            // The failed transaction's pages are gone from the WAL: the disk has its space back.
            #expect(walSize() <= walBefore, "WAL of \(walSize()) bytes left after the failed import (\(walBefore) before)")
            // And a small import fits again.
            let more = SyntheticPanel(departments: 3, years: 2020..<2024, seed: 3).generate()
            #expect(try store.importPanel(more, source: "more.csv", vintage: 2024, policy: .replace).changed > 0)
        }
    }
}
