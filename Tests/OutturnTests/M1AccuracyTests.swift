import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// `auto` on the M1 yearly competition series (../shared/datasets/m1-yearly.csv): train part fitted, test
/// years forecast. Its accuracy must beat every method of R's forecast package listed in that folder's README
/// (drift: sMAPE 16.66, MASE 3.49; naive 22.43, 4.89; ets 18.61, 3.77; theta 20.17, 4.19) with 95% intervals
/// covering 92-97% of the test points. Skipped when the shared folder is absent.
@Suite struct M1AccuracyTests {
    @Test(.enabled(if: TestSupport.sharedFile("datasets/m1-yearly.csv") != nil, "needs ../shared/datasets/m1-yearly.csv"))
    func autoBeatsRsMethodsWithHonestCoverage() throws {
        let text = try String(contentsOfFile: TestSupport.sharedFile("datasets/m1-yearly.csv")!, encoding: .utf8)
        var order: [String] = []
        var rows: [String: [(Int, Double, Bool)]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            if rows[f[0]] == nil { order.append(f[0]) }
            rows[f[0], default: []].append((Int(f[1])!, Double(f[2])!, f[3] == "train"))
        }
        let series = order.map { id -> (SeriesInput, [Double]) in
            let r = rows[id]!.sorted { $0.0 < $1.0 }
            let train = r.filter { $0.2 }
            return (SeriesInput(values: train.map(\.1), years: train.first!.0..<(train.last!.0 + 1)), r.filter { !$0.2 }.map(\.1))
        }
        #expect(series.count == 181)
        let horizon = series.map { $0.1.count }.max()!
        let result = BatchForecaster.forecast(series.map(\.0), method: .auto, options: ForecastOptions(horizon: horizon, levels: [95]))
        var smape = 0.0, points = 0, mase = 0.0, covered = 0
        #expect(series.count == result.forecasts.count)
        for ((input, test), f) in zip(series, result.forecasts) {
            var absolute = 0.0
            for (k, actual) in test.enumerated() {
                let p = f.points[k]
                smape += 200 * abs(actual - p.mean) / (abs(actual) + abs(p.mean))
                absolute += abs(actual - p.mean)
                points += 1
                if let i = p.intervals.first, actual >= i.lower && actual <= i.upper { covered += 1 }
            }
            var scale = 0.0
            for k in 1..<input.values.count { scale += abs(input.values[k] - input.values[k - 1]) }
            mase += absolute / Double(test.count) / (scale / Double(input.values.count - 1))
        }
        smape /= Double(points)
        mase /= Double(series.count)
        let coverage = Double(covered) / Double(points)
        #expect(smape < 16.66, "sMAPE \(smape)")
        #expect(mase < 3.49, "MASE \(mase)")
        #expect(coverage >= 0.92 && coverage <= 0.97, "coverage \(coverage)")
        #expect(result.choice != nil)
    }
}
