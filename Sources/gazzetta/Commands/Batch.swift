import ArgumentParser
import Foundation
import GazzettaBatch
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// `gazzetta batch`: annotate a corpus into a folder.
struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate files, folders (recursively: .txt, .md, .html) or globs into an output folder.",
        discussion: """
        Writes one JSON per document (mirroring the input tree), corpus.jsonl (one line per document), \
        errors.jsonl (documents that failed, with the reason) and summary.json (entity frequencies, sector \
        profiles, co-occurrences, who cooperates with whom on what); prints the who-with-whom table unless --quiet. A re-run skips documents whose content and lexicon are unchanged; an \
        interrupted run is completed by the next. Outputs whose input file is gone since an earlier run are \
        removed. A second run into a folder another run is writing is refused. Exits 3 when some documents failed (the others are written).
        """
    )

    @Argument(help: "Files, folders or glob patterns.")
    var inputs: [String]

    @Option(help: "The output folder.")
    var out: String

    @Option(help: "Parallel workers (default: all cores).")
    var jobs: Int?

    @Flag(help: "Redo every document, even unchanged ones.")
    var force = false

    @Option(help: "Refuse documents larger than this many bytes.")
    var maxBytes = 50_000_000

    @Option(help: "The input encoding: auto, utf-8, or an ICU name such as windows-1252.")
    var encoding = "auto"

    @Option(help: "The documents' language: it, en or auto.")
    var lang: LanguageChoice = .auto

    @Option(help: "A lexicon folder; repeat for several (default as for annotate).")
    var lexicons: [String] = []

    @Flag(help: "No progress output.")
    var quiet = false

    @Flag(help: "Link only what the lexicons know: find no unknown persons, organisations or places.")
    var noDiscovery = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let documents = try wrap { try BatchInputs.expand(inputs) }
        let compiled = try LexiconLocator.loadCompiled(lexicons)
        var options = BatchOptions(outputDirectory: out, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force, maximumBytes: maxBytes,
                                   encoding: EncodingChoice(encoding), language: lang.language)
        options.discovery = !noDiscovery
        let runner = BatchRunner(compiled: compiled, options: options)
        let reporter = ProgressReporter(quiet: quiet)
        let result = try await wrapAsync { try await runner.run(documents, progress: { reporter.update($0, $1) }) }
        reporter.finish()
        if !quiet, !result.removed.isEmpty {
            printError("removed \(result.removed.count) output(s) whose input is gone: \(result.removed.joined(separator: ", "))")
        }
        if !quiet {
            printError("\(result.annotated) annotated, \(result.reused) unchanged, \(result.failed) failed, of \(documents.count) documents → \(out)")
            // Who cooperates with whom on what, as summary.json's "cooperation" lists it.
            printError(String(BatchSummary.whoWithWhomTable(result.records, lexicon: compiled.lexicon).dropLast()))
        }
        if result.failed > 0 {
            printError("error: \(result.failed) document(s) failed; see \(out)/errors.jsonl")
            throw ExitCode(3)
        }
    }

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as BatchError { throw CLIError(error.description) }
    }

    private func wrapAsync<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as BatchError { throw CLIError(error.description) }
    }
}
