import Foundation
import Testing
import GazzettaModel
@testable import GazzettaText
import GazzettaTestSupport

@Suite struct SentenceAndLanguageTests {
    @Test func italianAbbreviationsDoNotEndASentence() throws {
        let text = "Il trasferimento è minimo (cfr. Figura 1). Il dato è del SIPRI, ecc. Poi Mosca."
        let analyzed = try analyze(text, .italian)
        let sentences = analyzed.sentences.map { slice(text, $0.lowerBound, $0.upperBound) }
        #expect(sentences == ["Il trasferimento è minimo (cfr. Figura 1).", "Il dato è del SIPRI, ecc. Poi Mosca."])
    }

    @Test func linesOfAFlattenedTableAreSentences() throws {
        let text = "Kazakhstan\n\nS: China\n\n2\n"
        let analyzed = try analyze(text, .english)
        #expect(analyzed.sentences.count == 3)
        #expect(analyzed.sentenceIndex(of: 14) == 1)
    }

    @Test func identifiesItalianAndEnglish() throws {
        let italian = try analyze("La cooperazione tra la Cina e il Kazakhstan è cresciuta nell’ambito della sicurezza.")
        #expect(italian.language == .italian)
        #expect(italian.languageSource == "detected")
        let english = try analyze("The cooperation between China and Kazakhstan has grown in the field of security.")
        #expect(english.language == .english)
        let forced = try analyze("The cooperation between China and Kazakhstan.", .italian)
        #expect(forced.language == .italian && forced.languageSource == "given")
    }
}

@Suite struct DecoderTests {
    @Test func dropsTheBOMAndRefusesBadBytes() throws {
        let decoder = TextDecoder()
        let withBOM = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Cina".utf8), source: "a.txt")
        #expect(withBOM.string == "Cina")
        #expect(throws: TextDecodingError.invalidUTF8(source: "b.txt", byteOffset: 5)) {
            try decoder.decode(Array("Cina ".utf8) + [0xC3, 0x28], source: "b.txt")
        }
        #expect(throws: TextDecodingError.binary(source: "c.bin", byteOffset: 2)) {
            try decoder.decode([0x41, 0x42, 0x00, 0x43], source: "c.bin")
        }
        #expect(throws: TextDecodingError.empty(source: "d.txt")) { try decoder.decode([], source: "d.txt") }
        let lossy = try TextDecoder(lossy: true).decode(Array("Cina ".utf8) + [0xFF], source: "e.txt")
        #expect(lossy.string == "Cina \u{FFFD}")
    }

    @Test func italianAdjectivesInflectFromTheMasculineSingular() {
        let italian = LanguageData.italian
        #expect(Set(italian.inflect("kazakho")) == ["kazakha", "kazakhi", "kazakhe"])
        #expect(italian.inflect("cinese") == ["cinesi"])
        #expect(Set(italian.inflect("sovietico")).isSuperset(of: ["sovietica", "sovietici", "sovietiche"]))
        #expect(LanguageData.english.inflect("Chinese") == [])
    }
}

@Suite struct TokenSentenceTests {
    /// The analyzer's token-based sentences are ICU's (with abbreviations rejoined) on every corpus text.
    @Test func tokenSentencesAgreeWithICUOnTheCorpus() throws {
        let corpus = Checkout.url("Corpus")
        var compared = 0
        for case let url as URL in FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)! where url.pathExtension == "txt" {
            let text = SourceText(try String(contentsOf: url, encoding: .utf8))
            let analyzed = try TextAnalyzer().analyze(text)
            let reference = try ICUSentenceSegmenter(LanguageData.of(analyzed.language)).sentences(of: text)
            #expect(analyzed.sentences == reference, "\(url.lastPathComponent)")
            compared += reference.count
        }
        #expect(compared > 200)
    }

    @Test func periodsQuestionMarksAndLowercaseContinuations() throws {
        let text = "Davvero? Sì! Il 3.5% cresce, ecc. dice lui. «Basta.» Poi U.S.A., Francia. Fine"
        let sentences = try analyze(text, .italian).sentences.map { slice(text, $0.lowerBound, $0.upperBound) }
        #expect(sentences == ["Davvero?", "Sì!", "Il 3.5% cresce, ecc. dice lui.", "«Basta.»", "Poi U.S.A., Francia.", "Fine"])
    }
}
