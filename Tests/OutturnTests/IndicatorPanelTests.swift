import Testing
import _TestSupport
@testable import Outturn

@Suite struct IndicatorPanelTests {
    static let budget = Indicator(id: "appropriation_budget", unit: "万元")
    static let final = Indicator(id: "appropriation_final", unit: "万元")

    func samplePanel() -> IndicatorPanel {
        var p = IndicatorPanel(
            departments: [Department(id: "edu", name: "省教育厅"), Department(id: "fin", name: "省财政厅")],
            indicators: [Self.budget, Self.final], years: 2020..<2023)
        let budgets: [[Double?]] = [[100, 110, 120], [200, nil, 0]]
        let finals: [[Double?]] = [[90, 99, nil], [190, 180, 5]]
        for (d, id) in ["edu", "fin"].enumerated() {
            for k in 0..<3 {
                p[department: id, indicator: "appropriation_budget", year: 2020 + k] = budgets[d][k]
                p[department: id, indicator: "appropriation_final", year: 2020 + k] = finals[d][k]
            }
        }
        return p
    }

    /// The block is column-major years x departments: department d, year index t at d * years + t.
    @Test func blockLayoutIsYearsByDepartmentsColumnMajor() {
        let p = samplePanel()
        let block = p.block(indicatorAt: 0)
        #expect(block.count == 6)
        #expect(Array(block[0..<3]) == [100, 110, 120])
        #expect(block[3] == 200 && block[4].isNaN && block[5] == 0)
        p.withBlock(indicatorAt: 1) { values, rows, columns in
            #expect(rows == 3 && columns == 2)
            #expect(values[1 + 1 * rows] == 180)  // fin, 2021
        }
        #expect(Array(p.series(departmentAt: 1, indicatorAt: 1)) == [190, 180, 5])
    }

    @Test func missingIsNilNeverZero() {
        let p = samplePanel()
        #expect(p[department: "fin", indicator: "appropriation_budget", year: 2021] == nil)
        #expect(p[department: "fin", indicator: "appropriation_budget", year: 2022] == 0)
        #expect(p[department: "nope", indicator: "appropriation_budget", year: 2021] == nil)
        #expect(p[department: "edu", indicator: "appropriation_budget", year: 1999] == nil)
        #expect(p.observedCount(indicatorAt: 0) == 5)
    }

    @Test func unknownIdsAreErrorsWithSuggestions() {
        let p = samplePanel()
        #expect(throws: DataError("unknown indicator \"appropriation_budgt\"", hint: "did you mean \"appropriation_budget\"?")) {
            try p.indicator("appropriation_budgt")
        }
        #expect(throws: DataError("unknown department \"ed\"", hint: "did you mean \"edu\"?")) { try p.department("ed") }
    }

    @Test func selectingDepartmentsIndicatorsYears() throws {
        let p = samplePanel()
        let s = try p.selecting(departments: ["fin"], indicators: ["appropriation_final"], years: 2021..<2023)
        #expect(s.departments.map(\.id) == ["fin"])
        #expect(s.indicators.map(\.id) == ["appropriation_final"])
        #expect(s.years == 2021..<2023)
        #expect(s.block(indicatorAt: 0) == [180, 5])
        #expect(throws: DataError.self) { try p.selecting(years: 2019..<2021) }
    }

    @Test func addingYearsAndDepartments() throws {
        var p = samplePanel()
        p.appendYear()
        #expect(p.years == 2020..<2024)
        #expect(p[department: "edu", indicator: "appropriation_budget", year: 2022] == 120)
        #expect(p[department: "edu", indicator: "appropriation_budget", year: 2023] == nil)
        let wider = p.extendingYears(to: 2018..<2019)
        #expect(wider.years == 2018..<2024)
        #expect(wider[department: "fin", indicator: "appropriation_final", year: 2020] == 190)
        try p.addDepartment(Department(id: "health", name: "省卫生健康委员会"))
        #expect(p.departments.count == 3)
        #expect(p.series(departmentAt: 2, indicatorAt: 0).allSatisfy { $0.isNaN })
        #expect(throws: DataError.self) { try p.addDepartment(Department(id: "edu")) }
    }

    @Test func mergingFillsGapsAndRejectsConflicts() throws {
        let p = samplePanel()
        var q = IndicatorPanel(departments: [Department(id: "fin", name: "省财政厅"), Department(id: "audit")],
                               indicators: [Self.budget], years: 2021..<2025)
        q[department: "fin", indicator: "appropriation_budget", year: 2021] = 205   // fills a gap
        q[department: "fin", indicator: "appropriation_budget", year: 2022] = 0     // same value: no conflict
        q[department: "audit", indicator: "appropriation_budget", year: 2024] = 50
        let m = try p.merging(q)
        #expect(m.years == 2020..<2025)
        #expect(m.departments.map(\.id) == ["edu", "fin", "audit"])
        #expect(m[department: "fin", indicator: "appropriation_budget", year: 2021] == 205)
        #expect(m[department: "audit", indicator: "appropriation_budget", year: 2024] == 50)
        #expect(m[department: "edu", indicator: "appropriation_final", year: 2020] == 90)

        q[department: "fin", indicator: "appropriation_budget", year: 2022] = 7
        #expect(throws: DataError(
            "conflicting values for department \"fin\", indicator \"appropriation_budget\", year 2022: 0.0 and 7.0",
            hint: "choose a merge policy (keep or replace) or correct one source")) { try p.merging(q) }
        #expect(try p.merging(q, policy: .keepExisting)[department: "fin", indicator: "appropriation_budget", year: 2022] == 0)
        #expect(try p.merging(q, policy: .replace)[department: "fin", indicator: "appropriation_budget", year: 2022] == 7)

        let yuan = IndicatorPanel(departments: [Department(id: "fin")], indicators: [Indicator(id: "appropriation_budget", unit: "元")], years: 2020..<2021)
        #expect(throws: DataError.self) { try p.merging(yuan) }
    }

    /// execution_rate = 100 * final / budget: missing where an input is missing or the budget is zero.
    @Test func derivedIndicatorsAreMissingAware() throws {
        var p = samplePanel()
        try p.derive(Indicator(id: "execution_rate", unit: "%"),
                     .ratio(numerator: "appropriation_final", denominator: "appropriation_budget", scale: 100))
        let rate = p.block(indicatorAt: p.position(ofIndicator: "execution_rate")!)
        #expect(rate[0] == 90 && rate[1] == 90 && rate[2].isNaN)   // 120 budget, final missing
        #expect(rate[3] == 95 && rate[4].isNaN && rate[5].isNaN)   // missing budget; zero budget
        try p.derive(Indicator(id: "unspent", unit: "万元"), .difference(minuend: "appropriation_budget", subtrahend: "appropriation_final"))
        #expect(p[department: "edu", indicator: "unspent", year: 2021] == 11)
        #expect(p[department: "edu", indicator: "unspent", year: 2022] == nil)
        try p.derive(Indicator(id: "both", unit: "万元"), .sum(["appropriation_budget", "appropriation_final"]))
        #expect(p[department: "fin", indicator: "both", year: 2022] == 5)
        #expect(p[department: "fin", indicator: "both", year: 2021] == nil)
        #expect(throws: DataError.self) { try p.derive(Indicator(id: "x"), .sum(["nope"])) }
    }

    @Test func observationsListNonMissingValuesInPanelOrder() {
        let obs = samplePanel().observations
        #expect(obs.count == 10)
        #expect(obs.first == Observation(department: "edu", indicator: "appropriation_budget", year: 2020, value: 100))
    }
}

@Suite struct SyntheticPanelTests {
    @Test func sameSeedSamePanelOtherSeedOtherPanel() {
        let a = SyntheticPanel(departments: 12, years: 2015..<2025, seed: 7).generate()
        let b = SyntheticPanel(departments: 12, years: 2015..<2025, seed: 7).generate()
        let c = SyntheticPanel(departments: 12, years: 2015..<2025, seed: 8).generate()
        #expect(a == b)
        #expect(a != c)
        #expect(a.departments.map(\.id) == c.departments.map(\.id))  // ids are stable across seeds
    }

    @Test func departmentsAreNamedLikeProvincialDepartments() {
        #expect(SyntheticPanel.department(number: 0).name == "湖南省财政厅")
        #expect(SyntheticPanel.department(number: 1).id == "hun-education")
        let far = SyntheticPanel.department(number: 30 * 22 * 3 + 5)
        #expect(far.id.hasSuffix("-4"))
        let ids = (0..<2000).map { SyntheticPanel.department(number: $0).id }
        #expect(Set(ids).count == 2000)
    }

    /// The accounting identities of a real report hold cell by cell (to the 0.01 万元 rounding of each figure).
    @Test func accountingRelationsHold() throws {
        let p = SyntheticPanel(departments: 60, years: 2012..<2025, seed: 3, outlierShare: 0).generate()
        func v(_ d: Int, _ id: String, _ t: Int) -> Double { p.series(departmentAt: d, indicatorAt: p.position(ofIndicator: id)!)[t] }
        var checked = 0, missing = 0
        for d in 0..<60 {
            for t in 0..<13 {
                let basic = v(d, "basic_expenditure", t)
                if basic.isNaN { missing += 1; continue }
                #expect(abs(basic - v(d, "personnel_expenditure", t) - v(d, "public_expenditure", t)) < 0.011)
                #expect(abs(v(d, "appropriation_budget", t) - basic - v(d, "project_budget", t)) < 0.011)
                let rate = v(d, "execution_rate", t)
                #expect(abs(rate - 100 * v(d, "appropriation_final", t) / v(d, "appropriation_budget", t)) < 0.006)
                #expect(rate > 30 && rate < 102)
                let total = v(d, "score_total", t)
                let parts = ["score_budget_execution", "score_output", "score_benefit", "score_satisfaction"].map { v(d, $0, t) }
                #expect(abs(total - parts.reduce(0, +)) < 0.011)
                checked += 1
            }
        }
        #expect(checked > 600)
        #expect(missing > 0)  // some department-years are missing, as in real data
    }

    @Test func executionRatesArePersistentAndMostlyEightyToHundred() {
        let p = SyntheticPanel(departments: 200, years: 2010..<2025, seed: 11).generate()
        let rates = Descriptive.observed(p.block(indicatorAt: p.position(ofIndicator: "execution_rate")!))
        let inBand = rates.filter { $0 >= 80 && $0 <= 100.5 }.count
        #expect(Double(inBand) / Double(rates.count) > 0.75)
    }
}

@Suite struct DescriptiveTests {
    /// Type-7 quantiles as numpy.percentile / R quantile: for [1, 2, 3, 4, 10], q(0.25) = 2, q(0.9) = 7.6.
    @Test func quantilesMatchNumpy() {
        let s = [1.0, 2, 3, 4, 10]
        #expect(Descriptive.quantile(sorted: s, 0.25) == 2)
        #expect(abs(Descriptive.quantile(sorted: s, 0.9) - 7.6) < 1e-12)
        #expect(Descriptive.median([3, .nan, 1, 2]) == 2)
        #expect(Descriptive.median([Double]()).isNaN)
        #expect(Descriptive.mean([1e16, 1, -1e16, .nan]) == 1.0 / 3.0)
    }

    /// The median by selection is the sorted type-7 median to the bit: random sizes, many ties, missing values,
    /// and the orders that defeat naive pivots (sorted, reversed, organ pipe, all equal).
    @Test func medianBySelectionEqualsTheSortedMedian() {
        var state: UInt64 = 7
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        var cases: [[Double]] = (1...300).map { n in (0..<n).map { _ in next() % 9 == 0 ? .nan : Double(next() % UInt64(1 + n / 3)) * 0.37 } }
        for n in [1, 2, 3, 1000, 4097] {
            let up = (0..<n).map(Double.init)
            cases += [up, up.reversed(), up.map { min($0, Double(n) - $0) }, [Double](repeating: 5, count: n)]
        }
        for values in cases {
            let sorted = Descriptive.observed(values).sorted()
            let expected = Descriptive.quantile(sorted: sorted, 0.5)
            let got = Descriptive.median(values)
            #expect(got == expected || (got.isNaN && expected.isNaN), "\(values.count) values: \(got) vs \(expected)")
        }
    }
}

/// Error messages are one printable line whatever the data holds.
@Suite struct DataErrorTextTests {
    @Test func controlCharactersEscapedAndLongCellsCut() {
        let e = DataError("\"a\u{1B}[31mb\nc\" is not a number", at: SourceLocation(file: "x.csv", line: 2, column: 3))
        #expect(e.description == "x.csv:2:3: \"a\\u{1B}[31mb\\u{A}c\" is not a number")
        let long = DataError("\"" + String(repeating: "9", count: 1_000_000) + "\" is not a year")
        #expect(long.description.count < 120 && long.description.hasSuffix("…\" is not a year"))
        #expect(DataError("plain").description == "plain")
    }
}

/// Departments and indicators are found by id or by a unique name (issue 14, item 3).
@Suite struct LookupByNameTests {
    @Test func idsThenUniqueNames() throws {
        let p = IndicatorPanel(departments: [Department(id: "hun-finance", name: "湖南省财政厅"), Department(id: "a", name: "同名"), Department(id: "b", name: "同名")],
                               indicators: [IndicatorCatalogue.standard(id: "execution_rate")!], years: 2023..<2024)
        #expect(p.position(ofDepartment: "湖南省财政厅") == 0 && p.position(ofDepartment: "hun-finance") == 0)
        #expect(p.position(ofIndicator: "预算执行率") == 0)
        // A name two departments share finds neither; the error suggests ids.
        #expect(p.position(ofDepartment: "同名") == nil)
        #expect(throws: DataError.self) { try p.departmentPosition("同名") }
        #expect(try p.selecting(departments: ["湖南省财政厅"], indicators: ["预算执行率"]).departments.map(\.id) == ["hun-finance"])
    }
}
