import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Backtest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backtest",
            abstract: "Rolling-origin backtest of forecasting models: accuracy and interval coverage per model.",
            discussion: paragraphs("""
                At each origin year every series is cut at that year, forecast --horizon years ahead exactly as
                `outturn forecast` would (auto's choice and calibration redone from the data up to the origin), and
                compared with what happened. One record per model: the series and forecasts evaluated, MAE and
                RMSE (indicator's unit), sMAPE and MAPE (percent), MASE (errors over each series' mean absolute
                yearly change), the share of outcomes inside the 95% interval, and MSIS (M4's interval score).

                Example:
                  outturn backtest --data Datasets/us-federal-rd/rd-budget.csv --horizon 2 --model drift --model auto
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var settings: ForecastSettings
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "Model to evaluate (repeatable; default naive, drift, damped, theta and auto).")
        var model: [ForecastMethod] = []

        @Option(name: .long, help: "Observed years before the first origin.")
        var minimumTrain: Int = 6

        @Option(name: .long, help: "Years between origins.")
        var step: Int = 1

        @Option(name: .long, help: "Sliding training window in years (default: expanding, every year up to the origin).")
        var window: Int?

        @Flag(name: .long, help: "One record per model and department instead of a summary per model.")
        var bySeries = false

        @Option(name: .long, help: ArgumentHelp(
            "Also evaluate the models of a file written by --save-model, as saved (their choice and calibration are not redone at each origin): a row named saved:MEMBERS.",
            valueName: "file.json"))
        var modelFile: String?

        @Option(name: .long, help: ArgumentHelp(
            "Write the model the one --model (default auto) chooses on all the data, per indicator, as outturn forecast --save-model would.",
            valueName: "file.json"))
        var saveModel: String?


        func validate() throws {
            try refuseUnwritable(saveModel)
            guard minimumTrain >= 3 else { throw ValidationError("--minimum-train must be at least 3") }
            guard step >= 1 else { throw ValidationError("--step must be at least 1") }
            if let window, window < minimumTrain { throw ValidationError("--window must be at least --minimum-train") }
            if saveModel != nil, model.count > 1 { throw ValidationError("--save-model saves one model: give at most one --model") }
            if model.contains(.regression) { throw ValidationError("backtest evaluates per-series models; --model regression needs the whole panel") }
        }

        func run() throws {
            let panel = try selection.apply(to: try input.loadPanel(years: selection.years))
            let bounds = try settings.boundsByIndicator(of: panel)
            let saved = try ForecastSettings.savedModels(modelFile, for: panel, command: "backtest")
            // The evaluated models: the methods, then each saved model of an indicator the data has.
            let models = model.isEmpty ? (modelFile == nil ? [.naive, .drift, .damped, .theta, .auto] : []) : model
            let backtest = BacktestSettings(horizon: settings.horizon, minimumTrain: minimumTrain, step: step, window: window)
            var report = RecordTable(columns: [
                Column("model"), Column("indicator", inTable: panel.indicators.count > 1),
                bySeries ? Column("department") : Column("series", style: .integer),
                Column("forecasts", style: .integer), Column("mae", style: .decimals(2)), Column("rmse", style: .decimals(2)),
                Column("mape", heading: "MAPE %", style: .decimals(2), inTable: false), Column("smape", heading: "sMAPE %", style: .decimals(2)),
                Column("mase", heading: "MASE", style: .decimals(3)), Column("coverage_95", heading: "95% coverage", style: .decimals(3)),
                Column("msis", heading: "MSIS", style: .decimals(2)),
            ])
            for m in saved {
                if let why = m.mismatch(with: ForecastOptions(horizon: settings.horizon, levels: [95])) {
                    throw DataError("the saved model of \"\(m.indicator)\" cannot be backtested here: \(why)",
                                    hint: "backtest with the model's horizon (\(m.horizon)), or save a model with a 95% level")
                }
            }
            for (i, ind) in panel.indicators.enumerated() {
                let inputs = SeriesInput.all(of: panel, indicatorAt: i)
                let entries: [(name: String, method: ForecastMethod, model: ForecastModel?)] = models.map { ($0.rawValue, $0, nil) }
                    + saved.filter { $0.indicator == ind.id }.map { ("saved:" + $0.name, $0.requested, $0) }
                for (name, m, savedModel) in entries {
                    let bar = ProgressBar("backtesting \(name) on \(ind.id) (origins)", quiet: input.quiet)
                    let results = PanelBacktest.run(inputs, method: m, settings: backtest, transform: try settings.transform(for: ind.id),
                                                    model: savedModel, progress: { bar.update($0, $1) })
                    bar.finish()
                    func row(_ key: Cell, _ forecasts: some Sequence<BacktestForecast>) -> [Cell] {
                        let a = ForecastAccuracy(forecasts)
                        return [.text(name), .text(ind.id), key, .number(Double(a.forecasts)), .optional(a.mae), .optional(a.rmse),
                                .optional(a.mape), .optional(a.smape), .optional(a.mase), .optional(a.coverage95), .optional(a.msis)]
                    }
                    if bySeries {
                        // Each series' records by position, in their order (a counting sort of the positions), not
                        // copied into per-series arrays: a backtest of 100,000 series has a million records.
                        var start = [Int](repeating: 0, count: panel.departments.count + 1)
                        for r in results { start[r.seriesIndex + 1] += 1 }
                        for d in panel.departments.indices { start[d + 1] += start[d] }
                        var next = start, positions = [Int](repeating: 0, count: results.count)
                        for (k, r) in results.enumerated() { positions[next[r.seriesIndex]] = k; next[r.seriesIndex] += 1 }
                        for (d, dep) in panel.departments.enumerated() where start[d] < start[d + 1] {
                            report.append(row(.text(dep.id), positions[start[d]..<start[d + 1]].lazy.map { results[$0].forecast }))
                        }
                    } else {
                        report.append(row(.number(Double(Set(results.lazy.map(\.seriesIndex)).count)), results.lazy.map(\.forecast)))
                    }
                }
            }
            if let saveModel {
                let method = model.first ?? .auto
                let options = ForecastOptions(horizon: settings.horizon, levels: [80, 95], transform: try settings.transform())
                let models = try BatchForecaster.forecast(panel: panel, method: method, options: options, bounds: bounds).compactMap(\.model)
                try ForecastModelFile.write(models, to: saveModel)
            }
            try output.emit(report, names: panel)
        }
    }
}
