import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// What the resolution passes read and write for one document: the analyzed text and its lexicon matches
/// (read-only), and the mentions, new entities, sector profile and cooperation records the passes build.
///
/// Every pass leaves `mentions` sorted by start and non-overlapping.
public struct ResolutionState: Sendable {
    /// The document after text analysis (tokens repaired, sentences, language).
    public let analyzed: AnalyzedText
    /// The document's date, given or read from its byline; dated roles are read on it.
    public let date: DayDate?
    /// Whether names the lexicon lacks are looked for (`--no-discovery` turns it off).
    public let discovery: Bool
    /// The lexicon's matches over the tokens, leftmost-longest, in text order.
    public let matches: [Match]
    /// The mentions so far, sorted by start, non-overlapping.
    public var mentions: [Mention] = []
    /// Entities found in the text that the lexicon lacks (`new:` ids).
    public var newEntities: [Entity] = []
    /// The document's sector profile, strongest first.
    public var sectors: [SectorProfileEntry] = []
    /// Who cooperates with whom on what, by sentence.
    public var cooperation: [CooperationRecord] = []

    /// The state before any pass: matches found, nothing resolved.
    public init(analyzed: AnalyzedText, date: DayDate?, matches: [Match], discovery: Bool = true) {
        self.analyzed = analyzed
        self.date = date
        self.discovery = discovery
        self.matches = matches
    }
}
