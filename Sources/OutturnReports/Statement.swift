/// What a number in a report says: its role in the sentence.
enum StatementRole: Equatable, Sendable {
    /// The value of something in a year.
    case level
    /// The value of the same thing in an earlier year, stated as the base of a comparison (较上年度 8,000 万元).
    case baseLevel
    /// A change from a base year: +1 for 增加/增长/提高, -1 for 减少/下降/降低/压缩. An amount, or a percent.
    case change(sign: Double)
    /// A share (占 ... 的 x%, 占比 x%) of a parent, percent.
    case share
    /// 完成预算安排的 x%: actual over budget of the subject, percent.
    case completion
    /// 分值 / 权重: the full marks of a score.
    case weight
    /// 扣 x 分: points deducted.
    case deduction
}

/// The words around a statement's number that outputs quote: a span of the report's normalised text (`ReportText.quote`
/// gives its words), or words of their own (a table row's cells, one string shared by the row's cells).
/// (A span, not a string of its own: a dense text states a number every eight characters, and their 52,920 strings had
/// taken 11.9 MB of the 1 MB run-on list of deductions' peak.)
enum Snippet: Hashable, Sendable {
    /// Scalars `from..<to` of the normalised text.
    case span(from: Int32, to: Int32)
    case words(String)

    /// No words (a statement the audit makes up to compare with, a label read from its clause).
    static let empty = Snippet.words("")
}

/// One attributed number, with everything the grammar learnt about it.
///
/// (Held compactly: a dense text states a number every eight characters, 52,920 statements in a 1 MB run-on list of
/// deductions, and every reader's list of them is copied once into the report's. The links are stored as 32-bit
/// indices and the fields few statements have (a base year, a share's parent, another body ...) in one shared
/// immutable box, so a statement is 192 bytes, not 408; each is still read and written as an ordinary property.)
struct Statement: Sendable {
    /// What the number is of: `subject:measure` (`basic:budget`, `revenue:`), or `label:<text>` when the label
    /// names no known subject (委员活动经费).
    var key: String
    /// The vocabulary subject, when the label (or its context) names one.
    var subject: String?
    /// `budget`, `actual`, or nil.
    var measure: String?
    /// `initial` (年初) or `adjusted` (调整后, 全年) for budgets.
    var stage: String?
    /// The label phrase as written (normalised), without years and copulas.
    var label: String
    /// In the catalogue unit: 万元 for amounts, percent, 分, 人.
    var value: Double
    var unit: String
    /// Position in the normalised text, and offset in the original (Unicode scalars).
    var position: Int
    var offset: Int
    /// Which rule of the grammar produced it (`clause-label`, `sentence-topic`, `heading-topic`, `table-row` ...).
    var rule: String
    private var rare: Rare?
    // (The fields below in this order: a role's 9 bytes and a snippet's 17 pack with the small ones into 48.)
    var role: StatementRole
    /// An amount to a date within the year (截至 2024 年 6 月 30 日, 1—6 月, 上半年), a projection (预计全年支出) or a
    /// target (确保执行率达到 90%): checked like any other, but no figure of the year.
    var isNoOutturn = false
    private var storedDecimals: Int16
    private var storedYear: Int32
    /// The words around the number that a figure or a check quotes (`ReportText.quote`).
    var snippet: Snippet
    private var storedAbout = Self.none
    private var storedParent = Self.none
    private var storedBreakdown = Self.none

    init(key: String, subject: String?, measure: String?, stage: String?, label: String, year: Int, role: StatementRole,
         value: Double, unit: String, decimals: Int, position: Int, offset: Int, snippet: Snippet, rule: String) {
        self.key = key
        self.subject = subject
        self.measure = measure
        self.stage = stage
        self.label = label
        self.value = value
        self.unit = unit
        self.position = position
        self.offset = offset
        self.snippet = snippet
        self.rule = rule
        self.role = role
        storedDecimals = Int16(decimals)
        storedYear = Int32(year)
    }

    var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(newValue) }
    }
    /// Decimals as printed, in the catalogue unit (a 元 figure printed with 2 decimals has 6 in 万元).
    var decimals: Int {
        get { Int(storedDecimals) }
        set { storedDecimals = Int16(newValue) }
    }
    /// For a change, share or completion: the statement (index) it is about, when stated in the same sentence.
    var about: Int? {
        get { Self.index(storedAbout) }
        set { storedAbout = Self.stored(newValue) }
    }
    /// For a part of a breakdown (其中): the statement (index) of its total.
    var parent: Int? {
        get { Self.index(storedParent) }
        set { storedParent = Self.stored(newValue) }
    }
    /// For a part: where its breakdown was opened (the sentence's start; nil in a table), so that two breakdowns of
    /// one total (从结构来看 … 从组织形式来看 …) add up apart.
    var breakdown: Int? {
        get { Self.index(storedBreakdown) }
        set { storedBreakdown = Self.stored(newValue) }
    }

    /// For a gap between two levels (总支出大于总收入 465.63 万元, rule `gap`): the smaller (index); `about` is the larger.
    var less: Int? {
        get { self[rare: \.less] }
        set { self[rare: \.less] = newValue }
    }
    /// For a cell of a table whose columns are a total and its parts (科目名称 | 合计 | 基本支出 | 项目支出), in a row
    /// below the 合计 row: the statement (index) of its row's total cell. The cell's `parent` is its column's 合计:
    /// a cell is a part of two sums. Also, for an item of a list that a closing total adds up again (以上 5 个项目合计
    /// T after the items of 项目支出预算 …，主要项目如下：), that closing total.
    var across: Int? {
        get { self[rare: \.across] }
        set { self[rare: \.across] = newValue }
    }
    /// For a score or full marks in a row of a score table: the section the table's first label column names for
    /// its block of rows (产出指标 on the block's first row, blank below it), which the rows' scores add up to.
    var scoreSection: String? {
        get { self[rare: \.scoreSection] }
        set { self[rare: \.scoreSection] = newValue }
    }
    /// For a change: the year and measure it compares with (比 2021 年度决算).
    var baseYear: Int? {
        get { self[rare: \.baseYear] }
        set { self[rare: \.baseYear] = newValue }
    }
    var baseMeasure: String? {
        get { self[rare: \.baseMeasure] }
        set { self[rare: \.baseMeasure] = newValue }
    }
    /// For a completion rate: the budget's stage the text names (完成年初预算的 -> initial, 完成调整预算的 -> adjusted).
    var baseStage: String? {
        get { self[rare: \.baseStage] }
        set { self[rare: \.baseStage] = newValue }
    }
    /// For a share: the parent as the text names it (占支出总预算的 -> 支出总预算), "" for 占比.
    var shareOf: String? {
        get { self[rare: \.shareOf] }
        set { self[rare: \.shareOf] = newValue }
    }
    /// For a share of several items taken together (经营收入 a，附属单位上缴收入 b，两项合计占 0.1%): how many levels, the
    /// last of them `about`, it is the share of.
    var together: Int? {
        get { self[rare: \.together] }
        set { self[rare: \.together] = newValue }
    }
    /// A total whose 其中 names the same item again (总支出 620.40 万元，其中本年支出 430.60 万元): it holds more than
    /// the year's figure (balances carried over), like a 总计.
    var holdsTheYearsTotal: Bool {
        get { self[rare: \.holdsTheYearsTotal] }
        set { self[rare: \.holdsTheYearsTotal] = newValue }
    }
    /// For a revenue total stated for both sides at once (收支总预算 X, 收、支总计均为 X, 财政拨款收入支出总计 X): the
    /// subject of the spending it states too (`expenditure`, `appropriation`), whose figure it is when the text states
    /// that spending nowhere else. (Kept one statement: the checks read it as the revenue it names first, and a
    /// second statement of one amount would be checked twice.)
    var spendingToo: String? {
        get { self[rare: \.spendingToo] }
        set { self[rare: \.spendingToo] = newValue }
    }
    /// For a closing sum of scores (以上三项指标满分 50 分，共得 46.5 分): how many of the scores (or full marks) stated
    /// before it it adds up.
    var summedScores: Int? {
        get { self[rare: \.summedScores] }
        set { self[rare: \.summedScores] = newValue }
    }
    /// Another body the figure is of, when the part of the sentence that states it opens by naming one that is not
    /// the report's own (a news report of many departments' accounts: 北京市公安局的“三公”经费决算数为 …；北京市环境
    /// 保护局 …): such a figure is no figure of the report's and is checked only against what the text says of it
    /// in the same place.
    var body: String? {
        get { self[rare: \.body] }
        set { self[rare: \.body] = newValue }
    }

    /// Moves the links into the statement's list (`parent`, `about`, `across`) by `shift`: the list is joined after
    /// `shift` statements of others.
    mutating func shiftLinks(by shift: Int) {
        parent = parent.map { $0 + shift }
        about = about.map { $0 + shift }
        across = across.map { $0 + shift }
    }

    /// The fields few statements have.
    private struct RareFields: Equatable, Sendable {
        var less: Int?
        var across: Int?
        var scoreSection: String?
        var baseYear: Int?
        var baseMeasure: String?
        var baseStage: String?
        var shareOf: String?
        var together: Int?
        var holdsTheYearsTotal = false
        var spendingToo: String?
        var summedScores: Int?
        var body: String?
    }

    /// Immutable, so that copies of a statement share it safely; a write makes a new one.
    private final class Rare: Sendable {
        let fields: RareFields
        init(_ fields: RareFields) { self.fields = fields }
    }

    /// One of the rare fields: read from the box (its default when there is none), written into a new box.
    private subscript<Value>(rare field: WritableKeyPath<RareFields, Value>) -> Value {
        get { (rare?.fields ?? RareFields())[keyPath: field] }
        set {
            var fields = rare?.fields ?? RareFields()
            fields[keyPath: field] = newValue
            // (Most writes are of nil, 'of no other body': a statement with none of these fields keeps no box.)
            rare = fields == RareFields() ? nil : Rare(fields)
        }
    }

    /// No statement: the stored form of a nil link.
    private static let none: Int32 = -1

    private static func index(_ stored: Int32) -> Int? { stored == none ? nil : Int(stored) }

    private static func stored(_ index: Int?) -> Int32 {
        guard let index else { return none }
        precondition(index >= 0 && index < Int(Int32.max), "a statement's index out of range")
        return Int32(index)
    }

    /// Whether the number is a term of one check of its own: an end or the size of a move (由 312 辆减少到 286 辆，减少
    /// 26 辆; 由 91.2% 提高到 94.5%), a target's plan or outcome (计划 120 公里，实际完成 126 公里), a term of a rate worked
    /// out inline (1,298.60/1,352.40×100%), an average per unit or its terms (车均运行维护费 2.10 万元), the gap between
    /// two levels (总支出大于总收入 465.63 万元): checked only there, never the whole of a share.
    var isTermOfItsOwnCheck: Bool {
        ["quantity-move", "point-change", "target-plan", "target-actual", "target-completion", "formula-term", "average-term", "average", "standard-term", "standard-sum", "gap"].contains(rule)
    }

    /// The words a check names the statement by: its label, else (a table's cell or a label read from its clause with
    /// none) its key.
    var checkName: String { label.isEmpty ? key : label }

    /// A table cell's column by its measure and stage (`initial budget`, `actual`), "" when it has neither: what names
    /// one of a row's cells side by side (年度资金总额 (initial budget), (adjusted budget), (actual)).
    var columnsMeasure: String { [stage, measure].compactMap { $0 }.joined(separator: " ") }

    /// Whether the number is a table's cell (a row under its header), not a sentence's.
    var isTableCell: Bool { rule == "table-row" }

    /// For an item the vocabulary does not know, keyed by its label and measure (a table's `label:X:budget`): the key
    /// of the same label in another measure (`label:X:actual`); nil for any other key.
    func labelKey(inMeasure other: String) -> String? {
        let own = ":" + (measure ?? "-")
        return key.hasPrefix("label:") && key.hasSuffix(own) ? String(key.dropLast(own.count)) + ":" + other : nil
    }

    /// Half a unit of the last printed digit: the rounding the text allows. None for a whole count of people or
    /// things (46 人, 24 个, 5 辆): those are exact, and a list of them one short must not pass as rounding.
    var halfUnit: Double { decimals == 0 && Self.wholeCountUnits.contains(unit) ? 0 : 0.5 * pow10(-decimals) }

    /// Units of things counted one by one.
    static let wholeCountUnits: Set<String> = ["人", "名", "辆", "个", "家", "所", "项", "台", "套", "户", "次", "人次", "批次", "场次", "户次", "车次", "架次", "批", "份", "座", "处", "件", "场", "栋", "间", "起", "笔"]
}

func pow10(_ n: Int) -> Double {
    var r = 1.0
    if n >= 0 { for _ in 0..<n { r *= 10 } } else { for _ in 0..<(-n) { r /= 10 } }
    return r
}
