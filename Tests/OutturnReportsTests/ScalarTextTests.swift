import Testing
@testable import OutturnReports

/// Text made from scalars, and the tabbed rows barred scalar for scalar: the same text the standard library's
/// (slower) paths gave, one to four UTF-8 bytes a scalar, slices and empty text included.
@Suite struct ScalarTextTests {
    /// ASCII, Latin-1, CJK (three bytes), CJK Extension B and an emoji (four), full-width digits, a tab and a CR.
    let sample = Array("项目支出 12.5 万元，é ±3%\t𠀀𠮷😀 １２３\r\n扣0.5分".unicodeScalars)

    @Test func stringOfScalarsIsTheViewsString() {
        for r in [0..<sample.count, 0..<0, 2..<9, 18..<24, (sample.count - 4)..<sample.count] {
            let viaView = String(String.UnicodeScalarView(sample[r]))
            let made = String(scalars: sample[r])
            #expect(made == viaView)
            #expect(Array(made.unicodeScalars) == Array(sample[r]))
            #expect(made.utf8.count == sample[r].reduce(0) { $0 + UTF8.width($1) })
        }
        #expect(String(scalars: [Unicode.Scalar]()) == "")
        // (Any collection of scalars: a lazy map, a string's own view sliced.)
        #expect(String(scalars: sample.lazy.map { $0 == "\t" ? "|" : $0 }) == String(String.UnicodeScalarView(sample.map { $0 == "\t" ? "|" : $0 })))
        let text = "２０２３年度部门决算\n合计\t100"
        let line = text.unicodeScalars.prefix { $0 != "\n" }
        #expect(String(scalars: line) == "２０２３年度部门决算")
    }

    @Test func tabbedRowsBarredScalarForScalar() {
        let text = "标题\n\t缩进的一行\n项目\t预算数\t决算数\r\n合计\t\t100\n末尾一个制表符\t\n𠮷\t😀"
        let barred = ReportText.tabbedRowsBarred(text)
        #expect(barred == "标题\n\t缩进的一行\n项目|预算数|决算数\r\n合计||100\n末尾一个制表符\t\n𠮷|😀")
        #expect(barred.unicodeScalars.count == text.unicodeScalars.count)   // offsets are the same in both texts
        let plain = "没有制表符的文本\n第二行"
        #expect(ReportText.tabbedRowsBarred(plain) == plain)
        // Many rows (the standard library's append had copied the whole text at each row: quadratic).
        let rows = String(repeating: "项目\t预算数\t决算数\n说明文字一行\n", count: 20_000)
        let many = ReportText.tabbedRowsBarred(rows)
        #expect(many == String(repeating: "项目|预算数|决算数\n说明文字一行\n", count: 20_000))
    }
}
