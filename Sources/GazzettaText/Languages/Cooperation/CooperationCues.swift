/// The words of one language that tie two actors together in a cooperation record, and those that say
/// whether the relation is cooperation, tension or conflict. All are matching keys (folded, lower case).
///
/// The record rules that read them are in `CooperationPass` (Corpus/README.md, "Cooperation records").
public struct CooperationCues: Sendable, Hashable {
    /// Words that coordinate two actors: *e*, *and* (a hyphen or dash between two names, *Mosca-Pechino*,
    /// coordinates in every language).
    public let coordinators: Set<String>
    /// Words that open a pair, *tra X e Y*, *between X and Y*.
    public let between: Set<String>
    /// Word sequences that join a partner to an initiator, *X … con Y*, *insieme a*, *X … with Y*.
    public let with: [[String]]
    /// Words that say the action is shared or name a relation, *congiunto*, *bilaterale*, *accordo*, *rapporti*,
    /// *joint*, *agreement*, *ties*.
    public let joint: Set<String>
    /// Articles and determiners skipped between a cue word and the actor it introduces (*tra la Cina e la Russia*).
    public let articles: Set<String>
    /// Prepositions: an actor after one is a complement (*the frontier with Afghanistan*, *da Russia e Cina*),
    /// neither a subject nor an initiator.
    public let prepositions: Set<String>
    /// Possessives of one owner (*its*, *his*, *suo*, *sua*): a sector cue right after one names that actor's
    /// own field (*its energy infrastructure*), not one the record's actors share.
    public let ownerPossessives: Set<String>
    /// Prepositions naming whom a clause's subject serves (*per*, *for*): in *per il Tagikistan la collaborazione
    /// con la Cina*, the actor after one holds the shared field the *con/with* phrase follows.
    public let beneficiary: Set<String>
    /// Words besides the coordinators that open a clause (*mentre*, *while*): a coordination after one can
    /// be its subject.
    public let clauseOpeners: Set<String>
    /// Words of time (*anni*, *allora*, *years*, *then*): a phrase of a preposition and one of them before a
    /// coordination (*Da anni Cina e Kazakhstan…*, *For years China and Kazakhstan…*) is an adverbial, and the
    /// coordination after it is still the clause's subject. The language's month names are among them.
    public let timeWords: Set<String>
    /// Words that make a record's polarity `tension` (*tensioni*, *dispute*).
    public let tension: Set<String>
    /// Words that make a record's polarity `conflict` (*guerra*, *attacked*).
    public let conflict: Set<String>
    /// Phrases holding a tension or conflict word that say nothing of a quarrel between the actors: exercises
    /// named for war (*giochi di guerra*, *war games*) are cooperation.
    public let polarityExceptions: [[String]]
    /// Words that negate the verb or noun after them (*non*, *mai*, *né*, *not*, *never*, *no*, *nor*): a record
    /// whose actors and sector cue have one between them (*non hanno mai firmato*, *have not signed … any
    /// agreement*) reports cooperation that did not happen, and is not made.
    public let negators: Set<String>
    /// Endings that make a word a negator (*n't*: *haven't*, *didn't*).
    public let negatorEndings: [String]
    /// Phrases holding a negator that negate nothing (*non solo*, *not only*, *più che mai*).
    public let negationExceptions: [[String]]
    /// Words saying a third party mediates between a pair (*mediato*, *mediazione*, *mediation*, *brokered*): the
    /// actor that mediates *tra X e Y*, *between X and Y* is an actor of their record, role `mediator`.
    public let mediation: Set<String>
    /// Words by which one actor acts on another (sells to, buys from, imposes sanctions on): the actor before the
    /// word initiates, the actor after the cue's preposition is the partner.
    public let directed: [DirectedCue]
    /// Whether a country adjective follows the noun it qualifies (Italian *forze armate russe e cinesi*); if not
    /// it comes before (*Chinese and Russian armed forces*): which side of a coordination shares the noun.
    public let adjectivesFollowTheirNoun: Bool

    /// Cues; everything defaults to empty (a language without them makes records only from compounds and
    /// dashes).
    public init(coordinators: Set<String> = [], between: Set<String> = [], with: [[String]] = [], joint: Set<String> = [],
                articles: Set<String> = [], prepositions: Set<String> = [], ownerPossessives: Set<String> = [], beneficiary: Set<String> = [],
                clauseOpeners: Set<String> = [], timeWords: Set<String> = [],
                tension: Set<String> = [], conflict: Set<String> = [], polarityExceptions: [[String]] = [],
                negators: Set<String> = [], negatorEndings: [String] = [],
                negationExceptions: [[String]] = [], mediation: Set<String> = [], directed: [DirectedCue] = [],
                adjectivesFollowTheirNoun: Bool = false) {
        self.coordinators = coordinators
        self.between = between
        self.with = with
        self.joint = joint
        self.articles = articles
        self.prepositions = prepositions
        self.ownerPossessives = ownerPossessives
        self.beneficiary = beneficiary
        self.clauseOpeners = clauseOpeners
        self.timeWords = timeWords
        self.tension = tension
        self.conflict = conflict
        self.polarityExceptions = polarityExceptions
        self.negators = negators
        self.negatorEndings = negatorEndings
        self.negationExceptions = negationExceptions
        self.mediation = mediation
        self.directed = directed
        self.adjectivesFollowTheirNoun = adjectivesFollowTheirNoun
    }

    /// Whether the word `key` is a negator.
    public func isNegator(_ key: String) -> Bool {
        negators.contains(key) || negatorEndings.contains { key.count > $0.count && key.hasSuffix($0) }
    }
}

/// Words by which one actor acts on another, and how the other is introduced: a seller and its buyer (*vende …
/// a*, *sells … to*), a buyer and its seller (*compra … da*, *buys … from*, *buys Russian gas*), a sanctioning
/// actor and its target (*sanzioni … contro*, *sanctions on*).
public struct DirectedCue: Sendable, Hashable {
    /// The verbs and nouns (keys).
    public let words: Set<String>
    /// Prepositions of which one stands right before the partner (articles skipped).
    public let prepositions: Set<String>
    /// Whether the partner may also follow with no preposition, as an adjective of the object (*compra gas
    /// russo*, *buys Russian gas*).
    public let bare: Bool

    /// Creates a directed cue.
    public init(words: Set<String>, prepositions: Set<String>, bare: Bool = false) {
        self.words = words
        self.prepositions = prepositions
        self.bare = bare
    }
}
