import Foundation
import GRDB
import Outturn

/// What importing does when a figure already in the store arrives with a different value.
public enum ImportConflictPolicy: String, Sendable, CaseIterable {
    /// Abort the whole import, naming the conflicting keys (the default: nothing changes silently).
    case reject
    /// Record the new value as a new vintage and make it current.
    case replace
    /// Record the new value as a new vintage but keep the old one current.
    case keep
}
