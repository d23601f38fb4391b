import Testing
@testable import GazzettaText
import GazzettaModel
import GazzettaTestSupport

func analyze(_ string: String, _ language: Language? = nil) throws -> AnalyzedText {
    try TextAnalyzer().analyze(SourceText(string), language: language)
}


@Suite struct TokenizerTests {
    @Test func italianElisionsSplitWithExactOffsets() throws {
        let text = "Il dialogo dell’Asia Centrale e l'Afghanistan, all’interno della SCO."
        let analyzed = try analyze(text, .italian)
        let surfaces = analyzed.tokens.map { slice(text, $0.start, $0.end) }
        #expect(surfaces.contains("dell’"))
        #expect(surfaces.contains("Asia"))
        #expect(surfaces.contains("l'"))
        #expect(surfaces.contains("Afghanistan"))
        #expect(surfaces.contains("all’"))
        #expect(surfaces.contains("interno"))
        let elisions = analyzed.tokens.filter { $0.kind == .elision }.map(\.key)
        #expect(elisions == ["dell'", "l'", "all'"])
        for token in analyzed.tokens {
            #expect(slice(text, token.start, token.end) == analyzed.source.slice(bytes: token.byteStart..<token.byteEnd))
        }
    }

    @Test func theSegmenterListsEveryTokenWithAnApostrophe() throws {
        // The elision splitter looks only at the tokens the segmenter lists: they must be all of them,
        // whatever the apostrophe's form, through a rejoined word, and not numbers.
        let source = SourceText("Dell’Asia, l'Afghanistan, dell′Europa, dell`Africa; China’s, Tagi\u{200B}k'istan, "
            + "rock 'n' roll, l＇Italia, l‘India, ’90, 1'000, ‘quote’.")
        var apostrophes: [Int] = []
        let tokens = try WordSegmenter().tokens(of: source, apostrophes: &apostrophes)
        let scanned = tokens.indices.filter { tokens[$0].kind != .number && MatchingKey.hasApostrophe(tokens[$0].key) }
        #expect(apostrophes == scanned)
        #expect(apostrophes.count >= 10)
        let split = ElisionSplitter(.italian).split(tokens, in: source, apostrophes: apostrophes)
        #expect(split.filter { $0.kind == .elision }.map(\.key) == ["dell'", "l'", "dell'", "dell'", "l'", "l'"])
    }

    @Test func englishPossessiveSplitsOffTheName() throws {
        let text = "China’s and Kazakhstan's interests."
        let analyzed = try analyze(text, .english)
        let surfaces = analyzed.tokens.map { slice(text, $0.start, $0.end) }
        #expect(surfaces.prefix(5) == ["China", "’s", "and", "Kazakhstan", "'s"])
        #expect(analyzed.tokens[1].kind == .clitic)
    }

    @Test func hyphenatedCompoundsAreThreeTokens() throws {
        let text = "la relazione sino-kazakha"
        let analyzed = try analyze(text, .italian)
        #expect(analyzed.tokens.map(\.key) == ["la", "relazione", "sino", "-", "kazakha"])
        #expect(analyzed.tokens[3].gapBefore == .none)
        #expect(analyzed.tokens[1].gapBefore == .space)
    }

    @Test func offsetsCountCodePointsPastEmojiAndCombiningMarks() throws {
        // 🇰🇿 is two code points (four UTF-16 units); "é" below is e + U+0301.
        let text = "🇰🇿 Kazakhstan e\u{301} 𝐂𝐢𝐧𝐚 İstanbul Cina"
        let analyzed = try analyze(text, .italian)
        for token in analyzed.tokens {
            #expect(slice(text, token.start, token.end) == analyzed.source.slice(bytes: token.byteStart..<token.byteEnd))
        }
        let kazakhstan = try #require(analyzed.tokens.first { $0.key == "kazakhstan" })
        #expect(kazakhstan.start == 3 && kazakhstan.end == 13)
        // NFKC folds the mathematical bold letters to plain ones: the key matches, the offsets stay on the original.
        let bold = try #require(analyzed.tokens.first { $0.key == "cina" })
        #expect(slice(text, bold.start, bold.end) == "𝐂𝐢𝐧𝐚")
        // The dotted İ folds to two code points; the next token's offsets do not move.
        let cina = try #require(analyzed.tokens.last)
        #expect(slice(text, cina.start, cina.end) == "Cina")
        #expect(cina.end == text.unicodeScalars.count)
    }

    @Test func keysFoldCaseApostrophesAndDashes() {
        #expect(MatchingKey.of("KAZAKHSTAN") == "kazakhstan")
        #expect(MatchingKey.of("Dell’") == "dell'")
        #expect(MatchingKey.of("ＣＩＮＡ") == "cina")
        #expect(MatchingKey.of("Straße") == "strasse")
        #expect(MatchingKey.of("–") == "-")
    }

    @Test func wordsRejoinedAcrossAnInvisibleCharacterKeepComposedKeys() throws {
        // Hangul jamo split by a zero-width space rejoin into one word; keys are compared byte for byte, so the
        // joined key must be the composed syllable, as the fold gives it, not the jamo end to end.
        let analyzed = try analyze("\u{1112}\u{200B}\u{1161}", .english)
        #expect(analyzed.tokens.count == 1)
        #expect(Array(analyzed.tokens[0].key.utf8) == Array("\u{D558}".utf8))
        #expect(Array(MatchingKey.joined("kaza", "khstan").utf8) == Array("kazakhstan".utf8))
    }

    @Test func tokenKeysReadInPlaceEqualTheGeneralFold() {
        // The segmenter folds each token from the document's bytes, non-ASCII ones in stack buffers; the
        // result must be the general path's, character for character.
        let tokens = ["città", "PERCHÉ", "İstanbul", "ＣＩＮＡ", "Dell’Asia", "l‘", "China’s", "sino‑kazakha", "—",
                      "Straße", "ΟΔΥΣΣΕΥΣ", "ﬁnanziamento", "e\u{301}", "Ꭰ", "🇰🇿", "Kazakh＇s", "x\u{200B}y",
                      "Ölüdeniz" + String(repeating: "à", count: 40), "Qazaqstan`", "−5"]
        for token in tokens {
            let bytes = Array(token.utf8)
            let inPlace = bytes.withUnsafeBufferPointer { MatchingKey.of(utf8: $0) }
            #expect(inPlace == MatchingKey.of(token), "\(token)")
            #expect(MatchingKey.of(bytes: bytes[...]) == MatchingKey.of(token), "\(token)")
        }
        #expect(["città", "i̇stanbul", "dell'asia", "-"].allSatisfy { key in
            tokens.contains { MatchingKey.of($0) == key }
        })
    }

    @Test func lineAndParagraphGapsAreRecorded() throws {
        let text = "Stati\nUniti\n\nRussia"
        let analyzed = try analyze(text, .italian)
        #expect(analyzed.tokens.map(\.gapBefore) == [.none, .line, .paragraph])
    }
}
