import CICU

/// The format a document is read in, by its file name's ending.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, html, markdown

    /// `.html`/`.htm` → html, `.md`/`.markdown` → markdown, anything else → text.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            self = .html
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else {
            self = .text
        }
    }
}

/// How to choose a document's character encoding.
public enum EncodingChoice: Sendable, Equatable {
    /// UTF-8, or an error at the first invalid byte.
    case utf8
    /// UTF-8 when valid; otherwise ICU's charset detector (Windows-1252 and Latin-1 texts are common).
    case auto
    /// This encoding, by its ICU name (`windows-1252`, `ISO-8859-1`…).
    case named(String)

    /// `utf-8`, `auto`, or an encoding name.
    public init(_ text: String) {
        switch text.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "auto": self = .auto
        default: self = .named(text)
        }
    }
}

/// A document ready for analysis: its text, where it came from and how it was read.
public struct DecodedDocument: Sendable {
    public var text: SourceText
    public var format: DocumentFormat
    /// The encoding the bytes were read in.
    public var encoding: String
    /// What a reviewer should know about the reading (a detected encoding, replaced bytes).
    public var notes: [String]
    /// For HTML and Markdown: the map from the text back to the file's bytes.
    public var extraction: ExtractedText?
    /// For plain text: how many bytes each code point took in the file (1 for single-byte encodings,
    /// 0 for variable width, where UTF-8 offsets are used), and where the text started (after a BOM).
    public var bytesPerScalar: Int
    public var sourceOffset: Int

    /// The byte range in the source file of the text's code points `start..<end`, when it can be known.
    public func sourceRange(start: Int, end: Int, utf8Start: Int, utf8End: Int) -> Range<Int>? {
        if let extraction { return extraction.sourceRange(ofTextBytes: utf8Start..<utf8End) }
        if bytesPerScalar == 1 { return sourceOffset + start..<sourceOffset + end }
        if encoding == "UTF-8" { return sourceOffset + utf8Start..<sourceOffset + utf8End }
        return nil
    }
}

/// Reads any document's bytes: refuses binaries, picks the encoding, extracts the text of HTML and Markdown.
public struct DocumentDecoder: Sendable {
    public var encoding: EncodingChoice
    public var lossy: Bool
    /// Larger inputs are refused (`nil`: no limit).
    public var maximumBytes: Int?

    public init(encoding: EncodingChoice = .auto, lossy: Bool = false, maximumBytes: Int? = nil) {
        self.encoding = encoding
        self.lossy = lossy
        self.maximumBytes = maximumBytes
    }

    public func decode(_ bytes: [UInt8], source: String, format: DocumentFormat) throws(TextDecodingError) -> DecodedDocument {
        if let maximumBytes, bytes.count > maximumBytes { throw .tooLarge(source: source, bytes: bytes.count, limit: maximumBytes) }
        if bytes.starts(with: Array("%PDF-".utf8)) { throw .pdf(source: source) }
        if format == .html { return try decodeHTML(bytes, source: source) }
        let (utf8, encodingName, notes, perScalar, offset) = try transcode(bytes, source: source)
        if format == .markdown {
            let extracted = MarkdownTextExtractor().extract(utf8)
            guard encodingName == "UTF-8" else {
                // The map is into the transcoded bytes; it holds for single-byte encodings only through code points.
                return try finish(extracted.text, source: source, format: format, encoding: encodingName, notes: notes, extraction: nil, perScalar: 0, offset: 0)
            }
            let shifted = ExtractedText(text: extracted.text, segments: extracted.segments.map {
                .init(text: $0.text, source: $0.source.lowerBound + offset..<$0.source.upperBound + offset, exact: $0.exact)
            })
            return try finish(extracted.text, source: source, format: format, encoding: encodingName, notes: notes, extraction: shifted, perScalar: 0, offset: 0)
        }
        return try finish(String(decoding: utf8, as: UTF8.self), source: source, format: format, encoding: encodingName,
                          notes: notes, extraction: nil, perScalar: perScalar, offset: offset)
    }

    private func finish(_ text: String, source: String, format: DocumentFormat, encoding: String, notes: [String],
                        extraction: ExtractedText?, perScalar: Int, offset: Int) throws(TextDecodingError) -> DecodedDocument {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(source: source) }
        return DecodedDocument(text: SourceText(text), format: format, encoding: encoding, notes: notes,
                               extraction: extraction, bytesPerScalar: perScalar, sourceOffset: offset)
    }

    private func decodeHTML(_ bytes: [UInt8], source: String) throws(TextDecodingError) -> DecodedDocument {
        if bytes.isEmpty { throw .empty(source: source) }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(source: source, byteOffset: nul) }
        var forced: String?
        if case .named(let name) = encoding { forced = name }
        guard let extracted = HTMLTextExtractor().extract(bytes, encoding: forced) else { throw .binary(source: source, byteOffset: 0) }
        return try finish(extracted.text, source: source, format: .html, encoding: forced ?? "declared", notes: [],
                          extraction: extracted, perScalar: 0, offset: 0)
    }

    /// The document as UTF-8 bytes, the encoding read, notes, bytes per code point in the file (0: variable)
    /// and the offset of the text in the file.
    private func transcode(_ bytes: [UInt8], source: String) throws(TextDecodingError) -> ([UInt8], String, [String], Int, Int) {
        if bytes.isEmpty { throw .empty(source: source) }
        var body = bytes[...]
        let bom = body.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        body = body.dropFirst(bom)
        if let nul = body.firstIndex(of: 0) { throw .binary(source: source, byteOffset: nul) }
        switch encoding {
        case .named(let name) where !["utf-8", "utf8"].contains(name.lowercased()):
            guard let converted = CharsetConverter.convert(Array(body), from: name) else {
                throw .undecodable(source: source, encoding: name)
            }
            return (converted, name, ["decoded from \(name) (given)"], CharsetConverter.isSingleByte(name) ? 1 : 0, bom)
        default:
            guard let bad = TextDecoder.firstInvalidByte(in: body) else { return (Array(body), "UTF-8", [], 0, bom) }
            if lossy { return (Array(String(decoding: body, as: UTF8.self).utf8), "UTF-8", ["invalid UTF-8 replaced with U+FFFD"], 0, bom) }
            guard encoding == .auto, !CharsetConverter.hasMultibyteUTF8(body),
                  let (name, confidence) = CharsetConverter.detect(Array(body)), CharsetConverter.isSingleByte(name),
                  let converted = CharsetConverter.convert(Array(body), from: name) else {
                throw .invalidUTF8(source: source, byteOffset: bad)
            }
            return (converted, name, ["decoded from \(name) (detected, confidence \(confidence))"], 1, bom)
        }
    }
}

/// ICU's charset detection and conversion.
public enum CharsetConverter {
    /// The detected charset's ICU name and confidence (0–100).
    public static func detect(_ bytes: [UInt8]) -> (String, Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let confidence = gz_detect_charset(bytes, Int32(min(bytes.count, Int(Int32.max))), &name, Int32(name.count))
        guard confidence >= 0 else { return nil }
        return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
    }

    /// `bytes` in `charset` as UTF-8, or `nil` when ICU cannot convert them.
    public static func convert(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: bytes.count * 3 + 4)
        var needed = gz_convert_to_utf8(charset, bytes, Int64(bytes.count), &out, Int64(out.count))
        if needed > out.count {
            out = [UInt8](repeating: 0, count: Int(needed))
            needed = gz_convert_to_utf8(charset, bytes, Int64(bytes.count), &out, Int64(out.count))
        }
        guard needed >= 0 else { return nil }
        return Array(out[0..<Int(needed)])
    }

    /// Whether `charset` spends one byte per character (ISO-8859-*, windows-125*, KOI8…).
    public static func isSingleByte(_ charset: String) -> Bool {
        let lower = charset.lowercased()
        return lower.hasPrefix("iso-8859") || lower.hasPrefix("windows-125") || lower.hasPrefix("koi8") || lower == "latin1"
            || lower.hasPrefix("cp125") || lower == "us-ascii"
    }

    /// Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence: then invalid bytes are
    /// damage in a UTF-8 file, not a legacy encoding.
    static func hasMultibyteUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte >= 0xF0 && byte < 0xF5 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 && byte < 0xE0 ? 2 : 0
            if length > 0, index + length <= bytes.endIndex,
               bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                return true
            }
            index += 1
        }
        return false
    }
}
