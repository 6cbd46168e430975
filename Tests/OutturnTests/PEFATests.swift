import Testing
import _TestSupport
@testable import Outturn

/// PEFA 2016 pillar I, rule by rule, on panels small enough to work out by hand (the working is in the
/// comments). The rules and their sources: Sources/Outturn/Outturn.docc/PEFABudgetReliability.md.
@Suite struct PEFATests {
    /// Heads `d0, d1, ...` with budget and outturn series over `years`; NaN is a missing figure.
    func panel(budgets: [[Double]], outturns: [[Double]], years: Range<Int>, names: [String]? = nil) -> IndicatorPanel {
        IndicatorPanel(departments: (names ?? budgets.indices.map { "d\($0)" }).map { Department(id: $0) },
                       indicators: [Indicator(id: "budget", unit: "万元"), Indicator(id: "outturn", unit: "万元")],
                       years: years, blocks: [budgets.flatMap { $0 }, outturns.flatMap { $0 }])
    }

    func assess(_ p: IndicatorPanel, _ configure: (inout PEFA.Options) -> Void = { _ in }) throws -> [String: PEFADimension] {
        var options = PEFA.Options(budget: "budget", outturn: "outturn")
        configure(&options)
        let indicators = try PEFA.assess(panel: p, options: options)
        return Dictionary(uniqueKeysWithValues: indicators.flatMap(\.dimensions).map { ($0.indicator, $0) })
    }

    @Test func compositionVarianceByTheAdjustedBudgetMethod() {
        // B' = B * 630/600 = 105, 210, 315; sum |A - B'| = 5 + 20 + 15 = 40; 40 / 630
        #expect(TestSupport.close(PEFA.compositionVariance(budgets: [100, 200, 300], outturns: [110, 190, 330])!, 100 * 40 / 630, relative: 1e-14))
        #expect(PEFA.compositionVariance(budgets: [100, 200], outturns: [50, 100]) == 0)  // proportional cut: no variance
        #expect(PEFA.compositionVariance(budgets: [0, 0], outturns: [1, 1]) == nil)
    }

    @Test func pi1BestBandMetInTwoOfTheLastThreeYears() throws {
        // Ratios 2021-2024: 70 (outside the period), 96, 112, 104 -> A, C, A -> A.
        let pi1 = try assess(panel(budgets: [[100, 100, 100, 100]], outturns: [[70, 96, 112, 104]], years: 2021..<2025))["PI-1"]!
        #expect(pi1.years.map(\.year) == [2022, 2023, 2024])
        #expect(pi1.years.map(\.band) == [.a, .c, .a])
        #expect(pi1.score == PEFARating(.a))
        // 96, 108, 86 -> A, B, C: B is met in two years (A, B) -> B. 95 and 105 are inside A (inclusive); 89.99 is C.
        #expect(try assess(panel(budgets: [[100, 100, 100]], outturns: [[96, 108, 86]], years: 2022..<2025))["PI-1"]!.score == PEFARating(.b))
        let edges = try assess(panel(budgets: [[100, 100, 100]], outturns: [[95, 105, 89.99]], years: 2022..<2025))["PI-1"]!
        #expect(edges.years.map(\.band) == [.a, .a, .c])
        // 80, 120, 100 -> D, D, A: no letter above D is met twice -> D.
        #expect(try assess(panel(budgets: [[100, 100, 100]], outturns: [[80, 120, 100]], years: 2022..<2025))["PI-1"]!.score == PEFARating(.d))
    }

    @Test func bandsAreDecidedInDecimalArithmetic() throws {
        // 3.63 / 3.3 is exactly 110% (B), though 3.63 / 3.3 * 100 is 110.00000000000001 in binary floating point.
        let pi1 = try assess(panel(budgets: [[3.3, 3.3, 3.3]], outturns: [[3.63, 3.63, 3.63]], years: 2022..<2025))["PI-1"]!
        #expect(pi1.years.map(\.band) == [.b, .b, .b])
        // Composition: budgets 0.3, 0.7 and outturns 0.35, 0.65; both totals 1, so the variance is
        // |0.35 - 0.3| + |0.65 - 0.7| = 0.1 = exactly 10%: not below 10%, so C. In doubles the two differences
        // are 0.04999999999999999 and 0.04999999999999993: 9.99999...%, B.
        let composition = try assess(panel(budgets: [[0.3, 0.3, 0.3], [0.7, 0.7, 0.7]], outturns: [[0.35, 0.35, 0.35], [0.65, 0.65, 0.65]], years: 2022..<2025))["PI-2.1"]!
        #expect(composition.years.map(\.band) == [.c, .c, .c])
    }

    @Test func anOutturnWithoutABudgetCountsWithAZeroBudget() throws {
        // Heads a and b: budget 100, outturn 100; head c: outturn 30 and no budget line.
        // PI-1: 230 / 200 = 115% -> C (dropping c would give 100%, A).
        // PI-2.1: B' = B * 230/200 = 115, 115, 0; sum |A - B'| = 15 + 15 + 30 = 60; 60 / 230 = 26.09% -> D
        // (dropping c would give 0%, A).
        let n = Double.nan
        let p = panel(budgets: [[100, 100, 100], [100, 100, 100], [n, n, n]], outturns: [[100, 100, 100], [100, 100, 100], [30, 30, 30]],
                      years: 2022..<2025, names: ["a", "b", "c"])
        let d = try assess(p)
        #expect(d["PI-1"]!.years.allSatisfy { $0.band == .c && TestSupport.close($0.measurePercent!, 115, relative: 1e-14) })
        #expect(d["PI-1"]!.score == PEFARating(.c))
        #expect(d["PI-2.1"]!.years.allSatisfy { $0.band == .d && TestSupport.close($0.measurePercent!, 100 * 60.0 / 230, relative: 1e-14) })
        #expect(d["PI-2.1"]!.note?.contains("outturn without a budget, counted with a zero budget: c") == true)
        // A budget without an outturn is left out, and named.
        let q = panel(budgets: [[100, 100, 100], [50, 50, 50]], outturns: [[100, 100, 100], [n, n, n]], years: 2022..<2025, names: ["a", "b"])
        let pi1 = try assess(q)["PI-1"]!
        #expect(pi1.years.map(\.budget) == [100, 100, 100] && pi1.note?.contains("budget without an outturn, left out: b") == true)
    }

    @Test func moreThanTwentyHeadsKeepTheLargestAndSumTheRest() throws {
        // 25 heads. Budgets: h00-h04 100 each, h05-h24 10 each (total 700). Sorted by budget, 20 heads hold
        // 500 + 15 x 10 = 650 = 92.9% >= 75%, so h00-h19 are kept and h20-h24 summed into one residual line.
        // Outturns equal the budgets except h20-h24: 20, 0, 20, 0, 10 (sum 50), so both totals are 700.
        // Every head separately: sum |A - B| = 10 + 10 + 10 + 10 + 0 = 40, 40/700 = 5.71% -> B.
        // With the residual line: budget 50, outturn 50, no variance at all -> 0% -> A.
        let budgets = (0..<25).map { h in Array(repeating: h < 5 ? 100.0 : 10.0, count: 3) }
        let residualOutturns: [Double] = [20, 0, 20, 0, 10]
        let outturns = (0..<25).map { h in Array(repeating: h < 20 ? budgets[h][0] : residualOutturns[h - 20], count: 3) }
        let names = (0..<25).map { String(format: "h%02d", $0) }
        let pi21 = try assess(panel(budgets: budgets, outturns: outturns, years: 2022..<2025, names: names))["PI-2.1"]!
        #expect(pi21.years.map(\.lines) == [21, 21, 21])
        #expect(pi21.years.allSatisfy { $0.measurePercent == 0 && $0.band == .a })
        #expect(pi21.score == PEFARating(.a))
        #expect(pi21.note?.contains("the largest 20 (92.9% of the budget) kept and 5 summed into one residual line") == true)
        // With 20 heads the rule does not apply: h00-h19 and one head h20 of budget 50 and outturn 40 + 10 ...
        // simply every head counts: 20 heads, variance |A - B'| over all.
        let twenty = try assess(panel(budgets: Array(budgets.prefix(20)), outturns: Array(outturns.prefix(20)), years: 2022..<2025, names: Array(names.prefix(20))))["PI-2.1"]!
        #expect(twenty.years.map(\.lines) == [20, 20, 20] && twenty.note == nil)
        // Sorted-by-size check of the 75% rule: 22 heads, h00 holds 900 of 1,110. The 20 largest are needed
        // anyway (at least 20), then 75% is already covered: 20 kept, 2 summed.
        let big = [[900.0, 900, 900]] + (1..<22).map { _ in [10.0, 10, 10] }
        let pi = try assess(panel(budgets: big, outturns: big, years: 2022..<2025, names: (0..<22).map { "g\($0)" }))["PI-2.1"]!
        #expect(pi.years.map(\.lines) == [21, 21, 21])
    }

    @Test func theLastThreeYearsAreConsecutiveAndAMissingYearStaysMissing() throws {
        let n = Double.nan
        // 2020-2024 with no data in 2023: the period is 2022-2024 (not 2021, 2022, 2024). 2022 102 -> A,
        // 2024 93 -> B; B is met in both known years -> B, with a note that 2023 might have raised it.
        let p = panel(budgets: [[100, 100, 100, n, 100]], outturns: [[50, 50, 102, n, 93]], years: 2020..<2025)
        let pi1 = try assess(p)["PI-1"]!
        #expect(pi1.years.map(\.year) == [2022, 2023, 2024])
        #expect(pi1.years[1].measurePercent == nil && pi1.years[1].band == nil)
        #expect(pi1.score == PEFARating(.b))
        #expect(pi1.note?.contains("2023 missing") == true && pi1.note?.contains("might have raised") == true)
        // Two years known and both D: the missing one could change that -> D*.
        let q = panel(budgets: [[100, 100, 100]], outturns: [[50, n, 150]], years: 2022..<2025)
        #expect(try assess(q)["PI-1"]!.score == .insufficient)
        // One year known -> D* (insufficient information).
        let r = panel(budgets: [[100, 100, 100]], outturns: [[n, n, 100]], years: 2022..<2025)
        let one = try assess(r)["PI-1"]!
        #expect(one.score == .insufficient && one.score.description == "D*")
        // --year moves the period: 2021-2023 of the first panel has 2021 (50, D), 2022 (A), 2023 missing -> D*.
        #expect(try assess(p) { $0.lastYear = 2023 }["PI-1"]!.years.map(\.year) == [2021, 2022, 2023])
    }

    @Test func contingencyAverageOverAllThreeYears() throws {
        // Heads a (budget 900, outturn 900) and the reserve r (budget 100; charged 20, 30, 40).
        // Total original budget 1,000 each year: shares 2%, 3%, 4%; average exactly 3% -> B (3-6% inclusive).
        let p = panel(budgets: [[900, 900, 900], [100, 100, 100]], outturns: [[900, 900, 900], [20, 30, 40]], years: 2022..<2025, names: ["a", "r"])
        let d = try assess(p) { $0.contingency = "r" }
        #expect(d["PI-2.3"]!.years.map(\.measurePercent) == [2, 3, 4])
        #expect(d["PI-2.3"]!.score == PEFARating(.b))
        // The reserve is left out of 2.1: with a alone there is one line and no composition (D*); PI-1 keeps it.
        #expect(d["PI-2.1"]!.score == .insufficient)
        #expect(d["PI-1"]!.years.map(\.budget) == [1000, 1000, 1000])
        // Charged 10, 20, 29.9: average 1.99% -> A; 60, 60, 60 -> 6%, B; 70, 70, 70 -> 7%, C; 100 each -> 10%, D.
        for (charged, letter) in [([10.0, 20, 29.9], PEFAScore.a), ([60, 60, 60], .b), ([70, 70, 70], .c), ([100, 100, 100], .d)] {
            let q = panel(budgets: [[900, 900, 900], [100, 100, 100]], outturns: [[900, 900, 900], charged], years: 2022..<2025, names: ["a", "r"])
            #expect(try assess(q) { $0.contingency = "r" }["PI-2.3"]!.score == PEFARating(letter), "\(charged)")
        }
        // A year without a figure: the average cannot be taken -> D*.
        let gap = panel(budgets: [[900, 900, 900], [100, 100, 100]], outturns: [[900, 900, 900], [20, .nan, 40]], years: 2022..<2025, names: ["a", "r"])
        #expect(try assess(gap) { $0.contingency = "r" }["PI-2.3"]!.score == .insufficient)
        // Not given: NR, and PI-2 aggregates the rated dimensions only. r is then an ordinary head of 2.1:
        // 2022 SA 920, B' = 828, 92: (72 + 72) / 920 = 15.7% D; 2023 (63 + 63) / 930 = 13.5% C;
        // 2024 (54 + 54) / 940 = 11.5% C -> C.
        let none = try PEFA.assess(panel: p, options: PEFA.Options(budget: "budget", outturn: "outturn"))
        #expect(none[1].dimensions[0].years.map(\.band) == [.d, .c, .c])
        #expect(none[1].dimensions.map(\.score.description) == ["C", "NR", "NR"])
        #expect(none[1].score == PEFARating(.c))
    }

    @Test func economicTypesAndRevenueCategories() throws {
        // Two departments x two economic types (wages, goods), summed over departments each year:
        // wages budget 60 + 40 = 100, outturn 55 + 45 = 100; goods budget 100, outturn 80 + 40 = 120.
        // SB = 200, SA = 220, factor 1.1: B' = 110, 110; |100 - 110| + |120 - 110| = 20; 20/220 = 9.09% -> B.
        let years = 2022..<2025
        let p = IndicatorPanel(departments: [Department(id: "a"), Department(id: "b")],
                               indicators: ["budget", "outturn", "wages_b", "wages_o", "goods_b", "goods_o", "tax_b", "tax_o", "fees_b", "fees_o"].map { Indicator(id: $0, unit: "万元") },
                               years: years, blocks: [
                                   [100, 100, 100, 100, 100, 100], [100, 100, 100, 120, 120, 120],
                                   [60, 60, 60, 40, 40, 40], [55, 55, 55, 45, 45, 45],
                                   [50, 50, 50, 50, 50, 50], [80, 80, 80, 40, 40, 40],
                                   // Revenue: tax budget 100 + 100, actual 95 + 95; fees budget 20 + 20, actual 30 + 30.
                                   [100, 100, 100, 100, 100, 100], [95, 95, 95, 95, 95, 95],
                                   [20, 20, 20, 20, 20, 20], [30, 30, 30, 30, 30, 30],
                               ])
        var options = PEFA.Options(budget: "budget", outturn: "outturn",
                                   economicTypes: [PEFA.Pair(budget: "wages_b", outturn: "wages_o"), PEFA.Pair(budget: "goods_b", outturn: "goods_o")])
        options.revenue = PEFA.Pair(budget: "tax_b", outturn: "tax_o")
        options.revenueCategories = [PEFA.Pair(budget: "tax_b", outturn: "tax_o"), PEFA.Pair(budget: "fees_b", outturn: "fees_o")]
        let indicators = try PEFA.assess(panel: p, options: options)
        let d = Dictionary(uniqueKeysWithValues: indicators.flatMap(\.dimensions).map { ($0.indicator, $0) })
        #expect(d["PI-2.2"]!.years.allSatisfy { TestSupport.close($0.measurePercent!, 100 * 20.0 / 220, relative: 1e-14) && $0.band == .b })
        // PI-3.1 on tax: 190 / 200 = 95% -> B (94-112). PI-3.2: SB = 240, SA = 250, factor 250/240:
        // B' = 208.33, 41.67; |190 - 208.33| + |60 - 41.67| = 36.67; 36.67 / 250 = 14.67% -> C.
        #expect(d["PI-3.1"]!.score == PEFARating(.b))
        #expect(d["PI-3.2"]!.years.allSatisfy { TestSupport.close($0.measurePercent!, 100 * (2 * (250.0 / 240 * 200 - 190)) / 250, relative: 1e-12) && $0.band == .c })
        // PI-3 by averaging: B (3) and C (2) -> 2.5 -> C+.
        #expect(indicators[2].score.description == "C+" && indicators[2].method == "M2")
        // PI-2 by the weakest link: 2.1 (a 100/100, b 100/120: B' 109.09, 110.91 -> 18.18/220 = 8.26%, B),
        // 2.2 B, 2.3 NR -> B with no plus.
        #expect(indicators[1].score.description == "B")
    }

    @Test func aggregationMethods() {
        let r: (PEFAScore) -> PEFARating = { PEFARating($0) }
        // M1: the lowest, "+" when another is higher; NR left out; D* counts as D.
        #expect(PEFA.weakestLink([r(.a), r(.c), r(.b)])?.description == "C+")
        #expect(PEFA.weakestLink([r(.b), r(.b)])?.description == "B")
        #expect(PEFA.weakestLink([r(.a), .notRated])?.description == "A")
        #expect(PEFA.weakestLink([.insufficient, r(.a)])?.description == "D+")
        #expect(PEFA.weakestLink([.notRated]) == nil)
        // M2, two dimensions: the framework's conversion table.
        let table: [(PEFAScore, PEFAScore, String)] = [(.d, .d, "D"), (.d, .c, "D+"), (.d, .b, "C"), (.d, .a, "C+"), (.c, .c, "C"),
                                                       (.c, .b, "C+"), (.c, .a, "B"), (.b, .b, "B"), (.b, .a, "B+"), (.a, .a, "A")]
        for (x, y, expected) in table {
            #expect(PEFA.averaging([r(x), r(y)])?.description == expected, "\(x) \(y)")
            #expect(PEFA.averaging([r(y), r(x)])?.description == expected)
        }
    }

    @Test func unknownIdsAreErrors() throws {
        let p = panel(budgets: [[100]], outturns: [[100]], years: 2024..<2025)
        #expect(throws: DataError.self) { try PEFA.assess(panel: p, options: PEFA.Options(budget: "budgt", outturn: "outturn")) }
        #expect(throws: DataError.self) { try PEFA.assess(panel: p, options: PEFA.Options(budget: "budget", outturn: "outturn", contingency: "reserve")) }
    }
}
