import Foundation
import Outturn

/// The words reports use, as data: which labels name which subject (收入总计 and 全年收入 are the revenue
/// total; 人员经费 is personnel spending), which words give a measure (预算, 决算, 实际支出), which subjects
/// are catalogue indicators under which measure, and which subjects add up to which (the accounting identities
/// an auditor checks). The grammar in `StatementReader` is the same for every genre; what differs between
/// provinces and document types is here, and a user can load an extended vocabulary from a JSON file of the
/// same form (`ReportVocabulary(json:)`).
public struct ReportVocabulary: Sendable, Codable {
    /// A thing reports state amounts of.
    public struct Subject: Sendable, Codable {
        /// Stable id: `revenue`, `basic`, `three_public.reception`, ...
        public var id: String
        /// Labels that name it, matched as substrings of a statement's label (the one ending nearest the number
        /// wins; at equal ends the longest).
        public var labels: [String]
        /// Labels that name it only when the label names nothing more specific: a generic total (支出合计 in
        /// “三公”经费实际支出合计 is the 三公 total, not the department's), or a bare word (项目).
        public var weakLabels: [String]?
    }

    /// A catalogue indicator: the subject (and measure, when the catalogue distinguishes budget from actual).
    public struct CatalogueEntry: Sendable, Codable {
        public var subject: String
        /// `budget`, `actual`, or nil for either.
        public var measure: String?
        public var indicator: String
    }

    /// An accounting identity: the total equals the sum of the parts (one list of parts per way of splitting).
    public struct Identity: Sendable, Codable {
        public var total: String
        public var parts: [[String]]
    }

    public var subjects: [Subject]
    /// Measure words: `budget` (with `initial` / `adjusted` stages) and `actual`.
    public var budgetWords: [String]
    public var initialBudgetWords: [String]
    public var adjustedBudgetWords: [String]
    public var actualWords: [String]
    public var catalogue: [CatalogueEntry]
    public var identities: [Identity]

    /// The identities one of whose splits is exactly `parts` (basic for 人员经费 + 公用经费, spending for 基本支出 +
    /// 项目支出): what a list of those parts adds up to.
    func identities(splitInto parts: Set<String>) -> [Identity] {
        identities.filter { $0.parts.contains { Set($0) == parts } }
    }
    /// Whether a subject is a source of the revenue (财政拨款收入, 事业收入, 其他收入 …): the vocabulary names each
    /// `…_revenue`. The sources vary from one body to another, so no identity lists them all.
    static func isSourceOfRevenue(_ subject: String) -> Bool { subject.hasSuffix("_revenue") }

    /// The totals one of whose splits holds all of `parts`, and perhaps more: what a list of some of a total's parts
    /// may belong to (basic for 人员经费; the vehicles' and the 三公 total for 公务用车购置费 + 公务用车运行维护费).
    /// (And the items that split as one of those does: the appropriation's spending for 基本支出 + 项目支出.)
    func wholes(holding parts: Set<String>) -> Set<String> {
        let totals = Set(identities.filter { $0.parts.contains { parts.isSubset(of: Set($0)) } }.map(\.total))
        return totals.union(splitsLike.filter { totals.contains($0.value) }.map(\.key))
    }
    /// Words of a grand total (收入总计, 支出总计: the year's money plus balances carried in or out): such a total
    /// is not the sum of the year's parts, and not a restatement of the year's total (本年收入合计).
    public var grandTotalWords: [String]
    /// Abbreviations in shared-suffix lists: 收、支总计 = 收入总计 and 支出总计.
    public var abbreviations: [String: String]
    /// Items whose amount splits as another item's does, though that item's identity is not checked on them: an
    /// appropriation's spending (财政拨款支出) has basic and project parts as the department's spending has, but a
    /// department's basic and project spending are of all funds, so no identity sets them against it.
    public var splitsLike: [String: String]

    /// The words compiled for look-up (not part of the JSON form).
    let lexicons: Lexicons

    enum CodingKeys: String, CodingKey {
        case subjects, budgetWords, initialBudgetWords, adjustedBudgetWords, actualWords, catalogue, identities, grandTotalWords, abbreviations,
             splitsLike
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        subjects = try c.decode([Subject].self, forKey: .subjects)
        budgetWords = try c.decode([String].self, forKey: .budgetWords)
        initialBudgetWords = try c.decode([String].self, forKey: .initialBudgetWords)
        adjustedBudgetWords = try c.decode([String].self, forKey: .adjustedBudgetWords)
        actualWords = try c.decode([String].self, forKey: .actualWords)
        catalogue = try c.decode([CatalogueEntry].self, forKey: .catalogue)
        identities = try c.decode([Identity].self, forKey: .identities)
        grandTotalWords = try c.decodeIfPresent([String].self, forKey: .grandTotalWords) ?? []
        abbreviations = try c.decode([String: String].self, forKey: .abbreviations)
        splitsLike = try c.decodeIfPresent([String: String].self, forKey: .splitsLike) ?? [:]
        lexicons = Lexicons(subjects: subjects, budget: budgetWords, initial: initialBudgetWords, adjusted: adjustedBudgetWords, actual: actualWords)
    }

    /// Reads a vocabulary in this type's JSON form.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(ReportVocabulary.self, from: json)
    }

    /// The vocabulary's words as lexicons.
    struct Lexicons: Sendable {
        /// A measure word: `budget` (with its stage, `initial` or `adjusted`) or `actual`; `spending` marks 支出,
        /// which is a measure only after a subject's name.
        struct MeasureWord: Sendable {
            let measure: String
            let stage: String?
            let spending: Bool
        }
        let strong: Lexicon<String>
        let weak: Lexicon<String>
        let measures: Lexicon<MeasureWord>
        /// Words that say when and which measure but not what (全年, 预算数, 合计, 金额 ...).
        let generic: Lexicon<Bool>

        init(subjects: [Subject], budget: [String], initial: [String], adjusted: [String], actual: [String]) {
            strong = Lexicon(subjects.flatMap { s in s.labels.map { ($0, s.id) } })
            weak = Lexicon(subjects.flatMap { s in (s.weakLabels ?? []).map { ($0, s.id) } })
            measures = Lexicon(budget.map { ($0, MeasureWord(measure: "budget", stage: nil, spending: false)) }
                + initial.map { ($0, MeasureWord(measure: "budget", stage: "initial", spending: false)) }
                + adjusted.map { ($0, MeasureWord(measure: "budget", stage: "adjusted", spending: false)) }
                + actual.map { ($0, MeasureWord(measure: "actual", stage: nil, spending: $0 == "支出")) })
            let fillers = ["全年", "本年", "当年", "年度", "金额", "资金", "合计", "共计", "总计", "累计", "总额", "数额", "数", "为", "的",
                           "达", "计", "经", "后", "财政", "共", "已"]
            generic = Lexicon((budget + initial + adjusted + actual + fillers).map { ($0, true) })
        }
    }

    /// The vocabulary of Chinese department budget, final-account, "三公" and performance documents.
    public static let standard: ReportVocabulary = {
        do { return try ReportVocabulary(json: Data(standardJSON.utf8)) } catch {
            preconditionFailure("the shipped report vocabulary does not decode: \(error)")
        }
    }()

    /// The longest of its subject's labels that a statement's label contains (事业收入 in 2022年事业收入): which
    /// item of the subject the statement names; nil without a subject or a label of it.
    func name(of st: Statement) -> String? {
        guard let subject = st.subject, let entry = subjects.first(where: { $0.id == subject }) else { return nil }
        return (entry.labels + (entry.weakLabels ?? [])).filter { st.label.contains($0) }.max { $0.count < $1.count }
    }

    /// Whether two subjects are parts of one split of a total (basic and project of expenditure): neither is ever a
    /// part of the other.
    func areSiblings(_ a: String, _ b: String) -> Bool {
        a != b && identities.contains { $0.parts.contains { $0.contains(a) && $0.contains(b) } }
    }

    /// Whether a label names a grand total (收入总计).
    func isGrandTotal(_ label: String) -> Bool { grandTotalWords.contains { label.contains($0) } }

    /// A label without the words that say only when and which measure (全年, 预算数, 实际, 合计, 共计, 资金 …): what
    /// is left names the item (中央 of 中央财政资金到位), or nothing for a generic label (全年预算数).
    func withoutGenericWords(_ label: String) -> String {
        let s = Array(label.unicodeScalars)
        var covered = [Bool](repeating: false, count: s.count)
        lexicons.generic.occurrences(in: s, 0..<s.count) { _, start, end in for k in start..<end { covered[k] = true } }
        return String(String.UnicodeScalarView(s.indices.filter { !covered[$0] }.map { s[$0] }))
    }

    /// Whether a label names the budget as it stood after an adjustment (追加后预算, 调减后预算, 调整后全年预算): by one of the
    /// adjusted budget's words that say so (…后).
    func namesTheBudgetAfterAnAdjustment(_ label: String) -> Bool {
        adjustedBudgetWords.contains { $0.hasSuffix("后") && label.contains($0) }
    }

    /// Whether `part` is the year's own total inside `whole`, a grand total of the same item and measure that also
    /// holds the balances (本年支出合计 in 支出总计, 本年收入合计 in 收入总计).
    func isYearsTotal(_ part: Statement, within whole: Statement) -> Bool {
        part.key == whole.key && isGrandTotal(whole.label) && !isGrandTotal(part.label)
    }

    /// The catalogue indicator for a subject and measure, if any.
    func indicator(subject: String, measure: String?) -> String? {
        catalogue.first { $0.subject == subject && ($0.measure == nil || $0.measure == measure) }?.indicator
    }

    /// Whether a subject is counted, not paid (its indicator a count: staff, retirees): money never is it.
    func isCounted(_ subject: String) -> Bool {
        catalogue.contains { $0.subject == subject && IndicatorCatalogue.standard(id: $0.indicator)?.kind == .count }
    }

    // The standard vocabulary. Order of labels does not matter (the nearest, then longest, match wins).
    static let standardJSON = #"""
    {
      "subjects": [
        {"id": "revenue", "labels": ["总收入", "全年收入", "本年收入合计", "本年收入", "收入总预算", "部门收入", "预算总收入",
                                     "收支总预算", "收支总计", "收支预算总额", "收支预算总计", "收支总额", "部门预算收入", "单位收入", "单位预算收入", "收支总体", "收入支出总体", "收入支出总计"],
                          "weakLabels": ["收入总计", "收入合计", "收入决算", "决算收入", "收入预算", "收入预算总计", "收入预算合计", "收入总额"]},
        {"id": "expenditure", "labels": ["总支出", "全年支出", "本年支出合计", "本年支出", "支出总预算", "一般公共预算支出", "部门支出", "单位支出", "单位预算支出",
                                         "部门预算支出"],
                              "weakLabels": ["支出总计", "支出合计", "支出决算", "决算支出", "支出预算", "支出预算总计", "支出预算合计"]},
        {"id": "basic", "labels": ["基本支出"]},
        {"id": "project", "labels": ["项目支出", "项目预算", "项目经费", "项目资金"], "weakLabels": ["项目"]},
        {"id": "personnel", "labels": ["人员经费", "人员支出"]},
        {"id": "public", "labels": ["公用经费", "日常公用经费", "公用支出"]},
        {"id": "wages", "labels": ["工资福利支出", "工资福利"]},
        {"id": "goods_services", "labels": ["商品和服务支出", "商品服务支出"]},
        {"id": "household_transfers", "labels": ["对个人和家庭的补助", "对个人和家庭补助"]},
        {"id": "capital", "labels": ["资本性支出"]},
        {"id": "appropriation", "labels": ["财政拨款收支总预算", "财政拨款支出", "一般公共预算拨款支出", "财政拨款全年预算", "财政拨款预算",
                                           "财政拨款决算", "财政拨款全年", "当年拨款支出"]},
        {"id": "appropriation_revenue", "labels": ["财政拨款收入", "一般公共预算拨款", "一般公共预算财政拨款"], "weakLabels": ["财政拨款"]},
        {"id": "fund_revenue", "labels": ["政府性基金预算财政拨款", "政府性基金预算财政拨款收入", "政府性基金预算拨款收入", "政府性基金预算收入", "政府性基金收入", "政府性基金"]},
        {"id": "fund_expenditure", "labels": ["政府性基金预算支出", "政府性基金支出", "政府性基金预算财政拨款支出", "政府性基金预算拨款支出"]},
        {"id": "state_capital_revenue", "labels": ["国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入", "国有资本经营预算收入", "国有资本经营收入"]},
        {"id": "state_capital_expenditure", "labels": ["国有资本经营预算财政拨款支出", "国有资本经营预算拨款支出", "国有资本经营预算支出", "国有资本经营支出"]},
        {"id": "state_capital_revenue", "labels": ["国有资本经营预算财政拨款", "国有资本经营预算财政拨款收入"]},
        {"id": "other_revenue", "labels": ["其他收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入"]},
        {"id": "carryover", "labels": ["上年结转", "年初结转", "结转结余", "结转和结余", "结余资金"]},
        {"id": "funds_received", "labels": ["到位资金", "资金到位", "实际到位"]},
        {"id": "funds_received_rate", "labels": ["资金到位率", "到位率"]},
        {"id": "three_public", "labels": ["三公经费", "“三公”经费", "\"三公\"经费", "三公"]},
        {"id": "three_public.travel", "labels": ["因公出国（境）费", "因公出国(境)费", "因公出国（境）经费", "因公出国(境)经费", "因公出国费",
                                                "因公出国（境）支出", "因公出国(境)支出", "因公出国（境）", "因公出国(境)", "因公出国",
                                                "出国（境）费", "出国(境)费", "出国（境）经费", "出国(境)经费"]},
        {"id": "three_public.reception", "labels": ["公务接待费", "公务接待经费", "公务接待支出", "公务接待"]},
        {"id": "three_public.vehicles", "labels": ["公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车费", "公务用车购置及运行维护支出",
                                                  "公务用车购置及运行费用", "公务用车购置及运维费", "车辆购置及运行费", "公车购置及运行费",
                                                  "公务用车购置及运行", "公车购置及运行", "车辆购置及运行"]},
        {"id": "three_public.vehicle_purchase", "labels": ["公务用车购置费", "公务用车购置", "公车购置", "公务车辆购置", "车辆购置费"]},
        {"id": "three_public.vehicle_running", "labels": ["公务用车运行费", "公务用车运行维护费", "公务用车运行费用", "公务用车运行",
                                                         "公务车辆运行费", "公务车辆运行维护费", "公务车辆运行", "公车运行", "车辆运行维护费", "车辆运行费"]},
        {"id": "running_costs", "labels": ["机关运行经费", "机关运行费"]},
        {"id": "meetings", "labels": ["会议费", "会议经费"]},
        {"id": "training", "labels": ["培训费", "培训经费"]},
        {"id": "procurement", "labels": ["政府采购支出总额", "政府采购预算总额", "政府采购总额", "政府采购支出合计", "政府采购预算合计", "政府采购合计"]},
        {"id": "procurement.goods", "labels": ["政府采购货物", "货物采购"]},
        {"id": "procurement.works", "labels": ["政府采购工程", "工程采购"]},
        {"id": "procurement.services", "labels": ["政府采购服务", "服务采购"]},
        {"id": "execution_rate", "labels": ["预算执行率", "预算完成率", "执行率", "支出进度", "支付进度", "支出率", "预算执行进度", "资金执行进度"]},
        {"id": "staff", "labels": ["实有在职人员", "在职人员", "在职人数", "在职在岗人员", "实有人员", "实有正式教职工", "在编人员", "在职"]},
        {"id": "retirees", "labels": ["退休人员", "离退休人员", "退休"]},
        {"id": "score_total", "labels": ["自评总分", "综合评分", "自评得分", "总分", "评价得分", "总得分", "综合得分", "合计得分", "得分合计"]},
        {"id": "score_budget_execution", "labels": ["预算执行率得分", "预算执行得分", "执行率得分", "预算执行"]},
        {"id": "score_input", "labels": ["投入指标", "投入"]},
        {"id": "score_decision", "labels": ["决策指标", "项目决策", "部门决策", "决策类"]},
        {"id": "score_process", "labels": ["过程指标", "项目过程", "过程"]},
        {"id": "score_output", "labels": ["产出指标", "产出"]},
        {"id": "score_benefit", "labels": ["效益指标", "效益"]},
        {"id": "score_effect", "labels": ["效果指标", "效果"]},
        {"id": "score_satisfaction", "labels": ["满意度指标", "满意度"]}
      ],
      "budgetWords": ["预算数", "预算", "安排", "批复", "总投资", "计划投资"],
      "initialBudgetWords": ["年初预算", "年初批复", "年初"],
      "adjustedBudgetWords": ["调整后", "追加后", "调增后", "调减后", "追加预算后", "调整预算后", "调整预算", "全年预算", "全年（调整）预算", "调整"],
      "actualWords": ["决算数", "决算", "实际支出", "实际", "支出数", "执行数", "完成数", "执行", "支出", "完成预算", "执行预算", "收入完成", "支出完成", "实际支付", "支付数",
                    "累计完成", "合计完成", "共完成", "全年完成"],
      "catalogue": [
        {"subject": "revenue", "indicator": "budget_revenue"},
        {"subject": "expenditure", "indicator": "total_expenditure"},
        {"subject": "basic", "indicator": "basic_expenditure"},
        {"subject": "personnel", "indicator": "personnel_expenditure"},
        {"subject": "public", "measure": "actual", "indicator": "public_expenditure"},
        {"subject": "public", "measure": "budget", "indicator": "public_expenditure_budget"},
        {"subject": "project", "measure": "actual", "indicator": "project_expenditure"},
        {"subject": "project", "measure": "budget", "indicator": "project_budget"},
        {"subject": "appropriation", "measure": "budget", "indicator": "appropriation_budget"},
        {"subject": "appropriation", "measure": "actual", "indicator": "appropriation_final"},
        {"subject": "three_public", "measure": "budget", "indicator": "three_public_budget"},
        {"subject": "three_public", "measure": "actual", "indicator": "three_public_expenditure"},
        {"subject": "execution_rate", "indicator": "execution_rate"},
        {"subject": "staff", "indicator": "staff_in_service"},
        {"subject": "retirees", "indicator": "retirees"},
        {"subject": "score_total", "indicator": "score_total"},
        {"subject": "score_budget_execution", "indicator": "score_budget_execution"},
        {"subject": "score_output", "indicator": "score_output"},
        {"subject": "score_benefit", "indicator": "score_benefit"},
        {"subject": "score_satisfaction", "indicator": "score_satisfaction"}
      ],
      "identities": [
        {"total": "three_public", "parts": [["three_public.travel", "three_public.reception", "three_public.vehicle_purchase", "three_public.vehicle_running"],
                                            ["three_public.travel", "three_public.reception", "three_public.vehicles"],
                                            ["three_public.travel", "three_public.reception", "three_public.vehicle_running"]]},
        {"total": "three_public.vehicles", "parts": [["three_public.vehicle_purchase", "three_public.vehicle_running"]]},
        {"total": "basic", "parts": [["personnel", "public"]]},
        {"total": "procurement", "parts": [["procurement.goods", "procurement.works", "procurement.services"]]},
        {"total": "expenditure", "parts": [["basic", "project"], ["personnel", "public", "project"]]},
        {"total": "score_total", "parts": [["score_budget_execution", "score_output", "score_benefit", "score_satisfaction"],
                                           ["score_decision", "score_process", "score_output", "score_benefit"],
                                           ["score_input", "score_process", "score_output", "score_effect"]]}
      ],
      "grandTotalWords": ["总计", "总体"],
      "abbreviations": {"收": "收入", "支": "支出"},
      "splitsLike": {"appropriation": "expenditure"}
    }
    """#
}
