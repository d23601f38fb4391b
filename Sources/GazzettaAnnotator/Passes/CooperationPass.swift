import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Cooperation records grounded in the sentence: actors the text ties together (coordinated as a subject,
/// paired by *tra/between*, joined by a hyphen, one acting *con/with* the other, coordinated beside a joint
/// word) in a sentence with a sector cue; one record per sentence, sector and actor set. The rules are those
/// of Corpus/README.md, "Cooperation records"; the words they read are each language's `CooperationCues`.
/// Actors merely named in the same sentence make no record.
struct CooperationPass: ResolutionPass {
    let name = "cooperation"
    /// The country of each person, armed force and national body of the lexicon that has one, by lexicon
    /// position: built once, as every mention asks (an integer key: no string hashed per mention).
    private let countryOfActor: [Int32: EntityID]
    private let lexicon: Lexicon
    /// Each sector's CAMEO and CRS codes, by id.
    private let sectorCodes: [EntityID: (cameo: String?, crs: String?)]

    /// Subtypes of organisations that act for their country (a ministry, a security service).
    static let nationalBodies: Set<String> = ["ministry", "military-body", "security-service", "government", "armed-force"]

    init(lexicon: Lexicon) {
        var countries: [Int32: EntityID] = [:]
        var codes: [EntityID: (String?, String?)] = [:]
        for position in lexicon.entities.positions(having: .isSector) {
            let entity = lexicon.entities[position]
            codes[entity.id] = (entity.codes["cameo"], entity.codes["crs"])
        }
        for position in lexicon.entities.positions(having: .bodyOfCountry) {
            let entity = lexicon.entities[position]
            guard entity.subtype == "person" || CooperationPass.nationalBodies.contains(entity.subtype) else { continue }
            if let country = entity.relations[.country]?.first { countries[Int32(position)] = country }
        }
        countryOfActor = countries
        self.lexicon = lexicon
        sectorCodes = codes
    }

    func apply(to state: inout ResolutionState) {
        state.cooperation = cooperation(state.mentions, in: state.analyzed)
    }

    /// An actor mention of a sentence: the mention's index, the actor it counts as, its tokens.
    struct ActorMention {
        let mention: Int
        let actor: EntityID
        let tokens: Range<Int>
    }

    /// The records of every sentence that names a sector.
    func cooperation(_ mentions: [Mention], in analyzed: AnalyzedText) -> [CooperationRecord] {
        let sectors = Mention.sectorsBySentence(mentions)
        guard !sectors.isEmpty else { return [] }
        let coverage = TokenCoverage(mentions, analyzed.tokens)
        var actorsBySentence: [Int: [ActorMention]] = [:]
        var cuesBySentence: [Int: [(mention: Int, tokens: Range<Int>)]] = [:]
        for index in mentions.indices where sectors[mentions[index].sentence] != nil {
            if mentions[index].type == .sector {
                cuesBySentence[mentions[index].sentence, default: []].append((index, coverage.tokenRanges[index]))
                continue
            }
            guard let actor = actor(of: mentions[index]), !coverage.tokenRanges[index].isEmpty else { continue }
            actorsBySentence[mentions[index].sentence, default: []]
                .append(ActorMention(mention: index, actor: actor, tokens: coverage.tokenRanges[index]))
        }
        let cues = LanguageData.of(analyzed.language).cooperationCues
        // Joint words count inside a sector cue (*esercitazioni congiunte*), never inside a name.
        let names = TokenCoverage(mentions.filter { $0.type != .sector }, analyzed.tokens)
        var records: [CooperationRecord] = []
        for sentence in cuesBySentence.keys.sorted() {
            guard let actors = actorsBySentence[sentence], Set(actors.map(\.actor)).count >= 2 else { continue }
            let reader = SentenceReader(analyzed: analyzed, sentence: sentence, cues: cues, covered: names.covered,
                                        sectorCues: cuesBySentence[sentence]!)
            let ties = reader.ties(actors)
            guard !ties.isEmpty else { continue }
            records += self.records(ties, mentions, reader)
        }
        return records
    }

    /// One record per sector of the sentence and tied actor set.
    private func records(_ ties: [SentenceReader.TiedActors], _ mentions: [Mention], _ reader: SentenceReader) -> [CooperationRecord] {
        var records: [CooperationRecord] = []
        var seen: Set<[EntityID]> = []
        let date = reader.year()
        for tied in ties {
            let actors = Set(tied.actors.map(\.actor.actor)).sorted()
            guard actors.count >= 2, seen.insert(actors).inserted else { continue }
            var firstCue: [EntityID: Int] = [:]
            for cue in reader.sectors(near: tied, actorTokens: tied.actors.map(\.actor.tokens)) where firstCue[mentions[cue].entity] == nil {
                firstCue[mentions[cue].entity] = cue
            }
            let participants = tied.actors.map { item in
                let mention = mentions[item.actor.mention]
                return CooperationParticipant(actor: item.actor.actor, via: mention.entity == item.actor.actor ? nil : mention.entity,
                                              role: item.role, start: mention.start, end: mention.end)
            }
            for sector in firstCue.keys.sorted() {
                // Cooperation the clause negates (*non hanno mai firmato*, *have not signed*) makes no record.
                guard !reader.negates(tied, cue: firstCue[sector]!) else { continue }
                let cue = mentions[firstCue[sector]!]
                let polarity = reader.polarity(sector: sector)
                let codes = sectorCodes[sector]
                records.append(CooperationRecord(
                    actors: actors, sector: sector, sentence: reader.sentence, date: date, participants: participants,
                    polarity: polarity, cue: Span(start: cue.start, end: cue.end), tie: tied.tie,
                    evidence: Span(start: reader.range.lowerBound, end: reader.range.upperBound),
                    cameo: CooperationPass.cameo(polarity, sector: codes?.cameo), crs: codes?.crs))
            }
        }
        return records
    }

    /// The event code of a record: the sector's for cooperation, else the polarity's (CAMEO 163 impose
    /// sanctions, 160 reduce relations, 190 use conventional military force).
    static func cameo(_ polarity: CooperationPolarity, sector: String?) -> String? {
        switch polarity {
        case .cooperation: return sector
        case .sanctions: return "163"
        case .tension: return "160"
        case .conflict: return "190"
        }
    }

    /// The actor a mention counts as: a state (a country, its adjective, its government or armed forces, a
    /// capital read as a metonym, a person or national body of that country), else an organisation itself.
    func actor(of mention: Mention) -> EntityID? {
        if mention.type == .sector { return nil }
        if mention.entity.isKind(.country) { return mention.entity }
        if let country = mention.refersTo?.country ?? mention.entity.country { return country }
        if !countryOfActor.isEmpty, let position = lexicon.locate(mention.entity),
           let country = countryOfActor[Int32(position)] { return country }
        if mention.type == .organisation { return mention.entity }
        return nil
    }
}
