// The one place where Outturn calls the operating system for files, in the manner of swift-system's internal
// syscall wrappers: every call is retried on EINTR here, and every failure becomes a `SystemError` carrying
// errno, so readers and writers above never see a raw return code.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Module-level names for the C calls: inside `FileDescriptor`, `open` and `read` name its own methods.
@inline(__always) private func system_open(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 { open(path, flags, mode) }
@inline(__always) private func system_read(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }
@inline(__always) private func system_pread(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int, _ o: off_t) -> Int { pread(fd, p, n, o) }
@inline(__always) private func system_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
@inline(__always) private func system_fsync(_ fd: Int32) -> Int32 { fsync(fd) }
@inline(__always) private func system_close(_ fd: Int32) -> Int32 { close(fd) }
@inline(__always) private func system_rename(_ a: String, _ b: String) -> Int32 { rename(a, b) }

/// A failed system call: which call, and errno's message (`No such file or directory`).
package struct SystemError: Error, Sendable, CustomStringConvertible {
    /// The call that failed (`open`, `pread`, `rename`...).
    package let operation: String
    /// errno at the failure.
    package let code: Int32

    package init(_ operation: String, code: Int32 = errno) {
        self.operation = operation
        self.code = code
    }

    /// errno's message, as `strerror` gives it.
    package var message: String { String(cString: strerror(code)) }

    package var description: String { message }
}

/// What a path names, from `stat` (following symbolic links) or `lstat`.
package enum FileKind: Sendable, Equatable {
    case regular, directory, characterDevice, blockDevice, fifo, socket, symbolicLink, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }
}

/// An open file descriptor. A value type over the raw descriptor: whoever opens it closes it (`close()`).
package struct FileDescriptor: Sendable {
    /// The raw descriptor.
    package let rawValue: Int32

    package init(rawValue: Int32) { self.rawValue = rawValue }

    package static let standardInput = FileDescriptor(rawValue: 0)
    package static let standardOutput = FileDescriptor(rawValue: 1)
    package static let standardError = FileDescriptor(rawValue: 2)

    /// Opens `path` for reading.
    package static func open(reading path: String) throws(SystemError) -> FileDescriptor {
        try retrying("open") { system_open(path, O_RDONLY | O_CLOEXEC) }.descriptor
    }

    /// Creates or truncates `path` for writing, with `permissions` for a new file.
    package static func open(writing path: String, permissions: mode_t = 0o644, exclusive: Bool = false) throws(SystemError) -> FileDescriptor {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        return try retrying("open") { system_open(path, flags, permissions) }.descriptor
    }

    /// Opens an existing file or device for writing without creating or truncating it (`/dev/stdout`, a FIFO).
    package static func open(appendingTo path: String) throws(SystemError) -> FileDescriptor {
        try retrying("open") { system_open(path, O_WRONLY | O_CLOEXEC) }.descriptor
    }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the file.
    package func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(SystemError) -> Int {
        try Self.retrying("read") { system_read(rawValue, buffer, count) }
    }

    /// Reads up to `count` bytes at `offset` without moving the file position; 0 at the end of the file.
    package func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(SystemError) -> Int {
        try Self.retrying("pread") { system_pread(rawValue, buffer, count, off_t(offset)) }
    }

    /// Writes all `count` bytes (short writes are continued).
    package func writeAll(_ bytes: UnsafeRawPointer, count: Int) throws(SystemError) {
        var offset = 0
        while offset < count {
            offset += try Self.retrying("write") { system_write(rawValue, bytes + offset, count - offset) }
        }
    }

    /// Reads to the end: the whole file from the current position, or everything a pipe or device gives.
    package func readToEnd() throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        let hint = (try? status().size) ?? 0
        bytes.reserveCapacity(hint + 1)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { chunk.deallocate() }
        while true {
            let n = try read(into: chunk.baseAddress!, count: chunk.count)
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// Flushes the file's data to the device.
    package func sync() throws(SystemError) {
        _ = try Self.retrying("fsync") { Int(system_fsync(rawValue)) }
    }

    /// What the descriptor refers to and its size in bytes.
    package func status() throws(SystemError) -> (kind: FileKind, size: Int) {
        var st = stat()
        guard fstat(rawValue, &st) == 0 else { throw SystemError("fstat") }
        return (FileKind(mode: st.st_mode), Int(st.st_size))
    }

    /// Closes the descriptor (EINTR is not retried: on Linux the descriptor is gone either way).
    package func close() throws(SystemError) {
        if system_close(rawValue) != 0 && errno != EINTR { throw SystemError("close") }
    }

    /// Calls `body` again while it fails with EINTR; any other failure throws.
    @inline(__always)
    private static func retrying<R: BinaryInteger>(_ operation: String, _ body: () -> R) throws(SystemError) -> Int {
        while true {
            let r = body()
            if r >= 0 { return Int(r) }
            if errno != EINTR { throw SystemError(operation) }
        }
    }
}

extension Int {
    fileprivate var descriptor: FileDescriptor { FileDescriptor(rawValue: Int32(self)) }
}

/// Path operations that are not about one open descriptor.
package enum FilePath {
    /// The kind of what `path` names, following symbolic links (`nil` when nothing is there).
    package static func kind(_ path: String, followingLinks: Bool = true) -> FileKind? {
        var st = stat()
        let r = followingLinks ? stat(path, &st) : lstat(path, &st)
        return r == 0 ? FileKind(mode: st.st_mode) : nil
    }

    /// Permission bits (`mode_t`), named for modules that do not import the C library.
    package typealias Permissions = mode_t

    /// The permission bits of an existing file (following links).
    package static func permissions(_ path: String) -> mode_t? {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : nil
    }

    /// Whether the calling process may write `path` (or create it in its folder when it does not exist).
    package static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// The target of a symbolic link, resolved to a full path (`realpath`), or nil when it cannot be resolved.
    package static func resolved(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Atomically renames `from` over `to`.
    package static func rename(_ from: String, to: String) throws(SystemError) {
        if system_rename(from, to) != 0 { throw SystemError("rename") }
    }

    /// Removes a file; a missing one is not an error.
    /// The bytes of the file at `path` (Foundation's `FileManager.contents(atPath:)` leaks a buffer for
    /// empty files and gives no reason for a failure; this names the failing call and its errno).
    package static func contents(_ path: String) throws(SystemError) -> [UInt8] {
        let fd = try FileDescriptor.open(reading: path)
        defer { try? fd.close() }
        return try fd.readToEnd()
    }

    package static func remove(_ path: String) {
        _ = unlink(path)
    }

    /// The current process id (names of temporary files).
    package static var processID: Int32 { getpid() }
}
