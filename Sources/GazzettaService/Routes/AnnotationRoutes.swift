import Hummingbird
import HTTPTypes
import NIOCore

/// `POST /v1/annotate` (one document, the JSON `gazzetta annotate` writes) and `POST /v1/annotate/jsonl`
/// (JSON Lines in, JSON Lines out, streamed, as `gazzetta annotate --jsonl`).
struct AnnotationRoutes {
    let state: ServiceState

    /// Media types `/v1/annotate/jsonl` reads.
    static let jsonLinesTypes: Set<String> = ["application/jsonl", "application/x-jsonlines", "application/x-ndjson", "application/json-lines"]

    func register(on router: Router<BasicRequestContext>) {
        router.post("/v1/annotate") { request, _ in try await annotate(request) }
        router.post("/v1/annotate/jsonl") { request, _ in try annotateLines(request) }
    }

    private func annotate(_ request: Request) async throws -> Response {
        let mediaType = MediaType(request.headers[.contentType])
        let reader = AnnotationRequestReader(query: request.queryDictionary)
        // Refuse what cannot be read before reading it.
        try AnnotationRequestReader.check(mediaType)
        let body = try await BodyReader.collect(request, limit: state.configuration.maximumBodyBytes, timeout: state.configuration.bodyTimeout)
        let annotation = try reader.read(body: body, mediaType: mediaType)
        let (json, mentions) = try await state.pool.withAnnotator { annotator in try annotator.annotate(annotation) }
        state.metrics.annotated(mentions: mentions)
        return JSONResponse.bytes(json)
    }

    private func annotateLines(_ request: Request) throws -> Response {
        let mediaType = MediaType(request.headers[.contentType])
        guard let type = mediaType?.type, AnnotationRoutes.jsonLinesTypes.contains(type) else {
            throw ServiceError(.unsupportedMediaType, code: "unsupported-media-type",
                               "Content-Type \(mediaType.map { "'\($0.type)'" } ?? "missing"): send application/jsonl (or application/x-ndjson)")
        }
        let query = request.queryDictionary
        let defaults = try AnnotationRequestReader(query: query).options(lang: query["lang"], date: query["date"])
        let lines = JSONLinesAnnotator(defaultLanguage: defaults.language, defaultDate: defaults.date)
        let stream = JSONLinesStreamer(lines: lines, state: state, body: request.body)
        var headers = HTTPFields()
        headers[.contentType] = "application/jsonl; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in try await stream.run(into: &writer) })
    }
}
