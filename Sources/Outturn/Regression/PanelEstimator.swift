/// The estimator of a panel regression (the names of R's plm in brackets).
public enum PanelEstimator: String, Sendable, Hashable, CaseIterable {
    /// Pooled OLS over all department-years, with an intercept ("pooling").
    case pooled
    /// Department fixed effects by the within transformation (each department's variables minus their means
    /// over the years used); no intercept; R^2 is the within R^2 ("within").
    case fixedEffects = "fixed_effects"
    /// Department and year fixed effects ("within", effect "twoways"): the within transformation and a dummy
    /// for every year but the first, exact for unbalanced panels; R^2 is that of the two-way demeaned data.
    case twoWayFixedEffects = "twoways"
    /// Random department effects, Swamy-Arora variance components, by quasi-demeaning y - θ ȳ_i ("random");
    /// balanced panels only. With it, the Hausman test against the fixed-effects fit.
    case randomEffects = "random"
    /// First differences between consecutive years of each department, with an intercept (a common trend),
    /// as plm's "fd".
    case firstDifference = "first_difference"
}

/// Which observations share a cluster in clustered standard errors.
public enum PanelClustering: String, Sendable, Hashable, CaseIterable {
    /// By department (Arellano), robust to any correlation within a department over the years.
    case department
    /// By year, robust to correlation between departments within a year.
    case year
    /// By department and by year (Cameron, Gelbach and Miller 2011; plm's `vcovDC`): V_department + V_year -
    /// V_observation, each with its own correction.
    case both
}

/// The small-sample factor of clustered standard errors, with G clusters, n observations and k coefficients.
public enum ClusterCorrection: String, Sendable, Hashable, CaseIterable {
    /// G/(G-1) (n-1)/(n-k): plm's `type = "sss"` and Stata's `regress, vce(cluster)`. The default.
    case cr1s
    /// As cr1s, but k counts the constant that Stata's `xtreg, fe` reports for a fixed-effects fit:
    /// G/(G-1) (n-1)/(n-k-1) (Grunfeld, value: 0.0151945 where cr1s gives 0.0151561), as gretl does.
    case stata
    /// G/(G-1) alone.
    case cr1
}
