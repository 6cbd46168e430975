import Foundation
import Testing
import _TestSupport
@testable import Outturn

@Suite struct ExecutionTests {
    /// Budget indicators are those the catalogue names as budgets (id ending in `budget`); budget revenue is
    /// an amount executed, and the indicator asked about is never its own budget.
    @Test func budgetIndicatorsByTheirNames() throws {
        let obs = ["expenditure_to_date", "budget_revenue", "expenditure_budget", "appropriation_budget"].map {
            MonthlyObservation(unit: "a", indicator: $0, year: 2024, month: 6, value: 1)
        }
        let months = try MonthlyPanel(observations: obs)
        #expect(months.budgetIndicators(besides: "expenditure_to_date").map(\.id) == ["expenditure_budget", "appropriation_budget"])
        #expect(months.budgetIndicators(besides: "expenditure_budget").map(\.id) == ["appropriation_budget"])
        #expect(months.budgetIndicators().map(\.id) == ["expenditure_budget", "appropriation_budget"])
    }

    /// The year-end view is each unit's December figure, cell for cell, and missing where December is (a year
    /// with other months only, a unit that never reaches December).
    @Test func yearEndIsDecember() throws {
        var obs: [MonthlyObservation] = []
        for (unit, years) in [("a", [2021, 2022, 2023]), ("b", [2022])] {
            for y in years {
                for m in [3, 6, 9, 12] where !(unit == "a" && y == 2022 && m == 12) {
                    obs.append(MonthlyObservation(unit: unit, indicator: "spent", year: y, month: m, value: Double(y - 2000) * 100 + Double(m) + (unit == "b" ? 0.5 : 0)))
                }
            }
        }
        obs.append(MonthlyObservation(unit: "c", indicator: "spent", year: 2023, month: 6, value: 7))
        obs.append(MonthlyObservation(unit: "a", indicator: "budget", year: 2023, month: 12, value: 4000))
        let months = try MonthlyPanel(observations: obs)
        let annual = months.yearEnd
        #expect(annual.departments == months.units && annual.indicators == months.indicators && annual.years == 2021..<2024)
        for (d, unit) in annual.departments.enumerated() {
            for (i, indicator) in annual.indicators.enumerated() {
                for y in annual.years {
                    let v = annual[department: unit.id, indicator: indicator.id, year: y]
                    let december = months.value(unitAt: d, indicatorAt: i, year: y, month: 12)
                    #expect(v == (december.isNaN ? nil : december), "\(unit.id) \(indicator.id) \(y)")
                }
            }
        }
        #expect(annual[department: "a", indicator: "spent", year: 2023] == 2312)
        #expect(annual[department: "b", indicator: "spent", year: 2022] == 2212.5)
        #expect(annual[department: "a", indicator: "spent", year: 2022] == nil)
        #expect(annual[department: "c", indicator: "spent", year: 2023] == nil)
        #expect(annual.observedCount(indicatorAt: annual.indicators.firstIndex { $0.id == "spent" }!) == 3)
    }

    /// The pooled model's closed form equals one ridge regression with unit dummies solved by numpy's least
    /// squares (Fixtures/execution/make_fixture.py): penalty, constant and every unit's prediction to 1e-10.
    @Test func pooledModelIsTheRidgeRegression() throws {
        let text = try String(contentsOfFile: TestSupport.path("Tests/OutturnTests/Fixtures/execution/panel.csv"), encoding: .utf8)
        let observations = text.split(separator: "\n").dropFirst().map { line -> MonthlyObservation in
            let f = line.split(separator: ",").map(String.init)
            let period = f[2].split(separator: "-")
            return MonthlyObservation(unit: f[0], indicator: f[1], year: Int(period[0])!, month: Int(period[1])!, value: Double(f[3])!)
        }
        let panel = try MonthlyPanel(observations: observations)
        let reference = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/execution/ridge.json")
        let fit = try #require(ExecutionProjector.fit(panel, indicator: 0, month: 6, trainingYears: panel.years))
        #expect(TestSupport.close(fit.penalty!, reference["penalty"] as! Double, relative: 1e-10))
        #expect(TestSupport.close(fit.constant, reference["constant"] as! Double, relative: 1e-10))
        let predictions = reference["prediction"] as! [String: Double]
        for (u, unit) in panel.units.enumerated() {
            #expect(TestSupport.close(fit.predict(unit: u), predictions[unit.id]!, relative: 1e-10), "\(unit.id)")
        }
        // Years weighted decay^(2024 - year): numpy solves the weighted augmented system (rows scaled by sqrt(w)).
        let weighted = reference["weighted"] as! [String: Any]
        let decay = weighted["decay"] as! Double
        let w = try #require(ExecutionProjector.fit(panel, indicator: 0, month: 6, trainingYears: panel.years, decay: decay))
        #expect(TestSupport.close(w.penalty!, reference["penalty"] as! Double, relative: 1e-10))
        #expect(TestSupport.close(w.constant, weighted["constant"] as! Double, relative: 1e-10))
        let weightedPredictions = weighted["prediction"] as! [String: Double]
        for (u, unit) in panel.units.enumerated() {
            #expect(TestSupport.close(w.predict(unit: u), weightedPredictions[unit.id]!, relative: 1e-10), "\(unit.id)")
        }
    }

    /// A profile that drifts (units executing a little earlier each year, as budgets were pushed to spend
    /// sooner): the backtests choose a year weight below 1, and the weighted projections beat the unweighted
    /// model out of sample. On a stationary profile they keep every year alike.
    @Test func driftingProfilesWeighRecentYearsMore() throws {
        var state: UInt64 = 2026
        func noise() -> Double { // a uniform draw in (-0.5, 0.5), SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53) - 0.5
        }
        func panel(drift: Double) throws -> MonthlyPanel {
            var obs: [MonthlyObservation] = []
            for u in 0..<20 {
                for y in 2010..<2025 {
                    // Share by June rises `drift` a year from 40%, with unit differences and noise.
                    let share = 0.40 + drift * Double(y - 2010) + 0.03 * Double(u % 5 - 2) + 0.02 * noise()
                    obs.append(MonthlyObservation(unit: "u\(u)", indicator: "spent", year: y, month: 6, value: 100 * share))
                    obs.append(MonthlyObservation(unit: "u\(u)", indicator: "spent", year: y, month: 12, value: 100))
                }
            }
            return try MonthlyPanel(observations: obs)
        }
        let drifting = try panel(drift: 0.01)
        let chosen = ExecutionProjector.backtest(.pooled, drifting, indicator: 0, month: 6, before: 2024).decay
        #expect(chosen < 1)
        func error(_ p: MonthlyPanel, decay: Double) throws -> Double {
            let f = try #require(ExecutionProjector.fit(p, indicator: 0, month: 6, trainingYears: 2010..<2024, decay: decay))
            return p.units.indices.reduce(0) { $0 + abs(f.predict(unit: $1) - ExecutionProjector.logRatio(p, unit: $1, indicator: 0, year: 2024, month: 6)!) }
        }
        #expect(try error(drifting, decay: chosen) < error(drifting, decay: 1) / 2)
        #expect(ExecutionProjector.backtest(.pooled, try panel(drift: 0), indicator: 0, month: 6, before: 2024).decay == 1)
    }

    /// Flows are cumulated within each year; a missing month makes the later cumulative figures unknown.
    @Test func flowsAreCumulatedAndGapsStayUnknown() throws {
        let obs = [1, 2, 3, 5].map { MonthlyObservation(unit: "a", indicator: "x", year: 2024, month: $0, value: Double($0)) }
        let p = try MonthlyPanel(observations: obs, flows: true)
        #expect((1...3).map { p.value(unitAt: 0, indicatorAt: 0, year: 2024, month: $0) } == [1, 3, 6])
        #expect(p.value(unitAt: 0, indicatorAt: 0, year: 2024, month: 4).isNaN && p.value(unitAt: 0, indicatorAt: 0, year: 2024, month: 5).isNaN)
        #expect(throws: DataError.self) { try MonthlyPanel(observations: [MonthlyObservation(unit: "a", indicator: "x", year: 2024, month: 13, value: 1)]) }
        let twice = [MonthlyObservation(unit: "a", indicator: "x", year: 2024, month: 3, value: 1), MonthlyObservation(unit: "a", indicator: "x", year: 2024, month: 3, value: 2)]
        #expect(throws: DataError.self) { try MonthlyPanel(observations: twice) }
    }

    /// On synthetic monthly data (a seed no choice was made on), out of sample: projections at months 3, 6 and 9
    /// of 2019-2024, each from the earlier years only. The pooled projection beats last year's share and
    /// straight-line extrapolation, and its 95% intervals cover between 0.90 and 0.99 of the year-end figures.
    @Test(arguments: [3, 6, 9]) func pooledBeatsBothBaselinesOnSyntheticData(month: Int) throws {
        let panel = SyntheticMonthly(departments: 60, years: 2012..<2025, seed: 77).generate()
        let accuracy = try ExecutionProjector.evaluate(panel, actual: "expenditure_to_date", months: [month], years: Array(2019...2024))
        let mape = Dictionary(uniqueKeysWithValues: accuracy.map { ($0.method, $0.mape) })
        #expect(mape[.pooled]! < mape[.lastYearShare]! && mape[.pooled]! < mape[.straightLine]!, "\(mape)")
        let coverage = try #require(accuracy.first { $0.method == .pooled }?.coverage95)
        #expect((0.90...0.99).contains(coverage), "\(coverage)")
        #expect(accuracy.first { $0.method == .pooled }!.count == 360)
        let p = try ExecutionProjector.progress(panel, actual: "expenditure_to_date", budget: "expenditure_budget", year: 2024, month: month)
        // Each projection is the cumulative figure times exp of the model fitted on 2012-2023 (the fit itself is
        // checked against numpy above); its 95% interval comes from the quantiles of the backtest errors of the
        // earlier years, the level raised by (n + 1) / n.
        let backtest = ExecutionProjector.backtest(.pooled, panel, indicator: 0, month: month, before: 2024)
        #expect(p.decay == backtest.decay)
        let fit = try #require(ExecutionProjector.fit(panel, indicator: 0, month: month, trainingYears: 2012..<2024, decay: backtest.decay))
        let errors = backtest.errors.sorted()
        let level = 0.95 * Double(errors.count + 1) / Double(errors.count)
        let (qLow, qHigh) = (Descriptive.quantile(sorted: errors, (1 - level) / 2), Descriptive.quantile(sorted: errors, 1 - (1 - level) / 2))
        for (u, r) in p.records.enumerated() {
            let c = panel.value(unitAt: u, indicatorAt: 0, year: 2024, month: month)
            #expect(r.cumulative == c && TestSupport.close(r.projected, c * exp(fit.predict(unit: u)), relative: 1e-12))
            #expect(TestSupport.close(r.intervals[95]!.lowerBound, c * exp(fit.predict(unit: u) + qLow), relative: 1e-12))
            #expect(TestSupport.close(r.intervals[95]!.upperBound, c * exp(fit.predict(unit: u) + qHigh), relative: 1e-12))
            #expect(TestSupport.close(r.projectedRatePercent!, r.projected / r.budget! * 100, relative: 1e-12))
        }
        #expect(p.records.count == 60 && p.records.allSatisfy { $0.intervals[95] != nil && $0.intervals[80] != nil })
        #expect(p.records.allSatisfy { $0.intervals[80]!.lowerBound >= $0.intervals[95]!.lowerBound && $0.intervals[80]!.contains($0.projected) })
    }

    /// The evidence compares the methods on the same unit-years: on the national series, with its gaps, last
    /// year's share can be backtested in fewer years than the pooled model, and each method's error is the mean
    /// over the years that every method projected (checked against each method's own backtest).
    @Test func evidenceComparesTheMethodsOnTheSameYears() throws {
        // The dataset's first six fields (unit, names, indicator, period, value) are never quoted.
        let text = try String(contentsOfFile: TestSupport.path("Datasets/national-monthly/general-budget.csv"), encoding: .utf8)
        let panel = try MonthlyPanel(observations: text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ",", maxSplits: 6).map(String.init), period = f[4].split(separator: "-")
            return MonthlyObservation(unit: f[0], indicator: f[2], year: Int(period[0])!, month: Int(period[1])!, value: Double(f[5])!)
        })
        let i = try #require(panel.indicatorIndex("general_budget_expenditure"))
        let p = try ExecutionProjector.progress(panel, actual: "general_budget_expenditure", year: 2025, month: 6)
        let own = ExecutionProjector.Method.allCases.map { ExecutionProjector.backtest($0, panel, indicator: i, month: 6, before: 2025) }
        let years = own.map { Set($0.at) }
        #expect(years[0] != years[1], "the test needs methods backtested in different years")
        let common = years.dropFirst().reduce(years[0]) { $0.intersection($1) }
        #expect(common.count >= 5 && p.evidence.map(\.method) == ExecutionProjector.Method.allCases)
        for (e, b) in zip(p.evidence, own) {
            let ape = Dictionary(uniqueKeysWithValues: zip(b.at, b.ape))
            #expect(e.count == common.count)
            #expect(TestSupport.close(e.mape, common.reduce(0) { $0 + ape[$1]! } / Double(common.count), relative: 1e-12), "\(e.method)")
        }
    }

    /// The record's arithmetic: executed share, schedule, gap, rate; a warning when the 80% upper bound misses the
    /// target; a falling cumulative, missing months and a zero budget are notes, never silent numbers.
    @Test func recordsAndNotes() throws {
        var obs: [MonthlyObservation] = []
        for y in 2018...2024 {
            for unit in ["a", "b", "c"] {
                let scale = unit == "a" ? 100.0 : unit == "b" ? 80 : 120
                for m in 1...12 where y < 2024 || m <= 6 {
                    obs.append(MonthlyObservation(unit: unit, indicator: "spent", year: y, month: m, value: scale * Double(m) * Double(m) / 144 * (1 + 0.01 * Double((y * 7 + m) % 5))))
                }
                obs.append(MonthlyObservation(unit: unit, indicator: "budget", year: y, month: 1, value: unit == "c" && y == 2024 ? 0 : scale * 1.05))
            }
        }
        obs.removeAll { $0.unit == "b" && $0.year == 2024 && $0.month == 4 && $0.indicator == "spent" }
        if let k = obs.firstIndex(where: { $0.unit == "a" && $0.year == 2024 && $0.month == 5 && $0.indicator == "spent" }) { obs[k].value = 1 }
        let panel = try MonthlyPanel(observations: obs)
        let p = try ExecutionProjector.progress(panel, actual: "spent", budget: "budget", targetPercent: 90)
        #expect(p.year == 2024 && p.month == 6)
        let a = try #require(p.records.first { $0.unit.id == "a" })
        #expect(a.cumulative == 100 * 36 / 144 * (1 + 0.01 * Double((2024 * 7 + 6) % 5)) && a.budget == 105)
        #expect(TestSupport.close(a.executedPercent!, a.cumulative / 105 * 100, relative: 1e-12) && a.schedulePercent == 50)
        #expect(TestSupport.close(a.gapPercent!, a.executedPercent! - 50, relative: 1e-12))
        #expect(TestSupport.close(a.projectedRatePercent!, a.projected / 105 * 100, relative: 1e-12))
        #expect(a.notes.contains { $0.contains("falls in month 5") })
        #expect(p.records.first { $0.unit.id == "b" }!.notes.contains("months 4 missing"))
        let c = try #require(p.records.first { $0.unit.id == "c" })
        #expect(c.executedPercent == nil && c.projectedRatePercent == nil && !c.warning && c.notes.contains { $0.contains("not positive") })
        // Spending is quadratic in the month: at month 6 a quarter of the year is spent, so a unit on its usual
        // path is projected near its usual year-end (about 100 of a budget of 105, 95%): no warning at 90%.
        #expect(p.records.first { $0.unit.id == "b" }!.warning == false)
        #expect(throws: DataError.self) { try ExecutionProjector.progress(panel, actual: "spent", levels: [0.95]) }
        #expect(throws: DataError.self) { try ExecutionProjector.progress(panel, actual: "spnet") }
    }
}
