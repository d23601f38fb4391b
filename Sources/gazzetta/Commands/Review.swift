import ArgumentParser
import Foundation
import GazzettaExport
import GazzettaInterchange
import GazzettaModel

/// `gazzetta review`: a self-contained HTML page to review annotations.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an HTML review page of an annotation (FILE.json), or a folder of pages with an index (DIR)."
    )

    @Argument(help: "An annotation JSON file, or a folder of them (e.g. a batch's output).")
    var input: String

    @Option(help: "The HTML file to write (for a folder: the folder to write index.html and the pages into).")
    var out: String

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { throw CLIError("\(input): no such file or folder") }
        let page = ReviewPage()
        if !isDirectory.boolValue {
            let document = try read(input)
            try OutputWriter.write(page.html(document), to: out)
            return
        }
        let root = URL(fileURLWithPath: input).standardizedFileURL.path
        var entries: [ReviewPage.IndexEntry] = []
        var failures = Review.batchFailures(in: root)
        for path in try AnnotationFiles.paths(input) {
            let relative = String(path.dropFirst(root.count + 1))
            let document: AnnotatedDocument
            do { document = try AnnotationReader.read(path: path) } catch {
                failures.append((relative, "\(error)"))
                continue
            }
            let link = relative + ".html"
            let target = URL(fileURLWithPath: out).appendingPathComponent(link)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let depth = relative.split(separator: "/").count - 1
            try OutputWriter.write(page.html(document, indexLink: String(repeating: "../", count: depth) + "index.html"), to: target.path)
            entries.append((link, document))
        }
        if entries.isEmpty && failures.isEmpty { throw CLIError("\(input): no annotation files in this folder") }
        try OutputWriter.write(page.index(entries, failures: failures), to: URL(fileURLWithPath: out).appendingPathComponent("index.html").path)
        printError("\(entries.count) pages and index.html written to \(out)" + (failures.isEmpty ? "" : " (\(failures.count) failed documents listed)"))
    }

    /// The documents a batch could not annotate (`errors.jsonl` in its output folder), with their errors.
    static func batchFailures(in folder: String) -> [ReviewPage.Failure] {
        guard let data = FileManager.default.contents(atPath: folder + "/errors.jsonl") else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let path = object["path"] as? String else { return nil }
            return (path, object["error"] as? String ?? "failed")
        }
    }

    private func read(_ path: String) throws -> AnnotatedDocument {
        do { return try AnnotationReader.read(path: path) } catch { throw CLIError("\(error)") }
    }
}
