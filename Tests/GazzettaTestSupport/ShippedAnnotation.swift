import GazzettaAnnotator
import GazzettaModel
import GazzettaText

/// A text annotated with the shipped lexicons, and what is wrong with its mentions' shape: the checks every
/// test of the unknown-name rules makes before it reads the mentions.
public enum ShippedAnnotation {
    /// `text` annotated in `language` with the shipped lexicons, unknown names found unless `discovery` is false.
    public static func annotate(_ text: String, _ language: Language, discovery: Bool = true) throws -> AnnotatedDocument {
        try Annotator(compiled: ShippedLexicon.compiled()).annotate(
            SourceText(text), bytes: Array(text.utf8), id: "t", options: AnnotationOptions(language: language, discovery: discovery))
    }

    /// One line per mention whose `text` is not its code-point slice, or whose discovered entity the document
    /// does not carry; empty when all is well.
    public static func problems(in document: AnnotatedDocument) -> [String] {
        document.mentions.compactMap { mention in
            if slice(document.text, mention.start, mention.end) != mention.text {
                return "\(mention.start)..<\(mention.end) '\(mention.text)' is not its slice"
            }
            if mention.entity.isKind(.discovered), document.entities[mention.entity] == nil {
                return "\(mention.entity) of '\(mention.text)' is not among the document's entities"
            }
            return nil
        }
    }
}
