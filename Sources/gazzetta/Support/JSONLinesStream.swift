import Foundation
import GazzettaAnnotator
import GazzettaExport
import GazzettaModel
import GazzettaText

/// `annotate --jsonl`: one JSON object `{id, text, lang?, date?}` per input line, one annotation per output
/// line, in order. A bad line gets an error object `{"line": N, "id": …, "error": …}` and the stream goes on,
/// so the binary can serve as a worker for Spark's `RDD.pipe`, Hadoop Streaming or GNU parallel.
struct JSONLinesStream {
    let annotator: Annotator
    let defaultLanguage: Language?
    /// Whether unknown names are found (`--no-discovery` turns it off for every line).
    let discovery: Bool
    let defaultDate: DayDate?

    func run() throws {
        var number = 0
        let writer = JSONWriter(pretty: false)
        while let line = readLine(strippingNewline: true) {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let output: String
            do {
                output = AnnotationJSON.encode(try annotate(line, number), pretty: false)
            } catch let error as StreamLineError {
                var fields: [(String, JSONValue)] = [("line", .int(number))]
                fields.append(("id", error.id.map { .string($0) } ?? .null))
                fields.append(("error", .string(error.message)))
                output = writer.string(.object(fields))
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    private func annotate(_ line: String, _ number: Int) throws -> AnnotatedDocument {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw StreamLineError(id: nil, message: "line \(number): not a JSON object")
        }
        let id = object["id"].map { "\($0)" }
        guard let text = object["text"] as? String else {
            throw StreamLineError(id: id, message: "line \(number): no \"text\" string")
        }
        var language = defaultLanguage
        if let lang = object["lang"] as? String {
            guard let given = Language(rawValue: lang) else { throw StreamLineError(id: id, message: "line \(number): unknown lang '\(lang)'") }
            language = given
        }
        var date = defaultDate
        if let text = object["date"] as? String {
            guard let given = DayDate(iso: text) else { throw StreamLineError(id: id, message: "line \(number): date is not YYYY-MM-DD") }
            date = given
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw StreamLineError(id: id, message: "line \(number): empty text")
        }
        do {
            return try annotator.annotate(SourceText(text), bytes: Array(text.utf8), id: id ?? "line-\(number)",
                                          options: AnnotationOptions(language: language, date: date, discovery: discovery))
        } catch {
            throw StreamLineError(id: id, message: "line \(number): \(error)")
        }
    }
}

/// Why one line of a stream could not be annotated.
struct StreamLineError: Error {
    var id: String?
    var message: String
}
