import Foundation
import GazzettaAnnotator
import GazzettaExport
import GazzettaLexicon
import GazzettaModel
import GazzettaText
import Synchronization

/// Annotates a corpus into an output folder: one JSON per document mirroring the input tree,
/// `corpus.jsonl`, `errors.jsonl` and `summary.json`.
///
/// - Parallel: `jobs` workers, each with its own ICU iterators, pull documents one at a time, so memory is
///   bounded by the documents in flight, not the corpus. Outputs do not depend on the number of workers.
/// - Resumable: each finished document is appended to `.gazzetta-progress.jsonl`; a re-run skips documents
///   whose content hash and lexicon version are unchanged. Outputs are written to a temporary file and
///   renamed, so a killed run leaves no half-written file.
/// - Nothing lost: a bad document is recorded with its reason and skipped; the others are written.
/// - One run per folder: a lock on the output folder refuses a second run into it while one is writing.
/// - No stale outputs: the output of a document whose input file is gone since an earlier run is removed
///   (and listed in the result), so readers of the folder never see it.
public final class BatchRunner: Sendable {
    /// The lexicon every worker annotates with.
    public let compiled: CompiledLexicon
    /// How the batch runs: output folder, workers, reuse, reading options.
    public let options: BatchOptions
    private let progressName = ".gazzetta-progress.jsonl"
    /// Output folders already made and checked (resolved, inside the output folder): a corpus of thousands
    /// of documents in a few folders then costs a few folder checks, not thousands of system calls.
    private let checkedFolders = Mutex<Set<String>>([])

    /// A runner; nothing is read or written until `run`.
    public init(compiled: CompiledLexicon, options: BatchOptions) {
        self.compiled = compiled
        self.options = options
    }

    /// Runs the batch over `documents`; `progress` is called after each one with (done, total).
    public func run(_ documents: [BatchDocument], progress: @Sendable @escaping (Int, Int) -> Void = { _, _ in }) async throws -> BatchResult {
        let output = try prepareOutputFolder()
        let lock = try OutputFolderLock(output)
        defer { withExtendedLifetime(lock) {} }
        removeLeftovers(in: output)
        let earlier = readProgress(output)
        let previous = options.force ? [:] : earlier
        let journal = try Journal(output.appendingPathComponent(progressName))
        let counters = Counters()
        let total = documents.count
        let records = try await withThrowingTaskGroup(of: [(Int, DocumentRecord, Bool)].self) { group in
            for _ in 0..<min(options.jobs, max(1, total)) {
                group.addTask { [self] in
                    let annotator = try Annotator(compiled: compiled)
                    var results: [(Int, DocumentRecord, Bool)] = []
                    while true {
                        let index = counters.next.wrappingAdd(1, ordering: .relaxed).oldValue
                        if index >= total { break }
                        let (record, reused) = process(documents[index], annotator, output, previous)
                        if !reused { journal.append(record) }
                        results.append((index, record, reused))
                        progress(counters.done.wrappingAdd(1, ordering: .relaxed).newValue, total)
                    }
                    return results
                }
            }
            var all: [(Int, DocumentRecord, Bool)] = []
            for try await part in group { all += part }
            return all.sorted { $0.0 < $1.0 }
        }
        let list = records.map(\.1)
        let (removed, kept) = removeStaleOutputs(earlier, current: Set(list.map(\.output)), in: output)
        try write(list, keeping: kept, to: output)
        return BatchResult(records: list, annotated: records.filter { !$0.2 && $0.1.status == "ok" }.count,
                           reused: records.filter(\.2).count, failed: list.filter { $0.status != "ok" }.count, removed: removed)
    }

    /// The output folder, made if missing; an empty name or a path that is not a folder is refused plainly.
    private func prepareOutputFolder() throws -> URL {
        let path = options.outputDirectory
        if path.trimmingCharacters(in: .whitespaces).isEmpty { throw BatchError("--out is empty: name the output folder") }
        let output = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BatchError("\(output.path): --out names a file, not a folder")
        }
        do { try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true) } catch {
            throw BatchError("\(output.path): cannot make the output folder (a parent is missing, not a folder, or not writable)")
        }
        return output
    }

    /// Outputs of earlier runs not in this one: removed when their input is gone (so `eval` and `diff` do not
    /// read them), kept in the journal when it is still there (a run over part of a corpus forgets nothing).
    /// Returns the removed outputs' relative paths, sorted, and the earlier records kept.
    private func removeStaleOutputs(_ earlier: [String: DocumentRecord], current: Set<String>, in output: URL)
        -> (removed: [String], kept: [DocumentRecord]) {
        var removed: [String] = [], kept: [DocumentRecord] = []
        for (name, record) in earlier.sorted(by: { $0.key < $1.key }) where !current.contains(name) {
            if FileManager.default.fileExists(atPath: record.path) { kept.append(record); continue }
            guard let target = try? outputURL(name, in: output), FileManager.default.fileExists(atPath: target.path) else { continue }
            try? FileManager.default.removeItem(at: target)
            removed.append(name)
        }
        return (removed, kept)
    }

    /// Annotates one document, or reuses its previous output, or records why it failed.
    private func process(_ document: BatchDocument, _ annotator: Annotator, _ output: URL,
                         _ previous: [String: DocumentRecord]) -> (DocumentRecord, Bool) {
        var record = DocumentRecord(path: document.path, output: document.output, status: "error")
        do {
            let target = try outputURL(document.output, in: output)
            let bytes = try read(document.path)
            let sha = Annotator.sha256Hex(bytes)
            if let old = previous[document.output], old.status == "ok", old.sha256 == sha,
               old.lexicon == compiled.lexicon.version, old.options == options.signature,
               FileManager.default.fileExists(atPath: target.path) {
                return (old, true)
            }
            let decoded = try DocumentDecoder(encoding: options.encoding, maximumBytes: options.maximumBytes)
                .decode(bytes, source: document.path, format: DocumentFormat(path: document.path))
            let annotated = try annotator.annotate(decoded, bytes: bytes, id: document.output.dropLast(5).description,
                                                   options: AnnotationOptions(language: options.language, date: options.date, discovery: options.discovery))
            try writeAtomically(AnnotationJSON.utf8(annotated, pretty: false), to: target)
            record = summarize(annotated, document, sha)
        } catch let error as TextDecodingError {
            record.error = error.description
        } catch let error as BatchError {
            record.error = error.description
        } catch {
            record.error = "\(document.path): \(error)"
        }
        return (record, false)
    }

    private func summarize(_ document: AnnotatedDocument, _ input: BatchDocument, _ sha: String) -> DocumentRecord {
        var counts: [String: Int] = [:], entities: [String: Int] = [:]
        for mention in document.mentions {
            counts[mention.type.rawValue, default: 0] += 1
            entities[mention.entity.rawValue, default: 0] += 1
        }
        return DocumentRecord(path: input.path, output: input.output, status: "ok", error: nil, sha256: sha,
                              lexicon: compiled.lexicon.version, options: options.signature, lang: document.info.language.rawValue,
                              encoding: document.info.encoding, counts: counts, entities: entities,
                              sectors: Dictionary(document.sectors.map { ($0.sector.rawValue, $0.mentions) }, uniquingKeysWith: +),
                              cooccurrence: document.sectorCooccurrence,
                              discovered: BatchRunner.discovered(in: document), pairs: BatchRunner.pairs(in: document))
    }

    /// The document's cooperation records by pair of actors and sector, keyed `actor|actor|sector`.
    static func pairs(in document: AnnotatedDocument) -> [String: Int]? {
        var pairs: [String: Int] = [:]
        for record in document.cooperation {
            let actors = record.actors.map(\.rawValue).sorted()
            for (i, first) in actors.enumerated() {
                for second in actors[(i + 1)...] where second != first {
                    pairs[first + "|" + second + "|" + record.sector.rawValue, default: 0] += 1
                }
            }
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// The document's entities that no lexicon has, by id.
    static func discovered(in document: AnnotatedDocument) -> [String: DiscoveredEntity]? {
        let found = document.entities.filter { $0.key.isKind(.discovered) }
        guard !found.isEmpty else { return nil }
        return Dictionary(uniqueKeysWithValues: found.map { ($0.key.rawValue, DiscoveredEntity(type: $0.value.type.rawValue, label: $0.value.label[.english])) })
    }

    /// The output file for `relative`, refusing anything that would land outside the output folder.
    func outputURL(_ relative: String, in output: URL) throws -> URL {
        let target = output.appendingPathComponent(BatchInputs.safe(relative)).standardizedFileURL
        let folder = target.deletingLastPathComponent()
        if checkedFolders.withLock({ $0.contains(folder.path) }) { return target }
        // Make the folder, then resolve symbolic links in it: a link inside the output folder must not
        // carry a document's output elsewhere.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = output.resolvingSymlinksInPath().path
        let resolved = folder.resolvingSymlinksInPath().path
        guard target.path.hasPrefix(output.path + "/"), resolved == root || resolved.hasPrefix(root + "/") else {
            throw BatchError("\(relative): would be written outside \(output.path)")
        }
        checkedFolders.withLock { _ = $0.insert(folder.path) }
        return target
    }

    private func read(_ path: String) throws -> [UInt8] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > options.maximumBytes {
            throw TextDecodingError.tooLarge(source: path, bytes: size, limit: options.maximumBytes)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if path.unicodeScalars.contains("\u{FFFD}") {
                throw BatchError("\(path): cannot read the file: its name is not valid UTF-8 (rename it)")
            }
            if !FileManager.default.fileExists(atPath: path) { throw BatchError("\(path): cannot read the file: it is gone, or a broken link") }
            throw BatchError("\(path): cannot read the file (permissions?)")
        }
        return [UInt8](data)
    }

    /// Suffix of the temporary files outputs are written to before they are renamed into place.
    static let temporarySuffix = ".gazzetta-partial"

    /// Writes `text` to a temporary file beside `target`, then renames it: a reader (or a killed run) sees
    /// the old file or the new one, never half of one.
    private func writeAtomically(_ text: String, to target: URL) throws {
        try writeAtomically(Array(text.utf8), to: target)
    }

    private func writeAtomically(_ bytes: [UInt8], to target: URL) throws {
        do { try AtomicFile.write(bytes, to: target, temporarySuffix: BatchRunner.temporarySuffix) } catch let failure as AtomicFile.Failure {
            throw BatchError(failure.description)
        }
    }

    /// Removes temporary files a killed run left behind.
    private func removeLeftovers(in output: URL) {
        guard let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in enumerator where url.lastPathComponent.hasSuffix(BatchRunner.temporarySuffix) {
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// The records of earlier runs, by output path; a line cut short by a kill is ignored.
    private func readProgress(_ output: URL) -> [String: DocumentRecord] {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(progressName).path) else { return [:] }
        var records: [String: DocumentRecord] = [:]
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let record = try? decoder.decode(DocumentRecord.self, from: Data(line)) { records[record.output] = record }
        }
        return records
    }

    /// Writes `corpus.jsonl`, `errors.jsonl`, `summary.json`, and rewrites the progress journal compactly.
    private func write(_ records: [DocumentRecord], keeping kept: [DocumentRecord], to output: URL) throws {
        let writer = JSONWriter(pretty: false)
        var corpus = "", errors = "", journal = ""
        for record in records {
            corpus += writer.string(BatchSummary.corpusLine(record))
            if record.status != "ok" {
                errors += writer.string(.object([("path", .string(record.path)), ("error", .string(record.error ?? "unknown"))]))
            }
            journal += writer.string(BatchSummary.journalLine(record))
        }
        for record in kept { journal += writer.string(BatchSummary.journalLine(record)) }
        try writeAtomically(corpus, to: output.appendingPathComponent("corpus.jsonl"))
        try writeAtomically(errors, to: output.appendingPathComponent("errors.jsonl"))
        try writeAtomically(JSONWriter(pretty: true).string(BatchSummary(records: records, lexicon: compiled.lexicon).value),
                            to: output.appendingPathComponent("summary.json"))
        try writeAtomically(journal, to: output.appendingPathComponent(progressName))
    }
}

/// The shared counters of a run's workers: the next document to take, and how many are done.
final class Counters: Sendable {
    let next = Atomic<Int>(0)
    let done = Atomic<Int>(0)
}

/// The progress journal: one line per finished document, appended under a lock.
final class Journal: Sendable {
    private let handle: Mutex<FileHandle>

    init(_ url: URL) throws {
        if !FileManager.default.fileExists(atPath: url.path), !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw BatchError("\(url.path): cannot create the progress journal")
        }
        let file = try FileHandle(forWritingTo: url)
        try file.seekToEnd()
        handle = Mutex(file)
    }

    func append(_ record: DocumentRecord) {
        let line = JSONWriter(pretty: false).string(BatchSummary.journalLine(record))
        handle.withLock { file in
            // A full disk must not crash the run: the journal is an aid to resuming, the outputs are
            // written (or refused) on their own.
            try? file.write(contentsOf: Data(line.utf8))
        }
    }
}
