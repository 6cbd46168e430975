import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Forecast: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "forecast",
            abstract: "Forecast next year's figures per department with prediction intervals.",
            discussion: paragraphs("""
                One record per department x indicator x forecast year: the method that ran (after any fallback for
                a short series), the last actual value, the point forecast in the indicator's unit and its change
                from that value, and a lower/upper pair per --level (in percent: 95, not 0.95).
                --model auto (the default) backtests naive, drift, linear, Holt, damped, theta and global (one
                regression across the selection of each series' growth ahead on its growth to date), and their
                two- and three-model averages, on the histories of the series (up to 5,000 spread over the batch),
                keeps the candidate with the lowest pooled
                scaled error, and calibrates the intervals on the backtest errors so that a 95% interval covers
                about 95% of outcomes (92-97% on the M1 yearly series, against 62-72% for R's forecast package).
                Other models give their own (analytic) intervals unless --calibrate (global is always calibrated). Fallback for short series is
                damped -> linear -> drift -> naive. The chosen model, its evidence and the pool it was chosen on
                go to standard error.

                Because auto chooses on the whole selection, a department forecast alone may get another model:
                --save-model keeps a run's models in a file and --model-file applies them to any selection, so a
                department alone gets exactly its forecast from the full run.

                Examples (next year's R&D budget per department, US$ million; then one department alike):
                  outturn forecast --data Datasets/us-federal-rd/rd-budget.csv --save-model rd-model.json
                  outturn forecast --data Datasets/us-federal-rd/rd-budget.csv --model-file rd-model.json --department NASA
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var settings: ForecastSettings
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "Model: auto (default), naive, mean, drift, linear, ses, holt, damped, theta, loglinear, global, combo, regression.")
        var model: ForecastMethod?

        @Option(name: .long, help: ArgumentHelp(
            "Write the model that ran per indicator (auto's choice, the interval calibration, bounds, and the pool it was chosen on) to this JSON file.",
            valueName: "file.json"))
        var saveModel: String?

        @Option(name: .long, help: ArgumentHelp(
            "Forecast with the models of a file written by --save-model instead of choosing again: a department alone gets exactly its forecast from the run that saved them.",
            valueName: "file.json"))
        var modelFile: String?

        /// The method asked for (auto unless --model says otherwise).
        var method: ForecastMethod { model ?? .auto }

        @Option(name: .long, help: ArgumentHelp(
            "With --model regression: a covariate lagged K >= 1 years, indicator:K (repeatable), beside last year's value.", valueName: "id:k"))
        var covariate: [String] = []

        @Flag(name: .long, help: "With --model regression: pooled OLS instead of department fixed effects.")
        var pooled = false

        @Option(name: .long, help: "Interval level in percent (repeatable; default 80 and 95).")
        var level: [Double] = []

        @Flag(name: .long, help: "Calibrate the intervals of a fixed model on its backtest errors (auto always does).")
        var calibrate = false


        @Option(name: .long, help: ArgumentHelp("Also draw the last 12 years, the forecast and its bands to this file (.svg, or .png through rsvg-convert): the first indicator, one panel per department beyond three (up to 24).", valueName: "file.svg|png"))
        var plot: String?

        func validate() throws {
            try refuseUnwritable(plot, saveModel)
            for l in level {
                // Percentages, as everywhere: 0.95 would be a 0.95% interval, so it is refused with the percent to write.
                do { try ConfidenceLevel.check(l) } catch let error as DataError { throw ValidationError("--level: \(error.description)") }
            }
            if modelFile != nil {
                if model != nil || calibrate || !settings.bounds.isEmpty {
                    throw ValidationError("--model-file gives the model, its calibration and its bounds: leave out --model, --calibrate and --bounds")
                }
                if saveModel != nil { throw ValidationError("--model-file and --save-model together would only copy the file") }
            }
            if model == .regression, saveModel != nil {
                throw ValidationError("--save-model keeps per-series models; a regression is refitted on the whole panel each run")
            }
            if model == .regression {
                if settings.horizon != 1 { throw ValidationError("--model regression forecasts one year ahead (--horizon 1): later years need future covariates") }
                _ = try covariates()
            } else if !covariate.isEmpty || pooled {
                throw ValidationError("--covariate and --pooled go with --model regression")
            }
        }

        func covariates() throws -> [PanelRegressor] {
            try covariate.map { c in
                let parts = c.split(separator: ":")
                guard parts.count == 2, let k = Int(parts[1]), k >= 1 else {
                    throw ValidationError("--covariate takes indicator:years with years >= 1, got \"\(c)\"")
                }
                return PanelRegressor(String(parts[0]), lag: k)
            }
        }

        func run() throws {
            // Regression reads covariates beside the response, so --indicator picks responses, not the panel's columns.
            var chosen = selection
            if method == .regression { chosen.indicator = [] }
            let panel = try chosen.apply(to: try input.loadPanel(years: chosen.years))
            let levels = level.isEmpty ? [80, 95] : Array(Set(level)).sorted()
            let options = ForecastOptions(horizon: settings.horizon, levels: levels, transform: try settings.transform())
            let bounds = try settings.boundsByIndicator(of: panel)
            let saved = try ForecastSettings.savedModels(modelFile, for: panel, command: "forecast")
            // Indicators without a saved model are an error, so forecast only the file's unless --indicator chose.
            let indicators = modelFile != nil && selection.indicator.isEmpty
                ? panel.indicators.map(\.id).filter { id in saved.contains { $0.indicator == id } } : nil
            for i in panel.indicators where indicators?.contains(i.id) ?? true {
                try checkBounds(panel, indicator: i.id, saved.first { $0.indicator == i.id }?.transform ?? settings.transform(for: i.id))
            }
            let results = method == .regression ? try regressionForecasts(panel, options: options)
                : try BatchForecaster.forecast(panel: panel, indicators: indicators, method: method, options: options, calibrate: calibrate,
                                               bounds: bounds, models: saved,
                                               progress: ProgressBar.perIndicator("forecasting", quiet: input.quiet))
            if !input.quiet {
                for r in results {
                    if let choice = r.choice { Diagnostics.write(choice.explanation(indicator: r.indicator)) }
                    if let model = r.model, let modelFile {
                        Diagnostics.write("\(r.indicator): \(model.name) from \(modelFile), chosen on \(model.pool.description)")
                    } else if let model = r.model, model.pool.backtested > 0 {
                        Diagnostics.write("  pool: \(model.pool.description); --save-model keeps this choice for other selections")
                    }
                }
            }
            if let saveModel { try ForecastModelFile.write(results.compactMap(\.model), to: saveModel) }
            if let plot, let first = results.first { try SVGChart.forecast(first, panel: panel, levels: levels).write(to: plot) }
            var preamble: [String] = []
            if results.count == 1, let year = panel.years.last {
                preamble = ["Forecasts of \(results[0].indicator) (\(results[0].unit.isEmpty ? "units" : results[0].unit)) after \(year)"]
            }
            // Departments whose figures stop early: their forecasts start with nowcasts of the missing years.
            if let year = panel.years.last {
                let early = results.flatMap(\.forecasts).filter { !$0.points.isEmpty && $0.lastYear < year }
                if !early.isEmpty {
                    let named = early.prefix(5).map { "\(((try? panel.department($0.department))?.name) ?? $0.department) (\($0.lastYear))" }.joined(separator: ", ")
                    preamble.append("\(early.count) series stop before \(year): \(named)\(early.count > 5 ? ", ..." : ""); their years up to \(year) are nowcasts, and horizons count from their last figure")
                }
            }
            // Records stream out a few thousand forecasts at a time, made again from the forecasts for each pass
            // over a table: never every row at once.
            try output.emit(columns: Self.recordColumns(levels: levels), preamble: preamble, names: panel, repeatable: true) { append in
                for r in results {
                    for start in stride(from: 0, to: r.forecasts.count, by: 8192) {
                        try append(Self.records(r.forecasts[start..<min(r.forecasts.count, start + 8192)], levels: levels))
                    }
                }
            }
        }

        /// Observations outside an indicator's bounds are pulled inside them for the fit: say how many, and refuse
        /// bounds that no observation lies within (the forecast would be the bounds themselves).
        func checkBounds(_ panel: IndicatorPanel, indicator id: String, _ transform: ForecastTransform) throws {
            guard case let .logit(lo, hi) = transform else { return }
            var observed = 0, outside = 0
            for v in panel.block(indicatorAt: try panel.indicatorPosition(id)) where !v.isNaN {
                observed += 1
                if v <= lo || v >= hi { outside += 1 }
            }
            let named = "bounds \(DecimalText.shortest(lo)):\(DecimalText.shortest(hi)) of \(id)"
            if observed > 0 && outside == observed {
                throw DataError("every one of the \(observed) observations lies on or outside the \(named)",
                                hint: "widen the bounds to the range the values can take")
            }
            if outside > 0 && !input.quiet {
                Diagnostics.write("\(named): \(outside) of \(observed) observations lie on or outside the bounds and were pulled just inside them for the fit")
            }
        }

    /// Regression forecasts of each response (the selected indicators, else every one that is not a covariate).
        func regressionForecasts(_ panel: IndicatorPanel, options: ForecastOptions) throws -> [IndicatorForecast] {
            let covariates = try covariates()
            let covariateIDs = Set(covariates.map(\.indicator))
            let responses = selection.indicator.isEmpty ? panel.indicators.map(\.id).filter { !covariateIDs.contains($0) } : selection.indicator
            if !input.quiet {
                Diagnostics.write("regression: \(pooled ? "pooled OLS" : "department fixed effects") on last year's value\(covariate.isEmpty ? "" : " and " + covariate.joined(separator: ", "))")
            }
            return try responses.map { id in
                let result = try RegressionForecaster.forecast(panel: panel, indicator: id, covariates: covariates, estimator: pooled ? .pooled : .fixedEffects, options: options)
                return IndicatorForecast(indicator: id, unit: try panel.indicator(id).unit, forecasts: result.forecasts, choice: nil, calibration: nil)
            }
        }

        /// The fields of a forecast record: one per department x indicator x forecast year.
        static func recordColumns(levels: [Double]) -> [Column] {
            [
                Column("department"), Column("indicator"), Column("year", style: .year), Column("horizon", style: .integer, inTable: false),
                Column("model"), Column("last_value", heading: "last actual", style: .decimals(2)),
                Column("mean", heading: "forecast", style: .decimals(2)), Column("change", style: .decimals(2)),
            ] + levels.flatMap { l -> [Column] in
                let percent = DecimalText.format(l, style: .statistic), name = percent.replacingOccurrences(of: ".", with: "_")
                return [Column("lower_\(name)", heading: "\(percent)% lower", style: .decimals(2)), Column("upper_\(name)", heading: "\(percent)% upper", style: .decimals(2))]
            } + [Column("interval", inTable: false), Column("note", inTable: false)]
        }

        /// The records of some forecasts, in `recordColumns(levels:)`.
        static func records(_ forecasts: some Collection<Outturn.Forecast>, levels: [Double]) -> [[Cell]] {
            var rows: [[Cell]] = []
            for f in forecasts {
                let notes = f.notes.joined(separator: "; ")
                for p in f.points {
                    let bounds = levels.flatMap { l -> [Cell] in
                        guard let interval = p.intervals.first(where: { $0.level == l }) else { return [.missing, .missing] }
                        return [.number(interval.lower), .number(interval.upper)]
                    }
                    let change: Cell = .optional(f.lastValue.map { p.mean - $0 })
                    let head: [Cell] = [.text(f.department), .text(f.indicator), .number(Double(p.year)), .number(Double(p.horizon)),
                                        .text(f.modelName), .optional(f.lastValue), .number(p.mean), change]
                    let tail: [Cell] = [.text(f.intervalSource.rawValue), .text(notes)]
                    rows.append(head + bounds + tail)
                }
            }
            return rows
        }
    }
}
