import ArgumentParser

/// The `gazzetta` command line: annotate documents, keep lexicons correct.
@main
struct Gazzetta: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazzetta",
        abstract: "Find the actors, organisations, places and cooperation sectors in Italian and English analysis texts.",
        subcommands: [Annotate.self, Batch.self, Review.self, Export.self, Import.self, Eval.self, Diff.self, LexiconCommand.self, Benchmark.self, Serve.self],
        defaultSubcommand: Annotate.self
    )
}
