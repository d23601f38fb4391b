import Foundation
import Testing
import GazzettaExport
import GazzettaInterchange
import GazzettaTestSupport

/// Debian's chromium, which `.ci/run` installs.
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs headless Chromium with `arguments`; returns standard output.
func headless(_ arguments: [String]) throws -> String {
    try Subprocess.run(URL(fileURLWithPath: chromium!),
                       ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                        "--user-data-dir=" + NSTemporaryDirectory() + "gazzetta-chromium-\(UUID().uuidString)"] + arguments).out
}

@Suite struct ReviewPageTests {
    static let hostile = "La Cina <script>document.title='pwned'</script> e il Kazakhstan \"onmouseover=alert(1) x=\" & Mosca </mark></article>."

    @Test func everyPieceOfTheDocumentIsEscaped() throws {
        let html = ReviewPage().html(try annotated(Self.hostile))
        #expect(!html.contains("<script>document.title"))
        #expect(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(html.contains("&quot;onmouseover=alert(1) x=&quot;"))
        #expect(!html.contains("</mark></article>."))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("url("), "the page must need no network")
        // The only absolute links are Wikidata's, for entities with a Wikidata id.
        let absolute = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(absolute.contains("https://www.wikidata.org/wiki/Q148"), "Cina links to its Wikidata item")
        #expect(absolute.allSatisfy { $0.hasPrefix("https://www.wikidata.org/wiki/Q") && $0.dropFirst(31).allSatisfy(\.isNumber) })
    }

    /// A file named like a URL scheme gets a relative, percent-encoded link that resolves to its page.
    @Test func indexLinksAreRelativePercentEncodedPaths() throws {
        let document = try annotated("La Cina e Mosca.", id: "javascript:alert(1).txt")
        let names = ["javascript:alert(1).txt.json.html", "it/a b#c?d%.txt.json.html", "ünï/x.html"]
        let html = ReviewPage().index(names.map { ($0, document) })
        let table = try #require(html.components(separatedBy: "<table id=\"documents\">").last)
        let hrefs = table.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(hrefs == ["./javascript%3Aalert%281%29.txt.json.html", "./it/a%20b%23c%3Fd%25.txt.json.html", "./%C3%BCn%C3%AF/x.html"])
        let index = URL(fileURLWithPath: "/review/index.html")
        for (href, name) in zip(hrefs, names) {
            let resolved = try #require(URL(string: href, relativeTo: index))
            #expect(resolved.scheme == "file" && resolved.path == "/review/" + name)
        }
        #expect(!html.contains("href=\"javascript"))
    }

    /// An override (U+202E) would show the text reversed: every bidi control is named in the page, never left to act.
    @Test func bidiControlsAreShownNotObeyed() throws {
        let text = "La Cina \u{202E}e Mosca\u{202C} e il \u{2067}Kazakhstan\u{2069}."
        let document = try annotated(text, id: "doc\u{202E}txt.ereh")
        #expect(document.mentions.count >= 2)
        for html in [ReviewPage().html(document), ReviewPage().index([("doc.html", document)])] {
            #expect(!html.unicodeScalars.contains { [0x202E, 0x202C, 0x2067, 0x2069].contains($0.value) })
        }
        let page = ReviewPage().html(document)
        #expect(page.contains("<span class=\"bidi\" title=\"bidirectional control\">U+202E</span>e <mark"))
        #expect(page.contains("<h1><bdi>doc<span class=\"bidi\" title=\"bidirectional control\">U+202E</span>txt.ereh</bdi></h1>"))
        // A mention never ends on a format character (#20): the control after the name is shown outside its mark.
        #expect(document.mentions.contains { $0.text == "Mosca" })
        #expect(page.contains("Mosca</mark><span class=\"bidi\" title=\"bidirectional control\">U+202C</span>"))
    }

    /// The corpus index sums the corpus up and lists the documents that failed, with their errors.
    @Test func theIndexSummarisesTheCorpusAndListsFailures() throws {
        let one = try annotated("La Cina e Mosca; la Cina.", id: "one")
        let two = try annotated("Il Kazakhstan e la Cina.", id: "two")
        let html = ReviewPage().index([("one.html", one), ("two.html", two)],
                                      failures: [("bad.txt", "bad.txt: not a text file (NUL byte at byte offset 0)")])
        #expect(html.contains("<tr><th>documents</th><td>3</td></tr>") && html.contains("<tr><th>failed</th><td>1</td></tr>"))
        let places = (one.mentions + two.mentions).filter { $0.type == .place }.count
        #expect(html.contains("<tr><th class=\"t-place\">place</th><td>\(places)</td></tr>"))
        // China: three mentions in two documents, the most mentioned, linked to Wikidata.
        let top = try #require(html.components(separatedBy: "<table id=\"top-entities\">").last?.components(separatedBy: "</tr>").dropFirst().first)
        #expect(top.contains("href=\"https://www.wikidata.org/wiki/Q148\"") && top.contains("<td>3</td><td>2</td>"), "\(top)")
        #expect(html.contains("<h2>Failed documents</h2>") && html.contains("<bdi>bad.txt: not a text file (NUL byte at byte offset 0)</bdi>"))
    }

    /// In a real browser: as many highlighted mentions in the DOM as in the JSON, no script but ours, and a screenshot.
    @Test(.enabled(if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil, "needs Debian's chromium (.ci/run installs it)"))
    func theBrowserShowsEveryMentionAndRunsNoInjectedScript() throws {
        #expect(chromium != nil, "chromium is not installed")
        guard chromium != nil else { return }
        let document = try annotated(Self.hostile + "\n\n" + trickyText)
        let folder = try temporaryFolder("review")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("review.html")
        try ReviewPage().html(document).write(to: page, atomically: true, encoding: .utf8)

        let dom = try headless(["--virtual-time-budget=2000", "--dump-dom", page.absoluteString])
        #expect(dom.contains("data-highlighted=\"\(document.mentions.count)\""), "the page's script counted a different number of marks")
        #expect(dom.components(separatedBy: "<mark class=\"mention").count - 1 == document.mentions.count)
        #expect(!dom.contains("<title>pwned</title>"))
        #expect(dom.components(separatedBy: "<script").count - 1 == 2, "only the page's own two scripts")

        let artifacts = Checkout.url(".build/artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let screenshot = artifacts.appendingPathComponent("review.png")
        try? FileManager.default.removeItem(at: screenshot)
        _ = try headless(["--window-size=1280,900", "--screenshot=" + screenshot.path, page.absoluteString])
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }
}

/// The review page's table of cooperation records (issue 17), on sentences written for this test.
@Suite struct ReviewRecordsTests {
    @Test func eachRecordIsARowLinkedToItsSentence() throws {
        let document = try annotated("Il tempo è bello. Russia e Cina hanno condotto esercitazioni navali congiunte nel 2021.")
        #expect(document.cooperation.count == 1)
        let html = ReviewPage().html(document)
        #expect(html.contains("<section id=\"cooperation\"><h2>Cooperation records</h2><table id=\"records\">"))
        #expect(html.contains("<tr data-sentence=\"1\"><td><a href=\"#sentence-1\">2</a></td>"))
        // The anchor opens the sentence, before the mark of its first mention.
        #expect(html.contains("<a id=\"sentence-1\"></a><mark class=\"mention t-place\""))
        #expect(!html.contains("id=\"sentence-0\""))
        for cell in ["<td>cooperation</td>", "<td>062</td>", "<td>2021</td>", "<td><bdi>esercitazioni navali congiunte</bdi></td>", "<td>subject</td>"] {
            #expect(html.contains(cell), "\(cell)")
        }
        // Text from the document and the lexicon is bidi-isolated, as everywhere on the page.
        #expect(html.contains("data-entity=\"country:CN\"><bdi>Cina</bdi></span>") && html.contains("data-entity=\"country:RU\"><bdi>Russia</bdi></span>"))
    }

    @Test func aDocumentWithoutRecordsHasNoTable() throws {
        #expect(!ReviewPage().html(try annotated("La Russia osserva le esercitazioni della Cina.")).contains("id=\"records\""))
    }
}
