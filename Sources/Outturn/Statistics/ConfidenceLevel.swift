/// Levels of intervals and tests are percentages everywhere in Outturn (95, not 0.95): in trend, regression,
/// forecast and backtest calls alike, as on the command line.
public enum ConfidenceLevel {
    /// Throws a `DataError` unless `percent` is strictly between 0 and 100. A value at or below 1 is most likely
    /// a fraction written for another library, so the message suggests the percentage.
    public static func check(_ percent: Double, name: String = "level") throws {
        guard percent > 0 && percent < 100 else {
            throw DataError("\(name) \(DecimalText.shortest(percent)) is not a percentage strictly between 0 and 100",
                            hint: "write 95 for a 95% level")
        }
        if percent <= 1 && name == "level" {
            throw DataError("level \(DecimalText.shortest(percent)) would be a \(DecimalText.shortest(percent))% interval",
                            hint: "levels are percentages: write \(DecimalText.shortest(percent * 100)) for \(DecimalText.shortest(percent * 100))%")
        }
    }
}
