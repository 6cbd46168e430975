import Foundation
import Outturn

/// The text of a Word document (.docx): the paragraphs of `word/document.xml` one per line, and each table row
/// as one `|`-separated line (the form the report grammar reads tables in). Runs, tabs and breaks are kept;
/// everything else of the format (styles, numbering, headers) is dropped. A cell merged across columns
/// (`w:gridSpan`) is followed by empty cells, so that rows keep their header's columns (a cell merged down rows,
/// `w:vMerge`, is already an empty cell in the rows below).
enum WordText {
    /// The largest document part read (uncompressed), against ZIP bombs.
    static let maximumPartSize = 200 << 20

    static func text(path: String) throws -> String {
        let place = SourceLocation(file: path, line: 1)
        let archive = try OfficeArchive(bytes: try WholeFile.read(path, what: "Word document"), file: path, what: "Word document")
        guard archive.parts["word/document.xml"] != nil else {
            throw DataError("is a ZIP file without word/document.xml, not a Word document", at: place)
        }
        guard archive.parts["word/document.xml"]!.uncompressedSize <= maximumPartSize else {
            throw DataError("the document's text part is larger than \(maximumPartSize >> 20) MB", at: place)
        }
        let xml = try archive.part("word/document.xml")!
        let reader = DocumentXML()
        try XMLScanner.scan(xml, reader, file: path, part: "Word document's text")
        return reader.text
    }

    /// Collects paragraphs and table rows from WordprocessingML.
    final class DocumentXML: XMLEvents {
        private(set) var text = ""
        private var paragraph = ""
        private var inText = false
        private var cells: [String]? = nil     // the cells of the table row being read
        private var cell = ""
        private var cellSpan = 1              // the grid columns the cell being read spans
        private var tableDepth = 0

        func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "w:t": inText = true
            case "w:tab": paragraph += "\t"
            case "w:br", "w:cr": paragraph += "\n"
            case "w:tbl": tableDepth += 1
            case "w:tr": if tableDepth == 1 { cells = [] }
            case "w:tc": cell = ""; cellSpan = 1
            case "w:gridSpan": cellSpan = min(64, max(1, Int((attributes["w:val"] ?? "").prefix(6)) ?? 1))
            default: break
            }
        }

        func text(_ string: String) {
            if inText { paragraph += string }
        }

        func end(_ name: String) {
            switch name {
            case "w:t": inText = false
            case "w:p":
                if cells != nil { cell += (cell.isEmpty ? "" : " ") + paragraph } else { text += paragraph + "\n" }
                paragraph = ""
            case "w:tc":
                cells?.append(cell.trimmingCharacters(in: .whitespaces))
                for _ in 1..<cellSpan { cells?.append("") }
            case "w:tr":
                if let row = cells, tableDepth == 1 { text += row.joined(separator: " | ") + "\n" }
                cells = nil
            case "w:tbl": tableDepth -= 1
            default: break
            }
        }
    }
}
