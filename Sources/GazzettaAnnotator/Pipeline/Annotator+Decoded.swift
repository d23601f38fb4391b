import GazzettaModel
import GazzettaText

extension Annotator {
    /// Annotates a document read by `DocumentDecoder`: as `annotate(_:bytes:id:options:)`, plus the
    /// reading's format, encoding and notes, and each mention's byte range in the source file.
    public func annotate(_ decoded: DecodedDocument, bytes: [UInt8], id: String,
                         options: AnnotationOptions = .init()) throws(TextAnalysisError) -> AnnotatedDocument {
        var document = try annotate(decoded.text, bytes: bytes, id: id, options: options)
        document.info.format = decoded.format.rawValue
        document.info.encoding = decoded.encoding
        document.info.notes = decoded.notes
        let offsets = TextOffsets(utf8: decoded.text.utf8)
        for index in document.mentions.indices {
            let mention = document.mentions[index]
            let range = decoded.sourceRange(utf8Start: offsets.utf8Offset(ofScalar: mention.start),
                                            utf8End: offsets.utf8Offset(ofScalar: mention.end))
            document.mentions[index].sourceBytes = range.map { Span(start: $0.lowerBound, end: $0.upperBound) }
        }
        return document
    }
}
