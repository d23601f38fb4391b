import Foundation
import Testing
import GazzettaModel
import GazzettaTestSupport
import GazzettaText
@testable import GazzettaLexicon

/// Two places written for these tests: one with a population, one whose name is a frequent common word.
private let placesText = """
@lexicon: test-places
@source: written for Gazzetta's tests

[city:test-milan]
type = place
subtype = city
label.it = Milano
label.en = Milan
name.it = Milano
name.en = Milan
population = 1371498

[city:test-reading]
type = place
subtype = city
label.it = Reading
label.en = Reading
name = Reading [word]

[city:test-porto]
type = place
subtype = city
label.it = Porto
label.en = Porto
name = Porto [word]

[city:test-serra]
type = place
subtype = city
label.it = Serra
label.en = Serra
name = Serra [alone]

[region:test-lombardy]
type = place
subtype = region
label.it = Lombardia
label.en = Lombardy
name.it = Lombardia
name.en = Lombardy
"""

/// A folder holding `files` (name → text), fresh for each call.
private func folder(_ files: [String: String]) throws -> URL {
    let url = try temporaryFolder("world")
    for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return url
}

/// (surface, candidate ids) of every match of `text` in `compiled`.
private func matches(_ text: String, _ language: Language, in compiled: CompiledLexicon) throws -> [(String, [String])] {
    let source = SourceText(text)
    let tokens = try TextAnalyzer().analyze(source, language: language).tokens
    return PhraseMatcher(compiled).matches(in: tokens, of: source).map { match in
        let first = tokens[match.tokenStart], last = tokens[match.tokenEnd - 1]
        return (source.slice(bytes: first.byteStart..<last.byteEnd),
                match.patterns.map { compiled.lexicon.entities[Int($0.entity)].id.rawValue })
    }
}

@Suite struct PopulationTests {
    @Test func populationIsParsedAndSurvivesTheCompiledForm() throws {
        let lexicon = try LexiconLoader().load(sources: [("p.gaz", placesText)])
        #expect(lexicon["city:test-milan"]?.population == 1_371_498)
        #expect(lexicon["region:test-lombardy"]?.population == nil)
        let compiled = try LexiconCompiler().compile(lexicon)
        let loaded = try CompiledLexicon.deserialize(compiled.serialized(fingerprint: 3), fingerprint: 3)
        #expect(loaded.lexicon["city:test-milan"]?.population == 1_371_498)
        #expect(loaded.lexicon["region:test-lombardy"]?.population == nil)
        #expect(loaded.lexicon.entities == lexicon.entities)
    }

    @Test func aPopulationThatIsNotAWholeNumberIsAnErrorWithItsLine() {
        let bad = placesText.replacingOccurrences(of: "population = 1371498", with: "population = about a million")
        #expect {
            _ = try LexiconLoader().load(sources: [("p.gaz", bad)])
        } throws: { error in
            let errors = (error as? LexiconLoadError)?.errors ?? []
            return errors.count == 1 && errors[0].line == 11 && errors[0].message.contains("population")
        }
    }
}

@Suite struct CommonWordOptionTests {
    @Test func aWordAliasNeedsACapitalThatIsNotASentencesFirst() throws {
        let compiled = try LexiconCompiler().compile(LexiconLoader().load(sources: [("p.gaz", placesText)]))
        let found = try matches("Reading the report, she left for Reading. He was reading. \"Reading is near London\", he said.",
                                .english, in: compiled)
        #expect(found.map(\.0) == ["Reading"])
        #expect(found.first?.1 == ["city:test-reading"])
        // Inside a sentence it is found; in a headline in Title Case it is not.
        #expect(try matches("Floods hit Reading overnight.", .english, in: compiled).map(\.0) == ["Reading"])
        #expect(try matches("Floods Hit Reading And Oxford Overnight", .english, in: compiled).isEmpty)
        // Nor as the head of a longer capitalised name, right before it or through a linking word.
        let italian = try matches("La nave è arrivata a Porto ieri, non al Porto di Genova né a Porto Alegre; il porto è chiuso.",
                                  .italian, in: compiled)
        #expect(italian.map(\.0) == ["Porto"])
        let alias = compiled.lexicon["city:test-reading"]?.aliases.first
        #expect(alias?.standsAlone == true)
        #expect(alias?.caseRule == .capitalized && alias?.isCommonWord == true)
    }
}

@Suite struct StandingAloneTests {
    @Test func anAloneAliasIsNotPartOfALongerCapitalisedName() throws {
        let compiled = try LexiconCompiler().compile(LexiconLoader().load(sources: [("p.gaz", placesText)]))
        let text = "Di Paolo Serra. In Serra, nello stato di Espírito Santo, è arrivato Serra Mining; la serra di Serra è chiusa."
        let found = try matches(text, .italian, in: compiled)
        // "In" opens the sentence: its capital proves nothing, so the second Serra stands alone; the last
        // one follows a lower-case word. "Paolo Serra" and "Serra Mining" are longer names.
        #expect(found.map(\.0) == ["Serra", "Serra"])
        #expect(found.map(\.1) == [["city:test-serra"], ["city:test-serra"]])
        #expect(compiled.lexicon["city:test-serra"]?.aliases.first?.caseRule == .fold)
    }
}

@Suite struct SeveralFoldersTests {
    private let userText = """
    @lexicon: user-additions
    @source: written for Gazzetta's tests

    [city:test-milan]
    type = place
    subtype = city
    label.it = Milano
    label.en = Milan
    name = Milano | Milan | Mailand
    population = 1400000

    [place:test-base]
    type = place
    subtype = site
    label.it = Base Zeta
    label.en = Zeta Base
    name = Zeta Base
    """

    @Test func laterFoldersAddRecordsAndReplaceTheOnesTheyRedefine() throws {
        let ours = try folder(["places.gaz": placesText]), theirs = try folder(["mine.gaz": userText])
        let lexicon = try LexiconLoader().load(directories: [ours.path, theirs.path])
        #expect(lexicon.entities.count == 6)
        #expect(lexicon["place:test-base"] != nil)
        #expect(lexicon["city:test-milan"]?.population == 1_400_000)
        #expect(lexicon["city:test-milan"]?.aliases.map(\.form).contains("Mailand") == true)
        #expect(lexicon.origin(of: "city:test-milan")?.file.hasSuffix("mine.gaz") == true)
        // The other order: ours replaces theirs.
        let reversed = try LexiconLoader().load(directories: [theirs.path, ours.path])
        #expect(reversed["city:test-milan"]?.population == 1_371_498)
        // The linter reads the record that won: no stale duplicate, no finding.
        #expect(LexiconLinter().lint(lexicon).filter { $0.severity == .error }.isEmpty)
        let stats = LexiconStatistics(lexicon)
        #expect(stats.entitiesBySource == ["test-places": 4, "user-additions": 2])
    }

    @Test func aRepeatedIdInsideOneFolderIsStillAnError() throws {
        let doubled = try folder(["a.gaz": placesText, "b.gaz": placesText.replacingOccurrences(of: "@lexicon: test-places", with: "@lexicon: again")])
        #expect {
            _ = try LexiconLoader().load(directories: [doubled.path])
        } throws: { error in
            (error as? LexiconLoadError)?.errors.contains { $0.message.hasPrefix("duplicate id city:test-milan") } == true
        }
    }

    @Test func theCompiledFormCoversEveryFolderAndIsRebuiltWhenAnyChanges() throws {
        let ours = try folder(["places.gaz": placesText]), theirs = try folder(["mine.gaz": userText])
        let cache = LexiconCache(userCache: nil)
        #expect(try cache.load(directories: [ours.path, theirs.path]).outcome == .rebuilt)
        #expect(try cache.load(directories: [ours.path, theirs.path]).outcome == .loaded)
        // The single folder has its own compiled file, not the pair's.
        let alone = try cache.load(directories: [ours.path])
        #expect(alone.outcome == .rebuilt && alone.lexicon.lexicon["place:test-base"] == nil)
        #expect(LexiconCache.compiledFile(for: [ours.path, theirs.path]) != LexiconCache.compiledFile(for: [ours.path]))
        // An edit in the second folder makes the pair's file stale.
        try (userText + "\n[place:test-port]\ntype = place\nsubtype = site\nlabel.it = Porto Zeta\nlabel.en = Port Zeta\nname = Port Zeta\n")
            .write(to: theirs.appendingPathComponent("mine.gaz"), atomically: true, encoding: .utf8)
        let (edited, outcome, reason) = try cache.load(directories: [ours.path, theirs.path])
        #expect(outcome == .rebuilt && reason == CompiledLexiconError.stale.description)
        #expect(edited.lexicon["place:test-port"] != nil && edited.lexicon["city:test-milan"]?.population == 1_400_000)
    }
}

/// The shipped lexicons, world/ included, compiled once for these tests.
private let shippedCompiled: Result<CompiledLexicon, any Error> = Result { try LexiconCache().load(directory: shippedDirectory).lexicon }

@Suite struct WorldLexiconTests {
    @Test func aCityAndItsRegionASeaAndAStraitAreFoundInItalian() throws {
        let compiled = try shippedCompiled.get()
        let text = "Il sindaco di Bergamo ha chiesto alla Lombardia nuovi fondi, mentre le navi entravano nel mar Egeo dallo stretto dei Dardanelli."
        let found = try matches(text, .italian, in: compiled)
        let byText = Dictionary(found, uniquingKeysWith: { a, _ in a })
        #expect(byText["Bergamo"]?.contains("city:bergamo") == true)
        #expect(byText["Lombardia"]?.contains("region:it-lombardy") == true)
        #expect(byText["mar Egeo"]?.contains("sea:aegean-sea") == true)
        #expect(byText["Dardanelli"]?.contains("sea:dardanelles") == true, "\(found)")
        #expect(compiled.lexicon["city:bergamo"]?.relations[.partOf] == ["region:it-lombardy"])
        #expect((compiled.lexicon["city:bergamo"]?.population ?? 0) > 100_000)
    }

    @Test func aCityAndItsRegionASeaAndAStraitAreFoundInEnglish() throws {
        let compiled = try shippedCompiled.get()
        let text = "Officials in Savannah, Georgia, said the Navy had moved ships from the Sea of Japan through the Tsugaru Strait."
        let found = try matches(text, .english, in: compiled)
        let byText = Dictionary(found, uniquingKeysWith: { a, _ in a })
        #expect(byText["Savannah"]?.contains("city:savannah") == true)
        // Georgia is both the country (curated, which declares the name ambiguous) and the US state.
        #expect(Set(byText["Georgia"] ?? []) == ["country:GE", "region:us-georgia"])
        #expect(byText["Sea of Japan"]?.contains("sea:sea-of-japan") == true, "\(found)")
        #expect(byText["Tsugaru Strait"]?.contains("sea:tsugaru-strait") == true, "\(found)")
        #expect(compiled.lexicon["city:savannah"]?.relations[.partOf] == ["region:us-georgia"])
    }

    @Test func commonWordsThatAreAlsoPlaceNamesStayUntagged() throws {
        let compiled = try shippedCompiled.get()
        let english = "Reading the minutes, most delegates found the mobile units split and the weather nice; come what may."
        let worldHits = try matches(english, .english, in: compiled).filter { $0.1.contains { $0.hasPrefix("city:") } }
        #expect(worldHits.isEmpty, "\(worldHits)")
        let italian = "Come ha detto il ministro, cento soldati sono rimasti al porto per la notte."
        let italianHits = try matches(italian, .italian, in: compiled).filter { $0.1.contains { $0.hasPrefix("city:") } }
        #expect(italianHits.isEmpty, "\(italianHits)")
        // The same names with a capital inside a sentence are the places.
        let named = try matches("Floods reached Reading and Split overnight.", .english, in: compiled)
        #expect(named.map(\.0) == ["Reading", "Split"])
    }

    @Test func generatedRecordsNeverDuplicateCuratedOnes() throws {
        let lexicon = try shippedCompiled.get().lexicon
        var curatedCodes: Set<String> = []
        var generated: [Entity] = []
        for (entity, origin) in zip(lexicon.entities, lexicon.originList) {
            if origin.file.contains("/world/") { generated.append(entity); continue }
            for scheme in ["geonames", "wikidata"] { if let code = entity.codes[scheme] { curatedCodes.insert(scheme + ":" + code) } }
        }
        #expect(generated.count > 30_000)
        let duplicates = generated.filter { entity in
            ["geonames", "wikidata"].contains { scheme in entity.codes[scheme].map { curatedCodes.contains(scheme + ":" + $0) } ?? false }
        }
        #expect(duplicates.isEmpty, "\(duplicates.map(\.id))")
        // The curated capital stays the only Rome; the generated Milan points to the generated Lombardy.
        #expect(lexicon["city:rome"].map { lexicon.origin(of: $0.id)?.file.contains("/world/") == false } == true)
        #expect(!generated.contains { $0.label[.english] == "Rome" && $0.relations[.country] == ["country:IT"] })
    }
}

@Suite struct SurnameExemptionTests {
    private let text = """
    @lexicon: test-aden
    @source: written for Gazzetta's tests

    [city:test-aden]
    type = place
    subtype = city
    label.it = Aden
    label.en = Aden
    name = Aden

    [person:test-amina-aden]
    type = actor
    subtype = person
    label.it = Amina Aden
    label.en = Amina Aden
    name = Amina Aden
    short = Aden
    """

    @Test func aSurnameNeedsNoDeclarationBesideAPlacesName() throws {
        let lexicon = try LexiconLoader().load(sources: [("a.gaz", text)])
        #expect(LexiconLinter().lint(lexicon).isEmpty)
        #expect(LexiconLinter().ambiguousAliases(lexicon).map(\.key) == ["aden"])
    }

    @Test func twoPlacesSharingANameStillDeclareIt() throws {
        let second = "\n[city:test-aden-ye]\ntype = place\nsubtype = city\nlabel.it = Aden\nlabel.en = Aden\nname = Aden\n"
        let findings = LexiconLinter().lint(try LexiconLoader().load(sources: [("a.gaz", text + second)]))
        #expect(Set(findings.map { $0.message.components(separatedBy: ": ").first ?? "" }) == ["city:test-aden", "city:test-aden-ye"])
        #expect(findings.allSatisfy { !$0.message.contains("person:") })
    }
}
