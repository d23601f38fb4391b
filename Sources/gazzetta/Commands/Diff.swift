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
        var documents: [JSONValue] = []
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
            documents.append(.object([
                ("document", .string(key)),
                ("added", .array(diff.added.map(AnnotationJSON.mention))),
                ("removed", .array(diff.removed.map(AnnotationJSON.mention))),
                ("changed", .array(diff.changed.map { .object([("before", AnnotationJSON.mention($0.before)), ("after", AnnotationJSON.mention($0.after))]) })),
            ]))
        }
        if json {
            print(JSONWriter(pretty: true).string(.object([
                ("added", .int(totals.added)), ("removed", .int(totals.removed)), ("changed", .int(totals.changed)), ("documents", .array(documents)),
            ])), terminator: "")
        } else {
            lines.forEach { print($0) }
            print("\(totals.added) added, \(totals.removed) removed, \(totals.changed) changed")
        }
    }
}
