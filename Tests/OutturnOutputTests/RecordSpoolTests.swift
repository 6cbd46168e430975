import Foundation
import Testing
import Outturn
@testable import OutturnOutput

/// Records put aside on disk come back as they went in, in order, across the spool's megabyte buffers.
@Suite struct RecordSpoolTests {
    func same(_ a: Cell, _ b: Cell) -> Bool {
        switch (a, b) {
        case (.missing, .missing): return true
        case let (.number(x), .number(y)): return x.bitPattern == y.bitPattern
        case let (.text(x), .text(y)): return x == y
        default: return false
        }
    }

    @Test func recordsComeBackInOrder() throws {
        var spool = try RecordSpool()
        var records: [[Cell]] = []
        // Mixed cells, multi-byte text, a text longer than a buffer, negative zero and extremes; over 2 MB in all.
        for k in 0..<40_000 {
            var r: [Cell] = [.text("示例县第\(k)局"), .number(Double(k) * 0.1), .missing, .number(k % 7 == 0 ? -0.0 : -Double(k)),
                             .text(k % 3 == 0 ? "" : "“三公”经费财政拨款支出决算\(k)万元")]
            if k == 20_000 { r.append(.text(String(repeating: "预算", count: 700_000))) }
            if k == 30_000 { r = [] }
            if k == 31_000 { r = [.number(.greatestFiniteMagnitude), .number(-.leastNonzeroMagnitude)] }
            records.append(r)
            try spool.append(r)
        }
        #expect(spool.count == records.count)
        var back: [[Cell]] = [], batches = 0
        try spool.replay(batch: 1000) { back += $0; batches += 1 }
        #expect(batches == 40)
        #expect(back.count == records.count)
        for (a, b) in zip(records, back) {
            #expect(a.count == b.count && zip(a, b).allSatisfy(same), "\(a.prefix(1))")
        }
        // Replayed again (a table's second pass), with one more record put aside: all of them, from the first.
        try spool.append([.text("最后")])
        var again: [[Cell]] = []
        try spool.replay { again += $0 }
        #expect(again.count == records.count + 1 && zip(records, again).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy(same) })
        if case let .text(t)? = again.last?.first { #expect(t == "最后") } else { Issue.record("the last record") }
    }

    @Test func anEmptySpoolReplaysNothing() throws {
        var spool = try RecordSpool()
        var calls = 0
        try spool.replay { _ in calls += 1 }
        #expect(calls == 0 && spool.count == 0)
    }
}
