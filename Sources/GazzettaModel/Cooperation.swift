/// How much a document discusses one cooperation sector.
public struct SectorProfileEntry: Hashable, Sendable, Codable {
    /// The sector's id (`sector:counter-terrorism`).
    public var sector: EntityID
    /// How many cue mentions it has.
    public var mentions: Int
    /// Its share of all sector cues in the document, 0…1.
    public var weight: Double
    /// The sentences (indices) where its cues stand: the evidence.
    public var sentences: [Int]

    /// Creates a profile entry.
    public init(sector: EntityID, mentions: Int, weight: Double, sentences: [Int]) {
        self.sector = sector
        self.mentions = mentions
        self.weight = weight
        self.sentences = sentences
    }
}

/// Two or more actors that the text ties together on one sector, in one sentence: who with whom on what.
///
/// The fields after `date` are grounding (which words made the record) and codes; they are optional so that
/// annotations written before them still read.
public struct CooperationRecord: Hashable, Sendable, Codable {
    /// The actors, as ids (states as country ids, organisations as themselves), sorted.
    public var actors: [EntityID]
    /// The sector's id.
    public var sector: EntityID
    /// The sentence index.
    public var sentence: Int
    /// A year or date the sentence states (`2015`, `2018-06-07`), if any.
    public var date: String?
    /// Each actor with the mention that names it and its role, in text order.
    public var participants: [CooperationParticipant]?
    /// Cooperation, or tension, sanctions, conflict.
    public var polarity: CooperationPolarity?
    /// The sector cue's span.
    public var cue: Span?
    /// The words that tie the actors together (*e*, *tra*, *con*, a hyphen, *congiunte*) and which rule read them.
    public var tie: CooperationTie?
    /// The evidence: the sentence's span.
    public var evidence: Span?
    /// The CAMEO event code: the sector's, or the polarity's when that is not cooperation (`163` sanctions).
    public var cameo: String?
    /// The sector's OECD DAC CRS purpose code, when it has one.
    public var crs: String?

    /// Creates a record; everything after `sentence` defaults to none.
    public init(actors: [EntityID], sector: EntityID, sentence: Int, date: String? = nil,
                participants: [CooperationParticipant]? = nil, polarity: CooperationPolarity? = nil, cue: Span? = nil,
                tie: CooperationTie? = nil, evidence: Span? = nil, cameo: String? = nil, crs: String? = nil) {
        self.actors = actors
        self.sector = sector
        self.sentence = sentence
        self.date = date
        self.participants = participants
        self.polarity = polarity
        self.cue = cue
        self.tie = tie
        self.evidence = evidence
        self.cameo = cameo
        self.crs = crs
    }
}

/// One actor of a cooperation record and the mention that names it.
public struct CooperationParticipant: Hashable, Sendable, Codable {
    /// The actor as the record counts it (a state's country id, an organisation's id).
    public var actor: EntityID
    /// The mention's own entity when it differs (`military:RU`, `city:moscow`, `person:vladimir-putin`).
    public var via: EntityID?
    /// `initiator` or `partner` where the text says which, `mediator` for a third party mediating between the
    /// others; `nil` for coordinated actors.
    public var role: CooperationRole?
    /// The mention's span.
    public var start: Int
    /// One past the mention's last code point.
    public var end: Int

    /// Creates a participant.
    public init(actor: EntityID, via: EntityID? = nil, role: CooperationRole? = nil, start: Int, end: Int) {
        self.actor = actor
        self.via = via
        self.role = role
        self.start = start
        self.end = end
    }
}

/// Who acts and who is acted with, when the text says it (*X … con Y*, *X … with Y*).
public enum CooperationRole: String, Hashable, Sendable, Codable {
    /// The actor before *con/with*: the subject.
    case initiator
    /// The actor after *con/with*.
    case partner
    /// A third party that mediates between the others (*la Turchia ha mediato tra X e Y*, *Qatar's mediation
    /// between X and Y*).
    case mediator
}

/// Whether the sentence reports cooperation or its opposite.
public enum CooperationPolarity: String, Hashable, Sendable, Codable, CaseIterable {
    case cooperation
    case tension
    case sanctions
    case conflict
}

/// The words that tie a record's actors together, and the rule that read them.
public struct CooperationTie: Hashable, Sendable, Codable {
    /// How the actors are tied.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Coordinated as the clause's subject, *Russia e Cina hanno…*.
        case subject
        /// Paired by *tra/between*.
        case between
        /// Joined by a hyphen or dash, *sino-russa*, *Russia–Cina*.
        case compound
        /// One acting with the other, *con/with/insieme a*.
        case with
        /// Coordinated in a sentence with a joint word, *congiunte*, *joint*, *bilateral*.
        case joint
        /// One acting on the other: a seller and its buyer, a buyer and its seller, a sanctioning actor and its
        /// target (*vende … a*, *compra … da*, *sells … to*, *sanctions on*); the tying word is the verb or noun.
        case directed
    }
    /// The rule.
    public var kind: Kind
    /// The tying word's span (the coordinator, *tra*, *con*, the hyphen, the joint word).
    public var start: Int
    /// One past its last code point.
    public var end: Int

    /// Creates a tie.
    public init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
