import ArgumentParser
import Foundation
import GazzettaLexicon
import GazzettaModel

/// `gazzetta lexicon`: keep the lexicons correct.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, describe and query the lexicons.",
        subcommands: [Check.self]
    )

    /// `gazzetta lexicon check [DIR]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load the lexicons and report every error with its file and line; exit non-zero on errors."
        )

        @Argument(help: "The lexicon folder (default as for annotate).")
        var directory: String?

        func run() throws {
            let lexicon = try LexiconLocator.load(directory)
            print("ok: \(lexicon.entities.count) entities in \(lexicon.files.count) files, version \(lexicon.version)")
        }
    }
}
