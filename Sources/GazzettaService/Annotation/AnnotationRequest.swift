import GazzettaAnnotator
import GazzettaText

/// One document to annotate, as `POST /v1/annotate` received it: what `gazzetta annotate FILE` is given.
public struct AnnotationRequest: Sendable {
    /// The document's bytes, as sent.
    public var bytes: [UInt8]
    /// How to read them: text, HTML or Markdown.
    public var format: DocumentFormat
    /// Their character encoding: UTF-8 (strict) unless the request's `charset` or `encoding` says otherwise.
    public var encoding: EncodingChoice
    /// The document id the annotation carries (`document.id`).
    public var id: String
    /// Language and date, when the caller knows them.
    public var options: AnnotationOptions
    /// Indent the JSON.
    public var pretty: Bool

    /// A request; by default strict UTF-8, language identified, date from the byline, compact JSON.
    public init(bytes: [UInt8], format: DocumentFormat = .text, encoding: EncodingChoice = .utf8, id: String,
                options: AnnotationOptions = .init(), pretty: Bool = false) {
        self.bytes = bytes
        self.format = format
        self.encoding = encoding
        self.id = id
        self.options = options
        self.pretty = pretty
    }
}
