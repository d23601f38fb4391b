import Foundation
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Names the lexicon has never seen, and names inside names: persons by a first name or a title,
/// organisations and places by their designators, sports clubs. Each becomes a mention of a document-scoped
/// entity (`new:person:sergej-lavrov`) noted `not-in-lexicon` with its evidence and a confidence; a lexicon
/// name inside it (*Mosca* in *Maurizio Mosca*, *Madrid* in *Real Madrid*) is no longer linked as itself and
/// stays as an alternative (`inside-unknown-name`). A surname alone after a new person's full name links to
/// that person. A sector cue inside a name (*Roads* and *Transport* in *Ministry of Roads and Transport*,
/// found or not, *Energy* in *Ministry of Energy*) is a word of the name, not a cue, and is dropped. Runs
/// after linking, before metonymy, so a name inside a name is never read as a government.
struct NameDiscoveryPass: ResolutionPass {
    let name = "discovery"
    /// Read for the country a place lies in (an organisation's seat against the places its name carries).
    let lexicon: Lexicon?
    /// Each registered language's cues (with every language's organisation tails and seat connectors) and the
    /// keys never in a personal name: built once, not for every document.
    private let vocabularies: [Language: Vocabulary]

    /// The cues a document of one language is read with.
    private struct Vocabulary {
        let cues: NameCues
        let words: CueWords
        /// Every language's region designators and connectors, as slugs: dropped from a region's label to
        /// compare it with a city's name.
        let regionWords: Set<String>

        init(_ language: Language) {
            var cues = LanguageData.of(language).nameCues
            cues.organisationTails.formUnion(LanguageData.allOrganisationTails)
            cues.organisationHeads.formUnion(QuotedDesignators.organisationHeads)
            cues.organisationTails.formUnion(QuotedDesignators.organisationTails)
            // Names are quoted across languages (*Arab Gulf States Institute in Washington* in an Italian text).
            // So are their connectors and realms: *Export-Import Bank of China* in an Italian text keeps its *of China*.
            for other in Language.allCases {
                cues.seatConnectors.formUnion(LanguageData.of(other).nameCues.seatConnectors)
                cues.nameConnectors.formUnion(LanguageData.of(other).nameCues.nameConnectors)
                cues.realmConnectors.formUnion(LanguageData.of(other).nameCues.realmConnectors)
            }
            self.cues = cues
            regionWords = Language.allCases.reduce(into: Set<String>()) {
                let other = LanguageData.of($1).nameCues
                $0.formUnion(other.regionDesignators.union(other.nameConnectors).map { NameDiscoveryPass.slug($0) })
            }
            words = CueWords(cues, stopWords: LanguageData.allStopWords, notNameParts: NameShapes.notNameParts(cues))
        }
    }

    init(lexicon: Lexicon? = nil) {
        self.lexicon = lexicon
        vocabularies = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Vocabulary($0)) })
    }

    func apply(to state: inout ResolutionState) {
        guard state.discovery else { return }
        // A language registered after the pipeline was built is read with cues built now.
        let vocabulary = vocabularies[state.analyzed.language] ?? Vocabulary(state.analyzed.language)
        let shapes = NameShapes(state.analyzed, state.mentions, cues: vocabulary.cues, words: vocabulary.words)
        var finder = NameFinder(shapes: shapes, analyzed: state.analyzed)
        if let lexicon {
            finder.countryOf = { NameDiscoveryPass.country(of: $0, in: lexicon) }
            finder.isCompany = { lexicon[$0]?.subtype == "company" }
            finder.regionNamedAfter = { NameDiscoveryPass.region(of: $0, namedAs: $1, in: lexicon, designators: vocabulary.regionWords) }
        }
        let names = finder.names()
        var removed = mentions(of: .sector, inside: finder.bodyNames(), state).union(creditsInDatelines(shapes))
            .union(mentions(of: .place, inside: finder.eventNames(), state))
        guard !names.isEmpty || !removed.isEmpty else { return }
        var added: [Mention] = [], clubs: [Mention] = []
        var entities: [EntityID: Entity] = [:]
        for name in names {
            guard let (mention, inside) = mention(for: name, shapes, state) else { continue }
            removed.formUnion(inside)
            if case .club = name.kind, name.end - name.start == 1 { clubs.append(mention) }
            if !mention.entity.isKind(.discovered) {} else if entities[mention.entity] == nil {
                entities[mention.entity] = entity(for: mention, name)
            }
            added.append(mention)
        }
        let kept = state.mentions.indices.filter { !removed.contains($0) }.map { state.mentions[$0] }
        var merged = Mention.merged(kept, added)
        merged = SurnameLinks(persons: added.filter { $0.entity.isKind(.discovered) && entities[$0.entity]?.subtype == "person" })
            .apply(to: merged, state.analyzed)
        merged = DiscoveredNameUses(definitions: added.filter { $0.role == .acronym && $0.entity.isKind(.discovered) }, clubs: clubs)
            .apply(to: merged, state.analyzed)
        state.mentions = merged
        state.newEntities += entities.keys.sorted().map { entities[$0]! }
    }

    /// The indices of the mentions inside an agency's credit in a dateline (*BAKU, April 14 (Caspian Wire) —*):
    /// document metadata, like a byline. A dateline opens a line with a place in capitals and a comma; the credit
    /// is the bracket closed right before its dash, within the line's first dozen tokens.
    ///
    /// - Complexity: O(t) in the document's tokens.
    private func creditsInDatelines(_ shapes: NameShapes) -> Set<Int> {
        let tokens = shapes.tokens
        var inside = Set<Int>()
        for first in tokens.indices where first == 0 || tokens[first].gapBefore >= .line {
            guard let place = shapes.mention(at: first), place.type == .place, place.start == tokens[first].start,
                  isAllCapitals(place.text),
                  let open = (first..<min(tokens.count, first + 12)).first(where: { tokens[$0].key == "(" }),
                  let close = (open..<min(tokens.count, open + 6)).first(where: { tokens[$0].key == ")" }),
                  close + 1 < tokens.count, ["—", "–", "-"].contains(tokens[close + 1].key),
                  !((first + 1)...close).contains(where: { tokens[$0].gapBefore >= .line }) else { continue }
            for token in open..<close where shapes.mentionAt[token] >= 0 { inside.insert(Int(shapes.mentionAt[token])) }
        }
        return inside
    }

    private func isAllCapitals(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isUppercase } && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// The indices of the mentions of `type` inside the token ranges `names` (sector cues in a body's name,
    /// places in an event's).
    private func mentions(of type: EntityType, inside names: [Range<Int>], _ state: ResolutionState) -> Set<Int> {
        guard !names.isEmpty else { return [] }
        let tokens = state.analyzed.tokens
        let spans = names.map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end }
        var inside = Set<Int>()
        for (index, mention) in state.mentions.enumerated() where mention.type == type
            && spans.contains(where: { $0.lowerBound <= mention.start && mention.end <= $0.upperBound }) {
            inside.insert(index)
        }
        return inside
    }

    /// The mention a name becomes, and the indices of the lexicon mentions inside it; `nil` when the
    /// lexicon already reads the span: a mention of the same span, a person's or organisation's name
    /// starting where it starts (a longer name the lexicon knows the head of), or one straddling its edge.
    /// A place at its start is only part of it (*Leeds* in *Leeds United*).
    private func mention(for name: DiscoveredName, _ shapes: NameShapes, _ state: ResolutionState) -> (Mention, [Int])? {
        let tokens = state.analyzed.tokens
        let start = tokens[name.start].start, end = tokens[name.end - 1].end
        var inside: [Int] = []
        for (index, mention) in state.mentions.enumerated() where mention.start < end && start < mention.end {
            if mention.start < start && mention.end <= end && startsOnSentenceArticle(mention, name.start, shapes, state) {
                inside.append(index)
                continue
            }
            if mention.start < start || mention.end > end { return nil }
            if mention.start == start && !name.replacesEqualSpan && !name.extendsLexiconName {
                if case .lexiconPerson = name.kind {} else if mention.end == end || mention.type != .place { return nil }
            }
            inside.append(index)
        }
        let text = state.analyzed.source.slice(bytes: tokens[name.start].byteStart..<tokens[name.end - 1].byteEnd)
        let sentence = state.analyzed.sentenceIndex(of: start)
        if case let .lexiconPerson(person) = name.kind {
            var mention = Mention(start: start, end: end, text: text, type: .actor, entity: person, form: text, role: .name,
                                  sentence: sentence, notes: [.evidence(name.evidence)])
            mention.confidence = name.confidence
            return (mention, inside)
        }
        if case let .lexiconRegion(region) = name.kind {
            // The city's reading lost to the region its designator names.
            let cities = inside.map { Alternative(entity: state.mentions[$0].entity, reason: .ambiguousAlias) }
            var mention = Mention(start: start, end: end, text: text, type: .place, entity: region, form: text, role: .name,
                                  sentence: sentence, alternatives: cities, notes: [.evidence(name.evidence)])
            mention.confidence = name.confidence
            return (mention, inside)
        }
        let (type, kind): (EntityType, String) = switch name.kind {
        case .person, .lexiconPerson: (.actor, "person")
        case .organisation, .club: (.organisation, "org")
        case .place, .lexiconRegion: (.place, "place")
        }
        // An acronym defined after a discovered name is that name's entity.
        let named = name.acronymOf.map {
            state.analyzed.source.slice(bytes: tokens[$0.lowerBound].byteStart..<tokens[$0.upperBound - 1].byteEnd)
        } ?? text
        var mention = Mention(start: start, end: end, text: text, type: type,
                              entity: EntityID(.discovered, kind + ":" + NameDiscoveryPass.slug(named)), form: text,
                              role: name.acronymOf == nil ? .name : .acronym,
                              sentence: sentence,
                              // A sector cue inside is a word of the name, no candidate for it.
                              alternatives: inside.filter { state.mentions[$0].type != .sector }.map {
                                  Alternative(entity: state.mentions[$0].entity, start: state.mentions[$0].start,
                                              end: state.mentions[$0].end, reason: .insideUnknownName) },
                              notes: [.notInLexicon, .evidence(name.evidence)])
        mention.confidence = name.confidence
        return (mention, inside)
    }

    /// Whether the lexicon place `mention` starts on the function word that opens the sentence or a clause
    /// after a dash, a colon or an opening quote (a dateline's *GENOVA, 9 ottobre — La …*), right before a
    /// name's first token `nameStart` (*La Guardia* in *La Guardia di Finanza ha sequestrato…*): the article of
    /// the name, capitalised for where it stands, not a town's.
    private func startsOnSentenceArticle(_ mention: Mention, _ nameStart: Int, _ shapes: NameShapes,
                                         _ state: ResolutionState) -> Bool {
        let tokens = shapes.tokens
        guard mention.type == .place, nameStart > 0, tokens[nameStart - 1].start == mention.start,
              shapes.isCue(.stopWords, at: nameStart - 1) else { return false }
        if nameStart == 1 || NameDiscoveryPass.clauseOpeners.contains(tokens[nameStart - 2].key) { return true }
        return state.analyzed.sentenceIndex(of: tokens[nameStart - 2].start) != state.analyzed.sentenceIndex(of: tokens[nameStart - 1].start)
    }

    /// Marks after which a word is capitalised for opening a clause, not for being a name, as keys (every dash
    /// is `-` there).
    private static let clauseOpeners: Set<String> = ["-", ":", "«", "“", "\"", "("]

    private func entity(for mention: Mention, _ name: DiscoveredName) -> Entity {
        let subtype = switch name.kind {
        case .person, .lexiconPerson: "person"
        case .organisation: "organisation"
        case .club: "sports-club"
        case .place, .lexiconRegion: "place"
        }
        return Entity(id: mention.entity, type: mention.type, subtype: subtype, label: Labels(it: mention.text, en: mention.text))
    }

    /// The country `id` lies in: itself for a country, its `country` relation, else the first country it is
    /// part of (a city of a region of a country, two steps at most).
    static func country(of id: EntityID, in lexicon: Lexicon) -> EntityID? {
        if let country = id.country { return country }
        var current = id
        for _ in 0..<3 {
            guard let entity = lexicon[current] else { return nil }
            if let country = entity.relations[.country]?.first { return country }
            guard let parent = entity.relations[.partOf]?.first else { return nil }
            if parent.isKind(.country) { return parent }
            current = parent
        }
        return nil
    }

    /// The first-level region the city `id` is part of when the region's label, its designator words dropped,
    /// is the city's name `written` (*Herat Province*, *Provincia di Herat*, *Kayes* for *Kayes*), accents aside.
    static func region(of id: EntityID, namedAs written: String, in lexicon: Lexicon, designators: Set<String>) -> EntityID? {
        guard id.isKind(.city), let city = lexicon[id] else { return nil }
        let name = slug(written)
        return city.relations[.partOf]?.first { parent in
            guard parent.isKind(.region), let region = lexicon[parent] else { return false }
            return region.label.byLanguage.values.contains { label in
                slug(label).split(separator: "-").filter { !designators.contains(String($0)) }.joined(separator: "-") == name
            }
        }
    }

    /// `text` as an id slug: lowercase ASCII letters and digits, accents dropped, anything else one hyphen
    /// (*Sergej Lavrov* → `sergej-lavrov`, *Banca d'Italia* → `banca-d-italia`).
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "x" : slug
    }
}
