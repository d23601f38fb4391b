import ArgumentParser
import Foundation
import GazzettaEvaluation
import GazzettaExport

/// `gazzetta eval`: precision and recall against gold.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score annotations against gold: precision, recall and F1 per type, strict and lenient; linking accuracy; misses and false hits.",
        discussion: "Files or folders; documents are paired by id (endings such as .txt, .gold and .json ignored)."
    )

    @Option(help: "Gold file or folder (repeatable).")
    var gold: [String]

    @Option(help: "Predicted annotations, file or folder (repeatable).")
    var pred: [String]

    @Flag(help: "Write JSON instead of a table.")
    var json = false

    func run() throws {
        let golds: [String: (path: String, gold: GoldDocument)]
        let predictions: [String: (path: String, gold: GoldDocument)]
        do {
            golds = try gold.reduce(into: [:]) { $0.merge(try AnnotationFiles.gold($1)) { a, _ in a } }
            predictions = try pred.reduce(into: [:]) { $0.merge(try AnnotationFiles.gold($1)) { a, _ in a } }
        } catch let error as CLIError { throw error } catch { throw CLIError("\(error)") }
        var total = Evaluation()
        var unpaired: [String] = []
        for key in golds.keys.sorted() {
            guard let predicted = AnnotationFiles.pair(key, in: predictions) else { unpaired.append(key); continue }
            var document = Evaluation(gold: golds[key]!.gold.mentions.map(Evaluation.Item.init),
                                      predicted: predicted.gold.mentions.map(Evaluation.Item.init))
            document.records = Evaluation.records(gold: golds[key]!.gold.records, predicted: predicted.gold.records)
            total.merge(document)
        }
        if golds.count == 1 && predictions.count == 1 && unpaired.count == 1 {
            // One file each: compare them whatever their ids.
            unpaired = []
            total = Evaluation(gold: golds.values.first!.gold.mentions.map(Evaluation.Item.init),
                               predicted: predictions.values.first!.gold.mentions.map(Evaluation.Item.init))
            total.records = Evaluation.records(gold: golds.values.first!.gold.records, predicted: predictions.values.first!.gold.records)
        }
        for key in unpaired { printError("warning: no prediction for \(key)") }
        if json {
            print(JSONWriter(pretty: true).string(EvaluationReport.json(total)), terminator: "")
        } else {
            print(EvaluationReport.table(total, title: "\(golds.count - unpaired.count) document(s) (strict: same span and entity; lenient: overlapping span, same entity)"))
            for miss in total.misses { print("miss   \(miss)") }
            for hit in total.falseHits { print("extra  \(hit)") }
        }
    }
}
