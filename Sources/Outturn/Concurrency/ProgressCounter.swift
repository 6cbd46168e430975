import Synchronization

/// Counts finished work items across worker threads and reports (done, total) to a callback, at most once per
/// 1% of the work, so a progress bar can follow a long batch without slowing it.
package final class ProgressCounter: Sendable {
    private let state = Mutex<(done: Int, lastReported: Int)>((0, 0))
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?

    package init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    package func add(_ n: Int) {
        guard let report else { return }
        let step = max(1, total / 100)
        let due: Int? = state.withLock { s in
            s.done += n
            if s.done - s.lastReported >= step || s.done == total {
                s.lastReported = s.done
                return s.done
            }
            return nil
        }
        if let due { report(due, total) }
    }
}
