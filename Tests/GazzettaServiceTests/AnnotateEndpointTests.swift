import Foundation
import Testing

/// `POST /v1/annotate` answers with exactly what `gazzetta annotate` writes for the same input.
@Suite struct AnnotateEndpointTests {
    /// The command's output for `bytes` saved as `name`, with `options`; the file's path is the document id.
    func command(_ name: String, _ bytes: [UInt8], _ options: [String] = []) throws -> (path: String, json: [UInt8]) {
        let path = try temporaryFile(name, bytes)
        let result = try gazzetta(["annotate", path, "--lexicons", shippedLexicons] + options)
        #expect(result.status == 0, "\(result.err)")
        return (path, result.out)
    }

    @Test func plainTextIsByteIdenticalToTheCommand() async throws {
        let server = try await TestServer.start()
        for article in ["Corpus/it/russia-kazakhstan-csto.txt", "Corpus/en/turkmenistan-china-gas.txt"] {
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(article)))
            let (path, expected) = try command("article.txt", bytes)
            let reply = try await server.send(.POST, "/v1/annotate?id=\(path)", contentType: "text/plain; charset=utf-8", body: bytes)
            #expect(reply.status == 200)
            #expect(reply.headers["Content-Type"].first?.hasPrefix("application/json") == true)
            #expect(reply.body == expected, "\(article): the server's JSON differs from the command's")
            #expect(try reply.object()["mentions"] as? [Any] != nil)
        }
        try await server.stop()
    }

    @Test func queryParametersActAsTheCommandsOptions() async throws {
        let server = try await TestServer.start()
        // An English sentence read as Italian, dated, pretty: each option changes the output, and equally.
        let bytes = Array("The President of Kazakhstan met Xi Jinping in Astana.\n".utf8)
        let (path, expected) = try command("note.txt", bytes, ["--lang", "it", "--date", "2015-06-01", "--pretty"])
        let reply = try await server.send(.POST, "/v1/annotate?id=\(path)&lang=it&date=2015-06-01&pretty=true",
                                          contentType: "text/plain", body: bytes)
        #expect(reply.status == 200)
        #expect(reply.body == expected)
        #expect(reply.text.contains("\"date\": \"2015-06-01\"") && reply.text.contains("\"lang\": \"it\""))
        try await server.stop()
    }

    @Test func htmlAndMarkdownAreReadAsTheCommandReadsThem() async throws {
        let server = try await TestServer.start()
        let html = Array("<html><head><title>x</title><script>var Cina = 1;</script></head><body><nav>Russia</nav><p>La <b>Cina</b> e il Kazakhstan &amp; la SCO.</p></body></html>".utf8)
        let (htmlPath, htmlExpected) = try command("page.html", html)
        let htmlReply = try await server.send(.POST, "/v1/annotate?id=\(htmlPath)", contentType: "text/html", body: html)
        #expect(htmlReply.status == 200)
        #expect(htmlReply.body == htmlExpected)
        #expect(htmlReply.text.contains("\"sourceBytes\""))

        let markdown = Array("# Mosca e Astana\n\nLa **Russia** e il [Kazakhstan](https://example.org) nella CSTO.\n".utf8)
        let (mdPath, mdExpected) = try command("brief.md", markdown)
        let mdReply = try await server.send(.POST, "/v1/annotate?id=\(mdPath)", contentType: "text/markdown", body: markdown)
        #expect(mdReply.body == mdExpected)
        // text/plain with format=markdown reads the same way.
        let asFormat = try await server.send(.POST, "/v1/annotate?id=\(mdPath)&format=markdown", contentType: "text/plain", body: markdown)
        #expect(asFormat.body == mdExpected)
        try await server.stop()
    }

    @Test func aJSONBodyIsAnnotatedAsItsTextSavedToAFile() async throws {
        let server = try await TestServer.start()
        let text = "Pechino e Mosca: la SCO si riunisce ad Astana 🇰🇿 il 4 luglio.\n"
        let (path, expected) = try command("body.txt", Array(text.utf8), ["--lang", "it", "--date", "2024-07-04"])
        let body = try JSONSerialization.data(withJSONObject: ["text": text, "lang": "it", "date": "2024-07-04", "id": path])
        let reply = try await server.send(.POST, "/v1/annotate", contentType: "application/json", body: [UInt8](body))
        #expect(reply.status == 200)
        #expect(reply.body == expected)
        try await server.stop()
    }

    @Test func aLegacyCharsetIsDecodedAsTheCommandDecodesIt() async throws {
        let server = try await TestServer.start()
        let latin1 = Array("La citt".utf8) + [0xE0] + Array(" di Astana e la Cina.\n".utf8)
        let (path, expected) = try command("latin1.txt", latin1, ["--encoding", "ISO-8859-1"])
        let reply = try await server.send(.POST, "/v1/annotate?id=\(path)", contentType: "text/plain; charset=ISO-8859-1", body: latin1)
        #expect(reply.status == 200)
        #expect(reply.body == expected)
        // Without a charset the body must be UTF-8: the same bytes are refused, naming the offset.
        let strict = try await server.send(.POST, "/v1/annotate", contentType: "text/plain", body: latin1)
        #expect(strict.status == 400 && strict.errorCode == "invalid-utf8")
        #expect(strict.text.contains("offset 7"))
        try await server.stop()
    }

    @Test func badRequestsGetTheirStatusAndAJSONError() async throws {
        let server = try await TestServer.start { $0.maximumBodyBytes = 1000 }
        let cases: [(String, String?, [UInt8], Int, String)] = [
            ("/v1/annotate", "image/png", [0x89, 0x50], 415, "unsupported-media-type"),
            ("/v1/annotate", nil, Array("Cina".utf8), 415, "unsupported-media-type"),
            ("/v1/annotate", "text/plain", [0x43, 0x69, 0xFF, 0x6E, 0x61], 400, "invalid-utf8"),
            ("/v1/annotate", "application/json", Array("{\"text\": \"Cina\"".utf8), 400, "bad-json"),
            ("/v1/annotate", "application/json", [0x7B, 0x22, 0xC3, 0x22, 0x7D], 400, "invalid-utf8"),
            ("/v1/annotate", "application/json", Array("[\"Cina\"]".utf8), 400, "bad-json"),
            ("/v1/annotate", "application/json", Array("{\"txt\": \"Cina\"}".utf8), 400, "bad-request"),
            ("/v1/annotate?lang=fr", "text/plain", Array("Cina".utf8), 400, "bad-parameter"),
            ("/v1/annotate?date=2024-13-01", "text/plain", Array("Cina".utf8), 400, "bad-parameter"),
            ("/v1/annotate?format=pdf", "text/plain", Array("Cina".utf8), 400, "bad-parameter"),
            ("/v1/annotate", "text/plain", Array("   \n".utf8), 400, "empty"),
            ("/v1/annotate", "text/plain", Array("ab\u{0}cd".utf8), 400, "binary"),
            ("/v1/annotate", "text/plain", [UInt8](repeating: 0x61, count: 1001), 413, "too-large"),
        ]
        for (path, type, body, status, code) in cases {
            let reply = try await server.send(.POST, path, contentType: type, body: body)
            #expect(reply.status == status, "\(path) \(type ?? "-"): \(reply.text)")
            #expect(reply.errorCode == code, "\(path) \(type ?? "-"): \(reply.text)")
            #expect(reply.headers["Content-Type"].first?.hasPrefix("application/json") == true)
        }
        // Exactly at the limit is accepted.
        let atLimit = try await server.send(.POST, "/v1/annotate", contentType: "text/plain",
                                            body: Array(String(repeating: "La Cina. ", count: 111).utf8) + [0x0A])
        #expect(atLimit.status == 200)
        try await server.stop()
    }
}
