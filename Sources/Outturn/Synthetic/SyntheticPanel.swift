import RealModule
/// Generates realistic, deterministic panels of provincial departments for tests, demos and benchmarks.
///
/// Each department gets the standard indicators of `IndicatorCatalogue` with the relations real reports show:
/// staff drifting slowly; personnel cost = staff x a per-capita cost growing 3-6% a year; public (公用) cost a
/// share of personnel; basic = personnel + public (fully spent); project budgets growing a few percent a year with
/// department-specific drift; appropriation budget = basic + project budget; an execution rate that is
/// persistent over years (mostly 80-100%) and determines actual spending; revenue a little above the
/// appropriation; "三公" expenses a small, shrinking share; evaluation scores consistent with execution.
/// Occasional structural breaks (a reorganisation scales the project budget), missing years (a department that
/// did not report, or that was created later) and a few outliers (a misplaced decimal point) are mixed in.
///
/// The same configuration always gives the same panel (SplitMix64, one stream per department), at any scale.
public struct SyntheticPanel: Sendable, Hashable {
    /// Number of departments.
    public var departmentCount: Int
    /// Years covered.
    public var years: Range<Int>
    /// Random seed.
    public var seed: UInt64
    /// Share of department-years left missing (a report not published), in [0, 1).
    public var missingShare: Double
    /// Share of cells replaced by an outlier, in [0, 1).
    public var outlierShare: Double
    /// Probability that a department goes through one reorganisation (a break in its project budget).
    public var breakProbability: Double

    public init(
        departments: Int, years: Range<Int>, seed: UInt64 = 1, missingShare: Double = 0.03,
        outlierShare: Double = 0.002, breakProbability: Double = 0.15
    ) {
        precondition(departments >= 0, "department count must be non-negative")
        precondition(!years.isEmpty, "the year range must not be empty")
        precondition((0..<1).contains(missingShare) && (0..<1).contains(outlierShare), "shares must be in [0, 1)")
        self.departmentCount = departments
        self.years = years
        self.seed = seed
        self.missingShare = missingShare
        self.outlierShare = outlierShare
        self.breakProbability = breakProbability
    }

    /// The generated panel.
    /// - Complexity: O(departments * years * indicators).
    public func generate() -> IndicatorPanel {
        let indicators = IndicatorCatalogue.standard
        let t = years.count
        let departments = (0..<departmentCount).map(Self.department(number:))
        var blocks = indicators.map { _ in [Double](repeating: .nan, count: departmentCount * t) }
        let slot = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        for d in 0..<departmentCount {
            var rng = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(d) &* 0x9E37_79B9_7F4A_7C15)
            let rows = Self.simulate(years: t, rng: &rng, missingShare: missingShare, outlierShare: outlierShare,
                                     breakProbability: breakProbability)
            for (id, values) in rows {
                let i = slot[id]!
                for k in 0..<t { blocks[i][d * t + k] = values[k] }
            }
        }
        return IndicatorPanel(departments: departments, indicators: indicators, years: years, blocks: blocks)
    }

    // MARK: Departments

    private struct Province { let code: String; let name: String }
    private struct Office { let code: String; let name: String; let group: String; let size: Double }

    private static let provinces: [Province] = [
        ("hun", "湖南省"), ("hub", "湖北省"), ("gd", "广东省"), ("js", "江苏省"), ("zj", "浙江省"), ("sc", "四川省"),
        ("hen", "河南省"), ("sd", "山东省"), ("heb", "河北省"), ("ah", "安徽省"), ("fj", "福建省"), ("jx", "江西省"),
        ("sx", "山西省"), ("snx", "陕西省"), ("gs", "甘肃省"), ("yn", "云南省"), ("gz", "贵州省"), ("ln", "辽宁省"),
        ("jl", "吉林省"), ("hl", "黑龙江省"), ("hi", "海南省"), ("qh", "青海省"),
    ].map { Province(code: $0.0, name: $0.1) }

    private static let offices: [Office] = [
        ("finance", "财政厅", "综合管理", 1.2), ("education", "教育厅", "教育科技", 2.5), ("science", "科学技术厅", "教育科技", 1.6),
        ("industry", "工业和信息化厅", "经济发展", 1.4), ("security", "公安厅", "政法", 3.0), ("civil-affairs", "民政厅", "社会保障", 1.3),
        ("justice", "司法厅", "政法", 1.1), ("hr", "人力资源和社会保障厅", "社会保障", 1.5), ("resources", "自然资源厅", "资源环境", 1.8),
        ("environment", "生态环境厅", "资源环境", 1.5), ("housing", "住房和城乡建设厅", "经济发展", 1.2), ("transport", "交通运输厅", "经济发展", 2.8),
        ("water", "水利厅", "资源环境", 2.2), ("agriculture", "农业农村厅", "经济发展", 2.0), ("commerce", "商务厅", "经济发展", 0.9),
        ("culture", "文化和旅游厅", "教育科技", 1.1), ("health", "卫生健康委员会", "社会保障", 2.4), ("veterans", "退役军人事务厅", "社会保障", 0.8),
        ("emergency", "应急管理厅", "政法", 1.0), ("audit", "审计厅", "综合管理", 0.9), ("market", "市场监督管理局", "经济发展", 1.6),
        ("statistics", "统计局", "综合管理", 0.7), ("forestry", "林业局", "资源环境", 1.3), ("medical-insurance", "医疗保障局", "社会保障", 0.8),
        ("sports", "体育局", "教育科技", 0.9), ("offices", "机关事务管理局", "综合管理", 1.0), ("grain", "粮食和物资储备局", "经济发展", 0.8),
        ("drugs", "药品监督管理局", "社会保障", 0.7), ("civil-defence", "人民防空办公室", "政法", 0.6), ("congress", "人大常委会办公厅", "综合管理", 1.3),
    ].map { Office(code: $0.0, name: $0.1, group: $0.2, size: $0.3) }

    /// The department generated as number `n` (0-based): offices of one province, then the next province; past
    /// the last province the cycle repeats with a numbered suffix, so ids stay unique at any scale.
    public static func department(number n: Int) -> Department {
        let office = offices[n % offices.count]
        let p = n / offices.count
        let province = provinces[p % provinces.count]
        let round = p / provinces.count
        let id = "\(province.code)-\(office.code)" + (round > 0 ? "-\(round + 1)" : "")
        let name = province.name + office.name + (round > 0 ? "（\(round + 1)）" : "")
        return Department(id: id, name: name, attributes: ["region": province.name, "level": "省级", "group": office.group])
    }

    // MARK: Simulation of one department

    private static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    private static func simulate(
        years t: Int, rng: inout SplitMix64, missingShare: Double, outlierShare: Double, breakProbability: Double
    ) -> [(String, [Double])] {
        // Department-level parameters.
        let scale = Double.exp(0.6 * rng.normal())                         // size relative to a typical department
        var staff = (120 * scale * rng.uniform(0.6, 1.6)).rounded()
        let staffDrift = rng.uniform(-0.015, 0.02)
        var perCapita = rng.uniform(14, 22)                           // 万元 per person per year
        let perCapitaGrowth = rng.uniform(0.03, 0.06)
        let publicShare = rng.uniform(0.15, 0.30)
        var project = staff * rng.uniform(8, 40)                      // 万元
        let projectGrowth = rng.uniform(-0.01, 0.08)
        let rateLevel = min(99.5, max(70, 92 + 4 * rng.normal()))    // persistent execution level, percent
        let rateNoise = rng.uniform(1, 4)
        let retireeRatio = rng.uniform(0.3, 0.8)
        let threePublicShare = rng.uniform(0.01, 0.03)
        let startYear = rng.uniform() < 0.05 ? Int(rng.uniform(1, Double(max(2, t / 2)))) : 0  // created later
        let breakYear = rng.uniform() < breakProbability ? Int(rng.uniform(2, Double(max(3, t)))) : -1
        let breakFactor = rng.uniform() < 0.5 ? rng.uniform(0.45, 0.8) : rng.uniform(1.3, 1.9)

        var ids = IndicatorCatalogue.standard.map(\.id)
        var rows = Dictionary(uniqueKeysWithValues: ids.map { ($0, [Double](repeating: .nan, count: t)) })
        var rateDeviation = 0.0
        for k in 0..<t {
            staff = max(5, (staff * (1 + staffDrift + 0.01 * rng.normal())).rounded())
            perCapita *= 1 + perCapitaGrowth + 0.01 * rng.normal()
            project *= 1 + projectGrowth + 0.06 * rng.normal()
            if k == breakYear { project *= breakFactor }
            rateDeviation = 0.6 * rateDeviation + rateNoise * rng.normal()  // AR(1): persistent over years
            let rate = min(101.5, max(40, rateLevel + rateDeviation))
            if k < startYear || rng.uniform() < missingShare { continue }

            let personnel = round2(staff * perCapita)
            let publicCost = round2(personnel * publicShare)
            let basic = personnel + publicCost
            let projectBudget = round2(project)
            let appropriationBudget = basic + projectBudget
            let appropriationFinal = round2(appropriationBudget * rate / 100)
            let projectSpent = appropriationFinal - basic
            let revenue = round2(appropriationBudget * rng.uniform(1.0, 1.08))
            let total = round2(appropriationFinal + revenue * rng.uniform(0, 0.04))
            let threeBudget = round2(publicCost * threePublicShare * Double.pow(0.97, Double(k)))
            let threeSpent = round2(threeBudget * rng.uniform(0.6, 1.0))
            let executionRate = round2(100 * appropriationFinal / appropriationBudget)
            let executionScore = round2(min(10, 10 * executionRate / 100))
            let output = round2(min(50, 50 - max(0, rng.normal()) * 2))
            let benefit = round2(min(30, 30 - max(0, rng.normal()) * 1.5))
            let satisfaction = round2(min(10, 10 - max(0, rng.normal()) * 0.5))
            let values: [String: Double] = [
                "budget_revenue": revenue, "total_expenditure": total, "basic_expenditure": round2(basic),
                "personnel_expenditure": personnel, "public_expenditure": publicCost,
                "public_expenditure_budget": round2(publicCost * rng.uniform(1.0, 1.03)),
                "project_budget": projectBudget, "project_expenditure": round2(projectSpent),
                "appropriation_budget": round2(appropriationBudget), "appropriation_final": appropriationFinal,
                "execution_rate": executionRate, "three_public_budget": threeBudget,
                "three_public_expenditure": threeSpent, "staff_in_service": staff,
                "retirees": (staff * retireeRatio).rounded(), "score_total": round2(executionScore + output + benefit + satisfaction),
                "score_budget_execution": executionScore, "score_output": output, "score_benefit": benefit,
                "score_satisfaction": satisfaction,
            ]
            for (id, v) in values { rows[id]![k] = v }
        }
        // A few outliers: a misplaced decimal point in one amount.
        for id in ids where IndicatorCatalogue.standard(id: id)?.kind == .amount {
            for k in 0..<t where !rows[id]![k].isNaN && rng.uniform() < outlierShare {
                rows[id]![k] = round2(rows[id]![k] * (rng.uniform() < 0.5 ? 10 : 0.1))
            }
        }
        ids.sort()
        return ids.map { ($0, rows[$0]!) }
    }
}
