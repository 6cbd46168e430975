/// A performance-evaluation scheme: indicators with weights (points) and a rule each, and grade thresholds.
///
/// Described in a small JSON file (see `Sources/OutturnIO/Schemes/standard.json`):
/// ```json
/// {"name": "standard", "decimals": 2,
///  "grades": [{"grade": "优", "minimum": 90}, {"grade": "良", "minimum": 80}, {"grade": "中", "minimum": 60}, {"grade": "差", "minimum": 0}],
///  "items": [{"indicator": "execution_rate", "weight": 10, "rule": {"type": "proportional"}}, ...]}
/// ```
public struct ScoringScheme: Sendable, Hashable, Codable {
    /// Short name, e.g. `"standard"`.
    public var name: String
    /// What the scheme is, in words.
    public var title: String?
    /// Decimals each item's points are rounded to before summing (reports state points to 0.01); nil = no rounding.
    public var decimals: Int?
    /// Grades from the highest threshold down; a total at or above `minimum` gets that grade.
    public var grades: [GradeThreshold]
    public var items: [ScoringItem]
    /// Ratios the items score that the data may not hold directly, computed first (e.g. "三公"经费控制率 =
    /// 100 x actual / budget).
    public var derived: [DerivedRatio]?

    public init(name: String, title: String? = nil, decimals: Int? = 2, grades: [GradeThreshold] = ScoringScheme.chineseGrades,
                items: [ScoringItem], derived: [DerivedRatio]? = nil) {
        self.name = name
        self.title = title
        self.decimals = decimals
        self.grades = grades
        self.items = items
        self.derived = derived
    }

    /// 优 90 and above, 良 80 to below 90, 中 60 to below 80, 差 below 60 (财政部 rule).
    public static let chineseGrades: [GradeThreshold] = [
        GradeThreshold(grade: "优", minimum: 90), GradeThreshold(grade: "良", minimum: 80),
        GradeThreshold(grade: "中", minimum: 60), GradeThreshold(grade: "差", minimum: 0),
    ]

    /// The grade of a total.
    public func grade(of total: Double) -> String? {
        grades.sorted { $0.minimum > $1.minimum }.first { total >= $0.minimum }?.grade
    }
}

extension ScoringScheme {
    /// Scores every department in every year (or `years`) where at least one scheme indicator has a value.
    ///
    /// - Throws: `DataError` when a scheme indicator is not in the panel (with close ids suggested).
    public func score(panel: IndicatorPanel, years: [Int]? = nil) throws -> [DepartmentScore] {
        var panel = panel
        for r in derived ?? [] where panel.position(ofIndicator: r.id) == nil {
            try panel.derive(Indicator(id: r.id, unit: r.unit ?? "%", kind: .rate),
                             .ratio(numerator: r.numerator, denominator: r.denominator, scale: r.scale))
        }
        let positions = try items.map { item -> Int in
            _ = try panel.indicator(item.indicator)
            return panel.position(ofIndicator: item.indicator)!
        }
        var out: [DepartmentScore] = []
        for (d, dep) in panel.departments.enumerated() {
            for year in years ?? Array(panel.years) where panel.years.contains(year) {
                let t = year - panel.years.lowerBound
                let values = positions.map { panel.series(departmentAt: d, indicatorAt: $0)[t] }
                if values.allSatisfy(\.isNaN) { continue }
                let points: [Double?] = zip(items, values).map { item, v in
                    v.isNaN ? nil : round(item.rule.points(for: v, weight: item.weight))
                }
                let missing = zip(items, points).filter { $0.1 == nil }.map(\.0.indicator)
                let total: Double? = missing.isEmpty ? round(points.reduce(0) { $0 + $1! }) : nil
                out.append(DepartmentScore(department: dep.id, year: year, points: points, total: total,
                                           grade: total.flatMap { grade(of: $0) }, missing: missing))
            }
        }
        return out
    }

    private func round(_ x: Double) -> Double {
        guard let decimals else { return x }
        let scale = (0..<decimals).reduce(1.0) { r, _ in r * 10 }
        return (x * scale).rounded() / scale
    }

    /// The standard Chinese self-evaluation scheme: 预算执行率 10 (proportional), 产出 50, 效益 30, 满意度 10
    /// (evaluator's points).
    public static let standard = ScoringScheme(
        name: "standard", title: "部门整体支出绩效自评（预算执行 10、产出 50、效益 30、满意度 10）", decimals: 2,
        items: [
            ScoringItem(indicator: "execution_rate", weight: 10, rule: .proportional),
            ScoringItem(indicator: "score_output", weight: 50, rule: .given),
            ScoringItem(indicator: "score_benefit", weight: 30, rule: .given),
            ScoringItem(indicator: "score_satisfaction", weight: 10, rule: .given),
        ])
}
