import Foundation
import GazzettaModel
import GazzettaText

/// Loads a lexicon folder through its compiled form, `.compiled.gzc` inside it: used when its fingerprint
/// matches the sources (their names, sizes and modification times, the compiler's version, the language
/// data and ICU's version), rebuilt from the sources and rewritten otherwise — a stale, corrupt or foreign
/// file is never trusted.
public struct LexiconCache {
    /// The compiled file's name inside the lexicon folder.
    public static let fileName = ".compiled.gzc"
    /// Bump when compiling changes what it produces.
    static let compilerVersion = "gazzetta-compiler-1"

    /// What happened when loading.
    public enum Outcome: String, Sendable {
        /// The compiled file was used.
        case loaded
        /// It was missing, stale or corrupt: the sources were compiled and the file rewritten.
        case rebuilt
        /// The sources were compiled but the file could not be written (read-only folder).
        case compiledOnly
    }

    /// Creates a cache; it holds no state (the compiled file lives in the lexicon folder).
    public init() {}

    /// The compiled lexicon of `directory`, and how it was obtained; `reason` says why a file was not used.
    public func load(directory: String) throws -> (lexicon: CompiledLexicon, outcome: Outcome, reason: String?) {
        let loader = LexiconLoader()
        let paths = try loader.files(in: directory)
        let fingerprint = try LexiconCache.fingerprint(paths, in: directory)
        let cache = URL(fileURLWithPath: directory).appendingPathComponent(LexiconCache.fileName)
        var reason: String?
        if let data = FileManager.default.contents(atPath: cache.path) {
            do {
                return (try CompiledLexicon.deserialize([UInt8](data), fingerprint: fingerprint), .loaded, nil)
            } catch {
                reason = error.description
            }
        } else {
            reason = "no compiled lexicon yet"
        }
        let compiled = try LexiconCompiler().compile(try loader.load(directory: directory))
        let written = write(compiled.serialized(fingerprint: fingerprint), to: cache)
        return (compiled, written ? .rebuilt : .compiledOnly, reason)
    }

    /// Compiles `directory` and writes its compiled file (what `gazzetta lexicon compile` does).
    public func compile(directory: String, to destination: String? = nil) throws -> (CompiledLexicon, String, Int) {
        let loader = LexiconLoader()
        let paths = try loader.files(in: directory)
        let compiled = try LexiconCompiler().compile(try loader.load(directory: directory))
        let bytes = compiled.serialized(fingerprint: try LexiconCache.fingerprint(paths, in: directory))
        let target = destination ?? URL(fileURLWithPath: directory).appendingPathComponent(LexiconCache.fileName).path
        guard write(bytes, to: URL(fileURLWithPath: target)) else { throw CompiledLexiconError.corrupt("cannot write \(target)") }
        return (compiled, target, bytes.count)
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a file.
    private func write(_ bytes: [UInt8], to target: URL) -> Bool {
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
        guard (try? Data(bytes).write(to: temporary)) != nil else { return false }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        return true
    }

    /// Identifies the sources — their names and contents, hashed (cheaper than parsing them, and not fooled
    /// by a copy that keeps size and time) — and everything else that shapes the compiled form.
    static func fingerprint(_ paths: [String], in directory: String) throws -> UInt64 {
        var bytes = Array((compilerVersion + "\u{0}" + CLDRNames.icuVersion + "\u{0}" + languageDataSignature).utf8)
        for path in paths {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CompiledLexiconError.corrupt("cannot read \(path)")
            }
            let relative = path.hasPrefix(directory) ? String(path.dropFirst(directory.count)) : path
            bytes += Array(("\u{0}" + relative + "\u{0}").utf8)
            bytes += withUnsafeBytes(of: contents.withUnsafeBytes(fnv1a).littleEndian, Array.init)
        }
        return bytes.withUnsafeBytes(fnv1a)
    }

    /// The language data that compiling reads (inflection, common words, elisions), as text.
    static let languageDataSignature: String = Language.allCases.map { language in
        let data = LanguageData.of(language)
        return [language.rawValue,
                data.adjectiveInflection.map { $0.suffix + ">" + $0.replacements.joined(separator: ",") }.joined(separator: ";"),
                data.commonWords.sorted().joined(separator: ","),
                data.elisions.sorted().joined(separator: ","),
                data.clitics.joined(separator: ",")].joined(separator: "|")
    }.joined(separator: "#")
}
