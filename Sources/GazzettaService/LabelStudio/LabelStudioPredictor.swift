import GazzettaAnnotator
import GazzettaExport
import GazzettaModel

/// Label Studio's ML backend `/predict`: `{"tasks": [{"id", "data": {"text": …}}], "label_config": …}` in,
/// `{"results": [{"model_version", "result": [{"from_name", "to_name", "type": "labels", "value": {"start",
/// "end", "text", "labels"}}]}]}` out, one prediction per task, in order.
///
/// Offsets are code points into the task's text: Label Studio's backends count Python string indices
/// (`gazzetta export --format labelstudio`, which writes files for its importer, counts UTF-16 units instead).
struct LabelStudioPredictor {
    let config: LabelConfig
    let modelVersion: String

    /// The document a task asks for: its text field (by the configuration), its `lang` when it has one.
    static func request(for task: [String: Any], index: Int, config: LabelConfig) throws(ServiceError) -> AnnotationRequest {
        guard let data = task["data"] as? [String: Any] else {
            throw .badRequest("bad-request", "tasks[\(index)] has no \"data\" object")
        }
        guard let text = data[config.dataKey] as? String else {
            throw .badRequest("bad-request", "tasks[\(index)].data has no \"\(config.dataKey)\" string (the label config's Text value)")
        }
        let id = task["id"].map { "\($0)" } ?? "task-\(index + 1)"
        var options = AnnotationOptions()
        if let lang = data["lang"] as? String { options.language = Language(rawValue: lang) }
        return AnnotationRequest(bytes: Array(text.utf8), format: .text, encoding: .utf8, id: id, options: options)
    }

    /// One task's prediction from its annotated document.
    func prediction(_ document: AnnotatedDocument, taskText: String) -> JSONValue {
        // The decoder drops a leading BOM; Label Studio's text keeps it.
        let shift = taskText.unicodeScalars.first == "\u{FEFF}" ? 1 : 0
        var results: [JSONValue] = []
        for mention in document.mentions {
            guard let label = config.label(for: mention.type.rawValue) else { continue }
            results.append(.object([
                ("id", .string("m\(results.count + 1)")),
                ("from_name", .string(config.fromName)),
                ("to_name", .string(config.toName)),
                ("type", .string("labels")),
                ("value", .object([
                    ("start", .int(mention.start + shift)),
                    ("end", .int(mention.end + shift)),
                    ("text", .string(mention.text)),
                    ("labels", .array([.string(label)])),
                ])),
                ("meta", .object([("text", .array([.string(mention.entity.rawValue), .string(mention.role.rawValue)]))])),
            ]))
        }
        return .object([("model_version", .string(modelVersion)), ("result", .array(results))])
    }
}
