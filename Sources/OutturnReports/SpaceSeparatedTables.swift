/// Tables whose cells a web page's text separated by single spaces (as a table copied from a browser often is):
///
///     项目 2025年预算数 2024年预算数 增减额 增减率
///     一般公共预算拨款收入 1,256.30 1,198.40 57.90 4.83%
///
/// A row is a label followed by at least two value cells (numbers, percents, or a dash for an empty cell) and
/// nothing else; its header is the line right before the block's first row, with as many cells, each of them
/// words (no number). Only such a header and the rows under it with its number of cells are a table: a line of
/// prose has punctuation or units between its numbers, and a list of numbers without a header cannot be placed
/// in columns. Also read as published pages give them:
///
///     项目及编号 2023年度 2024年度 2024比2023增减
///     增减值 增减%
///     一、收入支出情况对比 (一) 收入总计 100010780.75 108930609.55 8919828.80 8.92%
///     1. 财政补助收入 12350000 15826400 3476400 28.15%
///     2. 科教项目收入 0
///     三、出院者平均医药费用
///     7865.30 7512.66 -352.64 -4.48%
///
/// a header's last cell spanning the cells of a second header line (the rows have the cells of both), a label of
/// several words (its numbering set apart), a row of zeros that leaves its other cells empty (no values to place:
/// passed over, the table goes on), and a label on a line of its own with its values on the next.
///
/// ``CellGrid`` turns the spaces between the cells of those lines into `|`, one scalar for one, so that
/// ``TableReader`` reads the table as any other and every character keeps its offset.
enum SpaceSeparatedTables {
    /// A line's cells when single spaces separate them (at least `minimum`, none empty; blanks around the line left
    /// out); nil for a line with a bar, a tab or a run of spaces (the other table layouts), or with fewer cells.
    static func cells(_ line: String, minimum: Int = 3) -> [Substring]? {
        // (Most lines of a report have no space at all: they cost one pass.)
        guard line.unicodeScalars.contains(" ") else { return nil }
        let trimmed = line.trimmingSpaces()
        var previous: Unicode.Scalar = "x"
        for c in trimmed.unicodeScalars {
            if c == "|" || c == "\t" || c == "\u{3000}" || c == " " && previous == " " { return nil }
            previous = c
        }
        var cells: [Substring] = []
        for cell in trimmed.split(separator: " ", omittingEmptySubsequences: false) {
            // (A percent sign set apart from its number, 8.92 %, is the number's: one cell.)
            if Self.isPercentSign(cell.unicodeScalars), let before = cells.last, before.unicodeScalars.last.map({ ("0"..."9").contains($0) }) == true {
                cells[cells.count - 1] = trimmed[before.startIndex..<cell.endIndex]
            } else {
                cells.append(cell)
            }
        }
        guard cells.count >= minimum, cells.count <= 16 else { return nil }
        return cells
    }

    /// A label in words followed by values only, at least two of them numbers.
    static func isRow(_ cells: [Substring]) -> Bool { labelWidth(cells) != nil }

    /// How many of a row's leading cells make its label: the words before the values that end the line (1. 财政补助收入
    /// 12350000 15826400 …, 一、收入支出情况对比 (一) 收入总计 …: a label set apart by spaces of its own), at least two
    /// of them numbers; nil for a line that is no such row.
    static func labelWidth(_ cells: [Substring]) -> Int? {
        guard let first = labelEnd(cells), cells[first...].filter({ value($0) == true }).count >= 2 else { return nil }
        return first
    }

    /// Where a line's label ends and the values (numbers, dashes) that end the line begin, when the label has a Chinese
    /// character and ends in no number; nil otherwise.
    private static func labelEnd(_ cells: [Substring]) -> Int? {
        var first = cells.count
        while first > 1, value(cells[first - 1]) != nil { first -= 1 }
        guard number(cells[first - 1]) == nil, cells[..<first].contains(where: { $0.unicodeScalars.contains(where: \.isHan) })
        else { return nil }
        return first
    }

    /// Whether a cell is a value: true for a number, false for a dash (an empty cell), nil for words.
    static func value(_ cell: Substring) -> Bool? {
        number(cell) != nil ? true : ["-", "－", "—", "/"].contains(cell) ? false : nil
    }

    /// A row's cells with its label's words as one cell: how many columns it fills.
    static func width(_ cells: [Substring]) -> Int? { labelWidth(cells).map { cells.count - $0 + 1 } }

    /// A row of a table whose cells may hold words (a target ≥42万亩, a value reached 42.6万亩): exactly `columns`
    /// cells, the first words, the last two numbers, and no sentence's punctuation in any.
    static func isRowOfWords(_ cells: [Substring], columns: Int) -> Bool {
        cells.count == columns && cells.count >= 4 && number(cells[0]) == nil && cells[0].unicodeScalars.contains(where: \.isHan)
            && cells.suffix(2).allSatisfy { number($0) != nil }
            && !cells.contains { $0.unicodeScalars.contains { "，。；：,;".unicodeScalars.contains($0) } }
    }

    /// A line of values only (a row's values under its label's line), how many.
    static func valuesOnly(_ line: String) -> Int? {
        guard let cells = cells(line, minimum: 2), cells.allSatisfy({ value($0) != nil }), cells.contains(where: { value($0) == true })
        else { return nil }
        return cells.count
    }

    /// A row of a table whose only values are zeros, fewer than its columns (2. 科教项目收入 0): words, then zeros.
    static func isRowOfZeros(_ cells: [Substring]) -> Bool {
        guard let first = labelEnd(cells), first < cells.count else { return false }
        return cells[first...].allSatisfy { number($0)?.0 == 0 }
    }

    /// Column names: every cell has a Chinese character and is no number, and no cell has a sentence's punctuation.
    static func isHeader(_ cells: [Substring]) -> Bool {
        cells.allSatisfy { cell in
            cell.unicodeScalars.contains(where: \.isHan) && number(cell) == nil
                && !cell.unicodeScalars.contains { "，。；：,;".unicodeScalars.contains($0) }
        }
    }

    /// A cell's number (value, decimals), read as a table's cell is (8.92 % as 8.92%); nil for words.
    private static func number(_ cell: Substring) -> (Double, Int)? { TableReader.number(TableReader.unspaced(String(cell))) }

    /// Whether a cell is a percent sign alone.
    private static func isPercentSign<Cell: Collection<Unicode.Scalar>>(_ cell: Cell) -> Bool {
        cell.count == 1 && (cell.first == "%" || cell.first == "％")
    }

    /// The line with a bar for each space between two of its cells (the blanks around it kept), the spaces between
    /// a label's first `labelWords` words kept.
    static func barred(_ line: String, labelWords: Int = 1) -> String {
        let s = Array(line.unicodeScalars)
        guard let first = s.firstIndex(where: { $0 != " " }), let last = s.lastIndex(where: { $0 != " " }) else { return line }
        var spaces = 0
        return String(scalars: s.indices.map { k in
            guard k > first && k < last && s[k] == " " else { return s[k] }
            // (Nor the space between a number and its percent sign: one cell, as `cells` reads it.)
            if ("0"..."9").contains(s[k - 1]), Self.isPercentSign(s[(k + 1)...].prefix { $0 != " " }) { return " " }
            spaces += 1
            return spaces < labelWords ? " " : "|"
        })
    }
}
