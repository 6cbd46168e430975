// outturn-bench: times Outturn's kernels on files or generated panels, several repetitions, and prints one CSV
// line per task: task,rows,repetitions,min_seconds,median_seconds,rows_per_second. Wall-clock figures belong
// in Benchmarks/README.md, never in unit tests.
import Foundation
import Outturn
import OutturnIO
import OutturnReports
import OutturnStore

func measure(_ repetitions: Int, _ body: () throws -> Void) rethrows -> [Double] {
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = ContinuousClock.now
        try body()
        let d = ContinuousClock.now - start
        times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }
    return times.sorted()
}

func report(_ task: String, rows: Int, _ times: [Double]) {
    let median = times[times.count / 2]
    print("\(task),\(rows),\(times.count),\(String(format: "%.3f", times[0])),\(String(format: "%.3f", median)),\(String(format: "%.0f", Double(rows) / times[0]))")
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let task = arguments.first else {
    FileHandle.standardError.write(Data("usage: outturn-bench csv-load FILE [REPETITIONS]\n".utf8))
    exit(64)
}
do {
    switch task {
    case "csv-load":
        let path = arguments[1]
        let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
        var rows = 0
        let times = try measure(repetitions) {
            let panel = try PanelCSVReader().read(path: path)
            rows = panel.indicators.indices.reduce(0) { $0 + panel.observedCount(indicatorAt: $1) }
        }
        report("csv-load", rows: rows, times)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS") }) {
            FileHandle.standardError.write(Data("after \(repetitions) loads: \(line)\n".utf8))
        }
    case "batch-ols":
        // OLS trend with slope SE, t, p and CI for N series x 15 years, 5% of series with one missing year.
        let seriesCount = Int(arguments[1])!
        let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
        let t = 15
        var rng = SplitMix64(seed: 42)
        var block = [Double](repeating: 0, count: seriesCount * t)
        for s in 0..<seriesCount {
            let level = rng.uniform(100, 10_000), growth = rng.uniform(-0.02, 0.08)
            for k in 0..<t { block[s * t + k] = level * (1 + growth * Double(k)) + rng.normal() * level * 0.03 }
            if rng.uniform() < 0.05 { block[s * t + Int(rng.uniform(0, Double(t)))] = .nan }
        }
        var checksum = 0.0
        // `batch-ols N REPS fit-only`: only the fit into reused columns (for profiling it alone).
        let fitOnly = arguments.count > 3 && arguments[3] == "fit-only"
        let times = fitOnly ? [] : measure(repetitions) {
            let fits = block.withUnsafeBufferPointer {
                BatchLinearTrend.fit(values: $0, years: 2010..<(2010 + t), seriesCount: seriesCount)
            }
            checksum = fits.reduce(0) { $0 + ($1.slope ?? 0) }
        }
        precondition(checksum.isFinite)
        if !fitOnly { report("batch-ols-\(seriesCount)x15", rows: seriesCount, times) }
        // The same fit into columns (no per-series records), and the floor: one pass summing the block.
        let columnTimes = fitOnly ? [] : measure(repetitions) {
            let c = block.withUnsafeBufferPointer {
                BatchLinearTrend.fitColumns(values: $0, years: 2010..<(2010 + t), seriesCount: seriesCount)
            }
            checksum = c.slope.reduce(0) { $1.isNaN ? $0 : $0 + $1 }
        }
        if !fitOnly { report("batch-ols-columns-\(seriesCount)x15", rows: seriesCount, columnTimes) }
        // The fit itself: into columns allocated once (as when fitting indicator after indicator), so the
        // system's first-touch zeroing of fresh result pages is not counted.
        var reused = TrendColumns(count: seriesCount, years: 2010..<(2010 + t), level: 95)
        block.withUnsafeBufferPointer { BatchLinearTrend.fit(values: $0, into: &reused) }
        let reusedTimes = measure(repetitions) {
            block.withUnsafeBufferPointer { BatchLinearTrend.fit(values: $0, into: &reused) }
        }
        checksum = reused.slope.reduce(0) { $1.isNaN ? $0 : $0 + $1 }
        report("batch-ols-fit-only-\(seriesCount)x15", rows: seriesCount, reusedTimes)
        let floor = measure(repetitions) {
            var sum = 0.0
            block.withUnsafeBufferPointer { p in for v in p where !v.isNaN { sum += v } }
            checksum += sum
        }
        precondition(!checksum.isInfinite)   // keeps the floor's sum from being optimised away
        report("memory-floor-\(seriesCount)x15", rows: seriesCount, floor)
    case "m1":
        // M1 yearly: fit each series' train part, forecast its test years; sMAPE over all test points, MASE
        // averaged over series (scale = mean |diff(train)|), share of test points inside the 95% interval.
        let path = arguments[1]
        let methods = arguments.count > 2 ? arguments[2].split(separator: ",").map { ForecastMethod(rawValue: String($0))! } : ForecastMethod.allCases
        let series = try M1.load(path)
        print("method,series,smape,mase,coverage_95,seconds")
        let calibrated = arguments.count > 3 && arguments[3] == "calibrated"
        for method in methods {
            let start = ContinuousClock.now
            var choice: AutoChoice? = nil
            let result = M1.evaluate(series, method: method, calibrated: calibrated, choice: &choice)
            if let choice {
                FileHandle.standardError.write(Data("auto chose \(choice.name); backtest evidence (mean absolute scaled error):\n".utf8))
                for e in choice.evidence.prefix(8) { FileHandle.standardError.write(Data("  \(e.candidate) \(e.meanScaledError) (\(e.forecasts))\n".utf8)) }
            }
            let d = ContinuousClock.now - start
            print("\(method.rawValue),\(series.count),\(String(format: "%.2f", result.smape)),\(String(format: "%.3f", result.mase)),\(String(format: "%.3f", result.coverage)),\(String(format: "%.2f", Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18))")
        }
    case "forecast":
        // One-year-ahead forecasts with 95% intervals for N synthetic budget series x 15 years, one method.
        let method = ForecastMethod(rawValue: arguments[1])!
        let seriesCount = Int(arguments[2])!
        let repetitions = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
        let panel = SyntheticPanel(departments: seriesCount, years: 2010..<2025, seed: 9).generate()
        let i = panel.position(ofIndicator: "appropriation_budget")!
        let inputs = SeriesInput.all(of: panel, indicatorAt: i)
        var chosen = ""
        let times = measure(repetitions) {
            let r = BatchForecaster.forecast(inputs, method: method, options: ForecastOptions(horizon: 1, levels: [95]))
            chosen = r.choice?.name ?? method.rawValue
        }
        report("forecast-\(method.rawValue)-\(seriesCount)x15(\(chosen))", rows: seriesCount, times)
    case "backtest":
        // Rolling-origin backtest inside the library, the file's load not timed: h = 1, step 1, origins from the
        // 10th observed year (statsforecast's cross_validation with h = 1 and 5 windows on 15-year series, as
        // Benchmarks/peers/cv_speed.py times it inside Python). `backtest FILE METHOD [REPETITIONS]`.
        let method = ForecastMethod(rawValue: arguments[2])!
        let repetitions = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
        let panel = try PanelCSVReader().read(path: arguments[1])
        let inputs = SeriesInput.all(of: panel, indicatorAt: 0)
        var forecasts = 0
        let times = measure(repetitions) {
            forecasts = PanelBacktest.run(inputs, method: method, settings: BacktestSettings(horizon: 1, minimumTrain: 10, step: 1)).count
        }
        report("backtest-\(method.rawValue)-\(inputs.count)-series", rows: forecasts, times)
    case "execution":
        // Year-end projections within the year, out of sample (each year from the earlier years only), at months
        // 3, 6 and 9: `execution synthetic SEED...` on generated panels (100 departments, 2012-2024, evaluated
        // 2018-2024), or `execution FILE ACTUAL` on a monthly CSV (every year after the first two).
        print("data,month,method,projections,mape_pct,coverage95")
        var sets: [(String, MonthlyPanel, String)] = []
        if arguments[1] == "synthetic" {
            for seed in arguments.dropFirst(2).compactMap({ UInt64($0) }) {
                sets.append(("synthetic-\(seed)", SyntheticMonthly(departments: 100, years: 2012..<2025, seed: seed).generate(), "expenditure_to_date"))
            }
        } else {
            sets.append(((arguments[1] as NSString).lastPathComponent + ":" + arguments[2], try MonthlyCSV.read(path: arguments[1]), arguments[2]))
        }
        for (name, panel, actual) in sets {
            let years = arguments[1] == "synthetic" ? Array(2018...2024) : Array(panel.years.dropFirst(2))
            for a in try ExecutionProjector.evaluate(panel, actual: actual, months: [3, 6, 9], years: years) {
                print("\(name),\(a.month),\(a.method.rawValue),\(a.count),\(String(format: "%.2f", a.mape)),\(a.coverage95.map { String(format: "%.3f", $0) } ?? "")")
            }
        }
    case "store-import":
        // A CSV into a fresh store: read, then one import transaction.
        // The store is a SQLite path (replaced) or a PostgreSQL URL of an empty database.
        let csv = arguments[1], storePath = arguments[2]
        if !Stores.isDatabaseURL(storePath) { try? FileManager.default.removeItem(atPath: storePath) }
        var rows = 0
        let read = try measure(1) { rows = try PanelCSVReader().read(path: csv).observations.count }
        let panel = try PanelCSVReader().read(path: csv)
        let store = try Stores.open(storePath)
        let write = try measure(1) { _ = try store.importPanel(panel, source: csv, vintage: 2024) }
        report("store-import-read-csv", rows: rows, read)
        report("store-import-transaction", rows: rows, write)
    case "store-load":
        // Every current observation of a store into a panel, then as known in an earlier vintage (as-of).
        let store = try Stores.open(arguments[1], access: .read)
        var rows = 0
        let times = try measure(3) {
            let p = try store.panel()
            rows = p.indicators.indices.reduce(0) { $0 + p.observedCount(indicatorAt: $1) }
        }
        report("store-load", rows: rows, times)
        if let asOf = try store.vintages().first {
            let asOfTimes = try measure(3) {
                let p = try store.panel(asOf: asOf)
                rows = p.indicators.indices.reduce(0) { $0 + p.observedCount(indicatorAt: $1) }
            }
            report("store-load-as-of-\(asOf)", rows: rows, asOfTimes)
        }
    case "m1-forecasts":
        // Every method's test-period forecasts for M1, one line per series x method x horizon (for analysis).
        let series = try M1.load(arguments[1])
        print("series,method,horizon,actual,forecast,lower95,upper95,scale")
        for s in series {
            var scale = 0.0
            for k in 1..<s.train.count { scale += abs(s.train[k] - s.train[k - 1]) }
            scale /= Double(s.train.count - 1)
            for method in ForecastMethod.allCases where method != .auto {
                let f = SeriesForecaster.forecast(values: s.train, years: s.trainYears, method: method,
                                                  options: ForecastOptions(horizon: s.test.count, levels: [95]))
                for (k, actual) in s.test.enumerated() {
                    let p = f.points[k]
                    print("\(s.id),\(method.rawValue),\(k + 1),\(actual),\(p.mean),\(p.intervals.first?.lower ?? .nan),\(p.intervals.first?.upper ?? .nan),\(scale)")
                }
            }
        }
    case "report-score":
        // extract + audit of every annotated text of a folder against its .truth.json (the definitions of
        // ../shared/tools/score_reports.py), one line per file and the totals.
        let folder = arguments[1]
        var total = ReportScore()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".txt") }).sorted() {
            let truth = folder + "/" + name.dropLast(4) + ".truth.json"
            guard let data = FileManager.default.contents(atPath: truth) else { continue }
            let e = ReportExtractor.extract(text: try ReportSource.text(path: folder + "/" + name), source: name)
            let score = ReportScore.score(figures: e.figures, checks: ReportAudit.audit(e), annotation: try ReportAnnotation(json: data))
            total = total + score
            print("\(name): figures \(score.figuresFound)/\(score.figuresTotal) found, \(score.figuresWrong) wrong; relations \(score.relationsRight)/\(score.relationsTotal) right, \(score.falseAlarms) false alarms")
            for note in score.notes { print("    " + note) }
        }
        print("total: figures \(total.figuresFound)/\(total.figuresTotal) found, \(total.figuresWrong) wrong, \(total.figuresExtra) extra; relations \(total.relationsRight)/\(total.relationsTotal) right, \(total.relationsWrong) wrong, \(total.relationsMissed) missed, \(total.falseAlarms) false alarms, \(total.duplicateFlags) duplicate flags")
    case "report-scaling":
        // extract + audit of a text repeated to 1 KB .. 10 MB: seconds per size (linear when the ratio holds).
        let text = try ReportSource.text(path: arguments[1])
        print("bytes,seconds,statements,checks")
        for target in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
            let copies = max(1, target / max(1, text.utf8.count))
            let big = String(repeating: text + "\n", count: copies)
            var statements = 0, checks = 0
            let times = measure(1) {
                let e = ReportExtractor.extract(text: big, source: "scaling")
                statements = e.readings.count
                checks = ReportAudit.audit(e).count
            }
            print("\(big.utf8.count),\(String(format: "%.3f", times[0])),\(statements),\(checks)")
        }
    default:
        FileHandle.standardError.write(Data("unknown task \(task)\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("outturn-bench: \(error)\n".utf8))
    exit(1)
}
