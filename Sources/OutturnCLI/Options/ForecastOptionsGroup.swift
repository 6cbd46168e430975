import ArgumentParser
import Outturn
import OutturnIO

/// Options shared by forecast and backtest.
struct ForecastSettings: ParsableArguments {
    @Option(name: .long, help: "Years ahead to forecast.")
    var horizon: Int = 1

    @Option(name: .long, help: ArgumentHelp(
        "Keep forecasts inside LO:HI by a logit transform: every indicator (LO:HI), or one (ID=LO:HI, repeatable), replacing the bounds of its kind; e.g. execution_rate=0:120.",
        valueName: "[id=]lo:hi"))
    var bounds: [String] = []

    func validate() throws {
        guard horizon >= 1 && horizon <= 50 else { throw ValidationError("--horizon must be between 1 and 50") }
        _ = try parsedBounds()
    }

    /// The bounds for every indicator (`LO:HI`, at most one) and per indicator id (`ID=LO:HI`).
    func parsedBounds() throws -> (all: ClosedRange<Double>?, byIndicator: [String: ClosedRange<Double>]) {
        var all: ClosedRange<Double>? = nil
        var byIndicator: [String: ClosedRange<Double>] = [:]
        for text in bounds {
            let (id, range) = text.firstIndex(of: "=").map { (String(text[..<$0]), String(text[text.index(after: $0)...])) } ?? (nil, text)
            let parts = range.split(separator: ":", omittingEmptySubsequences: false).map { Double($0) }
            guard parts.count == 2, let lo = parts[0], let hi = parts[1], lo.isFinite, hi.isFinite, lo < hi else {
                throw ValidationError("--bounds takes LO:HI or ID=LO:HI with LO below HI, e.g. 0:100 or execution_rate=0:120; got \"\(text)\"")
            }
            if let id {
                guard !id.isEmpty else { throw ValidationError("--bounds \"\(text)\": name the indicator before '='") }
                guard byIndicator[id] == nil else { throw ValidationError("--bounds gives \(id) twice") }
                byIndicator[id] = lo...hi
            } else {
                guard all == nil else { throw ValidationError("--bounds LO:HI for every indicator is given twice; name indicators with ID=LO:HI") }
                all = lo...hi
            }
        }
        return (all, byIndicator)
    }

    /// The `--bounds ID=LO:HI` ranges, each id checked against the panel (an unknown one is a `DataError` with
    /// suggestions).
    func boundsByIndicator(of panel: IndicatorPanel) throws -> [String: ClosedRange<Double>] {
        let byIndicator = try parsedBounds().byIndicator
        for id in byIndicator.keys { _ = try panel.indicatorPosition(id) }
        return byIndicator
    }

    /// The models of a `--model-file` (none without one); a file with no model for any indicator of the panel is
    /// a `DataError`, as it could only do nothing.
    static func savedModels(_ path: String?, for panel: IndicatorPanel, command: String) throws -> [ForecastModel] {
        guard let path else { return [] }
        let models = try ForecastModelFile.read(path)
        guard panel.indicators.contains(where: { i in models.contains { $0.indicator == i.id } }) else {
            throw DataError("the model file has models for \(models.map(\.indicator).joined(separator: ", ")), none of which the data has",
                            hint: "\(command) data with those indicators, or save a model on this data")
        }
        return models
    }

    /// The transform every indicator is forecast in unless `--bounds ID=...` names it.
    func transform() throws -> ForecastTransform {
        try parsedBounds().all.map { .logit(lower: $0.lowerBound, upper: $0.upperBound) } ?? .identity
    }

    /// The transform of indicator `id`: its own bounds, else those for every indicator, else none.
    func transform(for id: String) throws -> ForecastTransform {
        let b = try parsedBounds()
        return (b.byIndicator[id] ?? b.all).map { .logit(lower: $0.lowerBound, upper: $0.upperBound) } ?? .identity
    }
}
