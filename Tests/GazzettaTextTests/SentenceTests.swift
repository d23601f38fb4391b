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

    /// Hard-wrapped prose: a line break inside a paragraph does not end its sentence, a name across it included.
    @Test func aLineBreakInsideWrappedProseDoesNotEndTheSentence() throws {
        let text = "La Cina e il Kirghizistan, due vicini dell'Asia\nCentrale, hanno firmato ieri un accordo sulla\n"
            + "frontiera e sull'acqua. Il testo entra in vigore\nsubito.\n\nUn altro paragrafo."
        let sentences = try analyze(text, .italian).sentences.map { slice(text, $0.lowerBound, $0.upperBound) }
        #expect(sentences == ["La Cina e il Kirghizistan, due vicini dell'Asia\nCentrale, hanno firmato ieri un accordo sulla\nfrontiera e sull'acqua.",
                              "Il testo entra in vigore\nsubito.", "Un altro paragrafo."])
    }

    /// A blank line, a heading (capitals, Title Case, or a short line before a capital) and a list item still end one.
    @Test func headingsListItemsAndBlankLinesStillEndASentence() throws {
        let text = "ACCORDO SULLA FRONTIERA\nla Cina e il Kirghizistan hanno firmato un accordo che\nentra in vigore subito e\n\n"
            + "vale dieci anni.\nIl nodo dell'acqua\nIl fiume nasce nella valle di Fergana e attraversa\ntre Paesi, cioè:\n"
            + "- il Kirghizistan,\n- il Tagikistan e\n- l'Uzbekistan\n1. la prima intesa\n2) la seconda"
        let sentences = try analyze(text, .italian).sentences.map { slice(text, $0.lowerBound, $0.upperBound) }
        #expect(sentences == ["ACCORDO SULLA FRONTIERA", "la Cina e il Kirghizistan hanno firmato un accordo che\nentra in vigore subito e",
                              "vale dieci anni.", "Il nodo dell'acqua", "Il fiume nasce nella valle di Fergana e attraversa\ntre Paesi, cioè:",
                              "- il Kirghizistan,", "- il Tagikistan e", "- l'Uzbekistan", "1. la prima intesa", "2) la seconda"])
    }

    /// Markdown drops the markers that said a block ended: a lowercase heading or list item is still its own
    /// sentence, and a wrapped item's second line still belongs to it.
    @Test func markdownHeadingsAndListItemsEndASentence() throws {
        let markdown = "# panoramica regionale\nla Cina e il Kirghizistan hanno firmato un accordo che\nentra in vigore subito.\n\n"
            + "- il Tagikistan,\n- l'Uzbekistan e\n  il Turkmenistan\n* la Russia"
        let text = MarkdownTextExtractor().extract(Array(markdown.utf8)).text
        let sentences = try analyze(text, .italian).sentences.map { slice(text, $0.lowerBound, $0.upperBound) }
        #expect(sentences == ["panoramica regionale", "la Cina e il Kirghizistan hanno firmato un accordo che\nentra in vigore subito.",
                              "il Tagikistan,", "l'Uzbekistan e\nil Turkmenistan", "la Russia"])
    }

    /// Lines with nothing to show they wrap (headlines, a byline) stay one sentence each.
    @Test func linesThatDoNotWrapStaySentences() throws {
        let text = "La Russia rafforza la base in Tagikistan\nPechino e Astana firmano l'accordo sui visti\nDi Anna Rossi\n12.09.2016"
        #expect(try analyze(text, .italian).sentences.count == 4)
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
    /// The analyzer's token-based sentences are ICU's (with abbreviations rejoined) on every corpus text, but
    /// for ICU's sentences that the analyzer joins across a single line break of wrapped prose (ICU ends a
    /// sentence at every line break): each of its sentences is a run of ICU's, joined only where one line break
    /// and spaces part them.
    @Test func tokenSentencesAgreeWithICUOnTheCorpus() throws {
        let corpus = Checkout.url("Corpus")
        var compared = 0
        for case let url as URL in FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)! where url.pathExtension == "txt" {
            let string = try String(contentsOf: url, encoding: .utf8)
            let text = SourceText(string)
            let analyzed = try TextAnalyzer().analyze(text)
            let reference = try ICUSentenceSegmenter(LanguageData.of(analyzed.language)).sentences(of: text)
            var next = 0
            for sentence in analyzed.sentences {
                guard next < reference.count, reference[next].lowerBound == sentence.lowerBound else {
                    Issue.record("\(url.lastPathComponent): \(sentence) starts where no ICU sentence does"); break
                }
                while next + 1 < reference.count, reference[next].upperBound < sentence.upperBound {
                    let between = slice(string, reference[next].upperBound, reference[next + 1].lowerBound)
                    #expect(between.filter(\.isNewline).count == 1 && between.allSatisfy(\.isWhitespace),
                            "\(url.lastPathComponent): joined across \(between.debugDescription)")
                    next += 1
                }
                #expect(reference[next].upperBound == sentence.upperBound, "\(url.lastPathComponent): \(sentence) ends where no ICU sentence does")
                next += 1
            }
            #expect(next == reference.count, "\(url.lastPathComponent)")
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
