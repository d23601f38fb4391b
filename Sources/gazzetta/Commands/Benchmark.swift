import ArgumentParser
import Foundation
import GazzettaAnnotator
import GazzettaExport
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// `gazzetta benchmark`: throughput of bare ICU word breaking, of end-to-end annotation or of the pipeline cut
/// after each stage, or what loading a compiled lexicon costs, as JSON lines, for `Benchmarks/run.sh` to compare
/// with the peers. Not a test: numbers, not verdicts.
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure (JSON lines): bare ICU word breaks, end-to-end annotation to JSON, each stage's cut, or a lexicon's load."
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable { case icu, annotate, load, stages }

    @Option(help: """
        icu: iterate ICU word breaks only (the floor); annotate: the whole pipeline, JSON included; \
        load: load the compiled lexicon alone and report its load time and the resident memory it takes; \
        stages: the pipeline cut after each stage, one line per cut (where the time goes).
        """)
    var mode: Mode = .annotate

    @Option(help: "A lexicon folder; repeat for several (default as for annotate).")
    var lexicons: [String] = []

    @Option(name: .customLong("repeat"), help: "Runs over the files; the best is reported.")
    var repetitions: Int = 3

    @Argument(help: "The text files to process (none for --mode load).")
    var files: [String] = []

    func validate() throws {
        if mode != .load && files.isEmpty { throw ValidationError("give the text files to process") }
    }

    func run() throws {
        if mode == .load { return try measureLoad() }
        let texts = try files.map { path -> SourceText in
            let bytes = try InputReader.read(path)
            return try TextDecoder(lossy: true).decode(bytes, source: path)
        }
        if mode == .stages { return try measureStages(texts) }
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
        let segmenter = try WordSegmenter()
        let tokens = try texts.reduce(0) { $0 + (try segmenter.countWords(in: $1)) }

        var loadSeconds = 0.0, compileSeconds = 0.0, aliases = 0
        var annotator: Annotator?
        if mode == .annotate {
            // Compile time: parse the sources and build the trie. Load time: read the compiled file.
            let directories = try LexiconLocator.directories(lexicons)
            let compiling = Date()
            _ = try LexiconCache().compile(directories: directories)
            compileSeconds = Date().timeIntervalSince(compiling)
            let started = Date()
            let (compiled, outcome, _) = try LexiconCache().load(directories: directories)
            loadSeconds = Date().timeIntervalSince(started)
            if outcome != .loaded { printError("warning: the compiled lexicon was not used (\(outcome.rawValue))") }
            aliases = compiled.lexicon.entities.aliasCount
            annotator = try Annotator(compiled: compiled)
        }
        var best = Double.infinity
        var mentions = 0
        for _ in 0..<max(1, repetitions) {
            let started = Date()
            var sink = 0
            mentions = 0
            for (index, text) in texts.enumerated() {
                if let annotator {
                    let document = try annotator.annotate(text, bytes: text.utf8, id: files[index])
                    mentions += document.mentions.count
                    sink &+= AnnotationJSON.utf8(document, pretty: false).count
                } else {
                    sink &+= try segmenter.countWords(in: text)
                }
            }
            best = min(best, Date().timeIntervalSince(started))
            if sink == -1 { print("") }
        }
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMegabytes = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        let peakMegabytes = Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
        #endif
        let line: [(String, String)] = [
            ("mode", "\"\(mode.rawValue)\""), ("files", String(files.count)),
            ("megabytes", format(megabytes)), ("tokens", String(tokens)), ("seconds", format(best)),
            ("mb_per_s", format(megabytes / best)), ("tokens_per_s", format(Double(tokens) / best)),
            ("mentions", String(mentions)), ("lexicon_aliases", String(aliases)), ("lexicon_load_seconds", format(loadSeconds)),
            ("lexicon_compile_seconds", format(compileSeconds)), ("peak_rss_mb", format(peakMegabytes)),
        ]
        print("{" + line.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}")
    }

    /// Loads the compiled lexicon in a process that has done nothing else and reports the resident memory
    /// the first load holds (the process's resident set with it loaded, less what it was before); then loads
    /// it `repetitions` times in all and reports the best time.
    private func measureLoad() throws {
        let directories = try LexiconLocator.directories(lexicons)
        let before = Benchmark.residentMegabytes()
        var started = Date()
        let (compiled, outcome, _) = try LexiconCache().load(directories: directories)
        var best = Date().timeIntervalSince(started)
        let after = Benchmark.residentMegabytes()
        for _ in 1..<max(1, repetitions) {
            started = Date()
            _ = try LexiconCache().load(directories: directories)
            best = min(best, Date().timeIntervalSince(started))
        }
        let aliases = compiled.lexicon.entities.aliasCount
        let line: [(String, String)] = [
            ("mode", "\"load\""), ("outcome", "\"\(outcome.rawValue)\""), ("lexicon_aliases", String(aliases)),
            ("lexicon_load_seconds", format(best)),
            ("lexicon_resident_mb", after.flatMap { a in before.map { format(a - $0) } } ?? "null"),
        ]
        print("{" + line.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}")
        if outcome != .loaded { printError("warning: the compiled lexicon was rebuilt first (\(outcome.rawValue)): run again to time a load") }
    }

    /// One pass over `texts` per cut of the pipeline, each cut doing all the stages before it: ICU's breaks
    /// alone, tokens, text analysis, lexicon matching, the annotated document, its JSON. Prints a line per
    /// cut with its best time, its throughput as a share of bare ICU's, and its `output` summed over the
    /// files: ICU's words, tokens, tokens after analysis, matches, mentions, bytes of JSON.
    private func measureStages(_ texts: [SourceText]) throws {
        let directories = try LexiconLocator.directories(lexicons)
        let (compiled, _, _) = try LexiconCache().load(directories: directories)
        let segmenter = try WordSegmenter()
        let analyzer = try TextAnalyzer(isKnownKey: compiled.isKnownKey)
        let matcher = PhraseMatcher(compiled)
        let annotator = try Annotator(compiled: compiled)
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
        var cuts: [(String, (SourceText) throws -> Int)] = [
            ("icu", { try segmenter.countWords(in: $0) }),
            ("tokens", { try segmenter.tokens(of: $0).count }),
            ("analysis", { try analyzer.analyze($0).tokens.count }),
            ("matching", { text in
                let analyzed = try analyzer.analyze(text)
                return matcher.matches(in: analyzed.tokens, of: text).count
            }),
        ]
        // The annotator's own passes, cut after each: the same list `annotate` runs.
        for (index, pass) in annotator.pipeline.passes.enumerated() {
            cuts.append(("pass:" + pass.name, { text in
                var state = try annotator.prepare(text)
                annotator.pipeline.run(&state, passes: index + 1)
                return state.mentions.count + state.cooperation.count + state.sectors.count
            }))
        }
        cuts.append(("annotation", { try annotator.annotate($0, bytes: $0.utf8, id: "").mentions.count }))
        cuts.append(("json", { AnnotationJSON.utf8(try annotator.annotate($0, bytes: $0.utf8, id: ""), pretty: false).count }))
        var icuSeconds = 0.0
        for (name, cut) in cuts {
            var best = Double.infinity
            var output = 0  // what the cut made, summed over the files: a check that it did its work
            for _ in 0..<max(1, repetitions) {
                let started = Date()
                output = 0
                for text in texts { output &+= try cut(text) }
                best = min(best, Date().timeIntervalSince(started))
            }
            if name == "icu" { icuSeconds = best }
            let line: [(String, String)] = [
                ("mode", "\"stages\""), ("stage", "\"\(name)\""), ("megabytes", format(megabytes)),
                ("seconds", format(best)), ("mb_per_s", format(megabytes / best)), ("share_of_icu", format(icuSeconds / best)),
                ("output", String(output)),
            ]
            print("{" + line.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}")
        }
    }

    /// The process's current resident set in megabytes, from `/proc/self/statm` (Linux); `nil` elsewhere.
    static func residentMegabytes() -> Double? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    private func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
