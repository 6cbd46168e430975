/// Parses decimal numbers from bytes as they appear in data files: `1342.42`, `-3`, `3.5696e10`, `1,342.42`
/// (thousands separators, when allowed), surrounding spaces.
///
/// Correctly rounded: a fast exact path when the digits fit in 2^53 and the power of ten is at most 22 (Clinger
/// 1990), otherwise the standard library's correctly rounded conversion.
enum DecimalParsing {
    private static let powersOfTen: [Double] = (0...22).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// The value of `bytes`, or `nil` when they are not a finite decimal number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, allowThousandsSeparators: Bool) -> Double? {
        var lo = 0, hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        if lo == hi { return nil }
        var i = lo
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, significant = 0, exponent = 0
        var sawDigit = false, sawSeparator = false, sawPoint = false
        var lastSeparator = -1, integerDigitsAfterSeparator = 0
        while i < hi {
            let c = bytes[i]
            if c >= 0x30 && c <= 0x39 {
                sawDigit = true
                if sawPoint { exponent -= 1 } else if sawSeparator { integerDigitsAfterSeparator += 1 }
                if mantissa == 0 && c == 0x30 {
                    // leading zeros do not count as significant digits
                } else if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(c - 0x30)
                    significant += 1
                } else {
                    exponent += 1  // a dropped digit scales the kept ones (the slow path takes over anyway)
                    significant += 1
                }
                digits += 1
            } else if c == UInt8(ascii: ",") && allowThousandsSeparators && !sawPoint && sawDigit {
                // Groups of exactly three digits between separators.
                if lastSeparator >= 0 && integerDigitsAfterSeparator != 3 { return nil }
                lastSeparator = i
                integerDigitsAfterSeparator = 0
                sawSeparator = true
            } else if c == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i += 1
        }
        if !sawDigit { return nil }
        if sawSeparator && integerDigitsAfterSeparator != 3 { return nil }
        if i < hi && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            var expNegative = false
            if i < hi && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var e = 0, expDigits = 0
            while i < hi && bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                if e < 100_000 { e = e * 10 + Int(bytes[i] - 0x30) }
                expDigits += 1
                i += 1
            }
            if expDigits == 0 { return nil }
            exponent += expNegative ? -e : e
        }
        if i != hi { return nil }
        if significant <= 15 && mantissa < (1 << 53) && exponent >= -22 && exponent <= 22 {
            var v = Double(mantissa)
            v = exponent >= 0 ? v * powersOfTen[exponent] : v / powersOfTen[-exponent]
            return negative ? -v : v
        }
        // Slow path: rebuild the text without separators and let the standard library round correctly.
        var text = ""
        text.reserveCapacity(hi - lo)
        for k in lo..<hi where bytes[k] != UInt8(ascii: ",") { text.unicodeScalars.append(Unicode.Scalar(bytes[k])) }
        guard let v = Double(text), v.isFinite else { return nil }
        return v
    }

    /// Parses a String (convenience for non-hot paths).
    static func parse(_ text: String, allowThousandsSeparators: Bool) -> Double? {
        var copy = text
        return copy.withUTF8 { parse($0, allowThousandsSeparators: allowThousandsSeparators) }
    }

    /// An integer year from bytes (`2024`, surrounding spaces allowed), or nil.
    static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var lo = 0, hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        if lo == hi || hi - lo > 9 { return nil }
        var v = 0
        var i = lo
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1; if i == hi { return nil } }
        while i < hi {
            let c = bytes[i]
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
            i += 1
        }
        return negative ? -v : v
    }
}
