import Testing
import GazzettaAnnotator
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// The resolution pipeline is one list of passes: each one can be run on its own, in order, and what it
/// adds is visible in the state it leaves.
@Suite struct PipelineTests {
    let text = SourceText("Il 12 marzo 2019 Pechino e Astana hanno firmato a Mosca un accordo di cooperazione nella lotta al terrorismo (ACT). L'ACT resta in vigore.")

    @Test func passesRunInTheListedOrderAndEachAddsItsPart() throws {
        let annotator = try Annotator(compiled: ShippedLexicon.compiled())
        let names = annotator.pipeline.passes.map(\.name)
        #expect(names == ["linking", "discovery", "metonymy", "acronyms", "role-titles", "roles-held", "shared-head", "sector-profile", "cooperation"])

        var linked = try annotator.prepare(text, options: AnnotationOptions(language: .italian))
        annotator.pipeline.run(&linked, passes: 1)
        // Linking alone: capitals are names, nothing refers to a government yet.
        #expect(linked.mentions.contains { $0.text == "Pechino" && $0.role == .name && $0.refersTo == nil })

        var metonymy = linked
        try #require(annotator.pipeline.passes.first { $0.name == "metonymy" }).apply(to: &metonymy)
        #expect(metonymy.mentions.first { $0.text == "Pechino" }?.refersTo == "gov:CN")
        #expect(metonymy.mentions.first { $0.text == "Astana" }?.role == .metonym)
        // After a locative preposition a capital stays a place.
        #expect(metonymy.mentions.first { $0.text == "Mosca" }?.role == .name)

        var all = try annotator.prepare(text, options: AnnotationOptions(language: .italian))
        annotator.pipeline.run(&all)
        #expect(all.sectors.map(\.sector) == ["sector:counter-terrorism"])
        #expect(all.cooperation.contains { $0.actors == ["country:CN", "country:KZ"] && $0.date == "2019" })
        // The whole pipeline is what `annotate` writes.
        let document = try annotator.annotate(text, bytes: text.utf8, id: "t", options: AnnotationOptions(language: .italian))
        #expect(document.mentions == all.mentions)
        #expect(document.cooperation == all.cooperation)
    }

    @Test func aPipelineWithoutAPassLacksWhatItAdds() throws {
        let annotator = try Annotator(compiled: ShippedLexicon.compiled())
        let withoutMetonymy = ResolutionPipeline(passes: annotator.pipeline.passes.filter { $0.name != "metonymy" })
        var state = try annotator.prepare(text, options: AnnotationOptions(language: .italian))
        withoutMetonymy.run(&state)
        #expect(!state.mentions.contains { $0.role == .metonym })
        #expect(!state.mentions.isEmpty)
    }
}
