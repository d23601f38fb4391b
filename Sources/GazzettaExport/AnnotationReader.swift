import Foundation
import GazzettaModel

/// Reads `gazzetta.annotation/1` JSON (what `annotate` and `batch` write) back into an `AnnotatedDocument`.
public enum AnnotationReader {
    /// The document in `data`; `source` names it in errors.
    public static func read(_ data: Data, source: String) throws(AnnotationReadError) -> AnnotatedDocument {
        let wire = try AnnotationWire.decode(data, source: source)
        guard wire.schema == AnnotatedDocument.schema else {
            throw AnnotationReadError("\(source): not a \(AnnotatedDocument.schema) annotation (schema: \(wire.schema))")
        }
        guard let text = wire.text, let language = wire.document.lang else {
            throw AnnotationReadError("\(source): missing text or document.lang")
        }
        let head = wire.document
        let length = text.unicodeScalars.count
        let info = DocumentInfo(id: head.id, language: language, languageSource: head.langSource ?? "given",
                                sha256: head.sha256 ?? "", length: head.length ?? length, date: head.date,
                                format: head.format ?? "text", encoding: head.encoding ?? "UTF-8", notes: head.notes ?? [],
                                lexicon: head.lexicon)
        var mentions: [Mention] = []
        mentions.reserveCapacity(wire.mentions.count)
        for (index, item) in wire.mentions.enumerated() {
            guard 0 <= item.start, item.start < item.end, item.end <= length else {
                throw AnnotationReadError("\(source): mention \(index) has offsets \(item.start)-\(item.end) outside a text of \(length) code points")
            }
            mentions.append(mention(item))
        }
        var entities: [EntityID: Entity] = [:]
        for (id, item) in wire.entities ?? [:] { entities[EntityID(id)] = entity(EntityID(id), item) }
        return AnnotatedDocument(info: info, text: text, sentences: wire.sentences ?? [], mentions: mentions, entities: entities,
                                 sectors: wire.sectors ?? [], cooperation: wire.cooperation ?? [])
    }

    /// Reads the file at `path`.
    public static func read(path: String) throws(AnnotationReadError) -> AnnotatedDocument {
        guard let data = FileManager.default.contents(atPath: path) else { throw AnnotationReadError("\(path): cannot read the file") }
        return try read(data, source: path)
    }

    private static func mention(_ item: AnnotationWire.Mention) -> Mention {
        var mention = Mention(start: item.start, end: item.end, text: item.text, type: item.type, entity: item.entity,
                              form: item.form ?? item.text, role: item.role ?? .name, sentence: item.sentence ?? 0,
                              refersTo: item.refersTo, alternatives: item.alternatives ?? [], notes: item.notes ?? [],
                              rolesHeld: item.rolesHeld ?? [])
        mention.sourceBytes = item.sourceBytes
        mention.confidence = item.confidence
        return mention
    }

    /// The labels of the registered languages; Italian and English always (the id when the file lacks one).
    private static func labels(_ label: [String: String], _ id: EntityID) -> Labels {
        var labels = Labels(it: label["it"] ?? id.rawValue, en: label["en"] ?? id.rawValue)
        for (code, text) in label { if let language = Language(rawValue: code) { labels.byLanguage[language] = text } }
        return labels
    }

    private static func entity(_ id: EntityID, _ item: AnnotationWire.Entity) -> Entity {
        let label = item.label ?? [:]
        return Entity(id: id, type: item.type, subtype: item.subtype ?? "", label: labels(label, id),
                      codes: item.codes ?? [:], relations: item.relations ?? [:], roles: item.roles ?? [],
                      validFrom: item.valid?.from, validTo: item.valid?.to, population: item.population)
    }
}

/// An annotation file that cannot be read.
public struct AnnotationReadError: Error, CustomStringConvertible {
    /// The message, naming the source.
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
