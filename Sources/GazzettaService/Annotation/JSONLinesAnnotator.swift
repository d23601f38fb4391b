import Foundation
import GazzettaAnnotator
import GazzettaExport
import GazzettaModel

/// `POST /v1/annotate/jsonl`, one line at a time, by the rules of `gazzetta annotate --jsonl`: each line a
/// JSON object `{id, text, lang?, date?}`, each answered by its annotation or by
/// `{"line": N, "id": …, "error": …}`; blank lines are counted and skipped.
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
        let line = String(decoding: bytes, as: UTF8.self)
        if line.allSatisfy(\.isWhitespace) { return .blank }
        do {
            let (text, id, options) = try parse(line, number)
            do {
                let (json, mentions) = try annotator.annotate(text: text, id: id ?? "line-\(number)", options: options)
                return .annotated(json: json, mentions: mentions)
            } catch {
                throw LineError(id: id, message: "line \(number): \(error)")
            }
        } catch let error as LineError {
            var fields: [(String, JSONValue)] = [("line", .int(number))]
            fields.append(("id", error.id.map { .string($0) } ?? .null))
            fields.append(("error", .string(error.message)))
            return .failed(json: Array(JSONWriter(pretty: false).string(.object(fields)).utf8))
        } catch {
            return .failed(json: Array(JSONWriter(pretty: false).string(.object([("line", .int(number)), ("id", .null),
                                                                                ("error", .string("\(error)"))])).utf8))
        }
    }

    /// The line's text, id and options, or the command's error for it.
    private func parse(_ line: String, _ number: Int) throws -> (String, String?, AnnotationOptions) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw LineError(id: nil, message: "line \(number): not a JSON object")
        }
        let id = object["id"].map { "\($0)" }
        guard let text = object["text"] as? String else {
            throw LineError(id: id, message: "line \(number): no \"text\" string")
        }
        var language = defaultLanguage
        if let lang = object["lang"] as? String {
            guard let given = Language(rawValue: lang) else { throw LineError(id: id, message: "line \(number): unknown lang '\(lang)'") }
            language = given
        }
        var date = defaultDate
        if let text = object["date"] as? String {
            guard let given = DayDate(iso: text) else { throw LineError(id: id, message: "line \(number): date is not YYYY-MM-DD") }
            date = given
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw LineError(id: id, message: "line \(number): empty text")
        }
        return (text, id, AnnotationOptions(language: language, date: date))
    }
}

/// Why one line of a stream could not be annotated.
struct LineError: Error {
    var id: String?
    var message: String
}
