import AsyncHTTPClient
import Foundation
import GazzettaService
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle

/// The checkout's root (this file is Tests/GazzettaServiceTests/Support/TestServer.swift).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The shipped lexicons.
let shippedLexicons = root.appendingPathComponent("Lexicons").path

/// A `gazzetta serve` running in this process on an ephemeral loopback port, in its own `ServiceGroup`
/// (no signal handlers: the tests stop it with `triggerGracefulShutdown`, as SIGTERM would).
struct TestServer {
    let server: GazzettaServer
    let port: Int
    let group: ServiceGroup
    let running: Task<Void, any Error>

    /// Starts a server over `lexicons`; `adjust` changes the configuration (limits, token, workers).
    static func start(lexicons: String = shippedLexicons, _ adjust: (inout ServiceConfiguration) -> Void = { _ in }) async throws -> TestServer {
        var configuration = ServiceConfiguration(host: "127.0.0.1", port: 0, lexiconDirectories: [lexicons], workers: 2)
        adjust(&configuration)
        var logger = Logger(label: "gazzetta.serve.test")
        logger.logLevel = .error
        let server = try GazzettaServer(configuration: configuration, logger: logger)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = server.application { port in continuation.yield(port) }
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        let running = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestFailure("the server did not start") }
        return TestServer(server: server, port: port, group: group, running: running)
    }

    /// `http://127.0.0.1:PORT` + `path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Sends one request over a new connection and collects the whole response.
    func send(_ method: HTTPMethod = .GET, _ path: String, contentType: String? = nil, headers: [(String, String)] = [],
              body: [UInt8]? = nil) async throws -> Reply {
        var request = HTTPClientRequest(url: url(path))
        request.method = method
        if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 256 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: Array(bytes.readableBytesView))
    }

    /// Stops taking connections, lets requests in flight finish, and waits until the server has stopped.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await running.value
    }
}

/// A response, read whole.
struct Reply {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(text.prefix(200))")
        }
        return object
    }

    /// `error.code` of a JSON error body.
    var errorCode: String? { ((try? object())?["error"] as? [String: Any])?["code"] as? String }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A copy of the shipped lexicons in a new temporary folder (for reloads, which edit it).
func copyOfShippedLexicons() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazzetta-serve-lexicons-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: shippedLexicons) where name.hasSuffix(".gaz") {
        try FileManager.default.copyItem(atPath: shippedLexicons + "/" + name, toPath: folder.appendingPathComponent(name).path)
    }
    return folder
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether something accepts TCP connections on 127.0.0.1:`port` (a plain `connect`: an HTTP client
/// would retry a refused connection until its deadline).
func acceptsConnections(port: Int) -> Bool {
    #if canImport(Glibc)
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    return result == 0
}
