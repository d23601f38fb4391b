import ArgumentParser
import Foundation
import GazzettaEvaluation
import GazzettaInterchange
import GazzettaModel

/// `gazzetta import`: reviewed annotations back into gold JSON.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read reviewed annotations from brat or Label Studio back as gold JSON (gazzetta.gold/1).",
        subcommands: [Brat.self, LabelStudio.self]
    )

    struct Brat: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A brat .ann file (and its .txt) to gold JSON.")

        @Argument(help: "The .ann file; its text is the .txt beside it unless --text says otherwise.")
        var ann: String

        @Option(help: "The document's text file.")
        var text: String?

        @Option(help: "The document id (default: the file name without its ending).")
        var id: String?

        @Option(help: "The document's language: it or en.")
        var lang: LanguageChoice = .auto

        @Option(help: "The gold JSON to write (default: standard output).")
        var out: String = "-"

        func run() throws {
            let textPath = text ?? (ann.hasSuffix(".ann") ? String(ann.dropLast(4)) + ".txt" : ann + ".txt")
            let annText = try OutputWriter.readText(ann), documentText = try OutputWriter.readText(textPath)
            let result: BratImporter.Result
            do { result = try BratImporter().read(ann: annText, text: documentText, source: ann) } catch { throw CLIError("\(error)") }
            for warning in result.warnings { printError("warning: \(warning)") }
            let name = URL(fileURLWithPath: ann).deletingPathExtension().lastPathComponent
            try OutputWriter.write(GoldWriter.json(id: id ?? name, language: lang.language, date: nil, mentions: result.mentions), to: out)
        }
    }

    struct LabelStudio: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "labelstudio", abstract: "A Label Studio JSON export to one gold JSON per task.")

        @Argument(help: "The Label Studio export (a JSON list of tasks).")
        var export: String

        @Option(help: "The folder to write the gold files into (ID.gold.json).")
        var out: String

        func run() throws {
            let data = try Data(InputReader.read(export))
            let tasks: [LabelStudioImporter.Task]
            do { tasks = try LabelStudioImporter().tasks(data, source: export) } catch { throw CLIError("\(error)") }
            let folder = URL(fileURLWithPath: out)
            var targets: [String: String] = [:]
            for task in tasks {
                // The id becomes a path inside --out: no way up, no empty part.
                let name = task.id.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
                guard !name.isEmpty else { throw CLIError("\(export): the task id '\(task.id)' names no file inside \(out)") }
                if let other = targets[name] { throw CLIError("\(export): the task ids '\(other)' and '\(task.id)' would both write \(name).gold.json") }
                targets[name] = task.id
            }
            for task in tasks {
                let name = task.id.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
                let target = folder.appendingPathComponent(name + ".gold.json")
                do {
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw CLIError("\(target.deletingLastPathComponent().path): cannot create the folder")
                }
                try OutputWriter.write(GoldWriter.json(id: task.id, language: task.language, date: nil, mentions: task.mentions), to: target.path)
            }
            printError("\(tasks.count) gold files written to \(out)")
        }
    }
}
