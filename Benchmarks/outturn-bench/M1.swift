import Foundation
import Outturn

/// The M1 yearly competition data (Makridakis et al. 1982) and its evaluation as in ../shared/datasets/README.md.
enum M1 {
    struct Series {
        let id: String
        let trainYears: Range<Int>
        let train: [Double]
        let test: [Double]
    }

    static func load(_ path: String) throws -> [Series] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [String: [(Int, Double, Bool)]] = [:]
        var order: [String] = []
        // Lines end in LF or CRLF (a file written by Python's csv module).
        for line in text.split(whereSeparator: \.isNewline).dropFirst() where !line.isEmpty {
            let f = line.split(separator: ",").map(String.init)
            if rows[f[0]] == nil { order.append(f[0]) }
            rows[f[0], default: []].append((Int(f[1])!, Double(f[2])!, f[3] == "train"))
        }
        return order.map { id in
            let r = rows[id]!.sorted { $0.0 < $1.0 }
            let train = r.filter { $0.2 }, test = r.filter { !$0.2 }
            return Series(id: id, trainYears: train.first!.0..<(train.last!.0 + 1), train: train.map(\.1), test: test.map(\.1))
        }
    }

    struct Result { let smape: Double; let mase: Double; let coverage: Double }

    static func evaluate(_ all: [Series], method: ForecastMethod, calibrated: Bool = false, choice: inout AutoChoice?) -> Result {
        var smapeSum = 0.0, points = 0, maseSum = 0.0, covered = 0, withInterval = 0
        var coveredAt: [Int: (covered: Int, points: Int)] = [:]
        let horizon = all.map(\.test.count).max()!
        let batch = BatchForecaster.forecast(all.map { SeriesInput(values: $0.train, years: $0.trainYears) }, method: method,
                                             options: ForecastOptions(horizon: horizon, levels: [95]), calibrate: calibrated,
                                             latestOrigins: ProcessInfo.processInfo.environment["OUTTURN_BENCH_ORIGINS"].flatMap { Int($0) })
        choice = batch.choice
        for (s, f) in zip(all, batch.forecasts) {
            var absSum = 0.0
            for (k, actual) in s.test.enumerated() {
                let p = f.points[k]
                smapeSum += 200 * abs(actual - p.mean) / (abs(actual) + abs(p.mean))
                absSum += abs(actual - p.mean)
                points += 1
                if let i = p.intervals.first {
                    withInterval += 1
                    let inside = actual >= i.lower && actual <= i.upper
                    if inside { covered += 1 }
                    coveredAt[p.horizon, default: (0, 0)].covered += inside ? 1 : 0
                    coveredAt[p.horizon, default: (0, 0)].points += 1
                }
            }
            var scale = 0.0
            for k in 1..<s.train.count { scale += abs(s.train[k] - s.train[k - 1]) }
            scale /= Double(s.train.count - 1)
            maseSum += absSum / Double(s.test.count) / scale
        }
        if ProcessInfo.processInfo.environment["OUTTURN_BENCH_COVERAGE_BY_HORIZON"] != nil {
            let line = coveredAt.keys.sorted().map { h in
                String(format: "h%d %.3f (%d)", h, Double(coveredAt[h]!.covered) / Double(coveredAt[h]!.points), coveredAt[h]!.points)
            }.joined(separator: ", ")
            FileHandle.standardError.write(Data("\(method.rawValue) 95% coverage by horizon: \(line)\n".utf8))
        }
        return Result(smape: smapeSum / Double(points), mase: maseSum / Double(all.count),
                      coverage: withInterval == 0 ? .nan : Double(covered) / Double(withInterval))
    }
}
