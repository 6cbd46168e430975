import Foundation
import Outturn

/// Recomputes every relation a report states or implies: parts that add up to totals, shares, year-on-year
/// changes as amounts and as percents (and two statements of one change that disagree), execution rates,
/// scores (sub-scores and total, full marks minus deduction, execution score = weight x rate), and figures
/// stated twice with different values.
public enum ReportAudit {
    public static func audit(_ e: ReportExtraction) -> [AuditCheck] {
        var checks: [AuditCheck] = []
        let levels = e.statements.filter { $0.role == .level }
        var level: [String: Statement] = [:]
        for st in levels where level["\(st.key)|\(st.year)"] == nil { level["\(st.key)|\(st.year)"] = st }
        func L(_ key: String, _ year: Int) -> Statement? { level["\(key)|\(year)"] }
        func half(_ st: Statement) -> Double { 0.5 * pow(10, -Double(st.decimals)) }
        func add(_ name: String, _ stated: Statement, _ recomputed: Double, _ tolerance: Double, sign: Double = 1) {
            let v = sign * stated.value
            checks.append(AuditCheck(check: name, stated: v, recomputed: recomputed, difference: v - recomputed,
                                     tolerance: tolerance, consistent: abs(v - recomputed) <= tolerance + 1e-9 * max(1, abs(v)),
                                     snippet: stated.snippet, offset: stated.offset))
        }
        let years = Set(levels.map(\.year)).sorted()

        // Figures stated twice.
        for st in levels {
            if let first = L(st.key, st.year), first.position != st.position {
                add("\(st.key) \(st.year) stated again (first: \(DecimalText.shortest(first.value)))", st, first.value, half(st) + half(first))
            }
        }
        // Parts that add up to totals.
        let sums: [(String, [String])] = [
            ("basic_expenditure", ["personnel_expenditure", "public_expenditure"]),
            ("total_expenditure", ["basic_expenditure", "project_expenditure"]),
            ("score_total", ["score_budget_execution", "score_output", "score_benefit", "score_satisfaction"]),
        ]
        let threePublicParts = ["three_public:reception", "three_public:vehicles", "three_public:vehicle_running",
                                "three_public:vehicle_purchase", "three_public:travel"]
        for y in years {
            for (total, parts) in sums {
                guard let t = L(total, y) else { continue }
                let ps = parts.compactMap { L($0, y) }
                guard ps.count == parts.count else { continue }
                add("\(total) = \(parts.joined(separator: " + ")) (\(y))", t, ps.reduce(0) { $0 + $1.value }, half(t) + ps.reduce(0) { $0 + half($1) })
            }
            // "三公" = its parts, when at least two parts are stated.
            if let t = L("three_public_expenditure", y) {
                let ps = threePublicParts.compactMap { L($0, y) }
                if ps.count >= 2 {
                    add("three_public_expenditure = " + ps.map(\.key).joined(separator: " + ") + " (\(y))", t, ps.reduce(0) { $0 + $1.value },
                        half(t) + ps.reduce(0) { $0 + half($1) })
                }
            }
            // Execution rate = final / budget of the appropriation.
            if let r = L("execution_rate", y), let f = L("appropriation_final", y), let b = L("appropriation_budget", y), b.value != 0 {
                add("execution_rate = 100 x appropriation_final / appropriation_budget (\(y))", r, 100 * f.value / b.value,
                    half(r) + 100 * (half(f) / b.value + f.value * half(b) / (b.value * b.value)))
            }
        }
        // Shares, completion rates, changes, score rules.
        let parent = ["personnel_expenditure": "basic_expenditure", "public_expenditure": "basic_expenditure",
                      "basic_expenditure": "total_expenditure", "project_expenditure": "total_expenditure"]
        var changeAmounts: [String: [Statement]] = [:]
        for st in e.statements {
            switch st.role {
            case .share:
                guard let part = L(st.key, st.year), let whole = parent[st.key].flatMap({ L($0, st.year) }), whole.value != 0 else { continue }
                add("share of \(st.key) in \(parent[st.key]!) (\(st.year), %)", st, 100 * part.value / whole.value,
                    half(st) + 100 * (half(part) / whole.value + part.value * half(whole) / (whole.value * whole.value)))
            case .completion:
                let actualKey = ReportExtractor.catalogueOf["\(st.key):actual"] ?? "\(st.key):actual"
                let budgetKey = ReportExtractor.catalogueOf["\(st.key):budget"] ?? "\(st.key):budget"
                guard let a = L(actualKey, st.year), let b = L(budgetKey, st.year), b.value != 0 else { continue }
                add("\(st.key) actual / budget (\(st.year), %)", st, 100 * a.value / b.value,
                    half(st) + 100 * (half(a) / b.value + a.value * half(b) / (b.value * b.value)))
            case let .change(sign):
                guard let now = L(st.key, st.year) else { continue }
                if st.unit == "万元" {
                    changeAmounts[st.key + "|\(st.year)", default: []].append(st)
                    if let before = L(st.key, st.year - 1) {
                        add("change of \(st.key) \(st.year - 1)-\(st.year) (万元)", st, now.value - before.value, half(st) + half(now) + half(before), sign: sign)
                    }
                } else if st.unit == "%" {
                    if let before = L(st.key, st.year - 1), before.value != 0 {
                        add("change of \(st.key) \(st.year - 1)-\(st.year) (%)", st, 100 * (now.value - before.value) / before.value,
                            half(st) + 100 * (half(now) + half(before)) / abs(before.value), sign: sign)
                    } else if let amount = changeAmounts[st.key + "|\(st.year)"]?.last {
                        let signed = amountSign(amount) * amount.value
                        let base = now.value - signed
                        guard base != 0 else { continue }
                        add("change of \(st.key) \(st.year - 1)-\(st.year) (%, from the stated amount)", st, 100 * signed / base,
                            half(st) + 100 * (half(amount) + half(now)) / abs(base), sign: sign)
                    }
                }
            case .deduction:
                guard let w = e.statements.last(where: { $0.role == .weight && $0.key == st.key && $0.position < st.position }),
                      let got = L(st.key, st.year) else { continue }
                add("\(st.key) = full marks \(DecimalText.shortest(w.value)) - deduction (\(st.year))", got, w.value - st.value, half(got) + half(st))
            case .level, .weight:
                continue
            }
        }
        // Two statements of the same change that disagree.
        for (_, amounts) in changeAmounts where amounts.count > 1 {
            let first = amounts[0]
            for other in amounts.dropFirst() {
                add("change of \(first.key) \(first.year - 1)-\(first.year) stated twice (万元)", other, amountSign(first) * first.value,
                    half(other) + half(first), sign: amountSign(other))
            }
        }
        // Parts of a change: total expenditure change = basic change + project change.
        for y in years {
            if let t = changeAmounts["total_expenditure|\(y)"]?.first, let b = changeAmounts["basic_expenditure|\(y)"]?.first,
               let p = changeAmounts["project_expenditure|\(y)"]?.first {
                add("change of total_expenditure = change of basic + change of project (\(y), 万元)", t,
                    amountSign(b) * b.value + amountSign(p) * p.value, half(t) + half(b) + half(p), sign: amountSign(t))
            }
            // Execution score = weight x execution rate.
            if let score = L("score_budget_execution", y), let rate = L("execution_rate", y),
               let w = e.statements.last(where: { $0.role == .weight && $0.key == "score_budget_execution" }) {
                add("score_budget_execution = \(DecimalText.shortest(w.value)) x execution_rate / 100 (\(y))", score,
                    min(w.value, w.value * rate.value / 100), half(score) + w.value * half(rate) / 100)
            }
        }
        return checks.sorted { $0.offset < $1.offset }
    }

    private static func amountSign(_ st: Statement) -> Double {
        if case let .change(sign) = st.role { return sign }
        return 1
    }
}
