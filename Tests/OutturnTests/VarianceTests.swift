import Testing
import _TestSupport
@testable import Outturn

/// Variance analytics and PEFA on hand-computed cases (reference values from numpy/scipy in the comments).
@Suite struct VarianceTests {
    @Test func spreadStatistics() {
        // numpy: std(ddof=1) 2.138089935299395, CV 42.76179870598791 %, percentile [4, 4.5, 5.5]
        let s = SpreadStatistics([2, 4, .nan, 4, 4, 5, 5, 7, 9])
        #expect(s.count == 8 && s.mean == 5)
        #expect(TestSupport.close(s.standardDeviation!, 2.138089935299395, relative: 1e-14))
        #expect(TestSupport.close(s.coefficientOfVariation!, 42.76179870598791, relative: 1e-14))
        #expect(s.lowerQuartile == 4 && s.median == 4.5 && s.upperQuartile == 5.5 && s.minimum == 2 && s.maximum == 9)
        let one = SpreadStatistics([3.0])
        #expect(one.standardDeviation == nil && one.mean == 3)
        #expect(SpreadStatistics([Double]()).mean == nil)
    }

    @Test func budgetVariance() throws {
        let p = IndicatorPanel(departments: [Department(id: "a"), Department(id: "b")],
                               indicators: [Indicator(id: "plan", unit: "万元"), Indicator(id: "actual", unit: "万元")],
                               years: 2023..<2025, blocks: [[100, 200, 0, .nan], [92.5, 210, 5, 7]])
        let v = try BudgetVariance.compute(panel: p, plan: "plan", actual: "actual")
        #expect(v.count == 4)
        #expect(v[0].deviation == -7.5 && v[0].deviationPercent == -7.5 && v[0].executionRate == 92.5)
        #expect(v[1].executionRate == 105)
        #expect(v[2].deviation == 5 && v[2].deviationPercent == nil && v[2].executionRate == nil)  // zero plan
        #expect(v[3].plan == nil && v[3].deviation == nil)
        let yuan = IndicatorPanel(departments: [Department(id: "a")], indicators: [Indicator(id: "plan", unit: "万元"), Indicator(id: "actual", unit: "元")], years: 2023..<2024)
        #expect(throws: DataError.self) { try BudgetVariance.compute(panel: yuan, plan: "plan", actual: "actual") }
    }

    @Test func varianceDecompositionIsOneWayANOVA() {
        // scipy.stats.f_oneway([1,2,3],[5,6,7]): F = 24, p = 0.008049893100837717
        let p = IndicatorPanel(departments: [Department(id: "a"), Department(id: "b"), Department(id: "c")],
                               indicators: [Indicator(id: "x")], years: 2020..<2023, blocks: [[1, 2, 3, 5, 6, 7, .nan, .nan, .nan]])
        let v = VarianceDecomposition(panel: p, indicator: 0)
        #expect(v.groups == 2 && v.observations == 6 && v.grandMean == 4)
        #expect(v.betweenSumOfSquares == 24 && v.withinSumOfSquares == 4 && v.totalSumOfSquares == 28)
        #expect(TestSupport.close(v.betweenSharePercent!, 100 * 24 / 28, relative: 1e-14))
        #expect(v.fStatistic == 24)
        #expect(TestSupport.close(v.pValue!, 0.008049893100837717, relative: 1e-12))
    }
}

/// A negative or zero plan has no execution rate (and says why); a positive one does.
@Suite struct NegativePlanTests {
    @Test func negativePlanGetsANoteNotARate() throws {
        let p = try IndicatorPanel(records: [
            Observation(department: "a", indicator: "plan", year: 2024, value: -100), Observation(department: "a", indicator: "actual", year: 2024, value: 40),
            Observation(department: "b", indicator: "plan", year: 2024, value: 0), Observation(department: "b", indicator: "actual", year: 2024, value: 5),
            Observation(department: "c", indicator: "plan", year: 2024, value: 200), Observation(department: "c", indicator: "actual", year: 2024, value: 150),
        ])
        let v = try BudgetVariance.compute(panel: p, plan: "plan", actual: "actual")
        #expect(v.map(\.executionRate) == [nil, nil, 75])
        #expect(v[0].note?.contains("negative") == true && v[1].note?.contains("zero") == true && v[2].note == nil)
        #expect(v[0].deviation == 140)
    }
}
