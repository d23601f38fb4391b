import Foundation
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Acronyms a document defines in brackets after a long form, as analysts write them:
/// *Shanghai Cooperation Organization (SCO)*, *Organizzazione del Trattato di Sicurezza Collettiva (CSTO)*.
///
/// Later uses of the acronym link to the long form's entity, even when the lexicon lacks the acronym.
/// A long form the lexicon does not know becomes a new candidate entity (`new:org:…`, noted `not-in-lexicon`),
/// found by matching the acronym's letters to the initials of the capitalised words before the bracket.
struct AcronymPass: ResolutionPass {
    let name = "acronyms"
    /// The longest acronym considered, in letters.
    let maximumLength = 10
    /// The lexicon, to accept acronyms an entity already has.
    var lexicon: Lexicon?

    func apply(to state: inout ResolutionState) {
        let (mentions, newEntities) = define(in: state.mentions, state.analyzed, stopWords: LanguageData.allStopWords)
        state.mentions = mentions
        state.newEntities += newEntities
    }

    /// `mentions` (sorted) with the mentions that definitions add; and the new entities they introduce.
    func define(in mentions: [Mention], _ analyzed: AnalyzedText, stopWords: Set<String>) -> ([Mention], [Entity]) {
        let tokens = analyzed.tokens
        // Definitions need a word in brackets: most documents have few, many none. Find them from the
        // bytes first; the rest of the work is done only where there are some.
        let opens = openBrackets(tokens, analyzed.source)
        guard !opens.isEmpty else { return (mentions, []) }
        let brackets = bracketedWords(opens, tokens, analyzed.source)
        let longFormBrackets = bracketsAfterAcronyms(opens, tokens, analyzed.source)
        guard !brackets.isEmpty || !longFormBrackets.isEmpty else { return (mentions, []) }
        let coverage = TokenCoverage(mentions, tokens)
        var covered = coverage.covered

        var definitions: [String: (entity: EntityID, type: EntityType, at: Int)] = [:]
        var added: [Mention] = []
        var newEntities: [Entity] = []
        var swallowed = Set<Int>()
        for index in brackets {
            guard let acronym = acronymText(tokens[index + 1].kind, tokens[index + 1].byteStart, tokens[index + 1].byteEnd,
                                            analyzed.source) else { continue }
            if let owner = coverage.mentionEnding(at: index - 1) {
                // The mention before the bracket is the long form only if the acronym fits it: its initials,
                // or an alias the entity already has (*Organizzazione del Trattato… (CSTO)*). "…India (TAPI)" is not.
                let mention = mentions[owner]
                if initials(of: mention.text, stopWords: stopWords) == AcronymPass.capitals(of: acronym)
                    || isKnownAcronym(acronym, of: mention.entity) {
                    if definitions[acronym] == nil { definitions[acronym] = (mention.entity, mention.type, index) }
                    continue
                }
            }
            guard definitions[acronym] == nil,
                  let longForm = longForm(for: acronym, endingBefore: index, tokens, analyzed.source, stopWords)
                    .flatMap({ namesABody($0..<index, tokens) ? $0 : nil })
                    ?? designatedLongForm(for: acronym, endingBefore: index, tokens, analyzed.source, stopWords),
                  // Names the lexicon knows, strung together (*Turkmenistan–Afghanistan–Pakistan–India (TAPI)*),
                  // are not an unknown long form: it needs a capitalised word of its own.
                  (longForm..<index).contains(where: { !covered[$0] && isCapitalised(tokens[$0], analyzed.source) }) else { continue }
            // A long form the lexicon lacks (*Tehrik-i-Taliban Pakistan (TTP)*) becomes a new candidate entity;
            // the mentions it swallows (*Taliban*, *Pakistan*) stay visible as its alternatives.
            let start = tokens[longForm].start, end = tokens[index - 1].end
            // A name that straddles the long form's edge (*United States* before *States Space Command (SSC)*)
            // means the letters were matched on the wrong words: no definition rather than overlapping mentions.
            if mentions.contains(where: { $0.start < end && start < $0.end && ($0.start < start || $0.end > end) }) { continue }
            let (entity, name) = newLongForm(longForm..<index, mentions, analyzed, swallowed: &swallowed)
            newEntities.append(entity)
            added.append(name)
            for covering in longForm..<index { covered[covering] = true }
            definitions[acronym] = (entity.id, .organisation, index)
        }
        for (open, close) in longFormBrackets {
            let acronymIndex = open - 1
            guard !covered[acronymIndex],
                  let acronym = acronymText(tokens[acronymIndex].kind, tokens[acronymIndex].byteStart, tokens[acronymIndex].byteEnd,
                                            analyzed.source),
                  definitions[acronym] == nil else { continue }
            let start = tokens[open + 1].start, end = tokens[close - 1].end
            let text = analyzed.source.slice(bytes: tokens[open + 1].byteStart..<tokens[close - 1].byteEnd)
            guard initials(of: text, stopWords: stopWords) == AcronymPass.capitals(of: acronym) else { continue }
            let acronymToken = tokens[acronymIndex]
            let sentence = analyzed.sentenceIndex(of: acronymToken.start)
            if let known = mentions.first(where: { $0.start == start && $0.end == end && $0.type == .organisation }) {
                // *the NRC (Norwegian Refugee Council)*, the long form known: the acronym is that entity's.
                added.append(Mention(start: acronymToken.start, end: acronymToken.end, text: acronym, type: known.type,
                                     entity: known.entity, form: acronym, role: .acronym, sentence: sentence,
                                     notes: [.definedInText]))
                definitions[acronym] = (known.entity, known.type, open)
                covered[acronymIndex] = true
                continue
            }
            // A new body needs a designator in its name: *ASCII (American Standard Code for Information
            // Interchange)* is no organisation. Names inside stay its alternatives; one straddling its edge means
            // no definition.
            guard (open + 1..<close).contains(where: { AcronymPass.organisationWords.contains(tokens[$0].key) }),
                  (open + 1..<close).contains(where: { !covered[$0] && isCapitalised(tokens[$0], analyzed.source) }),
                  !mentions.contains(where: { $0.start < end && start < $0.end && ($0.start < start || $0.end > end) })
            else { continue }
            let (entity, name) = newLongForm(open + 1..<close, mentions, analyzed, swallowed: &swallowed)
            newEntities.append(entity)
            added.append(Mention(start: acronymToken.start, end: acronymToken.end, text: acronym, type: .organisation,
                                 entity: entity.id, form: acronym, role: .acronym, sentence: sentence, notes: [.notInLexicon]))
            added.append(name)
            for covering in acronymIndex..<close { covered[covering] = true }
            definitions[acronym] = (entity.id, .organisation, open)
        }
        guard !definitions.isEmpty else { return (mentions, newEntities) }
        let kept = swallowed.isEmpty ? mentions : mentions.indices.filter { !swallowed.contains($0) }.map { mentions[$0] }
        for position in tokens.indices where !covered[position] {
            // Only from the definition's bracket on: an acronym used before it is defined stays unlinked.
            guard let text = acronymText(tokens[position].kind, tokens[position].byteStart, tokens[position].byteEnd,
                                         analyzed.source),
                  let definition = definitions[text], position > definition.at else { continue }
            let token = tokens[position]
            added.append(Mention(start: token.start, end: token.end, text: text, type: definition.type,
                                 entity: definition.entity, form: text, role: .acronym,
                                 sentence: analyzed.sentenceIndex(of: token.start),
                                 notes: definition.entity.isKind(.discovered) ? [.notInLexicon] : [.definedInText]))
        }
        // Long forms come in bracket order and uses in token order: sort the (few) added ones, then merge.
        return (Mention.merged(kept, added.sorted { ($0.start, $0.end) < ($1.start, $1.end) }), newEntities)
    }

    /// A new candidate body named by the long form on `tokens`: its entity and its name mention, the mentions
    /// inside (*Taliban*, *Pakistan* in *Tehrik-i-Taliban Pakistan*) kept as its alternatives and marked `swallowed`.
    private func newLongForm(_ tokens: Range<Int>, _ mentions: [Mention], _ analyzed: AnalyzedText,
                             swallowed: inout Set<Int>) -> (Entity, Mention) {
        let first = analyzed.tokens[tokens.lowerBound], last = analyzed.tokens[tokens.upperBound - 1]
        let inside = mentions.indices.filter { !swallowed.contains($0) && mentions[$0].start >= first.start && mentions[$0].end <= last.end }
        swallowed.formUnion(inside)
        let text = analyzed.source.slice(bytes: first.byteStart..<last.byteEnd)
        let id = AcronymPass.newID(forLongForm: text)
        let name = Mention(start: first.start, end: last.end, text: text, type: .organisation, entity: id, form: text, role: .name,
                           sentence: analyzed.sentenceIndex(of: first.start),
                           alternatives: inside.map { Alternative(entity: mentions[$0].entity, start: mentions[$0].start,
                                                                   end: mentions[$0].end, reason: .insideLongForm) },
                           notes: [.notInLexicon])
        return (Entity(id: id, type: .organisation, subtype: "unknown", label: Labels(it: text, en: text)), name)
    }

    /// The indices of the `(` tokens (not the first token) that open a one-word bracket: `(` word `)`.
    private func bracketedWords(_ opens: [Int], _ tokens: [Token], _ source: SourceText) -> [Int] {
        opens.filter { index in
            index + 2 < tokens.count && tokens[index + 2].kind == .punctuation && tokens[index + 1].kind == .word
                && isMark(tokens, index + 2, ")", source)
        }
    }

    /// The `(` tokens after the first token, in text order: the one walk over the document that both kinds of
    /// definition start from.
    ///
    /// - Complexity: O(t) in the tokens.
    private func openBrackets(_ tokens: [Token], _ source: SourceText) -> [Int] {
        guard tokens.count >= 4 else { return [] }
        var found: [Int] = []
        for index in 1..<(tokens.count - 2) where tokens[index].kind == .punctuation && isMark(tokens, index, "(", source) {
            found.append(index)
        }
        return found
    }

    /// The `(` and `)` of each bracket of two to ten words, on one line, right after a word that opens with a
    /// capital (*NRC (Norwegian Refugee Council)*): where an acronym may come before its long form. Whether the
    /// word is an acronym and the words its long form is for the caller to say.
    ///
    /// - Complexity: O(b) in the brackets `opens`: each is looked into at most ten tokens deep.
    private func bracketsAfterAcronyms(_ opens: [Int], _ tokens: [Token], _ source: SourceText) -> [(open: Int, close: Int)] {
        guard tokens.count >= 5 else { return [] }
        var found: [(open: Int, close: Int)] = []
        for open in opens where open + 3 < tokens.count && tokens[open - 1].kind == .word && isCapitalised(tokens[open + 1], source) {
            var close = open + 1
            while close < tokens.count, close - open <= 11, tokens[close].gapBefore < .line,
                  tokens[close].kind != .punctuation || tokens[close].key == "-" || tokens[close].key == "'" { close += 1 }
            guard close < tokens.count, close - open >= 3, close - open <= 11, isMark(tokens, close, ")", source) else { continue }
            found.append((open, close))
        }
        return found
    }

    /// Whether punctuation token `index` is `mark` (ASCII): by its byte when it is one byte long, else by its
    /// key (a full-width bracket folds to the ASCII one; a bracket carrying a combining mark does not).
    @inline(__always)
    private func isMark(_ tokens: [Token], _ index: Int, _ mark: Unicode.Scalar, _ source: SourceText) -> Bool {
        if tokens[index].byteEnd - tokens[index].byteStart == 1 { return source.utf8[tokens[index].byteStart] == UInt8(mark.value) }
        return tokens[index].key == String(mark)
    }

    /// `new:org:` and the long form's slug, as discovery names the organisations it finds (*Committee to Protect
    /// Journalists (CPJ)* → `new:org:committee-to-protect-journalists`): one id whichever pass finds the name,
    /// and two bodies that share an acronym across a corpus stay apart.
    static func newID(forLongForm text: String) -> EntityID {
        EntityID(.discovered, "org:" + NameDiscoveryPass.slug(text))
    }

    private func isCapitalised(_ token: Token, _ source: SourceText) -> Bool {
        token.kind == .word && source.slice(bytes: token.byteStart..<token.byteEnd).unicodeScalars.first?.properties.isUppercase == true
    }

    /// The capitals starting the words of `text` that are not function words (`Shanghai Cooperation Organization` → `SCO`).
    private func initials(of text: String, stopWords: Set<String>) -> String {
        var result = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "-" || $0.isNewline }) where !stopWords.contains(word.lowercased()) {
            if let first = word.unicodeScalars.first, first.properties.isUppercase { result.unicodeScalars.append(first) }
        }
        return result
    }

    /// Whether the lexicon gives `entity` the alias `acronym`.
    private func isKnownAcronym(_ acronym: String, of entity: EntityID) -> Bool {
        lexicon?[entity]?.aliases.contains { $0.form == acronym } ?? false
    }

    /// The token's text when it is an acronym: 2 to `maximumLength` capital letters (digits allowed after the
    /// first), or a capital first and at least two capitals with single lowercase letters between them (*KeNHA*,
    /// *CoFMB*, *MoD*; not *McDonald*). Takes the token's fields, not the token: this runs on every word of a
    /// document that defines one, and a copy of a token is a retain of its key.
    @inline(__always)
    private func acronymText(_ kind: Token.Kind, _ byteStart: Int, _ byteEnd: Int, _ source: SourceText) -> String? {
        guard kind == .word, byteEnd - byteStart <= maximumLength * 2 else { return nil }
        // Most words start with a lowercase ASCII letter or are capitalised words (two lowercase letters after
        // the capital): rejected from their bytes.
        let first = source.utf8[byteStart]
        if first >= 0x61 && first <= 0x7A { return nil }
        if first < 0x80, byteStart + 1 < byteEnd, isLowercaseASCII(source.utf8[byteStart + 1]),
           byteStart + 2 >= byteEnd || isLowercaseASCII(source.utf8[byteStart + 2]) { return nil }
        return acronymText(source.slice(bytes: byteStart..<byteEnd))
    }

    @inline(__always)
    private func isLowercaseASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// `text` when it is an acronym (see above).
    private func acronymText(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= maximumLength, scalars[0].properties.isUppercase else { return nil }
        if scalars.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) }) { return text }
        var capitals = 0, lowercaseRun = 0
        for scalar in scalars {
            if scalar.properties.isUppercase {
                capitals += 1
                lowercaseRun = 0
            } else if scalar.properties.isLowercase {
                lowercaseRun += 1
                if lowercaseRun > 1 { return nil }
            } else {
                return nil
            }
        }
        return capitals >= 2 && lowercaseRun == 0 ? text : nil
    }

    /// The capitals an acronym spells its long form with (*KeNHA* → *KNHA*; *SCO* itself).
    static func capitals(of acronym: String) -> String {
        String(String.UnicodeScalarView(acronym.unicodeScalars.filter { !$0.properties.isLowercase }))
    }

    /// Every language's first and last words of an organisation's name (*Council*, *Authority*, *Agenzia*).
    static let organisationWords: Set<String> = Language.allCases.reduce(into: []) {
        $0.formUnion(LanguageData.of($1).nameCues.organisationHeads)
        $0.formUnion(LanguageData.of($1).nameCues.organisationTails)
    }

    /// Every language's term heads (`NameCues.termHeads`): a long form may be quoted from another language.
    static let termHeads: Set<String> = Language.allCases.reduce(into: []) { $0.formUnion(LanguageData.of($1).nameCues.termHeads) }

    /// Whether the long form on `words` may name a body: neither its last word nor its first is a term's head
    /// (*Exclusive Economic Zone*, *Message Authentication Code*; head first, *Zona Economica Esclusiva*), or
    /// a designator is among its words (*Office of Foreign Assets Control*).
    private func namesABody(_ words: Range<Int>, _ tokens: [Token]) -> Bool {
        let ends = [words.first(where: { tokens[$0].kind == .word }), words.last(where: { tokens[$0].kind == .word })]
        guard ends.contains(where: { $0.map { AcronymPass.termHeads.contains(tokens[$0].key) } ?? false }) else { return true }
        return words.contains { AcronymPass.organisationWords.contains(tokens[$0].key) }
    }

    /// A long form read with weaker evidence, a mixed-case acronym (*KeNHA*) or one capitalised word the acronym
    /// leaves out (*Centers for Disease Control and Prevention (CDC)*), when its words hold an organisation's
    /// designator: technical prose defines many terms so (*Maximum Transmission Unit (MTU)*), and those are no
    /// bodies.
    private func designatedLongForm(for acronym: String, endingBefore bracket: Int, _ tokens: [Token], _ source: SourceText,
                                    _ stopWords: Set<String>) -> Int? {
        guard let start = longForm(for: acronym, endingBefore: bracket, tokens, source, stopWords, leavingOut: 1, mixedCase: true),
              (start..<bracket).contains(where: { AcronymPass.organisationWords.contains(tokens[$0].key) }) else { return nil }
        return start
    }

    /// The first token of the long form whose capitalised words' initials spell `acronym`'s capitals, ending
    /// right before the bracket at `bracket`; function words may sit between them, and lowercase infixes of
    /// hyphenated names (the *i* of *Tehrik-i-Taliban*) are passed over. `leavingOut` capitalised words the
    /// acronym does not spell may stand after its first letter's word, as writers drop one, when the acronym
    /// has three letters or more; a mixed-case acronym (*KeNHA*) is read only when `mixedCase`.
    private func longForm(for acronym: String, endingBefore bracket: Int, _ tokens: [Token], _ source: SourceText,
                          _ stopWords: Set<String>, leavingOut: Int = 0, mixedCase: Bool = false) -> Int? {
        let capitals = AcronymPass.capitals(of: acronym)
        guard mixedCase || capitals == acronym else { return nil }
        var letters = Array(capitals.unicodeScalars).filter { $0.properties.isAlphabetic }
        var leftOut = letters.count >= 3 ? leavingOut : 0
        var position = bracket - 1
        var start: Int?
        while position >= 0, !letters.isEmpty {
            let token = tokens[position]
            if token.kind == .punctuation && token.key == "-" { position -= 1; continue }
            guard token.kind == .word else { return nil }
            let first = source.slice(bytes: token.byteStart..<token.byteEnd).unicodeScalars.first!
            let hyphenInfix = position > 0 && position + 1 < tokens.count && tokens[position - 1].key == "-" && tokens[position + 1].key == "-"
            if first.properties.isUppercase {
                if String(first) == String(letters.last!) {
                    letters.removeLast()
                    start = position
                } else if leftOut > 0 {
                    leftOut -= 1
                } else {
                    return nil
                }
            } else if !stopWords.contains(token.key) && !hyphenInfix {
                return nil
            }
            if position > 0 && tokens[position].gapBefore >= .line { break }
            position -= 1
        }
        return letters.isEmpty ? start : nil
    }
}
