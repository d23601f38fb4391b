import GazzettaModel
import GazzettaText

/// An acronym the text defined in brackets after a discovered name (*Support Group for Islam and Muslims
/// (JNIM)*) links every later use of it (*JNIM attacked…*) to that name's entity, as the lexicon's acronyms
/// do after their long forms. A one-word sports club found once (*Fenerbahçe coach…*) links its other uses
/// too, before as after (*Galatasaray and Fenerbahçe meet…*): a club is named as itself all through a text.
struct DiscoveredNameUses {
    /// The discovered acronym mentions, in text order.
    let definitions: [Mention]
    /// The discovered one-word clubs, in text order.
    var clubs: [Mention] = []

    /// `mentions` with a mention added for each later use, in the same case, of a defined acronym on a token
    /// no mention covers (a use before the definition stays unlinked), and for each use of a club's name on a
    /// capitalised token no mention covers (a city the lexicon reads elsewhere stays the city).
    ///
    /// - Complexity: O(t + m) for t tokens and m mentions.
    func apply(to mentions: [Mention], _ analyzed: AnalyzedText) -> [Mention] {
        guard !definitions.isEmpty || !clubs.isEmpty else { return mentions }
        var defined: [String: Mention] = [:]
        for definition in definitions where defined[definition.text] == nil { defined[definition.text] = definition }
        for club in clubs where defined[club.text] == nil { defined[club.text] = club }
        let tokens = analyzed.tokens
        let covered = TokenCoverage(mentions, tokens).covered
        var added: [Mention] = []
        for (index, token) in tokens.enumerated() where token.kind == .word && !covered[index] {
            // Acronyms open with a capital: words opening with a lowercase ASCII letter are passed over on one byte.
            let first = analyzed.source.utf8[token.byteStart]
            guard first < 0x61 || first > 0x7A else { continue }
            let text = analyzed.source.slice(bytes: token.byteStart..<token.byteEnd)
            guard let definition = defined[text], definition.role != .acronym || token.start >= definition.end else { continue }
            var use = Mention(start: token.start, end: token.end, text: text, type: definition.type, entity: definition.entity,
                              form: text, role: definition.role, sentence: analyzed.sentenceIndex(of: token.start),
                              notes: definition.notes)
            use.confidence = definition.confidence
            added.append(use)
        }
        return added.isEmpty ? mentions : Mention.merged(mentions, added)
    }
}
