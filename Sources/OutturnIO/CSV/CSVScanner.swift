import Foundation
import Outturn

/// One CSV record as the scanner sees it: field byte ranges into a UTF-8 buffer, valid during the callback.
struct CSVRecord {
    /// The bytes the ranges point into.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Field ranges (without the surrounding quotes of a quoted field).
    let fields: [Range<Int>]
    /// Whether each field was quoted (a quoted field may hold doubled quotes to unescape).
    let quoted: [Bool]
    /// 1-based physical line on which the record starts.
    let line: Int
    /// Offset of the record's first byte (for column numbers).
    let start: Int

    var count: Int { fields.count }

    /// The field as a String, quotes unescaped, surrounding spaces kept.
    func string(_ i: Int) -> String { decode(fields[i], quoted: quoted[i]) }

    /// The field with surrounding ASCII spaces and tabs removed (trimmed on bytes, decoded once).
    func trimmed(_ i: Int) -> String { decode(trimmedRange(i), quoted: quoted[i]) }

    /// The byte range of field `i` without surrounding ASCII spaces and tabs.
    func trimmedRange(_ i: Int) -> Range<Int> {
        var lo = fields[i].lowerBound, hi = fields[i].upperBound
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        return lo..<hi
    }

    private func decode(_ r: Range<Int>, quoted: Bool) -> String {
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        return quoted && s.utf8.contains(UInt8(ascii: "\"")) ? s.replacingOccurrences(of: "\"\"", with: "\"") : s
    }

    /// The field's raw bytes.
    func rawBytes(_ i: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[fields[i]]) }

    /// 1-based character column where field `i` starts (counting characters, not bytes, from the record start).
    func column(_ i: Int) -> Int {
        let end = fields[i].lowerBound - (quoted[i] ? 1 : 0)
        var column = 1, lineStart = start
        for k in start..<max(start, end) where bytes[k] == 0x0A { lineStart = k + 1 }
        for k in lineStart..<max(lineStart, end) where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}

/// An RFC 4180 CSV scanner over a stream of UTF-8 chunks: quoted fields with doubled quotes, separators and
/// line breaks inside quotes, LF or CRLF line ends, a final line with or without a line end. Blank lines are
/// skipped. A quote inside an unquoted field, or text after a closing quote, is an error with its location.
///
/// - Complexity: O(bytes), one pass; memory bounded by the chunk size plus the longest record.
struct CSVScanner: ~Copyable {
    private var source: UTF8ChunkReader
    let file: String

    init(path: String, displayName: String, encoding: TextEncoding?) throws {
        source = try UTF8ChunkReader(path: path, displayName: displayName, encoding: encoding)
        file = displayName
    }

    var encoding: TextEncoding { source.encoding }
    /// Size of the file in bytes.
    var fileSize: Int { source.fileSize }

    /// Calls `body` with every non-blank record in order; `progress` after each chunk with (bytes read, file size).
    mutating func forEachRecord(progress: ((Int, Int) -> Void)? = nil, _ body: (CSVRecord) throws -> Void) throws {
        var carry: [UInt8] = []
        var line = 1
        var fields: [Range<Int>] = []
        var quoted: [Bool] = []
        fields.reserveCapacity(16)
        quoted.reserveCapacity(16)
        while true {
            let chunk = try source.next()
            progress?(source.bytesRead, source.fileSize)
            let atEnd = chunk == nil
            var buffer = carry
            if let chunk { buffer.append(contentsOf: chunk) }
            carry = []
            if buffer.isEmpty && atEnd { break }
            let consumed: Int = try buffer.withUnsafeBufferPointer { p in
                let n = p.count
                var pos = 0
                records: while pos < n {
                    // One record starting at `pos`.
                    let recordStart = pos, recordLine = line
                    fields.removeAll(keepingCapacity: true)
                    quoted.removeAll(keepingCapacity: true)
                    var i = pos
                    var newlinesInRecord = 0
                    while true {
                        // One field starting at i.
                        if i < n && p[i] == UInt8(ascii: "\"") {
                            let fieldStart = i + 1
                            var k = fieldStart
                            var closed = false
                            while k < n {
                                let c = p[k]
                                if c == UInt8(ascii: "\"") {
                                    if k + 1 < n && p[k + 1] == UInt8(ascii: "\"") { k += 2; continue }
                                    if k + 1 >= n && !atEnd { break }  // need the next byte to decide
                                    closed = true
                                    break
                                }
                                if c == 0x0A { newlinesInRecord += 1 }
                                k += 1
                            }
                            if !closed {
                                if atEnd {
                                    throw DataError("a quoted field is never closed", at: SourceLocation(file: file, line: recordLine))
                                }
                                return recordStart  // incomplete: wait for more bytes
                            }
                            fields.append(fieldStart..<k)
                            quoted.append(true)
                            i = k + 1
                            if i < n, p[i] == UInt8(ascii: " ") || p[i] == UInt8(ascii: "\t") {
                                while i < n && (p[i] == UInt8(ascii: " ") || p[i] == UInt8(ascii: "\t")) { i += 1 }
                            }
                            if i < n && p[i] != UInt8(ascii: ",") && p[i] != 0x0A && p[i] != 0x0D {
                                throw DataError("unexpected text after a closing quote",
                                                at: SourceLocation(file: file, line: recordLine + newlinesInRecord))
                            }
                        } else {
                            let fieldStart = i
                            while i < n {
                                let c = p[i]
                                if c == UInt8(ascii: ",") || c == 0x0A || c == 0x0D { break }
                                if c == UInt8(ascii: "\"") {
                                    throw DataError("a quote inside an unquoted field",
                                                    at: SourceLocation(file: file, line: recordLine + newlinesInRecord),
                                                    hint: "quote the whole field and double the inner quotes")
                                }
                                i += 1
                            }
                            fields.append(fieldStart..<i)
                            quoted.append(false)
                        }
                        // After a field: a separator, a line end, or the end of the buffer.
                        if i >= n {
                            if !atEnd { return recordStart }
                            break
                        }
                        if p[i] == UInt8(ascii: ",") { i += 1; continue }
                        if p[i] == 0x0D {
                            if i + 1 >= n && !atEnd { return recordStart }
                            i += 1
                            if i < n && p[i] == 0x0A { i += 1 }
                        } else {
                            i += 1  // LF
                        }
                        newlinesInRecord += 1
                        break
                    }
                    line += newlinesInRecord
                    pos = i
                    let blank = fields.count == 1 && fields[0].isEmpty && !quoted[0]
                    if !blank {
                        try body(CSVRecord(bytes: p, fields: fields, quoted: quoted, line: recordLine, start: recordStart))
                    }
                    continue records
                }
                return n
            }
            if consumed < buffer.count { carry = Array(buffer[consumed...]) }
            if atEnd { break }
        }
    }
}
