#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Outturn

/// GB18030 to UTF-8 through the C library's iconv, chunk by chunk: the one place Outturn calls iconv.
final class GB18030Converter {
    private let descriptor: iconv_t

    /// nil when this system's iconv has no GB18030.
    init?() {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return nil }
        descriptor = cd!
    }

    deinit { iconv_close(descriptor) }

    /// Converts as much of `input` as forms whole characters. `incompleteTail` is how many bytes at the end
    /// belong to a character cut by the chunk's end; `invalid` is set when a byte sequence is not GB18030.
    func convert(_ input: [UInt8]) -> (output: [UInt8], incompleteTail: Int, invalid: Bool) {
        if input.isEmpty { return ([], 0, false) }
        var input = input
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)  // GB18030 -> UTF-8 grows at most 1.5x
        var inLeft = input.count, outLeft = output.count
        var stoppedAt: Int32 = 0
        input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                if iconv(descriptor, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { stoppedAt = errno }
            }
        }
        output.removeSubrange((output.count - outLeft)...)
        return (output, stoppedAt == EINVAL ? inLeft : 0, stoppedAt != 0 && stoppedAt != EINVAL)
    }
}

/// Whole-text decoding for files read at once (reports).
public enum TextDecoding {
    /// Decodes GB18030 bytes to a String; a byte sequence that is not GB18030 (or a character cut at the end)
    /// is a `DataError` naming the file.
    public static func decodeGB18030(_ bytes: [UInt8], file: String) throws -> String {
        guard let converter = GB18030Converter() else {
            throw DataError("this system's iconv cannot convert GB18030", at: SourceLocation(file: file, line: 1))
        }
        let r = converter.convert(bytes)
        if r.invalid || r.incompleteTail > 0 {
            // Where the text stops being UTF-8 (the encoding of almost every text made today): the place to look.
            guard let bad = firstInvalidUTF8(bytes) else {
                throw DataError("the text is neither UTF-8 nor GB18030", at: SourceLocation(file: file, line: 1))
            }
            let lineStart = bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = bytes[..<bad].count(where: { $0 == 0x0A }) + 1
            let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
            // (A lead byte whose sequence the end of the text cuts short: a file copied or cut in part.)
            let lead = bytes[bad], length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let cut = lead >= 0xC2 && lead <= 0xF4 && bytes.count - bad < length && bytes[(bad + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
            let what = cut ? "a character cut off at the end of the text"
                : "byte 0x" + String(lead, radix: 16, uppercase: true) + " is no UTF-8 there"
            throw DataError("the text is neither UTF-8 nor GB18030: \(what)", at: SourceLocation(file: file, line: line, column: column),
                            hint: "save it in full as UTF-8 or GB18030")
        }
        return String(decoding: r.output, as: UTF8.self)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil for UTF-8 text.
    public static func firstInvalidUTF8<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var at = 0
        while true {
            switch parser.parseScalar(from: &input) {
            case let .valid(scalar): at += scalar.count
            case .emptyInput: return nil
            case .error: return at
            }
        }
    }
}

/// Text to GB18030 bytes (for CSV that Excel on a Chinese Windows desktop opens without mojibake).
public enum TextEncoder {
    /// `text` in GB18030. Every Unicode character has a GB18030 form, so this fails only when this system's
    /// iconv has no GB18030.
    public static func gb18030(_ text: String) throws -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")
        if cd == iconv_t(bitPattern: -1) { throw DataError("this system's iconv cannot convert to GB18030", hint: "write UTF-8 with --bom instead") }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        if input.isEmpty { return [] }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)   // UTF-8 -> GB18030 grows at most 4/3x
        var inLeft = input.count, outLeft = output.count
        var failed = false
        input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                failed = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1
            }
        }
        if failed { throw DataError("the output could not be converted to GB18030 (\(String(cString: strerror(errno))))") }
        output.removeSubrange((output.count - outLeft)...)
        return output
    }
}
