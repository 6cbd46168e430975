import Foundation
import GRDB
import Outturn

/// One stored version of a figure.
public struct StoredObservation: Sendable, Equatable {
    public let department: String
    public let indicator: String
    public let year: Int
    /// 0 for the annual figure; 1...12 for one cumulative to the end of that month.
    public let month: Int
    /// nil for an explicitly missing value.
    public let value: Double?
    public let unit: String
    public let source: String
    /// The year of the document that stated it (a report's year, or the import's vintage).
    public let vintage: Int
    /// Whether this is the value in force.
    public let current: Bool
    public let importID: Int64
    /// ISO 8601 time of the import.
    public let importedAt: String
}
