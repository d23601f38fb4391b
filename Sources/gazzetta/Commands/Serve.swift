import ArgumentParser
import Foundation
import GazzettaService

/// `gazzetta serve`: the HTTP API (annotation, lookup, Label Studio's ML backend, health and metrics).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve annotation over HTTP (Schemas/openapi.yaml): /v1/annotate, /v1/annotate/jsonl, lookup, entities, Label Studio's /predict, /metrics."
    )

    @Option(help: "The address to listen on (loopback by default: put a proxy in front to serve others).")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free one; the one taken is printed).")
    var port = 8080

    @Option(help: "A lexicon folder; repeat it to add folders (default as for annotate).")
    var lexicons: [String] = []

    @Option(help: "Annotators, each serving one request at a time (default: one per core).")
    var workers = ServiceConfiguration.defaultWorkers

    @Option(help: "The largest request body, in bytes (for /v1/annotate/jsonl: the longest line); larger gets 413.")
    var maxBodyBytes = 8 << 20

    @Option(help: "Seconds a client may take to send a request body before it gets 408.")
    var bodyTimeout = 30

    @Option(help: "Seconds a silent connection stays open.")
    var idleTimeout = 60

    @Option(help: "Require Authorization: Bearer TOKEN on every endpoint but /health (default: $GAZZETTA_TOKEN).")
    var token: String?

    func validate() throws {
        if workers < 1 { throw ValidationError("--workers takes a positive number") }
        if !(0...65535).contains(port) { throw ValidationError("--port takes 0 to 65535") }
        if maxBodyBytes < 1 || bodyTimeout < 1 || idleTimeout < 1 { throw ValidationError("limits and timeouts must be positive") }
    }

    func run() async throws {
        let directories = try LexiconLocator.directories(lexicons)
        let configuration = ServiceConfiguration(
            host: host, port: port, lexiconDirectories: directories, workers: workers, maximumBodyBytes: maxBodyBytes,
            bodyTimeout: .seconds(bodyTimeout), idleTimeout: .seconds(idleTimeout),
            token: token ?? ProcessInfo.processInfo.environment["GAZZETTA_TOKEN"])
        let server: GazzettaServer
        do {
            server = try GazzettaServer(configuration: configuration)
        } catch {
            throw CLIError((error as? ServiceError)?.message ?? "\(error)")
        }
        let host = self.host
        try await server.run { port in
            // One line on standard output, for scripts that asked for port 0.
            let line = "gazzetta serve: listening on http://\(host):\(port) (lexicon \(server.pool.compiled.lexicon.version), \(configuration.workers) workers)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}
