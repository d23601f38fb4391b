/// Repairs that need to know which words the lexicon has: a word hyphenated across a line end
/// (*Kaza-↵khstan*, *coope-↵razione*) is joined when the joined form is a known word; an elided article
/// glued to a capitalised known word by a lost apostrophe (*dellAsia*, *lUnione*) is split off it.
/// Offsets stay on the original text; repaired tokens say so (`Token.repairs`).
public struct TokenRepairs {
    private let gluedElisions: [String]
    /// The same, for looking up a run of a token's bytes.
    private let gluedTable: KeyTable
    private let longestGlued: Int
    private let isKnown: (String) -> Bool

    /// `isKnown` tells whether a key is a word of the lexicon.
    public init(_ data: LanguageData, isKnown: @escaping (String) -> Bool) {
        gluedElisions = data.gluedElisions
        gluedTable = KeyTable(data.gluedElisions)
        longestGlued = data.gluedElisions.map(\.utf8.count).max() ?? 0
        self.isKnown = isKnown
    }

    /// `tokens` with line-end hyphenations joined and glued elisions split; `tokens` itself when nothing needs
    /// repair (most documents): the tokens are read in place and copied only when something changes.
    ///
    /// - Complexity: O(n) in the number of tokens.
    public func repair(_ tokens: [Token], in text: SourceText) -> [Token] {
        var edits: [TokenEdit] = []
        var index = 0
        while index < tokens.count {
            // Cheap tests on the token in place first: most tokens need no repair.
            guard tokens[index].kind == .word else {
                index += 1
                continue
            }
            if index + 2 < tokens.count, tokens[index + 2].gapBefore == .line, let joined = joinHyphenated(tokens, index) {
                edits.append(TokenEdit(start: index, length: 3, first: joined))
                index += 3
                continue
            }
            if hasInnerCapital(tokens[index].byteStart, tokens[index].byteEnd, text),
               let (head, tail) = splitGlued(tokens[index], text) {
                edits.append(TokenEdit(start: index, length: 1, first: head, second: tail))
            }
            index += 1
        }
        return tokens.applying(edits)
    }

    /// `word` `-` ↵ `word` → one token, when the joined key is a known word (then the hyphen was a line-end
    /// hyphenation; a compound split at a line end, *sino-↵kazakha*, joins into nothing known and stays apart).
    private func joinHyphenated(_ tokens: [Token], _ index: Int) -> Token? {
        // The caller checked that a token two places on starts a line.
        guard tokens[index + 1].kind == .punctuation else { return nil }
        let first = tokens[index], hyphen = tokens[index + 1], second = tokens[index + 2]
        guard first.kind == .word, hyphen.key == "-", hyphen.gapBefore == .none, second.kind == .word else { return nil }
        let key = MatchingKey.joined(first.key, second.key)
        guard isKnown(key) else { return nil }
        var joined = first
        joined.byteEnd = second.byteEnd
        joined.end = second.end
        joined.key = key
        joined.repairs.insert(.joined)
        return joined
    }

    /// Whether the token starts with a glued elision in lowercase ASCII followed by a capital or a
    /// non-ASCII byte: the shape of *dellAsia*, read from bytes before anything costlier (*città* has the
    /// shape but no elision).
    private func hasInnerCapital(_ byteStart: Int, _ byteEnd: Int, _ text: SourceText) -> Bool {
        var index = byteStart
        let limit = min(byteEnd - 1, byteStart + longestGlued)
        while index < limit {
            let byte = text.utf8[index]
            guard byte >= 0x61 && byte <= 0x7A else { break }
            index += 1
        }
        guard index > byteStart, index < byteEnd else { return false }
        let next = text.utf8[index]
        guard (next >= 0x41 && next <= 0x5A) || next >= 0x80 else { return false }
        let run = byteStart..<index
        return text.utf8.withUnsafeBufferPointer { gluedTable.index(ofUTF8: UnsafeBufferPointer(rebasing: $0[run])) != nil }
    }

    /// `dellAsia` → `dell` + `Asia` when `Asia` is capitalised and known and `dellasia` is not. The caller
    /// has checked that the word has the shape (`hasInnerCapital`).
    private func splitGlued(_ token: Token, _ text: SourceText) -> (Token, Token)? {
        guard !isKnown(token.key) else { return nil }
        for prefix in gluedElisions where token.key.hasPrefix(prefix) && token.key.count > prefix.count + 1 {
            // The prefix is ASCII and lowercase in the original: its length in bytes is its length in code points.
            let cut = token.byteStart + prefix.utf8.count
            guard text.utf8[token.byteStart..<cut].allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
                  let first = text.slice(bytes: cut..<token.byteEnd).unicodeScalars.first, first.properties.isUppercase
            else { continue }
            let rest = String(token.key.dropFirst(prefix.count))
            guard isKnown(rest) else { continue }
            var head = token, tail = token
            head.byteEnd = cut
            head.end = token.start + prefix.count
            head.key = prefix + "'"
            head.kind = .elision
            head.repairs.insert(.missingApostrophe)
            tail.byteStart = cut
            tail.start = head.end
            tail.key = rest
            tail.gapBefore = .none
            tail.repairs.insert(.missingApostrophe)
            return (head, tail)
        }
        return nil
    }
}
