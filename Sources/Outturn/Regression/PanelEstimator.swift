/// The estimator of a panel regression.
public enum PanelEstimator: String, Sendable, Hashable, CaseIterable {
    /// Pooled OLS over all department-years, with an intercept.
    case pooled
    /// Department fixed effects by the within transformation (each department's variables minus their means
    /// over the years used); no intercept; R^2 is the within R^2.
    case fixedEffects = "fixed_effects"
}
