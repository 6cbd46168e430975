import Foundation
import GRDB
import Outturn

/// The outcome of one import.
public struct ImportSummary: Sendable, Equatable {
    /// The import's number in the store (nil when nothing changed and no import was recorded).
    public let importID: Int64?
    /// Figures not in the store before.
    public let added: Int
    /// Figures that arrived with a different value (recorded as a new vintage).
    public let changed: Int
    /// Figures already in the store with the same value.
    public let unchanged: Int
}
