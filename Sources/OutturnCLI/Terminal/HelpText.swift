/// Help text written as paragraphs in the source: single line breaks inside a paragraph are joined, so the
/// argument parser can wrap it to the terminal; blank lines and indented lines (examples) are kept.
func paragraphs(_ text: String) -> String {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        let keep = line.isEmpty || line.hasPrefix("  ") || out.last.map { $0.isEmpty || $0.hasPrefix("  ") || $0.hasSuffix(":") } ?? true
        if keep { out.append(line) } else { out[out.count - 1] += " " + line }
    }
    return out.joined(separator: "\n")
}
