/// Decodes a document's bytes into text, refusing what is not text.
///
/// A UTF-8 BOM is dropped (offsets count from the first character after it). Invalid UTF-8 is an error
/// naming the byte offset, unless `lossy` asks for U+FFFD in its place. A file that holds NUL bytes is
/// taken for binary and refused.
public struct TextDecoder: Sendable {
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    public var lossy: Bool

    /// A decoder; `lossy` replaces invalid UTF-8 with U+FFFD instead of failing.
    public init(lossy: Bool = false) {
        self.lossy = lossy
    }

    /// Decodes `bytes` read from `source` (a path, or `-` for standard input, used in errors).
    public func decode(_ bytes: [UInt8], source: String) throws(TextDecodingError) -> SourceText {
        if bytes.isEmpty { throw .empty(source: source) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) { throw .binary(source: source, byteOffset: nul) }
        if let bad = TextDecoder.firstInvalidByte(in: body) {
            if !lossy { throw .invalidUTF8(source: source, byteOffset: bad) }
            return SourceText(String(decoding: body, as: UTF8.self))
        }
        let text = String(decoding: body, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(source: source) }
        return SourceText(text)
    }

    /// The offset (in the whole input, BOM included) of the first byte that does not start a valid
    /// UTF-8 sequence, or `nil`.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// Why a document's bytes could not be read as text.
public enum TextDecodingError: Error, Equatable, CustomStringConvertible {
    case empty(source: String)
    case binary(source: String, byteOffset: Int)
    case pdf(source: String)
    case unreadableHTML(source: String)
    case invalidUTF8(source: String, byteOffset: Int)
    case tooLarge(source: String, bytes: Int, limit: Int)
    case undecodable(source: String, encoding: String)
    /// The bytes are not valid in the given (or marked) encoding: `sequences` of them, when counted.
    case doesNotFit(source: String, encoding: String, sequences: Int?)

    /// One line naming the source and what is wrong (with the byte offset, where there is one).
    public var description: String {
        switch self {
        case .empty(let source):
            return "\(source): empty document (no text to annotate)"
        case .unreadableHTML(let source):
            return "\(source): libxml2 could not read this HTML"
        case .pdf(let source):
            return "\(source): a PDF, not a text file (extract its text first, e.g. with pdftotext)"
        case .binary(let source, let offset):
            return "\(source): not a text file (NUL byte at byte offset \(offset))"
        case .invalidUTF8(let source, let offset):
            return "\(source): invalid UTF-8 at byte offset \(offset) (use --lossy to replace invalid bytes with U+FFFD, or --encoding NAME)"
        case .tooLarge(let source, let bytes, let limit):
            return "\(source): too large (\(bytes) bytes, the limit is \(limit))"
        case .doesNotFit(let source, let encoding, let sequences):
            let count = sequences.map { "\($0) byte sequence(s) are" } ?? "the bytes are"
            return "\(source): \(count) not valid \(encoding) (wrong --encoding? use --lossy to replace them with U+FFFD)"
        case .undecodable(let source, let encoding):
            return "\(source): cannot decode as \(encoding) (unknown encoding or invalid bytes)"
        }
    }
}
