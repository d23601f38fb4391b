import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

/// `POST /v1/annotate/jsonl`: the output of `gazzetta annotate --jsonl` for the same lines, streamed.
@Suite struct JSONLinesEndpointTests {
    /// Good lines, bad lines of every kind the command reports, a blank line, CRLF, a byte that is not
    /// UTF-8, and a last line without its newline.
    static let input: [UInt8] = Array("""
    {"id": "kz", "text": "Il Kazakhstan e la Cina firmano un accordo sul gas."}
    {"id": 12, "text": "Russia and China hold joint exercises with the SCO.", "lang": "en", "date": "2021-09-01"}

    not json
    {"id": "no-text"}
    {"id": "bad-lang", "text": "Cina", "lang": "fr"}
    {"id": "bad-date", "text": "Cina", "date": "1 May 2020"}
    {"id": "blank", "text": "   "}
    {"text": "Mosca e Astana nella CSTO."}\r

    """.utf8) + Array("{\"id\": \"latin\", \"text\": \"citt".utf8) + [0xE0] + Array(" di Astana\"}\n{\"id\": \"last\", \"text\": \"Il Presidente kazakho\"}".utf8)

    @Test func linesAreAnsweredAsTheCommandAnswersThem() async throws {
        let server = try await TestServer.start()
        let command = try gazzetta(["annotate", "--jsonl", "--lexicons", shippedLexicons, "--lang", "it", "--date", "2019-07-04"],
                                   input: JSONLinesEndpointTests.input)
        #expect(command.status == 0, "\(command.err)")
        let reply = try await server.send(.POST, "/v1/annotate/jsonl?lang=it&date=2019-07-04", contentType: "application/jsonl",
                                          body: JSONLinesEndpointTests.input)
        #expect(reply.status == 200)
        #expect(reply.headers["Content-Type"].first?.hasPrefix("application/jsonl") == true)
        #expect(reply.text == String(decoding: command.out, as: UTF8.self))
        let lines = reply.text.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines[2].contains("\"line\":4") && lines[2].contains("not a JSON object"))
        #expect(lines[3].contains("no \\\"text\\\" string"))
        try await server.stop()
    }

    @Test func outputStreamsBeforeTheRequestBodyEnds() async throws {
        let server = try await TestServer.start()
        let (lines, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        var request = HTTPClientRequest(url: server.url("/v1/annotate/jsonl"))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-ndjson")
        request.body = .stream(lines, length: .unknown)
        feed.yield(ByteBuffer(string: "{\"id\": \"first\", \"text\": \"La Cina e la Russia.\"}\n"))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        #expect(response.status == .ok)
        var received: [UInt8] = []
        var chunks = response.body.makeAsyncIterator()
        // The first annotation comes back while the request is still open: the server did not wait for its end.
        while !received.contains(0x0A), let chunk = try await chunks.next() { received += chunk.readableBytesView }
        #expect(String(decoding: received, as: UTF8.self).contains("\"id\":\"first\""))
        feed.yield(ByteBuffer(string: "{\"id\": \"second\", \"text\": \"Astana.\"}\n"))
        feed.finish()
        while let chunk = try await chunks.next() { received += chunk.readableBytesView }
        let output = String(decoding: received, as: UTF8.self).split(separator: "\n")
        #expect(output.count == 2)
        #expect(output.last?.contains("\"id\":\"second\"") == true)
        try await server.stop()
    }

    @Test func aLineOverTheLimitIsAnErrorLineAndTheStreamGoesOn() async throws {
        let server = try await TestServer.start { $0.maximumBodyBytes = 200 }
        let long = "{\"id\": \"long\", \"text\": \"" + String(repeating: "Cina ", count: 100) + "\"}"
        let body = "{\"id\": \"a\", \"text\": \"La Cina.\"}\n" + long + "\n{\"id\": \"b\", \"text\": \"La Russia.\"}\n"
        let reply = try await server.send(.POST, "/v1/annotate/jsonl", contentType: "application/jsonl", body: Array(body.utf8))
        #expect(reply.status == 200)
        let lines = reply.text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == "{\"line\":2,\"id\":null,\"error\":\"line 2: longer than the limit of 200 bytes\"}")
        #expect(lines[2].contains("\"id\":\"b\""))
        try await server.stop()
    }

    @Test func theWrongMediaTypeOrABadDefaultIsRefusedBeforeStreaming() async throws {
        let server = try await TestServer.start()
        let wrongType = try await server.send(.POST, "/v1/annotate/jsonl", contentType: "text/plain", body: Array("{}\n".utf8))
        #expect(wrongType.status == 415 && wrongType.errorCode == "unsupported-media-type")
        let badLang = try await server.send(.POST, "/v1/annotate/jsonl?lang=de", contentType: "application/jsonl", body: Array("{}\n".utf8))
        #expect(badLang.status == 400 && badLang.errorCode == "bad-parameter")
        try await server.stop()
    }
}
