import Testing
import GazzettaModel
@testable import GazzettaLexicon

/// An id that carries its lexicon position is the same id as its string, and a position that is not this
/// lexicon's (another lexicon's, out of range) is never trusted: the lookup falls back to the id's string.
@Suite struct LexiconPositionTests {
    @Test func aCarriedPositionChangesNeitherEqualityNorHashing() throws {
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)])
        let position = try #require(lexicon.position(of: "city:shanghai"))
        let carried = lexicon.id(at: position)
        #expect(carried.position == position)
        #expect(carried == EntityID("city:shanghai"))
        #expect(Set([carried, EntityID("city:shanghai")]).count == 1)
        #expect(EntityID("city:shanghai").position == nil)
    }

    @Test func locateTrustsOnlyAPositionThatNamesTheSameId() throws {
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)])
        let shanghai = try #require(lexicon.position(of: "city:shanghai"))
        let china = try #require(lexicon.position(of: "country:CN"))
        #expect(lexicon.locate(lexicon.id(at: shanghai)) == shanghai)
        // A position another lexicon gave: the wrong entity sits there, so the string decides.
        #expect(lexicon.locate(EntityID(EntityID("city:shanghai"), lexiconPosition: china)) == shanghai)
        #expect(lexicon.locate(EntityID(EntityID("city:shanghai"), lexiconPosition: 1_000_000)) == shanghai)
        #expect(lexicon.locate(EntityID(EntityID("org:nowhere"), lexiconPosition: china)) == nil)
        #expect(lexicon[lexicon.id(at: china)]?.id == "country:CN")
    }
}
