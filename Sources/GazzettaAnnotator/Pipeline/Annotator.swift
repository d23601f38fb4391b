import Crypto
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// What a caller may say about a document it annotates.
public struct AnnotationOptions: Sendable {
    /// The language, or `nil` to identify it.
    public var language: Language?
    /// The document's date, or `nil` to read it from the byline.
    public var date: DayDate?

    /// Options; by default the language is identified and the date read from the byline.
    public init(language: Language? = nil, date: DayDate? = nil) {
        self.language = language
        self.date = date
    }
}

/// The whole pipeline for one document: text analysis → lexicon matching → resolution → annotated document.
///
/// Holds ICU iterators: use one annotator per thread (they share the compiled lexicon).
public final class Annotator {
    /// The lexicon mentions are matched against and linked to; read-only, shareable across annotators.
    public let compiled: CompiledLexicon
    private let analyzer: TextAnalyzer
    private let matcher: PhraseMatcher
    private let resolver: MentionResolver
    private let dates = DocumentDateFinder()
    private let sectors: SectorAnalysis
    /// Each language's token repairs, prepared once (their tables are built from the language's data).
    private let repairs: [Language: TokenRepairs]
    /// Lexicon positions of the lexicon's ids this annotator has seen: one binary search per distinct id,
    /// then one hash lookup per mention. Only ids found are kept (`new:` ids of acronyms defined in text are
    /// not), so it is bounded by the lexicon's size however long a batch runs.
    private var positions: [String: Int32] = [:]

    /// Creates an annotator over `compiled`; throws when ICU's iterators cannot be opened.
    public init(compiled: CompiledLexicon) throws(TextAnalysisError) {
        self.compiled = compiled
        analyzer = try TextAnalyzer()
        matcher = PhraseMatcher(compiled)
        resolver = MentionResolver(lexicon: compiled.lexicon)
        sectors = SectorAnalysis(lexicon: compiled.lexicon)
        repairs = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            (language, TokenRepairs(LanguageData.of(language), isKnown: compiled.isKnownKey))
        })
    }

    /// Annotates a decoded document. `bytes` are the input as read (for its SHA-256), `id` names it.
    public func annotate(_ text: SourceText, bytes: [UInt8], id: String,
                         options: AnnotationOptions = .init()) throws(TextAnalysisError) -> AnnotatedDocument {
        var analyzed = try analyzer.analyze(text, language: options.language)
        analyzed.tokens = repairs[analyzed.language]!.repair(analyzed.tokens, in: text)
        let date = options.date ?? dates.date(in: analyzed)
        let matches = matcher.matches(in: analyzed.tokens, of: text)
        let (mentions, newEntities) = resolver.resolve(matches, in: analyzed, date: date)
        var entities: [String: Entity] = [:]
        for entity in newEntities { entities[entity.id] = entity }
        for mention in mentions {
            include(mention.entity, in: &entities)
            if let seat = mention.refersTo { include(seat, in: &entities) }
        }
        let info = DocumentInfo(id: id, language: analyzed.language, languageSource: analyzed.languageSource,
                                sha256: Annotator.sha256(bytes), length: text.scalarCount, date: date)
        return AnnotatedDocument(info: info, text: text.string,
                                 sentences: analyzed.sentences.map { Span(start: $0.lowerBound, end: $0.upperBound) },
                                 mentions: mentions, entities: entities,
                                 sectors: sectors.profile(mentions), cooperation: sectors.cooperation(mentions, in: analyzed))
    }

    /// Adds the lexicon's entity `id` to `entities` if it is not there yet.
    private func include(_ id: String, in entities: inout [String: Entity]) {
        let position = positions[id] ?? {
            guard let found = compiled.lexicon.position(of: id).map(Int32.init) else { return -1 }
            positions[id] = found
            return found
        }()
        if position >= 0, entities[id] == nil { entities[id] = compiled.lexicon.entities[Int(position)] }
    }

    /// SHA-256 of `bytes`, lowercase hex.
    public static func sha256Hex(_ bytes: [UInt8]) -> String { sha256(bytes) }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
