import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Reads a capital or seat of power named as such (*Pechino ha firmato*, *the Kremlin said*) as standing for
/// the actor it is the seat of (`seatOf`): role `metonym`, `refersTo` that actor. A place after a locative
/// preposition (*a Pechino*, *in Moscow*) stays a place, and so does a dateline (*ROMA, 3 marzo —*, *BEIJING —*):
/// a place at the start of a line followed by a comma or a dash says where the story was filed, and a country
/// there whose capital bears its name is that capital (*DJIBOUTI —*).
struct MetonymyPass: ResolutionPass {
    let name = "metonymy"
    /// The actor each seat stands for, by the seat's lexicon position: few entities have one, and every name
    /// mention asks (an integer key, not the id's string, so the question costs no string hashing).
    private let seats: [Int32: EntityID]
    private let lexicon: Lexicon

    init(lexicon: Lexicon) {
        var seats: [Int32: EntityID] = [:]
        for position in lexicon.entities.positions(having: .isSeat) {
            if let seat = lexicon.entities[position].relations[.seatOf]?.first { seats[Int32(position)] = seat }
        }
        self.seats = seats
        self.lexicon = lexicon
    }

    /// The actor the mention's entity is the seat of.
    private func actor(seatedIn entity: EntityID) -> EntityID? {
        guard !seats.isEmpty, let position = lexicon.locate(entity) else { return nil }
        return seats[Int32(position)]
    }

    /// - Complexity: O(t + m): one sweep over tokens and mentions, both in text order.
    func apply(to state: inout ResolutionState) {
        let analyzed = state.analyzed
        let language = LanguageData.of(analyzed.language)
        let (locatives, governors) = (language.locativePrepositions, language.recipientGovernors)
        var cursor = 0
        for index in state.mentions.indices where state.mentions[index].role == .name {
            let start = state.mentions[index].start
            while cursor < analyzed.tokens.count && analyzed.tokens[cursor].start < start { cursor += 1 }
            if state.mentions[index].entity.isKind(.country), isDateline(state.mentions[index], cursor, analyzed) {
                fileInNamesakeCapital(&state.mentions[index])
                continue
            }
            guard !seats.isEmpty, let seat = actor(seatedIn: state.mentions[index].entity) else { continue }
            guard !isLocative(before: cursor, in: analyzed, locatives, governors), !isDateline(state.mentions[index], cursor, analyzed) else { continue }
            state.mentions[index].role = .metonym
            state.mentions[index].refersTo = seat
        }
    }

    /// Links a dateline naming a country to the country's capital when the capital bears the country's name
    /// (*DJIBOUTI —*, *KUWAIT, 3 May —*: the story was filed in Djibouti City, Kuwait City), the country kept as
    /// the alternative; a dateline naming a country of another capital (*UKRAINE —*) stays the country.
    private func fileInNamesakeCapital(_ mention: inout Mention) {
        guard let country = lexicon[mention.entity], let capital = country.relations[.capital]?.first,
              let city = lexicon[capital], let name = country.label.byLanguage[.english],
              let cityName = city.label.byLanguage[.english], cityName != name,
              cityName.split(separator: " ").contains(Substring(name)) else { return }
        mention.alternatives.insert(Alternative(entity: mention.entity, reason: .ambiguousAlias), at: 0)
        mention.entity = capital
    }

    /// Whether the mention starting at token `index` opens its line and a comma or a dash follows it.
    private func isDateline(_ mention: Mention, _ index: Int, _ analyzed: AnalyzedText) -> Bool {
        let tokens = analyzed.tokens
        guard index < tokens.count, index == 0 || tokens[index].gapBefore >= .line else { return false }
        var next = index
        while next < tokens.count && tokens[next].start < mention.end { next += 1 }
        guard next < tokens.count, tokens[next].kind == .punctuation else { return false }
        return MetonymyPass.datelineMarks.contains(tokens[next].key)
    }

    /// What follows a dateline's place: a comma before the date, or a dash before the story.
    private static let datelineMarks: Set<String> = [",", "—", "–", "-", ":"]

    /// Whether the token before `index` (in the same sentence) is a locative preposition of the language, and
    /// not one that brings a recipient after a word that governs one (*il sostegno a Mosca*).
    private func isLocative(before index: Int, in analyzed: AnalyzedText, _ locatives: Set<String>, _ governors: Set<String>) -> Bool {
        guard index > 0, index < analyzed.tokens.count else { return false }
        let previous = analyzed.tokens[index - 1]
        guard analyzed.sentenceIndex(of: previous.start) == analyzed.sentenceIndex(of: analyzed.tokens[index].start) else { return false }
        guard locatives.contains(previous.key) else { return false }
        return index < 2 || !governors.contains(analyzed.tokens[index - 2].key)
    }
}
