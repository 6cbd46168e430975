/// Plan against actual for one department and year: deviation and execution.
public struct BudgetVariance: Sendable, Equatable {
    public let department: String
    public let year: Int
    /// The plan (budget) value, in the indicators' unit (万元).
    public let plan: Double?
    /// The actual (outturn) value, same unit.
    public let actual: Double?
    /// actual - plan.
    public let deviation: Double?
    /// 100 * (actual - plan) / plan, percent; nil when the plan is zero or missing.
    public let deviationPercent: Double?
    /// 100 * actual / plan, percent; nil when the plan is zero, negative or missing (an execution rate of a
    /// negative plan means nothing).
    public let executionRate: Double?
    /// Why a figure is missing, when it is (`plan is negative: no execution rate`).
    public var note: String? = nil

    /// Every department-year of a panel where plan or actual is present.
    ///
    /// - Throws: `DataError` for an unknown indicator, or when the two indicators are in different units.
    public static func compute(panel: IndicatorPanel, plan: String, actual: String) throws -> [BudgetVariance] {
        let p = try panel.indicator(plan), a = try panel.indicator(actual)
        if !p.unit.isEmpty && !a.unit.isEmpty && p.unit != a.unit {
            throw DataError("plan \"\(plan)\" is in \(p.unit) and actual \"\(actual)\" in \(a.unit)", hint: "compare indicators in one unit")
        }
        let pi = panel.position(ofIndicator: plan)!, ai = panel.position(ofIndicator: actual)!
        var out: [BudgetVariance] = []
        for (d, dep) in panel.departments.enumerated() {
            let ps = panel.series(departmentAt: d, indicatorAt: pi), acts = panel.series(departmentAt: d, indicatorAt: ai)
            for k in 0..<panel.yearCount {
                let pv = ps[k], av = acts[k]
                if pv.isNaN && av.isNaN { continue }
                let both = !pv.isNaN && !av.isNaN
                var v = BudgetVariance(
                    department: dep.id, year: panel.years.lowerBound + k, plan: pv.isNaN ? nil : pv, actual: av.isNaN ? nil : av,
                    deviation: both ? av - pv : nil, deviationPercent: both && pv > 0 ? 100 * (av - pv) / pv : nil,
                    executionRate: both && pv > 0 ? 100 * av / pv : nil)
                if both && pv < 0 { v.note = "the plan is negative: no execution rate" }
                else if both && pv == 0 { v.note = "the plan is zero: no execution rate" }
                out.append(v)
            }
        }
        return out
    }
}
