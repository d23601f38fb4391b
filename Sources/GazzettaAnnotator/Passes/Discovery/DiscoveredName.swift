import GazzettaModel

/// A name the lexicon lacks, found by evidence: its tokens, what it is, and why it was read so.
struct DiscoveredName: Sendable {
    /// What the name is.
    enum Kind: Sendable {
        case person, organisation, club, place
        /// A first name before a surname the lexicon knows as a person's (*Sergej* before *Lavrov*): the
        /// lexicon's person, named in full.
        case lexiconPerson(EntityID)
        /// A city the lexicon knows beside a designator of the region named after it (*the Kayes Region*): the
        /// lexicon's region, on the city's tokens.
        case lexiconRegion(EntityID)
    }

    /// The name's first token.
    var start: Int
    /// One past its last token.
    var end: Int
    var kind: Kind
    var evidence: DiscoveryEvidence
    /// How sure the reading is, 0…1.
    var confidence: Double
    /// For an acronym defined in brackets after a discovered name, that name's tokens: the acronym links to
    /// the name's entity.
    var acronymOf: Range<Int>?
    /// Whether the name may replace a lexicon mention of exactly its span (*la Roma*: the club, not the city).
    var replacesEqualSpan = false
    /// Whether the name goes on past a lexicon name it starts with (*Gazprom* of *Gazprom Armenia*), which is
    /// then kept inside it as an alternative.
    var extendsLexiconName = false
}
