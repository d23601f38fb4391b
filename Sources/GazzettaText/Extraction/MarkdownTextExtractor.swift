/// Extracts the readable text of Markdown: heading, quote and list markers, emphasis, code ticks, link
/// targets and inline HTML tags go; link and image texts stay; fenced code blocks and rules are dropped.
/// Every kept run is a verbatim copy of the source, so the map back to the file's bytes is exact.
///
/// A heading and each list item stand apart from the lines around them: the extractor puts a blank line
/// before a heading or an item and after a heading (the markers it drops were what said the block ended), so
/// a lowercase heading or item is never read as wrapped prose that goes on into the next line.
public struct MarkdownTextExtractor: Sendable {
    /// Creates an extractor; it holds no state.
    public init() {}

    /// The readable text of the Markdown `source` (UTF-8 bytes), with exact segments back to it.
    public func extract(_ source: [UInt8]) -> ExtractedText {
        var builder = Builder(source: source)
        var inFence = false
        var afterHeading = false
        var lineStart = 0
        while lineStart <= source.count {
            var lineEnd = lineStart
            while lineEnd < source.count && source[lineEnd] != 0x0A { lineEnd += 1 }
            // CRLF files: the CR is not part of the line's content.
            let contentEnd = lineEnd > lineStart && source[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
            let line = lineStart..<contentEnd
            if isFence(line, source) {
                inFence.toggle()
                afterHeading = false
            } else if !inFence && !isRule(line, source) {
                let (contentStart, block) = afterBlockMarkers(line, source)
                if (block != .text || afterHeading) && contentStart < contentEnd { builder.breakParagraph() }
                inline(from: contentStart, to: contentEnd, &builder)
                afterHeading = block == .heading
            } else {
                afterHeading = false
            }
            if lineEnd < source.count { builder.newline() }
            lineStart = lineEnd + 1
        }
        return ExtractedText(text: String(decoding: builder.text, as: UTF8.self), segments: builder.segments)
    }

    private struct Builder {
        let source: [UInt8]
        var text: [UInt8] = []
        var segments: [ExtractedText.Segment] = []

        mutating func copy(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            let start = text.count
            text.append(contentsOf: source[range])
            if let last = segments.last, last.text.upperBound == start, last.source.upperBound == range.lowerBound {
                segments[segments.count - 1] = .init(text: last.text.lowerBound..<text.count, source: last.source.lowerBound..<range.upperBound, exact: true)
            } else {
                segments.append(.init(text: start..<text.count, source: range, exact: true))
            }
        }

        mutating func newline() { text.append(0x0A) }

        /// Makes the line break just written a blank line, unless the text is empty or already ends on one.
        mutating func breakParagraph() {
            guard text.count >= 1, text[text.count - 1] == 0x0A, text.count == 1 || text[text.count - 2] != 0x0A else { return }
            text.append(0x0A)
        }
    }

    /// What a line's block markers make of it.
    private enum Block {
        case text, heading, listItem
    }

    private func isFence(_ line: Range<Int>, _ s: [UInt8]) -> Bool {
        let start = firstNonSpace(line, s)
        return start + 3 <= line.upperBound && (s[start..<start + 3].allSatisfy { $0 == UInt8(ascii: "`") } || s[start..<start + 3].allSatisfy { $0 == UInt8(ascii: "~") })
    }

    private func isRule(_ line: Range<Int>, _ s: [UInt8]) -> Bool {
        let marks = s[line].filter { $0 != 0x20 && $0 != 0x09 }
        guard marks.count >= 3, let first = marks.first, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "=")].contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private func firstNonSpace(_ line: Range<Int>, _ s: [UInt8]) -> Int {
        var index = line.lowerBound
        while index < line.upperBound && (s[index] == 0x20 || s[index] == 0x09) { index += 1 }
        return index
    }

    /// Skips `#`s, `>`s and list markers at the line's start: where the line's text begins, and whether the
    /// markers made it a heading or a list item (the last such marker decides: `> - item` is an item).
    private func afterBlockMarkers(_ line: Range<Int>, _ s: [UInt8]) -> (start: Int, block: Block) {
        var index = firstNonSpace(line, s)
        var block = Block.text
        while index < line.upperBound {
            let byte = s[index]
            var next = index
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: ">") {
                while next < line.upperBound && s[next] == byte { next += 1 }
            } else if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(byte), index + 1 < line.upperBound, s[index + 1] == 0x20 {
                next = index + 1
            } else if (0x30...0x39).contains(byte) {
                while next < line.upperBound && (0x30...0x39).contains(s[next]) { next += 1 }
                guard next < line.upperBound, s[next] == UInt8(ascii: ".") || s[next] == UInt8(ascii: ")"),
                      next + 1 < line.upperBound, s[next + 1] == 0x20 else { return (index, block) }
                next += 1
            } else {
                return (index, block)
            }
            guard next < line.upperBound, s[next] == 0x20 || s[next] == 0x09 || byte == UInt8(ascii: ">") else { return (index, block) }
            if byte != UInt8(ascii: ">") { block = byte == UInt8(ascii: "#") ? .heading : .listItem }
            index = firstNonSpace(next..<line.upperBound, s)
        }
        return (index, block)
    }

    /// Copies the line's text, dropping inline markup.
    private func inline(from start: Int, to end: Int, _ builder: inout Builder) {
        var runStart = start
        var index = start
        func flush(_ upTo: Int) { builder.copy(runStart..<upTo) }
        let s = builder.source
        while index < end {
            let byte = s[index]
            switch byte {
            case UInt8(ascii: "\\") where index + 1 < end && isPunctuation(s[index + 1]):
                flush(index)
                runStart = index + 1
                index += 2
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                flush(index)
                index += 1
                runStart = index
            case UInt8(ascii: "_") where isEmphasisUnderscore(index, start, end, s):
                flush(index)
                index += 1
                runStart = index
            case UInt8(ascii: "!") where index + 1 < end && s[index + 1] == UInt8(ascii: "["):
                flush(index)
                index += 1
                runStart = index
            case UInt8(ascii: "["):
                flush(index)
                index += 1
                runStart = index
            case UInt8(ascii: "]"):
                flush(index)
                index += 1
                if index < end && s[index] == UInt8(ascii: "(") {
                    while index < end && s[index] != UInt8(ascii: ")") { index += 1 }
                    index = min(end, index + 1)
                }
                runStart = index
            case UInt8(ascii: "<"):
                var close = index + 1
                while close < end && s[close] != UInt8(ascii: ">") && s[close] != UInt8(ascii: "<") { close += 1 }
                if close < end && s[close] == UInt8(ascii: ">") && close > index + 1 && isTagStart(s[index + 1]) {
                    flush(index)
                    index = close + 1
                    runStart = index
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        flush(end)
    }

    private func isPunctuation(_ byte: UInt8) -> Bool {
        byte < 0x80 && (0x21...0x2F ~= byte || 0x3A...0x40 ~= byte || 0x5B...0x60 ~= byte || 0x7B...0x7E ~= byte)
    }

    private func isTagStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    /// `_` marks emphasis at a word's edge, not inside one (`snake_case` keeps it).
    private func isEmphasisUnderscore(_ index: Int, _ start: Int, _ end: Int, _ s: [UInt8]) -> Bool {
        func isWord(_ i: Int) -> Bool { i >= start && i < end && (s[i] >= 0x80 || (s[i] | 0x20 >= 0x61 && s[i] | 0x20 <= 0x7A) || (0x30...0x39).contains(s[i])) }
        return !(isWord(index - 1) && isWord(index + 1))
    }
}
