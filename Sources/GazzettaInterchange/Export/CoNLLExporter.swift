import GazzettaModel
import GazzettaText

/// CoNLL-style IOB: one token per line (`token<TAB>tag<TAB>entity`), a blank line between sentences,
/// tags `B-PLACE`/`I-PLACE`… from the mentions, `O` outside; tokens by Gazzetta's own segmenter.
public struct CoNLLExporter {
    /// Creates an exporter; it holds no state.
    public init() {}

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
        var lines: [String] = ["-DOCSTART-\tO\t_", ""]
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
            lines.append("\(surface)\t\(tag)\t\(entity)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
