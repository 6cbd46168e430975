/// A public-sector department (部门): a stable id, a display name and optional attributes used to form peer
/// groups.
public struct Department: Sendable, Hashable, Codable {
    /// Stable identifier, e.g. `"hunan-finance"` or `"DOD"`.
    public var id: String
    /// Display name in any language, e.g. `"湖南省财政厅"`. Defaults to the id.
    public var name: String
    /// Attributes such as `region`, `level`, `group` (peer groups are formed by attribute value).
    public var attributes: [String: String]

    public init(id: String, name: String? = nil, attributes: [String: String] = [:]) {
        precondition(!id.isEmpty, "a department id cannot be empty")
        self.id = id
        self.name = name ?? id
        self.attributes = attributes
    }
}
