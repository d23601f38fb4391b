import Foundation
import Testing
import GazzettaModel
import GazzettaTestSupport
@testable import GazzettaLexicon

/// Debian's word lists, which `.ci/run` installs (witalian, wamerican, wbritish).
private let debianWordLists = ["/usr/share/dict/italian", "/usr/share/dict/american-english", "/usr/share/dict/british-english"]
private let haveWordLists = debianWordLists.allSatisfy { FileManager.default.fileExists(atPath: $0) }

@Suite struct CommonWordListTests {
    static let lexicon = """
    @source: written for this test
    [city:muscat]
    type = place
    subtype = city
    label.it = Mascate
    label.en = Muscat
    name.en = Muscat

    [country:TR]
    type = place
    subtype = country
    label.it = Turchia
    label.en = Turkey
    name.en = Turkey [cap]
    adj.it = turco | turca

    [city:nice]
    type = place
    subtype = city
    label.it = Nizza
    label.en = Nice
    name.en = Nice [cap]
    """

    @Test func aNameThatIsALowerCaseWordOfAListNeedsACaseRule() throws {
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", Self.lexicon)])
        let words = CommonWordList(words: ["muscat", "turkey", "turco", "nice", "Paris"], source: "words.txt")
        let findings = LexiconLinter(wordList: words).lint(lexicon).map(\.description)
        // The name without a case rule is reported with its line; the adjective (lower case by design) and the
        // name written [cap] are not.
        #expect(findings == ["t.gaz:7: error: city:muscat: alias 'Muscat' is also a word of words.txt; give it a case rule ([cap], [word] or [exact])"])
        // Without a word list, the hand list alone decides, and it does not hold *muscat*.
        #expect(LexiconLinter().lint(lexicon).isEmpty)
    }

    @Test func onlyAListsLowerCaseEntriesCount() throws {
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", Self.lexicon)])
        let names = CommonWordList(words: ["Muscat", "Nice"], source: "names.txt")
        #expect(LexiconLinter(wordList: names).lint(lexicon).isEmpty)
    }

    @Test func aWordListIsReadOneWordALineAndAnUnreadableOneNamesItsFile() throws {
        let folder = try temporaryFolder("words")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("words.txt")
        try "turkey\t4.2\nParis\n\ncasa\n".write(to: file, atomically: true, encoding: .utf8)
        let list = try CommonWordList(contentsOf: [file.path])
        #expect(list.keys == ["turkey", "casa"])
        let missing = folder.appendingPathComponent("none.txt").path
        #expect(throws: LexiconError.self) { try CommonWordList(contentsOf: [missing]) }
        do { _ = try CommonWordList(contentsOf: [missing]) } catch { #expect("\(error)".contains("none.txt")) }
    }

    @Test(.enabled(if: haveWordLists || ProcessInfo.processInfo.environment["CI"] != nil, "needs Debian's word lists (.ci/run installs them)"))
    func theShippedLexiconsHaveNoDictionaryWordWithoutACaseRule() throws {
        let lexicon = try LexiconLoader().load(directory: Checkout.path("Lexicons"))
        let findings = LexiconLinter(wordList: try CommonWordList(contentsOf: debianWordLists)).lint(lexicon)
        #expect(findings.filter { $0.severity == .error }.map(\.description) == [])
    }
}
