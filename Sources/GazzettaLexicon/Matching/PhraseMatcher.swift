import GazzettaModel
import GazzettaText

/// A run of tokens that matched one or more patterns (several when an alias names several entities).
public struct Match: Sendable, Hashable {
    /// Token range `tokenStart..<tokenEnd`.
    public var tokenStart: Int
    /// One past the run's last token (an index into the document's tokens).
    public var tokenEnd: Int
    /// The patterns that matched the run and passed their case rules.
    public var patterns: [Pattern]
    /// The token matched with a typo (a long multi-word name with one misspelt word), if any.
    public var typoToken: Int?
    /// Shorter matches this one overlapped and won over: kept for review.
    public var overlapped: [OverlappedMatch] = []
}

/// A match that lost to a longer overlapping one.
public struct OverlappedMatch: Sendable, Hashable {
    /// Index of its first token in the document's tokens.
    public var tokenStart: Int
    /// One past its last token.
    public var tokenEnd: Int
    /// The entity index and alias index of its first pattern.
    public var entity: Int32
    /// Index of that pattern's alias in the entity's `aliases`.
    public var alias: Int32
}

/// Finds leftmost-longest, non-overlapping matches of a compiled lexicon in a document's tokens.
///
/// At each token the trie is walked as far as the tokens allow (never across a paragraph break);
/// the longest run whose patterns pass their case rule wins, and matching resumes after it.
/// Where the walk stops two or more tokens into a name, one misspelt word is tolerated (see `typoBudget`)
/// if the rest of a name then matches: *Belt and Road Iniatitive*.
/// Cost: O(n · L) for n tokens and the longest alias L tokens long, whatever the lexicon's size.
public struct PhraseMatcher: Sendable {
    /// The lexicon matched against.
    public let compiled: CompiledLexicon

    /// A matcher over `compiled`; it keeps no per-document state.
    public init(_ compiled: CompiledLexicon) {
        self.compiled = compiled
    }

    /// Leftmost-longest, non-overlapping matches in `tokens` (the tokens of `text`), in token order.
    public func matches(in tokens: [Token], of text: SourceText) -> [Match] {
        // Each token's key id, looked up once: walks from neighbouring starts revisit the same tokens.
        let ids = tokens.map { compiled.keyID($0.key) ?? -1 }
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            // Most tokens start no alias: skip them without a call.
            if ids[index] < 0 || compiled.rootChildren[Int(ids[index])] < 0 {
                index += 1
                continue
            }
            guard var match = longest(at: index, tokens, ids, text) else {
                index += 1
                continue
            }
            match.overlapped = overlapped(by: match, tokens, ids, text)
            matches.append(match)
            index = match.tokenEnd
        }
        return matches
    }

    /// The longest accepted run starting at `index`, trying one typo where the exact walk stops.
    func longest(at index: Int, _ tokens: [Token], _ ids: [Int32], _ text: SourceText, allowTypo: Bool = true) -> Match? {
        var best: Match?
        var node: Int32 = 0
        var cursor = index
        while cursor < tokens.count {
            if cursor > index && tokens[cursor].gapBefore == .paragraph { break }
            guard ids[cursor] >= 0, let child = compiled.child(of: node, key: ids[cursor]) else { break }
            node = child
            cursor += 1
            let accepted = acceptedPatterns(node, tokens, index, cursor, text)
            if !accepted.isEmpty { best = Match(tokenStart: index, tokenEnd: cursor, patterns: accepted) }
        }
        if allowTypo, cursor - index >= 2, cursor < tokens.count, tokens[cursor].gapBefore != .paragraph,
           let fuzzy = typoExtension(from: node, at: cursor, start: index, tokens, ids, text),
           fuzzy.tokenEnd > (best?.tokenEnd ?? 0) {
            return fuzzy
        }
        return best
    }

    /// Continues a walk stopped at `cursor` through one child whose key is a near spelling of the token's.
    private func typoExtension(from node: Int32, at cursor: Int, start: Int, _ tokens: [Token], _ ids: [Int32],
                               _ text: SourceText) -> Match? {
        let token = tokens[cursor]
        // A node with many continuations (*Ministry of …* in a large gazetteer) is a crowd, not a name with
        // a typo: trying every child would make matching cost grow with the lexicon.
        let continuations = compiled.continuations
        guard token.kind == .word, let budget = PhraseMatcher.typoBudget(token.key), let children = continuations.range(of: node),
              children.count <= PhraseMatcher.typoFanOut else { return nil }
        var best: Match?
        let firstByte = token.key.utf8.first ?? 0
        for position in children {
            let (keyID, child) = (continuations.keys[position], continuations.children[position])
            // Different first bytes mean different first letters: rejected before any String is built.
            guard compiled.keys.firstByte(of: keyID) == firstByte else { continue }
            let candidate = compiled.keys[keyID]
            guard candidate.first == token.key.first,
                  EditDistance.levenshtein(token.key, candidate, limit: budget) <= budget else { continue }
            var walk = child
            var end = cursor + 1
            var accepted = acceptedPatterns(walk, tokens, start, end, text)
            var found = accepted.isEmpty ? nil : Match(tokenStart: start, tokenEnd: end, patterns: accepted, typoToken: cursor)
            while end < tokens.count, tokens[end].gapBefore != .paragraph,
                  ids[end] >= 0, let next = compiled.child(of: walk, key: ids[end]) {
                walk = next
                end += 1
                accepted = acceptedPatterns(walk, tokens, start, end, text)
                if !accepted.isEmpty { found = Match(tokenStart: start, tokenEnd: end, patterns: accepted, typoToken: cursor) }
            }
            if let found, found.tokenEnd > (best?.tokenEnd ?? 0) { best = found }
        }
        return best
    }

    /// The most continuations a node may have for the typo search to try them.
    static let typoFanOut = 32

    /// How many edits a misspelt word of this key may carry: none under 6 letters (short words are
    /// other words, not typos), one up to 8, two beyond.
    static func typoBudget(_ key: String) -> Int? {
        // Fewer than 6 bytes is fewer than 6 code points: no need to count them.
        if key.utf8.count < 6 { return nil }
        let length = key.unicodeScalars.count
        return length < 6 ? nil : length <= 8 ? 1 : 2
    }

    /// The patterns ending at `node` that pass their rules on `tokens[start..<end]`.
    private func acceptedPatterns(_ node: Int32, _ tokens: [Token], _ start: Int, _ end: Int, _ text: SourceText) -> [Pattern] {
        let range = compiled.patternRanges[Int(node)]
        if range.isEmpty { return [] }
        if range.count == 1 {
            let pattern = compiled.patterns[Int(range.lowerBound)]
            return accepts(pattern, tokens, start, end, text) ? [pattern] : []
        }
        return range.map { compiled.patterns[Int($0)] }.filter { accepts($0, tokens, start, end, text) }
    }

    /// Shorter runs inside `match` that would have matched on their own.
    private func overlapped(by match: Match, _ tokens: [Token], _ ids: [Int32], _ text: SourceText) -> [OverlappedMatch] {
        guard match.tokenEnd - match.tokenStart > 1 else { return [] }
        var result: [OverlappedMatch] = []
        for inner in match.tokenStart..<match.tokenEnd {
            var node: Int32 = 0
            var cursor = inner
            while cursor < match.tokenEnd, ids[cursor] >= 0, let child = compiled.child(of: node, key: ids[cursor]) {
                node = child
                cursor += 1
                if inner == match.tokenStart && cursor == match.tokenEnd { break }
                if let first = acceptedPatterns(node, tokens, inner, cursor, text).first {
                    result.append(OverlappedMatch(tokenStart: inner, tokenEnd: cursor, entity: first.entity, alias: first.alias))
                }
            }
        }
        return result
    }

    /// Whether `pattern`, matched on `tokens[start..<end]` by key, also passes its case and prefix rules.
    func accepts(_ pattern: Pattern, _ tokens: [Token], _ start: Int, _ end: Int, _ text: SourceText) -> Bool {
        if pattern.isPrefix {
            guard end < tokens.count, tokens[end].key == "-", tokens[end].gapBefore == .none else { return false }
        }
        if !pattern.allowedInCapitals && tokens[start].lineCase == .upper { return false }
        if pattern.standsAlone && PhraseMatcher.isInsideALongerName(tokens, start, end, text) { return false }
        switch pattern.caseRule {
        case .fold:
            return true
        case .capitalized:
            // On a headline every word has a capital: it proves nothing for a common word.
            if pattern.isCommonWord && tokens[start].lineCase != .normal { return false }
            if pattern.notAtSentenceStart && PhraseMatcher.opensSentence(tokens, start) { return false }
            return PhraseMatcher.isCapitalized(tokens[start], text)
        case .exact:
            for (offset, written) in pattern.writtenTokens.enumerated() {
                let token = tokens[start + offset]
                if MatchingKey.exactForm(text.slice(bytes: token.byteStart..<token.byteEnd)) != written { return false }
            }
            return true
        }
    }

    /// Punctuation after which the next word starts a sentence (or a quotation), where a capital is
    /// the rule and says nothing about a name.
    static let sentenceOpeners: Set<String> = [".", "!", "?", "…", ":", ";", "\"", "«", "“", "„", "(", "—", "–"]

    /// Whether `tokens[index]` is the first word of a sentence: the document's first token, the first after
    /// a paragraph break, or one after sentence-ending or quoting punctuation.
    static func opensSentence(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, tokens[index].gapBefore != .paragraph else { return true }
        let previous = tokens[index - 1]
        return previous.kind == .punctuation && sentenceOpeners.contains(previous.key)
    }

    /// Words that link a generic head to the name it heads (*Lago di Garda*, *Porto de Santos*, *Gulf of Aden*).
    static let nameLinks: Set<String> = ["di", "del", "della", "dello", "dei", "degli", "delle", "de", "do", "da", "of", "the"]

    /// Whether the words from `end` on continue a capitalised name (*Lago Balkhash*, *Valle di Fergana*):
    /// a common word right before one is the head of a name the lexicon does not hold, not a place.
    static func headsALongerName(_ tokens: [Token], _ end: Int, _ text: SourceText) -> Bool {
        var next = end
        while next < tokens.count, tokens[next].gapBefore <= .line, tokens[next].kind == .word || tokens[next].kind == .elision,
              nameLinks.contains(tokens[next].key) || tokens[next].kind == .elision {
            next += 1
        }
        guard next < tokens.count, next - end <= 2, tokens[next].gapBefore <= .line, tokens[next].kind == .word else { return false }
        return isCapitalized(tokens[next], text)
    }

    /// Whether `tokens[start..<end]` is part of a longer run of capitalised words: it heads one (see
    /// `headsALongerName`), or right before it, on its line, is a capitalised word that does not open a
    /// sentence (*Paolo Serra*, *Andrew Carnegie*).
    static func isInsideALongerName(_ tokens: [Token], _ start: Int, _ end: Int, _ text: SourceText) -> Bool {
        if headsALongerName(tokens, end, text) { return true }
        guard start > 0, tokens[start].gapBefore == .space || tokens[start].gapBefore == .line else { return false }
        let previous = tokens[start - 1]
        return previous.kind == .word && isCapitalized(previous, text) && !opensSentence(tokens, start - 1)
    }

    /// Whether the token's first letter is a capital.
    static func isCapitalized(_ token: Token, _ text: SourceText) -> Bool {
        let first = text.utf8[token.byteStart]
        if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
        let scalar = text.slice(bytes: token.byteStart..<token.byteEnd).unicodeScalars.first
        return scalar?.properties.isUppercase == true || scalar?.properties.changesWhenTitlecased == false && scalar?.properties.isCased == true
    }
}
