import Foundation
import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Regress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Panel regression of one indicator on others (pooled OLS or department fixed effects), with lags.",
            discussion: paragraphs("""
                Each department-year with the response and every regressor present is one observation; --lag ID:K
                adds indicator ID lagged K years (budget_t on budget_{t-1}, say). --fixed-effects removes each
                department's mean (within estimator; R^2 is the within R^2). One record per coefficient: the
                estimate (response units per regressor unit), classical standard error, t and p, and standard
                errors clustered by department (Arellano sandwich with the small-sample factor, p from t with G - 1
                degrees of freedom), as R's plm and Stata report them.

                Example:
                  outturn regress --data Datasets/synthetic-provincial/panel.csv --response appropriation_budget \\
                    --lag appropriation_budget:1 --regressors staff_in_service --fixed-effects
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Response indicator id.", valueName: "id"), completion: IDCompletion.indicators)
        var response: String
        @Option(name: .long, help: ArgumentHelp("Regressor indicator ids, comma-separated (same year as the response).", valueName: "id,id"))
        var regressors: String?
        @Option(name: .long, help: ArgumentHelp("A lagged regressor, indicator:years (repeatable), e.g. appropriation_budget:1.", valueName: "id:k"))
        var lag: [String] = []
        @Flag(name: .long, help: "Department fixed effects (within estimator) instead of pooled OLS.")
        var fixedEffects = false

        func parsedRegressors() throws -> [PanelRegressor] {
            var out = (regressors ?? "").split(separator: ",").map { PanelRegressor(String($0).trimmingCharacters(in: .whitespaces)) }
            for l in lag {
                let parts = l.split(separator: ":")
                guard parts.count == 2, let k = Int(parts[1]), k >= 1 else {
                    throw ValidationError("--lag takes indicator:years with years >= 1, got \"\(l)\"")
                }
                out.append(PanelRegressor(String(parts[0]), lag: k))
            }
            return out
        }

        func validate() throws {
            if try parsedRegressors().isEmpty { throw ValidationError("give --regressors and/or --lag") }
        }

        func run() throws {
            var chosen = selection
            chosen.indicator = []
            let panel = try chosen.apply(to: try input.loadPanel(years: chosen.years))
            let fit = try PanelRegression.fit(panel: panel, response: response, regressors: try parsedRegressors(),
                                              estimator: fixedEffects ? .fixedEffects : .pooled)
            var r = RecordTable(columns: [
                Column("term"), Column("estimate"), Column("std_error", heading: "se"), Column("t_stat", heading: "t"),
                Column("p_value", heading: "p"), Column("cluster_se", heading: "cluster se"), Column("cluster_p_value", heading: "cluster p"),
                Column("estimator", inTable: false), Column("observations", style: .integer, inTable: false),
                Column("departments", style: .integer, inTable: false), Column("r_squared", inTable: false), Column("adj_r_squared", inTable: false),
            ])
            for j in fit.names.indices {
                r.append([.text(fit.names[j]), .optional(fit.coefficients[j]), .optional(fit.standardErrors[j]), .optional(fit.tStatistics[j]),
                          .optional(fit.pValues[j]), .optional(fit.clusterStandardErrors[j]), .optional(fit.clusterPValues[j]),
                          .text(fit.estimator.rawValue), .number(Double(fit.observations)), .number(Double(fit.departments)),
                          .optional(fit.rSquared), .optional(fit.adjustedRSquared)])
            }
            let r2 = fit.rSquared.map { DecimalText.format($0, style: .decimals(4)) } ?? "–"
            let adj = fit.adjustedRSquared.map { DecimalText.format($0, style: .decimals(4)) } ?? "–"
            r.preamble = ["\(response) ~ \(fit.names.filter { $0 != "(Intercept)" }.joined(separator: " + ")), \(fit.estimator == .pooled ? "pooled OLS" : "department fixed effects (within)")",
                          "\(fit.observations) department-years, \(fit.departments) departments, residual df \(fit.residualDegreesOfFreedom), \(fit.estimator == .pooled ? "" : "within ")R² \(r2), adjusted \(adj)"]
                + fit.notes
            try output.emit(r)
        }
    }
}
