import RealModule

/// A synthetic monthly execution panel: each department's cumulative spending by month against its annual
/// budget, with the back-loaded profile of Chinese budget execution (steady months, then a large share in
/// November and December), department differences in how back-loaded they are, year-to-year noise, mid-year
/// budget adjustments and execution rates mostly 85-100%. Deterministic for a seed.
///
/// Indicators: `expenditure_to_date` (累计支出, cumulative, 万元) and `expenditure_budget` (支出预算数, 万元: the
/// annual budget at month 1, and an adjusted budget from month 7 for some department-years).
public struct SyntheticMonthly: Sendable {
    public let departments: Int
    public let years: Range<Int>
    public let seed: UInt64

    public init(departments: Int, years: Range<Int>, seed: UInt64) {
        precondition(departments >= 1 && !years.isEmpty, "at least one department and one year")
        (self.departments, self.years, self.seed) = (departments, years, seed)
    }

    /// The actual and budget indicators.
    public static let actual = Indicator(id: "expenditure_to_date", name: "累计支出", unit: "万元", kind: .amount)
    public static let budget = Indicator(id: "expenditure_budget", name: "支出预算数", unit: "万元", kind: .amount)

    /// The typical share of the year's spending in each month (sums to 1): about 6-7% a month to October,
    /// 10% in November, 24% in December.
    static let profile: [Double] = {
        let w: [Double] = [0.055, 0.055, 0.065, 0.065, 0.065, 0.075, 0.062, 0.062, 0.07, 0.062, 0.10, 0.244]
        let s = w.reduce(0, +)
        return w.map { $0 / s }
    }()

    public func generate() -> MonthlyPanel {
        let units = SyntheticPanel(departments: departments, years: years, seed: seed).generate().departments
        var p = MonthlyPanel(units: units, indicators: [Self.actual, Self.budget], years: years)
        var rng = SplitMix64(seed: seed ^ 0x6D6F_6E74_686C_7921)
        func normal() -> Double {
            let u1 = max(Double.ulpOfOne, Double.random(in: 0..<1, using: &rng)), u2 = Double.random(in: 0..<1, using: &rng)
            return Double.sqrt(-2 * Double.log(u1)) * Double.cos(2 * .pi * u2)
        }
        for u in units.indices {
            var budget = Double.exp(Double.log(3000) + 1.2 * normal())
            let growth = 0.05 + 0.03 * normal()
            let meanRate = min(0.99, max(0.75, 0.93 + 0.04 * normal()))
            // How back-loaded this department is: > 0 puts more of the year into its last months.
            let tilt = 0.35 * normal()
            for y in years {
                budget *= Double.exp(growth + 0.05 * normal())
                let rate = min(1.0, max(0.6, meanRate + 0.03 * normal()))
                var adjusted = budget
                let isAdjusted = Double.random(in: 0..<1, using: &rng) < 0.15
                if isAdjusted { adjusted = budget * Double.exp(0.08 * normal()) }
                let outturn = adjusted * rate
                let yearTilt = tilt + 0.15 * normal()
                var weights = Self.profile.enumerated().map { m, w in w * Double.exp(yearTilt * (Double(m) - 5.5) / 5.5 + 0.12 * normal()) }
                let total = weights.reduce(0, +)
                weights = weights.map { $0 / total }
                var cumulative = 0.0
                for m in 1...12 {
                    cumulative += weights[m - 1] * outturn
                    p.setValue((cumulative * 100).rounded() / 100, unitAt: u, indicatorAt: 0, year: y, month: m)
                }
                p.setValue((budget * 100).rounded() / 100, unitAt: u, indicatorAt: 1, year: y, month: 1)
                if isAdjusted { p.setValue((adjusted * 100).rounded() / 100, unitAt: u, indicatorAt: 1, year: y, month: 7) }
            }
        }
        return p
    }
}
