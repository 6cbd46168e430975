/// A one-line chart of a series with block characters ▁▂▃▄▅▆▇█, scaled between its minimum and maximum; a
/// missing year is a space.
public enum Sparkline {
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func of<C: Collection>(_ values: C) -> String where C.Element == Double {
        let observed = values.filter { !$0.isNaN }
        guard let lo = observed.min(), let hi = observed.max() else { return "" }
        return String(values.map { v -> Character in
            if v.isNaN { return " " }
            if hi == lo { return levels[3] }
            return levels[min(7, Int((v - lo) / (hi - lo) * 7.999))]
        })
    }
}
