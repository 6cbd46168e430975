import Benchmark
import Foundation
import Outturn
import OutturnIO

/// The core kernels on fixed synthetic data. Thresholds: wall clock may not regress by more than 25% (p50)
/// against the baseline, and allocations (deterministic) by more than 5%.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        maxDuration: .seconds(5), maxIterations: 50,
        thresholds: [
            .wallClock: .init(relative: [.p50: 25]),
            .mallocCountTotal: .init(relative: [.p50: 5]),
        ])

    let panel = SyntheticPanel(departments: 2000, years: 2010..<2025, seed: 7).generate()
    let csvPath = FileManager.default.temporaryDirectory.appendingPathComponent("outturn-kernel-bench.csv").path
    try? PanelCSVWriter().write(panel, toPath: csvPath)
    let budget = panel.position(ofIndicator: "appropriation_budget")!
    let inputs = SeriesInput.all(of: panel, indicatorAt: budget)

    Benchmark("CSV load (600k rows)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try PanelCSVReader().read(path: csvPath)) }
    }
    Benchmark("Batch OLS trend (40k series x 15 years)") { benchmark in
        for _ in benchmark.scaledIterations {
            for i in panel.indicators.indices { blackHole(BatchLinearTrend.fit(panel: panel, indicatorAt: i)) }
        }
    }
    Benchmark("Trend statistics (2k series)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try TrendAnalysis.summarise(panel: panel, indicators: ["appropriation_budget"])) }
    }
    for method in [ForecastMethod.naive, .drift, .linear, .ses, .holt, .damped, .theta] {
        Benchmark("Forecast \(method.rawValue) (2k series)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(BatchForecaster.forecast(inputs, method: method, options: ForecastOptions())) }
        }
    }
    Benchmark("Forecast auto (200 series)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(BatchForecaster.forecast(Array(inputs.prefix(200)), method: .auto, options: ForecastOptions())) }
    }
    // Peer standings of 20,000 departments in one indicator and year, in 4 groups: one sort per group and year
    // (a pairwise count was quadratic: 63 s at 20,000 departments).
    let many = try! SyntheticPanel(departments: 20_000, years: 2020..<2025, seed: 7).generate()
        .selecting(indicators: ["execution_rate"])
    Benchmark("Rank (20k departments x 5 years, by group)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try PeerComparison.standings(panel: many, indicator: "execution_rate", years: [2024], groupAttribute: "group"))
        }
    }
    Benchmark("Backtest damped (200 series)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(PanelBacktest.run(Array(inputs.prefix(200)), method: .damped, settings: BacktestSettings(horizon: 2, minimumTrain: 6)))
        }
    }
}
