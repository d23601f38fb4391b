import Foundation
import GazzettaModel
import GazzettaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads a lexicon folder through its compiled form, `.compiled.gzc` inside it: used when its fingerprint
/// matches the sources (their names and contents, the compiler's version, the language data and ICU's
/// version), rebuilt from the sources and rewritten otherwise — a stale, corrupt or foreign file is never
/// trusted.
///
/// A folder that cannot be written (a lexicon installed read-only, shared by a team) keeps its compiled form
/// in the user's cache instead (`userCache`), one file per folder: a million-alias lexicon then compiles once,
/// not on every run.
public struct LexiconCache {
    /// The compiled file's name inside the lexicon folder.
    public static let fileName = ".compiled.gzc"
    /// Bump when compiling changes what it produces.
    static let compilerVersion = "gazzetta-compiler-3" // 2: compiling runs the linter; 3: origins stored relative to their folder

    /// What happened when loading.
    public enum Outcome: String, Sendable {
        /// The compiled file was used.
        case loaded
        /// It was missing, stale or corrupt: the sources were compiled and the file rewritten.
        case rebuilt
        /// The folder could not be written: the sources were compiled and the file written to the user's cache.
        case rebuiltInUserCache
        /// The sources were compiled but no file could be written, in the folder or the user's cache.
        case compiledOnly
    }

    /// Where compiled forms of folders that cannot be written go; `nil`: nowhere.
    public let userCache: URL?
    /// Told each warning the linter finds when the sources are compiled (once per compile: a compiled file
    /// that is used was checked when it was built).
    public let warn: @Sendable (LexiconError) -> Void

    /// Creates a cache; it holds no state but where the user's cache is (see `defaultUserCache`) and where
    /// warnings go (by default nowhere).
    public init(userCache: URL? = LexiconCache.defaultUserCache(), warn: @escaping @Sendable (LexiconError) -> Void = { _ in }) {
        self.userCache = userCache
        self.warn = warn
    }

    /// Loads and checks the sources as `lexicon check` does: errors refuse the lexicon (`LexiconLoadError`,
    /// each with file:line), warnings go to `warn`. Compiling an unchecked lexicon would let `annotate` emit
    /// links to entities that are not there.
    func loadChecked(_ directories: [String]) throws -> Lexicon {
        let lexicon = try LexiconLoader().load(directories: directories)
        let findings = LexiconLinter().lint(lexicon)
        let errors = findings.filter { $0.severity == .error }
        if !errors.isEmpty { throw LexiconLoadError(errors: errors) }
        for warning in findings where warning.severity == .warning { warn(warning) }
        return lexicon
    }

    /// `$GAZZETTA_CACHE`, else `$XDG_CACHE_HOME/gazzetta`, else `~/.cache/gazzetta`; `nil` when
    /// `GAZZETTA_CACHE` is `none` or no home is known.
    public static func defaultUserCache(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let chosen = environment["GAZZETTA_CACHE"], !chosen.isEmpty {
            return chosen == "none" ? nil : URL(fileURLWithPath: chosen)
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("gazzetta") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/gazzetta")
    }

    /// The compiled file of `directory` in the user's cache: named by a hash of the folder's absolute path
    /// (of the folders' paths, in order, for several).
    func userCacheFile(for directory: String) -> URL? {
        userCacheFile(for: [directory])
    }

    func userCacheFile(for directories: [String]) -> URL? {
        let path = directories.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.joined(separator: "\u{0}")
        let hash = Array(path.utf8).withUnsafeBytes(fnv1a)
        return userCache?.appendingPathComponent("lexicon-" + String(hash, radix: 16) + ".gzc")
    }

    /// Where the compiled form of `directories` goes: `.compiled.gzc` in a single folder; for several,
    /// `.compiled-HASH.gzc` in the first, HASH naming the whole list (so each list has its own file).
    static func compiledFile(for directories: [String]) -> URL {
        let first = URL(fileURLWithPath: directories[0])
        guard directories.count > 1 else { return first.appendingPathComponent(fileName) }
        let path = directories.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.joined(separator: "\u{0}")
        let hash = Array(path.utf8).withUnsafeBytes(fnv1a)
        return first.appendingPathComponent(".compiled-" + String(hash, radix: 16) + ".gzc")
    }

    /// The compiled lexicon of `directory`, and how it was obtained; `reason` says why a file was not used.
    public func load(directory: String) throws -> (lexicon: CompiledLexicon, outcome: Outcome, reason: String?) {
        try load(directories: [directory])
    }

    /// The compiled lexicon of `directories` (later folders add to earlier ones, see
    /// `LexiconLoader.load(directories:)`), and how it was obtained. Its fingerprint covers every folder.
    public func load(directories: [String]) throws -> (lexicon: CompiledLexicon, outcome: Outcome, reason: String?) {
        let loader = LexiconLoader()
        let fingerprint = try LexiconCache.fingerprint(directories.map { ($0, try loader.files(in: $0)) })
        let cache = LexiconCache.compiledFile(for: directories)
        let inUserCache = userCacheFile(for: directories)
        var reason: String?
        // The folder's own file first; then the user's copy, where an unwritable folder's file went.
        for candidate in [cache, inUserCache].compactMap({ $0 }) {
            guard let file = CompiledFileBytes(mapping: candidate.path) else { continue }
            do {
                return (try CompiledLexicon.deserialize(file, fingerprint: fingerprint, folders: directories), .loaded, nil)
            } catch {
                reason = reason ?? error.description
            }
        }
        reason = reason ?? "no compiled lexicon yet"
        let compiled = try LexiconCompiler().compile(try loadChecked(directories))
        let bytes = compiled.serialized(fingerprint: fingerprint, folders: directories)
        if (try? AtomicFile.write(bytes, to: cache)) != nil { return (compiled, .rebuilt, reason) }
        if let inUserCache, (try? FileManager.default.createDirectory(at: inUserCache.deletingLastPathComponent(),
                                                                    withIntermediateDirectories: true)) != nil,
           (try? AtomicFile.write(bytes, to: inUserCache)) != nil {
            return (compiled, .rebuiltInUserCache, reason)
        }
        return (compiled, .compiledOnly, reason)
    }

    /// A regular file's bytes, read straight into the array (`FileManager.contents` reads into a `Data` that
    /// would be copied again); `nil` when it cannot be read whole.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let count = read(descriptor, buffer.baseAddress! + done, size - done)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                done += count
            }
            complete = done == size
            initialized = done
        }
        return complete ? bytes : nil
    }

    /// Compiles `directory` and writes its compiled file (what `gazzetta lexicon compile` does).
    public func compile(directory: String, to destination: String? = nil) throws -> (CompiledLexicon, String, Int) {
        try compile(directories: [directory], to: destination)
    }

    /// Compiles `directories` together and writes their compiled file (see `compiledFile(for:)`).
    public func compile(directories: [String], to destination: String? = nil) throws -> (CompiledLexicon, String, Int) {
        let loader = LexiconLoader()
        let fingerprint = try LexiconCache.fingerprint(directories.map { ($0, try loader.files(in: $0)) })
        let compiled = try LexiconCompiler().compile(try loadChecked(directories))
        let bytes = compiled.serialized(fingerprint: fingerprint, folders: directories)
        let target = destination ?? LexiconCache.compiledFile(for: directories).path
        do { try AtomicFile.write(bytes, to: URL(fileURLWithPath: target)) } catch { throw CompiledLexiconError.corrupt("cannot write \(target)") }
        return (compiled, target, bytes.count)
    }

    /// Identifies the sources — their names and contents, hashed (cheaper than parsing them, and not fooled
    /// by a copy that keeps size and time) — and everything else that shapes the compiled form.
    static func fingerprint(_ paths: [String], in directory: String) throws -> UInt64 {
        try fingerprint([(directory, paths)])
    }

    /// The same over several folders, in order: a folder boundary is part of it (the same files split
    /// otherwise between folders give another fingerprint, as they may give another lexicon).
    static func fingerprint(_ folders: [(directory: String, paths: [String])]) throws -> UInt64 {
        var bytes = Array((compilerVersion + "\u{0}" + CLDRNames.icuVersion + "\u{0}" + languageDataSignature).utf8)
        for (index, folder) in folders.enumerated() {
            if index > 0 { bytes += Array("\u{0}\u{1}folder\u{0}".utf8) }
            for path in folder.paths {
                guard let contents = LexiconCache.contents(of: path) else {
                    throw CompiledLexiconError.corrupt("cannot read \(path)")
                }
                let relative = path.hasPrefix(folder.directory) ? String(path.dropFirst(folder.directory.count)) : path
                bytes += Array(("\u{0}" + relative + "\u{0}").utf8)
                bytes += withUnsafeBytes(of: contents.withUnsafeBytes(fnv1a).littleEndian, Array.init)
            }
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
