import Foundation
import GazzettaAnnotator
import GazzettaExport
import GazzettaModel

/// `POST /v1/annotate/jsonl`, one line at a time, by the rules of `gazzetta annotate --jsonl` (both use
/// `JSONLineRequest`): each line a JSON object `{id, text, lang?, date?}`, each answered by its annotation or
/// by `{"line": N, "id": …, "error": …}`; blank lines are counted and get no answer.
struct JSONLinesAnnotator {
    /// The stream's defaults, from the query (`lang`, `date`), as the command's `--lang` and `--date`.
    var defaultLanguage: Language?
    var defaultDate: DayDate?

    /// What one line comes to.
    enum Outcome {
        case annotated(json: [UInt8], mentions: Int)
        case failed(json: [UInt8])
        case blank
    }

    /// The output line for input line `number` (1-based), its bytes without the newline.
    ///
    /// Bytes that are not UTF-8 are replaced with U+FFFD before parsing, as the command's `readLine` does.
    func annotate(line bytes: ArraySlice<UInt8>, number: Int, with annotator: ServiceAnnotator) -> Outcome {
        do {
            guard let request = try JSONLineRequest.parse(bytes, line: number, defaultLanguage: defaultLanguage,
                                                          defaultDate: defaultDate) else { return .blank }
            do {
                let (json, mentions) = try annotator.annotate(text: request.text, id: request.documentID(line: number),
                                                              options: AnnotationOptions(language: request.language, date: request.date))
                return .annotated(json: json, mentions: mentions)
            } catch {
                throw JSONLineError(line: number, id: request.id, message: "\(error)")
            }
        } catch let error as JSONLineError {
            let fields: [(String, JSONValue)] = [("line", .int(error.line)), ("id", error.id.map { .string($0) } ?? .null),
                                                 ("error", .string(error.description))]
            return .failed(json: Array(JSONWriter(pretty: false).string(.object(fields)).utf8))
        } catch {
            return .failed(json: Array(JSONWriter(pretty: false).string(.object([("line", .int(number)), ("id", .null),
                                                                                ("error", .string("\(error)"))])).utf8))
        }
    }
}
