import Outturn

/// How fields are encoded in CSV and JSON records (numbers are `DecimalText.shortest`).
public enum RecordEncoding {
    /// A CSV field, quoted per RFC 4180 when it holds a separator, a quote, a line break or edge spaces.
    public static func csvField(_ s: String) -> String {
        var needsQuotes = false
        for u in s.utf8 where u == UInt8(ascii: ",") || u == UInt8(ascii: "\"") || u == 0x0A || u == 0x0D {
            needsQuotes = true
            break
        }
        if let f = s.utf8.first, f == 0x20 { needsQuotes = true }
        if let l = s.utf8.last, l == 0x20 { needsQuotes = true }
        if !needsQuotes { return s }
        var out = "\""
        for c in s { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out + "\""
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number, or `null` for a missing (NaN) or infinite value.
    public static func jsonNumber(_ v: Double) -> String { v.isFinite ? DecimalText.shortest(v) : "null" }
}
