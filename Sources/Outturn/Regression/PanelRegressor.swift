/// A regressor of a panel regression: an indicator, possibly lagged (value of year t - lag explains year t).
public struct PanelRegressor: Sendable, Hashable {
    public var indicator: String
    /// Years of lag, >= 0.
    public var lag: Int

    public init(_ indicator: String, lag: Int = 0) {
        precondition(lag >= 0, "lag must be non-negative")
        self.indicator = indicator
        self.lag = lag
    }

    /// `indicator` or `indicator(t-1)`.
    public var name: String { lag == 0 ? indicator : "\(indicator)(t-\(lag))" }
}
