/// The text of an HTML page as a report reader needs it: tags dropped, `script` and `style` content dropped,
/// block elements and table cells on lines of their own (a table row becomes one `|`-separated line), the
/// common character references decoded. Merged cells keep the grid: a cell spanning columns (colspan) is
/// followed by empty cells, and the rows below a cell spanning rows (rowspan) get an empty cell in its column,
/// so that every row's values stand in their header's columns. Linear in the page's length.
enum HTMLText {
    static func plainText(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(html.unicodeScalars)
        var i = 0
        var skipping: String? = nil   // inside <script> or <style>
        // The current table's grid: the next column of the row, the rows still covered by a rowspan in each column,
        // and the spans of the cell being read.
        var column = 0, covered: [Int: Int] = [:], span = (rows: 1, columns: 1)
        // (Scalar by scalar: the view's `append(contentsOf:)` copies the whole text at every call.)
        func emptyCell() { for c in " | ".unicodeScalars { out.append(c) } }
        /// Empty cells for the columns at the row's position that a rowspan from above still covers.
        func fillCovered() {
            while let rows = covered[column], rows > 0 {
                emptyCell()
                covered[column] = rows - 1
                column += 1
            }
        }
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
                    case "td", "th":
                        if closing {
                            emptyCell()
                            for _ in 1..<max(1, span.columns) { emptyCell() }
                            if span.rows > 1 { for c in column..<(column + span.columns) { covered[c] = span.rows - 1 } }
                            column += span.columns
                            span = (1, 1)
                        } else {
                            fillCovered()
                            span = (attribute("rowspan", in: tag, limit: 10_000), attribute("colspan", in: tag, limit: 64))
                        }
                    case "tr":
                        if closing { fillCovered() } else { column = 0 }
                        out.append("\n")
                    case "table":
                        if !closing { column = 0; covered = [:] }
                        out.append("\n")
                    case "br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "title":
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

    /// A span attribute of a cell's tag (rowspan="4"): at least 1, at most `limit` (a colspan beyond a form's width
    /// is a typo, and would multiply the text; a rowspan costs only the rows that exist).
    private static func attribute(_ name: String, in tag: String, limit: Int) -> Int {
        guard let r = tag.range(of: name + #"\s*=\s*["']?(\d+)"#, options: .regularExpression) else { return 1 }
        let digits = tag[r].filter(\.isNumber).prefix(6)
        return min(limit, max(1, Int(digits) ?? 1))
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
