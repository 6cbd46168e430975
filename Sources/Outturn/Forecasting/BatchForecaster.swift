import RealModule
/// Forecasts many series in one call: backtests and fits run in parallel chunks across cores.
///
/// `auto` works on the whole batch: every candidate model is backtested by rolling origin on every series'
/// history, combinations (means of two or three models) are scored from the same backtests at no extra cost,
/// and the candidate with the lowest pooled mean absolute scaled error is chosen for all series (pooling is what
/// makes the choice stable on short series; per-series choice overfits). Intervals are then *calibrated*: the
/// empirical quantiles of the chosen candidate's out-of-sample errors, by horizon, pooled across series in
/// units of each series' scale, so that a nominal 95% interval covers about 95% of outcomes like the ones the
/// backtest saw. Other methods keep their analytic intervals unless `calibrate` is set.
public enum BatchForecaster {
    /// The candidates auto backtests.
    public static let autoCandidates: [ForecastMethod] = [.naive, .drift, .linear, .holt, .damped, .theta, .global]

    public struct Result: Sendable {
        public let forecasts: [Forecast]
        /// Set when `auto` ran.
        public let choice: AutoChoice?
        /// Set when intervals were calibrated.
        public let calibration: IntervalCalibration?
        /// The model that ran, to save and apply to another selection (`forecast(_:model:options:)`); nil for a
        /// regression forecast, which needs the whole panel.
        public let model: ForecastModel?

        public init(forecasts: [Forecast], choice: AutoChoice?, calibration: IntervalCalibration?, model: ForecastModel? = nil) {
            self.forecasts = forecasts
            self.choice = choice
            self.calibration = calibration
            self.model = model
        }
    }

    /// Forecasts every series.
    ///
    /// - Parameters:
    ///   - method: a method for every series, or `auto`.
    ///   - calibrate: replace analytic intervals by calibrated ones (always on for `auto`).
    ///   - minimumTrain: observed years before the first backtest origin.
    ///   - backtestSample: the most series backtested for auto's choice and the calibration (spread evenly over
    ///     the batch); every series is still forecast.
    ///   - latestOrigins: backtest only each series' latest this many origins (nil: every origin); fewer origins
    ///     are faster, with fewer errors behind the calibration (see Benchmarks/README.md for what it changes).
    ///   - progress: called now and then from worker threads with (series done, series in all), for progress
    ///     bars; backtests count as most of the work.
    public static func forecast(
        _ series: [SeriesInput], method: ForecastMethod, options: ForecastOptions, calibrate: Bool = false, minimumTrain: Int = 5,
        backtestSample: Int = 5000, latestOrigins: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Result {
        precondition(backtestSample >= 1, "the backtest sample needs at least one series")
        // Global's intervals come only from a calibration: it has no analytic ones.
        let calibrate = calibrate || method == .global
        let done = ProgressCounter(total: series.count * (method == .auto || calibrate ? 2 : 1), report: progress)
        // A linear trend for series sharing a year axis: one batch fit (BatchLinearTrend) for all of them.
        if method == .linear, !calibrate, options.transform == .identity, let years = series.first?.years,
           series.allSatisfy({ $0.years == years }) {
            let fits = series.flatMap(\.values).withUnsafeBufferPointer {
                BatchLinearTrend.fit(values: $0, years: years, seriesCount: series.count)
            }
            let forecasts = parallelMap(count: series.count, chunk: 256) { i in
                SeriesForecaster.forecast(values: series[i].values, years: years, linearFit: fits[i], options: options)
            }
            done.add(series.count)
            return Result(forecasts: forecasts, choice: nil, calibration: nil,
                          model: ranModel(series, requested: .linear, members: [.linear], calibration: nil, options: options, backtested: 0, choice: nil))
        }
        let needsBacktest = method == .auto || calibrate
        var candidates: [ForecastMethod] = method == .auto ? autoCandidates : [method]
        var members: [ForecastMethod] = [method]
        var choice: AutoChoice? = nil
        var backtests: [[ForecastMethod: [BacktestForecast]]] = []
        // Choice and calibration pool the backtests of many series; beyond `backtestSample` series, an evenly
        // spread sample of that many gives the same pooled figures (tens of thousands of errors per horizon)
        // at a fraction of the cost.
        let sampled = series.count <= backtestSample ? Array(series.indices)
            : (0..<backtestSample).map { $0 * series.count / backtestSample }
        if needsBacktest {
            let settings = BacktestSettings(horizon: options.horizon, minimumTrain: minimumTrain, latestOrigins: latestOrigins)
            // Global's backtest at an origin year uses the model fitted on the sample's windows up to that year
            // only (what would have been known then), one fit per year from running sums.
            let growth = candidates.contains(.global) ? GlobalGrowth.modelsByYear(sampled.map { series[$0] }, horizon: options.horizon) : nil
            // A batch global cannot be fitted on at all (no positive series with enough years) leaves it out of
            // auto's candidates: it would only repeat drift under another name.
            if method == .auto, growth?.model(through: .max) == nil { candidates.removeAll { $0 == .global } }
            let candidates = candidates
            backtests = parallelMap(count: sampled.count, chunk: 4) { k in
                let i = sampled[k]
                var byMethod: [ForecastMethod: [BacktestForecast]] = [:]
                for c in candidates {
                    byMethod[c] = RollingOrigin.run(values: series[i].values, years: series[i].years, method: c, settings: settings,
                                                    transform: options.transform, growth: growth)
                }
                done.add(series.count / sampled.count)
                return byMethod
            }
        }
        if method == .auto {
            choice = chooseCombination(backtests: backtests, candidates: candidates)
            members = choice!.members
        }
        var calibration: IntervalCalibration? = nil
        if needsBacktest {
            calibration = empiricalCalibration(backtests: backtests, members: members, horizon: options.horizon, levels: options.levels)
        }
        let calibrationUsed = (method == .auto || calibrate) ? calibration : nil
        let chosen = members
        let growth = chosen.contains(.global) ? GlobalGrowth.fit(series, horizon: GlobalGrowth.stepsNeeded(series, horizon: options.horizon)) : nil
        let forecasts = parallelMap(count: series.count, chunk: 16) { i in
            defer { done.add(1) }
            return forecastOne(series[i], members: chosen, requested: method, options: options, calibration: calibrationUsed, growth: growth)
        }
        return Result(forecasts: forecasts, choice: choice, calibration: calibrationUsed,
                      model: ranModel(series, requested: method, members: chosen, calibration: calibrationUsed, options: options,
                                      backtested: needsBacktest ? sampled.count : 0, choice: choice, growth: growth))
    }

    /// The model a batch ran, with the batch as its pool.
    private static func ranModel(_ series: [SeriesInput], requested: ForecastMethod, members: [ForecastMethod], calibration: IntervalCalibration?,
                                 options: ForecastOptions, backtested: Int, choice: AutoChoice?, growth: GlobalGrowth? = nil) -> ForecastModel {
        ForecastModel(indicator: series.first?.indicator ?? "", requested: requested, members: members, calibration: calibration,
                      transform: options.transform, horizon: options.horizon, levels: options.levels,
                      pool: ForecastPool(series, backtested: backtested), evidence: choice?.evidence ?? [], growth: growth)
    }

    /// Forecasts every series with a model fixed before (on another batch, or this one): its members fitted to
    /// each series and its calibration as saved, so each series gets exactly the forecast it had in the batch the
    /// model was made on. No backtest runs; the model's transform (bounds) replaces the options'.
    ///
    /// - Precondition: `model.mismatch(with: options)` is nil (the caller reports a mismatch as an error).
    public static func forecast(_ series: [SeriesInput], model: ForecastModel, options: ForecastOptions) -> Result {
        if let why = model.mismatch(with: options) { preconditionFailure(why) }
        let applied = ForecastOptions(horizon: options.horizon, levels: options.levels, transform: model.transform)
        let forecasts = parallelMap(count: series.count, chunk: 16) { i in
            forecastOne(series[i], members: model.members, requested: model.requested, options: applied, calibration: model.calibration,
                        growth: model.growth)
        }
        return Result(forecasts: forecasts, choice: nil, calibration: model.calibration, model: model)
    }

    /// One series: the members' forecasts averaged, with calibrated intervals where the calibration has enough
    /// errors for the horizon.
    static func forecastOne(_ s: SeriesInput, members: [ForecastMethod], requested: ForecastMethod, options: ForecastOptions,
                            calibration: IntervalCalibration?, growth: GlobalGrowth?) -> Forecast {
        let parts = members.map { m in
            m == .global ? GlobalGrowth.forecast(growth, values: s.values, years: s.years, options: options)
                : SeriesForecaster.forecast(values: s.values, years: s.years, method: m, options: options)
        }
        guard let first = parts.first, !first.points.isEmpty else {
            var empty = parts[0]  // a series with no observed value: no points, but still whose it is
            empty.department = s.department
            empty.indicator = s.indicator
            return empty
        }
        var notes = Array(Set(parts.flatMap(\.notes))).sorted()
        let scale = RollingOrigin.meanAbsoluteChange(s.values)
        let positive = s.values.allSatisfy { $0.isNaN || $0 > 0 }
        var usedCalibration = false
        var points: [ForecastPoint] = []
        for k in first.points.indices {
            let mean = parts.map { $0.points[k].mean }.reduce(0, +) / Double(parts.count)
            var intervals: [ForecastInterval] = []
            let h = first.points[k].year - first.lastYear  // years after the last observation
            if let calibration, calibration.relativeForPositiveSeries, positive, mean > 0, h - 1 < calibration.relativeQuantiles.count,
               calibration.relativeSampleSizes[h - 1] >= IntervalCalibration.minimumSample {
                for level in options.levels {
                    guard let q = calibration.relativeQuantiles[h - 1][level] else { continue }
                    intervals.append(ForecastInterval(level: level, lower: options.transform.keptInside(mean * Double.exp(q.lower)),
                                                      upper: options.transform.keptInside(mean * Double.exp(q.upper))))
                }
                usedCalibration = true
            } else if let calibration, let scale, h - 1 < calibration.quantiles.count, calibration.sampleSizes[h - 1] >= IntervalCalibration.minimumSample {
                for level in options.levels {
                    guard let q = calibration.quantiles[h - 1][level] else { continue }
                    var lower = mean + scale * q.lower
                    if positive { lower = max(0, lower) }  // a series that has always been positive stays so
                    // Bounded series stay within their bounds.
                    intervals.append(ForecastInterval(level: level, lower: options.transform.keptInside(lower),
                                                      upper: options.transform.keptInside(mean + scale * q.upper)))
                }
                usedCalibration = true
            } else if parts.count == 1 {
                intervals = first.points[k].intervals
            } else {
                // A combination without calibration: the envelope of its members' intervals (conservative).
                for (j, level) in options.levels.enumerated() {
                    let ls = parts.compactMap { $0.points[k].intervals.count > j ? $0.points[k].intervals[j].lower : nil }
                    let us = parts.compactMap { $0.points[k].intervals.count > j ? $0.points[k].intervals[j].upper : nil }
                    if ls.count == parts.count { intervals.append(ForecastInterval(level: level, lower: ls.min()!, upper: us.max()!)) }
                }
            }
            points.append(ForecastPoint(year: first.points[k].year, horizon: first.points[k].horizon, mean: mean, intervals: intervals))
        }
        if calibration != nil && !usedCalibration {
            notes.append("intervals are the model's own: the calibration has too few backtest errors for this horizon or the series does not change")
        }
        let method: ForecastMethod = members.count == 1 ? parts[0].method : .auto
        if requested == .auto { notes.insert("auto: " + ForecastMethod.candidateName(members), at: 0) }
        let source: Forecast.IntervalSource = usedCalibration ? .calibrated : (points.contains { !$0.intervals.isEmpty } ? .analytic : .none)
        var forecast = Forecast(requested: requested, method: method, intervalSource: source, notes: notes, lastYear: first.lastYear, points: points)
        forecast.members = members.count == 1 ? parts[0].members : members
        forecast.department = s.department
        forecast.indicator = s.indicator
        forecast.lastValue = s.values.last { !$0.isNaN }
        return forecast
    }

    /// Scores every single candidate and every mean of two or three, pooled over all backtest forecasts.
    static func chooseCombination(backtests: [[ForecastMethod: [BacktestForecast]]], candidates: [ForecastMethod]) -> AutoChoice {
        var sets: [[ForecastMethod]] = candidates.map { [$0] }
        for i in candidates.indices {
            for j in (i + 1)..<candidates.count {
                sets.append([candidates[i], candidates[j]])
                for k in (j + 1)..<candidates.count { sets.append([candidates[i], candidates[j], candidates[k]]) }
            }
        }
        var evidence: [AutoChoice.CandidateScore] = []
        var best: ([ForecastMethod], Double)? = nil
        let aligned = backtests.map(AlignedBacktests.init)
        // Each set's errors summed in series and record order (the order `combined` lists them), without building
        // the averaged records; the sets in parallel.
        let scored = sets
        let totals = parallelMap(count: scored.count, chunk: 1) { k in
            aligned.reduce(into: (sum: 0.0, count: 0)) { total, series in series.addScaledErrors(scored[k], to: &total) }
        }
        for (set, total) in zip(sets, totals) {
            guard total.count > 0 else { continue }
            let e = total.sum / Double(total.count)
            evidence.append(AutoChoice.CandidateScore(candidate: ForecastMethod.candidateName(set), meanScaledError: e, forecasts: total.count))
            if best == nil || e < best!.1 - 1e-12 { best = (set, e) }
        }
        evidence.sort { $0.meanScaledError < $1.meanScaledError }
        return AutoChoice(members: best?.0 ?? [.drift], evidence: evidence)
    }

    /// A backtest forecast's origin and target year (series are matched by position in `backtests`).
    struct OriginYear: Hashable {
        let origin: Int
        let year: Int
    }

    /// One series' backtests of every candidate, indexed once by origin and target year, so that the 63
    /// candidate sets a choice scores are matched by position: matching each set through dictionaries of its own
    /// took a sixth of `auto`'s time on the tourism series.
    struct AlignedBacktests {
        /// Per method (by `ForecastMethod.allCases` position), its records as the backtest gave them; nil when absent.
        private let records: [[BacktestForecast]?]
        /// Per method, per record, the position of the record's (origin, year) among the series' keys.
        private let slots: [[Int]]
        /// Per method, per key position, the method's first forecast for that key; nil when it has none.
        private let forecasts: [[Double?]]

        init(_ backtests: [ForecastMethod: [BacktestForecast]]) {
            let records = ForecastMethod.allCases.map { backtests[$0] }
            var keys: [OriginYear: Int] = [:]
            let slots = records.map { r in
                (r ?? []).map { f in
                    let key = OriginYear(origin: f.origin, year: f.year)
                    if let k = keys[key] { return k }
                    keys[key] = keys.count
                    return keys.count - 1
                }
            }
            forecasts = records.indices.map { m in
                var column = [Double?](repeating: nil, count: keys.count)
                for (f, k) in zip(records[m] ?? [], slots[m]) where column[k] == nil { column[k] = f.forecast }
                return column
            }
            (self.records, self.slots) = (records, slots)
        }

        /// Calls `body` with each of the first member's records, in order, and the members' mean forecast for its
        /// origin and year, where every member forecast it (a member's first record for an origin and year counts).
        private func forEachAverage(_ members: [ForecastMethod], _ body: (BacktestForecast, Double) -> Void) {
            let positions = members.map { m in ForecastMethod.allCases.firstIndex(of: m)! }
            guard let base = records[positions[0]] else { return }
            let others = positions.dropFirst(), n = Double(members.count)
            for (f, k) in zip(base, slots[positions[0]]) {
                var sum = f.forecast, complete = true
                for m in others {
                    guard let v = forecasts[m][k] else { complete = false; break }
                    sum += v
                }
                if complete { body(f, others.isEmpty ? f.forecast : sum / n) }
            }
        }

        /// Adds the absolute scaled errors of the members' averaged forecasts (`combined(members)`, records with a
        /// scale) to `total`, one by one in their order, without building the records.
        func addScaledErrors(_ members: [ForecastMethod], to total: inout (sum: Double, count: Int)) {
            forEachAverage(members) { f, forecast in
                guard let scale = f.scale else { return }
                total.sum += abs(f.actual - forecast) / scale
                total.count += 1
            }
        }

        /// The members' forecasts averaged, in the first member's order, for the origins and years every member
        /// forecast (a member's first record for an origin and year counts); the first member's own records when
        /// it is alone.
        func combined(_ members: [ForecastMethod]) -> [BacktestForecast] {
            if members.count == 1 { return records[ForecastMethod.allCases.firstIndex(of: members[0])!] ?? [] }
            var out: [BacktestForecast] = []
            forEachAverage(members) { f, forecast in
                out.append(BacktestForecast(origin: f.origin, year: f.year, horizon: f.horizon, actual: f.actual, forecast: forecast,
                                            lower95: nil, upper95: nil, scale: f.scale, method: .auto))
            }
            return out
        }
    }

    /// The members' backtest forecasts averaged, matched by series, origin and year.
    static func combinedForecasts(backtests: [[ForecastMethod: [BacktestForecast]]], members: [ForecastMethod]) -> [BacktestForecast] {
        backtests.flatMap { AlignedBacktests($0).combined(members) }
    }

    /// Empirical quantiles by horizon of scaled errors (actual - forecast) / scale and of log ratios
    /// ln(actual / forecast); widths never shrink with the horizon (a longer horizon with few errors borrows the
    /// shorter one's width if that is wider). The form for positive series is chosen by a holdout: calibrate
    /// on all but each series' latest origin, score both forms' 95% intervals (MSIS) on that origin.
    static func empiricalCalibration(backtests: [[ForecastMethod: [BacktestForecast]]], members: [ForecastMethod], horizon: Int, levels: [Double]) -> IntervalCalibration {
        let perSeries = backtests.map { combinedForecasts(backtests: [$0], members: members) }
        func pools(_ forecasts: [BacktestForecast]) -> (scaled: [[Double]], relative: [[Double]]) {
            var scaled = [[Double]](repeating: [], count: horizon), relative = [[Double]](repeating: [], count: horizon)
            for f in forecasts where f.horizon <= horizon {
                if let s = f.scale { scaled[f.horizon - 1].append((f.actual - f.forecast) / s) }
                if f.actual > 0 && f.forecast > 0 { relative[f.horizon - 1].append(Double.log(f.actual / f.forecast)) }
            }
            return (scaled, relative)
        }
        // Holdout: each series' latest origin.
        var training: [BacktestForecast] = [], holdout: [BacktestForecast] = []
        for forecasts in perSeries {
            guard let latest = forecasts.map(\.origin).max() else { continue }
            for f in forecasts { if f.origin == latest { holdout.append(f) } else { training.append(f) } }
        }
        let trial = pools(training)
        let scaledTrial = quantiles(trial.scaled, levels: [95]), relativeTrial = quantiles(trial.relative, levels: [95])
        var scoreScaled = 0.0, scoreRelative = 0.0, compared = 0
        for f in holdout where f.actual > 0 && f.forecast > 0 {
            guard let s = f.scale, f.horizon - 1 < horizon, let qs = scaledTrial[f.horizon - 1][95], let qr = relativeTrial[f.horizon - 1][95] else { continue }
            scoreScaled += intervalScore(f.actual, f.forecast + s * qs.lower, f.forecast + s * qs.upper) / s
            scoreRelative += intervalScore(f.actual, f.forecast * Double.exp(qr.lower), f.forecast * Double.exp(qr.upper)) / s
            compared += 1
        }
        let all = pools(perSeries.flatMap { $0 })
        return IntervalCalibration(quantiles: quantiles(all.scaled, levels: levels), sampleSizes: all.scaled.map(\.count),
                                   relativeQuantiles: quantiles(all.relative, levels: levels), relativeSampleSizes: all.relative.map(\.count),
                                   relativeForPositiveSeries: compared > 0 && scoreRelative < scoreScaled)
    }

    /// The interval score of a 95% interval (Gneiting & Raftery 2007): width plus 40 times any miss.
    static func intervalScore(_ y: Double, _ lower: Double, _ upper: Double) -> Double {
        var s = upper - lower
        if y < lower { s += 40 * (lower - y) }
        if y > upper { s += 40 * (y - upper) }
        return s
    }

    private static func quantiles(_ byHorizon: [[Double]], levels: [Double]) -> [[Double: (lower: Double, upper: Double)]] {
        var out: [[Double: (lower: Double, upper: Double)]] = []
        var previous: [Double: (lower: Double, upper: Double)] = [:]
        for errors in byHorizon {
            let sorted = errors.sorted()
            var q: [Double: (lower: Double, upper: Double)] = [:]
            for level in levels where !sorted.isEmpty {
                var lower = Descriptive.quantile(sorted: sorted, 0.5 - level / 200)
                var upper = Descriptive.quantile(sorted: sorted, 0.5 + level / 200)
                if let p = previous[level] { lower = min(lower, p.lower); upper = max(upper, p.upper) }
                q[level] = (lower, upper)
            }
            out.append(q)
            if !q.isEmpty { previous = q }
        }
        return out
    }
}
