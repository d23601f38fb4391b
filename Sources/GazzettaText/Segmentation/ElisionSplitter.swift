/// Splits elided articles and prepositions (*dell’*Asia, *l'*Afghanistan) and clitics (China*’s*) off
/// the words ICU keeps whole, by a language's lists, keeping exact offsets for both parts.
public struct ElisionSplitter: Sendable {
    private let elisions: Set<String>
    private let clitics: [String]
    private let longestElision: Int

    /// A splitter using `data`'s elisions and clitics.
    public init(_ data: LanguageData) {
        elisions = data.elisions
        clitics = data.clitics
        longestElision = data.elisions.map(\.count).max() ?? 0
    }

    /// `tokens` with elisions and clitics split off. Returns `tokens` itself when there is nothing to split,
    /// which is most of the time: only tokens holding an apostrophe are looked at closely.
    public func split(_ tokens: [Token], in text: SourceText) -> [Token] {
        if elisions.isEmpty && clitics.isEmpty { return tokens }
        // Nothing is copied before the first token with an apostrophe (or the first lone apostrophe mark).
        guard let first = tokens.indices.first(where: { index in
            tokens[index].kind == .word ? MatchingKey.hasApostrophe(tokens[index].key)
                : tokens[index].kind == .punctuation && index > 0 && tokens[index].key == "'"
        }) else { return tokens }
        var index = max(0, first - 1)
        var result: [Token] = []
        result.reserveCapacity(tokens.count + tokens.count / 20)
        // Tokens that stay as they are are copied in runs; only candidates are looked at one by one.
        var run = 0
        while index < tokens.count {
            let joinable = index + 2 < tokens.count && tokens[index].kind == .word
                && tokens[index + 1].kind == .punctuation && tokens[index + 1].gapBefore == .none
                && tokens[index + 2].kind == .word && tokens[index + 2].gapBefore == .none && tokens[index + 1].key == "'"
            let apostrophe = tokens[index].kind == .word && MatchingKey.hasApostrophe(tokens[index].key)
            guard joinable || apostrophe else {
                index += 1
                continue
            }
            result.append(contentsOf: tokens[run..<index])
            run = index
            if joinable, let (head, tail) = joinSeparateApostrophe(tokens, index) {
                result.append(head)
                result.append(tail)
                index += 3
                run = index
            } else if apostrophe, let (head, tail) = splitElision(tokens[index], text) ?? splitClitic(tokens[index], text) {
                result.append(head)
                result.append(tail)
                index += 1
                run = index
            } else {
                index += 1
            }
        }
        result.append(contentsOf: tokens[run..<tokens.count])
        return result
    }

    /// ICU splits *dell′Asia* (prime) and *dell`Asia* (backtick) into three tokens where it keeps
    /// *dell’Asia* whole: rebuild the elision (or clitic) from the three.
    private func joinSeparateApostrophe(_ tokens: [Token], _ index: Int) -> (Token, Token)? {
        // `split` checked the shape: word, `'` with no gap, word with no gap.
        let word = tokens[index], mark = tokens[index + 1], next = tokens[index + 2]
        if elisions.contains(word.key + "'") {
            var head = word
            head.byteEnd = mark.byteEnd
            head.end = mark.end
            head.key = word.key + "'"
            head.kind = .elision
            return (head, next)
        }
        if clitics.contains("'" + next.key) {
            var clitic = next
            clitic.byteStart = mark.byteStart
            clitic.start = mark.start
            clitic.key = "'" + next.key
            clitic.kind = .clitic
            return (word, clitic)
        }
        return nil
    }

    private func splitElision(_ token: Token, _ text: SourceText) -> (Token, Token)? {
        guard let apostrophe = token.key.firstIndex(of: "'") else { return nil }
        let prefix = token.key[...apostrophe]
        guard prefix.count <= longestElision, elisions.contains(String(prefix)),
              token.key.index(after: apostrophe) < token.key.endIndex else { return nil }
        return cut(token, afterScalars: prefix.unicodeScalars.count, text, headKind: .elision, tailKind: .word)
    }

    private func splitClitic(_ token: Token, _ text: SourceText) -> (Token, Token)? {
        for clitic in clitics where token.key.hasSuffix(clitic) && token.key.count > clitic.count {
            // Count from the original's end: the word's own fold may change its length (İ → i̇).
            let keep = (token.end - token.start) - clitic.unicodeScalars.count
            return cut(token, afterScalars: keep, text, headKind: .word, tailKind: .clitic)
        }
        return nil
    }

    /// Cuts `token` after `count` code points of its original text (keys of these forms keep the
    /// count of code points of the original: apostrophes and ASCII letters fold one to one).
    private func cut(_ token: Token, afterScalars count: Int, _ text: SourceText,
                     headKind: Token.Kind, tailKind: Token.Kind) -> (Token, Token)? {
        var byte = token.byteStart
        var seen = 0
        while seen < count && byte < token.byteEnd {
            byte += 1
            while byte < token.byteEnd && text.utf8[byte] & 0xC0 == 0x80 { byte += 1 }
            seen += 1
        }
        guard seen == count, byte < token.byteEnd else { return nil }
        let middle = token.start + count
        let head = Token(byteStart: token.byteStart, byteEnd: byte, start: token.start, end: middle,
                         key: MatchingKey.of(bytes: text.utf8[token.byteStart..<byte]), kind: headKind,
                         gapBefore: token.gapBefore)
        let tail = Token(byteStart: byte, byteEnd: token.byteEnd, start: middle, end: token.end,
                         key: MatchingKey.of(bytes: text.utf8[byte..<token.byteEnd]), kind: tailKind,
                         gapBefore: .none)
        return (head, tail)
    }
}
