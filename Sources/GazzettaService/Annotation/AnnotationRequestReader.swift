import Foundation
import GazzettaAnnotator
import GazzettaModel
import GazzettaText

/// Turns a `POST /v1/annotate` into an `AnnotationRequest`: the media type says how to read the body,
/// the query (`lang`, `date`, `format`, `id`, `encoding`, `pretty`) what `gazzetta annotate`'s options would.
struct AnnotationRequestReader {
    /// The query's parameters.
    var query: [String: String]

    /// The media types `read` reads.
    static let mediaTypes: Set<String> = ["text/plain", "text/html", "application/xhtml+xml", "text/markdown", "text/x-markdown", "application/json"]

    /// 415 unless `mediaType` is one `read` reads.
    static func check(_ mediaType: MediaType?) throws(ServiceError) {
        guard let mediaType else { throw .unsupportedMediaType(nil) }
        guard mediaTypes.contains(mediaType.type) else { throw .unsupportedMediaType(mediaType.type) }
    }

    /// The request for a body of `mediaType`; 415 for a type the service does not read, 400 for bad values.
    func read(body: [UInt8], mediaType: MediaType?) throws(ServiceError) -> AnnotationRequest {
        guard let mediaType else { throw .unsupportedMediaType(nil) }
        switch mediaType.type {
        case "text/plain":
            return try document(body, format: try format(query["format"]) ?? .text, charset: mediaType.charset)
        case "text/html", "application/xhtml+xml":
            return try document(body, format: .html, charset: mediaType.charset)
        case "text/markdown", "text/x-markdown":
            return try document(body, format: .markdown, charset: mediaType.charset)
        case "application/json":
            return try json(body)
        default:
            throw .unsupportedMediaType(mediaType.type)
        }
    }

    /// A document sent as itself: the bytes go to the decoder as a file's would.
    private func document(_ body: [UInt8], format: DocumentFormat, charset: String?) throws(ServiceError) -> AnnotationRequest {
        let encoding: EncodingChoice = query["encoding"].map(EncodingChoice.init) ?? charset.map(EncodingChoice.init) ?? .utf8
        return AnnotationRequest(bytes: body, format: format, encoding: encoding, id: query["id"] ?? "request",
                                 options: try options(lang: query["lang"], date: query["date"]), pretty: try flag("pretty"))
    }

    /// `{"text", "lang"?, "date"?, "id"?, "format"?}`: the text's UTF-8 is the document, as if saved to a file.
    private func json(_ body: [UInt8]) throws(ServiceError) -> AnnotationRequest {
        if let offset = UTF8Validation.firstInvalidByte(body) {
            throw .badRequest("invalid-utf8", "the JSON body is not UTF-8: invalid byte at offset \(offset)")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(body))
        } catch {
            throw .badRequest("bad-json", "the body is not JSON: \(JSONErrorText.describe(error))")
        }
        guard let object = parsed as? [String: Any] else { throw .badRequest("bad-json", "the body is JSON but not an object") }
        guard let text = object["text"] as? String else { throw .badRequest("bad-request", "the JSON object has no \"text\" string") }
        let id = try string(object, "id") ?? query["id"] ?? "request"
        let options = try options(lang: try string(object, "lang") ?? query["lang"], date: try string(object, "date") ?? query["date"])
        return AnnotationRequest(bytes: Array(text.utf8), format: try format(try string(object, "format") ?? query["format"]) ?? .text,
                                 encoding: .utf8, id: id, options: options, pretty: try flag("pretty"))
    }

    private func string(_ object: [String: Any], _ key: String) throws(ServiceError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw .badRequest("bad-request", "\"\(key)\" must be a string") }
        return text
    }

    /// `lang` (it, en, auto) and `date` (YYYY-MM-DD), as `--lang` and `--date` take them.
    func options(lang: String?, date: String?) throws(ServiceError) -> AnnotationOptions {
        var options = AnnotationOptions()
        if let lang, lang != "auto" {
            guard let language = Language(rawValue: lang) else { throw .badRequest("bad-parameter", "lang takes it, en or auto, got '\(lang)'") }
            options.language = language
        }
        if let date {
            guard let day = DayDate(iso: date) else { throw .badRequest("bad-parameter", "date takes YYYY-MM-DD, got '\(date)'") }
            options.date = day
        }
        return options
    }

    private func format(_ name: String?) throws(ServiceError) -> DocumentFormat? {
        guard let name else { return nil }
        guard let format = DocumentFormat(rawValue: name) else { throw .badRequest("bad-parameter", "format takes text, html or markdown, got '\(name)'") }
        return format
    }

    private func flag(_ name: String) throws(ServiceError) -> Bool {
        switch query[name] {
        case nil, "false", "0": return false
        case "", "true", "1": return true
        case let other?: throw .badRequest("bad-parameter", "\(name) takes true or false, got '\(other)'")
        }
    }
}
