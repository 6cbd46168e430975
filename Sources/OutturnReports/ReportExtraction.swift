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
    /// Numbers with a unit that no rule attributed, in text order (the sentences', then the tables').
    public var unmatched: [UnmatchedStatement] { unattributed.map { $0.quoted(from: text) } }
    let unattributed: [UnattributedNumber]
    /// Every attributed statement (the audit's raw material): the sentences' in text order, then the tables'.
    let statements: [Statement]
    let text: ReportText
    /// What the report's title said (the sections of a long report after its first are read under it).
    let heading: ReportHeading
    /// Whether this is a section, after the first, of a report too long to be read whole (see
    /// `ReportExtractor.extractEach`): its figures and checks are that report's, read from this section alone.
    public internal(set) var continuesReport = false

    /// The figures as a panel (one department, the catalogue indicators found), with provenance.
    public func panel() -> IndicatorPanel { ReportFigures.panel([reportFigures]) }

    /// The figures with where they came from, without the reading behind them (what a panel of many reports is
    /// built from: a compilation's reports are let go one by one).
    public var reportFigures: ReportFigures { ReportFigures(source: source, year: year, figures: figures) }
}

/// What a report's title says: its year, the body it names and its words (which tell the genre: a 预算, a project's
/// self-evaluation, ...).
struct ReportHeading: Sendable {
    /// The report (evaluation) year, when the title or the opening names one.
    let year: Int?
    /// The body the title (or a form's field near the top) names.
    let name: String?
    /// The title's text.
    let text: String
    /// What kind of document the title says it is.
    let genre: ReportGenre
}

/// One report's figures and where they came from.
public struct ReportFigures: Sendable {
    /// The file name (or a label) of the report.
    public let source: String
    /// The report (evaluation) year: the vintage of its figures.
    public let year: Int?
    public let figures: [ExtractedFigure]

    /// The figures of reports as one panel: every department, catalogue indicator and year found, the first
    /// figure given for a department, indicator and year kept (a later report's restatement overrides nothing),
    /// each with its provenance (the report and the text of the figure).
    /// - Complexity: O(cells of the panel + figures), however many reports: built once, not merged report by report.
    public static func panel(_ reports: [ReportFigures]) -> IndicatorPanel {
        let all = reports.lazy.flatMap(\.figures)
        guard let lo = all.map(\.year).min(), let hi = all.map(\.year).max() else { return IndicatorPanel() }
        var departments: [String] = [], indicators: [String] = []
        var seenDepartments = Set<String>(), seenIndicators = Set<String>()
        for f in all {
            if seenDepartments.insert(f.department).inserted { departments.append(f.department) }
            if seenIndicators.insert(f.indicator).inserted { indicators.append(f.indicator) }
        }
        var p = IndicatorPanel(departments: departments.map { Department(id: $0, name: $0) },
                               indicators: indicators.map { IndicatorCatalogue.standard(id: $0)! }, years: lo..<(hi + 1))
        for report in reports {
            for f in report.figures where p[department: f.department, indicator: f.indicator, year: f.year] == nil {
                p[department: f.department, indicator: f.indicator, year: f.year] = f.value
                p.provenance[ObservationKey(department: f.department, indicator: f.indicator, year: f.year)] =
                    Provenance(source: "\(report.source)@\(f.offset): \(f.snippet)", vintage: report.year)
            }
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
                                    offset: st.offset, snippet: text.quote(st.snippet))
        }
    }
}
