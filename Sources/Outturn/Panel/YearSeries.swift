/// One department's values of one indicator, a value per year from `firstYear` (NaN = missing): a zero-based
/// view into the panel's block, not a copy.
public struct YearSeries: RandomAccessCollection, Sendable, Equatable {
    /// The underlying slice of the block.
    public let values: ArraySlice<Double>
    /// The year of element 0.
    public let firstYear: Int

    public init(values: ArraySlice<Double>, firstYear: Int) {
        self.values = values
        self.firstYear = firstYear
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { values.count }
    public subscript(position: Int) -> Double { values[values.startIndex + position] }

    /// The value in a calendar year, or nil when missing or outside the series.
    public subscript(year year: Int) -> Double? {
        let k = year - firstYear
        guard k >= 0 && k < values.count else { return nil }
        let v = self[k]
        return v.isNaN ? nil : v
    }

    /// The years covered, in order.
    public var years: Range<Int> { firstYear..<(firstYear + values.count) }

    public static func == (a: YearSeries, b: YearSeries) -> Bool {
        a.firstYear == b.firstYear && a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }
}
