/// A one-line chart of a series with block characters ▁▂▃▄▅▆▇█, scaled between its minimum and maximum; a
/// missing year is a space.
public enum Sparkline {
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func of<C: Collection>(_ values: C) -> String where C.Element == Double {
        let observed = values.filter { !$0.isNaN }
        guard let lo = observed.min(), let hi = observed.max() else { return "" }
        // Halves first: hi - lo of values near the ends of the double range would overflow.
        let span = hi / 2 - lo / 2
        return String(values.map { v -> Character in
            if v.isNaN { return " " }
            guard span > 0, span.isFinite, v.isFinite else { return levels[3] }
            let position = (v / 2 - lo / 2) / span * 7.999
            return levels[max(0, min(7, position.isFinite ? Int(position) : 3))]
        })
    }
}
