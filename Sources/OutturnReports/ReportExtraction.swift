import Foundation
import Outturn

/// Everything read from one report.
public struct ReportExtraction: Sendable {
    /// The file name (or a label) of the report.
    public let source: String
    public let department: String
    /// The report (evaluation) year.
    public let year: Int?
    /// Figures in text order; a figure stated again later (even with another value) is kept once here, the
    /// first time, and every statement is checked in the audit.
    public let figures: [ExtractedFigure]
    public let unmatched: [UnmatchedStatement]
    /// Every attributed statement, in text order (the audit's raw material).
    let statements: [Statement]
    let text: ReportText

    /// The figures as a panel (one department, the catalogue indicators found), with provenance.
    public func panel() -> IndicatorPanel {
        guard let lo = figures.map(\.year).min(), let hi = figures.map(\.year).max() else { return IndicatorPanel() }
        var ids: [String] = []
        for f in figures where !ids.contains(f.indicator) { ids.append(f.indicator) }
        var p = IndicatorPanel(departments: [Department(id: department, name: department)],
                               indicators: ids.map { IndicatorCatalogue.standard(id: $0)! }, years: lo..<(hi + 1))
        for f in figures {
            p[department: department, indicator: f.indicator, year: f.year] = f.value
            p.provenance[ObservationKey(department: department, indicator: f.indicator, year: f.year)] =
                Provenance(source: "\(source)@\(f.offset): \(f.snippet)", vintage: year)
        }
        return p
    }
}

/// What a number in a sentence says.
enum StatementRole: Equatable {
    /// The value of an indicator (or of a subject's budget/actual outside the catalogue) in a year.
    case level
    /// A change from the previous year: +1 for 增加/增长/提高, -1 for 减少/下降/降低.
    case change(sign: Double)
    /// A share (占比) of its parent, percent.
    case share
    /// 完成预算安排的 x%: actual over budget of the subject.
    case completion
    /// 分值: the full marks of a score.
    case weight
    /// 扣 x 分: points deducted.
    case deduction
}

/// One attributed number.
struct Statement {
    /// A catalogue indicator, or "subject:measure" for figures outside it (e.g. "basic:budget").
    let key: String
    let year: Int
    let role: StatementRole
    let value: Double
    let unit: String
    let decimals: Int
    let position: Int
    let offset: Int
    let snippet: String
}
