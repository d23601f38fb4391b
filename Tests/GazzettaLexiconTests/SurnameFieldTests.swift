import Testing
import GazzettaModel
@testable import GazzettaLexicon

/// The `surname` field: a short name that links without an earlier full mention.
@Suite struct SurnameFieldTests {
    static let text = """
    @source: written for Gazzetta's tests
    [person:vladimir-putin]
    type = actor
    subtype = person
    label.it = Vladimir Putin
    label.en = Vladimir Putin
    name = Vladimir Putin
    surname = Putin [cap]
    short = Vladimir

    [person:other-putin]
    type = actor
    subtype = person
    label.it = Ivan Putin
    label.en = Ivan Putin
    name = Ivan Putin
    surname = Putin
    short = Ivan

    [person:ivan-ivanov]
    type = actor
    subtype = person
    label.it = Ivan Ivanov
    label.en = Ivan Ivanov
    name = Ivan Ivanov
    short = Ivan
    """

    @Test func aSurnameIsAShortNameWithoutTheAntecedentRule() throws {
        let lexicon = try LexiconLoader().load(sources: [("p.gaz", Self.text)])
        let putin = try #require(lexicon["person:vladimir-putin"])
        let surname = try #require(putin.aliases.first { $0.form == "Putin" })
        #expect(surname.role == .short)
        #expect(!surname.needsAntecedent)
        #expect(surname.caseRule == .capitalized)
        let short = try #require(putin.aliases.first { $0.form == "Vladimir" })
        #expect(short.role == .short)
        #expect(short.needsAntecedent)
    }

    @Test func aSharedSurnameMustBeDeclaredWhileASharedShortNeedNot() throws {
        let lexicon = try LexiconLoader().load(sources: [("p.gaz", Self.text)])
        let findings = LexiconLinter().lint(lexicon).map(\.description)
        // Putin links alone for both: undeclared, it is reported at each owner's surname line.
        #expect(findings.contains { $0.hasPrefix("p.gaz:8: error: person:vladimir-putin: alias 'Putin' is also claimed by person:other-putin") })
        #expect(findings.contains { $0.hasPrefix("p.gaz:17: error: person:other-putin: alias 'Putin' is also claimed by person:vladimir-putin") })
        // Ivan is a short form of two people: the full name decides, nothing to report.
        #expect(!findings.contains { $0.contains("'Ivan'") })
    }
}
