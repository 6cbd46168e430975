import Foundation
import Synchronization
import Outturn

/// Helpers shared by every test target.
public enum TestSupport {
    /// The package root (two levels above this file's folder).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path inside the package, e.g. `"Datasets/us-federal-rd/rd-budget.csv"`.
    public static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    /// The shared folder beside the project (`../shared`), when present.
    public static var sharedFolder: String? {
        let candidates = [packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// A file of the shared folder (`"seeds/000_e729b0afc6ad344c.txt"`), when present: tests that need one are
    /// enabled only where it is (`.enabled(if: TestSupport.sharedFile(...) != nil)`).
    public static func sharedFile(_ relative: String) -> String? {
        guard let shared = sharedFolder else { return nil }
        let path = shared + "/" + relative
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A JSON fixture decoded as a dictionary.
    public static func jsonFixture(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent(relative))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The folder of this test process's temporary files, removed with everything in it when the process exits,
    /// so that test runs leave nothing behind in the system's temporary folder (they used to leave a folder a test).
    public static let scratchFolder: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("outturn-tests-\(getpid())-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestSupport.scratchFolder) }
        return dir
    }()

    /// A fresh, empty folder inside ``scratchFolder``; `label` names it for whoever reads a failure's paths.
    public static func temporaryFolder(_ label: String = "test") throws -> URL {
        let dir = scratchFolder.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `contents` (bytes) to a fresh temporary file with the given name and returns its path.
    public static func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
        let url = try temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes UTF-8 text to a fresh temporary file.
    public static func temporaryFile(_ name: String, _ text: String) throws -> String {
        try temporaryFile(name, bytes: Array(text.utf8))
    }

    /// Runs a program and waits for it: its exit status, standard output and standard error (both read as they
    /// come, so neither pipe can fill and stall the program). `environment` adds to this process's.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = Mutex(Data())
        let finished = DispatchSemaphore(value: 0)
        Thread {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errors.withLock { $0 = data }
            finished.signal()
        }.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        finished.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors.withLock { $0 }, as: UTF8.self))
    }

    /// A fresh temporary path (no file created).
    public static func temporaryPath(_ name: String) throws -> String {
        try temporaryFolder().appendingPathComponent(name).path
    }

    /// Whether `a` and `b` agree to a relative tolerance (absolute near zero), NaN equal to NaN.
    public static func close(_ a: Double, _ b: Double, relative: Double, absolute: Double = 0) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        return abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
    }

    /// Row-major nested arrays from a JSON fixture.
    public static func rows(_ any: Any?) -> [[Double]] { (any as! [[Any]]).map { $0.map { ($0 as! NSNumber).doubleValue } } }

    /// A flat array of doubles from a JSON fixture.
    public static func doubles(_ any: Any?) -> [Double] { (any as! [Any]).map { ($0 as! NSNumber).doubleValue } }
}

extension TestSupport {
    /// The built `outturn` executable beside the test bundle, built first if a plain `swift test` did not.
    public static func outturnExecutable() throws -> String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = dir.appendingPathComponent("outturn").path
        if !FileManager.default.isExecutableFile(atPath: candidate) {
            let build = Process()
            build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            build.arguments = ["swift", "build", "--product", "outturn"]
            build.currentDirectoryURL = packageRoot
            try build.run()
            build.waitUntilExit()
            candidate = packageRoot.appendingPathComponent(".build/debug/outturn").path
        }
        return candidate
    }
}

/// A PostgreSQL server for the store tests: `$OUTTURN_TEST_POSTGRES` (a superuser's URL, as `.ci/run` sets it
/// after starting a throwaway cluster), else a throwaway cluster started here by `Tests/PostgreSQL/cluster.sh`
/// and stopped when the test process ends. Nil, with `PostgresServer.unavailable` saying why, when neither works.
public enum PostgresServer {
    private static let started: (url: String?, reason: String) = {
        if let url = ProcessInfo.processInfo.environment["OUTTURN_TEST_POSTGRES"], !url.isEmpty { return (url, "") }
        do { return (try privateCluster().url, "") } catch { return (nil, "\(error)") }
    }()

    /// The superuser's URL (database `postgres`), or nil.
    public static var url: String? { started.url }

    /// Why no server could be started (empty when one was).
    public static var unavailable: String { started.reason }

    /// The server's URL with another database name.
    public static func url(database: String, user: String? = nil, password: String? = nil) -> String? {
        guard let base = url, let slash = base.lastIndex(of: "/") else { return nil }
        var u = String(base[..<slash]) + "/" + database
        if let user, let at = u.range(of: "@"), let scheme = u.range(of: "://") {
            u = String(u[..<scheme.upperBound]) + user + (password.map { ":" + $0 } ?? "") + String(u[at.lowerBound...])
        }
        return u
    }

    /// Runs SQL on the server as the superuser (psql), in `database`; returns its output (tuples only, unaligned).
    @discardableResult
    public static func sql(_ statements: String, database: String = "postgres") throws -> String {
        guard let target = url(database: database) else { throw DataError("no PostgreSQL server for the tests: \(unavailable)") }
        let r = try TestSupport.run("/usr/bin/env", ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", target, "-c", statements])
        guard r.status == 0 else { throw DataError("psql failed: \(r.err)") }
        let output = r.out
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A cluster of the test's own (for tests that kill a server): its folder and superuser URL; stopped when
    /// the test process ends, or by `clusterScript(["stop", folder])`.
    public static func privateCluster() throws -> (folder: String, url: String) {
        let lines = try clusterScript(["start", String(ProcessInfo.processInfo.processIdentifier)]).split(separator: "\n").map(String.init)
        guard lines.count >= 2 else { throw DataError("cluster.sh printed no URL") }
        return (lines[0], lines[1])
    }

    /// Runs `Tests/PostgreSQL/cluster.sh` with `arguments`; returns its standard output.
    @discardableResult
    public static func clusterScript(_ arguments: [String]) throws -> String {
        let r = try TestSupport.run("/bin/bash", [TestSupport.path("Tests/PostgreSQL/cluster.sh")] + arguments)
        guard r.status == 0 else { throw DataError("cluster.sh \(arguments.first ?? ""): \(r.err)") }
        let output = r.out
        return output
    }

    /// A new, empty database on the server; returns its URL.
    public static func newDatabase() throws -> String {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try sql("CREATE DATABASE \(name)")
        return url(database: String(name))!
    }
}
