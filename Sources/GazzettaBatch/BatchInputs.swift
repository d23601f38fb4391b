import Foundation
import GazzettaText

/// A document of a batch: where it is read from, and where its annotation goes (relative to the output folder).
public struct BatchDocument: Sendable, Hashable {
    /// The path it is read from.
    public var path: String
    /// Its output path relative to the output folder: the input tree mirrored, `.json` appended.
    public var output: String
}

/// Expands a batch's inputs — files, folders (recursively), glob patterns — into documents.
public enum BatchInputs {
    /// Files the batch writes at the top of its output folder.
    static let reserved: Set<String> = ["summary.json", "corpus.jsonl.json", "errors.jsonl.json"]

    /// File endings a folder is searched for.
    public static let endings = [".txt", ".md", ".markdown", ".html", ".htm"]

    /// The documents named by `inputs`, sorted by output path. Several inputs are mirrored under their own names.
    public static func expand(_ inputs: [String]) throws -> [BatchDocument] {
        var documents: [BatchDocument] = []
        let prefixWithName = inputs.count > 1
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) {
                let name = URL(fileURLWithPath: input).standardizedFileURL.lastPathComponent
                if isDirectory.boolValue {
                    for relative in try files(under: input) {
                        let output = prefixWithName ? name + "/" + relative : relative
                        documents.append(BatchDocument(path: join(input, relative), output: safe(output) + ".json"))
                    }
                } else {
                    documents.append(BatchDocument(path: input, output: safe(name) + ".json"))
                }
            } else if input.contains(where: { "*?[".contains($0) }) {
                let matches = glob(input)
                if matches.isEmpty { throw BatchError("\(input): no file matches this pattern") }
                for match in matches {
                    documents.append(BatchDocument(path: match, output: safe(match) + ".json"))
                }
            } else {
                throw BatchError("\(input): no such file or folder")
            }
        }
        // A document may not take the name of a file the batch writes itself.
        for index in documents.indices where reserved.contains(documents[index].output) {
            documents[index].output = String(documents[index].output.dropLast(5)) + ".document.json"
        }
        var seen: Set<String> = []
        for document in documents where !seen.insert(document.output).inserted {
            throw BatchError("\(document.path): two inputs would write the same output \(document.output)")
        }
        return documents.sorted { $0.output < $1.output }
    }

    /// Files with a known ending under `folder`, as paths relative to it.
    ///
    /// A folder given as a symbolic link is listed through the link. Every name with a known ending that is
    /// not a folder is kept, even one that cannot be read (a broken link, a name that is not UTF-8): reading
    /// it then fails and the failure is recorded in `errors.jsonl`, so nothing is skipped unreported.
    static func files(under folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw BatchError("\(folder): cannot list the folder")
        }
        var result: [String] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent.lowercased()
            guard endings.contains(where: { name.hasSuffix($0) }) else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            let path = url.standardizedFileURL.path
            result.append(String(path.dropFirst(root.path.count + (root.path.hasSuffix("/") ? 0 : 1))))
        }
        return result.sorted()
    }

    /// A relative output path that cannot leave the output folder: no root, no `..`, no `.`.
    public static func safe(_ path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != ".." && $0 != "." && !$0.isEmpty }
        return parts.isEmpty ? "document" : parts.joined(separator: "/")
    }

    private static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    private static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        #if canImport(Glibc)
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        #else
        guard Darwin.glob(pattern, 0, nil, &result) == 0 else { return [] }
        #endif
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}

/// A batch that cannot start or go on (bad inputs, an output folder that cannot be written).
public struct BatchError: Error, CustomStringConvertible {
    /// The message, naming the input, folder or output at fault.
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
