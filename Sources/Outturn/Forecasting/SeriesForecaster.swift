import RealModule
/// The forecast distribution of a model in its working scale: a mean and a standard error per step, with
/// Student-t (df) or normal quantiles.
struct ModelPath {
    var means: [Double]
    var standardErrors: [Double?]
    var degreesOfFreedom: Double?
    /// The model worked on ln y (loglinear): exponentiate after the intervals are formed.
    var logScale = false
    /// Observed years the model was fitted on.
    var observations = 0

    func quantile(_ p: Double) -> Double {
        degreesOfFreedom.map { StudentT.quantile(p, degreesOfFreedom: $0) } ?? Normal.quantile(p)
    }
}

/// Forecasts one series with one method and its analytic intervals, falling back along the documented chain
/// when the series is too short.
public enum SeriesForecaster {
    /// Forecasts the years after `years.upperBound - 1` of a series given year by year (NaN = missing).
    ///
    /// - Parameters:
    ///   - values: one value per year of `years`.
    ///   - method: the method asked for (`auto` is `BatchForecaster`'s, on a batch of this one series).
    /// - Returns: the forecast, naming the method that ran; with no observed value at all, no points.
    public static func forecast(values: [Double], years: Range<Int>, method: ForecastMethod, options: ForecastOptions) -> Forecast {
        // Every model here is equivariant to the series' scale: a series of magnitude near the ends of the double
        // range (1e308, 1e-300) is forecast in units of its largest value, so sums of squares do not overflow.
        var forecast: Forecast
        let largest = values.reduce(0.0) { $1.isFinite ? max($0, abs($1)) : $0 }
        if options.transform == .identity, method != .auto, method != .global, largest > 0 && !workingMagnitudes.contains(largest) {
            forecast = forecastAtUnitScale(values: values.map { $0 / largest }, years: years, method: method, options: options)
                .scaled(by: largest)
        } else {
            forecast = forecastAtUnitScale(values: values, years: years, method: method, options: options)
        }
        forecast.lastValue = values.last { !$0.isNaN }
        return forecast
    }

    /// The magnitudes forecast as they are; a series whose largest value lies outside is forecast in units of it.
    static let workingMagnitudes: ClosedRange<Double> = 1e-100...1e100

    static func forecastAtUnitScale(values: [Double], years: Range<Int>, method: ForecastMethod, options: ForecastOptions) -> Forecast {
        precondition(values.count == years.count, "one value per year")
        let observed = values.filter { !$0.isNaN }
        guard let lastIndex = values.lastIndex(where: { !$0.isNaN }) else {
            return Forecast(requested: method, method: method, intervalSource: .none, notes: ["not computable: no observed values"],
                            lastYear: years.upperBound - 1, points: [])
        }
        let lastYear = years.lowerBound + lastIndex
        // A series whose figures stop before the data's last year is forecast from its own last observation:
        // the years in between are nowcasts, then `horizon` years after the data's last year; each point's
        // horizon counts the years from the last observation.
        let targetYears = Array((lastYear + 1)...(years.upperBound - 1 + options.horizon))
        let steps = targetYears.map { $0 - lastYear }
        var notes: [String] = []
        if lastYear < years.upperBound - 1 {
            notes.append(nowcastNote(lastYear: lastYear, dataLastYear: years.upperBound - 1))
        }
        let working = values.map { $0.isNaN ? $0 : options.transform.forward($0) }
        if case let .logit(a, b) = options.transform, observed.contains(where: { $0 <= a || $0 >= b }) {
            notes.append("values on or outside the bounds [\(a), \(b)] were pulled inside them for the logit transform")
        }

        // There is one auto: the batch's, which on a batch of one is this series' own backtest choice; global is
        // likewise the batch's model, fitted on this series alone.
        if method == .auto || method == .global {
            return BatchForecaster.forecast([SeriesInput(values: values, years: years)], method: method, options: options).forecasts[0]
        }
        var current: ForecastMethod? = method
        while let m = current {
            if observed.count >= m.minimumObservations || m == .naive,
               var path = modelPath(m, values: working, years: years, steps: steps, transform: options.transform) {
                path.observations = observed.count
                if m != method {
                    notes.append("\(method.rawValue) needs \(method.minimumObservations) observed years, the series has \(observed.count): fell back to \(m.rawValue)")
                }
                return assemble(path: path, requested: method, method: m, targetYears: targetYears, lastYear: lastYear,
                                options: options, notes: notes)
            }
            current = m.fallback
        }
        preconditionFailure("naive always forecasts a series with an observed value")
    }

    /// The note on a series whose figures stop before the data's last year.
    static func nowcastNote(lastYear: Int, dataLastYear: Int) -> String {
        "figures stop in \(lastYear): \(lastYear + 1)\(lastYear + 1 < dataLastYear ? "-\(dataLastYear)" : "") \(lastYear + 1 < dataLastYear ? "are nowcasts" : "is a nowcast"), and horizons count from \(lastYear)"
    }

    static func assemble(path: ModelPath, requested: ForecastMethod, method: ForecastMethod, targetYears: [Int], lastYear: Int,
                         options: ForecastOptions, notes: [String]) -> Forecast {
        var notes = notes
        var points: [ForecastPoint] = []
        var anyInterval = false
        for (k, year) in targetYears.enumerated() {
            let m = path.means[k]
            func back(_ z: Double) -> Double { options.transform.inverse(path.logScale ? Double.exp(z) : z) }
            var intervals: [ForecastInterval] = []
            if let se = path.standardErrors[k] {
                for level in options.levels {
                    let q = path.quantile(0.5 + level / 200)
                    intervals.append(ForecastInterval(level: level, lower: back(m - q * se), upper: back(m + q * se)))
                }
                anyInterval = true
            }
            points.append(ForecastPoint(year: year, horizon: year - lastYear, mean: back(m), intervals: intervals))
        }
        if !anyInterval { notes.append("no interval: too few observed years to estimate the forecast error") }
        var forecast = Forecast(requested: requested, method: method, intervalSource: anyInterval ? .analytic : .none, notes: notes,
                                lastYear: lastYear, points: points)
        forecast.members = method == .combo ? comboMembers(observed: path.observations) : [method]
        return forecast
    }

    /// The model's path in the working scale, or nil when the method cannot run on these values.
    static func modelPath(_ method: ForecastMethod, values y: [Double], years: Range<Int>, steps: [Int], transform: ForecastTransform) -> ModelPath? {
        let obs = y.enumerated().filter { !$0.element.isNaN }
        let n = obs.count
        guard let last = obs.last else { return nil }
        switch method {
        case .naive:
            // One-step residuals between consecutive observed years (R rwf): mse = mean of squared residuals.
            guard let walk = RandomWalk(y[...], drift: false) else { return nil }
            return ModelPath(means: steps.map(walk.mean), standardErrors: steps.map(walk.standardError), degreesOfFreedom: nil)
        case .mean:
            let values = obs.map(\.element)
            let mean = Descriptive.mean(values)
            let sd = SpreadStatistics(values).standardDeviation
            let se = sd.map { $0 * (1 + 1 / Double(n)).squareRoot() }
            return ModelPath(means: steps.map { _ in mean }, standardErrors: steps.map { _ in se }, degreesOfFreedom: Double(max(1, n - 1)))
        case .drift:
            // Yearly changes between consecutive observed values, per year of gap; drift = their mean (R rwf).
            guard let walk = RandomWalk(y[...], drift: true) else { return nil }
            return ModelPath(means: steps.map(walk.mean), standardErrors: steps.map(walk.standardError), degreesOfFreedom: nil)
        case .linear, .loglinear:
            let logScale = method == .loglinear && transform == .identity
            if logScale && obs.contains(where: { $0.element <= 0 }) { return nil }
            let input = logScale ? y.map { $0.isNaN ? $0 : Double.log($0) } : y
            guard n >= 2 else { return nil }
            let fit = input.withUnsafeBufferPointer { BatchLinearTrend.fit(values: $0, years: years, seriesCount: 1) }[0]
            return linearPath(fit, lastYear: years.lowerBound + last.offset, steps: steps, logScale: logScale)
        case .ses, .holt, .damped:
            let trend: ExponentialSmoothing.Trend = method == .ses ? .none : (method == .holt ? .additive : .damped)
            // Steps beyond the last observed year include the panel years after it (missing, propagated).
            let series = Array(y[...last.offset])
            guard let model = ExponentialSmoothing.fit(series, trend: trend) else { return nil }
            return ModelPath(means: steps.map { model.forecast($0) }, standardErrors: steps.map { model.standardError($0) }, degreesOfFreedom: nil)
        case .theta:
            let series = Array(y[...last.offset])
            guard let ses = ExponentialSmoothing.fit(series, trend: .none) else { return nil }
            let xs = obs.map { Double($0.offset) }, ys = obs.map(\.element)
            let mx = xs.reduce(0, +) / Double(n), my = ys.reduce(0, +) / Double(n)
            var sxy = 0.0, sxx = 0.0
            for (x, v) in zip(xs, ys) { sxy += (x - mx) * (v - my); sxx += (x - mx) * (x - mx) }
            let drift = sxx > 0 ? sxy / sxx / 2 : 0
            let alpha = max(1e-10, ses.alpha)
            let nn = Double(series.count)
            let sigma = ses.variance.map { $0.squareRoot() }
            return ModelPath(
                means: steps.map { h in ses.forecast(h) + drift * (Double(h - 1) + (1 - Double.pow(1 - alpha, nn)) / alpha) },
                standardErrors: steps.map { h in sigma.map { $0 * (Double(h - 1) * alpha * alpha + 1).squareRoot() } },
                degreesOfFreedom: nil)
        case .combo:
            let members = comboMembers(observed: n)
            let paths = members.compactMap { modelPath($0, values: y, years: years, steps: steps, transform: transform) }
            guard !paths.isEmpty else { return nil }
            // The median of the members' means; the standard error of the widest member (conservative).
            let means = steps.indices.map { k in Descriptive.median(paths.map { $0.means[k] }) }
            let ses = steps.indices.map { k -> Double? in
                let s = paths.compactMap { $0.standardErrors[k] }
                return s.count == paths.count ? s.max() : nil
            }
            return ModelPath(means: means, standardErrors: ses, degreesOfFreedom: nil)
        case .auto, .regression, .global:
            return nil
        }
    }

    /// The path of an OLS trend: fitted values ahead with the Student-t prediction standard error
    /// s sqrt(1 + 1/n + (x0 - xbar)^2 / Sxx).
    static func linearPath(_ fit: LinearTrendFit, lastYear: Int, steps: [Int], logScale: Bool = false) -> ModelPath? {
        var means: [Double] = [], ses: [Double?] = []
        for h in steps {
            guard let p = fit.prediction(atYear: Double(lastYear + h), level: 95) else { return nil }
            means.append(p.value)
            ses.append(p.predictionInterval.map { _ in
                fit.residualStandardError! * (1 + 1 / Double(fit.observations) + (p.year - fit.meanYear) * (p.year - fit.meanYear) / fit.yearSpread).squareRoot()
            })
        }
        return ModelPath(means: means, standardErrors: ses, degreesOfFreedom: Double(max(1, fit.residualDegreesOfFreedom)), logScale: logScale)
    }

    /// A linear-trend forecast from a fit already made (by the batch solve); the usual path, with its
    /// fallbacks, when the series is too short for it.
    static func forecast(values: [Double], years: Range<Int>, linearFit fit: LinearTrendFit, options: ForecastOptions) -> Forecast {
        guard fit.observations >= ForecastMethod.linear.minimumObservations, let lastYear = fit.lastYear else {
            return forecast(values: values, years: years, method: .linear, options: options)
        }
        let targetYears = (1...options.horizon).map { years.upperBound - 1 + $0 }
        guard let path = linearPath(fit, lastYear: lastYear, steps: targetYears.map { $0 - lastYear }) else {
            return forecast(values: values, years: years, method: .linear, options: options)
        }
        var forecast = assemble(path: path, requested: .linear, method: .linear, targetYears: targetYears, lastYear: lastYear,
                                options: options, notes: [])
        forecast.lastValue = values.last { !$0.isNaN }
        return forecast
    }

    /// The members of `.combo` for a series with `observed` years: drift, damped (linear when too short for
    /// damped) and theta.
    static func comboMembers(observed: Int) -> [ForecastMethod] {
        [.drift, observed >= ForecastMethod.damped.minimumObservations ? .damped : .linear, .theta]
    }
}
