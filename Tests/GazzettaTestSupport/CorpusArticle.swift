import Foundation
import GazzettaAnnotator
import GazzettaEvaluation
import GazzettaModel
import GazzettaText

/// A corpus article: its text path and gold.
public struct CorpusArticle: CustomStringConvertible, Sendable {
    /// The article's text (`.txt`, `.html`, `.md`).
    public var textPath: String
    /// Its hand-checked gold, `<stem>.gold.json` beside it.
    public var gold: GoldDocument
    /// The document id.
    public var description: String { gold.document.id }

    /// The articles of a set: `""` is the main set (Corpus/it, Corpus/en, used while curating the lexicons),
    /// `heldout` the set the lexicons never saw, `messy` the real-world shapes (wrapped, HTML, headlines).
    /// A set holds one folder per language; an article is a text with its gold beside it.
    public static func all(set: String = "") throws -> [CorpusArticle] {
        var articles: [CorpusArticle] = []
        for language in Language.allCases {
            let folder = Checkout.path("Corpus/" + (set.isEmpty ? "" : set + "/") + language.rawValue)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where !name.hasSuffix(".gold.json") && !name.hasPrefix(".") {
                let textPath = folder + "/" + name
                let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
                let goldPath = folder + "/" + stem + ".gold.json"
                guard FileManager.default.fileExists(atPath: goldPath) else { continue }
                articles.append(CorpusArticle(textPath: textPath, gold: try GoldDocument.read(goldPath)))
            }
        }
        return articles
    }

    /// Annotates the article as `gazzetta annotate` would (HTML and Markdown extracted first).
    public func annotate(language: Language? = nil) throws -> AnnotatedDocument {
        guard let data = FileManager.default.contents(atPath: textPath) else { throw EvaluationError("\(textPath): cannot read the article") }
        let bytes = [UInt8](data)
        let decoded = try DocumentDecoder().decode(bytes, source: textPath, format: DocumentFormat(path: textPath))
        return try Annotator(compiled: ShippedLexicon.compiled()).annotate(decoded, bytes: bytes, id: gold.document.id,
                                                                            options: AnnotationOptions(language: language))
    }

    /// `evaluate(set:)`, with its table, misses and false hits printed for whoever reads the test log.
    public static func report(set: String, title: String) throws -> (total: Evaluation, byLanguage: [Language: Evaluation]) {
        let result = try evaluate(set: set)
        print(EvaluationReport.table(result.total, title: "Corpus, \(title) (strict: same span and entity)"))
        for miss in result.total.misses { print("  miss  \(miss)") }
        for hit in result.total.falseHits { print("  extra \(hit)") }
        return result
    }

    /// The evaluation of a set against its gold, totals and per language.
    public static func evaluate(set: String) throws -> (total: Evaluation, byLanguage: [Language: Evaluation]) {
        var total = Evaluation()
        var byLanguage: [Language: Evaluation] = [:]
        for article in try all(set: set) {
            let document = try article.annotate()
            var evaluation = Evaluation(gold: article.gold.mentions.map(Evaluation.Item.init),
                                        predicted: document.mentions.map(Evaluation.Item.init))
            evaluation.records = Evaluation.records(gold: article.gold.records, predicted: document.cooperation.map { record in
                let span = record.evidence ?? document.sentences[record.sentence]
                return GoldDocument.GoldRecord(start: span.start, end: span.end, sector: record.sector.rawValue,
                                               actors: record.actors.map(\.rawValue))
            })
            total.merge(evaluation)
            byLanguage[document.info.language, default: Evaluation()].merge(evaluation)
        }
        return (total, byLanguage)
    }
}
