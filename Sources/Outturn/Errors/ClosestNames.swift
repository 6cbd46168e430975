/// Suggests existing names close to a mistyped one (Levenshtein distance over characters).
public enum ClosestNames {
    /// Up to `limit` names from `candidates` within a distance of about a quarter of the name's length, nearest
    /// first.
    public static func closest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(name.lowercased())
        let maxDistance = max(2, target.count / 4)
        var scored: [(Int, String)] = []
        for c in candidates {
            let d = distance(target, Array(c.lowercased()))
            let contains = c.lowercased().contains(name.lowercased()) && !name.isEmpty
            if d <= maxDistance || contains { scored.append((contains ? min(d, 1) : d, c)) }
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
    }

    /// The Levenshtein distance between two names, in characters.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
