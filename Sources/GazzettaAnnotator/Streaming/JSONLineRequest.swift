import Foundation
import GazzettaModel

/// One line of a JSON Lines annotation stream (`annotate --jsonl`, `POST /v1/annotate/jsonl`), parsed by the
/// one set of rules both share.
///
/// Each non-blank line is a JSON object `{"text": …, "id"?: …, "lang"?: …, "date"?: …}` and gets exactly one
/// answer line: its annotation, or `{"line": N, "id": …, "error": …}`. Blank lines (empty or white space only)
/// get no answer but are counted, so `line` numbers stay those of the input.
///
/// - `text` (required): a string, kept exactly as given — every code point, a raw U+FEFF included, so that
///   offsets are offsets into the caller's own string.
/// - `id`: a string, used as given; an integer, written in decimal (`7` → `"7"`); absent or `null`,
///   `line-N`. Any other value (a fraction, a boolean, an object, an array) is an error.
/// - `lang`: `it`, `en` or `auto` (identify it, as the command line's `--lang auto`); absent or `null`, the
///   stream's default.
/// - `date`: `YYYY-MM-DD`; absent or `null`, the stream's default.
/// - Any field of another type than these is an error for that line, never ignored; unknown fields are ignored.
public struct JSONLineRequest: Sendable, Equatable {
    /// The text to annotate.
    public var text: String
    /// The caller's id, if it gave one.
    public var id: String?
    /// The language and date, with the stream's defaults filled in.
    public var language: Language?
    /// The document's date.
    public var date: DayDate?

    /// The id the answer carries: the caller's, or `line-N`.
    public func documentID(line number: Int) -> String { id ?? "line-\(number)" }

    /// Parses input line `number` (1-based); `nil` for a blank line.
    ///
    /// Bytes that are not UTF-8 are replaced with U+FFFD first. Throws `JSONLineError` naming the line.
    public static func parse(_ bytes: some Collection<UInt8>, line number: Int,
                             defaultLanguage: Language?, defaultDate: DayDate?) throws -> JSONLineRequest? {
        let line = String(decoding: Array(bytes), as: UTF8.self)
        if line.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return nil }
        // JSONDecoder, not JSONSerialization: the latter drops a raw U+FEFF that follows an escape.
        guard let object = try? JSONDecoder().decode([String: LineValue].self, from: Data(line.utf8)) else {
            throw JSONLineError(line: number, id: nil, message: "not a JSON object")
        }
        let id: String?
        switch object["id"] ?? .null {
        case .null: id = nil
        case .string(let value): id = value
        case .integer(let value): id = String(value)
        default: throw JSONLineError(line: number, id: nil, message: "\"id\" must be a string or an integer")
        }
        func string(_ key: String) throws -> String? {
            switch object[key] ?? .null {
            case .null: return nil
            case .string(let value): return value
            default: throw JSONLineError(line: number, id: id, message: "\"\(key)\" must be a string")
            }
        }
        guard let text = try string("text") else { throw JSONLineError(line: number, id: id, message: "no \"text\" string") }
        var language = defaultLanguage
        if let lang = try string("lang") {
            if lang == "auto" {
                language = nil
            } else if let given = Language(rawValue: lang) {
                language = given
            } else {
                throw JSONLineError(line: number, id: id, message: "unknown lang '\(lang)' (it, en or auto)")
            }
        }
        var date = defaultDate
        if let iso = try string("date") {
            guard let given = DayDate(iso: iso) else { throw JSONLineError(line: number, id: id, message: "date is not YYYY-MM-DD") }
            date = given
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw JSONLineError(line: number, id: id, message: "empty text")
        }
        return JSONLineRequest(text: text, id: id, language: language, date: date)
    }
}

/// Why one line of a JSON Lines stream cannot be annotated: its number, its id if it had one, the reason.
public struct JSONLineError: Error, Sendable, CustomStringConvertible {
    /// The input line (1-based).
    public var line: Int
    /// The line's id, when it could be read.
    public var id: String?
    /// The reason, without the line number.
    public var message: String

    /// Creates the error.
    public init(line: Int, id: String?, message: String) {
        self.line = line
        self.id = id
        self.message = message
    }

    /// `line N: reason`.
    public var description: String { "line \(line): \(message)" }
}

/// A field's value as far as the stream's rules care.
private enum LineValue: Decodable {
    case null, string(String), integer(Int), other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode(Int.self) { self = .integer(value); return }
        self = .other
    }
}
