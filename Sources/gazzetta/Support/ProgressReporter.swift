import Foundation
import Synchronization

/// Progress on standard error: a redrawn bar (done/total, rate, ETA) on a terminal, a plain line every
/// tenth of the way otherwise, nothing with `--quiet`.
final class ProgressReporter: Sendable {
    private struct State {
        var lastPrinted = 0
        var lastDraw = 0.0
    }

    private let quiet: Bool
    private let terminal = isatty(STDERR_FILENO) != 0
    private let start = Date()
    private let state = Mutex(State())

    init(quiet: Bool) {
        self.quiet = quiet
    }

    func update(_ done: Int, _ total: Int) {
        guard !quiet, total > 0 else { return }
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        state.withLock { state in
            if terminal {
                guard done == total || elapsed - state.lastDraw >= 0.1 else { return }
                state.lastDraw = elapsed
                let width = 30, filled = width * done / total
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                let line = "\r\(bar) \(done)/\(total)  \(String(format: "%.1f", rate)) doc/s  ETA \(Int(remaining.rounded()))s "
                FileHandle.standardError.write(Data(line.utf8))
            } else {
                let step = max(1, total / 10)
                guard done == total || done - state.lastPrinted >= step else { return }
                state.lastPrinted = done
                FileHandle.standardError.write(Data("progress: \(done)/\(total) documents\n".utf8))
            }
        }
    }

    func finish() {
        if terminal && !quiet { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
