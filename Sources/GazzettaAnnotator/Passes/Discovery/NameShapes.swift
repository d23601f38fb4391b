import GazzettaModel
import GazzettaText

/// Questions about the tokens of one document that the unknown-name rules ask: capitals, cues, and which
/// tokens the lexicon's mentions already cover.
struct NameShapes {
    let tokens: [Token]
    let source: SourceText
    let cues: NameCues
    /// The cue lists each token's key belongs to (`CueWords`), looked up once per token.
    private let cueWords: [CueWord]
    /// The index of the lexicon mention covering each token, or -1.
    let mentionAt: [Int32]
    let mentions: [Mention]
    /// Whether each token may be part of a personal name (`isNamePart`): every rule asks it of the same
    /// tokens again and again, so it is answered once per token, here.
    private let namePart: [Bool]
    /// Whether each token is capitalised (`isCapitalised`), answered once per token for the same reason.
    private let capitalised: [Bool]
    /// The index of each token's sentence, read in one walk instead of a binary search per question.
    private let sentenceOf: [Int32]

    /// - Parameter words: the language's cue words with the lists each belongs to, function words and keys
    ///   never in a personal name (`NameShapes.notNameParts(_:)`) among them, built once per language.
    /// - Complexity: O(t + m) in the document's tokens and mentions: one hash per token.
    init(_ analyzed: AnalyzedText, _ mentions: [Mention], cues: NameCues, words: CueWords) {
        tokens = analyzed.tokens
        source = analyzed.source
        self.cues = cues
        self.mentions = mentions
        let cueWords = analyzed.tokens.map { words[$0.key] }
        self.cueWords = cueWords
        var covering = [Int32](repeating: -1, count: analyzed.tokens.count)
        for (index, range) in TokenCoverage(mentions, analyzed.tokens).tokenRanges.enumerated() {
            for token in range { covering[token] = Int32(index) }
        }
        mentionAt = covering
        let capitalised = analyzed.tokens.indices.map { NameShapes.isCapitalised($0, analyzed.tokens, analyzed.source) }
        self.capitalised = capitalised
        namePart = analyzed.tokens.indices.map {
            capitalised[$0] && NameShapes.isNamePart($0, analyzed.tokens, analyzed.source, cueWords[$0])
        }
        sentenceOf = NameShapes.sentenceIndices(analyzed)
    }

    /// Each token's sentence index, as `AnalyzedText.sentenceIndex(of:)` gives it for the token's start.
    ///
    /// - Complexity: O(t + s): tokens and sentences are both in text order.
    private static func sentenceIndices(_ analyzed: AnalyzedText) -> [Int32] {
        var sentence = 0
        return analyzed.tokens.map { token in
            while sentence + 1 < analyzed.sentences.count, analyzed.sentences[sentence + 1].lowerBound <= token.start {
                sentence += 1
            }
            return Int32(sentence)
        }
    }

    /// Whether token `index`'s key is in the cue list `list` (a bit test: see `CueWords`).
    @inline(__always)
    func isCue(_ list: CueWord, at index: Int) -> Bool { cueWords[index].contains(list) }

    /// Whether token `index`'s key is in any of the cue lists `lists`.
    @inline(__always)
    func isAnyCue(_ lists: CueWord, at index: Int) -> Bool { !cueWords[index].isDisjoint(with: lists) }

    /// The keys that are never a personal name's word: function words of every language, and the cues'
    /// titles, quoting words, designators, club tails, generic office words and never-names.
    static func notNameParts(_ cues: NameCues) -> Set<String> {
        var keys = LanguageData.allStopWords
        for set in [cues.neverNames, cues.personTitles, cues.quoteCues, cues.organisationHeads, cues.organisationTails,
                    cues.placeHeads, cues.placeTails, cues.clubTails, cues.genericNameWords] {
            keys.formUnion(set)
        }
        return keys
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
        index < capitalised.count && capitalised[index]
    }

    private static func isCapitalised(_ index: Int, _ tokens: [Token], _ source: SourceText) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].lineCase == .normal else { return false }
        let first = source.utf8[tokens[index].byteStart]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return source.slice(bytes: tokens[index].byteStart..<tokens[index].byteEnd).unicodeScalars.first?.properties.isUppercase == true
    }

    /// A capitalised word that may be part of a personal name: not all in capitals (an acronym), not a word
    /// that is never a name, not a designator or title. O(1): answered for every token when the shapes are built.
    func isNamePart(_ index: Int) -> Bool {
        index >= 0 && index < namePart.count && namePart[index]
    }

    /// Of a capitalised token (the caller has asked).
    private static func isNamePart(_ index: Int, _ tokens: [Token], _ source: SourceText, _ word: CueWord) -> Bool {
        guard !word.contains(.notNameParts) else { return false }
        let start = tokens[index].byteStart, end = tokens[index].byteEnd
        // An ASCII word (most): one letter, or any byte that is not a capital, makes it no acronym.
        var ascii = true, allCapitals = true
        for offset in start..<end {
            let byte = source.utf8[offset]
            if byte >= 0x80 { ascii = false; break }
            if byte < 0x41 || byte > 0x5A { allCapitals = false }
        }
        if ascii { return end - start == 1 || !allCapitals }
        let word = source.slice(bytes: start..<end)
        return word.unicodeScalars.count == 1 || !word.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether tokens `a` and `b` are in one sentence and not split by a paragraph break.
    func joined(_ a: Int, _ b: Int) -> Bool {
        b < tokens.count && tokens[b].gapBefore < .paragraph && sentenceOf[a] == sentenceOf[b]
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
