import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the service needs from a Label Studio project's labeling configuration (its XML):
/// the `<Labels>` control's name and the `<Text>` object's, the task field the text is in, and the labels offered.
///
/// `<View><Labels name="label" toName="text"><Label value="place"/>…</Labels><Text name="text" value="$text"/></View>`
struct LabelConfig: Equatable {
    /// The `<Labels>` control's `name` (a result's `from_name`).
    var fromName = "label"
    /// The `<Text>` object's `name` (a result's `to_name`).
    var toName = "text"
    /// The task `data` field the text is read from (`$text` → `text`).
    var dataKey = "text"
    /// The `<Label value=…>`s offered; empty when the configuration gave none (then every type is sent).
    var labels: [String] = []

    /// The default: what `gazzetta export --format labelstudio` assumes.
    static let standard = LabelConfig()

    /// The configuration in `xml`; the defaults for what it does not say (or when it is not XML).
    init(xml: String?) {
        guard let xml, let data = xml.data(using: .utf8) else { return }
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { return }
        if let labels = reader.labels {
            fromName = labels.name
            toName = labels.toName
            self.labels = labels.values
        }
        if let text = reader.texts.first(where: { $0.name == toName }) ?? reader.texts.first {
            toName = text.name
            if text.value.hasPrefix("$") { dataKey = String(text.value.dropFirst()) }
        }
    }

    init() {}

    /// The label a mention of `type` gets: the offered label naming it (case aside, with the usual NER names:
    /// `ORG`, `LOC`, `GPE`, `PER`…), or `nil` when the project offers none for it.
    func label(for type: String) -> String? {
        if labels.isEmpty { return type }
        let names = LabelConfig.synonyms[type] ?? [type]
        return labels.first { names.contains($0.lowercased()) }
    }

    /// Names projects give Gazzetta's types.
    static let synonyms: [String: Set<String>] = [
        "actor": ["actor", "person", "per", "people", "norp"],
        "organisation": ["organisation", "organization", "org"],
        "place": ["place", "location", "loc", "gpe"],
        "sector": ["sector", "topic"],
    ]

    /// Collects `<Labels>`, its `<Label>`s and `<Text>`s.
    private final class Reader: NSObject, XMLParserDelegate {
        var labels: (name: String, toName: String, values: [String])?
        var texts: [(name: String, value: String)] = []
        private var inLabels = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "Labels" where labels == nil:
                labels = (attributes["name"] ?? "label", attributes["toName"] ?? "text", [])
                inLabels = true
            case "Label" where inLabels:
                if let value = attributes["value"] { labels?.values.append(value) }
            case "Text", "HyperText":
                texts.append((attributes["name"] ?? "text", attributes["value"] ?? "$text"))
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "Labels" { inLabels = false }
        }
    }
}
