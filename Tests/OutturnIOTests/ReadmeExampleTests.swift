import Outturn
import OutturnIO
import Testing
import _TestSupport

/// The README's library example, as written there, runs and gives sensible results.
@Suite struct ReadmeExampleTests {
    @Test func libraryExampleRuns() throws {
        let panel = try PanelCSVReader().read(path: TestSupport.path("Datasets/synthetic-provincial/panel.csv"))
        let rate = panel.position(ofIndicator: "execution_rate")!
        let trends = try TrendAnalysis.summarise(panel: panel, indicators: ["execution_rate"])
        let falling = trends.filter { $0.direction == .falling }.map(\.department)
        let inputs = panel.departments.indices.map {
            SeriesInput(values: Array(panel.series(departmentAt: $0, indicatorAt: rate)), years: panel.years)
        }
        let result = BatchForecaster.forecast(inputs, method: .auto,
                                              options: ForecastOptions(horizon: 1, levels: [95], transform: .logit(lower: 0, upper: 110)))
        let fit = try LinearRegression.fit(y: [1, 3, 2, 5, 4], regressors: [[1, 2, 3, 4, 5]], names: ["year"])
        #expect(trends.count == 40)
        #expect(falling.allSatisfy { id in panel.departments.contains { $0.id == id } })
        #expect(result.forecasts.count == 40 && result.forecasts.allSatisfy { $0.points[0].mean > 0 && $0.points[0].mean < 110 })
        #expect(abs(fit.coefficients[1]! - 0.8) < 1e-12)
    }
}
