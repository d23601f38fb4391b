import GazzettaExport
import GazzettaModel

/// Plain-text tables of an `Evaluation`, for a terminal, and its JSON.
public enum EvaluationReport {
    /// The evaluation as JSON: per type strict and lenient counts and scores, linking accuracy, misses, false hits.
    public static func json(_ evaluation: Evaluation) -> JSONValue {
        func scores(_ counts: Evaluation.Counts) -> JSONValue {
            .object([("tp", .int(counts.truePositives)), ("fp", .int(counts.falsePositives)), ("fn", .int(counts.falseNegatives)),
                     ("precision", .decimal(counts.precision, places: 4)), ("recall", .decimal(counts.recall, places: 4)),
                     ("f1", .decimal(counts.f1, places: 4))])
        }
        func item(_ item: Evaluation.Item) -> JSONValue {
            .object([("start", .int(item.start)), ("end", .int(item.end)), ("text", .string(item.text)),
                     ("type", .string(item.type.rawValue)), ("entity", .string(item.entity))])
        }
        var types: [(String, JSONValue)] = []
        for type in EntityType.allCases where evaluation.strict[type] != nil {
            types.append((type.rawValue, .object([("strict", scores(evaluation.strict[type]!)),
                                                  ("lenient", scores(evaluation.lenient[type] ?? .init()))])))
        }
        return .object([
            ("types", .object(types)),
            ("all", .object([("strict", scores(evaluation.strictTotal)), ("lenient", scores(evaluation.lenientTotal))])),
            ("linkingAccuracy", .decimal(evaluation.linkingAccuracy, places: 4)),
            ("records", scores(evaluation.records)),
            ("misses", .array(evaluation.misses.map(item))),
            ("falseHits", .array(evaluation.falseHits.map(item))),
        ])
    }

    /// One row per type and a total row, strict and lenient precision / recall / F1.
    public static func table(_ evaluation: Evaluation, title: String) -> String {
        func cell(_ value: Double) -> String {
            let text = String(Int((value * 1000).rounded()))
            let padded = String(repeating: "0", count: max(0, 4 - text.count)) + text
            return padded.dropLast(3) + "." + padded.suffix(3)
        }
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
        var lines = [title, pad("type", 14) + "strict P  R      F1     | lenient P  R      F1     | tp  fp  fn"]
        func row(_ name: String, _ strict: Evaluation.Counts, _ lenient: Evaluation.Counts) {
            lines.append(pad(name, 14)
                + "\(cell(strict.precision))  \(cell(strict.recall))  \(cell(strict.f1))  |"
                + "         \(cell(lenient.precision))  \(cell(lenient.recall))  \(cell(lenient.f1))  | "
                + pad(String(strict.truePositives), 4) + pad(String(strict.falsePositives), 4) + String(strict.falseNegatives))
        }
        for type in EntityType.allCases {
            guard let strict = evaluation.strict[type] else { continue }
            row(type.rawValue, strict, evaluation.lenient[type] ?? .init())
        }
        row("all", evaluation.strictTotal, evaluation.lenientTotal)
        let records = evaluation.records
        lines.append("cooperation records P \(cell(records.precision))  R \(cell(records.recall))  F1 \(cell(records.f1))  (tp \(records.truePositives) fp \(records.falsePositives) fn \(records.falseNegatives))")
        lines.append("linking accuracy \(cell(evaluation.linkingAccuracy)) (\(evaluation.correctLinks) of \(evaluation.spanMatches) gold spans found)")
        return lines.joined(separator: "\n")
    }
}
