import RealModule
/// Growth measures of a series over calendar years, in percent per year.
public enum GrowthRates {
    /// Compound annual growth rate between the first and last observed values, over the year gap (not the
    /// point count): 100 * ((y_last / y_first)^(1 / (year_last - year_first)) - 1), percent per year.
    /// Nil unless both values are positive and the years differ.
    public static func compoundAnnual(series: YearSeries) -> Double? {
        guard let (fy, fv) = firstObserved(series), let (ly, lv) = lastObserved(series), ly > fy, fv > 0, lv > 0 else { return nil }
        return 100 * (Double.pow(lv / fv, 1 / Double(ly - fy)) - 1)
    }

    /// Mean of the year-on-year growth rates 100 * (y_t / y_{t-1} - 1) over consecutive observed years, percent.
    /// Nil when no consecutive pair has a positive previous value.
    public static func meanYearOnYear(series: YearSeries) -> Double? {
        var sum = 0.0, count = 0
        for k in 1..<max(1, series.count) {
            let a = series[k - 1], b = series[k]
            if a.isNaN || b.isNaN || a <= 0 { continue }
            sum += 100 * (b / a - 1)
            count += 1
        }
        return count > 0 ? sum / Double(count) : nil
    }

    /// Log-linear (constant) growth: 100 * (exp(b) - 1) with b the OLS slope of ln y on year, percent per year.
    /// Nil unless at least two values are observed and all observed values are positive.
    public static func logLinear(series: YearSeries) -> Double? {
        var xs: [Double] = [], ys: [Double] = []
        for (k, v) in series.enumerated() where !v.isNaN {
            if v <= 0 { return nil }
            xs.append(Double(series.firstYear + k))
            ys.append(Double.log(v))
        }
        if xs.count < 2 { return nil }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        var sxy = 0.0, sxx = 0.0
        for (x, y) in zip(xs, ys) { sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx) }
        return 100 * Double.expMinusOne(sxy / sxx)
    }

    /// Last minus first observed value, in the series' unit (percentage points for a rate).
    public static func change(series: YearSeries) -> Double? {
        guard let (_, fv) = firstObserved(series), let (_, lv) = lastObserved(series) else { return nil }
        return lv - fv
    }

    static func firstObserved(_ s: YearSeries) -> (Int, Double)? {
        s.indices.first { !s[$0].isNaN }.map { (s.firstYear + $0, s[$0]) }
    }

    static func lastObserved(_ s: YearSeries) -> (Int, Double)? {
        s.indices.last { !s[$0].isNaN }.map { (s.firstYear + $0, s[$0]) }
    }
}
