import Foundation
import OutturnReports

/// The bodies of the reports one file held, for a note when it held several (a compilation cut at its titles).
struct ReportBodies {
    private(set) var names: [String] = []

    mutating func append(_ e: ReportExtraction) { names.append(e.department) }

    /// When the file held more than one report: how many, and whose (the first three bodies).
    func noteText(path: String) -> String? {
        guard names.count > 1 else { return nil }
        var seen = Set<String>(), distinct: [String] = []
        for name in names where seen.insert(name).inserted { distinct.append(name) }
        let shown = distinct.prefix(3).joined(separator: ", ") + (distinct.count > 3 ? ", ..." : "")
        return "\((path as NSString).lastPathComponent): \(names.count) reports, read one by one (\(distinct.count) bodies: \(shown))"
    }

    /// The note on standard error.
    func note(path: String) { if let text = noteText(path: path) { Diagnostics.write(text) } }
}
