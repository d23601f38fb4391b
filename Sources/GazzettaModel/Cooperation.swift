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

/// Two or more state actors named with a sector cue in one sentence: who with whom on what.
public struct CooperationRecord: Hashable, Sendable, Codable {
    /// The states, as country ids, sorted.
    public var actors: [EntityID]
    /// The sector's id.
    public var sector: EntityID
    /// The sentence index.
    public var sentence: Int
    /// A year or date the sentence states (`2015`, `2018-06-07`), if any.
    public var date: String?

    /// Creates a record; `date` defaults to none.
    public init(actors: [EntityID], sector: EntityID, sentence: Int, date: String? = nil) {
        self.actors = actors
        self.sector = sector
        self.sentence = sentence
        self.date = date
    }
}
