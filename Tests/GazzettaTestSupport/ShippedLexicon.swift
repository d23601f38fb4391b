import GazzettaAnnotator
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// The checkout's `Lexicons/`, loaded and compiled once for every test of a run.
public enum ShippedLexicon {
    private static let fromSources = Result { try LexiconCompiler().compile(LexiconLoader().load(directory: Checkout.path("Lexicons"))) }
    /// The same written to the binary form and read back, as `annotate` loads it: its entities are decoded
    /// when first read (`EntityTable`), and every test that annotates goes through that path.
    private static let result = Result {
        let compiled = try fromSources.get()
        return try CompiledLexicon.deserialize(compiled.serialized(fingerprint: 1), fingerprint: 1)
    }

    /// The compiled shipped lexicon, as loaded from its compiled file; the loading error, naming file and line,
    /// when it does not load.
    public static func compiled() throws -> CompiledLexicon { try result.get() }

    /// The compiled shipped lexicon as the compiler made it from the sources (its entities an array).
    public static func compiledFromSources() throws -> CompiledLexicon { try fromSources.get() }
}

/// Annotates `text` with the shipped lexicon, as plain text in `language`.
public func annotated(_ text: String, _ language: Language = .italian, id: String = "test") throws -> AnnotatedDocument {
    try Annotator(compiled: ShippedLexicon.compiled()).annotate(SourceText(text), bytes: Array(text.utf8), id: id,
                                                                 options: AnnotationOptions(language: language))
}
