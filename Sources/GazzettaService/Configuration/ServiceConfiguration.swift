import Foundation

/// How `gazzetta serve` runs: where it listens, what it loads, and its limits.
public struct ServiceConfiguration: Sendable {
    /// The address to bind; loopback unless asked otherwise.
    public var host: String
    /// The port; 0 picks a free one (tests, benchmarks), reported once the server runs.
    public var port: Int
    /// The lexicon folder, compiled through its `.compiled.gzc` (as `gazzetta annotate` loads it).
    public var lexiconDirectories: [String]
    /// How many annotators, each used by one request at a time.
    public var workers: Int
    /// The largest request body accepted (for `/v1/annotate/jsonl`: the longest line); larger ones get 413.
    public var maximumBodyBytes: Int
    /// How long a client may take to send its request body before it gets 408: a slow client holds no
    /// annotator (the body is read before one is taken) and not even its connection for longer than this.
    public var bodyTimeout: Duration
    /// How long a connection may stay silent before it is closed.
    public var idleTimeout: Duration
    /// When set, every endpoint but `/health` wants `Authorization: Bearer TOKEN` (or Basic with TOKEN as
    /// the password, which is what Label Studio's ML backend settings send).
    public var token: String?

    /// A configuration with the defaults `gazzetta serve` uses.
    public init(host: String = "127.0.0.1", port: Int = 8080, lexiconDirectories: [String], workers: Int = ServiceConfiguration.defaultWorkers,
                maximumBodyBytes: Int = 8 << 20, bodyTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(60),
                token: String? = nil) {
        self.host = host
        self.port = port
        self.lexiconDirectories = lexiconDirectories
        self.workers = max(1, workers)
        self.maximumBodyBytes = maximumBodyBytes
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// One worker per core.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
