import RealModule

/// What `auto` chose for a batch and the backtest evidence for every candidate.
public struct AutoChoice: Sendable, Equatable {
    /// The chosen candidate: one method, or the mean of several (a combination).
    public let members: [ForecastMethod]
    /// Every candidate's pooled backtest score, best first.
    public let evidence: [CandidateScore]

    /// One candidate's pooled backtest score (kept in saved models too).
    public struct CandidateScore: Sendable, Equatable, Codable {
        /// The candidate: one method, or the members of an average joined by "+" (`ForecastMethod.candidateName`).
        public var candidate: String
        /// Mean absolute scaled error (errors over each series' mean absolute yearly change) of its backtest
        /// forecasts, pooled over every series, origin and horizon.
        public var meanScaledError: Double
        /// Backtest forecasts behind the score.
        public var forecasts: Int

        public init(candidate: String, meanScaledError: Double, forecasts: Int) {
            self.candidate = candidate
            self.meanScaledError = meanScaledError
            self.forecasts = forecasts
        }

        private enum CodingKeys: String, CodingKey { case candidate, meanScaledError = "mean_scaled_error", forecasts }
    }

    public var name: String { ForecastMethod.candidateName(members) }

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
