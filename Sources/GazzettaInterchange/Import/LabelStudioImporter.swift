import Foundation
import GazzettaEvaluation
import GazzettaModel
import GazzettaText

/// Reads a Label Studio export (a JSON list of tasks) back into gold documents: the latest annotation of
/// each task that was not cancelled (else its first prediction). Offsets are code points, as Label Studio
/// counts them; each region's stored `text` must be the text at its span. The entity and role come from the
/// region's per-region `entity` text area and `role` choice (as `LabelStudioExporter` writes them and its
/// labelling config asks for), else from the region's `meta` (older exports), else `unlinked:TYPE`.
///
/// Every bad task or region is an error naming the file, the line where the task begins, the task and the
/// region: a malformed or reversed span, a span past the text, an unknown label, a text that is not the
/// slice, an entity that contradicts its type, a task id used twice.
public struct LabelStudioImporter: Sendable {
    /// A task read back.
    public struct Task: Sendable {
        /// The task's `data.id`, else `task-ID` from Label Studio's own task id, else `task-N` (N counted from 1).
        public var id: String
        /// The task's `data.lang`; `nil` when absent or not a registered language.
        public var language: Language?
        /// The task's text (`data.text`), which the mentions' code-point offsets point into.
        public var text: String
        /// Its labelled spans.
        public var mentions: [GoldDocument.GoldMention]
    }

    /// Creates an importer; it holds no state.
    public init() {}

    /// The tasks of a Label Studio export; throws `InterchangeError` naming `source`, line and task.
    public func tasks(_ data: Data, source: String) throws -> [Task] {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            let reason = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "not valid JSON"
            throw InterchangeError("\(source): not valid JSON: \(reason)")
        }
        guard let list = json as? [Any] else { throw InterchangeError("\(source): not a Label Studio export (a JSON list of tasks)") }
        let lines = LabelStudioImporter.elementLines([UInt8](data))
        var seen: [String: Int] = [:]
        return try list.enumerated().map { index, element in
            let line = index < lines.count ? lines[index] : 1
            let place = "\(source):\(line): task \(index + 1)"
            guard let task = element as? [String: Any] else { throw InterchangeError("\(place): not a JSON object") }
            let read = try self.task(task, index: index, place: place)
            if let first = seen[read.id] {
                throw InterchangeError("\(place) (id '\(read.id)'): the same id as task \(first); each task becomes one gold file, so ids must differ")
            }
            seen[read.id] = index + 1
            return read
        }
    }

    private func task(_ task: [String: Any], index: Int, place: String) throws -> Task {
        guard let data = task["data"] as? [String: Any], let text = data["text"] as? String else {
            throw InterchangeError("\(place): no data.text (a string)")
        }
        let id: String
        switch data["id"] {
        case nil: id = (task["id"] as? Int).map { "task-\($0)" } ?? "task-\(index + 1)"
        case let string as String where !string.isEmpty: id = string
        default: throw InterchangeError("\(place): data.id must be a non-empty string")
        }
        let place = "\(place) (id '\(id)')"
        let completed = (task["annotations"] as? [[String: Any]])?.last { ($0["was_cancelled"] as? Bool) != true }
        let predicted = (task["predictions"] as? [[String: Any]])?.first
        let results = (completed ?? predicted)?["result"] as? [[String: Any]] ?? []
        let mentions = try Regions(results: results, text: Array(text.unicodeScalars), place: place).mentions()
        return Task(id: id, language: (data["lang"] as? String).flatMap(Language.init(rawValue:)), text: text, mentions: mentions)
    }

    /// The line on which each element of the top-level JSON array begins.
    static func elementLines(_ bytes: [UInt8]) -> [Int] {
        var lines: [Int] = []
        var line = 1, depth = 0, inString = false, escaped = false, expectElement = false
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if expectElement && !isSpace && byte != 0x5D {
                lines.append(line)
                expectElement = false
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth == 1 && byte == 0x5B { expectElement = true }
            case 0x5D, 0x7D: depth -= 1
            case 0x2C where depth == 1: expectElement = true
            default: break
            }
        }
        return lines
    }
}

/// The results of one annotation, grouped into regions by their shared `id`.
private struct Regions {
    var results: [[String: Any]]
    var text: [Unicode.Scalar]
    var place: String

    func fail(_ index: Int, _ result: [String: Any], _ message: String) -> InterchangeError {
        InterchangeError("\(place): result \(index + 1)\((result["id"] as? String).map { " ('\($0)')" } ?? ""): \(message)")
    }

    func mentions() throws -> [GoldDocument.GoldMention] {
        var entities: [String: String] = [:], roles: [String: MentionRole] = [:]
        for (index, result) in results.enumerated() {
            guard let id = result["id"] as? String, let value = result["value"] as? [String: Any] else { continue }
            switch (result["type"] as? String, result["from_name"] as? String) {
            case ("textarea", LabelStudioExporter.Name.entity):
                guard let entity = (value["text"] as? [String])?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !entity.isEmpty else {
                    throw fail(index, result, "the entity text area holds no id")
                }
                entities[id] = entity
            case ("choices", LabelStudioExporter.Name.role):
                guard let choice = (value["choices"] as? [String])?.first, let role = MentionRole(rawValue: choice) else {
                    throw fail(index, result, "the role is not one of \(MentionRole.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                roles[id] = role
            default: break
            }
        }
        var mentions: [GoldDocument.GoldMention] = []
        var regionIDs: Set<String> = []
        for (index, result) in results.enumerated() where result["type"] as? String == "labels" {
            var mention = try labelled(index, result)
            if let id = result["id"] as? String {
                guard regionIDs.insert(id).inserted else { throw fail(index, result, "a second labelled region with the same id") }
                let meta = (result["meta"] as? [String: Any])?["text"] as? [String] ?? []
                if let entity = entities[id] ?? meta.first { mention.entity = entity }
                mention.role = roles[id] ?? (meta.count > 1 ? MentionRole(rawValue: meta[1]) : nil)
            }
            if let expected = EntityID(mention.entity).kind?.entityType, expected != mention.type {
                throw fail(index, result, "labelled \(mention.type.rawValue) but its entity \(mention.entity) is of type \(expected.rawValue)")
            }
            mentions.append(mention)
        }
        return mentions
    }

    /// A `labels` result's span, text and type, checked against the task's text.
    func labelled(_ index: Int, _ result: [String: Any]) throws -> GoldDocument.GoldMention {
        guard let value = result["value"] as? [String: Any] else { throw fail(index, result, "no value") }
        guard let start = value["start"] as? Int, let end = value["end"] as? Int else {
            throw fail(index, result, "value.start and value.end must be whole numbers (code points)")
        }
        guard 0 <= start, start < end else { throw fail(index, result, "a reversed, empty or negative span \(start)..\(end)") }
        guard end <= text.count else { throw fail(index, result, "the span \(start)..\(end) is past the end of a text of \(text.count) characters") }
        guard let labels = value["labels"] as? [String], labels.count == 1, let type = EntityType(rawValue: labels[0].lowercased()) else {
            throw fail(index, result, "value.labels must be one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")), not \(value["labels"].map { "\($0)" } ?? "missing")")
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[start..<end])
        let slice = String(view)
        if let stored = value["text"] as? String, !stored.unicodeScalars.elementsEqual(slice.unicodeScalars) {
            throw fail(index, result, "its text '\(stored)' is not the task's text at \(start)..\(end) ('\(slice)'); Label Studio counts code points")
        }
        return GoldDocument.GoldMention(start: start, end: end, text: slice, type: type, entity: "unlinked:\(type.rawValue)", role: nil)
    }
}
