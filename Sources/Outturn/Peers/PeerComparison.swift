/// Where one department stands among its peers on one indicator in one year.
///
/// Ranks run from 1 = best (highest value, or lowest with `lowerIsBetter`); tied values share the best rank of
/// their tie (1, 2, 2, 4). Percentile: the share of the other peers doing worse, ties counting half, in percent
/// (100 = better than every peer). Quartile 1 is the best quarter. Statistics that a group too small or too
/// uniform cannot give are nil.
public struct PeerStanding: Sendable, Equatable {
    public let department: String
    public let year: Int
    /// The peer group's name (the attribute value), or nil for all departments.
    public let group: String?
    public let value: Double
    public let rank: Int
    /// Peers with a value this year (the department included).
    public let peers: Int
    /// Group members without a value this year (excluded from every statistic).
    public let missing: Int
    public let percentile: Double?
    /// (value - mean) / sample standard deviation.
    public let z: Double?
    /// (value - median) / (1.4826 MAD).
    public let robustZ: Double?
    public let peerMedian: Double
    /// value - peer median, in the indicator's unit.
    public let distanceToMedian: Double
    public let quartile: Int?
    /// |robust z| above the threshold.
    public let outlier: Bool
    /// Previous year's rank minus this year's (positive = moved up), when ranked both years.
    public let rankChange: Int?
    /// Of the last `persistenceYears` years up to this one, in how many the department was in the top quartile,
    /// and in how many in the bottom one.
    public let topQuartileYears: Int
    public let bottomQuartileYears: Int
}

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
                for (k, d) in present.enumerated() {
                    let v = values[k]
                    let better = values.filter { lowerIsBetter ? $0 < v : $0 > v }.count
                    let worse = values.filter { lowerIsBetter ? $0 > v : $0 < v }.count
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

/// A department's trend slope against the slopes of its peers (is its execution rate falling faster?).
public struct RelativeTrend: Sendable, Equatable {
    public let department: String
    public let group: String?
    /// OLS slope in the indicator's unit per year; nil when the department has fewer than two years.
    public let slope: Double?
    /// Peers with a slope (the department included).
    public let peers: Int
    /// The peers' slopes: median and quartiles.
    public let peerMedianSlope: Double?
    public let peerLowerQuartileSlope: Double?
    public let peerUpperQuartileSlope: Double?
    /// Share of the other peers with a lower slope (ties half), percent.
    public let slopePercentile: Double?
    /// (slope - peers' median) / (1.4826 MAD of the peers' slopes).
    public let robustZ: Double?

    /// The relative trends of one indicator (by id) over the panel's years; throws for an unknown id.
    public static func compute(panel: IndicatorPanel, indicator: String, groupAttribute: String? = nil) throws -> [RelativeTrend] {
        let i = try panel.indicatorPosition(indicator)
        let fits = BatchLinearTrend.fit(panel: panel, indicatorAt: i)
        var groups: [String?: [Int]] = [:]
        for d in panel.departments.indices {
            groups[groupAttribute.map { panel.departments[d].attributes[$0] ?? "(none)" }, default: []].append(d)
        }
        var out: [RelativeTrend?] = Array(repeating: nil, count: panel.departments.count)
        for (key, ds) in groups {
            let slopes = ds.compactMap { fits[$0].slope }
            let stats = slopes.isEmpty ? nil : GroupStatistics(slopes)
            let spread = SpreadStatistics(slopes)
            for d in ds {
                let s = fits[d].slope
                var percentile: Double? = nil
                if let s, slopes.count > 1 {
                    let lower = slopes.filter { $0 < s }.count, equal = slopes.filter { $0 == s }.count - 1
                    percentile = 100 * (Double(lower) + 0.5 * Double(equal)) / Double(slopes.count - 1)
                }
                out[d] = RelativeTrend(
                    department: panel.departments[d].id, group: key, slope: s, peers: slopes.count, peerMedianSlope: spread.median,
                    peerLowerQuartileSlope: spread.lowerQuartile, peerUpperQuartileSlope: spread.upperQuartile, slopePercentile: percentile,
                    robustZ: s.flatMap { v in stats?.robustScale.map { (v - stats!.median) / $0 } })
            }
        }
        return out.map { $0! }
    }
}
