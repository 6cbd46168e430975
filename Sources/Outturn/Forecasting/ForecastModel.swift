/// A forecasting model fixed on one batch of series, to apply unchanged to any other selection: the model (auto's
/// chosen candidate or a fixed method), the interval calibration learnt from the batch's backtests, the bounds,
/// and the pool it was chosen on.
///
/// Auto's choice and calibration pool the backtests of a whole batch, so a department forecast alone would
/// otherwise get another model than in the full panel. Applying the full run's model
/// (`BatchForecaster.forecast(_:model:options:)`) gives every series exactly its forecast from that run: the
/// members are fitted to the series itself and the calibration is taken as it was saved.
/// `outturn forecast --save-model` writes it as JSON (`Codable`), `--model-file` reads it.
public struct ForecastModel: Sendable, Equatable, Codable {
    /// The indicator's id ("" for a batch given without one).
    public var indicator: String
    /// The method asked for when the model was made (`auto`, or a fixed method).
    public var requested: ForecastMethod
    /// The models whose forecasts are averaged (auto's choice, or the fixed method).
    public var members: [ForecastMethod]
    /// The empirical interval quantiles, nil when the intervals are the models' own.
    public var calibration: IntervalCalibration?
    /// The transform the series were fitted in (a logit keeps forecasts within bounds).
    public var transform: ForecastTransform
    /// Years ahead the calibration covers (its horizons 1...horizon).
    public var horizon: Int
    /// Interval levels in percent the calibration has quantiles for.
    public var levels: [Double]
    /// The batch the choice and calibration were made on.
    public var pool: ForecastPool
    /// Auto's pooled backtest score of every candidate, best first (empty for a fixed method).
    public var evidence: [AutoChoice.CandidateScore]
    /// The pooled growth model's coefficients fitted on the batch, when `global` is a member (nil otherwise).
    public var growth: GlobalGrowth?

    private enum CodingKeys: String, CodingKey {
        case indicator, requested, members, calibration, transform = "bounds", horizon, levels, pool, evidence, growth = "global_growth"
    }

    /// What is inconsistent in a model read from a file (no members, a calibration without the horizons or levels
    /// it claims), or nil.
    public var inconsistency: String? {
        if members.isEmpty { return "members is empty" }
        if members.contains(where: { $0 == .auto || $0 == .regression }) { return "members are methods other than auto and regression" }
        if horizon < 1 { return "horizon must be at least 1" }
        if members.contains(.global) && growth == nil { return "global is a member but global_growth is missing" }
        if let g = growth, g.coefficients.isEmpty { return "global_growth has no coefficients" }
        if let g = growth, g.coefficients.contains(where: { !$0.intercept.isFinite || !$0.slope.isFinite }) { return "global_growth has a coefficient that is not a number" }
        if levels.isEmpty || levels.contains(where: { !($0 > 0 && $0 < 100) }) { return "levels are percentages between 0 and 100" }
        if let c = calibration {
            if c.sampleSizes.count != horizon || c.relativeSampleSizes.count != horizon {
                return "the calibration has \(c.sampleSizes.count) horizons, the model \(horizon)"
            }
            for (h, q) in zip(c.quantiles, c.relativeQuantiles).enumerated() {
                // A horizon without errors has no quantiles; one with errors has every level.
                if c.sampleSizes[h] > 0, levels.contains(where: { q.0[$0] == nil }) { return "horizon \(h + 1) lacks a level's scaled quantiles" }
                if c.relativeSampleSizes[h] > 0, levels.contains(where: { q.1[$0] == nil }) { return "horizon \(h + 1) lacks a level's log-ratio quantiles" }
            }
        }
        return nil
    }

    public init(indicator: String, requested: ForecastMethod, members: [ForecastMethod], calibration: IntervalCalibration?,
                transform: ForecastTransform, horizon: Int, levels: [Double], pool: ForecastPool, evidence: [AutoChoice.CandidateScore],
                growth: GlobalGrowth? = nil) {
        precondition(!members.isEmpty, "a model has at least one member")
        self.indicator = indicator
        self.requested = requested
        self.members = members
        self.calibration = calibration
        self.transform = transform
        self.horizon = horizon
        self.levels = levels
        self.pool = pool
        self.evidence = evidence
        self.growth = growth
    }

    /// The candidate's name: `drift`, or an average's members joined by "+".
    public var name: String { ForecastMethod.candidateName(members) }

    /// Why `options` ask for more than the model holds (a horizon beyond the calibrated one, a level without
    /// quantiles), or nil when the model can serve them. The options' transform does not matter: a model is
    /// applied with its own.
    public func mismatch(with options: ForecastOptions) -> String? {
        if calibration != nil {
            if options.horizon > horizon {
                return "the model was calibrated for \(horizon) year\(horizon == 1 ? "" : "s") ahead, not \(options.horizon)"
            }
            let missing = options.levels.filter { !levels.contains($0) }
            if !missing.isEmpty {
                return "the model has intervals at \(levels.map(DecimalText.shortest).joined(separator: ", "))%, not at \(missing.map(DecimalText.shortest).joined(separator: ", "))%"
            }
        }
        return nil
    }
}

/// The batch a pooled choice was made on: how many series, which years, and a fingerprint of the data.
public struct ForecastPool: Sendable, Equatable, Codable {
    /// Series in the batch.
    public var series: Int
    /// Series whose backtests made the choice and calibration (all of them, or an evenly spread sample).
    public var backtested: Int
    /// The first and last year of the batch's data.
    public var firstYear: Int
    public var lastYear: Int

    private enum CodingKeys: String, CodingKey { case series, backtested, firstYear = "first_year", lastYear = "last_year", fingerprint }
    /// 64-bit FNV-1a of every series' department, indicator, years and values (bit patterns), in hexadecimal:
    /// the same for the same data in the same order, different for any other (up to hash collisions).
    public var fingerprint: String

    public init(_ batch: [SeriesInput], backtested: Int) {
        series = batch.count
        self.backtested = backtested
        firstYear = batch.map(\.years.lowerBound).min() ?? 0
        lastYear = (batch.map(\.years.upperBound).max() ?? 1) - 1
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        func mix(_ word: UInt64) {  // its eight bytes, least significant first, without building an array
            for shift in stride(from: 0, to: 64, by: 8) { hash = (hash ^ ((word >> UInt64(shift)) & 0xFF)) &* 0x0000_0100_0000_01b3 }
        }
        for s in batch {
            mix(s.department.utf8); mix([0])
            mix(s.indicator.utf8); mix([0])
            mix(UInt64(bitPattern: Int64(s.years.lowerBound)))
            mix(UInt64(s.values.count))
            for v in s.values { mix(v.isNaN ? Double.nan.bitPattern : v.bitPattern) }
        }
        fingerprint = String(hash, radix: 16).leftPadded(to: 16)
    }

    /// "12 series, 2010-2024, all backtested (fingerprint 3f2a...)".
    public var description: String {
        "\(series) series, \(firstYear)-\(lastYear), " + (backtested == series ? "all backtested" : "\(backtested) backtested (an even spread)")
            + " (fingerprint \(fingerprint))"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

// MARK: - JSON forms

extension ForecastTransform: Codable {
    private enum CodingKeys: String, CodingKey { case lower, upper }

    /// `null`-free: identity is `{}`, a logit `{"lower": a, "upper": b}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if case let .logit(a, b) = self {
            try c.encode(a, forKey: .lower)
            try c.encode(b, forKey: .upper)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let a = try c.decodeIfPresent(Double.self, forKey: .lower), b = try c.decodeIfPresent(Double.self, forKey: .upper)
        switch (a, b) {
        case (nil, nil): self = .identity
        case let (a?, b?) where a < b: self = .logit(lower: a, upper: b)
        default:
            throw DecodingError.dataCorruptedError(forKey: .upper, in: c, debugDescription: "bounds need a lower below an upper value")
        }
    }
}

extension IntervalCalibration: Codable {
    private enum CodingKeys: String, CodingKey { case form, horizons }
    private enum HorizonKeys: String, CodingKey {
        case horizon, scaledErrors = "scaled_errors", scaled, logRatioErrors = "log_ratio_errors", logRatio = "log_ratio"
    }

    /// `{"form": "log-ratio" | "scaled", "horizons": [{"horizon": 1, "scaled_errors": n, "scaled": {"95": [lo, hi]},
    /// "log_ratio_errors": n, "log_ratio": {...}}, ...]}`; levels are keys in percent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(relativeForPositiveSeries ? "log-ratio" : "scaled", forKey: .form)
        var list = c.nestedUnkeyedContainer(forKey: .horizons)
        func table(_ q: [Double: (lower: Double, upper: Double)]) -> [String: [Double]] {
            Dictionary(uniqueKeysWithValues: q.map { (DecimalText.shortest($0.key), [$0.value.lower, $0.value.upper]) })
        }
        for h in sampleSizes.indices {
            var item = list.nestedContainer(keyedBy: HorizonKeys.self)
            try item.encode(h + 1, forKey: .horizon)
            try item.encode(sampleSizes[h], forKey: .scaledErrors)
            try item.encode(table(quantiles[h]), forKey: .scaled)
            try item.encode(relativeSampleSizes[h], forKey: .logRatioErrors)
            try item.encode(table(relativeQuantiles[h]), forKey: .logRatio)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let form = try c.decode(String.self, forKey: .form)
        guard form == "log-ratio" || form == "scaled" else {
            throw DecodingError.dataCorruptedError(forKey: .form, in: c, debugDescription: "form is \"log-ratio\" or \"scaled\", not \"\(form)\"")
        }
        var list = try c.nestedUnkeyedContainer(forKey: .horizons)
        var quantiles: [[Double: (lower: Double, upper: Double)]] = [], relative: [[Double: (lower: Double, upper: Double)]] = []
        var sizes: [Int] = [], relativeSizes: [Int] = []
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: HorizonKeys.self)
            guard try item.decode(Int.self, forKey: .horizon) == sizes.count + 1 else {
                throw DecodingError.dataCorruptedError(forKey: .horizon, in: item, debugDescription: "horizons must run 1, 2, 3, ... in order")
            }
            func table(_ key: HorizonKeys) throws -> [Double: (lower: Double, upper: Double)] {
                var out: [Double: (lower: Double, upper: Double)] = [:]
                for (level, pair) in try item.decode([String: [Double]].self, forKey: key) {
                    guard let l = Double(level), l > 0, l < 100, pair.count == 2, pair[0] <= pair[1] else {
                        throw DecodingError.dataCorruptedError(forKey: key, in: item,
                                                               debugDescription: "each level (percent) maps to [lower, upper], got \"\(level)\": \(pair)")
                    }
                    out[l] = (pair[0], pair[1])
                }
                return out
            }
            sizes.append(try item.decode(Int.self, forKey: .scaledErrors))
            quantiles.append(try table(.scaled))
            relativeSizes.append(try item.decode(Int.self, forKey: .logRatioErrors))
            relative.append(try table(.logRatio))
        }
        self.init(quantiles: quantiles, sampleSizes: sizes, relativeQuantiles: relative, relativeSampleSizes: relativeSizes,
                  relativeForPositiveSeries: form == "log-ratio")
    }
}
