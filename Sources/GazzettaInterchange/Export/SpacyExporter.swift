import GazzettaExport
import GazzettaModel

/// displaCy's manual format: `{"text", "ents": [{"start", "end", "label", "kb_id"}], "title"}`, offsets in
/// code points (Python string indices), labels in capitals.
public struct SpacyExporter: Sendable {
    /// Creates an exporter; it holds no state.
    public init() {}

    /// The displaCy object of `document`, titled with its id.
    public func document(_ document: AnnotatedDocument) -> JSONValue {
        .object([
            ("text", .string(document.text)),
            ("ents", .array(document.mentions.map { mention in
                .object([("start", .int(mention.start)), ("end", .int(mention.end)),
                         ("label", .string(mention.type.rawValue.uppercased())), ("kb_id", .string(mention.entity.rawValue))])
            })),
            ("title", .string(document.info.id)),
        ])
    }
}
