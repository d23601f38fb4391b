import ArgumentParser
import Foundation
import GazzettaInterchange
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// `gazzetta lexicon`: keep the lexicons correct.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, describe, query and import lexicons.",
        subcommands: [Check.self, Stats.self, Lookup.self, Compile.self, Import.self, ExportPatterns.self, Curate.self]
    )

    /// `gazzetta lexicon check [DIR]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report every lexicon error and warning with its file and line; exit non-zero on errors.",
            discussion: """
            Checks the format, duplicate ids, codes, relation and role targets that no record defines, aliases that \
            are common words without a case rule, and aliases claimed by two entities unless declared with \
            'ambiguous = …'. Prints the ambiguity report with --ambiguities.
            """
        )

        @Argument(help: "The lexicon folders, later ones adding to earlier ones (default as for annotate).")
        var directories: [String] = []

        @Flag(help: "Also list every alias shared by two or more entities.")
        var ambiguities = false

        @Option(name: .customLong("word-list"),
                help: "A word list (one word a line, e.g. /usr/share/dict/italian): its lower-case words need a case rule too. Repeatable.")
        var wordLists: [String] = []

        func run() throws {
            let lexicon = try LexiconLocator.load(directories)
            let linter = LexiconLinter(wordList: wordLists.isEmpty ? nil : try CommonWordList(contentsOf: wordLists))
            let findings = linter.lint(lexicon)
            for finding in findings { printError(finding.description) }
            if ambiguities {
                for (key, owners) in linter.ambiguousAliases(lexicon) {
                    print("ambiguous '\(key)': \(owners.map(\.rawValue).joined(separator: ", "))")
                }
            }
            let errors = findings.filter { $0.severity == .error }.count
            if errors > 0 { throw CLIError("\(errors) error(s) in the lexicon") }
            print("ok: \(lexicon.entities.count) entities in \(lexicon.files.count) files, version \(lexicon.version)"
                  + (wordLists.isEmpty ? "" : "; common words from \(wordLists.count) word list(s)"))
        }
    }

    /// `gazzetta lexicon export [DIR] --format spacy-patterns`.
    struct ExportPatterns: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the lexicon as spaCy EntityRuler/SpanRuler patterns (JSON Lines, with entity ids).",
            discussion: """
            Load them with nlp.add_pipe("entity_ruler").from_disk(FILE) (or "span_ruler"); each match's ent_id_ is \
            the Gazzetta entity id. Prefix-only forms (sino-) and surnames that need a full name first are left out.
            """
        )

        enum Format: String, ExpressibleByArgument { case spacyPatterns = "spacy-patterns" }

        @Argument(help: "The lexicon folders (default as for annotate).")
        var directories: [String] = []

        @Option(help: "spacy-patterns (the only one so far).")
        var format: Format

        @Option(help: "Only the forms of this language (and of any language); default: every form.")
        var lang: String?

        @Option(help: "The file to write (default: standard output).")
        var out: String = "-"

        func run() throws {
            var language: Language?
            if let lang {
                guard let known = Language(rawValue: lang) else { throw CLIError("--lang \(lang): not a registered language") }
                language = known
            }
            let lexicon = try LexiconLocator.load(directories)
            try OutputWriter.write(SpacyPatternsExporter().patterns(Array(lexicon.entities), language: language), to: out)
        }
    }

    /// `gazzetta lexicon compile [DIR]`.
    struct Compile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the binary form of the matcher (DIR/.compiled.gzc), which annotate loads without parsing.",
            discussion: "Annotate, batch and the stream rebuild it by themselves when a source changes or the file is damaged."
        )

        @Argument(help: "The lexicon folders, later ones adding to earlier ones (default as for annotate).")
        var directories: [String] = []

        @Option(help: "Where to write it (default: DIR/.compiled.gzc).")
        var out: String?

        func run() throws {
            let folders = try LexiconLocator.directories(directories)
            let started = Date()
            let (compiled, path, size) = try LexiconCache(warn: { printError($0.description) }).compile(directories: folders, to: out)
            let aliases = compiled.lexicon.entities.aliasCount
            print("compiled \(compiled.lexicon.entities.count) entities, \(aliases) forms, \(compiled.nodeCount) trie nodes → \(path) (\(size) bytes, \(String(format: "%.3f", Date().timeIntervalSince(started))) s)")
        }
    }

    /// `gazzetta lexicon stats [DIR]`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count entities, aliases and forms per type, role and language.")

        @Argument(help: "The lexicon folders, later ones adding to earlier ones (default as for annotate).")
        var directories: [String] = []

        func run() throws {
            let lexicon = try LexiconLocator.load(directories)
            print("\(lexicon.entities.count) entities in \(lexicon.files.count) files, version \(lexicon.version)")
            print(LexiconStatistics(lexicon).report)
        }
    }

    /// `gazzetta lexicon lookup TEXT`.
    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show which entities and forms a text matches, and why.")

        @Argument(help: "The text to look up, e.g. \"sino-kazakha\".")
        var text: String

        @Option(help: "Read the text as it or en.")
        var lang: LanguageChoice = .it

        @Option(help: "A lexicon folder; repeat for several (default as for annotate).")
        var lexicons: [String] = []

        func run() throws {
            let lexicon = try LexiconLocator.load(lexicons)
            let lookup = LexiconLookup(try LexiconCompiler().compile(lexicon))  // parsed: lookup names files and lines
            let lines = try lookup.explain(text, language: lang.language ?? .italian)
            for line in lines { print(line) }
            if lines.count == 1 { print("no entity matches") }
        }
    }

    /// `gazzetta lexicon import cldr|geonames`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate lexicon files from CLDR (through ICU) or a GeoNames dump.",
            subcommands: [CLDR.self, GeoNames.self]
        )

        struct CLDR: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "cldr",
                abstract: "Write a lexicon of the countries CLDR names that the lexicons lack, with Italian and English names."
            )

            @Option(help: "Where to write the .gaz file ('-' for standard output).")
            var out: String = "-"

            @Option(help: "A lexicon folder whose countries are skipped; repeat for several (default as for annotate).")
            var lexicons: [String] = []

            func run() throws {
                let existing = try? LexiconLocator.load(lexicons)
                let importer = CLDRImporter()
                let countries = importer.missingCountries(in: existing)
                try OutputWriter.write(importer.lexiconText(countries), to: out)
                printError("\(countries.count) countries written")
            }
        }

        struct GeoNames: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "geonames",
                abstract: "Read a GeoNames dump (e.g. cities15000.txt) into a lexicon file."
            )

            @Argument(help: "The GeoNames main dump (tab-separated, 19 columns).")
            var file: String

            @Option(help: "A GeoNames alternate-names file, for Italian and English names.")
            var alternateNames: String?

            @Option(help: "Skip places with fewer people.")
            var minPopulation = 0

            @Option(help: "Where to write the .gaz file ('-' for standard output).")
            var out: String = "-"

            @Option(help: "A lexicon folder whose countries places are linked to; repeat for several (default as for annotate).")
            var lexicons: [String] = []

            func run() throws {
                let importer = GeoNamesImporter(minimumPopulation: minPopulation)
                var places = try importer.places(try OutputWriter.readText(file), path: file)
                if let alternateNames {
                    try importer.addAlternateNames(try OutputWriter.readText(alternateNames), path: alternateNames, to: &places)
                }
                let known = Set((try? LexiconLocator.load(lexicons))?.entities.map(\.id.rawValue) ?? [])
                let name = URL(fileURLWithPath: file).lastPathComponent
                try OutputWriter.write(importer.lexiconText(places, source: name, known: known), to: out)
                printError("\(places.count) places written")
            }
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

extension LexiconCommand {
    /// `gazzetta lexicon curate`: the names annotations found that no lexicon has, as `.gaz` records to edit.
    struct Curate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the names a corpus's annotations found that no lexicon has (by frequency, with evidence and examples) as .gaz records to edit."
        )

        @Argument(help: "Annotation files or folders (a batch --out folder).")
        var inputs: [String]

        @Option(help: "List only names with at least this many mentions.")
        var minMentions = 1

        @Option(help: "Example sentences per name.")
        var examples = 2

        @Option(help: "The file to write (default: standard output).")
        var out: String = "-"

        func run() throws {
            var documents: [AnnotatedDocument] = []
            for input in inputs {
                let loaded = try AnnotationFiles.annotations(input)
                documents += loaded.keys.sorted().map { loaded[$0]!.document }
            }
            guard !documents.isEmpty else { throw CLIError("no annotations in \(inputs.joined(separator: ", "))") }
            let curation = DiscoveryCuration(examples: examples, minimumMentions: minMentions)
            let names = curation.names(in: documents)
            try OutputWriter.write(curation.lexiconText(names, source: inputs.joined(separator: ", ")), to: out)
            printError("\(names.count) name(s) from \(documents.count) document(s)")
        }
    }
}
