import Foundation
import Outturn

/// What an XML scan reports, in document order.
protocol XMLEvents: AnyObject {
    func start(_ name: String, _ attributes: [String: String])
    func end(_ name: String)
    func text(_ text: String)
    /// Set to stop the scan (the handler found an error of its own).
    var stop: Bool { get }
}

extension XMLEvents {
    var stop: Bool { false }
    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func text(_ text: String) {}
}

/// A small, strict, linear XML scanner for the parts of Office documents (workbooks, Word files): elements,
/// attributes, character data with the five entities and character references, CDATA; comments, processing
/// instructions and a DOCTYPE are skipped (no entity definitions, so no expansion attacks). Foundation's
/// XMLParser is not used: on Linux it crashes on some damaged XML (found by fuzzing workbooks) and leaks on
/// others. Malformed input is a thrown `DataError` naming `part`, never a trap.
enum XMLScanner {
    static let cdata = Array("<![CDATA[".utf8)

    static func scan(_ data: Data, _ events: XMLEvents, file: String, part: String) throws {
        let bytes = [UInt8](data)
        let n = bytes.count
        var i = 0
        var open: [String] = []
        func fail(_ what: String) -> DataError {
            DataError("the \(part) of the document is damaged XML (\(what) at byte \(i))", at: SourceLocation(file: file, line: 1),
                      hint: "open and save it again in Excel, WPS or LibreOffice")
        }
        func isNameByte(_ b: UInt8) -> Bool {
            !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x3E || b == 0x2F || b == 0x3D || b == 0x3C || b == 0x22 || b == 0x27)
        }
        func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 } }
        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            guard pattern.count <= n else { return nil }
            var k = start
            outer: while k + pattern.count <= n {
                for (j, b) in pattern.enumerated() where bytes[k + j] != b { k += 1; continue outer }
                return k
            }
            return nil
        }
        func decode(_ slice: ArraySlice<UInt8>) throws -> String {
            guard slice.contains(0x26) else { return String(decoding: slice, as: UTF8.self) }   // no '&'
            var out = [UInt8]()
            out.reserveCapacity(slice.count)
            var k = slice.startIndex
            while k < slice.endIndex {
                let b = slice[k]
                if b != 0x26 { out.append(b); k += 1; continue }
                guard let semicolon = slice[k...].firstIndex(of: 0x3B), semicolon - k <= 12 else { throw fail("an unterminated entity") }
                let name = String(decoding: slice[(k + 1)..<semicolon], as: UTF8.self)
                var scalar: UInt32?
                switch name {
                case "amp": scalar = 0x26
                case "lt": scalar = 0x3C
                case "gt": scalar = 0x3E
                case "quot": scalar = 0x22
                case "apos": scalar = 0x27
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16) }
                    else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst(), radix: 10) }
                }
                guard let s = scalar, let u = Unicode.Scalar(s) else { throw fail("an unknown entity &\(name);") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
                k = semicolon + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        while i < n {
            if events.stop { return }
            if bytes[i] != 0x3C {   // character data up to the next '<'
                let start = i
                while i < n && bytes[i] != 0x3C { i += 1 }
                events.text(try decode(bytes[start..<i]))
                continue
            }
            // '<'
            guard i + 1 < n else { throw fail("a '<' at the end") }
            switch bytes[i + 1] {
            case 0x3F:   // <? ... ?>
                guard let end = find([0x3F, 0x3E], from: i + 2) else { throw fail("an unterminated processing instruction") }
                i = end + 2
            case 0x21:   // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE >
                if bytes[i...].starts(with: [0x3C, 0x21, 0x2D, 0x2D]) {   // <!--
                    guard let end = find(Array("-->".utf8), from: i + 4) else { throw fail("an unterminated comment") }
                    i = end + 3
                } else if bytes[i...].starts(with: Self.cdata) {
                    guard let end = find(Array("]]>".utf8), from: i + 9) else { throw fail("an unterminated CDATA section") }
                    events.text(String(decoding: bytes[(i + 9)..<end], as: UTF8.self))
                    i = end + 3
                } else {
                    guard let end = find([0x3E], from: i + 2) else { throw fail("an unterminated declaration") }
                    i = end + 1
                }
            case 0x2F:   // </name>
                i += 2
                let start = i
                while i < n && isNameByte(bytes[i]) { i += 1 }
                let name = String(decoding: bytes[start..<i], as: UTF8.self)
                skipSpace()
                guard i < n, bytes[i] == 0x3E else { throw fail("a malformed end tag") }
                i += 1
                guard let last = open.popLast(), last == name else { throw fail("</\(name)> does not close the open element") }
                events.end(name)
            default:     // <name attr="v" ...> or <name .../>
                i += 1
                let start = i
                while i < n && isNameByte(bytes[i]) { i += 1 }
                guard i > start else { throw fail("an element without a name") }
                let name = String(decoding: bytes[start..<i], as: UTF8.self)
                var attributes: [String: String] = [:]
                while true {
                    skipSpace()
                    guard i < n else { throw fail("an unterminated start tag") }
                    if bytes[i] == 0x3E { i += 1; open.append(name); events.start(name, attributes); break }
                    if bytes[i] == 0x2F {
                        guard i + 1 < n, bytes[i + 1] == 0x3E else { throw fail("a malformed empty element") }
                        i += 2
                        events.start(name, attributes)
                        events.end(name)
                        break
                    }
                    let attributeStart = i
                    while i < n && isNameByte(bytes[i]) { i += 1 }
                    guard i > attributeStart else { throw fail("a malformed attribute") }
                    let key = String(decoding: bytes[attributeStart..<i], as: UTF8.self)
                    skipSpace()
                    guard i < n, bytes[i] == 0x3D else { throw fail("an attribute without a value") }
                    i += 1
                    skipSpace()
                    guard i < n, bytes[i] == 0x22 || bytes[i] == 0x27 else { throw fail("an unquoted attribute value") }
                    let quote = bytes[i]
                    i += 1
                    let valueStart = i
                    while i < n && bytes[i] != quote { i += 1 }
                    guard i < n else { throw fail("an unterminated attribute value") }
                    attributes[key] = try decode(bytes[valueStart..<i])
                    i += 1
                }
            }
        }
        if events.stop { return }
        if let unclosed = open.last { throw fail("<\(unclosed)> is never closed") }
    }
}
