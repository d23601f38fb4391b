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

    /// `tokens` with elisions and clitics split off. Returns `tokens` itself when there is nothing to split.
    ///
    /// - Complexity: O(n) in the number of tokens.
    public func split(_ tokens: [Token], in text: SourceText) -> [Token] {
        split(tokens, in: text, apostrophes: ElisionSplitter.apostrophes(in: tokens))
    }

    /// The indices of the tokens whose key holds an apostrophe, numbers aside, in order.
    static func apostrophes(in tokens: [Token]) -> [Int] {
        tokens.indices.filter { tokens[$0].kind != .number && MatchingKey.hasApostrophe(tokens[$0].key) }
    }

    /// `tokens` with elisions and clitics split off, given the indices of the tokens whose key holds an
    /// apostrophe, in order (`WordSegmenter` collects them): only those and their neighbours are looked at.
    /// Returns `tokens` itself when nothing is split, and copies the tokens once (in runs) when something is.
    ///
    /// - Complexity: O(a) in the number of apostrophes when nothing is split, else O(n).
    public func split(_ tokens: [Token], in text: SourceText, apostrophes: [Int]) -> [Token] {
        // A list that missed a token would silently skip its split: debug builds (the tests) check it whole.
        assert(apostrophes == ElisionSplitter.apostrophes(in: tokens), "apostrophes do not list the tokens")
        if elisions.isEmpty && clitics.isEmpty { return tokens }
        var edits: [TokenEdit] = []
        var next = 0  // the first token not consumed by an edit
        for candidate in apostrophes {
            // A lone apostrophe mark can join the word before it and the word after it.
            let index = tokens[candidate].kind == .punctuation ? candidate - 1 : candidate
            guard index >= next, index >= 0 else { continue }
            if isJoinable(tokens, index), let (head, tail) = joinSeparateApostrophe(tokens, index) {
                edits.append(TokenEdit(start: index, length: 3, first: head, second: tail))
                next = index + 3
            } else if tokens[index].kind == .word, MatchingKey.hasApostrophe(tokens[index].key),
                      let (head, tail) = splitElision(tokens[index], text) ?? splitClitic(tokens[index], text) {
                edits.append(TokenEdit(start: index, length: 1, first: head, second: tail))
                next = index + 1
            }
        }
        return tokens.applying(edits)
    }

    /// A word, an apostrophe mark touching it, a word touching that: *dell′Asia* as ICU splits it.
    private func isJoinable(_ tokens: [Token], _ index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index].kind == .word
            && tokens[index + 1].kind == .punctuation && tokens[index + 1].gapBefore == .none
            && tokens[index + 2].kind == .word && tokens[index + 2].gapBefore == .none && tokens[index + 1].key == "'"
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
        // A format character right after the apostrophe (*l'\u{FEFF}Asia*) is no part of the word, as at a word
        // token's edges: the tail starts after it, so a name never starts on one.
        let (tailStart, _, leading, _) = WordSegmenter.formatTrimmed(text.utf8, byte, token.byteEnd)
        let tail = Token(byteStart: tailStart, byteEnd: token.byteEnd, start: middle + leading, end: token.end,
                         key: MatchingKey.of(bytes: text.utf8[tailStart..<token.byteEnd]), kind: tailKind,
                         gapBefore: .none)
        return (head, tail)
    }
}
