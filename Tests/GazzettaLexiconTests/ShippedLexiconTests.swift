import Foundation
import Testing
import GazzettaModel
@testable import GazzettaLexicon
import GazzettaTestSupport

/// The checkout's `Lexicons/`.
let shippedDirectory = Checkout.path("Lexicons")

@Suite struct ShippedLexiconTests {
    @Test func theShippedLexiconsPassTheCheck() throws {
        let lexicon = try LexiconLoader().load(directory: shippedDirectory)
        let errors = LexiconLinter().lint(lexicon).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        for file in lexicon.files { #expect(!file.directive("source").isEmpty, "\(file.path) names no source") }
    }

    @Test func everyCountryHasItalianAndEnglishNamesAndAdjectives() throws {
        let lexicon = try LexiconLoader().load(directory: shippedDirectory)
        let stats = LexiconStatistics(lexicon)
        #expect(stats.incompleteCountries.isEmpty, "\(stats.incompleteCountries)")
        #expect((stats.entities[.place]?["country"] ?? 0) >= 190)
        // The region's states and their people are there, with dated roles.
        for id in ["country:KZ", "country:KG", "country:TJ", "country:TM", "country:UZ", "country:CN", "country:RU", "country:AF", "country:PK"] {
            #expect(lexicon[EntityID(id)] != nil, "\(id)")
        }
        let heads = lexicon.entities.filter { $0.roles.contains { $0.role == "head-of-state" } }
        #expect(heads.count >= 20)
        #expect(lexicon["person:xu-qiliang"]?.roles.contains { $0.role == "vice-chair-cmc" } == true)
    }
}
