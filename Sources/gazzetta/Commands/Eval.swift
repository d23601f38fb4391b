import ArgumentParser
import Foundation
import GazzettaEvaluation
import GazzettaExport

/// `gazzetta eval`: precision and recall against gold.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score annotations against gold: precision, recall and F1 per type, strict and lenient; linking accuracy; misses and false hits.",
        discussion: "Files or folders; documents are paired by id (endings such as .txt, .gold and .json ignored). A gold document with no prediction counts all its mentions as misses; when none pairs, eval fails."
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
        var byOrigin: [Evaluation.Origin: Evaluation] = [:]
        func score(_ gold: GoldDocument, _ predicted: GoldDocument) {
            for (origin, part) in Evaluation.byOrigin(gold: gold.mentions.map(Evaluation.Item.init),
                                                      predicted: predicted.mentions.map(Evaluation.Item.init)) {
                byOrigin[origin, default: Evaluation()].merge(part)
            }
        }
        var unpaired: [String] = []
        for key in golds.keys.sorted() {
            let gold = golds[key]!.gold
            let predicted = AnnotationFiles.pair(key, in: predictions)?.gold
            if predicted == nil { unpaired.append(key) }
            // A gold document with no prediction is scored against nothing: all its mentions are misses.
            var document = Evaluation(gold: gold.mentions.map(Evaluation.Item.init),
                                      predicted: predicted?.mentions.map(Evaluation.Item.init) ?? [])
            document.records = Evaluation.records(gold: gold.records, predicted: predicted?.records ?? [])
            total.merge(document)
            score(gold, predicted ?? GoldDocument(id: key, language: nil, date: nil, mentions: []))
        }
        if golds.count == 1 && predictions.count == 1 && unpaired.count == 1 {
            // One file each: compare them whatever their ids.
            unpaired = []
            total = Evaluation(gold: golds.values.first!.gold.mentions.map(Evaluation.Item.init),
                               predicted: predictions.values.first!.gold.mentions.map(Evaluation.Item.init))
            total.records = Evaluation.records(gold: golds.values.first!.gold.records, predicted: predictions.values.first!.gold.records)
            byOrigin = [:]
            score(golds.values.first!.gold, predictions.values.first!.gold)
        }
        if !golds.isEmpty && unpaired.count == golds.count {
            throw CLIError("no gold document has a prediction (\(golds.count) gold, \(predictions.count) predicted): "
                + "documents pair by id; check the --gold and --pred folders")
        }
        if golds.isEmpty { throw CLIError("no gold documents in \(gold.joined(separator: ", "))") }
        for key in unpaired { printError("warning: no prediction for \(key): its \(golds[key]!.gold.mentions.count) mention(s) count as misses") }
        if json {
            var report = EvaluationReport.json(total)
            if case .object(var fields) = report {
                fields.append(("byOrigin", .object(Evaluation.Origin.allCases.map { ($0.rawValue, EvaluationReport.json(byOrigin[$0] ?? Evaluation())) })))
                report = .object(fields)
            }
            print(JSONWriter(pretty: true).string(report), terminator: "")
        } else {
            print(EvaluationReport.table(total, title: "\(golds.count - unpaired.count) of \(golds.count) gold document(s) paired (strict: same span and entity; lenient: overlapping span, same entity)"))
            for origin in Evaluation.Origin.allCases {
                let counts = (byOrigin[origin] ?? Evaluation()).strictTotal
                print(String(format: "%@ strict P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", (origin.rawValue + "-linked").padding(toLength: 18, withPad: " ", startingAt: 0),
                             counts.precision, counts.recall, counts.f1, counts.truePositives, counts.falsePositives, counts.falseNegatives))
            }
            for miss in total.misses { print("miss   \(miss)") }
            for hit in total.falseHits { print("extra  \(hit)") }
        }
    }
}
