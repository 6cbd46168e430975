import Foundation
import Outturn
import Testing
@testable import OutturnIO

/// The XML scanner of Office parts: what it reports, and malformed XML an error, never a trap.
@Suite struct XMLScannerTests {
    final class Recorder: XMLEvents {
        var events: [String] = []
        func start(_ name: String, _ attributes: [String: String]) {
            events.append("<\(name)" + attributes.keys.sorted().map { " \($0)=\(attributes[$0]!)" }.joined() + ">")
        }
        func end(_ name: String) { events.append("</\(name)>") }
        func text(_ text: String) { events.append(text) }
    }

    func scan(_ xml: String) throws -> [String] {
        let r = Recorder()
        try XMLScanner.scan(Data(xml.utf8), r, file: "t.xml", part: "test")
        return r.events
    }

    @Test func elementsAttributesEntitiesAndCDATA() throws {
        let events = try scan("""
            <?xml version="1.0" encoding="UTF-8"?><!-- a comment --><x:row r="1" t='s&amp;t'><c>&lt;1&gt; &#x4E07;&#20803; &quot;</c><e/><![CDATA[<raw>]]></x:row>
            """)
        #expect(events == ["<x:row r=1 t=s&t>", "<c>", "<1> 万元 \"", "</c>", "<e>", "</e>", "<raw>", "</x:row>"])
    }

    @Test(arguments: ["<a><b></a>", "<a>", "<a b=1></a>", "<a>&bogus;</a>", "<a b=\"1></a>", "</a>", "<", "<a><!-- x</a>", "<a>&#xFFFFFFFF;</a>", "<a/ >"])
    func malformedXMLIsAnError(_ xml: String) {
        #expect(throws: DataError.self) { try scan(xml) }
    }
}
