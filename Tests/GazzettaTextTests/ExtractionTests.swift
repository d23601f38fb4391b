import Testing
@testable import GazzettaText

@Suite struct HTMLExtractionTests {
    static let page = """
    <!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style><script>var Cina=1;</script></head>
    <body><nav><a href="/">Home Russia</a></nav>
    <h1>La Cina e il Kazakhstan</h1>
    <p>Pechino &amp; Astana hanno   firmato.<br>Secondo <b>Mosca</b>, no.</p>
    <p>&lt;script&gt; non è codice</p></body></html>
    """

    @Test func keepsHeadingsAndParagraphsAndDropsScriptsStylesAndNavigation() throws {
        let extracted = try #require(HTMLTextExtractor().extract(Array(Self.page.utf8)))
        #expect(extracted.text == "La Cina e il Kazakhstan\n\nPechino & Astana hanno firmato.\nSecondo Mosca, no.\n\n<script> non è codice")
    }

    @Test func mapsTextBackToTheSourceBytes() throws {
        let bytes = Array(Self.page.utf8)
        let extracted = try #require(HTMLTextExtractor().extract(bytes))
        for word in ["Kazakhstan", "Mosca", "Cina", "codice"] {
            let text = Array(extracted.text.utf8)
            let start = try #require(firstIndex(of: Array(word.utf8), in: text))
            let source = try #require(extracted.sourceRange(ofTextBytes: start..<start + word.utf8.count))
            let slice = String(decoding: bytes[source], as: UTF8.self)
            #expect(slice.contains(word), "\(word) → \(slice)")
        }
        // An exact run maps to exactly the word.
        let text = Array(extracted.text.utf8)
        let start = try #require(firstIndex(of: Array("Kazakhstan".utf8), in: text))
        let source = try #require(extracted.sourceRange(ofTextBytes: start..<start + 10))
        #expect(String(decoding: bytes[source], as: UTF8.self) == "Kazakhstan")
    }

    func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return start
        }
        return nil
    }
}

@Suite struct MarkdownExtractionTests {
    static let page = """
    # La **Cina** e il *Kazakhstan*

    > Secondo [Mosca](https://example.org/mosca), la `SCO` conta.
    - punto uno: snake_case resta
    1. Astana <b>firma</b>

    ```
    codice Cina
    ```
    ---
    Fine.
    """

    @Test func dropsMarkupAndKeepsTextWithAnExactMap() {
        let bytes = Array(Self.page.utf8)
        let extracted = MarkdownTextExtractor().extract(bytes)
        #expect(extracted.text == "La Cina e il Kazakhstan\n\nSecondo Mosca, la SCO conta.\n\npunto uno: snake_case resta\n\nAstana firma\n\n\n\n\n\nFine.")
        let text = Array(extracted.text.utf8)
        for word in ["Cina", "Mosca", "SCO", "Astana", "Fine"] {
            let needle = Array(word.utf8)
            let start = (0...(text.count - needle.count)).first { Array(text[$0..<$0 + needle.count]) == needle }!
            let source = extracted.sourceRange(ofTextBytes: start..<start + needle.count)!
            #expect(String(decoding: bytes[source], as: UTF8.self) == word)
        }
    }
}
