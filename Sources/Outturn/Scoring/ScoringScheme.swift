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

/// A ratio indicator a scheme derives: `id` = scale x numerator / denominator.
public struct DerivedRatio: Sendable, Hashable, Codable {
    public var id: String
    public var numerator: String
    public var denominator: String
    /// 100 for a percentage.
    public var scale: Double
    /// Unit of the result, `%` by default.
    public var unit: String?
}

/// A grade and the lowest total that earns it.
public struct GradeThreshold: Sendable, Hashable, Codable {
    public var grade: String
    /// Points (inclusive).
    public var minimum: Double

    public init(grade: String, minimum: Double) {
        self.grade = grade
        self.minimum = minimum
    }
}

/// One scored indicator.
public struct ScoringItem: Sendable, Hashable, Codable {
    public var indicator: String
    /// Full marks, in points (分).
    public var weight: Double
    public var rule: ScoringRule

    public init(indicator: String, weight: Double, rule: ScoringRule) {
        precondition(weight >= 0, "a weight is a non-negative number of points")
        self.indicator = indicator
        self.weight = weight
        self.rule = rule
    }
}

/// How an indicator's value becomes points. Points never go below 0 or above the item's weight.
public enum ScoringRule: Sendable, Hashable, Codable {
    /// weight x value / 100 for a rate in percent (预算执行率 92.56% of 10 points = 9.256).
    case proportional
    /// The value is already points (an evaluator's score), capped at the weight.
    case given
    /// The first band the value falls in gives the points; `otherwise` when none does.
    case bands([ScoreBand], otherwise: Double)
    /// Full weight while the value is at most `limit`; `points` lost per `per` units above it ("三公"经费控制率:
    /// within 100% 6 points, minus 1 per percentage point over).
    case deduction(limit: Double, per: Double, points: Double)

    private enum CodingKeys: String, CodingKey { case type, bands, otherwise, limit, per, points }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "proportional": self = .proportional
        case "given": self = .given
        case "bands": self = .bands(try c.decode([ScoreBand].self, forKey: .bands), otherwise: try c.decodeIfPresent(Double.self, forKey: .otherwise) ?? 0)
        case "deduction":
            self = .deduction(limit: try c.decode(Double.self, forKey: .limit), per: try c.decodeIfPresent(Double.self, forKey: .per) ?? 1,
                              points: try c.decode(Double.self, forKey: .points))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown rule type \"\(other)\" (proportional, given, bands, deduction)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .proportional: try c.encode("proportional", forKey: .type)
        case .given: try c.encode("given", forKey: .type)
        case let .bands(bands, otherwise):
            try c.encode("bands", forKey: .type)
            try c.encode(bands, forKey: .bands)
            try c.encode(otherwise, forKey: .otherwise)
        case let .deduction(limit, per, points):
            try c.encode("deduction", forKey: .type)
            try c.encode(limit, forKey: .limit)
            try c.encode(per, forKey: .per)
            try c.encode(points, forKey: .points)
        }
    }

    /// Points for `value` under this rule for an item of `weight` points.
    public func points(for value: Double, weight: Double) -> Double {
        let raw: Double
        switch self {
        case .proportional: raw = weight * value / 100
        case .given: raw = value
        case let .bands(bands, otherwise): raw = bands.first { $0.contains(value) }?.points ?? otherwise
        case let .deduction(limit, per, points): raw = weight - max(0, (value - limit) / per) * points
        }
        return min(weight, max(0, raw))
    }
}

/// A band of values and its points: `minimum <= value <= maximum`, either bound optional.
public struct ScoreBand: Sendable, Hashable, Codable {
    public var minimum: Double?
    public var maximum: Double?
    public var points: Double

    public init(minimum: Double? = nil, maximum: Double? = nil, points: Double) {
        self.minimum = minimum
        self.maximum = maximum
        self.points = points
    }

    func contains(_ v: Double) -> Bool { (minimum.map { v >= $0 } ?? true) && (maximum.map { v <= $0 } ?? true) }
}

/// The score of one department in one year.
public struct DepartmentScore: Sendable, Equatable {
    public let department: String
    public let year: Int
    /// Points per scheme item, in scheme order; nil where the indicator has no value.
    public let points: [Double?]
    /// The sum of the points; nil when any item is missing (a partial total would mislead).
    public let total: Double?
    public let grade: String?
    /// Items without a value.
    public let missing: [String]
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
