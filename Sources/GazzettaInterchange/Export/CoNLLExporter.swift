import GazzettaModel
import GazzettaText

/// CoNLL-style IOB: one token per line (`token<TAB>tag<TAB>entity`), a blank line between sentences,
/// tags `B-PLACE`/`I-PLACE`… from the mentions, `O` outside; tokens by Gazzetta's own segmenter.
public struct CoNLLExporter {
    public init() {}

    public func export(_ document: AnnotatedDocument) throws -> String {
        let source = SourceText(document.text)
        // The same tokens the annotator saw: elisions split (l’ | Unione) by the document's language.
        let tokens = try TextAnalyzer().analyze(source, language: document.info.language).tokens
        var lines: [String] = ["-DOCSTART-\tO\t_", ""]
        var mentionIndex = 0
        var sentenceIndex = 0
        for token in tokens {
            while sentenceIndex + 1 < document.sentences.count && document.sentences[sentenceIndex + 1].start <= token.start {
                sentenceIndex += 1
                if lines.last != "" { lines.append("") }
            }
            while mentionIndex < document.mentions.count && document.mentions[mentionIndex].end <= token.start { mentionIndex += 1 }
            let surface = source.slice(bytes: token.byteStart..<token.byteEnd)
            var tag = "O", entity = "_"
            if mentionIndex < document.mentions.count {
                let mention = document.mentions[mentionIndex]
                if mention.start <= token.start && token.end <= mention.end {
                    tag = (token.start == mention.start ? "B-" : "I-") + mention.type.rawValue.uppercased()
                    entity = mention.entity
                }
            }
            lines.append("\(surface)\t\(tag)\t\(entity)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
