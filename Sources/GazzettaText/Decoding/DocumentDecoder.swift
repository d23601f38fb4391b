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

/// How the decoded text's bytes relate to the file's bytes.
public enum SourceMapping: Sendable {
    /// The file is the decoded UTF-8 itself, starting `offset` bytes in (after a BOM).
    case utf8(offset: Int)
    /// The file spends one byte per code point (Latin-1, Windows-1252…), starting `offset` bytes in.
    case singleByte(offset: Int)
    /// No byte-exact relation (invalid bytes replaced, a multi-byte legacy encoding).
    case none
}

/// A document ready for analysis: its text, where it came from and how it was read.
public struct DecodedDocument: Sendable {
    /// The readable text (the extracted text, for HTML and Markdown) that mention offsets point into.
    public var text: SourceText
    /// The format it was read as.
    public var format: DocumentFormat
    /// The encoding the bytes were read in.
    public var encoding: String
    /// What a reviewer should know about the reading (a detected encoding, replaced bytes).
    public var notes: [String]
    /// For HTML and Markdown: the map from the text to the decoded bytes.
    public var extraction: ExtractedText?
    /// How the decoded bytes map to the file's.
    public var mapping: SourceMapping
    /// For single-byte encodings: the code points of the decoded UTF-8, one per byte of the file.
    private var decodedOffsets: TextOffsets?

    init(text: SourceText, format: DocumentFormat, encoding: String, notes: [String], extraction: ExtractedText?,
         mapping: SourceMapping, decoded: [UInt8]) {
        self.text = text
        self.format = format
        self.encoding = encoding
        self.notes = notes
        self.extraction = extraction
        self.mapping = mapping
        if case .singleByte = mapping { self.decodedOffsets = TextOffsets(utf8: decoded) } else { self.decodedOffsets = nil }
    }

    /// The byte range in the source file of the text's UTF-8 bytes `utf8Start..<utf8End`, when it can be known.
    public func sourceRange(utf8Start: Int, utf8End: Int) -> Range<Int>? {
        let range: Range<Int>
        if let extraction {
            guard let mapped = extraction.sourceRange(ofTextBytes: utf8Start..<utf8End) else { return nil }
            range = mapped
        } else {
            range = utf8Start..<utf8End
        }
        switch mapping {
        case .utf8(let offset):
            return offset + range.lowerBound..<offset + range.upperBound
        case .singleByte(let offset):
            guard let decodedOffsets else { return nil }
            return offset + decodedOffsets.scalarOffset(ofUTF8: range.lowerBound)..<offset + decodedOffsets.scalarOffset(ofUTF8: range.upperBound)
        case .none:
            return nil
        }
    }
}

/// Reads any document's bytes: refuses binaries and oversized input, picks the encoding (given, declared by
/// an HTML page, UTF-8, or ICU's detector), extracts the text of HTML and Markdown.
public struct DocumentDecoder: Sendable {
    /// How the character encoding is chosen.
    public var encoding: EncodingChoice
    /// Replace invalid UTF-8 with U+FFFD instead of failing; the byte mapping to the file is then lost.
    public var lossy: Bool
    /// Larger inputs are refused (`nil`: only the hard limit of 2 GiB, what ICU's offsets can reach).
    public var maximumBytes: Int?

    /// A decoder; by default it detects the encoding, refuses invalid UTF-8 and has no size limit below 2 GiB.
    public init(encoding: EncodingChoice = .auto, lossy: Bool = false, maximumBytes: Int? = nil) {
        self.encoding = encoding
        self.lossy = lossy
        self.maximumBytes = maximumBytes
    }

    /// A reading of the bytes: UTF-8, the encoding's name, notes, how it maps to the file.
    private struct Reading {
        var utf8: [UInt8]
        var encoding: String
        var notes: [String]
        var mapping: SourceMapping
    }

    /// Decodes `bytes` read from `source` (named in errors) as `format`; throws on oversized, PDF, binary, empty or undecodable input.
    public func decode(_ bytes: [UInt8], source: String, format: DocumentFormat) throws(TextDecodingError) -> DecodedDocument {
        let limit = min(maximumBytes ?? Int.max, Int(Int32.max) - 1)
        if bytes.count > limit { throw .tooLarge(source: source, bytes: bytes.count, limit: limit) }
        if bytes.starts(with: Array("%PDF-".utf8)) { throw .pdf(source: source) }
        let declared = format == .html ? HTMLTextExtractor.declaredCharset(bytes) : nil
        let reading = try transcode(bytes, source: source, declared: declared)
        let text: String
        var extraction: ExtractedText?
        switch format {
        case .text:
            text = String(decoding: reading.utf8, as: UTF8.self)
        case .markdown:
            let extracted = MarkdownTextExtractor().extract(reading.utf8)
            text = extracted.text
            extraction = extracted
        case .html:
            guard let extracted = HTMLTextExtractor().extract(reading.utf8, encoding: "UTF-8") else {
                throw .unreadableHTML(source: source)
            }
            text = extracted.text
            extraction = extracted
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(source: source) }
        return DecodedDocument(text: SourceText(text), format: format, encoding: reading.encoding, notes: reading.notes,
                               extraction: extraction, mapping: reading.mapping, decoded: reading.utf8)
    }

    /// The document as UTF-8: in the given encoding; else UTF-8 when valid; else what the page declares;
    /// else, with `auto`, the single-byte encoding ICU's detector finds.
    private func transcode(_ bytes: [UInt8], source: String, declared: String?) throws(TextDecodingError) -> Reading {
        if bytes.isEmpty { throw .empty(source: source) }
        if let wide = try wideReading(bytes, source: source) { return wide }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[bom...]
        if let nul = body.firstIndex(of: 0) { throw .binary(source: source, byteOffset: nul) }
        if case .named(let name) = encoding, !["utf-8", "utf8"].contains(name.lowercased()) {
            guard let converted = CharsetConverter.convert(Array(body), from: name) else { throw .undecodable(source: source, encoding: name) }
            var notes = ["decoded from \(name) (given)"]
            // ICU substitutes what it cannot convert: an encoding that does not fit is an error, unless lossy
            // asks for the replacements (then counted in a note, not passed silently).
            let substituted = CharsetConverter.replacementCount(converted) - CharsetConverter.replacementCount(Array(body))
            if substituted > 0 && !lossy { throw .doesNotFit(source: source, encoding: name, sequences: substituted) }
            if substituted > 0 { notes.append("\(substituted) byte sequence(s) not valid in \(name) were replaced") }
            return Reading(utf8: converted, encoding: name, notes: notes,
                           mapping: CharsetConverter.isSingleByte(name) ? .singleByte(offset: bom) : .none)
        }
        guard let bad = TextDecoder.firstInvalidByte(in: body) else {
            return Reading(utf8: Array(body), encoding: "UTF-8", notes: [], mapping: .utf8(offset: bom))
        }
        // `lossy` only replaces what cannot be decoded: with `auto`, a page's declared charset and ICU's detector
        // are tried first, so a Latin-1 file still reads as Latin-1.
        func replaced() throws(TextDecodingError) -> Reading {
            guard lossy else { throw .invalidUTF8(source: source, byteOffset: bad) }
            return Reading(utf8: Array(String(decoding: body, as: UTF8.self).utf8), encoding: "UTF-8",
                           notes: ["invalid UTF-8 replaced with U+FFFD"], mapping: .none)
        }
        guard encoding == .auto else { return try replaced() }
        if let declared, !["utf-8", "utf8"].contains(declared.lowercased()),
           let converted = CharsetConverter.convert(Array(body), from: declared) {
            return Reading(utf8: converted, encoding: declared, notes: ["decoded from \(declared) (declared by the page)"],
                           mapping: CharsetConverter.isSingleByte(declared) ? .singleByte(offset: bom) : .none)
        }
        guard !CharsetConverter.hasMultibyteUTF8(body),
              let (name, confidence) = CharsetConverter.detect(Array(body)), CharsetConverter.isSingleByte(name),
              let converted = CharsetConverter.convert(Array(body), from: name) else {
            return try replaced()
        }
        return Reading(utf8: converted, encoding: name, notes: ["decoded from \(name) (detected, confidence \(confidence))"],
                       mapping: .singleByte(offset: bom))
    }
}

extension DocumentDecoder {
    /// UTF-16 or UTF-32: given by name (`--encoding UTF-16LE`), or, with `auto`, announced by a byte order
    /// mark. `nil` for anything else. Bytes that do not fit the form are an error unless `lossy`.
    private func wideReading(_ bytes: [UInt8], source: String) throws(TextDecodingError) -> Reading? {
        let form: UnicodeForm
        switch encoding {
        case .named(let name) where UnicodeForm.isWide(name):
            guard let named = UnicodeForm.named(name, for: bytes) else { throw .undecodable(source: source, encoding: name) }
            form = named
        case .auto:
            guard let marked = UnicodeForm.marked(bytes) else { return nil }
            form = marked
        default:
            return nil
        }
        let bom = bytes.starts(with: form.byteOrderMark) ? form.byteOrderMark.count : 0
        guard let (utf8, replaced) = form.decode(bytes[bom...], lossy: lossy) else {
            throw .doesNotFit(source: source, encoding: form.rawValue, sequences: nil)
        }
        var notes = ["decoded from \(form.rawValue)" + (bom > 0 ? " (byte order mark)" : " (given)")]
        if replaced > 0 { notes.append("\(replaced) code unit(s) not valid in \(form.rawValue) were replaced") }
        return Reading(utf8: utf8, encoding: form.rawValue, notes: notes, mapping: .none)
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

    /// How many substitution characters the UTF-8 bytes hold: U+FFFD (EF BF BD), and U+001A, which ICU's
    /// converters for legacy code pages put where a byte sequence is invalid.
    static func replacementCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1A {
                count += 1
            } else if index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD {
                count += 1
                index += 2
            }
            index += 1
        }
        return count
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
