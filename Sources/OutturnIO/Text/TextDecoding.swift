#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Outturn

/// Whole-text decoding for files read at once (reports).
public enum TextDecoding {
    /// Decodes GB18030 bytes to a String through the C library's iconv; a byte sequence that is not GB18030 is
    /// a `DataError` naming the file.
    public static func decodeGB18030(_ bytes: [UInt8], file: String) throws -> String {
        guard let cd = Optional(iconv_open("UTF-8", "GB18030")), cd != iconv_t(bitPattern: -1) else {
            throw DataError("this system's iconv cannot convert GB18030", at: SourceLocation(file: file, line: 1))
        }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        let failed = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1
            }
        }
        if failed { throw DataError("the text is neither UTF-8 nor GB18030", at: SourceLocation(file: file, line: 1)) }
        output.removeSubrange((output.count - outLeft)...)
        return String(decoding: output, as: UTF8.self)
    }
}
