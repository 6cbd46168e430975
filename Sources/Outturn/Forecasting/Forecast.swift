import RealModule
/// A forecast of one series: whose it is, the model that ran, and per future year a point forecast with
/// intervals.
public struct Forecast: Sendable, Equatable, CustomStringConvertible {
    /// The department's id ("" for a series given without one).
    public internal(set) var department: String = ""
    /// The indicator's id ("" for a series given without one).
    public internal(set) var indicator: String = ""
    /// The method asked for.
    public let requested: ForecastMethod
    /// The method that actually ran: one model (differs from `requested` after a fallback, or names auto's
    /// single choice), `.combo` (the median of drift, damped and theta), or `.auto` when auto chose an average
    /// of several models (listed in `members`).
    public let method: ForecastMethod
    /// The models whose forecasts were combined: `[method]` for a single model, the members of a combination.
    public internal(set) var members: [ForecastMethod] = []
    /// How the intervals were made: `analytic` (the model's own), `calibrated` (empirical quantiles of
    /// backtest errors) or `none`.
    public let intervalSource: IntervalSource
    /// Why the method differs from the request, or why intervals are missing.
    public let notes: [String]
    /// Last observed year of the series.
    public let lastYear: Int
    /// One point per horizon, 1...H.
    public let points: [ForecastPoint]

    public enum IntervalSource: String, Sendable, Hashable { case analytic, calibrated, none }

    /// The same forecast in units `factor` times larger (means and interval bounds).
    func scaled(by factor: Double) -> Forecast {
        var f = Forecast(requested: requested, method: method, intervalSource: intervalSource, notes: notes, lastYear: lastYear,
                         points: points.map { p in
                             ForecastPoint(year: p.year, horizon: p.horizon, mean: p.mean * factor, intervals: p.intervals.map {
                                 ForecastInterval(level: $0.level, lower: $0.lower * factor, upper: $0.upper * factor)
                             })
                         })
        f.department = department
        f.indicator = indicator
        f.members = members
        return f
    }

    /// The model as one name: `drift`, `combo`, or an average's members joined by `+` (`naive+drift+damped`).
    public var modelName: String {
        let parts = members.isEmpty ? [method] : members
        return method == .combo || parts.count == 1 ? method.rawValue : parts.map(\.rawValue).joined(separator: "+")
    }

    /// `edu execution_rate: drift from 2024; 2025 93.1 [80% 90.2, 96.0] [95% 88.7, 97.5]`.
    public var description: String {
        let who = [department, indicator].filter { !$0.isEmpty }.joined(separator: " ")
        let head = (who.isEmpty ? "" : who + ": ") + "\(modelName) from \(lastYear)"
        let body = points.map { p in
            ([DecimalText.shortest(Double(p.year)), DecimalText.format(p.mean, style: .statistic)]
             + p.intervals.map { "[\(DecimalText.shortest($0.level))% \(DecimalText.format($0.lower, style: .statistic)), \(DecimalText.format($0.upper, style: .statistic))]" })
                .joined(separator: " ")
        }
        return ([head] + body).joined(separator: "; ")
    }
}
