import Foundation
import Outturn

/// Decoding of the JSON documents a user writes or keeps (scoring schemes, saved forecast models), with errors
/// that name the field and where it is in the file.
enum JSONDocument {
    /// `T` decoded from `data`; a `DecodingError` becomes a `DataError` naming `what`, the field's path
    /// (`.items[2].weight`) and its line and column in the file (of the deepest key of the path found there,
    /// else of the start: JSONDecoder does not report positions).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            if case let .dataCorrupted(c) = error, c.codingPath.isEmpty, let syntax = syntaxError(in: data, file: file) {
                throw DataError("\(what) is not valid JSON: \(syntax.reason)", at: syntax.location)
            }
            let (path, reason): ([any CodingKey], String)
            switch error {
            case let .keyNotFound(key, c): (path, reason) = (c.codingPath + [key], "is missing")
            case let .typeMismatch(_, c), let .valueNotFound(_, c): (path, reason) = (c.codingPath, "has the wrong type: \(c.debugDescription)")
            case let .dataCorrupted(c): (path, reason) = (c.codingPath, c.debugDescription)
            @unknown default: (path, reason) = ([], "\(error)")
            }
            let named = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw DataError("\(what) \(named.isEmpty ? "" : named + " ")\(reason)",
                            at: location(of: isMissingKey(error) ? Array(path.dropLast()) : path, in: data, file: file))
        }
    }

    private static func isMissingKey(_ error: DecodingError) -> Bool {
        if case .keyNotFound = error { return true }
        return false
    }

    /// The line and column of the last key of `path` found in the text by following its keys in order (each
    /// searched after the previous one), or line 1, column 1.
    static func location(of path: [any CodingKey], in data: Data, file: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var position = 0, found: Int? = nil
        for key in path where key.intValue == nil {
            let needle = Array("\"\(key.stringValue)\"".utf8)
            guard let hit = firstIndex(of: needle, in: bytes, from: position) else { break }
            found = hit
            position = hit + needle.count
        }
        guard let offset = found else { return SourceLocation(file: file, line: 1, column: 1) }
        return place(ofByte: offset, in: bytes, file: file)
    }

    /// The line and column (in characters) of a byte offset.
    private static func place(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, column = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == UInt8(ascii: "\n") { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Why the text is not JSON and where, as the parser says it ("invalid value around character 8", "unexpected
    /// end of file": JSONDecoder keeps only "not valid JSON"); nil when it parses.
    static func syntaxError(in data: Data, file: String) -> (reason: String, location: SourceLocation)? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return describe(syntaxError: error, in: data, file: file)
        }
    }

    /// JSONSerialization's error as a reason and a place: its "around character N" made a line and column (N is
    /// a UTF-8 byte offset from 0 in swift-corelibs-foundation, whatever the word says), an end of file placed at
    /// the end.
    static func describe(syntaxError error: any Error, in data: Data, file: String) -> (reason: String, location: SourceLocation) {
        let bytes = [UInt8](data)
        let said = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var reason = said.hasSuffix(".") ? String(said.dropLast()) : said
        if let first = reason.first { reason = first.lowercased() + reason.dropFirst() }
        if let range = said.range(of: #"character (\d+)"#, options: .regularExpression),
           let n = Int(said[range].dropFirst("character ".count)) {
            reason = reason.replacingOccurrences(of: " around character \(n)", with: "")
            return (reason, place(ofByte: n, in: bytes, file: file))
        }
        return (reason, place(ofByte: bytes.count, in: bytes, file: file))
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        for i in start...(bytes.count - needle.count) where bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
