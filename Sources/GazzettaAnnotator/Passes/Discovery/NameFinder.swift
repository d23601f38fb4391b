import GazzettaModel
import GazzettaText

/// Finds the names the lexicon lacks in one document, left to right, by the evidence around them: a first
/// name, a title, a designator, a club word. Returns them sorted and non-overlapping; what they do to the
/// lexicon's mentions is the pass's business.
struct NameFinder {
    let shapes: NameShapes
    let analyzed: AnalyzedText
    /// The country a lexicon entity lies in (itself for a country), when the lexicon says.
    var countryOf: (EntityID) -> EntityID? = { $0.country }
    /// Whether a lexicon entity is a company (its subtype), when the lexicon says.
    var isCompany: (EntityID) -> Bool = { _ in false }
    /// The first-level region a lexicon city lies in and is named after, given the city's name as written.
    var regionNamedAfter: (EntityID, String) -> EntityID? = { _, _ in nil }
    /// The longest personal name, in name words.
    let longestName = 5

    private var cues: NameCues { shapes.cues }
    private var tokens: [Token] { shapes.tokens }

    /// Every name found, in text order.
    ///
    /// - Complexity: O(t) in the number of tokens (each rule looks a bounded distance ahead).
    func names() -> [DiscoveredName] {
        var found: [DiscoveredName] = []
        var index = 0
        while index < tokens.count {
            if let name = name(at: index) {
                found.append(name)
                index = name.end
                if let acronym = acronym(after: name) {
                    found.append(acronym)
                    index = acronym.end
                }
            } else {
                index += 1
            }
        }
        return withCoordinatedSides(found)
    }

    /// `found` with the one-word names coordinated with a one-word club it holds, wherever the text names that
    /// club, when nothing covers them (*Galatasaray and Fenerbahçe meet…*, where *Fenerbahçe coach…* said
    /// which): the two sides of one match.
    ///
    /// - Complexity: O(t + n log n) in the tokens and names; nothing when `found` holds no one-word club.
    private func withCoordinatedSides(_ found: [DiscoveredName]) -> [DiscoveredName] {
        let clubKeys = Set(found.filter { if case .club = $0.kind { $0.end - $0.start == 1 } else { false } }.map { tokens[$0.start].key })
        guard !clubKeys.isEmpty else { return found }
        var taken = [Bool](repeating: false, count: tokens.count)
        for name in found { for token in name.start..<name.end { taken[token] = true } }
        var sides: [DiscoveredName] = []
        for club in tokens.indices where clubKeys.contains(tokens[club].key) && shapes.isCapitalised(club) {
            for (side, coordinator) in [(club - 2, club - 1), (club + 2, club + 1)] where side >= 0 && side < tokens.count {
                guard shapes.isCue(.nameCoordinators, at: coordinator), shapes.joined(min(side, club), max(side, club)),
                      shapes.isCapitalised(side), !shapes.isCue(.stopWords, at: side), shapes.mention(at: side) == nil,
                      !taken[side], !followsCapitalisedWord(side),
                      !(shapes.isCapitalised(side + 1) && shapes.joined(side, side + 1)) else { continue }
                taken[side] = true
                sides.append(DiscoveredName(start: side, end: side + 1, kind: .club, evidence: .club, confidence: 0.6))
            }
        }
        return sides.isEmpty ? found : (found + sides).sorted { $0.start < $1.start }
    }

    /// The name starting at token `index`, by the first rule that finds one.
    private func name(at index: Int) -> DiscoveredName? {
        guard tokens[index].lineCase == .normal, tokens[index].kind == .word || tokens[index].kind == .elision else { return nil }
        // Every rule starts on a capitalised word, a club's article or a place designator: most tokens are
        // none of these and are passed over here, without a call to each rule.
        guard shapes.isCapitalised(index) || shapes.isAnyCue([.clubArticles, .placeHeads, .regionDesignators], at: index) else { return nil }
        if let region = regionByDesignator(index) { return region }
        if let article = clubAfterArticle(index) { return article }
        if let branch = subsidiary(index) ?? regionalBranch(index) { return branch }
        // A capitalised function word (*The*, *La*) opens a sentence, not a name; a particle hyphened to a name
        // word opens one (*Al-Ahram Center…*, though *al* is an Italian function word).
        guard !shapes.isCue(.stopWords, at: index) || shapes.isCue(.placeHeads, at: index) || opensHyphenedName(index) else { return nil }
        // A lowercase place designator after a name makes a place even of a person's name (*the Ghulam Khan
        // border crossing*).
        guard let found = byDesignatorOrClub(index) ?? byPersonsEvidence(index)
            ?? nameBeforeTail(index) ?? organisationBeforeAcronym(index) ?? organisationOpenedByCountry(index) else { return nil }
        if case .person = found.kind, isByline(found) { return nil }
        return found
    }

    /// Whether token `index` is a name particle joined by a tight hyphen to a capitalised word (*Al-Ahram*).
    private func opensHyphenedName(_ index: Int) -> Bool {
        shapes.isCue(.nameParticles, at: index) && shapes.isTightMark(index + 1, "-") && shapes.isCapitalised(index + 2)
    }

    /// The rules read by a designator or a club word, in order.
    private func byDesignatorOrClub(_ index: Int) -> DiscoveredName? {
        placeAfterDesignator(index) ?? organisationInSentenceCase(index) ?? organisationAfterDesignator(index)
            ?? organisationBesideLowercaseDesignator(index) ?? club(index) ?? clubByContext(index)
            ?? clubInResult(index) ?? clubByApposition(index) ?? placeBeforeLowercaseTail(index)
    }

    /// The rules read by a person's evidence (a title, a first name, a reporting verb), in order.
    private func byPersonsEvidence(_ index: Int) -> DiscoveredName? {
        personAfterTitle(index) ?? personByFirstName(index) ?? personBesideReportingVerb(index)
    }

    /// A city the lexicon knows beside the designator of its first-level region, when the region bears the
    /// city's name (*the Kayes Region*, *Herat province*, *la provincia di Kandahar*): the region, on the city's
    /// tokens (the designator left out, as for a region the lexicon names itself), the city an alternative.
    private func regionByDesignator(_ index: Int) -> DiscoveredName? {
        let headed = shapes.isCue(.regionDesignators, at: index) && index + 2 < tokens.count
            && shapes.isCue(.nameConnectors, at: index + 1) && !shapes.isAnyCue([.nameCoordinators, .seatConnectors], at: index + 1)
            && shapes.joined(index, index + 2)
        let cityStart = headed ? index + 2 : index
        guard let city = shapes.mention(at: cityStart), city.type == .place, city.role == .name, city.entity.isKind(.city),
              city.start == tokens[cityStart].start else { return nil }
        var cityEnd = cityStart
        while cityEnd < tokens.count && tokens[cityEnd].start < city.end { cityEnd += 1 }
        if !headed {
            guard cityEnd < tokens.count, shapes.isCue(.regionDesignators, at: cityEnd), tokens[cityEnd].gapBefore == .space,
                  shapes.joined(cityStart, cityEnd) else { return nil }
        }
        guard let region = regionNamedAfter(city.entity, city.text) else { return nil }
        var name = DiscoveredName(start: cityStart, end: cityEnd, kind: .lexiconRegion(region), evidence: .designator, confidence: 0.8)
        name.replacesEqualSpan = true
        return name
    }

    /// An organisation the lexicon knows, then capitalised words ending on a place's last word: its branch
    /// named for a region (*Islamic State Sahel Province*, *Islamic State Somalia Province*), a body of its own;
    /// the organisation and the place inside it stay as alternatives.
    private func regionalBranch(_ index: Int) -> DiscoveredName? {
        guard let body = shapes.mention(at: index), body.type == .organisation, body.role == .name,
              body.start == tokens[index].start else { return nil }
        var next = index
        while next < tokens.count && tokens[next].start < body.end { next += 1 }
        var end = next
        while end < tokens.count, end - next < 4, tokens[end].gapBefore == .space, shapes.joined(index, end),
              shapes.isCapitalised(end), !shapes.isCue(.neverNames, at: end) { end += 1 }
        guard end > next + 1, shapes.isCue(.placeTails, at: end - 1), shapes.mention(at: end - 1) == nil else { return nil }
        var branch = DiscoveredName(start: index, end: end, kind: .organisation, evidence: .designator, confidence: 0.7)
        branch.extendsLexiconName = true
        return branch
    }

    /// A company the lexicon knows and a country right after it (*Gazprom Armenia*, *Eni Kazakhstan*): the
    /// company's branch there, a body of its own; the company and the country stay inside it as alternatives.
    /// A capitalised word after the country would make a longer name, and no rule here reads it.
    private func subsidiary(_ index: Int) -> DiscoveredName? {
        guard let company = shapes.mention(at: index), company.type == .organisation, company.role == .name,
              company.start == tokens[index].start, isCompany(company.entity) else { return nil }
        var next = index
        while next < tokens.count && tokens[next].start < company.end { next += 1 }
        guard next < tokens.count, tokens[next].gapBefore == .space, shapes.joined(index, next),
              let place = shapes.mention(at: next), place.type == .place, place.role == .name,
              place.start == tokens[next].start, place.entity.isKind(.country) else { return nil }
        var end = next
        while end < tokens.count && tokens[end].start < place.end { end += 1 }
        if end < tokens.count, shapes.isCapitalised(end), tokens[end].gapBefore == .space { return nil }
        var branch = DiscoveredName(start: index, end: end, kind: .organisation, evidence: .designator, confidence: 0.7)
        branch.extendsLexiconName = true
        return branch
    }

    /// The acronym in brackets right after an organisation's name (*Support Group for Islam and Muslims
    /// (JNIM)*, *Federazione italiana lavoratori trasporti (Filt)*), when the lexicon does not read it: all in
    /// capitals (a translated name's letters need not fit), or spelling the name's initials.
    private func acronym(after name: DiscoveredName) -> DiscoveredName? {
        guard case .organisation = name.kind else { return nil }
        let word = name.end + 1
        guard word + 1 < tokens.count, tokens[name.end].key == "(", tokens[word + 1].key == ")",
              tokens[word].kind == .word, shapes.isCapitalised(word), shapes.mention(at: word) == nil,
              shapes.joined(name.start, word) else { return nil }
        let text = shapes.text(word)
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.count <= 10 else { return nil }
        let capitals = letters.allSatisfy { $0.properties.isUppercase }
        guard capitals || String(String.UnicodeScalarView(letters)).lowercased() == initials(name.start..<name.end) else { return nil }
        var acronym = DiscoveredName(start: word, end: word + 1, kind: .organisation, evidence: .acronym, confidence: name.confidence)
        acronym.acronymOf = name.start..<name.end
        return acronym
    }

    /// The first letters, lowercased, of the words in `range` that are neither connectors, articles nor
    /// function words (*Banca europea per la ricostruzione e lo sviluppo* → *bers*).
    private func initials(_ range: Range<Int>) -> String {
        var letters = ""
        for index in range where tokens[index].kind == .word && !shapes.isCue(.nameConnectors, at: index)
            && !shapes.isCue(.nameArticles, at: index) && !shapes.isCue(.stopWords, at: index) {
            if let first = shapes.text(index).lowercased().unicodeScalars.first { letters.unicodeScalars.append(first) }
        }
        return letters
    }

    /// Whether a person's name stands alone on its line after a byline word (*Di Giulia Ferrante*, *By Sarah
    /// Whitfield*): the author, not an actor of the text.
    private func isByline(_ name: DiscoveredName) -> Bool {
        var first = name.start
        while first > 0 && tokens[first].gapBefore < .line && shapes.isCue(.bylineCues, at: first - 1) { first -= 1 }
        guard first < name.start, first == 0 || tokens[first].gapBefore >= .line else { return false }
        return name.end == tokens.count || tokens[name.end].gapBefore >= .line || tokens[name.end].key == ","
    }

    // MARK: Persons

    /// A known first name and the name words after it (*Maurizio Mosca*, *Sergej Lavrov*).
    private func personByFirstName(_ index: Int) -> DiscoveredName? {
        guard shapes.isNamePart(index), FirstNames.contains(shapes.text(index)),
              // A first name that is also a country (*Georgia*, *Israel*) proves nothing; a town's name (*Luca*,
              // a Maltese town in Italian) does before a name word the lexicon does not read (*Luca Benedetti*).
              !shapes.isPlace(index) || isMinorPlaceBeforeName(index), !shapes.isLexiconPerson(index) else { return nil }
        // A hyphenated first name (*Jean-Marc*) is one word: a name word must follow it.
        var firstEnd = index + 1
        while shapes.isTightMark(firstEnd, "-"), shapes.isNamePart(firstEnd + 1) { firstEnd += 2 }
        guard let end = nameEnd(from: firstEnd), end > firstEnd else { return nil }
        return person(index, end, evidence: .firstName, confidence: 0.85)
    }

    /// Whether token `index` is a place the lexicon knows, not a country nor an adjective, named by this word
    /// alone, and a name word no mention covers follows it.
    private func isMinorPlaceBeforeName(_ index: Int) -> Bool {
        guard let place = shapes.mention(at: index), place.role == .name, !place.entity.isKind(.country),
              place.start == tokens[index].start, place.end == tokens[index].end,
              shapes.isNamePart(index + 1), shapes.mention(at: index + 1) == nil else { return false }
        return shapes.joined(index, index + 1)
    }

    /// A title or a quoting word, then a name of two words or more (*il portavoce Ahmad Rahimi*, *secondo
    /// Laura Neri*, *President Jane Doe*); or a name followed by *, a senior fellow*.
    private func personAfterTitle(_ index: Int) -> DiscoveredName? {
        guard shapes.isNamePart(index), let end = nameEnd(from: index + 1), end - index >= 2 else { return nil }
        if hasTitle(before: index) || hasTitle(after: end) || hasTitleBeforeBody(index, end) {
            return person(index, end, evidence: FirstNames.contains(shapes.text(index)) ? .firstName : .title, confidence: 0.8)
        }
        return nil
    }

    /// Name words before a reporting verb, after a lowercase word or a comma (*…, Senait Berhane said*), or after
    /// a reporting verb that follows a comma or a quote (*…," said Senait Berhane*, *, ha spiegato Tesfaye
    /// Gebru*): two to four words, one of them no lexicon name, never at the sentence's start (where a capital
    /// proves nothing: *Yesterday Putin said*).
    private func personBesideReportingVerb(_ index: Int) -> DiscoveredName? {
        guard !cues.reportingVerbs.isEmpty, shapes.isNamePart(index), !opensSentence(index),
              let end = nameEnd(from: index + 1), end - index >= 2, end - index <= 4,
              (index..<end).contains(where: { shapes.mention(at: $0) == nil }),
              !(index..<end).contains(where: { shapes.mention(at: $0)?.role == .adjective }) else { return nil }
        // An article before the words makes them a body's or a paper's name (*the New York Times said*).
        let opensClause = index > 0 && (NameFinder.clauseMarks.contains(tokens[index - 1].key)
            || isLowercaseWord(index - 1) && !shapes.isAnyCue([.nameArticles, .clubArticles], at: index - 1))
        guard reportingVerb(before: index) || (opensClause && reportingVerb(at: end)) else { return nil }
        return person(index, end, evidence: .reportingVerb, confidence: 0.7)
    }

    /// A comma and the quotes that close a quotation, as keys: what a reporting verb or a name may follow.
    private static let clauseMarks: Set<String> = [",", "\"", "”", "»"]

    /// Whether a reporting verb (one key, or two) starts at token `index`, in the sentence of the token before.
    private func reportingVerb(at index: Int) -> Bool {
        guard index < tokens.count, index > 0, shapes.joined(index - 1, index), tokens[index].kind == .word else { return false }
        if cues.reportingVerbs.contains(tokens[index].key) { return true }
        return index + 1 < tokens.count && shapes.joined(index, index + 1)
            && cues.reportingVerbs.contains(tokens[index].key + " " + tokens[index + 1].key)
    }

    /// Whether a reporting verb of one or two keys ends right before token `index`, after a comma or a quote
    /// (*," said* | *Senait Berhane*, *, ha detto* | *Lusine Hakobyan*).
    private func reportingVerb(before index: Int) -> Bool {
        for length in [1, 2] where index - length - 1 >= 0 {
            let words = (index - length)..<index
            guard words.allSatisfy({ tokens[$0].kind == .word && shapes.joined($0, index) }) else { continue }
            let phrase = words.map { tokens[$0].key }.joined(separator: " ")
            if cues.reportingVerbs.contains(phrase), NameFinder.clauseMarks.contains(tokens[index - length - 1].key) { return true }
        }
        return false
    }

    /// The name, or the lexicon person it names in full (a first name before a lexicon surname).
    private func person(_ start: Int, _ end: Int, evidence: DiscoveryEvidence, confidence: Double) -> DiscoveredName? {
        // An organisation's or place's last word makes no person (*Mosca Calcio*, *Rossi Foundation*), nor does
        // a designator first (*secondo la Procura di Genova*, *ricercatrice dell'Istituto per la Democrazia*).
        if shapes.isCue(.organisationTails, at: end - 1) || shapes.isCue(.clubTails, at: end - 1)
            || shapes.isCue(.organisationHeads, at: start) { return nil }
        // Nor do name words going on into one (*secondo un rapporto dell'Arab Gulf States Institute*).
        if end < tokens.count, shapes.isCapitalised(end), shapes.joined(start, end),
           shapes.isCue(.organisationTails, at: end) || shapes.isCue(.clubTails, at: end) { return nil }
        if let last = shapes.mention(at: end - 1), last.entity.isKind(.person), last.start == tokens[end - 1].start {
            // The lexicon already names the whole span as this person: nothing to add.
            if last.start == tokens[start].start { return nil }
            // More given names than one (*Anna Maria Corazza Bildt*) make another person of that surname, and so
            // does a given name that is not the lexicon person's in another spelling (*Lilit* before the
            // surname of *Armen Grigoryan*; *Sergej* is *Sergei Lavrov*'s).
            if wordsBefore(end - 1, from: start) == 1, sharesInitial(start, last.entity) {
                return DiscoveredName(start: start, end: end, kind: .lexiconPerson(last.entity), evidence: evidence, confidence: confidence)
            }
            return DiscoveredName(start: start, end: end, kind: .person, evidence: evidence, confidence: confidence)
        }
        // A name the lexicon gives a person, an organisation or a sector in part is not a new person; a lexicon
        // surname read alone between a given name and another name word is one of the name's surnames
        // (*Paolo Ramirez Soliman* is not *Rafael Ramírez*).
        for token in start..<end {
            if let covering = shapes.mention(at: token), covering.type != .place,
               !isSurnameInside(covering, at: token, start, end) { return nil }
        }
        return DiscoveredName(start: start, end: end, kind: .person, evidence: evidence, confidence: confidence)
    }

    /// Whether `mention` is a lexicon person's surname read alone on token `index` alone, strictly inside
    /// the name `start..<end` (neither its first word nor its last).
    private func isSurnameInside(_ mention: Mention, at index: Int, _ start: Int, _ end: Int) -> Bool {
        mention.role == .short && mention.entity.isKind(.person) && index > start && index < end - 1
            && mention.start == tokens[index].start && mention.end == tokens[index].end
    }

    /// Whether the word at `index` starts with the letter the lexicon person `person`'s id starts with: the
    /// mark of one given name in two romanisations (*Sergej*, *Sergei*), unlike two people of one surname.
    private func sharesInitial(_ index: Int, _ person: EntityID) -> Bool {
        guard let letter = NameDiscoveryPass.slug(shapes.text(index)).first else { return false }
        return person.slug.first == letter
    }

    /// The words from `start` before token `end`, a hyphenated word counted once and initials not at all.
    private func wordsBefore(_ end: Int, from start: Int) -> Int {
        (start..<end).filter { index in
            tokens[index].kind == .word && shapes.text(index).unicodeScalars.count > 1
                && (index == start || !shapes.isTightMark(index - 1, "-"))
        }.count
    }

    /// One past the last token of the personal name continuing at `index`: name words, particles before a
    /// name word (*bin*, *al-*, *von*), hyphenated parts (*Kassym-Jomart*), initials (*John F. Kennedy*).
    private func nameEnd(from index: Int) -> Int? {
        var cursor = index, words = 1
        while cursor < tokens.count, words < longestName, shapes.joined(index - 1, cursor) || followsInitial(cursor) {
            if shapes.isNamePart(cursor) {
                cursor += 1
                words += 1
            } else if shapes.isTightMark(cursor, "-"), shapes.isNamePart(cursor + 1) || isSyllable(cursor + 1) {
                cursor += 2
            } else if let after = afterParticles(cursor) {
                cursor = after
                words += 1
            } else if tokens[cursor].key == ".", tokens[cursor].gapBefore == .none, cursor - 1 >= index,
                      shapes.text(cursor - 1).unicodeScalars.count == 1, shapes.isNamePart(cursor + 1) {
                cursor += 1  // the period of an initial
            } else {
                break
            }
        }
        return cursor
    }

    /// Whether token `index` follows an initial's period on the same line (*Alexus G.* | *Grynkewich*), where
    /// the sentence splitter may have seen a sentence end.
    private func followsInitial(_ index: Int) -> Bool {
        index >= 2 && index < tokens.count && tokens[index].gapBefore < .line && tokens[index - 1].key == "."
            && tokens[index - 1].gapBefore == .none && shapes.isNamePart(index - 2) && shapes.text(index - 2).unicodeScalars.count == 1
    }

    /// One past the name word after a chain of particles at `index` (*bin*, *al-*, *van der*, *de La*), or
    /// `nil` when no name word ends the chain.
    private func afterParticles(_ index: Int) -> Int? {
        var cursor = index
        while cursor < tokens.count, cursor - index < 3, shapes.isCue(.nameParticles, at: cursor),
              tokens[cursor].gapBefore < .line {
            cursor += shapes.isTightMark(cursor + 1, "-") ? 2 : 1
            if shapes.isNamePart(cursor) && tokens[cursor].gapBefore < .line { return cursor + 1 }
        }
        return nil
    }

    /// Whether token `index` is a short lowercase word after a name's hyphen: the second syllable of a
    /// Korean given name (*Sung-han*, *Jae-in*, *Ki-moon*).
    private func isSyllable(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].lineCase == .normal else { return false }
        let word = shapes.text(index).unicodeScalars
        return word.count >= 2 && word.count <= 4 && word.allSatisfy { $0.properties.isLowercase }
    }

    /// Whether a title (or a quoting word) stands within the few words before `index`, in its sentence;
    /// modifiers may sit between (*il ministro degli Esteri russo Sergej Lavrov*).
    private func hasTitle(before index: Int) -> Bool {
        var cursor = index - 1, seen = 0
        while cursor >= 0, seen < 5, shapes.joined(cursor, index) {
            let key = tokens[cursor].key
            if shapes.isCue(.personTitles, at: cursor) || shapes.isCue(.quoteCues, at: cursor) { return true }
            // A designator between (*ricercatrice dell'Istituto per la Democrazia …*): the words are its name's.
            if shapes.isCue(.organisationHeads, at: cursor) { return false }
            // The period of an abbreviated title (*Gen.*, *Dr.*) stays inside it.
            let abbreviation = key == "." && cursor > 0 && tokens[cursor].gapBefore == .none
                && shapes.isCue(.personTitles, at: cursor - 1)
            if tokens[cursor].kind == .punctuation && key != "," && key != "-" && !abbreviation { return false }
            cursor -= 1
            seen += 1
        }
        return false
    }

    /// Whether the name `index..<end` stands in apposition after a title and the body it serves (*a spokesman for
    /// the Ministry of Finance of Ethiopia, Yohannes Tekle, said*): a title, function words, a capitalised name,
    /// a comma, the name, and a comma or full stop closing the apposition.
    private func hasTitleBeforeBody(_ index: Int, _ end: Int) -> Bool {
        guard index >= 3, tokens[index - 1].key == ",", end < tokens.count, tokens[end].key == "," || tokens[end].key == "."
        else { return false }
        var cursor = index - 2, bodyStart: Int?
        while cursor >= 0, index - cursor <= 12, shapes.joined(cursor, index) {
            if shapes.isCapitalised(cursor) {
                bodyStart = cursor
            } else if !shapes.isAnyCue([.nameConnectors, .nameArticles], at: cursor) && !isTightHyphenOrApostrophe(cursor) {
                break
            }
            cursor -= 1
        }
        guard let start = bodyStart, cursor >= 0, cursor < start - 1 else { return false }
        // The words between the title and the body are function words (*for the*, *at*, *of*).
        return shapes.isCue(.personTitles, at: cursor)
            && ((cursor + 1)..<start).allSatisfy { shapes.isCue(.stopWords, at: $0) }
    }

    private func isTightHyphenOrApostrophe(_ index: Int) -> Bool {
        tokens[index].kind == .punctuation && tokens[index].gapBefore == .none && (tokens[index].key == "-" || tokens[index].key == "'")
    }

    /// Whether the name ending before `end` is followed by a comma and a title (*Jane Doe, a senior fellow at*).
    private func hasTitle(after end: Int) -> Bool {
        guard end < tokens.count, tokens[end].key == "," else { return false }
        var cursor = end + 1
        while cursor < tokens.count, cursor <= end + 4, shapes.joined(end, cursor) {
            if shapes.isCue(.personTitles, at: cursor) { return true }
            if tokens[cursor].kind == .punctuation { return false }
            cursor += 1
        }
        return false
    }

    /// The capitalised runs after an organisation designator, whether or not they are taken as one body's name
    /// (*Ministry of Roads and Transport*, *Ministry of Transport*, *Ministero dei Trasporti*), as token ranges
    /// in text order: the words inside them are a name's, never sector cues.
    func bodyNames() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].lineCase == .normal, shapes.isCapitalised(index), shapes.isCue(.organisationHeads, at: index),
                  let end = capitalisedRun(from: index, connectors: true), end > index + 1 else {
                index += 1
                continue
            }
            found.append(index..<end)
            index = end
        }
        return found
    }

    /// The events and competitions named in capitals (*European Athletics Championships*, *Africa Cup of
    /// Nations*, *Giro d'Italia*, *Coppa d'Africa*): capitalised words holding an event's word after the first
    /// (*Cup*, *Championships*), or an event's first word and the name after its connector, up to a
    /// coordinator (*… e Nigeria*). They are no organisation and no place, and no place inside one is a mention.
    func eventNames() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard let end = eventEnd(from: index) else {
                index += 1
                continue
            }
            found.append(index..<end)
            index = end
        }
        return found
    }

    /// Where the event named from token `index` ends, if one is.
    private func eventEnd(from index: Int) -> Int? {
        guard tokens[index].lineCase == .normal, shapes.isCapitalised(index) else { return nil }
        if shapes.isCue(.eventHeads, at: index), let run = capitalisedRun(from: index, connectors: true), run > index + 1 {
            return (index + 1..<run).first { shapes.isCue(.nameCoordinators, at: $0) } ?? run
        }
        guard let run = capitalisedRun(from: index, connectors: false), run > index + 1,
              (index + 1..<run).contains(where: { shapes.isCue(.eventTails, at: $0) }) else { return nil }
        return run
    }

    // MARK: Organisations and clubs

    /// A designator and the capitalised words of the name after it (*Ministry of Water Resources*,
    /// *Istituto Affari Internazionali*, *Banca d'Italia*).
    private func organisationAfterDesignator(_ index: Int) -> DiscoveredName? {
        guard shapes.isCapitalised(index), shapes.isCue(.organisationHeads, at: index),
              // *Institute in Bishkek*, *University in Cairo*: a seat, not a name (the name is before the word).
              index + 1 < tokens.count, !shapes.isCue(.seatConnectors, at: index + 1),
              var end = capitalisedRun(from: index, connectors: true), end > index + 1 else { return nil }
        let office = shapes.isCue(.officeHeads, at: index)
        if office, let listed = portfolioList(after: end) { end = listed }
        // A ministry's city is its state's capital standing for the state (*Ministero delle Finanze di Belgrado*).
        if office, let city = connector(beforeMentionEndingAt: end, from: index + 2, { $0.entity.isKind(.city) }) { end = city }
        // A body the lexicon knows after a connector is the name's parent, a mention of its own (*Gruppo di Minsk
        // dell'OSCE*, *Office of the UNHCR*).
        if let parent = connector(beforeMentionEndingAt: end, from: index + 2, { $0.type == .organisation }) { end = parent }
        guard hasOwnWord(index + 1, end) || office else { return nil }
        return DiscoveredName(start: index, end: end, kind: .organisation, evidence: .designator, confidence: 0.85)
    }

    /// One past a ministry's list of portfolios that goes on after a comma (*Ministry of Energy, Mines and
    /// Quarries*): capitalised words the lexicon does not read, then a coordinator and one more such run; `nil`
    /// when the comma does not open one (*the Ministry of Energy, Russia and China said*).
    private func portfolioList(after end: Int) -> Int? {
        guard end + 1 < tokens.count, tokens[end].key == ",", shapes.joined(end, end + 1) else { return nil }
        var cursor = end + 1
        while cursor < tokens.count, shapes.isCapitalised(cursor), shapes.mention(at: cursor) == nil, shapes.joined(end, cursor) {
            cursor += 1
        }
        guard cursor > end + 1, cursor + 1 < tokens.count, shapes.isCue(.nameCoordinators, at: cursor),
              shapes.isCapitalised(cursor + 1), shapes.mention(at: cursor + 1) == nil, shapes.joined(end, cursor + 1) else { return nil }
        var last = cursor + 1
        while last < tokens.count, shapes.isCapitalised(last), shapes.mention(at: last) == nil, shapes.joined(end, last) { last += 1 }
        return last
    }

    /// The connector's position when the run `from..<end` ends on a connector and a lexicon mention that
    /// `accepts` takes (a city, an organisation).
    private func connector(beforeMentionEndingAt end: Int, from start: Int, _ accepts: (Mention) -> Bool) -> Int? {
        guard let last = shapes.mention(at: end - 1), accepts(last), last.end == tokens[end - 1].end else { return nil }
        var first = end - 1
        while first > start, tokens[first - 1].start >= last.start { first -= 1 }
        guard tokens[first].start == last.start, shapes.isCue(.nameConnectors, at: first - 1) else { return nil }
        return first - 1
    }

    /// In a language writing organisations' names in sentence case, a designator and the lowercase words of
    /// its name (*Partito progressista serbo*, *Fondo di sviluppo dei Balcani*, *Camera di commercio
    /// italo-cinese*, *Banca europea per la ricostruzione e lo sviluppo (BERS)*): the longest run of
    /// connectors, articles after them, adjectives and nouns that ends on a country adjective, a capitalised
    /// word or right before an acronym spelling it; the first word after the designator a connector or an
    /// adjective. At most eight words.
    private func organisationInSentenceCase(_ index: Int) -> DiscoveredName? {
        guard cues.organisationNamesInSentenceCase, shapes.isCapitalised(index), shapes.isCue(.organisationHeads, at: index),
              index + 1 < tokens.count, shapes.joined(index, index + 1),
              shapes.isCue(.nameConnectors, at: index + 1) || isAdjective(index + 1)
                || shapes.isCue(.designatorComplements, at: index + 1) else { return nil }
        var cursor = index + 1, end: Int?, lowercaseWords = 0, afterCapital = false, closed = false
        // Where the words after the last sure part of the name (a capital, a country adjective, the adjective
        // after the designator) begin: a connector there may open the name's lowercase complement.
        var anchor = isAdjective(index + 1) ? index + 2 : index + 1
        while cursor < tokens.count, cursor - index <= 8, shapes.joined(index, cursor) {
            if let covering = shapes.mention(at: cursor), covering.type == .actor || covering.type == .organisation { return nil }
            if shapes.isCue(.nameConnectors, at: cursor) || (shapes.isCue(.nameArticles, at: cursor) && shapes.isCue(.nameConnectors, at: cursor - 1)) {
                cursor += 1
            } else if isCountryAdjective(cursor) {
                // After a capitalised word the adjective says whose the body is (*Ministero della Difesa russo*).
                if afterCapital { break }
                cursor += 1
                lowercaseWords += 1
                end = cursor
                anchor = cursor
            } else if shapes.isTightMark(cursor, "-"), isCountryAdjective(cursor - 1), isCountryAdjective(cursor + 1) {
                cursor += 1  // *italo-cinese*
            } else if shapes.isCapitalised(cursor), !shapes.isCue(.neverNames, at: cursor) {
                // A designator after *e* (and an article) opens the next name: *Fondo europeo per la difesa |
                // e l'Agenzia europea…*.
                if let coordinator = coordinatorOpeningName(at: cursor, after: index) {
                    cursor = coordinator
                    closed = true
                    break
                }
                // A city after a lowercase complement is the body's seat (*Centro caucasico per gli studi
                // strategici | di Tbilisi*), not its name's.
                if lowercaseWords > 0, isSeatCity(cursor) {
                    cursor -= 1
                    closed = true
                    break
                }
                cursor += 1
                // *… del Mar Ligure occidentale*: a compass adjective after the place is the name's.
                if cursor < tokens.count, shapes.isCue(.compassAdjectives, at: cursor), !shapes.isCapitalised(cursor),
                   shapes.joined(index, cursor) { cursor += 1 }
                end = cursor
                anchor = cursor
                afterCapital = true
                continue
            } else if tokens[cursor].kind == .word, tokens[cursor].lineCase == .normal, !shapes.isCue(.stopWords, at: cursor),
                      tokens[cursor].gapBefore == .space, !reportingVerb(at: cursor) {
                cursor += 1
                lowercaseWords += 1
                if spelledByAcronym(index, cursor) { end = cursor }
            } else {
                break
            }
            afterCapital = false
        }
        // A coordinated name, a seat or a reporting verb after the words closes them as punctuation does (*Fondazione
        // georgiana per gli studi strategici e internazionali | osserva…*).
        if endsComplement(from: anchor, to: cursor, of: index, closedByNextWord: closed || reportingVerb(at: cursor)) { end = cursor }
        guard let last = end, lowercaseWords > 0 else { return nil }
        return DiscoveredName(start: index, end: last, kind: .organisation, evidence: .designator, confidence: 0.75)
    }

    /// Whether the words `anchor..<cursor` after a sentence-case name's sure part are its lowercase complement,
    /// running to the punctuation or sentence end at `cursor` (*Istituto norvegese | di affari internazionali,*;
    /// *Centro nordico | per gli studi sulla difesa.*): a connector first, not a seat's (*Forze speciali | in
    /// teatri di guerra…* says where), at most three content words, one last. A verb or a function word before
    /// the punctuation (*… della difesa ha detto*) leaves the name where it was, unless `closedByNextWord` says
    /// that the word at `cursor` ends the complement as a comma does.
    private func endsComplement(from anchor: Int, to cursor: Int, of index: Int, closedByNextWord: Bool) -> Bool {
        guard cursor > anchor + 1, anchor < tokens.count, shapes.isCue(.nameConnectors, at: anchor),
              !shapes.isCue(.seatConnectors, at: anchor),
              !shapes.isCue(.nameConnectors, at: cursor - 1), !shapes.isCue(.nameArticles, at: cursor - 1),
              tokens[cursor - 1].kind == .word, !shapes.isCapitalised(cursor - 1),
              (anchor..<cursor).count(where: { !shapes.isAnyCue([.nameConnectors, .nameArticles], at: $0) }) <= 3 else { return false }
        if closedByNextWord || cursor == tokens.count || !shapes.joined(index, cursor) { return true }
        return tokens[cursor].kind == .punctuation && NameFinder.complementEnds.contains(tokens[cursor].key)
    }

    /// Whether token `index` is a city the lexicon reads, alone in its capitalised run, after a connector.
    private func isSeatCity(_ index: Int) -> Bool {
        guard shapes.isCue(.nameConnectors, at: index - 1), let city = shapes.mention(at: index),
              city.entity.isKind(.city), city.start == tokens[index].start, city.end == tokens[index].end else { return false }
        return !(index + 1 < tokens.count && shapes.isCapitalised(index + 1) && shapes.joined(index, index + 1))
    }

    /// The coordinator (*e*) before the capitalised designator at `cursor`, an article between them or not,
    /// when both lie after the designator at `index`: where a coordinated second name begins.
    private func coordinatorOpeningName(at cursor: Int, after index: Int) -> Int? {
        guard shapes.isCue(.organisationHeads, at: cursor) else { return nil }
        let coordinator = shapes.isCue(.nameArticles, at: cursor - 1) ? cursor - 2 : cursor - 1
        guard coordinator > index + 1, shapes.isCue(.nameCoordinators, at: coordinator) else { return nil }
        return coordinator
    }

    /// The marks that end a name's lowercase complement.
    private static let complementEnds: Set<String> = [",", ".", ";", ":", "(", ")", "«", "»", "\"", "!", "?"]

    /// Whether token `index` is a country adjective the lexicon reads, written in lowercase (*serbo*).
    private func isCountryAdjective(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, !shapes.isCapitalised(index),
              let mention = shapes.mention(at: index) else { return false }
        return mention.type == .place && mention.role == .adjective
    }

    /// Whether token `index` is a lowercase adjective: a country's, or a word with an adjective's ending.
    private func isAdjective(_ index: Int) -> Bool {
        if isCountryAdjective(index) { return true }
        guard tokens[index].kind == .word, tokens[index].lineCase == .normal, !shapes.isCapitalised(index),
              !shapes.isCue(.stopWords, at: index) else { return false }
        let key = tokens[index].key
        return cues.sentenceCaseAdjectiveEndings.contains { key.count > $0.count + 2 && key.hasSuffix($0) }
    }

    /// Whether a bracketed word after token `end` spells the initials of `start..<end`, in any case (*BERS*, *Filt*).
    private func spelledByAcronym(_ start: Int, _ end: Int) -> Bool {
        guard end + 2 < tokens.count, tokens[end].key == "(", tokens[end + 2].key == ")", tokens[end + 1].kind == .word else { return false }
        let spelled = initials(start..<end)
        return spelled.count >= 2 && shapes.text(end + 1).lowercased() == spelled
    }

    /// Capitalised words (an acronym among them) right after a lowercase designator or right before one, the
    /// designator outside the span: *il partito VMRO-DPMNE*, *the Georgian Dream party*. The words hold one
    /// of their own (not only places or adjectives the lexicon knows) and no person or organisation it knows.
    private func organisationBesideLowercaseDesignator(_ index: Int) -> DiscoveredName? {
        guard shapes.isCapitalised(index), !shapes.isCue(.neverNames, at: index),
              let end = capitalisedRun(from: index, connectors: true), end > index else { return nil }
        let headBefore = index > 0 && isLowercaseWord(index - 1) && shapes.joined(index - 1, index)
            && shapes.isCue(.lowercaseOrganisationHeads, at: index - 1)
            || headAndCountryAdjective(before: index)
        let tailAfter = end < tokens.count && isLowercaseWord(end) && shapes.joined(index, end)
            && shapes.isCue(.lowercaseOrganisationTails, at: end)
        guard headBefore || tailAfter else { return nil }
        // A given name first makes a person's name of the words (*the maker John Smith*), not a body's.
        if headBefore, !tailAfter, FirstNames.contains(shapes.text(index)), end - index <= 3 { return nil }
        var ownWord = false
        for token in index..<end {
            if let covering = shapes.mention(at: token) {
                if covering.type == .actor || covering.type == .organisation { return nil }
            } else if shapes.isCapitalised(token), !shapes.isCue(.genericNameWords, at: token) {
                ownWord = true
            }
        }
        guard ownWord else { return nil }
        return DiscoveredName(start: index, end: end, kind: .organisation, evidence: .designator, confidence: 0.75)
    }

    /// Whether a lowercase designator and a lowercase country adjective come right before token `index`, as
    /// Italian writes them (*la compagnia georgiana* | *Georgian Railway*): the name's kind and whose it is.
    private func headAndCountryAdjective(before index: Int) -> Bool {
        index > 1 && isCountryAdjective(index - 1) && shapes.joined(index - 2, index) && isLowercaseWord(index - 2)
            && shapes.isCue(.lowercaseOrganisationHeads, at: index - 2)
    }

    /// Whether token `index` is a word written in lowercase on a line of ordinary case.
    private func isLowercaseWord(_ index: Int) -> Bool {
        tokens[index].kind == .word && tokens[index].lineCase == .normal && !shapes.isCapitalised(index)
    }

    /// A club word and a name (*Real Madrid*, *Dinamo Kiev*).
    private func club(_ index: Int) -> DiscoveredName? {
        guard shapes.isCapitalised(index), shapes.isCue(.clubHeads, at: index),
              let end = capitalisedRun(from: index + 1, connectors: false), end > index + 1 else { return nil }
        return DiscoveredName(start: index, end: end, kind: .club, evidence: .club, confidence: 0.8)
    }

    /// A name right before a word only a sports club's name stands before (*Partizan fans*, *Lazio supporters*,
    /// *Fenerbahçe coach José Mourinho*), or right after one and a connector (*i tifosi della Lazio*): the club.
    /// A city or first-level region the lexicon reads there is the club's name, kept as an alternative; a country
    /// is its national side and stays the country; a person or a body the lexicon knows stays itself. Opening a
    /// sentence, only a place the lexicon knows is read so: *Many fans…* says nothing.
    private func clubByContext(_ index: Int) -> DiscoveredName? {
        guard shapes.isCapitalised(index), !shapes.isCue(.stopWords, at: index),
              let end = capitalisedRun(from: index, connectors: false), end - index <= 3 else { return nil }
        let contextAfter = end < tokens.count && tokens[end].gapBefore == .space && shapes.joined(index, end)
            && shapes.isCue(.clubContextsAfter, at: end) && !shapes.isCapitalised(end)
        let contextBefore = index >= 2 && shapes.isCue(.nameConnectors, at: index - 1)
            && shapes.isCue(.clubContextsBefore, at: index - 2) && shapes.joined(index - 2, index)
        guard contextAfter || contextBefore, let placeInside = placesInsideClub(index, end) else { return nil }
        if !contextBefore && !placeInside && opensSentence(index) && !isNamedMidSentence(index, end) { return nil }
        return clubName(index, end, confidence: 0.7)
    }

    /// A side named in a match's result, in a sentence that gives the score: after a match verb (*Il Napoli ha
    /// battuto la Lazio per 2-1*, *lost to Vojvodina 1-0*) or before one (*Partizan beat Vojvodina 2-0*).
    /// The score is the evidence, so a sentence's first word may be the club; places inside as for
    /// `clubByContext(_:)`. A first name makes a person, who may lose a match too (*José Mourinho ha perso…*).
    private func clubInResult(_ index: Int) -> DiscoveredName? {
        // Most capitalised words have no match verb near them: a few bit tests say so before the name is read.
        guard (max(0, index - 3)..<min(tokens.count, index + 6)).contains(where: { shapes.isCue(.matchVerbs, at: $0) }),
              shapes.isCapitalised(index), !shapes.isCue(.stopWords, at: index),
              let end = capitalisedRun(from: index, connectors: false), end - index <= 3 else { return nil }
        var verb = index - 1
        if verb >= 0, shapes.isCue(.clubArticles, at: verb) { verb -= 1 }
        if verb >= 0, shapes.isCue(.matchConnectors, at: verb) { verb -= 1 }
        let scoreAfter = isScore(at: end) || end < tokens.count && shapes.isCue(.matchConnectors, at: end) && isScore(at: end + 1)
        let afterVerb = verb >= 0 && shapes.isCue(.matchVerbs, at: verb) && shapes.joined(verb, index) && scoreAfter
        // *Il Milan di Paulo Fonseca ha battuto…*: a name after a connector is the side's coach or owner.
        let beforeVerb = !(index > 0 && shapes.isCue(.nameConnectors, at: index - 1)) && beforeMatchVerb(end)
        // The end of a longer capitalised name the rules did not read (*… Conceição ha perso*) is no side.
        guard afterVerb || beforeVerb, !followsCapitalisedWord(index), placesInsideClub(index, end) != nil,
              personByFirstName(index) == nil else { return nil }
        return clubName(index, end, confidence: 0.75)
    }

    /// Whether token `index` comes right after a capitalised word of its sentence: it continues that word's name.
    private func followsCapitalisedWord(_ index: Int) -> Bool {
        index > 0 && index < tokens.count && shapes.isCapitalised(index - 1) && shapes.joined(index - 1, index)
    }

    /// Whether a match verb follows token `end` (one function word between: *ha battuto*, *has beaten*) and a
    /// score follows it within its sentence.
    private func beforeMatchVerb(_ end: Int) -> Bool {
        var verb = end
        if verb < tokens.count, !shapes.isCue(.matchVerbs, at: verb), shapes.isCue(.stopWords, at: verb) { verb += 1 }
        guard verb < tokens.count, shapes.isCue(.matchVerbs, at: verb), shapes.joined(end, verb) else { return false }
        var cursor = verb + 1
        while cursor < tokens.count, cursor - verb <= 10, shapes.joined(verb, cursor) {
            if isScore(at: cursor) { return true }
            cursor += 1
        }
        return false
    }

    /// Whether a score starts at token `index`: a number, a hyphen or dash touching it, a number (*2-1*, *3–0*).
    private func isScore(at index: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index].kind == .number, tokens[index + 2].kind == .number,
              tokens[index + 1].kind == .punctuation, tokens[index + 1].gapBefore == .none,
              tokens[index + 2].gapBefore == .none else { return false }
        let mark = tokens[index + 1].key
        return mark == "-" || mark == "–"
    }

    /// A name followed by an apposition a club noun heads (*Red Star Belgrade, the city's other club, …*, *la
    /// Lazio, la squadra che…*); not when the noun is a possessive (*Dan Friedkin, the club's owner*) or has a
    /// complement (*a team of researchers*). After a preposition (*In Milan, the club…*) the name is the club's
    /// setting, and a sentence's first word alone is a club only if the text names it mid-sentence too
    /// (*However, the club…*).
    private func clubByApposition(_ index: Int) -> DiscoveredName? {
        // A club noun within a dozen tokens, or no apposition can end on one: bit tests before the name is read.
        guard index + 2 < tokens.count,
              (index + 2..<min(tokens.count, index + 12)).contains(where: { shapes.isCue(.clubNouns, at: $0) }),
              shapes.isCapitalised(index), !shapes.isCue(.stopWords, at: index),
              let end = capitalisedRun(from: index, connectors: false), end - index <= 4,
              end + 2 < tokens.count, tokens[end].kind == .punctuation, tokens[end].key == ",",
              shapes.isCue(.stopWords, at: end + 1), shapes.joined(index, end + 1) else { return nil }
        if index > 0, shapes.isCue(.stopWords, at: index - 1), !shapes.isCue(.clubArticles, at: index - 1),
           shapes.joined(index - 1, index) { return nil }
        var noun = end + 2
        while noun < tokens.count, noun - end <= 5, shapes.joined(end, noun), !shapes.isCue(.clubNouns, at: noun),
              tokens[noun].kind == .word || tokens[noun].kind == .clitic, !shapes.isCapitalised(noun) { noun += 1 }
        guard noun < tokens.count, shapes.isCue(.clubNouns, at: noun), shapes.joined(end, noun),
              !(noun + 1 < tokens.count && shapes.joined(noun, noun + 1)
                  && (shapes.isCue(.nameConnectors, at: noun + 1) || tokens[noun + 1].kind == .clitic)),
              let placeInside = placesInsideClub(index, end) else { return nil }
        if end - index == 1 && !placeInside && opensSentence(index) && !isNamedMidSentence(index, end) { return nil }
        return clubName(index, end, confidence: 0.7)
    }

    /// Whether tokens `start..<end` form a club's name as the lexicon sees them: `nil` when a mention other than
    /// a city's or first-level region's name covers one (a country is its national side and stays the country;
    /// a person or a body stays itself), else whether a place's name is inside.
    private func placesInsideClub(_ start: Int, _ end: Int) -> Bool? {
        var placeInside = false
        for token in start..<end {
            guard let covering = shapes.mention(at: token) else { continue }
            guard covering.type == .place, covering.role == .name, covering.entity.isKind(.city) || covering.entity.isKind(.region)
            else { return nil }
            placeInside = true
        }
        return placeInside
    }

    /// A club over tokens `start..<end`, taking the place of a lexicon mention of exactly its span.
    private func clubName(_ start: Int, _ end: Int, confidence: Double) -> DiscoveredName {
        var name = DiscoveredName(start: start, end: end, kind: .club, evidence: .club, confidence: confidence)
        name.replacesEqualSpan = true
        return name
    }

    /// Whether the words `start..<end` also stand somewhere in the text capitalised and not opening a sentence
    /// (*Galatasaray and Fenerbahçe meet … Fenerbahçe coach…*): then the capital of a sentence's first word is
    /// the name's, not the sentence's.
    ///
    /// - Complexity: O(t) in the document's tokens; asked only of a sentence's first word with other evidence.
    private func isNamedMidSentence(_ start: Int, _ end: Int) -> Bool {
        let width = end - start
        var other = 0
        while other + width <= tokens.count {
            defer { other += 1 }
            guard other != start, tokens[other].key == tokens[start].key, shapes.isCapitalised(other),
                  !opensSentence(other) else { continue }
            if (1..<width).allSatisfy({ tokens[other + $0].key == tokens[start + $0].key }) { return true }
        }
        return false
    }

    /// In languages whose cities take no article, an article before a city is a club (*la Roma ha battuto*):
    /// the city's name alone, read as the club; not before a city whose name takes one (*il Pireo*).
    private func clubAfterArticle(_ index: Int) -> DiscoveredName? {
        guard shapes.isCue(.clubArticles, at: index), index + 1 < tokens.count, shapes.isCapitalised(index + 1),
              !shapes.isCue(.placesWithArticle, at: index + 1),
              let city = shapes.mention(at: index + 1), city.entity.isKind(.city), city.start == tokens[index + 1].start,
              city.role == .name || city.role == .metonym else { return nil }
        var end = index + 2
        while end < tokens.count && tokens[end].start < city.end { end += 1 }
        // *la Milano di oggi*, *la Roma antica*: a city described, not a club.
        if end < tokens.count, shapes.isCue(.nameConnectors, at: end) || !shapes.joined(index, end) { return nil }
        if end < tokens.count, tokens[end].kind == .word, !shapes.isCapitalised(end), tokens[end].gapBefore == .space,
           shapes.mention(at: end)?.role == .adjective { return nil }
        // *Il Porto internazionale di Baku*: a designator and its adjective name a port, not the club of Porto.
        if shapes.isCue(.placeHeads, at: index + 1), end < tokens.count, shapes.joined(index, end), isAdjective(end) { return nil }
        var name = DiscoveredName(start: index + 1, end: end, kind: .club, evidence: .club, confidence: 0.7)
        name.replacesEqualSpan = true
        return name
    }

    // MARK: Places

    /// A place designator and the name after it (*distretto di Maungdaw*, *fiume Naf*, *Strait of X*,
    /// *Mount Kazbek*, *Mar del Giappone*); after an administrative word a place the lexicon knows stays alone.
    private func placeAfterDesignator(_ index: Int) -> DiscoveredName? {
        let key = tokens[index].key
        let lowercase = cues.placeHeadsMayBeLowercase || shapes.isCue(.lowercasePlaceHeads, at: index)
        guard tokens[index].kind == .word, shapes.isCue(.placeHeads, at: index),
              shapes.isCapitalised(index) || (lowercase && tokens[index].lineCase == .normal) else { return nil }
        var nameStart = index + 1
        if nameStart < tokens.count, shapes.isCue(.nameConnectors, at: nameStart) { nameStart += 1 }
        // *valico di frontiera di Torkham*: the kind of crossing, then the name.
        if nameStart + 1 < tokens.count, nameStart > index + 1, shapes.isCue(.placeHeadComplements, at: nameStart),
           shapes.isCue(.nameConnectors, at: nameStart + 1) { nameStart += 2 }
        guard nameStart < tokens.count, shapes.joined(index, nameStart), shapes.isCapitalised(nameStart),
              let end = capitalisedRun(from: nameStart, connectors: false), end > nameStart else { return nil }
        for token in nameStart..<end {
            // A person, an organisation or a sector in the name: the designator is a common word here.
            if let covering = shapes.mention(at: token), covering.type != .place { return nil }
            if shapes.isCue(.neverNames, at: token) || shapes.isCue(.organisationHeads, at: token) || shapes.isCue(.organisationTails, at: token) { return nil }
        }
        if leavesKnownPlaceAlone(key, nameStart, end) { return nil }
        return DiscoveredName(start: index, end: end, kind: .place, evidence: .designator, confidence: 0.8)
    }

    /// Capitalised words and a lowercase designator after them (*the Kurram district*, *the Torkham border
    /// crossing*, *the Doraleh terminal*): a place, the designator inside its span.
    private func placeBeforeLowercaseTail(_ index: Int) -> DiscoveredName? {
        guard shapes.isCapitalised(index), !cues.lowercasePlaceTails.isEmpty,
              let run = capitalisedRun(from: index, connectors: false), run > index else { return nil }
        var tailEnd: Int?
        for length in [2, 1] where run + length <= tokens.count {
            let words = (run..<(run + length))
            guard words.allSatisfy({ tokens[$0].kind == .word && tokens[$0].lineCase == .normal && !shapes.isCapitalised($0)
                                        && shapes.joined(index, $0) }) else { continue }
            if cues.lowercasePlaceTails.contains(words.map { tokens[$0].key }.joined(separator: " ")) {
                tailEnd = run + length
                break
            }
        }
        // The word before the designator is a name's (*Doraleh terminal*), not an acronym or a letter (*GNOME
        // terminal*, *System V terminal*: software).
        guard let end = tailEnd, shapes.isNamePart(run - 1), tokens[run - 1].byteEnd - tokens[run - 1].byteStart > 1
        else { return nil }
        for token in index..<run {
            if let covering = shapes.mention(at: token), covering.type != .place { return nil }
            if shapes.isCue(.neverNames, at: token) || shapes.isCue(.organisationHeads, at: token) || shapes.isCue(.organisationTails, at: token)
                || shapes.isCue(.genericNameWords, at: token) || shapes.isCue(.stopWords, at: token) { return nil }
        }
        if leavesKnownPlaceAlone(tokens[end - 1].key, index, run) { return nil }
        return DiscoveredName(start: index, end: end, kind: .place, evidence: .designator, confidence: 0.75)
    }

    /// Whether the designator `key` before or after the words `start..<end` only says what a place the lexicon
    /// knows is: a crossing, sea or mountain the lexicon lists (*valico di Torkham* when Torkham is the
    /// crossing), or a region or country after an administrative word (*provincia di Batken*). A city inside a
    /// unit's designator (*provincia di Kandahar*) is another place, the unit; so is a country inside a sea's
    /// name (*Mar del Giappone*).
    private func leavesKnownPlaceAlone(_ key: String, _ start: Int, _ end: Int) -> Bool {
        guard (start..<end).allSatisfy({ shapes.isPlace($0) }) else { return false }
        let inner = (start..<end).compactMap { shapes.mention(at: $0)?.entity }
        if inner.allSatisfy({ $0.isKind(.place) || $0.isKind(.sea) || $0.isKind(.landform) }) { return true }
        guard cues.administrativeDesignators.contains(key) else { return false }
        return !(cues.unitDesignators.contains(key) && inner.contains { $0.isKind(.city) })
    }

    /// Capitalised words ending in an organisation's, club's or place's last word (*Arakan Army*,
    /// *Syrian Democratic Forces*, *Leeds United*, *Swat District*); at least one word besides the last
    /// and the adjectives or places the lexicon knows.
    private func nameBeforeTail(_ index: Int) -> DiscoveredName? {
        guard shapes.isCapitalised(index), !shapes.isCue(.neverNames, at: index),
              var run = capitalisedRun(from: index, connectors: true), run - index >= 2 else { return nil }
        // A place's last word before a coordinator ends the name: *Second Thomas Shoal | and Barque Canada Reef*.
        if let tail = ((index + 1)..<run).first(where: { $0 + 1 < run && shapes.isCue(.placeTails, at: $0) && shapes.isCue(.nameCoordinators, at: $0 + 1) }) {
            run = tail + 1
        }
        // Lexicon names before a connector and an article (*follows Gaza | for the Arab Reform Initiative*) are no
        // body's first words: the name begins after them, unless a designator is among them (*Centre for the…*).
        if leadsIntoArticledName(index, run) { return nil }
        // A title, a name and a connector before the body (*Professor Abdirahman Yusuf Ali of Mogadishu
        // University*) are a person and an affiliation, read from the words after the title; *King Abdulaziz
        // University*, with no connector, stays one name.
        if shapes.isCue(.personTitles, at: index), ((index + 1)..<run).contains(where: { shapes.isCue(.nameConnectors, at: $0) }) {
            return nil
        }
        // A run going on past an organisation's last word (*Arab Gulf States Institute in Washington*) ends there.
        let end = ((index + 1)..<run).last { shapes.isCue(.organisationTails, at: $0) && shapes.mention(at: $0) == nil }
            .map { $0 + 1 } ?? run
        let whole = placeAfterTail(index, end) ?? (end < run ? complementAfterTail(end, run) ?? countryAfterTail(end, run) : nil)
        if let adjectival = nameBeforeAdjective(index, end) { return adjectival }
        // The last word belongs to a name the lexicon knows (*… Economic Union*): that name is read, not ours.
        if shapes.mention(at: end - 1) != nil { return nil }
        let own = (index..<(end - 1)).filter { shapes.isCapitalised($0) && (shapes.mention(at: $0) == nil || shapes.mention(at: $0)?.type == .sector) }
        // Places the lexicon names before the last word are the name's own words (*Africa Corps*, *Asia
        // Foundation*, *Central Asia Institute*), unless the last word is an office's (*the Russia Ministry*).
        // A country's adjective before a body's name of its own is part of it (*Georgian Institute of Politics*,
        // *Chinese Academy of Social Sciences*); before a ministry it says whose (*the Turkish Ministry of Trade*).
        let ownComplement = whole.map { $0 > end && !shapes.isCue(.officeHeads, at: end - 1) && hasOwnWord(end, $0) } ?? false
        let placesNameIt = !shapes.isCue(.officeHeads, at: end - 1) && namesPlacesOnly(index, end - 1)
        if shapes.isCue(.organisationTails, at: end - 1), !own.isEmpty || whole != nil || placesNameIt,
           hasOwnWord(index, end - 1) || ownComplement {
            return DiscoveredName(start: index, end: whole ?? end, kind: .organisation, evidence: .designator, confidence: 0.8)
        }
        if shapes.isCue(.clubTails, at: end - 1), end - index >= 2 {
            return DiscoveredName(start: index, end: end, kind: .club, evidence: .club, confidence: 0.75)
        }
        if shapes.isCue(.placeTails, at: end - 1) {
            let known = (index..<(end - 1)).allSatisfy { !shapes.isCapitalised($0) || shapes.isPlace($0) }
            if known && shapes.isCue(.administrativeDesignators, at: end - 1) { return nil }
            return DiscoveredName(start: index, end: end, kind: .place, evidence: .designator, confidence: 0.75)
        }
        return nil
    }

    /// Whether the run `index..<run` begins with capitalised words that the lexicon names, none a designator,
    /// then a connector and an article no lexicon name covers.
    private func leadsIntoArticledName(_ index: Int, _ run: Int) -> Bool {
        guard let connector = ((index + 1)..<run).first(where: { shapes.isCue(.nameConnectors, at: $0) && shapes.mention(at: $0) == nil }),
              connector + 1 < run, shapes.isCue(.nameArticles, at: connector + 1) else { return false }
        return (index..<connector).allSatisfy { token in
            shapes.mention(at: token) != nil && !shapes.isAnyCue([.organisationHeads, .organisationTails], at: token)
        }
    }

    /// A country's name opening a run of two or more capitalised words that nothing reads, mid-sentence or
    /// not (*Kazakhstan Temir Zholy*, *China Railway Express*, *Sudan Transparency and Policy Tracker*): a
    /// body's name holding its country, not the country. No given name, title or lexicon name among the
    /// words (*Pakistan Prime Minister Shehbaz Sharif*), no generic word of bodies (*U.S. Air Force* is the
    /// armed forces' domain), and nothing capitalised right before the country.
    private func organisationOpenedByCountry(_ index: Int) -> DiscoveredName? {
        // A capitalised article opening the sentence is no name word before it (*La China Railway Express…*).
        guard let country = shapes.mention(at: index), country.entity.isKind(.country), country.role == .name,
              country.start == tokens[index].start,
              !followsCapitalisedWord(index) || (shapes.isCue(.nameArticles, at: index - 1) && opensSentence(index - 1))
        else { return nil }
        var after = index + 1
        while after < tokens.count && tokens[after].start < country.end { after += 1 }
        guard after < tokens.count, shapes.joined(index, after), shapes.isCapitalised(after),
              let run = capitalisedRun(from: after, connectors: true) else { return nil }
        var own = 0
        for token in after..<run where shapes.isCapitalised(token) {
            guard shapes.mention(at: token) == nil, !FirstNames.contains(shapes.text(token)),
                  !shapes.isAnyCue([.personTitles, .neverNames, .genericNameWords], at: token) else { return nil }
            own += 1
        }
        guard own >= 2 else { return nil }
        return DiscoveredName(start: index, end: run, kind: .organisation, evidence: .nameShape, confidence: 0.55)
    }

    /// `run` when the words `tailEnd..<run` after a body's last word are one country's name, ending the run:
    /// the body's branch there (*Fulbright University Vietnam*), as a lexicon body's is (*Gazprom Armenia*).
    private func countryAfterTail(_ tailEnd: Int, _ run: Int) -> Int? {
        guard let country = shapes.mention(at: tailEnd), country.entity.isKind(.country), country.role == .name,
              country.start == tokens[tailEnd].start, country.end == tokens[run - 1].end else { return nil }
        return run
    }

    /// Whether every word of `start..<end` lies inside a place's name the lexicon reads (not an adjective's).
    private func namesPlacesOnly(_ start: Int, _ end: Int) -> Bool {
        start < end && (start..<end).allSatisfy { index in
            guard let place = shapes.mention(at: index) else { return false }
            return place.type == .place && place.role != .adjective
        }
    }

    /// Capitalised words holding a designator and words of their own, right before an acronym in brackets that
    /// the lexicon does not read (*United Nations Multidimensional Integrated Stabilization Mission in Mali
    /// (MINUSMA)*): an organisation's long form, whatever language its acronym spells. The acronym is what
    /// makes a name of words like *Mission* that alone also name exercises (*Peace Mission*); a seat after
    /// *in* belongs to the name when the bracket follows it.
    private func organisationBeforeAcronym(_ index: Int) -> DiscoveredName? {
        guard shapes.isCapitalised(index), !shapes.isCue(.neverNames, at: index),
              var end = capitalisedRun(from: index, connectors: true), end - index >= 3 else { return nil }
        if end + 1 < tokens.count, shapes.isCue(.seatConnectors, at: end), shapes.joined(index, end + 1),
           let seat = shapes.mention(at: end + 1), seat.type == .place, seat.start == tokens[end + 1].start {
            var placeEnd = end + 1
            while placeEnd < tokens.count && tokens[placeEnd].start < seat.end { placeEnd += 1 }
            if placeEnd < tokens.count, tokens[placeEnd].key == "(" { end = placeEnd }
        }
        guard end + 2 < tokens.count, tokens[end].key == "(", tokens[end + 2].key == ")", tokens[end + 1].kind == .word,
              shapes.mention(at: end + 1) == nil, shapes.joined(index, end + 1) else { return nil }
        let letters = shapes.text(end + 1).unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 3, letters.allSatisfy({ $0.properties.isUppercase }),
              (index..<end).contains(where: { shapes.isAnyCue([.organisationHeads, .organisationTails], at: $0) }),
              hasOwnWord(index, end) else { return nil }
        for token in index..<end {
            if let covering = shapes.mention(at: token), covering.type == .actor { return nil }
        }
        var name = DiscoveredName(start: index, end: end, kind: .organisation, evidence: .designator, confidence: 0.75)
        name.extendsLexiconName = true
        return name
    }

    /// One past the place that carries on an organisation's name right after its last word (`tailEnd`): its
    /// realm after *of* (*Halyk Bank of Kazakhstan*), or its seat after *in* when the name already names a
    /// place of another country than the seat's (*Arab Gulf States Institute in Washington*, not *Jamestown
    /// Foundation in Washington* nor *Kazakhstan Institute for Strategic Studies in Almaty*).
    private func placeAfterTail(_ start: Int, _ tailEnd: Int) -> Int? {
        guard tailEnd + 1 < tokens.count, shapes.joined(start, tailEnd + 1) else { return nil }
        guard shapes.isCue(.realmConnectors, at: tailEnd) || shapes.isCue(.seatConnectors, at: tailEnd),
              let place = shapes.mention(at: tailEnd + 1), place.type == .place, place.role != .adjective,
              place.start == tokens[tailEnd + 1].start else { return nil }
        var placeEnd = tailEnd + 1
        while placeEnd < tokens.count && tokens[placeEnd].start < place.end { placeEnd += 1 }
        // The place ends the name: a capitalised word after it would make it part of a longer one.
        if placeEnd < tokens.count, shapes.isCapitalised(placeEnd), tokens[placeEnd].gapBefore == .space { return nil }
        if shapes.isCue(.realmConnectors, at: tailEnd) { return placeEnd }
        guard place.entity.isKind(.city) else { return nil }
        let seat = countryOf(place.entity)
        let named = (start..<tailEnd).compactMap { index -> EntityID? in
            guard let mention = shapes.mention(at: index), mention.type == .place else { return nil }
            return mention.entity
        }
        // A region no country holds (*Gulf*, *Middle East*) is foreign to any seat.
        return !named.isEmpty && named.allSatisfy({ countryOf($0) == nil || countryOf($0) != seat }) ? placeEnd : nil
    }

    /// The run's end when the words after an organisation's last word (`tailEnd`) are a complement of its
    /// name (*Washington Institute for Near East Policy*, *Quincy Institute for Responsible Statecraft*): a
    /// connector that neither coordinates nor gives a seat, then words ending on one the lexicon does not read
    /// and holding no person or organisation it knows (*the Lowy Institute for Reuters* stops at *Institute*).
    private func complementAfterTail(_ tailEnd: Int, _ run: Int) -> Int? {
        guard tailEnd + 1 < run, shapes.isCue(.nameConnectors, at: tailEnd), !shapes.isCue(.seatConnectors, at: tailEnd),
              !shapes.isCue(.nameCoordinators, at: tailEnd) else { return nil }
        if let last = shapes.mention(at: run - 1), last.type != .sector { return nil }
        for token in (tailEnd + 1)..<run {
            if let covering = shapes.mention(at: token), covering.type == .actor || covering.type == .organisation { return nil }
        }
        return run
    }

    /// In a language writing its country adjectives in lowercase, a capitalised word and a capitalised country
    /// adjective (*Poste Italiane*) are a name: an organisation's.
    private func nameBeforeAdjective(_ index: Int, _ end: Int) -> DiscoveredName? {
        guard cues.capitalisedAdjectiveMakesName, end == index + 2, shapes.mention(at: index) == nil,
              !shapes.isCue(.genericNameWords, at: index), !FirstNames.contains(shapes.text(index)),
              let adjective = shapes.mention(at: index + 1), adjective.type == .place, adjective.role == .adjective,
              adjective.start == tokens[index + 1].start, adjective.end == tokens[index + 1].end else { return nil }
        return DiscoveredName(start: index, end: end, kind: .organisation, evidence: .designator, confidence: 0.7)
    }

    /// Whether `start..<end` holds a capitalised word of its own: a place's name (*Banca d'Italia*), or a word
    /// that is not a generic office word, not a designator and not read by the lexicon otherwise (*Risorse* in
    /// *Ministero delle Risorse Idriche*); *Forze Armate* and *Ministry of Defence* have none.
    private func hasOwnWord(_ start: Int, _ end: Int) -> Bool {
        (start..<end).contains { index in
            guard shapes.isCapitalised(index), !shapes.isCue(.genericNameWords, at: index), !shapes.isCue(.organisationHeads, at: index),
                  !shapes.isCue(.organisationTails, at: index) else { return false }
            guard let covering = shapes.mention(at: index) else { return true }
            // A sector cue inside a name is a word of the name (*Ministry of Investment*, *Counter Extremism Project*).
            return covering.type == .sector || (covering.type == .place && covering.role != .adjective)
        }
    }

    /// Whether token `index` opens its sentence and is no designator: a capital that says nothing (*Yesterday
    /// the …*), so a small word after it does not join it to a name.
    private func opensSentence(_ index: Int) -> Bool {
        guard !shapes.isCue(.organisationHeads, at: index), !shapes.isCue(.placeHeads, at: index) else { return false }
        return index == 0 || analyzed.sentenceIndex(of: tokens[index - 1].start) != analyzed.sentenceIndex(of: tokens[index].start)
    }

    /// Whether the connector at `index` coordinates a place the lexicon names before it with one after it
    /// (*Ministry of Energy of Kazakhstan and China*): the name ends at the first place, the second is the
    /// sentence's. *Ministry of Roads and Transport* goes on.
    private func coordinatesPlaces(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, shapes.isCue(.nameCoordinators, at: index),
              let before = shapes.mention(at: index - 1), before.type == .place, before.role != .adjective,
              before.end == tokens[index - 1].end,
              let after = shapes.mention(at: index + 1), after.type == .place, after.role != .adjective,
              after.start == tokens[index + 1].start else { return false }
        return true
    }

    /// Whether the connector at `index` gives a place the lexicon names as where something is (*in Almaty*):
    /// a run of name words does not go on over it (an organisation may still take it as its seat).
    private func seatsAtPlace(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, shapes.isCue(.seatConnectors, at: index),
              let place = shapes.mention(at: index + 1), place.type == .place, place.role != .adjective else { return false }
        return place.start == tokens[index + 1].start
    }

    /// Whether token `index` is a capitalised elided word inside a name (*Sant'*, *Dell'*).
    private func isCapitalisedElision(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .elision, tokens[index].lineCase == .normal else { return false }
        return shapes.text(index).unicodeScalars.first?.properties.isUppercase == true
    }

    /// One past the last token of a run of capitalised words from `index` (with connectors and elided
    /// articles between capitalised words when `connectors`), in one sentence, ten tokens at most (*Al-Ahram
    /// Center for Political and Strategic Studies*); `index` itself when none.
    private func capitalisedRun(from index: Int, connectors: Bool) -> Int? {
        var cursor = index, end = index
        while cursor < tokens.count, cursor - index < 10, cursor == index || shapes.joined(index, cursor) {
            if shapes.isCapitalised(cursor) && !shapes.isCue(.neverNames, at: cursor) {
                cursor += 1
                end = cursor
            } else if shapes.isTightMark(cursor, "-"), shapes.isCapitalised(cursor + 1) {
                cursor += 1
            } else if connectors, shapes.isCue(.nameConnectors, at: cursor) || tokens[cursor].kind == .elision,
                      cursor > index, !(cursor == index + 1 && opensSentence(index)), !coordinatesPlaces(cursor),
                      !seatsAtPlace(cursor),
                      cursor + 1 < tokens.count, shapes.isCapitalised(cursor + 1) || isCapitalisedElision(cursor + 1) {
                cursor += 1
            } else if connectors, shapes.isCue(.nameConnectors, at: cursor), !shapes.isCue(.nameCoordinators, at: cursor),
                      cursor > index,
                      !(cursor == index + 1 && opensSentence(index)), cursor + 2 < tokens.count,
                      shapes.isCue(.nameArticles, at: cursor + 1), shapes.isCapitalised(cursor + 2),
                      shapes.joined(index, cursor + 2) {
                cursor += 2  // *per la* of *Istituto per la Democrazia*
            } else if connectors, isCapitalisedElision(cursor), cursor > index, shapes.isCapitalised(cursor + 1) {
                cursor += 1  // *Sant'* of *Comunità di Sant'Egidio*
            } else {
                break
            }
        }
        return end
    }
}
