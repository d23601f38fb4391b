import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// The first pass: turns raw matches into mentions. Picks one entity per match by the document's context,
/// applies the antecedent rule of short names, and keeps the losing candidates as alternatives.
struct LinkingPass: ResolutionPass {
    let name = "linking"
    let lexicon: Lexicon
    /// Each language's titles of office as keys, with the role each names (`LanguageData.roleTitleKeys`).
    private let titles: [Language: [(keys: [String], role: String)]]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        titles = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, LanguageData.of($0).roleTitleKeys) })
    }

    func apply(to state: inout ResolutionState) {
        state.mentions = link(state.matches, in: state.analyzed, date: state.date)
    }

    /// A match's candidates, one per entity, with the pattern that brought each and its entity (read from the
    /// lexicon once: a compiled lexicon decodes an entity when it is first read).
    private struct Candidate {
        var pattern: Pattern
        let entity: Entity
        var alias: Alias { entity.aliases[Int(pattern.alias)] }

        init(entities: EntityTable, pattern: Pattern) {
            self.pattern = pattern
            entity = entities[Int(pattern.entity)]
        }
    }

    /// One mention per match, linked to its best candidate.
    private func link(_ matches: [Match], in analyzed: AnalyzedText, date: DayDate?) -> [Mention] {
        // One entity per match is the common case: candidate lists are built only for the matches that name
        // several, and the document's context only when there are some.
        let ambiguous = matches.indices.filter { LinkingPass.namesSeveral(matches[$0]) }
        let context = ambiguous.isEmpty ? [:] : documentContext(matches)
        var lastFull: [Int32: Int] = [:]  // entity index → index of its latest full mention
        var mentions: [Mention] = []
        mentions.reserveCapacity(matches.count)
        var nextAmbiguous = 0
        // By index: iterating the arrays would copy every match and candidate list.
        for position in matches.indices {
            let chosen: Candidate
            var rivals: ArraySlice<Candidate> = []
            if nextAmbiguous < ambiguous.count && ambiguous[nextAmbiguous] == position {
                nextAmbiguous += 1
                let ranked = rankedCandidates(matches[position], lastFull: lastFull, context: context, date: date,
                                              in: analyzed)
                guard let best = ranked.first else { continue }
                chosen = best
                rivals = ranked.dropFirst()
            } else {
                // One candidate: nothing to filter but the antecedent rule, nothing to rank.
                chosen = Candidate(entities: lexicon.entities, pattern: matches[position].patterns[0])
                guard !chosen.alias.needsAntecedent || lastFull[chosen.pattern.entity] != nil
                        || followsTitle(matches[position], of: chosen.entity, analyzed) else { continue }
            }
            let match = matches[position]
            let tokens = analyzed.tokens
            let (first, last) = (match.tokenStart, match.tokenEnd - 1)
            let entity = chosen.entity
            if entity.type == .sector, LinkingPass.isInsideNotCuePhrase(first..<(last + 1), analyzed) { continue }
            let alias = entity.aliases[Int(chosen.pattern.alias)]
            let mention = Mention(
                start: tokens[first].start, end: tokens[last].end,
                text: analyzed.source.slice(bytes: tokens[first].byteStart..<tokens[last].byteEnd),
                type: entity.type, entity: lexicon.id(at: Int(chosen.pattern.entity)), form: alias.form, role: alias.role,
                sentence: analyzed.sentenceIndex(of: tokens[first].start),
                alternatives: alternatives(rivals, match, chosen, tokens),
                notes: notes(match, analyzed))
            // A full name, or a short one its title let through (*President Marcos*), is what later short
            // names link back to.
            if alias.role != .short || (alias.needsAntecedent && lastFull[chosen.pattern.entity] == nil) {
                lastFull[chosen.pattern.entity] = mentions.count
            }
            mentions.append(mention)
        }
        return mentions
    }

    /// Whether the words right before `match`, on its line, are the title of an office `entity` held
    /// (*President Marcos*, *il presidente Marcos*): a short name after its holder's title needs no full name
    /// first. - Complexity: O(t) in the language's titles; asked only of short names with no antecedent.
    private func followsTitle(_ match: Match, of entity: Entity, _ analyzed: AnalyzedText) -> Bool {
        guard !entity.roles.isEmpty, let titles = titles[analyzed.language] else { return false }
        let tokens = analyzed.tokens, start = match.tokenStart
        guard tokens[start].gapBefore < .line else { return false }
        return titles.contains { title in
            let first = start - title.keys.count
            guard first >= 0, entity.roles.contains(where: { $0.role == title.role }) else { return false }
            return title.keys.indices.allSatisfy { offset in
                tokens[first + offset].key == title.keys[offset] && (offset == 0 || tokens[first + offset].gapBefore < .line)
            }
        }
    }

    /// Whether the tokens `cue` end one of the language's phrases that name no sector (*gas tariffs*, *capo
    /// dell'intelligence*) or begin one of those that begin on a cue (*intelligence chief*).
    ///
    /// - Complexity: O(p · w) for p phrases of w words; nothing when the language lists none.
    private static func isInsideNotCuePhrase(_ cue: Range<Int>, _ analyzed: AnalyzedText) -> Bool {
        let language = LanguageData.of(analyzed.language)
        let tokens = analyzed.tokens
        func matches(_ phrase: [String], from start: Int) -> Bool {
            phrase.count > cue.count && start >= 0 && start + phrase.count <= tokens.count
                && phrase.indices.allSatisfy { tokens[start + $0].key == phrase[$0] }
        }
        return language.notCuePhrases.contains { matches($0, from: cue.upperBound - $0.count) }
            || language.notCueHeadPhrases.contains { matches($0, from: cue.lowerBound) }
    }

    /// Whether a match's patterns name more than one entity.
    private static func namesSeveral(_ match: Match) -> Bool {
        match.patterns.count > 1 && match.patterns.contains { $0.entity != match.patterns[0].entity }
    }

    /// An ambiguous match's candidates, best first: those the antecedent rule lets through, then (for
    /// surnames) the one named last, those valid on the date, and ranked by the document's context.
    private func rankedCandidates(_ match: Match, lastFull: [Int32: Int], context: [EntityID: Int], date: DayDate?,
                                  in analyzed: AnalyzedText) -> [Candidate] {
        let language = analyzed.language
        var candidates = candidates(match).filter {
            !$0.alias.needsAntecedent || lastFull[$0.pattern.entity] != nil || followsTitle(match, of: $0.entity, analyzed)
        }
        guard !candidates.isEmpty else { return [] }
        if candidates.allSatisfy(\.alias.needsAntecedent) {
            // A surname shared by several people named before: the one named last (one let through by its
            // title alone last of all).
            candidates.sort { lastFull[$0.pattern.entity] ?? -1 > lastFull[$1.pattern.entity] ?? -1 }
        }
        if let date {
            let current = candidates.filter { isValid($0.entity, on: date) }
            if !current.isEmpty { candidates = current }
        }
        return candidates.allSatisfy(\.alias.needsAntecedent) ? candidates : rank(candidates, context: context, language: language)
    }

    /// The readings a reviewer may prefer: the other candidates, and the shorter names the match overlapped.
    private func alternatives(_ rivals: ArraySlice<Candidate>, _ match: Match, _ chosen: Candidate, _ tokens: [Token]) -> [Alternative] {
        if rivals.isEmpty && match.overlapped.isEmpty { return [] }
        var alternatives = rivals.map { Alternative(entity: $0.entity.id, reason: .ambiguousAlias) }
        // A surname inside a full name (Xu in Xu Qiliang) is no rival reading: it needs that name first.
        for inner in match.overlapped where inner.entity != chosen.pattern.entity
            && !lexicon.entities[Int(inner.entity)].aliases[Int(inner.alias)].needsAntecedent {
            alternatives.append(Alternative(entity: lexicon.entities.id(at: Int(inner.entity)), start: tokens[inner.tokenStart].start,
                                            end: tokens[inner.tokenEnd - 1].end, reason: .overlap))
        }
        return alternatives
    }

    /// What a reviewer should know about how the match was read.
    private func notes(_ match: Match, _ analyzed: AnalyzedText) -> [MentionNote] {
        if match.typoToken == nil && analyzed.tokens[match.tokenStart..<match.tokenEnd].allSatisfy({ $0.repairs.isEmpty }) { return [] }
        var notes: [MentionNote] = []
        if match.typoToken != nil { notes.append(.typo) }
        let repairs = analyzed.tokens[match.tokenStart..<match.tokenEnd].reduce(Token.Repair()) { $0.union($1.repairs) }
        if repairs.contains(.missingApostrophe) { notes.append(.repairedApostrophe) }
        if repairs.contains(.joined) { notes.append(.repairedJoin) }
        return notes
    }

    /// A match's candidates, one per entity, each with the first pattern that names it.
    private func candidates(_ match: Match) -> [Candidate] {
        var seen: Set<Int32> = []
        var result: [Candidate] = []
        for pattern in match.patterns where seen.insert(pattern.entity).inserted {
            result.append(Candidate(entities: lexicon.entities, pattern: pattern))
        }
        return result
    }

    /// How often each entity, and the entities it belongs to, is named without ambiguity in the document.
    private func documentContext(_ matches: [Match]) -> [EntityID: Int] {
        var counts: [EntityID: Int] = [:]
        for match in matches where !LinkingPass.namesSeveral(match) {
            let only = Candidate(entities: lexicon.entities, pattern: match.patterns[0])
            guard !only.alias.needsAntecedent else { continue }
            let entity = only.entity
            counts[entity.id, default: 0] += 1
            for key in [Relation.country, .partOf] {
                for related in entity.relations[key] ?? [] { counts[related, default: 0] += 1 }
            }
        }
        return counts
    }

    /// Candidates best first: named elsewhere in the document (directly or through what they belong to),
    /// then written in the document's language, then lexicon order.
    ///
    /// The score: the candidate named in the document, or something inside it (*Atlanta* for the US state
    /// *Georgia*, *Tbilisi* for the country), counts four times what the candidate lies in being named (the
    /// US, for the state); then the document's language. Ties go to a larger kind of place (a country before
    /// a region, a region before a city), then to the larger population (the lexicon's prior), then to lexicon
    /// order. Last, a city named like the region it lies in goes before the region (*Rio de Janeiro*, *San Paolo*,
    /// *Kabul*) unless the document names the region unambiguously elsewhere: the bare name means the city, and
    /// the importer already leaves it to the city wherever the region has a name of its own (*Oblast' di Odessa*).
    private func rank(_ candidates: [Candidate], context: [EntityID: Int], language: Language) -> [Candidate] {
        func score(_ candidate: Candidate) -> Int {
            var score = context[candidate.entity.id, default: 0] * 4
            for key in [Relation.country, .partOf] {
                for related in candidate.entity.relations[key] ?? [] { score += context[related, default: 0] }
            }
            if candidate.alias.language == language { score += 1 }
            return score
        }
        let ranked = candidates.enumerated()
            .sorted { (a, b) in
                let (sa, sb) = (score(a.element), score(b.element))
                if sa != sb { return sa > sb }
                let (ka, kb) = (LinkingPass.placeRank(a.element.entity.id), LinkingPass.placeRank(b.element.entity.id))
                if ka != kb { return ka > kb }
                let (pa, pb) = (a.element.entity.population ?? -1, b.element.entity.population ?? -1)
                return pa != pb ? pa > pb : a.offset < b.offset
            }
            .map(\.element)
        return LinkingPass.cityBeforeItsRegion(ranked, context: context)
    }

    /// When a region comes first and a city that lies in it is also a candidate, the city moves to the front,
    /// unless the document names the region unambiguously elsewhere.
    private static func cityBeforeItsRegion(_ ranked: [Candidate], context: [EntityID: Int]) -> [Candidate] {
        guard let first = ranked.first, first.entity.id.kind == .region, context[first.entity.id, default: 0] == 0,
              let city = ranked.firstIndex(where: { liesIn($0.entity, first.entity) }) else { return ranked }
        var reordered = ranked
        reordered.insert(reordered.remove(at: city), at: 0)
        return reordered
    }

    /// Whether `inner` is a city that lies in `outer` (`partOf`).
    private static func liesIn(_ inner: Entity, _ outer: Entity) -> Bool {
        inner.id.kind == .city && (inner.relations[.partOf]?.contains(outer.id) ?? false)
    }

    /// How large a kind of place is, for ranking namesakes: countries 2, regions (and seas, landforms) 1, other 0.
    private static func placeRank(_ id: EntityID) -> Int {
        switch id.kind {
        case .country: return 2
        case .region, .sea, .landform: return 1
        case .city, .place, .government, .military, .person, .organisation, .sector, .discovered, nil: return 0
        }
    }

    private func isValid(_ entity: Entity, on date: DayDate) -> Bool {
        if let from = entity.validFrom, date < from { return false }
        if let to = entity.validTo, date > to { return false }
        return true
    }

}
