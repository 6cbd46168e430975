#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The temporary files this process is writing (outputs not yet renamed into place), so that an interrupted
/// run (Ctrl-C, SIGTERM, SIGHUP) removes them instead of leaving `OUT.tmp-PID` behind.
///
/// Process-wide by nature, as signals are: one registry, guarded by a mutex, written only by `ByteSink` as it
/// creates and finishes its temporary file, and read by the command line's signal handling.
package final class TemporaryFiles: Sendable {
    package static let shared = TemporaryFiles()
    private let paths = Mutex<Set<String>>([])

    package init() {}

    /// Whether `path` is registered.
    package func contains(_ path: String) -> Bool { paths.withLock { $0.contains(path) } }

    package func register(_ path: String) { paths.withLock { _ = $0.insert(path) } }
    package func unregister(_ path: String) { paths.withLock { _ = $0.remove(path) } }

    /// Removes every registered file (called when the process is interrupted).
    package func removeAll() {
        let all = paths.withLock { current -> Set<String> in
            let copy = current
            current.removeAll()
            return copy
        }
        for p in all { _ = unlink(p) }
    }
}
