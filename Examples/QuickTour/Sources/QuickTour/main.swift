// A quick tour of the library as another Swift program uses it: no files to start from, everything by id.
import Foundation
import Outturn
import OutturnOutput
import OutturnStore

// 1. A panel built in code: three departments' budget execution rates (percent) over eight years.
var builder = PanelBuilder()
builder.declare(Department(id: "edu", name: "省教育厅", attributes: ["group": "social"]))
builder.declare(Department(id: "health", name: "省卫生健康委", attributes: ["group": "social"]))
builder.declare(Department(id: "transport", name: "省交通运输厅", attributes: ["group": "economic"]))
let rates: [String: [Double]] = [
    "edu": [88.2, 89.5, 90.1, 91.4, 90.8, 92.3, 93.0, 92.6],
    "health": [84.0, 85.9, 83.7, 87.2, 88.5, 86.9, 89.4, 90.2],
    "transport": [95.1, 94.2, 93.8, 92.0, 91.5, 90.9, 89.7, 88.4],
]
for (department, values) in rates.sorted(by: { $0.key < $1.key }) {
    for (k, value) in values.enumerated() {
        try builder.add(department: department, indicator: "execution_rate", year: 2017 + k, value: value)
    }
}
var panel = try builder.build()
try panel.setValue(93.4, department: "edu", indicator: "execution_rate", year: 2024)

// 2. Trends: every department at once, by id.
for summary in try TrendAnalysis.summarise(panel: panel, indicators: ["execution_rate"]) {
    print(summary.department, summary.direction.rawValue, summary.linear)
}

// 3. Next year's rate, kept inside [0, 110] percent; each forecast says whose it is and which model ran.
let options = ForecastOptions(horizon: 1, levels: [80, 95], transform: .logit(lower: 0, upper: 110))
let forecasts = try BatchForecaster.forecast(panel: panel, indicators: ["execution_rate"], options: options)
for f in forecasts[0].forecasts { print(f) }

// 4. Peers: standings in the last year within each group, as a table.
let standings = try PeerComparison.standings(panel: panel, indicator: "execution_rate", years: [2024], groupAttribute: "group")
var table = RecordTable(columns: [Column("department"), Column("group"), Column("value", style: .decimals(2)), Column("rank", style: .integer)])
for s in standings { table.append([.text(s.department), .text(s.group ?? ""), .number(s.value), .number(Double(s.rank))]) }
let text = ByteSink.inMemory()
try table.write(.table, to: text)
print(text.contents, terminator: "")

// 5. A store: import the panel as the 2024 vintage and read it back.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outturn-quick-tour-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let store = try PanelStore(path: folder.appendingPathComponent("tour.sqlite").path)
let summary = try store.importPanel(panel, source: "quick-tour", vintage: 2024, policy: .reject)
let stored = try store.panel(asOf: 2024)
guard stored == panel else { fatalError("the store gave back a different panel") }
print("stored \(summary.added) figures and read back the same panel")
