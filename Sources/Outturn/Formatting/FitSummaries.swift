// Printable summaries of fitted models, laid out like R's `summary()`: a coefficient table with estimate,
// standard error, t and p, then the fit statistics. `print(fit)` in a script or a playground shows what an
// analyst needs to judge the fit; the numbers are the fit's own, formatted by `DecimalText`.

/// A coefficient table in fixed-width columns: name, estimate, std. error, t value, Pr(>|t|).
private func coefficientTable(names: [String], estimates: [Double?], standardErrors: [Double?], t: [Double?], p: [Double?],
                              seHeading: String = "Std. Error") -> [String] {
    func text(_ v: Double?) -> String { v.map { DecimalText.format($0, style: .statistic) } ?? "NA" }
    let rows = names.indices.map { [names[$0], text(estimates[$0]), text(standardErrors[$0]), text(t[$0]), text(p[$0])] }
    let header = ["", "Estimate", seHeading, "t value", "Pr(>|t|)"]
    let widths = header.indices.map { j in ([header[j]] + rows.map { $0[j] }).map(\.count).max() ?? 0 }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { j, c in
            let pad = String(repeating: " ", count: widths[j] - c.count)
            return j == 0 ? c + pad : pad + c
        }.joined(separator: "  ")
    }
    return [line(header)] + rows.map(line)
}

private func statistic(_ v: Double?) -> String { v.map { DecimalText.format($0, style: .statistic) } ?? "NA" }

extension LinearFit: CustomStringConvertible {
    /// The coefficient table and the fit statistics (R's `summary.lm` layout), with aliased columns and notes.
    public var description: String {
        var lines = ["Coefficients:"]
        lines += coefficientTable(names: names, estimates: coefficients, standardErrors: standardErrors, t: tStatistics, p: pValues)
        if !aliased.isEmpty { lines.append("(\(aliased.count) not defined because of singularities: \(aliased.map { names[$0] }.joined(separator: ", ")))") }
        lines.append("")
        lines.append("Residual standard error: \(statistic(residualStandardError)) on \(residualDegreesOfFreedom) degrees of freedom")
        lines.append("Multiple R-squared: \(statistic(rSquared)), Adjusted R-squared: \(statistic(adjustedRSquared))")
        if let f = fStatistic {
            lines.append("F-statistic: \(statistic(f)) on \(max(0, rank - (hasIntercept ? 1 : 0))) and \(residualDegreesOfFreedom) DF, p-value: \(statistic(fPValue))")
        }
        lines.append("Observations: \(observations); AIC \(statistic(aic)), BIC \(statistic(bic))")
        lines += notes.map { "Note: " + $0 }
        return lines.joined(separator: "\n")
    }
}

extension PanelRegressionFit: CustomStringConvertible {
    /// The coefficient table with standard errors clustered by department, then the fit statistics.
    public var description: String {
        let model = estimator == .pooled ? "Pooled OLS" : "Department fixed effects (within)"
        var lines = ["\(model): \(observations) department-years, \(departments) departments", "Coefficients (standard errors clustered by department):"]
        lines += coefficientTable(names: names, estimates: coefficients, standardErrors: clusterStandardErrors, t: zip(coefficients, clusterStandardErrors).map { b, se in
            guard let b, let se, se > 0 else { return nil }
            return b / se
        }, p: clusterPValues, seHeading: "Cluster SE")
        lines.append("")
        lines.append("Residual degrees of freedom: \(residualDegreesOfFreedom)")
        lines.append("\(estimator == .pooled ? "" : "Within ")R-squared: \(statistic(rSquared)), Adjusted R-squared: \(statistic(adjustedRSquared))")
        lines += notes.map { "Note: " + $0 }
        return lines.joined(separator: "\n")
    }
}

extension LinearTrendFit: CustomStringConvertible {
    /// `slope 451.7 per year (se 103, 95% CI 214.1 to 689.2, t 4.385, p 0.002334), R² 0.7062, n 10 (2008-2017)`.
    public var description: String {
        guard let slope else { return "no trend: " + (notes.isEmpty ? "too few observations (\(observations))" : notes.joined(separator: "; ")) }
        let span = firstYear.flatMap { a in lastYear.map { "\(a)-\($0)" } } ?? ""
        return "slope \(statistic(slope)) per year (se \(statistic(slopeStandardError)), \(statistic(level))% CI \(statistic(slopeLower)) to "
            + "\(statistic(slopeUpper)), t \(statistic(tStatistic)), p \(statistic(pValue))), R² \(statistic(rSquared)), n \(observations) (\(span))"
            + notes.map { "; " + $0 }.joined()
    }
}

extension TrendSummary: CustomStringConvertible {
    /// One line per statistic family: the OLS line, growth, Theil-Sen and Mann-Kendall, and the verdict.
    public var description: String {
        var lines = ["\(department) \(indicator)\(unit.isEmpty ? "" : " (\(unit))"): \(direction.rawValue)", "  OLS: \(linear)"]
        lines.append("  growth: CAGR \(statistic(compoundAnnualGrowth))%, mean year-on-year \(statistic(meanYearOnYearGrowth))%, log-linear \(statistic(logLinearGrowth))%")
        if let ts = theilSen { lines.append("  Theil-Sen: \(statistic(ts.slope)) per year (\(statistic(ts.level))% CI \(statistic(ts.lower)) to \(statistic(ts.upper)))") }
        if let mk = mannKendall { lines.append("  Mann-Kendall: tau \(statistic(mk.tau)), S \(mk.s), p \(statistic(mk.pValue))") }
        lines += notes.map { "  note: " + $0 }
        return lines.joined(separator: "\n")
    }
}
