import ArgumentParser
import Foundation
import GazzettaExport
import GazzettaInterchange
import GazzettaModel

/// `gazzetta export`: annotations in the formats of other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert an annotation to brat, Label Studio, CoNLL IOB, W3C Web Annotation or displaCy.",
        discussion: """
        With --out, brat writes NAME.ann and the text beside it as NAME.txt (NAME is --out without .ann or .txt; \
        a folder gets the document's name), and annotation.conf and visual.conf in that folder unless it has its own. \
        Label Studio writes labelstudio-config.xml beside the tasks: the labelling config they are made for.
        """
    )

    @Argument(help: "An annotation JSON file.")
    var input: String

    @Option(help: "brat, labelstudio, conll, w3c or spacy.")
    var format: ExportFormat

    @Flag(help: "CoNLL: put each token's entity id in a middle column (token ENTITY TAG); the tag stays last.")
    var conllEntityColumn = false

    @Option(help: "The file to write (default: standard output).")
    var out: String = "-"

    func run() throws {
        let document: AnnotatedDocument
        do { document = try AnnotationReader.read(path: input) } catch { throw CLIError("\(error)") }
        let modelVersion = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: input))) as? [String: Any])
            .flatMap { ($0["document"] as? [String: Any])?["lexicon"] as? String } ?? "gazzetta"
        let exported = try format.export(document, modelVersion: modelVersion, conllEntityColumn: conllEntityColumn)
        guard out != "-" else { return try OutputWriter.write(exported, to: out) }
        switch format {
        case .brat: try writeBrat(exported, document)
        case .labelstudio:
            try OutputWriter.write(exported, to: out)
            try writeConfig(LabelStudioExporter.labelingConfig, named: "labelstudio-config.xml", beside: out)
        default: try OutputWriter.write(exported, to: out)
        }
    }

    /// NAME.ann, NAME.txt and the collection's configs: what brat needs to open the document.
    private func writeBrat(_ ann: String, _ document: AnnotatedDocument) throws {
        var isDirectory: ObjCBool = false
        var stem = out
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) && isDirectory.boolValue {
            let name = URL(fileURLWithPath: document.info.id).lastPathComponent
            stem = URL(fileURLWithPath: out).appendingPathComponent(name.isEmpty ? "document" : name).path
        }
        for ending in [".ann", ".txt"] where stem.hasSuffix(ending) { stem = String(stem.dropLast(ending.count)) }
        try OutputWriter.write(ann, to: stem + ".ann")
        try OutputWriter.write(document.text, to: stem + ".txt")
        try writeConfig(BratExporter.annotationConf, named: "annotation.conf", beside: stem)
        try writeConfig(BratExporter.visualConf, named: "visual.conf", beside: stem)
    }

    /// Writes `text` as `name` in the folder of `path`, unless that folder has a `name` that Gazzetta did not write.
    private func writeConfig(_ text: String, named name: String, beside path: String) throws {
        let target = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(name).path
        if let existing = FileManager.default.contents(atPath: target), existing != Data(text.utf8) {
            let ours = String(decoding: existing.prefix(64), as: UTF8.self).contains("Gazzetta")
            guard ours else { return printError("note: \(target) is kept as it is (not written by Gazzetta)") }
        }
        try OutputWriter.write(text, to: target)
    }
}

extension ExportFormat: ExpressibleByArgument {}
