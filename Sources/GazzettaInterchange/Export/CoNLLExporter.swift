import GazzettaModel
import GazzettaText

/// CoNLL-2003-style IOB, as `spacy convert -c ner`, seqeval and the CoNLL-2003 readers take it: one token per
/// line with the tag in the last column (`token TAG`), columns separated by a space, a blank line between
/// sentences, the document opened by `-DOCSTART- -X- O O`; tags `B-PLACE`/`I-PLACE`… from the mentions, `O`
/// outside; tokens by Gazzetta's own segmenter.
///
/// With `entityColumn`, the entity id goes in a middle column (`token ENTITY TAG`, `_` outside mentions): the
/// tag stays last, so spaCy still reads it (it takes a middle column as the token's tag) — but conlleval,
/// which reads the second-to-last column as gold, wants the default.
public struct CoNLLExporter {
    /// Whether each line carries the entity id before the tag.
    public var entityColumn: Bool

    /// Creates an exporter; `entityColumn` adds the entity id as a middle column.
    public init(entityColumn: Bool = false) { self.entityColumn = entityColumn }

    /// `token` cut at the code-point offsets in `boundaries` that fall strictly inside it.
    static func cut(_ token: Token, at boundaries: Set<Int>) -> [Token] {
        guard token.end - token.start > 1 else { return [token] }
        let inside = (token.start + 1..<token.end).filter { boundaries.contains($0) }
        guard !inside.isEmpty else { return [token] }
        var pieces: [Token] = []
        var start = token.start
        for end in inside + [token.end] {
            var piece = token
            piece.start = start
            piece.end = end
            pieces.append(piece)
            start = end
        }
        return pieces
    }

    /// The IOB lines of `document`, re-tokenized in its language; throws `TextAnalysisError` when ICU fails.
    public func export(_ document: AnnotatedDocument) throws -> String {
        let source = SourceText(document.text)
        // The tokens the annotator saw (elisions split by the document's language), cut again wherever a
        // mention starts or ends inside one (a repaired *dellAsia*), so every tag sequence is valid IOB.
        let boundaries = Set(document.mentions.flatMap { [$0.start, $0.end] })
        let tokens = try TextAnalyzer().analyze(source, language: document.info.language).tokens
            .flatMap { CoNLLExporter.cut($0, at: boundaries) }
        var lines: [String] = ["-DOCSTART- -X- O O", ""]
        var mentionIndex = 0
        var sentenceIndex = 0
        for token in tokens {
            while sentenceIndex + 1 < document.sentences.count && document.sentences[sentenceIndex + 1].start <= token.start {
                sentenceIndex += 1
                if lines.last != "" { lines.append("") }
            }
            while mentionIndex < document.mentions.count && document.mentions[mentionIndex].end <= token.start { mentionIndex += 1 }
            let surface = document.text.scalarSlice(token.start, token.end)
            var tag = "O", entity = "_"
            if mentionIndex < document.mentions.count {
                let mention = document.mentions[mentionIndex]
                if mention.start <= token.start && token.end <= mention.end {
                    tag = (token.start == mention.start ? "B-" : "I-") + mention.type.rawValue.uppercased()
                    entity = mention.entity.rawValue
                }
            }
            // A token never holds whitespace (the segmenter splits there), so the columns stay apart.
            lines.append(entityColumn ? "\(surface) \(entity) \(tag)" : "\(surface) \(tag)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
