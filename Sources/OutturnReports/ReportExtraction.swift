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
    /// Every attributed statement (the audit's raw material): the sentences' in text order, then the tables'.
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

/// One statement as the grammar read it, for people checking the reading (`outturn extract --statements`).
public struct StatementReading: Sendable {
    /// `level`, `base-level`, `change`, `share`, `completion`, `weight`, `deduction`.
    public let role: String
    /// What it is of: `subject:measure` or `label:<text>`.
    public let key: String
    public let year: Int
    /// In the catalogue unit (万元, %, 分, 人); a change carries its sign.
    public let value: Double
    public let unit: String
    public let label: String
    public let rule: String
    /// Offsets of the breakdown total it is a part of, and of the statement it is about.
    public let parentOffset: Int?
    public let aboutOffset: Int?
    public let offset: Int
    public let snippet: String
}

extension ReportExtraction {
    /// Every statement read, in the order read.
    public var readings: [StatementReading] {
        statements.map { st in
            let role: String
            var value = st.value
            switch st.role {
            case .level: role = "level"
            case .baseLevel: role = "base-level"
            case let .change(sign): role = "change"; value *= sign
            case .share: role = "share" + (st.shareOf.map { $0.isEmpty ? "" : " of " + $0 } ?? "")
            case .completion: role = "completion"
            case .weight: role = "weight"
            case .deduction: role = "deduction"
            }
            return StatementReading(role: role, key: st.key, year: st.year, value: value, unit: st.unit, label: st.label, rule: st.rule,
                                    parentOffset: st.parent.map { statements[$0].offset }, aboutOffset: st.about.map { statements[$0].offset },
                                    offset: st.offset, snippet: st.snippet)
        }
    }
}
