import OutturnSystem

/// What a file holds, decided once for every command (`--data`, `import`, `extract`, `audit`): by the file's
/// first bytes where they are telling (a PDF, a ZIP container, an SQLite database, HTML), else by its extension.
public enum SourceKind: String, Sendable, CaseIterable {
    /// A long or wide CSV panel (UTF-8 or GB18030).
    case csv
    /// A JSON array of panel records.
    case json
    /// An Outturn store (SQLite).
    case store
    /// A report as plain text (UTF-8 or GB18030), as pdftotext leaves it.
    case reportText
    /// A PDF report (read through pdftotext).
    case pdf
    /// An HTML page of a report.
    case html
    /// A Word document (.docx).
    case word
    /// An Excel workbook (.xlsx, .xls).
    case workbook
    /// Anything else.
    case unknown

    /// Whether the kind is a report (a document to extract figures from) rather than a panel.
    public var isReport: Bool { [.reportText, .pdf, .html, .word].contains(self) }

    /// The kind of the file at `path`. A missing file is classified by its extension alone.
    public static func of(path: String) -> SourceKind {
        let byExtension = kind(ofExtension: path)
        guard let head = FileHead(path: path) else { return byExtension }
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: Array("SQLite format 3\0".utf8)) { return .store }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {   // a ZIP container: Office Open XML
            return byExtension == .word || byExtension == .workbook ? byExtension : .unknown
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .workbook }   // the old binary Office format
        if byExtension == .unknown {
            if head.looksLikeHTML { return .html }
            return .unknown
        }
        return byExtension
    }

    /// The kind a file name's extension suggests.
    public static func kind(ofExtension path: String) -> SourceKind {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return .unknown }
        switch name[name.index(after: dot)...].lowercased() {
        case "csv", "tsv": return .csv
        case "json": return .json
        case "sqlite", "sqlite3", "db": return .store
        case "txt", "text": return .reportText
        case "pdf": return .pdf
        case "html", "htm": return .html
        case "docx": return .word
        case "xlsx", "xls": return .workbook
        default: return .unknown
        }
    }
}

/// The first bytes of a regular file, for telling its kind.
private struct FileHead {
    let bytes: [UInt8]

    init?(path: String) {
        guard FilePath.kind(path) == .regular, let fd = try? FileDescriptor.open(reading: path) else { return nil }
        defer { try? fd.close() }
        var buffer = [UInt8](repeating: 0, count: 512)
        guard let n = try? buffer.withUnsafeMutableBytes({ raw in try fd.read(into: raw.baseAddress!, count: raw.count, at: 0) })
        else { return nil }
        bytes = Array(buffer.prefix(n))
    }

    func starts(with prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }

    var looksLikeHTML: Bool {
        let text = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        return text.contains("<!doctype html") || text.contains("<html")
    }
}
