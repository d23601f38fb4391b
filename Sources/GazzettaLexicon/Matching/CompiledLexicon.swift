import GazzettaModel
import GazzettaText

/// One way an alias can match: its token keys end at a trie node that lists this pattern.
public struct Pattern: Sendable, Hashable {
    /// Index of the entity in `Lexicon.entities`.
    public let entity: Int32
    /// Index of the alias in the entity's `aliases`.
    public let alias: Int32
    /// How many tokens the pattern spans.
    public let tokenCount: Int32
    public let caseRule: Alias.CaseRule
    /// Matches only right before a hyphen.
    public let isPrefix: Bool
    /// The alias's tokens as written, apostrophes and dashes unified: what `exact` compares against.
    public let writtenTokens: [String]
}

/// The lexicon compiled into a token-level trie over matching keys.
///
/// Keys are interned to integers; an edge is one hash lookup on (node, key id), so matching costs the
/// same per token whatever the size of the lexicon.
public struct CompiledLexicon: Sendable {
    public let lexicon: Lexicon
    let keyIDs: [String: Int32]
    let edges: [UInt64: Int32]
    /// Patterns that end at each node: `patterns[patternRanges[node]]`.
    let patternRanges: [Range<Int32>]
    public let patterns: [Pattern]
    /// The longest pattern, in tokens.
    public let longestPattern: Int

    init(lexicon: Lexicon, keyIDs: [String: Int32], edges: [UInt64: Int32], patternRanges: [Range<Int32>],
         patterns: [Pattern], longestPattern: Int) {
        self.lexicon = lexicon
        self.keyIDs = keyIDs
        self.edges = edges
        self.patternRanges = patternRanges
        self.patterns = patterns
        self.longestPattern = longestPattern
    }

    /// The number of trie nodes (the root included).
    public var nodeCount: Int { patternRanges.count }

    @inline(__always)
    func child(of node: Int32, key: Int32) -> Int32? {
        edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))]
    }
}
