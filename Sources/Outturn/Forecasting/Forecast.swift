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
    /// The series' value in `lastYear`, in the indicator's unit (nil for a forecast made without the series at
    /// hand); the forecast table shows it and each forecast's change from it.
    public internal(set) var lastValue: Double? = nil
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
        f = f.carryingIdentity(of: self)
        f.lastValue = lastValue.map { $0 * factor }
        return f
    }

    /// This forecast with `other`'s department, indicator, members and last value (for copies made by a
    /// transformation of the points).
    func carryingIdentity(of other: Forecast) -> Forecast {
        var f = self
        f.department = other.department
        f.indicator = other.indicator
        f.members = other.members
        f.lastValue = other.lastValue
        return f
    }

    /// The forecast kept within what the indicator's kind allows (issue 15, item 5): amounts and rates are never
    /// negative; a score stays within [0, full marks] (the catalogue's `upperBound`); a count is never negative and
    /// is a whole number (means rounded, interval ends outwards). Rates have no upper bound (execution can exceed
    /// 100%). A note says what was changed; nothing is changed for `.other`.
    public func keptWithin(_ indicator: Indicator) -> Forecast {
        let lower: Double?, upper: Double?
        switch indicator.kind {
        case .amount, .rate: (lower, upper) = (max(0, indicator.lowerBound ?? 0), nil)
        case .score: (lower, upper) = (indicator.lowerBound ?? 0, indicator.upperBound)
        case .count: (lower, upper) = (0, nil)
        case .other: return self
        }
        let whole = indicator.kind == .count
        var changed = false
        func clamp(_ v: Double, _ rounding: FloatingPointRoundingRule?) -> Double {
            var x = v
            if whole, let rounding { x = x.rounded(rounding) }
            if let lower { x = max(lower, x) }
            if let upper { x = min(upper, x) }
            if x != v { changed = true }
            return x
        }
        let kept = points.map { p in
            ForecastPoint(year: p.year, horizon: p.horizon, mean: clamp(p.mean, .toNearestOrAwayFromZero), intervals: p.intervals.map {
                ForecastInterval(level: $0.level, lower: clamp($0.lower, .down), upper: clamp($0.upper, .up))
            })
        }
        var notes = self.notes
        if changed {
            switch indicator.kind {
            case .count: notes.append("a count: kept whole and not negative")
            case .score: notes.append("kept within [\(DecimalText.shortest(lower ?? 0)), \(upper.map(DecimalText.shortest) ?? "∞")], the score's range")
            default: notes.append("kept at or above \(DecimalText.shortest(lower ?? 0)): \(indicator.kind == .rate ? "a rate" : "an amount") is not negative")
            }
        }
        return Forecast(requested: requested, method: method, intervalSource: intervalSource, notes: notes, lastYear: lastYear, points: kept)
            .carryingIdentity(of: self)
    }

    /// The model as one name: `drift`, `combo`, or an average's members joined by `+` (`naive+drift+damped`).
    public var modelName: String {
        let parts = members.isEmpty ? [method] : members
        return method == .combo || parts.count == 1 ? method.rawValue : ForecastMethod.candidateName(parts)
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
