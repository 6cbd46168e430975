import Outturn

/// How fields are encoded in CSV and JSON records (numbers are `DecimalText.shortest`), and text in the XML
/// Outturn writes (SVG charts, HTML pages, workbook parts).
public enum RecordEncoding {
    /// Text as XML character data or an attribute value: the five entities escaped, and the characters XML 1.0
    /// cannot hold (control characters but tab and line breaks, U+FFFE, U+FFFF) dropped, so a label carrying one
    /// from the data never makes a chart, page or workbook unreadable.
    public static func xmlText(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { continue }
                if u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

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
        // Most ids, names and units need no escape: one scan of their bytes, then one concatenation.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) { return "\"" + s + "\"" }
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
