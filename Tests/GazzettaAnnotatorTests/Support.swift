import Foundation
import GazzettaAnnotator
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// The checkout's root (this file is Tests/GazzettaAnnotatorTests/Support.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The shipped lexicon, compiled once for all tests.
let shippedLexicon: CompiledLexicon = {
    do {
        return try LexiconCompiler().compile(LexiconLoader().load(directory: repositoryRoot + "/Lexicons"))
    } catch {
        fatalError("the shipped lexicon does not load: \(error)")
    }
}()

/// A corpus article: its text path and gold.
struct CorpusArticle: CustomStringConvertible {
    var textPath: String
    var gold: GoldDocument
    var description: String { gold.document.id }

    static func all() throws -> [CorpusArticle] {
        var articles: [CorpusArticle] = []
        for language in ["it", "en"] {
            let folder = repositoryRoot + "/Corpus/" + language
            for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".txt") {
                let textPath = folder + "/" + name
                let goldPath = String(textPath.dropLast(4)) + ".gold.json"
                articles.append(CorpusArticle(textPath: textPath, gold: try GoldDocument.read(goldPath)))
            }
        }
        return articles
    }

    func annotate(language: Language? = nil) throws -> AnnotatedDocument {
        let bytes = [UInt8](FileManager.default.contents(atPath: textPath)!)
        let text = try TextDecoder().decode(bytes, source: textPath)
        return try Annotator(compiled: shippedLexicon).annotate(text, bytes: bytes, id: gold.document.id,
                                                                options: AnnotationOptions(language: language))
    }
}

/// `text[start..<end]` in code points.
func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: Array(text.unicodeScalars)[start..<end])
    return String(view)
}
