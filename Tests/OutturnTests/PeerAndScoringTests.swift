import Testing
import _TestSupport
@testable import Outturn

@Suite struct PeerComparisonTests {
    /// Five departments, values 10, 20, 20, 40, missing; group attribute splits {a, b, c} and {d, e}.
    func panel(_ values2024: [Double], _ values2023: [Double]? = nil, groups: [String]? = nil) -> IndicatorPanel {
        let deps = values2024.indices.map { k in
            Department(id: "d\(k)", attributes: groups.map { ["region": $0[k]] } ?? [:])
        }
        let before = values2023 ?? values2024.map { _ in .nan }
        return IndicatorPanel(departments: deps, indicators: [Indicator(id: "x", unit: "%")], years: 2023..<2025,
                              blocks: [zip(before, values2024).flatMap { [$0, $1] }])
    }

    @Test func ranksPercentilesAndTies() throws {
        let s = try PeerComparison.standings(panel: panel([10, 20, 20, 40, .nan]), indicator: "x", years: [2024])
        #expect(s.map(\.department) == ["d0", "d1", "d2", "d3"])          // the missing one is excluded...
        #expect(s.allSatisfy { $0.peers == 4 && $0.missing == 1 })        // ...and counted
        #expect(s.map(\.rank) == [4, 2, 2, 1])                            // ties share the best rank of their tie
        // percentile = 100 (worse + ties/2) / (n - 1)
        let expectedPercentiles: [Double?] = [0, 50, 50, 100]
        #expect(s.map(\.percentile) == expectedPercentiles)
        #expect(s.map(\.quartile) == [4, 2, 2, 1])
        // mean 22.5, sample sd sqrt(((12.5)^2 + 2 (2.5)^2 + 17.5^2) / 3) = sqrt(475/3)
        let sd = (475.0 / 3).squareRoot()
        #expect(TestSupport.close(s[0].z!, (10 - 22.5) / sd, relative: 1e-14))
        // median 20, MAD = median(10, 0, 0, 20) = 5, robust scale 7.413
        #expect(s[0].peerMedian == 20 && s[0].distanceToMedian == -10)
        #expect(TestSupport.close(s[3].robustZ!, 20 / (1.4826 * 5), relative: 1e-14))
        #expect(s.map(\.outlier) == [false, false, false, false])
        let low = try PeerComparison.standings(panel: panel([10, 20, 20, 40, .nan]), indicator: "x", years: [2024], lowerIsBetter: true)
        #expect(low.map(\.rank) == [1, 2, 2, 4] && low[0].quartile == 1)
    }

    /// Ranks and percentiles from one sort per group equal the pairwise counts, with many ties, both directions.
    @Test func ranksFromOneSortEqualPairwiseCounts() throws {
        var state: UInt64 = 12345
        let values = (0..<400).map { k -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return k % 37 == 0 ? .nan : Double((state >> 33) % 25)   // 25 distinct values: ties everywhere
        }
        let p = panel(values, groups: values.indices.map { $0 % 3 == 0 ? "a" : "b" })
        for lowerIsBetter in [false, true] {
            let s = try PeerComparison.standings(panel: p, indicator: "x", years: [2024], groupAttribute: "region", lowerIsBetter: lowerIsBetter)
            #expect(s.count == values.filter { !$0.isNaN }.count)
            for st in s {
                let k = Int(st.department.dropFirst())!
                let group = values.indices.filter { ($0 % 3 == 0) == (k % 3 == 0) && !values[$0].isNaN }.map { values[$0] }
                let better = group.filter { lowerIsBetter ? $0 < values[k] : $0 > values[k] }.count
                let worse = group.filter { lowerIsBetter ? $0 > values[k] : $0 < values[k] }.count
                let ties = group.count - better - worse - 1
                #expect(st.rank == better + 1 && st.peers == group.count)
                #expect(st.percentile == 100 * (Double(worse) + 0.5 * Double(ties)) / Double(group.count - 1))
            }
        }
        // Slope percentiles likewise (two years: the slope is the change, with many equal changes).
        let trends = try RelativeTrend.compute(panel: panel(values, values.map { _ in 0 }), indicator: "x")
        let slopes = values.filter { !$0.isNaN }
        for (k, t) in trends.enumerated() where !values[k].isNaN {
            let lower = slopes.filter { $0 < values[k] }.count, equal = slopes.filter { $0 == values[k] }.count - 1
            #expect(TestSupport.close(t.slope!, values[k], relative: 1e-12, absolute: 1e-12))
            #expect(t.slopePercentile == 100 * (Double(lower) + 0.5 * Double(equal)) / Double(slopes.count - 1))
        }
    }

    @Test func outliersGroupsAndRankChanges() throws {
        let p = panel([50, 51, 52, 53, 200], [53, 52, 51, 50, 49], groups: ["a", "a", "a", "a", "a"])
        let s = try PeerComparison.standings(panel: p, indicator: "x", years: [2024], groupAttribute: "region", persistenceYears: 2)
        #expect(s.first { $0.department == "d4" }!.outlier)               // robust z = (200 - 52) / (1.4826 * 1)
        #expect(s.first { $0.department == "d0" }!.rankChange == 1 - 5)   // was 1st, now 5th: moved down 4
        #expect(s.first { $0.department == "d3" }!.rankChange == 4 - 2)
        #expect(s.first { $0.department == "d0" }!.topQuartileYears == 1 && s.first { $0.department == "d0" }!.bottomQuartileYears == 1)
        // Groups of one and two.
        let g = try PeerComparison.standings(panel: panel([5, 7, 9], groups: ["a", "b", "b"]), indicator: "x", years: [2024], groupAttribute: "region")
        let alone = g.first { $0.department == "d0" }!
        #expect(alone.rank == 1 && alone.peers == 1 && alone.percentile == nil && alone.z == nil && alone.robustZ == nil && alone.quartile == nil)
        let pair = g.filter { $0.group == "b" }
        #expect(pair.map(\.rank) == [2, 1] && pair.map(\.percentile) == [0, 100])
        #expect(TestSupport.close(pair[1].z!, 1 / 2.0.squareRoot(), relative: 1e-14))   // (9 - 8) / sqrt(2)
    }

    @Test func relativeTrends() throws {
        // Slopes 1, 2, 3 per year: the middle one sits at the 50th percentile of its peers.
        let p = IndicatorPanel(departments: (0..<3).map { Department(id: "d\($0)") }, indicators: [Indicator(id: "x")], years: 2020..<2023,
                               blocks: [[0, 1, 2, 0, 2, 4, 0, 3, 6]])
        let t = try RelativeTrend.compute(panel: p, indicator: "x")
        let slopes: [Double] = t.map { ($0.slope! * 1e9).rounded() / 1e9 }
        #expect(slopes == [1, 2, 3])
        #expect(t[1].slopePercentile == 50 && t[0].slopePercentile == 0 && t[1].peerMedianSlope! == 2)
        #expect(TestSupport.close(t[2].robustZ!, 1 / 1.4826, relative: 1e-9))
    }
}

@Suite struct ScoringTests {
    @Test func rules() {
        #expect(ScoringRule.proportional.points(for: 92.56, weight: 10) == 9.256)
        #expect(ScoringRule.proportional.points(for: 104, weight: 10) == 10)             // capped
        #expect(ScoringRule.given.points(for: 52, weight: 50) == 50)
        #expect(ScoringRule.given.points(for: -1, weight: 50) == 0)
        // 预算调整率: 0 -> 3, <= 10% -> 2, <= 20% -> 1, <= 30% -> 0.5, else 0
        let adjustment = ScoringRule.bands([ScoreBand(maximum: 0, points: 3), ScoreBand(maximum: 10, points: 2),
                                            ScoreBand(maximum: 20, points: 1), ScoreBand(maximum: 30, points: 0.5)], otherwise: 0)
        let adjustmentValues: [Double] = [0, 10, 10.01, 20, 30, 31]
        let adjustmentPoints: [Double] = adjustmentValues.map { adjustment.points(for: $0, weight: 3) }
        #expect(adjustmentPoints == [3, 2, 1, 1, 0.5, 0])
        // "三公"经费控制率 <= 100% -> 6, minus 1 per point over
        let control = ScoringRule.deduction(limit: 100, per: 1, points: 1)
        let controlValues: [Double] = [95, 100, 102.5, 120]
        let controlPoints: [Double] = controlValues.map { control.points(for: $0, weight: 6) }
        #expect(controlPoints == [6, 6, 3.5, 0])
    }

    @Test func gradeBoundaries() {
        let s = ScoringScheme.standard
        let totals: [Double] = [100, 90, 89.99, 80, 79.99, 60, 59.99, 0]
        let grades: [String] = totals.map { s.grade(of: $0)! }
        #expect(grades == ["优", "优", "良", "良", "中", "中", "差", "差"])
    }

    /// The seed report's 2024 figures under the standard scheme: 92.56% -> 9.26, total 99.26, 优.
    @Test func seedReportStandardScore() throws {
        let p = IndicatorPanel(departments: [Department(id: "hunan-npc-office")],
                               indicators: ["execution_rate", "score_output", "score_benefit", "score_satisfaction"].map { IndicatorCatalogue.standard(id: $0)! },
                               years: 2024..<2025, blocks: [[92.56], [50], [30], [10]])
        let s = try ScoringScheme.standard.score(panel: p)
        #expect(s.count == 1 && s[0].points == [9.26, 50, 30, 10] && s[0].total == 99.26 && s[0].grade == "优")
    }

    @Test func missingItemsLeaveTheTotalOpen() throws {
        let p = IndicatorPanel(departments: [Department(id: "a")],
                               indicators: ["execution_rate", "score_output", "score_benefit", "score_satisfaction"].map { IndicatorCatalogue.standard(id: $0)! },
                               years: 2024..<2025, blocks: [[80], [40], [.nan], [9]])
        let s = try ScoringScheme.standard.score(panel: p)[0]
        #expect(s.total == nil && s.grade == nil && s.missing == ["score_benefit"] && s.points[0] == 8)
        let empty = IndicatorPanel(departments: [Department(id: "a")], indicators: [Indicator(id: "x")], years: 2024..<2025)
        #expect(throws: DataError.self) { try ScoringScheme.standard.score(panel: empty) }
    }

    @Test func derivedRatiosFeedRules() throws {
        let scheme = ScoringScheme(name: "t", items: [ScoringItem(indicator: "control", weight: 6, rule: .deduction(limit: 100, per: 1, points: 1))],
                                   derived: [DerivedRatio(id: "control", numerator: "spent", denominator: "budget", scale: 100, unit: "%")])
        let p = IndicatorPanel(departments: [Department(id: "a")], indicators: [Indicator(id: "spent"), Indicator(id: "budget")],
                               years: 2024..<2025, blocks: [[103], [100]])
        #expect(try scheme.score(panel: p)[0].total == 3)
    }
}
