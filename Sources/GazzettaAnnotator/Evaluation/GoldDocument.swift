import Foundation
import GazzettaModel

/// A hand-checked annotation of a document (`gazzetta.gold/1`, see `Corpus/README.md`); an annotation
/// written by `gazzetta annotate` reads as one too.
public struct GoldDocument: Decodable, Sendable {
    public struct Info: Decodable, Sendable {
        public var id: String
        public var lang: Language?
        public var date: DayDate?

        public init(id: String, lang: Language?, date: DayDate?) {
            self.id = id
            self.lang = lang
            self.date = date
        }
    }

    /// A gold mention: span, type, entity and (optionally) role.
    public struct GoldMention: Decodable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: EntityType
        public var entity: String
        public var role: MentionRole?

        public init(start: Int, end: Int, text: String, type: EntityType, entity: String, role: MentionRole?) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.entity = entity
            self.role = role
        }
    }

    public var document: Info
    public var mentions: [GoldMention]

    public init(id: String, language: Language?, date: DayDate?, mentions: [GoldMention]) {
        document = Info(id: id, lang: language, date: date)
        self.mentions = mentions
    }

    /// Reads a gold file, or an annotation written by `gazzetta annotate` as if it were gold.
    public static func read(_ path: String) throws -> GoldDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError("\(path): cannot read the gold file")
        }
        do {
            return try JSONDecoder().decode(GoldDocument.self, from: data)
        } catch {
            throw EvaluationError("\(path): not a gold annotation: \(error)")
        }
    }
}

/// A gold file that could not be read.
public struct EvaluationError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
