import Testing
import GazzettaModel
@testable import GazzettaLexicon

@Suite struct LexiconLoaderTests {
    @Test func everyErrorIsReportedWithFileAndLine() throws {
        let text = """
        @lexicon: broken
        @source: test
        [country:KZ]
        type = place
        subtype = country
        label.it = Kazakhstan
        label.en = Kazakhstan
        colour = blue
        name.fr = Kazakhstan
        role = president of country:KZ since 1991
        this line is nonsense
        [country:KZ]
        type = place
        """
        let error = #expect(throws: LexiconLoadError.self) {
            try LexiconLoader().load(sources: [("places.gaz", text)])
        }
        let lines = try #require(error).errors.map { "\($0.file):\($0.line)" }
        #expect(lines.contains("places.gaz:8"))   // unknown field
        #expect(lines.contains("places.gaz:9"))   // unknown language
        #expect(lines.contains("places.gaz:10"))  // bad role
        #expect(lines.contains("places.gaz:11"))  // unreadable line
        #expect(lines.contains("places.gaz:12"))  // duplicate id
        #expect(try #require(error).description.contains("places.gaz:12: error: duplicate id country:KZ (first at places.gaz:3)"))
    }

    @Test func aFileWithoutSourcesIsRefused() {
        #expect(throws: LexiconLoadError.self) {
            try LexiconLoader().load(sources: [("x.gaz", "[country:KZ]\ntype = place\n")])
        }
    }

    @Test func recordsBecomeEntitiesWithInflectedAdjectivesAndCaseRules() throws {
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)])
        let kazakhstan = try #require(lexicon["country:KZ"])
        let italianAdjectives = Set(kazakhstan.aliases.filter { $0.role == .adjective && $0.language == .italian && !$0.isPrefix }.map(\.form))
        #expect(italianAdjectives == ["kazakho", "kazakha", "kazakhi", "kazakhe"])
        let sco = try #require(lexicon["org:sco"])
        #expect(sco.aliases.first { $0.form == "SCO" }?.caseRule == .exact)
        #expect(sco.aliases.first { $0.form == "Shanghai Cooperation Organization" }?.caseRule == .fold)
        let eu = try #require(lexicon["org:eu"])
        #expect(eu.aliases.first { $0.form == "Unione" }?.caseRule == .capitalized)
        let nazarbayev = try #require(lexicon["person:nursultan-nazarbayev"])
        #expect(nazarbayev.roles(on: DayDate(iso: "2018-06-07")!).map(\.role) == ["head-of-state"])
        #expect(nazarbayev.roles(on: DayDate(iso: "2020-01-01")!).isEmpty)
        #expect(lexicon.version.count == 16)
    }
}
