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

    /// The median of the non-missing values (NaN when none): the type-7 quantile at 0.5, from the one or two
    /// middle order statistics found by selection.
    /// - Complexity: O(n) expected (introselect: a sort after too many unbalanced partitions bounds it by n log n).
    public static func median<C: Collection>(_ values: C) -> Double where C.Element == Double {
        var v = observed(values)
        if v.isEmpty { return .nan }
        let h = Double(v.count - 1) * 0.5
        let lo = Int(h.rounded(.down))
        let low = select(&v, lo)
        guard lo + 1 < v.count, h > Double(lo) else { return low }
        // After selection every element right of `lo` is >= v[lo]: the next order statistic is their minimum.
        let high = v[(lo + 1)...].min()!
        return low + (h - Double(lo)) * (high - low)
    }

    /// The k-th smallest element (0-based), with `values` partitioned around it: smaller or equal ones to its left,
    /// greater or equal ones to its right.
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        precondition(k >= 0 && k < values.count, "order statistic out of range")
        return values.withUnsafeMutableBufferPointer { select($0, k) }
    }

    /// `select` on a buffer (no bounds or exclusivity checks in the inner loops).
    static func select(_ values: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var low = 0, high = values.count - 1
        var budget = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 8
        while low < high {
            if budget == 0 {  // unbalanced partitions: finish by sorting what is left
                var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
                rest.sort()
                break
            }
            budget -= 1
            // Median of three as pivot, then a Hoare partition.
            let mid = low + (high - low) / 2
            if values[mid] < values[low] { values.swapAt(mid, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[mid] { values.swapAt(high, mid) }
            let pivot = values[mid]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j { values.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return values[k]
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
