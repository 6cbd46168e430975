/// The text of an HTML page as a report reader needs it: tags dropped, `script` and `style` content dropped,
/// block elements and table cells on lines of their own (a table row becomes one `|`-separated line), the
/// common character references decoded. Linear in the page's length.
enum HTMLText {
    static func plainText(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(html.unicodeScalars)
        var i = 0
        var skipping: String? = nil   // inside <script> or <style>
        while i < s.count {
            let c = s[i]
            if c == "<" {
                var j = i + 1
                while j < s.count && s[j] != ">" { j += 1 }
                let tag = String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)])).lowercased()
                let closing = tag.hasPrefix("/")
                let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                if let skip = skipping {
                    if closing && name == skip { skipping = nil }
                } else if !closing && (name == "script" || name == "style") {
                    skipping = name
                } else {
                    switch name {
                    case "td", "th": if closing { out.append(contentsOf: " | ".unicodeScalars) }
                    case "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "title":
                        out.append("\n")
                    default: break
                    }
                }
                i = j + 1
                continue
            }
            if skipping != nil { i += 1; continue }
            if c == "&" {
                var j = i + 1
                while j < s.count && j - i <= 10 && s[j] != ";" { j += 1 }
                if j < s.count && s[j] == ";" {
                    let entity = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                    if let decoded = decode(entity) {
                        out.append(decoded)
                        i = j + 1
                        continue
                    }
                }
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    private static func decode(_ entity: String) -> Unicode.Scalar? {
        switch entity {
        case "nbsp", "ensp", "emsp": return " "
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") { return UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            if entity.hasPrefix("#") { return UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
            return nil
        }
    }
}
