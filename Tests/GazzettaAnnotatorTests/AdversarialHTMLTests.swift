import Foundation
import Testing
import GazzettaAnnotator
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// A seeded generator of hostile HTML pages: names of the shipped lexicon in prose, with comments, CDATA,
/// character references good and bad, control characters and inline tags put before, inside and after them.
/// Every mention's `sourceBytes` must be exactly the bytes its text came from: read as HTML on their own they
/// give the mention's text, and they neither begin before its first character nor end after its last.
///
/// More cases: `GAZZETTA_FUZZ_CASES=2000 swift test --filter AdversarialHTMLTests` (seed `GAZZETTA_FUZZ_SEED`).
@Suite struct AdversarialHTMLTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = Int(environment["GAZZETTA_FUZZ_CASES"] ?? "") ?? 150
    static let seed = UInt64(environment["GAZZETTA_FUZZ_SEED"] ?? "") ?? 20_26

    static let names = ["Kazakhstan", "Mosca", "Cina", "Asia Centrale", "Pechino", "Russia", "Tagikistan", "Stati Uniti", "Astana"]
    static let fillers = ["Il vertice tra", "e", "si è tenuto a", "secondo", "mentre", "ha firmato con", "nella regione di", "."]
    /// What a hostile page puts around and inside names: markup that yields no text, references that yield one
    /// character, none or themselves, controls the parser drops or keeps.
    static let disturbances = [
        "<!-- x -->", "<!---->", "<!-- a -- b -->", "<![CDATA[y]]>", "<![CDATA[]]>", "&#xD800;", "&#0;", "&#99999999;",
        "&bogus;", "&amp", "&amp;", "&#233;", "&agrave;", "&nbsp;", "&#65", "&#x41x", "&#150;", "\u{01}", "\u{1F}", "\u{7F}",
        "\u{0B}", "<b>", "</b>", "<span class=\"x\">", "</span>", "<br>", "<br/>", "<i\n>", "\r\n", "&lt;", "&#x200B;",
        // Markup that fires no event: stray end tags (one with a quoted '>'), "</" before a non-letter, processing
        // instructions, a DOCTYPE mid-page; and what libxml2 keeps as text or drops silently.
        "</span x=\">\">", "</ b>", "</3>", "<?pi x?>", "<!DOCTYPE html>", " < ", "<3", "<!x>", "&amp ", "&#x;", "&#;",
        "\t", "\r", "\u{0C}", "\u{A0}", "&#X41;", "<script>Roma</script>", "&AMP;", "&eacute", "&#128512;",
        "<img src=\"a>b\">", "&#13;", "&#9;", "&#x80;", "<!DOCTYPE html><!DOCTYPE html>", "<!DOCTYPE x></b>",
    ]

    static func page(_ random: inout MutationFuzzTests.Generator) -> String {
        var body = ""
        for _ in 0..<Int.random(in: 3...10, using: &random) {
            var word = Bool.random(using: &random) ? names.randomElement(using: &random)! : fillers.randomElement(using: &random)!
            if Int.random(in: 0..<3, using: &random) == 0 {
                // Inside the word: between two of its characters.
                let scalars = Array(word.unicodeScalars)
                let cut = Int.random(in: 1..<max(2, scalars.count), using: &random)
                word = String(String.UnicodeScalarView(scalars[..<cut])) + disturbances.randomElement(using: &random)!
                    + String(String.UnicodeScalarView(scalars[cut...]))
            }
            if Bool.random(using: &random) { body += disturbances.randomElement(using: &random)! }
            body += word
            if Bool.random(using: &random) { body += disturbances.randomElement(using: &random)! }
            body += Bool.random(using: &random) ? " " : "  \n "
        }
        let wrap = ["p", "div", "li", "h2", "td"].randomElement(using: &random)!
        return "<html><body><\(wrap)>\(body)</\(wrap)><p>\(disturbances.randomElement(using: &random)!)Mosca.</p></body></html>"
    }

    /// The text of `bytes` read as HTML on their own, white space collapsed.
    static func text(ofFragment bytes: ArraySlice<UInt8>) -> String? {
        guard let extracted = HTMLTextExtractor().extract(Array(bytes), encoding: "UTF-8") else { return nil }
        return extracted.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `source` ends with a character reference (`&#65`, `&agrave;`, `&#x41`).
    static func endsWithReference(_ source: String) -> Bool {
        guard let ampersand = source.lastIndex(of: "&") else { return false }
        let tail = source[source.index(after: ampersand)...]
        return !tail.isEmpty && tail.allSatisfy { $0.isLetter || $0.isNumber || $0 == "#" || $0 == ";" }
    }

    /// Text inside <head> after a broken end tag makes the parser imply <body>: that event fires where the
    /// parser has read ahead, past the text, and must not move the tracer past it (the fuzzer found it).
    @Test func textThatOpensAnImpliedBodyKeepsItsBytes() throws {
        let (texts, read) = try mentionsAndTheirSourceBytes(
            "<html><head><title>t</title></he il <b>Kazakhstan</b> e la Cina.</p></body></html>")
        #expect(texts == ["Kazakhstan", "Cina"])
        #expect(read == ["Kazakhstan", "Cina"])
    }

    /// The same implied end, where the text it fires past happens to end on a '>' (`Kazak/title>`): only an end
    /// tag right before the event moves the tracer (fuzz seed 2026 case 1078 gave *Kazakhstan* the bytes of
    /// *hstan e Cina*).
    @Test func textEndingOnAnAngleBracketBeforeAnImpliedEndKeepsItsBytes() throws {
        let (texts, read) = try mentionsAndTheirSourceBytes(
            "<html><head><title>x</title></hea<b>Kazak/title></hea<b>Kazakhstan e Cina</b></head><body><p>Il Kazakhstan.</p></body></html>")
        #expect(texts == ["Kazakhstan", "Cina", "Kazakhstan"])
        #expect(read == ["Kazakhstan", "Cina", "Kazakhstan"])
    }

    /// Text in <head> that opens on `<>` makes the parser imply <body> with the text's own `>` where the event
    /// fires: only a `>` closing a start tag of that name moves the tracer (fuzz seed 41 case 226 gave *Cina* the
    /// bytes of `<>La Cina e il `).
    @Test func textOpeningOnAnAngleBracketPairBeforeAnImpliedBodyKeepsItsBytes() throws {
        let (texts, read) = try mentionsAndTheirSourceBytes(
            "<html><head><title>t</title><>La Cina e il <b>Kazakhstan</b> &amp; l'Asia Centrale.</p></body></html>")
        #expect(texts == ["Cina", "Kazakhstan", "Asia Centrale"])
        #expect(read == ["Cina", "Kazakhstan", "Asia Centrale"])
    }

    /// The mentions of `html` annotated as a page, and the source bytes each one's `sourceBytes` names, as text.
    private func mentionsAndTheirSourceBytes(_ html: String) throws -> (texts: [String], read: [String]) {
        let annotator = try Annotator(compiled: try ShippedLexicon.compiled())
        let bytes = Array(html.utf8)
        let document = try annotator.annotate(try DocumentDecoder().decode(bytes, source: "p.html", format: .html), bytes: bytes, id: "p.html")
        let read = document.mentions.compactMap { mention in mention.sourceBytes.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } }
        return (document.mentions.map(\.text), read)
    }

    @Test func everyMentionsSourceBytesAreExactlyItsText() throws {
        let annotator = try Annotator(compiled: try ShippedLexicon.compiled())
        var random = MutationFuzzTests.Generator(state: Self.seed ^ 0x48544D4C)
        var checked = 0
        for number in 0..<Self.cases {
            let html = Self.page(&random)
            let bytes = Array(html.utf8)
            let label = "seed \(Self.seed) case \(number): \(html.debugDescription)"
            let decoded = try DocumentDecoder().decode(bytes, source: "p.html", format: .html)
            let document = try annotator.annotate(decoded, bytes: bytes, id: "p.html")
            for mention in document.mentions {
                let range = try #require(mention.sourceBytes, "\(label): \(mention.text) has no sourceBytes")
                guard range.start >= 0, range.start < range.end, range.end <= bytes.count else {
                    Issue.record("\(label): \(mention.text) → \(range.start)..<\(range.end)"); continue
                }
                let source = bytes[range.start..<range.end]
                let read = Self.text(ofFragment: source)
                let expected = mention.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                let shown = String(decoding: source, as: UTF8.self)
                #expect(read == expected, "\(label): \(mention.text.debugDescription) ← \(shown.debugDescription)")
                // Not wider: the range starts on the text's first character (or a reference to it) and ends on its last.
                #expect(source.first == mention.text.utf8.first || source.first == UInt8(ascii: "&"),
                        "\(label): \(mention.text.debugDescription) ← \(shown.debugDescription)")
                #expect(source.last == mention.text.utf8.last || Self.endsWithReference(shown),
                        "\(label): \(mention.text.debugDescription) ← \(shown.debugDescription)")
                checked += 1
            }
        }
        #expect(checked >= Self.cases, "too few mentions checked: \(checked)")
    }
}
