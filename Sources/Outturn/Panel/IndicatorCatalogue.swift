/// The standard indicators of a Chinese department self-evaluation report (部门整体支出绩效自评报告), with the
/// ids used by report extraction, the generator and the defaults. Amounts are in 万元, rates in percent.
public enum IndicatorCatalogue {
    /// Every standard indicator, in report order.
    public static let standard: [Indicator] = [
        Indicator(id: "budget_revenue", name: "部门预算总收入", unit: "万元", kind: .amount),
        Indicator(id: "total_expenditure", name: "总支出", unit: "万元", kind: .amount),
        Indicator(id: "basic_expenditure", name: "基本支出", unit: "万元", kind: .amount),
        Indicator(id: "personnel_expenditure", name: "人员经费", unit: "万元", kind: .amount),
        Indicator(id: "public_expenditure", name: "日常公用经费", unit: "万元", kind: .amount),
        Indicator(id: "public_expenditure_budget", name: "公用经费预算安排", unit: "万元", kind: .amount),
        Indicator(id: "project_budget", name: "项目支出全年预算数", unit: "万元", kind: .amount),
        Indicator(id: "project_expenditure", name: "项目支出决算数", unit: "万元", kind: .amount),
        Indicator(id: "appropriation_budget", name: "财政拨款全年预算数", unit: "万元", kind: .amount),
        Indicator(id: "appropriation_final", name: "财政拨款决算数", unit: "万元", kind: .amount),
        Indicator(id: "execution_rate", name: "预算执行率", unit: "%", kind: .rate, lowerBound: 0, upperBound: 100),
        Indicator(id: "three_public_budget", name: "“三公”经费预算数", unit: "万元", kind: .amount),
        Indicator(id: "three_public_expenditure", name: "“三公”经费实际支出", unit: "万元", kind: .amount),
        Indicator(id: "staff_in_service", name: "在职人员", unit: "人", kind: .count),
        Indicator(id: "retirees", name: "退休人员", unit: "人", kind: .count),
        Indicator(id: "score_total", name: "自评总分", unit: "分", kind: .score, lowerBound: 0, upperBound: 100),
        Indicator(id: "score_budget_execution", name: "预算执行得分", unit: "分", kind: .score, lowerBound: 0, upperBound: 10),
        Indicator(id: "score_output", name: "产出得分", unit: "分", kind: .score, lowerBound: 0, upperBound: 50),
        Indicator(id: "score_benefit", name: "效益得分", unit: "分", kind: .score, lowerBound: 0, upperBound: 30),
        Indicator(id: "score_satisfaction", name: "满意度得分", unit: "分", kind: .score, lowerBound: 0, upperBound: 10),
    ]

    /// The standard indicator with this id, if any.
    public static func standard(id: String) -> Indicator? { standard.first { $0.id == id } }
}
