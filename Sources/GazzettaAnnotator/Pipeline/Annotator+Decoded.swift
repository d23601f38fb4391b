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
        let utf8Offsets = UTF8OffsetTable(decoded.text)
        for index in document.mentions.indices {
            let mention = document.mentions[index]
            let range = decoded.sourceRange(utf8Start: utf8Offsets.byteOffset(ofScalar: mention.start),
                                            utf8End: utf8Offsets.byteOffset(ofScalar: mention.end))
            document.mentions[index].sourceBytes = range.map { Span(start: $0.lowerBound, end: $0.upperBound) }
        }
        return document
    }
}

/// Code-point offsets to UTF-8 byte offsets, for the mentions of one document.
struct UTF8OffsetTable {
    private var offsets: [Int32] = []

    init(_ text: SourceText) {
        offsets.reserveCapacity(text.scalarCount + 1)
        for (index, byte) in text.utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(Int32(index)) }
        offsets.append(Int32(text.utf8.count))
    }

    func byteOffset(ofScalar scalar: Int) -> Int { Int(offsets[min(scalar, offsets.count - 1)]) }
}
