import Outturn
import OutturnSystem

/// The whole content of a small file (a JSON panel, a report, a scheme), read through the descriptor layer.
enum WholeFile {
    /// The bytes at `path`; a failure is a `DataError` at the file that says why (`is a folder`, errno's
    /// message), with `what` naming what the file should have been ("report", "scheme").
    static func read(_ path: String, displayName: String? = nil, what: String, hint: String? = nil) throws -> [UInt8] {
        let file = displayName ?? path
        if FilePath.kind(path) == .directory {
            throw DataError("is a folder, not a \(what)", at: SourceLocation(file: file, line: 1), hint: hint)
        }
        do {
            return try FilePath.contents(path)
        } catch {
            throw DataError("cannot read the \(what): \(error.message)", at: SourceLocation(file: file, line: 1), hint: hint)
        }
    }

    /// The text at `path` when it is a regular file of UTF-8 (a byte-order mark dropped), read straight into the
    /// string's own storage: a long report is held once, not as bytes and again as text. Nil when the file is not
    /// UTF-8, or is a pipe or device (its size unknown until read: `read` takes it whole).
    static func readUTF8(_ path: String, what: String) throws -> String? {
        let place = SourceLocation(file: path, line: 1)
        // (Told before opening it: a pipe opened here and again by `read` would wait for a writer gone after the first.)
        guard FilePath.kind(path) == .regular else { return nil }
        do {
            let file = try FileDescriptor.open(reading: path)
            defer { try? file.close() }
            let size = try file.status().size
            var mark = [UInt8](repeating: 0, count: 3)
            let got = try mark.withUnsafeMutableBytes { try file.read(into: $0.baseAddress!, count: 3, at: 0) }
            let skip = got == 3 && mark == [0xEF, 0xBB, 0xBF] ? 3 : 0
            var valid = true
            var failure: SystemError? = nil
            let text = String(unsafeUninitializedCapacity: max(0, size - skip)) { buffer in
                var n = 0
                while n < buffer.count {
                    do {
                        let r = try file.read(into: buffer.baseAddress! + n, count: buffer.count - n, at: skip + n)
                        if r == 0 { break }
                        n += r
                    } catch { failure = error as? SystemError ?? SystemError("read"); return 0 }
                }
                valid = TextDecoding.firstInvalidUTF8(UnsafeBufferPointer(rebasing: buffer[..<n])) == nil
                return valid ? n : 0
            }
            if let failure { throw failure }
            return valid ? text : nil
        } catch let error as SystemError {
            throw DataError("cannot read the \(what): \(error.message)", at: place)
        }
    }
}
