/// Peer benchmarking of departments per indicator and year.
public enum PeerComparison {
    /// Standings of every department with a value, year by year (or in `years` only), within peer groups.
    ///
    /// - Parameters:
    ///   - indicator: the indicator's id.
    ///   - groupAttribute: form peer groups by this department attribute (region, level, group...); nil = all.
    ///   - peers: restrict to these department ids (an explicit peer list).
    ///   - persistenceYears: the window for the quartile persistence counts.
    /// - Throws: `DataError` for an unknown indicator id.
    public static func standings(
        panel: IndicatorPanel, indicator: String, years: [Int]? = nil, groupAttribute: String? = nil, peers: [String]? = nil,
        lowerIsBetter: Bool = false, outlierThreshold: Double = 3.5, persistenceYears: Int = 3
    ) throws -> [PeerStanding] {
        precondition(persistenceYears >= 1, "the persistence window must be at least one year")
        let i = try panel.indicatorPosition(indicator)
        let peerSet = peers.map(Set.init)
        let members = panel.departments.indices.filter { peerSet?.contains(panel.departments[$0].id) ?? true }
        var groups: [String?: [Int]] = [:]
        var groupOrder: [String?] = []
        for d in members {
            let key: String? = groupAttribute.map { panel.departments[d].attributes[$0] ?? "(none)" }
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append(d)
        }
        // Yearly standings of every year (for rank changes and persistence), then the requested ones.
        var byYear: [Int: [Int: (rank: Int, quartile: Int?)]] = [:]
        var out: [PeerStanding] = []
        let wanted = Set(years ?? Array(panel.years))
        for year in panel.years {
            let t = year - panel.years.lowerBound
            var yearStandings: [(PeerStanding, Int)] = []
            for key in groupOrder {
                let ds = groups[key]!
                let present = ds.filter { !panel.series(departmentAt: $0, indicatorAt: i)[t].isNaN }
                let values = present.map { panel.series(departmentAt: $0, indicatorAt: i)[t] }
                guard !values.isEmpty else { continue }
                let stats = GroupStatistics(values)
                // One sort per group and year; each value's peers above and below by binary search, so a year of
                // n departments costs n log n, not n^2.
                let sorted = values.sorted()
                for (k, d) in present.enumerated() {
                    let v = values[k]
                    let below = sorted.partitioningIndex { $0 >= v }, atOrBelow = sorted.partitioningIndex { $0 > v }
                    let above = sorted.count - atOrBelow
                    let better = lowerIsBetter ? below : above, worse = lowerIsBetter ? above : below
                    let ties = values.count - better - worse - 1
                    let n = values.count
                    let percentile: Double? = n > 1 ? 100 * (Double(worse) + 0.5 * Double(ties)) / Double(n - 1) : nil
                    let quartile: Int? = percentile.map { $0 >= 75 ? 1 : ($0 >= 50 ? 2 : ($0 >= 25 ? 3 : 4)) }
                    let robust = stats.robustScale.map { (v - stats.median) / $0 }
                    let standing = PeerStanding(
                        department: panel.departments[d].id, year: year, group: key, value: v, rank: better + 1, peers: n,
                        missing: ds.count - n, percentile: percentile, z: stats.standardDeviation.map { (v - stats.mean) / $0 },
                        robustZ: robust, peerMedian: stats.median, distanceToMedian: v - stats.median, quartile: quartile,
                        outlier: robust.map { abs($0) > outlierThreshold } ?? false, rankChange: nil, topQuartileYears: 0, bottomQuartileYears: 0)
                    yearStandings.append((standing, d))
                }
            }
            byYear[year] = Dictionary(uniqueKeysWithValues: yearStandings.map { ($0.1, ($0.0.rank, $0.0.quartile)) })
            guard wanted.contains(year) else { continue }
            for (s, d) in yearStandings {
                let previous = byYear[year - 1]?[d]?.rank
                let window = (year - persistenceYears + 1)...year
                let quartiles = window.compactMap { byYear[$0]?[d]?.quartile }
                out.append(PeerStanding(
                    department: s.department, year: s.year, group: s.group, value: s.value, rank: s.rank, peers: s.peers,
                    missing: s.missing, percentile: s.percentile, z: s.z, robustZ: s.robustZ, peerMedian: s.peerMedian,
                    distanceToMedian: s.distanceToMedian, quartile: s.quartile, outlier: s.outlier,
                    rankChange: previous.map { $0 - s.rank }, topQuartileYears: quartiles.filter { $0 == 1 }.count,
                    bottomQuartileYears: quartiles.filter { $0 == 4 }.count))
            }
        }
        return out
    }
}

/// Mean, sample standard deviation, median and the MAD-based robust scale of a peer group's values.
struct GroupStatistics {
    let mean: Double
    /// nil with fewer than two values or no spread.
    let standardDeviation: Double?
    let median: Double
    /// 1.4826 * median |x - median|; nil when zero (more than half the peers share one value).
    let robustScale: Double?

    init(_ values: [Double]) {
        let s = SpreadStatistics(values)
        mean = s.mean!
        standardDeviation = s.standardDeviation.flatMap { $0 > 0 ? $0 : nil }
        median = s.median!
        let mad = Descriptive.median(values.map { abs($0 - s.median!) })
        robustScale = mad > 0 ? 1.4826 * mad : nil
    }
}

extension Array where Element: Comparable {
    /// The first index whose element satisfies `belongs`, which must be false for a prefix of this sorted array
    /// and true for the rest (count when none does). O(log n).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
