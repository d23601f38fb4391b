import GazzettaAnnotator
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// The checkout's `Lexicons/`, loaded and compiled once for every test of a run.
public enum ShippedLexicon {
    private static let result = Result { try LexiconCompiler().compile(LexiconLoader().load(directory: Checkout.path("Lexicons"))) }

    /// The compiled shipped lexicon; the loading error, naming file and line, when it does not load.
    public static func compiled() throws -> CompiledLexicon { try result.get() }
}

/// Annotates `text` with the shipped lexicon, as plain text in `language`.
public func annotated(_ text: String, _ language: Language = .italian, id: String = "test") throws -> AnnotatedDocument {
    try Annotator(compiled: ShippedLexicon.compiled()).annotate(SourceText(text), bytes: Array(text.utf8), id: id,
                                                                 options: AnnotationOptions(language: language))
}
