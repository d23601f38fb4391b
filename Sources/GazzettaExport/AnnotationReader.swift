import Foundation
import GazzettaModel

/// Reads `gazzetta.annotation/1` JSON (what `annotate` and `batch` write) back into an `AnnotatedDocument`.
public enum AnnotationReader {
    /// The document in `data`; `source` names it in errors.
    public static func read(_ data: Data, source: String) throws -> AnnotatedDocument {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw AnnotationReadError("\(source): not a JSON object")
        }
        guard root["schema"] as? String == AnnotatedDocument.schema else {
            throw AnnotationReadError("\(source): not a \(AnnotatedDocument.schema) annotation (schema: \(root["schema"] ?? "none"))")
        }
        guard let head = root["document"] as? [String: Any], let text = root["text"] as? String,
              let id = head["id"] as? String, let lang = (head["lang"] as? String).flatMap(Language.init(rawValue:)) else {
            throw AnnotationReadError("\(source): missing document, text, id or lang")
        }
        let info = DocumentInfo(id: id, language: lang, languageSource: head["langSource"] as? String ?? "given",
                                sha256: head["sha256"] as? String ?? "", length: head["length"] as? Int ?? text.unicodeScalars.count,
                                date: (head["date"] as? String).flatMap(DayDate.init(iso:)),
                                format: head["format"] as? String ?? "text", encoding: head["encoding"] as? String ?? "UTF-8",
                                notes: head["notes"] as? [String] ?? [])
        let sentences = (root["sentences"] as? [[String: Int]] ?? []).compactMap { item -> Span? in
            guard let start = item["start"], let end = item["end"] else { return nil }
            return Span(start: start, end: end)
        }
        let length = text.unicodeScalars.count
        var mentions: [Mention] = []
        for (index, item) in (root["mentions"] as? [[String: Any]] ?? []).enumerated() {
            guard let start = item["start"] as? Int, let end = item["end"] as? Int, let mentionText = item["text"] as? String,
                  let type = (item["type"] as? String).flatMap(EntityType.init(rawValue:)), let entity = item["entity"] as? String else {
                throw AnnotationReadError("\(source): mention \(index) lacks start, end, text, type or entity")
            }
            guard 0 <= start, start < end, end <= length else {
                throw AnnotationReadError("\(source): mention \(index) has offsets \(start)-\(end) outside a text of \(length) code points")
            }
            var mention = Mention(start: start, end: end, text: mentionText, type: type, entity: entity,
                                  form: item["form"] as? String ?? mentionText,
                                  role: (item["role"] as? String).flatMap(MentionRole.init(rawValue:)) ?? .name,
                                  sentence: item["sentence"] as? Int ?? 0, refersTo: item["refersTo"] as? String,
                                  alternatives: (item["alternatives"] as? [[String: Any]] ?? []).compactMap { alternative in
                                      guard let entity = alternative["entity"] as? String else { return nil }
                                      return Alternative(entity: entity, start: alternative["start"] as? Int, end: alternative["end"] as? Int,
                                                         reason: alternative["reason"] as? String ?? "")
                                  },
                                  notes: item["notes"] as? [String] ?? [])
            mention.rolesHeld = (item["rolesHeld"] as? [[String: Any]] ?? []).compactMap(role)
            if let bytes = item["sourceBytes"] as? [String: Int], let start = bytes["start"], let end = bytes["end"] {
                mention.sourceBytes = Span(start: start, end: end)
            }
            mentions.append(mention)
        }
        var entities: [String: Entity] = [:]
        for (id, value) in root["entities"] as? [String: [String: Any]] ?? [:] {
            guard let type = (value["type"] as? String).flatMap(EntityType.init(rawValue:)) else { continue }
            let label = value["label"] as? [String: String] ?? [:]
            let valid = value["valid"] as? [String: String] ?? [:]
            entities[id] = Entity(id: id, type: type, subtype: value["subtype"] as? String ?? "",
                                  label: Labels(it: label["it"] ?? id, en: label["en"] ?? id),
                                  codes: value["codes"] as? [String: String] ?? [:],
                                  relations: value["relations"] as? [String: [String]] ?? [:],
                                  roles: (value["roles"] as? [[String: Any]] ?? []).compactMap(role),
                                  validFrom: valid["from"].flatMap(DayDate.init(iso:)), validTo: valid["to"].flatMap(DayDate.init(iso:)))
        }
        let sectors = (root["sectors"] as? [[String: Any]] ?? []).compactMap { item -> SectorProfileEntry? in
            guard let sector = item["sector"] as? String else { return nil }
            return SectorProfileEntry(sector: sector, mentions: item["mentions"] as? Int ?? 0,
                                      weight: (item["weight"] as? NSNumber)?.doubleValue ?? 0, sentences: item["sentences"] as? [Int] ?? [])
        }
        let cooperation = (root["cooperation"] as? [[String: Any]] ?? []).compactMap { item -> CooperationRecord? in
            guard let sector = item["sector"] as? String, let sentence = item["sentence"] as? Int else { return nil }
            return CooperationRecord(actors: item["actors"] as? [String] ?? [], sector: sector, sentence: sentence, date: item["date"] as? String)
        }
        return AnnotatedDocument(info: info, text: text, sentences: sentences, mentions: mentions, entities: entities,
                                 sectors: sectors, cooperation: cooperation)
    }

    /// Reads the file at `path`.
    public static func read(path: String) throws -> AnnotatedDocument {
        guard let data = FileManager.default.contents(atPath: path) else { throw AnnotationReadError("\(path): cannot read the file") }
        return try read(data, source: path)
    }

    private static func role(_ item: [String: Any]) -> DatedRole? {
        guard let role = item["role"] as? String, let of = item["of"] as? String,
              let from = (item["from"] as? String).flatMap(DayDate.init(iso:)) else { return nil }
        return DatedRole(role: role, of: of, from: from, to: (item["to"] as? String).flatMap(DayDate.init(iso:)))
    }
}

/// An annotation file that cannot be read.
public struct AnnotationReadError: Error, CustomStringConvertible {
    /// The message, naming the source.
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
