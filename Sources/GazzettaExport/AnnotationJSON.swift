import GazzettaModel

/// The JSON contract of `gazzetta annotate` (`gazzetta.annotation/1`, see `Schemas/annotation.schema.json`).
///
/// Keys come in a fixed order, mentions sorted by start, entities by id: the same document gives the
/// same bytes. Written straight into a `JSONStream`: no intermediate tree.
public enum AnnotationJSON {
    /// The document as JSON text, newline-terminated.
    public static func encode(_ document: AnnotatedDocument, pretty: Bool) -> String {
        String(decoding: utf8(document, pretty: pretty), as: UTF8.self)
    }

    /// The document as JSON in UTF-8 bytes, newline-terminated: what `encode` returns, without building a
    /// String of it (the form to write to a file or a pipe).
    public static func utf8(_ document: AnnotatedDocument, pretty: Bool) -> [UInt8] {
        var stream = JSONStream(pretty: pretty, capacity: document.text.utf8.count * 2 + document.mentions.count * 160 + 4096)
        write(document, into: &stream)
        stream.newlineAtEnd()
        return stream.bytes
    }

    /// Writes the document as JSON to `sink` as it goes, newline-terminated: the same bytes as `utf8`, handed
    /// over in pieces of about `flushAt` bytes (one value may be longer: the text), so the output is never held
    /// whole.
    public static func stream(_ document: AnnotatedDocument, pretty: Bool, flushAt: Int = 1 << 16,
                              to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        var stream = JSONStream(pretty: pretty, flushAt: flushAt, sink: sink)
        write(document, into: &stream)
        stream.newlineAtEnd()
        stream.flush()
    }

    /// Writes the whole document.
    public static func write(_ document: AnnotatedDocument, into stream: inout JSONStream) {
        let info = document.info
        stream.beginObject()
        stream.field("schema", AnnotatedDocument.schema)
        stream.key("document")
        stream.beginObject()
        stream.field("id", info.id)
        stream.field("lang", info.language.rawValue)
        stream.field("langSource", info.languageSource)
        stream.field("sha256", info.sha256)
        stream.field("length", info.length)
        if let date = info.date { stream.field("date", date.description) }
        if let lexicon = info.lexicon { stream.field("lexicon", lexicon) }
        stream.field("format", info.format)
        stream.field("encoding", info.encoding)
        if !info.notes.isEmpty { strings("notes", info.notes, &stream) }
        stream.endObject()
        stream.field("text", document.text)
        stream.key("sentences")
        stream.beginArray()
        for sentence in document.sentences { span(sentence, &stream) }
        stream.endArray()
        stream.key("mentions")
        stream.beginArray()
        // Mentions come sorted from the annotator; a document built elsewhere may not be.
        let mentions = document.mentions
        let inOrder = mentions.indices.dropFirst().allSatisfy {
            (mentions[$0 - 1].start, mentions[$0 - 1].end) <= (mentions[$0].start, mentions[$0].end)
        }
        let ordered = inOrder ? mentions : mentions.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) })
        for index in ordered.indices { write(ordered[index], into: &stream) }
        stream.endArray()
        stream.key("entities")
        stream.beginObject()
        for id in document.entities.keys.sorted() {
            stream.key(id.rawValue)
            write(document.entities[id]!, into: &stream)
        }
        stream.endObject()
        stream.key("sectors")
        stream.beginArray()
        for entry in document.sectors {
            stream.beginObject()
            stream.field("sector", entry.sector.rawValue)
            stream.field("mentions", entry.mentions)
            stream.key("weight")
            stream.decimal(entry.weight, places: 3)
            stream.key("sentences")
            stream.beginArray()
            for sentence in entry.sentences { stream.int(sentence) }
            stream.endArray()
            stream.endObject()
        }
        stream.endArray()
        stream.key("cooperation")
        stream.beginArray()
        for record in document.cooperation {
            stream.beginObject()
            strings("actors", record.actors.map(\.rawValue), &stream)
            stream.field("sector", record.sector.rawValue)
            stream.field("sentence", record.sentence)
            if let date = record.date { stream.field("date", date) }
            writeGrounding(of: record, into: &stream)
            stream.endObject()
        }
        stream.endArray()
        stream.endObject()
    }

    /// A record's optional fields: polarity, codes, participants, cue, tie and evidence spans.
    private static func writeGrounding(of record: CooperationRecord, into stream: inout JSONStream) {
        if let polarity = record.polarity { stream.field("polarity", polarity.rawValue) }
        if let cameo = record.cameo { stream.field("cameo", cameo) }
        if let crs = record.crs { stream.field("crs", crs) }
        if let participants = record.participants {
            stream.key("participants")
            stream.beginArray()
            for participant in participants {
                stream.beginObject()
                stream.field("actor", participant.actor.rawValue)
                if let via = participant.via { stream.field("via", via.rawValue) }
                if let role = participant.role { stream.field("role", role.rawValue) }
                stream.field("start", participant.start)
                stream.field("end", participant.end)
                stream.endObject()
            }
            stream.endArray()
        }
        if let cue = record.cue { span("cue", cue, &stream) }
        if let tie = record.tie {
            stream.key("tie")
            stream.beginObject()
            stream.field("kind", tie.kind.rawValue)
            stream.field("start", tie.start)
            stream.field("end", tie.end)
            stream.endObject()
        }
        if let evidence = record.evidence { span("evidence", evidence, &stream) }
    }

    private static func span(_ key: String, _ span: Span, _ stream: inout JSONStream) {
        stream.key(key)
        stream.beginObject()
        stream.field("start", span.start)
        stream.field("end", span.end)
        stream.endObject()
    }

    /// Writes one mention.
    public static func write(_ mention: Mention, into stream: inout JSONStream) {
        stream.beginObject()
        stream.field("start", mention.start)
        stream.field("end", mention.end)
        stream.field("text", mention.text)
        stream.field("type", mention.type.rawValue)
        stream.field("entity", mention.entity.rawValue)
        stream.field("form", mention.form)
        stream.field("role", mention.role.rawValue)
        stream.field("sentence", mention.sentence)
        if let refersTo = mention.refersTo { stream.field("refersTo", refersTo.rawValue) }
        if !mention.alternatives.isEmpty {
            stream.key("alternatives")
            stream.beginArray()
            for alternative in mention.alternatives {
                stream.beginObject()
                stream.field("entity", alternative.entity.rawValue)
                if let start = alternative.start { stream.field("start", start) }
                if let end = alternative.end { stream.field("end", end) }
                stream.field("reason", alternative.reason.rawValue)
                stream.endObject()
            }
            stream.endArray()
        }
        if !mention.notes.isEmpty { strings("notes", mention.notes.map(\.description), &stream) }
        if !mention.rolesHeld.isEmpty {
            stream.key("rolesHeld")
            stream.beginArray()
            for role in mention.rolesHeld { write(role, into: &stream) }
            stream.endArray()
        }
        if let confidence = mention.confidence {
            stream.key("confidence")
            stream.decimal(confidence, places: 2)
        }
        if let source = mention.sourceBytes {
            stream.key("sourceBytes")
            span(source, &stream)
        }
        stream.endObject()
    }

    /// Writes one entity as the `entities` section shows it.
    public static func write(_ entity: Entity, into stream: inout JSONStream) {
        stream.beginObject()
        stream.field("type", entity.type.rawValue)
        stream.field("subtype", entity.subtype)
        stream.key("label")
        stream.beginObject()
        for (language, label) in entity.label.ordered { stream.field(language.rawValue, label) }
        stream.endObject()
        if !entity.codes.isEmpty {
            stream.key("codes")
            stream.beginObject()
            for scheme in entity.codes.keys.sorted() { stream.field(scheme, entity.codes[scheme]!) }
            stream.endObject()
        }
        if !entity.relations.isEmpty {
            stream.key("relations")
            stream.beginObject()
            for relation in entity.relations.keys.sorted() { strings(relation.rawValue, entity.relations[relation]!.map(\.rawValue), &stream) }
            stream.endObject()
        }
        if !entity.roles.isEmpty {
            stream.key("roles")
            stream.beginArray()
            for role in entity.roles { write(role, into: &stream) }
            stream.endArray()
        }
        if let from = entity.validFrom, let to = entity.validTo {
            stream.key("valid")
            stream.beginObject()
            stream.field("from", from.description)
            stream.field("to", to.description)
            stream.endObject()
        }
        if let population = entity.population { stream.field("population", population) }
        stream.endObject()
    }

    /// Writes a dated role.
    public static func write(_ role: DatedRole, into stream: inout JSONStream) {
        stream.beginObject()
        stream.field("role", role.role)
        stream.field("of", role.of.rawValue)
        stream.field("from", role.from.description)
        if let to = role.to { stream.field("to", to.description) }
        stream.endObject()
    }

    private static func span(_ span: Span, _ stream: inout JSONStream) {
        stream.beginObject()
        stream.field("start", span.start)
        stream.field("end", span.end)
        stream.endObject()
    }

    private static func strings(_ key: String, _ values: [String], _ stream: inout JSONStream) {
        stream.key(key)
        stream.beginArray()
        for value in values { stream.string(value) }
        stream.endArray()
    }
}
