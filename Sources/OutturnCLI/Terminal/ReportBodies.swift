import Foundation
import OutturnReports

/// The bodies of the reports one file held, for a note when it held several (a compilation cut at its titles) or
/// when a report was too long to be read whole.
struct ReportBodies {
    private(set) var names: [String] = []
    /// The sections read after a report's first (see `ReportExtraction.continuesReport`).
    private(set) var laterSections = 0

    mutating func append(_ e: ReportExtraction) {
        if e.continuesReport { laterSections += 1 } else { names.append(e.department) }
    }

    /// When the file held more than one report: how many, and whose (the first three bodies); when a report was read
    /// in sections: how many, and what that leaves unchecked.
    func noteText(path: String) -> String? {
        let file = (path as NSString).lastPathComponent
        let sections = laterSections == 0 ? nil
            : "\(names.count + laterSections) sections: a report longer than about 1.5 MB is read a section at a time, and a sum, a rate or a restatement across two sections is not checked"
        guard names.count > 1 else { return sections.map { "\(file): 1 report in \($0)" } }
        var seen = Set<String>(), distinct: [String] = []
        for name in names where seen.insert(name).inserted { distinct.append(name) }
        let shown = distinct.prefix(3).joined(separator: ", ") + (distinct.count > 3 ? ", ..." : "")
        return "\(file): \(names.count) reports, read one by one (\(distinct.count) bodies: \(shown))" + (sections.map { "; \($0)" } ?? "")
    }

    /// The note on standard error.
    func note(path: String) { if let text = noteText(path: path) { Diagnostics.write(text) } }
}
