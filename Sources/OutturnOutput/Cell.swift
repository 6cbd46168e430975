import Outturn

/// One cell of a record.
public enum Cell: Sendable {
    case text(String)
    case number(Double)
    case missing

    public static func optional(_ v: Double?) -> Cell { v.map { $0.isNaN ? .missing : .number($0) } ?? .missing }
}
