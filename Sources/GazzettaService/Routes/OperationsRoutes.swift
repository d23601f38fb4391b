import GazzettaExport
import HTTPTypes
import Hummingbird

/// `GET /ready`, `GET /metrics` (Prometheus text) and `POST /admin/reload`. (`GET /health` is Label
/// Studio's and the load balancer's: see `LabelStudioRoutes`.)
struct OperationsRoutes {
    let state: ServiceState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/ready") { _, _ in ready() }
        router.get("/metrics") { _, _ in
            JSONResponse.bytes(state.metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        router.post("/admin/reload") { _, _ in try await reload() }
    }

    /// Ready once the lexicon is loaded and the annotators made, which the server does before it listens.
    private func ready() -> Response {
        let lexicon = state.pool.compiled.lexicon
        return JSONResponse.value(.object([
            ("status", .string("ready")), ("lexicon", .string(lexicon.version)),
            ("entities", .int(lexicon.entities.count)), ("workers", .int(state.pool.workers)),
        ]))
    }

    private func reload() async throws -> Response {
        let outcome = try await state.reloader.reload()
        state.metrics.reloaded()
        return JSONResponse.value(.object([
            ("previous", .string(outcome.previous)), ("lexicon", .string(outcome.current)), ("entities", .int(outcome.entities)),
        ]))
    }
}
