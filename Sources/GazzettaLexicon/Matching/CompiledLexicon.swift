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
    /// The alias's case rule, checked against the matched text.
    public let caseRule: Alias.CaseRule
    /// Matches only right before a hyphen.
    public let isPrefix: Bool
    /// For `exact` patterns: the alias's tokens as written (NFKC, apostrophes and dashes unified), what the
    /// rule compares against; empty for the other rules.
    public let writtenTokens: [String]
    /// Whether the alias is one common word of a language: on a headline line its capital proves nothing.
    public let isCommonWord: Bool
    /// Whether it may match on a line written all in capitals.
    public let allowedInCapitals: Bool
    /// Whether a capital at the start of a sentence proves nothing for it (aliases marked `[word]`).
    public let notAtSentenceStart: Bool
    /// Whether it matches only outside a longer run of capitalised words (`[alone]` and `[word]` aliases).
    public let standsAlone: Bool
}

/// The lexicon compiled into a token-level trie over matching keys.
///
/// Keys are interned to integers; an edge is one hash lookup on (node, key id), so matching costs the
/// same per token whatever the size of the lexicon.
public struct CompiledLexicon: Sendable {
    /// The lexicon compiled; `Pattern.entity` indexes its `entities`.
    public let lexicon: Lexicon
    /// The keys of the trie's edges; a key's index is its id.
    let keys: KeyTable
    /// The trie's edges, (node, key id) → child.
    let edgeTable: EdgeTable
    /// Patterns that end at each node: `patterns[patternRanges[node]]`.
    let patternRanges: [Range<Int32>]
    /// Every pattern, grouped by the trie node it ends at (see `patternRanges`).
    public let patterns: [Pattern]
    /// The longest pattern, in tokens.
    public let longestPattern: Int
    /// The children of nodes two or more tokens deep, for typo tolerance in long names.
    let continuations: DeepContinuations
    /// Each node's depth in tokens (capped at 255).
    let depths: [UInt8]
    /// The root's child for each key id, or -1: the first step of every walk, in a small array indexed by
    /// key rather than a probe of the large edge table (a cache miss per token in a big lexicon).
    let rootChildren: [Int32]

    /// - Precondition: `edges` ascend (by parent node, then key id).
    init(lexicon: Lexicon, keys: KeyTable, sortedEdges edges: [(edge: UInt64, child: Int32)], patternRanges: [Range<Int32>],
         patterns: [Pattern], longestPattern: Int, depths: [UInt8]) {
        self.lexicon = lexicon
        self.keys = keys
        self.edgeTable = EdgeTable(edges)
        self.patternRanges = patternRanges
        self.patterns = patterns
        self.longestPattern = longestPattern
        self.depths = depths
        var rootChildren = [Int32](repeating: -1, count: keys.count)
        // The root is node 0: its edges come first.
        for (edge, child) in edges {
            guard edge >> 32 == 0 else { break }
            rootChildren[Int(edge & 0xFFFF_FFFF)] = child
        }
        continuations = DeepContinuations(sortedEdges: edges, depths: depths)
        self.rootChildren = rootChildren
    }

    /// The number of trie nodes (the root included).
    public var nodeCount: Int { patternRanges.count }

    /// Whether `key` is a word of some alias (for repairs that join or split words only into known ones).
    public func isKnownKey(_ key: String) -> Bool { keys.contains(key) }

    /// The id of `key` in the trie's edges, or `nil` when no alias has it.
    @inline(__always)
    func keyID(_ key: String) -> Int32? { keys.index(of: key) }

    @inline(__always)
    func child(of node: Int32, key: Int32) -> Int32? {
        if node == 0 {
            let child = rootChildren[Int(key)]
            return child < 0 ? nil : child
        }
        return edgeTable.child(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key)))
    }
}
