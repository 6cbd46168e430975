import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// Student t and normal against scipy (Fixtures/make_distribution_fixtures.py), 1e-12 relative.
@Suite struct DistributionTests {
    let fixture: [String: Any]
    init() throws { fixture = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/distributions.json") }
    func cases(_ key: String) -> [[String: Double]] {
        (fixture[key] as! [[String: Any]]).map { $0.mapValues { ($0 as! NSNumber).doubleValue } }
    }

    @Test func studentTDistributionFunctions() {
        var worst = 0.0
        for c in cases("t") {
            let (nu, t) = (c["nu"]!, c["t"]!)
            for (mine, ref) in [(StudentT.cdf(t, degreesOfFreedom: nu), c["cdf"]!),
                                (StudentT.survival(t, degreesOfFreedom: nu), c["sf"]!),
                                (StudentT.twoSidedPValue(t, degreesOfFreedom: nu), c["two_sided"]!),
                                (StudentT.TwoSidedTail(degreesOfFreedom: nu).pValue(t), c["two_sided"]!),
                                (StudentT.pdf(t, degreesOfFreedom: nu), c["pdf"]!)] where ref > 1e-300 {
                let rel = abs(mine - ref) / ref
                worst = max(worst, rel)
                #expect(rel < 1e-12, "nu \(nu) t \(t): \(mine) vs \(ref)")
            }
        }
        #expect(worst < 1e-12)
    }

    /// The batch evaluator (tabulated continued fraction for integer nu <= 200) against the general one on a
    /// dense grid: every integer nu to 201, |t| from 1e-6 to 1e6 (p from 1 to below 1e-280). Each is within
    /// about 1e-13 of the exact value deep in the tail (exp and powers of x near 1e-250 lose a few digits;
    /// both are checked against scipy above), so they agree to 3e-13 relative.
    @Test func batchTailEqualsGeneralPValue() {
        var worst = 0.0
        for nu in 1...201 {
            let tail = StudentT.TwoSidedTail(degreesOfFreedom: Double(nu))
            for k in 0...240 {
                let t = pow(10, -6 + Double(k) / 20)
                let general = StudentT.twoSidedPValue(t, degreesOfFreedom: Double(nu))
                let batch = tail.pValue(-t)
                if general == 0 { #expect(batch == 0); continue }
                worst = max(worst, abs(batch - general) / general)
                #expect(abs(batch - general) <= 3e-13 * general, "nu \(nu) t \(t): \(batch) vs \(general)")
            }
        }
        #expect(worst < 3e-13)
        let tail = StudentT.TwoSidedTail(degreesOfFreedom: 13)
        #expect(tail.pValue(0) == 1 && tail.pValue(.infinity) == 0 && tail.pValue(.nan).isNaN)
    }

    @Test func studentTQuantiles() {
        for c in cases("t_quantile") {
            let q = StudentT.quantile(c["p"]!, degreesOfFreedom: c["nu"]!)
            #expect(TestSupport.close(q, c["q"]!, relative: 1e-12, absolute: 1e-15), "nu \(c["nu"]!) p \(c["p"]!): \(q) vs \(c["q"]!)")
        }
        // REFERENCE.md's 0.975 quantiles.
        for (nu, q) in [(1.0, 12.706205), (2, 4.302653), (3, 3.182446), (4, 2.776445), (5, 2.570582), (8, 2.306004), (10, 2.228139), (13, 2.160369)] {
            #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: nu) - q) < 5e-7)
        }
    }

    @Test func normalDistribution() {
        for c in cases("normal") {
            // scipy flushes results below 1e-300 to zero; compare where it keeps them.
            if c["cdf"]! > 1e-300 { #expect(TestSupport.close(Normal.cdf(c["z"]!), c["cdf"]!, relative: 1e-12)) }
            #expect(TestSupport.close(Normal.survival(c["z"]!), c["sf"]!, relative: 1e-12))
        }
        for c in cases("normal_quantile") {
            #expect(TestSupport.close(Normal.quantile(c["p"]!), c["q"]!, relative: 1e-12, absolute: 1e-15), "p \(c["p"]!)")
        }
    }

    @Test func edgeCases() {
        #expect(StudentT.quantile(0, degreesOfFreedom: 5) == -.infinity)
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 5) == 0)
        #expect(StudentT.twoSidedPValue(.infinity, degreesOfFreedom: 3) == 0)
        #expect(StudentT.twoSidedPValue(0, degreesOfFreedom: 3) == 1)
        #expect(StudentT.twoSidedPValue(.nan, degreesOfFreedom: 3).isNaN)
    }
}

/// The table of common t quantiles holds exactly what the root-finding gives, so a value looked up is the value
/// computed (and R's, as the tests above check).
@Suite struct StudentTQuantileTableTests {
    @Test func tabledQuantilesAreTheComputedOnes() {
        for df in 3...120 {
            for p in [0.975, 0.9, 0.5 + 95.0 / 200, 0.5 + 80.0 / 200] {
                let direct = StudentT.upperQuantile(tail: min(p, 1 - p), degreesOfFreedom: Double(df))
                #expect(StudentT.quantile(p, degreesOfFreedom: Double(df)) == direct, "df \(df) p \(p)")
                #expect(StudentT.quantile(1 - p, degreesOfFreedom: Double(df)) == -StudentT.upperQuantile(tail: min(1 - p, p), degreesOfFreedom: Double(df)))
            }
        }
        // Outside the table (fractional or large df, other levels) the same function answers.
        #expect(StudentT.quantile(0.975, degreesOfFreedom: 10.5) == StudentT.upperQuantile(tail: 1 - 0.975, degreesOfFreedom: 10.5))
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 10) - 2.228138851986273) < 1e-13)   // R: qt(0.975, 10)
    }
}
