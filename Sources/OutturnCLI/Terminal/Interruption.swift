import Dispatch
import Foundation
import OutturnSystem

/// Ctrl-C, SIGTERM and SIGHUP remove the outputs being written (their temporary files) before the process ends
/// with the signal's conventional status (128 + signal). The signals are received as dispatch sources, so the
/// clean-up runs on a queue, not inside a signal handler.
enum Interruption {
    /// The dispatch sources, kept alive for the life of the process (created once, never changed after).
    private final class Handlers: @unchecked Sendable {
        let sources: [any DispatchSourceSignal]

        init() {
            sources = [SIGINT, SIGTERM, SIGHUP].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    TemporaryFiles.shared.removeAll()
                    exit(128 + number)
                }
                source.resume()
                return source
            }
        }
    }

    private static let handlers = Handlers()

    /// Installs the handlers (once per process; later calls do nothing).
    static func removeTemporaryFilesOnSignals() { _ = handlers }
}
