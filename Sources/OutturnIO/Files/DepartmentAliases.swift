import Foundation
import Outturn

/// Department aliases declared once in a file, one `alias = id` per line (`#` starts a comment): the same
/// office under a report's name and a data file's id (`湖南省财政厅 = hun-finance`) is then one department in
/// every command and import (`--aliases FILE`).
public enum DepartmentAliases {
    /// The aliases in the file at `path`, alias -> id. An alias given twice with different ids is an error at
    /// its line.
    public static func load(path: String) throws -> [String: String] {
        let bytes = try WholeFile.read(path, what: "alias file")
        guard let text = String(validating: bytes, as: UTF8.self) ?? (try? TextDecoding.decodeGB18030(bytes, file: path)) else {
            throw DataError("the alias file is neither UTF-8 nor GB18030", at: SourceLocation(file: path, line: 1))
        }
        var aliases: [String: String] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let place = SourceLocation(file: path, line: n + 1)
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw DataError("\"\(line)\" is not alias = id", at: place, hint: "e.g. 湖南省财政厅 = hun-finance")
            }
            if let earlier = aliases[parts[0]], earlier != parts[1] {
                throw DataError("\"\(parts[0])\" is an alias of \"\(earlier)\" earlier and of \"\(parts[1])\" here", at: place)
            }
            aliases[parts[0]] = parts[1]
        }
        return aliases
    }
}
