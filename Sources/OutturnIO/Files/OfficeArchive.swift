import COutturnZlib
import Foundation
import Outturn

/// The parts of an Office Open XML file (.xlsx, .docx): a ZIP container read from its central directory, each
/// part stored or deflated (zlib's raw inflate), every size and offset checked against the file before it is
/// used, and each part limited to `maximumPartSize` and to the size the directory declares (a ZIP bomb is an
/// error, not a full disk or memory). ZIPFoundation's reader is not used for reading: on a truncated deflate
/// stream it loops forever, and its in-memory archive traps on offsets past the end (both found by fuzzing
/// workbooks).
struct OfficeArchive {
    struct Part {
        let method: UInt16
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    let bytes: [UInt8]
    let file: String
    /// Name -> part.
    let parts: [String: Part]
    static let maximumPartSize = 1 << 30

    /// Reads the central directory; `what` names the document kind in errors ("workbook", "Word document").
    init(bytes: [UInt8], file: String, what: String) throws {
        self.bytes = bytes
        self.file = file
        let damaged = DataError("is not a readable \(what) (not a ZIP container: damaged or not an Office file)",
                                at: SourceLocation(file: file, line: 1), hint: "open and save it again in Excel, WPS, Word or LibreOffice")
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record: within the last 64 KB + 22 bytes.
        guard bytes.count >= 22 else { throw damaged }
        var eocd = -1
        var k = bytes.count - 22
        let floor = max(0, bytes.count - 22 - 65_535)
        while k >= floor {
            if bytes[k] == 0x50 && bytes[k + 1] == 0x4B && bytes[k + 2] == 0x05 && bytes[k + 3] == 0x06 { eocd = k; break }
            k -= 1
        }
        guard eocd >= 0 else { throw damaged }
        let count = u16(eocd + 10), directorySize = u32(eocd + 12), directoryOffset = u32(eocd + 16)
        guard directoryOffset <= eocd, directorySize <= eocd - directoryOffset else { throw damaged }
        var parts: [String: Part] = [:]
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= eocd, u32(p) == 0x0201_4B50 else { throw damaged }
            let method = UInt16(u16(p + 10))
            let compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard p + 46 + nameLength <= eocd else { throw damaged }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                throw DataError("the \(what) is larger than 4 GB (ZIP64), which is not read", at: SourceLocation(file: file, line: 1))
            }
            parts[name] = Part(method: method, compressedSize: compressed, uncompressedSize: uncompressed, localHeaderOffset: local)
            p += 46 + nameLength + extraLength + commentLength
        }
        self.parts = parts
    }

    /// The bytes of part `name`, nil when the archive has no such part.
    func part(_ name: String) throws -> Data? {
        guard let part = parts[name] else { return nil }
        let place = SourceLocation(file: file, line: 1)
        let damaged = DataError("the part \(name) is damaged", at: place, hint: "open and save the file again")
        guard part.uncompressedSize <= Self.maximumPartSize else {
            throw DataError("the part \(name) is larger than \(Self.maximumPartSize >> 20) MB", at: place)
        }
        let h = part.localHeaderOffset
        guard h + 30 <= bytes.count, bytes[h] == 0x50, bytes[h + 1] == 0x4B, bytes[h + 2] == 0x03, bytes[h + 3] == 0x04 else { throw damaged }
        let start = h + 30 + (Int(bytes[h + 26]) | Int(bytes[h + 27]) << 8) + (Int(bytes[h + 28]) | Int(bytes[h + 29]) << 8)
        guard start <= bytes.count, part.compressedSize <= bytes.count - start else { throw damaged }
        let input = bytes[start..<(start + part.compressedSize)]
        switch part.method {
        case 0:
            guard part.compressedSize == part.uncompressedSize else { throw damaged }
            return Data(input)
        case 8:
            guard let out = Self.inflate(input, expected: part.uncompressedSize) else { throw damaged }
            return out
        default:
            throw DataError("the part \(name) is compressed by method \(part.method), which is not read", at: place,
                            hint: "save the file again in Excel, WPS, Word or LibreOffice")
        }
    }

    /// Raw inflate of `input` into exactly `expected` bytes; nil for a damaged or truncated stream, or one that
    /// inflates to another size.
    static func inflate(_ input: ArraySlice<UInt8>, expected: Int) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: expected + 1)   // one spare byte: more output is an error
        var input = Array(input)
        let result: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return COutturnZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END, Int(stream.total_out) == expected else { return nil }
        return Data(output.prefix(expected))
    }
}
