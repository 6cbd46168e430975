import Foundation

/// One libpq connection: statements with text parameters, COPY in and out, errors with their SQLSTATE.
///
/// Not thread-safe (libpq connections are not); `PostgresStore` serialises its use behind a mutex. Closed when
/// released.
final class PostgresConnection {
    private let pq: LibPQ
    private let handle: OpaquePointer

    /// A failure reported by the server or by libpq: the message (first line, without libpq's prefixes) and
    /// the SQLSTATE when the server sent one (nil for a broken connection).
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let sqlState: String?
        var description: String { message }

        /// The server ended the connection or cannot be reached (class 08, or no SQLSTATE at all).
        var isConnectionLost: Bool { sqlState == nil || sqlState!.hasPrefix("08") || sqlState == "57P01" || sqlState == "57P02" }
        /// Insufficient privilege (42501).
        var isPermissionDenied: Bool { sqlState == "42501" }
        /// lock_timeout expired (55P03).
        var isLockTimeout: Bool { sqlState == "55P03" }
    }

    /// Connects with a `postgresql://` URL (libpq also reads PGPASSWORD, ~/.pgpass and the other PG*
    /// variables for what the URL leaves out).
    /// Throws `LibPQ.LoadFailure` when libpq cannot be loaded.
    init(url: String, applicationName: String = "outturn") throws {
        let pq = try LibPQ.loaded.get()
        self.pq = pq
        // The URL's own keywords win; application_name is set only as a fallback (expand_dbname = 1).
        let keys = ["dbname", "fallback_application_name", "connect_timeout"]
        let values = [url, applicationName, "10"]
        let connection: OpaquePointer? = keys.withCStrings { k in values.withCStrings { v in pq.connectdbParams(k, v, 1) } }
        guard let connection else { throw Failure(message: "out of memory", sqlState: nil) }
        guard pq.status(connection) == LibPQ.connectionOK else {
            let message = Self.firstLine(pq.errorMessage(connection))
            pq.finish(connection)
            throw Failure(message: message, sqlState: nil)
        }
        handle = connection
        // Notices (e.g. "relation already exists, skipping") would go to stderr from a library: silenced.
        _ = pq.setNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { pq.finish(handle) }

    /// The user the server knows this connection as.
    var user: String { pq.user(handle).map { String(cString: $0) } ?? "" }

    /// Whether the connection is still usable (false after the server went away).
    var isHealthy: Bool { pq.status(handle) == LibPQ.connectionOK }

    /// Runs one or more statements without parameters; returns the rows of the last one.
    @discardableResult
    func execute(_ sql: String) throws -> [[String?]] {
        try rows(of: pq.exec(handle, sql))
    }

    /// Runs one statement with text parameters ($1, $2, ...; nil is NULL); returns its rows as text.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?]) throws -> [[String?]] {
        let result: OpaquePointer? = parameters.withOptionalCStrings { values in
            pq.execParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        return try rows(of: result)
    }

    /// Runs `body` between `begin` (BEGIN with its isolation level) and COMMIT; when anything fails the
    /// transaction is rolled back (if the connection still stands) and the error rethrown.
    func transaction<R>(_ begin: String = "BEGIN", _ body: () throws -> R) throws -> R {
        try execute(begin)
        do {
            let r = try body()
            try execute("COMMIT")
            return r
        } catch {
            if isHealthy { _ = try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The first column of the first row of a query, or nil.
    func scalar(_ sql: String, _ parameters: [String?] = []) throws -> String? {
        try execute(sql, parameters).first?.first ?? nil
    }

    /// `COPY ... FROM STDIN` in text format: `write` adds the rows to a ``CopyRows``, which sends them in 1 MB
    /// pieces; a failure of `write` aborts the COPY.
    func copyIn(_ sql: String, write: (inout CopyRows) throws -> Void) throws {
        _ = try rows(of: pq.exec(handle, sql), expecting: LibPQ.copyIn)
        var sendFailure: Failure?
        do {
            var rows = CopyRows { bytes in
                guard self.pq.putCopyData(self.handle, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count)) == 1 else {
                    let failure = Failure(message: Self.firstLine(self.pq.errorMessage(self.handle)), sqlState: nil)
                    sendFailure = failure
                    throw failure
                }
            }
            try write(&rows)
            try rows.flush()
        } catch {
            if sendFailure == nil { _ = pq.putCopyEnd(handle, "aborted by the client") } else { _ = pq.putCopyEnd(handle, nil) }
            while let r = pq.getResult(handle) { pq.clear(r) }
            throw error
        }
        guard pq.putCopyEnd(handle, nil) == 1 else { throw Failure(message: Self.firstLine(pq.errorMessage(handle)), sqlState: nil) }
        var failure: Failure?
        while let r = pq.getResult(handle) {
            if pq.resultStatus(r) != LibPQ.commandOK && failure == nil { failure = serverFailure(of: r) }
            pq.clear(r)
        }
        if let failure { throw failure }
    }

    /// `COPY ... TO STDOUT`: `row` is called with each line's bytes (without its newline), in order.
    func copyOut(_ sql: String, row: (UnsafeRawBufferPointer) throws -> Void) throws {
        _ = try rows(of: pq.exec(handle, sql), expecting: LibPQ.copyOut)
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var rowError: (any Error)?
        while true {
            let n = pq.getCopyData(handle, &buffer, 0)
            if n == -1 { break }
            if n == -2 { throw Failure(message: Self.firstLine(pq.errorMessage(handle)), sqlState: nil) }
            if let b = buffer {
                if rowError == nil {
                    var length = Int(n)
                    if length > 0 && b[length - 1] == 0x0A { length -= 1 }
                    do { try row(UnsafeRawBufferPointer(start: b, count: length)) } catch { rowError = error }
                }
                pq.freemem(b)
                buffer = nil
            }
        }
        var failure: Failure?
        while let r = pq.getResult(handle) {
            if pq.resultStatus(r) != LibPQ.commandOK && failure == nil { failure = serverFailure(of: r) }
            pq.clear(r)
        }
        if let failure { throw failure }
        if let rowError { throw rowError }
    }

    private func rows(of result: OpaquePointer?, expecting expected: UInt32? = nil) throws -> [[String?]] {
        guard let result else { throw Failure(message: Self.firstLine(pq.errorMessage(handle)), sqlState: nil) }
        defer { if expected == nil { pq.clear(result) } }
        let status = pq.resultStatus(result)
        if let expected {
            defer { pq.clear(result) }
            guard status == expected else { throw serverFailure(of: result) }
            return []
        }
        guard status == LibPQ.commandOK || status == LibPQ.tuplesOK else { throw serverFailure(of: result) }
        let count = Int(pq.ntuples(result)), width = Int(pq.nfields(result))
        var out: [[String?]] = []
        out.reserveCapacity(count)
        for r in 0..<count {
            out.append((0..<width).map { c in
                pq.getisnull(result, Int32(r), Int32(c)) == 1 ? nil : pq.getvalue(result, Int32(r), Int32(c)).map { String(cString: $0) } ?? ""
            })
        }
        return out
    }

    private func serverFailure(of result: OpaquePointer) -> Failure {
        let state = pq.resultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        if let primary = pq.resultErrorField(result, Int32(UInt8(ascii: "M"))) {
            return Failure(message: String(cString: primary), sqlState: state)
        }
        return Failure(message: Self.firstLine(pq.resultErrorMessage(result) ?? pq.errorMessage(handle)), sqlState: state)
    }

    /// libpq's message as one line: without "connection to server at ... failed: FATAL:  " prefixes kept
    /// (they say where), but with later lines (hints for the server's administrator) dropped.
    static func firstLine(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        let lines = String(cString: text).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.first.map { $0.replacingOccurrences(of: "FATAL:  ", with: "").replacingOccurrences(of: "ERROR:  ", with: "") } ?? "unknown error"
    }

}

/// Rows being written for `COPY ... FROM STDIN` in text format: fields separated by tabs, rows by newlines, text
/// with backslash, tab, newline and carriage return escaped, NULL as `\N`. Sent in pieces of about 1 MB.
struct CopyRows {
    private var buffer: [UInt8] = []
    private var atRowStart = true
    private let send: (UnsafeRawBufferPointer) throws -> Void

    init(send: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.send = send
        buffer.reserveCapacity(1 << 20 + 4096)
    }

    private mutating func separate() {
        if !atRowStart { buffer.append(0x09) }
        atRowStart = false
    }

    /// A text field, escaped.
    mutating func text(_ value: String) {
        separate()
        for b in value.utf8 {
            switch b {
            case 0x5C: buffer += [0x5C, 0x5C]
            case 0x09: buffer += [0x5C, 0x74]
            case 0x0A: buffer += [0x5C, 0x6E]
            case 0x0D: buffer += [0x5C, 0x72]
            default: buffer.append(b)
            }
        }
    }

    /// A number, boolean or NULL field (their text needs no escaping).
    mutating func field(_ value: some CustomStringConvertible) { separate(); buffer += Array(value.description.utf8) }
    mutating func field(_ value: Double?) { separate(); buffer += Array((value.map { "\($0)" } ?? "\\N").utf8) }
    mutating func field(_ value: Bool) { separate(); buffer.append(value ? 0x74 : 0x66) }

    /// Ends the row; sends what has gathered once it passes 1 MB.
    mutating func endRow() throws {
        buffer.append(0x0A)
        atRowStart = true
        if buffer.count > 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes(send)
        buffer.removeAll(keepingCapacity: true)
    }
}

private extension Array where Element == String {
    /// The strings as a C array of C strings, valid inside `body`.
    func withCStrings<R>(_ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = map { strdup($0) } + [nil]
        defer { for c in copies { free(c) } }
        return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

private extension Array where Element == String? {
    /// The strings (nil as a null pointer) as a C array, valid inside `body`.
    func withOptionalCStrings<R>(_ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        let copies = map { $0.map { strdup($0) } ?? nil }
        defer { for c in copies { free(c) } }
        return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
