import GazzettaAnnotator
import GazzettaExport
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// The service's one door into the pipeline: every call the service makes to `DocumentDecoder`,
/// `Annotator`, `AnnotationJSON` and `LexiconLookup` goes through here, the same calls `gazzetta annotate`
/// makes, so a response is byte for byte what the command writes.
///
/// Holds one `Annotator` (ICU iterators, a cache): not for two threads at once. `AnnotatorPool` hands each
/// out to one request at a time, which is what makes the `@unchecked Sendable` sound.
public final class ServiceAnnotator: @unchecked Sendable {
    /// The lexicon this annotator links to.
    public let compiled: CompiledLexicon
    private let annotator: Annotator

    /// An annotator over `compiled`.
    public init(compiled: CompiledLexicon) throws(ServiceError) {
        self.compiled = compiled
        do {
            annotator = try Annotator(compiled: compiled)
        } catch {
            throw ServiceError(.internalServerError, code: "icu", "cannot open ICU's iterators: \(error)")
        }
    }

    /// The lexicon's version, as annotations carry it in `document.lexicon`.
    public var lexiconVersion: String { compiled.lexicon.version }

    /// The annotated document, as `gazzetta annotate` builds it from a file with `request.bytes`.
    public func document(_ request: AnnotationRequest) throws(ServiceError) -> AnnotatedDocument {
        let decoded: DecodedDocument
        do {
            decoded = try DocumentDecoder(encoding: request.encoding, lossy: false)
                .decode(request.bytes, source: request.id, format: request.format)
        } catch {
            throw ServiceError.decoding(error)
        }
        do {
            return try annotator.annotate(decoded, bytes: request.bytes, id: request.id, options: request.options)
        } catch {
            throw ServiceError(.internalServerError, code: "analysis", "\(request.id): \(error)")
        }
    }

    /// The JSON `gazzetta annotate` writes for the same input, and the document's mention count.
    public func annotate(_ request: AnnotationRequest) throws(ServiceError) -> (json: [UInt8], mentions: Int) {
        let document = try document(request)
        return (AnnotationJSON.utf8(document, pretty: request.pretty), document.mentions.count)
    }

    /// One JSON Lines object's annotation, as `gazzetta annotate --jsonl` makes it from a `SourceText`.
    func annotate(text: String, id: String, options: AnnotationOptions) throws(TextAnalysisError) -> (json: [UInt8], mentions: Int) {
        let document = try annotator.annotate(SourceText(text), bytes: Array(text.utf8), id: id, options: options)
        return (AnnotationJSON.utf8(document, pretty: false), document.mentions.count)
    }

    /// What `gazzetta lexicon lookup` prints for `text` read as `language`, one line per finding.
    public func lookup(_ text: String, language: Language) throws(ServiceError) -> [String] {
        do {
            return try LexiconLookup(compiled).explain(text, language: language)
        } catch {
            throw ServiceError(.internalServerError, code: "analysis", "lookup: \(error)")
        }
    }
}

extension ServiceError {
    /// A document that cannot be read: 400, with the decoder's words (they name the document and byte offset).
    static func decoding(_ error: TextDecodingError) -> ServiceError {
        let code: String
        switch error {
        case .invalidUTF8(let source, let offset):
            // The decoder's words name the command's options; say what a client can send instead.
            return ServiceError(.badRequest, code: "invalid-utf8",
                                "\(source): invalid UTF-8 at byte offset \(offset) (name the encoding in Content-Type's charset, or ?encoding=auto to detect it)")
        case .empty: code = "empty"
        case .binary: code = "binary"
        case .pdf: code = "pdf"
        case .unreadableHTML: code = "unreadable-html"
        case .tooLarge: return ServiceError(.contentTooLarge, code: "too-large", error.description)
        case .undecodable, .doesNotFit: code = "undecodable"
        }
        return ServiceError(.badRequest, code: code, error.description)
    }
}
