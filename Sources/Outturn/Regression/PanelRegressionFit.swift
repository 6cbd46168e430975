/// A fitted panel regression with classical and clustered standard errors, as R's `plm` reports them.
///
/// Clustered standard errors are the sandwich (Z'Z)^-1 (sum_g Z_g' e_g e_g' Z_g) (Z'Z)^-1 over the transformed
/// design Z, with the small-sample factor of `correction` (cr1s, plm's `vcovHC(type = "sss")`, by default;
/// `clusterStandardErrorsHC0` without any); their p-values use Student t with G - 1 degrees of freedom (G the
/// smaller number of clusters), the honest choice with few departments.
public struct PanelRegressionFit: Sendable {
    public let estimator: PanelEstimator
    /// Coefficient names: `"(Intercept)"` for pooled, random effects and first differences, then the regressors'
    /// names (year effects of the two-way model are not reported).
    public let names: [String]
    /// Coefficients, nil when aliased (e.g. a regressor constant within every department under fixed effects).
    public let coefficients: [Double?]
    /// Classical standard errors, t and p (Student t with the residual degrees of freedom; for random effects,
    /// a feasible GLS estimator, the normal distribution, as plm's z-values).
    public let standardErrors: [Double?]
    public let tStatistics: [Double?]
    public let pValues: [Double?]
    /// How the clustered standard errors cluster, and their small-sample correction.
    public let clustering: PanelClustering
    public let correction: ClusterCorrection
    /// Clustered standard errors (corrected) and their p-values (t, G - 1 df).
    public let clusterStandardErrors: [Double?]
    public let clusterPValues: [Double?]
    /// Clustered standard errors without the small-sample factor (HC0).
    public let clusterStandardErrorsHC0: [Double?]
    /// Department-years used (rows with every variable present, lags included); for first differences, the
    /// differences (pairs of consecutive years).
    public let observations: Int
    /// Departments with at least one row used.
    public let departments: Int
    /// n - k (pooled, random, first differences), n - k - G (fixed effects), n - k - G - (years - 1) (two-way).
    public let residualDegreesOfFreedom: Int
    /// R^2 as plm reports it: centred for pooled and first differences, within for fixed effects, of the two-way
    /// demeaned data for two-way effects, of the quasi-demeaned data for random effects.
    public let rSquared: Double?
    /// plm's adjusted R^2: 1 - (1 - R^2) (n - 1) / df.
    public let adjustedRSquared: Double?
    /// Stata's (`xtreg`) R^2 of the slopes b: within corr²(y - ȳ_i, (x - x̄_i) b), between corr²(ȳ_i, x̄_i b),
    /// overall corr²(y, x b), over the rows used. Nil where a variance is zero.
    public let rSquaredWithin: Double?
    public let rSquaredBetween: Double?
    public let rSquaredOverall: Double?
    /// SSE / residual df, in the response's unit squared.
    public let residualVariance: Double?
    /// Random effects only: the Swamy-Arora variance components and the quasi-demeaning factor θ.
    public let randomEffects: RandomEffectsComponents?
    /// Random effects only: the Hausman test of random against fixed effects (plm's `phtest`).
    public let hausman: HausmanTest?
    public let notes: [String]
    /// (Z'Z)^-1 of the reported coefficients, row-major, NaN on aliased ones.
    let unscaledCovariance: [[Double]]
    /// Per department (panel position) with rows: the number of rows and the means of the response and of each
    /// regressor over them (the department effect of fixed effects is mean_y - b' mean_x).
    let departmentMeans: [Int: (rows: Int, response: Double, regressors: [Double])]
    /// The regressors as specified.
    public let regressors: [PanelRegressor]
}

/// Swamy-Arora variance components of a random-effects fit (plm's `ercomp`).
public struct RandomEffectsComponents: Sendable, Equatable {
    /// σ²_ε, the idiosyncratic variance: within SSE / (n - G - k).
    public let idiosyncraticVariance: Double
    /// σ²_u, the variance of the department effects: (T between SSE / (G - k - 1) - σ²_ε) / T, at least 0.
    public let individualVariance: Double
    /// θ = 1 - sqrt(σ²_ε / (T σ²_u + σ²_ε)).
    public let theta: Double
}

/// The Hausman test of random against fixed effects: H = d' (V_fixed - V_random)^-1 d over the common
/// slopes d = b_fixed - b_random, chi-square with as many degrees of freedom as slopes.
public struct HausmanTest: Sendable, Equatable {
    public let statistic: Double
    public let degreesOfFreedom: Int
    public let pValue: Double
}
