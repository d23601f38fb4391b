import GazzettaExport
import GazzettaLexicon
import GazzettaModel

/// The corpus-level view of a batch: entity frequencies over the corpus and per document, the sector profile
/// per document, co-occurrence of actors and places with sectors, and who cooperates with whom on what (the
/// pairs of actors of the cooperation records), ready for a spreadsheet or a plot.
public struct BatchSummary {
    let records: [DocumentRecord]
    let lexicon: Lexicon

    var value: JSONValue {
        let ok = records.filter { $0.status == "ok" }
        var mentions: [String: Int] = [:], documents: [String: Int] = [:], cooccurrence: [String: Int] = [:]
        var discovered: [String: DiscoveredEntity] = [:]
        for record in ok {
            for (id, entity) in record.discovered ?? [:] where discovered[id] == nil { discovered[id] = entity }
            for (entity, count) in record.entities ?? [:] {
                mentions[entity, default: 0] += count
                documents[entity, default: 0] += 1
            }
            for (pair, count) in record.cooccurrence ?? [:] { cooccurrence[pair, default: 0] += count }
        }
        let whoWithWhom = BatchSummary.whoWithWhom(ok)
        let entities: [JSONValue] = mentions.keys.sorted { (mentions[$0]!, $1) > (mentions[$1]!, $0) }.map { id in
            var fields: [(String, JSONValue)] = [("entity", .string(id))]
            if let entity = lexicon[EntityID(id)] {
                fields += [("type", .string(entity.type.rawValue)), ("label", .object(entity.label.ordered.map { ($0.language.rawValue, .string($0.label)) }))]
            } else if let entity = discovered[id] {
                fields += [("type", .string(entity.type)), ("label", .string(entity.label)), ("discovered", .bool(true))]
            }
            fields += [("mentions", .int(mentions[id]!)), ("documents", .int(documents[id]!))]
            return .object(fields)
        }
        // The names no lexicon has, most mentioned first: what `gazzetta lexicon curate` turns into records.
        let newNames: [JSONValue] = discovered.keys.sorted { (mentions[$0, default: 0], $1) > (mentions[$1, default: 0], $0) }.map { id in
            .object([("entity", .string(id)), ("type", .string(discovered[id]!.type)), ("label", .string(discovered[id]!.label)),
                     ("mentions", .int(mentions[id, default: 0])), ("documents", .int(documents[id, default: 0]))])
        }
        let perDocument: [JSONValue] = ok.map { record in
            .object([
                ("path", .string(record.path)),
                ("entities", BatchSummary.counts(record.entities ?? [:])),
                ("sectors", BatchSummary.counts(record.sectors ?? [:])),
            ])
        }
        let pairs: [JSONValue] = cooccurrence.keys.sorted { (cooccurrence[$0]!, $1) > (cooccurrence[$1]!, $0) }.map { pair in
            let parts = pair.split(separator: "|", maxSplits: 1).map(String.init)
            return .object([("entity", .string(parts[0])), ("sector", .string(parts.count > 1 ? parts[1] : "")),
                             ("sentences", .int(cooccurrence[pair]!))])
        }
        return .object([
            ("schema", .string("gazzetta.summary/1")),
            ("lexicon", .string(lexicon.version)),
            ("documents", .int(records.count)),
            ("annotated", .int(ok.count)),
            ("failed", .int(records.count - ok.count)),
            ("entities", .array(entities)),
            ("discovered", .array(newNames)),
            ("perDocument", .array(perDocument)),
            ("cooccurrence", .array(pairs)),
            ("cooperation", .array(whoWithWhom.map { pair in
                .object([("actors", .array(pair.actors.map { .string($0) })),
                         ("labels", .array(pair.actors.map { .string(label($0, discovered)) })),
                         ("records", .int(pair.records)), ("documents", .int(pair.documents)),
                         ("sectors", BatchSummary.counts(pair.sectors))])
            })),
        ])
    }

    /// One line of the who-with-whom table: two actors, their records over the corpus, the documents
    /// with any, and the records per sector.
    struct ActorPair: Equatable {
        var actors: [String]
        var records = 0
        var documents = 0
        var sectors: [String: Int] = [:]
    }

    /// The pairs of actors of the corpus's cooperation records, most records first, then by actors.
    static func whoWithWhom(_ records: [DocumentRecord]) -> [ActorPair] {
        var pairs: [String: ActorPair] = [:]
        for record in records {
            var seen = Set<String>()
            for (key, count) in record.pairs ?? [:] {
                let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 3 else { continue }
                let pairKey = parts[0] + "|" + parts[1]
                pairs[pairKey, default: ActorPair(actors: [parts[0], parts[1]])].records += count
                pairs[pairKey]!.sectors[parts[2], default: 0] += count
                if seen.insert(pairKey).inserted { pairs[pairKey]!.documents += 1 }
            }
        }
        return pairs.values.sorted { ($0.records, $1.actors.joined(separator: "|")) > ($1.records, $0.actors.joined(separator: "|")) }
    }

    /// An entity's English label (else any), or its id when neither the lexicon nor a document names it.
    private func label(_ id: String, _ discovered: [String: DiscoveredEntity]) -> String {
        if let entity = lexicon[EntityID(id)] { return entity.label[.english] }
        return discovered[id]?.label ?? id
    }

    /// The who-with-whom table as plain text, for people: the `limit` pairs with most records, each with its
    /// records, documents and sectors (most records first).
    public static func whoWithWhomTable(_ records: [DocumentRecord], lexicon: Lexicon, limit: Int = 10) -> String {
        let pairs = whoWithWhom(records.filter { $0.status == "ok" })
        guard !pairs.isEmpty else { return "cooperation records: none\n" }
        let summary = BatchSummary(records: records, lexicon: lexicon)
        var rows = [["actors", "records", "documents", "sectors"]]
        for pair in pairs.prefix(limit) {
            let names = pair.actors.map { summary.label($0, [:]) }.joined(separator: " – ")
            let sectors = pair.sectors.keys.sorted { (pair.sectors[$0]!, $1) > (pair.sectors[$1]!, $0) }
                .map { "\(summary.label($0, [:])) \(pair.sectors[$0]!)" }.joined(separator: ", ")
            rows.append([names, String(pair.records), String(pair.documents), sectors])
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max()! }
        var text = "who with whom (\(pairs.count) pair\(pairs.count == 1 ? "" : "s") of actors\(pairs.count > limit ? ", top \(limit)" : "")):\n"
        for row in rows {
            text += (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3] + "\n"
        }
        return text
    }

    /// `{id: count}` sorted by count, then id.
    static func counts(_ values: [String: Int]) -> JSONValue {
        .object(values.keys.sorted { (values[$0]!, $1) > (values[$1]!, $0) }.map { ($0, .int(values[$0]!)) })
    }

    /// A `corpus.jsonl` line: path, id, lang, sha256, counts, status.
    static func corpusLine(_ record: DocumentRecord) -> JSONValue {
        var fields: [(String, JSONValue)] = [("path", .string(record.path)), ("id", .string(String(record.output.dropLast(5))))]
        if let lang = record.lang { fields.append(("lang", .string(lang))) }
        if let sha = record.sha256 { fields.append(("sha256", .string(sha))) }
        if let encoding = record.encoding { fields.append(("encoding", .string(encoding))) }
        if let counts = record.counts {
            fields.append(("counts", .object(EntityType.allCases.map { ($0.rawValue, .int(counts[$0.rawValue] ?? 0)) })))
        }
        fields.append(("status", .string(record.status)))
        if let error = record.error { fields.append(("error", .string(error))) }
        return .object(fields)
    }

    /// A progress-journal line: the whole record, keys sorted, so a resumed run can rebuild the summary.
    static func journalLine(_ record: DocumentRecord) -> JSONValue {
        func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        func map(_ values: [String: Int]?) -> JSONValue {
            values.map { dict in .object(dict.keys.sorted().map { ($0, .int(dict[$0]!)) }) } ?? .null
        }
        return .object([
            ("path", .string(record.path)), ("output", .string(record.output)), ("status", .string(record.status)),
            ("error", optional(record.error)), ("sha256", optional(record.sha256)), ("lexicon", optional(record.lexicon)),
            ("options", optional(record.options)),
            ("lang", optional(record.lang)), ("encoding", optional(record.encoding)), ("counts", map(record.counts)),
            ("entities", map(record.entities)), ("sectors", map(record.sectors)), ("cooccurrence", map(record.cooccurrence)),
            ("pairs", map(record.pairs)),
            ("discovered", discovered(record.discovered)),
        ])
    }

    /// The discovered entities of a journal record, ids sorted; without them a resumed run's summary would
    /// lose the names its reused documents introduced.
    private static func discovered(_ values: [String: DiscoveredEntity]?) -> JSONValue {
        values.map { dict in
            .object(dict.keys.sorted().map { ($0, .object([("type", .string(dict[$0]!.type)), ("label", .string(dict[$0]!.label))])) })
        } ?? .null
    }
}
