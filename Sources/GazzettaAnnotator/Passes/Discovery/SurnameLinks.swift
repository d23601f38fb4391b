import GazzettaModel
import GazzettaText

/// A surname alone, after the full name of a person the text introduced (*Bianchi* after *Marco
/// Bianchi*), links to that person, as a lexicon person's surname does after the full name.
struct SurnameLinks {
    /// The new persons' full-name mentions, in text order.
    let persons: [Mention]

    /// `mentions` with the surname mentions added; only words no mention covers are read.
    ///
    /// - Complexity: O(t + m) for t tokens and m mentions.
    func apply(to mentions: [Mention], _ analyzed: AnalyzedText) -> [Mention] {
        guard !persons.isEmpty else { return mentions }
        // The last word of each full name, and where the full name ends.
        var surnames: [String: (entity: EntityID, after: Int)] = [:]
        for person in persons {
            guard let last = person.text.split(whereSeparator: { $0 == " " || $0 == "-" || $0.isNewline }).last,
                  last.unicodeScalars.count >= 3 else { continue }
            if surnames[String(last)] == nil { surnames[String(last)] = (person.entity, person.end) }
        }
        let covered = TokenCoverage(mentions, analyzed.tokens).covered
        var added: [Mention] = []
        for (index, token) in analyzed.tokens.enumerated() where !covered[index] && token.kind == .word && token.lineCase == .normal {
            let text = analyzed.source.slice(bytes: token.byteStart..<token.byteEnd)
            guard let person = surnames[text], token.start >= person.after else { continue }
            var mention = Mention(start: token.start, end: token.end, text: text, type: .actor, entity: person.entity, form: text,
                                  role: .short, sentence: analyzed.sentenceIndex(of: token.start),
                                  notes: [.notInLexicon, .evidence(.surname)])
            mention.confidence = 0.7
            added.append(mention)
        }
        return Mention.merged(mentions, added)
    }
}
