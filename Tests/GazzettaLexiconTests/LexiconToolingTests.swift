import Testing
import GazzettaModel
import GazzettaText
@testable import GazzettaLexicon

@Suite struct LexiconToolingTests {
    static let flawed = """
    @source: written for this test
    [country:GE]
    type = place
    subtype = country
    label.it = Georgia
    label.en = Georgia
    name = Georgia
    memberOf = org:nowhere

    [region:georgia-us]
    type = place
    subtype = region
    label.it = Georgia
    label.en = Georgia
    name = Georgia [cap]

    [org:nato]
    type = organisation
    subtype = intergovernmental
    label.it = NATO
    label.en = NATO
    acronym = NATO
    name.it = nato

    [person:someone]
    type = actor
    subtype = person
    label.it = Someone
    label.en = Someone
    role = head-of-state of country:XX from 2000-01-01
    """

    @Test func linterFindsDanglingTargetsCommonWordsAndUndeclaredAmbiguity() throws {
        let lexicon = try LexiconLoader().load(sources: [("flawed.gaz", Self.flawed)])
        let findings = LexiconLinter().lint(lexicon).map(\.description)
        #expect(findings.contains("flawed.gaz:8: error: country:GE: 'memberOf' points to org:nowhere, which no record defines"))
        #expect(findings.contains("flawed.gaz:30: error: person:someone: 'role' points to country:XX, which no record defines"))
        #expect(findings.contains { $0.hasPrefix("flawed.gaz:23: error: org:nato: alias 'nato' is also a common word") })
        #expect(findings.contains { $0.hasPrefix("flawed.gaz:7: error: country:GE: alias 'Georgia' is also claimed by region:georgia-us") })
        #expect(findings.contains { $0.hasPrefix("flawed.gaz:15: error: region:georgia-us: alias 'Georgia' is also claimed by country:GE") })
        #expect(LexiconLinter().ambiguousAliases(lexicon).map(\.key) == ["georgia"])
    }

    @Test func declaredAmbiguityIsAccepted() throws {
        let declared = Self.flawed
            .replacingOccurrences(of: "name = Georgia\n", with: "name = Georgia [cap]\nambiguous = Georgia\n")
            .replacingOccurrences(of: "name = Georgia [cap]\n\n[org", with: "name = Georgia [cap]\nambiguous = Georgia\n\n[org")
        let lexicon = try LexiconLoader().load(sources: [("flawed.gaz", declared)])
        #expect(!LexiconLinter().lint(lexicon).contains { $0.message.contains("also claimed") })
    }

    @Test func statsCountFormsAndFlagIncompleteCountries() throws {
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)])
        let stats = LexiconStatistics(lexicon)
        #expect(stats.entities[.place]?["country"] == 3)
        #expect(stats.aliases[.place]?[.adjective]?["it"] == 4 + 2 + 2) // kazakho ×4, cinese ×2, two prefixes
        #expect(stats.incompleteCountries.map(\.0) == ["country:US"])
        #expect(stats.report.contains("country:US: adj.it, adj.en"))
    }

    @Test func lookupExplainsMatchesAndRefusals() throws {
        let compiled = try LexiconCompiler().compile(LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)]))
        let lines = try LexiconLookup(compiled).explain("la sco e la relazione sino-kazakha", language: .italian)
        #expect(lines.contains { $0.hasPrefix("match 22-26 'sino' → country:CN") && $0.contains("as prefix.it") })
        #expect(lines.contains { $0.hasPrefix("match 27-34 'kazakha' → country:KZ") && $0.contains("form 'kazakha' as adjective.it") })
        #expect(lines.contains { $0.hasPrefix("refused 'sco' → org:sco") && $0.hasSuffix("(case rule exact)") })
    }

    @Test func cldrGivesItalianAndEnglishCountryNames() {
        #expect(CLDRNames.countryName("KZ", in: "it") == "Kazakistan")
        #expect(CLDRNames.countryName("KZ", in: "en") == "Kazakhstan")
        #expect(CLDRNames.countryCodes().contains("TJ"))
        let missing = CLDRImporter().missingCountries(in: nil)
        #expect(missing.contains { $0.code == "DE" && $0.italian == "Germania" && $0.english == "Germany" })
    }

    @Test func cldrImportSkipsKnownCountriesAndLoads() throws {
        let known = try LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)])
        let importer = CLDRImporter()
        let missing = importer.missingCountries(in: known)
        #expect(missing.count > 150)
        let generated = importer.lexiconText(missing)
        let lexicon = try LexiconLoader().load(sources: [("cldr.gaz", generated)])
        #expect(lexicon["country:DE"]?.label[.italian] == "Germania")
        #expect(lexicon.entities.allSatisfy { $0.codes["iso3166"] != nil })
        // A name that is also a common word comes with a case rule (CLDR 42 says "Türkiye", so Chad stands in).
        let chad = try #require(lexicon["country:TD"])
        #expect(chad.aliases.first { $0.form == "Chad" }?.caseRule == .capitalized)
    }
}
