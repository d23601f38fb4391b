import Foundation
import Testing

/// `GET /v1/lexicon/lookup` and `GET /v1/entities/{id}`.
@Suite struct LexiconEndpointTests {
    @Test func lookupShowsWhatTheCommandPrints() async throws {
        let server = try await TestServer.start()
        for (text, lang) in [("sino-kazakha", "it"), ("Kazakh border guards", "en"), ("nessuna corrispondenza qui", "it")] {
            let command = try gazzetta(["lexicon", "lookup", text, "--lang", lang, "--lexicons", shippedLexicons])
            #expect(command.status == 0, "\(command.err)")
            let query = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let reply = try await server.send(.GET, "/v1/lexicon/lookup?q=\(query)&lang=\(lang)")
            #expect(reply.status == 200)
            let object = try reply.object()
            let printed = String(decoding: command.out, as: UTF8.self).split(separator: "\n").map(String.init)
            #expect(object["lines"] as? [String] == printed, "\(text)")
            #expect(object["query"] as? String == text)
            #expect(object["matched"] as? Bool == !printed.contains("no entity matches"))
        }
        let missing = try await server.send(.GET, "/v1/lexicon/lookup?lang=it")
        #expect(missing.status == 400 && missing.errorCode == "bad-parameter")
        let badLang = try await server.send(.GET, "/v1/lexicon/lookup?q=Cina&lang=auto")
        #expect(badLang.status == 400 && badLang.errorCode == "bad-parameter")
        try await server.stop()
    }

    @Test func anEntityRecordHasItsRelationsAndDatedRoles() async throws {
        let server = try await TestServer.start()
        let country = try await server.send(.GET, "/v1/entities/country:KZ").object()
        #expect(country["id"] as? String == "country:KZ")
        #expect((country["label"] as? [String: String])?["en"] == "Kazakhstan")
        let relations = try #require(country["relations"] as? [String: [[String: Any]]])
        #expect(relations["capital"]?.first?["id"] as? String == "city:astana")
        #expect((relations["capital"]?.first?["label"] as? [String: String])?["en"] == "Astana")
        #expect(relations["memberOf"]?.contains { $0["id"] as? String == "org:csto" } == true)
        // Who held which office in Kazakhstan, and when.
        let rolesIn = try #require(country["rolesIn"] as? [[String: Any]])
        let heads = rolesIn.filter { $0["role"] as? String == "head-of-state" }
        #expect(heads.contains { ($0["person"] as? [String: Any])?["id"] as? String == "person:nursultan-nazarbayev"
            && $0["from"] as? String == "1991-12-16" && $0["to"] as? String == "2019-03-20" })
        #expect(heads.contains { ($0["person"] as? [String: Any])?["id"] as? String == "person:kassym-jomart-tokayev" && $0["to"] is NSNull })
        let origin = try #require(country["origin"] as? [String: Any])
        #expect((origin["file"] as? String)?.hasSuffix(".gaz") == true && (origin["line"] as? Int ?? 0) > 0)

        // A person's own roles, percent-encoded id and all.
        let person = try await server.send(.GET, "/v1/entities/person%3Akassym-jomart-tokayev").object()
        let roles = try #require(person["roles"] as? [[String: Any]])
        #expect(roles.count == 4)
        #expect(roles.first?["role"] as? String == "foreign-minister")
        #expect((roles.first?["of"] as? [String: Any])?["id"] as? String == "country:KZ")
        #expect(roles.last?["from"] as? String == "2019-03-20")
        #expect((person["aliases"] as? [[String: Any]])?.contains { $0["form"] as? String == "Tokayev" && $0["role"] as? String == "short" } == true)

        let unknown = try await server.send(.GET, "/v1/entities/country:XX")
        #expect(unknown.status == 404 && unknown.errorCode == "not-found")
        try await server.stop()
    }
}
