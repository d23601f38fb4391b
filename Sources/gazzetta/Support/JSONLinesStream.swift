import Foundation
import GazzettaAnnotator
import GazzettaExport
import GazzettaModel
import GazzettaText

/// `annotate --jsonl`: one JSON object `{id, text, lang?, date?}` per input line, one annotation per non-blank
/// output line, in order, by the rules of `JSONLineRequest` (which the service's JSON Lines endpoint shares).
/// A bad line gets an error object `{"line": N, "id": …, "error": …}` and the stream goes on, so the binary
/// can serve as a worker for Spark's `RDD.pipe`, Hadoop Streaming or GNU parallel. Blank lines get no answer.
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
            let output: String
            do {
                guard let request = try JSONLineRequest.parse(Array(line.utf8), line: number, defaultLanguage: defaultLanguage,
                                                              defaultDate: defaultDate) else { continue }
                output = AnnotationJSON.encode(try annotate(request, number), pretty: false)
            } catch let error as JSONLineError {
                output = writer.string(.object([("line", .int(error.line)), ("id", error.id.map { .string($0) } ?? .null),
                                                ("error", .string(error.description))]))
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    private func annotate(_ request: JSONLineRequest, _ number: Int) throws -> AnnotatedDocument {
        do {
            return try annotator.annotate(SourceText(request.text), bytes: Array(request.text.utf8), id: request.documentID(line: number),
                                          options: AnnotationOptions(language: request.language, date: request.date, discovery: discovery))
        } catch {
            throw JSONLineError(line: number, id: request.id, message: "\(error)")
        }
    }
}
