/// A fitted panel regression with classical and department-clustered standard errors, as R's `plm` reports.
///
/// Clustered standard errors are the Arellano (1987) sandwich (X'X)^-1 (sum_g X_g' e_g e_g' X_g) (X'X)^-1 with
/// Stata's small-sample factor G/(G-1) * (n-1)/(n-k) (`vcovHC(type = "sss")` in plm; `clusterStandardErrorsHC0`
/// without it); their p-values use Student t with G - 1 degrees of freedom, the honest choice with few
/// departments.
public struct PanelRegressionFit: Sendable {
    public let estimator: PanelEstimator
    /// Coefficient names: `"(Intercept)"` for pooled, then the regressors' names.
    public let names: [String]
    /// Coefficients, nil when aliased (e.g. a regressor constant within every department under fixed effects).
    public let coefficients: [Double?]
    /// Classical standard errors, t and p (residual degrees of freedom).
    public let standardErrors: [Double?]
    public let tStatistics: [Double?]
    public let pValues: [Double?]
    /// Department-clustered standard errors (small-sample corrected) and their p-values (t, G - 1 df).
    public let clusterStandardErrors: [Double?]
    public let clusterPValues: [Double?]
    /// Clustered standard errors without the small-sample factor (HC0).
    public let clusterStandardErrorsHC0: [Double?]
    /// Department-years used (rows with every variable present, lags included).
    public let observations: Int
    /// Departments with at least one row used (clusters).
    public let departments: Int
    /// n - k (pooled) or n - k - G (fixed effects).
    public let residualDegreesOfFreedom: Int
    /// R^2 (within R^2 for fixed effects).
    public let rSquared: Double?
    public let adjustedRSquared: Double?
    /// SSE / residual df, in the response's unit squared.
    public let residualVariance: Double?
    public let notes: [String]
    /// (X'X)^-1 of the (demeaned, for fixed effects) design, row-major, NaN on aliased columns.
    let unscaledCovariance: [[Double]]
    /// Per department (panel position) with rows: the number of rows and the means of the response and of each
    /// regressor over them (the department effect of fixed effects is mean_y - b' mean_x).
    let departmentMeans: [Int: (rows: Int, response: Double, regressors: [Double])]
    /// The regressors as specified.
    public let regressors: [PanelRegressor]
}
