import Foundation
import Synchronization

/// A progress bar with rate and time left on standard error, shown only when standard error is a terminal and
/// not silenced with --quiet (scripts and pipes see nothing).
final class ProgressBar: Sendable {
    private let start = Date()
    private let label: String
    private let enabled: Bool
    private let lastDraw = Mutex<Double>(0)

    init(_ label: String, quiet: Bool) {
        self.label = label
        enabled = !quiet && isatty(2) == 1
    }

    /// Redraws the bar (at most ten times a second).
    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let elapsed = Date().timeIntervalSince(start)
        let draw = lastDraw.withLock { last -> Bool in
            if elapsed - last < 0.1 && done < total { return false }
            last = elapsed
            return true
        }
        guard draw else { return }
        let fraction = Double(done) / Double(total)
        let width = 30, filled = Int(fraction * Double(width))
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(label) \(bar) \(Int(fraction * 100))% \(done)/\(total), \(Int(rate))/s, \(Int(left.rounded())) s left "
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension ProgressBar {
    /// A progress reporter for work done indicator by indicator: a fresh bar per indicator, labelled
    /// "`label` `indicator`"; nil when nothing would be shown.
    static func perIndicator(_ label: String, quiet: Bool) -> (@Sendable (String, Int, Int) -> Void)? {
        guard !quiet && isatty(2) == 1 else { return nil }
        let current = Mutex<(indicator: String, bar: ProgressBar)?>(nil)
        return { indicator, done, total in
            let bar = current.withLock { state -> ProgressBar in
                if let state, state.indicator == indicator { return state.bar }
                state?.bar.finish()
                let bar = ProgressBar("\(label) \(indicator)", quiet: false)
                state = (indicator, bar)
                return bar
            }
            bar.update(done, total)
            if done >= total { bar.finish() }
        }
    }
}
