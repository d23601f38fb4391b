import GazzettaModel
import GazzettaText

/// A surname alone, after the full name of a person the text introduced (*Bianchi* after *Marco
/// Bianchi*, *Zhang* after *Zhang Wei*), links to that person, as a lexicon person's surname does after the
/// full name.
struct SurnameLinks {
    /// The new persons' full-name mentions, in text order.
    let persons: [Mention]

    /// `mentions` with the surname mentions added. Words no mention covers are read, and words the lexicon
    /// read alone as a place (*Dickinson* after *Elizabeth Dickinson*): the person named in the text is the
    /// nearer reading, and the place stays as an alternative.
    ///
    /// - Complexity: O(t + m) for t tokens and m mentions.
    func apply(to mentions: [Mention], _ analyzed: AnalyzedText) -> [Mention] {
        guard !persons.isEmpty else { return mentions }
        let surnames = self.surnames()
        let tokens = analyzed.tokens
        let ranges = TokenCoverage(mentions, tokens).tokenRanges
        var coveringPlace = [Int?](repeating: nil, count: tokens.count)
        var covered = [Bool](repeating: false, count: tokens.count)
        for (index, range) in ranges.enumerated() {
            for token in range { covered[token] = true }
            let mention = mentions[index]
            // A city's or a small place's name only: a country's or a region's is too strong a reading to drop.
            if range.count == 1, mention.entity.isKind(.city) || mention.entity.isKind(.place),
               mention.role == .name || mention.role == .metonym {
                coveringPlace[range.lowerBound] = index
            }
        }
        // A word can be a surname only if it opens with a surname's first byte: most words are passed over
        // on that one byte, before their text is sliced and hashed.
        var firstBytes = [Bool](repeating: false, count: 256)
        for surname in surnames.keys { if let byte = surname.utf8.first { firstBytes[Int(byte)] = true } }
        let bytes = analyzed.source.utf8
        var added: [Mention] = [], replaced = Set<Int>()
        for (index, token) in tokens.enumerated() where token.kind == .word && token.lineCase == .normal {
            guard firstBytes[Int(bytes[token.byteStart])], !covered[index] || coveringPlace[index] != nil else { continue }
            let text = analyzed.source.slice(bytes: token.byteStart..<token.byteEnd)
            guard let person = surnames[text], token.start >= person.after else { continue }
            var mention = Mention(start: token.start, end: token.end, text: text, type: .actor, entity: person.entity, form: text,
                                  role: .short, sentence: analyzed.sentenceIndex(of: token.start),
                                  notes: [.notInLexicon, .evidence(.surname)])
            if let place = coveringPlace[index] {
                replaced.insert(place)
                mention.alternatives = [Alternative(entity: mentions[place].entity, start: token.start, end: token.end,
                                                    reason: .ambiguousAlias)]
            }
            mention.confidence = 0.7
            added.append(mention)
        }
        let kept = mentions.indices.filter { !replaced.contains($0) }.map { mentions[$0] }
        return Mention.merged(kept, added)
    }

    /// Each surname of a new person and where its full name ends: the last word, or the first of a name of
    /// two or three words that opens with a family name written first (*Zhang* of *Zhang Wei*).
    private func surnames() -> [String: (entity: EntityID, after: Int)] {
        var surnames: [String: (entity: EntityID, after: Int)] = [:]
        for person in persons {
            let words = person.text.split(whereSeparator: { $0 == " " || $0.isNewline })
            var candidates: [Substring] = []
            if let last = person.text.split(whereSeparator: { $0 == " " || $0 == "-" || $0.isNewline }).last { candidates.append(last) }
            if (2...3).contains(words.count), let first = words.first, FamilyNamesFirst.contains(String(first)) {
                candidates.append(first)
            }
            for surname in candidates where surname.unicodeScalars.count >= 2 && surnames[String(surname)] == nil {
                // Two letters only for a family name written first (*Li*, *Oh*); a last word needs three.
                if surname.unicodeScalars.count == 2 && !FamilyNamesFirst.contains(String(surname)) { continue }
                surnames[String(surname)] = (person.entity, person.end)
            }
        }
        return surnames
    }
}
