import Foundation
import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Regress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Panel regression of one indicator on others, with lags: pooled, fixed (one- or two-way), random effects, first differences.",
            discussion: paragraphs("""
                Each department-year with the response and every regressor present is one observation; --lag ID:K
                adds indicator ID lagged K years (budget_t on budget_{t-1}, say). --estimator: pooled (OLS with an
                intercept), fixed (department effects, within; --fixed-effects is the same), twoways (department
                and year effects), random (Swamy-Arora random department effects, balanced panels; with the
                Hausman test against fixed effects as a record with term hausman: statistic in estimate, p in
                p_value) or first-difference (consecutive years, with an intercept). One record per coefficient:
                the estimate (response units per regressor unit), classical standard error, t and p (z for random
                effects), and clustered standard errors (--cluster department, year or both; --cluster-correction
                cr1s as plm's sss, the default, stata as xtreg fe, which counts the constant, or cr1) with p from
                t with G - 1 degrees of freedom. R^2 as plm reports it, and in CSV/JSON Stata's within, between and
                overall R^2. Checked against R's plm on the Grunfeld, Produc and EmplUK panels.

                Example:
                  outturn regress --data Datasets/synthetic-provincial/panel.csv --response appropriation_budget \\
                    --lag appropriation_budget:1 --regressors staff_in_service --estimator fixed
                """))

        /// The estimators by their command-line names.
        enum EstimatorName: String, CaseIterable, ExpressibleByArgument {
            case pooled, fixed, twoways, random
            case firstDifference = "first-difference"

            var estimator: PanelEstimator {
                switch self {
                case .pooled: .pooled
                case .fixed: .fixedEffects
                case .twoways: .twoWayFixedEffects
                case .random: .randomEffects
                case .firstDifference: .firstDifference
                }
            }
        }

        @OptionGroup var input: DataOptions
        @OptionGroup var selection: SelectionOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Response indicator id.", valueName: "id"), completion: IDCompletion.indicators)
        var response: String
        @Option(name: .long, help: ArgumentHelp("Regressor indicator ids, comma-separated (same year as the response).", valueName: "id,id"))
        var regressors: String?
        @Option(name: .long, help: ArgumentHelp("A lagged regressor, indicator:years (repeatable), e.g. appropriation_budget:1.", valueName: "id:k"))
        var lag: [String] = []
        @Option(name: .long, help: ArgumentHelp("pooled, fixed, twoways, random or first-difference (default pooled).", valueName: "estimator"))
        var estimator: EstimatorName?
        @Flag(name: .long, help: "The same as --estimator fixed.")
        var fixedEffects = false
        @Option(name: .long, help: ArgumentHelp("Cluster the robust standard errors by department, year or both (default department).", valueName: "by"))
        var cluster: PanelClustering = .department
        @Option(name: .long, help: ArgumentHelp("Small-sample factor of clustered errors: cr1s (plm's sss), stata (xtreg fe) or cr1.", valueName: "kind"))
        var clusterCorrection: ClusterCorrection = .cr1s

        var chosenEstimator: PanelEstimator { fixedEffects ? .fixedEffects : (estimator ?? .pooled).estimator }

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
            if fixedEffects, let estimator, estimator != .fixed {
                throw ValidationError("--fixed-effects is --estimator fixed; it cannot go with --estimator \(estimator.rawValue)")
            }
        }

        func run() throws {
            var chosen = selection
            chosen.indicator = []
            let panel = try chosen.apply(to: try input.loadPanel(years: chosen.years))
            let fit = try PanelRegression.fit(panel: panel, response: response, regressors: try parsedRegressors(),
                                              estimator: chosenEstimator, options: .init(clustering: cluster, correction: clusterCorrection))
            var r = RecordTable(columns: [
                Column("term"), Column("estimate"), Column("std_error", heading: "se"), Column("t_stat", heading: fit.estimator == .randomEffects ? "z" : "t"),
                Column("p_value", heading: "p", style: .pValue), Column("cluster_se", heading: "cluster se"),
                Column("cluster_p_value", heading: "cluster p", style: .pValue),
                Column("estimator", inTable: false), Column("observations", style: .integer, inTable: false),
                Column("departments", style: .integer, inTable: false), Column("r_squared", inTable: false), Column("adj_r_squared", inTable: false),
                Column("r_squared_within", inTable: false), Column("r_squared_between", inTable: false), Column("r_squared_overall", inTable: false),
                Column("cluster", inTable: false), Column("cluster_correction", inTable: false),
            ])
            let shared: [Cell] = [.text(fit.estimator.rawValue), .number(Double(fit.observations)), .number(Double(fit.departments)),
                                  .optional(fit.rSquared), .optional(fit.adjustedRSquared), .optional(fit.rSquaredWithin),
                                  .optional(fit.rSquaredBetween), .optional(fit.rSquaredOverall), .text(fit.clustering.rawValue), .text(fit.correction.rawValue)]
            for j in fit.names.indices {
                r.append([.text(fit.names[j]), .optional(fit.coefficients[j]), .optional(fit.standardErrors[j]), .optional(fit.tStatistics[j]),
                          .optional(fit.pValues[j]), .optional(fit.clusterStandardErrors[j]), .optional(fit.clusterPValues[j])] + shared)
            }
            if let h = fit.hausman {
                r.append([.text("hausman"), .number(h.statistic), .missing, .missing, .number(h.pValue), .missing, .missing] + shared)
            }
            func f(_ v: Double?) -> String { v.map { DecimalText.format($0, style: .decimals(4)) } ?? "–" }
            let what: String
            switch fit.estimator {
            case .pooled: what = "pooled OLS"
            case .fixedEffects: what = "department fixed effects (within)"
            case .twoWayFixedEffects: what = "department and year fixed effects (two-way within)"
            case .randomEffects: what = "random department effects (Swamy-Arora)"
            case .firstDifference: what = "first differences"
            }
            r.preamble = ["\(response) ~ \(fit.names.filter { $0 != "(Intercept)" }.joined(separator: " + ")), \(what); clustered by \(fit.clustering.rawValue), \(fit.correction.rawValue)",
                          "\(fit.observations) \(fit.estimator == .firstDifference ? "differences" : "department-years"), \(fit.departments) departments, residual df \(fit.residualDegreesOfFreedom), R² \(f(fit.rSquared)), adjusted \(f(fit.adjustedRSquared)); within \(f(fit.rSquaredWithin)), between \(f(fit.rSquaredBetween)), overall \(f(fit.rSquaredOverall))"]
            if let re = fit.randomEffects {
                r.preamble.append("σ²_ε \(DecimalText.significant(re.idiosyncraticVariance)), σ²_u \(DecimalText.significant(re.individualVariance)), θ \(f(re.theta))")
            }
            if let h = fit.hausman {
                r.preamble.append("Hausman test against fixed effects: χ²(\(h.degreesOfFreedom)) = \(DecimalText.significant(h.statistic)), p = \(DecimalText.significant(h.pValue))\(h.pValue < 0.05 ? " (random effects rejected at 5%: prefer fixed)" : "")")
            }
            r.preamble += fit.notes
            try output.emit(r)
        }
    }
}
