import CXML

/// Extracts the readable text of an HTML page with libxml2's HTML parser (not regular expressions):
/// scripts, styles, navigation and forms dropped, entities decoded, headings and paragraphs kept as
/// paragraphs, with a map from the text back to the page's bytes.
public struct HTMLTextExtractor: Sendable {
    public init() {}

    /// The text of `html` (bytes as read); `encoding` overrides the page's own declaration. A page that
    /// declares no charset is read as UTF-8 when it is valid UTF-8 (libxml2 would assume Latin-1).
    public func extract(_ html: [UInt8], encoding: String? = nil) -> ExtractedText? {
        var encoding = encoding
        if encoding == nil && !HTMLTextExtractor.declaresCharset(html) && TextDecoder.firstInvalidByte(in: html[...]) == nil {
            encoding = "UTF-8"
        }
        let result: OpaquePointer? = html.withUnsafeBufferPointer { buffer in
            if let encoding {
                return encoding.withCString { gz_html_extract(buffer.baseAddress, Int64(buffer.count), $0) }
            }
            return gz_html_extract(buffer.baseAddress, Int64(buffer.count), nil)
        }
        guard let result else { return nil }
        defer { gz_html_free(result) }
        var length: Int64 = 0
        let bytes = gz_html_text_bytes(result, &length)
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
        var count: Int64 = 0
        let raw = gz_html_text_segments(result, &count)
        var segments: [ExtractedText.Segment] = []
        segments.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let segment = raw![index]
            segments.append(.init(text: Int(segment.text_start)..<Int(segment.text_end),
                                  source: Int(segment.source_start)..<Int(segment.source_end), exact: segment.exact != 0))
        }
        return ExtractedText(text: text, segments: segments)
    }

    /// Whether the page's head mentions a charset (`<meta charset=…>` or `content="…; charset=…"`).
    static func declaresCharset(_ html: [UInt8]) -> Bool {
        let head = String(decoding: html.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("charset") || head.hasPrefix("<?xml")
    }
}
