import Foundation
import Testing
@testable import GazzettaText
import GazzettaModel
import GazzettaTestSupport

/// The differential test of `LatinWordBreaker` (#21): ICU's word boundaries are the definition, and the fast
/// path must give the same boundaries with the same rule statuses, hence the same tokens and sentences, on
/// every Corpus text, on random text over the characters it covers (and some it does not), and on mutated
/// Corpus text. `GAZZETTA_DIFF_CORPUS=DIR` adds every `.txt` under DIR (the benchmark corpora:
/// `Benchmarks/data/corpus-*`, `Benchmarks/data/real-corpus`).
@Suite(.serialized) struct FastWordBreakTests {
    // One pair for the serialized suite: an ICU iterator is used by one thread at a time.
    nonisolated(unsafe) static let fast = try! WordSegmenter(fastPath: true)
    nonisolated(unsafe) static let icu = try! WordSegmenter(fastPath: false)

    typealias Generator = SeededGenerator

    /// Checks boundaries, tokens and sentences of `string`; returns a description of the first difference.
    static func difference(_ string: String) throws -> String? {
        let text = SourceText(string)
        let expected = try icu.boundaries(of: text), found = try fast.boundaries(of: text)
        if expected.count != found.count || zip(expected, found).contains(where: { $0.0 != $1.0 || $0.1 != $1.1 }) {
            let common = min(expected.count, found.count)
            let at = (0..<common).first { expected[$0].0 != found[$0].0 || expected[$0].1 != found[$0].1 } ?? common
            let from = at > 0 ? expected[at - 1].0 : 0
            let context = String(decoding: text.utf8[from..<min(text.utf8.count, from + 40)], as: UTF8.self)
            return "boundary \(at): ICU \(expected.dropFirst(at).prefix(3)), fast \(found.dropFirst(at).prefix(3)) at \(context.debugDescription)"
        }
        var apostrophesICU: [Int] = [], apostrophesFast: [Int] = []
        let tokensICU = try icu.tokens(of: text, apostrophes: &apostrophesICU)
        let tokensFast = try fast.tokens(of: text, apostrophes: &apostrophesFast)
        guard tokensICU == tokensFast, apostrophesICU == apostrophesFast else { return "tokens differ" }
        for language in Language.allCases {
            let sentences = TokenSentenceSegmenter(LanguageData.of(language))
            if sentences.sentences(of: tokensICU, in: text) != sentences.sentences(of: tokensFast, in: text) {
                return "sentences differ (\(language))"
            }
        }
        return nil
    }

    static func corpusTexts() throws -> [(String, String)] {
        let root = Checkout.url("Corpus")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { ["txt", "md", "html"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        return try files.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test func everyCorpusTextBreaksAsICU() throws {
        let texts = try Self.corpusTexts()
        #expect(texts.count >= 20)
        for (name, text) in texts {
            let difference = try Self.difference(text)
            #expect(difference == nil, "\(name): \(difference ?? "")")
        }
    }

    @Test func theFastPathCoversMostLinesOfTheCorpus() throws {
        // Not a correctness check: a fast path that fell back on every line would pass the others.
        var covered = 0, lines = 0
        for (_, text) in try Self.corpusTexts() {
            for line in text.split(whereSeparator: \.isNewline) {
                let bytes = Array(line.utf8)
                lines += 1
                if bytes.withUnsafeBufferPointer({ LatinWordBreaker.covers($0, 0, $0.count) }) { covered += 1 }
            }
        }
        #expect(Double(covered) >= 0.6 * Double(lines), "\(covered) of \(lines) lines covered")
    }

    /// Characters of every class the fast path knows, the joins it must get right, and some it must leave to
    /// ICU (combining marks, `@`, no-break space, Greek, an emoji, ZWSP, U+2028, controls).
    static let pieces: [String] = [
        "a", "Z", "e", "è", "É", "ß", "ñ", "ł", "Œ", "ª", "µ", "ÿ", "0", "7", "12", ".", ",", ";", ":", "'", "’", "‘",
        " ", " ", "  ", "\t", "\n", "\r\n", "\r", "-", "(", ")", "\"", "«", "»", "–", "—", "…", "“", "”", "„", "°",
        "€", "£", "§", "×", "÷", "¿", "¡", "•", "?", "!", "/", "%", "#", "`", "~", "dell'", "l’", "po'", "U.S.",
        "_", "__", "O_RDONLY", "x_1", "_2", "3.14", "1,000", "Nota", "anni '80", "e\u{301}", "@", "\u{301}", "\u{A0}", "α", "😀", "\u{200B}", "\u{2028}",
        "\u{0B}", "\u{01}", "′", "·", "Ā", "ſ", "ƀ",
    ]

    static func randomText(_ random: inout Generator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...120, using: &random) {
            // Mostly covered pieces, so that most lines take the fast path.
            let piece = Int.random(in: 0..<10, using: &random) < 9
                ? pieces[Int.random(in: 0..<(pieces.count - 16), using: &random)]
                : pieces.randomElement(using: &random)!
            text += piece
        }
        return text
    }

    @Test func randomTextBreaksAsICU() throws {
        let cases = Int(ProcessInfo.processInfo.environment["GAZZETTA_FUZZ_CASES"] ?? "") ?? 20_000
        var random = Generator(state: 21)
        for number in 0..<cases {
            let text = Self.randomText(&random)
            let difference = try Self.difference(text)
            #expect(difference == nil, "case \(number) \(text.debugDescription): \(difference ?? "")")
            if difference != nil { break }
        }
    }

    @Test func mutatedCorpusTextBreaksAsICU() throws {
        var random = Generator(state: 2126)
        let texts = try Self.corpusTexts().map { Array($0.1.utf8) }
        let inserts = Self.pieces.map { Array($0.utf8) }
        for number in 0..<600 {
            var bytes = texts[number % texts.count]
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
                case 1: bytes.insert(contentsOf: inserts.randomElement(using: &random)!, at: at)
                case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...12, using: &random)))
                default: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                }
            }
            // Invalid UTF-8 becomes U+FFFD, as the decoder's lossy mode does.
            let text = String(decoding: bytes, as: UTF8.self)
            let difference = try Self.difference(text)
            #expect(difference == nil, "mutation \(number): \(difference ?? "")")
        }
    }

    @Test func benchmarkCorporaBreakAsICU() throws {
        guard let folder = ProcessInfo.processInfo.environment["GAZZETTA_DIFF_CORPUS"] else { return }
        let files = FileManager.default.enumerator(atPath: folder)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".txt") && $0.hasPrefix("docs/") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let difference = try Self.difference(text)
            #expect(difference == nil, "\(file): \(difference ?? "")")
        }
        print("FastWordBreakTests: \(files.count) documents of \(folder) compared")
    }
}
