import Prometheus

/// The service's Prometheus metrics (`GET /metrics`), in a registry of its own: two servers in one process
/// (the tests) count apart, and nothing depends on the process-wide `MetricsSystem`.
public final class ServiceMetrics: Sendable {
    /// The registry `/metrics` writes out.
    public let registry = PrometheusCollectorRegistry()
    private let documents: Counter
    private let mentions: Counter
    private let reloads: Counter

    /// Latency buckets, seconds: annotation runs from well under a millisecond (a headline) to seconds (a book).
    static let latencyBuckets: [Duration] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        .map { Duration.nanoseconds(Int64($0 * 1e9)) }

    /// Creates the metrics that do not depend on a request.
    public init() {
        documents = registry.makeCounter(descriptor: .init(namespace: "gazzetta", metricName: "documents", unitName: "total",
                                                           helpText: "Documents annotated (each JSON Lines line and Label Studio task counts)"),
                                         labels: [])
        mentions = registry.makeCounter(descriptor: .init(namespace: "gazzetta", metricName: "mentions", unitName: "total",
                                                          helpText: "Mentions found in annotated documents"),
                                        labels: [])
        reloads = registry.makeCounter(descriptor: .init(namespace: "gazzetta", metricName: "lexicon_reloads", unitName: "total",
                                                         helpText: "Lexicon reloads that swapped in a new lexicon"),
                                       labels: [])
        // Errors show as zeros before the first one, so a dashboard sees the series from the start.
        for kind in ["client", "server", "line"] { errorCounter(kind) }
    }

    /// One request answered: its route (the pattern, not the path, so ids do not make new series), status and time.
    func request(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: .init(namespace: "gazzetta", subsystem: "http", metricName: "requests", unitName: "total",
                                               helpText: "HTTP requests answered, by method, route and status"),
                             labels: labels).increment()
        registry.makeDurationHistogram(descriptor: .init(namespace: "gazzetta", subsystem: "http", metricName: "request_duration",
                                                         unitName: "seconds", helpText: "Time to answer a request (for JSON Lines streams: until the stream starts)"),
                                       labels: [("route", route)], buckets: ServiceMetrics.latencyBuckets).record(duration)
        if status >= 400 { error(kind: status >= 500 ? "server" : "client") }
    }

    /// An error: `client` (4xx), `server` (5xx), or `line` (a JSON Lines line that could not be annotated).
    func error(kind: String) { errorCounter(kind).increment() }

    @discardableResult
    private func errorCounter(_ kind: String) -> Counter {
        registry.makeCounter(descriptor: .init(namespace: "gazzetta", metricName: "errors", unitName: "total",
                                               helpText: "Errors, by kind: client (4xx), server (5xx), line (a bad JSON Lines line)"),
                             labels: [("kind", kind)])
    }

    /// A document annotated with `mentions` mentions.
    func annotated(mentions count: Int) {
        documents.increment()
        mentions.increment(by: Int64(count))
    }

    /// A reload that swapped a lexicon in.
    func reloaded() { reloads.increment() }

    /// The Prometheus text exposition.
    public func exposition() -> [UInt8] { registry.emitToBuffer() }
}
