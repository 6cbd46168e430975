import Foundation
import Outturn
import OutturnSystem

/// `--data -`: standard input, copied to a temporary file so that every reader (the parallel CSV reader reads by
/// offset) sees an ordinary file. The copy is removed when reading ends, and on an interruption.
enum StandardInput {
    /// Copies standard input to a new temporary file named for the content's kind (`.json` when it opens with
    /// `[` or `{`, else `.csv`) and returns its path.
    static func temporaryCopy() throws -> String {
        let folder = FileManager.default.temporaryDirectory.path
        let base = folder + "/outturn-stdin-\(FilePath.processID)-\(UInt64.random(in: 0...UInt64.max))"
        let partial = base + ".part"
        let out: FileDescriptor
        do { out = try FileDescriptor.open(writing: partial, permissions: 0o600, exclusive: true) } catch {
            throw DataError("cannot copy standard input: \(error.message)")
        }
        TemporaryFiles.shared.register(partial)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var first: UInt8? = nil
        do {
            while true {
                let n = try buffer.withUnsafeMutableBytes { raw in try FileDescriptor.standardInput.read(into: raw.baseAddress!, count: raw.count) }
                if n == 0 { break }
                if first == nil { first = buffer.prefix(n).first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF } }
                try buffer.withUnsafeBytes { raw in try out.writeAll(raw.baseAddress!, count: n) }
            }
            try out.close()
        } catch {
            try? out.close()
            FilePath.remove(partial)
            TemporaryFiles.shared.unregister(partial)
            throw DataError("cannot read standard input: \(error)")
        }
        let path = base + (first == UInt8(ascii: "[") || first == UInt8(ascii: "{") ? ".json" : ".csv")
        do { try FilePath.rename(partial, to: path) } catch { throw DataError("cannot copy standard input: \(error.message)") }
        TemporaryFiles.shared.unregister(partial)
        TemporaryFiles.shared.register(path)
        return path
    }

    /// Removes a copy made by `temporaryCopy()`.
    static func remove(_ path: String) {
        FilePath.remove(path)
        TemporaryFiles.shared.unregister(path)
    }
}
