import GazzettaExport
import GazzettaModel
import GazzettaText

/// A Label Studio task with `predictions`: offsets in UTF-16 code units (JavaScript string indices, as
/// Label Studio's text labels count), the entity id and role in each result's `meta`.
public struct LabelStudioExporter: Sendable {
    /// Creates an exporter; it holds no state.
    public init() {}

    /// One task: `document`'s text, id and language as `data`, its mentions as one prediction tagged `modelVersion`.
    public func task(_ document: AnnotatedDocument, modelVersion: String) -> JSONValue {
        let table = TextOffsets(document.text)
        let results: [JSONValue] = document.mentions.enumerated().map { index, mention in
            .object([
                ("id", .string("m\(index + 1)")),
                ("from_name", .string("label")),
                ("to_name", .string("text")),
                ("type", .string("labels")),
                ("value", .object([
                    ("start", .int(table.utf16Offset(ofScalar: mention.start))),
                    ("end", .int(table.utf16Offset(ofScalar: mention.end))),
                    ("text", .string(mention.text)),
                    ("labels", .array([.string(mention.type.rawValue)])),
                ])),
                ("meta", .object([("text", .array([.string(mention.entity.rawValue), .string(mention.role.rawValue)]))])),
            ])
        }
        return .object([
            ("data", .object([("text", .string(document.text)), ("id", .string(document.info.id)),
                              ("lang", .string(document.info.language.rawValue))])),
            ("predictions", .array([.object([("model_version", .string(modelVersion)), ("result", .array(results))])])),
        ])
    }
}
