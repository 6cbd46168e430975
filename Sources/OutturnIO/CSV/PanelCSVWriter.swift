import Outturn
import OutturnOutput

/// Writes an `IndicatorPanel` as CSV, long or wide, UTF-8 without BOM, LF line ends, RFC 4180 quoting.
///
/// Long: one row per non-missing value, `department,indicator,year,value,unit,department_name,indicator_name`,
/// then a `department_<attribute>` column per department attribute and `source,vintage` when the panel has
/// provenance. Wide: `department,indicator,unit,department_name,indicator_name,<attributes>,<year>...`, one row
/// per department x indicator, empty cells for missing values. Both read back into an equal panel.
public struct PanelCSVWriter: Sendable {
    public var layout: CSVLayout

    public init(layout: CSVLayout = .long) { self.layout = layout }

    /// Writes to a file (atomically: complete or not at all).
    public func write(_ panel: IndicatorPanel, toPath path: String) throws {
        let sink = try ByteSink(path: path)
        try write(panel, to: sink)
        try sink.finish()
    }

    /// Writes to a sink (the caller finishes it).
    /// The header of `panel` in this layout, with the department attributes and whether provenance columns
    /// are written.
    func header(_ panel: IndicatorPanel) -> (names: [String], attributeKeys: [String], withProvenance: Bool) {
        let attributeKeys = Array(Set(panel.departments.flatMap(\.attributes.keys))).sorted()
        let withProvenance = !panel.provenance.isEmpty && layout == .long
        var header = layout == .long
            ? ["department", "indicator", "year", "value", "unit", "department_name", "indicator_name"]
            : ["department", "indicator", "unit", "department_name", "indicator_name"]
        header += attributeKeys.map { "department_" + $0 }
        if withProvenance { header += ["source", "vintage"] }
        if layout == .wide { header += panel.years.map(String.init) }
        return (header, attributeKeys, withProvenance)
    }

    /// The panel as records (the CSV's header and rows, numbers as numbers), for a workbook.
    public func records(_ panel: IndicatorPanel) -> RecordTable {
        let (header, attributeKeys, withProvenance) = self.header(panel)
        var table = RecordTable(columns: header.map { name in
            Column(name, style: name == "year" || name == "vintage" ? .year : Int(name) != nil || name == "value" ? .statistic : .statistic)
        })
        for (d, dep) in panel.departments.enumerated() {
            let attributes = attributeKeys.map { Cell.text(dep.attributes[$0] ?? "") }
            for (i, ind) in panel.indicators.enumerated() {
                let series = panel.series(departmentAt: d, indicatorAt: i)
                let meta: [Cell] = [.text(ind.unit), .text(dep.name), .text(ind.name)] + attributes
                switch layout {
                case .long:
                    for (k, v) in series.enumerated() where !v.isNaN {
                        let year = panel.years.lowerBound + k
                        var row: [Cell] = [.text(dep.id), .text(ind.id), .number(Double(year)), .number(v)] + meta
                        if withProvenance {
                            let p = panel.provenance[ObservationKey(department: dep.id, indicator: ind.id, year: year)]
                            row += [.text(p?.source ?? ""), p?.vintage.map { .number(Double($0)) } ?? .missing]
                        }
                        table.append(row)
                    }
                case .wide:
                    table.append([.text(dep.id), .text(ind.id)] + meta + series.map { $0.isNaN ? .missing : .number($0) })
                }
            }
        }
        return table
    }

    public func write(_ panel: IndicatorPanel, to sink: ByteSink) throws {
        let (header, attributeKeys, withProvenance) = self.header(panel)
        try sink.write(header.map(RecordEncoding.csvField).joined(separator: ",") + "\n")

        for (d, dep) in panel.departments.enumerated() {
            let departmentID = RecordEncoding.csvField(dep.id), departmentName = RecordEncoding.csvField(dep.name)
            let attributes = attributeKeys.map { RecordEncoding.csvField(dep.attributes[$0] ?? "") }
            for (i, ind) in panel.indicators.enumerated() {
                let series = panel.series(departmentAt: d, indicatorAt: i)
                let meta = [RecordEncoding.csvField(ind.unit), departmentName, RecordEncoding.csvField(ind.name)] + attributes
                let indicatorID = RecordEncoding.csvField(ind.id)
                switch layout {
                case .long:
                    let tail = "," + meta.joined(separator: ",")
                    for (k, v) in series.enumerated() where !v.isNaN {
                        let year = panel.years.lowerBound + k
                        var row = departmentID + "," + indicatorID + "," + String(year) + "," + DecimalText.shortest(v) + tail
                        if withProvenance {
                            let p = panel.provenance[ObservationKey(department: dep.id, indicator: ind.id, year: year)]
                            row += "," + RecordEncoding.csvField(p?.source ?? "") + "," + (p?.vintage.map(String.init) ?? "")
                        }
                        try sink.write(row + "\n")
                    }
                case .wide:
                    var row = departmentID + "," + indicatorID + "," + meta.joined(separator: ",")
                    for v in series { row += "," + (v.isNaN ? "" : DecimalText.shortest(v)) }
                    try sink.write(row + "\n")
                }
            }
        }
    }
}
