/// Descriptive statistics over values that may contain missing entries (NaN), which are skipped.
public enum Descriptive {
    /// The non-missing values, in order.
    public static func observed<C: Collection>(_ values: C) -> [Double] where C.Element == Double {
        values.filter { !$0.isNaN }
    }

    /// The p-quantile (p in [0, 1]) of sorted values by linear interpolation between order statistics
    /// (Hyndman & Fan type 7, the default of R's `quantile` and numpy's `percentile`). NaN when empty.
    public static func quantile(sorted: [Double], _ p: Double) -> Double {
        precondition((0...1).contains(p), "quantile level must be in [0, 1]")
        if sorted.isEmpty { return .nan }
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    /// The median of the non-missing values (NaN when none).
    public static func median<C: Collection>(_ values: C) -> Double where C.Element == Double {
        quantile(sorted: observed(values).sorted(), 0.5)
    }

    /// The arithmetic mean of the non-missing values (NaN when none), summed pairwise-free but compensated
    /// (Neumaier) so long series of large amounts keep their last digits.
    public static func mean<C: Collection>(_ values: C) -> Double where C.Element == Double {
        var sum = 0.0, compensation = 0.0, n = 0
        for v in values where !v.isNaN {
            let t = sum + v
            compensation += abs(sum) >= abs(v) ? (sum - t) + v : (v - t) + sum
            sum = t
            n += 1
        }
        return n == 0 ? .nan : (sum + compensation) / Double(n)
    }
}
