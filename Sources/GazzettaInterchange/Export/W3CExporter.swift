import GazzettaExport
import GazzettaModel

/// W3C Web Annotation (JSON-LD): one `Annotation` per mention, its body the entity (identifying) and the
/// type (tagging), its target the document with a TextPositionSelector (code points) and a
/// TextQuoteSelector (exact text with 32 characters of context each side).
public struct W3CExporter: Sendable {
    /// Creates an exporter; it holds no state.
    public init() {}

    /// An `AnnotationCollection` of `document`'s mentions; the document is `urn:gazzetta:document:` and its SHA-256 (its id when the hash is unknown).
    public func annotations(_ document: AnnotatedDocument) -> JSONValue {
        let scalars = Array(document.text.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
            return String(view)
        }
        let source = "urn:gazzetta:document:" + (document.info.sha256.isEmpty ? document.info.id : document.info.sha256)
        let items: [JSONValue] = document.mentions.enumerated().map { index, mention in
            .object([
                ("id", .string("\(source)#m\(index + 1)")),
                ("type", .string("Annotation")),
                ("motivation", .string("identifying")),
                ("body", .array([
                    .object([("type", .string("SpecificResource")), ("source", .string("urn:gazzetta:entity:" + mention.entity.rawValue)),
                             ("purpose", .string("identifying"))]),
                    .object([("type", .string("TextualBody")), ("value", .string(mention.type.rawValue)), ("purpose", .string("tagging"))]),
                ])),
                ("target", .object([
                    ("source", .string(source)),
                    ("selector", .array([
                        .object([("type", .string("TextPositionSelector")), ("start", .int(mention.start)), ("end", .int(mention.end))]),
                        .object([("type", .string("TextQuoteSelector")), ("exact", .string(mention.text)),
                                 ("prefix", .string(text(mention.start - 32..<mention.start))),
                                 ("suffix", .string(text(mention.end..<mention.end + 32)))]),
                    ])),
                ])),
            ])
        }
        return .object([
            ("@context", .string("http://www.w3.org/ns/anno.jsonld")),
            ("id", .string(source + "#annotations")),
            ("type", .string("AnnotationCollection")),
            ("label", .string(document.info.id)),
            ("total", .int(items.count)),
            ("first", .object([("type", .string("AnnotationPage")), ("items", .array(items))])),
        ])
    }
}
