import Foundation

/// Files that hold several reports one after another: a compilation (部门决算汇编, a county's 部门预算 published as
/// one PDF), or texts a user joined. Each report is read on its own, under the body its title names, so that its
/// figures are its body's and its checks never reach into a neighbour's figures; and a file of any length is read
/// one report at a time.
extension ReportExtractor {
    /// Extracts every report of a text in turn and hands each to `body`: a text of one report gives one
    /// extraction, as `extract` does. Offsets count from the text's start.
    /// - Complexity: linear in the text; the memory of the text and of one report's reading at a time.
    /// A report longer than `sectionLength.longest` scalars (some 1.5 MB of Chinese text) is read in sections.
    public static func extractEach(text: consuming String, source: String, department: String? = nil,
                                   vocabulary: ReportVocabulary = .standard,
                                   _ body: (ReportExtraction) throws -> Void) rethrows {
        try extractEach(text: text, source: source, department: department, vocabulary: vocabulary, sectionLength: sectionLength, body)
    }

    /// `extractEach` with the sections' lengths given (tests read short texts in sections).
    static func extractEach(text: consuming String, source: String, department: String?, vocabulary: ReportVocabulary,
                            sectionLength: (shortest: Int, longest: Int, numbers: Int), _ body: (ReportExtraction) throws -> Void) rethrows {
        // (Tables pasted with tabs read as drawn with bars, once for the whole text: see `ReportText.tabbedRowsBarred`.)
        let text = ReportText.tabbedRowsBarred(text)
        let parts = sections(of: text, reports: reportStarts(in: text), length: sectionLength)
        guard parts.count > 1 else {
            // (The text handed on, not copied: a single report is let go once normalised, as `extract` does.)
            return try body(extract(text: consume text, source: source, department: department, vocabulary: vocabulary, startingAt: 0, continuing: nil))
        }
        let scalars = text.unicodeScalars
        var heading: ReportHeading? = nil
        for (k, part) in parts.enumerated() {
            let end = k + 1 < parts.count ? parts[k + 1].index : scalars.endIndex
            let section = String(scalars[part.index..<end])
            let read = extract(text: section, source: source, department: department, vocabulary: vocabulary, startingAt: part.offset,
                               continuing: part.continuesReport ? heading : nil)
            heading = read.heading
            try body(read)
        }
    }

    /// How long the sections of a long report are: one is cut at the first heading line (一、…, （二）…, 3. …) past
    /// `shortest` scalars or half of `numbers` numbers, or at the first line past `longest` scalars or `numbers`
    /// numbers when no heading comes. A report of up to `longest` scalars is read whole. (2^19 scalars is about 1.5
    /// MB of Chinese text, fifty times the real self-evaluation report in ../shared/seeds; reading that much holds
    /// about 55 MB. A longer report read whole holds about 14 bytes a byte of text at once, its statements and its
    /// normalised text, beyond issue 20's bound of 1.5x the file plus 64 MB. What a section holds grows with its
    /// numbers, most of which become statements: a text that states a deduction every eight characters has 60,000
    /// in 2^19 scalars, and its sections held 85 MB at 10 MB of text against the bound's 78.)
    static let sectionLength = (shortest: 1 << 18, longest: 1 << 19, numbers: 30_000)

    /// The parts of a text read one at a time: its reports (`reports`, from `reportStarts`), and the sections of a
    /// report longer than `length.longest` scalars (see `sectionLength`). A section after a report's first is read
    /// under that report's title, department and year; its statements are checked against its own section's only
    /// (a sum whose total stands in one section and parts in the next is not checked: the price of a bounded memory,
    /// paid only by reports far longer than any published).
    /// - Complexity: linear in the text; the heading test runs only on short lines.
    static func sections(of text: String, reports: [(index: String.Index, offset: Int)],
                         length: (shortest: Int, longest: Int, numbers: Int)) -> [(index: String.Index, offset: Int, continuesReport: Bool)] {
        var parts = reports.map { (index: $0.index, offset: $0.offset, continuesReport: false) }
        let total = text.unicodeScalars.count
        let ends = reports.dropFirst().map(\.offset) + [total]
        guard zip(reports, ends).contains(where: { $1 - $0.offset > length.longest }) else { return parts }
        var next = 0                     // the report the lines are in
        var sectionStart = 0, reportEnd = ends[0]
        var offset = 0
        var sectionNumbers = 0           // the numbers in the current section's lines before this one
        for line in ReportText.Lines(text.unicodeScalars, breakingAtFormFeeds: true) {
            // (A number: a run of digits, with the points and thousands separators between them; full-width digits
            // too, as the readers see them.)
            var count = 0, numbers = 0, inNumber = false
            for scalar in line {
                count += 1
                let c = ReportText.normalise(scalar)
                let digit = StatementReader.isDigit(c)
                if digit && !inNumber { numbers += 1 }
                inNumber = digit || inNumber && (c == "." || c == ",")
            }
            defer { offset += count + 1; sectionNumbers += numbers }
            while next + 1 < reports.count, offset >= reports[next + 1].offset {
                next += 1
                sectionStart = reports[next].offset
                reportEnd = ends[next]
                sectionNumbers = 0
            }
            guard reportEnd - reports[next].offset > length.longest, offset > sectionStart,
                  reportEnd - offset >= length.shortest / 4 else { continue }
            let run = offset - sectionStart
            guard run >= length.longest || sectionNumbers >= length.numbers
                    || (run >= length.shortest || sectionNumbers >= length.numbers / 2) && count <= 60
                        && ReportText.isHeading(String(line).trimmingBlanks()) else { continue }
            parts.append((line.startIndex, offset, true))
            sectionStart = offset
            sectionNumbers = 0
        }
        return parts.sorted { $0.offset < $1.offset }
    }

    /// Where each report of a text begins (the first at the text's start), as an index and as an offset in
    /// scalars. Another report begins at a title (a body, a year and a document's kind on a line of their own,
    /// 示例县林业局2023年度部门决算, or on two: 2023 年度湖南省示范厅 / 部门整体支出绩效自评报告) that
    /// - names another body than the report before it: a report restating its own title (a table's heading
    ///   示例局2023年部门预算收支总表, a page's running header in short, 省人大常委会办公厅2024年部门预算) goes on;
    /// - stands after that report's own title (or, when it has none, after its first 15 lines or its first
    ///   full stop): a site's banner or a cover's lines before a title belong to the report they open;
    /// - follows a line that is finished: a blank or a page break, a full stop, a table's row, a number, or a
    ///   line shorter than a wrapped one (a signature, a date). A title-like piece of a wrapped paragraph goes on;
    /// - is no entry of a table of contents (dot leaders, a page number at its end).
    /// - Complexity: linear in the text (the title's pattern runs only on short lines).
    static func reportStarts(in text: String) -> [(index: String.Index, offset: Int)] {
        var starts = [(index: text.startIndex, offset: 0)]
        var name: String? = nil          // the body the current report's title names
        var openingLines = 0             // the lines of the current report read while looking for its title
        var inOpening = true
        var offset = 0
        var previousFinished = true
        // A short line with a year but no kind, and whether the line before it was finished: the first half of
        // a title whose kind is on the next line.
        var pending: (index: String.Index, offset: Int, text: String, afterFinished: Bool)? = nil
        for line in ReportText.Lines(text.unicodeScalars, breakingAtFormFeeds: true) {
            var count = 0, hasYear = false, hasDigit = false, hasStop = false
            var last: Unicode.Scalar? = nil   // the last non-blank scalar
            var blanks = 0
            for c in line {
                count += 1
                if c == "年" { hasYear = true } else if ("0"..."9").contains(c) { hasDigit = true } else if c == "。" { hasStop = true }
                if ReportText.isBlank(c) { blanks += 1 } else { last = c }
            }
            defer { offset += count + 1 }
            guard let last else { previousFinished = true; continue }
            // (Only short lines with a year, or the line after half a title: most lines are prose, rows or cells.)
            var title: (index: String.Index, offset: Int, name: String, afterFinished: Bool)? = nil
            var halfTitle: String? = nil
            if count - blanks <= 40 && (hasYear || pending != nil) {
                let text = String(line).trimmingBlanks()
                if ReportText.isTitleLine(text), !isContentsEntry(text) {
                    if hasYear && hasDigit {
                        if let titled = titleName(ofLine: text) {
                            title = (line.startIndex, offset, titled, previousFinished)
                        } else if !titleKinds.contains(where: text.contains) {
                            halfTitle = text
                        }
                    } else if let first = pending, titleKinds.contains(where: text.contains), let titled = titleName(ofLine: first.text + text) {
                        title = (first.index, first.offset, titled, first.afterFinished)
                    }
                }
            }
            pending = halfTitle.map { (line.startIndex, offset, $0, previousFinished) }
            if inOpening {
                if let title { name = title.name }
                // A form whose title names no body names it in a field (部门整体支出绩效自评表 / （2024年度） over
                // 部门（单位）名称 | 某市图书馆): a title further on that names that body restates it.
                // (The opening's first 15 lines at most.)
                else if name == nil, count <= 120 {
                    name = labelledName(String(line))
                }
                openingLines += 1
                if name != nil || hasStop || openingLines >= 15 { inOpening = false }
            } else if let title, title.afterFinished, !sameBody(title.name, name) {
                starts.append((title.index, title.offset))
                name = title.name
            }
            let pageBreak = line.endIndex < text.unicodeScalars.endIndex && text.unicodeScalars[line.endIndex] == "\u{0C}"
            previousFinished = pageBreak || "。；;！!？?|）)」”%".unicodeScalars.contains(last) || ("0"..."9").contains(last) || count - blanks < 25
        }
        return starts
    }

    /// Whether two names may be one body's: the same name, or one the other's short form (its characters in order
    /// within the other's: 省人大常委会办公厅 within 湖南省人民代表大会常务委员会办公厅, 县财政局 within 示例县财政局), as a
    /// Chinese body's short name is made. A report's titles (a running header) and the bodies its sentences name
    /// (县文联 in 示例县文学艺术界联合会's report) are told apart from other bodies by it.
    static func sameBody(_ a: String, _ b: String?) -> Bool {
        guard let b, !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.unicodeScalars.count <= b.unicodeScalars.count ? (a, b) : (b, a)
        var rest = long.unicodeScalars[...]
        for c in short.unicodeScalars {
            guard let k = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: k)...]
        }
        return true
    }

    /// Whether a line is an entry of a table of contents: dot leaders (……, ....., ·····) or a page number at its end.
    static func isContentsEntry(_ line: String) -> Bool {
        ["…", "..", "．．", "··", "・・"].contains(where: line.contains) || line.unicodeScalars.last.map { ("0"..."9").contains($0) } == true
    }
}
