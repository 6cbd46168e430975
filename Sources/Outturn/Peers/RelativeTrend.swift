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
            let sorted = slopes.sorted()  // counts below and equal by binary search: n log n per group, not n^2
            for d in ds {
                let s = fits[d].slope
                var percentile: Double? = nil
                if let s, slopes.count > 1 {
                    let lower = sorted.partitioningIndex { $0 >= s }, equal = sorted.partitioningIndex { $0 > s } - lower - 1
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
