import Outturn
import OutturnSystem
import Synchronization

/// The fast path of `PanelCSVReader` for the most common file: a long CSV with the columns department,
/// indicator, year and value, optionally unit, department_name, indicator_name and department_<attribute>
/// (any order), UTF-8, no quote characters anywhere.
///
/// Without quotes every line break ends a record, so the file is cut into pieces at arbitrary offsets, each
/// piece starting at the first line that begins inside it, and the pieces are read (`pread`) and parsed on
/// every core. Each piece interns its own department and indicator ids (a byte comparison with the
/// previous row first: sorted files repeat ids) and keeps compact columns; the pieces are then joined in file
/// order, so ids get the positions a sequential read gives them, and scattered into the panel. Metadata
/// columns repeat on every row of a department or indicator: each piece keeps each distinct (id, text) pair
/// once, in order of appearance, and the join replays them through `PanelAssembler`, so names, units and
/// attributes are checked for conflicts exactly as the general reader checks them.
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
    static func read(path: String, years: ClosedRange<Int> = IndicatorPanel.plausibleYears, progress: (@Sendable (Int, Int) -> Void)?,
                     pieceSize: Int = defaultPieceSize) -> IndicatorPanel? {
        precondition(pieceSize > 0, "pieces need at least one byte")
        guard let file = FileBytes(path: path), let head = file.read(0..<min(file.size, 1 << 16)) else { return nil }
        let header: Header? = head.withUnsafeBufferPointer { head in
            let bom = head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF
            return Header(head, from: bom ? 3 : 0)
        }
        guard let header else { return nil }
        let dataStart = header.end
        let pieceCount = max(1, (file.size - dataStart + pieceSize - 1) / pieceSize)
        let progressCounter = ProgressCounter(total: file.size, report: progress)
        progressCounter.add(dataStart)
        let abandoned = Atomic<Bool>(false)
        let pieces: [Piece?] = parallelMap(count: pieceCount, chunk: 1) { k in
            if abandoned.load(ordering: .relaxed) { return nil }
            let lo = dataStart + k * pieceSize, hi = min(file.size, lo + pieceSize)
            let piece = Piece.parse(file, lines: lo..<hi, header: header, accepted: years, abandoned: abandoned)
            if piece == nil { abandoned.store(true, ordering: .relaxed) }
            progressCounter.add(hi - lo)
            return piece
        }
        guard !abandoned.load(ordering: .relaxed) else { return nil }
        return assemble(pieces.map { $0! }, header: header)
    }

    /// Joins the pieces in file order (ids and metadata through a `PanelAssembler`) and scatters their
    /// observations into the panel's blocks; nil where the general reader would throw (an empty id, a
    /// conflicting name or unit, a duplicate cell) or find no observations.
    private static func assemble(_ pieces: [Piece], header: Header) -> IndicatorPanel? {
        var assembler = PanelAssembler(file: "")
        let nowhere = SourceLocation(file: "", line: 0)
        var departmentMaps: [[Int32]] = [], indicatorMaps: [[Int32]] = []
        var minYear = Int32.max, maxYear = Int32.min, count = 0
        do {
            for piece in pieces {
                let departmentMap = try piece.departments.ids.map { try assembler.department($0, at: nowhere) }
                let indicatorMap = try piece.indicators.ids.map { try assembler.indicator($0, at: nowhere) }
                for (column, log) in zip(header.metadata, piece.metadata) {
                    let map = column.perDepartment ? departmentMap : indicatorMap
                    for (entity, text) in log.pairs {
                        let position = map[Int(entity)]
                        switch column.role {
                        case .unit: try assembler.setUnit(position, text, at: nowhere)
                        case .departmentName: try assembler.setDepartmentName(position, text, at: nowhere)
                        case .indicatorName: try assembler.setIndicatorName(position, text, at: nowhere)
                        case let .attribute(key): try assembler.setDepartmentAttribute(position, key, text, at: nowhere)
                        default: preconditionFailure("not a metadata role")
                        }
                    }
                }
                departmentMaps.append(departmentMap)
                indicatorMaps.append(indicatorMap)
                if !piece.values.isEmpty {
                    minYear = min(minYear, piece.minYear)
                    maxYear = max(maxYear, piece.maxYear)
                }
                count += piece.values.count
            }
        } catch {
            return nil
        }
        if count == 0 { return nil }
        let departments = assembler.departments, indicators = assembler.indicators
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

    /// Where each column is. Accepted: department, indicator, year and value once each, and the metadata
    /// columns unit, department_name, indicator_name and department_<attribute> at most once each.
    struct Header: Sendable {
        /// Field positions of the four required columns.
        let department: Int, indicator: Int, year: Int, value: Int
        /// The metadata columns, in field order.
        let metadata: [MetadataColumn]
        /// Number of fields per line.
        let count: Int
        /// Offset just after the header's line break.
        let end: Int

        struct MetadataColumn: Sendable {
            let field: Int
            let role: PanelCSVReader.Role
            /// Describes the department (name, attributes) rather than the indicator (unit, name).
            let perDepartment: Bool
        }

        init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
            var k = start
            while k < bytes.count && bytes[k] != 0x0A { k += 1 }
            guard k < bytes.count else { return nil }
            var lineEnd = k
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            guard !line.contains(UInt8(ascii: "\"")), !line.contains(0x0D), let text = String(validating: line, as: UTF8.self)
            else { return nil }
            let roles = text.split(separator: ",", omittingEmptySubsequences: false).map {
                PanelCSVReader.role(of: PanelCSVReader.trimmed(String($0)))
            }
            guard Set(roles).count == roles.count,
                  let d = roles.firstIndex(of: .department), let i = roles.firstIndex(of: .indicator),
                  let y = roles.firstIndex(of: .year), let v = roles.firstIndex(of: .value) else { return nil }
            var metadata: [MetadataColumn] = []
            for (field, role) in roles.enumerated() {
                switch role {
                case .department, .indicator, .year, .value: continue
                case .unit, .indicatorName: metadata.append(MetadataColumn(field: field, role: role, perDepartment: false))
                case .departmentName, .attribute: metadata.append(MetadataColumn(field: field, role: role, perDepartment: true))
                default: return nil   // source, vintage, year columns, unknown columns: the general reader
                }
            }
            department = d; indicator = i; year = y; value = v
            self.metadata = metadata
            count = roles.count
            end = k + 1
        }
    }

    /// One piece's observations, with department and indicator positions local to the piece.
    struct Piece: Sendable {
        var departments = IDTable(), indicators = IDTable()
        /// Per metadata column of the header, its distinct (piece-local id, text) pairs.
        var metadata: [MetadataLog]
        var departmentIndex: [Int32] = [], indicatorIndex: [Int32] = [], years: [Int32] = [], values: [Double] = []
        var minYear = Int32.max, maxYear = Int32.min

        /// Reads and parses every line of the file that starts inside `range` (file offsets; the line running
        /// past its end included); nil at anything the general reader must handle, or a read error.
        static func parse(_ file: FileBytes, lines range: Range<Int>, header: Header, accepted: ClosedRange<Int>, abandoned: borrowing Atomic<Bool>) -> Piece? {
            // The byte before the range (is a line starting at its first byte?) up to the range's end plus room
            // for the last line; read again with more room in the rare case that line is longer.
            var room = 1 << 16
            while true {
                let end = min(file.size, range.upperBound + room)
                guard let bytes = file.read((range.lowerBound - 1)..<end) else { return nil }
                var cut = false
                let piece = bytes.withUnsafeBufferPointer {
                    Piece($0, lines: 1..<(range.count + 1), header: header, accepted: accepted, abandoned: abandoned,
                          atFileEnd: bytes.count < end - range.lowerBound + 1 || end == file.size, cut: &cut)
                }
                if !cut { return piece }
                room *= 16
            }
        }

        /// Parses every line of `bytes` that starts inside `range` (the line running past its end included);
        /// nil at anything the general reader must handle, or with `cut` set when that line runs past the end of
        /// `bytes` before the end of the file.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, lines range: Range<Int>, header: Header, accepted: ClosedRange<Int>, abandoned: borrowing Atomic<Bool>,
              atFileEnd: Bool, cut: inout Bool) {
            let n = bytes.count, last = header.count - 1
            metadata = header.metadata.map { _ in MetadataLog() }
            let metadataFields = header.metadata.map(\.field), metadataPerDepartment = header.metadata.map(\.perDepartment)
            var p = range.lowerBound
            // A piece starts at the first line beginning at or after its first byte.
            if p > 0 && bytes[p - 1] != 0x0A {
                while p < n && bytes[p] != 0x0A { p += 1 }
                p += 1
            }
            let estimate = range.count / 24
            departmentIndex.reserveCapacity(estimate); indicatorIndex.reserveCapacity(estimate)
            years.reserveCapacity(estimate); values.reserveCapacity(estimate)
            var fields = [Range<Int>](repeating: 0..<0, count: header.count)
            var rows = 0
            // The previous line's ids, compared byte for byte before any hashing (runs of one department are
            // the rule). They point into `bytes`, so they live only as long as this parse.
            var lastDepartment: IDTable.Recent? = nil, lastIndicator: IDTable.Recent? = nil
            var lastMetadata = [MetadataLog.Recent?](repeating: nil, count: header.metadata.count)
            while p < range.upperBound && p < n {
                // One line: the header's number of fields split at commas; any quote, stray CR or extra field
                // gives up.
                var field = 0, fieldStart = p, k = p
                var lineEnd = -1
                while k < n {
                    let c = bytes[k]
                    if c == UInt8(ascii: ",") {
                        if field == last { return nil }
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
                if lineEnd < 0 {
                    if !atFileEnd { cut = true; return nil }
                    lineEnd = n
                }
                var next = lineEnd < n && bytes[lineEnd] == 0x0D ? lineEnd + 2 : lineEnd + 1
                if next > n { next = n }
                defer { p = next }
                if field == 0 && fieldStart == lineEnd { continue }   // a blank line
                if field != last { return nil }
                fields[last] = fieldStart..<lineEnd
                guard let year = DecimalParsing.parseInteger(UnsafeBufferPointer(rebasing: bytes[fields[header.year]])),
                      accepted.contains(year) else { return nil }
                let raw = UnsafeBufferPointer(rebasing: bytes[fields[header.value]])
                var value: Double
                if let v = DecimalParsing.parse(raw, allowThousandsSeparators: false) {
                    value = v
                } else {
                    guard let text = String(validating: raw, as: UTF8.self),
                          PanelCSVReader.isMissingValue(PanelCSVReader.trimmed(text)) else { return nil }
                    value = .nan
                }
                guard let d = departments.position(bytes, fields[header.department], recent: &lastDepartment),
                      let i = indicators.position(bytes, fields[header.indicator], recent: &lastIndicator) else { return nil }
                for m in 0..<metadataFields.count {
                    guard metadata[m].note(metadataPerDepartment[m] ? d : i, bytes, fields[metadataFields[m]], recent: &lastMetadata[m]) else { return nil }
                }
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

    /// The text of a field without surrounding spaces and tabs (as the general reader trims), nil when the
    /// bytes are not UTF-8.
    static func trimmedText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        return String(validating: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }

    /// Ids of one column of one piece, in order of first appearance.
    struct IDTable: Sendable {
        private(set) var ids: [String] = []
        private var positions: [String: Int32] = [:]
        /// The bytes of the id last looked up and its position: a caller's local, valid while its buffer is.
        typealias Recent = (bytes: UnsafeBufferPointer<UInt8>, position: Int32)

        /// The piece-local position of the id in `range` (trimmed of spaces and tabs), nil when not UTF-8.
        /// `recent` short-cuts a repeat of the previous id without hashing.
        mutating func position(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, recent last: inout Recent?) -> Int32? {
            let raw = UnsafeBufferPointer(rebasing: bytes[range])
            if let last, raw.hasSameBytes(as: last.bytes) { return last.position }
            guard let id = trimmedText(bytes, range) else { return nil }
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

    /// The distinct (id, text) pairs of one metadata column in one piece, in order of first appearance.
    struct MetadataLog: Sendable {
        private(set) var pairs: [(entity: Int32, text: String)] = []
        private var seen: Set<Pair> = []
        /// The entity and bytes last noted: a caller's local, valid while its buffer is.
        typealias Recent = (entity: Int32, bytes: UnsafeBufferPointer<UInt8>)

        private struct Pair: Hashable {
            let entity: Int32
            let text: String
        }

        /// Notes the text of `range` (trimmed of spaces and tabs) for `entity`; false when it is not UTF-8.
        mutating func note(_ entity: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, recent last: inout Recent?) -> Bool {
            let raw = UnsafeBufferPointer(rebasing: bytes[range])
            if let last, last.entity == entity, raw.hasSameBytes(as: last.bytes) { return true }
            guard let text = trimmedText(bytes, range) else { return false }
            if seen.insert(Pair(entity: entity, text: text)).inserted { pairs.append((entity, text)) }
            last = (entity, raw)
            return true
        }
    }
}


/// A file read by offset (`pread`) from any thread. Reading rather than mapping keeps a file that shrinks
/// while it is read from crashing the process (a mapped page past the end raises SIGBUS); a short read is the
/// end of the file.
final class FileBytes: Sendable {
    private let descriptor: FileDescriptor
    /// Size in bytes when opened.
    let size: Int

    init?(path: String) {
        guard let fd = try? FileDescriptor.open(reading: path) else { return nil }
        guard let status = try? fd.status(), status.kind == .regular, status.size > 0 else { try? fd.close(); return nil }
        descriptor = fd
        size = status.size
    }

    deinit { try? descriptor.close() }

    /// The bytes at `range` (fewer at the end of the file), or nil on a read error.
    func read(_ range: Range<Int>) -> [UInt8]? {
        var failed = false
        // Filled straight from the file (no zeroing first); only the bytes read count as initialized.
        let buffer = [UInt8](unsafeUninitializedCapacity: range.count) { storage, initialized in
            initialized = 0
            while initialized < range.count {
                guard let n = try? descriptor.read(into: storage.baseAddress! + initialized, count: range.count - initialized,
                                                   at: range.lowerBound + initialized) else { failed = true; return }
                if n == 0 { return }
                initialized += n
            }
        }
        return failed ? nil : buffer
    }
}
