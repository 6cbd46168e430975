#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The functions of libpq, PostgreSQL's C client, that `PostgresConnection` calls: loaded from the shared library
/// when a PostgreSQL store is first opened, not linked into the binary.
///
/// (Loaded, not linked: libpq brings 21 libraries with it (OpenSSL, GnuTLS, Kerberos, LDAP, SASL, ...), which took
/// about 5 MB of every command's resident memory (`outturn --help` 29 -> 24 MiB) and part of its start-up, for the few
/// commands that open a shared store; and the binary runs where libpq is not installed until one does. The signatures are libpq-fe.h's, whose
/// ABI libpq.so.5 has kept since PostgreSQL 8.)
struct LibPQ: Sendable {
    typealias Connection = OpaquePointer
    typealias Result = OpaquePointer
    typealias CStrings = UnsafePointer<UnsafePointer<CChar>?>

    /// ConnStatusType's CONNECTION_OK.
    static let connectionOK: UInt32 = 0
    /// ExecStatusType's values that the store reads.
    static let commandOK: UInt32 = 1, tuplesOK: UInt32 = 2, copyOut: UInt32 = 3, copyIn: UInt32 = 4

    let connectdbParams: @convention(c) (CStrings?, CStrings?, Int32) -> Connection?
    let status: @convention(c) (Connection?) -> UInt32
    let errorMessage: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let finish: @convention(c) (Connection?) -> Void
    let setNoticeProcessor: @convention(c) (Connection?, (@convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void)?,
                                            UnsafeMutableRawPointer?) -> OpaquePointer?
    let user: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let exec: @convention(c) (Connection?, UnsafePointer<CChar>?) -> Result?
    let execParams: @convention(c) (Connection?, UnsafePointer<CChar>?, Int32, UnsafePointer<UInt32>?, CStrings?,
                                    UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Result?
    let putCopyData: @convention(c) (Connection?, UnsafePointer<CChar>?, Int32) -> Int32
    let putCopyEnd: @convention(c) (Connection?, UnsafePointer<CChar>?) -> Int32
    let getCopyData: @convention(c) (Connection?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, Int32) -> Int32
    let getResult: @convention(c) (Connection?) -> Result?
    let clear: @convention(c) (Result?) -> Void
    let resultStatus: @convention(c) (Result?) -> UInt32
    let resultErrorField: @convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorMessage: @convention(c) (Result?) -> UnsafeMutablePointer<CChar>?
    let ntuples: @convention(c) (Result?) -> Int32
    let nfields: @convention(c) (Result?) -> Int32
    let getisnull: @convention(c) (Result?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (Result?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    let freemem: @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// libpq, loaded once for the process; or why it could not be (not installed, or too old to have a function).
    static let loaded: Swift.Result<LibPQ, LoadFailure> = load(from: libraryNames)

    /// Where libpq is looked for: the loader's search path, by libpq.so.5's name.
    #if canImport(Darwin)
    static let libraryNames = ["libpq.5.dylib", "/opt/homebrew/opt/libpq/lib/libpq.5.dylib", "/usr/local/opt/libpq/lib/libpq.5.dylib"]
    #else
    static let libraryNames = ["libpq.so.5"]
    #endif

    /// libpq could not be loaded: the loader's message.
    struct LoadFailure: Error {
        let message: String
    }

    /// libpq from the first of `names` that loads.
    static func load(from names: [String]) -> Swift.Result<LibPQ, LoadFailure> {
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            let reason = dlerror().map { String(cString: $0) } ?? "\(names[0]) not found"
            return .failure(LoadFailure(message: "PostgreSQL's client library libpq is not installed (\(reason)); "
                                        + "install it (Debian: apt-get install libpq5) to use a postgresql:// store"))
        }
        // (The handle stays open for the life of the process: the functions are called until it ends.)
        struct Missing: Error { let name: String }
        func function<F>(_ name: String) throws(Missing) -> F {
            guard let symbol = dlsym(handle, name) else { throw Missing(name: name) }
            return unsafeBitCast(symbol, to: F.self)
        }
        do throws(Missing) {
            return .success(try LibPQ(
                connectdbParams: function("PQconnectdbParams"), status: function("PQstatus"), errorMessage: function("PQerrorMessage"),
                finish: function("PQfinish"), setNoticeProcessor: function("PQsetNoticeProcessor"), user: function("PQuser"),
                exec: function("PQexec"), execParams: function("PQexecParams"), putCopyData: function("PQputCopyData"),
                putCopyEnd: function("PQputCopyEnd"), getCopyData: function("PQgetCopyData"), getResult: function("PQgetResult"),
                clear: function("PQclear"), resultStatus: function("PQresultStatus"), resultErrorField: function("PQresultErrorField"),
                resultErrorMessage: function("PQresultErrorMessage"), ntuples: function("PQntuples"), nfields: function("PQnfields"),
                getisnull: function("PQgetisnull"), getvalue: function("PQgetvalue"), freemem: function("PQfreemem")))
        } catch {
            dlclose(handle)
            return .failure(LoadFailure(message: "the installed libpq has no \(error.name); install libpq 9.0 or later"))
        }
    }
}
