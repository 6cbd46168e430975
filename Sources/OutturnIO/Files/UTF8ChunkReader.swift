import Outturn
import OutturnSystem

/// Reads a file in chunks and hands out UTF-8 bytes: a UTF-8 file as it is (BOM removed, validated), a GB18030
/// file transcoded through the C library's iconv. The encoding is detected from the first chunk unless given.
///
/// Memory stays bounded by the chunk size however large the file is.
struct UTF8ChunkReader: ~Copyable {
    let path: String
    /// The name used in error locations.
    let file: String
    private(set) var encoding: TextEncoding
    private let fd: FileDescriptor
    private var converter: GB18030Converter?
    private var pendingRaw: [UInt8] = []   // raw bytes not yet converted (an incomplete multibyte tail)
    private var first = true
    /// Whether a byte beyond ASCII has been read as UTF-8: after one, a byte that is not UTF-8 makes a mixed file.
    private var sawNonASCII = false
    private var eof = false
    /// Newlines handed out so far (for error locations in the encoding layer).
    private var linesSoFar = 1
    /// Raw bytes read so far, and the file's size (for progress).
    private(set) var bytesRead = 0
    private(set) var fileSize = 0
    static let chunkSize = 1 << 22

    init(path: String, displayName: String, encoding: TextEncoding?) throws {
        self.path = path
        self.file = displayName
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(reading: path) } catch {
            throw DataError("cannot open: \(error.message)", at: SourceLocation(file: displayName, line: 1))
        }
        let status = try? fd.status()
        if status?.kind == .directory {
            try? fd.close()
            throw DataError("is a directory, not a data file", at: SourceLocation(file: displayName, line: 1))
        }
        self.fd = fd
        self.fileSize = status?.size ?? 0
        self.encoding = encoding ?? .utf8
        self.explicitEncoding = encoding != nil
    }

    private let explicitEncoding: Bool

    deinit { try? fd.close() }

    private mutating func readRaw() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        var filled = 0
        while filled < buffer.count {
            let n: Int
            do {
                n = try buffer.withUnsafeMutableBytes { raw in try fd.read(into: raw.baseAddress! + filled, count: raw.count - filled) }
            } catch {
                throw DataError("read failed: \(error)", at: SourceLocation(file: file, line: linesSoFar))
            }
            if n == 0 { eof = true; break }
            filled += n
        }
        buffer.removeSubrange(filled...)
        bytesRead += filled
        return buffer
    }

    /// The next chunk of UTF-8 bytes, or `nil` at the end of the file. Chunks may split a line but never a
    /// character.
    mutating func next() throws -> [UInt8]? {
        if eof && pendingRaw.isEmpty { return nil }
        var raw = eof ? [] : try readRaw()
        if first {
            first = false
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
                raw.removeFirst(3)
                encoding = .utf8
            } else if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
                throw DataError("the file is UTF-16, which is not supported", at: SourceLocation(file: file, line: 1),
                                hint: "save it as UTF-8 or GB18030")
            } else if !explicitEncoding, let bad = Self.validUTF8Prefix(raw, atEnd: eof), !bad.incompleteTail {
                // Chinese in UTF-8 before the first byte that is not UTF-8: one cell pasted in another encoding.
                // Reading the whole file as GB18030 would turn every 万元 into 涓囧厓; name the line instead.
                if Self.utf8CJKCount(raw, upTo: bad.offset) >= 2 {
                    throw mixedEncoding(raw[bad.offset], line: 1 + Self.newlines(raw, upTo: bad.offset))
                }
                encoding = .gb18030  // not UTF-8: the common alternative for Chinese government files
            }
        }
        switch encoding {
        case .utf8:
            var bytes = pendingRaw + raw
            pendingRaw = []
            if let bad = Self.validUTF8Prefix(bytes, atEnd: eof) {
                if bad.incompleteTail && !eof {
                    pendingRaw = Array(bytes[bad.offset...])
                    bytes.removeSubrange(bad.offset...)
                } else {
                    let line = linesSoFar + Self.newlines(bytes, upTo: bad.offset)
                    let before = sawNonASCII || bytes[..<bad.offset].contains { $0 >= 0x80 }
                    if !explicitEncoding && !before {
                        // Everything so far was ASCII, which GB18030 shares: the file is GB18030 whose first
                        // non-ASCII byte lies past the first chunk. The encoding is the whole file's.
                        encoding = .gb18030
                        return try convertGB18030(bytes)
                    }
                    if !explicitEncoding { throw mixedEncoding(bytes[bad.offset], line: line) }
                    throw DataError("invalid UTF-8 byte 0x\(String(bytes[bad.offset], radix: 16, uppercase: true))",
                                    at: SourceLocation(file: file, line: line), hint: "if the file is GB18030, pass --encoding gb18030")
                }
            }
            if !sawNonASCII { sawNonASCII = bytes.contains { $0 >= 0x80 } }
            linesSoFar += Self.newlines(bytes, upTo: bytes.count)
            return bytes
        case .gb18030:
            return try convertGB18030(pendingRaw + raw)
        }
    }

    /// A UTF-8 file holding a byte that is not UTF-8 after Chinese that is: one cell pasted in another encoding.
    private func mixedEncoding(_ byte: UInt8, line: Int) -> DataError {
        DataError("the file is UTF-8 up to here and then holds a byte that is not (0x\(String(byte, radix: 16, uppercase: true)))",
                  at: SourceLocation(file: file, line: line),
                  hint: "a cell was pasted in another encoding (GB18030?): retype it or save the whole file as UTF-8")
    }

    private mutating func convertGB18030(_ input: [UInt8]) throws -> [UInt8] {
        if converter == nil {
            guard let c = GB18030Converter() else {
                throw DataError("this system's iconv cannot convert GB18030", at: SourceLocation(file: file, line: 1))
            }
            converter = c
        }
        let r = converter!.convert(input)
        pendingRaw = r.incompleteTail > 0 && !eof ? Array(input.suffix(r.incompleteTail)) : []
        if r.invalid || (r.incompleteTail > 0 && eof) {
            throw DataError("byte sequence is neither UTF-8 nor GB18030",
                            at: SourceLocation(file: file, line: linesSoFar + Self.newlines(r.output, upTo: r.output.count)),
                            hint: "check the file's encoding")
        }
        linesSoFar += Self.newlines(r.output, upTo: r.output.count)
        return r.output
    }

    /// Three-byte UTF-8 sequences of the CJK ranges (lead 0xE4-0xE9) in `bytes[..<end]`.
    static func utf8CJKCount(_ bytes: [UInt8], upTo end: Int) -> Int {
        var n = 0, i = 0
        while i + 2 < end {
            if (0xE4...0xE9).contains(bytes[i]), bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 { n += 1; i += 3 } else { i += 1 }
        }
        return n
    }

    /// Line feeds in `bytes[..<end]`, eight bytes at a time (the SWAR zero-byte test on x ^ 0x0A0A...).
    static func newlines(_ bytes: [UInt8], upTo end: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            var count = 0, i = 0
            let highs: UInt64 = 0x8080_8080_8080_8080, pattern: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
            while i + 8 <= end {
                let x = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self) ^ pattern
                // A byte of x is zero exactly where the input byte was a line feed; exact count via the
                // no-carry form ((x & 0x7F..) + 0x7F..) | x, whose high bit is clear only for zero bytes.
                let t = ((x & ~highs) &+ (~highs)) | x
                count += (~t & highs).nonzeroBitCount
                i += 8
            }
            while i < end { if p[i] == 0x0A { count += 1 }; i += 1 }
            return count
        }
    }

    /// The first invalid position of `bytes` as UTF-8, or nil if all valid. `incompleteTail` is true when the
    /// only problem is a character cut at the end of the buffer.
    static func validUTF8Prefix(_ bytes: [UInt8], atEnd: Bool) -> (offset: Int, incompleteTail: Bool)? {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                // ASCII fast path, eight bytes at a time.
                while i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= n { break }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                if b >= 0xC2 && b <= 0xDF { length = 2 } else if b >= 0xE0 && b <= 0xEF { length = 3 } else if b >= 0xF0 && b <= 0xF4 { length = 4 } else {
                    return (i, false)
                }
                if i + length > n {
                    for k in (i + 1)..<n where p[k] & 0xC0 != 0x80 { return (i, false) }
                    return (i, !atEnd)
                }
                for k in 1..<length where p[i + k] & 0xC0 != 0x80 { return (i, false) }
                // Overlong and surrogate forms.
                if b == 0xE0 && p[i + 1] < 0xA0 { return (i, false) }
                if b == 0xED && p[i + 1] > 0x9F { return (i, false) }
                if b == 0xF0 && p[i + 1] < 0x90 { return (i, false) }
                if b == 0xF4 && p[i + 1] > 0x8F { return (i, false) }
                i += length
            }
            return nil
        }
    }
}
