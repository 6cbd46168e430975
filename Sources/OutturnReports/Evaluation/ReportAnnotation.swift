import Foundation

/// A report text's hand annotation (`<name>.truth.json`): the catalogue figures it states and the arithmetic
/// relations an auditor would check, with the verdict each deserves. The format of ../shared/reports-dev.
public struct ReportAnnotation: Sendable, Decodable {
    public struct Figure: Sendable, Decodable {
        public let indicator: String
        public let year: Int
        /// In the catalogue unit (万元, percent, 人, 分).
        public let value: Double
        public let quote: String?
        /// A reading that is not wrong but not required.
        public let optional: Bool?
        /// With `optional`: an accepted alternative reading of the same indicator and year.
        public let alternative: Bool?
    }

    public struct Relation: Sendable, Decodable {
        public let what: String
        /// The number as the text states it, in the text's unit (`unit`); decreases negative.
        public let stated: Double
        public let recomputed: Double?
        public let consistent: Bool
        /// Off by about one unit of its last digit: either verdict is accepted.
        public let borderline: Bool?
        public let unit: String?
        public let quote: String?
    }

    public let figures: [Figure]
    public let relations: [Relation]

    public init(json: Data) throws { self = try JSONDecoder().decode(ReportAnnotation.self, from: json) }
}

/// How an extraction and an audit compare with an annotation, with the definitions of
/// ../shared/tools/score_reports.py: a figure is found when a record has its indicator and year and a value
/// within 0.5% (or 0.005); wrong when its indicator and year are annotated with another value or its value is
/// annotated under another indicator and year; a relation is right when a check states its number (either sign,
/// 元 / 万元 / 亿元 scales interchangeable) with its verdict (either for a borderline one); a false alarm is an
/// inconsistent check that answers no annotated inconsistency.
public struct ReportScore: Sendable, Equatable {
    public var figuresFound = 0, figuresTotal = 0, figuresWrong = 0, figuresExtra = 0
    public var relationsRight = 0, relationsWrong = 0, relationsMissed = 0, relationsTotal = 0
    public var falseAlarms = 0, duplicateFlags = 0
    /// One line per miss, wrong figure, wrong verdict and false alarm, for people.
    public var notes: [String] = []

    public init() {}

    public static func + (a: ReportScore, b: ReportScore) -> ReportScore {
        var s = a
        s.figuresFound += b.figuresFound; s.figuresTotal += b.figuresTotal; s.figuresWrong += b.figuresWrong; s.figuresExtra += b.figuresExtra
        s.relationsRight += b.relationsRight; s.relationsWrong += b.relationsWrong; s.relationsMissed += b.relationsMissed
        s.relationsTotal += b.relationsTotal; s.falseAlarms += b.falseAlarms; s.duplicateFlags += b.duplicateFlags
        s.notes += b.notes
        return s
    }

    /// Scores the figures and checks of one report against its annotation.
    public static func score(figures: [ExtractedFigure], checks: [AuditCheck], annotation: ReportAnnotation) -> ReportScore {
        var r = ReportScore()
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(0.005 * abs(b), 0.005) }
        // Figures.
        var found = Set<Int>()
        var seen = Set<String>()
        for f in figures {
            let key = "\(f.indicator)|\(f.year)|\((f.value * 1e6).rounded())"
            guard seen.insert(key).inserted else { continue }
            let same = annotation.figures.indices.filter { annotation.figures[$0].indicator == f.indicator && annotation.figures[$0].year == f.year }
            let hit = same.filter { close(f.value, annotation.figures[$0].value) }
            if !hit.isEmpty { found.formUnion(hit); continue }
            if !same.isEmpty || annotation.figures.contains(where: { close(f.value, $0.value) && abs($0.value) > 0 }) {
                r.figuresWrong += 1
                r.notes.append("wrong figure: \(f.indicator) \(f.year) = \(f.value)  «\(f.snippet)»")
            } else {
                r.figuresExtra += 1
            }
        }
        for (i, f) in annotation.figures.enumerated() where f.optional != true {
            r.figuresTotal += 1
            let alternatives = annotation.figures.indices.filter {
                annotation.figures[$0].alternative == true && annotation.figures[$0].indicator == f.indicator && annotation.figures[$0].year == f.year
            }
            if found.contains(i) || alternatives.contains(where: found.contains) { r.figuresFound += 1 }
            else { r.notes.append("missed figure: \(f.indicator) \(f.year) = \(f.value)  «\(f.quote ?? "")»") }
        }
        // Relations.
        func scales(_ rel: ReportAnnotation.Relation) -> [Double] { ["元", "万元", "亿元"].contains(rel.unit ?? "") ? [1, 1e-4, 1e4] : [1] }
        func statedMatch(_ c: AuditCheck, _ rel: ReportAnnotation.Relation) -> Double? {
            scales(rel).first { s in
                let t = abs(rel.stated) * s
                return abs(abs(c.stated) - t) <= max(1e-6 * max(abs(c.stated), t), 1e-9)
            }
        }
        func overlap(_ quote: String?, _ snippet: String) -> Bool {
            let q = Array((quote ?? "").filter { !$0.isWhitespace }), s = snippet.filter { !$0.isWhitespace }
            guard !q.isEmpty, !s.isEmpty else { return false }
            let k = min(6, q.count)
            return (0...(q.count - k)).contains { s.contains(String(q[$0..<($0 + k)])) }
        }
        var used = Set<Int>()
        r.relationsTotal = annotation.relations.count
        for rel in annotation.relations {
            var candidates: [(preference: Double, index: Int, sameRecomputation: Bool)] = []
            for (i, c) in checks.enumerated() where !used.contains(i) {
                guard let s = statedMatch(c, rel) else { continue }
                let same = rel.recomputed.map { abs(abs(c.recomputed) - abs($0) * s) <= max(0.01 * abs($0) * s, 1e-6) } ?? false
                let preference = (same ? 2 : 0) + (overlap(rel.quote, c.snippet) ? 1 : 0) + (c.consistent == rel.consistent ? 0.5 : 0)
                candidates.append((preference, i, same))
            }
            candidates.sort { ($0.preference, -$0.index) > ($1.preference, -$1.index) }
            let usable = candidates.filter { $0.sameRecomputation || rel.borderline == true || checks[$0.index].consistent == rel.consistent }
            guard let best = usable.first else {
                r.relationsMissed += 1
                r.notes.append("missed relation: \(rel.what)")
                continue
            }
            used.insert(best.index)
            let c = checks[best.index]
            if c.consistent == rel.consistent || rel.borderline == true { r.relationsRight += 1 }
            else {
                r.relationsWrong += 1
                r.notes.append("wrong verdict: \(rel.what) (check \(c.check))")
                if !c.consistent { r.falseAlarms += 1 }
            }
        }
        for (i, c) in checks.enumerated() where !used.contains(i) && !c.consistent {
            if annotation.relations.contains(where: { (!$0.consistent || $0.borderline == true) && statedMatch(c, $0) != nil }) {
                r.duplicateFlags += 1
            } else {
                r.falseAlarms += 1
                r.notes.append("false alarm: \(c.check): stated \(c.stated) recomputed \(c.recomputed)  «\(c.snippet)»")
            }
        }
        return r
    }
}
