import GazzettaEvaluation
import GazzettaExport
import GazzettaModel

/// Writes gold annotations (`gazzetta.gold/1`, see `Corpus/README.md`): what reviewed annotations become.
public enum GoldWriter {
    /// The pretty `gazzetta.gold/1` JSON of a document, mentions sorted by span; `lang`, `date` and a mention's `role` are left out when `nil`.
    public static func json(id: String, language: Language?, date: DayDate?, mentions: [GoldDocument.GoldMention]) -> String {
        var head: [(String, JSONValue)] = [("id", .string(id))]
        if let language { head.append(("lang", .string(language.rawValue))) }
        if let date { head.append(("date", .string(date.description))) }
        let sorted = mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        return JSONWriter(pretty: true).string(.object([
            ("schema", .string("gazzetta.gold/1")),
            ("document", .object(head)),
            ("mentions", .array(sorted.map { mention in
                var fields: [(String, JSONValue)] = [
                    ("start", .int(mention.start)), ("end", .int(mention.end)), ("text", .string(mention.text)),
                    ("type", .string(mention.type.rawValue)), ("entity", .string(mention.entity)),
                ]
                if let role = mention.role { fields.append(("role", .string(role.rawValue))) }
                return .object(fields)
            })),
        ]))
    }
}
