import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `gazzetta serve`: the lexicon loaded once, a pool of annotators, and the HTTP API over them
/// (`Schemas/openapi.yaml` documents it).
///
/// The lexicon is loaded (and the annotators made) before the server listens, so a server that answers is
/// ready. SIGTERM and SIGINT stop it gracefully — no new connections, requests in flight finish — and
/// SIGHUP reloads the lexicon like `POST /admin/reload`.
public struct GazzettaServer: Sendable {
    /// How it runs.
    public let configuration: ServiceConfiguration
    /// The annotators.
    public let pool: AnnotatorPool
    /// Swaps in a recompiled lexicon.
    public let reloader: LexiconReloader
    /// What `/metrics` reports.
    public let metrics: ServiceMetrics
    private let logger: Logger

    /// Loads the lexicon and makes the annotators; throws when the lexicon has errors.
    public init(configuration: ServiceConfiguration, logger: Logger = GazzettaServer.defaultLogger()) throws(ServiceError) {
        self.configuration = configuration
        self.logger = logger
        pool = try AnnotatorPool(compiled: try LexiconReloader.load(configuration.lexiconDirectories), workers: configuration.workers)
        reloader = LexiconReloader(pool: pool, directories: configuration.lexiconDirectories)
        metrics = ServiceMetrics()
    }

    /// A logger at `$LOG_LEVEL` (trace, debug, info, notice, warning, error, critical), else `info`.
    public static func defaultLogger() -> Logger {
        var logger = Logger(label: "gazzetta.serve")
        if let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) { logger.logLevel = level }
        return logger
    }

    /// The routes, behind the metrics and (when a token is set) the token check.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
        if let token = configuration.token { router.add(middleware: BearerTokenMiddleware(token: token)) }
        let state = ServiceState(configuration: configuration, pool: pool, reloader: reloader, metrics: metrics)
        AnnotationRoutes(state: state).register(on: router)
        LexiconRoutes(state: state).register(on: router)
        LabelStudioRoutes(state: state).register(on: router)
        OperationsRoutes(state: state).register(on: router)
        return router
    }

    /// The application, to run in a `ServiceGroup`; `onRunning` gets the port it listens on (the one
    /// picked, when the configuration asks for port 0). `reloadOnHangup` adds the SIGHUP handler.
    public func application(reloadOnHangup: Bool = false,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let idle = TimeAmount.nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000
            + configuration.idleTimeout.components.attoseconds / 1_000_000_000)
        var services: [any Service] = []
        if reloadOnHangup { services.append(ReloadOnHangupService(reloader: reloader, metrics: metrics, logger: logger)) }
        return Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: idle)),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "gazzetta"),
            services: services,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// Runs until SIGTERM or SIGINT (graceful: in-flight requests finish); SIGHUP reloads the lexicon.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(reloadOnHangup: true, onRunning: onRunning).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
