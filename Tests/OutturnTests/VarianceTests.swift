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

    @Test func compositionVarianceByTheAdjustedBudgetMethod() {
        // B' = B * 630/600 = 105, 210, 315; sum |A - B'| = 5 + 20 + 15 = 40; 40 / 630
        #expect(TestSupport.close(PEFA.compositionVariance(budgets: [100, 200, 300], outturns: [110, 190, 330])!, 100 * 40 / 630, relative: 1e-14))
        #expect(PEFA.compositionVariance(budgets: [100, 200], outturns: [50, 100]) == 0)  // proportional cut: no variance
        #expect(PEFA.compositionVariance(budgets: [0, 0], outturns: [1, 1]) == nil)
    }

    func panel(budgets: [[Double]], outturns: [[Double]], years: Range<Int>) -> IndicatorPanel {
        IndicatorPanel(departments: budgets.indices.map { Department(id: "d\($0)") },
                       indicators: [Indicator(id: "budget", unit: "万元"), Indicator(id: "outturn", unit: "万元")],
                       years: years, blocks: [budgets.flatMap { $0 }, outturns.flatMap { $0 }])
    }

    @Test func pi1ScoresTheBestBandMetInTwoOfTheLastThreeYears() throws {
        // Aggregate ratios 2021-2024: 70 (ignored: not among the last three), 96, 112, 104 -> A, C, A -> A.
        let p = panel(budgets: [[100, 100, 100, 100]], outturns: [[70, 96, 112, 104]], years: 2021..<2025)
        let pi1 = try PEFA.aggregateOutturn(panel: p, budget: "budget", outturn: "outturn")
        #expect(pi1.years.map(\.year) == [2022, 2023, 2024])
        #expect(pi1.years.map(\.band) == [.a, .c, .a])
        #expect(pi1.score == .a)
        // 96, 108, 86 -> A, B, C -> B.  Exactly 95 and 105 are inside A; 89.99 is C.
        let q = panel(budgets: [[100, 100, 100]], outturns: [[96, 108, 86]], years: 2022..<2025)
        #expect(try PEFA.aggregateOutturn(panel: q, budget: "budget", outturn: "outturn").score == .b)
        let edges = panel(budgets: [[100, 100, 100]], outturns: [[95, 105, 89.99]], years: 2022..<2025)
        #expect(try PEFA.aggregateOutturn(panel: edges, budget: "budget", outturn: "outturn").years.map(\.band) == [.a, .a, .c])
        // Revenue bands (PI-3.1): 97-106 A, 94-112 B, 92-116 C.
        let r = panel(budgets: [[100, 100, 100]], outturns: [[96, 107, 93]], years: 2022..<2025)
        let pi3 = try PEFA.aggregateOutturn(panel: r, budget: "budget", outturn: "outturn", revenue: true)
        #expect(pi3.years.map(\.band) == [.b, .b, .c] && pi3.score == .b)
    }

    @Test func pi2OverDepartmentsAndOverTypes() throws {
        // Year 1: variance 40/630 = 6.35% (B); year 2: no variance (A); year 3: 40/300 = 13.3% (C) -> B.
        let p = panel(budgets: [[100, 100, 100], [200, 200, 100], [300, 300, 100]],
                      outturns: [[110, 50, 120], [190, 100, 80], [330, 150, 100]], years: 2022..<2025)
        let pi2 = try PEFA.compositionOutturn(panel: p, pairs: [("budget", "outturn")])
        #expect(pi2.years.map(\.band) == [.b, .a, .c])
        #expect(pi2.score == .b)
        #expect(TestSupport.close(pi2.years[2].measurePercent, 100 * 40.0 / 300, relative: 1e-14))
        let single = panel(budgets: [[100]], outturns: [[90]], years: 2024..<2025)
        let one = try PEFA.compositionOutturn(panel: single, pairs: [("budget", "outturn")])
        #expect(one.score == .d && one.note?.hasPrefix("not scorable") == true)
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
