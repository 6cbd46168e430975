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
