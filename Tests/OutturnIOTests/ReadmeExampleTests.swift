import Foundation
import Outturn
import OutturnIO
import Testing
import _TestSupport

/// The README's library example, as written there, runs and gives sensible results; a second test checks that
/// the README still shows exactly these lines.
@Suite struct ReadmeExampleTests {
    @Test func libraryExampleRuns() throws {
        let panel = try PanelSource.read(path: TestSupport.path("Datasets/synthetic-provincial/panel.csv"))

        // Trends of every department at once (OLS in one parallel pass over the block, robust statistics per series).
        let trends = try TrendAnalysis.summarise(panel: panel, indicators: ["execution_rate"], level: 95)
        let falling = trends.filter { $0.direction == .falling }.map(\.department)

        // Next year's execution rate, kept inside [0, 110] percent, with calibrated 80% and 95% intervals. Each
        // forecast carries its department, indicator, years, horizons and the models it combined; print(f) shows it.
        let forecasts = try BatchForecaster.forecast(panel: panel, indicators: ["execution_rate"],
                                                     options: ForecastOptions(horizon: 1, levels: [80, 95], transform: .logit(lower: 0, upper: 110)))
        for f in forecasts[0].forecasts.prefix(3) { print(f) }

        // The model auto chose on all departments (choice, calibration, bounds, pool), saved and applied to one
        // department: exactly its forecast from the full run. `ForecastModelFile` reads and writes it as JSON.
        let model = forecasts[0].model!
        let alone = try BatchForecaster.forecast(panel: panel.selecting(departments: ["hun-finance"]), indicators: ["execution_rate"],
                                                 options: ForecastOptions(horizon: 1, levels: [80, 95]), models: [model])

        // A panel built in code, and general least squares with R's inference conventions (print(fit) is R's summary).
        var builder = PanelBuilder()
        try builder.add(department: "edu", indicator: "execution_rate", year: 2024, value: 92.56)
        let small = try builder.build()
        let fit = try LinearRegression.fit(y: [1, 3, 2, 5, 4], regressors: [[1, 2, 3, 4, 5]], names: ["year"])
        print(fit)

        #expect(trends.count == 40)
        #expect(falling.allSatisfy { id in panel.departments.contains { $0.id == id } })
        let result = forecasts[0].forecasts
        #expect(result.count == 40 && result.allSatisfy { $0.points[0].mean > 0 && $0.points[0].mean < 110 })
        #expect(result.map(\.department) == panel.departments.map(\.id) && result.allSatisfy { $0.indicator == "execution_rate" })
        #expect(alone[0].forecasts == [forecasts[0].forecasts[0]] && forecasts[0].forecasts[0].department == "hun-finance")
        #expect(small[department: "edu", indicator: "execution_rate", year: 2024] == 92.56)
        #expect(abs(fit.coefficients[1]! - 0.8) < 1e-12)
    }

    @Test func readmeShowsTheseLines() throws {
        let readme = try String(contentsOfFile: TestSupport.path("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## Library"))
        let block = readme[start.upperBound...].components(separatedBy: "```swift\n")[1].components(separatedBy: "```")[0]
        let test = try String(contentsOfFile: #filePath, encoding: .utf8)
        let normalised = Set(test.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for line in block.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !line.isEmpty && !line.hasPrefix("import ") && !line.contains("Datasets/") {
            #expect(normalised.contains(line), "README line not in the tested example: \(line)")
        }
    }
}
