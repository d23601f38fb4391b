import CXML

/// Extracts the readable text of an HTML page with libxml2's HTML parser (not regular expressions):
/// scripts, styles, navigation and forms dropped, entities decoded, headings and paragraphs kept as
/// paragraphs, with a map from the text back to the page's bytes.
public struct HTMLTextExtractor: Sendable {
    /// Creates an extractor; it holds no state.
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

    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    /// The charset the page declares in its first 4 KB (`<meta charset="windows-1252">`,
    /// `content="text/html; charset=iso-8859-1"`, `<?xml … encoding="…"?>`), or `nil`.
    public static func declaredCharset(_ html: [UInt8]) -> String? {
        let head = Array(String(decoding: html.prefix(4096), as: UTF8.self).lowercased().utf8)
        for marker in [Array("charset=".utf8), Array("encoding=".utf8)] where head.count > marker.count {
            guard let found = (0...(head.count - marker.count)).first(where: { head[$0..<$0 + marker.count].elementsEqual(marker) })
            else { continue }
            var index = found + marker.count
            while index < head.count && (head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") || head[index] == 0x20) {
                index += 1
            }
            var name: [UInt8] = []
            while index < head.count, isCharsetByte(head[index]) {
                name.append(head[index])
                index += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }
}
