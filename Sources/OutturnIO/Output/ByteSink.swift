#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Outturn

@inline(__always) private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }

/// A buffered writer of UTF-8 bytes to a file descriptor, or to a file that appears only when complete.
///
/// Writing to a path goes to a temporary file beside it, renamed over the target on `finish()`: a reader never
/// sees a half-written file, and a failure leaves the old file as it was.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let ownsDescriptor: Bool
    private let finalPath: String?
    private let temporaryPath: String?
    private var finished = false
    private static let flushThreshold = 1 << 20

    /// A sink writing to standard output.
    public static func standardOutput() -> ByteSink { ByteSink(fd: 1) }

    /// A sink writing to standard error.
    public static func standardError() -> ByteSink { ByteSink(fd: 2) }

    /// A sink that keeps everything in memory (`contents`), for tests and embedding.
    public static func inMemory() -> ByteSink { ByteSink(fd: -1) }

    /// Everything written so far to an in-memory sink, as text.
    public var contents: String {
        precondition(fd == -1, "contents is only kept by an in-memory sink")
        return String(decoding: buffer, as: UTF8.self)
    }

    private init(fd: Int32) {
        self.fd = fd
        ownsDescriptor = false
        finalPath = nil
        temporaryPath = nil
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// A sink writing to `path` through a temporary file renamed into place on `finish()`.
    public init(path: String) throws {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 {
            throw DataError("cannot write: \(String(cString: strerror(errno)))", at: SourceLocation(file: path, line: 1))
        }
        self.fd = fd
        ownsDescriptor = true
        finalPath = path
        temporaryPath = tmp
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    deinit {
        if ownsDescriptor {
            if !finished { close(fd); if let temporaryPath { unlink(temporaryPath) } }
        }
    }

    /// Appends text.
    public func write(_ text: String) throws {
        var t = text
        t.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.flushThreshold && fd != -1 { try flush() }
    }

    /// Appends bytes.
    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold && fd != -1 { try flush() }
    }

    /// Writes out the buffer.
    public func flush() throws {
        if fd == -1 { return }  // in memory: the buffer is the destination
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DataError("write failed: \(String(cString: strerror(errno)))", at: finalPath.map { SourceLocation(file: $0, line: 1) })
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    public func finish() throws {
        try flush()
        guard ownsDescriptor, !finished else { return }
        finished = true
        if fsync(fd) != 0 || close(fd) != 0 {
            if let temporaryPath { unlink(temporaryPath) }
            throw DataError("write failed: \(String(cString: strerror(errno)))", at: finalPath.map { SourceLocation(file: $0, line: 1) })
        }
        if let temporaryPath, let finalPath, rename(temporaryPath, finalPath) != 0 {
            unlink(temporaryPath)
            throw DataError("cannot move the output into place: \(String(cString: strerror(errno)))", at: SourceLocation(file: finalPath, line: 1))
        }
    }
}
