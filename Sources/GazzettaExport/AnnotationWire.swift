import Foundation
import GazzettaModel

/// `gazzetta.annotation/1` as it stands in JSON: the one `Codable` model of the wire format, for reading.
///
/// `AnnotationJSON` writes the format (a streaming writer, for speed and a fixed key order); this type reads
/// it back, and gold files (`gazzetta.gold/1`: a header and mentions with span, type, entity and role) read
/// through it too, so the two shapes cannot drift apart. Fields the format leaves out when empty are
/// optional here.
public struct AnnotationWire: Codable, Sendable {
    /// The `document` header.
    public struct Header: Codable, Sendable {
        public var id: String
        public var lang: Language?
        public var langSource: String?
        public var sha256: String?
        public var length: Int?
        public var date: DayDate?
        /// The lexicon version the document was annotated with.
        public var lexicon: String?
        public var format: String?
        public var encoding: String?
        public var notes: [String]?
    }

    /// A mention; gold mentions carry only span, text, type, entity and (optionally) role.
    public struct Mention: Codable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: EntityType
        public var entity: EntityID
        public var form: String?
        public var role: MentionRole?
        public var sentence: Int?
        public var refersTo: EntityID?
        public var alternatives: [Alternative]?
        public var notes: [MentionNote]?
        public var rolesHeld: [DatedRole]?
        public var sourceBytes: Span?
        public var confidence: Double?
    }

    /// An entity as the `entities` section shows it.
    public struct Entity: Codable, Sendable {
        /// The period of a historical entity.
        public struct Validity: Codable, Sendable {
            public var from: DayDate
            public var to: DayDate
        }

        public var type: EntityType
        public var subtype: String?
        public var label: [String: String]?
        public var codes: [String: String]?
        public var relations: [Relation: [EntityID]]?
        public var roles: [DatedRole]?
        public var valid: Validity?
        public var population: Int?
    }

    public var schema: String
    public var document: Header
    public var text: String?
    public var sentences: [Span]?
    public var mentions: [Mention]
    public var entities: [String: Entity]?
    public var sectors: [SectorProfileEntry]?
    public var cooperation: [CooperationRecord]?

    /// Decodes `data`; a decoding failure becomes a plain sentence naming `source` and the field.
    public static func decode(_ data: Data, source: String) throws(AnnotationReadError) -> AnnotationWire {
        do {
            return try JSONDecoder().decode(AnnotationWire.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                // Foundation's decoder hides where the syntax breaks; its parser says it.
                do { _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
                    let reason = (error as NSError).userInfo["NSDebugDescription"] as? String
                    throw AnnotationReadError("\(source): not valid JSON" + (reason.map { ": \($0)" } ?? ""))
                }
            }
            throw AnnotationReadError("\(source): \(AnnotationWire.describe(error))")
        } catch {
            throw AnnotationReadError("\(source): not JSON: \(error.localizedDescription)")
        }
    }

    /// What a Swift type is called in JSON.
    static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            return "an object"
        }
    }

    /// ", not a number" from Foundation's "Expected to decode String but found number instead.", else nothing.
    static func found(in description: String) -> String {
        guard let start = description.range(of: "found "), let end = description.range(of: " instead", range: start.upperBound..<description.endIndex)
        else { return "" }
        var what = String(description[start.upperBound..<end.lowerBound])
        if what.hasPrefix("a ") || what.hasPrefix("an ") { what = String(what.drop { $0 != " " }.dropFirst()) }
        if what.contains("null") { return ", not null" }
        what = ["array": "list", "dictionary": "object"][what] ?? what
        let article = what.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return what.isEmpty ? "" : ", not \(article) \(what)"
    }

    /// A decoding error as a sentence: what is wrong, and where (`mentions[3].start`).
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath)
            return "missing \"\(key.stringValue)\"" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let at = path(context.codingPath)
            return (at.isEmpty ? "the file" : at) + " must be " + (at.isEmpty ? "a JSON object (one annotation)" : kind(of: type))
                + found(in: context.debugDescription)
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            if at.isEmpty, let underlying = context.underlyingError {
                let reason = (underlying as NSError).userInfo["NSDebugDescription"] as? String ?? "\(underlying)"
                return "not valid JSON: \(reason)"
            }
            return (at.isEmpty ? "" : "\(at): ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
