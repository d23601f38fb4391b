import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Acronyms a document defines in brackets after a long form, as analysts write them:
/// *Shanghai Cooperation Organization (SCO)*, *Organizzazione del Trattato di Sicurezza Collettiva (CSTO)*.
///
/// Later uses of the acronym link to the long form's entity, even when the lexicon lacks the acronym.
/// A long form the lexicon does not know becomes a new candidate entity (`new:…`, noted `not-in-lexicon`),
/// found by matching the acronym's letters to the initials of the capitalised words before the bracket.
struct AcronymDefinitions {
    /// The longest acronym considered, in letters.
    let maximumLength = 10
    /// The lexicon, to accept acronyms an entity already has.
    var lexicon: Lexicon?

    /// `mentions` (sorted) with the mentions that definitions add; and the new entities they introduce.
    func apply(to mentions: [Mention], in analyzed: AnalyzedText, stopWords: Set<String>) -> ([Mention], [Entity]) {
        let tokens = analyzed.tokens
        let coverage = TokenCoverage(mentions, tokens)
        var covered = coverage.covered
        let mentionEndingAt = coverage.mentionEndingAt

        var definitions: [String: (entity: String, type: EntityType, at: Int)] = [:]
        var added: [Mention] = []
        var newEntities: [Entity] = []
        var index = 1
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].key == "(", tokens[index + 2].key == ")",
                  let acronym = acronymText(tokens[index + 1], analyzed.source) else { continue }
            if let owner = mentionEndingAt[index - 1] {
                // The mention before the bracket is the long form only if the acronym fits it: its initials,
                // or an alias the entity already has (*Organizzazione del Trattato… (CSTO)*). "…India (TAPI)" is not.
                let mention = mentions[owner]
                guard initials(of: mention.text, stopWords: stopWords) == acronym || knownAcronyms(mention.entity).contains(acronym) else { continue }
                if definitions[acronym] == nil { definitions[acronym] = (mention.entity, mention.type, index) }
            } else if let longForm = longForm(for: acronym, endingBefore: index, tokens, analyzed.source, stopWords, covered) {
                let id = "new:" + acronym.lowercased()
                if definitions[acronym] == nil {
                    let text = analyzed.source.slice(bytes: tokens[longForm].byteStart..<tokens[index - 1].byteEnd)
                    newEntities.append(Entity(id: id, type: .organisation, subtype: "unknown",
                                              label: Labels(it: text, en: text)))
                    added.append(Mention(start: tokens[longForm].start, end: tokens[index - 1].end, text: text,
                                         type: .organisation, entity: id, form: text, role: .name,
                                         sentence: analyzed.sentenceIndex(of: tokens[longForm].start),
                                         notes: ["not-in-lexicon"]))
                    for covering in longForm..<index { covered[covering] = true }
                }
                if definitions[acronym] == nil { definitions[acronym] = (id, .organisation, index) }
            }
        }
        guard !definitions.isEmpty else { return (mentions, newEntities) }
        for (position, token) in tokens.enumerated() where !covered[position] && token.kind == .word {
            // Only from the definition's bracket on: an acronym used before it is defined stays unlinked.
            guard let text = acronymText(token, analyzed.source), let definition = definitions[text],
                  position > definition.at else { continue }
            added.append(Mention(start: token.start, end: token.end, text: text, type: definition.type,
                                 entity: definition.entity, form: text, role: .acronym,
                                 sentence: analyzed.sentenceIndex(of: token.start),
                                 notes: definition.entity.hasPrefix("new:") ? ["not-in-lexicon"] : ["defined-in-text"]))
        }
        let merged = (mentions + added).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        return (merged, newEntities)
    }

    /// The capitals starting the words of `text` that are not function words (`Shanghai Cooperation Organization` → `SCO`).
    private func initials(of text: String, stopWords: Set<String>) -> String {
        var result = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "-" || $0.isNewline }) where !stopWords.contains(word.lowercased()) {
            if let first = word.unicodeScalars.first, first.properties.isUppercase { result.unicodeScalars.append(first) }
        }
        return result
    }

    /// The acronyms and names the lexicon gives `entity` (empty for entities not in it).
    private func knownAcronyms(_ entity: String) -> Set<String> {
        Set(lexicon?[entity]?.aliases.map(\.form) ?? [])
    }

    /// The token's text when it is an acronym: 2 to `maximumLength` capital letters (digits allowed after the first).
    private func acronymText(_ token: Token, _ source: SourceText) -> String? {
        guard token.kind == .word, token.byteEnd - token.byteStart <= maximumLength * 2 else { return nil }
        // Most words start with a lowercase ASCII letter or are capitalised words: rejected from their bytes.
        let first = source.utf8[token.byteStart], second = source.utf8[token.byteStart + 1 < token.byteEnd ? token.byteStart + 1 : token.byteStart]
        if first >= 0x61 && first <= 0x7A { return nil }
        if first < 0x80 && second >= 0x61 && second <= 0x7A { return nil }
        let text = source.slice(bytes: token.byteStart..<token.byteEnd)
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= maximumLength, scalars[0].properties.isUppercase,
              scalars.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) }) else { return nil }
        return text
    }

    /// The first token of the long form whose capitalised words' initials spell `acronym`, ending right
    /// before the bracket at `bracket`; function words may sit between them.
    private func longForm(for acronym: String, endingBefore bracket: Int, _ tokens: [Token], _ source: SourceText,
                          _ stopWords: Set<String>, _ covered: [Bool]) -> Int? {
        var letters = Array(acronym.unicodeScalars).filter { $0.properties.isAlphabetic }
        var position = bracket - 1
        var start: Int?
        while position >= 0, !letters.isEmpty, !covered[position] {
            let token = tokens[position]
            if token.kind == .punctuation && token.key == "-" { position -= 1; continue }
            guard token.kind == .word else { return nil }
            let first = source.slice(bytes: token.byteStart..<token.byteEnd).unicodeScalars.first!
            if first.properties.isUppercase {
                guard String(first) == String(letters.last!) else { return nil }
                letters.removeLast()
                start = position
            } else if !stopWords.contains(token.key) {
                return nil
            }
            if position > 0 && tokens[position].gapBefore >= .line { break }
            position -= 1
        }
        return letters.isEmpty ? start : nil
    }
}
