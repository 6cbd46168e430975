import Outturn
import OutturnSystem

/// A buffered writer of UTF-8 bytes to standard output, a file, a device or a pipe, that never destroys what
/// it should not touch.
///
/// What `ByteSink(path:)` does depends on what the path names:
/// - `-`: standard output.
/// - nothing yet, or a regular file the user may write: a temporary file beside it, fsynced and renamed into
///   place on `finish()` (keeping the old file's permissions), so a reader never sees half a file and a
///   failure leaves the old one as it was;
/// - a symbolic link: the same for the file it points to (the link stays a link);
/// - a character device, FIFO or socket (`/dev/stdout`, `/dev/null`, a named pipe): written to directly;
/// - a folder, a block device, a read-only file or a missing parent folder: a `DataError` saying so.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let descriptor: FileDescriptor?
    private let ownsDescriptor: Bool
    /// The file the output becomes (after links are followed), when written through a temporary file.
    private let finalPath: String?
    private let temporaryPath: String?
    /// The path as given, for messages.
    private let displayPath: String?
    private var finished = false
    private static let flushThreshold = 1 << 20

    /// A sink writing to standard output.
    public static func standardOutput() -> ByteSink { ByteSink(descriptor: .standardOutput) }

    /// A sink writing to standard error.
    public static func standardError() -> ByteSink { ByteSink(descriptor: .standardError) }

    /// A sink that keeps everything in memory (`contents`), for tests and embedding.
    public static func inMemory() -> ByteSink { ByteSink(descriptor: nil) }

    /// Everything written so far to an in-memory sink, as text.
    public var contents: String {
        precondition(descriptor == nil, "contents is only kept by an in-memory sink")
        return String(decoding: buffer, as: UTF8.self)
    }

    private init(descriptor: FileDescriptor?) {
        self.descriptor = descriptor
        ownsDescriptor = false
        finalPath = nil
        temporaryPath = nil
        displayPath = nil
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// A sink writing to `path` as described in the type's documentation; `-` is standard output.
    public init(path: String) throws {
        let place = SourceLocation(file: path, line: 1)
        buffer.reserveCapacity(Self.flushThreshold + 4096)
        displayPath = path
        if path == "-" {
            descriptor = .standardOutput
            ownsDescriptor = false
            finalPath = nil
            temporaryPath = nil
            return
        }
        switch try Self.destination(path) {
        case let .stream(target):
            do { descriptor = try FileDescriptor.open(appendingTo: target) } catch {
                throw DataError("cannot write: \(error.message)", at: place)
            }
            ownsDescriptor = true
            finalPath = nil
            temporaryPath = nil
            return
        case let .replace(target, mode):
            do { descriptor = try FileDescriptor.open(writing: Self.temporaryName(for: target), permissions: mode, exclusive: true) } catch {
                throw DataError("cannot write beside it: \(error.message)", at: place)
            }
            finalPath = target
        case let .create(target):
            do { descriptor = try FileDescriptor.open(writing: Self.temporaryName(for: target), exclusive: true) } catch {
                throw DataError("cannot write: \(error.message)", at: place)
            }
            finalPath = target
        }
        ownsDescriptor = true
        temporaryPath = Self.temporaryName(for: finalPath!)
        TemporaryFiles.shared.register(temporaryPath!)
    }

    /// Where output to `path` goes, as the sink would write it.
    private enum Destination {
        /// A character device, FIFO or socket, written in place.
        case stream(String)
        /// A regular file replaced whole (through a temporary file beside it), keeping its permissions.
        case replace(String, mode: FilePath.Permissions)
        /// A new file in a folder that exists.
        case create(String)
    }

    /// The destination of `path` (a symbolic link followed to the file it names), or the error the sink would
    /// throw for it: a folder, a device, a read-only file, a missing folder.
    private static func destination(_ path: String) throws -> Destination {
        let place = SourceLocation(file: path, line: 1)
        var target = path
        if FilePath.kind(path, followingLinks: false) == .symbolicLink {
            guard let resolved = FilePath.resolved(path) else {
                throw DataError("is a symbolic link to a missing place", at: place, hint: "remove the link or point it at a folder that exists")
            }
            target = resolved
        }
        switch FilePath.kind(target) {
        case .characterDevice?, .fifo?, .socket?:
            return .stream(target)
        case .directory?:
            throw DataError("is a folder", at: place, hint: "name a file inside it")
        case .blockDevice?, .other?, .symbolicLink?:
            throw DataError("is a device, not a file Outturn will write", at: place)
        case .regular?:
            let mode = FilePath.permissions(target) ?? 0o644
            if mode & 0o222 == 0 || !FilePath.isWritable(target) {
                throw DataError("is read-only", at: place, hint: "make it writable or choose another file")
            }
            return .replace(target, mode: mode)
        case nil:
            let parent = Self.folder(of: target)
            guard FilePath.kind(parent) == .directory else {
                throw DataError("the folder \(parent) does not exist", at: place, hint: "create it first")
            }
            guard FilePath.isWritable(parent) else {
                throw DataError("the folder \(parent) may not be written in", at: place, hint: "choose a folder you may write in")
            }
            return .create(target)
        }
    }

    /// Throws the error writing to `path` would meet before a byte is written (a missing folder, a folder or a
    /// device named, a read-only file), so that a command can refuse its output before a long computation.
    /// Creates nothing. `-` is standard output, always writable.
    public static func checkDestination(_ path: String) throws {
        if path != "-" { _ = try destination(path) }
    }

    private static func temporaryName(for path: String) -> String { path + ".tmp-\(FilePath.processID)" }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    deinit {
        if ownsDescriptor && !finished {
            try? descriptor?.close()
            if let temporaryPath {
                FilePath.remove(temporaryPath)
                TemporaryFiles.shared.unregister(temporaryPath)
            }
        }
    }

    /// Where the sink writes, for messages.
    private var location: SourceLocation? { displayPath.map { SourceLocation(file: $0, line: 1) } }

    /// Appends text.
    public func write(_ text: String) throws {
        var t = text
        t.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.flushThreshold && descriptor != nil { try flush() }
    }

    /// Appends bytes.
    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold && descriptor != nil { try flush() }
    }

    /// Writes out the buffer.
    public func flush() throws {
        guard let descriptor, !buffer.isEmpty else { return }  // in memory: the buffer is the destination
        do {
            try buffer.withUnsafeBytes { raw in try descriptor.writeAll(raw.baseAddress!, count: raw.count) }
        } catch {
            throw DataError("write failed: \(error)", at: location)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    public func finish() throws {
        if buffer.isEmpty == false { try flush() }
        guard ownsDescriptor, !finished, let descriptor else { return }
        finished = true
        do throws(SystemError) {
            if temporaryPath != nil { try descriptor.sync() }
            try descriptor.close()
        } catch {
            if let temporaryPath { FilePath.remove(temporaryPath); TemporaryFiles.shared.unregister(temporaryPath) }
            throw DataError("write failed: \(error.message)", at: location)
        }
        if let temporaryPath, let finalPath {
            defer { TemporaryFiles.shared.unregister(temporaryPath) }
            do { try FilePath.rename(temporaryPath, to: finalPath) } catch {
                FilePath.remove(temporaryPath)
                throw DataError("cannot move the output into place: \(error.message)", at: location)
            }
        }
    }
}
