import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// The server against `Schemas/openapi.json`: every documented path, method and status is exercised, and
/// each answer has a documented status and media type and a body that validates against the documented
/// schema (with Python's `jsonschema`, and the document itself with `openapi-spec-validator`; `.ci/run`
/// installs both).
@Suite struct OpenAPIConformanceTests {
    /// One request and its answer, as the validator reads it.
    struct Exchange: Encodable {
        var method: String
        var path: String
        var status: Int
        var contentType: String
        var body: String
    }

    @Test func everyDocumentedResponseIsAnsweredAsDocumented() async throws {
        let open = try await TestServer.start { $0.maximumBodyBytes = 4096; $0.bodyTimeout = .milliseconds(500) }
        let guarded = try await TestServer.start { $0.token = "tok" }
        let lexicons = try copyOfShippedLexicons()
        let reloadable = try await TestServer.start(lexicons: lexicons.path)
        var exchanges: [Exchange] = []
        func record(_ server: TestServer, _ method: HTTPMethod, _ template: String, _ path: String,
                    _ contentType: String? = nil, _ body: String? = nil) async throws {
            let reply = try await server.send(method, path, contentType: contentType, body: body.map { Array($0.utf8) })
            exchanges.append(Exchange(method: method.rawValue.lowercased(), path: template, status: reply.status,
                                      contentType: reply.headers["Content-Type"].first ?? "", body: reply.text))
        }
        let text = "Il Presidente kazakho incontra Xi Jinping ad Astana; la SCO e la CSTO.\n"
        let json = #"{"text": "La Cina e il Kazakhstan.", "lang": "it", "id": "j1"}"#
        let tasks = #"{"tasks": [{"id": 1, "data": {"text": "Mosca e Pechino nella SCO."}}], "label_config": "<View><Labels name=\"label\" toName=\"text\"><Label value=\"place\"/><Label value=\"organisation\"/></Labels><Text name=\"text\" value=\"$text\"/></View>"}"#

        try await record(open, .POST, "/v1/annotate", "/v1/annotate?lang=it&date=2020-01-01", "text/plain", text)
        try await record(open, .POST, "/v1/annotate", "/v1/annotate", "application/json", json)
        try await record(open, .POST, "/v1/annotate", "/v1/annotate", "text/html", "<p>La <i>Cina</i> e Mosca</p>")
        try await record(open, .POST, "/v1/annotate", "/v1/annotate", "text/markdown", "# Astana\n\nLa **Russia**.")
        try await record(open, .POST, "/v1/annotate", "/v1/annotate", "application/json", "{\"text\": ")
        try await record(guarded, .POST, "/v1/annotate", "/v1/annotate", "text/plain", text)
        exchanges.append(try await stalled(open))
        try await record(open, .POST, "/v1/annotate", "/v1/annotate", "text/plain", String(repeating: "Cina ", count: 1000))
        try await record(open, .POST, "/v1/annotate", "/v1/annotate", "application/pdf", "%PDF-1.4")

        try await record(open, .POST, "/v1/annotate/jsonl", "/v1/annotate/jsonl", "application/jsonl",
                         "{\"id\": \"a\", \"text\": \"La Cina.\"}\nnot json\n{\"text\": \"Mosca\"}\n")
        try await record(open, .POST, "/v1/annotate/jsonl", "/v1/annotate/jsonl?date=yesterday", "application/jsonl", "{}\n")
        try await record(guarded, .POST, "/v1/annotate/jsonl", "/v1/annotate/jsonl", "application/jsonl", "{}\n")
        try await record(open, .POST, "/v1/annotate/jsonl", "/v1/annotate/jsonl", "application/json", "{}\n")

        try await record(open, .GET, "/v1/lexicon/lookup", "/v1/lexicon/lookup?q=sino-kazakha&lang=it")
        try await record(open, .GET, "/v1/lexicon/lookup", "/v1/lexicon/lookup?q=")
        try await record(guarded, .GET, "/v1/lexicon/lookup", "/v1/lexicon/lookup?q=Cina")

        for id in ["country:KZ", "person:kassym-jomart-tokayev", "org:sco", "sector:counter-terrorism"] {
            try await record(open, .GET, "/v1/entities/{id}", "/v1/entities/\(id)")
        }
        try await record(guarded, .GET, "/v1/entities/{id}", "/v1/entities/country:KZ")
        try await record(open, .GET, "/v1/entities/{id}", "/v1/entities/country:QQ")

        try await record(guarded, .GET, "/health", "/health")
        try await record(open, .GET, "/ready", "/ready")
        try await record(guarded, .GET, "/ready", "/ready")
        try await record(open, .GET, "/metrics", "/metrics")
        try await record(guarded, .GET, "/metrics", "/metrics")

        try await record(reloadable, .POST, "/admin/reload", "/admin/reload")
        try await record(guarded, .POST, "/admin/reload", "/admin/reload")
        try Data("[country:ZZ]\n".utf8).write(to: lexicons.appendingPathComponent("broken.gaz"))
        try await record(reloadable, .POST, "/admin/reload", "/admin/reload")

        try await record(open, .POST, "/setup", "/setup", "application/json", #"{"project": "1.1", "schema": "<View/>"}"#)
        try await record(open, .POST, "/setup", "/setup", "application/json", "[1")
        try await record(guarded, .POST, "/setup", "/setup", "application/json", "{}")
        try await record(open, .POST, "/setup", "/setup", "text/xml", "<View/>")

        try await record(open, .POST, "/predict", "/predict", "application/json", tasks)
        try await record(open, .POST, "/predict", "/predict", "application/json", #"{"tasks": [{"data": {}}]}"#)
        try await record(guarded, .POST, "/predict", "/predict", "application/json", tasks)
        try await record(open, .POST, "/predict", "/predict", "application/json",
                         #"{"tasks": [{"data": {"text": ""# + String(repeating: "Cina ", count: 1000) + #""}}]}"#)
        try await record(open, .POST, "/predict", "/predict", "text/plain", tasks)

        for server in [open, guarded, reloadable] { try await server.stop() }
        let report = try validate(exchanges)
        #expect(report.status == 0, "\(report.output)")
    }

    /// A body that stops half-way: 408 once the deadline passes.
    func stalled(_ server: TestServer) async throws -> Exchange {
        let (parts, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        var request = HTTPClientRequest(url: server.url("/v1/annotate"))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "text/plain")
        request.body = .stream(parts, length: .unknown)
        feed.yield(ByteBuffer(string: "La Cina"))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 1 << 20)
        feed.finish()
        return Exchange(method: "post", path: "/v1/annotate", status: Int(response.status.code),
                        contentType: response.headers["Content-Type"].first ?? "", body: String(buffer: body))
    }

    /// Runs the validator over the exchanges; its exit status and report.
    func validate(_ exchanges: [Exchange]) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gazzetta-openapi-\(UUID().uuidString).json")
        try JSONEncoder().encode(exchanges).write(to: file)
        let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from openapi_spec_validator import validate
        from openapi_spec_validator.readers import read_from_filename
        spec, base = read_from_filename(sys.argv[1])
        validate(spec, base_uri=base)
        annotation = json.load(open(sys.argv[2], encoding="utf-8"))
        resource = Resource.from_contents(annotation)
        registry = Registry().with_resources([("annotation.schema.json", resource), (annotation["$id"], resource)])
        def check(schema, value, where):
            wrapper = dict(schema)
            wrapper["components"] = spec["components"]
            return [f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}"
                    for e in Draft202012Validator(wrapper, registry=registry).iter_errors(value)]
        problems, seen = [], set()
        for x in json.load(open(sys.argv[3], encoding="utf-8")):
            where = f"{x['method'].upper()} {x['path']} → {x['status']}"
            operation = spec["paths"].get(x["path"], {}).get(x["method"])
            if operation is None:
                problems.append(f"{where}: not in the document"); continue
            response = operation["responses"].get(str(x["status"]))
            if response is None:
                problems.append(f"{where}: status not documented: {x['body'][:200]}"); continue
            seen.add((x["path"], x["method"], str(x["status"])))
            content = response.get("content", {})
            media = x["contentType"].split(";")[0].strip()
            if media not in content:
                problems.append(f"{where}: media type {media!r} not documented ({sorted(content)})"); continue
            documented = content[media]
            if media == "application/json":
                problems += check(documented["schema"], json.loads(x["body"]), where)
            elif "x-line-schema" in documented:
                for number, line in enumerate(x["body"].splitlines(), 1):
                    problems += check(documented["x-line-schema"], json.loads(line), f"{where} line {number}")
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                for status in operation["responses"]:
                    if (path, method, status) not in seen:
                        problems.append(f"{method.upper()} {path} → {status}: documented but never exercised")
        print("\\n".join(problems))
        sys.exit(1 if problems else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, root.appendingPathComponent("Schemas/openapi.json").path,
                             root.appendingPathComponent("Schemas/annotation.schema.json").path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
