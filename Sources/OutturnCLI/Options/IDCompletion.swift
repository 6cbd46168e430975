import ArgumentParser
import Foundation
import Outturn
import OutturnIO
import OutturnStore

/// Shell completion of department and indicator ids: the ids of the `--data` file or the store named on the
/// command line (else $OUTTURN_STORE, else ./outturn.sqlite), filtered by what has been typed. Indicators fall
/// back to the standard catalogue when no data can be read. Runs only when the user presses TAB.
enum IDCompletion {
    static let departments = CompletionKind.custom { words, _, prefix in matching(ids(in: words).departments, prefix) }
    static let indicators = CompletionKind.custom { words, _, prefix in
        let known = ids(in: words).indicators
        return matching(known.isEmpty ? IndicatorCatalogue.standard.map(\.id) : known, prefix)
    }

    static func matching(_ ids: [String], _ prefix: String) -> [String] {
        let typed = unquoted(prefix)
        return ids.filter { $0.hasPrefix(typed) }.sorted()
    }

    /// The value given to `--name` (as `--name value` or `--name=value`), without shell quotes.
    static func value(of name: String, in words: [String]) -> String? {
        for (k, w) in words.enumerated() {
            if w == name, k + 1 < words.count { return unquoted(words[k + 1]) }
            if w.hasPrefix(name + "=") { return unquoted(String(w.dropFirst(name.count + 1))) }
        }
        return nil
    }

    static func unquoted(_ word: String) -> String {
        var w = word
        if let f = w.first, f == "'" || f == "\"" { w.removeFirst() }
        if let l = w.last, l == "'" || l == "\"" { w.removeLast() }
        return w.replacingOccurrences(of: "\\ ", with: " ")
    }

    /// The ids of the data the command line names; empty when it cannot be read (completion never fails).
    static func ids(in words: [String]) -> (departments: [String], indicators: [String]) {
        let data = value(of: "--data", in: words)
        let store = data.flatMap { SourceKind.of(path: $0) == .store ? $0 : nil } ?? (data == nil ? StoreLocation.path(value(of: "--store", in: words)) : nil)
        if let store {
            guard Stores.isDatabaseURL(store) || FileManager.default.fileExists(atPath: store), let ids = try? Stores.open(store, access: .read).ids() else { return ([], []) }
            return ids
        }
        guard let data, let panel = try? PanelSource.read(path: data) else { return ([], []) }
        return (panel.departments.map(\.id), panel.indicators.map(\.id))
    }
}
