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
            throw DataError("the text is neither UTF-8 nor GB18030", at: SourceLocation(file: file, line: 1))
        }
        return String(decoding: r.output, as: UTF8.self)
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
