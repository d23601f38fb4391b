import Foundation
import Testing
import GazzettaAnnotator
import GazzettaExport
import GazzettaLexicon
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// A third language added as data plus one registry entry, with no code of its own: read from the
/// fixtures in `Fixtures/toy-language/`, registered, and used end to end.
@Suite(.serialized) struct ToyLanguageTests {
    static let folder = Checkout.path("Tests/GazzettaAnnotatorTests/Fixtures/toy-language")

    /// Esperanto's data, read from the fixture files, registered once for the process.
    static let esperanto: Language = {
        func lines(_ name: String) -> [String] {
            let text = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        func pairs(_ name: String) -> [(String, String)] {
            lines(name).map { line in
                let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }
        }
        let language = Language.unregistered(code: "eo")
        LanguageData.register(LanguageData(
            language: language, locale: "eo", stopWords: Set(lines("stop-words.txt")), elisions: [], clitics: [],
            abbreviations: [], adjectiveInflection: pairs("inflection.txt").map { InflectionRule($0.0, $0.1.split(separator: ",").map(String.init)) },
            commonWords: [], roleTitles: Dictionary(uniqueKeysWithValues: pairs("role-titles.txt")),
            roleConnectors: Set(lines("connectors.txt")), monthNames: lines("months.txt").map { [$0] },
            locativePrepositions: Set(lines("locatives.txt"))))
        return language
    }()

    static func annotator() throws -> Annotator {
        _ = esperanto
        let lexicon = try LexiconLoader().load(directory: folder + "/lexicon")
        return try Annotator(compiled: LexiconCompiler().compile(lexicon))
    }

    let text = "Astana, 4 majo 2021. La kazaĥa prezidanto renkontis ĉinan delegacion. Astana kaj Ĉinio subskribis interkonsenton; "
        + "poste Tokayev restis en Astana. Kassym-Jomart Tokayev estas la prezidanto de Kazaĥio."

    /// The toy language is registered for the whole test process, while other suites load the shipped
    /// lexicon, whose check refuses an alias that is a registered language's function word: a toy stop word
    /// equal to a shipped alias (*Ke*, *Kun*, *Sur* were) made those suites fail whenever they ran after it.
    @Test func theToyLanguageLeavesTheShippedLexiconsCheckClean() throws {
        _ = ToyLanguageTests.esperanto
        let lexicon = try LexiconLoader().load(directory: Checkout.path("Lexicons"))
        let errors = LexiconLinter().lint(lexicon).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map(\.description).joined(separator: "\n"))")
    }

    @Test func aRegisteredLanguageIsOneTheWholePipelineReads() throws {
        let language = ToyLanguageTests.esperanto
        #expect(Language(rawValue: "eo") == language && Language.allCases.contains(language))
        let document = try ToyLanguageTests.annotator().annotate(SourceText(text), bytes: Array(text.utf8), id: "eo",
                                                                 options: AnnotationOptions(language: language))
        let found = document.mentions.map { "\($0.text)|\($0.entity)|\($0.role.rawValue)" }
        // Its adjectives inflect by its own rule (ĉina → ĉinan), its title reads the holder on the date, its
        // locative keeps a capital a place, and labels carry its code.
        #expect(found.contains("kazaĥa|country:KZ|adjective"))
        #expect(found.contains("prezidanto|person:kassym-jomart-tokayev|title"))
        #expect(found.contains("ĉinan|country:CN|adjective"))
        #expect(found.contains("Astana|city:astana|metonym"))
        #expect(document.mentions.filter { $0.text == "Astana" }.map(\.role).suffix(2) == [.metonym, .name])
        #expect(found.contains("Kazaĥio|country:KZ|name"))
        #expect(document.info.date == DayDate(year: 2021, month: 5, day: 4))
        #expect(document.entities["country:KZ"]?.label[language] == "Kazaĥio")
        let json = AnnotationJSON.encode(document, pretty: false)
        #expect(json.contains(#""label":{"it":"Kazakhstan","en":"Kazakhstan","eo":"Kazaĥio"}"#))
        // What is written reads back, the third language's label included.
        #expect(try AnnotationReader.read(Data(json.utf8), source: "eo.json").entities["country:KZ"]?.label[language] == "Kazaĥio")
    }

    @Test func theIdentifierConsidersARegisteredLanguage() throws {
        let language = ToyLanguageTests.esperanto
        let analyzed = try TextAnalyzer().analyze(SourceText(text))
        #expect(analyzed.language == language)
        let italian = try TextAnalyzer().analyze(SourceText("Il governo di Astana e la Cina hanno firmato un accordo per la sicurezza delle frontiere."))
        #expect(italian.language == .italian)
    }
}
