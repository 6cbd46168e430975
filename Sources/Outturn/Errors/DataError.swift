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

    /// The one-line message: `file:line:column: reason (hint)`, safe to print: control characters (a line break,
    /// an escape sequence, a NUL or BOM inside an id) are shown escaped, and a quoted cell longer than 80
    /// characters is cut, so a 1 MB cell gives a short line.
    public var description: String {
        var s = location.map { "\($0): " } ?? ""
        s += Self.printable(reason)
        if let hint { s += " (\(Self.printable(hint)))" }
        return s
    }

    /// `text` with control and invisible characters escaped and quoted runs ("...") cut to 80 characters.
    static func printable(_ text: String) -> String {
        var out = "", quoted = 0
        for u in text.unicodeScalars {
            if u == "\"" { quoted = quoted == 0 ? 1 : 0; out.unicodeScalars.append(u); continue }
            if quoted > 0 {
                quoted += 1
                if quoted == 82 { out += "…" }
                if quoted > 81 { continue }
            }
            if u.value < 0x20 || u.value == 0x7F || u.value == 0xFEFF || (0x80..<0xA0).contains(u.value) {
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "\\u{" + hex + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
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
