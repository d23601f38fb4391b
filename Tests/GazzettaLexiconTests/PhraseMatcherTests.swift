import Testing
import GazzettaModel
import GazzettaText
@testable import GazzettaLexicon

/// Matches `text` against the test lexicon: (surface, entity id) pairs in order.
func match(_ text: String, _ language: Language) throws -> [(String, String)] {
    let lexicon = try LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)])
    let compiled = try LexiconCompiler().compile(lexicon)
    let source = SourceText(text)
    let analyzed = try TextAnalyzer().analyze(source, language: language)
    return PhraseMatcher(compiled).matches(in: analyzed.tokens, of: source).map { match in
        let first = analyzed.tokens[match.tokenStart], last = analyzed.tokens[match.tokenEnd - 1]
        return (source.slice(bytes: first.byteStart..<last.byteEnd), lexicon.entities[Int(match.patterns[0].entity)].id.rawValue)
    }
}

@Suite struct PhraseMatcherTests {
    @Test func longestMatchWinsOverItsPrefix() throws {
        let found = try match("Il vertice della Shanghai Cooperation Organization a Shanghai.", .italian)
        #expect(found.map(\.0) == ["Shanghai Cooperation Organization", "Shanghai"])
        #expect(found.map(\.1) == ["org:sco", "city:shanghai"])
    }

    @Test func acronymsKeepTheirCase() throws {
        let found = try match("La SCO e la NATO; nato a Roma, usa la sco. Gli USA e gli U.S. Army.", .italian)
        #expect(found.map(\.0) == ["SCO", "NATO", "USA", "U.S."])
    }

    @Test func capitalisedOnlyAliasesIgnoreTheCommonWord() throws {
        let found = try match("L'Unione ha deciso; l'unione fa la forza; l’Unione europea.", .italian)
        #expect(found.map(\.0) == ["Unione", "Unione europea"])
    }

    @Test func prefixesMatchOnlyBeforeAHyphen() throws {
        let found = try match("La relazione sino-kazakha, sino a oggi; Sino-Kazakh ties.", .italian)
        #expect(found.map(\.0) == ["sino", "kazakha", "Sino", "Kazakh"])
        #expect(found.map(\.1) == ["country:CN", "country:KZ", "country:CN", "country:KZ"])
    }

    @Test func aliasesWithApostrophesMatchInEitherLanguage() throws {
        #expect(try match("The People's Republic of China and China's army.", .english).map(\.0)
            == ["People's Republic of China", "China"])
        #expect(try match("La People’s Republic of China e la Repubblica Popolare Cinese.", .italian).map(\.0)
            == ["People’s Republic of China", "Repubblica Popolare Cinese"])
    }

    @Test func namesSpanALineBreakButNotAParagraph() throws {
        #expect(try match("la Repubblica Popolare\nCinese", .italian).map(\.0) == ["Repubblica Popolare\nCinese"])
        #expect(try match("la Repubblica Popolare\n\nCinese", .italian).map(\.0) == ["Cinese"])
    }

    @Test func caseInsensitiveNamesMatchInHeadlines() throws {
        #expect(try match("KAZAKHSTAN E CINA", .italian).map(\.1) == ["country:KZ", "country:CN"])
    }
}

@Suite struct TypoAndOverlapTests {
    func matches(_ text: String) throws -> [Match] {
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", TestLexicon.text + """

        [org:bri]
        type = organisation
        subtype = initiative
        label.it = Belt and Road Initiative
        label.en = Belt and Road Initiative
        name.en = Belt and Road Initiative | Belt and Road
        """)])
        let compiled = try LexiconCompiler().compile(lexicon)
        let source = SourceText(text)
        let analyzed = try TextAnalyzer().analyze(source, language: .english)
        return PhraseMatcher(compiled).matches(in: analyzed.tokens, of: source)
    }

    @Test func aMisspeltWordInALongNameStillMatchesAndIsFlagged() throws {
        let found = try matches("the Belt and Road Iniatitive and the Belt and Road Initiative")
        #expect(found.map { $0.tokenEnd - $0.tokenStart } == [4, 4])
        #expect(found[0].typoToken == 4)
        #expect(found[1].typoToken == nil)
    }

    @Test func shortWordsAndDistantSpellingsAreNotTypos() throws {
        // "Infrastructure" is far from "Initiative": the three-word name matches alone.
        #expect(try matches("Belt and Road Infrastructure").map { $0.tokenEnd - $0.tokenStart } == [3])
        #expect(EditDistance.levenshtein("initiative", "iniatitive", limit: 2) == 2)
        #expect(EditDistance.levenshtein("kazakhstan", "kazakstan", limit: 2) == 1)
        #expect(PhraseMatcher.typoBudget("china") == nil)
    }

    @Test func shorterMatchesInsideALongerOneAreKept() throws {
        let found = try matches("the Shanghai Cooperation Organization")
        #expect(found.count == 1)
        #expect(found[0].overlapped.map { $0.tokenEnd - $0.tokenStart } == [1])
    }
}
