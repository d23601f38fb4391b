import GazzettaModel
import GazzettaText

/// How a batch runs.
public struct BatchOptions: Sendable {
    /// The output folder; nothing is written outside it.
    public var outputDirectory: String
    /// Parallel workers.
    public var jobs: Int
    /// Redo documents even when their content and the lexicon are unchanged.
    public var force: Bool
    /// Documents larger than this are refused.
    public var maximumBytes: Int
    /// How each document's character encoding is chosen (`--encoding`).
    public var encoding: EncodingChoice
    /// The language of every document, or `nil` to identify each one's (`--lang`).
    public var language: Language?
    /// Whether names the lexicon lacks are found by evidence (`--no-discovery` turns it off).
    public var discovery = true
    /// The date of every document, or `nil` to read each one's byline (`--date`).
    public var date: DayDate?

    /// What, besides the content and the lexicon, shapes an output: a re-run reuses an output only when it
    /// is the same (another `--lang`, `--encoding` or `--date`, or another version of Gazzetta, redoes it).
    public var signature: String {
        let encodingName: String
        switch encoding {
        case .utf8: encodingName = "utf-8"
        case .auto: encodingName = "auto"
        case .named(let name): encodingName = name
        }
        return [BatchOptions.toolVersion, "lang=\(language?.rawValue ?? "auto")", "encoding=\(encodingName)",
                "date=\(date?.description ?? "byline")", "max=\(maximumBytes)", "discovery=\(discovery ? "on" : "off")"].joined(separator: ";")
    }

    /// Bump with every change to what annotation produces.
    public static let toolVersion = "gazzetta-0.2"

    /// Options with the command line's defaults; `jobs` below 1 counts as 1.
    public init(outputDirectory: String, jobs: Int = 1, force: Bool = false, maximumBytes: Int = 50_000_000,
                encoding: EncodingChoice = .auto, language: Language? = nil, date: DayDate? = nil) {
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.force = force
        self.maximumBytes = maximumBytes
        self.encoding = encoding
        self.language = language
        self.date = date
    }
}

/// What happened to one document of a batch: the line it gets in `corpus.jsonl`, and what the summary needs.
public struct DocumentRecord: Sendable, Codable, Hashable {
    /// The path the document was read from.
    public var path: String
    /// Its output path, relative to the output folder (`….json`).
    public var output: String
    /// `ok`, or `error` when the document failed (see `error`).
    public var status: String
    /// Why the document failed; `nil` when it was annotated or reused.
    public var error: String?
    /// SHA-256 of the input bytes, lowercase hex; `nil` when the document failed.
    public var sha256: String?
    /// Version of the lexicon the output was made with; `nil` when the document failed.
    public var lexicon: String?
    /// The options the output was made with (`BatchOptions.signature`).
    public var options: String?
    /// The language the document was read as (`it`, `en`); `nil` when it failed.
    public var lang: String?
    /// The encoding its bytes were read in (`UTF-8`, a detected `ISO-8859-1`…); `nil` when it failed.
    public var encoding: String?
    /// Mentions per type.
    public var counts: [String: Int]?
    /// Mentions per entity.
    public var entities: [String: Int]?
    /// Sector profile: sector id → cue count.
    public var sectors: [String: Int]?
    /// Sentences where an actor or place entity and a sector co-occur: "entity|sector" → sentences.
    public var cooccurrence: [String: Int]?
    /// The entities no lexicon has that the document names (`new:` ids): their type and label.
    public var discovered: [String: DiscoveredEntity]?
    /// Cooperation records by pair of actors and sector: "actor|actor|sector" (the two actors sorted) →
    /// records; a record of three actors counts once for each of its pairs.
    public var pairs: [String: Int]?
}

/// A name a document introduced that no lexicon has, as the corpus summary lists it.
public struct DiscoveredEntity: Sendable, Codable, Hashable {
    /// `actor`, `organisation` or `place`.
    public var type: String
    /// The name as the text writes it.
    public var label: String
}

/// The totals of a batch run.
public struct BatchResult: Sendable {
    /// One record per document, in the order the documents were given.
    public var records: [DocumentRecord]
    /// Documents annotated in this run.
    public var annotated: Int
    /// Documents whose previous output was kept (same content, lexicon and options).
    public var reused: Int
    /// Documents that failed; each record's `error` says why.
    public var failed: Int
    /// Outputs of earlier runs removed because their input file is gone (relative paths, sorted).
    public var removed: [String] = []
}
