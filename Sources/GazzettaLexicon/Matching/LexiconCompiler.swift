import GazzettaModel
import GazzettaText

/// Compiles a `Lexicon` into a `CompiledLexicon`: every alias tokenized by the same segmenter as
/// documents, so an alias matches exactly the token sequence a document would give.
public struct LexiconCompiler {
    /// Creates a compiler; it holds no state.
    public init() {}

    /// Compiles `lexicon` into a trie; throws when ICU's word iterator cannot be opened.
    public func compile(_ lexicon: Lexicon) throws(TextAnalysisError) -> CompiledLexicon {
        let segmenter = try WordSegmenter()
        // A document is split by its own language's rules (l'Unione, People's), so each alias is entered
        // once per distinct way the languages split it.
        let splitters = Language.allCases.map { ElisionSplitter(LanguageData.of($0)) }
        var keyIDs: [String: Int32] = [:]
        var edges: [UInt64: Int32] = [:]
        var nodePatterns: [[Pattern]] = [[]]
        var depths: [UInt8] = [0]
        var longest = 0
        let commonWords = LanguageData.allCommonWords

        for (entityIndex, entity) in lexicon.entities.enumerated() {
            for (aliasIndex, alias) in entity.aliases.enumerated() {
                let source = SourceText(alias.form)
                let tokens = try segmenter.tokens(of: source)
                if tokens.isEmpty { continue }
                var variants: [[Token]] = []
                for splitter in splitters {
                    let variant = splitter.split(tokens, in: source)
                    if !variants.contains(where: { $0.map(\.key) == variant.map(\.key) }) { variants.append(variant) }
                }
                for variant in variants {
                    var node: Int32 = 0
                    for token in variant {
                        let id = keyIDs[token.key] ?? {
                            let next = Int32(keyIDs.count)
                            keyIDs[token.key] = next
                            return next
                        }()
                        let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                        if let child = edges[edge] {
                            node = child
                        } else {
                            let child = Int32(nodePatterns.count)
                            nodePatterns.append([])
                            depths.append(UInt8(min(255, Int(depths[Int(node)]) + 1)))
                            edges[edge] = child
                            node = child
                        }
                    }
                    let written = variant.map { MatchingKey.exactForm(source.slice(bytes: $0.byteStart..<$0.byteEnd)) }
                    let pattern = Pattern(entity: Int32(entityIndex), alias: Int32(aliasIndex), tokenCount: Int32(variant.count),
                                          caseRule: alias.caseRule, isPrefix: alias.isPrefix,
                                          // Only the exact rule compares written forms: other patterns keep none
                                          // (a million aliases then cost no million arrays at load).
                                          writtenTokens: alias.caseRule == .exact ? written : [],
                                          isCommonWord: alias.isCommonWord
                                              || variant.count == 1 && commonWords.contains(variant[0].key),
                                          allowedInCapitals: alias.allowedInCapitals,
                                          notAtSentenceStart: alias.isCommonWord,
                                          standsAlone: alias.standsAlone)
                    if !nodePatterns[Int(node)].contains(where: { $0.entity == pattern.entity && $0.alias == pattern.alias }) {
                        nodePatterns[Int(node)].append(pattern)
                    }
                    longest = max(longest, variant.count)
                }
            }
        }
        var patterns: [Pattern] = []
        var ranges: [Range<Int32>] = []
        ranges.reserveCapacity(nodePatterns.count)
        for list in nodePatterns {
            let start = Int32(patterns.count)
            patterns += list
            ranges.append(start..<Int32(patterns.count))
        }
        var keys = [String](repeating: "", count: keyIDs.count)
        for (key, id) in keyIDs { keys[Int(id)] = key }
        return CompiledLexicon(lexicon: lexicon, keys: KeyTable(keys), sortedEdges: edges.map { ($0.key, $0.value) }.sorted { $0.edge < $1.edge },
                               patternRanges: ranges,
                               patterns: patterns, longestPattern: longest, depths: depths)
    }
}
