#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Outturn
import OutturnSystem

/// Records put aside on disk until they can be written: a command that writes some records before others it
/// finds earlier (`audit`: the inconsistent checks first) keeps the later ones here, not in memory.
///
/// The file is unlinked as soon as it is made: it has no name, so nothing is left behind however the process
/// ends, and the space is freed when the spool is closed.
public struct RecordSpool: ~Copyable {
    private let file: FileDescriptor
    private var pending: [UInt8] = []
    private var written = 0
    /// How many records were put aside.
    public private(set) var count = 0

    /// A new, empty spool in the temporary folder (TMPDIR, else /tmp).
    public init() throws {
        let folder = FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/outturn-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw DataError("cannot make a temporary file in \(folder): \(SystemError("mkstemp").message)") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        file = FileDescriptor(rawValue: fd)
    }

    deinit { try? file.close() }

    /// Puts a record aside.
    public mutating func append(_ record: [Cell]) throws {
        precondition(record.count <= 255, "a record of more than 255 cells")
        pending.append(UInt8(record.count))
        for cell in record {
            switch cell {
            case .missing: pending.append(0)
            case let .number(v):
                pending.append(1)
                withUnsafeBytes(of: v.bitPattern.littleEndian) { pending.append(contentsOf: $0) }
            case let .text(s):
                pending.append(2)
                let bytes = Array(s.utf8)
                withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { pending.append(contentsOf: $0) }
                pending.append(contentsOf: bytes)
            }
        }
        count += 1
        if pending.count >= 1 << 20 { try flush() }
    }

    private mutating func flush() throws {
        guard !pending.isEmpty else { return }
        do { try pending.withUnsafeBytes { try file.writeAll($0.baseAddress!, count: $0.count) } } catch {
            throw DataError("cannot write a temporary file: \(error)")
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Hands every record put aside, in the order put, to `body` in batches of at most `batch`; again from the
    /// first record each time it is called (a table's widths, then its lines), and more may be put aside between.
    public mutating func replay(batch: Int = 4096, _ body: ([[Cell]]) throws -> Void) throws {
        try flush()
        var reader = Reader(file: file, size: written)
        var records: [[Cell]] = []
        for _ in 0..<count {
            let n = Int(try reader.byte())
            var record: [Cell] = []
            record.reserveCapacity(n)
            for _ in 0..<n {
                switch try reader.byte() {
                case 0: record.append(.missing)
                case 1: record.append(.number(Double(bitPattern: UInt64(littleEndian: try reader.word(8)))))
                default:
                    let length = Int(try reader.word(4))
                    record.append(.text(String(decoding: try reader.bytes(length), as: UTF8.self)))
                }
            }
            records.append(record)
            if records.count == batch { try body(records); records.removeAll(keepingCapacity: true) }
        }
        if !records.isEmpty { try body(records) }
    }

    /// Reads the spool's file from its start, a megabyte at a time.
    private struct Reader {
        let file: FileDescriptor
        let size: Int
        var buffer: [UInt8] = []
        var at = 0          // in buffer
        var offset = 0      // of buffer's end in the file

        init(file: FileDescriptor, size: Int) {
            self.file = file
            self.size = size
        }

        mutating func bytes(_ n: Int) throws -> ArraySlice<UInt8> {
            if at + n > buffer.count {
                buffer.removeFirst(at)
                at = 0
                let want = min(max(n - buffer.count, 1 << 20), size - offset)
                guard want > 0, buffer.count + want >= n else { throw DataError("a temporary file ended early") }
                let old = buffer.count
                buffer += [UInt8](repeating: 0, count: want)
                var got = 0
                while got < want {
                    let r: Int
                    do { r = try buffer.withUnsafeMutableBytes { try file.read(into: $0.baseAddress! + old + got, count: want - got, at: offset + got) } } catch {
                        throw DataError("cannot read a temporary file: \(error)")
                    }
                    guard r > 0 else { throw DataError("a temporary file ended early") }
                    got += r
                }
                offset += want
            }
            defer { at += n }
            return buffer[at..<(at + n)]
        }

        mutating func byte() throws -> UInt8 { try bytes(1).first! }

        mutating func word(_ n: Int) throws -> UInt64 {
            var v: UInt64 = 0
            for (k, b) in try bytes(n).enumerated() { v |= UInt64(b) << (8 * UInt64(k)) }
            return v
        }
    }
}
