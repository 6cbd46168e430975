import RealModule

/// A fitted linear model y = X b + e by ordinary or weighted least squares, with the inference R's `lm` and
/// statsmodels' `OLS`/`WLS` report.
///
/// Conventions (those of R's `summary.lm` and `logLik.lm`):
/// - R^2 is centred when the model has an intercept, uncentred (1 - SSE / sum w y^2) when it has none;
///   adjusted R^2 = 1 - (1 - R^2)(n - i)/(n - p), i = 1 with an intercept, else 0; F tests all non-intercept
///   coefficients, with (p - i, n - p) degrees of freedom.
/// - log-likelihood = 0.5 (sum log w - n (log 2 pi + 1 - log n + log sum w e^2)); AIC = -2 logL + 2 (p + 1),
///   BIC = -2 logL + log(n) (p + 1), AICc = AIC + 2 k (k + 1) / (n - k - 1) with k = p + 1 (sigma counts).
/// - Aliased columns (exact linear combinations of others) get no coefficient (nil) and are listed; p counts
///   the estimated ones.
///
/// Statistics that are undefined for the data (no residual degrees of freedom, a perfect fit) are `nil`, and
/// `notes` says why.
public struct LinearFit: Sendable {
    /// Names of the design columns, `"(Intercept)"` first when there is one.
    public let names: [String]
    /// Estimated coefficients, in the units of y per unit of each regressor; nil for an aliased column.
    public let coefficients: [Double?]
    /// Standard errors of the coefficients; nil when aliased or when there are no residual degrees of freedom.
    public let standardErrors: [Double?]
    /// t statistics (coefficient / standard error).
    public let tStatistics: [Double?]
    /// Two-sided p-values from Student's t with `residualDegreesOfFreedom`.
    public let pValues: [Double?]
    /// Confidence interval bounds at `level`.
    public let lowerBounds: [Double?]
    public let upperBounds: [Double?]
    /// Confidence level of the intervals, in percent (95).
    public let level: Double
    /// Indices of aliased design columns.
    public let aliased: [Int]
    /// Observations used (rows with a missing y or regressor are dropped).
    public let observations: Int
    /// Number of estimated coefficients (the rank).
    public let rank: Int
    /// n - rank.
    public let residualDegreesOfFreedom: Int
    public let hasIntercept: Bool
    /// Residual standard error sigma = sqrt(SSE / (n - p)), in the units of y.
    public let residualStandardError: Double?
    public let rSquared: Double?
    public let adjustedRSquared: Double?
    public let fStatistic: Double?
    public let fPValue: Double?
    public let logLikelihood: Double?
    public let aic: Double?
    public let aicc: Double?
    public let bic: Double?
    /// Residual sum of squares (weighted when weights are given).
    public let residualSumOfSquares: Double
    /// Residuals y - X b of the rows used (unweighted).
    public let residuals: [Double]
    /// Fitted values X b of the rows used.
    public let fitted: [Double]
    /// Leverages (diagonal of the hat matrix) of the rows used.
    public let leverage: [Double]
    /// Covariance matrix of the coefficients, row-major p x p over all columns (nil entries for aliased ones).
    public let covariance: [[Double?]]
    /// 2-norm condition number of the (weighted) design, infinite when rank-deficient.
    public let conditionNumber: Double
    /// Why any statistic above is nil.
    public let notes: [String]
}
