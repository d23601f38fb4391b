import Foundation
import GazzettaExport
import GazzettaModel

/// A hand-checked annotation of a document (`gazzetta.gold/1`, see `Corpus/README.md`); an annotation
/// written by `gazzetta annotate` reads as one too. Both are read through the one wire model,
/// `AnnotationWire`: the gold format is its header and mentions.
public struct GoldDocument: Sendable {
    /// The gold file's `document` header: id, language and date.
    public struct Info: Sendable {
        /// The document's id, which pairs the gold with its annotation.
        public var id: String
        /// The document's language (`lang`); `nil` when the gold does not say.
        public var lang: Language?
        /// The document's date (`YYYY-MM-DD`); `nil` when the gold does not say.
        public var date: DayDate?

        /// Creates a header.
        public init(id: String, lang: Language?, date: DayDate?) {
            self.id = id
            self.lang = lang
            self.date = date
        }
    }

    /// A gold mention: span, type, entity and (optionally) role.
    public struct GoldMention: Sendable, Hashable {
        /// First code point of the span in the document's text.
        public var start: Int
        /// One past the span's last code point.
        public var end: Int
        /// The span's text; the format requires it to equal code points `start..<end`.
        public var text: String
        /// The linked entity's type.
        public var type: EntityType
        /// The linked entity's id (`unlinked:TYPE` when an importer found none).
        public var entity: String
        /// How the span refers to the entity; `nil` when the gold does not say.
        public var role: MentionRole?

        /// Creates a gold mention.
        public init(start: Int, end: Int, text: String, type: EntityType, entity: String, role: MentionRole?) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.entity = entity
            self.role = role
        }
    }

    /// The `document` header.
    public var document: Info
    /// The gold mentions; the format keeps them sorted by `start`, never overlapping.
    public var mentions: [GoldMention]
    /// The cooperation records: a gold file's `cooperation` array (`start`, `end`, `sector`, `actors`), or a
    /// prediction's records with their evidence (or sentence) spans.
    public var records: [GoldRecord] = []

    /// A cooperation record as scored: its evidence span (the sentence), sector and actors.
    public struct GoldRecord: Sendable, Hashable {
        /// The evidence span's first code point.
        public var start: Int
        /// One past its last.
        public var end: Int
        /// The sector's id.
        public var sector: String
        /// The actors' ids, sorted.
        public var actors: [String]

        /// A record; `actors` are sorted.
        public init(start: Int, end: Int, sector: String, actors: [String]) {
            self.start = start
            self.end = end
            self.sector = sector
            self.actors = actors.sorted()
        }
    }

    /// A gold document built in code (importers, tests): a header from `id`, `language` and `date`, and `mentions`.
    public init(id: String, language: Language?, date: DayDate?, mentions: [GoldMention]) {
        document = Info(id: id, lang: language, date: date)
        self.mentions = mentions
    }

    /// The gold view of a decoded wire document: its header and its mentions' spans, types, entities and roles.
    public init(_ wire: AnnotationWire) {
        document = Info(id: wire.document.id, lang: wire.document.lang, date: wire.document.date)
        mentions = wire.mentions.map {
            GoldMention(start: $0.start, end: $0.end, text: $0.text, type: $0.type, entity: $0.entity.rawValue, role: $0.role)
        }
    }

    /// Reads a gold file, or an annotation written by `gazzetta annotate` as if it were gold.
    public static func read(_ path: String) throws -> GoldDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError("\(path): cannot read the gold file")
        }
        // Gold records have spans, predicted ones sentence indices: both are read here, beside the wire.
        guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw EvaluationError("\(path): not a JSON object (not a gold annotation)")
        }
        let records = object.removeValue(forKey: "cooperation") as? [[String: Any]] ?? []
        do {
            let stripped = try JSONSerialization.data(withJSONObject: object)
            var document = GoldDocument(try AnnotationWire.decode(stripped, source: path))
            let sentences = (object["sentences"] as? [[String: Any]] ?? []).map { ($0["start"] as? Int ?? 0, $0["end"] as? Int ?? 0) }
            document.records = try records.map { try GoldDocument.record($0, sentences: sentences, path: path) }
            return document
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError("\(error) (not a gold annotation)")
        }
    }

    /// One record: spans from `start`/`end`, else `evidence`, else the `sentence` it names.
    private static func record(_ item: [String: Any], sentences: [(Int, Int)], path: String) throws -> GoldRecord {
        guard let sector = item["sector"] as? String, let actors = item["actors"] as? [String], actors.count >= 2 else {
            throw EvaluationError("\(path): a cooperation record needs 'sector' and two or more 'actors'")
        }
        if let start = item["start"] as? Int, let end = item["end"] as? Int {
            return GoldRecord(start: start, end: end, sector: sector, actors: actors)
        }
        if let evidence = item["evidence"] as? [String: Any], let start = evidence["start"] as? Int, let end = evidence["end"] as? Int {
            return GoldRecord(start: start, end: end, sector: sector, actors: actors)
        }
        if let sentence = item["sentence"] as? Int, sentences.indices.contains(sentence) {
            return GoldRecord(start: sentences[sentence].0, end: sentences[sentence].1, sector: sector, actors: actors)
        }
        throw EvaluationError("\(path): a cooperation record needs 'start' and 'end', 'evidence' or a valid 'sentence'")
    }
}

/// A gold file that could not be read.
public struct EvaluationError: Error, CustomStringConvertible {
    /// The message, naming the file.
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
