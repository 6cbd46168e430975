import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Outturn
import ZIPFoundation

/// The text of a Word document (.docx): the paragraphs of `word/document.xml` one per line, and each table row
/// as one `|`-separated line (the form the report grammar reads tables in). Runs, tabs and breaks are kept;
/// everything else of the format (styles, numbering, headers) is dropped.
enum WordText {
    /// The largest document part read (uncompressed), against ZIP bombs.
    static let maximumPartSize = 200 << 20

    static func text(path: String) throws -> String {
        let place = SourceLocation(file: path, line: 1)
        let archive: Archive
        // Opened from memory: ZIPFoundation's file-backed archive leaks its path's C string on every open.
        do { archive = try Archive(data: Data(try WholeFile.read(path, what: "Word document")), accessMode: .read) } catch let error as DataError {
            throw error
        } catch {
            throw DataError("is not a Word document (not a ZIP container)", at: place, hint: "save it again as .docx, or as PDF or text")
        }
        guard let entry = archive["word/document.xml"] else {
            throw DataError("is a ZIP file without word/document.xml, not a Word document", at: place)
        }
        guard entry.uncompressedSize <= UInt64(maximumPartSize) else {
            throw DataError("the document's text part is larger than \(maximumPartSize >> 20) MB", at: place)
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in xml.append(chunk) }
        } catch {
            throw DataError("the Word document is damaged (\(error))", at: place)
        }
        let reader = DocumentXML()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            throw DataError("the Word document's XML is damaged (\(parser.parserError.map { "\($0)" } ?? "unreadable"))", at: place)
        }
        return reader.text
    }

    /// Collects paragraphs and table rows from WordprocessingML.
    final class DocumentXML: NSObject, XMLParserDelegate {
        private(set) var text = ""
        private var paragraph = ""
        private var inText = false
        private var cells: [String]? = nil     // the cells of the table row being read
        private var cell = ""
        private var tableDepth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "w:t": inText = true
            case "w:tab": paragraph += "\t"
            case "w:br", "w:cr": paragraph += "\n"
            case "w:tbl": tableDepth += 1
            case "w:tr": if tableDepth == 1 { cells = [] }
            case "w:tc": cell = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { paragraph += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:p":
                if cells != nil { cell += (cell.isEmpty ? "" : " ") + paragraph } else { text += paragraph + "\n" }
                paragraph = ""
            case "w:tc": cells?.append(cell.trimmingCharacters(in: .whitespaces))
            case "w:tr":
                if let row = cells, tableDepth == 1 { text += row.joined(separator: " | ") + "\n" }
                cells = nil
            case "w:tbl": tableDepth -= 1
            default: break
            }
        }
    }
}
