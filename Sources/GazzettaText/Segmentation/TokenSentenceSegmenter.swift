/// Splits a document into sentences from its tokens, the rules of UAX #29 that matter for prose, without a
/// second pass of ICU over the text: a blank line ends a sentence, and so does a line break unless it only
/// wraps prose (`ProseLines`); `?` and `!` (and closing brackets or quotes after them) end one; `.` ends one
/// unless the next word starts in lowercase or the word before it is an abbreviation of the language (*cfr.*,
/// *ecc.*, *Gen.*).
public struct TokenSentenceSegmenter: Sendable {
    private let abbreviations: Set<String>

    public init(_ data: LanguageData) {
        abbreviations = data.abbreviations
    }

    /// The sentences as code-point spans from their first token's start to their last token's end.
    ///
    /// - Complexity: O(n) in the number of tokens.
    public func sentences(of tokens: [Token], in text: SourceText) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        guard !tokens.isEmpty else { return spans }
        let lines = ProseLines(tokens, in: text)
        var first = 0
        var index = 0
        while index < tokens.count {
            var end = index + 1
            if isTerminator(tokens, index) {
                // Closing brackets and quotes that follow the terminator belong to the sentence it ends.
                while end < tokens.count, tokens[end].gapBefore == .none, isClosing(tokens, end) { end += 1 }
            }
            let breaks: Bool
            if end >= tokens.count {
                breaks = true
            } else if tokens[end].gapBefore >= .line && !lines.wraps(before: end) {
                breaks = true
            } else if isTerminator(tokens, index) {
                breaks = tokens[index].key == "." ? periodEnds(at: index, next: end, tokens, text, lines) : true
            } else {
                breaks = false
            }
            if breaks {
                spans.append(tokens[first].start..<tokens[end - 1].end)
                first = end
            }
            index = end
        }
        return spans
    }

    // Both take the array and an index, not a token: passing a token copies it, key and all.
    private func isTerminator(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        switch tokens[index].key {
        case ".", "?", "!", "…", "?!", "!?": return true
        default: return false
        }
    }

    private func isClosing(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        switch tokens[index].key {
        case ")", "]", "}", "\"", "'", "»", "”", "’", ".", "?", "!": return true
        default: return false
        }
    }

    /// A period ends a sentence unless an abbreviation stands before it, or the next word (past numbers and
    /// punctuation) starts in lowercase.
    private func periodEnds(at period: Int, next: Int, _ tokens: [Token], _ text: SourceText, _ lines: ProseLines) -> Bool {
        // "U.S.." : an abbreviation's period, then the sentence's.
        if (period + 1..<next).contains(where: { tokens[$0].key == "." }) { return true }
        // "U.S.A., Sweden": a comma or semicolon goes on with the sentence.
        if next < tokens.count, [",", ";", ":"].contains(tokens[next].key) { return false }
        if period > 0, tokens[period].gapBefore == .none, tokens[period - 1].kind == .word,
           abbreviations.contains(tokens[period - 1].key) {
            return false
        }
        var cursor = next
        func sameSentence(_ index: Int) -> Bool { tokens[index].gapBefore < .line || lines.wraps(before: index) }
        while cursor < tokens.count, tokens[cursor].kind != .word, tokens[cursor].kind != .elision, sameSentence(cursor) {
            cursor += 1
        }
        guard cursor < tokens.count, sameSentence(cursor) else { return true }
        let byte = text.utf8[tokens[cursor].byteStart]
        if byte >= 0x61 && byte <= 0x7A { return false }
        if byte < 0x80 { return true }
        let first = text.slice(bytes: tokens[cursor].byteStart..<tokens[cursor].byteEnd).unicodeScalars.first
        return first?.properties.isLowercase != true
    }
}
