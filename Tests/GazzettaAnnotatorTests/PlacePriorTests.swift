import Testing
import GazzettaAnnotator
import GazzettaModel
import GazzettaTestSupport

/// Namesakes among the world's places: the document's context decides, then a larger kind of place, then the
/// larger population; the losers stay as alternatives. Sentences written for these tests.
@Suite struct PlacePriorTests {
    private func entities(_ text: String) throws -> [(String, EntityID, [EntityID])] {
        try annotated(text, .english).mentions.map { ($0.text, $0.entity, $0.alternatives.map(\.entity)) }
    }

    @Test func theDocumentDecidesBeforeAnyPrior() throws {
        #expect(try entities("Delegates met in Atlanta, Georgia.").last?.1 == "region:us-georgia")
        #expect(try entities("Talks in Tbilisi: Georgia signed.").last?.1 == "country:GE")
        #expect(try entities("Floods hit Hyderabad, Sindh, on Monday.").first?.1 == "city:hyderabad-pk")
    }

    @Test func withoutContextTheLargerPlaceWinsAndTheOthersStayForReview() throws {
        let hyderabad = try #require(try entities("Floods hit Hyderabad on Monday.").first)
        #expect(hyderabad.1 == "city:hyderabad" && hyderabad.2.contains("city:hyderabad-pk"))
        // A first-level region outranks a city of the same name.
        let cordoba = try #require(try entities("Troops left Cordoba yesterday.").first)
        #expect(cordoba.1.kind == .region && cordoba.2.contains { $0.kind == .city })
    }

    @Test func aCityNamedLikeItsRegionIsTheCityUnlessTheRegionIsNamed() throws {
        // Rio de Janeiro and São Paulo are both a Brazilian state and its capital: the bare name is the city.
        let summit = try annotated("Il vertice si è tenuto a San Paolo e poi a Rio de Janeiro, in Brasile.", .italian)
        #expect(summit.mentions.map(\.entity) == ["city:sao-paulo", "city:rio-de-janeiro", "country:BR"])
        #expect(summit.mentions[1].alternatives.map(\.entity) == ["region:br-rio-de-janeiro"])
        // The region named unambiguously elsewhere in the document keeps its reading.
        let region = try #require(try annotated("Rio de Janeiro was flooded. Niterói lost power.", .english).mentions.first)
        #expect(region.entity == "region:br-rio-de-janeiro")
    }
}
