import Foundation
import Outturn
import OutturnOutput

/// Saved forecast models as a JSON file (`outturn forecast --save-model`, `--model-file`):
/// `{"format": "outturn-forecast-models", "version": 1, "models": [ForecastModel, ...]}`, one model per indicator.
public enum ForecastModelFile {
    static let format = "outturn-forecast-models"
    static let version = 1

    private struct Document: Codable {
        var format: String
        var version: Int
        var models: [ForecastModel]
    }

    /// The file's text: pretty-printed with sorted keys, so two saves of the same models are byte-identical.
    public static func encode(_ models: [ForecastModel]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return String(decoding: try encoder.encode(Document(format: format, version: version, models: models)), as: UTF8.self) + "\n"
    }

    /// Writes the models to `path`, completely or not at all (`ByteSink`: a temporary file renamed into place; only
    /// a regular file the user may write is replaced).
    public static func write(_ models: [ForecastModel], to path: String) throws {
        let sink = try ByteSink(path: path)
        try sink.write(try encode(models))
        try sink.finish()
    }

    /// The models in the file at `path`; a file that is not such a document, or one with two models of one
    /// indicator, is a `DataError` naming the field and its place.
    public static func read(_ path: String) throws -> [ForecastModel] {
        let bytes = try WholeFile.read(path, what: "model file", hint: "write one with outturn forecast --save-model FILE.json")
        return try decode(Data(bytes), file: path)
    }

    static func decode(_ data: Data, file: String) throws -> [ForecastModel] {
        let document = try JSONDocument.decode(Document.self, from: data, file: file, what: "model file")
        guard document.format == format else {
            throw DataError("not an Outturn model file: format is \"\(document.format)\", not \"\(format)\"",
                            at: JSONDocument.location(of: [Key("format")], in: data, file: file))
        }
        guard document.version == version else {
            throw DataError("model file version \(document.version) is not one this outturn reads (\(version))",
                            at: JSONDocument.location(of: [Key("version")], in: data, file: file), hint: "save the model again with this outturn")
        }
        for (k, m) in document.models.enumerated() {
            if let why = m.inconsistency {
                throw DataError("model file .models[\(k)] (\(m.indicator)): \(why)", at: SourceLocation(file: file, line: 1),
                                hint: "save the model again with outturn forecast --save-model")
            }
        }
        var seen = Set<String>()
        for m in document.models where !seen.insert(m.indicator).inserted {
            throw DataError("the model file has two models for indicator \"\(m.indicator)\"", at: SourceLocation(file: file, line: 1))
        }
        return document.models
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
