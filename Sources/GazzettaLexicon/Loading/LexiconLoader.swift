import Foundation
import GazzettaModel

/// Loads every `*.gaz` file under a folder into a `Lexicon`, or fails with every error found.
public struct LexiconLoader: Sendable {
    /// Creates a loader; it holds no state.
    public init() {}

    /// The `.gaz` files under `directory`, sorted (so loading order, and output, never depend on the file system).
    public func files(in directory: String) throws(LexiconLoadError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LexiconLoadError(errors: [LexiconError(directory, 0, "no lexicon folder here")])
        }
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw LexiconLoadError(errors: [LexiconError(directory, 0, "cannot list the folder")])
        }
        var paths: [String] = []
        // Regular files only: a folder named `x.gaz` is searched like any other, not read as a file.
        for case let url as URL in enumerator where url.pathExtension == "gaz"
            && (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(directory.hasSuffix("/") ? directory + relative(url, to: root) : directory + "/" + relative(url, to: root))
        }
        if paths.isEmpty { throw LexiconLoadError(errors: [LexiconError(directory, 0, "no .gaz lexicon files in this folder")]) }
        return paths.sorted()
    }

    /// Loads the lexicon in `directory`.
    public func load(directory: String) throws(LexiconLoadError) -> Lexicon {
        try load(directories: [directory])
    }

    /// Loads the lexicons in `directories`, in order: a later folder adds its records to the earlier ones, and
    /// a record whose id an earlier folder already defines replaces that record (a user's folder can correct
    /// ours). Within one folder a repeated id is an error.
    public func load(directories: [String]) throws(LexiconLoadError) -> Lexicon {
        var folders: [[(path: String, text: String)]] = []
        var errors: [LexiconError] = []
        for directory in directories {
            do {
                folders.append(try read(files(in: directory)))
            } catch {
                errors += error.errors
            }
        }
        if !errors.isEmpty { throw LexiconLoadError(errors: errors) }
        return try load(folders: folders)
    }

    private func read(_ paths: [String]) throws(LexiconLoadError) -> [(path: String, text: String)] {
        var sources: [(path: String, text: String)] = []
        var errors: [LexiconError] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(LexiconError(path, 0, "cannot read the file"))
                continue
            }
            guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
                let (line, column) = LexiconLoader.firstInvalidUTF8([UInt8](data))
                errors.append(LexiconError(path, line, "not valid UTF-8 (byte \(column) of the line); lexicon files are UTF-8"))
                continue
            }
            sources.append((path, text))
        }
        if !errors.isEmpty { throw LexiconLoadError(errors: errors) }
        return sources
    }

    /// Loads a lexicon from file contents (`path` is used in errors and origins).
    public func load(sources: [(path: String, text: String)]) throws(LexiconLoadError) -> Lexicon {
        try load(folders: [sources])
    }

    /// Loads a lexicon from the file contents of several folders, in order (see `load(directories:)`).
    public func load(folders: [[(path: String, text: String)]]) throws(LexiconLoadError) -> Lexicon {
        var errors: [LexiconError] = []
        var files: [LexiconFile] = []
        var entities: [String: Entity] = [:]
        var origins: [String: (file: String, line: Int)] = [:]
        let parser = LexiconFileParser()
        let builder = EntityBuilder()
        for sources in folders {
            var inThisFolder: Set<String> = []
            for source in sources.sorted(by: { $0.path < $1.path }) {
                let (file, parseErrors) = parser.parse(source.text, path: source.path)
                errors += parseErrors
                files.append(file)
                for record in file.records {
                    if inThisFolder.contains(record.id), let first = origins[record.id] {
                        errors.append(LexiconError(record.file, record.line, "duplicate id \(record.id) (first at \(first.file):\(first.line))"))
                        continue
                    }
                    inThisFolder.insert(record.id)
                    let (entity, recordErrors) = builder.build(record)
                    errors += recordErrors
                    origins[record.id] = (record.file, record.line)
                    entities[record.id] = entity
                }
            }
        }
        if !errors.isEmpty { throw LexiconLoadError(errors: errors.sorted()) }
        let version = folders.count == 1 ? LexiconLoader.version(of: folders[0])
            : LexiconLoader.version(of: folders.enumerated().flatMap { index, sources in
                sources.map { (path: "\(index)/" + $0.path, text: $0.text) }
            })
        return Lexicon(entities: Array(entities.values), origins: origins, files: files, version: version)
    }

    /// The 1-based line and byte-in-line of the first byte sequence in `bytes` that is not UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte < 0xE0 ? 2 : byte >= 0xE0 && byte < 0xF0 ? 3 : byte >= 0xF0 && byte < 0xF5 ? 4 : 0
            let end = index + length
            if length == 0 || end > bytes.count || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A { line += 1; lineStart = end }
            index = end
        }
        return (line, index - lineStart + 1)
    }

    private func relative(_ url: URL, to root: URL) -> String {
        let full = url.standardizedFileURL.path, base = root.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
    }

    /// FNV-1a over paths' last components and contents, as 16 hex digits: a cheap, stable version stamp.
    static func version(of sources: [(path: String, text: String)]) -> String {
        var bytes: [UInt8] = []
        for source in sources.sorted(by: { $0.path < $1.path }) {
            bytes += Array((source.path.split(separator: "/").last.map(String.init) ?? "").utf8) + [0] + Array(source.text.utf8) + [0]
        }
        let hash = bytes.withUnsafeBytes(fnv1a)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
