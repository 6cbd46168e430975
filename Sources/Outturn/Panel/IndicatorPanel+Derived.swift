/// How a derived indicator is computed from others, cell by cell. A cell is missing when any input it needs is
/// missing (or, for a ratio, when the denominator is zero: the ratio is undefined, not infinite).
public enum DerivedFormula: Sendable, Hashable {
    /// `scale * numerator / denominator`, e.g. execution_rate = 100 * appropriation_final / appropriation_budget.
    case ratio(numerator: String, denominator: String, scale: Double)
    /// `minuend - subtrahend`.
    case difference(minuend: String, subtrahend: String)
    /// The sum of the named indicators.
    case sum([String])

    /// The indicator ids the formula reads.
    public var inputs: [String] {
        switch self {
        case let .ratio(n, d, _): return [n, d]
        case let .difference(a, b): return [a, b]
        case let .sum(ids): return ids
        }
    }
}

extension IndicatorPanel {
    /// Computes a derived indicator for every cell and adds it to the panel (or replaces an existing indicator of
    /// the same id). Missing-aware: a cell with a missing input is missing.
    ///
    /// ```swift
    /// try panel.derive(Indicator(id: "execution_rate", unit: "%"),
    ///                  .ratio(numerator: "appropriation_final", denominator: "appropriation_budget", scale: 100))
    /// ```
    /// - Complexity: O(departments * years * inputs), one vectorisable pass per input.
    public mutating func derive(_ indicator: Indicator, _ formula: DerivedFormula) throws {
        let positions = try formula.inputs.map { id in
            try position(ofIndicator: id) ?? { throw DataError.unknown("indicator", id, among: indicators.map(\.id)) }()
        }
        let n = departments.count * years.count
        var out = [Double](repeating: .nan, count: n)
        switch formula {
        case let .ratio(_, _, scale):
            let num = blocks[positions[0]], den = blocks[positions[1]]
            for k in 0..<n {
                let d = den[k]
                out[k] = d == 0 ? .nan : scale * num[k] / d  // NaN inputs propagate: missing stays missing
            }
        case .difference:
            let a = blocks[positions[0]], b = blocks[positions[1]]
            for k in 0..<n { out[k] = a[k] - b[k] }
        case .sum:
            if positions.isEmpty { break }
            out = blocks[positions[0]]
            for p in positions.dropFirst() {
                let b = blocks[p]
                for k in 0..<n { out[k] += b[k] }
            }
        }
        if let existing = position(ofIndicator: indicator.id) {
            setBlock(indicatorAt: existing, out)
        } else {
            try addIndicator(indicator, values: out)
        }
    }
}
