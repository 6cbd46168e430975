/// The OLS trend y = b0 + b1 * year of one series, with its small-sample inference (Student t).
///
/// Units: `slope` is in the series' unit per year (万元 per year, percentage points per year for a rate);
/// `intercept` is the value at year 0 (as R reports for raw years); `residualStandardError` is in the series'
/// unit. Fields that are undefined for the data are nil, and `notes` says why: fewer than two observations (no
/// slope), exactly two (no residual degrees of freedom, so no standard error), a perfect fit (zero standard
/// error, so no t or p), a constant series (no R^2).
public struct LinearTrendFit: Sendable, Equatable {
    /// Observed (non-missing) years used.
    public let observations: Int
    /// First and last observed year.
    public let firstYear: Int?
    public let lastYear: Int?
    /// Mean of the observed years (the centre of the fit).
    public let meanYear: Double
    /// Sum of squared deviations of the observed years from their mean.
    public let yearSpread: Double
    /// Mean of the observed values (= fitted value at `meanYear`).
    public let meanValue: Double?
    public let slope: Double?
    public let intercept: Double?
    public let slopeStandardError: Double?
    public let tStatistic: Double?
    /// Two-sided p-value of the slope (Student t, n - 2 degrees of freedom).
    public let pValue: Double?
    /// Confidence interval of the slope at `level`.
    public let slopeLower: Double?
    public let slopeUpper: Double?
    /// Confidence level, in percent (95).
    public let level: Double
    public let rSquared: Double?
    /// s = sqrt(SSE / (n - 2)).
    public let residualStandardError: Double?
    public let notes: [String]

    /// Residual degrees of freedom, n - 2 (0 when fewer than three observations).
    public var residualDegreesOfFreedom: Int { max(0, observations - 2) }

    /// The fitted value at `year` with the confidence interval of the mean and the prediction interval of a new
    /// observation at `level` (REFERENCE.md: yhat +- q s sqrt(1/n + (x0 - xbar)^2 / Sxx) and
    /// yhat +- q s sqrt(1 + 1/n + (x0 - xbar)^2 / Sxx), q = t_{n-2, 1 - alpha/2}). Intervals are nil when there
    /// are no residual degrees of freedom.
    public func prediction(atYear year: Double, level: Double) -> TrendPrediction? {
        guard let slope, let meanValue else { return nil }
        let dx = year - meanYear
        let value = meanValue + slope * dx
        guard let s = residualStandardError, residualDegreesOfFreedom > 0 else {
            return TrendPrediction(year: year, value: value, meanStandardError: nil, meanInterval: nil, predictionInterval: nil)
        }
        let q = StudentT.quantile(0.5 + level / 200, degreesOfFreedom: Double(residualDegreesOfFreedom))
        let n = Double(observations)
        let meanSE = s * (1 / n + dx * dx / yearSpread).squareRoot()
        let predictionSE = s * (1 + 1 / n + dx * dx / yearSpread).squareRoot()
        return TrendPrediction(year: year, value: value, meanStandardError: meanSE,
                               meanInterval: (value - q * meanSE)...(value + q * meanSE),
                               predictionInterval: (value - q * predictionSE)...(value + q * predictionSE))
    }
}
