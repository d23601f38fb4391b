import GazzettaModel
import GazzettaText

/// A run of tokens that matched one or more patterns (several when an alias names several entities).
public struct Match: Sendable, Hashable {
    /// Token range `tokenStart..<tokenEnd`.
    public var tokenStart: Int
    public var tokenEnd: Int
    /// The patterns that matched the run and passed their case rules.
    public var patterns: [Pattern]
}

/// Finds leftmost-longest, non-overlapping matches of a compiled lexicon in a document's tokens.
///
/// At each token the trie is walked as far as the tokens allow (never across a paragraph break);
/// the longest run whose patterns pass their case rule wins, and matching resumes after it.
/// Cost: O(n · L) for n tokens and the longest alias L tokens long, whatever the lexicon's size.
public struct PhraseMatcher: Sendable {
    public let compiled: CompiledLexicon

    public init(_ compiled: CompiledLexicon) {
        self.compiled = compiled
    }

    public func matches(in tokens: [Token], of text: SourceText) -> [Match] {
        var matches: [Match] = []
        var ends: [(end: Int, node: Int32)] = []
        ends.reserveCapacity(compiled.longestPattern)
        var index = 0
        while index < tokens.count {
            ends.removeAll(keepingCapacity: true)
            var node: Int32 = 0
            var cursor = index
            while cursor < tokens.count {
                if cursor > index && tokens[cursor].gapBefore == .paragraph { break }
                guard let key = compiled.keyIDs[tokens[cursor].key], let child = compiled.child(of: node, key: key) else { break }
                node = child
                cursor += 1
                if !compiled.patternRanges[Int(node)].isEmpty { ends.append((cursor, node)) }
            }
            var matched = false
            for (end, node) in ends.reversed() {
                let accepted = compiled.patternRanges[Int(node)].map { compiled.patterns[Int($0)] }
                    .filter { accepts($0, tokens, index, end, text) }
                if !accepted.isEmpty {
                    matches.append(Match(tokenStart: index, tokenEnd: end, patterns: accepted))
                    index = end
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return matches
    }

    /// Whether `pattern`, matched on `tokens[start..<end]` by key, also passes its case and prefix rules.
    func accepts(_ pattern: Pattern, _ tokens: [Token], _ start: Int, _ end: Int, _ text: SourceText) -> Bool {
        if pattern.isPrefix {
            guard end < tokens.count, tokens[end].key == "-", tokens[end].gapBefore == .none else { return false }
        }
        switch pattern.caseRule {
        case .fold:
            return true
        case .capitalized:
            let first = text.utf8[tokens[start].byteStart]
            if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
            let scalar = text.slice(bytes: tokens[start].byteStart..<tokens[start].byteEnd).unicodeScalars.first
            return scalar?.properties.isUppercase == true || scalar?.properties.changesWhenTitlecased == false && scalar?.properties.isCased == true
        case .exact:
            for (offset, written) in pattern.writtenTokens.enumerated() {
                let token = tokens[start + offset]
                if MatchingKey.unifiedPunctuation(text.slice(bytes: token.byteStart..<token.byteEnd)) != written { return false }
            }
            return true
        }
    }
}
