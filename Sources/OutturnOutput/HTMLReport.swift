import Outturn

/// A self-contained HTML page of sections (headings, paragraphs, tables, inline SVG charts): no script, no
/// fonts or images fetched at view time, and print CSS for A4, so it can be mailed, archived and printed.
public struct HTMLReport: Sendable {
    /// One block of the page.
    public enum Block: Sendable {
        case heading(String)
        case paragraph(String)
        /// A table of records, rendered with the table's headings and number styles.
        case table(RecordTable)
        /// An SVG document, inlined.
        case chart(String)
    }

    public var title: String
    /// The page's language (`zh-CN`, `en`), for the browser and for screen readers.
    public var language: String
    public var blocks: [Block] = []

    public init(title: String, language: String) {
        self.title = title
        self.language = language
    }

    static let style = """
        body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif; margin: 24px auto; max-width: 1100px; color: #222; }
        h1 { font-size: 22px; border-bottom: 2px solid #1f77b4; padding-bottom: 6px; }
        h2 { font-size: 17px; margin-top: 28px; color: #1f4e79; }
        p { line-height: 1.6; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; }
        th { background: #eef3f8; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        svg { max-width: 100%; height: auto; }
        @page { size: A4; margin: 15mm; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } }
        """

    /// The page.
    public func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"\(RecordEncoding.xmlText(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(RecordEncoding.xmlText(title))</title>\n"
        html += "<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<h1>\(RecordEncoding.xmlText(title))</h1>\n"
        for block in blocks {
            switch block {
            case let .heading(text): html += "<h2>\(RecordEncoding.xmlText(text))</h2>\n"
            case let .paragraph(text): html += "<p>\(RecordEncoding.xmlText(text))</p>\n"
            case let .chart(svg):
                // The SVG document without its XML declaration, inline.
                html += "<figure>" + svg.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "") + "</figure>\n"
            case let .table(table): html += Self.table(table)
            }
        }
        return html + "</body>\n</html>\n"
    }

    static func table(_ table: RecordTable) -> String {
        let kept = table.columns.indices.filter { table.columns[$0].inTable }
        var html = "<table>\n<thead><tr>" + kept.map { "<th>\(RecordEncoding.xmlText(table.columns[$0].heading))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        // A column of numbers is right-aligned throughout, its missing cells (–) included.
        let numeric = Set(kept.filter { j in table.rows.contains { if case .number = $0[j] { return true } else { return false } } })
        for row in table.rows {
            html += "<tr>" + kept.map { j -> String in
                let text = RecordEncoding.xmlText(RecordTable.tableText(row[j], style: table.columns[j].style(in: row)))
                if case .text = row[j] { return "<td>\(text)</td>" }
                return numeric.contains(j) ? "<td class=\"number\">\(text)</td>" : "<td>\(text)</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
