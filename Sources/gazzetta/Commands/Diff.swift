import ArgumentParser
import Foundation
import GazzettaExport
import GazzettaInterchange
import GazzettaModel

/// `gazzetta diff`: what changed between two annotation runs.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mentions added, removed and changed between two annotation runs (files or folders, paired by id)."
    )

    @Argument(help: "The earlier run.")
    var before: String

    @Argument(help: "The later run.")
    var after: String

    @Flag(help: "Write JSON instead of lines.")
    var json = false

    func run() throws {
        let old = try AnnotationFiles.annotations(before), new = try AnnotationFiles.annotations(after)
        var pairs: [(String, AnnotatedDocument?, AnnotatedDocument?)] = Set(old.keys).union(new.keys).sorted().map { ($0, old[$0]?.document, new[$0]?.document) }
        if old.count == 1 && new.count == 1 && pairs.count == 2 {
            pairs = [(old.keys.first!, old.values.first!.document, new.values.first!.document)]
        }
        var stream = JSONStream(pretty: true)
        stream.beginObject()
        stream.key("documents")
        stream.beginArray()
        var lines: [String] = []
        var totals = (added: 0, removed: 0, changed: 0)
        for (key, a, b) in pairs {
            let diff = AnnotationDiff(before: a?.mentions ?? [], after: b?.mentions ?? [])
            totals.added += diff.added.count
            totals.removed += diff.removed.count
            totals.changed += diff.changed.count
            guard !diff.isEmpty else { continue }
            func describe(_ m: Mention) -> String { "\(m.start)-\(m.end) \"\(m.text.replacingOccurrences(of: "\n", with: " "))\" \(m.type.rawValue) \(m.entity) \(m.role.rawValue)" }
            lines.append("== \(key)")
            lines += diff.added.map { "+ " + describe($0) }
            lines += diff.removed.map { "- " + describe($0) }
            lines += diff.changed.map { "~ " + describe($0.before) + "  →  \($0.after.type.rawValue) \($0.after.entity) \($0.after.role.rawValue)" }
            stream.beginObject()
            stream.field("document", key)
            for (name, mentions) in [("added", diff.added), ("removed", diff.removed)] {
                stream.key(name)
                stream.beginArray()
                for mention in mentions { AnnotationJSON.write(mention, into: &stream) }
                stream.endArray()
            }
            stream.key("changed")
            stream.beginArray()
            for change in diff.changed {
                stream.beginObject()
                stream.key("before")
                AnnotationJSON.write(change.before, into: &stream)
                stream.key("after")
                AnnotationJSON.write(change.after, into: &stream)
                stream.endObject()
            }
            stream.endArray()
            stream.endObject()
        }
        stream.endArray()
        stream.field("added", totals.added)
        stream.field("removed", totals.removed)
        stream.field("changed", totals.changed)
        stream.endObject()
        if json {
            print(String(decoding: stream.bytes, as: UTF8.self))
        } else {
            lines.forEach { print($0) }
            print("\(totals.added) added, \(totals.removed) removed, \(totals.changed) changed")
        }
    }
}
