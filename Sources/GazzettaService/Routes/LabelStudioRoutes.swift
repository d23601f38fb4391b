import Foundation
import GazzettaExport
import Hummingbird

/// Label Studio's ML backend protocol: `GET /health`, `POST /setup`, `POST /predict` — point a project's
/// Model settings at the server and its tasks are pre-annotated with Gazzetta's mentions.
struct LabelStudioRoutes {
    let state: ServiceState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/health") { _, _ in JSONResponse.value(.object([("status", .string("UP")), ("model_class", .string("Gazzetta"))])) }
        router.post("/setup") { request, _ in try await setup(request) }
        router.post("/predict") { request, _ in try await predict(request) }
    }

    /// The model version Label Studio records with each prediction: changes with the lexicon.
    private var modelVersion: String { "gazzetta-" + state.pool.compiled.lexicon.version }

    private func setup(_ request: Request) async throws -> Response {
        _ = try await object(request)
        return JSONResponse.value(.object([("model_version", .string(modelVersion))]))
    }

    private func predict(_ request: Request) async throws -> Response {
        let body = try await object(request)
        guard let tasks = body["tasks"] as? [[String: Any]] else {
            throw ServiceError.badRequest("bad-request", "the body has no \"tasks\" array of objects")
        }
        let config = LabelConfig(xml: body["label_config"] as? String)
        let requests = try tasks.enumerated().map { index, task throws(ServiceError) in
            (try LabelStudioPredictor.request(for: task, index: index, config: config),
             (task["data"] as? [String: Any])?[config.dataKey] as? String ?? "")
        }
        var predictions: [JSONValue] = []
        for (annotation, text) in requests {
            let (document, version) = try await state.pool.withAnnotator { annotator in
                (try annotator.document(annotation), annotator.lexiconVersion)
            }
            state.metrics.annotated(mentions: document.mentions.count)
            let predictor = LabelStudioPredictor(config: config, modelVersion: "gazzetta-" + version)
            predictions.append(predictor.prediction(document, taskText: text))
        }
        return JSONResponse.value(.object([("results", .array(predictions))]))
    }

    /// The body as a JSON object: 415 unless it says JSON, 400 when it is not.
    private func object(_ request: Request) async throws -> [String: Any] {
        guard MediaType(request.headers[.contentType])?.type == "application/json" else {
            throw ServiceError.unsupportedMediaType(MediaType(request.headers[.contentType])?.type)
        }
        let body = try await BodyReader.collect(request, limit: state.configuration.maximumBodyBytes, timeout: state.configuration.bodyTimeout)
        if let offset = UTF8Validation.firstInvalidByte(body) {
            throw ServiceError.badRequest("invalid-utf8", "the JSON body is not UTF-8: invalid byte at offset \(offset)")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(body))
        } catch {
            throw ServiceError.badRequest("bad-json", "the body is not JSON: \(JSONErrorText.describe(error))")
        }
        guard let object = parsed as? [String: Any] else { throw ServiceError.badRequest("bad-json", "the body is JSON but not an object") }
        return object
    }
}
