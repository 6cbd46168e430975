import ArgumentParser
import Outturn


/// Options shared by forecast and backtest.
struct ForecastSettings: ParsableArguments {
    @Option(name: .long, help: "Years ahead to forecast.")
    var horizon: Int = 1

    @Option(name: .long, help: ArgumentHelp(
        "Keep forecasts of a rate inside LO:HI by a logit transform, e.g. 0:100 (execution can exceed 100%: 0:120).", valueName: "lo:hi"))
    var bounds: String?

    func validate() throws {
        guard horizon >= 1 && horizon <= 50 else { throw ValidationError("--horizon must be between 1 and 50") }
        _ = try transform()
    }

    func transform() throws -> ForecastTransform {
        guard let bounds else { return .identity }
        let parts = bounds.split(separator: ":").map { Double($0) }
        guard parts.count == 2, let lo = parts[0], let hi = parts[1], lo < hi else {
            throw ValidationError("--bounds must look like 0:100, got \"\(bounds)\"")
        }
        return .logit(lower: lo, upper: hi)
    }
}
