import Foundation
import Testing
@testable import GazzettaAnnotator
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// The per-token facts the unknown-name rules read (issue #21 answers them once per document): cue lists as
/// bits, capitals and sentences. Each must give what the definition it replaced gives, on every Corpus text.
@Suite struct DiscoveryShapesTests {
    @Test func aCueWordCarriesEveryListItIsInAndNoOther() {
        var cues = NameCues()
        cues.organisationHeads = ["ministero", "bank"]
        cues.officeHeads = ["ministero"]
        cues.nameConnectors = ["di"]
        let words = CueWords(cues, stopWords: ["di", "la"], notNameParts: ["ministero"])
        #expect(words["ministero"] == [.organisationHeads, .officeHeads, .notNameParts])
        #expect(words["di"] == [.nameConnectors, .stopWords])
        #expect(words["la"] == .stopWords)
        #expect(words["bank"] == .organisationHeads)
        #expect(words["Ministero"] == [], "keys are matching keys, already folded")
        #expect(words["kazakhstan"] == [])
    }

    @Test(arguments: try CorpusSet.all())
    func tokenFactsAgreeWithTheirDefinitionsOnCorpusTexts(_ set: CorpusSet) throws {
        let analyzer = try TextAnalyzer()
        for article in try set.articles() where article.textPath.hasSuffix(".txt") {
            let text = try String(contentsOfFile: article.textPath, encoding: .utf8)
            let analyzed = try analyzer.analyze(SourceText(text))
            let cues = LanguageData.of(analyzed.language).nameCues
            let notNameParts = NameShapes.notNameParts(cues)
            let shapes = NameShapes(analyzed, [], cues: cues,
                                    words: CueWords(cues, stopWords: LanguageData.allStopWords, notNameParts: notNameParts))
            let tokens = analyzed.tokens
            for index in tokens.indices {
                let key = tokens[index].key
                #expect(shapes.isCue(.organisationHeads, at: index) == cues.organisationHeads.contains(key), "\(article) \(key)")
                #expect(shapes.isCue(.nameConnectors, at: index) == cues.nameConnectors.contains(key), "\(article) \(key)")
                #expect(shapes.isCue(.stopWords, at: index) == LanguageData.allStopWords.contains(key), "\(article) \(key)")
                let word = analyzed.source.slice(bytes: tokens[index].byteStart..<tokens[index].byteEnd)
                let capitalised = tokens[index].kind == .word && tokens[index].lineCase == .normal
                    && word.unicodeScalars.first?.properties.isUppercase == true
                #expect(shapes.isCapitalised(index) == capitalised, "\(article) \(word)")
                for next in (index + 1)..<min(tokens.count, index + 4) {
                    let joined = tokens[next].gapBefore < .paragraph
                        && analyzed.sentenceIndex(of: tokens[index].start) == analyzed.sentenceIndex(of: tokens[next].start)
                    #expect(shapes.joined(index, next) == joined, "\(article) \(index) \(next)")
                }
            }
        }
    }
}
