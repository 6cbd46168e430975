/// Where a value came from: a file and line, or a report with a character offset and a snippet, and the vintage
/// (the report year that stated it: reports restate prior years, sometimes differently).
public struct Provenance: Sendable, Hashable, Codable {
    /// Free-form source, e.g. `"report-2024.txt@1234: 预算执行率为 92.56%"` or `"data.csv:17"`.
    public var source: String
    /// The year of the document that stated the value, when known.
    public var vintage: Int?

    public init(source: String, vintage: Int? = nil) {
        self.source = source
        self.vintage = vintage
    }
}
