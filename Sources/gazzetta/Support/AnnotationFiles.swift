import Foundation
import GazzettaEvaluation
import GazzettaExport
import GazzettaModel

/// Finds annotation (and gold) JSON files under a path and pairs them by document.
enum AnnotationFiles {
    /// The JSON files at `path`: the file itself, or every `.json` under a folder (sorted), summaries excluded.
    static func paths(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CLIError("\(path): no such file or folder") }
        guard isDirectory.boolValue else { return [path] }
        let root = URL(fileURLWithPath: path).standardizedFileURL
        var found: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where url.pathExtension == "json" {
            if url.lastPathComponent == "summary.json" { continue }
            found.append(url.standardizedFileURL.path)
        }
        return found.sorted()
    }

    /// A document id without the endings files add (`it/x.txt.json` and `it/x.gold.json` are both `it/x`).
    static func key(_ id: String) -> String {
        var key = id
        var changed = true
        while changed {
            changed = false
            for ending in [".json", ".gold", ".txt", ".md", ".markdown", ".html", ".htm"] where key.hasSuffix(ending) {
                key = String(key.dropLast(ending.count))
                changed = true
            }
        }
        return key
    }

    /// The value for `key`, or else for the only key that `key` ends with, or that ends with `key`, on a
    /// folder boundary: `heldout/it/x` pairs with `it/x` when the runs were made from different folders.
    static func pair<Value>(_ key: String, in values: [String: Value]) -> Value? {
        if let exact = values[key] { return exact }
        let candidates = values.keys.filter { $0.hasSuffix("/" + key) || key.hasSuffix("/" + $0) }
        return candidates.count == 1 ? values[candidates[0]] : nil
    }

    /// Gold (or annotation) documents at `path`, by key.
    static func gold(_ path: String) throws -> [String: (path: String, gold: GoldDocument)] {
        var result: [String: (String, GoldDocument)] = [:]
        for file in try paths(path) {
            let gold = try GoldDocument.read(file)
            result[key(gold.document.id)] = (file, gold)
        }
        return result
    }

    /// Annotations at `path`, by key; files that are not annotations are skipped when reading a folder.
    static func annotations(_ path: String) throws -> [String: (path: String, document: AnnotatedDocument)] {
        let files = try paths(path)
        var result: [String: (String, AnnotatedDocument)] = [:]
        for file in files {
            do {
                let document = try AnnotationReader.read(path: file)
                result[key(document.info.id)] = (file, document)
            } catch {
                if files.count == 1 { throw CLIError("\(error)") }
            }
        }
        return result
    }
}
