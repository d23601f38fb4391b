/// A document with its sentences, mentions and the entities they link to: what `gazzetta annotate` emits.
public struct AnnotatedDocument: Hashable, Sendable {
    /// The contract's name and version, `gazzetta.annotation/1`.
    public static let schema = "gazzetta.annotation/1"

    /// Facts about the document.
    public var info: DocumentInfo
    /// The decoded text that offsets point into.
    public var text: String
    /// Sentence spans, in order, in code points.
    public var sentences: [Span]
    /// Mentions sorted by start, non-overlapping.
    public var mentions: [Mention]
    /// The entities the mentions link to (and those they refer to), by id.
    public var entities: [EntityID: Entity]
    /// The cooperation sectors the document discusses, strongest first.
    public var sectors: [SectorProfileEntry]
    /// Who cooperates with whom on what: one record per sentence and sector naming two or more states.
    public var cooperation: [CooperationRecord]

    /// Creates a document; sectors and cooperation default to none.
    public init(info: DocumentInfo, text: String, sentences: [Span], mentions: [Mention], entities: [EntityID: Entity],
                sectors: [SectorProfileEntry] = [], cooperation: [CooperationRecord] = []) {
        self.info = info
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.entities = entities
        self.sectors = sectors
        self.cooperation = cooperation
    }
}

/// Facts about a document.
public struct DocumentInfo: Hashable, Sendable, Codable {
    /// An id: the file's path as given, or `-` for standard input.
    public var id: String
    /// The language the document was read as.
    public var language: Language
    /// How the language was chosen: `detected` or `given`.
    public var languageSource: String
    /// SHA-256 of the input bytes, lowercase hex.
    public var sha256: String
    /// Length of the text in code points.
    public var length: Int
    /// The document's date, given or read from its byline.
    public var date: DayDate?
    /// How the source was read: `text`, `html` or `markdown`.
    public var format: String
    /// The encoding the bytes were read in (`UTF-8`, a detected `ISO-8859-1`…).
    public var encoding: String
    /// What a reviewer should know about the reading (a detected encoding, replaced bytes).
    public var notes: [String]
    /// The version of the lexicon the document was annotated with (a hash of its sources), when known.
    public var lexicon: String?

    /// Creates document facts; the defaults describe a UTF-8 plain text with no date and no notes.
    public init(id: String, language: Language, languageSource: String, sha256: String, length: Int, date: DayDate? = nil,
                format: String = "text", encoding: String = "UTF-8", notes: [String] = [], lexicon: String? = nil) {
        self.id = id
        self.language = language
        self.languageSource = languageSource
        self.sha256 = sha256
        self.length = length
        self.date = date
        self.format = format
        self.encoding = encoding
        self.notes = notes
        self.lexicon = lexicon
    }
}

/// A half-open range `start..<end`: of code points for sentences and mentions, of bytes for
/// `Mention.sourceBytes`.
public struct Span: Hashable, Sendable, Codable, Comparable {
    /// First offset: a code point (or a byte, for `Mention.sourceBytes`).
    public var start: Int
    /// One past the last offset, in the same unit as `start`.
    public var end: Int

    /// The range `start..<end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Orders by start, then end.
    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
