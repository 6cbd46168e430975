import RealModule

/// A global (pooled) growth model: one regression across every series of a batch, of each series' mean yearly
/// log growth over the next h years on its mean yearly log growth to date (issue 15; Montero-Manso and Hyndman
/// 2021 on global models for short series).
///
/// For a series z = ln y, a *window* ends at an observed year t with at least three observed years up to it and
/// an observed year t + h; its regressor is the mean yearly log growth to t, g = (z_t - z_first) / (t - first), and
/// its target the mean yearly log growth ahead, (z_{t+h} - z_t) / h. Per horizon h one weighted least-squares fit
/// of target on (1, g) over every window of every positive series, each series weighing 1 in total (its windows
/// 1 / their number), so long series do not outvote short ones. The forecast s years after the last observation
/// is y_last exp(s (a_s + b_s g)) (the last fitted horizon's coefficients beyond it).
///
/// Alone it shrinks every series' growth towards the batch's; auto uses it mostly in an average with drift, which
/// its pooled backtest picks where that helps (tourism yearly) and not where it does not (M1 yearly); see
/// Benchmarks/README.md. Series with a zero or negative figure are forecast by drift instead.
public struct GlobalGrowth: Sendable, Equatable, Codable {
    /// Per horizon 1, 2, ...: the intercept (mean yearly log growth ahead at zero growth to date) and the slope on
    /// the growth to date.
    public var coefficients: [Coefficients]

    public struct Coefficients: Sendable, Equatable, Codable {
        public var intercept: Double
        public var slope: Double
        /// Windows behind the fit.
        public var windows: Int

        public init(intercept: Double, slope: Double, windows: Int) {
            self.intercept = intercept
            self.slope = slope
            self.windows = windows
        }
    }

    /// Fewest windows a horizon's fit needs.
    public static let minimumWindows = 10
    /// Fewest observed years a window's start needs (two yearly changes at least).
    static let minimumHistory = 3

    public init(coefficients: [Coefficients]) {
        precondition(!coefficients.isEmpty, "a growth model has at least one horizon")
        self.coefficients = coefficients
    }

    /// Fits horizons 1...horizon on every window of `series` (with targets up to `lastYear` when given); nil when
    /// the first horizon has fewer than `minimumWindows` windows. A later horizon with too few keeps the one
    /// before it.
    public static func fit(_ series: [SeriesInput], horizon: Int, through lastYear: Int? = nil) -> GlobalGrowth? {
        modelsByYear(series, horizon: horizon).model(through: lastYear ?? .max)
    }

    /// The model fitted through every year of the batch's axis, for backtests: what would have been fitted at each
    /// origin year from the windows whose targets had been observed by then.
    public struct ModelsByYear: Sendable {
        /// The distinct target years of the windows, ascending, and the model through each.
        let years: [Int]
        let models: [GlobalGrowth?]

        /// The model fitted on the windows with targets up to `year` (nil when they are too few).
        public func model(through year: Int) -> GlobalGrowth? {
            // The last target year at or before `year`.
            let after = years.partitioningIndex { $0 > year }
            return after == 0 ? nil : models[after - 1]
        }
    }

    /// The models through each target year of the batch's windows, from one pass over them.
    public static func modelsByYear(_ series: [SeriesInput], horizon: Int) -> ModelsByYear {
        let sums = WindowSums(series, horizon: horizon)
        let running = sums.cumulative()
        return ModelsByYear(years: sums.years, models: sums.years.indices.map { WindowSums.model(running, upTo: $0) })
    }

    /// The most years after a series' last observation that a forecast `horizon` years past the data's last year
    /// reaches (more than `horizon` for a series whose figures stop early).
    public static func stepsNeeded(_ series: [SeriesInput], horizon: Int) -> Int {
        series.map { s in (s.values.lastIndex { !$0.isNaN }).map { s.values.count - 1 - $0 + horizon } ?? horizon }.max() ?? horizon
    }

    /// The logarithm of each observed figure and the mean yearly log growth to it, (z_t - z_first) / (t - first)
    /// (NaN where the year is missing or has fewer than `minimumHistory` observed years up to it); nil when a
    /// figure is not positive and finite. The one definition of "growth to date", for the windows of the fit and
    /// for the forecast from a series' last observation.
    static func logsAndGrowth(_ values: ArraySlice<Double>) -> (logs: [Double], growth: [Double])? {
        guard values.allSatisfy({ $0.isNaN || ($0 > 0 && $0.isFinite) }) else { return nil }
        var logs = [Double](repeating: .nan, count: values.count), growth = logs
        var first: (Int, Double)? = nil, count = 0
        for (k, v) in values.enumerated() where !v.isNaN {
            logs[k] = Double.log(v)
            count += 1
            if first == nil { first = (k, logs[k]) }
            if count >= minimumHistory, let (i0, z0) = first { growth[k] = (logs[k] - z0) / Double(k - i0) }
        }
        return (logs, growth)
    }

    /// The forecast s years after the last observation, on the log scale, for each of `steps`: z_last + s (a_s +
    /// b_s g); nil when the series is not positive or too short (the caller falls back to drift).
    func logMeans(_ values: ArraySlice<Double>, steps: [Int]) -> [Double]? {
        guard let (logs, growth) = Self.logsAndGrowth(values), let last = logs.lastIndex(where: { !$0.isNaN }), !growth[last].isNaN
        else { return nil }
        return steps.map { s in
            let c = coefficients[min(s, coefficients.count) - 1]
            return logs[last] + Double(s) * (c.intercept + c.slope * growth[last])
        }
    }

    /// The forecast means `steps` years after the last observation of `values`, or nil when the series is not
    /// positive or too short (the caller falls back to drift).
    public func means(_ values: ArraySlice<Double>, steps: [Int]) -> [Double]? {
        logMeans(values, steps: steps)?.map { Double.exp($0) }
    }

    /// The weighted cross-products of every window, by horizon and target year, so that the fit through any
    /// year is a prefix sum: a backtest refits the model at every origin year from these in O(years).
    struct WindowSums {
        /// The distinct target years of the windows, ascending (memory follows the windows, not the span of years).
        let years: [Int]
        /// Per horizon, per target year (by position in `years`): sum w, w g, w g^2, w t, w g t and the window count.
        private var cells: [[Cell]]

        struct Cell {
            var w = 0.0, wg = 0.0, wgg = 0.0, wt = 0.0, wgt = 0.0, windows = 0
            mutating func add(_ o: Cell) {
                w += o.w; wg += o.wg; wgg += o.wgg; wt += o.wt; wgt += o.wgt; windows += o.windows
            }
        }

        init(_ series: [SeriesInput], horizon: Int) {
            precondition(horizon >= 1, "a horizon of at least one year")
            // Per series that can enter (every figure positive and finite), its logs and growth to date.
            var windowed: [(series: SeriesInput, logs: [Double], growth: [Double])] = []
            var targetYears = Set<Int>()
            for s in series {
                guard let (logs, growth) = GlobalGrowth.logsAndGrowth(s.values[...]) else { continue }
                windowed.append((s, logs, growth))
                for k in logs.indices where !logs[k].isNaN { targetYears.insert(s.years.lowerBound + k) }
            }
            let years = targetYears.sorted()
            let position = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
            var cells = [[Cell]](repeating: [Cell](repeating: Cell(), count: years.count), count: horizon)
            for (s, logs, growth) in windowed {
                for h in 1...horizon {
                    let windows = (0..<max(0, logs.count - h)).filter { !growth[$0].isNaN && !logs[$0 + h].isNaN }
                    guard !windows.isEmpty else { continue }
                    let w = 1 / Double(windows.count)
                    for t in windows {
                        let g = growth[t], target = (logs[t + h] - logs[t]) / Double(h)
                        cells[h - 1][position[s.years.lowerBound + t + h]!].add(Cell(w: w, wg: w * g, wgg: w * g * g, wt: w * target, wgt: w * g * target, windows: 1))
                    }
                }
            }
            self.years = years
            self.cells = cells
        }

        /// Per horizon, the running sums through each target year.
        func cumulative() -> [[Cell]] {
            cells.map { row in
                var sum = Cell()
                return row.map { sum.add($0); return sum }
            }
        }

        /// The model from running sums (`cumulative()`) through the target year at position `index`, or nil.
        static func model(_ running: [[Cell]], upTo index: Int) -> GlobalGrowth? {
            var out: [Coefficients] = []
            for row in running {
                let c = row[index]
                // Normal equations of target on (1, g): [w wg; wg wgg] (a, b) = (wt, wgt).
                let det = c.w * c.wgg - c.wg * c.wg
                if c.windows >= GlobalGrowth.minimumWindows, det > 1e-12 * c.w * max(c.wgg, 1e-300) {
                    out.append(Coefficients(intercept: (c.wgg * c.wt - c.wg * c.wgt) / det, slope: (c.w * c.wgt - c.wg * c.wt) / det,
                                            windows: c.windows))
                } else if let previous = out.last {
                    out.append(previous)
                } else {
                    return nil
                }
            }
            return out.isEmpty ? nil : GlobalGrowth(coefficients: out)
        }
    }
}

extension GlobalGrowth {
    /// One series' forecast by this model: the years after its last observation to `options.horizon` years after
    /// the data's last year, labelled as `SeriesForecaster` labels them; drift (with a note) for a series with a
    /// figure that is not positive or fewer than `minimumHistory` observed years. The means are kept within a
    /// logit transform's bounds. The intervals are a random walk's with drift on ln y (the batch's
    /// calibration replaces them where it has enough errors).
    ///
    /// A nil model (a batch with too few windows) forecasts by drift too.
    public static func forecast(_ model: GlobalGrowth?, values: [Double], years: Range<Int>, options: ForecastOptions) -> Forecast {
        let lastIndex = values.lastIndex { !$0.isNaN }
        let lastYear = years.lowerBound + (lastIndex ?? 0)
        let targetYears = Array((lastYear + 1)...(years.upperBound - 1 + options.horizon))
        guard let lastIndex, let model, let logMeans = model.logMeans(values[...], steps: targetYears.map { $0 - lastYear }) else {
            let drift = SeriesForecaster.forecast(values: values, years: years, method: .drift, options: options)
            guard let lastIndex else { return drift }
            // The series' own reason first: it would fall back with any model.
            let seriesCannot = logsAndGrowth(values[...]).map { $0.growth[lastIndex].isNaN } ?? true
            let why = seriesCannot ? "global needs \(minimumHistory) observed years, all above zero"
                : "the batch has fewer than \(minimumWindows) windows to fit global on"
            return Forecast(requested: .global, method: drift.method, intervalSource: drift.intervalSource,
                            notes: drift.notes + [why + ": fell back to drift"],
                            lastYear: drift.lastYear, points: drift.points).carryingIdentity(of: drift)
        }
        // The model's own intervals, used where the batch's calibration has too few errors: those of a random walk
        // with drift on the series' logarithms (R's rwf on ln y), around the model's mean, formed on the log scale
        // and taken back as any log-scale model's are; the model works on the figures themselves, so a logit
        // transform's bounds only keep the results inside.
        let walk = RandomWalk(values.map { $0.isNaN ? $0 : Double.log($0) }[...], drift: true)
        let path = ModelPath(means: logMeans, standardErrors: targetYears.map { walk?.standardError($0 - lastYear) },
                             degreesOfFreedom: nil, logScale: true)
        var notes: [String] = []
        if lastYear < years.upperBound - 1 {
            notes.append(SeriesForecaster.nowcastNote(lastYear: lastYear, dataLastYear: years.upperBound - 1))
        }
        let onFigures = ForecastOptions(horizon: options.horizon, levels: options.levels)
        let f = SeriesForecaster.assemble(path: path, requested: .global, method: .global, targetYears: targetYears, lastYear: lastYear,
                                          options: onFigures, notes: notes)
        let t = options.transform
        var forecast = Forecast(requested: .global, method: .global, intervalSource: f.intervalSource, notes: f.notes, lastYear: lastYear,
                                points: f.points.map { p in
                                    ForecastPoint(year: p.year, horizon: p.horizon, mean: t.keptInside(p.mean), intervals: p.intervals.map {
                                        ForecastInterval(level: $0.level, lower: t.keptInside($0.lower), upper: t.keptInside($0.upper))
                                    })
                                }).carryingIdentity(of: f)
        forecast.lastValue = values[lastIndex]
        return forecast
    }
}
