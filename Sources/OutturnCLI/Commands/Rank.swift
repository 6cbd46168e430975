import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput

extension OutturnCommand {
    struct Rank: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare departments with their peers on one indicator: rank, percentile, z, robust z, outliers.",
            discussion: paragraphs("""
                One record per department and year: rank (1 = best; higher values are better unless
                --lower-is-better; ties share a rank), percentile (share of the other peers doing worse, percent),
                z-score, robust z ((value - median) / (1.4826 MAD)), the peer median and the distance to it (in the
                indicator's unit), quartile (1 = best quarter), outlier (|robust z| above --outlier-threshold), the
                rank change since the previous year (positive = moved up) and in how many of the last
                --persistence years the department was in the top or the bottom quartile. Peers: all departments,
                those sharing a department attribute (--peer-group region), or an explicit --department list. With
                --trend: each department's trend slope against its peers' slopes instead.

                Example:
                  outturn rank --data Datasets/synthetic-provincial/panel.csv --indicator execution_rate --year 2024 --peer-group group
                """))

        @OptionGroup var input: DataOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Indicator id to compare on.", valueName: "id"), completion: IDCompletion.indicators)
        var indicator: String
        @Option(name: .long, help: "Year to report (default: the last year of the panel; rank changes use the year before).")
        var year: Int?
        @Option(name: .long, help: ArgumentHelp("Department attribute that forms peer groups, e.g. region, level, group.", valueName: "attribute"))
        var peerGroup: String?
        @Option(name: .long, help: ArgumentHelp("A peer department id (repeatable, globs allowed): compare within this list.", valueName: "id"), completion: IDCompletion.departments)
        var department: [String] = []
        @Flag(name: .long, help: "Lower values are better (e.g. a deviation from plan).")
        var lowerIsBetter = false
        @Option(name: .long, help: "|robust z| above which a value is flagged an outlier.")
        var outlierThreshold: Double = 3.5
        @Option(name: .long, help: "Years counted for quartile persistence.")
        var persistence: Int = 3
        @Flag(name: .long, help: "Compare trend slopes (over the panel's years, or --years) instead of values.")
        var trend = false
        @Option(name: .long, help: ArgumentHelp("Years used for --trend, e.g. 2015-2024.", valueName: "range"))
        var years: String?
        @Option(name: .long, help: ArgumentHelp("Also draw the departments' values (or, with --trend, slopes) as bars, highest first, coloured by peer group with group medians, to this file (.svg, or .png through rsvg-convert).", valueName: "file.svg|png"))
        var plot: String?

        func validate() throws {
            try refuseUnwritable(plot)
            guard outlierThreshold > 0 else { throw ValidationError("--outlier-threshold must be positive") }
            guard persistence >= 1 else { throw ValidationError("--persistence must be at least 1") }
            if let years { _ = try SelectionOptions.parseYears(years) }
        }

        func run() throws {
            var selection = try SelectionOptions.parse([])
            selection.department = department
            selection.years = years
            let panel = try selection.apply(to: try input.loadPanel(years: selection.years))
            _ = try panel.indicator(indicator)
            let i = panel.position(ofIndicator: indicator)!
            if let group = peerGroup, !panel.departments.contains(where: { $0.attributes[group] != nil }) {
                throw DataError("no department has the attribute \"\(group)\"",
                                hint: "attributes here: " + Array(Set(panel.departments.flatMap(\.attributes.keys))).sorted().joined(separator: ", "))
            }
            let report = trend ? try trendReport(panel, i) : try standingsReport(panel, i)
            try output.emit(report, names: panel)
        }

        private func standingsReport(_ panel: IndicatorPanel, _ i: Int) throws -> RecordTable {
            let y = year ?? panel.years.upperBound - 1
            guard panel.years.contains(y) else { throw DataError("year \(y) is outside the panel's \(panel.years.lowerBound)-\(panel.years.upperBound - 1)") }
            let standings = try PeerComparison.standings(panel: panel, indicator: indicator, years: [y], groupAttribute: peerGroup,
                                                     lowerIsBetter: lowerIsBetter, outlierThreshold: outlierThreshold, persistenceYears: persistence)
            if let plot { try SVGChart.ranking(standings, panel: panel, indicator: indicator, year: y).write(to: plot) }
            let unit = panel.indicators[i].unit
            var r = RecordTable(columns: [
                Column("department"), Column("year", style: .year), Column("value", heading: unit.isEmpty ? "value" : "value (\(unit))", style: .decimals(2)),
                Column("rank", style: .integer), Column("percentile", style: .decimals(1)), Column("z", style: .decimals(2)),
                Column("robust_z", heading: "robust z", style: .decimals(2)), Column("peer_median", heading: "peer median", style: .decimals(2)),
                Column("quartile", style: .integer), Column("outlier"),
                Column("group"), Column("peers", style: .integer), Column("missing", style: .integer, inTable: false),
                Column("distance_to_median", style: .decimals(2), inTable: false), Column("rank_change", heading: "Δrank", style: .integer),
                Column("top_quartile_years", style: .integer, inTable: false), Column("bottom_quartile_years", style: .integer, inTable: false),
            ])
            for s in standings.sorted(by: { ($0.group ?? "", $0.rank) < ($1.group ?? "", $1.rank) }) {
                r.append([.text(s.department), .number(Double(s.year)), .number(s.value), .number(Double(s.rank)), .optional(s.percentile),
                          .optional(s.z), .optional(s.robustZ), .number(s.peerMedian), .optional(s.quartile.map(Double.init)),
                          .text(s.outlier ? "yes" : "no"), .text(s.group ?? "all"), .number(Double(s.peers)), .number(Double(s.missing)),
                          .number(s.distanceToMedian), .optional(s.rankChange.map(Double.init)),
                          .number(Double(s.topQuartileYears)), .number(Double(s.bottomQuartileYears))])
            }
            r.preamble = ["\(panel.indicators[i].id) in \(y), \(lowerIsBetter ? "lower" : "higher") is better, peers: \(peerGroup.map { "by \($0)" } ?? "all departments")"]
            return r
        }

        private func trendReport(_ panel: IndicatorPanel, _ i: Int) throws -> RecordTable {
            let trends = try RelativeTrend.compute(panel: panel, indicator: panel.indicators[i].id, groupAttribute: peerGroup)
            if let plot { try SVGChart.relativeTrend(trends, panel: panel, indicator: panel.indicators[i].id).write(to: plot) }
            var r = RecordTable(columns: [
                Column("department"), Column("group"), Column("slope", heading: "slope/yr"), Column("peers", style: .integer),
                Column("peer_median_slope", heading: "peer median"), Column("peer_p25_slope", heading: "peer p25"),
                Column("peer_p75_slope", heading: "peer p75"), Column("slope_percentile", heading: "percentile", style: .decimals(1)),
                Column("robust_z", heading: "robust z", style: .decimals(2)),
            ])
            for t in trends {
                r.append([.text(t.department), .text(t.group ?? "all"), .optional(t.slope), .number(Double(t.peers)), .optional(t.peerMedianSlope),
                          .optional(t.peerLowerQuartileSlope), .optional(t.peerUpperQuartileSlope), .optional(t.slopePercentile), .optional(t.robustZ)])
            }
            return r
        }
    }
}
