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
