import Foundation
import Testing
import GazzettaAnnotator
import GazzettaExport
import GazzettaLexicon
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// A seeded mutation fuzzer over what reads untrusted input: the decoders, HTML and Markdown extraction, the
/// annotator behind them, the JSON Lines line reader and the lexicon parser. Each case mutates one of our own
/// texts (byte flips, insertions of awkward bytes and markup, cuts, repeats) and checks that nothing crashes,
/// every mention is the code-point slice of the text and lies inside its sentence, `sourceBytes` lie inside the
/// file and hold the mention's text (plain text and HTML read as UTF-8), and a second run gives the same output.
///
/// `swift test` runs a short seeded run. A long run (its figures are in the README):
/// `GAZZETTA_FUZZ_CASES=50000 GAZZETTA_FUZZ_SEED=11 swift test --filter MutationFuzzTests` (a failure prints its
/// seed and case, so it can be replayed).
@Suite(.serialized) struct MutationFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = Int(environment["GAZZETTA_FUZZ_CASES"] ?? "") ?? 60
    static let seed = UInt64(environment["GAZZETTA_FUZZ_SEED"] ?? "") ?? 20_26

    typealias Generator = SeededGenerator

    /// Fragments that have broken readers before: escapes, BOMs, controls, bidi, markup half-open.
    static let awkward: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x87, 0xB0], [0x0D], [0x0D, 0x0A],
        Array("\u{202E}".utf8), Array("\u{200D}".utf8), Array("e\u{0301}".utf8), Array("<!-- x -->".utf8), Array("<![CDATA[y]]>".utf8),
        Array("&#xD800;".utf8), Array("&amp;".utf8), Array("&#0;".utf8), Array("<p>".utf8), Array("</div>".utf8), Array("<script>".utf8),
        Array("# ".utf8), Array("**".utf8), Array("[a](b)".utf8), Array("`".utf8), Array("\\u".utf8), Array("\\\"".utf8), Array("\"".utf8),
        Array("{".utf8), Array("[cap".utf8), Array("[".utf8), Array(" = ".utf8), Array("\n[city:x]\n".utf8), Array("@source: x\n".utf8),
        Array("Mosca".utf8), Array("Kazakhstan".utf8), Array("\n\n".utf8),
    ]

    static func mutate(_ input: [UInt8], _ random: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where at < bytes.count: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case 1: bytes.insert(contentsOf: awkward.randomElement(using: &random)!, at: at)
            case 2 where at < bytes.count: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 3 where at < bytes.count:
                let end = min(bytes.count, at + Int.random(in: 1...30, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            case 4: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
            default: bytes = Array(bytes.prefix(at))
            }
        }
        return bytes
    }

    static func seeds() throws -> [(name: String, bytes: [UInt8], format: DocumentFormat)] {
        let text = try [UInt8](Data(contentsOf: Checkout.url("Corpus/it/russia-kazakhstan-csto.txt")))
        let english = try [UInt8](Data(contentsOf: Checkout.url("Corpus/en/turkmenistan-china-gas.txt")))
        let html = Array("<html><head><title>t</title></head><body><h1>Mosca</h1><p>La Cina e il <b>Kazakhstan</b> &amp; l'Asia Centrale.</p><!-- c --><p>Astana</p></body></html>".utf8)
        let markdown = Array("# Vertice\n\nLa **Russia** e la [Cina](http://x) a *Mosca*.\n\n- Kazakhstan\n- Astana\n\n```\ncode\n```\n".utf8)
        return [("it.txt", Array(text.prefix(1500)), .text), ("en.txt", Array(english.prefix(1500)), .text), ("p.html", html, .html), ("m.md", markdown, .markdown)]
    }

    /// One document: decoded (strictly and lossily) and annotated twice; every mention slices.
    static func check(_ bytes: [UInt8], format: DocumentFormat, annotator: Annotator, label: String) {
        for lossy in [false, true] {
            let decoder = DocumentDecoder(encoding: .auto, lossy: lossy, maximumBytes: 1 << 20)
            guard let decoded = try? decoder.decode(bytes, source: label, format: format) else { continue }
            #expect((try? decoder.decode(bytes, source: label, format: format))?.text.string == decoded.text.string, "\(label): decoding is not deterministic")
            guard let first = try? annotator.annotate(decoded, bytes: bytes, id: label),
                  let second = try? annotator.annotate(decoded, bytes: bytes, id: label) else { continue }
            #expect(AnnotationJSON.encode(first, pretty: false) == AnnotationJSON.encode(second, pretty: false), "\(label): output is not deterministic")
            let text = decoded.text.string, count = text.unicodeScalars.count
            for mention in first.mentions {
                guard mention.start >= 0, mention.start < mention.end, mention.end <= count else {
                    Issue.record("\(label): mention \(mention.start)..<\(mention.end) outside the text (\(count))"); continue
                }
                #expect(slice(text, mention.start, mention.end) == mention.text, "\(label): mention does not slice")
                if first.sentences.indices.contains(mention.sentence) {
                    let sentence = first.sentences[mention.sentence]
                    #expect(sentence.start <= mention.start && mention.end <= sentence.end, "\(label): mention outside its sentence")
                } else {
                    Issue.record("\(label): mention in sentence \(mention.sentence) of \(first.sentences.count)")
                }
                if let range = mention.sourceBytes {
                    guard range.start >= 0 && range.start <= range.end && range.end <= bytes.count else {
                        Issue.record("\(label): sourceBytes outside the file"); continue
                    }
                    if !lossy && decoded.encoding == "UTF-8" { checkSourceBytes(bytes[range.start..<range.end], of: mention, format, label) }
                }
            }
        }
    }

    /// The bytes a mention names hold its text: as they are in plain text, read as HTML in a page (references
    /// and dropped markup inside them). Markdown's are not compared: a name across `**` holds the markup.
    static func checkSourceBytes(_ source: ArraySlice<UInt8>, of mention: Mention, _ format: DocumentFormat, _ label: String) {
        let shown = String(decoding: source, as: UTF8.self).debugDescription
        switch format {
        case .text:
            #expect(String(decoding: source, as: UTF8.self) == mention.text, "\(label): \(mention.text.debugDescription) ← \(shown)")
        case .html:
            let expected = mention.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(AdversarialHTMLTests.text(ofFragment: source) == expected, "\(label): \(mention.text.debugDescription) ← \(shown)")
        case .markdown:
            break
        }
    }

    @Test func mutatedDocumentsNeverCrashAlwaysSliceAndRepeat() throws {
        let annotator = try Annotator(compiled: try ShippedLexicon.compiled())
        var random = Generator(state: Self.seed)
        let seeds = try Self.seeds()
        for number in 0..<Self.cases {
            let seed = seeds[number % seeds.count]
            let bytes = Self.mutate(seed.bytes, &random)
            Self.check(bytes, format: seed.format, annotator: annotator, label: "seed \(Self.seed) case \(number) (\(seed.name))")
        }
    }

    @Test func mutatedJSONLinesAndLexiconsNeverCrashAndRepeat() {
        var random = Generator(state: Self.seed ^ 0xA5A5)
        let line = Array("{\"id\": 7, \"text\": \"Mosca e\\n\u{FEFF}Astana \\u00e8 qui\", \"lang\": \"auto\", \"date\": \"2024-01-02\"}".utf8)
        let lexicon = Array("@source: written for this test\n[city:x]\ntype = place\nsubtype = city\nlabel.it = X\nlabel.en = X\nname = Xville [cap] | Ics\nadj.it = icsiano\npartOf = country:ZZ\n\n[country:ZZ]\ntype = place\nsubtype = country\nlabel.it = Zeta\nlabel.en = Zeta\nname = Zetania\n".utf8)
        for number in 0..<(Self.cases * 5) {
            let mutatedLine = Self.mutate(line, &random)
            let parsed = Result { try JSONLineRequest.parse(mutatedLine, line: 1, defaultLanguage: nil, defaultDate: nil) }
            let again = Result { try JSONLineRequest.parse(mutatedLine, line: 1, defaultLanguage: nil, defaultDate: nil) }
            #expect(String(describing: parsed) == String(describing: again), "case \(number): the JSON Lines reader is not deterministic")
            let source = String(decoding: Self.mutate(lexicon, &random), as: UTF8.self)
            let loaded = Result { try LexiconLoader().load(sources: [("f.gaz", source)]) }.map { LexiconLinter().lint($0).map(\.description) }
            let loadedAgain = Result { try LexiconLoader().load(sources: [("f.gaz", source)]) }.map { LexiconLinter().lint($0).map(\.description) }
            #expect(String(describing: loaded) == String(describing: loadedAgain), "case \(number): the lexicon reader is not deterministic")
        }
    }
}
