import RealModule

/// One series to forecast: values year by year (NaN = missing) over `years`, and whose it is.
public struct SeriesInput: Sendable {
    public var values: [Double]
    public var years: Range<Int>
    /// The department's id, carried into the forecast ("" when not known).
    public var department: String
    /// The indicator's id, carried into the forecast ("" when not known).
    public var indicator: String

    public init(values: [Double], years: Range<Int>, department: String = "", indicator: String = "") {
        precondition(values.count == years.count, "one value per year")
        self.values = values
        self.years = years
        self.department = department
        self.indicator = indicator
    }

    /// Every department's series of one indicator of a panel, in panel order.
    public static func all(of panel: IndicatorPanel, indicatorAt i: Int) -> [SeriesInput] {
        let id = panel.indicators[i].id
        return panel.departments.indices.map {
            SeriesInput(values: Array(panel.series(departmentAt: $0, indicatorAt: i)), years: panel.years,
                        department: panel.departments[$0].id, indicator: id)
        }
    }
}
