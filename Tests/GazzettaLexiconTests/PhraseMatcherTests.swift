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
        return (source.slice(bytes: first.byteStart..<last.byteEnd), lexicon.entities[Int(match.patterns[0].entity)].id)
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
