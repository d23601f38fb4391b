import GazzettaModel

/// Plain-text tables of an `Evaluation`, for a terminal.
public enum EvaluationReport {
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
        return lines.joined(separator: "\n")
    }
}
