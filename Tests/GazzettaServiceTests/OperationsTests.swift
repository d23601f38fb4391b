import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

/// `/health`, `/ready`, `/metrics`, the token, unknown routes and the body deadline.
@Suite struct OperationsTests {
    @Test func readyNamesTheLexiconAndTheWorkers() async throws {
        let server = try await TestServer.start { $0.workers = 3 }
        let ready = try await server.send(.GET, "/ready")
        #expect(ready.status == 200)
        let object = try ready.object()
        #expect(object["status"] as? String == "ready")
        #expect(object["workers"] as? Int == 3)
        #expect(object["lexicon"] as? String == server.server.pool.compiled.lexicon.version)
        #expect((object["entities"] as? Int ?? 0) > 100)
        try await server.stop()
    }

    @Test func metricsCountRequestsDocumentsMentionsAndErrors() async throws {
        let server = try await TestServer.start()
        let annotated = try await server.send(.POST, "/v1/annotate", contentType: "text/plain",
                                              body: Array("La Cina, la Russia e il Kazakhstan nella SCO.".utf8))
        let mentions = try #require(try annotated.object()["mentions"] as? [Any]).count
        #expect(mentions >= 4)
        _ = try await server.send(.POST, "/v1/annotate", contentType: "image/gif", body: [1])
        _ = try await server.send(.POST, "/v1/annotate/jsonl", contentType: "application/jsonl",
                                  body: Array("{\"text\": \"Mosca\"}\nnot json\n".utf8))
        let reply = try await server.send(.GET, "/metrics")
        #expect(reply.status == 200)
        #expect(reply.headers["Content-Type"].first?.hasPrefix("text/plain; version=0.0.4") == true)
        let lines = Set(reply.text.split(separator: "\n").map(String.init))
        #expect(lines.contains("gazzetta_http_requests_total{method=\"POST\",route=\"/v1/annotate\",status=\"200\"} 1"))
        #expect(lines.contains("gazzetta_http_requests_total{method=\"POST\",route=\"/v1/annotate\",status=\"415\"} 1"))
        #expect(lines.contains("gazzetta_documents_total 2"))
        #expect(lines.contains("gazzetta_mentions_total \(mentions + 1)"))
        #expect(lines.contains("gazzetta_errors_total{kind=\"client\"} 1"))
        #expect(lines.contains("gazzetta_errors_total{kind=\"line\"} 1"))
        #expect(lines.contains("gazzetta_errors_total{kind=\"server\"} 0"))
        #expect(lines.contains("# TYPE gazzetta_http_request_duration_seconds histogram"))
        #expect(lines.contains("gazzetta_http_request_duration_seconds_count{route=\"/v1/annotate\"} 2"))
        #expect(lines.contains("gazzetta_http_request_duration_seconds_bucket{route=\"/v1/annotate\",le=\"+Inf\"} 2"))
        try await server.stop()
    }

    @Test func theTokenGuardsEverythingButHealth() async throws {
        let server = try await TestServer.start { $0.token = "t0ken" }
        #expect(try await server.send(.GET, "/health").status == 200)
        for path in ["/ready", "/metrics", "/v1/entities/country:KZ", "/v1/lexicon/lookup?q=Cina"] {
            let refused = try await server.send(.GET, path)
            #expect(refused.status == 401 && refused.errorCode == "unauthorized", "\(path)")
            #expect(refused.headers["WWW-Authenticate"].first?.hasPrefix("Bearer") == true)
            let wrong = try await server.send(.GET, path, headers: [("Authorization", "Bearer t0ken2")])
            #expect(wrong.status == 401, "\(path)")
            let right = try await server.send(.GET, path, headers: [("Authorization", "Bearer t0ken")])
            #expect(right.status == 200, "\(path)")
        }
        let annotate = try await server.send(.POST, "/v1/annotate", contentType: "text/plain", body: Array("Cina".utf8))
        #expect(annotate.status == 401)
        try await server.stop()
    }

    @Test func anUnknownRouteIsA404WithAJSONError() async throws {
        let server = try await TestServer.start()
        let reply = try await server.send(.GET, "/v2/annotate")
        #expect(reply.status == 404 && reply.errorCode == "not-found")
        try await server.stop()
    }

    /// A client that stops sending its body gets 408 once the deadline passes; with one worker, another
    /// request is still answered (the body is read before an annotator is taken).
    @Test func aStalledBodyGets408AndHoldsNoWorker() async throws {
        let server = try await TestServer.start { $0.workers = 1; $0.bodyTimeout = .milliseconds(500) }
        let (parts, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        var request = HTTPClientRequest(url: server.url("/v1/annotate"))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "text/plain")
        request.body = .stream(parts, length: .unknown)
        feed.yield(ByteBuffer(string: "La Cina e "))
        let stalled = Task { try await HTTPClient.shared.execute(request, timeout: .seconds(120)) }
        let other = try await server.send(.POST, "/v1/annotate", contentType: "text/plain", body: Array("La Russia.".utf8))
        #expect(other.status == 200)
        let response = try await stalled.value
        #expect(response.status == .requestTimeout)
        let body = try await response.body.collect(upTo: 1 << 20)
        #expect(String(buffer: body).contains("\"code\":\"timeout\""))
        feed.finish()
        try await server.stop()
    }
}
