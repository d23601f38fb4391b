import Foundation
import GazzettaEvaluation
import GazzettaModel
import GazzettaText

/// Reads a Label Studio export (a JSON list of tasks) back into gold documents: the latest annotation of
/// each task (else its first prediction); UTF-16 offsets turned into code points; the entity and role from
/// each result's `meta` (as `gazzetta export --format labelstudio` writes them), else `unlinked:TYPE`.
public struct LabelStudioImporter: Sendable {
    /// A task read back.
    public struct Task: Sendable {
        /// The task's `data.id`, else `task-N` (N counted from 1).
        public var id: String
        /// The task's `data.lang`; `nil` when absent or not `it`/`en`.
        public var language: Language?
        /// The task's text (`data.text`), which the mentions' code-point offsets point into.
        public var text: String
        /// Its labelled spans, offsets converted from UTF-16 to code points.
        public var mentions: [GoldDocument.GoldMention]
    }

    /// Creates an importer; it holds no state.
    public init() {}

    /// The tasks of a Label Studio export; throws `InterchangeError` (naming `source`) on a task without text or a result with a bad span or label.
    public func tasks(_ data: Data, source: String) throws -> [Task] {
        guard let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw InterchangeError("\(source): not a Label Studio export (a JSON list of tasks)")
        }
        return try list.enumerated().map { index, task in
            guard let data = task["data"] as? [String: Any], let text = data["text"] as? String else {
                throw InterchangeError("\(source): task \(index) has no data.text")
            }
            let completed = (task["annotations"] as? [[String: Any]])?.last
            let predicted = (task["predictions"] as? [[String: Any]])?.first
            let results = (completed ?? predicted)?["result"] as? [[String: Any]] ?? []
            let table = TextOffsets(text)
            var mentions: [GoldDocument.GoldMention] = []
            for result in results where result["type"] as? String == "labels" {
                guard let value = result["value"] as? [String: Any], let start16 = value["start"] as? Int, let end16 = value["end"] as? Int,
                      let label = (value["labels"] as? [String])?.first, let type = EntityType(rawValue: label.lowercased()),
                      let start = table.scalarOffset(ofUTF16: start16), let end = table.scalarOffset(ofUTF16: end16), start < end else {
                    throw InterchangeError("\(source): task \(index): a result with a bad span or label")
                }
                let meta = (result["meta"] as? [String: Any])?["text"] as? [String] ?? []
                mentions.append(GoldDocument.GoldMention(start: start, end: end, text: text.scalarSlice(start, end), type: type,
                                                         entity: meta.first ?? "unlinked:\(type.rawValue)",
                                                         role: meta.count > 1 ? MentionRole(rawValue: meta[1]) : nil))
            }
            return Task(id: data["id"] as? String ?? "task-\(index + 1)",
                        language: (data["lang"] as? String).flatMap(Language.init(rawValue:)), text: text, mentions: mentions)
        }
    }
}
