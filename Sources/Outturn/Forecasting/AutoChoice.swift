import RealModule

/// What `auto` chose for a batch and the backtest evidence for every candidate.
public struct AutoChoice: Sendable, Equatable {
    /// The chosen candidate: one method, or the mean of several (a combination).
    public let members: [ForecastMethod]
    /// Per candidate (members joined by "+"), the mean absolute scaled error of its backtest forecasts pooled
    /// over every series, origin and horizon, and the number of forecasts behind it.
    public let evidence: [(candidate: String, meanScaledError: Double, forecasts: Int)]

    public var name: String { members.map(\.rawValue).joined(separator: "+") }

    /// What was chosen and why, for people: the chosen candidate and the best `top` candidates' pooled
    /// backtest scores, one per line, then every single model not among them on one line (all candidates,
    /// averages included, are in a saved model's `evidence`).
    public func explanation(indicator: String, top: Int = 5) -> String {
        let shown = evidence.prefix(top)
        let singles = evidence.dropFirst(top).filter { !$0.candidate.contains("+") }
        return (["\(indicator): auto chose \(name) (backtest mean absolute scaled error; lower is better):"]
                + shown.map { "  \($0.candidate): \(DecimalText.grouped($0.meanScaledError, decimals: 4)) over \($0.forecasts) forecasts" }
                + (singles.isEmpty ? [] : ["  other single models: " + singles.map { "\($0.candidate) \(DecimalText.grouped($0.meanScaledError, decimals: 4))" }.joined(separator: ", ")
                                           + "; \(evidence.count - shown.count - singles.count) more averages"]))
            .joined(separator: "\n")
    }

    public static func == (a: AutoChoice, b: AutoChoice) -> Bool { a.members == b.members }
}
