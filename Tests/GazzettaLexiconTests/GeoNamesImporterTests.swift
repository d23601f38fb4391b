import Testing
import GazzettaModel
@testable import GazzettaLexicon

/// A small dump in GeoNames' format, written for this test (two real cities, one invented village).
let geoNamesSample = [
    "1526273\tAstana\tAstana\tAkmola,Akmolinsk,Astana,Nur-Sultan,TSE,Tselinograd\t51.1801\t71.44598\tP\tPPLC\tKZ\t\t05\t\t\t\t1078362\t\t347\tAsia/Almaty\t2023-09-06",
    "1537162\tAlmaty\tAlmaty\tAlma-Ata,Almaty\t43.25\t76.91\tP\tPPLA\tKZ\t\t02\t\t\t\t2000900\t\t786\tAsia/Almaty\t2023-01-01",
    "9999999\tTiny\tTiny\t\t0\t0\tP\tPPL\tKZ\t\t\t\t\t\t12\t\t\t\t2020-01-01",
].joined(separator: "\n") + "\n"

let alternateNamesSample = [
    "1\t1537162\tit\tAlmaty\t1\t\t\t",
    "2\t1537162\ten\tAlmaty\t1\t\t\t",
    "3\t1537162\tru\tАлматы\t\t\t\t",
    "4\t1526273\ten\tAkmolinsk\t\t\t\t1",
].joined(separator: "\n") + "\n"

@Suite struct GeoNamesImporterTests {
    @Test func readsTheDumpIntoALoadableLexicon() throws {
        let importer = GeoNamesImporter(minimumPopulation: 1000)
        var places = try importer.places(geoNamesSample, path: "cities.txt")
        #expect(places.map(\.name) == ["Astana", "Almaty"])
        // Codes such as the airport's TSE are not names.
        #expect(places[0].names == ["Astana", "Akmola", "Akmolinsk", "Nur-Sultan", "Tselinograd"])
        try importer.addAlternateNames(alternateNamesSample, path: "alt.txt", to: &places)
        #expect(places[1].italian == ["Almaty"] && places[0].english.isEmpty) // historic names are skipped
        let text = importer.lexiconText(places, source: "cities.txt", known: ["country:KZ"])
        let lexicon = try LexiconLoader().load(sources: [("geonames.gaz", text)])
        let astana = try #require(lexicon["city:astana-1526273"])
        #expect(astana.codes["geonames"] == "1526273")
        #expect(astana.relations[.partOf] == ["country:KZ"])
        #expect(astana.aliases.contains { $0.form == "Nur-Sultan" })
    }

    @Test func aMalformedLineIsAnErrorWithItsLine() {
        let error = #expect(throws: LexiconLoadError.self) {
            try GeoNamesImporter().places(geoNamesSample + "not a geonames line\n", path: "cities.txt")
        }
        #expect(error?.description.hasPrefix("cities.txt:4: error: not a GeoNames line") == true)
    }
}
