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
    public var encoding: EncodingChoice
    public var language: Language?
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
                "date=\(date?.description ?? "byline")", "max=\(maximumBytes)"].joined(separator: ";")
    }

    /// Bump with every change to what annotation produces.
    public static let toolVersion = "gazzetta-0.1"

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
    public var path: String
    public var output: String
    public var status: String
    public var error: String?
    public var sha256: String?
    public var lexicon: String?
    /// The options the output was made with (`BatchOptions.signature`).
    public var options: String?
    public var lang: String?
    public var encoding: String?
    /// Mentions per type.
    public var counts: [String: Int]?
    /// Mentions per entity.
    public var entities: [String: Int]?
    /// Sector profile: sector id → cue count.
    public var sectors: [String: Int]?
    /// Sentences where an actor or place entity and a sector co-occur: "entity|sector" → sentences.
    public var cooccurrence: [String: Int]?
}

/// The totals of a batch run.
public struct BatchResult: Sendable {
    public var records: [DocumentRecord]
    public var annotated: Int
    public var reused: Int
    public var failed: Int
}
