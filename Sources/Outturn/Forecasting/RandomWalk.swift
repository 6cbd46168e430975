/// The random walks of R's `rwf`, naive and with drift, fitted to a series given year by year (NaN = missing):
/// the forecasts and their standard errors. One piece of arithmetic for a forecast (`SeriesForecaster`) and for
/// the random walks' backtest (`PanelBacktest.randomWalk`), which fits it at every origin on a slice of the
/// series.
struct RandomWalk {
    /// The last observed value.
    let last: Double
    /// The mean yearly change between consecutive observed values (per year of gap); 0 for naive.
    let slope: Double
    let drift: Bool
    /// Naive: the root mean square of the changes between consecutive observed years (nil without one).
    private let sigma: Double?
    /// Drift: the variance of the yearly changes and that of their mean (nil with fewer than two changes).
    private let changeVariance: Double?, slopeVariance: Double

    /// Nil without an observed value, or, with drift, with fewer than two.
    init?(_ y: ArraySlice<Double>, drift: Bool) {
        guard let lastIndex = y.lastIndex(where: { !$0.isNaN }) else { return nil }
        (last, self.drift) = (y[lastIndex], drift)
        if !drift {
            var ss = 0.0, count = 0
            for k in y.indices.dropFirst() where !y[k].isNaN && !y[k - 1].isNaN {
                ss += (y[k] - y[k - 1]) * (y[k] - y[k - 1]); count += 1
            }
            (slope, sigma, changeVariance, slopeVariance) = (0, count > 0 ? (ss / Double(count)).squareRoot() : nil, nil, 0)
            return
        }
        var changes: [Double] = []
        var previous: Int? = nil
        for k in y.indices where !y[k].isNaN {
            if let p = previous { changes.append((y[k] - y[p]) / Double(k - p)) }
            previous = k
        }
        guard !changes.isEmpty else { return nil }
        let b = Descriptive.mean(changes)
        let m = changes.count
        slope = b
        sigma = nil
        if m >= 2 {
            let s2 = changes.reduce(0) { $0 + ($1 - b) * ($1 - b) } / Double(m - 1)
            (changeVariance, slopeVariance) = (s2, s2 / Double(m))
        } else {
            (changeVariance, slopeVariance) = (nil, 0)
        }
    }

    /// The forecast h years after the last observation.
    func mean(_ h: Int) -> Double { drift ? last + Double(h) * slope : last }

    /// Its standard error: sigma sqrt(h) (naive); sqrt(sigma^2 h + h^2 var(slope)) (drift, the slope's own
    /// uncertainty included).
    func standardError(_ h: Int) -> Double? {
        drift ? changeVariance.map { ($0 * Double(h) + Double(h * h) * slopeVariance).squareRoot() } : sigma.map { $0 * Double(h).squareRoot() }
    }
}
