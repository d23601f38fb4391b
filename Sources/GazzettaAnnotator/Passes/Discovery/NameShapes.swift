import GazzettaModel
import GazzettaText

/// Questions about the tokens of one document that the unknown-name rules ask: capitals, cues, and which
/// tokens the lexicon's mentions already cover.
struct NameShapes {
    let tokens: [Token]
    let source: SourceText
    let cues: NameCues
    /// Every language's function words: never a name's word (*The*, *La*), even capitalised.
    let stopWords: Set<String>
    /// The index of the lexicon mention covering each token, or -1.
    let mentionAt: [Int32]
    let mentions: [Mention]

    init(_ analyzed: AnalyzedText, _ mentions: [Mention], cues: NameCues) {
        tokens = analyzed.tokens
        source = analyzed.source
        self.cues = cues
        self.mentions = mentions
        stopWords = LanguageData.allStopWords
        var covering = [Int32](repeating: -1, count: analyzed.tokens.count)
        for (index, range) in TokenCoverage(mentions, analyzed.tokens).tokenRanges.enumerated() {
            for token in range { covering[token] = Int32(index) }
        }
        mentionAt = covering
    }

    /// The lexicon mention covering token `index`, if any.
    func mention(at index: Int) -> Mention? {
        mentionAt[index] >= 0 ? mentions[Int(mentionAt[index])] : nil
    }

    /// The token's text as written.
    func text(_ index: Int) -> String {
        source.slice(bytes: tokens[index].byteStart..<tokens[index].byteEnd)
    }

    /// A word starting with a capital, on a line written in ordinary case (headlines say nothing of names).
    func isCapitalised(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].lineCase == .normal else { return false }
        let first = source.utf8[tokens[index].byteStart]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text(index).unicodeScalars.first?.properties.isUppercase == true
    }

    /// A capitalised word that may be part of a personal name: not all in capitals (an acronym), not a word
    /// that is never a name, not a designator or title.
    func isNamePart(_ index: Int) -> Bool {
        guard isCapitalised(index) else { return false }
        let key = tokens[index].key
        if stopWords.contains(key) || cues.neverNames.contains(key) || cues.personTitles.contains(key) || cues.quoteCues.contains(key)
            || cues.organisationHeads.contains(key)
            || cues.organisationTails.contains(key) || cues.placeHeads.contains(key) || cues.placeTails.contains(key)
            || cues.clubTails.contains(key) || cues.genericNameWords.contains(key) { return false }
        let word = text(index)
        return word.unicodeScalars.count == 1 || !word.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether tokens `a` and `b` are in one sentence and not split by a paragraph break.
    func joined(_ a: Int, _ b: Int, _ analyzed: AnalyzedText) -> Bool {
        b < tokens.count && tokens[b].gapBefore < .paragraph
            && analyzed.sentenceIndex(of: tokens[a].start) == analyzed.sentenceIndex(of: tokens[b].start)
    }

    /// Whether token `index` is the punctuation mark `mark` touching its neighbours (a name's hyphen).
    func isTightMark(_ index: Int, _ mark: String) -> Bool {
        index + 1 < tokens.count && tokens[index].kind == .punctuation && tokens[index].key == mark
            && tokens[index].gapBefore == .none && tokens[index + 1].gapBefore == .none
    }

    /// Whether the lexicon mention at `index` is a place (a country, city, region… or its adjective).
    func isPlace(_ index: Int) -> Bool { mention(at: index)?.type == .place }

    /// Whether the lexicon mention at `index` is a person's.
    func isLexiconPerson(_ index: Int) -> Bool { mention(at: index)?.entity.isKind(.person) == true }
}
