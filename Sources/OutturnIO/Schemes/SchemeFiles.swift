import Foundation
import Outturn

/// Scoring schemes as JSON files: the ones shipped with the package (`standard`, `provincial-example`) or any
/// file a user writes in the same form.
public enum SchemeFiles {
    /// Names of the schemes shipped with the package.
    public static let bundled = ShippedSchemes.json.map(\.name)

    /// The scheme named `nameOrPath`: a bundled name, or a path to a JSON file.
    public static func load(_ nameOrPath: String) throws -> ScoringScheme {
        if let shipped = ShippedSchemes.json.first(where: { $0.name == nameOrPath }) {
            return try decode(Data(shipped.text.utf8), file: nameOrPath + ".json")
        }
        let bytes = try WholeFile.read(nameOrPath, what: "scheme", hint: "give a JSON file or one of: " + bundled.joined(separator: ", "))
        return try decode(Data(bytes), file: nameOrPath)
    }

    static func decode(_ data: Data, file: String) throws -> ScoringScheme {
        let scheme = try JSONDocument.decode(ScoringScheme.self, from: data, file: file, what: "scheme")
        if scheme.items.isEmpty { throw DataError("the scheme has no items", at: SourceLocation(file: file, line: 1)) }
        return scheme
    }
}
