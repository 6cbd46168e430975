#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Outturn
import Synchronization

/// The fast path of `PanelCSVReader` for the most common file: a long CSV with exactly the columns
/// department, indicator, year and value (any order), UTF-8, no quote characters anywhere.
///
/// Without quotes every line break ends a record, so the file (mapped into memory) is cut into pieces at
/// arbitrary offsets, each piece starting at the first line that begins inside it, and the pieces are parsed
/// on every core. Each piece interns its own department and indicator ids (a byte comparison with the
/// previous row first: sorted files repeat ids) and keeps compact columns; the pieces are then joined in file
/// order, so ids get the positions a sequential read gives them, and scattered into the panel.
///
/// It returns nil, and the general reader reads the file instead, at the first thing it does not handle the way
/// the general reader would: a quote, a byte-order mark other than UTF-8's, invalid UTF-8, another column, a
/// field count or number that is not right, an empty id, a duplicate cell, no rows. Whatever is wrong with a
/// file is therefore reported by one reader, with the same messages and locations, and a file the fast path
/// reads gives exactly the panel the general reader gives (tests).
enum ParallelLongCSV {
    /// Bytes per piece: small enough to balance the cores, large enough that each piece's interning tables
    /// (which may repeat another piece's ids) stay a small cost.
    static let defaultPieceSize = 8 << 20

    /// The panel of the file at `path`, or nil for the general reader to read it (see the type's comment).
    static func read(path: String, progress: (@Sendable (Int, Int) -> Void)?, pieceSize: Int = defaultPieceSize) -> IndicatorPanel? {
        precondition(pieceSize > 0, "pieces need at least one byte")
        guard let file = MappedFile(path: path) else { return nil }
        let bytes = file.bytes
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        guard let header = Header(bytes, from: start) else { return nil }
        let dataStart = header.end
        let pieceCount = max(1, (bytes.count - dataStart + pieceSize - 1) / pieceSize)
        let progressCounter = ProgressCounter(total: bytes.count, report: progress)
        progressCounter.add(dataStart)
        let abandoned = Atomic<Bool>(false)
        let shared = SharedBytes(bytes)
        let pieces: [Piece?] = parallelMap(count: pieceCount, chunk: 1) { k in
            if abandoned.load(ordering: .relaxed) { return nil }
            let lo = dataStart + k * pieceSize, hi = min(shared.bytes.count, lo + pieceSize)
            let piece = Piece(shared.bytes, lines: lo..<hi, header: header, abandoned: abandoned)
            if piece == nil { abandoned.store(true, ordering: .relaxed) }
            file.release(lo..<hi)
            progressCounter.add(hi - lo)
            return piece
        }
        guard !abandoned.load(ordering: .relaxed) else { return nil }
        return assemble(pieces.map { $0! })
    }

    /// Joins the pieces in file order and scatters their observations into the panel's blocks; nil on an empty
    /// id, no observations or a duplicate cell (for the general reader to report).
    private static func assemble(_ pieces: [Piece]) -> IndicatorPanel? {
        var departmentPositions: [String: Int32] = [:], indicatorPositions: [String: Int32] = [:]
        var departments: [Department] = [], indicators: [Indicator] = []
        var departmentMaps: [[Int32]] = [], indicatorMaps: [[Int32]] = []
        var minYear = Int32.max, maxYear = Int32.min, count = 0
        for piece in pieces {
            var map: [Int32] = []
            for id in piece.departments.ids {
                if id.isEmpty { return nil }
                if let d = departmentPositions[id] { map.append(d); continue }
                departmentPositions[id] = Int32(departments.count)
                map.append(Int32(departments.count))
                departments.append(Department(id: id))
            }
            departmentMaps.append(map)
            map = []
            for id in piece.indicators.ids {
                if id.isEmpty { return nil }
                if let i = indicatorPositions[id] { map.append(i); continue }
                indicatorPositions[id] = Int32(indicators.count)
                map.append(Int32(indicators.count))
                indicators.append(IndicatorCatalogue.standard(id: id) ?? Indicator(id: id))
            }
            indicatorMaps.append(map)
            if !piece.values.isEmpty {
                minYear = min(minYear, piece.minYear)
                maxYear = max(maxYear, piece.maxYear)
            }
            count += piece.values.count
        }
        if count == 0 { return nil }
        let years = Int(minYear)..<(Int(maxYear) + 1)
        let t = years.count, cells = departments.count * t
        var blocks = indicators.map { _ in [Double](repeating: .nan, count: cells) }
        var seen = [UInt64](repeating: 0, count: (indicators.count * cells + 63) / 64)
        for (k, piece) in pieces.enumerated() {
            let departmentMap = departmentMaps[k], indicatorMap = indicatorMaps[k]
            for n in piece.values.indices {
                let i = Int(indicatorMap[Int(piece.indicatorIndex[n])])
                let slot = Int(departmentMap[Int(piece.departmentIndex[n])]) * t + Int(piece.years[n] - minYear)
                let bit = i * cells + slot
                if seen[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return nil }
                seen[bit >> 6] |= 1 << UInt64(bit & 63)
                blocks[i][slot] = piece.values[n]
            }
        }
        return IndicatorPanel(departments: departments, indicators: indicators, years: years, blocks: blocks)
    }

    /// Where the four columns are; the header must name exactly department, indicator, year and value.
    struct Header: Sendable {
        /// Field positions (0...3) of each role.
        let department: Int, indicator: Int, year: Int, value: Int
        /// Offset just after the header's line break.
        let end: Int

        init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
            var k = start
            while k < bytes.count && bytes[k] != 0x0A { k += 1 }
            guard k < bytes.count else { return nil }
            var lineEnd = k
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            guard !line.contains(UInt8(ascii: "\"")), !line.contains(0x0D), let text = String(validating: line, as: UTF8.self)
            else { return nil }
            let names = text.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: [" ", "\t"]).lowercased()
            }
            func position(_ accepted: Set<String>) -> Int? {
                let found = names.indices.filter { accepted.contains(names[$0]) }
                return found.count == 1 ? found[0] : nil
            }
            guard names.count == 4, let d = position(PanelCSVReader.departmentColumnNames),
                  let i = position(PanelCSVReader.indicatorColumnNames), let y = position(["year"]), let v = position(["value"])
            else { return nil }
            department = d; indicator = i; year = y; value = v
            end = k + 1
        }
    }

    /// One piece's observations, with department and indicator positions local to the piece.
    struct Piece: Sendable {
        var departments = IDTable(), indicators = IDTable()
        var departmentIndex: [Int32] = [], indicatorIndex: [Int32] = [], years: [Int32] = [], values: [Double] = []
        var minYear = Int32.max, maxYear = Int32.min

        /// Parses every line that starts inside `range` (the line running past its end included); nil at
        /// anything the general reader must handle.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, lines range: Range<Int>, header: Header, abandoned: borrowing Atomic<Bool>) {
            let n = bytes.count
            var p = range.lowerBound
            // A piece starts at the first line beginning at or after its first byte.
            if p > 0 && bytes[p - 1] != 0x0A {
                while p < n && bytes[p] != 0x0A { p += 1 }
                p += 1
            }
            let estimate = range.count / 24
            departmentIndex.reserveCapacity(estimate); indicatorIndex.reserveCapacity(estimate)
            years.reserveCapacity(estimate); values.reserveCapacity(estimate)
            var fields = (0..<4).map { _ in 0..<0 }
            var rows = 0
            while p < range.upperBound && p < n {
                // One line: up to four fields split at commas; any quote, stray CR or fifth field gives up.
                var field = 0, fieldStart = p, k = p
                var lineEnd = -1
                while k < n {
                    let c = bytes[k]
                    if c == UInt8(ascii: ",") {
                        if field == 3 { return nil }
                        fields[field] = fieldStart..<k
                        field += 1
                        fieldStart = k + 1
                    } else if c == 0x0A {
                        lineEnd = k
                        break
                    } else if c == UInt8(ascii: "\"") {
                        return nil
                    } else if c == 0x0D {
                        if k + 1 < n && bytes[k + 1] != 0x0A { return nil }
                        lineEnd = k
                        break
                    }
                    k += 1
                }
                if lineEnd < 0 { lineEnd = n }
                var next = lineEnd < n && bytes[lineEnd] == 0x0D ? lineEnd + 2 : lineEnd + 1
                if next > n { next = n }
                defer { p = next }
                if field == 0 && fieldStart == lineEnd { continue }   // a blank line
                if field != 3 { return nil }
                fields[3] = fieldStart..<lineEnd
                guard let year = DecimalParsing.parseInteger(UnsafeBufferPointer(rebasing: bytes[fields[header.year]])),
                      PanelAssembler.yearLimits.contains(year) else { return nil }
                let raw = UnsafeBufferPointer(rebasing: bytes[fields[header.value]])
                var value: Double
                if let v = DecimalParsing.parse(raw, allowThousandsSeparators: false) {
                    value = v
                } else {
                    guard let text = String(validating: raw, as: UTF8.self),
                          PanelCSVReader.isMissingValue(text.trimmingCharacters(in: [" ", "\t"])) else { return nil }
                    value = .nan
                }
                guard let d = departments.position(bytes, fields[header.department]),
                      let i = indicators.position(bytes, fields[header.indicator]) else { return nil }
                departmentIndex.append(d)
                indicatorIndex.append(i)
                let y = Int32(year)
                years.append(y)
                values.append(value)
                if y < minYear { minYear = y }
                if y > maxYear { maxYear = y }
                rows += 1
                if rows & 0xFFFF == 0 && abandoned.load(ordering: .relaxed) { return nil }
            }
        }
    }

    /// Ids of one column of one piece, in order of first appearance.
    struct IDTable {
        private(set) var ids: [String] = []
        private var positions: [String: Int32] = [:]
        private var last: (bytes: UnsafeBufferPointer<UInt8>, position: Int32)? = nil

        /// The piece-local position of the id in `range` (trimmed of spaces and tabs), nil when not UTF-8.
        mutating func position(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
            let raw = UnsafeBufferPointer(rebasing: bytes[range])
            if let last, last.bytes.count == raw.count,
               raw.count == 0 || memcmp(last.bytes.baseAddress!, raw.baseAddress!, raw.count) == 0 {
                return last.position
            }
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
            while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
            guard let id = String(validating: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self) else { return nil }
            let position: Int32
            if let p = positions[id] {
                position = p
            } else {
                position = Int32(ids.count)
                positions[id] = position
                ids.append(id)
            }
            last = (raw, position)
            return position
        }
    }
}

// The mapped bytes are only read, by the workers of one `read` call, while the mapping is alive.
private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
}

// `last` points into the mapped file, which outlives every table (they are dropped when `read` returns).
extension ParallelLongCSV.IDTable: @unchecked Sendable {}

/// A file mapped read-only; `release` tells the system a parsed range's pages may leave this process's memory
/// (they stay in the page cache), so resident memory stays near the panel's size rather than the file's.
private final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer

    init?(path: String) {
        let fd = open(path, O_RDONLY)
        if fd < 0 { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        guard let p = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        base = p
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: Int(st.st_size))
        _ = madvise(p, bytes.count, MADV_SEQUENTIAL)
    }

    func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let lo = (range.lowerBound + page - 1) / page * page, hi = range.upperBound / page * page
        if hi > lo { _ = madvise(base + lo, hi - lo, MADV_DONTNEED) }
    }

    deinit { munmap(base, bytes.count) }
}
