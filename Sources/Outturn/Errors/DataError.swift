/// Where in an input a problem was found: a file, a 1-based line and (when known) a 1-based column in
/// characters.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name or path as the user gave it.
    public var file: String
    /// 1-based line number (physical line, counting the header).
    public var line: Int
    /// 1-based column in characters, when known.
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column` (or `file:line`).
    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}

/// A problem with the data a caller supplied: a malformed file, an unknown id, a conflicting value.
///
/// The message is one line: where (when known), what, and, in `hint`, what to do about it.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, when it comes from a file.
    public var location: SourceLocation?
    /// What is wrong, e.g. `"12,5a" is not a number`.
    public var reason: String
    /// What the user can do, e.g. `did you mean "execution_rate"?`.
    public var hint: String?

    public init(_ reason: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.reason = reason
        self.location = location
        self.hint = hint
    }

    public var description: String {
        var s = location.map { "\($0): " } ?? ""
        s += reason
        if let hint { s += " (\(hint))" }
        return s
    }
}

extension DataError {
    /// An id that does not exist (in a panel, or `place` such as "in the store"), with the closest existing
    /// ids suggested.
    public static func unknown(_ what: String, _ id: String, among candidates: [String], place: String? = nil) -> DataError {
        let near = ClosestNames.closest(to: id, in: candidates, limit: 3)
        let hint = near.isEmpty ? nil : "did you mean " + near.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
        return DataError("unknown \(what) \"\(id)\"" + (place.map { " " + $0 } ?? ""), hint: hint)
    }
}

/// Suggests existing names close to a mistyped one (Levenshtein distance over characters).
public enum ClosestNames {
    /// Up to `limit` names from `candidates` within a distance of about a quarter of the name's length, nearest
    /// first.
    public static func closest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(name.lowercased())
        let maxDistance = max(2, target.count / 4)
        var scored: [(Int, String)] = []
        for c in candidates {
            let d = distance(target, Array(c.lowercased()))
            let contains = c.lowercased().contains(name.lowercased()) && !name.isEmpty
            if d <= maxDistance || contains { scored.append((contains ? min(d, 1) : d, c)) }
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
