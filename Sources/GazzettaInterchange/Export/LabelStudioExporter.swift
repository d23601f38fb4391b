import GazzettaExport
import GazzettaModel

/// A Label Studio task with `predictions`, for the labelling config `LabelStudioExporter.labelingConfig`.
///
/// Offsets are code points, as Label Studio counts them for `<Text>` (its test "Should calculate offsets by
/// code points in text": an emoji before a word moves it by one, not two). Each mention is one region: a
/// `labels` result (`label` → `text`) with the type, a per-region `textarea` result (`entity`) with the entity
/// id and a per-region `choices` result (`role`) with the role, all three sharing the region's `id` — the
/// form in which Label Studio keeps per-region fields through editing and export.
public struct LabelStudioExporter: Sendable {
    /// The control names the results and the config share.
    public enum Name {
        /// The `<Labels>` control: the mention's type.
        public static let label = "label"
        /// The `<Text>` object.
        public static let text = "text"
        /// The per-region `<TextArea>`: the entity id.
        public static let entity = "entity"
        /// The per-region `<Choices>`: the role.
        public static let role = "role"
    }

    /// Creates an exporter; it holds no state.
    public init() {}

    /// One task: `document`'s text, id and language as `data`, its mentions as one prediction tagged `modelVersion`.
    public func task(_ document: AnnotatedDocument, modelVersion: String) -> JSONValue {
        let results: [JSONValue] = document.mentions.enumerated().flatMap { index, mention -> [JSONValue] in
            let id = JSONValue.string("m\(index + 1)")
            let span: [(String, JSONValue)] = [("start", .int(mention.start)), ("end", .int(mention.end))]
            func result(_ name: String, _ type: String, _ value: [(String, JSONValue)]) -> JSONValue {
                .object([("id", id), ("from_name", .string(name)), ("to_name", .string(Name.text)), ("type", .string(type)),
                         ("value", .object(span + value))])
            }
            return [
                result(Name.label, "labels", [("text", .string(mention.text)), ("labels", .array([.string(mention.type.rawValue)]))]),
                result(Name.entity, "textarea", [("text", .array([.string(mention.entity.rawValue)]))]),
                result(Name.role, "choices", [("choices", .array([.string(mention.role.rawValue)]))]),
            ]
        }
        return .object([
            ("data", .object([("text", .string(document.text)), ("id", .string(document.info.id)),
                              ("lang", .string(document.info.language.rawValue))])),
            ("predictions", .array([.object([("model_version", .string(modelVersion)), ("result", .array(results))])])),
        ])
    }

    /// The labelling config to paste into a Label Studio project: the four types as labels over the text, and,
    /// for the selected region, its entity id and role.
    public static var labelingConfig: String {
        var lines = ["<!-- Gazzetta's labelling config: the four types, and each region's entity id and role. -->", "<View>", "  <Labels name=\"\(Name.label)\" toName=\"\(Name.text)\">"]
        lines += EntityType.allCases.map { "    <Label value=\"\($0.rawValue)\" background=\"\(TypeColour.of($0))\"/>" }
        lines += ["  </Labels>", "  <Text name=\"\(Name.text)\" value=\"$text\"/>", "  <View visibleWhen=\"region-selected\">",
                  "    <Header value=\"Entity id (e.g. country:KZ)\"/>",
                  "    <TextArea name=\"\(Name.entity)\" toName=\"\(Name.text)\" perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\" rows=\"1\"/>",
                  "    <Header value=\"Role\"/>",
                  "    <Choices name=\"\(Name.role)\" toName=\"\(Name.text)\" perRegion=\"true\" choice=\"single\">"]
        lines += MentionRole.allCases.map { "      <Choice value=\"\($0.rawValue)\"/>" }
        lines += ["    </Choices>", "  </View>", "</View>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
