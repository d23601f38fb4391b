import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the lexicon on each SIGHUP, the Unix way to tell a daemon its configuration changed.
struct ReloadOnHangupService: Service {
    let reloader: LexiconReloader
    let metrics: ServiceMetrics
    let logger: Logger

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            do {
                let outcome = try await reloader.reload()
                metrics.reloaded()
                logger.info("SIGHUP: lexicon \(outcome.previous) → \(outcome.current) (\(outcome.entities) entities)")
            } catch {
                logger.error("SIGHUP: reload refused, the old lexicon stays: \(error)")
            }
        }
    }
}
