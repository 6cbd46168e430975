import Foundation
import Outturn
import OutturnSystem

/// Reads report documents into text for `OutturnReports`: plain text (UTF-8 or GB18030), PDF through
/// poppler's `pdftotext -layout` (which keeps table columns), Word documents (.docx: paragraphs, and table rows
/// as `|` lines) and HTML pages with tags, scripts and styles dropped. Anything else is a `DataError` naming the file; a document with no text is an error too, never an
/// empty success.
public enum ReportSource {
    /// The file extensions a folder of reports is searched for.
    public static let extensions: Set<String> = ["txt", "pdf", "html", "htm", "docx"]

    /// The report files named: files as they are, folders by their report files (sorted by name).
    public static func paths(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        for p in paths {
            switch FilePath.kind(p) {
            case nil:
                throw DataError("no such file or folder", at: SourceLocation(file: p, line: 1))
            case .directory?:
                let names = try FileManager.default.contentsOfDirectory(atPath: p).filter { name in
                    guard let dot = name.lastIndex(of: ".") else { return false }
                    return extensions.contains(name[name.index(after: dot)...].lowercased())
                }.sorted()
                out += names.map { (p as NSString).appendingPathComponent($0) }
            default:
                out.append(p)
            }
        }
        return out
    }

    /// The name a report goes by in records and provenance: its file name.
    public static func displayName(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// The text of the report at `path`.
    public static func text(path: String) throws -> String {
        let place = SourceLocation(file: path, line: 1)
        let kind = SourceKind.of(path: path)
        let text: String
        switch kind {
        // (UTF-8 read into the text's own storage: a long report held once; else its bytes decoded as GB18030.)
        case .reportText, .unknown: text = try WholeFile.readUTF8(path, what: "report") ?? decode(try bytes(path), file: path)
        case .html: text = HTMLText.plainText(try decode(try bytes(path), file: path))
        case .pdf: text = try pdfText(path)
        case .word: text = try WordText.text(path: path)
        case .csv, .json, .store, .workbook:
            throw DataError("is a \(kind.rawValue) file, not a report", at: place, hint: "read it with --data")
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw DataError(kind == .pdf ? "the PDF has no text layer (a scanned document?)" : "the report is empty", at: place,
                            hint: kind == .pdf ? "run OCR on it first (e.g. ocrmypdf) and read the result" : nil)
        }
        return text
    }

    /// UTF-8 (a BOM dropped) or else GB18030.
    static func decode(_ data: [UInt8], file: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return try TextDecoding.decodeGB18030(Array(bytes), file: file)
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        try WholeFile.read(path, what: "report")
    }

    /// `pdftotext -layout FILE -`; a missing program is named with its Debian package.
    static func pdfText(_ path: String) throws -> String {
        let place = SourceLocation(file: path, line: 1)
        let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
        guard let program = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw DataError("reading PDF needs the pdftotext program, which is not installed", at: place,
                            hint: "install Debian's poppler-utils: apt-get install poppler-utils")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a large document cannot fill a pipe and stall.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            let first = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            let reason = first.contains("ncrypt") || first.contains("assword") ? "the PDF is encrypted (it needs a password to open)"
                : first.contains("Syntax Error") || first.contains("Couldn't") || first.contains("May not be a PDF")
                ? "the PDF is damaged or incomplete (pdftotext: \(first.prefix(100)))" : "pdftotext could not read it (\(first.prefix(120)))"
            throw DataError(reason, at: place)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
