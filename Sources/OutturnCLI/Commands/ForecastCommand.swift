import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnOutput

struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast next year's figures per department with prediction intervals.",
        discussion: paragraphs("""
            One record per department x indicator x forecast year: the method that ran (after any fallback for
            a short series), the point forecast in the indicator's unit, and a lower/upper pair per --level.
            --model auto (the default) backtests naive, drift, linear, Holt, damped and theta, and their
            two- and three-model averages, on the histories of the series (up to 5,000 spread over the batch),
            keeps the candidate with the lowest pooled
            scaled error, and calibrates the intervals on the backtest errors so that a 95% interval covers
            about 95% of outcomes (92-97% on the M1 yearly series, against 62-72% for R's forecast package).
            Other models give their own (analytic) intervals unless --calibrate. Fallback for short series is
            damped -> linear -> drift -> naive. The chosen model and its evidence go to standard error.

            Example (next year's R&D budget per department, US$ million):
              outturn forecast --data Datasets/us-federal-rd/rd-budget.csv
            """))

    @OptionGroup var input: DataOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var settings: ForecastSettings
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "Model: auto, naive, mean, drift, linear, ses, holt, damped, theta, loglinear, combo, regression.")
    var model: ForecastMethod = .auto

    @Option(name: .long, help: ArgumentHelp(
        "With --model regression: a covariate lagged K >= 1 years, indicator:K (repeatable), beside last year's value.", valueName: "id:k"))
    var covariate: [String] = []

    @Flag(name: .long, help: "With --model regression: pooled OLS instead of department fixed effects.")
    var pooled = false

    @Option(name: .long, help: "Interval level in percent (repeatable; default 80 and 95).")
    var level: [Double] = []

    @Flag(name: .long, help: "Calibrate the intervals of a fixed model on its backtest errors (auto always does).")
    var calibrate = false


    @Option(name: .long, help: ArgumentHelp("Also draw history, forecast and its 80% and 95% bands to this SVG file (first 6 departments of the first indicator).", valueName: "file.svg"))
    var plot: String?

    /// History, forecast mean and interval bands of the first departments.
    static func chart(panel: IndicatorPanel, indicator i: Int, forecasts: [Forecast], levels: [Double]) -> SVGChart {
        let ind = panel.indicators[i]
        var chart = SVGChart(title: "\(ind.id): forecast", xLabel: "year", yLabel: ind.unit.isEmpty ? ind.id : "\(ind.id) (\(ind.unit))")
        for (c, d) in panel.departments.indices.prefix(6).enumerated() {
            let f = forecasts[d]
            let history = panel.series(departmentAt: d, indicatorAt: i).enumerated().map { (Double(panel.years.lowerBound + $0), $1) }
            chart.series.append(.init(label: panel.departments[d].name, points: history, color: c))
            guard let lastObserved = history.last(where: { $0.1.isFinite }) else { continue }
            chart.series.append(.init(label: "forecast", points: [lastObserved] + f.points.map { (Double($0.year), $0.mean) },
                                      dashed: true, color: c, legend: c == 0))
            for (k, level) in levels.enumerated().reversed() {
                let pts = f.points.filter { $0.intervals.count > k }
                guard !pts.isEmpty else { continue }
                chart.bands.append(.init(label: "\(DecimalText.format(level, style: .statistic))% interval",
                                         lower: [lastObserved] + pts.map { (Double($0.year), $0.intervals[k].lower) },
                                         upper: [lastObserved] + pts.map { (Double($0.year), $0.intervals[k].upper) },
                                         opacity: k == levels.count - 1 ? 0.12 : 0.22, color: c, legend: c == 0))
            }
        }
        return chart
    }

    func validate() throws {
        if level.contains(where: { !($0 > 0 && $0 < 100) }) { throw ValidationError("--level takes percentages between 0 and 100") }
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
        if model == .regression { chosen.indicator = [] }
        let panel = try chosen.apply(to: try input.loadPanel())
        let levels = level.isEmpty ? [80, 95] : Array(Set(level)).sorted()
        let options = ForecastOptions(horizon: settings.horizon, levels: levels, transform: try settings.transform())
        var report = RecordTable(columns: [
            Column("department"), Column("indicator"), Column("year", style: .year), Column("horizon", style: .integer, inTable: false),
            Column("model"), Column("mean", heading: "forecast", style: .decimals(2)),
        ] + levels.flatMap { l -> [Column] in
            let name = DecimalText.format(l, style: .statistic).replacingOccurrences(of: ".", with: "_")
            return [Column("lower_\(name)", heading: "\(name)% lower", style: .decimals(2)), Column("upper_\(name)", heading: "\(name)% upper", style: .decimals(2))]
        } + [Column("interval", inTable: false), Column("note", inTable: false)])
        let covariateIDs = Set(try covariates().map(\.indicator))
        let responses = model != .regression ? panel.indicators
            : selection.indicator.isEmpty ? panel.indicators.filter { !covariateIDs.contains($0.id) }
            : try selection.indicator.map { try panel.indicator($0) }
        var chart: SVGChart? = nil
        for ind in responses {
            let i = panel.position(ofIndicator: ind.id)!
            let result = model == .regression
                ? try RegressionForecaster.forecast(panel: panel, indicator: i, covariates: covariates(),
                                                    estimator: pooled ? .pooled : .fixedEffects, options: options)
                : { () -> BatchForecaster.Result in
                    let bar = ProgressBar("forecasting \(ind.id)", quiet: input.quiet)
                    defer { bar.finish() }
                    return BatchForecaster.forecast(seriesInputs(panel, indicator: i), method: model, options: options, calibrate: calibrate,
                                                    progress: { bar.update($0, $1) })
                }()
            if let choice = result.choice, !input.quiet {
                var lines = ["\(ind.id): auto chose \(choice.name) (backtest mean absolute scaled error; lower is better):"]
                lines += choice.evidence.prefix(5).map { "  \($0.candidate): \(String(format: "%.4f", $0.meanScaledError)) over \($0.forecasts) forecasts" }
                FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
            if plot != nil && chart == nil { chart = Self.chart(panel: panel, indicator: i, forecasts: result.forecasts, levels: levels) }
            for (d, dep) in panel.departments.enumerated() {
                let f = result.forecasts[d]
                for p in f.points {
                    var cells: [Cell] = [.text(dep.id), .text(ind.id), .number(Double(p.year)), .number(Double(p.horizon)),
                                         .text(f.method == .combo && model == .auto ? result.choice!.name : f.method.rawValue), .number(p.mean)]
                    for l in levels {
                        if let interval = p.intervals.first(where: { $0.level == l }) {
                            cells += [.number(interval.lower), .number(interval.upper)]
                        } else {
                            cells += [.missing, .missing]
                        }
                    }
                    cells += [.text(f.intervalSource.rawValue), .text(f.notes.joined(separator: "; "))]
                    report.append(cells)
                }
            }
        }
        if let plot, let chart { try chart.write(to: plot) }
        if model == .regression {
            FileHandle.standardError.write(Data("regression: \(pooled ? "pooled OLS" : "department fixed effects") on last year's value\(covariate.isEmpty ? "" : " and " + covariate.joined(separator: ", "))\n".utf8))
        }
        if let unit = panel.indicators.first?.unit, panel.indicators.count == 1 {
            report.preamble = ["Forecasts of \(panel.indicators[0].id) (\(unit.isEmpty ? "units" : unit)) after \(panel.years.upperBound - 1)"]
        }
        try output.emit(report)
    }
}
