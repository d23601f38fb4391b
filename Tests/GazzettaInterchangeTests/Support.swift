import Foundation
import GazzettaAnnotator
import GazzettaLexicon
import GazzettaModel
import GazzettaText

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let compiled: CompiledLexicon = {
    try! LexiconCompiler().compile(LexiconLoader().load(directory: root.appendingPathComponent("Lexicons").path))
}()

/// Annotates `text` with the shipped lexicon.
func annotated(_ text: String, _ language: Language = .italian, id: String = "test") throws -> AnnotatedDocument {
    try Annotator(compiled: compiled).annotate(SourceText(text), bytes: Array(text.utf8), id: id, options: AnnotationOptions(language: language))
}

/// A text whose code-point and UTF-16 offsets differ (emoji, mathematical letters) and with accents.
let trickyText = "🇰🇿🇨🇳 Città: la Cina e il Kazakhstan 😀 firmano; 𝐒𝐂𝐎 e la SCO, poi Mosca.\nL’Unione Sovietica è finita."
