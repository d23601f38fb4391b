import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

/// `gazzetta serve` as a process: the port it prints, the token from the environment, SIGHUP reloading the
/// lexicon, and SIGTERM letting a request in flight finish before the process exits.
@Suite struct ServeCommandTests {
    /// The running command and the port it printed.
    struct Served {
        let process: Process
        let port: Int
    }

    func serve(_ lexicons: String, token: String) async throws -> Served {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0", "--workers", "2", "--lexicons", lexicons]
        process.environment = ProcessInfo.processInfo.environment.merging(["GAZZETTA_TOKEN": token, "LOG_LEVEL": "error"]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let line = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var bytes: [UInt8] = []
                while !bytes.contains(0x0A) {
                    let data = out.fileHandleForReading.availableData
                    if data.isEmpty { break }
                    bytes += data
                }
                continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
            }
        }
        // "gazzetta serve: listening on http://127.0.0.1:PORT (…)"
        guard let range = line.range(of: "http://127.0.0.1:"),
              let port = Int(line[range.upperBound...].prefix { $0.isNumber }) else {
            process.terminate()
            throw TestFailure("no port in \(line)")
        }
        return Served(process: process, port: port)
    }

    func ready(_ port: Int, token: String) async throws -> String? {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/ready")
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .ok else { return nil }
        return (try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])?["lexicon"] as? String
    }

    @Test func hangupReloadsAndTerminateFinishesTheRequestInFlight() async throws {
        let lexicons = try copyOfShippedLexicons()
        let served = try await serve(lexicons.path, token: "from-env")
        defer { if served.process.isRunning { served.process.terminate() } }
        let before = try #require(try await ready(served.port, token: "from-env"))
        // The token came from GAZZETTA_TOKEN: a request without it is refused.
        let bare = try await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(served.port)/ready"), timeout: .seconds(60))
        #expect(bare.status == .unauthorized)

        try Data(ReloadAndShutdownTests.freedonia.utf8).write(to: lexicons.appendingPathComponent("freedonia.gaz"))
        kill(served.process.processIdentifier, SIGHUP)
        // The reload runs beside the server; wait for the swap (each look is a request, answered either way).
        var after = before
        for _ in 0..<600 where after == before {
            after = try await ready(served.port, token: "from-env") ?? before
            if after == before { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(after != before, "SIGHUP did not reload the lexicon")

        // A stream is half-answered when SIGTERM comes; it still gets every line.
        let (lines, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(served.port)/v1/annotate/jsonl")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/jsonl")
        request.headers.add(name: "Authorization", value: "Bearer from-env")
        request.body = .stream(lines, length: .unknown)
        feed.yield(ByteBuffer(string: "{\"id\": \"1\", \"text\": \"Freedonia e la Cina.\"}\n"))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        var chunks = response.body.makeAsyncIterator()
        var received: [UInt8] = []
        while !received.contains(0x0A), let chunk = try await chunks.next() { received += chunk.readableBytesView }
        kill(served.process.processIdentifier, SIGTERM)
        feed.yield(ByteBuffer(string: "{\"id\": \"2\", \"text\": \"Astana.\"}\n"))
        feed.finish()
        while let chunk = try await chunks.next() { received += chunk.readableBytesView }
        let output = String(decoding: received, as: UTF8.self).split(separator: "\n")
        #expect(output.count == 2)
        #expect(output.first?.contains("\"entity\":\"country:FD\"") == true)
        #expect(output.last?.contains("\"id\":\"2\"") == true)
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                served.process.waitUntilExit()
                continuation.resume()
            }
        }
        #expect(served.process.terminationReason == .exit && served.process.terminationStatus == 0)
        #expect(!acceptsConnections(port: served.port))
    }
}
