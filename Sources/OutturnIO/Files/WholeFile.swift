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
}
