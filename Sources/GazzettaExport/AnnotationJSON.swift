import GazzettaModel

/// The JSON contract of `gazzetta annotate` (`gazzetta.annotation/1`, see `Schemas/annotation.schema.json`).
///
/// Keys come in a fixed order, mentions sorted by start, entities by id: the same document gives the
/// same bytes.
public enum AnnotationJSON {
    /// The document as JSON text.
    public static func encode(_ document: AnnotatedDocument, pretty: Bool, lexiconVersion: String? = nil) -> String {
        JSONWriter(pretty: pretty).string(value(document, lexiconVersion: lexiconVersion))
    }

    public static func value(_ document: AnnotatedDocument, lexiconVersion: String? = nil) -> JSONValue {
        let info = document.info
        var head: [(String, JSONValue)] = [
            ("id", .string(info.id)),
            ("lang", .string(info.language.rawValue)),
            ("langSource", .string(info.languageSource)),
            ("sha256", .string(info.sha256)),
            ("length", .int(info.length)),
        ]
        if let date = info.date { head.append(("date", .string(date.description))) }
        head.append(("format", .string(info.format)))
        head.append(("encoding", .string(info.encoding)))
        if !info.notes.isEmpty { head.append(("notes", .array(info.notes.map { .string($0) }))) }
        if let lexiconVersion { head.append(("lexicon", .string(lexiconVersion))) }
        return .object([
            ("schema", .string(AnnotatedDocument.schema)),
            ("document", .object(head)),
            ("text", .string(document.text)),
            ("sentences", .array(document.sentences.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })),
            ("mentions", .array(document.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }.map(mention))),
            ("entities", .object(document.entities.keys.sorted().map { ($0, entity(document.entities[$0]!)) })),
            ("sectors", .array(document.sectors.map { entry in
                .object([("sector", .string(entry.sector)), ("mentions", .int(entry.mentions)),
                         ("weight", .decimal(entry.weight, places: 3)), ("sentences", .array(entry.sentences.map { .int($0) }))])
            })),
            ("cooperation", .array(document.cooperation.map { record in
                var fields: [(String, JSONValue)] = [("actors", .array(record.actors.map { .string($0) })),
                                                     ("sector", .string(record.sector)), ("sentence", .int(record.sentence))]
                if let date = record.date { fields.append(("date", .string(date))) }
                return .object(fields)
            })),
        ])
    }

    public static func mention(_ mention: Mention) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("start", .int(mention.start)),
            ("end", .int(mention.end)),
            ("text", .string(mention.text)),
            ("type", .string(mention.type.rawValue)),
            ("entity", .string(mention.entity)),
            ("form", .string(mention.form)),
            ("role", .string(mention.role.rawValue)),
            ("sentence", .int(mention.sentence)),
        ]
        if let refersTo = mention.refersTo { members.append(("refersTo", .string(refersTo))) }
        if !mention.alternatives.isEmpty {
            members.append(("alternatives", .array(mention.alternatives.map { alternative in
                var fields: [(String, JSONValue)] = [("entity", .string(alternative.entity))]
                if let start = alternative.start { fields.append(("start", .int(start))) }
                if let end = alternative.end { fields.append(("end", .int(end))) }
                fields.append(("reason", .string(alternative.reason)))
                return .object(fields)
            })))
        }
        if !mention.notes.isEmpty { members.append(("notes", .array(mention.notes.map { .string($0) }))) }
        if !mention.rolesHeld.isEmpty { members.append(("rolesHeld", .array(mention.rolesHeld.map(role)))) }
        if let source = mention.sourceBytes {
            members.append(("sourceBytes", .object([("start", .int(source.start)), ("end", .int(source.end))])))
        }
        return .object(members)
    }

    public static func role(_ role: DatedRole) -> JSONValue {
        var fields: [(String, JSONValue)] = [("role", .string(role.role)), ("of", .string(role.of)),
                                             ("from", .string(role.from.description))]
        if let to = role.to { fields.append(("to", .string(to.description))) }
        return .object(fields)
    }

    public static func entity(_ entity: Entity) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("type", .string(entity.type.rawValue)),
            ("subtype", .string(entity.subtype)),
            ("label", .object([("it", .string(entity.label.it)), ("en", .string(entity.label.en))])),
        ]
        if !entity.codes.isEmpty {
            members.append(("codes", .object(entity.codes.keys.sorted().map { ($0, .string(entity.codes[$0]!)) })))
        }
        if !entity.relations.isEmpty {
            members.append(("relations", .object(entity.relations.keys.sorted().map { key in
                (key, .array(entity.relations[key]!.map { .string($0) }))
            })))
        }
        if !entity.roles.isEmpty {
            members.append(("roles", .array(entity.roles.map(role))))
        }
        if let from = entity.validFrom, let to = entity.validTo {
            members.append(("valid", .object([("from", .string(from.description)), ("to", .string(to.description))])))
        }
        return .object(members)
    }
}
