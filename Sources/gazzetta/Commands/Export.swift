import ArgumentParser
import Foundation
import GazzettaExport
import GazzettaInterchange
import GazzettaModel

/// `gazzetta export`: annotations in the formats of other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert an annotation to brat, Label Studio, CoNLL IOB, W3C Web Annotation or displaCy.",
        discussion: "With --out, brat writes OUT.ann and the text beside it as OUT.txt (brat needs both)."
    )

    @Argument(help: "An annotation JSON file.")
    var input: String

    @Option(help: "brat, labelstudio, conll, w3c or spacy.")
    var format: ExportFormat

    @Option(help: "The file to write (default: standard output).")
    var out: String = "-"

    func run() throws {
        let document: AnnotatedDocument
        do { document = try AnnotationReader.read(path: input) } catch { throw CLIError("\(error)") }
        let modelVersion = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: input))) as? [String: Any])
            .flatMap { ($0["document"] as? [String: Any])?["lexicon"] as? String } ?? "gazzetta"
        try OutputWriter.write(try format.export(document, modelVersion: modelVersion), to: out)
        if format == .brat && out != "-" {
            let text = out.hasSuffix(".ann") ? String(out.dropLast(4)) + ".txt" : out + ".txt"
            try OutputWriter.write(document.text, to: text)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
