import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Cooperation records: two or more states named in a sentence with a sector cue, one record per sentence
/// and sector (which states, on which sector, in which sentence, and the year the sentence states).
struct CooperationPass: ResolutionPass {
    let name = "cooperation"
    /// The country of each person and armed force of the lexicon that has one, by entity id: built once,
    /// as every mention asks.
    private let countryOfActor: [EntityID: EntityID]

    init(lexicon: Lexicon) {
        var countries: [EntityID: EntityID] = [:]
        for entity in lexicon.entities where entity.subtype == "person" || entity.subtype == "armed-force" {
            if let country = entity.relations[.country]?.first { countries[entity.id] = country }
        }
        countryOfActor = countries
    }

    func apply(to state: inout ResolutionState) {
        state.cooperation = cooperation(state.mentions, in: state.analyzed)
    }

    /// One record per sentence and sector where two or more states are named.
    func cooperation(_ mentions: [Mention], in analyzed: AnalyzedText) -> [CooperationRecord] {
        var states: [Int: Set<EntityID>] = [:]
        let sectors = Mention.sectorsBySentence(mentions)
        guard !sectors.isEmpty else { return [] }
        // States matter only in sentences that name a sector.
        for index in mentions.indices where mentions[index].type != .sector && sectors[mentions[index].sentence] != nil {
            if let state = state(of: mentions[index]) { states[mentions[index].sentence, default: []].insert(state) }
        }
        var records: [CooperationRecord] = []
        for sentence in sectors.keys.sorted() {
            guard let actors = states[sentence], actors.count >= 2 else { continue }
            let year = self.year(in: sentence, analyzed)
            for sector in sectors[sentence]!.sorted() {
                records.append(CooperationRecord(actors: actors.sorted(), sector: sector, sentence: sentence, date: year))
            }
        }
        return records
    }

    /// The country a mention stands for as a state actor: a country (name or adjective), the government or
    /// armed forces of one, a capital read as a metonym, a person of that country.
    private func state(of mention: Mention) -> EntityID? {
        if mention.entity.isKind(.country) { return mention.entity }
        if let country = mention.refersTo?.country ?? mention.entity.country { return country }
        return countryOfActor[mention.entity]
    }

    /// The first year (1900–2099) sentence `index` states: its tokens found by binary search.
    private func year(in index: Int, _ analyzed: AnalyzedText) -> String? {
        let sentence = analyzed.sentences[index]
        var low = 0, high = analyzed.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if analyzed.tokens[mid].start < sentence.lowerBound { low = mid + 1 } else { high = mid }
        }
        var cursor = low
        while cursor < analyzed.tokens.count && analyzed.tokens[cursor].start < sentence.upperBound {
            let token = analyzed.tokens[cursor]
            if token.kind == .number, token.key.utf8.count == 4, let year = Int(token.key), (1900...2099).contains(year) {
                return token.key
            }
            cursor += 1
        }
        return nil
    }
}
