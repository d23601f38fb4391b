import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

/// `POST /admin/reload` under traffic, and a graceful stop with a request in flight.
@Suite struct ReloadAndShutdownTests {
    /// A lexicon file adding a country no shipped file has.
    static let freedonia = """
    @lexicon: test-freedonia
    @source: written for the service's reload test

    [country:FD]
    type = place
    subtype = country
    label.it = Freedonia
    label.en = Freedonia
    name = Freedonia

    """

    @Test func aReloadDuringTrafficSwapsTheLexiconWithoutFailingARequest() async throws {
        let lexicons = try copyOfShippedLexicons()
        let server = try await TestServer.start(lexicons: lexicons.path) { $0.workers = 2 }
        let before = server.server.pool.compiled.lexicon.version
        let text = Array("Freedonia e la Cina firmano un accordo.".utf8)
        let (started, startedFeed) = AsyncStream.makeStream(of: Int.self)
        // Four clients annotate in a loop until each has seen the new lexicon.
        let clients = (0..<4).map { client in
            Task { () throws -> [(status: Int, lexicon: String?, mentionsFreedonia: Bool)] in
                var seen: [(status: Int, lexicon: String?, mentionsFreedonia: Bool)] = []
                while true {
                    let reply = try await server.send(.POST, "/v1/annotate", contentType: "text/plain", body: text)
                    let object = try? reply.object()
                    let lexicon = (object?["document"] as? [String: Any])?["lexicon"] as? String
                    let linked = (object?["mentions"] as? [[String: Any]])?.contains { $0["entity"] as? String == "country:FD" } ?? false
                    seen.append((reply.status, lexicon, linked))
                    if seen.count == 1 { startedFeed.yield(client) }
                    if reply.status != 200 || (lexicon != before && seen.count >= 2) { return seen }
                }
            }
        }
        // Reload once every client has had an answer, so the swap lands while they run.
        var waiting = started.makeAsyncIterator()
        for _ in 0..<4 { _ = await waiting.next() }
        try Data(ReloadAndShutdownTests.freedonia.utf8).write(to: lexicons.appendingPathComponent("freedonia.gaz"))
        let reload = try await server.send(.POST, "/admin/reload")
        #expect(reload.status == 200, "\(reload.text)")
        let outcome = try reload.object()
        let after = try #require(outcome["lexicon"] as? String)
        #expect(outcome["previous"] as? String == before)
        #expect(after != before)

        for client in clients {
            let seen = try await client.value
            #expect(seen.allSatisfy { $0.status == 200 }, "a request failed during the reload")
            // Each answer came whole from one lexicon: the old one without Freedonia, or the new one with it.
            #expect(seen.allSatisfy { ($0.lexicon == before && !$0.mentionsFreedonia) || ($0.lexicon == after && $0.mentionsFreedonia) })
            #expect(seen.first?.lexicon == before && seen.last?.lexicon == after)
        }
        let record = try await server.send(.GET, "/v1/entities/country:FD")
        #expect(record.status == 200)
        try await server.stop()
    }

    @Test func aLexiconWithErrorsIsRefusedAndTheOldOneStays() async throws {
        let lexicons = try copyOfShippedLexicons()
        let server = try await TestServer.start(lexicons: lexicons.path)
        let before = server.server.pool.compiled.lexicon.version
        try Data("[country:ZZ]\ntype = plaice\n".utf8).write(to: lexicons.appendingPathComponent("broken.gaz"))
        let reload = try await server.send(.POST, "/admin/reload")
        #expect(reload.status == 422 && reload.errorCode == "lexicon-errors")
        #expect(reload.text.contains("broken.gaz"))
        let ready = try await server.send(.GET, "/ready").object()
        #expect(ready["lexicon"] as? String == before)
        let annotated = try await server.send(.POST, "/v1/annotate", contentType: "text/plain", body: Array("La Cina.".utf8))
        #expect(annotated.status == 200)
        try await server.stop()
    }

    /// A stream is open and half-answered when the server is told to stop: it still gets every line, and
    /// only then does the server stop (after which it takes no connection).
    @Test func aGracefulStopFinishesTheRequestsInFlight() async throws {
        let server = try await TestServer.start()
        let (lines, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        var request = HTTPClientRequest(url: server.url("/v1/annotate/jsonl"))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/jsonl")
        request.body = .stream(lines, length: .unknown)
        feed.yield(ByteBuffer(string: "{\"id\": \"1\", \"text\": \"La Cina e la Russia.\"}\n"))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        var chunks = response.body.makeAsyncIterator()
        var received: [UInt8] = []
        while !received.contains(0x0A), let chunk = try await chunks.next() { received += chunk.readableBytesView }

        #expect(acceptsConnections(port: server.port))
        await server.group.triggerGracefulShutdown()
        for number in 2...5 { feed.yield(ByteBuffer(string: "{\"id\": \"\(number)\", \"text\": \"Astana e Mosca.\"}\n")) }
        feed.finish()
        while let chunk = try await chunks.next() { received += chunk.readableBytesView }
        let output = String(decoding: received, as: UTF8.self).split(separator: "\n")
        #expect(response.status == .ok)
        #expect(output.count == 5)
        #expect(output.allSatisfy { $0.hasPrefix("{\"schema\":\"gazzetta.annotation/1\"") })
        try await server.running.value
        #expect(!acceptsConnections(port: server.port))
    }
}
