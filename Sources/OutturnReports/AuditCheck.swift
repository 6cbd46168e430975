import Foundation
import Outturn

/// One arithmetic check of a report: what the text states against what its own other figures give.
public struct AuditCheck: Sendable, Equatable {
    /// What is checked, e.g. `basic_expenditure = personnel_expenditure + public_expenditure (2024)`.
    public let check: String
    /// The stated value (in the catalogue unit: 万元, percent, 分; 人 or 辆 for counts).
    public let stated: Double
    /// The value recomputed from the report's other figures.
    public let recomputed: Double
    /// stated - recomputed.
    public let difference: Double
    /// The difference the stated rounding allows (half a unit of the last stated digit of each figure involved).
    public let tolerance: Double
    public let consistent: Bool
    /// The text of the stated figure.
    public let snippet: String
    /// Character offset of the stated figure in the report.
    public let offset: Int
    /// The kind of relation: `breakdown` (a total and its 其中 parts), `identity` (a total and the parts the
    /// accounting defines), `change`, `change-percent`, `share`, `completion`, `execution-rate`, `restated`,
    /// `score-weight`, `score-deduction`, `change-breakdown`, `change-restated`, `budget-adjustment` (全年预算 =
    /// 年初预算 + 追加 - 调减), `balance` (结转下年 = 收入总计 - 支出合计), `count`, `funds-received-rate` (到位率 = 到位资金 /
    /// the budget stated before them), `adjustment-rate` (预算调整率 = 追加 / 年初预算 or the whole year's),
    /// `carryover-rate` (结转结余率 = 结转结余 / 全年预算), `grand-total` (收入总计 = 本年收入合计 + 年初结转和结余, stated
    /// apart), `defined-rate` (a rate over the two amounts its parenthesis names: 支付率 87.46%（实际支付/到位资金）). A
    /// breakdown of counts (在职人员 23 人，其中：…) is exact.
    public let rule: String
}
