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
    /// Whether names the lexicon lacks are found by evidence (persons, organisations, places, clubs).
    public var discovery: Bool

    /// Options; by default the language is identified, the date read from the byline, unknown names found.
    public init(language: Language? = nil, date: DayDate? = nil, discovery: Bool = true) {
        self.language = language
        self.date = date
        self.discovery = discovery
    }
}

/// The whole pipeline for one document: text analysis → lexicon matching → resolution passes → annotated
/// document.
///
/// Holds ICU iterators: use one annotator per thread (they share the compiled lexicon).
public final class Annotator {
    /// The lexicon mentions are matched against and linked to; read-only, shareable across annotators.
    public let compiled: CompiledLexicon
    /// The resolution passes, in order (`ResolutionPipeline.standard(lexicon:)`).
    public let pipeline: ResolutionPipeline
    private let analyzer: TextAnalyzer
    private let matcher: PhraseMatcher
    private let dates = DocumentDateFinder()
    /// Lexicon positions of the lexicon's ids this annotator has seen: one binary search per distinct id,
    /// then one hash lookup per mention. Only ids found are kept (`new:` ids of acronyms defined in text are
    /// not), so it is bounded by the lexicon's size however long a batch runs.
    private var positions: [EntityID: Int32] = [:]

    /// Creates an annotator over `compiled`; throws when ICU's iterators cannot be opened.
    public init(compiled: CompiledLexicon) throws(TextAnalysisError) {
        self.compiled = compiled
        analyzer = try TextAnalyzer(isKnownKey: compiled.isKnownKey)
        matcher = PhraseMatcher(compiled)
        pipeline = .standard(lexicon: compiled.lexicon)
    }

    /// Annotates a decoded document. `bytes` are the input as read (for its SHA-256), `id` names it.
    public func annotate(_ text: SourceText, bytes: [UInt8], id: String,
                         options: AnnotationOptions = .init()) throws(TextAnalysisError) -> AnnotatedDocument {
        var state = try prepare(text, options: options)
        pipeline.run(&state)
        return document(from: state, bytes: bytes, id: id)
    }

    /// The state before resolution: the text analyzed, its date, the lexicon's matches.
    public func prepare(_ text: SourceText, options: AnnotationOptions = .init()) throws(TextAnalysisError) -> ResolutionState {
        let read = try analyzer.analyze(text, language: options.language)
        let date = options.date ?? dates.date(in: read)
        let matches = matcher.matches(in: read.tokens, of: read.source)
        // The matcher reads a name across one line break (*Asia↵Centrale*): that line break was inside a
        // sentence, whatever the lines looked like, so every mention lies inside its sentence.
        let tokens = read.tokens
        let analyzed = read.joiningSentences(over: matches.lazy.map { tokens[$0.tokenStart].start..<tokens[$0.tokenEnd - 1].end })
        return ResolutionState(analyzed: analyzed, date: date, matches: matches, discovery: options.discovery)
    }

    /// The annotated document that a resolved `state` describes, with the entities its mentions link to.
    public func document(from state: ResolutionState, bytes: [UInt8], id: String) -> AnnotatedDocument {
        var entities: [EntityID: Entity] = [:]
        for entity in state.newEntities { entities[entity.id] = entity }
        // Lexicon positions already included: most mentions repeat an entity, and an integer is cheaper to
        // hash than the id's string.
        var included = Set<Int32>()
        for mention in state.mentions {
            include(mention.entity, in: &entities, included: &included)
            if let seat = mention.refersTo { include(seat, in: &entities, included: &included) }
        }
        let analyzed = state.analyzed
        let info = DocumentInfo(id: id, language: analyzed.language, languageSource: analyzed.languageSource,
                                sha256: Annotator.sha256(bytes), length: analyzed.source.scalarCount, date: state.date,
                                lexicon: compiled.lexicon.version)
        return AnnotatedDocument(info: info, text: analyzed.source.string,
                                 sentences: analyzed.sentences.map { Span(start: $0.lowerBound, end: $0.upperBound) },
                                 mentions: state.mentions, entities: entities,
                                 sectors: state.sectors, cooperation: state.cooperation)
    }

    /// Adds the lexicon's entity `id` to `entities` if it is not there yet.
    private func include(_ id: EntityID, in entities: inout [EntityID: Entity], included: inout Set<Int32>) {
        // An id the matcher brought carries its position: no lookup by string.
        if let known = compiled.lexicon.carriedPosition(of: id) {
            if included.insert(Int32(known)).inserted, entities[id] == nil { entities[id] = compiled.lexicon.entities[known] }
            return
        }
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
