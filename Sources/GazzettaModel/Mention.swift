/// A span of a document's text linked to one entity.
///
/// Offsets are Unicode code points into the document's text, end exclusive (Python's `text[start:end]`),
/// so `text` always equals that slice.
public struct Mention: Hashable, Sendable, Codable {
    /// First code point of the span.
    public var start: Int
    /// One past the last code point of the span.
    public var end: Int
    /// The original text of the span.
    public var text: String
    /// The linked entity's type.
    public var type: EntityType
    /// The linked entity's id.
    public var entity: EntityID
    /// The lexicon form that matched (or the form the resolver linked it by).
    public var form: String
    /// How the span refers to the entity.
    public var role: MentionRole
    /// Index of the sentence that holds the span's start.
    public var sentence: Int
    /// For metonyms: the actor the place stands for.
    public var refersTo: EntityID?
    /// Candidates that lost, with the reason, for a reviewer.
    public var alternatives: [Alternative]
    /// Notes for a reviewer (e.g. `typo`, `not-in-lexicon`).
    public var notes: [MentionNote]
    /// For persons, when the document has a date: the roles they held on it.
    public var rolesHeld: [DatedRole]
    /// How sure the reading is, 0…1, for names the lexicon lacks (found by evidence); `nil` for lexicon matches.
    public var confidence: Double?
    /// The span's byte range in the source file (an HTML page, a Markdown file, a Latin-1 text), when known.
    public var sourceBytes: Span?

    /// Creates a mention; `sourceBytes` starts `nil` and is set once the source mapping is known.
    public init(start: Int, end: Int, text: String, type: EntityType, entity: EntityID, form: String,
                role: MentionRole, sentence: Int, refersTo: EntityID? = nil,
                alternatives: [Alternative] = [], notes: [MentionNote] = [], rolesHeld: [DatedRole] = []) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.entity = entity
        self.form = form
        self.role = role
        self.sentence = sentence
        self.refersTo = refersTo
        self.alternatives = alternatives
        self.notes = notes
        self.rolesHeld = rolesHeld
        self.sourceBytes = nil
        self.confidence = nil
    }
}

/// A candidate reading that the resolver did not choose.
public struct Alternative: Hashable, Sendable, Codable {
    /// The candidate entity.
    public var entity: EntityID
    /// Its span, when it differs from the mention's.
    public var start: Int?
    /// One past its last code point; `nil` when the span is the mention's.
    public var end: Int?
    /// Why it lost (`ambiguous-alias`, `overlap`, `case-rule`…).
    public var reason: AlternativeReason

    /// Creates an alternative; leave `start` and `end` `nil` when its span is the mention's.
    public init(entity: EntityID, start: Int? = nil, end: Int? = nil, reason: AlternativeReason) {
        self.entity = entity
        self.start = start
        self.end = end
        self.reason = reason
    }
}
