import Foundation
import GazzettaExport
import GazzettaModel
import Hummingbird

/// `GET /v1/lexicon/lookup?q=…&lang=…` (the lines `gazzetta lexicon lookup` prints) and
/// `GET /v1/entities/{id}` (an entity's record).
struct LexiconRoutes {
    let state: ServiceState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/v1/lexicon/lookup") { request, _ in try await lookup(request) }
        router.get("/v1/entities/:id") { _, context in try entity(context) }
    }

    private func lookup(_ request: Request) async throws -> Response {
        let query = request.queryDictionary
        guard let text = query["q"], !text.isEmpty else { throw ServiceError.badRequest("bad-parameter", "q (the text to look up) is missing") }
        let lang = query["lang"] ?? "it"
        guard let language = Language(rawValue: lang) else { throw ServiceError.badRequest("bad-parameter", "lang takes it or en, got '\(lang)'") }
        let (lines, version) = try await state.pool.withAnnotator { annotator in
            (try annotator.lookup(text, language: language), annotator.lexiconVersion)
        }
        // The command adds this line when only the tokens line was found.
        let printed = lines.count == 1 ? lines + ["no entity matches"] : lines
        return JSONResponse.value(.object([
            ("query", .string(text)), ("lang", .string(language.rawValue)), ("lexicon", .string(version)),
            ("matched", .bool(lines.count > 1)), ("lines", .array(printed.map { .string($0) })),
        ]))
    }

    private func entity(_ context: BasicRequestContext) throws -> Response {
        let raw = context.parameters.get("id") ?? ""
        let id = raw.removingPercentEncoding ?? raw
        guard let record = EntityRecord(lexicon: state.pool.compiled.lexicon).json(id) else {
            throw ServiceError.notFound("no entity '\(id)' in the lexicon")
        }
        return JSONResponse.value(record)
    }
}
