import RealModule

/// Every way Outturn writes a number as text, in one place: the shortest round-trip form that CSV, JSON and
/// messages use, and the fixed, grouped and significant-figure forms of tables and charts.
///
/// Pure Swift (no Foundation, no locale): the same digits on every machine. Missing and infinite values get a
/// text of their own and never trap, so a report of extreme data still prints.
public enum DecimalText {
    /// How a number is shown in a table or on an axis (CSV and JSON always carry `shortest`).
    public enum Style: Sendable, Hashable {
        /// Fixed decimals with thousands grouping: `1,234.50` for amounts and rates.
        case decimals(Int)
        /// Two decimals, or up to `n` where the value holds more, trailing zeros past the second dropped: `755.254`,
        /// `0.012`, `-1.80` (an amount in 万元 stated to the 元).
        case decimalsUpTo(Int)
        /// A whole number with grouping: `12,345` (counts).
        case integer
        /// Up to four significant digits, scientific outside [0.001, 1e6): slopes, p-values, test statistics.
        case statistic
        /// A year: digits only, no grouping.
        case year
        /// A probability as `statistic`, but a p-value below the smallest double (computed as 0) reads
        /// `<2.2e-308`, as R reads `<2e-16`: never a p of exactly 0.
        case pValue
    }

    /// The text of a missing value in tables.
    public static let missing = "–"

    /// The shortest text that reads back to the same Double: `15880.27`, `274`, `1e-07`; whole numbers without
    /// a decimal point; `NaN`, `inf`, `-inf` for values that are not finite (never written as data).
    public static func shortest(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return v.description
    }

    /// `v` in a table style; `–` for NaN, `∞`/`-∞` for infinities.
    public static func format(_ v: Double, style: Style) -> String {
        if v.isNaN { return missing }
        if v.isInfinite { return v > 0 ? "∞" : "-∞" }
        switch style {
        case let .decimals(d): return grouped(v, decimals: d)
        case let .decimalsUpTo(d):
            var s = grouped(v, decimals: max(2, d))
            while s.hasSuffix("0"), let point = s.lastIndex(of: "."), s.distance(from: point, to: s.endIndex) > 3 { s.removeLast() }
            return s
        case .integer: return grouped(v.rounded(), decimals: 0)
        case .year: return abs(v) < 1e15 ? String(Int64(v.rounded())) : scientific(v)
        case .statistic: return significant(v)
        case .pValue: return v == 0 ? "<2.2e-308" : significant(v)
        }
    }

    /// Fixed decimals with thousands separators: `grouped(1234.5, decimals: 2)` is `1,234.50`. Values too large
    /// for exact fixed digits (|v| x 10^decimals >= 9e15) are written in scientific form.
    public static func grouped(_ v: Double, decimals: Int) -> String {
        precondition(decimals >= 0 && decimals <= 15, "decimals must be 0...15")
        if !v.isFinite { return format(v, style: .integer) }
        let scale = (0..<decimals).reduce(1.0) { r, _ in r * 10 }
        let scaled = (abs(v) * scale).rounded()
        if scaled >= 9e15 { return scientific(v) }
        let n = UInt64(scaled)
        let whole = n / UInt64(scale), frac = n % UInt64(scale)
        var digits = String(whole)
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        out = digits + out
        if decimals > 0 {
            let f = String(frac)
            out += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return (v < 0 && n != 0 ? "-" : "") + out
    }

    /// Up to four significant digits with trailing zeros dropped (`0.002334`, `-4,232`, `451.7`); scientific
    /// (`1.857e-04`) below 0.001 and from 1e6 on.
    public static func significant(_ v: Double) -> String {
        if !v.isFinite { return format(v, style: .integer) }
        let a = abs(v)
        if a == 0 { return "0" }
        guard a >= 1e-3 && a < 1e6 else { return scientific(v) }
        let decimals = max(0, min(6, 3 - Int(Double.log10(a).rounded(.down))))
        var s = grouped(v, decimals: decimals)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// C's `%.3e`: four significant digits and a two-digit (or longer) signed exponent, `1.857e-04`. The
    /// fourth digit is rounded from the double's scaled value, so at an exact decimal tie (9.9995e-5) it may
    /// round the other way from C, which rounds the exact binary value.
    public static func scientific(_ v: Double) -> String {
        if !v.isFinite { return format(v, style: .integer) }
        if v == 0 { return "0.000e+00" }
        let a = abs(v)
        var exponent = Int(Double.log10(a).rounded(.down))
        // The mantissa's four digits as an integer; powers of ten by repeated scaling stay exact enough for
        // four digits over the whole double range (subnormals included, scaled in two steps).
        var mantissa = (a / Double.pow(10, Double(exponent - 3))).rounded()
        if !mantissa.isFinite { mantissa = ((a * 1e300) / Double.pow(10, Double(exponent - 3 + 300))).rounded() }
        if mantissa >= 10_000 { mantissa = (mantissa / 10).rounded(); exponent += 1 }
        if mantissa < 1_000 { mantissa *= 10; exponent -= 1 }
        let digits = String(Int(mantissa))
        let e = abs(exponent)
        let exponentText = (e < 10 ? "0" : "") + String(e)
        return (v < 0 ? "-" : "") + digits.prefix(1) + "." + digits.dropFirst() + "e" + (exponent < 0 ? "-" : "+") + exponentText
    }
}
