import ArgumentParser
import Foundation
import GazzettaAnnotator
import GazzettaExport
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// `gazzetta annotate`: one document in, one JSON annotation out.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate one document and write its JSON (gazzetta.annotation/1) to standard output."
    )

    @Argument(help: "The document (a file, /dev/stdin, a FIFO or a process substitution), or - for standard input.")
    var file: String = "-"

    @Option(help: "The document's language: it, en or auto.")
    var lang: LanguageChoice = .auto

    @Option(help: "A lexicon folder; repeat for several, later ones adding to earlier ones (default: $GAZZETTA_LEXICONS, ./Lexicons, or the checkout's Lexicons/).")
    var lexicons: [String] = []

    @Option(help: "The document's date (YYYY-MM-DD), for dated roles; default: read from the byline.")
    var date: String?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @Flag(help: "Replace bytes not valid in the encoding (UTF-8, given or detected) with U+FFFD instead of failing.")
    var lossy = false

    @Option(help: "The input encoding: auto (a UTF-16/32 byte order mark, UTF-8, else ICU's detector for legacy encodings), utf-8 (strict), utf-16, utf-16le, utf-32be…, or an ICU name such as windows-1252. Bytes that do not fit it are an error unless --lossy.")
    var encoding = "auto"

    @Option(help: "Read the input as text, html or markdown (default: by the file's ending).")
    var format: FormatChoice?

    @Flag(help: "Link only what the lexicons know: find no unknown persons, organisations or places.")
    var noDiscovery = false

    @Option(help: "Refuse a document larger than this many bytes (as batch does); reading stops there.")
    var maxBytes = 50_000_000

    @Flag(help: "Stream: read JSON Lines {id, text, lang?, date?} from standard input, write one annotation per line.")
    var jsonl = false

    func validate() throws {
        if let date, DayDate(iso: date) == nil { throw ValidationError("--date takes YYYY-MM-DD, got '\(date)'") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be 1 or more") }
    }

    func run() throws {
        if jsonl {
            guard file == "-" else { throw ValidationError("--jsonl reads standard input: leave FILE out or pass -") }
            let compiled = try LexiconLocator.loadCompiled(lexicons)
            try JSONLinesStream(annotator: Annotator(compiled: compiled),
                                defaultLanguage: lang.language, discovery: !noDiscovery,
                                defaultDate: date.flatMap(DayDate.init(iso:))).run()
            return
        }
        let bytes = try InputReader.read(file, maximumBytes: maxBytes)
        let decoded: DecodedDocument
        do {
            decoded = try DocumentDecoder(encoding: EncodingChoice(encoding), lossy: lossy, maximumBytes: maxBytes)
                .decode(bytes, source: file, format: format?.format ?? DocumentFormat(path: file))
        } catch {
            throw CLIError(error.description)
        }
        let compiled = try LexiconLocator.loadCompiled(lexicons)
        let annotator = try Annotator(compiled: compiled)
        let options = AnnotationOptions(language: lang.language, date: date.flatMap(DayDate.init(iso:)), discovery: !noDiscovery)
        let document = try annotator.annotate(decoded, bytes: bytes, id: file, options: options)
        // Streamed: the JSON goes out in pieces as it is written, never held whole beside the document.
        AnnotationJSON.stream(document, pretty: pretty) { piece in
            FileHandle.standardOutput.write(Data(piece))
        }
    }
}

/// `--format`: how to read the input.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case text, html, markdown

    var format: DocumentFormat { DocumentFormat(rawValue: rawValue)! }
}

/// `--lang`: a registered language's code, or `auto`.
struct LanguageChoice: ExpressibleByArgument, Equatable {
    /// The language, or `nil` for `auto` (identify it).
    let language: Language?

    /// Identify the language.
    static let auto = LanguageChoice(language: nil)
    /// Italian.
    static let it = LanguageChoice(language: .italian)

    private init(language: Language?) {
        self.language = language
    }

    init?(argument: String) {
        if argument == "auto" {
            language = nil
        } else if let language = Language(rawValue: argument) {
            self.language = language
        } else {
            return nil
        }
    }

    var defaultValueDescription: String { language?.rawValue ?? "auto" }

    static var allValueStrings: [String] { Language.allCases.map(\.rawValue) + ["auto"] }
}
