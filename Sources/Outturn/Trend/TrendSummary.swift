/// Every trend statistic of one department's series of one indicator.
public struct TrendSummary: Sendable, Equatable {
    public let department: String
    public let indicator: String
    /// Unit of the series (slopes are in this unit per year).
    public let unit: String
    /// OLS trend with Student-t inference.
    public let linear: LinearTrendFit
    /// Compound annual growth rate, percent per year (nil unless first and last values are positive).
    public let compoundAnnualGrowth: Double?
    /// Mean year-on-year growth, percent.
    public let meanYearOnYearGrowth: Double?
    /// Log-linear growth, percent per year.
    public let logLinearGrowth: Double?
    /// Last minus first observed value (percentage points for a rate).
    public let change: Double?
    public let theilSen: TheilSenEstimate?
    public let mannKendall: MannKendallTest?
    public let direction: TrendDirection
    /// Why any statistic is missing.
    public let notes: [String]
}
