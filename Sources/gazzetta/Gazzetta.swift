import ArgumentParser
import Foundation
import GazzettaText

/// The `gazzetta` command line: annotate documents, keep lexicons correct.
@main
struct Gazzetta: AsyncParsableCommand {
    /// This build's version; the README's install step and `--version` say it.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "gazzetta",
        abstract: "Find the actors, organisations, places and cooperation sectors in Italian and English analysis texts.",
        discussion: "gazzetta --version prints the version, the lexicon's version and ICU's. gazzetta - reads a document on standard input.",
        subcommands: [Annotate.self, Batch.self, Review.self, Export.self, Import.self, Eval.self, Diff.self, LexiconCommand.self, Benchmark.self, Serve.self],
        defaultSubcommand: Annotate.self
    )

    /// A bare `gazzetta` prints the help instead of waiting on standard input (`gazzetta -` still reads it);
    /// `--version` names the lexicon it would use and ICU's version too, which a static string cannot.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.isEmpty {
            print(helpMessage())
            return
        }
        if arguments == ["--version"] {
            print(versionReport())
            return
        }
        await main(arguments)
    }

    /// `gazzetta 0.9.0`, then the lexicon (folder and version, or why none loads) and ICU's version.
    static func versionReport() -> String {
        var lines = ["gazzetta \(version)"]
        do {
            let directories = try LexiconLocator.directories([])
            let compiled = try LexiconLocator.loadCompiled(directories)
            lines.append("lexicon \(compiled.lexicon.version) (\(directories.joined(separator: ", ")))")
        } catch {
            lines.append("lexicon: none loaded (\(error))")
        }
        lines.append("ICU \(CLDRNames.icuVersion)")
        return lines.joined(separator: "\n")
    }
}
