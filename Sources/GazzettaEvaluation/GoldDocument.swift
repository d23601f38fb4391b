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
        do {
            return GoldDocument(try AnnotationWire.decode(data, source: path))
        } catch {
            throw EvaluationError("\(error.description) (not a gold annotation)")
        }
    }
}

/// A gold file that could not be read.
public struct EvaluationError: Error, CustomStringConvertible {
    /// The message, naming the file.
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
