// outturn-bench: times Outturn's kernels on files or generated panels, several repetitions, and prints one CSV
// line per task: task,rows,repetitions,min_seconds,median_seconds,rows_per_second. Wall-clock figures belong
// in Benchmarks/README.md, never in unit tests.
import Foundation
import Outturn
import OutturnIO

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
            rows = panel.indicators.indices.reduce(0) { $0 + panel.observedCount(indicator: $1) }
        }
        report("csv-load", rows: rows, times)
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
        let times = try measure(repetitions) {
            let fits = try block.withUnsafeBufferPointer {
                try BatchLinearTrend.fit(values: $0, years: 2010..<(2010 + t), seriesCount: seriesCount)
            }
            checksum = fits.reduce(0) { $0 + ($1.slope ?? 0) }
        }
        precondition(checksum.isFinite)
        report("batch-ols-\(seriesCount)x15", rows: seriesCount, times)
    default:
        FileHandle.standardError.write(Data("unknown task \(task)\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("outturn-bench: \(error)\n".utf8))
    exit(1)
}
