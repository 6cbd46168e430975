import Foundation
import Outturn
import OutturnIO
import OutturnOutput
@testable import OutturnSystem
import Testing
import _TestSupport

/// What a file is, and how each kind of report document becomes text (Fixtures/documents, made by
/// make_documents.py beside them).
@Suite struct SourceKindTests {
    static let documents = "Tests/OutturnIOTests/Fixtures/documents"

    @Test func kindsByContentThenExtension() throws {
        #expect(SourceKind.of(path: TestSupport.path("\(Self.documents)/report.pdf")) == .pdf)
        #expect(SourceKind.of(path: TestSupport.path("\(Self.documents)/report.html")) == .html)
        #expect(SourceKind.of(path: TestSupport.path("Datasets/us-federal-rd/rd-budget.csv")) == .csv)
        // Content wins over a misleading extension: a PDF named .txt is a PDF.
        let disguised = try TestSupport.temporaryFile("report.txt", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: TestSupport.path("\(Self.documents)/report.pdf")))))
        #expect(SourceKind.of(path: disguised) == .pdf)
        let page = try TestSupport.temporaryFile("page", "<!DOCTYPE html><html><body>x</body></html>")
        #expect(SourceKind.of(path: page) == .html)
        #expect(SourceKind.of(path: "/no/such/file.docx") == .word)
        #expect(SourceKind.of(path: "/no/such/book.xlsx") == .workbook)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "needs pdftotext (poppler-utils)"))
    func pdfTextAndItsFigures() throws {
        let text = try ReportSource.text(path: TestSupport.path("\(Self.documents)/report.pdf"))
        #expect(text.contains("部门整体支出绩效自评报告"))
        let loaded = try PanelSource.load(path: TestSupport.path("\(Self.documents)/report.pdf"))
        #expect(loaded.kind == .pdf && loaded.vintage == 2023)
        #expect(loaded.panel[department: loaded.panel.departments[0].id, indicator: "execution_rate", year: 2023] == 90)
        #expect(loaded.panel[department: loaded.panel.departments[0].id, indicator: "staff_in_service", year: 2023] == 126)
    }

    /// The figures of the project form (make_form.py), whatever the file it comes in.
    func formFigures(_ name: String) throws {
        let loaded = try PanelSource.load(path: TestSupport.path("\(Self.documents)/\(name)"))
        let id = try #require(loaded.panel.departments.first?.id)
        #expect(loaded.panel.departments.first?.name == "示例县交通运输局", "\(name)")
        let figures = ["project_budget": 520.0, "project_expenditure": 468, "execution_rate": 90, "score_budget_execution": 9, "score_total": 98]
        for (indicator, value) in figures {
            #expect(loaded.panel[department: id, indicator: indicator, year: 2023] == value, "\(name): \(indicator)")
        }
    }

    /// The same form as a Word table and as a web page's table with merged cells (w:gridSpan / w:vMerge, colspan /
    /// rowspan): the cells stay on the header's grid.
    @Test(arguments: ["project-form.docx", "project-form.html"])
    func mergedCellsKeepTheGrid(_ name: String) throws {
        try formFigures(name)
        let text = try ReportSource.text(path: TestSupport.path("\(Self.documents)/\(name)"))
        let total = try #require(text.split(separator: "\n").first { $0.contains("总分") })
        // 总分 spans six columns: its 分值 and 得分 are the last two of eight cells.
        #expect(total.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } == ["总分", "100", "98.0"])
        #expect(total.components(separatedBy: "|").count >= 8, "\(total)")
    }

    /// A 项目支出绩效自评表 as a PDF form (make_form.py): pdftotext -layout leaves its cells in runs of spaces, the
    /// funds header's unit on a line of its own and the indicator rows without their merged 一级指标.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "needs pdftotext (poppler-utils)"))
    func aPDFFormsTablesAreRead() throws {
        try formFigures("project-form.pdf")
        // A 部门整体 form whose standards wrap around their row's numbers: the formula in a standard
        // (实际支出/预算数×100%) is no execution rate; the stated total score is read.
        // A two-sided 收入支出决算总表: revenue's and spending's totals from their own sides (revenue as its 总计,
        // carry-over included, the year's spending as its 本年支出合计: the catalogue's conventions).
        let account = try PanelSource.load(path: TestSupport.path("\(Self.documents)/final-account-table.pdf"))
        let accountID = try #require(account.panel.departments.first?.id)
        #expect(account.panel[department: accountID, indicator: "budget_revenue", year: 2023] == 1377.7)
        #expect(account.panel[department: accountID, indicator: "total_expenditure", year: 2023] == 1321.7)
        let whole = try PanelSource.load(path: TestSupport.path("\(Self.documents)/whole-form.pdf"))
        let wholeID = try #require(whole.panel.departments.first?.id)
        #expect(whole.panel[department: wholeID, indicator: "execution_rate", year: 2023] == nil)
        #expect(whole.panel[department: wholeID, indicator: "score_total", year: 2023] == 97.5)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "needs pdftotext (poppler-utils)"),
          arguments: [("encrypted.pdf", "the PDF is encrypted"), ("scanned.pdf", "no text layer"), ("truncated.pdf", "damaged or incomplete")])
    func unreadablePDFsAreClearErrors(_ name: String, _ reason: String) throws {
        let path = TestSupport.path("\(Self.documents)/\(name)")
        let error = #expect(throws: DataError.self) { try ReportSource.text(path: path) }
        #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
        #expect(error?.location?.file == path)
    }

    /// A text that is neither UTF-8 nor GB18030 is an error at the first byte that is no UTF-8 (line and column
    /// in characters), telling a stray byte from a character cut off at the end.
    @Test func undecodableTextIsAnErrorAtItsFirstBadByte() throws {
        let good = Array("示例局2023年度部门决算\n收入合计100万元。\n".utf8)
        let stray = try TestSupport.temporaryFile("stray.txt", bytes: good + Array("支出".utf8) + [0xFF, 0xFE] + Array("合计\n".utf8))
        let error = #expect(throws: DataError.self) { try ReportSource.text(path: stray) }
        #expect(error?.reason.contains("byte 0xFF is no UTF-8") == true, "\(String(describing: error))")
        #expect(error?.location?.line == 3 && error?.location?.column == 3)
        // The first two bytes of 决 (E5 86 B3) at the end: GB18030 fails too, on the cut character.
        let cut = try TestSupport.temporaryFile("cut.txt", bytes: good + [0xE5, 0x86])
        let cutError = #expect(throws: DataError.self) { try ReportSource.text(path: cut) }
        #expect(cutError?.reason.contains("cut off at the end") == true, "\(String(describing: cutError))")
        #expect(cutError?.location?.line == 3 && cutError?.location?.column == 1)
    }

    /// A report read from a pipe (`outturn extract <(pdftotext …)`, /dev/stdin), whose size is unknown until it is
    /// read, is read whole like a file.
    @Test func aReportFromAPipe() throws {
        let fifo = try TestSupport.temporaryPath("report.fifo")
        try? FileManager.default.removeItem(atPath: fifo)
        #expect(mkfifo(fifo, 0o600) == 0)
        let text = "示例局2023年度部门决算\n收入合计100万元。\n"
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) { handle.write(Data(text.utf8)); try? handle.close() }
        }
        writer.start()
        #expect(try ReportSource.text(path: fifo) == text)
    }

    @Test func htmlDropsScriptsStylesAndTags() throws {
        let text = try ReportSource.text(path: TestSupport.path("\(Self.documents)/report.html"))
        #expect(!text.contains("777.77") && !text.contains("999.99") && !text.contains("<"))
        #expect(text.contains("实有在职人员 126 人"))
        #expect(text.contains("财政拨款 | 9,000.00 | 8,100.00 |"))
        let loaded = try PanelSource.load(path: TestSupport.path("\(Self.documents)/report.html"))
        #expect(loaded.kind == .html)
        #expect(loaded.panel[department: loaded.panel.departments[0].id, indicator: "execution_rate", year: 2023] == 90)
    }

    @Test func wordDocumentParagraphsAndTableRows() throws {
        let text = try ReportSource.text(path: TestSupport.path("\(Self.documents)/report.docx"))
        #expect(text.hasPrefix("2023 年度湖南省示范厅\n部门整体支出绩效自评报告\n"))
        #expect(text.contains("项目 | 预算数（万元） | 决算数（万元）\n财政拨款 | 9,000.00 | 8,100.00\n"))
        let loaded = try PanelSource.load(path: TestSupport.path("\(Self.documents)/report.docx"))
        #expect(loaded.kind == .word)
        #expect(loaded.panel[department: loaded.panel.departments[0].id, indicator: "execution_rate", year: 2023] == 90)
        let error = #expect(throws: DataError.self) { try ReportSource.text(path: TestSupport.path("\(Self.documents)/not-a-zip.docx")) }
        #expect(error?.reason.contains("not a ZIP") == true)
    }

    @Test func gb18030TextReadsLikeUTF8() throws {
        let text = try ReportSource.text(path: TestSupport.path("\(Self.documents)/report-gb18030.txt"))
        #expect(text.hasPrefix("2023 年度湖南省示范厅\n部门整体支出绩效自评报告\n"))
        #expect(text.contains("预算执行率为 90.00%"))
    }

    @Test func otherFilesAreClearErrorsNotEmptyResults() throws {
        let junk = try TestSupport.temporaryFile("junk.txt", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        #expect(throws: DataError.self) { try ReportSource.text(path: junk) }
        let zip = try TestSupport.temporaryFile("report.docx", bytes: [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 60))
        let word = #expect(throws: DataError.self) { try ReportSource.text(path: zip) }
        #expect(word?.reason.contains("Word document") == true)
        let empty = try TestSupport.temporaryFile("empty.txt", "  \n\n ")
        #expect(throws: DataError.self) { try ReportSource.text(path: empty) }
        let book = try TestSupport.temporaryFile("book.xlsx", bytes: [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 60))
        let workbook = #expect(throws: DataError.self) { try PanelSource.read(path: book) }
        #expect(workbook?.reason.contains("not a readable workbook") == true)
        #expect(throws: DataError.self) { try ReportSource.paths(["/no/such/folder"]) }
    }

    @Test func foldersListTheirReportsInOrder() throws {
        let paths = try ReportSource.paths([TestSupport.path(Self.documents)])
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["encrypted.pdf", "final-account-table.pdf", "not-a-zip.docx", "project-form.docx", "project-form.html", "project-form.pdf", "report-gb18030.txt", "report.docx", "report.html", "report.pdf", "scanned.pdf", "truncated.pdf", "whole-form.pdf"])
    }
}

/// Outputs never destroy what they should not touch (issue: a device node, a symlink or a read-only file
/// replaced by a regular file).
@Suite struct OutputTargetTests {
    func write(_ text: String, to path: String) throws {
        let sink = try ByteSink(path: path)
        try sink.write(text)
        try sink.finish()
    }

    func folder() throws -> String {
        try TestSupport.temporaryFolder("targets").path
    }

    @Test func regularFileReplacedWholeKeepingItsMode() throws {
        let dir = try folder(), path = dir + "/out.csv"
        try write("old\n", to: path)
        chmod(path, 0o640)
        try write("new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.csv"])   // no temporary left
    }

    @Test func symlinkStaysALinkAndItsTargetIsWritten() throws {
        let dir = try folder()
        try write("old\n", to: dir + "/target.csv")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: dir + "/target.csv")
        try write("new\n", to: dir + "/link.csv")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.csv") == dir + "/target.csv")
        #expect(try String(contentsOfFile: dir + "/target.csv", encoding: .utf8) == "new\n")
    }

    @Test func devicesAndPipesAreWrittenToNotReplaced() throws {
        try write("nothing\n", to: "/dev/null")
        var st = stat()
        #expect(stat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
        let dir = try folder(), fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reading end opened first without blocking, as a consumer process would hold it; the output then
        // goes into the pipe (small enough for its buffer) and the FIFO stays a FIFO.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try write("through the pipe\n", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = read(reader, &buffer, buffer.count)
        #expect(n > 0 && String(decoding: buffer.prefix(max(0, n)), as: UTF8.self) == "through the pipe\n")
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
    }

    /// An output being written is registered for removal on Ctrl-C / SIGTERM / SIGHUP (the command line's
    /// handlers call `removeAll`), and unregistered once in place or abandoned.
    @Test func temporaryFileIsRemovedWhenInterrupted() throws {
        let dir = try folder(), path = dir + "/out.csv"
        let sink = try ByteSink(path: path)
        try sink.write("partial\n")
        try sink.flush()
        let temporary = try #require(try FileManager.default.contentsOfDirectory(atPath: dir).first).description
        #expect(TemporaryFiles.shared.contains(dir + "/" + temporary))
        try sink.finish()
        #expect(!TemporaryFiles.shared.contains(dir + "/" + temporary))
        // What the signal handlers call, on a registry of its own (the shared one serves the other tests).
        let registry = TemporaryFiles()
        let stray = dir + "/stray.tmp-1"
        _ = FileManager.default.createFile(atPath: stray, contents: Data("x".utf8))
        registry.register(stray)
        registry.removeAll()
        #expect(!FileManager.default.fileExists(atPath: stray) && !registry.contains(stray))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "partial\n")
    }

    @Test func foldersReadOnlyFilesAndMissingParentsAreErrors() throws {
        let dir = try folder()
        let folderError = #expect(throws: DataError.self) { try write("x", to: dir) }
        #expect(folderError?.reason == "is a folder")
        let missing = #expect(throws: DataError.self) { try write("x", to: dir + "/no/such/out.csv") }
        #expect(missing?.reason.contains("does not exist") == true)
        try write("keep\n", to: dir + "/locked.csv")
        chmod(dir + "/locked.csv", 0o444)
        let locked = #expect(throws: DataError.self) { try write("x", to: dir + "/locked.csv") }
        #expect(locked?.reason == "is read-only")
        #expect(try String(contentsOfFile: dir + "/locked.csv", encoding: .utf8) == "keep\n")
    }
}

/// The content hash recorded with imports: SHA-256 against `sha256sum`'s answers (FIPS 180-4 test vectors).
@Suite struct SHA256Tests {
    @Test func knownDigests() throws {
        func hex(_ text: String) -> String { var h = SHA256(); h.update(Array(text.utf8)); return h.hexDigest() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abd") != hex("abc"))
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // A million 'a', fed in uneven pieces across block boundaries.
        var h = SHA256()
        var left = 1_000_000, size = 1
        while left > 0 { let n = min(size, left); h.update([UInt8](repeating: 0x61, count: n)); left -= n; size = size * 3 % 1000 + 7 }
        #expect(h.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let file = try TestSupport.temporaryFile("abc.txt", "abc")
        #expect(try SHA256.ofFile(file) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // A file over several 1 MB reads, against coreutils' sha256sum.
        var generator = SplitMix64(seed: 7)
        let big = try TestSupport.temporaryFile("big.bin", bytes: (0..<2_500_003).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let reference = try TestSupport.run("/usr/bin/env", ["sha256sum", big]).out.prefix(64)
        #expect(try SHA256.ofFile(big) == String(reference))
    }
}
