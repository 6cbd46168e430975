/// Words to find in text, bucketed by their first scalar: finding every occurrence of a few hundred words in
/// a text of n scalars costs O(n) bucket look-ups plus the comparisons of the few words that start alike, with
/// no string folding. Report reading looks words up around every number, so this is its inner loop.
struct Lexicon<Payload: Sendable>: Sendable {
    private let byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], payload: Payload)]]

    init(_ entries: [(String, Payload)]) {
        var buckets: [Unicode.Scalar: [(word: [Unicode.Scalar], payload: Payload)]] = [:]
        for (word, payload) in entries {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first else { continue }
            buckets[first, default: []].append((scalars, payload))
        }
        byFirst = buckets.mapValues { $0.sorted { $0.word.count > $1.word.count } }
    }

    /// Calls `body` with every occurrence in `s[range]` (start and end offsets), in order of start, longest
    /// first at one start.
    func occurrences(in s: [Unicode.Scalar], _ range: Range<Int>, _ body: (_ payload: Payload, _ start: Int, _ end: Int) -> Void) {
        var k = range.lowerBound
        while k < range.upperBound {
            if let bucket = byFirst[s[k]] {
                for (word, payload) in bucket where k + word.count <= range.upperBound {
                    var same = true
                    for j in 1..<max(1, word.count) where s[k + j] != word[j] { same = false; break }
                    if same { body(payload, k, k + word.count) }
                }
            }
            k += 1
        }
    }

    /// The occurrence ending last in `s[range]` (the longest at that end) of the allowed payloads, with its start and
    /// end.
    func last(in s: [Unicode.Scalar], _ range: Range<Int>, where allowed: (Payload) -> Bool = { _ in true }) -> (payload: Payload, start: Int, end: Int)? {
        var best: (Payload, Int, Int)? = nil
        occurrences(in: s, range) { payload, start, end in
            guard allowed(payload) else { return }
            if best == nil || end > best!.2 || (end == best!.2 && end - start > best!.2 - best!.1) { best = (payload, start, end) }
        }
        return best.map { ($0.0, $0.1, $0.2) }
    }
}

extension String {
    /// The Unicode scalars, as report reading indexes text.
    var scalars: [Unicode.Scalar] { Array(unicodeScalars) }

    /// Whether the text holds `word`, compared scalar by scalar: no Foundation string search (which folds
    /// characters and costs more than the reading around it when asked of every line).
    func holds(_ word: String) -> Bool {
        let w = Array(word.unicodeScalars), s = Array(unicodeScalars)
        guard let first = w.first, s.count >= w.count else { return false }
        var k = 0
        while k + w.count <= s.count {
            if s[k] == first {
                var j = 1
                while j < w.count && s[k + j] == w[j] { j += 1 }
                if j == w.count { return true }
            }
            k += 1
        }
        return false
    }
}

extension Unicode.Scalar {
    /// A Chinese character (CJK Unified Ideographs and Extension A), told by code point.
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }

    /// A tab or a space separator (Unicode's Zs): what Foundation's `CharacterSet.whitespaces` holds, told by
    /// code point.
    var isSpaceOrTab: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension RandomAccessCollection where Index == Int {
    /// How many elements at the start satisfy `belongs`, in a collection where all that do come before all that
    /// do not (ordered by what `belongs` asks): a bisection, log n.
    func countOfPrefix(where belongs: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if belongs(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo - startIndex
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs: Foundation's `trimmingCharacters(in: .whitespaces)`, by code
    /// point (bridging to Foundation for it cost a fifth of reading a long report's tables).
    func trimmingSpaces() -> String { trimming(\.isSpaceOrTab) }

    /// Without leading and trailing blanks and line breaks: Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, by code point.
    func trimmingBlanks() -> String { trimming(ReportText.isBlank) }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let v = unicodeScalars
        guard let start = v.firstIndex(where: { !isTrimmed($0) }), let last = v.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars: v[start...last])
    }
}

extension String {
    /// The text of these scalars, written as UTF-8 straight into the string's storage. (`String(String.
    /// UnicodeScalarView(scalars))` goes through an array of UInt32 and a copy of the view: nine times slower on a
    /// label, and labels, clauses and lines are made from scalars throughout the reading. A string's own scalars
    /// sliced, a line or a section, are no array: `String(_: Substring.UnicodeScalarView)` copies their UTF-8 as it is.)
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var length = 0
        for c in scalars { length += UTF8.width(c) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for c in scalars { UTF8.encode(c) { buffer[i] = $0; i += 1 } }
            return i
        }
    }
}

extension Array where Element == Unicode.Scalar {
    var string: String { String(scalars: self) }
    func string(_ r: Range<Int>) -> String { String(scalars: self[r]) }
}
