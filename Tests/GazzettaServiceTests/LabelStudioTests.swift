import Foundation
import Testing

/// Label Studio's ML backend protocol: `/health`, `/setup`, `/predict`.
@Suite struct LabelStudioTests {
    /// A named-entity project's labeling configuration, with the names such projects often use.
    static let labelConfig = """
    <View>
      <Labels name="ner" toName="article">
        <Label value="PER" background="red"/>
        <Label value="ORG" background="blue"/>
        <Label value="LOC" background="green"/>
      </Labels>
      <Text name="article" value="$body"/>
    </View>
    """

    /// `text[start..<end]` counted in code points, as Python (and Label Studio's backends) slice.
    func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    @Test func predictGivesOnePredictionPerTaskWithCodePointOffsets() async throws {
        let server = try await TestServer.start()
        let texts = ["🇰🇿🇨🇳 Xi Jinping è arrivato ad Astana: la Cina e il Kazakhstan firmano con la SCO.",
                     "NATO ministers met in Brussels; Moscow 𝐑𝐞𝐬𝐩𝐨𝐧𝐝𝐬 through the CSTO."]
        let tasks: [[String: Any]] = texts.enumerated().map { index, text in ["id": index + 10, "data": ["body": text]] }
        let body = try JSONSerialization.data(withJSONObject: ["tasks": tasks, "label_config": LabelStudioTests.labelConfig,
                                                               "project": "3.1700000000", "params": ["context": [:]]])
        let reply = try await server.send(.POST, "/predict", contentType: "application/json", body: [UInt8](body))
        #expect(reply.status == 200, "\(reply.text)")
        let results = try #require(try reply.object()["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let ready = try await server.send(.GET, "/ready").object()
        for (prediction, text) in zip(results, texts) {
            #expect(prediction["model_version"] as? String == "gazzetta-" + (ready["lexicon"] as! String))
            let regions = try #require(prediction["result"] as? [[String: Any]])
            #expect(!regions.isEmpty)
            for region in regions {
                #expect(region["from_name"] as? String == "ner")
                #expect(region["to_name"] as? String == "article")
                #expect(region["type"] as? String == "labels")
                let value = try #require(region["value"] as? [String: Any])
                let start = try #require(value["start"] as? Int), end = try #require(value["end"] as? Int)
                #expect(slice(text, start, end) == value["text"] as? String, "\(value)")
                let labels = try #require(value["labels"] as? [String])
                #expect(labels.count == 1 && ["PER", "ORG", "LOC"].contains(labels[0]))
            }
        }
        // After two flags (four code points, eight UTF-16 units), "Xi Jinping" starts at code point 5.
        let first = try #require((results[0]["result"] as? [[String: Any]])?.first?["value"] as? [String: Any])
        #expect(first["start"] as? Int == 5 && first["text"] as? String == "Xi Jinping" && first["labels"] as? [String] == ["PER"])
        // Sector cues have no label in this project: none is sent.
        let all = results.flatMap { ($0["result"] as? [[String: Any]]) ?? [] }
        #expect(all.allSatisfy { (($0["meta"] as? [String: Any])?["text"] as? [String])?.first?.hasPrefix("sector:") != true })
        try await server.stop()
    }

    @Test func withoutALabelConfigTheTypesAreTheLabels() async throws {
        let server = try await TestServer.start()
        let body = try JSONSerialization.data(withJSONObject: ["tasks": [["id": 1, "data": ["text": "La Cina e la SCO."]]]])
        let reply = try await server.send(.POST, "/predict", contentType: "application/json", body: [UInt8](body))
        let regions = try #require((try reply.object()["results"] as? [[String: Any]])?.first?["result"] as? [[String: Any]])
        let labels = regions.compactMap { ($0["value"] as? [String: Any])?["labels"] as? [String] }.flatMap { $0 }
        #expect(labels == ["place", "organisation"])
        #expect(regions.first?["from_name"] as? String == "label" && regions.first?["to_name"] as? String == "text")
        try await server.stop()
    }

    @Test func healthAndSetupAnswerAsLabelStudioExpects() async throws {
        let server = try await TestServer.start { $0.token = "s3cret" }
        // Label Studio checks /health before anything else: it needs no credentials.
        let health = try await server.send(.GET, "/health")
        #expect(health.status == 200)
        #expect(try health.object()["status"] as? String == "UP")
        let setupBody = try JSONSerialization.data(withJSONObject: ["project": "3.1700000000", "schema": LabelStudioTests.labelConfig,
                                                                    "hostname": "http://localhost:8080", "access_token": "x"])
        let refused = try await server.send(.POST, "/setup", contentType: "application/json", body: [UInt8](setupBody))
        #expect(refused.status == 401 && refused.errorCode == "unauthorized")
        // Label Studio sends Basic credentials; the token is the password.
        let basic = "Basic " + Data("labelstudio:s3cret".utf8).base64EncodedString()
        let setup = try await server.send(.POST, "/setup", contentType: "application/json", headers: [("Authorization", basic)],
                                          body: [UInt8](setupBody))
        #expect(setup.status == 200)
        #expect((try setup.object()["model_version"] as? String)?.hasPrefix("gazzetta-") == true)
        try await server.stop()
    }

    @Test func badPredictRequestsGetErrors() async throws {
        let server = try await TestServer.start()
        let noTasks = try await server.send(.POST, "/predict", contentType: "application/json", body: Array("{\"task\": []}".utf8))
        #expect(noTasks.status == 400 && noTasks.errorCode == "bad-request")
        let noText = try await server.send(.POST, "/predict", contentType: "application/json",
                                           body: Array("{\"tasks\": [{\"id\": 1, \"data\": {\"html\": \"x\"}}]}".utf8))
        #expect(noText.status == 400 && noText.text.contains("tasks[0].data has no \\\"text\\\""))
        let notJSON = try await server.send(.POST, "/predict", contentType: "application/json", body: Array("{tasks".utf8))
        #expect(notJSON.status == 400 && notJSON.errorCode == "bad-json")
        let wrongType = try await server.send(.POST, "/predict", contentType: "text/plain", body: Array("{}".utf8))
        #expect(wrongType.status == 415)
        try await server.stop()
    }
}
