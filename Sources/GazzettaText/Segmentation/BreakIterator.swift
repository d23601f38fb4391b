import CICU

/// An ICU break iterator (word or sentence) over UTF-8 bytes, owned by one thread at a time.
///
/// ICU reads the bytes in place through a UTF-8 `UText`: no UTF-16 copy of the document is made.
final class BreakIterator {
    enum Kind: Int32 {
        case word = 0 // GZ_BREAK_WORD
        case sentence = 1 // GZ_BREAK_SENTENCE
    }

    private let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(TextAnalysisError) {
        var error = [CChar](repeating: 0, count: 64)
        guard let handle = gz_breaker_open(kind.rawValue, locale, &error, Int32(error.count)) else {
            let name = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .icu("cannot open the \(kind) break iterator for '\(locale)': \(name)")
        }
        self.handle = handle
    }

    deinit {
        gz_breaker_close(handle)
    }

    /// Calls `body` with each boundary after the start (byte offset) and the rule status of the segment
    /// that ends there, in order.
    func forEachBoundary(in bytes: [UInt8], _ body: (Int, Int32) -> Void) throws(TextAnalysisError) {
        let status: Int32 = bytes.withUnsafeBufferPointer { buffer in
            let code = gz_breaker_set_utf8(handle, buffer.baseAddress, Int64(buffer.count))
            guard code == 0 else { return code }
            var rule: Int32 = 0
            while true {
                let boundary = gz_breaker_next(handle, &rule)
                if boundary < 0 { break }
                body(Int(boundary), rule)
            }
            return 0
        }
        if status != 0 { throw .icu("ICU could not iterate the text (error \(status))") }
    }

    /// Calls `body` with each boundary of `bytes[from..<to]` after `from`, as offsets into `bytes`, and the
    /// rule status of the segment ending there: ICU run over that stretch alone.
    func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                         _ body: (Int, Int32) -> Void) throws(TextAnalysisError) {
        let code = gz_breaker_set_utf8(handle, bytes.baseAddress.map { $0 + from }, Int64(to - from))
        if code != 0 { throw .icu("ICU could not iterate the text (error \(code))") }
        var rule: Int32 = 0
        while true {
            let boundary = gz_breaker_next(handle, &rule)
            if boundary < 0 { break }
            body(from + Int(boundary), rule)
        }
    }
}

/// A failure inside text analysis (ICU could not be opened or used).
public enum TextAnalysisError: Error, CustomStringConvertible {
    case icu(String)

    /// `ICU: ` followed by the message.
    public var description: String {
        switch self {
        case .icu(let message): return "ICU: \(message)"
        }
    }
}
