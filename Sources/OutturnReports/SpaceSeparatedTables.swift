/// Tables whose cells a web page's text separated by single spaces (as a table copied from a browser often is):
///
///     项目 2025年预算数 2024年预算数 增减额 增减率
///     一般公共预算拨款收入 1,256.30 1,198.40 57.90 4.83%
///
/// A row is a label followed by at least two value cells (numbers, percents, or a dash for an empty cell) and
/// nothing else; its header is the line right before the block's first row, with as many cells, each of them
/// words (no number). Only such a header and the rows under it with its number of cells are a table: a line of
/// prose has punctuation or units between its numbers, and a list of numbers without a header cannot be placed
/// in columns.
///
/// ``CellGrid`` turns the spaces between the cells of those lines into `|`, one scalar for one, so that
/// ``TableReader`` reads the table as any other and every character keeps its offset.
enum SpaceSeparatedTables {
    /// A line's cells when single spaces separate them (at least three, none empty; blanks around the line left
    /// out); nil for a line with a bar, a tab or a run of spaces (the other table layouts), or with fewer cells.
    static func cells(_ line: String) -> [Substring]? {
        // (Most lines of a report have no space at all: they cost one pass.)
        guard line.unicodeScalars.contains(" ") else { return nil }
        let trimmed = line.trimmingSpaces()
        var previous: Unicode.Scalar = "x"
        for c in trimmed.unicodeScalars {
            if c == "|" || c == "\t" || c == "\u{3000}" || c == " " && previous == " " { return nil }
            previous = c
        }
        let cells = trimmed.split(separator: " ", omittingEmptySubsequences: false)
        guard cells.count >= 3, cells.count <= 16 else { return nil }
        return cells
    }

    /// A label in words followed by values only, at least two of them numbers.
    static func isRow(_ cells: [Substring]) -> Bool {
        guard cells[0].unicodeScalars.contains(where: \.isHan), TableReader.number(String(cells[0])) == nil else { return false }
        var numbers = 0
        for cell in cells.dropFirst() {
            if TableReader.number(String(cell)) != nil { numbers += 1 } else if !["-", "－", "—", "/"].contains(cell) { return false }
        }
        return numbers >= 2
    }

    /// Column names: every cell has a Chinese character and is no number, and no cell has a sentence's punctuation.
    static func isHeader(_ cells: [Substring]) -> Bool {
        cells.allSatisfy { cell in
            cell.unicodeScalars.contains(where: \.isHan) && TableReader.number(String(cell)) == nil
                && !cell.unicodeScalars.contains { "，。；：,;".unicodeScalars.contains($0) }
        }
    }

    /// The line with a bar for each space between two of its cells (the blanks around it kept).
    static func barred(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        guard let first = s.firstIndex(where: { $0 != " " }), let last = s.lastIndex(where: { $0 != " " }) else { return line }
        return String(String.UnicodeScalarView(s.indices.map { k in k > first && k < last && s[k] == " " ? "|" : s[k] }))
    }
}
